"""Alternatives as edits of the main rewrite: only the amount changes, in the user's own words."""

from __future__ import annotations

import math
import re
from functools import cache

from rewriter.report import Language, Rewrite
from rewriter.rules.body import (
    BODY_LEVEL,
    POUNDS,
    SAFE_FAT_POINTS_PER_WEEK,
    safe_loss_per_week,
)
from rewriter.rules.messages import msg
from rewriter.rules.rewrite import CURRENCY_SIGN, nice
from rewriter.rules.verdicts import left_before, race_named, race_time
from rewriter.text.lexicon import (
    Metric,
    canonical,
    currency_sign_chars,
    either,
    lexicon,
)
from rewriter.text.normalize import fold
from rewriter.text.numbers import (
    NUMBER,
    SCALE,
    SCALE_TAIL,
    SCALES,
    format_number,
    parse_number,
    scaled,
)
from rewriter.text.objects import (
    ends_with,
    ends_with_verb_after,
    goal_words,
    word_set,
    words_matcher,
    words_re,
)
from rewriter.text.readings import (
    FRACTION_WORDS,
    MONEY_UNITS,
    Quantity,
    Readings,
    floor_said_before,
    mask,
    people_after,
    read,
)

# a number as typed, with its scale word kept ("$35k", "2 triệu", "15 phút", "98%")
# a number as typed, its space and its scale word ("2k", "50 triệu"): what restyled() rewrites
AMOUNT_TYPED = re.compile(rf"({NUMBER})(\s?)([a-zA-Zà-ỹđĐ]*)")
_WITH_END = re.compile(r"\b(?:with|voi|cung voi|cung)\s+$")
# "1tr2", "2k5"; "1 tỷ 2", "2 triệu 5": said with a space, one digit closing the amount
_WITH_TAIL = re.compile(
    rf"({NUMBER})(\s?)((?:tr|ty|ti|k|tỷ|tỉ|triệu|trieu))"
    rf"(?:\d{{1,2}}\b|(?<!k)\s\d(?=\s*(?:/|[,.;!?)]|$)|\s{{2,}}))"
)
_WHOLE = re.compile(r".+", re.S)  # a number in words is replaced whole ("ba trăm nghìn")
_FROM = re.compile(r"(?:from|tu)\b")
# "6 more students", "thêm 6 học sinh": a count added to today's, not a total to compare with it
_ADDED_NEXT = re.compile(r"\s*(?:more|extra|additional|nua)\b")
_ADDED_END = re.compile(r"\b(?:another|an extra|extra|additional|them)\s+$")
_DECADE = re.compile(r"\b(?:mid|low|high|early|late)[- ]\d0s\b")
_TO_IN = re.compile(r"\b(?:to|den|toi|xuong|len)\b|->|→")
_ARROW = re.compile(r"->|→|=>")  # "KYC pass rate 72% -> 85%": a move said with an arrow
_FROM_BEFORE = re.compile(r"\b(?:from|tu)\s+(?:\S+\s*)?$")  # "from ~15/week", "tu muc 12"
_BAND_BEFORE = re.compile(r"\b(?:between|giua|trong khoang)\s+$")
_BAND_AFTER = re.compile(r"\s*(?:and|to|-|–|den|va|toi)\s*\d")
_DECIMAL_MARK = re.compile(r"\d[.,]\d")
# "1 international conference": a noun follows the number (a unit's short form has no plural)
_WORD_NEXT = re.compile(r" (?!(?:kg|km|mi|lbs?|hrs?|h|min|mins|cm|ml|l|k|m)\b)[a-z]")
_DECIMALS = re.compile(r"\d[.,](\d+)$")
_WORD_OR_PCT_NEXT = re.compile(r"\s*(?:%|[^\W\d_])")
_SPAN_NEXT = re.compile(r"\s?[-–]\s?\d")  # "8-10": the number opens a span of amounts
_SPAN_BEFORE = re.compile(r"\d\s?[-–]\s?$")  # or closes one
# "2 3 chục", "5 6 trăm": two numbers side by side, then the scale both are counted in (folded)
_SCALES = r"(?:chuc|tram|nghin|ngan|trieu|tr|ty|ti)\b"
_VI_SPAN = re.compile(rf"\s\d{{1,2}}\s+{_SCALES}")
_VI_SPAN_CLOSED = re.compile(rf".?\d\s\d{{1,2}}\s+{_SCALES}")
_WITHIN = re.compile(r"(?:within|in|trong vong|trong)\b")  # "within 24h": a time to act in
# a time typed in minutes ("25 min", "25 phút", "25p")
_MINUTES_TYPED = re.compile(r"\d+\s*(?:mins?|minutes?|phut|p)\b")
STEP = 0.25  # conservative and ambitious sit a quarter below and above the goal's own amount
STANDARD_STEP = 0.1  # a standard to hold ("at least 6 hours", "tren 70%") moves less
PAST_WHOLE_POINTS = 5.0  # a percent past 100 ("NRR 110%") steps by points, not by a quarter


# a version as kept between calls: (text, label, assumptions), all immutable, so the garbage
# collector never walks them again (a kept Rewrite is five objects it would walk)
_Made = tuple[tuple[str, str | None, tuple[str, ...]], ...]
_MADE: dict[tuple[object, ...], _Made | None] = {}
_MADE_MAX = 4096  # a goal met again (a batch's repeated rows, the page re-run) is not redone


# an age that says which items the goal covers ("all open work orders older than 90 days")
_AGE_BEFORE = re.compile(r"\b(?:older than|aged over|aged)\s+$")
_TEST_BEFORE = re.compile(r"\b(?:kiem tra|quiz|test)\s+$")
_TEST_LENGTH = re.compile(r"\s*(?:phut|tiet|-?minutes?|-?min)\b")
_BELOW_ZERO_END = re.compile(r"(?:^|[\s≤≥<>])[-−]$")  # "≤ -18°C", not "sub-25" nor "Priya - 120g"
_AGE_UNIT = re.compile(r"\s*(?:days?|weeks?|months?|years?)\b")


_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4}


def _restates(q: Quantity, pace: Quantity, r: Readings) -> bool:
    """The pace said beside a total comes to about the total by the deadline ("twelve books in
    2027, one a month"): the two say one amount twice."""
    days = _PERIOD_DAYS.get(pace.unit or "")
    due = r.deadline.deadline if r.deadline is not None else None
    if days is None or due is None or pace.value <= 0:
        return False
    periods = max(1.0, (due - r.today).days / days)
    return 0.5 * periods <= q.value / pace.value <= 1.5 * periods


def variants(
    main: str, r: Readings, lang: Language, assumptions: list[str], added: Quantity | None = None
) -> list[Rewrite] | None:
    """A conservative and an ambitious version of `main` that differ only in the goal's number.

    None when the goal's number is not in the main rewrite as typed (the rewrite was rebuilt).
    """
    # everything the versions depend on: the rewrite, the reading (its text, day and
    # language) and the notes; the same key gives the same versions, copied for the caller
    key = (main, r.text, r.today, r.language, lang, tuple(assumptions), repr(added))
    if key not in _MADE:
        if len(_MADE) >= _MADE_MAX:
            _MADE.clear()
        made = _variants(main, r, lang, assumptions, added)
        _MADE[key] = None if made is None else tuple(_kept(v) for v in made)
    kept = _MADE[key]
    if kept is None:
        return None
    return [  # each caller gets its own versions
        Rewrite(text=text, label=label, assumptions=list(notes)) for text, label, notes in kept
    ]


def _kept(version: Rewrite) -> tuple[str, str | None, tuple[str, ...]]:
    assert not version.edits  # a version changes only the amount: nothing is added
    return version.text, version.label, tuple(version.assumptions)


