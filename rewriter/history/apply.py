"""The history in the rules engine: the current value and pace it gives, Attainable from it, and targets from data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rewriter.extras import needs_extra
from rewriter.history.model import Forecast, TargetLabel
from rewriter.history.series import monthly
from rewriter.report import Criteria, Criterion, GoalContext, Language, Rewrite
from rewriter.rules.context import Resolved
from rewriter.rules.messages import fmt_date, fmt_value, msg
from rewriter.text.readings import Readings


def with_history(
    r: Readings, ctx: Resolved, context: GoalContext
) -> tuple[Resolved, Forecast | None]:
    """The forecast for the goal, and the context with the current value and pace it shows
    (only where the user gave none)."""
    if not context.history:
        return ctx, None
    # numpy loads only when a history is given: goals without one start as fast as before
    with needs_extra("history", "a forecast from the metric's history"):
        from rewriter.history.assess import assess
    from rewriter.rules.verdicts import deadline_of, growth_need

    lang = r.language
    points = context.history
    rate = bool(r.metric is not None and getattr(r.metric, "rate", False))
    unit = r.metric.unit if r.metric is not None and r.metric.unit not in ("count", None) else None
    m = monthly(points, rate)  # the last value is the current value when the user gave none
    last = (m.dates[-1], m.values[-1]) if m.values else None
    if last is not None and ctx.baseline is None and last[1] > 0:
        ctx = replace(ctx, baseline=last[1])
    deadline, _ = deadline_of(r, ctx)
    if deadline is None:  # the rewrite's suggested deadline: the projection goes that far
        from rewriter.rules.rewrite import DEFAULT_HORIZON_MONTHS
        from rewriter.text.dates import add_months

        deadline = add_months(ctx.today, DEFAULT_HORIZON_MONTHS)
    need = growth_need(r, ctx)
    target = ctx.baseline * need.ratio if need is not None and ctx.baseline else None
    fc = assess(
        points,
        language=lang,
        deadline=deadline,
        target=target,
        lower_is_better=r.direction == "decrease",
        rate=rate,
        unit=unit,
        resampled=m,
    )
    if fc.history_pace_pct is not None and ctx.monthly_growth is None:
        ctx = replace(ctx, monthly_growth=round(fc.history_pace_pct, 2))
    if last is not None and ctx.baseline == last[1]:
        fc.notes.append(
            msg(
                lang,
                "history.baseline",
                value=fmt_value(last[1], unit, lang),
                date=fmt_date(last[0], lang),
            )
        )
    return ctx, fc


def attainable(criteria: Criteria, fc: Forecast, lang: Language, unit: str | None) -> Criteria:
    """Attainable decided by the chance of reaching the target; the pace when that cannot be had."""
    from rewriter.history.assess import pace_feedback, verdict

    decided = verdict(fc, lang, unit)
    current = criteria.attainable
    if decided is not None:
        status, feedback, _ = decided
        question = None if status == "met" else current.question
        new = Criterion(
            status=status, evidence=current.evidence, feedback=feedback, question=question
        )
    elif (
        fc.projected is not None
        and fc.deadline is not None
        and fc.target is None
        and fc.history_pace_pct is not None
    ):
        from rewriter.history.assess import _round

        feedback = msg(
            lang,
            "history.no_target",
            history=_pct(fc.history_pace_pct, lang),
            projected=fmt_value(_round(fc.projected), unit, lang),
            low=fmt_value(_round(fc.low or 0), unit, lang),
            high=fmt_value(_round(fc.high or 0), unit, lang),
            date=fmt_date(fc.deadline, lang),
        )
        new = current.model_copy(update={"feedback": feedback})
    else:
        extra = pace_feedback(fc, lang)
        if extra is None or extra in current.feedback:
            return criteria
        new = current.model_copy(update={"feedback": f"{current.feedback} {extra}"})
    return criteria.model_copy(update={"attainable": new})


def _pct(v: float, lang: str) -> str:
    from rewriter.rules.messages import fmt_pct

    return fmt_pct(v, lang)


def data_targets(
    main: Rewrite,
    alts: list[Rewrite],
    fc: Forecast,
    compose_at: Callable[[float], str | None],
    lang: Language,
    unit: str | None,
    plain: bool,
    target_notes: list[str],
) -> tuple[Rewrite, list[Rewrite]]:
    """The main rewrite and alternatives with targets from the projection.

    A user target with at least an even chance stays the main rewrite; one with less becomes the
    ambitious alternative, and the main rewrite aims at the projection's median instead.
    `compose_at(value)` writes the goal with another target, or None when it cannot."""
    from rewriter.history.assess import _chance

    by = {t.label: t for t in fc.targets}
    if not by:
        return main, alts

    def note(key: str, value: float, chance: float) -> str:
        text = msg(
            lang,
            f"history.{key}",
            target=fmt_value(value, unit, lang),
            chance=_chance(chance, lang),
        )
        return _plain(text, plain)

    dropped = {*target_notes, *(_plain(n, True) for n in target_notes)}
    kept = [a for a in main.assumptions if a not in dropped]
    # the user's own target and its chance, when both are known
    user_target = (
        (fc.target, fc.probability)
        if fc.target is not None and fc.probability is not None
        else None
    )
    new_alts: list[Rewrite] = []
    labels: tuple[TargetLabel, ...]
    if user_target and user_target[1] >= 0.5:
        main = main.model_copy(
            update={"assumptions": [*main.assumptions, note("target_user", *user_target)]}
        )
        labels = ("conservative", "ambitious")
    else:
        t = by.get("main")
        text = compose_at(t.value) if t else None
        if t is None or text is None:
            return main, alts
        own = main
        main = Rewrite(
            text=text, assumptions=[*kept, note("target_main", t.value, t.chance)], edits=[]
        )
        labels = ("conservative",)
        if user_target:
            new_alts.append(
                own.model_copy(
                    update={
                        "label": "ambitious",
                        "assumptions": [*own.assumptions, note("target_user", *user_target)],
                    }
                )
            )
        else:
            labels = ("conservative", "ambitious")
    for label in labels:
        t = by.get(label)
        text = compose_at(t.value) if t else None
        if t is not None and text is not None and text != main.text:
            new_alts.insert(
                0 if label == "conservative" else len(new_alts),
                Rewrite(
                    text=text,
                    label=label,
                    assumptions=[*kept, note(f"target_{label}", t.value, t.chance)],
                ),
            )
    return main, new_alts or alts


def _plain(text: str, plain: bool) -> str:
    if not plain:
        return text
    from rewriter.text.normalize import strip_marks

    return strip_marks(text)
