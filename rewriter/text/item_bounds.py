"""Per-item time limits: "reply to every review within 24h" recurs for each item; it is no deadline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import alternation, either, lexicon
from .objects import goal_words


@dataclass(frozen=True)
class _Patterns:
    bound: re.Pattern[str]  # before + count + unit (+ the event the clock starts at)
    each: re.Pattern[str]
    kept_plural: re.Pattern[str]  # "keep adult prophy appts" right before the bound
    average: re.Pattern[str]  # "avg install time": the bound is the average's
    all: re.Pattern[str]
    respond: re.Pattern[str]
    period_after: re.Pattern[str]  # "every day", "moi tuan": a cadence, not the items
    per_item: re.Pattern[str]  # "... per case": the item the limit holds for, after it
    next_before: re.Pattern[str]  # "next 3 days": counted from today
    from_now: re.Pattern[str]  # "3 ngay toi": counted from today


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    w = goal_words().words.item_bound
    numbers = sorted(lexicon().number_words, key=len, reverse=True)
    count = r"\d+(?:[.,]\d+)?|" + "|".join(re.escape(n) for n in numbers)
    bound = (
        rf"(?<!\w)(?:{either(w.before)})\s+(?:(?:an?|one)\s+)?(?P<n>{count})?\s*"
        rf"(?:(?P<short>{either(w.short_units)})|(?P<days>{either(w.day_units)}))(?!\w)"
        rf"(?P<event>\s+(?:{either(w.event_after)})(?!\w))?"
    )
    return _Patterns(
        bound=re.compile(bound),
        each=re.compile(rf"(?<!\w)(?:{either(w.each)})(?!\w)"),
        average=re.compile(rf"(?<!\w)(?:{either(w.average_words)})(?!\w)"),
        kept_plural=re.compile(
            rf"\b(?:{either(w.kept_verbs)})\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+(?<!ss)(?<!us)(?<!is)s\s+$"
        ),
        all=re.compile(rf"(?<![\w])(?:{either(w.all)})(?!\w)"),
        respond=re.compile(rf"(?<!\w)(?:{either(w.respond_verbs)})(?!\w)"),
        period_after=re.compile(rf"\s*(?:single\s+)?(?:{alternation(w.cadence_periods)})\b"),
        per_item=re.compile(
            rf"\s+(?:{either(w.per_after)})\s+(?!(?:{alternation(w.cadence_periods)})\b)[a-z]"
        ),
        next_before=re.compile(rf"(?:{alternation(w.next_before)})\s*$"),
        from_now=re.compile(rf"\s+(?:{alternation(w.from_now_after)})\b"),
    )


_DATE_NEXT = re.compile(r"\s*\d")
# "the new triage system", "our response team": a word of replying said as a noun's modifier
_NAMING_BEFORE = re.compile(r"\b(?:the|a|an|our|my|their|new|this|that)\s+(?:[a-z-]+\s+)?$")
_SENTENCE_BREAK = re.compile(r"[;!?\n]|\.(?!\w)")
# "each of the 8 agents": the items counted, a batch due once, not a limit for each one
_OF_COUNTED = re.compile(r"\s+of\s+(?:the|my|our|these|those|cac|nhung)?\s*\d")
# a count of the items named before the limit ("all 120 lab reports"), not a share of them
_COUNTED = re.compile(r"(?<![\d.,])\d+(?![\d.,%/])\s+[a-z]")


def item_bounds(folded: str) -> list[tuple[int, int]]:
    """The spans of time limits that hold for each item, not once.

    Short units (hours, minutes) count per item when the sentence names which items ("every",
    "all", "100%"), times a reply, or starts the clock at an event ("within 72 hours of
    disclosure"). Day units need the narrower cues: "fix all bugs within 2 weeks" is a deadline.
    """
    p = _patterns()
    found: list[tuple[int, int]] = []
    for m in p.bound.finditer(folded):
        if p.next_before.search(folded[max(0, m.start() - 12) : m.start()]):
            continue
        if p.from_now.match(folded[m.end() :]):
            continue  # "trong 3 ngay toi": from today, a deadline
        if not m["n"] and _DATE_NEXT.match(folded, m.end()):
            continue  # "trong ngày 12/12": the day named, not a limit of one day
        # the sentence the limit is in; a dot inside a name ("booking.com") ends none
        breaks = [b.end() for b in _SENTENCE_BREAK.finditer(folded, 0, m.start())]
        sentence = folded[breaks[-1] if breaks else 0 : m.start()]
        each = any(
            not p.period_after.match(sentence, e.end()) and not _OF_COUNTED.match(sentence, e.end())
            for e in p.each.finditer(sentence)
        )
        # "under 21 days per case": the item is named after the limit
        each = each or (not m["event"] and p.per_item.match(folded, m.end()) is not None)
        # "keep adult prophy appts to 50 min max": each of the things kept, in hours or minutes
        each = each or bool(m["short"] and p.kept_plural.search(sentence))
        if p.average.search(sentence) and not m["event"]:
            continue  # "get avg install time down to 1.5 days per house": the average's level
        # "không để khách chờ quá 30p": the wait said with the limit counts as a reply's
        said = sentence + m[0]
        replies = any(
            # "through the new triage system": a reply's word naming a thing is no reply
            not _NAMING_BEFORE.search(said, 0, r.start())
            for r in p.respond.finditer(said)
        )
        narrow = bool(m["event"]) or each or replies
        if m["days"] and not m["event"] and not each and _COUNTED.search(sentence):
            continue  # "mark + return all 120 lab reports within 10 days": a batch, due once
        if narrow or (m["short"] and p.all.search(sentence)):
            found.append((m.start(), m.end() if not m["event"] else m.start("event")))
    return found
