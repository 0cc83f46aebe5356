"""The run file: what one eval run produced, its metrics and summaries (JSON on disk)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from rewriter.evaluation.keyword_checks import problem_kind
from rewriter.evaluation.metrics import CriterionMetrics, all_right, criteria_metrics, percentile
from rewriter.evaluation.suite import LABELED

RUN_FORMAT: Literal["smartgoal-eval-run/1"] = "smartgoal-eval-run/1"


class RunFileError(ValueError):
    """A run file cannot be read; the message says which and why."""


class CaseUsage(BaseModel):
    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: bool = False


class CaseResult(BaseModel):
    """One case: the label, what the engine said, and the checks on its rewrite."""

    id: str
    goal: str
    lang: Literal["en", "vi"]
    tags: list[str] = Field(default_factory=list)
    expected: dict[str, str]
    predicted: dict[str, str] | None = None  # None when the engine gave no report
    expected_reading: dict[str, str] = Field(default_factory=dict)  # kind, domain, deadline
    language: str | None = None  # the language the engine detected
    engine: str | None = None  # the engine that answered (llm may fall back to rules)
    model: str | None = None
    prompt_version: str | None = None
    statuses: dict[str, str] | None = None  # all five verdicts, labeled or not
    facts: dict[str, Any] = Field(default_factory=dict)  # what the engine read (non-empty only)
    rewrite: str | None = None
    assumptions: list[str] = Field(default_factory=list)
    alternatives: list[str] = Field(default_factory=list)
    rewrite_checked: bool = False
    rewrite_problems: list[str] = Field(default_factory=list)
    defects: list[str] = Field(default_factory=list)  # see rewriter/defects.py
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None
    latency_ms: float = 0.0
    usage: CaseUsage = Field(default_factory=CaseUsage)
    report: dict[str, Any] | None = None  # the full GoalReport, only when asked for (large)

    def wrong(self) -> list[str]:
        """Criteria whose exact status differs from the label."""
        if self.predicted is None:
            return list(self.expected)
        return [k for k, v in self.expected.items() if self.predicted.get(k) != v]


class Breakdown(BaseModel):
    n: int
    smt_all_right: float
    f1: dict[str, float]
    exact: dict[str, float]


class RewriteSummary(BaseModel):
    checked: int = 0
    passed: float = 0.0  # share of checked rewrites with no problem at all
    problems: dict[str, int] = Field(default_factory=dict)  # problem kind -> cases


class DefectSummary(BaseModel):
    """Rewrites a user would reject, by class (rewriter/defects.py), over all cases."""

    rate: float = 0.0  # share of cases whose rewrite or alternatives have a defect
    main_rate: float = 0.0  # the same, counting only defects of the main rewrite
    by_class: dict[str, int] = Field(default_factory=dict)
    examples: dict[str, list[str]] = Field(default_factory=dict)  # class -> a few case ids


class UsageSummary(BaseModel):
    model_calls_per_goal: float = 0.0
    prompt_tokens_per_goal: float = 0.0
    completion_tokens_per_goal: float = 0.0
    tokens_per_goal: float = 0.0
    cached_share: float = 0.0
    cost_usd: float | None = None  # only when a price per token is configured
    cost_per_goal_usd: float | None = None


class ReadingSummary(BaseModel):
    """How well the goal itself is read, beyond the five statuses."""

    kind: float | None = None  # share of kind-labeled cases read as that kind
    domain: float | None = None
    deadline: float | None = None  # share of deadline-labeled cases resolved to that date
    labeled: dict[str, int] = Field(default_factory=dict)  # how many cases label each
    smart_read_met: float | None = None  # cases labeled S, M, T met and read so
    goals_called_not_goal: float | None = None  # labeled goals (kind) read as not_a_goal


class Summary(BaseModel):
    n: int
    errors: int
    smt_all_right: float  # share of cases with S, M and T all exactly right
    language_detected: float  # share where the engine's language equals the label
    by_language: dict[str, Breakdown]
    by_tag: dict[str, Breakdown]
    rewrite: RewriteSummary
    latency_ms: dict[str, float]
    usage: UsageSummary
    reading: ReadingSummary = Field(default_factory=ReadingSummary)
    defects: DefectSummary = Field(default_factory=DefectSummary)


class SuiteInfo(BaseModel):
    name: str
    path: str | None = None
    hash: str
    cases: int
    reference_date: date | None = None


class Pricing(BaseModel):
    """USD per million tokens; both needed for a cost estimate."""

    input_per_mtok: float | None = Field(default=None, ge=0)
    output_per_mtok: float | None = Field(default=None, ge=0)

    def configured(self) -> bool:
        return self.input_per_mtok is not None and self.output_per_mtok is not None


class RunFile(BaseModel):
    model_config = {"protected_namespaces": ()}

    format: Literal["smartgoal-eval-run/1"] = RUN_FORMAT
    suite: SuiteInfo
    engine: str
    model: str | None = None
    prompt_version: str | None = None
    date: datetime
    concurrency: int = 1
    metrics: dict[str, CriterionMetrics]
    summary: Summary
    cases: list[CaseResult]

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"

    def save(self, path: str | Path) -> Path:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(self.to_json(), encoding="utf-8")
        return p


def _breakdown(cases: Sequence[CaseResult]) -> Breakdown:
    m = criteria_metrics([(c.expected, c.predicted) for c in cases])
    right = sum(all_right(c.expected, c.predicted, LABELED) for c in cases)
    return Breakdown(
        n=len(cases),
        smt_all_right=round(right / len(cases), 4) if cases else 0.0,
        f1={k: v.f1 for k, v in m.items()},
        exact={k: v.exact for k, v in m.items()},
    )


def _reading(cases: Sequence[CaseResult]) -> ReadingSummary:
    out = ReadingSummary()
    for key in ("kind", "domain", "deadline"):
        labeled = [c for c in cases if key in c.expected_reading]
        if labeled:
            right = sum(str(c.facts.get(key)) == c.expected_reading[key] for c in labeled)
            setattr(out, key, round(right / len(labeled), 4))
            out.labeled[key] = len(labeled)
    smart = [c for c in cases if all(c.expected.get(k) == "met" for k in LABELED)]
    if smart:
        read = sum(all((c.predicted or {}).get(k) == "met" for k in LABELED) for c in smart)
        out.smart_read_met = round(read / len(smart), 4)
    goals = [c for c in cases if c.expected_reading.get("kind", "not_a_goal") != "not_a_goal"]
    if goals:
        out.goals_called_not_goal = round(
            sum(c.facts.get("kind") == "not_a_goal" for c in goals) / len(goals), 4
        )
    return out


def summarize(cases: Sequence[CaseResult], pricing: Pricing | None = None) -> Summary:
    """Everything a run reports beyond the per-criterion metrics."""
    n = len(cases)
    by_lang: dict[str, list[CaseResult]] = defaultdict(list)
    by_tag: dict[str, list[CaseResult]] = defaultdict(list)
    for c in cases:
        by_lang[c.lang].append(c)
        for t in c.tags:
            by_tag[t].append(c)

    checked = [c for c in cases if c.rewrite_checked]
    problems: dict[str, int] = defaultdict(int)
    for c in checked:
        for kind in sorted({problem_kind(p) for p in c.rewrite_problems}):
            problems[kind] += 1

    calls = sum(c.usage.model_calls for c in cases)
    p_tok = sum(c.usage.prompt_tokens for c in cases)
    c_tok = sum(c.usage.completion_tokens for c in cases)
    usage = UsageSummary(
        model_calls_per_goal=round(calls / n, 3) if n else 0.0,
        prompt_tokens_per_goal=round(p_tok / n, 1) if n else 0.0,
        completion_tokens_per_goal=round(c_tok / n, 1) if n else 0.0,
        tokens_per_goal=round((p_tok + c_tok) / n, 1) if n else 0.0,
        cached_share=round(sum(c.usage.cached for c in cases) / n, 4) if n else 0.0,
    )
    if pricing and pricing.input_per_mtok is not None and pricing.output_per_mtok is not None:
        cost = (p_tok * pricing.input_per_mtok + c_tok * pricing.output_per_mtok) / 1e6
        usage.cost_usd = round(cost, 6)
        usage.cost_per_goal_usd = round(cost / n, 8) if n else 0.0

    lat = [c.latency_ms for c in cases if c.error is None]
    return Summary(
        n=n,
        errors=sum(c.error is not None for c in cases),
        smt_all_right=round(sum(all_right(c.expected, c.predicted, LABELED) for c in cases) / n, 4)
        if n
        else 0.0,
        language_detected=round(sum(c.language == c.lang for c in cases) / n, 4) if n else 0.0,
        by_language={k: _breakdown(v) for k, v in sorted(by_lang.items())},
        by_tag={k: _breakdown(v) for k, v in sorted(by_tag.items())},
        rewrite=RewriteSummary(
            checked=len(checked),
            passed=round(sum(not c.rewrite_problems for c in checked) / len(checked), 4)
            if checked
            else 0.0,
            problems=dict(sorted(problems.items(), key=lambda kv: (-kv[1], kv[0]))),
        ),
        latency_ms={
            "p50": round(percentile(lat, 50), 3),
            "p95": round(percentile(lat, 95), 3),
            "mean": round(sum(lat) / len(lat), 3) if lat else 0.0,
        },
        usage=usage,
        reading=_reading(cases),
        defects=_defects(cases),
    )


# defects of the alternatives only; every other class is a defect of the main rewrite
_ALT_DEFECTS = frozenset({"alternative_drift", "alternative_order"})


def _defects(cases: Sequence[CaseResult]) -> DefectSummary:
    n = len(cases)
    by_class: dict[str, int] = defaultdict(int)
    examples: dict[str, list[str]] = defaultdict(list)
    for c in cases:
        for cls in sorted({d.split(":", 1)[0] for d in c.defects}):
            by_class[cls] += 1
            if len(examples[cls]) < 5:
                examples[cls].append(c.id)
    main = sum(any(d.split(":", 1)[0] not in _ALT_DEFECTS for d in c.defects) for c in cases)
    return DefectSummary(
        rate=round(sum(bool(c.defects) for c in cases) / n, 4) if n else 0.0,
        main_rate=round(main / n, 4) if n else 0.0,
        by_class=dict(sorted(by_class.items(), key=lambda kv: (-kv[1], kv[0]))),
        examples=dict(examples),
    )


def build_run(
    cases: Sequence[CaseResult],
    *,
    suite: SuiteInfo,
    engine: str,
    model: str | None = None,
    prompt_version: str | None = None,
    when: datetime | None = None,
    concurrency: int = 1,
    pricing: Pricing | None = None,
) -> RunFile:
    """Assemble a run file from case results (metrics and summary are computed here)."""
    return RunFile(
        suite=suite,
        engine=engine,
        model=model,
        prompt_version=prompt_version,
        date=when or datetime.now(UTC).replace(microsecond=0),
        concurrency=concurrency,
        metrics=criteria_metrics([(c.expected, c.predicted) for c in cases]),
        summary=summarize(cases, pricing),
        cases=list(cases),
    )


def parse_run(text: str | bytes, source: str = "<run>") -> RunFile:
    """A run file from its JSON text (e.g. an upload in the web page); RunFileError if unusable."""
    try:
        data = json.loads(text)
    except UnicodeDecodeError:
        raise RunFileError(f"{source}: not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise RunFileError(f"{source}: not JSON (line {err.lineno}: {err.msg})") from None
    except RecursionError:
        raise RunFileError(f"{source}: not a run file (JSON nested too deeply)") from None
    if not isinstance(data, dict) or data.get("format") != RUN_FORMAT:
        raise RunFileError(
            f"{source}: not a smartgoal eval run file (expected format {RUN_FORMAT!r})"
        )
    try:
        return RunFile.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise RunFileError(f"{source}: damaged run file at {where}: {first['msg']}") from None


def load_run(path: str | Path) -> RunFile:
    """Read a run file; raises RunFileError with a clear message."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise RunFileError(f"{p}: no such run file") from None
    except OSError as err:
        raise RunFileError(f"{p}: cannot read the run file ({err.strerror or err})") from None
    return parse_run(raw, str(p))