def _variants(
    main: str, r: Readings, lang: Language, assumptions: list[str], added: Quantity | None
) -> list[Rewrite] | None:
    found = _locate(main, r, added)
    if found is None:
        return None
    q, start, typed, spelled = found
    if _settled(r, q) or q.unit == "duration" or (spelled and q.value == 1):
        # "tra het no the 45tr", "pay off the $12k loan": the amount is a fact; "under 4h30":
        # a time is not scaled like a count; "walk an hour a day": one of a unit, said as
        # such, is no figure to put another number in ("2 hour")
        return []
    words = goal_words()
    if words.set_by_others_re.search(r.folded, r.marked):
        return []  # "trong khoang 10-12 kg nhu bac si dan", "the 40-hour legal cap": not theirs
    said = r.objective or r.purpose  # "walk 20 mins a day so my blood sugar stays steadier":
    end = said.start if said is not None else len(r.folded)  # the reason sets no bound
    if words.clinical_re.search(r.folded[:end], r.marked[:end] if r.marked else None):
        return []  # "HbA1c under 6.5", "huyet ap tam thu duoi 135": the doctor's to set
    if _TEST_BEFORE.search(
        r.folded, max(0, q.span.start - 12), q.span.start
    ) and _TEST_LENGTH.match(r.folded, q.span.end):
        return []  # "bài kiểm tra 15 phút": the test's length names it, no amount to step
    if q.qualifier is not None and _BELOW_ZERO_END.search(r.text, 0, q.span.start):
        return []  # "≤ -18°C": below zero, a step up or down swaps which one is easier
    if _AGE_BEFORE.search(r.folded, max(0, q.span.start - 16), q.span.start) and _AGE_UNIT.match(
        r.folded, q.span.end
    ):
        return []  # "close out all work orders older than 90 days": which ones, not how many
    if (
        q.kind == "absolute"
        and (pace := r.frequency) is not None
        and pace is not q
        and r.deadline is not None
        and q.span.end < pace.span.start
        # the pace is a number of its own, in a clause of its own ("..., one a month-ish")
        and "," in r.folded[q.span.end : pace.span.start]
        and _restates(q, pace, r)
    ):
        return []  # "Read twelve books in 2027, one a month": a version of the total would break the pace
    value = q.value
    if value == 1 and q.kind == "absolute" and not (q.unit or q.qualifier or r.recurring):
        return []  # "mo them 1 chi nhanh o Cau Giay": one thing done, not a count to stretch
    if (q.kind == "absolute" and _names_each(r, q)) or (
        q.kind in ("absolute", "frequency") and _times_named(r, q)
    ):
        return []  # "mo them 2 chi nhanh o Di An voi Thu Duc": the two are named, none to drop
    lower_easier = easier_is_lower(r, q)
    decimals = _decimals(typed[1] if typed.re.groups else typed[0])
    if not decimals and value != int(value):
        decimals = 1  # "sáu chấm năm": a decimal said in words has its tenths too
    # a limit each item meets ("reply to every review within 24h") steps like any amount:
    # 24h -> 30h / 20h, where a standard's small step would say 25h
    bound = r.item_bound
    per_item = (
        bound is not None
        and bound.start <= q.span.start < bound.end
        and _WITHIN.match(r.folded, bound.start) is not None
    )
    standard = q.qualifier is not None and r.direction in (None, "maintain") and not per_item
    measured = r.metric is not None and r.metric.unit in ("kg", "km")  # "lose 2.5 kg": not a score
    # "get down to 80 kg": a body's level moves by a few kilos, never to 60 or 100
    body_level = measured and r.metric is not None and r.metric.unit == "kg" and value >= BODY_LEVEL
    # "bench 185 lbs": a lift moves by a few pounds a block of training, like a body's weight
    lifted = words_re("lift_verbs").search(r.folded, max(0, q.span.start - 24), q.span.start)
    low, high = _around(
        value,
        q,
        STANDARD_STEP / 2 if body_level or lifted else STANDARD_STEP if standard else STEP,
    )
    # "Run the Sporting Life 10K in May", "do a 5k": one race, its distance fixed
    if race_named(r, q) or (
        words_re("races").fullmatch(fold(q.span.text)) is not None
        and any(other is not q and race_time(r, other) for other in r.quantities)
    ):
        return []  # "chay 10k duoi 60 phut": the race's distance names it, never stepped
    if race_time(r, q):
        # "5k time under 25 min", "a sub-25 5k", "ironman under 14 hrs": a race's time moves by
        # a whole unit or two; "a sub 2 hour half marathon" has no nearer whole step to say
        if value < 10 and _MINUTES_TYPED.match(r.folded, q.span.start) is None:
            return []
        step = max(1.0, round(value * 0.05))
        low, high = value - step, value + step
    money = CURRENCY_SIGN.search(r.text, max(0, q.span.start - 1), q.span.end + 1) is not None
    scored = bool(decimals) and value <= 10 and not measured
    if scored:
        # "4.9 stars", "GPA 3.5", "4,7/5": a score moves in tenths, on its own scale; a band
        # out of 9 or 10 moves in halves ("IELTS 7.0" -> 6.5 / 7.5)
        step = 0.2 if value <= 5 else 0.5
        # "under 0.1 mg/m³": a measure in its unit, a small amount of it, as cents are
        unit_typed = _LETTER_AFTER_DIGIT.search(q.span.text) is not None
        if money and value < 1:
            # "lên 0,06$": cents move by a quarter of themselves, never by 20 cents
            step = max(10.0**-decimals, round(value * STEP, decimals))
        elif unit_typed and value < 1:
            # a tenth of a milligram moves by a quarter of itself, to one more decimal place
            decimals += 1
            step = max(10.0**-decimals, round(value * STEP, decimals))
        low, high = round(value - step, decimals), round(value + step, decimals)
        if value < 1 and _POINTS_SAID.search(typed[0]):
            # "by 0.2 points" of a star rating: half as much or half as much again
            low, high = round(value / 2, 2), round(value * 1.5, 2)
        elif (
            value < 1
            and q.unit is None
            and not q.relative
            and not money  # "lên 0,06$": money, not a share of one
            and not unit_typed
        ):
            # "AUC ≥ 0.82", "F1 0.9": a share of one; half the room left on either side
            room = (1 - value) / 2
            low, high = round(value - room, decimals + 1), round(value + room, decimals + 1)
    steps: tuple[tuple[str, float | None], ...] = (
        ("conservative", low if lower_easier else high),
        ("ambitious", high if lower_easier else low),
    )
    if q.kind == "range" and q.baseline is not None:  # half and one and a half times the change
        delta = value - q.baseline

        def rounding(x: float) -> float:  # "72kg -> 65kg" moves by whole kilos, not fives
            if decimals:  # "from 3.9 to 4.3": tenths stay tenths
                return round(x, decimals)
            return _nice(x) if abs(delta) >= 20 else float(round(x))

        further = q.baseline + delta * 1.5
        if delta < 0:  # "850ms down to 300ms": not on to 25ms; at most half the goal's level
            further = max(further, value / 2)
        elif q.unit == "%" and value < 100:
            # "on-time 91% -> 97%": not on to 100%; at most half the share still missing
            further = min(further, value + (100 - value) / 2)
        steps = (
            ("conservative", rounding(q.baseline + delta / 2)),
            ("ambitious", rounding(further)),
        )
    if value <= 10 and _DECIMAL_MARK.search(typed[0]) and not measured:
        # "diem trung binh tren 8.0", "4.6 sao": a score stays on its 10 (or 5) point scale
        top = 5.0 if value <= 5 else 10.0
        steps = tuple(
            (label, None if amount is None or amount >= top else amount) for label, amount in steps
        )
    if (
        q.kind == "absolute"
        and value <= 5
        and value == int(value)
        and _STARS_AFTER.match(r.folded, q.span.end)
    ):
        # "5 sao tren google maps", "4 stars": a rating tops out at 5, in halves
        steps = tuple(
            (label, a if 0 < a <= 5 else None)
            for label, a in (
                ("conservative", value - 0.5 if lower_easier else value + 0.5),
                ("ambitious", value + 0.5 if lower_easier else value - 0.5),
            )
        )
    if (lower_easier and _on_a_hundred_point_scale(r, q)) or _exam_mark(r, q):
        # "audit score to 92", "health inspection score 95+": past 100 there is nothing, and
        # near the top a few points are a stretch
        steps = tuple((label, _on_the_scale(a, value)) for label, a in steps)
    if q.unit == "%" and not q.relative and max(value, q.baseline or 0) <= 100:
        # a share is at most all of it: "from sixty percent to 100%" has no ambitious 120%
        steps = tuple((label, None if a is None or a > 100 else a) for label, a in steps)
    if q.unit == "%" and not q.relative and value > 100 and q.kind != "range":
        # "NRR above 110%", "want it at 112%": a level past the whole moves by points, a
        # quarter of it (80% or 140% of revenue kept) is another goal
        points = PAST_WHOLE_POINTS
        steps = (
            ("conservative", value - points if lower_easier else value + points),
            ("ambitious", value + points if lower_easier else value - points),
        )
    if q.unit == "%" and _OF_PLAN.match(r.folded, q.span.end) and value >= 100:
        # "dat 110% KPI": under 100% is missing the KPI; past it, ten points is a stretch
        steps = (("conservative", 100.0 if value > 100 else None), ("ambitious", value + 10))
    if (now := _now_value(r)) is not None and min(now, value) > 0:
        # "hit 2,000 room nights, up from ~1,650": the easier version still moves from today's,
        # and the harder one goes at most half as far again ("212 rn, goal is 180": not 140)
        steps = tuple(
            (
                label,
                _past_today(a, now, value, decimals)
                if label == "conservative"
                else a
                if q.relative  # "20% more stockists": a change, not a level to bound
                else _not_far(a, now, value),
            )
            for label, a in steps
        )
    elif q.kind == "absolute" and (
        before := [
            x.value
            for x in r.quantities
            if x is not q
            and x.kind == "absolute"
            and x.unit == q.unit
            and x.span.end <= q.span.start
            and x.value > 0
            and (x.value < value if lower_easier else x.value > value)
        ]
    ):
        # "luong 8tr5 muon len 10tr": an amount of the same unit said before the target, on
        # the side it moves from, is where it stands; the easier version still moves from it
        now = max(before) if lower_easier else min(before)
        steps = tuple(
            (label, _past_today(a, now, value, decimals) if label == "conservative" else a)
            for label, a in steps
        )
    if (
        q.kind == "absolute"
        and q.unit is None
        and r.recurring is None  # "audit 20 pallets each Friday": a sample, more is harder
        and ends_with("existing_set_verbs").search(r.folded[: q.span.start])
    ):
        # "Migrate 12 microservices", "training 6 nhan vien moi": more than all of them is no
        # harder version of the same goal
        steps = tuple((label, None if label == "ambitious" else a) for label, a in steps)
    if _for_a_threshold(r) or _PASS_WITH_END.search(
        r.folded, max(0, q.span.start - 60), q.span.start
    ):
        # "IELTS 7.0 de du chuan ...", "80+ to qualify": a lower one misses what it is for
        steps = tuple((label, None if label == "conservative" else a) for label, a in steps)
    hours = _HOURS.search(fold(main[start : start + 24])) is not None  # the amount is in hours
    if hours and (body := _healthy_metric(main, r, lang)) is not None:
        # "reach 7 hours of sleep a night": an hour either side, and 5 is no easier version,
        # it is an unhealthy one
        steps = tuple(
            (label, None if a is None else value + (1.0 if a > value else -1.0))
            for label, a in steps
        )
        steps = tuple((label, a if a is None or body.allows(a) else None) for label, a in steps)
    if (floor := _safe_level(r, q, main)) is not None:
        # "Weight 84kg now, want to come to 75": no harder version below what a body safely
        # comes down to by the date
        steps = tuple(
            (label, None if a is None or a < min(floor, value) else a) for label, a in steps
        )
    if (fat := _safe_fat_level(r, q, main)) is not None:
        # "giảm body fat từ 18% xuống 13% trước Tết": no harder version faster than a body
        # safely sheds fat
        steps = tuple(
            (label, None if a is None or a < min(fat, value) else a) for label, a in steps
        )
    if (safe := _safe_loss(r, q, main)) is not None:
        # "giảm 8 ký sau sinh trước Tết": no harder version faster than a body safely loses
        steps = tuple(
            (label, None if a is None or a > max(safe, value) else a) for label, a in steps
        )
    if r.metric is not None and r.metric.unit == "rating" and value < 5:
        # "TripAdvisor rating to 4.7 or above (we are at 4.4)": a star rating tops out at 5,
        # which no version of a goal below it reaches
        steps = tuple((label, None if a is None or a >= 5 else a) for label, a in steps)
    out: list[Rewrite] = []
    for label, amount in steps:
        if amount is None or amount <= 0 or amount == value or (amount == 1 and lang == "en"):
            continue  # "open 1 stores": a plural noun would need its own edit
        if (
            value == 1
            and lang == "en"
            and not spelled
            and _WORD_NEXT.match(main, start + typed.end(1))
        ):
            continue  # "at 1 international conference": "2 international conference" needs a plural
        edited = _with(main, q, start, typed, spelled, amount, lang, score=scored)
        if edited is None:
            continue
        text, span = edited
        notes = [*assumptions, msg(lang, f"assumptions.label_{label}", what=span.strip())]
        out.append(Rewrite(text=text, label=label, assumptions=notes))
    return out


