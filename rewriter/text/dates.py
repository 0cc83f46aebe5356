"""Reads deadlines, durations and recurring periods (English and Vietnamese) on folded text."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from rewriter.text.lexicon import lexicon
from rewriter.text.normalize import DIGIT


@dataclass(frozen=True)
class TimeMatch:
    start: int
    end: int
    kind: str  # "deadline" | "recurring"
    deadline: date | None = None
    period: str | None = None  # day | week | month | quarter | year for recurring readings


def end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_duration(today: date, n: float, unit: str) -> date:
    if unit == "day":
        return today + timedelta(days=round(n))
    if unit == "week":
        return today + timedelta(weeks=n)
    if unit == "month":
        whole = int(n)
        return add_months(today, whole) + timedelta(days=round((n - whole) * 30))
    if unit == "quarter":
        return add_months(today, int(n * 3))
    return add_months(today, int(n * 12))


def quarter_end(year: int, q: int) -> date:
    return end_of_month(year, q * 3)


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_UNITS = {
    "day": "day", "days": "day", "ngay": "day", "week": "week", "weeks": "week", "tuan": "week",
    "month": "month", "months": "month", "thang": "month", "quarter": "quarter",
    "quarters": "quarter", "quy": "quarter", "year": "year", "years": "year", "nam": "year",
    "wk": "week", "wks": "week", "mo": "month", "mos": "month", "yr": "year", "yrs": "year",
}
_UNIT = r"(days?|weeks?|months?|quarters?|years?|wks?|mos?|yrs?|ngay|tuan|thang|quy|nam)"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _num_alt() -> str:
    words = sorted(lexicon().number_words, key=len, reverse=True)
    return r"(\d+(?:[.,]5)?|" + "|".join(re.escape(w) for w in words) + ")"


def _num(raw: str) -> float:
    raw = raw.strip()
    if raw[0].isdigit():
        return float(raw.replace(",", "."))
    return float(lexicon().number_words.get(raw, 1))


def _year(raw: str | None, default: int) -> int:
    if not raw:
        return default
    y = int(raw)
    return y + 2000 if y < 100 else y


def _next_month_end(today: date, month: int, year: str | None) -> date:
    if year:
        return end_of_month(_year(year, today.year), month)
    d = end_of_month(today.year, month)
    return d if d >= today else end_of_month(today.year + 1, month)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


Handler = Callable[[re.Match[str], date], TimeMatch | None]



class Gate:
    """A cheap test before a rule's regex runs: one of the words, and a digit if needed."""

    def __init__(self, words: tuple[str, ...], digit: bool = False) -> None:
        self.words, self.digit = frozenset(words), digit




def D(*words: str) -> Gate:  # noqa: N802 - reads as a marker in the rule table
    return Gate(words, digit=True)


Rule = tuple[re.Pattern[str], Handler, Gate]
_RULES: list[Rule] = []
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_WORDS = ("day", "week", "month", "quarter", "year", "wk", "mo", "yr", "ngay", "tuan", "thang", "quy", "nam")


def rule(pattern: str, gate: tuple[str, ...] | Gate) -> Callable[[Handler], Handler]:
    """Register a reading; its gate must open before the full pattern runs."""

    def deco(fn: Handler) -> Handler:
        _RULES.append((re.compile(pattern), fn, gate if isinstance(gate, Gate) else Gate(gate)))
        return fn

    return deco


def _deadline(m: re.Match[str], d: date | None) -> TimeMatch | None:
    return TimeMatch(m.start(), m.end(), "deadline", deadline=d) if d else None


