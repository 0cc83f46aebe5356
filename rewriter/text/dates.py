"""Reads deadlines, durations and recurring periods (English and Vietnamese) on folded text."""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache, wraps
from typing import Any, TypeVar, cast

from dateutil.easter import easter
from dateutil.relativedelta import TH, relativedelta
from lunar_vn import convert_lunar_to_solar

from rewriter.limits import MAX_YEAR, MIN_YEAR
from rewriter.text.data_files import DatesFile, HolidaysFile
from rewriter.text.lexicon import _load as lexicon_data
from rewriter.text.lexicon import alternation, canonical, lexicon, trie_pattern
from rewriter.text.normalize import DIGIT, has_vietnamese_marks


@dataclass(frozen=True)
class TimeMatch:
    start: int
    end: int
    kind: str  # "deadline" | "recurring" | "start" | "past" | "invalid" (a day the calendar lacks)
    deadline: date | None = None
    period: str | None = None  # day | week | month | quarter | year for recurring readings
    # "in the next few months", "trong vài tháng tới", "in a month or so": a span said loosely,
    # its date assumed
    vague: bool = False


def end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)
def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_duration(today: date, n: float, unit: str) -> date:
    if unit == "day":
        return today + timedelta(days=round(n))
    if unit == "week":
        return today + timedelta(weeks=n)
    if unit == "fortnight":
        return today + timedelta(weeks=2 * n)
    if unit == "month":
        whole = int(n)
        return add_months(today, whole) + timedelta(days=round((n - whole) * 30))
    if unit == "quarter":
        return add_months(today, int(n * 3))
    return add_months(today, int(n * 12))


def quarter_end(year: int, q: int) -> date:
    return end_of_month(year, q * 3)


_WORDS = DatesFile.model_validate(lexicon_data("dates.yaml"))
# goods counted after "thu N" (harvested, no Thursday), as the rules read them
_HARVEST = "|".join(sorted(_WORDS.harvest_units, key=len, reverse=True))
# "weekly", "monthly": a period said as one word, before a noun or after a deed
PERIOD_ADVERBS = frozenset(_WORDS.period_adverbs)
MONTHS = {name: month for month, names in _WORDS.months.items() for name in names}
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_UNITS = {w: unit for unit, words in _WORDS.units.items() for w in words} | _WORDS.unit_aliases
_UNIT = (
    "("
    + alternation(sorted((w for ws in _WORDS.units.values() for w in ws), key=len, reverse=True))
    + ")"
)
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
    y = int(raw.lstrip("'’"))  # "Oct '26": the year's last two digits
    return y + 2000 if y < 100 else y


def _next_month_end(today: date, month: int, year: str | None) -> date:
    if year:
        return end_of_month(_year(year, today.year), month)
    d = end_of_month(today.year, month)
    return d if d >= today else end_of_month(today.year + 1, month)


def _safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when it does not exist or lies outside the years the product accepts."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None  # "31/12/9999" is a placeholder, not a deadline
    try:
        return date(y, m, d)
    except ValueError:
        return None


Handler = Callable[[re.Match[str], date], TimeMatch | None]


class Gate:
    """A cheap test before a rule's regex runs: one of the words, one of the `also` words when
    given, and a digit if needed."""

    def __init__(
        self, words: tuple[str, ...], digit: bool = False, also: tuple[str, ...] = ()
    ) -> None:
        self.words, self.digit, self.also = frozenset(words), digit, frozenset(also)


def D(*words: str) -> Gate:  # noqa: N802 - reads as a marker in the rule table
    return Gate(words, digit=True)


Rule = tuple[re.Pattern[str], Handler, Gate]
# every reading, with the order it runs in; filled by @rule at import and by the
# @rules_from_data builders on first use (patterns built from data files)
_RULES: list[tuple[int, re.Pattern[str], Handler, Gate]] = []
_BUILDERS: list[Callable[[], None]] = []
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_WORDS = (
    "day",
    "fortnight",
    "sprint",
    "week",
    "month",
    "quarter",
    "year",
    "wk",
    "mo ",
    "mo.",
    "mos ",
    "yr",
    "ngay",
    "tuan",
    "thang",
    "quy",
    "nam",
)


def rule(pattern: str, gate: tuple[str, ...] | Gate, order: int) -> Callable[[Handler], Handler]:
    """Register a reading; its gate must open before the full pattern runs.

    Rules run by `order` (lower first; each order is used once, tests/test_data_files.py checks)
    and an earlier match takes its words: full dates first, halves and durations before months
    so "6 thang dau nam" and "6 thang toi" win, recurring periods before months so
    "moi thang 3 bai" is not March.
    """

    def deco(fn: Handler) -> Handler:
        _add_rule(order, re.compile(pattern), fn, gate if isinstance(gate, Gate) else Gate(gate))
        return fn

    return deco


def _add_rule(order: int, pattern: re.Pattern[str], handler: Handler, gate: Gate) -> None:
    if any(o == order for o, *_ in _RULES):
        raise ValueError(f"two date rules share order {order}: give {handler.__name__} its own")
    _RULES.append((order, pattern, handler, gate))


def rules_from_data(build: Callable[[], None]) -> Callable[[], None]:
    """Register a builder of rules whose patterns come from data files; it runs on first use."""
    _BUILDERS.append(build)
    return build


def _deadline(m: re.Match[str], d: date | None) -> TimeMatch | None:
    return TimeMatch(m.start(), m.end(), "deadline", deadline=d) if d else None


def _dated(m: re.Match[str], year: int, month: int, day: int) -> TimeMatch | None:
    """A typed day; one the calendar does not have ("31/02/2027") is kept as "invalid", so the
    goal is asked which day it meant instead of being given a second deadline."""
    d = _safe_date(year, month, day)
    if d is None and 1 <= month <= 12 and 28 < day <= 31 and MIN_YEAR <= year <= MAX_YEAR:
        return TimeMatch(m.start(), m.end(), "invalid")
    return _deadline(m, d)


@rule(
    r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b",
    D(
        "-",
    ),
    order=100,
)
def _iso(m: re.Match[str], today: date) -> TimeMatch | None:
    return _deadline(m, _safe_date(int(m[1]), int(m[2]), int(m[3])))


@rule(
    r"(?<![\d.,/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/%]|[.,]\d)",
    D("/", ".", "-"),
    order=110,
)
def _numeric(m: re.Match[str], today: date) -> TimeMatch | None:
    day, month, year = int(m[1]), int(m[2]), _year(m[3], today.year)
    if month > 12 and day <= 12:  # typed month-first (US style)
        day, month = month, day
    return _dated(m, year, month, day)


