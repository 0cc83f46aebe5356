"""An eval run said plainly, for people who do not read precision and recall: how many goals
the engine got right, which ones it missed, and each criterion's accuracy beside a target."""

from __future__ import annotations

from dataclasses import dataclass, field

from rewriter.evaluation.run import CaseResult, RunFile

# The share of goals an engine should get right on each criterion (the README's 90% bar).
TARGET_ACCURACY = 0.9


@dataclass
class Missed:
    """One goal the engine got wrong: which criteria, what was expected and what it said."""

    id: str
    goal: str
    wrong: dict[str, tuple[str, str | None]] = field(
        default_factory=dict
    )  # criterion -> (expected, got)
    error: str | None = None


@dataclass
class PlainSummary:
    n: int
    right: int
    missed: list[Missed]
    defect_rate: float  # share of rewrites a user would reject (main rewrite)

    @property
    def share(self) -> float:
        return self.right / self.n if self.n else 0.0


def _missed(case: CaseResult) -> Missed | None:
    wrong = case.wrong()
    if not wrong and not case.error:
        return None
    got = case.predicted or {}
    return Missed(
        id=case.id,
        goal=case.goal,
        error=case.error,
        wrong={k: (case.expected[k], got.get(k)) for k in wrong},
    )


def plain_summary(run: RunFile) -> PlainSummary:
    """'Right on 95 of 100 goals; these 5 missed': every labelled criterion exactly right."""
    missed = [m for m in (_missed(c) for c in run.cases) if m is not None]
    return PlainSummary(
        n=len(run.cases),
        right=len(run.cases) - len(missed),
        missed=missed,
        defect_rate=run.summary.defects.main_rate,
    )


def accuracy_rows(b: RunFile, a: RunFile | None = None) -> list[dict[str, object]]:
    """Per-criterion accuracy of run B (this run) and, when given, run A (the saved one), one row
    per run and criterion, for a grouped chart with the target line."""
    rows: list[dict[str, object]] = []
    for label, run in (("A", a), ("B", b)):
        if run is None:
            continue
        for criterion, m in run.metrics.items():
            rows.append({"run": label, "criterion": criterion, "accuracy": m.accuracy, "n": m.n})
    return rows