def _safe_loss(r: Readings, q: Quantity, main: str) -> float | None:
    """The most body weight the goal's days allow losing safely, in the unit it is said in,
    when `q` is such a loss with a deadline ("lose 10kg by valentines"), the user's or the one
    the rewrite `main` gave ("Ten kilos off asap"); else None."""
    if (
        r.metric is None
        or r.metric.key != "weight"
        # "Ten kilos off asap": the weight taken off is a loss too
        or (r.direction != "decrease" and not _TAKEN_OFF.match(r.folded, q.span.end))
        or q.value >= BODY_LEVEL
    ):
        return None
    pounds = POUNDS.search(r.folded, q.span.start, q.span.end + 8) is not None
    return _safe_by_the_date(r, main, pounds)


def _safe_by_the_date(r: Readings, main: str, pounds: bool) -> float | None:
    """The most body weight safely lost by the goal's deadline, the user's or the one the
    rewrite `main` gave, in pounds or kilos; None with no deadline."""
    weeks = _weeks_to_due(r, main)
    return None if weeks is None else weeks * safe_loss_per_week(pounds)


def _weeks_to_due(r: Readings, main: str) -> float | None:
    """The weeks from today to the goal's deadline, the user's or the one the rewrite `main`
    gave; None with no deadline."""
    due = r.deadline or read(main, r.today, r.language).deadline
    if due is None or due.deadline is None:
        return None
    return max((due.deadline - r.today).days, 0) / 7


def _safe_level(r: Readings, q: Quantity, main: str) -> float | None:
    """The lowest body weight the goal's days allow coming down to safely from today's, when
    `q` is a weight to come down to ("Weight 84kg now, want to come to 75"); else None."""
    if r.metric is None or r.metric.key != "weight" or q.value < BODY_LEVEL:
        return None
    # "giảm từ 72kg xuống 65kg": the start typed with the target is today's, when the thing
    # moved is one's own weight ("plate waste from 60 lbs to 35 lbs" is not)
    o = r.obj
    own = o.start is None or (
        o.end is not None and canonical(r.folded[o.start : o.end]) in word_set("own_weight_words")
    )
    ranged = q.kind == "range" and q.baseline is not None and own
    now = q.baseline if ranged else _now_value(r)
    if now is None or now <= q.value:
        return None
    safe = _safe_by_the_date(r, main, POUNDS.search(r.folded) is not None)
    return None if safe is None else now - safe


def _safe_fat_level(r: Readings, q: Quantity, main: str) -> float | None:
    """The lowest body fat share the goal's days allow coming down to safely from the start
    typed with it ("body fat từ 18% xuống 13% trước Tết"); else None."""
    if r.metric is None or r.metric.key != "body_fat" or q.kind != "range" or q.baseline is None:
        return None
    weeks = _weeks_to_due(r, main)
    return None if weeks is None else q.baseline - weeks * SAFE_FAT_POINTS_PER_WEEK


_TAKEN_OFF = re.compile(r"\s*(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?)?\s+off\b")


