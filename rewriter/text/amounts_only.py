"""An alternative that is the rewrite with only its target's amounts changed reads as the rewrite does.

A model's conservative and ambitious alternatives are mostly the rewrite with another number
("by 5%" for "by 7%"). Reading such a text again finds the same area, measure, deadline and
period; the checks of a reply skip that second reading. Only plain amounts inside the target or
frequency the rewrite's reading found may differ; anything a number can change the reading of
(a date, a duration, a period, a year, "1" against a plural, zero, a ratio or a range, decimals,
shorthand) makes the text be read in full.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from rewriter.limits import MAX_YEAR, MIN_YEAR
from rewriter.report import Language
from rewriter.text.lexicon import _load as lexicon_data
from rewriter.text.normalize import fold
from rewriter.text.numbers import NUMBER, NUMBER_WITH_SCALE
from rewriter.text.objects import goal_words
from rewriter.text.readings import LONG_TEXT, read
from rewriter.text.shorthand import expand

_NUMBER = re.compile(NUMBER)  # a number as the readings type it
# an amount typed plainly: digits, or digits in groups of three ("12,000", "12.000")
_PLAIN = re.compile(r"\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+")
_KINDS = ("absolute", "percent", "frequency")  # a ratio or a range reads its numbers together
_NEAR = "/-:"  # "15/8", "2026-08", "8:30": the number may be part of a date or a time


@lru_cache(maxsize=4096)
def amounts_only(text: str, main: str, today: date, language: Language) -> bool:
    """True when `text` is `main` with only amounts of its target or its frequency changed,
    each in a way that cannot change what the text reads as (both read on `today`, in
    `language`). Asked by the checks and again by the defects of the same reply."""
    if text == main:
        return True
    if len(text) > LONG_TEXT or len(main) > LONG_TEXT:
        return False  # a long text is read from its goal sentence only
    if _NUMBER.sub("0", text) != _NUMBER.sub("0", main):
        return False  # other words (the usual case, found at once)
    old, new = list(_NUMBER.finditer(main)), list(_NUMBER.finditer(text))
    reading = read(main, today, language)
    if reading.text != main or expand(text, language) != text:
        return False  # shorthand written out: the positions differ
    amounts = [
        q.span
        for q in (reading.target, reading.frequency)
        if q is not None and q.kind in _KINDS and q.baseline is None
    ]
    folded, folded_new = fold(main), fold(text)
    for a, b in zip(old, new, strict=True):
        if a[0] == b[0]:
            continue
        if not (_plain(a[0]) and _plain(b[0]) and _shape(a[0]) == _shape(b[0])):
            return False
        if not any(s.start <= a.start() and a.end() <= s.end for s in amounts):
            return False  # not the target's amount: it may be a date, a period, a count
        if any(t.start < a.end() and a.start() < t.end for t in reading.times):
            return False
        before, after = main[a.start() - 1 : a.start()], main[a.end() : a.end() + 1]
        if (before and (before in _NEAR or before.isalnum())) or (after and after in _NEAR):
            return False
        if after.isalpha() or _scaled(folded, a.start()) or _scaled(folded_new, b.start()):
            return False  # "5k" (a race), "3x", "2 tỷ": the amount reads with its word
        if _time_word_next_to(folded, a.start(), a.end()):
            return False  # "11 ngày", "March 15", "10 tiếng": a day, a duration, an hour
    return True  # the same words, and some amount differs (the texts are not equal)


def _plain(number: str) -> bool:
    if not _PLAIN.fullmatch(number):
        return False
    value = int(number.replace(",", "").replace(".", ""))
    return 2 <= value < 10**9 and not (number.isdigit() and MIN_YEAR <= value <= MAX_YEAR)


def _scaled(folded: str, at: int) -> bool:
    """The number at `at` has a scale word after it ("2 billion", "30k")."""
    m = NUMBER_WITH_SCALE.match(folded, at)
    return m is not None and m[2] is not None


_WORD_BEFORE = re.compile(r"([a-z]+)[^a-z0-9]*$")
_WORD_AFTER = re.compile(r"\s*([a-z]+)")


def _time_word_next_to(folded: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(folded, max(0, start - 24), start)
    after = _WORD_AFTER.match(folded, end)
    words = _time_words()
    return bool(before and before[1] in words) or bool(after and after[1] in words)


@cache
def _time_words() -> frozenset[str]:
    """Words that make a number next to them a date, a duration or a time of day: the date
    rules' units and months, the item bounds' units (data files dates.yaml, goal_words.yaml)."""
    dates = lexicon_data("dates.yaml")
    units = goal_words().words.item_bound
    phrases = [
        *(w for ws in dates["units"].values() for w in ws),
        *dates["unit_aliases"],
        *(w for ws in dates["months"].values() for w in ws),
        *(w for ws in dates["vi_months"].values() for w in ws),
        *units.short_units,
        *units.day_units,
        "thu",  # "thứ 6": a weekday
    ]
    return frozenset(word for p in phrases for word in fold(p).split())


def _shape(number: str) -> str:
    """The marks and groups after the leading digits: "12.000" and "5.000" are alike."""
    return re.sub(r"\d", "0", number.lstrip("0123456789"))
