"""Message templates (feedback, questions, rewrite phrases) in the goal's language."""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache
from typing import Any

from rewriter.text.data_files import validate_messages
from rewriter.text.lexicon import _load
from rewriter.text.numbers import format_number

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@cache
def _messages() -> dict[str, Any]:
    return validate_messages(_load("messages.yaml"))


@cache
def _template(language: str, path: str) -> str:
    node: Any = _messages()[language]
    for part in path.split("."):
        node = node[part]
    return str(node)


def criterion_name(criterion: str, language: str) -> str:
    """A criterion's display name ("time_bound" -> "Time-bound", "Có thời hạn"): one source for all."""
    return _template(language, f"criteria.{criterion}")


def msg(language: str, path: str, **values: object) -> str:
    """The template at "section.key" in the given language, filled with values."""
    if not values and "{" not in (template := _template(language, path)):
        return template  # most messages have nothing to fill in
    try:
        return _filled(language, path, tuple(values.items()))
    except TypeError:  # a value that cannot be a cache key
        return _template(language, path).format(**values)


@lru_cache(maxsize=8192)
def _filled(language: str, path: str, values: tuple[tuple[str, object], ...]) -> str:
    """A template filled once for the same values (verdicts and questions repeat across goals)."""
    return _template(language, path).format(**dict(values))


@lru_cache(maxsize=2048)
def fmt_date(d: date, language: str) -> str:
    """31 March 2027 (en) / 31/03/2027 (vi): both read back as the same date."""
    if language == "vi":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def fmt_pct(value: float, language: str) -> str:
    return f"{format_number(round(value, 1), language)}%"


def fmt_value(value: float, unit: str | None, language: str) -> str:
    """A target as people write it: "$1,000,000", "2.000.000.000 VND", "15%", "10,000"."""
    if unit == "duration":  # "7:40": minutes and seconds, or hours and minutes, as typed
        whole = int(value)
        return f"{whole}:{round((value - whole) * 60):02d}"
    text = format_number(value, language)
    if unit == "$":
        return f"${text}"
    if unit in ("%", "percent"):
        return f"{text}%"
    if unit and unit[:1] == "/":  # a rating on its scale: "4/5"
        return f"{text}{unit}"
    if unit and unit not in ("count", "ratio", "score", "rating"):
        return f"{text} {unit}"
    return text