def _healthy_metric(main: str, r: Readings, lang: Language) -> Metric | None:
    """The body measure with a safe range the main rewrite sets, if it sets one: the goal's own
    metric, or one the rewrite names ("Reach 7 hours of sleep a night")."""
    if r.metric is not None and r.metric.healthy is not None:
        return r.metric
    if (
        canonical(r.obj.verb or "") in word_set("nightly_routines")
        or words_re("nightly_routines").search(r.folded) is not None
    ):
        # "sleep 6 hours a night": hours of a nightly routine are hours of sleep
        return next((m for m in _healthy_metrics() if m.key == "sleep_hours"), None)
    said = main.lower()
    return next((m for m in _healthy_metrics() if m.name(lang).lower() in said), None)


# an amount in hours, where the rewrite names it ("7 hours", "8+ hrs", "7 tiếng", "8h")
_HOURS = re.compile(r"^\D{0,3}(?:\d+(?:[.,]\d+)?|[a-z]+)\+?\s*(?:hours?|hrs?|h|tieng|gio)\b")


@cache
def _healthy_metrics() -> tuple[Metric, ...]:
    return tuple(m for m in lexicon().metrics.values() if m.healthy is not None)


def _past_today(amount: float | None, now: float, value: float, decimals: int) -> float | None:
    """An easier version that still moves from today's value toward the goal: halfway when
    the usual step would fall back to or beyond where it is today; a score typed in tenths
    stays in tenths ("4.7 -> 4.9 stars": 4.8, never a rounded 5)."""
    if amount is None or (amount - now) * (value - now) > 0:
        return amount
    middle = now + (value - now) / 2
    # "80 kg -> 75 kg": 78, whole units when the move is small; a big one rounds nicely
    half = (
        round(middle, decimals)
        if decimals
        else _nice(middle)
        if abs(value - now) >= 20
        else round(middle)
    )
    return half if (half - now) * (value - now) > 0 and half != value else None


def _not_far(amount: float | None, now: float, value: float) -> float | None:
    """A harder version at most half as far again as the goal moves from today's value."""
    if amount is None or (value - now) * (amount - value) <= 0:
        return amount  # not past the goal in its own direction: nothing to bound
    delta = value - now
    limit = value + delta / 2
    if abs(amount - value) <= abs(limit - value):
        return amount
    # rounded at the size of the half step: "104% -> 112%" gives 116%, "212 -> 180" 160,
    # "22 tỷ -> 15 tỷ" 12 tỷ
    unit = 10.0 ** math.floor(math.log10(abs(delta) / 2)) if abs(delta) >= 2 else 1.0
    bounded = float(round(limit / unit) * unit)
    return bounded if bounded != value and bounded > 0 else None


def _on_the_scale(amount: float | None, value: float) -> float | None:
    """A version of a score out of 100: under 100, and within 10 points of the goal's."""
    if amount is None:
        return None
    if amount >= 100:
        amount = float(round((value + 100) / 2))
        return None if amount >= 100 or amount == value else amount
    return min(max(amount, value - 10), value + 10) if value >= 50 else amount


def _on_a_hundred_point_scale(r: Readings, q: Quantity) -> bool:
    """A score named right before its value, out of 100 ("audit score to 92", "diem 90")."""
    if q.unit is not None or q.kind != "absolute" or not 10 < q.value < 100:
        return False
    before = r.folded[max(0, q.span.start - 40) : q.span.start]
    if _POINTS_AFTER.match(r.folded, q.span.end):
        return True  # "dat toi thieu 75 diem": points out of 100
    return bool(_score_named().search(before)) and not _SCORE_PLACE.search(before)


def _exam_mark(r: Readings, q: Quantity) -> bool:
    """A mark out of 100 on an exam named ("pass my pharm final w/ at least an 85"): it tops
    out at 100, and a few points either way is the stretch, never 65 or 110."""
    return (
        q.unit is None
        and q.kind == "absolute"
        and 10 < q.value < 100
        # "log thêm 60 dives ... để đủ điều kiện thi MSDT": an exam the goal is for marks nothing
        and words_re("exam_words").search(
            r.folded, 0, r.objective.start if r.objective else len(r.folded)
        )
        is not None
    )


@cache
def _score_named() -> re.Pattern[str]:
    words = either(goal_words().words.hundred_point_scores)
    return re.compile(rf"\b(?:{words})\b(?:\s+\S+){{0,4}}\s*$")


_STARS_AFTER = re.compile(r"\s*(?:sao|stars?)\b")
_POINTS_AFTER = re.compile(r"\s*diem\b(?!\s+(?:ban|giao|nhan|don))")
# places and peak hours, not scores ("dia diem", "diem ban", "gio cao diem")
_SCORE_PLACE = re.compile(r"\b(?:dia|cao) diem\b|\bdiem (?:ban|giao|nhan)\b")


# "110% KPI", "120% of quota", "105% ke hoach": a share of a plan
_OF_PLAN = re.compile(
    r"\s*(?:of\s+(?:the\s+|our\s+|my\s+)?)?(?:kpi|quota|target|plan|ke hoach|chi tieu)\b"
)


def _for_a_threshold(r: Readings) -> bool:
    """The goal's reason is a bar it must clear ("de du dieu kien len kiem soat vien")."""
    bars = word_set("threshold_purposes")
    return any(
        said is not None and bars.intersection(_words_and_pairs(fold(said.text))) != set()
        for said in (r.objective, r.purpose)
    )


def _words_and_pairs(text: str) -> set[str]:
    words = text.split()
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


_LETTER_AFTER_DIGIT = re.compile(r"\d\s?[^\W\d_]")
_PER_ONE_END = re.compile(r"\s1\s+[a-z]+$")


def _locate(
    main: str, r: Readings, added: Quantity | None = None
) -> tuple[Quantity, int, re.Match[str], bool] | None:
    """The goal's own number in `main`: the quantity, where it stands, the number as typed, and
    whether it was spelled out; None when it is not there as typed or is not an amount to change."""
    # the goal's own number, or the one the rewrite put in ("Hire 3 engineers")
    q = added or (r.target if r.target is not None else r.frequency)
    if (
        added is None
        and r.frequency is not None
        and r.target is not None
        and _WITH_END.search(r.folded, max(0, r.target.span.start - 10), r.target.span.start)
    ):
        q = r.frequency  # "hoc nhom 2 buoi/tuan voi 3 ban": the routine, not who comes along
    if q is None or q.kind in ("rank", "level", "ratio"):
        return None
    found = _whole(main, q.span.text)
    if (
        len(found) != 1
        or _not_an_amount(main, found[0], q)
        or (q.kind == "range" and r.direction == "maintain")
    ):
        return None  # "keep the cold room between 2 and 8 °C" is a specification, not a target
    if q.kind != "range" and (
        _BAND_BEFORE.search(r.folded[max(0, q.span.start - 10) : q.span.start])
        or _BAND_AFTER.match(r.folded, q.span.end)
    ):
        return None  # "lose between 6 and 8 kg": a band the user chose, both ends their own
    if _named_one_by_one(r.folded, q):
        return None  # "3 more ASE certs (A6, A8, L1)": the ones named are the ones counted
    said_from = (
        _FROM.match(fold(q.span.text))
        or _ARROW.search(q.span.text)
        or _FROM_BEFORE.search(r.folded[max(0, q.span.start - 12) : q.span.start])
    )
    if q.kind == "range" and not said_from:
        return None  # "sign 8-10 partners": a span of amounts, not a move from one to another
    before = r.folded[max(0, q.span.start - 16) : q.span.start]
    if (("curr" in before or "hien" in before or "now" in before) and _TODAYS.search(before)) or (
        " to " in r.folded[q.span.end : q.span.end + 30] and _BAND_NEXT.match(r.folded, q.span.end)
    ):
        return None  # "(currently 17)": today's value; "to somewhere in the 10-12% range": a band
    if fold(q.span.text).endswith(" ruoi") or _HALF_AFTER.match(r.folded, q.span.end):
        return None  # "6 triệu rưỡi": the half is part of the number as said; not re-spelled
    if (q.kind == "percent" or q.value < 1) and _SHARE_WORDS.search(fold(q.span.text)):
        return None  # "xuống còn 1 nửa", "ko qua nua goi": a share said in words, not re-spelled
    found_numbers = list(AMOUNT_TYPED.finditer(q.span.text))
    end = found[0] + len(q.span.text)
    if main[max(0, found[0] - 1) : found[0]] == "(" and main[end : end + 1] == ")":
        return None  # "my first half marathon (21.1k)": an aside that says what the thing is
    if _DECADE.search(main, max(0, found[0]), end + 2):
        return None  # "down to the mid 60s": a band of ten, not one number to move
    if q.kind == "range" and (
        not found_numbers
        or _TO_IN.search(fold(q.span.text[found_numbers[-1].end() :]))
        or main[max(0, found[0] - 1) : found[0]] == "("
    ):
        # "from 9% to six percent": the digits typed are where it starts, not the aim;
        # "lose 8 kg (92 -> 84)": the move only restates the goal's own amount
        return None
    spelled = not found_numbers  # "ba trăm nghìn", "ten thousand": the new amount in digits
    if spelled and q.kind != "absolute":
        return None  # "mỗi tuần" counts once by implication: there is no number to change
    if len(found_numbers) > 1 and _PER_ONE_END.search(fold(q.span.text)):
        found_numbers.pop()  # "10 tieng 1 ngay": the "1" says per day, not how many
    typed = found_numbers[-1] if found_numbers else _WHOLE.match(q.span.text)
    tail = next(reversed(list(_WITH_TAIL.finditer(q.span.text))), None)
    if tail is not None and (typed is None or tail.end() >= typed.end()):
        # "1tr2" is one number (1.2 million), changed whole: the last number, as the target is
        # ("tu 2tr5 len 3tr5"), not where the move starts ("tu 1tr2 xuong 800k")
        typed = tail
    if typed is None:
        return None
    return q, found[0], typed, spelled