@rule(
    r"\b(?:(?:truoc|den het|den|toi|cham nhat|tre nhat|muon nhat|no later than|sale|sales|khuyen mai|by|before|until|till|vao|ngay|han|deadline|due|on|tu|from|starting|nhan dip|dip|vao dip|truoc dip|ngay le|le|chao mung|mung|ky niem"
    # "kick-off is monday 7/12": a weekday names the day that follows
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun),?\s+(?:ngay\s+)?|(?:truoc|before|by|until|han|han chot|deadline)\s+(?:[a-z']+\s+){1,4}?(?:ngay\s+|on\s+)?)(\d{1,2})/(\d{1,2})(?![\d/%]|[.,]\d)",
    D(
        "/",
    ),
    order=120,
)
def _day_month(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "trước 30/6": day and month, this year or, once past, the next ("by 12/31", written
    month first, when only that order is a date)."""
    day, month = int(m[1]), int(m[2])
    if month == 10 and (
        _TO_OUT_OF_TEN.match(m.string, m.end()) or _SURE_NEXT.match(m.string, m.end())
    ):
        # "confidence from 4/10 to 7/10", "8/10 sure I can do it": a rating out of ten, not
        # a day in October
        return None
    if month > 12 >= day:
        day, month = month, day
    d = _safe_date(today.year, month, day)
    if d and (year := _THIS_YEAR_AFTER.match(m.string, m.end())):
        return TimeMatch(m.start(), year.end(), "deadline", deadline=d)  # "15/11 nam nay"
    if (year := _NEXT_YEAR_AFTER.match(m.string, m.end())) and (
        nxt := _safe_date(today.year + 1, month, day)
    ):
        return TimeMatch(m.start(), year.end(), "deadline", deadline=nxt)  # "20/10 nam sau"
    if _ON_DAY.match(m[0]) and d is not None and d < today:
        d = _safe_date(today.year + 1, month, day)  # "khai giang vao 20/11": on the next one
    else:
        d = _next_unless_just_passed(d, today, month, day, digits=True)
    return _deadline(m, d) if d else _dated(m, today.year + 1, month, day)


@rule(r"\(\s*(?:ngay\s+|on\s+)?(\d{1,2})/(\d{1,2})\s*\)", D("("), order=121)
def _bracketed_day(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "open day mùa xuân (7/3)", "the spring recital (4/18)": the day a named event is on,
    said in brackets after it; the next one to come."""
    day, month = int(m[1]), int(m[2])
    if month > 12 >= day:
        day, month = month, day
    d = _safe_date(today.year, month, day)
    if d is not None and d < today:
        d = _safe_date(today.year + 1, month, day)
    return _deadline(m, d)


# a day it happens on, not one it is due by: once past, it is next year's
_ON_DAY = re.compile(r"(?:vao|on|ngay|chao mung|mung|ky niem)\s")  # "chao mung 20/11": the next


_TO_OUT_OF_TEN = re.compile(r"\s*(?:to|->|→|den|len|xuong|toi)\s*\d{1,2}(?:[.,]\d)?\s*/\s*10\b")
_SURE_NEXT = re.compile(rf"\s*(?:{alternation(_WORDS.rating_after)})\b")
JUST_PASSED_DAYS = 31  # a month: "by 20/10", typed in late November, may mean next year's


@lru_cache(maxsize=1)
def _days_by_digits() -> frozenset[tuple[int, int]]:
    """(month, day) of the holidays people name by their digits ("20/11", "8/3")."""
    data = HolidaysFile.model_validate(lexicon_data("holidays.yaml"))
    return frozenset((d.month, d.day) for d in data.solar if d.by_digits)


def _next_unless_just_passed(
    d: date | None, today: date, month: int, day: int, digits: bool = False
) -> date | None:
    """A day and month with no year: this year's, or next year's once past. One that passed a
    few weeks ago ("trước 30/11", typed on 1 December) is the date the user missed, not one eleven
    months away; a sale day named by its digits ("11/11") and a holiday typed as its digits
    ("trước 20/11", Teachers' Day) come back every year."""
    if d is None or d >= today:
        return d
    if (
        (today - d).days <= JUST_PASSED_DAYS
        and day != month
        and not (digits and (month, day) in _days_by_digits())
    ):
        return d
    return _safe_date(today.year + 1, month, day)


_THIS_YEAR_AFTER = re.compile(r",? (?:nam nay|this year)\b")
_NEXT_YEAR_AFTER = re.compile(r",? (?:nam sau|nam toi|sang nam|next year)\b")


@rule(
    r"\b(?:(?:truoc|den|toi|vao|han) )?(?:ngay |mung |mong )?(\d{1,2}) thang (gieng|chap)\b"
    r"|\b(?:(?:truoc|den|toi|vao|han) )?(?:ngay |mung |mong )?(\d{1,2})(?:/| thang )(\d{1,2})"
    r" (?:am lich|al)\b"
    r"|\b(?:(?:truoc|den|toi|vao|han) )?(?:ngay )?(?:mung|mong) (\d{1,2}) tet\b",
    ("thang gieng", "thang chap", "am lich", " al", " tet"),
    order=115,
)
def _lunar_day(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "truoc 23 thang Chap", "15/8 am lich", "mung 6 Tet": a day of the lunar calendar."""
    day = int(m[1] or m[3] or m[5])
    month = {"gieng": 1, "chap": 12}[m[2]] if m[2] else int(m[4] or 1)
    if not (1 <= day <= 30 and 1 <= month <= 12):
        return None
    try:
        return _deadline(m, _holiday_date("lunar", {"day": day, "month": month}, today, None))
    except ValueError:  # a 30th in a month of 29 days
        return None


@rule(r"\bngay (\d{1,2}) thang (\d{1,2})(?:[ ,]+(?:nam )?(\d{4}))?", ("thang",), order=130)
def _vi_full(m: re.Match[str], today: date) -> TimeMatch | None:
    d = _safe_date(_year(m[3], today.year), int(m[2]), int(m[1]))
    if not m[3]:
        d = _next_unless_just_passed(d, today, int(m[2]), int(m[1]), digits=True)
    return _deadline(m, d)


@rule(
    rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}|['’]\d{{2}}))?\b",
    _MONTH_WORDS,
    order=140,
)
def _en_mdy(m: re.Match[str], today: date) -> TimeMatch | None:
    if m[1] == "may" and not m[3] and not _before(m, _MAY_MDY_CUE_END):
        # "by the May 1 deposit deadline", "in the May 22 recital" are dates; "may 3 of us" is not
        return None
    if not m[3] and (said := _said_year(m, today, MONTHS[m[1]], int(m[2]))) is not None:
        return said
    d = _safe_date(_year(m[3], today.year), MONTHS[m[1]], int(m[2]))
    if not m[3]:
        d = _next_unless_just_passed(d, today, MONTHS[m[1]], int(m[2]))
    return _deadline(m, d)


@rule(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}(?:,? (\d{{4}}|['’]\d{{2}}))?\b",
    _MONTH_WORDS,
    order=150,
)
def _en_dmy(m: re.Match[str], today: date) -> TimeMatch | None:
    if m[2] == "may" and not m[3] and not _before(m, _MAY_DMY_CUE_END):
        return None  # "mua them 2 may vat so": two machines, not the 2nd of May
    if not m[3] and (said := _said_year(m, today, MONTHS[m[2]], int(m[1]))) is not None:
        return said
    d = _safe_date(_year(m[3], today.year), MONTHS[m[2]], int(m[1]))
    if not m[3]:
        d = _next_unless_just_passed(d, today, MONTHS[m[2]], int(m[1]))
    return _deadline(m, d)


def _said_year(m: re.Match[str], today: date, month: int, day: int) -> TimeMatch | None:
    """A day and month followed by "this year" or "next year" ("by Oct 15 this year"): that
    year's, even once it has passed; None when no year word follows."""
    if (this := _THIS_YEAR_AFTER.match(m.string, m.end())) is not None:
        d, end = _safe_date(today.year, month, day), this.end()
    elif (nxt := _NEXT_YEAR_AFTER.match(m.string, m.end())) is not None:
        d, end = _safe_date(today.year + 1, month, day), nxt.end()
    else:
        return None
    return TimeMatch(m.start(), end, "deadline", deadline=d) if d is not None else None


@rule(
    r"(?:\b(?:cuoi|het|truoc|den|trong|vao|toi|den het|dau)\s+)?\bthang (\d{1,2})(?:\s*(?:/|-|nam)\s*(\d{4}|sau|toi|nay)|\s+(nay)\b)?(?![\d/])",
    ("thang ",),
    order=440,
)
def _vi_month(m: re.Match[str], today: date) -> TimeMatch | None:
    month = int(m[1])
    if not 1 <= month <= 12:
        return None
    if m[2] in ("sau", "toi"):  # "thang 3 nam sau": March of next year
        return _by_or_before(m, end_of_month(today.year + 1, month), 1)
    if m[2] == "nay":  # "cuoi thang 10 nam nay": this year's, even once it is past
        return _by_or_before(m, end_of_month(today.year, month), 1)
    if m[3]:  # "het thang 10 nay", "thang 3 nay": the nearest, gone by or still to come
        this, next_ = end_of_month(today.year, month), end_of_month(today.year + 1, month)
        return _by_or_before(m, this if today - this <= next_ - today else next_, 1)
    return _about(m, _by_or_before(m, _next_month_end(today, month, m[2]), 1))


_VI_MONTH_WORDS = {name: month for month, names in _WORDS.vi_months.items() for name in names}
_VI_LUNAR_MONTHS = {
    name: month for month, names in _WORDS.vi_lunar_months.items() for name in names
}
_VI_MONTH = alternation(sorted([*_VI_MONTH_WORDS, *_VI_LUNAR_MONTHS], key=len, reverse=True))


@rule(
    rf"(?:^\s*|\b(?:cuoi|het|truoc|den|trong|vao|den het|dau|tu)\s+)thang ({_VI_MONTH})\b(?!\s+(?:lan|bai|buoi|nguoi|ngay|tuan|thang|nam|toi|sau|truoc|nay))(?:\s*(?:/|-|nam)\s*(\d{{4}}))?",
    ("thang ",),
    order=445,
)
def _vi_month_word(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "trong tháng Một", "trước tháng Mười hai": a month named in words; "tháng Chạp" is the
    lunar year's last."""
    if m[1] in _VI_LUNAR_MONTHS:
        first, last = _lunar_month(_VI_LUNAR_MONTHS[m[1]], today)
        before = _BEFORE_START.match(m[0]) and not _ENDS_AFTER.match(m.string, m.end())
        return _deadline(m, first - timedelta(days=1) if before else last)
    return _by_or_before(m, _next_month_end(today, _VI_MONTH_WORDS[m[1]], m[2]), 1)


def _lunar_month(month: int, today: date) -> tuple[date, date]:
    """The first and last solar days of the next lunar `month` not yet over."""
    for year in (today.year - 1, today.year, today.year + 1):
        first = convert_lunar_to_solar(1, month, year)
        nxt = convert_lunar_to_solar(1, month % 12 + 1, year + (month == 12))
        if nxt - timedelta(days=1) >= today:
            return first, nxt - timedelta(days=1)
    raise ValueError(month)  # a lunar month comes round every year


@rule(
    # not "Q1/2026", "1/1000"; "T11/2026" (tháng 11) is the month's whole name
    r"(?<![\d/.])(?<!\bq)(?<!\bh)(?:\bt)?(\d{1,2})/((?:19|20)\d\d)\b",
    D(
        "/",
    ),
    order=450,
)
def _month_year(m: re.Match[str], today: date) -> TimeMatch | None:
    month = int(m[1])
    return _deadline(m, end_of_month(int(m[2]), month) if 1 <= month <= 12 else None)


_WHEN_BEFORE = re.compile(r"\b(?:starting|start|from|since|until|til|till|thru|through)\s+$")


@rule(
    rf"\b(?:(?:by |until |before |in |during |through |till )?(?:the )?end (?:of )?|by |until |before |in |during |through |till |due )?(?:(?:early|mid|late)[- ])?{_MONTH}(?:,? (\d{{4}}|['’]\d{{2}}))?\b",
    _MONTH_WORDS,
    order=460,
)
def _en_month(m: re.Match[str], today: date) -> TimeMatch | None:
    text = m[0]
    if (
        m[1] == "may"
        and not m[2]
        and not _MAY_MONTH_CUE.match(text)
        # "do better on the May exam": the month that names an event
        and not (m.string.endswith("the ", 0, m.start()) and _EVENT_NEXT.match(m.string, m.end()))
        # "on the exam this May", "by next May": the month, when no verb follows ("this may
        # take a while" is the modal)
        and not (
            _THIS_NEXT_END.search(m.string, max(0, m.start() - 8), m.start())
            and _AFTER_THIS_MAY.match(m.string, m.end())
        )
    ):
        return None
    if (
        m[1] in ("mar", "jun", "jan", "dec", "oct", "nov", "aug", "sep", "apr", "feb", "jul")
        and not m[2]
        and text == m[1]
        # "starting jan", "from feb", "til mar": after a word of when, it is the month
        and not _WHEN_BEFORE.search(m.string, 0, m.start())
        # "3 new hires, eng, Feb": a note's last item after a comma or a dash is its month
        and not (
            _NOTE_ITEM_BEFORE.search(m.string, 0, m.start())
            and not m.string[m.end() :].strip(" .!)")
        )
    ):
        return None  # a bare abbreviation alone is too easily a word
    year = m[2]
    if not year and (later := _MONTH_EVENT_YEAR.match(m.string, m.end())) is not None:
        # "by Oct half term 2026": the year said after the month's event is the month's
        found = _by_or_before(m, end_of_month(int(later[1]), MONTHS[m[1]]), 1)
        return None if found is None else replace(found, end=later.end())
    return _by_or_before(m, _next_month_end(today, MONTHS[m[1]], year), 1)


_MONTH_EVENT_YEAR = re.compile(rf"\s+(?:{alternation(_WORDS.month_events)})\s+((?:19|20)\d\d)\b")


@rule(
    rf"\b(?:(?:by |until |before |in |during |till )?(?:the )?end (?:of )?|by |until |before |in |during |till |due |for the |for |the )?{_MONTH}(?: of)?(?: (?:{alternation(_WORDS.month_events)}))? this year\b",
    Gate(_MONTH_WORDS, also=("year",)),
    order=47,
)
def _month_this_year(m: re.Match[str], today: date) -> TimeMatch | None:
    """A month said with "this year" ("by Nov this year", "by October half term this year"):
    this year's, even once it has passed."""
    if m.start() == m.start(1) and _DAY_NUMBER_END.search(m.string, 0, m.start()):
        return None  # "15 October this year": the day's own rule reads it whole
    return _by_or_before(m, end_of_month(today.year, MONTHS[m[1]]), 1)


_DAY_NUMBER_END = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? $")


_NOTE_ITEM_BEFORE = re.compile(r"(?:,|\s[-–—]|\()\s*$")
# "before Q2 ends", "truoc khi quy 2 ket thuc": before its end, not before its start
_ENDS_AFTER = re.compile(r"\s+(?:ends|is over|finishes|closes|wraps up|ket thuc)\b")


def _by_or_before(m: re.Match[str], end: date, months: int) -> TimeMatch | None:
    """The period's last day; "before September", "truoc quy 2": the day before it starts."""
    if _BEFORE_START.match(m[0]) and not _ENDS_AFTER.match(m.string, m.end()):
        first = add_months(end.replace(day=1), 1 - months)
        return _deadline(m, first - timedelta(days=1))
    return _deadline(m, end)


@rule(
    r"\b(?:(?:by |until |before |in |during |through |for |within |till )?(?:the )?(?:end (?:of )?|eo)?)?(?:q([1-4])|quarter ([1-4])|("
    + alternation(list(_WORDS.quarter_ordinals))
    + r") quarter(?: of)?)(?:[ /-]?(?:fy)?(\d{4}|['’]\d{2}))?\b(?![.,]\d)"
    # "a Q1 journal", "Q2-ranked journals": a journal's rank, not a quarter
    r"(?!\s*-?\s*(?:ranked\s+)?(?:journals?|papers?|publications?|venues?|ranked)\b)",
    ("q1", "q2", "q3", "q4", "quarter"),
    order=420,
)
def _en_quarter(m: re.Match[str], today: date) -> TimeMatch | None:
    q = int(m[1] or m[2] or _WORDS.quarter_ordinals[m[3]])
    year = _year(m[4], today.year)
    if not m[4] and (said := _THIS_YEAR_AFTER.match(m.string, m.end())):
        # "Q3 nam nay", "Q3 this year": this year's, gone by or not
        t = _by_or_before(m, quarter_end(year, q), 3)
        return replace(t, end=said.end()) if t else None
    if not m[4] and (said := _NEXT_YEAR_AFTER.match(m.string, m.end())):
        t = _by_or_before(m, quarter_end(year + 1, q), 3)  # "Q1 next year"
        return replace(t, end=said.end()) if t else None
    d = quarter_end(year, q)
    if not m[4] and d < today:
        d = quarter_end(year + 1, q)
    return _by_or_before(m, d, 3)


@rule(
    r"(?:\b(?:cuoi|het|trong|truoc|den het|den)\s+)?\bquy (iv|iii|ii|i|[1-4])\b(?!\s*(?:[.,]\d|ty|trieu|tr\b|k\b|nghin|ngan|%|lan\b))(?:\s*(?:/|-|nam)\s*(\d{4}|sau|toi|nay))?",
    ("quy ",),
    order=430,
)
def _vi_quarter(m: re.Match[str], today: date) -> TimeMatch | None:
    q = _ROMAN.get(m[1]) or int(m[1])
    if m[2] in ("sau", "toi", "nay"):
        return _by_or_before(m, quarter_end(today.year + (m[2] != "nay"), q), 3)
    d = quarter_end(_year(m[2], today.year), q)
    if not m[2] and d < today:
        d = quarter_end(today.year + 1, q)
    return _by_or_before(m, d, 3)


_HALF_OF_A_THING = re.compile(r" (?!of\b|and\b|or\b|to\b|for\b|at\b|in\b|by\b|with\b)[a-z]{3,}")


@rule(
    r"\b(?:(?:by |in |during |before |until )?(?:the )?(?:end (?:of )?)?)?(?:h([12])|(first|second) half(?: of(?: the)?(?: (next |this )?year)?)?)(?:[ /-]?(\d{4})| (next|this) year)?\b",
    ("h1", "h2", "half"),
    order=210,
)
def _en_half(m: re.Match[str], today: date) -> TimeMatch | None:
    if m[2] and not m[4] and m[0].startswith(m[2]) and _HALF_OF_A_THING.match(m.string, m.end()):
        return None  # "my first half marathon", "the second half season": a thing, not a period
    h = int(m[1]) if m[1] else (1 if m[2] == "first" else 2)
    said = (m[3] or m[5] or "").strip()  # "the second half of next year", "H1 this year"
    year = today.year + 1 if said == "next" else _year(m[4], today.year)
    d = end_of_month(year, 6 * h)
    if not (m[4] or said) and (d < today or (_in_last_month(d, today) and "end" not in m[0])):
        # "present at 2 conferences in H2", said in December: the half still to come
        d = end_of_month(year + 1, 6 * h)
    return _deadline(m, d)


def _in_last_month(end: date, today: date) -> bool:
    """Today falls in the last month of a half that ends on `end`: too late to plan in it."""
    return (end.year, end.month) == (today.year, today.month)


@rule(
    r"\b(?:(by|before|until|till|in|truoc|vao|trong) )?(?:(?:the )?(?:start|beginning) of (?:the )?|early[- ](?:in )?(?:the )?|dau )"
    r"(?:(next|new) year|nam (sau|toi|nay|20\d{2})|(20\d{2}))\b",
    ("early", "start of", "beginning of", "dau nam"),
    order=207,  # after the halves and first months ("nua dau nam 2027", "3 thang dau nam")
)
def _early_year(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "early next year", "vao dau nam sau": by the end of its first quarter; "before the
    start of next year", "truoc dau nam sau": by the last day of the year before."""
    raw = m[2] or m[3] or m[4]
    year = (
        today.year + 1
        if raw in ("next", "new", "sau", "toi")
        else _year(raw if raw and raw.isdigit() else None, today.year)
    )
    early = "early" in m[0] or m[0].startswith(("vao", "trong", "in ")) or m[1] is None
    if m[1] in ("before", "truoc") or (m[1] in ("by", "until", "till") and not early):
        return _deadline(m, date(year - 1, 12, 31))
    return _deadline(m, date(year, 3, 31))


@rule(
    r"\b(?:(?:by |before |in |until )?mid[- ](?:year|(20\d{2}))|(?:truoc |den |trong )?giua nam(?: (20\d{2}|nay|sau))?)\b",
    ("mid", "giua nam"),
    order=200,
)
def _mid_year(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "by mid-2027", "giua nam sau": the end of June."""
    raw = m[1] or m[2]
    year = (
        today.year + 1
        if raw == "sau"
        else _year(raw if raw and raw.isdigit() else None, today.year)
    )
    d = date(year, 6, 30)
    if raw is None and d < today:
        d = date(year + 1, 6, 30)
    return _about(m, _deadline(m, d))


# "chắc tầm| giữa năm sau", "tầm| tháng 3": said as about then
_ABOUT_END = re.compile(rf"\b(?:{alternation(_WORDS.about_time_cues)})\s+$")


def _about(m: re.Match[str], t: TimeMatch | None) -> TimeMatch | None:
    """The time, loose when it is said as about then ("chắc tầm giữa năm sau")."""
    if (
        t is None
        # "trung tâm trong tháng 3": a cue of its own before the time, "tâm" is no "tầm"
        or not m[0].startswith(("thang", "giua"))
        or (about := _ABOUT_END.search(m.string, max(0, m.start() - 10), m.start())) is None
    ):
        return t
    return replace(t, start=about.start(), vague=True)


@rule(
    r"\b(?:trong |in )?(?:(?:the )?first (two|three|four|2|3|4|5) months of(?: the year)?(?: (20\d{2}))?|(2|3|4|5|hai|ba|bon|nam) thang dau (?:cua )?nam(?: (20\d{2}|nay|sau|toi))?)\b",
    ("first", "thang dau"),
    order=190,
)
def _first_months(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "in the first 3 months of 2027", "3 thang dau nam 2027": the end of that month."""
    counts = {"two": 2, "three": 3, "four": 4, "hai": 2, "ba": 3, "bon": 4, "nam": 5}
    raw, year_raw = m[1] or m[3], m[2] or m[4]
    n = int(raw) if raw.isdigit() else counts[raw]
    if year_raw in ("sau", "toi"):
        year = today.year + 1
    else:
        year = _year(year_raw if year_raw and year_raw.isdigit() else None, today.year)
    d = end_of_month(year, n)
    if not year_raw and d < today:
        d = end_of_month(year + 1, n)
    return _deadline(m, d)


@rule(
    r"\b(?:trong |truoc )?(?:nua (dau|cuoi)|6 thang (dau|cuoi)|sau thang (dau|cuoi))(?: nam)?(?: (nay|sau|toi|\d{4}))?",
    ("nua ", "thang dau", "thang cuoi"),
    order=205,
)
def _vi_half(m: re.Match[str], today: date) -> TimeMatch | None:
    h = 1 if (m[1] or m[2] or m[3]) == "dau" else 2
    year = (
        today.year + 1
        if m[4] in ("sau", "toi")
        else _year(m[4] if m[4] and m[4].isdigit() else None, today.year)
    )
    d = end_of_month(year, 6 * h)
    if not m[4] and d < today:
        d = end_of_month(year + 1, 6 * h)
    return _deadline(m, d)


@rule(
    # "before this year end": the year said as this one, before its end
    r"\b(?:(?:by |before |until |at |in )?(?:the |this )?(?:end of (?:the |this )?year|year[- ]end|eoy)|before the year is (?:out|over)"
    # "close out the year at 40", "finish the year with 100 clients": where the year ends
    r"|(?:close out|closing out|close|finish|finishing|end|ending|wrap up|wrapping up) (?:the|this) year(?![\s-]*\d|-)|(?:den |toi |truoc )?(?:cuoi|het|ket thuc) nam)\b(?: (nay|sau|toi|next year|20\d{2}))?",
    ("year", "eoy", "nam"),
    order=220,
)
def _year_end(m: re.Match[str], today: date) -> TimeMatch | None:
    # "EOY next year", "cuoi nam sau": the year after this one
    ahead = m[1] in ("sau", "toi", "next year")
    year = int(m[1]) if m[1] and m[1].isdigit() else today.year + ahead
    return _deadline(m, date(year, 12, 31))


BASELINE_END = re.compile(r"\b(?:" + alternation(_WORDS.baseline_cues) + r")\s*$")


@rule(
    r"\b(?:(by|before|until|till|truoc)|(?:(?:in|during|for|throughout|over|through) )?(?:the )?(?:whole|entire|full)(?: (?:calendar )?year)?(?: of)?|all of|(?:in|during|for|throughout|through|thru|over|this|end of|the end of|by the end of|by end of)(?: (?:the )?(?:calendar )?year)?|(?:cuoi|het|trong suot|suot|trong|truoc|den het|den|vao|ca)? ?nam)\s+(20\d{2})\b",
    D(
        "20",
    ),
    order=470,
)
def _in_year(m: re.Match[str], today: date) -> TimeMatch | None:
    y = int(m[2])
    if BASELINE_END.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "giam 15% so voi nam 2026", "up 10% vs 2026": the year compared against
    if m[1] in ("by", "before", "until", "till") or m[0].startswith("truoc"):
        return _deadline(
            m,
            date(y, 1, 1) - timedelta(days=1)
            if m[0].startswith(("before", "truoc"))
            else date(y, 12, 31),
        )
    return _deadline(m, date(y, 12, 31))


@rules_from_data
def _year_of_measure_rules() -> None:
    """A year said with the measure it counts ("doanh thu 2027", "2027 revenue"): that year's
    total, due at its end; a year already gone is a past fact."""
    nouns = alternation(_WORDS.year_measures)
    pattern = rf"\b(?:(?:{nouns}) (20\d{{2}})|(20\d{{2}}) (?:{nouns}))\b"
    named = alternation(_WORDS.year_measure_documents)
    docs = re.compile(rf"\b(?:{named}) (?:\w+ )?$")
    docs_after = re.compile(rf"(?: \w+)? (?:{named})\b")

    def handler(m: re.Match[str], today: date) -> TimeMatch | None:
        if docs.search(m.string, max(0, m.start() - 16), m.start()) or docs_after.match(
            m.string, m.end()
        ):
            return None  # "ke hoach ngan sach 2027", "the 2027 sales comp plan": a document's name
        g = 1 if m[1] else 2
        year = int(m[g])  # the year's words only: the measure stays the goal's object
        if year < today.year:
            return TimeMatch(m.start(g), m.end(g), "past")
        return TimeMatch(m.start(g), m.end(g), "deadline", deadline=date(year, 12, 31))

    # gated on the measures' own words: most goals with a year name none of them
    _add_rule(475, re.compile(pattern), handler, D(*_WORDS.year_measures))


@rules_from_data
def _year_of_exam_rules() -> None:
    """A year said before a school exam ("the 2027 WASSCE", "2026 GCSEs"): that year's sitting,
    due at the end of the month it is sat in (data: exam_months)."""
    pattern = rf"\b(20\d{{2}}) ({alternation(list(_WORDS.exam_months))})\b"

    def handler(m: re.Match[str], today: date) -> TimeMatch | None:
        d = end_of_month(int(m[1]), _WORDS.exam_months[m[2]])
        # the year's words only: the exam stays what the goal is about
        if d < today:
            return TimeMatch(m.start(1), m.end(1), "past")
        return TimeMatch(m.start(1), m.end(1), "deadline", deadline=d)

    _add_rule(474, re.compile(pattern), handler, D(*_WORDS.exam_months))


@rule(
    r"\b(?:(?:by |before |by the end of |in |during |within |for )?(this|next|the coming) (year|month|week|weekend|quarter)|(?<!quy [1-4] )(?<!thang \d )(?<!thang \d\d )(?<!/)(?<!/ )(?:trong |truoc |het |cuoi |den het )?(nam|thang|tuan|quy) (nay|sau|toi|ke tiep)|(sang) (nam))\b",
    ("this ", "next ", "coming ", "nay", "sau", "toi", "ke tiep", "sang nam"),
    order=400,
)
def _relative_period(m: re.Match[str], today: date) -> TimeMatch | None:
    which = m[1] or m[4] or m[5]  # "sang nam": next year
    unit = _UNITS[m[2] or m[3] or m[6]]
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


# "sometime| next spring", "some time| in the summer": a season said loosely
_YEAR_SAID = re.compile(
    r"^(?:(?:in|by|during|over|trong) )?(?:next|this|the|nam|sang)? ?(?:year|yr|nam sau|nam toi|20\d\d)$"
)
_SOMETIME_END = re.compile(r"\b(?:sometime|some time)(?: (?:in|during|over|around))?\s+$")
# how many said loosely ("a few", "vài"): a span with no one date (data: dates.yaml)
_LOOSE_COUNTS = frozenset(_WORDS.loose_span_counts)
_OR_SO = re.compile(r" (?:or so|or two|hoac hon|gi do)\b")
# "in the next few months", "in the coming weeks": a span said with no number at all
_FEW_SPAN = re.compile(
    r"\b(?:(?:in|over|within|during)(?: the)? (?:next|coming|following) (few|couple(?: of)?)"
    r"|in (?:the )?coming) (days|weeks|months|years)\b"
)


@rule(_FEW_SPAN.pattern, ("few", "coming", "couple"), order=301)
def _few_span(m: re.Match[str], today: date) -> TimeMatch | None:
    # "in the next couple years": two of them, said loosely; "a few", three
    d = add_duration(today, 2 if (m[1] or "").startswith("couple") else 3, _UNITS[m[2]])
    loose = _SOMETIME_END.search(m.string, max(0, m.start() - 12), m.start())
    return TimeMatch(
        loose.start() if loose else m.start(), m.end(), "deadline", deadline=d, vague=True
    )


# "trong thời gian tới", "in the coming period", "over the next wee while": a span ahead said
# with no length at all; its date is assumed a few months on
_TIME_AHEAD = re.compile(
    r"\b(?:trong\s+)?(?:thoi gian|thoi gan|tg)\s+(?:sap\s+toi|toi|(?:ko|k|khong)\s+xa)\b"
    r"|\b(?:in|over|during)\s+the\s+(?:coming\s+(?:period|time)|next\s+(?:wee\s+|little\s+)?while"
    r"|(?:near|not\s+too\s+distant|not\s+so\s+distant)\s+future)\b"
)


@rule(_TIME_AHEAD.pattern, ("toi", "coming", "while", "future", "xa"), order=302)
def _time_ahead(m: re.Match[str], today: date) -> TimeMatch | None:
    return TimeMatch(
        m.start(), m.end(), "deadline", deadline=add_duration(today, 3, "month"), vague=True
    )


# "after 20 yrs of shovelling", "for ten years of service": how long something has gone on
_SPENT_OF = re.compile(r" of (?!the |this |next |each |every )[a-z]")
# "been saying this |for a couple years": how long it has gone on, up to now
_BEEN_BEFORE = re.compile(r"\bbeen\b[^,.;!?]*$")
# "first one |in 6 yrs", "lan dau tien |sau 5 nam": a first or a record a few words before
_FIRST_BEFORE = re.compile(rf"\b(?:{alternation(_WORDS.span_firsts)})(?: [\w']+){{0,3}} $")


@rules_from_data
def _duration_rules() -> None:
    """Durations ("in 3 weeks", "trong 6 thang toi"); the number words come from lexicon.yaml.
    "for 8 year olds" is an age."""
    n = _num_alt()
    en = rf"\b(?:within|in|over|during|for|after|inside)(?: the)?(?: (?:next|coming|following|first))? {n}[ -]?{_UNIT}\b(?![ -]olds?\b)|\b(?:next|coming|following) {n} {_UNIT}\b|\b{n}[ -]{_UNIT}(?: from now(?! on)| from today(?! on)| time)\b|\b{n}[ -]?{_UNIT}(?= (?:campaign|sprint|plan|challenge|program))|\b{n}[ -]?{_UNIT}(?= (?:max|tops)\b(?! (?:per|each|a|an|for)\b))|\b(?:(?:within|in|over|during) )?the (?:next|coming) (fortnight)\b"
    vi = rf"\b(?:trong(?: vong)?|noi trong|sau|chi trong|trong khoang)(?: thoi gian)? {n} {_UNIT}(?: (?:toi|nua|sap toi|tiep theo|ke tu nay|ke tu bay gio))?\b|\b{n} {_UNIT} (?:toi|nua|sap toi|tiep theo|ke tiep)\b"

    def handler(m: re.Match[str], today: date) -> TimeMatch | None:
        groups = [g for g in m.groups() if g]
        if groups == ["fortnight"]:  # "in the next fortnight": one, unsaid
            groups = ["1", "fortnight"]
        if len(groups) < 2:
            return None
        count, unit = _num(groups[0]), _UNITS[groups[1]]
        if count <= 0 or count > 1000:
            return None
        if _FIRST_BEFORE.search(m.string, max(0, m.start() - 32), m.start()):
            return TimeMatch(m.start(), m.end(), "past")  # "first one in 6 yrs": since the last
        if _SPENT_OF.match(m.string, m.end()) and m.string.startswith(
            ("after ", "for "), m.start()
        ):
            return TimeMatch(m.start(), m.end(), "past")  # "after 20 yrs of shovelling": time spent
        if m.string.startswith("for ", m.start()) and (
            m.string.startswith(" now", m.end())
            or _BEEN_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None
        ):
            return TimeMatch(m.start(), m.end(), "past")  # "been saying this for a couple years"
        loose = groups[0].strip() in _LOOSE_COUNTS
        if (more := _OR_SO.match(m.string, m.end())) is not None:
            end, loose = more.end(), True  # "in a month or so"
        else:
            end = m.end()
        d = add_duration(today, count, unit)
        return TimeMatch(m.start(), end, "deadline", deadline=d, vague=loose)

    # a unit and the words around the number: most goals name a month or a year, few say "in
    # 3 months" or "trong 3 thang" (most Vietnamese goals never run the English pattern)
    en_cues = ("in ", "inside ", "over ", "during ", "for ", "after ", "next ", "coming ",
               "following ", " from now", " from today", " time", " campaign", " sprint",
               " plan", " challenge", " program", "fortnight", " max", " tops")  # fmt: skip
    vi_cues = ("trong ", "sau ", " toi", " nua", " tiep theo", " ke tiep")
    # "Ron - lose 15 lbs - 2 months", "giam 5kg, 3 thang": a span typed as a note's last item
    note = rf"(?:(?<=, )|(?<=\()|(?<=\s[-–—] ))(\d{{1,3}}) ?{_UNIT}(?=\)?[\s.!]*$)"
    _add_rule(300, re.compile(en), handler, Gate(_UNIT_WORDS, also=en_cues))
    _add_rule(305, re.compile(note), handler, Gate(_UNIT_WORDS, digit=True))
    _add_rule(310, re.compile(vi), handler, Gate(_UNIT_WORDS, also=vi_cues))


@rule(
    r"\b(?:by |before |until )?(?:the )?end of (?:the )?(month|quarter|week)\b|\b(?:cuoi|het) (thang|quy|tuan)\b(?! \d)"
    r"|\b(?:(?:by|before|until|at) (?:the )?)?eo(q|m|w)\b",
    ("end of", "cuoi", "het", "eoq", "eom", "eow"),
    order=480,
)
def _period_end(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "end of the month", "het quy", "by EOQ": the end of the current period."""
    unit = (
        _UNITS[m[1] or m[2]] if m[1] or m[2] else {"q": "quarter", "m": "month", "w": "week"}[m[3]]
    )
    if unit == "month":
        return _deadline(m, end_of_month(today.year, today.month))
    if unit == "quarter":
        return _deadline(m, quarter_end(today.year, (today.month - 1) // 3 + 1))
    return _deadline(m, today + timedelta(days=6 - today.weekday()))


@rule(
    # "tu mai bat dau ...": "mai" after "từ" is tomorrow (alone it is as often a name, Mai)
    r"\b(?:tomorrow|ngay mai|today|hom nay|by tonight|toi nay|(?<=\btu )mai)\b",
    ("tomorrow", "mai", "today", "hom nay", "tonight", "toi nay"),
    order=490,
)
def _day(m: re.Match[str], today: date) -> TimeMatch | None:
    if m[0] in ("today", "hom nay") and _RATED_NEXT.match(m.string, m.end()):
        return None  # "today I would rate myself 5/10": where one stands, no deadline
    if m[0] == "today" and m.string.startswith(("'s", "’s"), m.end()):
        return None  # "at least 5% below today's level": today's figure, no deadline
    return _deadline(m, today + timedelta(days=0 if m[0] in ("today", "hom nay") else 1))


# "today| I would rate myself", "today| i'm at", "hom nay| minh tu cham": a rating of now
_RATED_NEXT = re.compile(
    rf",?\s+(?:i\s+(?:would|'d|d)\s+|i\s+)?(?:{alternation(_WORDS.rating_now_next)})\b"
)


@cache
def _held_bound() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_WORDS.holding_bounds)})\b")


@rule(
    rf"\b(?:{alternation(list(_WORDS.holding_periods))})\b(?!\s+\d)",
    ("all ", "whole", "year", "suot", "quanh"),
    order=411,
)
def _held_through(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "all season", "suốt vụ": a whole period a bound said before holds through, checked
    each one ("keep the SCC under 150k all season")."""
    if _held_bound().search(m.string, 0, m.start()) is None:
        return None
    return TimeMatch(m.start(), m.end(), "recurring", period=_WORDS.holding_periods[m[0]])


@rule(
    r"\b(?:per|a|an|each|every|every single|in any(?: given)?|any(?: given)?|moi|hang|hằng|mot)\s+(day|night|week|fortnight|month|quarter|year|ngay|tuan|thang|quy|nam)\b|\b("
    + alternation(list(_WORDS.period_adverbs))
    + r")\b(?!-)|/\s?(day|week|month|ngay|tuan|thang|quy|nam|wk|mo|yr)\b|\b(?:theo |tinh theo )?tung (ngay|tuan|thang|quy|nam)\b",
    (
        "day",
        "night",
        "week",
        "fortnight",
        "month",
        "quarter",
        "year",
        "ngay",
        "tuan",
        "thang",
        "quy",
        "nam",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "yearly",
        "annually",
        "wk",
        "mo ",
        "mo.",
        "/mo",
        "/ mo",
        "yr",
    ),
    order=410,
)
def _recurring(m: re.Match[str], today: date) -> TimeMatch | None:
    word = m[1] or m[2] or m[3] or m[4]
    if m[1] in _VI_PERIODS and m[0].split()[0] in ("a", "an"):
        return None  # "cho shop cua a Tuan": "anh Tuấn", a man's name, no "a week"
    # "once a fortnight": checked weekly at most, as "fortnightly" is
    period = (
        "week"
        if word == "fortnight"
        else _WORDS.period_adverbs.get(word) or _UNITS.get(word, "month")
    )
    return TimeMatch(m.start(), m.end(), "recurring", period=period)


_VI_PERIODS = frozenset(("ngay", "tuan", "thang", "quy", "nam"))
_WEEKDAYS = {name: day for day, names in _WORDS.weekdays["en"].items() for name in names}
_EN_WEEKDAY_NAMES = tuple(sorted(_WEEKDAYS, key=len, reverse=True))


@rule(
    r"\b(?:(?:last|past|previous|prior) (?:\d+ |two |three |four |six |twelve |few |couple of )?(?:weeks?|months?|quarters?|years?|days?)|(?:last|past|previous) (?:\d+|two|three|four|five|six|few|couple of) (?:sales|auctions|games|matches|shows|markets|fairs|races|events|launches|campaigns|releases)|last (?:night|weekend|season|term|semester|sprint|shift|audit|inspection)|yesterday|(?:hom|toi|dem) qua|nam ngoai|nam roi|\d+ (?:days?|weeks?|months?|years?) ago|(?<![/\w])(?<!/ )(?<!moi )(?<!hang )(?:tuan|thang|quy|nam|ky|ki|lan|dot|hom|bua|vu)(?: \d{1,2})? (?:truoc|vua roi|vua qua|qua|roi))\b(?! (?:nhom|zalo|email|mail|dien thoai|fb|facebook|app|tin nhan|messenger|website|web|kenh|trang)\b)(?! (?:ngay |dip |le )?(?:(?:(?<=qua )|(?<=truoc )|(?<=roi )|(?<=ngay )|(?<=dip )|(?<=le ))\d(?![\d.,]*\s?(?:tr|trieu|ty|ti|k|%)(?![a-z]))|\d{1,4}(?:\s?[/.-]\s?\d|\s?(?:h|gio|am|pm)\b|\s*(?:[,.;!?]|$))|tet\b|thu (?:\d|hai|ba|tu|nam|sau|bay)\b(?! (?:"
    + _HARVEST
    + r")\b)|chu nhat\b|giang sinh|noel|trung thu|ram\b|khi\b|han\b|thoi han|cuoi\b|het\b|(?:thang|quy|nam|tuan) (?:\d|sau\b|toi\b|nay\b)))",
    (
        "last",
        "past",
        "previous",
        "prior",
        "yesterday",
        "hom qua",
        "toi qua",
        "dem qua",
        "ngoai",
        "nam roi",
        "thang roi",
        "tuan roi",
        "quy roi",
        "ago",
        "truoc",
        "vua",
        "qua",
    ),
    order=50,
)
# "tháng rồi 92kg", "vụ vừa rồi": a period just gone, whatever number follows it (only "trước"
# can also mean "before" a date, which is why the first rule keeps away from a number after it)
@rule(
    r"(?<![/\w])(?<!moi )(?<!hang )\b(?:tuan|thang|quy|nam|vu|mua)(?: \d{1,2})? (?:vua roi|vua qua|roi)\b",
    ("roi", "vua qua"),
    order=48,
)
# "last November's open day", "this past March": a month behind us named by its name, whatever
# the same month next year would be
@rule(
    rf"\b(?:last|this past) {_MONTH}(?:'s)?(?!\s+(?:of|to|\d))\b",
    ("last", "past"),
    order=49,
)
# "Last saturday 3 waiters didnt turn up": a day of last week, gone
@rule(
    rf"\b(?:last|this past) (?:{alternation(list(_EN_WEEKDAY_NAMES))})\b",
    ("last", "past"),
    order=51,
)
def _past(m: re.Match[str], today: date) -> TimeMatch | None:
    """A time behind us ("last quarter", "thang 2 vua roi"): it dates a fact, not a deadline."""
    return TimeMatch(m.start(), m.end(), "past")


_WORD_BEFORE = re.compile(r"\b[a-z][a-z0-9+#'-]*\s+$")
_SALE_CUE_BEFORE = re.compile(rf"\b(?:{alternation(_WORDS.sale_day_cues)})\s+$")
_SCORE_BEFORE = re.compile(rf"(?:\b(?:{alternation(_WORDS.score_before)})|[<>=≥≤~])\s*$")


@rule(r"(?<![\d/.,])(1[0-2]|[1-9])[/.]\1(?![\d/%\w]|[.,]\d)", D("/", "."), order=160)
def _double_day(m: re.Match[str], today: date) -> TimeMatch | None:
    """Sale days written day/month with both the same ("11/11", "12/12"): the next one."""
    if "." in m[0] and _SCORE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return None  # "GPA above 3.3", "diem tren 8.8": a score, not the 3.3 sale
    if (
        "." in m[0]
        and int(m[1]) <= 8  # 9.9 to 12.12 are the sale days people name
        and _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
        and not _SALE_CUE_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    ):
        return None  # "the client's django 2.2 app": a version, not the 2.2 sale
    n = int(m[1])
    d = date(today.year, n, n)
    return _deadline(m, d if d >= today else date(today.year + 1, n, n))


@rule(
    r"\b(?:(?:in|by|for|during|through|end of|the end of|by the end of|by end of) )?(?:the )?(?:calendar year|cy) ?'?(20\d{2}|\d{2})\b",
    ("cy", "calendar year"),
    order=169,
)
def _calendar_year(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "during CY2027", "calendar year 2027": the year as the calendar runs, to 31 December."""
    return _deadline(m, date(_year(m[1], today.year), 12, 31))


@rule(
    r"\b(?:(?:in|by|for|during|through|end of|the end of|by the end of|by end of) )?(?:the )?(?:fiscal(?: year)?|fy) ?'?(20\d{2}|\d{2})\b|\b(?:(?:by |before |at )?(?:the )?end of (?:the |this )?(?:fiscal year|fy)|fiscal year[- ]end|fy[- ]end|fye)\b|\bnam tai chinh (20\d{2})\b",
    ("fiscal", "fy", "tai chinh"),
    order=170,
)
def _fiscal(m: re.Match[str], today: date) -> TimeMatch | None:
    """Fiscal years end on 31 December unless the goal says when its year ends ("by end of
    FY27 (our fiscal year ends June 30)": FY27 ends on 30 June 2027) or the context does."""
    raw = m[1] or m[2]
    if said := _FY_ENDS.search(m.string, m.end(), m.end() + 60):
        month = MONTHS[said[2] or said[3]]
        day = int(said[1] or said[4])
        if raw:  # a fiscal year is named by the calendar year it ends in
            return _deadline(m, _safe_date(_year(raw, today.year), month, day))
        d = _safe_date(today.year, month, day)
        if d is not None and d < today:
            d = _safe_date(today.year + 1, month, day)
        return _deadline(m, d)
    return _deadline(m, date(_year(raw, today.year), 12, 31))


_FY_ENDS = re.compile(
    rf"\b(?:fiscal year|financial year|fy|ours|our year)\s+(?:ends?|ending|closes|runs to)\s+"
    rf"(?:on\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?(?: of)?\s+{_MONTH}|{_MONTH}\s+(\d{{1,2}}))"
)


@rule(
    r"\b(?:(?:in|by|for|during|over|through|by the end of|by end of|end of) )?(this|next|the coming|the next) (?:fiscal year|fy|financial year)\b(?![^.;]*\b(?:ends?|ending|runs? to)\b)",
    ("fiscal", "fy", "financial year"),
    order=171,
)
def _fiscal_next(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "next fiscal year", "this FY": the calendar year, this one or the next."""
    return _deadline(m, date(today.year + (m[1] != "this"), 12, 31))


@rule(
    r"^\s*(?:muc tieu|chi tieu|ke hoach|kpi|kpis|okr|okrs|goal|goals|target|targets|objective|objectives)(?: nam)? (20\d{2})\s*[:\-–]",
    ("muc tieu", "chi tieu", "ke hoach", "kpi", "okr", "goal", "target", "objective"),
    order=172,
)
def _label_year(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "Muc tieu 2027: ...", "OKR 2027 - ...": the year the label names is the goal's period."""
    return _deadline(m, date(int(m[1]), 12, 31))


_VI_WEEKDAYS = {name: day for day, names in _WORDS.weekdays["vi"].items() for name in names}
_VI_WEEKDAY = alternation(sorted(_VI_WEEKDAYS, key=len, reverse=True))


def _weekday_date(today: date, weekday: int, next_week: bool) -> date:
    if next_week:
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=weekday)
    return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)


@rule(
    rf"\b(?:(by|before|until|till|on|due|this|next|this coming|by this|by next|end of day|eod|starting|starting from|from|beginning) )({alternation(list(_EN_WEEKDAY_NAMES))})\b",
    _EN_WEEKDAY_NAMES,
    order=180,
)
def _en_weekday(m: re.Match[str], today: date) -> TimeMatch | None:
    d = _weekday_date(today, _WEEKDAYS[m[2]], (m[1] or "").endswith("next"))
    if m[1] in _WEEKDAY_STARTS:
        return TimeMatch(m.start(), m.end(), "start", deadline=d)  # "starting monday, ..."
    return _deadline(m, d)


# Days of the week said as a span or a spaced list ("Mon-Fri", "monday through friday", "mon wed
# fri", "tu thu 2 den thu 6", "t2-t6", "thu 2, 4, 6"): the routine's days, each week. One said of
# a single week ("mon to fri next week") is left to the readings of a day.
_DAY_WORD = r"(?:mon|tue|tues|wed|weds|thur|thurs|fri|sat|sun)(?:day)?s?"
_VI_DAY = r"(?:(?:thu|t)\s?(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu nhat|cn)"


@rule(
    rf"\b(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\s*(?:-|to|through|thru|till|til)\s*{_DAY_WORD}|m-f|{_DAY_WORD}(?:\s+{_DAY_WORD})+)\b"
    rf"|\b(?:tu\s+)?{_VI_DAY}\s*(?:-|den|toi|->)\s*{_VI_DAY}\b"
    r"|(?<!doanh )\b(?:thu|t)\s?[2-7](?:(?:\s*(?:-|/|&|va)\s*|,\s+)(?:(?:thu|t)\s?)?(?:[2-7]|cn|chu nhat)\b)+(?!\s*(?:[\d.,]|tr\b|trieu|ty\b|ti\b|k\b|%))"
    r"|\bt[2-7](?:\s+t[2-7]|\s+cn)+\b",
    ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "m-f", "t2", "t3", "t4", "t5", "t6", "t7"),
    order=176,
)
def _weekday_span(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "Mon-Fri", "thu 2-4-6": the days of each week a routine is kept, a weekly cadence."""
    if _ONE_WEEK.match(m.string, m.end()):
        return None  # "mon to fri next week": those days once
    if _EVERY_END.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "moi toi thu 3, thu 5": read with the part of the day that comes back
    return TimeMatch(m.start(), m.end(), "recurring", period="week")


_ONE_WEEK = re.compile(
    r"\s+(?:this|next|that|the coming|of (?:this|next)) week\b|\s+tuan (?:nay|sau|toi|nay)\b"
)


_WEEKDAY_STARTS = frozenset({"starting", "starting from", "from", "beginning", "tu", "bat dau"})
_GOODS_NEXT = re.compile(rf" (?:{_HARVEST})\b")


@rule(
    rf"\b(?:(truoc|den|toi|vao|han|het|trong|tu|bat dau) )?(?:thu ({_VI_WEEKDAY})|(chu nhat|cn))\b(?: (tuan (?:nay|sau|toi)|nay|toi))?",
    ("thu ", "chu nhat"),
    order=195,
)
def _vi_weekday(m: re.Match[str], today: date) -> TimeMatch | None:
    if m[2] and not m[4] and _GOODS_NEXT.match(m.string, m.end()):
        return None  # "vụ trước thu 5 tấn": "thu" is harvested, 5 tonnes of it, no Thursday
    if not m[4] and (every := _ANY_OF_THEM.match(m.string, m.end())):
        # "Chủ nhật nào cũng ...", "thu 7 nao cung": whichever that day is, every week
        return TimeMatch(m.start(), every.end(), "recurring", period="week")
    if not (m[1] or m[4]):
        return None  # "thu" alone is too often another word
    if not m[1] and m[2] and _holiday_ends_before(m.string, m.start()):
        return None  # "truoc Trung thu nam nay": the holiday's "thu", then "this year"
    if _EVERY_END.search(m.string, max(0, m.start() - 12), m.start()):
        # "moi toi chu nhat", "hang sang thu hai": the day comes back every week
        return TimeMatch(m.start(), m.end(), "recurring", period="week")
    weekday = 6 if m[3] else _VI_WEEKDAYS[m[2]]
    d = _weekday_date(today, weekday, bool(m[4] and m[4].endswith(("sau", "toi"))))
    if m[1] in _WEEKDAY_STARTS:
        return TimeMatch(m.start(), m.end(), "start", deadline=d)  # "tu thu 2 ...": it starts
    return _deadline(m, d)


def _holiday_ends_before(folded: str, at: int) -> bool:
    """A holiday's name ending in "thu" ("trung thu") runs into `at`'s "thu ..."."""
    return any(folded.endswith(name, 0, at + 3) for name in _holidays_on_thu())


@cache
def _holidays_on_thu() -> tuple[str, ...]:
    # the holidays' names the rules were built with (asked only while the rules read a text)
    return tuple(
        name
        for name, (kind, _) in _NAMED_DAYS.items()
        if kind in ("lunar", "solar") and name.endswith(" thu")
    )


_ANY_OF_THEM = re.compile(r" nao(?: \S+){0,3}? cung\b")
_EVERY_END = re.compile(
    r"(?:\b(?:moi|cac|every)|(?<!cua )(?<!don )(?<!khach )(?<!mat )(?<!mua )\bhang)\s+(?:(?:buoi\s+)?(?:sang|toi|chieu|trua|dem)\s+)?$"
)


_EVERY_OCCASION = alternation(_WORDS.every_occasion)


@rule(
    r"\b(?:every|each|per|moi|hang|on(?! me\b)|after every|after each|before every|before each|sau moi|truoc moi) (?:single |other |second |2nd |third |3rd |alternate |two |2 |three |3 )?(?:long |short |easy |hard |big |weekly |monthly |new |yr ?\d+ |year \d+ |grade \d+ |lop \d+\w* )?(?:"
    + _EVERY_OCCASION
    + r"|thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)s?\b|(?<=\w)\s?/\s?(?:bua an|bua|buoi|ca|lan|meal|shift|session|sprint|release)\b|\b(?:nightly|on weekdays|on weekends|on weeknights|weeknights|weekdays|school nights?|on school days|on work ?days|on working days|on any given day|on any (?:weekday|week day|work ?day|working day|shift|night)|(?:every|each) (?:clinic|training|match|game|race|school|shift|work|working|market) days?|hang dem|moi dem|other day|(?:cac )?ngay trong tuan|most (?:days|mornings|nights|evenings|weekdays|weeks)|on (?:practice|training|game|match|school|clinic|work|market|race) days|(?:ngay|tuan|thang|sang|chieu|toi|dem|cuoi tuan|buoi) nao cung)\b|\b(?:every|moi|cu) (?:other|second|alternate|two|three|four|six|hai|ba|\d{1,2}) (?:hours?|hrs?|gio|tieng|days?|weeks?|months?|ngay|tuan|thang)\b(?<!\d hour(?= [a-z]{3}))(?<!\d day(?= [a-z]{3}))(?<!\d week(?= [a-z]{3}))(?<!\d month(?= [a-z]{3}))|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|\b(?:\d{1,2}|hai|ba|bon) (?:ngay|tuan|thang) (?:1|mot) lan\b|\ban? (?:shift|session|lesson|class|meal|match|game|workout|visit|rehearsal|practice)\b",
    (
        "every",
        "each",
        "per",
        "moi",
        "hang",
        "/",
        "1 lan",
        "mot lan",
        "school day",
        "ngay di hoc",
        "nightly",
        "weekday",
        "given day",
        "work day",
        "working day",
        "weekend",
        "weeknight",
        "after",
        "sau moi",
        "truoc moi",
        "other day",
        "most",
        "nao cung",
        " days",
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
        " a shift",
        " a session",
        " a lesson",
        " a class",
        " a meal",
        " a match",
        " a game",
        " a workout",
        " a visit",
        " a rehearsal",
        " a practice",
    ),
    order=380,
)
def _recurring_part(m: re.Match[str], today: date) -> TimeMatch | None:
    """A recurring part of the day or week ("every night", "moi sang", "on weekdays")."""
    text, words = m[0], set(m[0].split())
    if text[-1:] == "s" and text[:-1] in _WEEKDAYS and _days_remarked().match(m.string, m.end()):
        return None  # "asap, Saturdays are carnage": what the days are like, no cadence
    if text.split(" ", 1)[0] in ("a", "an") and not _COUNT_BEFORE.search(
        m.string, max(0, m.start() - 40), m.start()
    ):
        return None  # "2 coffees a shift" is each shift; "work a shift" is one
    if any(w in text for w in ("cuoi thang", "dau thang", "month end", "month-end")) or words & {
        "month",
        "months",
        "thang",
    }:
        return TimeMatch(m.start(), m.end(), "recurring", period="month")
    if words & _OCCASIONS or any(
        w in text for w in ("phat hanh", "chien dich", "ca dem", "ca truc", "ca lam")
    ):
        return TimeMatch(m.start(), m.end(), "recurring")  # "per campaign", "after every run"
    week = words & {"wk", "wks", "tuan"} or any(
        w in text for w in ("weekend", "cuoi tuan", "day", "thu ", "chu nhat", "sprint", "week")
    )
    daily = any(
        w in text
        for w in ("weekday", "workday", "working", "business day", "lam viec", "other day")
    )
    return TimeMatch(m.start(), m.end(), "recurring", period="day" if daily or not week else "week")


_COUNT_BEFORE = re.compile(r"\d[\w.,%]*\s+(?:[a-z]+\s+){0,2}$")


@cache
def _days_remarked() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(_WORDS.days_remarked)})\b")


_DAY_ABBR = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?"


@rule(
    rf"\b{_DAY_ABBR}(?:\s*(?:/|,|&|\+|and)\s*{_DAY_ABBR})+\b",
    ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    order=383,
)
def _weekday_list(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "Mon/Wed/Fri", "tue & thu": days of each week named in a list, a weekly cadence."""
    return TimeMatch(m.start(), m.end(), "recurring", period="week")


@rule(
    r"(?<![\w/])(?:m|tu?|w|th|r|f|sa|su)(?:/(?:m|tu?|w|th|r|f|sa|su)){1,6}(?![\w/])|\bmwf\b",
    ("/", "mwf"),
    order=384,
)
def _weekday_letters(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "M/W/F", "T/Th", "MWF": a week's days in their letters, a weekly cadence."""
    return TimeMatch(m.start(), m.end(), "recurring", period="week")


@rule(
    r"\b(?:1|mot) (ngay|tuan|thang|nam)\b(?! (?:toi|nua|sau|truoc|qua|roi|dau|cuoi)\b)(?!\s*\d)",
    ("1 ngay", "1 tuan", "1 thang", "1 nam", "mot ngay", "mot tuan", "mot thang", "mot nam"),
    order=385,
)
def _per_one_period(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "30 khách tây 1 tháng", "ban 50 ly mot ngay": an amount, then one period, is a rate of
    each period; "trong 1 tháng" (within a month) and "sau 1 tháng" stay durations."""
    if _DURATION_CUE_END.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    if not _COUNT_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    return TimeMatch(m.start(), m.end(), "recurring", period=_UNITS.get(m[1], "month"))


@rule(
    r"(?:^|(?<=[,;.]\s))(ngay|tuan|thang)(?=\s+(?:toi da|toi thieu|it nhat|khong qua|chi)\s+\d)",
    ("ngay", "tuan", "thang"),
    order=386,
)
def _bare_period_bound(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "bớt thuốc, ngày tối đa 5 điếu": a period said alone before a bound, opening its clause,
    is each period ("mỗi ngày"), not a day or a month to come."""
    return TimeMatch(m.start(), m.end(), "recurring", period=_UNITS.get(m[1], "month"))


_DURATION_CUE_END = re.compile(
    r"\b(?:trong|sau|truoc|toi|vong|den|khoang|mat|len|xuong|con|tu|hon|duoi|tren|it nhat"
    r"|toi da|het|quy|thang|tuan|ky|ki|dot|hoc ky|hoc ki)\s+$"
)


_OPEN_OCCASION_WORDS = (
    "nao", "before every", "after every", "before each", "after each", "nights", "days",
    "mornings", "evenings",
)  # fmt: skip
# any occasion after "before/after every" ("15 min before every cast"), "on scrim nights", and
# "thang nao ... cung" (every month, words between): apart from the rule above, whose long
# pattern every goal with "every" or "moi" runs
_add_rule(
    381,
    re.compile(
        r"\b(?:(?:ngay|tuan|thang|quy|sang|trua|chieu|toi|dem|hom|buoi) nao(?=(?: \S+){1,8} cung\b)"
        r"|(?:before|after) (?:every|each) [a-z]+|on [a-z]+ (?:nights|days|mornings|evenings))\b"
    ),
    _recurring_part,
    Gate(_OPEN_OCCASION_WORDS),
)


@rule(
    r"\b(?:(qoq|q/q|quarter[- ]over[- ]quarter)|(yoy|y/y|year[- ]over[- ]year)|(m/m|month[- ]over[- ]month)|(w/w|week[- ]over[- ]week))\b",
    ("qoq", "q/q", "yoy", "y/y", "m/m", "w/w", "over"),
    order=390,
)
def _period_over_period(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "grow MRR 15% QoQ": the target recurs every quarter."""
    period = "quarter" if m[1] else "year" if m[2] else "month" if m[3] else "week"
    return TimeMatch(m.start(), m.end(), "recurring", period=period)


@rule(
    r"\b(?:(?:in|during|by the end of|by end of|for|over|trong|het|cuoi|den het|before the end of) )?"
    r"(?:(?:the )?(school year|academic year)|(nam hoc))\s+(20\d\d)\s*[-–/]\s*(20\d\d|\d\d)\b",
    ("school year", "academic year", "nam hoc"),
    order=46,
)
def _named_school_year(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "năm học 2026-2027", "the 2026/27 school year": the year ends with its second year's
    June (English) or May (Vietnamese); one over is a year gone, not a target of 2027."""
    first, second = int(m[3]), int(m[4]) if len(m[4]) == 4 else 2000 + int(m[4])
    if second != first + 1:
        return None
    return _deadline(m, end_of_month(second, 6 if m[1] else 5))


@rule(
    r"\b(?:(?:in|during|by the end of|by end of|for|over|trong|het|cuoi|den het) )?(?:(next (?:sem|semester|term))|(hoc ky toi|hoc ky sau|hoc ki toi|hoc ki sau|ky toi|ki toi|sem sau|sem toi)|(next school year|the next school year)|(nam hoc toi|nam hoc sau))\b",
    (
        "next sem",
        "next term",
        "sem sau",
        "sem toi",
        "ky toi",
        "ki toi",
        "ky sau",
        "ki sau",
        "next school year",
        "nam hoc",
    ),
    order=394,
)
def _next_school_period(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "next semester", "hoc ky toi", "nam hoc toi": the end of the term or year after this one
    (English terms end with December and June, Vietnamese ones with January and May)."""
    y = today.year
    if m[1]:
        d = date(y + 1, 6, 30) if today.month >= 8 else date(y, 12, 31)
    elif m[2]:
        d = date(y + 1, 5, 31) if today.month >= 8 or today.month == 1 else date(y + 1, 1, 31)
    elif m[3]:
        d = date(y + 1 + (today.month > 6), 6, 30)
    else:
        d = date(y + 1 + (today.month > 5), 5, 31)
    return _deadline(m, d)


@rule(
    r"\b(?:(?:by the end of|by end of|end of|in|during|within|for|trong|het|cuoi|truoc khi het) )?(?:(this (?:sem|semester|term)|(?<=end of )(?:the )?(?:sem|semester|term)|(?<=end of the )(?:sem|semester|term))|(hoc ky nay|ky nay|hoc ki nay|ki nay|hoc ky (?:1|i)\b|(?:(?<=cuoi )|(?<=het ))k[yi] (?:1|i)\b|(?:(?<=cuoi )|(?<=het ))(?:hoc )?k[yi](?!\s+(?:nay|toi|sau|truoc|roi|qua|[12i]\b|ii\b)))|(this school year|the school year|(?<=end of )school year)|(nam hoc nay|hoc ky (?:2|ii)\b|(?:(?<=cuoi )|(?<=het ))k[yi] (?:2|ii)\b))\b",
    (
        "sem",
        "term",
        "ky nay",
        "ki nay",
        "school year",
        "nam hoc",
        "hoc ky",
        "cuoi ky",
        "cuoi ki",
        "het ky",
    ),
    order=395,
)
def _school_period(m: re.Match[str], today: date) -> TimeMatch | None:
    """ "this semester", "hoc ky nay", "this school year": the end of the current term.

    English terms end with December and June; a Vietnamese first term runs to January.
    The school year ends in June (English) or May (Vietnamese)."""
    y = today.year
    if m[1]:
        d = date(y, 12, 31) if today.month >= 8 else date(y, 6, 30)
    elif m[2]:
        d = (
            date(y + (today.month >= 8), 1, 31)
            if today.month >= 8 or today.month == 1
            else date(y, 6, 30)
        )
    else:
        end = 6 if m[3] else 5
        d = end_of_month(y + (today.month > end), end)
    return _deadline(m, d)


_OCCASIONS = frozenset(_WORDS.occasions)


# days from Easter Sunday of the feasts that move with it
_FROM_EASTER = {
    "easter": 0,
    "palm_sunday": -7,
    "good_friday": -2,
    "easter_monday": 1,
    "ash_wednesday": -46,
    "pentecost": 49,
}
_AFTER_THANKSGIVING = {"thanksgiving": 0, "black_friday": 1, "cyber_monday": 4, "giving_tuesday": 5}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth given weekday of the month (Monday is 0); nth -1 is its last."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = end_of_month(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_date(kind: str, spec: dict[str, Any], today: date, year: int | None) -> date | None:
    def on(y: int) -> date | None:
        if kind == "lunar":
            return convert_lunar_to_solar(spec["day"], spec["month"], y)
        if kind == "solar":
            return _safe_date(y, spec["month"], spec["day"])
        if kind == "weekday":
            return _nth_weekday(y, spec["month"], spec["weekday"], spec["nth"])
        if kind == "festivals":
            return _festival(spec["country"], spec["name"], y)
        if spec["key"] in _FROM_EASTER:
            return easter(y) + timedelta(days=_FROM_EASTER[str(spec["key"])])
        thanksgiving = date(y, 11, 1) + relativedelta(weekday=TH(4))  # the fourth Thursday
        return thanksgiving + timedelta(days=_AFTER_THANKSGIVING[str(spec["key"])])

    if year is not None:
        return on(year) if 1900 < year < 2100 else None
    first = on(today.year)
    return first if first and first >= today else on(today.year + 1)


@lru_cache(maxsize=256)
def _festival(country: str, name: str, year: int) -> date | None:
    """The day a festival falls on in `year`, from the `holidays` package's table for a country
    that keeps it ("Diwali", "Eid al-Fitr": their own calendars, not the Gregorian one)."""
    import holidays  # only when a festival is named: the table is not needed to start

    try:
        days = holidays.country_holidays(country, years=year)
    except (NotImplementedError, KeyError):
        return None
    # the package marks a day set by sighting the moon "(estimated)"; the first day is the one
    found = sorted(
        d for d, n in days.items() if any(p.split(" (")[0] == name for p in n.split("; "))
    )
    return found[0] if found else None


def _season_date(start: int, end: int, today: date, before: bool, year: int | None) -> date:
    for y in [year] if year else [today.year - 1, today.year, today.year + 1]:
        first = date(y, start, 1)
        last = end_of_month(y + (1 if end < start else 0), end)
        if before and (year or first > today):
            return first - timedelta(days=1)
        if not before and (year or last >= today):
            return last
    return end_of_month(today.year + 1, end)


_NAMED_DAYS: dict[str, tuple[str, dict[str, Any]]] = {}
_NAMED_DAY_RE: list[re.Pattern[str]] = []


def next_named_day(typed: str, today: date) -> date | None:
    """The next time a holiday named in `typed` comes round ("by Thanksgiving this year", said
    after it: next year's Thanksgiving), or None when `typed` names none."""
    if not _ORDERED:
        _init()
    m = _NAMED_DAY_RE[0].search(canonical(typed)) if _NAMED_DAY_RE else None
    if m is None:
        return None
    kind, spec = _NAMED_DAYS[m[1]]
    return _holiday_date(kind, spec, today + timedelta(days=1), None)


def goods_holiday(folded: str, today: date) -> date | None:
    """The next date of the holiday that goods named in `folded` are for ("bán 200 hộp quà
    Tết", "nhap them do tet"): when the goal names no deadline, the season of those goods ends
    then. None when no goods are named after a holiday."""
    if not _ORDERED:
        _init()
    for m in _NAMED_DAY_RE[0].finditer(folded):
        if m.start(1) == m.start() and _goods_end().search(
            folded, max(0, m.start() - 16), m.start()
        ):
            kind, spec = _NAMED_DAYS[m[1]]
            return _holiday_date(kind, spec, today + timedelta(days=1), None)
    return None


def exam_season(folded: str, today: date) -> date | None:
    """The end of the month a school exam named in `folded` is sat in ("thi vào lớp 10", "my
    GCSEs"): with no deadline of its own, the goal is due by the next sitting."""
    m = _exam_re().search(folded)
    if m is None:
        return None
    month = _WORDS.exam_months[m[0]]
    year = today.year if month >= today.month else today.year + 1
    return end_of_month(year, month)


@cache
def _exam_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(list(_WORDS.exam_months))})\b")


def without_exam_names(folded: str) -> str:
    """The text with the school exams named by a grade taken out ("thi vao 10"): their digit
    names the exam, no amount."""
    return _exam_re().sub(" ", folded)


@cache
def _goods_end() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_WORDS.holiday_goods)}) $")


def bare_holiday(folded: str, t: TimeMatch) -> bool:
    """The time read is a holiday's name alone, with no cue before it ("the christmas menu",
    "menu tet"), or the end of term after what it names ("khao sat cuoi ky"): it may only name
    the thing it is said with."""
    if not _ORDERED:
        _init()
    if folded.startswith("cuoi", t.start) and _TERM_NAMED_END.search(folded, 0, t.start):
        return True
    names = _NAMED_DAYS.keys()
    return folded[t.start : t.end] in names and _NOUN_NEXT.match(folded, t.end) is not None


_TERM_NAMED_END = re.compile(rf"\b(?:{alternation(_WORDS.term_named_after)}) $")


# "5000 |cny", "1.5k |cny": a number right before a name that is also a currency code
_AMOUNT_END = re.compile(r"(?<!\w)\d(?:[\d,.]*\d)?\s?[km]? $")


# "christmas| menu", "tet| khuyen mai": a word after the holiday's name, not a year or "next"
_NOUN_NEXT = re.compile(r" (?!(?:next|this|last|nam|nay|sau|toi)\b)[a-z]")


@rules_from_data
def _named_day_rules() -> None:
    """Holidays (lunar and solar) and seasons from data/holidays.yaml."""
    data = lexicon_data("holidays.yaml")
    HolidaysFile.model_validate(data)
    named: dict[str, tuple[str, dict[str, Any]]] = {}  # a holidays.yaml entry, validated above
    for kind in ("lunar", "solar", "computed", "festivals", "weekday"):
        for spec in data[kind]:
            for alias in spec["aliases"]:
                named[canonical(alias)] = (kind, spec)
    cue = rf"(?:(?:{alternation(_WORDS.holiday_cues)}) (?:the )?)?"
    holiday = re.compile(
        rf"\b{cue}({trie_pattern(set(named))})(?!\w)"
        r"(?: (?:(?:nam )?(20\d{2}|['’]\d{2})|(next year|nam sau|nam toi)|(this year|nam nay))\b)?"
    )

    _NAMED_DAYS.update(named)
    _NAMED_DAY_RE.append(holiday)

    def on_holiday(m: re.Match[str], today: date) -> TimeMatch | None:
        kind, spec = named[m[1]]
        if m.start(1) == m.start() and _goods_end().search(
            m.string, max(0, m.start() - 16), m.start()
        ):
            return None  # "nhap them do tet cho be", "bán 200 hộp quà Tết": which goods
        if m.start(1) == m.start() and _AMOUNT_END.search(
            m.string, max(0, m.start() - 16), m.start()
        ):
            return None  # "save 5000 CNY": an amount's currency, not Chinese New Year
        # "by Christmas next year", "truoc Tet nam sau": the one in next year's calendar; "by
        # Thanksgiving this year" is this year's, even when it has passed
        year = _year(m[2], today.year) if m[2] else (today.year + 1 if m[3] else None)
        if m[4] and not (kind == "lunar" and spec["month"] == 1):
            year = today.year  # "Tet nam nay" in December is the coming one: its lunar year ends
        day = _holiday_date(kind, spec, today, year)
        if (
            day is not None
            and (day.month, day.day) == (1, 1)
            and (m[0].startswith("in the ") or m.string.endswith("in the ", 0, m.start()))
            and kind != "lunar"
        ):
            # "grow that in the new year": some time in the year to come, its end assumed
            end = date(day.year, 12, 31)
            start = m.start() if m[0].startswith("in the ") else m.start() - len("in the ")
            return TimeMatch(start, m.end(), "deadline", deadline=end, vague=True)
        return _deadline(m, day)

    seasons = {
        canonical(a): (int(sp["start"]), int(sp["end"]))
        for sp in data["seasons"]
        for a in sp["aliases"]
    }
    befores = "|".join(
        sorted((re.escape(canonical(w)) for w in data["season_before"]), key=len, reverse=True)
    )
    season = re.compile(
        rf"\b(?:({befores})(?: next)?|({alternation(_WORDS.season_cues)})) (?:the )?({trie_pattern(set(seasons))})(?!\w)(?: (nay|nam nay|nam sau|nam toi|20\d{{2}}))?"
        rf"|\b({trie_pattern(set(seasons))}) (nay|nam nay|nam sau|nam toi|20\d{{2}})\b"
    )

    kept = re.compile(rf"\b(?:{alternation(_WORDS.season_kept_through)})\s+$")
    # "for the summer reading program": a season naming a thing, no time
    a_name = re.compile(rf" (?!(?:{alternation(_WORDS.season_for_next)})\b)[a-z]")

    def on_season(m: re.Match[str], today: date) -> TimeMatch | None:
        name = m[3] or m[5]
        if kept.search(m.string, max(0, m.start() - 12), m.start()) is not None:
            return None  # "also in winter": the routine goes on through it, no date
        if m[1] == "for" and not m[4] and a_name.match(m.string, m.end()):
            return None  # "for the winter camp": which camp, not when
        if name == "he" and (
            m[1] in ("before", "by", "ahead of") or m[2] in ("this", "in", "during", "over", "next")
        ):
            return None  # "before he ..." is English, not "trước hè"
        start, end = seasons[name]
        raw_year = m[4] or m[6]
        year = int(raw_year) if raw_year and raw_year.isdigit() else None
        if raw_year in ("nam sau", "nam toi"):  # "truoc he nam sau": next year's season
            year = today.year + 1
        d = _season_date(start, end, today, bool(m[1]), year)
        if (loose := _SOMETIME_END.search(m.string, max(0, m.start() - 12), m.start())) is not None:
            # "sometime next spring": some day in the season, no one date; its end is assumed
            return TimeMatch(loose.start(), m.end(), "deadline", deadline=d, vague=True)
        return _deadline(m, d)

    _add_rule(230, holiday, on_holiday, Gate(_whole(named)))
    _add_rule(240, season, on_season, Gate(_whole(seasons)))
    # "40 tomato plants last summer", "mua he nam ngoai": a season gone by, a past fact's time
    gone = re.compile(
        rf"\b(?:last|this past|past) ({trie_pattern(set(seasons))})\b"
        rf"|\b({trie_pattern(set(seasons))}) (?:nam ngoai|nam truoc|nam roi)\b"
    )
    _add_rule(
        235, gone, lambda m, today: TimeMatch(m.start(), m.end(), "past"), Gate(_whole(seasons))
    )


def _whole(names: Iterable[str]) -> tuple[str, ...]:
    """Gate words for names: a short one as a whole word ("he" must not open on "the")."""
    out: set[str] = set()
    for n in names:
        out |= {f" {n}{end}" for end in " .,;:!?)"} if len(n) <= 3 else {n}
    return tuple(sorted(out))


_ReadTimes = TypeVar("_ReadTimes", bound=Callable[..., list[TimeMatch]])


def _remembered(fn: _ReadTimes) -> _ReadTimes:
    """Time readings of a text are worked out once: a batch's checks read a goal's and a
    rewrite's times again. The readings are frozen; each caller gets its own list."""
    cached = lru_cache(maxsize=8192)(lambda *args: tuple(fn(*args)))

    @wraps(fn)
    def read_times(folded: str, today: date, original: str | None = None) -> list[TimeMatch]:
        if len(folded) > _REMEMBER_CHARS:  # long text is read afresh: memory stays small
            return fn(folded, today, original)
        return list(cached(folded, today, original))

    return cast(_ReadTimes, read_times)


_REMEMBER_CHARS = 400


@_remembered
def read_times(folded: str, today: date, original: str | None = None) -> list[TimeMatch]:
    """Every time reading in the text, without overlaps, in text order.

    A date introduced as a start ("starting next Monday", "bat dau tu thu hai") is kind
    "start", and a time in the past ("last quarter", "thang truoc") is kind "past": neither
    is a deadline.
    """
    if not _ORDERED:
        _init()
    if " nam" in folded:  # "CPA Viet Nam truoc 30 tuoi": a place's "Nam" is no year
        folded = _PLACES_NAM.sub(lambda p: " " * len(p[0]), folded)
    taken = _Spans()
    has_digit = DIGIT.search(folded) is not None
    present = _gate_words_in(f" {folded} ")  # padded: a gate word may need a space around it
    # only the rules one of whose words is in the text, in their order (most goals open a few)
    for i in sorted({i for w in present for i in _OPENED_BY.get(w, ())}):
        pattern, handler, gate = _ORDERED[i]
        if (gate.digit and not has_digit) or (gate.also and gate.also.isdisjoint(present)):
            continue
        for m in pattern.finditer(folded):
            if taken.overlaps(m.start(), m.end()):
                continue
            if original is not None and _not_month_word(m, original):
                continue  # "Thắng 3 trận": typed with the marks of "win", not "tháng 3"
            found = handler(m, today)
            if found and _SCOPE_CUE.search(folded, max(0, m.start() - 12), m.start()):
                continue  # "ke ca cuoi tuan", "including weekends": where the goal holds
            if (
                found
                and found.kind == "recurring"
                and m[0].startswith("hang ")
                and _NUMBER_NEXT.match(folded, m.end())
            ):
                continue  # "mua hang quy 3": goods bought in Q3, not every quarter
            if found and found.kind == "deadline":
                if not _DUE_OPENS.match(folded, m.start()) and BASELINE_END.search(
                    folded, max(0, m.start() - 20), m.start()
                ):
                    continue  # "tang gap doi so voi nam nay": the period compared against
                if (
                    _JUST_GONE.match(folded, m.end())
                    or SINCE_BEFORE.search(folded, max(0, m.start() - 16), m.start())
                    # "the watch she gave me for Christmas": when a gift came
                    or (m[0].startswith("for ") and _GIFT_BEFORE.search(folded, 0, m.start()))
                ):
                    found = TimeMatch(m.start(), m.end(), "past")  # "dip 20/11 vua roi"
            if (
                found
                and found.kind == "deadline"
                and not found.vague
                # "sometime next year": the year is the period, by its end
                and not _YEAR_SAID.search(m[0])
                and (loose := _SOMETIME_END.search(folded, max(0, m.start() - 16), m.start()))
            ):
                # "sometime next sem", "sometime in the second half of next year": some day
                # in the period, no one date; its end is assumed
                found = replace(found, start=loose.start(), vague=True)
            if found:
                found = _as_start(found, folded, original)
                if (
                    found.kind == "start"
                    and found.deadline
                    and found.deadline < today
                    and folded[max(0, found.start - 6) : found.start] == "as of "
                ):
                    found = TimeMatch(found.start, found.end, "past")  # "was 3,412 as of 31 Oct"
                taken.add(found)
                if len(taken) >= MAX_TIMES:
                    return _restated(taken.in_order(), folded)
    return _then_dated(_restated(taken.in_order(), folded), folded)


_THEN = re.compile(r"\b(by|before)\s+then\b")


def _then_dated(times: list[TimeMatch], folded: str) -> list[TimeMatch]:
    """With "by then" / "before then" dated by the time said before it ("Daycare starts in
    Feb. Want my site relaunched before then"): the day it names, or the day before it (a
    month's start is read as its last day: before then is the month before)."""
    if " then" not in folded or not times:
        return times
    out = list(times)
    for m in _THEN.finditer(folded):
        said = [t.deadline for t in times if t.end <= m.start() and t.deadline is not None]
        if not said or any(t.start < m.end() and m.start() < t.end for t in times):
            continue
        when = said[-1]
        whole_month = when == end_of_month(when.year, when.month)
        if m[1] == "before":
            when = (
                when.replace(day=1) - timedelta(days=1) if whole_month else when - timedelta(days=1)
            )
        out.append(TimeMatch(m.start(), m.end(), "deadline", deadline=when))
    return sorted(out, key=lambda t: t.start)


_YEAR_TAIL = re.compile(r"\s*['’]\d{2}$")


def _restated(times: list[TimeMatch], folded: str) -> list[TimeMatch]:
    """Without a named day said again by the typed date right after it ("truoc Black Friday
    27/11/2026", "by Tet (Feb 6)"): the typed date says which one is meant."""
    out: list[TimeMatch] = []
    skip = False
    for i, t in enumerate(times):
        if skip:
            skip = False
            continue
        nxt = times[i + 1] if i + 1 < len(times) else None
        # a named time ("Black Friday", "Thanksgiving") right before a date typed in digits
        named_then_typed = (
            nxt is not None
            and t.kind == "deadline"
            and nxt.kind in ("deadline", "past")
            # "Black Friday '26 (Nov 27)": its year may be typed with it
            and not DIGIT.search(_YEAR_TAIL.sub("", folded[t.start : t.end]))
            and DIGIT.search(folded, nxt.start, nxt.end) is not None
        )
        if (
            nxt is not None
            and named_then_typed
            and _RESTATING_GAP.fullmatch(folded, t.end, nxt.start)
        ):
            # one time, both words: a new date replaces "Black Friday 27/11/2026" whole
            # "(Nov 27)": the bracket closes with it
            end = nxt.end + 1 if folded.startswith(")", nxt.end) else nxt.end
            out.append(TimeMatch(t.start, end, nxt.kind, nxt.deadline, nxt.period))
            skip = True
            continue
        if (
            nxt is not None
            and named_then_typed
            and _SHORT_GAP.fullmatch(folded, t.end, nxt.start) is not None
            and _same_day_of_year(t, nxt)
        ):
            continue  # "Thanksgiving 5K on Nov 26 2026": the typed date says which one; the
            # words between ("5K") stay to be read
        out.append(t)
    return out


_RESTATING_GAP = re.compile(r"[\s,(:-]*(?:on\s+|ngay\s+|la\s+)?")
_SHORT_GAP = re.compile(r"[\s,(:-]*(?:[a-z0-9'-]+\s+){0,3}(?:on\s+|ngay\s+|la\s+)?")


def _same_day_of_year(named: TimeMatch, typed: TimeMatch) -> bool:
    """The named day (its next occurrence) falls within a week of the typed date's day of year:
    "Thanksgiving" and "Nov 26 2026" are one day, whichever year."""
    if named.deadline is None or typed.deadline is None:
        return False
    try:
        moved = named.deadline.replace(year=typed.deadline.year)
    except ValueError:  # 29 February
        return False
    return abs((moved - typed.deadline).days) <= 7


_NUMBER_NEXT = re.compile(r" \d")
_THANG = re.compile(r"\bthang\b")


def _not_month_word(m: re.Match[str], original: str) -> bool:
    """A "thang" in the match that was typed with marks other than "tháng" (month), or a "moi"
    typed "mới" (new: "handbook mới cuối tháng sau"), not "mỗi" (each)."""
    for t in _THANG.finditer(m.string, m.start(), m.end()):
        typed = original[t.start() : t.end()].lower()
        if typed != "thang" and typed != "tháng":
            return True
    for t in _MOI.finditer(m.string, m.start(), m.end()):
        if original[t.start() : t.end()].lower() in ("mới", "mơi"):
            return True
    # "Sản lượng mỗi chuyền": a production line, typed with the marks that say so
    typed = original[m.start() : m.end()].lower()
    return any(re.search(rf"\b{w}\b", typed) for w in _WORDS.not_occasions_marked)


_MOI = re.compile(r"\bmoi\b")
_PLACES_NAM = re.compile(rf"\b(?:{alternation(_WORDS.places_named_nam)})\b")


_SCOPE_CUE = re.compile(rf"\b(?:{alternation(_WORDS.scope_cues)}) $")
# "dip 20/11 vua roi", "the fall festival last Saturday": the day, or what it names, just gone
# ("more than last year" compares, it dates nothing)
_JUST_GONE = re.compile(
    rf"(?: (?!(?:{alternation(_WORDS.baseline_cues)}|like|as|since|from)\b)[a-z]+)? "
    rf"(?:{alternation(_WORDS.just_gone)})\b(?! of\b)"
)
SINCE_BEFORE = re.compile(rf"\b(?:{alternation(_WORDS.since_cues)}) (?:the )?$")
_GIFT_BEFORE = re.compile(rf"\b(?:{alternation(_WORDS.gift_cues)}) (?:[\w-]+ ){{0,3}}$")


MAX_TIMES = 100  # time readings per text: a goal has one or two; the cap bounds hostile text


class _Spans:
    """Taken readings, disjoint and kept sorted: an overlap test costs a bisection, not a scan."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._items: list[TimeMatch] = []

    def __len__(self) -> int:
        return len(self._items)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans starting before `end`
        return i > 0 and self._items[i - 1].end > start

    def add(self, t: TimeMatch) -> None:
        i = bisect.bisect_left(self._starts, t.start)
        self._starts.insert(i, t.start)
        self._items.insert(i, t)

    def in_order(self) -> list[TimeMatch]:
        return list(self._items)


_START_CUE = re.compile(
    r"(?:\bstarting(?: [a-z]+){0,2}?(?: from| on| in)?|\bstart(?:s|ing)? (?:on|from|in)"
    r"|(?:\b(?:maybe|will|gonna|[\w']+ll|to|and|then|i|we)\s|^|,\s*)start|\bbeginning(?: on| in| from)?"
    r"|\bonce (?:i|we|you|they|he|she) [a-z]+(?: [a-z]+)?(?: in| on)?"
    rf"|\b(?:{alternation(_WORDS.start_cues)}))(?:\s+the)?"  # "from the 4th of January"
    # "starting the first Monday in January", "from the 2nd week of Jan": a day or a week of it
    r"(?:\s+(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+[a-z]+(?:\s+(?:of|in))?)?"
    r"(?:\s+(?:dau|early|the start of|the beginning of|start of|beginning of))?\s*$"  # "tu dau nam sau"
)


def start_cue(folded: str) -> str:
    """The start words that end `folded` ("... bat dau tu ", "starting from "), or ""."""
    m = _START_CUE.search(folded[-32:])
    return folded[-32:][m.start() :] if m else ""


def _as_start(t: TimeMatch, folded: str, original: str | None = None) -> TimeMatch:
    """A deadline right after a start word is when the goal starts, not when it is due.

    With diacritics typed, "tu" must be "từ" (from), not "tử" as in "điện tử".
    """
    if t.kind != "deadline":
        return t
    cue = _START_CUE.search(folded[max(0, t.start - 32) : t.start])
    if (
        cue
        and _FROM_THE.search(cue[0])
        and not _ORDINAL_DAY.match(folded, t.start)
        # "start doing reformer Pilates from the new year": a named time starts it
        and any(c.isdigit() for c in folded[t.start : t.end])
    ):
        cue = None  # "from the 4th of January" starts; "orders from the 11/11 campaign" do not
    at = max(0, t.start - 32) + cue.start() if cue else t.start
    if not cue and (own := _OWN_START.match(folded, t.start)):
        cue, at = own, t.start  # "di lam tu 1/2": the date's own words open with "from"
    if (
        not cue
        and (not (before := folded[: t.start].rstrip()) or before[-1] in ",.;:!-")
        and (after := _START_AFTER.match(folded, t.end))
    ):
        cue, at = after, t.start  # "Tuần sau bắt đầu học ...": the start said right after
    if not cue and (opens := STARTS_DOING.match(folded)):
        # "begin migrating printers to the new print server next Monday": the doing goes on
        # after that day; the day is when it starts, not when it is done
        cue, at = opens, t.start
    if not cue and (opens := STARTS_SESSIONS.match(folded, 0, t.start)):
        cue, at = opens, t.start  # "start brick workouts in january": the sessions go on after
    if not cue and (said := _START_ORDER_END.search(folded, 0, t.start)):
        # "Deicing refresher training. Start next Mon.": an order to start, then its day
        cue, at = said, said.start()
    if not cue or _DUE_OPENS.match(folded, t.start):
        return t  # "dau tu trong 6 tuan toi": "within" says when it is due, whatever came before
    if (
        cue[0].strip() == "tu"
        and (original is None or not has_vietnamese_marks(original))
        and _TU_NOUN_END.search(folded, 0, at + len(cue[0].rstrip())) is not None
    ):
        return t  # "chi phi vat tu thang 12": vật tư (materials), not "from December"
    if (
        cue[0].strip() == "tu"
        and original is not None
        and original[at : at + 2].lower() != "từ"
        # "Nhập thêm 50 con heo giống tu thang sau": marks typed elsewhere, not in this part
        and has_vietnamese_marks(original[at : t.end])
    ):
        return t
    if cue[0].strip() == "qua" and (
        (folded[:at].strip() and folded[:at].rstrip()[-1] not in ",.;:!-")
        or (original is not None and original[at : at + 3].lower() != "qua")
    ):
        # "qua Tết bắt đầu đi gym lại": "qua" opening the sentence is "once it is past"; after
        # other words it is "quà" (a gift: "mua qua trung thu") or "quá" ("quá hạn")
        return t
    if _BEFORE_IT_STARTS.search(folded, max(0, at - 40), at + len(cue[0])):
        return t  # "before busy season starts in feb": that start is the deadline
    return TimeMatch(t.start, t.end, "start", deadline=t.deadline)


# a sentence that is only an order to start, then its day ("Start next Mon.", "Bắt đầu thứ Hai")
_START_ORDER_END = re.compile(
    rf"(?:^|[.!?;:]\s*|\s[-–—]\s*)(?:{alternation(_WORDS.start_orders)})\s+(?:on\s+|vao\s+)?$"
)
_TU_NOUN_END = re.compile(rf"\b(?:{alternation(_WORDS.tu_nouns)})$")
_BEFORE_IT_STARTS = re.compile(
    r"\b(?:before|by|until|truoc|truoc khi)\b[^,.;]*\b(?:starts|begins|it starts)\s*$"
)
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)\b")
_FROM_THE = re.compile(r"\bfrom the\s*$")
_OWN_START = re.compile(r"(?:tu|from|starting|starts)(?=\s)")
# "Tuần sau (bà) bắt đầu ...", "thang 1 minh se bat dau": a time, then a word or two, then "start"
_START_AFTER = re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}?(?:{alternation(_WORDS.start_after_cues)})\b")
# "begin migrating printers ...", "start building ...": a doing taken up, said first
# "begin migrating printers", "start meal prepping": the doing, said first
STARTS_DOING = re.compile(r"\s*(?:begin|start)\s+(?:[a-z]+\s+)?[a-z]{2,}ing\b")
# "start brick workouts", "begin my Spanish lessons": the sessions of a routine, said first
STARTS_SESSIONS = re.compile(
    # "start brick workouts", "I'm starting gym", "I dey start gym" (said after its start)
    r"[\s,]*(?:(?:i|we|i'm|im|i am|we're|i dey|i go|i'll|ill|i will|we will|gonna)\s+)?"
    r"(?:begin|start|starting|beginning)\s+(?:(?:my|our|the|doing|having|taking)\s+)?(?:[a-z'-]+\s+){0,2}?"
    rf"(?:{alternation(_WORDS.routine_sessions)})\b"
)
_DUE_OPENS = re.compile(r"(?:trong|trong vong|within|by|before|truoc|den|until)\b")
_LOOKBEHIND = 64  # characters before a match that a cue may take: longer text is not re-read


def _before(m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    return pattern.search(m.string[max(0, m.start() - _LOOKBEHIND) : m.start()]) is not None


# "may" is the month only after a cue ("by May 1", "in the May 22 recital"; not "may 3 of us")
# "(31 May)": a day in brackets after the event it dates is a date too
_MAY_MDY_CUE_END = re.compile(r"(?:(?:by|until|before|on|till|due|in|at)(?: the)?|the|\()\s*$")
_MAY_DMY_CUE_END = re.compile(r"(?:(?:by|until|before|on|till|due)|(?:in|at|by|on) the|\()\s*$")
_EVENT_NEXT = re.compile(rf"\s+(?:{alternation(_WORDS.events)})\b")
_THIS_NEXT_END = re.compile(r"\b(?:this|next|coming|in)\s+$")
_AFTER_THIS_MAY = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:so|to|for|and|or|at|in|on|by|when|deadline|exams?|recital|game|finals?)\b)"
)
_MAY_MONTH_CUE = re.compile(r"(?:by|until|before|in|during|through|till|due|the end|end)\b")
_BEFORE_START = re.compile(r"(?:before|truoc)\s(?!(?:the )?end\b)")  # not "before the end of"


_ORDERED: list[Rule] = []
_GATE_WORDS: list[str] = []
_GATE_SCAN: list[re.Pattern[str]] = []  # the longest gate word starting at each position
_GATE_INSIDE: dict[str, frozenset[str]] = {}  # gate word -> the gate words it contains
_OPENED_BY: dict[str, tuple[int, ...]] = {}  # gate word -> the rules (places in _ORDERED) it opens


def _gate_words_in(folded: str) -> set[str]:
    """The gate words that occur in the text, as substrings (one regex scan, not one per word)."""
    return set().union(*map(_GATE_INSIDE.__getitem__, _GATE_SCAN[0].findall(folded)))


def _init() -> None:
    for build in _BUILDERS:
        build()
    ordered = [(p, h, g) for _, p, h, g in sorted(_RULES, key=lambda r: r[0])]
    _GATE_WORDS.extend(sorted({w for _, _, gate in ordered for w in gate.words | gate.also}))
    # a lookahead at every position finds overlapping words; the longest one at a position
    # stands for the shorter ones inside it
    _GATE_SCAN.append(re.compile(f"(?=({trie_pattern(set(_GATE_WORDS))}))"))
    _GATE_INSIDE.update({w: frozenset(v for v in _GATE_WORDS if v in w) for w in _GATE_WORDS})
    for w in _GATE_WORDS:
        _OPENED_BY[w] = tuple(i for i, (_, _, gate) in enumerate(ordered) if w in gate.words)
    _ORDERED.extend(ordered)  # last: read_times starts once it is filled


_EVENT = re.compile(
    rf"\b(?P<cue>{alternation(_WORDS.event_cues)})\s+(?:(?:my|our|the|his|her|their|be|con|cua)\s+)?"
    # "by the start of spring semester": a part of the event is its day
    rf"(?:(?:{alternation(_WORDS.event_parts)})\s+(?:the\s+)?)?"
    rf"(?P<which>(?:[a-z0-9'.-]+\s+){{0,2}}?|[a-z0-9.-]+\s+of\s+[a-z0-9.-]+\s+)(?:{alternation(_WORDS.events)})\b"
)
# "on race day", "on my birthday": the day itself, when nothing of another thing follows it
_ON_EVENT_END = re.compile(r"\s*(?:$|[,.;:!?)]|(?:so|to|and|with|for|but|nha|nhe)\b)")
# "in the 2027 survey", "at the next audit" date the event; "participation in the survey" does not
_DATED_EVENT = re.compile(r"(?:20\d\d|next|upcoming|q[1-4])\b")
# cues that name an event without saying it bounds the goal unless the event is dated
_UNDATED_CUES = frozenset(("in the", "at the", "for the"))
# "ky thi tot nghiep 2027", "dot tuyen sinh 2027", "nam hoc 2026-2027": an event named with its year
_EVENT_YEAR = re.compile(
    rf"\b(?:{alternation(_WORDS.events)})(?:\s+[a-z0-9]+){{0,3}}?\s+(?:(?P<year>20\d\d)"
    r"(?:\s*[-/]\s*(?P<until>20\d\d))?"
    # "ky thi vao lop 10 sap toi": the next one, not yet dated in the text
    rf"|(?:{alternation(_WORDS.events_ahead)}))\b"
)


def _events(folded: str) -> Iterable[re.Match[str]]:
    """The events named with a cue; past a cue whose words run on to another ("on Steam before
    launch", "for the kitchen before wedding season"), the search goes on from its next word,
    so the cue after it is still found."""
    pos = 0
    while (m := _EVENT.search(folded, pos)) is not None:
        yield m
        pos = m.end("cue") if m["which"] else m.end()


# "in sprint 14", "during sprint 9", "trong sprint 12": a period named by its number
_NUMBERED_PERIOD = re.compile(
    rf"\b(?:{alternation(_WORDS.numbered_period_cues)}) (?:{alternation(_WORDS.numbered_periods)}) \d{{1,3}}\b"
)


_AS_IT_WAS_END = re.compile(r"\b(?:like|nhu)\s+$")


def event_deadline(
    folded: str, today: date | None = None, counted: bool | None = None
) -> tuple[int, int] | None:
    """Where an event that sets the deadline is named ("before my checkup", "truoc sinh nhat
    be", "ky thi tot nghiep 2027"): the user knows its date, the text does not say it.

    `counted`: the text holds an amount (in digits unless the caller read number words too).
    """
    found = _event_named(folded, today, counted)
    if found is not None and _AS_IT_WAS_END.search(folded, max(0, found[0] - 6), found[0]):
        return None  # "vóc dáng như trước khi đẻ", "fit like before the kids": as it was
    return found


def _event_named(folded: str, today: date | None, counted: bool | None) -> tuple[int, int] | None:
    if counted is None:
        counted = DIGIT.search(folded) is not None
    if (m := _THIS_TERM.search(folded)) and not start_cue(folded[: m.start()]):
        # "hk2 nay", "vu dong xuan nay": this term, this crop season ("tu vu toi" only starts)
        return m.start(), m.end()
    if (m := _NUMBERED_PERIOD.search(folded)) and not start_cue(folded[: m.start()]):
        # "latest in sprint 14", "trong sprint 12": a sprint by its number
        return m.start(), m.end()
    # most goals name no event: one cheap scan before the full pattern
    for m in _events(folded) if _EVENT_WORD.search(folded) else ():
        academic = _ACADEMIC.search(m[0]) is not None or (
            # "ban 50 gift card trong mua cuoi": an amount due within a season of work, said
            # right after its cue ("be less stressed during wedding season" only says when)
            not m["which"] and _SEASON.match(folded, m.end("which")) is not None and counted
        )
        dated = _DATED_EVENT.search(m["which"])
        # "take £3k at our stall during the lit festival", "raise $5k at the gala": an amount
        # the event itself bounds
        academic = academic or (counted and m["cue"] in _OCCASION_CUES)
        if m["cue"] in _UNDATED_CUES and not dated and not academic:
            continue
        if today is not None and dated and dated[0].isdigit() and int(dated[0]) < today.year:
            continue  # "in the 2025 survey": an event gone, not a deadline
        if m["cue"] == "on" and (m["which"] or not _ON_EVENT_END.match(folded, m.end())):
            continue  # "on race day" is its day; "on wedding films", "put on since the surgery"
        if m["cue"] in _PERIOD_ONLY_CUES and not academic:
            continue  # "trong chuyen di", "during the trip": when, not a deadline
        if start_cue(folded[: m.start()]):
            continue  # "starting next sprint", "from next season": when it starts
        return m.start(), m.end()
    if (m := _SEASON_OF.search(folded)) and not start_cue(folded[: m.start()]):
        return m.start(), m.end()  # "truoc mua phao hoa": before the season of the fireworks
    for m in _CLAUSE_EVENT.finditer(folded) if _CLAUSE_EVENT_GATE.search(folded) else ():
        moment_at = m.start("clause") if m["clause"] else m.end()
        if not _DAY_MOMENT.match(folded, moment_at) and not start_cue(folded[: m.start()]):
            return m.start(), m.end()
    for m in _EVENT_YEAR.finditer(folded):
        # an event of a year still to come bounds the goal; one of a year gone is a past fact
        if today is None or not m["year"] or int(m["until"] or m["year"]) >= today.year:
            return m.start(), m.end()
    if (m := _OPEN_EVENT.search(folded)) is not None and not (
        m["what"] and _DAY_MOMENT.match(folded, m.start("what"))
    ):
        # "before my checkride", "truoc buoi hop voi chu dau tu"
        return m.start(), m.end("what") if m["what"] else m.end("vi")
    return None


# "before the funding runs out", "by the time the grandkids visit", "truoc khi di du hoc": an
# event said as a clause; the match ends where a moment of the day would start ("truoc khi| ngu")
_CLAUSE_EVENT = re.compile(
    r"\b(?:before|by the time)\s+(?:i|we|they|he|she|(?:my|our|the|his|her|their)(?:\s+[a-z'-]+){1,2}"
    # "by the time Emma starts high school", "before trial prep kicks off": who or what, bare,
    # when it is no moment of the day ("before school starts" is every morning)
    rf"|(?!(?:{alternation(_WORDS.day_moments)}|it|this|that|things?)\b)[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\s+"
    rf"(?:{alternation(_WORDS.event_clause_verbs)})\b"
    r"|\btruoc khi(?P<clause>(?:\s+(?!de\b|nham\b|va\b|thi\b)[a-z]+){1,3})"
    # "truoc 30 tuoi", "before age 40", "by age 30": the birthday an age is reached on (the
    # reading blanks the age's digits: a blank run stands for them)
    rf"|\b(?:truoc|before|by)\s+(?:khi\s+)?(?:(?:\d{{1,3}}|\s)\s+(?:{alternation(_WORDS.age_words)})\b"
    rf"|(?:{alternation(_WORDS.age_words)})\s+(?:\d{{1,3}}\b|\s+(?=\W|$)))"
)
# an event no list names, last in the goal: "before my checkride", "truoc buoi hop voi chu dau tu"
_OPEN_EVENT = re.compile(
    rf"\b(?:{alternation(_WORDS.open_event_cues)})\s+(?:{alternation(_WORDS.open_event_owners)})"
    r"(?P<what>(?:\s+[a-z][a-z'-]*){1,3})[^a-z0-9]*$"
    rf"|\btruoc\s+(?:{alternation(_WORDS.open_event_heads)})(?P<vi>(?:\s+[a-z][a-z0-9]*){{1,8}})[^a-z0-9]*$"
)
_CLAUSE_EVENT_GATE = re.compile(r"before|truoc|by the time|by age")
_DAY_MOMENT = re.compile(
    rf"\s+(?:(?:{alternation(_WORDS.day_moments)})\b|(?:i|we)\s+(?:go to )?(?:bed|sleep)\b)"
)


# cues that date only a school term ("during the trip" says when, not by when)
_PERIOD_ONLY_CUES = frozenset(_WORDS.period_only_cues)
_OCCASION_CUES = frozenset(("during", "at the", "trong", "in the"))
_ACADEMIC = re.compile(rf"\b(?:{alternation(_WORDS.academic_events)})\b")
_SEASON = re.compile(rf"(?:{alternation(_WORDS.season_events)})\b")
# "truoc mua phao hoa", "kip mua tuu truong": a season named after a cue that bounds; "mua nay",
# "mua toi" are this and the next one, read elsewhere
_SEASON_OF = re.compile(
    rf"\b(?:truoc|kip truoc|kip|den truoc|trong)\s+(?:{alternation(_WORDS.season_heads)})"
    r"\s+(?!(?:nay|toi|sau|truoc|qua|roi)\b)[a-z]+"
)
_SEASON_AHEAD = re.compile(rf"\b(?:{alternation(_WORDS.seasons_ahead)})\b")


def season_ahead(folded: str, marked: str | None) -> tuple[int, int] | None:
    """The next season of work ("mùa tới bán được giá 70k"), which the user knows the end of.
    Typed with marks it must be "mùa"; without them "mua" may be "buy" ("mua sau" = buy later),
    so only a season opening a clause counts."""
    for m in _SEASON_AHEAD.finditer(folded):
        if start_cue(folded[: m.start()]):
            continue  # "tu mua toi": when it starts
        if not m[0].startswith("mua"):
            return m.start(), m.end()  # "qualifies for state this season": a season of the team's
        if marked is not None:
            if marked[m.start() : m.start() + 3].lower() == "mùa":
                return m.start(), m.end()
        elif not (before := folded[: m.start()].rstrip()) or before[-1] in ",.;:!-":
            return m.start(), m.end()
    return None


_THIS_TERM = re.compile(rf"\b(?:{alternation(_WORDS.running_periods)})\s?[12]?\s+(?:nay|toi|sau)\b")


_EVENT_WORD = re.compile(rf"\b(?:{alternation(_WORDS.events)})\b")
