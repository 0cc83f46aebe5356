"""Compare two runs: metric deltas, cases that got better or worse, and the regression gate."""

from __future__ import annotations

from pydantic import BaseModel, Field

from rewriter.evaluation.run import RunFile

DEFAULT_THRESHOLD = 0.02
FIELDS = ("precision", "recall", "f1", "accuracy", "exact")


class MetricDelta(BaseModel):
    criterion: str
    a: dict[str, float]
    b: dict[str, float]
    delta: dict[str, float]  # b - a


class CaseChange(BaseModel):
    id: str
    goal: str
    fixed: list[str] = Field(default_factory=list)  # criteria wrong in A, right in B
    broken: list[str] = Field(default_factory=list)  # right in A, wrong in B


class Comparison(BaseModel):
    a_label: str
    b_label: str
    same_suite: bool
    threshold: float
    metrics: list[MetricDelta]
    smt_all_right: tuple[float, float]
    rewrite_passed: tuple[float, float]
    latency_p50: tuple[float, float]
    better: list[CaseChange]
    worse: list[CaseChange]
    mixed: list[CaseChange]
    only_in_a: list[str]
    only_in_b: list[str]
    regressions: list[str]  # e.g. "time_bound F1 0.912 -> 0.850 (-0.062)"

    @property
    def regressed(self) -> bool:
        return bool(self.regressions)


def run_label(run: RunFile) -> str:
    bits = [run.engine]
    if run.model:
        bits.append(run.model)
    if run.prompt_version:
        bits.append(f"prompt {run.prompt_version}")
    return " · ".join(bits) + f" · {run.date:%Y-%m-%d %H:%M}"


def regressions(a: RunFile, b: RunFile, threshold: float = DEFAULT_THRESHOLD) -> list[str]:
    """Criteria whose F1 in B is more than `threshold` below A (criteria A scores)."""
    out = []
    for name, ma in a.metrics.items():
        mb = b.metrics.get(name)
        if mb is None:
            out.append(f"{name}: scored in A, missing in B")
            continue
        drop = ma.f1 - mb.f1
        if drop > threshold + 1e-9:
            out.append(f"{name} F1 {ma.f1:.3f} -> {mb.f1:.3f} ({-drop:+.3f})")
    # rewrites a user would reject: the share of main rewrites with a defect may not grow either
    da, db = a.summary.defects.main_rate, b.summary.defects.main_rate
    if db - da > threshold + 1e-9:
        out.append(f"rewrite defects {da * 100:.1f}% -> {db * 100:.1f}% of main rewrites")
    return out


def compare_runs(
    a: RunFile,
    b: RunFile,
    threshold: float = DEFAULT_THRESHOLD,
    a_label: str | None = None,
    b_label: str | None = None,
) -> Comparison:
    """Everything `smartgoal eval compare` shows; B is the new run, A the reference."""
    deltas = []
    for name in dict.fromkeys([*a.metrics, *b.metrics]):
        ma, mb = a.metrics.get(name), b.metrics.get(name)
        va = {f: getattr(ma, f) for f in FIELDS} if ma else {}
        vb = {f: getattr(mb, f) for f in FIELDS} if mb else {}
        deltas.append(
            MetricDelta(
                criterion=name,
                a=va,
                b=vb,
                delta={f: round(vb[f] - va[f], 4) for f in FIELDS if f in va and f in vb},
            )
        )

    cases_a = {c.id: c for c in a.cases}
    cases_b = {c.id: c for c in b.cases}
    better, worse, mixed = [], [], []
    for cid, cb in cases_b.items():
        ca = cases_a.get(cid)
        if ca is None:
            continue
        wrong_a, wrong_b = set(ca.wrong()), set(cb.wrong())
        change = CaseChange(
            id=cid,
            goal=cb.goal,
            fixed=sorted(wrong_a - wrong_b),
            broken=sorted(wrong_b - wrong_a),
        )
        if change.fixed and change.broken:
            mixed.append(change)
        elif change.fixed:
            better.append(change)
        elif change.broken:
            worse.append(change)

    return Comparison(
        a_label=a_label or run_label(a),
        b_label=b_label or run_label(b),
        same_suite=a.suite.hash == b.suite.hash,
        threshold=threshold,
        metrics=deltas,
        smt_all_right=(a.summary.smt_all_right, b.summary.smt_all_right),
        rewrite_passed=(a.summary.rewrite.passed, b.summary.rewrite.passed),
        latency_p50=(a.summary.latency_ms.get("p50", 0.0), b.summary.latency_ms.get("p50", 0.0)),
        better=better,
        worse=worse,
        mixed=mixed,
        only_in_a=sorted(set(cases_a) - set(cases_b)),
        only_in_b=sorted(set(cases_b) - set(cases_a)),
        regressions=regressions(a, b, threshold),
    )