def _with(
    main: str,
    q: Quantity,
    start: int,
    typed: re.Match[str],
    spelled: bool,
    amount: float,
    lang: Language,
    score: bool = False,
) -> tuple[str, str] | None:
    """`main` with the goal's number replaced by `amount` in the user's style, and the new span."""
    after = main[start + len(q.span.text) :]
    # a score standing alone keeps its tenths ("GPA >= 3.0", "7.0+"); with a unit or a word
    # after it, a whole number reads better ("7 hours", "1%", "IELTS 7 overall")
    score = score and not _WORD_OR_PCT_NEXT.match(after) and "%" not in q.span.text
    number = _spelled_as(q, amount, lang) if spelled else restyled(typed, amount, q, lang, score)
    if number is None or number.strip() == typed[0].strip():
        return None
    span = q.span.text[: typed.start()] + number + q.span.text[typed.end() :]
    head = main[:start]
    if lang == "en" and (article := _ARTICLE_END.search(head)) is not None:
        # "a 6-month fund" -> "an 8-month fund": the article agrees with the number said
        vowel = _VOWEL_SOUND.match(span) is not None
        word = article[1]
        head = head[: article.start(1)] + _article(word, vowel) + head[article.end(1) :]
    return head + span + main[start + len(q.span.text) :], span


_ARTICLE_END = re.compile(r"\b(an?|An?)\s+$")
# numbers said with a vowel first: 8, 11, 18, 80-89, 800-899, 8,000...
_VOWEL_SOUND = re.compile(r"(?:8|11(?!\d)|18(?!\d)|11,|18,)")


def _article(word: str, vowel: bool) -> str:
    """ "a" or "an" before a number, in the capitals the user typed."""
    said = "an" if vowel else "a"
    return said.capitalize() if word[0].isupper() else said


def _spelled_as(q: Quantity, amount: float, lang: Language) -> str:
    """An amount for a number the user spelled out, in digits with the millions word they
    ended on ("năm trăm triệu" -> "375 triệu", not "375.000.000")."""
    last = q.span.text.split()[-1] if q.span.text.split() else ""
    scale = SCALES.get(fold(last).lower(), 1.0)
    if scale >= 1e6 and amount >= scale:  # thousands read best in digits: "1.500 hộp"
        return f"{format_number(amount / scale, lang)} {last}"
    return format_number(amount, lang)


def with_amount(main: str, r: Readings, lang: Language, amount: float) -> str | None:
    """`main` with the goal's own number changed to `amount`, written as the user writes numbers."""
    found = _locate(main, r)
    if found is None:
        return None
    q, start, typed, spelled = found
    edited = _with(main, q, start, typed, spelled, _nice(amount), lang)
    return edited[0] if edited else None


_POINTS_SAID = re.compile(r"\d\s*(?:points?|điểm|diem)\b")


def _decimals(typed: str) -> int:
    """Decimal places as typed ("4.7" -> 1, "4,75" -> 2, "1.500" -> 0: thousands)."""
    m = _DECIMALS.search(typed.strip())
    return len(m[1]) if m and len(m[1]) != 3 else 0


# "2 tieng 15 phut", "1h45", "3 hours 30 minutes": one duration in two numbers
_HOURS_AND_MINUTES = re.compile(
    r"\s?(?:h|hrs?|hours?|gio|tieng)\s*(?:va\s+)?\d+\s*(?:p|ph|phut|m|mins?|minutes?)?\b"
)
# "12h dem", "11pm", "6h sang": a time of day
_CLOCK = re.compile(r"\d{1,2}\s?(?:(?:h|g|gio)\s*(?:dem|toi|sang|chieu|trua|khuya)\b|(?:am|pm)\b)")
_HOUR = re.compile(r"\d{1,2}\s?(?:h|g)\b")
_CLOCK_CUE = re.compile(r"\b(?:truoc|sau|luc|vao luc|before|after|at|sang|chieu|toi|trua|dem)\s+$")
_HALF_BEFORE = re.compile(r"\b(?:half|nua)\s+$")
# "all 25 accounts", "du 14 nv", "the 3 open roles": how many of something there are, not how
# many to reach
_SCOPE_END = re.compile(
    r"\b(?:all|every|each|tat ca|toan bo|ca|moi|du|cho du|the|our|my|these|those)\s+$"
)


def _named_one_by_one(folded: str, q: Quantity) -> bool:
    """The count is followed, within a few words, by a list in brackets naming as many things
    as it counts ("3 more ASE certs (A6, A8, L1)")."""
    listed = _LISTED_AFTER.match(folded, q.span.end)
    if listed is None or q.value != int(q.value):
        return False
    names = [n for n in re.split(r",|\band\b|\bva\b|\+|&", listed[1]) if n.strip()]
    return len(names) == int(q.value) >= 2


# "3 more ASE certs| (A6, A8, L1)": a few words, then the names in brackets
_LISTED_AFTER = re.compile(r"(?:\s+[^\s()\d]+){0,4}\s*\(([^()]{1,80})\)")
_HALF_AFTER = re.compile(r"\s+ruoi\b")
# a share said as a word of halves or thirds ("1 nua", "a third", "mot phan ba")
_SHARE_WORDS = re.compile(rf"\b(?:nua|half|{either(list(FRACTION_WORDS))})\b")
_TODAYS = re.compile(
    r"\b(?:currently|right now|hien tai|hien nay|hien)\s*(?:at|is|la|:)?\s*[~$]?\s*$"
)
_BAND_NEXT = re.compile(
    r"\s*%?\s+to\s+(?:somewhere\s+in\s+)?(?:the\s+)?(?:low\s+|mid\s+|high\s+)?\d+\s*-\s*\d+"
)
_YEAR_CUE_END = re.compile(r"\b(?:nam|year|in|fy|by|until|before|truoc|den|tu|from|since|of)\s+$")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


