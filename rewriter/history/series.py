"""A metric's history as given (pasted text, a file, a list): read, checked and put on a monthly footing."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from pydantic import BaseModel

from rewriter.text.dates import add_months

# A history file bigger than this is refused before it is read: a few years of daily values
# take a few hundred kilobytes.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_POINTS = 5000  # values per history (13 years of daily values)
_DAYS_PER_MONTH = 30.44


class HistoryPoint(BaseModel):
    """One dated value of the goal's metric."""

    date: date
    value: float


class HistoryError(ValueError):
    """A history that cannot be used as given; `key` names the message, in either language."""

    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(self.message("en"))

    def message(self, language: str) -> str:
        from rewriter.rules.messages import msg

        return msg(language, f"history.{self.key}", **self.values)


@dataclass(frozen=True)
class Note:
    """Something done to the history before the forecast, said in the report's language."""

    key: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass
class Monthly:
    """The history on a monthly footing, with every given point accounted for."""

    dates: list[date]  # one per value used, oldest first
    values: list[float]
    used: dict[date, bool]  # every given date: used in the forecast or not
    notes: list[Note]
    how: str = "last"  # how values within a month were combined: last | sum | mean | none

    @property
    def months(self) -> list[float]:
        first = self.dates[0]
        return [(d - first).days / _DAYS_PER_MONTH for d in self.dates]


# --- reading -------------------------------------------------------------------------------

_SPLIT = re.compile(r"[;\t|]+|,\s+|\s+")
_LINE_SPLIT = re.compile(r"\s*[,;\t|]\s*|\s+")


def parse_text(text: str, today: date) -> list[HistoryPoint]:
    """ "4200, 4450, 4700" (one a month, the last this month) or "date,value" lines."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines:
        raise HistoryError("empty")
    dated = [_dated_line(ln) for ln in lines]
    if sum(d is not None for d in dated) >= max(1, len(lines) - 1):
        points = []
        for i, (ln, d) in enumerate(zip(lines, dated, strict=True), 1):
            if d is None:
                if i == 1:
                    continue  # a header line ("date,value")
                raise HistoryError("bad_line", line=i, text=ln[:40])
            points.append(d)
        return _capped(points)
    tokens = [tok for tok in _SPLIT.split(text.strip()) if tok]
    values = []
    for tok in tokens:
        v = number(tok)
        if v is None:
            raise HistoryError("not_number", text=tok[:40])
        values.append(v)
    n = len(values)
    return _capped(
        [HistoryPoint(date=add_months(today, i - n + 1), value=v) for i, v in enumerate(values)]
    )


def _capped(points: list[HistoryPoint]) -> list[HistoryPoint]:
    if len(points) > MAX_POINTS:
        raise HistoryError("too_many", n=len(points), limit=MAX_POINTS)
    return points


def _dated_line(line: str) -> HistoryPoint | None:
    parts = [p for p in _LINE_SPLIT.split(line) if p]
    if len(parts) < 2:
        return None
    d, v = read_date(" ".join(parts[:-1])), number(parts[-1])
    if d is None:
        return None
    if v is None:
        raise HistoryError("not_number", text=parts[-1][:40])
    return HistoryPoint(date=d, value=v)


_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?$")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ].*)?$")
_MY = re.compile(r"(\d{1,2})[-/.](\d{4})$")


def read_date(text: object) -> date | None:
    """2026-03, 2026-03-31, 31/03/2026 (day first), 03/2026, or a spreadsheet's date cell;
    None for anything else."""
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    if not isinstance(text, str):
        return None
    s = text.strip()
    try:
        if m := _ISO.match(s):
            return date(int(m[1]), int(m[2]), int(m[3] or 1))
        if m := _DMY.match(s):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _MY.match(s):
            return date(int(m[2]), int(m[1]), 1)
    except ValueError:
        return None
    return None


_NUM = re.compile(r"[+-]?\d[\d.,]*")
_PLAIN_DIGITS = 15  # a plain integer this long is exact as a float


def number(cell: object) -> float | None:
    """A value as typed or stored: 4200, "4,200", "4.200", "1,5", "-12", "12%"."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        return float(cell) if math.isfinite(cell) else None
    if not isinstance(cell, str):
        return None
    if cell.isascii() and cell.isdigit() and len(cell) <= _PLAIN_DIGITS:
        return float(cell)  # "4200": the common case, read at once
    from rewriter.text.numbers import parse_number

    s = cell.strip().replace("\u00a0", "").replace(" ", "").rstrip("%")
    if not _NUM.fullmatch(s):
        return None
    sign = -1.0 if s.startswith("-") else 1.0
    v = parse_number(s.lstrip("+-"))
    return None if v is None or not math.isfinite(v) else sign * v


# --- checking and resampling ------------------------------------------------------------------


