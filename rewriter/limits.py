"""Bounds on what the product accepts: numbers, dates and text lengths, checked at the edge."""

from __future__ import annotations

import math
from datetime import date

# Numbers a goal or its context may carry: finite and below a quadrillion. Anything larger is a
# typo or an attack, and would overflow growth maths and number formatting further in.
MAX_NUMBER = 1e15
# Monthly growth in percent: above -100% (a metric cannot fall below nothing) and at most 1000%.
MIN_GROWTH, MAX_GROWTH = -99.99, 1000.0
# Dates: a deadline or reference date outside these years is a placeholder ("31/12/9999").
MIN_YEAR, MAX_YEAR = 1900, 2200
# Characters per context field (platform, horizon, objective): read in time linear in length.
MAX_CONTEXT_CHARS = 300
# Characters of a model's text fields, and how many list items it may return.
MAX_REPLY_TEXT_CHARS = 1500  # rewrite and alternative texts
MAX_REPLY_NOTE_CHARS = 600  # feedback, question, evidence, assumption, label
MAX_REPLY_ITEMS = 8  # assumptions per rewrite
MAX_ALTERNATIVES = 4


def finite_number(
    value: float, what: str, *, low: float = -MAX_NUMBER, high: float = MAX_NUMBER
) -> float:
    """`value` when it is a finite number within [low, high]; ValueError in the user's terms."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{what} must be a number")
    if not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number, not {value}")
    if not low <= value <= high:
        raise ValueError(f"{what} must be between {low:,g} and {high:,g}, not {value:,g}")
    return float(value)


def sane_date(value: date, what: str) -> date:
    """`value` when its year is within MIN_YEAR..MAX_YEAR; ValueError naming the field."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(
            f"{what} {value.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR}"
            " (a placeholder such as 31/12/9999?)"
        )
    return value


def capped_text(value: str, what: str, limit: int = MAX_CONTEXT_CHARS) -> str:
    """`value` when it has at most `limit` characters; ValueError otherwise."""
    if len(value) > limit:
        raise ValueError(f"{what} is {len(value):,} characters long; the limit is {limit:,}")
    return value


def compound_pct(monthly_pct: float, months: float) -> float:
    """Growth over `months` at `monthly_pct` per month, in percent, capped at MAX_NUMBER.

    (1 + g)^n overflows a float for large n; the logarithm never does.
    """
    exponent = months * math.log1p(monthly_pct / 100)
    if exponent >= math.log(MAX_NUMBER / 100 + 1):
        return MAX_NUMBER
    return math.expm1(exponent) * 100