def _not_an_amount(text: str, at: int, q: Quantity) -> bool:
    """A clock time, a fraction or a date ("2:10", "130/80", "12/20"), a year, a weekday, a
    duration in hours and minutes, or how many of something there are ("all 25 accounts")."""
    end = at + len(q.span.text)
    # one fold for the words around the number: folding keeps each character's place
    lo = max(0, at - 12)
    near = fold(text[lo : end + 16])
    if _HOURS_AND_MINUTES.match(near, end - lo) or _SCOPE_END.search(
        near[max(0, at - 10) - lo : at - lo]
    ):
        return True
    if (
        text[end : end + 1] == ":"
        # "$200/month" is an amount per month; "130/80", "12/20" are a reading and a date
        or (text[end : end + 1] == "/" and not text[end + 1 : end + 2].isalpha())
        or text[at - 1 : at] in (":", "/")
    ):
        return True
    if _CLOCK.match(near, at - lo) or _HALF_BEFORE.search(near[max(0, at - 6) - lo : at - lo]):
        return True  # "truoc 12h dem", "by 11pm": a time of day; "half a dozen": one amount
    if _HOUR.match(near, at - lo) and _CLOCK_CUE.search(near[: at - lo]):
        return True  # "ngu truoc 10h", "sau 9h": an hour of the day, not ten hours
    if _SPAN_NEXT.match(text[end : end + 3]) or _SPAN_BEFORE.search(text[max(0, at - 3) : at]):
        return True  # "sign 8-10 partners": one end of a span of amounts
    if _VI_SPAN.match(near, end - lo) or _VI_SPAN_CLOSED.match(near, max(0, at - 3 - lo)):
        return True  # "tam 2 3 chuc bo": twenty or thirty, said as two numbers and their tens
    if (
        q.kind != "range"
        and 1990 <= q.value <= 2100
        and q.value == int(q.value)
        and (_YEAR_CUE_END.search(near[: at - lo]) or not _WORD_AFTER.match(near, end - lo))
    ):
        return True  # "in 2027", "nam 2026"; "ban 2000 hop tra" counts boxes
    return bool(ends_with("numbered_before").search(near[: at - lo]))


def _whole(text: str, part: str) -> list[int]:
    """Where `part` stands in `text` as a whole ("2" in "Open 2 stores", not in "2027")."""
    out, at = [], text.find(part)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(part)] if at + len(part) < len(text) else " "
        # a unit may follow a number ("65kg"); another digit may not
        joined = after.isdigit() if part[-1:].isdigit() else after.isalnum()
        if not (before.isalnum() or before in ".,") and not joined:
            out.append(at)
        at = text.find(part, at + 1)
    return out


def easier_is_lower(r: Readings, q: Quantity) -> bool:
    """Whether a smaller number makes the goal easier."""
    if q.span.start < 0:  # a number the rewrite added: a count to reach ...
        if r.direction == "maintain" and q.unit == "%":
            # ... or, kept steady, the most it may fall ("with no more than a 5% drop"): more is
            # easier; kept low ("at least 5% below today's level"): less is
            return r.metric is not None and r.metric.lower
        return True
    if q.qualifier == "at_least" or floor_said_before(r.folded, q.span.start):
        return True  # a floor ("at least 90%", "never drop below 80%"): a lower one is easier
    before = r.folded[max(0, q.span.start - 24) : q.span.start]
    if _INTERVAL_NEXT.match(r.folded, q.span.end) is not None or (
        _EVERY_END.search(before) is not None and _PERIOD_NEXT.match(r.folded, q.span.end)
    ):
        return False  # "1:1 2 tuần/lần", "every 3 weeks": a longer gap between times is easier
    if (
        q.qualifier == "at_most"
        or ends_with("limit_before").search(before)
        or ends_with_verb_after("limit_before_verb").search(before)  # "toi da chay 10 tieng/ngay"
        or ends_with("down_to").search(before)  # "Get food cost down to 30%"
        or _TURNAROUND.match(r.folded, q.span.start - 6, q.span.end + 20) is not None
    ):
        return False  # "under $35k", "within 5 minutes", "khong an qua 1 lan": a higher ceiling is easier
    if r.direction == "decrease" and not q.relative and q.kind != "frequency":
        # "down to 15 minutes": a higher level is easier; "lose 5 kg": a smaller loss is
        before = r.folded[max(0, q.span.start - 20) : q.span.start]
        if (hedge := ends_with("confidence_hedges").search(before)) is not None:
            before = before[: hedge.start()]  # "xuong con tam 3": down to about 3, a level
        before = before[-12:]
        if (now := _today_before(r, q)) is not None and now > q.value:
            return False  # "absence is 6.2%, need it way lower: 5%": a level below today's
        return not ends_with("level_before").search(before)
    if (
        (rated := r.self_rating) is not None
        and rated.end <= q.span.start
        and (level := _RATED_LEVEL.match(rated.text)) is not None
        and float(level[1].replace(",", ".")) > q.value
    ):
        return False  # "money stress from a 9/10 to like a 5": down from today's rating
    if _ADDED_NEXT.match(r.folded, q.span.end) or _ADDED_END.search(before):
        return True  # "take in 6 more students, now got 14": what is added, never today's total
    # "close the books in 5 business days (currently 9)": down from today's, lower is harder
    now = _now_value(r) if r.direction != "increase" else None
    if now is None and r.direction == "decrease":
        now = _today_before(r, q)  # "absence is 6.2%, need it way lower: 5%"
    if (
        now is None
        and r.direction != "increase"
        and r.metric is not None
        and r.metric.key == "weight"
        and r.domain == "health"
        and q.kind == "absolute"
        and not q.relative
        and q.value >= BODY_LEVEL
        # "bench 100kg", "total 500kg at my meet": the weight on the bar, not a body's
        and words_re("lift_verbs").search(r.folded) is None
        and ends_with("lift_totals").search(r.folded, 0, q.span.start) is None
    ):
        # "get back to 68kg (pre baby weight!!)": a grown-up's weight to reach with no today's
        # said is one to come down to, so a higher one is the easier version
        return False
    return now is None or now <= q.value


# names joined after a count, each opening with a capital or a digit ("Di An voi Thu Duc",
# "Cambridge 17 va 18", "Hanoi, Hue and Da Nang")
_NAME = r"[A-ZĐ0-9][^\s,.;:!?]*(?:\s+[A-ZĐ0-9][^\s,.;:!?]*)*"


@cache
def _named_list() -> re.Pattern[str]:
    joiners = either(goal_words().words.name_joiners, fold=False)  # matched as typed
    return re.compile(rf"({_NAME})((?:,\s*{_NAME})*)\s+(?:{joiners})\s+{_NAME}")


def _times_named(r: Readings, q: Quantity) -> bool:
    """The count is of times named one by one after it, in the same clause ("2 vids a week,
    every Tue and Fri", "kiem tra tom 2 lan sang chieu"): as many days or parts of a day as the
    count, each within a few words of the last."""
    if not 2 <= q.value <= 7 or q.value != int(q.value) or _SPAN_UNIT.match(r.folded, q.span.end):
        return False  # "2 hours every Saturday and Sunday": how long each day, not how many
    end = q.span.end + 60
    if (stop := _CLAUSE_STOP.search(r.folded, q.span.end, end)) is not None:
        end = stop.start()
    # "..., bat dau tu thu hai toi": a day that says when it starts or is due names no time
    dated = [(t.start, t.end) for t in r.times if t.kind != "recurring"]
    named = [
        m
        for m in words_matcher("named_times").finditer(r.folded, r.marked)
        if q.span.end <= m.start() < end and not any(a <= m.start() < b for a, b in dated)
    ]
    return len(named) == q.value and all(
        b.start() - a.end() <= 8 for a, b in zip(named, named[1:], strict=False)
    )


_CLAUSE_STOP = re.compile(r"[.;:!?](?:\s|$)")
_SPAN_UNIT = re.compile(r"\s?(?:hours?|hrs?|h|mins?|minutes?|gio|tieng|phut|km|miles?|kg|lbs?)\b")