def monthly(points: list[HistoryPoint], rate: bool = False) -> Monthly:
    """Sorted, de-duplicated, resampled to months; what was done is in the notes."""
    notes: list[Note] = []
    used = {p.date: False for p in points}
    pts = list(points)
    if any(b.date < a.date for a, b in zip(pts, pts[1:], strict=False)):
        pts.sort(key=lambda p: p.date)
        notes.append(Note("sorted"))
    by_date: dict[date, float] = {}
    for p in pts:
        if p.date in by_date and by_date[p.date] != p.value:
            notes.append(
                Note("duplicate", {"date": p.date, "old": by_date[p.date], "new": p.value})
            )
        by_date[p.date] = p.value
    negative = [d for d, v in by_date.items() if v < 0]
    if negative:
        return Monthly(
            [],
            [],
            used,
            [*notes, Note("negative", {"date": negative[0], "n": len(negative)})],
            "none",
        )
    dates = sorted(by_date)
    per_month: dict[tuple[int, int], list[date]] = {}
    for d in dates:
        per_month.setdefault((d.year, d.month), []).append(d)
    how = "none"
    out_d: list[date] = []
    out_v: list[float] = []
    if max(len(v) for v in per_month.values()) == 1:
        out_d = dates
        out_v = [by_date[d] for d in dates]
    else:
        values = [by_date[d] for d in dates]
        rises = sum(b >= a for a, b in zip(values, values[1:], strict=False))
        how = "mean" if rate else ("last" if rises >= 0.8 * (len(values) - 1) else "sum")
        notes.append(Note(f"resampled_{how}", {"n": len(dates), "months": len(per_month)}))
        last_key = max(per_month)
        for key, ds in sorted(per_month.items()):
            if how == "sum" and key == last_key and len(per_month) > 1 and _partial(ds, dates):
                notes.append(Note("partial_month", {"date": ds[-1], "n": len(ds)}))
                continue
            vals = [by_date[d] for d in ds]
            out_d.append(ds[-1] if how == "last" else date(key[0], key[1], 1))
            out_v.append(
                vals[-1]
                if how == "last"
                else (sum(vals) if how == "sum" else sum(vals) / len(vals))
            )
            for d in ds:
                used[d] = True
    if how == "none":
        for d in out_d:
            used[d] = True
    if out_v and all(v == 0 for v in out_v):
        return Monthly(out_d, out_v, dict.fromkeys(used, False), [*notes, Note("all_zero")], how)
    _gaps(out_d, notes)
    spike = _spike(out_v) if how != "last" else None
    if spike is not None:
        d = out_d[spike]
        notes.append(Note("spike", {"date": d, "value": out_v[spike]}))
        for k in list(used):
            if (k.year, k.month) == (d.year, d.month):
                used[k] = False
        del out_d[spike], out_v[spike]
    return Monthly(out_d, out_v, used, notes, how)


def _partial(month_dates: list[date], all_dates: list[date]) -> bool:
    """A month with clearly fewer observations than a full one (the current, unfinished month)."""
    if len(all_dates) < 2:
        return False
    step = max((all_dates[-1] - all_dates[0]).days / (len(all_dates) - 1), 1.0)
    expected = _DAYS_PER_MONTH / step
    return len(month_dates) < 0.8 * expected


def _gaps(dates: list[date], notes: list[Note]) -> None:
    gaps = [(b - a).days / _DAYS_PER_MONTH for a, b in zip(dates, dates[1:], strict=False)]
    if not gaps:
        return
    typical = sorted(gaps)[len(gaps) // 2]
    if typical >= 1.8:
        notes.append(Note("frequency", {"months": round(typical)}))
    elif any(g >= 1.8 for g in gaps):
        first = next(a for a, g in zip(dates, gaps, strict=False) if g >= 1.8)
        notes.append(Note("gap", {"date": first, "n": sum(1 for g in gaps if g >= 1.8)}))


def _spike(values: list[float]) -> int | None:
    """The one value far above (or below) both neighbours, in a series that otherwise moves smoothly."""
    if len(values) < 5:
        return None
    logs = [math.log(v + 1) for v in values]
    jumps = []
    for i in range(1, len(logs) - 1):
        up, down = logs[i] - logs[i - 1], logs[i] - logs[i + 1]
        if up * down > 0:
            jumps.append((min(abs(up), abs(down)), i))
    if not jumps:
        return None
    jumps.sort(reverse=True)
    size, i = jumps[0]
    rest = sorted(abs(b - a) for a, b in zip(logs, logs[1:], strict=False))
    typical = rest[len(rest) // 2] or 1e-9
    second = jumps[1][0] if len(jumps) > 1 else 0.0
    return i if size > math.log(2) and size > 6 * typical and size > 3 * second else None
