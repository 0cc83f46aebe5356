"""History from a CSV or XLSX export: size check, date and value column detection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rewriter.history.series import (
    MAX_FILE_BYTES,
    MAX_POINTS,
    HistoryError,
    HistoryPoint,
    number,
    read_date,
)
from rewriter.tables import BatchInputError, Cell, open_table, suffix_format

_VALUE_NAMES = ("value", "gia tri", "total", "count", "followers", "views", "reach", "so luong")


def read_history_file(
    source: str | Path | bytes, name: str | None = None, column: str | None = None
) -> tuple[list[HistoryPoint], str]:
    """The dated values of a file, and the name of the value column used."""
    size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
    if size > MAX_FILE_BYTES:
        raise HistoryError(
            "too_large", mb=round(size / 1024 / 1024, 1), limit=MAX_FILE_BYTES // 1024 // 1024
        )
    label = name or (str(source) if not isinstance(source, bytes) else "history.csv")
    try:
        suffix_format(label)
        table = open_table(source, name=label)
        rows = []
        for row in table.rows():
            rows.append(row)
            if len(rows) > MAX_POINTS:
                raise HistoryError("too_many", n=f"> {MAX_POINTS}", limit=MAX_POINTS)
    except BatchInputError as e:
        raise HistoryError("unreadable", why=str(e)) from e
    columns = table.columns
    if not rows:
        raise HistoryError("empty")
    date_col = _column(columns, rows, lambda c: read_date(c) is not None)
    if date_col is None:
        raise HistoryError("no_date_column", columns=", ".join(columns))
    value_col = _value_column(columns, rows, date_col, column)
    if value_col is None:
        raise HistoryError("no_value_column", columns=", ".join(columns))
    points = []
    for i, row in enumerate(rows, 2):
        d, v = read_date(row[date_col]), number(row[value_col])
        if d is None and v is None:
            continue  # a blank or a note line between the values
        if d is None:
            raise HistoryError("bad_date", line=i, text=str(row[date_col])[:40])
        if v is None:
            raise HistoryError("not_number_row", line=i, text=str(row[value_col])[:40])
        points.append(HistoryPoint(date=d, value=v))
    return points, columns[value_col]


def _share(rows: list[list[Cell]], i: int, test: Callable[[Cell], bool]) -> float:
    cells = [r[i] for r in rows if r[i] not in (None, "")]
    return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0


def _column(columns: list[str], rows: list[list[Cell]], test: Callable[[Cell], bool]) -> int | None:
    for i in range(len(columns)):
        if _share(rows, i, test) >= 0.8:
            return i
    return None


def _value_column(
    columns: list[str], rows: list[list[Cell]], date_col: int, wanted: str | None
) -> int | None:
    numeric = [
        i
        for i in range(len(columns))
        if i != date_col and _share(rows, i, lambda c: number(c) is not None) >= 0.8
    ]
    if wanted:
        return next(
            (i for i in numeric if columns[i].strip().lower() == wanted.strip().lower()), None
        )
    from rewriter.text.normalize import fold

    named = [i for i in numeric if any(n in fold(columns[i]) for n in _VALUE_NAMES)]
    return next(iter(named or numeric), None)