def _names_each(r: Readings, q: Quantity) -> bool:
    """The count is of things named one by one right after it, in the same clause ("lam het
    hai cuon Cambridge 17 va 18"): a version with fewer or more would name things that are not
    there."""
    if not 2 <= q.value <= 5 or q.value != int(q.value):
        return False
    clause = re.split(r"[.;:!?]\s", r.text[q.span.end :] + " ", maxsplit=1)[0]
    m = _named_list().search(clause, 0, 60)
    if m is None:
        return False
    # the names follow what is counted ("2 chi nhanh o| Di An ..."), never a channel or a day
    # they go onto ("2 tin len| Batdongsan va 1 bai ...", "2 hours every| Saturday and Sunday")
    gap = clause[: m.start()].split()
    if not 1 <= len(gap) <= 4 or fold(gap[-1]) in word_set("not_before_names"):
        return False
    return 2 + m[2].count(",") == q.value


# a gap between times: "2 tuần/lần", "3 ngay 1 lan", "every 3 weeks"
_INTERVAL_NEXT = re.compile(r"\s*(?:ngay|tuan|thang|days?|weeks?|months?)\s*(?:/\s*|mot |1 )lan\b")
_EVERY_END = re.compile(r"\b(?:once every|every|moi)\s+$")
_PERIOD_NEXT = re.compile(r"\s*(?:ngay|tuan|thang|days|weeks|months)\b")
_RATED_LEVEL = re.compile(r"\s*(\d+(?:[.,]\d+)?)")


def _today_before(r: Readings, q: Quantity) -> float | None:
    """Today's figure, said as today's before the target of the same kind ("X is 6.2%, need
    it lower: 5%")."""
    return next(
        (
            x.value
            for x in r.quantities
            if x.kind == q.kind and x.span.end <= q.span.start and r.said_as_today(x)
        ),
        None,
    )


def _now_value(r: Readings) -> float | None:
    """The value the goal says it has today ("(currently 9)", "hien tai 12 ngay", "up from
    ~1,650"); read once per reading (the versions ask for it several times)."""
    if "_now_value" not in r.__dict__:
        r.__dict__["_now_value"] = _read_now_value(r)
    value: float | None = r.__dict__["_now_value"]
    return value


def _read_now_value(r: Readings) -> float | None:
    if r.today_only is not None:
        return r.today_only.value  # "churn ~7.8% monthly rn, wanna get it down": said first
    if (
        (now := r.now_clause) is not None
        and r.target is not None
        and not r.target.relative  # "by 20%, im at like 15 miles rn": a share, not a level
        and "/" not in now.text  # "(currently like a 4/10)": a rating, not the level
        and (n := _NUMBER_IN.search(r.folded, now.start, now.end)) is not None
    ):
        return scaled(n[1], n[2], n[3] or "")  # "toeic reading - hien tai: 300 - muc tieu: 400"
    for q in r.quantities:
        # "im 212 rn. ..., goal is 180": a number with a word of today right after it
        if q is not r.target and q.kind == "absolute" and _NOW_NEXT().match(r.folded, q.span.end):
            return q.value
    starts = [m.end() for m in goal_words().present_re.finditer(r.folded, r.marked)]
    starts += [m.end() for m in _UP_FROM.finditer(r.folded)]
    starts += [m.end() for m in _LAST_TIME.finditer(r.folded)]
    aim = r.target.span.start if r.target is not None else -1
    for at in starts:
        # today's value is a number of its own, beside the target ("luong hien tai 8tr5, muon
        # len 10tr": read as today's, it is no quantity of the goal's)
        if (n := _NUMBER_AFTER.match(r.folded, at)) and n.start(1) != aim:
            return scaled(n[1], n[2], n[3] or "")
    return None


@cache
def _NOW_NEXT() -> re.Pattern[str]:  # noqa: N802 - a pattern, built once from the word lists
    """A word of today right after a number, a unit between ("212 rn", "78kg right now")."""
    return re.compile(
        rf"\s*(?:lbs?|kg|kgs|pounds|ky|kilos?)?\s*(?:{either(goal_words().words.now_last)})\b"
    )


# "8tr5": the digits after a short scale word are its decimals (group 3)
_NUMBER_IN = re.compile(rf"({NUMBER})(?:\s?({SCALE})({SCALE_TAIL})(?![a-z]))?(?!\d|[.,]\d)")
_NUMBER_AFTER = re.compile(r"\s*(?:at|is|la|o muc|:)?\s*[~$]?\s*" + _NUMBER_IN.pattern)
_UP_FROM = re.compile(r"\b(?:up|down|tang|giam) (?:from|tu)\b")
# "nam ngoai dc co 380tr", "last year we did 520": the same period's value before
_LAST_TIME = re.compile(
    r"\b(?:nam ngoai|nam truoc|thang truoc|ky truoc|last year|last month)"
    r"(?:\s+(?:duoc|dc|co|chi|ban|ban duoc|la|was|were|we|did|had|at|only))*"
)


def _opens_the_goal(r: Readings, at: int) -> bool:
    """Only words of intent or of time come before `at` ("Sớm sớm mua ...", "I want to buy
    ..."): the deed there is the goal's own, not someone else's ("cho vay mua nhà")."""
    before = r.folded[:at]
    spans = [(m.start(), m.end()) for m in goal_words().intent_re.finditer(before)]
    spans += [(t.start, t.end) for t in r.times if t.end <= at]
    if r.vague_time is not None and r.vague_time.end <= at:
        spans.append((r.vague_time.start, r.vague_time.end))
    for start, end in spans:
        before = mask(before, start, end)
    return not re.sub(r"\b(?:i|we|to|and)\b", " ", before).strip(" ,.")


def _settled(r: Readings, q: Quantity | None = None) -> bool:
    """The goal settles a whole amount ("tra het no 45tr", "pay off the $12k card"), or deals
    with all of a set ("xa het 30 xe ton", "sell all 30 leftover bikes", "thuoc het 300 kanji")."""
    if goal_words().settle_re.search(r.folded, r.marked) is not None:
        return True
    if (
        q is not None
        and r.metric is not None
        and r.metric.key == "savings"
        and words_re("priced_purposes").search(r.folded, q.span.end) is not None
    ):
        return True  # "tiết kiệm 150 củ để đặt cọc chung cư": what the deposit costs
    if (
        q is not None
        and q.unit in MONEY_UNITS
        and q.qualifier is None  # "budget under 1,200 dollars": a cap, easier or harder
        and any(
            _opens_the_goal(r, bought.start())
            # "Mùa tới doanh thu ...": a season's "mùa", typed bare "mua", is no buying
            and not any(t.start <= bought.start() < t.end for t in r.times)
            for bought in words_matcher("buying_verbs").finditer(r.folded, r.marked)
            if bought.start() < q.span.start
        )
    ):
        return True  # "mua đôi giày chạy tầm 3tr": what the shoes cost, bought first
    if q is not None and left_before().search(r.folded, max(0, q.span.start - 16), q.span.start):
        return True  # "deliver the last 6 oak tables", "hoan thanh not 300 gio con lai": all left
    if (
        q is not None
        and q.kind == "absolute"
        and q.unit is None
        and _FOR_WHOM_END.search(r.folded, max(0, q.span.start - 8), q.span.start)
        and people_after(r.folded, q.span.end)
    ):
        return True  # "dao tao xong quy trinh GPP cho 8 duoc si moi": the people it is for
    if (
        q is not None
        and q.kind == "absolute"
        and q.unit is None
        and r.language == "en"
        and _set_pointed().search(r.folded, max(0, q.span.start - 24), q.span.start)
        and _bar_next().match(r.folded, q.span.end) is None
    ):
        return True  # "sell them 2 old bulls", "fence the north 300 acres": a set that is there
    if q is not None and _SOLD_ALL_END.search(r.folded, max(0, q.span.start - 20), q.span.start):
        return True  # "bán hết 400 bộ hóa trang", "sell out all 200 tickets": the whole stock
    if q is None or not (
        every := _ALL_OF_END.search(r.folded, max(0, q.span.start - 12), q.span.start)
    ):
        return False
    if every[0].strip() != "het":
        return True  # "repot all 12 trees": the whole set
    # "xả hết 400 hộp son lô cũ", "làm hết 30 đề của sách ôn thi": all that is left, or all of
    # a set named after it; "đọc hết 12 cuốn sách trong năm 2027" reads twelve, a count chosen
    tail = r.folded[q.span.end : q.span.end + 40]
    if words_re("leftover_words").search(tail) is not None:
        return True
    source = _set_source().search(tail)
    if source is None:
        return False
    at = q.span.end + source.start()
    # "trong năm 2027", "trong 30 ngày tới": when, not which set
    return not any(t.start <= at + len(source[0]) and t.end > at for t in r.times)


