"""A batch row's context columns read into a GoalContext (numbers, dates, language, history)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from rewriter.batch_columns import ColumnPlan, header_key, headers
from rewriter.errors import validation_message
from rewriter.limits import finite_number
from rewriter.report import GoalContext
from rewriter.tables import Cell, cell_text
from rewriter.text.normalize import fold

__all__ = ["row_context"]

_FLOAT_WORD = re.compile(r"[+-]?(?:inf(?:inity)?|nan|[\d.]+e[+-]?\d+)")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%y")


@cache
def _languages() -> dict[str, str]:
    return {name: lang for lang, names in headers().languages.items() for name in names}


def _number(raw: Cell, what: str) -> float:
    """A context cell as a finite number; ValueError naming the cell otherwise."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return finite_number(raw, what)
    from rewriter.text.numbers import SCALE, scaled

    text = fold(cell_text(raw)).replace("%", " ").strip()
    if _FLOAT_WORD.fullmatch(text):  # "1e3", "inf", "nan": finite and sane, or refused
        try:
            return finite_number(float(text), what)
        except ValueError as e:
            raise ValueError(f"{what} {cell_text(raw)!r}: {e}") from None
    m = re.search(rf"([+-]?)(\d+(?:[.,]\d+)*)(?:\s?({SCALE})(?![a-z]))?", text)
    value = scaled(m.group(2), m.group(3)) if m else None
    if m is None or value is None:
        raise ValueError(f"{what} {cell_text(raw)!r} is not a number")
    return -value if m.group(1) == "-" else value


def _date(raw: Cell) -> date | None:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = cell_text(raw).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def row_context(cells: Sequence[Cell], plan: ColumnPlan, today: date) -> GoalContext:
    """The GoalContext a row's context columns give; ValueError naming a cell it cannot read."""
    values: dict[str, Any] = {"today": today}
    for name, i in plan.context.items():
        raw = cells[i]
        text = cell_text(raw).strip()
        if not text:
            continue
        column = plan.columns[i]
        if name in ("baseline", "monthly_growth"):
            values[name] = _number(raw, column)
        elif name == "deadline":
            parsed = _date(raw)
            if parsed is not None:
                values["deadline"] = parsed
            else:  # "6 months" / "6 tháng" in a deadline column is a horizon
                values.setdefault("horizon", text)
        elif name == "history":  # pasted values or a per-row file path
            from rewriter.history.inputs import history_arg
            from rewriter.history.series import HistoryError

            try:
                values["history"] = history_arg(text, today)
            except HistoryError as e:
                raise ValueError(f"{column}: {e}") from None
        elif name == "language":
            lang = _languages().get(header_key(text))
            if lang is None:
                raise ValueError(f"{column} {text!r} is not en or vi")
            values["language"] = lang
        else:
            values[name] = text
    try:
        return GoalContext(**values)
    except ValueError as e:  # pydantic: e.g. a negative baseline, a year 9999 deadline
        raise ValueError(validation_message(e)) from None
