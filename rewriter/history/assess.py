"""The history against the goal: the projection to the deadline, the chance of the target, and targets from data."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from rewriter.history.forecast import Projection, project
from rewriter.history.model import (
    CHANCE_AMBITIOUS,
    CHANCE_CONSERVATIVE,
    CHANCE_MAIN,
    MET_FROM,
    PARTIAL_FROM,
    DataTarget,
    Forecast,
    PathPoint,
    TargetLabel,
    UsedPoint,
)
from rewriter.history.series import HistoryPoint, Monthly, Note, monthly
from rewriter.rules.messages import fmt_date, fmt_pct, fmt_value, msg

if TYPE_CHECKING:  # for annotations only (the report imports the history package)
    from rewriter.report import Status

_DAYS_PER_MONTH = 30.44


def assess(
    points: list[HistoryPoint],
    *,
    language: str,
    deadline: date | None,
    target: float | None,
    lower_is_better: bool = False,
    rate: bool = False,
    unit: str | None = None,
    resampled: Monthly | None = None,
) -> Forecast:
    """The forecast part of the report for a history; never raises for odd data (the notes say).
    `resampled`: monthly(points, rate) when the caller has it already."""
    m = resampled if resampled is not None else monthly(points, rate)
    used = [UsedPoint(date=p.date, value=p.value, used=m.used.get(p.date, False)) for p in points]
    notes = [_note(n, language, unit) for n in m.notes]
    fc = Forecast(
        method="none",
        points=used,
        notes=notes,
        target=target,
        deadline=deadline,
        lower_is_better=lower_is_better,
    )
    if not m.values:
        return fc
    fc.last_date, fc.last_value = m.dates[-1], m.values[-1]
    if len(m.values) < 3:
        fc.notes.append(msg(language, "history.too_few", n=len(m.values)))
        if len(m.values) == 2 and min(m.values) > 0:
            months = max(m.months[-1], 1e-3)
            fc.method = "pace"
            fc.history_pace_pct = ((m.values[1] / m.values[0]) ** (1 / months) - 1) * 100
        return fc
    if deadline is None or deadline <= fc.last_date:
        if deadline is not None:
            fc.notes.append(
                msg(language, "history.deadline_before", date=fmt_date(fc.last_date, language))
            )
        _pace_only(fc, m, rate)
        return fc
    return _project(fc, m, deadline, rate, language)


def _pace_only(fc: Forecast, m: Monthly, rate: bool) -> None:
    p = project(np.array(m.months), np.array(m.values), 1.0, rate=rate)
    fc.method, fc.history_pace_pct = p.model, p.pace_pct


def _project(fc: Forecast, m: Monthly, deadline: date, rate: bool, language: str) -> Forecast:
    last_date, last = fc.last_date, fc.last_value
    assert last_date is not None and last is not None
    months = (deadline - last_date).days / _DAYS_PER_MONTH
    p = project(np.array(m.months), np.array(m.values), months, rate=rate)
    fc.method, fc.history_pace_pct = p.model, p.pace_pct
    lows, mids, highs = p.quantiles(0.1, 0.5, 0.9)
    for step, lo, mid, hi in zip(p.steps, lows, mids, highs, strict=True):
        when = min(last_date + timedelta(days=round(step * _DAYS_PER_MONTH)), deadline)
        fc.path.append(PathPoint(date=when, value=float(mid), low=float(lo), high=float(hi)))
    fc.path[-1].date = deadline
    fc.projected, fc.low, fc.high = float(mids[-1]), float(lows[-1]), float(highs[-1])
    if fc.target is not None:
        fc.probability = p.chance(fc.target, fc.lower_is_better)
        if last > 0 and fc.target > 0:
            fc.needed_pace_pct = ((fc.target / last) ** (1 / months) - 1) * 100
    fc.targets = _targets(p, last, fc.lower_is_better)
    return fc


def _targets(p: Projection, last: float, lower: bool) -> list[DataTarget]:
    """Values reached with the main, conservative and ambitious chances, rounded as people write them."""
    from rewriter.rules.rewrite import nice

    out: list[DataTarget] = []
    chances: tuple[tuple[TargetLabel, float], ...] = (
        ("main", CHANCE_MAIN),
        ("conservative", CHANCE_CONSERVATIVE),
        ("ambitious", CHANCE_AMBITIOUS),
    )
    raws = p.end_quantiles(*(c if lower else 1 - c for _, c in chances))
    for (label, _), raw in zip(chances, raws, strict=True):
        value = nice(float(raw))
        moves = value < last if lower else value > last
        if not moves or any(t.value == value for t in out):
            continue
        hit = p.chance(value, lower)
        out.append(DataTarget(label=label, value=value, chance=hit))
    return out


def _note(n: Note, language: str, unit: str | None) -> str:
    values = {
        k: (
            fmt_date(v, language)
            if isinstance(v, date)
            else fmt_value(v, unit, language)
            if isinstance(v, float)
            else v
        )
        for k, v in n.values.items()
    }
    return msg(language, f"history.{n.key}", **values)


def verdict(fc: Forecast, language: str, unit: str | None) -> tuple[Status, str, str | None] | None:
    """(status, feedback, evidence) for Attainable from the chance of the target; None when the
    history cannot say (too few points, no target or no deadline)."""
    if fc.probability is None or fc.projected is None or fc.deadline is None:
        return None
    chance = fc.probability
    status: Status = (
        "met" if chance >= MET_FROM else "partial" if chance >= PARTIAL_FROM else "missing"
    )
    return status, msg(language, f"history.{status}", **numbers(fc, language, unit)), None


def numbers(fc: Forecast, language: str, unit: str | None) -> dict[str, str]:
    """The forecast's numbers as people read them in `language`: the paces (% a month), the projected
    value and its 80% interval, the chance, the target and the deadline; only those the forecast has."""
    values = {
        "chance": None if fc.probability is None else _chance(fc.probability, language),
        "need": None if fc.needed_pace_pct is None else fmt_pct(fc.needed_pace_pct, language),
        "history": None if fc.history_pace_pct is None else fmt_pct(fc.history_pace_pct, language),
        "projected": None
        if fc.projected is None
        else fmt_value(_round(fc.projected), unit, language),
        "low": None if fc.low is None else fmt_value(_round(fc.low), unit, language),
        "high": None if fc.high is None else fmt_value(_round(fc.high), unit, language),
        "date": None if fc.deadline is None else fmt_date(fc.deadline, language),
        "target": None if fc.target is None else fmt_value(_round(fc.target), unit, language),
    }
    return {k: v for k, v in values.items() if v is not None}


def pace_feedback(fc: Forecast, language: str) -> str | None:
    """What the history shows when it is too short for a forecast, or has no target to judge."""
    if fc.history_pace_pct is None:
        return None
    return msg(language, "history.pace", history=fmt_pct(fc.history_pace_pct, language))


def _chance(p: float, language: str) -> str:
    if p < 0.01:
        return "<1%"
    if p > 0.99:
        return ">99%"
    return fmt_pct(round(p * 100), language)


def _round(v: float) -> float:
    """A projected value as people say it (3 significant digits; small values to one decimal)."""
    if v == 0 or not math.isfinite(v):
        return 0.0
    if abs(v) < 100:
        return round(v, 1)
    digits = int(math.floor(math.log10(abs(v)))) - 2
    rounded: float = round(v / 10**digits) * 10**digits  # an int when digits >= 0, as before
    return rounded