_FOR_WHOM_END = re.compile(r"\b(?:cho|for)\s+$")
# "giao trong 4h", "close sổ sách trong 5 working days": a turnaround, "trong" typed as
# "within" (not "trồng"), in hours or working days; "đi bộ trong 45 phút" is how long
_TURNAROUND = re.compile(
    r"trong \d+(?:[.,]\d+)?\s?(?:h|gio|tieng|working days?|business days?|ngay lam viec)\b"
)
_SOLD_ALL_END = re.compile(
    r"\b(?:ban het|ban sach|ban cho het|sell all|sell out|sell out all)\s+(?:the\s+)?$"
)


@cache
def _set_pointed() -> re.Pattern[str]:
    """A set pointed at, right before its number ("them 2 old bulls", "the north 300 acres")."""
    words = goal_words().words
    return re.compile(
        rf"\b(?:(?:{either(words.set_pointers)})\s+(?:[a-z]+\s+)?"
        rf"|the\s+(?:{either(words.set_sides)})\s+)$"
    )


@cache
def _bar_next() -> re.Pattern[str]:
    """A bar to reach said after a number ("the 100k mark"): no set."""
    return re.compile(rf"\W*(?:[a-z]+\s+)?(?:{either(goal_words().words.bar_words)})\b")


_ALL_OF_END = re.compile(r"\b(?:het|all|all the|all of the|all of our)\s+$")
# "pass CPIM Part 1 with 300+": the pass mark; a lower score fails
_PASS_WITH_END = re.compile(
    r"\b(?:pass|passes|passing|dau|do|dat)\b[^,.;]{0,40}\b(?:with|voi|tu)\s+$"
)


@cache
def _set_source() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(goal_words().words.set_sources)})\s")


def _around(value: float, q: Quantity, step: float = 0.25) -> tuple[float | None, float | None]:
    if value <= 0:
        return None, None
    low: float | None = _nice(value * (1 - step))
    high = _nice(value * (1 + step))
    if step >= STEP and value >= 1000 and _two_digits_typed(q.span.text):
        # "$1,500", "4,500": a figure of two significant digits typed in full steps to ones
        # of two ("$1,100", "$5,600"), never "$1,120" / "$5,620"
        low, high = _plain(value * (1 - step)), _plain(value * (1 + step))
    if step < STEP:  # a standard's small step: "$3,200" -> $2,900 / $3,500
        low = low if low != value else _plain(value * (1 - step))
        high = high if high != value else _plain(value * (1 + step))
    if low is not None and low > value:  # "14 or more" rounds its easier 12.6 up to a nice 15
        low = float(math.floor(value * (1 - step)))
    if high < value:
        high = float(math.ceil(value * (1 + step)))
    grain = 5.0 if 10 <= value < 1000 and value % 5 == 0 else 1.0
    if low == value:
        low = value - grain if value > grain else None
    if high == value:
        high = value + grain
    if grain == 5.0 and value >= 15 and q.unit != "%":
        # "at least 15 minutes": a round amount moves in fives (10 / 20), never to 14 / 16
        low = math.floor(low / 5) * 5.0 if low is not None and low % 5 else low
        high = math.ceil(high / 5) * 5.0 if high % 5 else high
    if q.unit == "%" and not q.relative and 20 < value < 80 and value * step > 5:
        # "occupancy lên 75%": a share moves by points, five either side (70% / 80%), not by
        # a quarter of itself (55% / 95%)
        low, high = value - 5.0, value + 5.0
    if q.unit == "%" and value <= 100:
        # a share: never past 100%, and close to it the steps shrink ("90%" -> 85% / 95%)
        room = 100.0 - value
        if value >= 80:  # "100% of users" -> 90%; "95%" -> 85% / 97.5%; "99.8%" -> 99.6%
            # "96%" -> 92% / 98%: past 90% a service level's easy version stays near it
            drop = 10.0 if room == 0 else min(5.0, room) if value >= 90 else min(10.0, room * 2)
            low, high = value - drop, value + room / 2
        high = min(high, 100.0)
        if high <= value:
            return low, None  # no room above it
    return low, high


def _two_digits_typed(typed: str) -> bool:
    """The figure is typed in full, digits only, with two significant ones ("1,500", "4.500",
    "15000"; not "5,000", "1,250" nor "5k")."""
    raw = typed.strip().lstrip(currency_sign_chars())
    if not raw or not all(c.isdigit() or c in ",." for c in raw):
        return False
    digits = raw.replace(",", "").replace(".", "")
    return len(digits) >= 4 and len(digits.rstrip("0")) == 2


def _plain(value: float) -> float:
    """Two significant digits ("$3,520" -> "$3,500"); whole numbers under 100."""
    if value < 100:
        return float(round(value))
    digits = int(math.floor(math.log10(value))) - 1
    return float(round(value / 10**digits) * 10**digits)


def _nice(value: float) -> float:
    """Rounded as a person would write a target: whole under 10, fives under 100, then as the
    rewrite's own suggestions are."""
    if value < 10:
        return float(round(value))
    if value < 100:
        return float(round(value / 5) * 5)
    return nice(value)


def restyled(
    typed: re.Match[str], amount: float, q: Quantity, lang: Language, score: bool = False
) -> str | None:
    """`amount` written the way the user wrote their number ("35k" -> "26k", "2 triệu" -> "1,5 triệu")."""
    raw, space, word = typed[1], typed[2], typed[3]
    scale = SCALES.get(fold(word).lower(), 1.0) if word else 1.0
    base = parse_number(raw)
    if base is None:
        return None
    shown = amount / scale
    if scale != 1.0:  # in the user's unit: "$45k" not "$43.8k", "1,5 triệu" not "1,52 triệu"
        # halves after a whole number ("5k" -> "4k", "3tr" -> "2,5tr"), quarters after a decimal
        if shown >= 10:
            shown = _nice(shown)
        else:
            halves = math.floor(shown * 2 + 0.5) / 2
            # "1tr" -> "0,75tr": halves would hit 1; "2tr5" -> "2,25tr": halves would hit 2.5
            keep = raw.isdigit() and 0 < halves != base and halves != q.value / scale
            shown = halves if keep else math.floor(shown * 4 + 0.5) / 4
    if scale == 1000 and shown < 1:
        return f"{int(_nice(amount))}{space if not word else ''}"  # "1k" -> "750", not "0.75k"
    if scale == 1e6 and shown < 1 and fold(word).lower() in ("m", "mn"):
        k = "K" if word.isupper() else "k"  # "1M" -> "750K", not "0.75M"
        return f"{int(_nice(amount / 1000))}{space}{k}"
    shown = round(shown, 2)
    style = _style(raw) or lang
    text = format_number(shown, style)
    if "," not in raw and "." not in raw and shown == int(shown):
        text = str(int(shown))  # typed without separators: "15000" stays "11000"
    elif score and (places := _decimals(raw)) and scale == 1.0 and shown == int(shown):
        # "GPA >= 3.2" -> "3.0", not "3": a score keeps the tenths the user typed
        point = "," if style == "vi" else "."
        text = f"{int(shown)}{point}{'0' * places}"
    return f"{text}{space}{word}"


def _style(raw: str) -> Language | None:
    """Which separators the user typed: "10,000" / "1.5" (en) or "10.000" / "1,5" (vi)."""
    if "," in raw and "." in raw:
        return "en" if raw.rfind(".") > raw.rfind(",") else "vi"
    separators: tuple[tuple[str, Language], ...] = ((",", "en"), (".", "vi"))
    for sep, thousands in separators:
        if sep in raw:
            groups = raw.split(sep)[1:]
            grouped = all(len(g) == 3 for g in groups)
            return thousands if grouped else ("vi" if thousands == "en" else "en")
    return None
