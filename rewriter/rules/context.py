"""The user's optional context, resolved against the lexicon and the reference date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rewriter.report import GoalContext
from rewriter.text.dates import read_times
from rewriter.text.lexicon import Metric, canonical, lexicon
from rewriter.text.normalize import fold
from rewriter.text.readings import read


@dataclass(frozen=True)
class Resolved:
    today: date
    platform: str | None = None
    baseline: float | None = None
    monthly_growth: float | None = None
    deadline: date | None = None
    deadline_text: str | None = None
    objective: str | None = None
    target: float | None = None  # the user's answer to "what number would count as success?"
    metric: Metric | None = None  # the user's answer to "what to count?", from the catalog
    metric_text: str | None = None  # that answer as typed (kept when the catalog lacks it)


def resolve(ctx: GoalContext, today: date) -> Resolved:
    """Canonical platform name and an absolute deadline from the context's fields."""
    if not (ctx.platform or ctx.deadline or ctx.horizon or ctx.objective or ctx.metric) and (
        ctx.baseline is None and ctx.monthly_growth is None and ctx.target is None
    ):
        return _nothing_given(today)  # most goals come with no context at all
    platform = None
    if ctx.platform and ctx.platform.strip():
        lex = lexicon()
        key = canonical(ctx.platform)
        m = lex.platform_re.search(fold(ctx.platform))
        platform = lex.platform_aliases.get(key) or (
            lex.platform_aliases[canonical(m[0])] if m else ctx.platform.strip()
        )
    deadline, deadline_text = ctx.deadline, None
    if deadline:
        deadline_text = deadline.isoformat()
    elif ctx.horizon and ctx.horizon.strip():
        horizon = fold(ctx.horizon.strip())
        times = [t for t in read_times(horizon, today) if t.kind == "deadline"]
        if not times:  # "6 months" alone reads as a duration once "within" is put before it
            times = [t for t in read_times(f"within {horizon}", today) if t.kind == "deadline"]
        if times and times[0].deadline:
            deadline, deadline_text = times[0].deadline, ctx.horizon.strip()
    objective = ctx.objective.strip() if ctx.objective and ctx.objective.strip() else None
    metric_text = ctx.metric.strip() if ctx.metric and ctx.metric.strip() else None
    metric = None
    if metric_text:
        metric = read(metric_text, today, ctx.language).metric
    return Resolved(
        today=today,
        platform=platform,
        baseline=ctx.baseline,
        monthly_growth=ctx.monthly_growth,
        deadline=deadline,
        deadline_text=deadline_text,
        objective=objective,
        target=ctx.target,
        metric=metric,
        metric_text=metric_text,
    )


@lru_cache(maxsize=64)
def _nothing_given(today: date) -> Resolved:
    """The context of a goal typed alone: frozen, so one is shared by every such goal that day."""
    return Resolved(today=today)