@rule(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", D("-",))
def _iso(m: re.Match[str], today: date) -> TimeMatch | None:
    return _deadline(m, _safe_date(int(m[1]), int(m[2]), int(m[3])))


@rule(r"(?<![\d.,/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/%]|[.,]\d)", D("/", ".", "-"))
def _numeric(m: re.Match[str], today: date) -> TimeMatch | None:
    day, month, year = int(m[1]), int(m[2]), _year(m[3], today.year)
    if month > 12 and day <= 12:  # typed month-first (US style)
        day, month = month, day
    return _deadline(m, _safe_date(year, month, day))


@rule(r"\b(?:truoc|den het|den|by|before|until|till|vao|ngay|han|deadline|due|on)\s+(?:ngay\s+)?(\d{1,2})/(\d{1,2})(?![\d/%]|[.,]\d)", D("/",))
def _day_month(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "trước 30/6": day and month, this year or, once past, the next."""
    day, month = int(m[1]), int(m[2])
    d = _safe_date(today.year, month, day)
    if d and d < today:
        d = _safe_date(today.year + 1, month, day)
    return _deadline(m, d)


@rule(r"\bngay (\d{1,2}) thang (\d{1,2})(?:[ ,]+(?:nam )?(\d{4}))?", ("thang",))
def _vi_full(m: re.Match[str], today: date) -> TimeMatch | None:
    d = _safe_date(_year(m[3], today.year), int(m[2]), int(m[1]))
    if d and not m[3] and d < today:
        d = _safe_date(today.year + 1, int(m[2]), int(m[1]))
    return _deadline(m, d)


@rule(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b", _MONTH_WORDS)
def _en_mdy(m: re.Match[str], today: date) -> TimeMatch | None:
    if m[1] == "may" and not m[3] and not _before(m, r"(?:by|until|before|on|till|due)\s*$"):
        return None
    d = _safe_date(_year(m[3], today.year), MONTHS[m[1]], int(m[2]))
    if d and not m[3] and d < today:
        d = _safe_date(today.year + 1, MONTHS[m[1]], int(m[2]))
    return _deadline(m, d)


@rule(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}(?:,? (\d{{4}}))?\b", _MONTH_WORDS)
def _en_dmy(m: re.Match[str], today: date) -> TimeMatch | None:
    d = _safe_date(_year(m[3], today.year), MONTHS[m[2]], int(m[1]))
    if d and not m[3] and d < today:
        d = _safe_date(today.year + 1, MONTHS[m[2]], int(m[1]))
    return _deadline(m, d)


@rule(r"(?:\b(?:cuoi|het|truoc|den|trong|vao|toi|den het|dau)\s+)?\bthang (\d{1,2})(?:\s*(?:/|-|nam)\s*(\d{4}))?(?![\d/])", ("thang ",))
def _vi_month(m: re.Match[str], today: date) -> TimeMatch | None:
    month = int(m[1])
    if not 1 <= month <= 12:
        return None
    return _deadline(m, _next_month_end(today, month, m[2]))


@rule(r"(?<![\d/.])(\d{1,2})/(\d{4})\b", D("/",))
def _month_year(m: re.Match[str], today: date) -> TimeMatch | None:
    month = int(m[1])
    return _deadline(m, end_of_month(int(m[2]), month) if 1 <= month <= 12 else None)


@rule(rf"\b(?:(?:by |until |before |in |during |through |till )?(?:the )?end of |by |until |before |in |during |through |till |due )?{_MONTH}(?:,? (\d{{4}}))?\b", _MONTH_WORDS)
def _en_month(m: re.Match[str], today: date) -> TimeMatch | None:
    text = m[0]
    if m[1] == "may" and not m[2] and not re.match(r"(?:by|until|before|in|during|through|till|due|the end|end)\b", text):
        return None
    if m[1] in ("mar", "jun", "jan", "dec", "oct", "nov", "aug", "sep", "apr", "feb", "jul") and not m[2] and text == m[1]:
        return None  # a bare abbreviation alone is too easily a word
    return _deadline(m, _next_month_end(today, MONTHS[m[1]], m[2]))


@rule(r"\b(?:(?:by |until |before |in |during |through |for |within |till )?(?:the )?(?:end of )?)?(?:q([1-4])|quarter ([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?)(?:[ /-]?(?:fy)?(\d{4}))?\b(?![.,]\d)", ("q1", "q2", "q3", "q4", "quarter"))
def _en_quarter(m: re.Match[str], today: date) -> TimeMatch | None:
    words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
    q = int(m[1] or m[2] or words[m[3]])
    year = _year(m[4], today.year)
    d = quarter_end(year, q)
    if not m[4] and d < today:
        d = quarter_end(year + 1, q)
    return _deadline(m, d)


@rule(r"(?:\b(?:cuoi|het|trong|truoc|den het|den)\s+)?\bquy (iv|iii|ii|i|[1-4])\b(?:\s*(?:/|-|nam)\s*(\d{4}))?", ("quy ",))
def _vi_quarter(m: re.Match[str], today: date) -> TimeMatch | None:
    q = _ROMAN.get(m[1]) or int(m[1])
    d = quarter_end(_year(m[2], today.year), q)
    if not m[2] and d < today:
        d = quarter_end(today.year + 1, q)
    return _deadline(m, d)


@rule(r"\b(?:(?:by |in |during |before |until )?(?:the )?(?:end of )?)?(?:h([12])|(first|second) half(?: of(?: the)?(?: year)?)?)(?:[ /-]?(\d{4}))?\b", ("h1", "h2", "half"))
def _en_half(m: re.Match[str], today: date) -> TimeMatch | None:
    h = int(m[1]) if m[1] else (1 if m[2] == "first" else 2)
    year = _year(m[3], today.year)
    d = end_of_month(year, 6 * h)
    if not m[3] and d < today:
        d = end_of_month(year + 1, 6 * h)
    return _deadline(m, d)


@rule(r"\b(?:trong |truoc )?(?:nua (dau|cuoi)|6 thang (dau|cuoi)|sau thang (dau|cuoi))(?: nam)?(?: (nay|sau|toi|\d{4}))?", ("nua ", "thang dau", "thang cuoi"))
def _vi_half(m: re.Match[str], today: date) -> TimeMatch | None:
    h = 1 if (m[1] or m[2] or m[3]) == "dau" else 2
    year = today.year + 1 if m[4] in ("sau", "toi") else _year(m[4] if m[4] and m[4].isdigit() else None, today.year)
    d = end_of_month(year, 6 * h)
    if not m[4] and d < today:
        d = end_of_month(year + 1, 6 * h)
    return _deadline(m, d)


@rule(r"\b(?:(?:by |before |until |at |in )?(?:the )?(?:end of (?:the |this )?year|year[- ]end|eoy)|cuoi nam(?: nay)?|het nam(?: nay)?|truoc tet|ket thuc nam)\b", ("year", "eoy", "nam", "tet"))
def _year_end(m: re.Match[str], today: date) -> TimeMatch | None:
    return _deadline(m, date(today.year, 12, 31))


@rule(r"\b(?:(by|before|until|till)|(?:in|during|for|throughout|end of|the end of|by the end of|by end of)|(?:cuoi|het|trong|truoc|den het|den|vao)? ?nam)\s+(20\d{2})\b", D("20",))
def _in_year(m: re.Match[str], today: date) -> TimeMatch | None:
    y = int(m[2])
    if m[1] in ("by", "before", "until", "till") or m[0].startswith("truoc"):
        return _deadline(m, date(y, 1, 1) - timedelta(days=1) if m[0].startswith(("before", "truoc")) else date(y, 12, 31))
    return _deadline(m, date(y, 12, 31))


@rule(r"\b(?:(?:by |before |by the end of |in |during |within |for )?(this|next|the coming) (year|month|week|quarter)|(?:trong |truoc |het |cuoi |den het )?(nam|thang|tuan|quy) (nay|sau|toi|ke tiep))\b", ("this ", "next ", "coming ", "nay", "sau", "toi", "ke tiep"))
def _relative_period(m: re.Match[str], today: date) -> TimeMatch | None:
    which = m[1] or m[4]
    unit = _UNITS[m[2] or m[3]]
    offset = 0 if which in ("this", "nay") else 1
    if unit == "year":
        d = date(today.year + offset, 12, 31)
    elif unit == "month":
        nxt = add_months(today.replace(day=1), offset)
        d = end_of_month(nxt.year, nxt.month)
    elif unit == "quarter":
        q = (today.month - 1) // 3 + 1 + offset
        d = quarter_end(today.year + (q - 1) // 4, (q - 1) % 4 + 1)
    else:
        d = today + timedelta(days=6 - today.weekday() + 7 * offset)
    return _deadline(m, d)


def _duration_rules() -> None:
    n = _num_alt()
    en = rf"\b(?:within|in|over|during|for|after|inside)(?: the)?(?: (?:next|coming|following|first))? {n}[ -]?{_UNIT}\b|\b(?:next|coming|following) {n} {_UNIT}\b|\b{n}[ -]{_UNIT}(?: from now| from today| time)\b|\b{n}[ -]?{_UNIT}(?= (?:campaign|sprint|plan|challenge|program))"
    vi = rf"\b(?:trong(?: vong)?|noi trong|sau|chi trong|trong khoang)(?: thoi gian)? {n} {_UNIT}(?: (?:toi|nua|sap toi|tiep theo|ke tu nay|ke tu bay gio))?\b|\b{n} {_UNIT} (?:toi|nua|sap toi|tiep theo|ke tiep)\b"

    def handler(m: re.Match[str], today: date) -> TimeMatch | None:
        groups = [g for g in m.groups() if g]
        if len(groups) < 2:
            return None
        count, unit = _num(groups[0]), _UNITS[groups[1]]
        if count <= 0 or count > 1000:
            return None
        return _deadline(m, add_duration(today, count, unit))

    _RULES.append((re.compile(en), handler, Gate(_UNIT_WORDS)))
    _RULES.append((re.compile(vi), handler, Gate(_UNIT_WORDS)))


@rule(r"\b(?:by |before |until )?(?:the )?end of (?:the )?(month|quarter|week)\b|\b(?:cuoi|het) (thang|quy|tuan)\b(?! \d)", ("end of", "cuoi", "het"))
def _period_end(m: re.Match[str], today: date) -> TimeMatch | None:
    unit = _UNITS[m[1] or m[2]]
    if unit == "month":
        return _deadline(m, end_of_month(today.year, today.month))
    if unit == "quarter":
        return _deadline(m, quarter_end(today.year, (today.month - 1) // 3 + 1))
    return _deadline(m, today + timedelta(days=6 - today.weekday()))


@rule(r"\b(?:tomorrow|ngay mai|today|hom nay|by tonight|toi nay)\b", ("tomorrow", "mai", "today", "hom nay", "tonight", "toi nay"))
def _day(m: re.Match[str], today: date) -> TimeMatch | None:
    return _deadline(m, today + timedelta(days=0 if m[0] in ("today", "hom nay") else 1))


@rule(r"\b(?:per|a|an|each|every|every single|moi|hang|hằng|mot)\s+(day|week|month|quarter|year|ngay|tuan|thang|quy|nam)\b|\b(daily|weekly|monthly|quarterly|yearly|annually|biweekly|fortnightly)\b|/\s?(day|week|month|ngay|tuan|thang|quy|nam|wk|mo|yr)\b", ("per ", "a ", "an ", "each", "every", "moi", "hang", "mot", "daily", "weekly", "monthly", "quarterly", "yearly", "annually", "/"))
def _recurring(m: re.Match[str], today: date) -> TimeMatch | None:
    word = m[1] or m[2] or m[3]
    adverbs = {"daily": "day", "weekly": "week", "biweekly": "week", "fortnightly": "week",
               "monthly": "month", "quarterly": "quarter", "yearly": "year", "annually": "year"}
    period = adverbs.get(word) or _UNITS.get(word, "month")
    return TimeMatch(m.start(), m.end(), "recurring", period=period)


def read_times(folded: str, today: date) -> list[TimeMatch]:
    """Every time reading in the text, without overlaps, in text order."""
    if not _DURATIONS_READY:
        _init()
    taken: list[TimeMatch] = []
    has_digit = DIGIT.search(folded) is not None
    present = {w for w in _GATE_WORDS if w in folded}
    for pattern, handler, gate in _ORDERED:
        if gate.words.isdisjoint(present) or (gate.digit and not has_digit):
            continue
        for m in pattern.finditer(folded):
            if any(m.start() < t.end and t.start < m.end() for t in taken):
                continue
            found = handler(m, today)
            if found:
                taken.append(found)
    return sorted(taken, key=lambda t: t.start)


def _before(m: re.Match[str], pattern: str) -> bool:
    return re.search(pattern, m.string[: m.start()]) is not None


_DURATIONS_READY = False
_ORDERED: list[Rule] = []
_GATE_WORDS: list[str] = []


def _init() -> None:
    global _DURATIONS_READY
    _duration_rules()
    # Full dates first; halves and durations before months so "6 thang dau nam" and
    # "6 thang toi" win; recurring periods before months so "moi thang 3 bai" is not March.
    by_handler = {r[1]: r for r in _RULES}
    durations = _RULES[-2:]
    head = [_iso, _numeric, _day_month, _vi_full, _en_mdy, _en_dmy, _vi_half, _en_half, _year_end]
    tail = [_relative_period, _recurring, _en_quarter, _vi_quarter, _vi_month, _month_year,
            _en_month, _in_year, _period_end, _day]
    _ORDERED.extend([by_handler[f] for f in head] + durations + [by_handler[f] for f in tail])
    _GATE_WORDS.extend(sorted({w for _, _, gate in _ORDERED for w in gate.words}))
    _DURATIONS_READY = True
