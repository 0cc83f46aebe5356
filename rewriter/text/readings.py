"""Everything the rules engine reads from a goal: platform, metric, quantities, times, cues."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache, partial
from itertools import islice
from typing import Any, Generic, TypeVar, overload

from rewriter.report import Direction, Language
from rewriter.text.data_files import ReadingsFile
from rewriter.text.dates import (
    BASELINE_END,
    MONTHS,
    PERIOD_ADVERBS,
    SINCE_BEFORE,
    TimeMatch,
    bare_holiday,
    end_of_month,
    event_deadline,
    read_times,
    season_ahead,
    start_cue,
)
from rewriter.text.item_bounds import item_bounds
from rewriter.text.language import detect_language
from rewriter.text.lexicon import (
    Metric,
    PhraseMatcher,
    alternation,
    canonical,
    currency_signs,
    either,
    lexicon,
    trie_pattern,
)
from rewriter.text.lexicon import _load as lexicon_data
from rewriter.text.normalize import DIGIT, PICTOGRAPHS, fold, has_vietnamese_marks
from rewriter.text.numbers import NUMBER, SCALE, SCALE_TAIL, SpelledNumbers, scaled
from rewriter.text.objects import (
    RATING,
    VERB_CATS,
    GoalObject,
    Unit,
    categories,
    domain_of,
    ends_with,
    ends_with_words,
    goal_words,
    ing_bases,
    is_area,
    is_routine_verb,
    is_verb,
    noun_use,
    of_how_many,
    read_object,
    starts_with,
    units,
    vague_cadence_re,
    whose_re,
    word_set,
    words_matcher,
    words_re,
)
from rewriter.text.shorthand import expand

_T = TypeVar("_T")


class _once(Generic[_T]):  # noqa: N801 - reads like functools.cached_property, without 3.11's lock
    """A property computed on first use and then kept on the instance."""

    def __init__(self, fn: Callable[[Any], _T]) -> None:
        self.fn, self.name = fn, fn.__name__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _once[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...
    def __get__(self, obj: object, owner: type | None = None) -> _once[_T] | _T:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


# readings kept (about 3 KB each): a large batch reads the same goal again for another row's
# context, and the checks read a rewrite several times
READ_CACHE = 16384


def _shared(fn: Callable[..., Readings]) -> Callable[..., Readings]:
    """Readings of the same arguments are computed once and shared.

    One text is read several times per goal (a rewrite by its checks, then by its defects; the
    goal by the analysis, then by the checks). A reading depends only on the arguments and is not
    changed once returned (lazy properties fill in the same values), so sharing it is safe; the
    arguments are keyed in one form, so read(t, d) and read(t, d, None) are the same reading.
    Goals and rewrites are short; a long text (over LONG_TEXT) is read afresh: memory stays small.
    """
    cached = lru_cache(maxsize=READ_CACHE)(fn)

    def read(
        text: str, today: date, language: Language | None = None, focus: bool = True
    ) -> Readings:
        if len(text) > LONG_TEXT:
            return fn(text, today, language, focus)
        return cached(text, today, language, focus)

    read.__doc__, read.cache_clear = fn.__doc__, cached.cache_clear  # type: ignore[attr-defined]
    return read


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str  # the original words


@dataclass
class Quantity:
    kind: str  # absolute | percent | ratio | range | frequency | rank | level
    value: float
    span: Span
    baseline: float | None = None  # "from A to B"
    unit: str | None = None  # "%", "$", "VND", ...
    qualifier: str | None = None  # at_least | at_most
    relative: bool = False  # "by 20%" (a change) rather than "to 20%" (a level)


@dataclass
class Readings:
    text: str
    folded: str
    language: Language
    today: date
    platform: str | None = None
    platform_span: Span | None = None
    platform_generic: bool = False
    metric: Metric | None = None
    metric_span: Span | None = None
    counted: Span | None = None  # "12 books", "5 engineers": a concrete thing to count
    race: Span | None = None  # "a 5k", "half marathon": a race to finish, not an amount
    vague_object: Span | None = None
    vague_area: bool = False  # a concrete area ("customer service"), not just an aim
    suggested_metric: str | None = None
    direction: Direction | None = None
    direction_span: Span | None = None
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeMatch] = field(default_factory=list)
    vague_quantity: Span | None = None
    vague_time: Span | None = None
    event_deadline: Span | None = None  # "before my checkup in April": due by an event
    now_clause: Span | None = None  # "..., currently at 5 cups a day": today's value, said after
    # "hien gio ban dc tam 70 ly/ngay, muon tang len": where things stand, said first, then a wish
    state_clause: Span | None = None
    purpose: Span | None = None  # "save $3,000 for a new pc build": what the money is for
    objective: Span | None = None
    # "Để đạt KPI doanh thu năm, tăng ...": what the goal is for, said before it
    reason_first: Span | None = None
    new_start: Span | None = None
    injection: Span | None = None
    goal_verb: bool = False
    chatter_only: bool = False
    chatter_start: bool = False
    question: bool = False  # "How do I write a good goal?"
    statement: bool = False  # "Instagram has two billion users."
    statement_opens: bool = False  # "Have 5k followers", "Be kinder": an order, not a fact
    listicle: bool = False  # "5 ways to grow your Instagram": a title, not a goal
    confidence: float | None = None  # self-rated, 0..1 ("8/10 confident")
    confidence_span: Span | None = None
    # "feel 7/10 ready for my viva": a feeling rated as the level to reach; no target
    self_rating: Span | None = None
    obj: GoalObject = field(default_factory=GoalObject)

    @_once
    def marked(self) -> str | None:
        """The text when it carries diacritics (phrase matches must then agree with them)."""
        return self.text if has_vietnamese_marks(self.text) else None

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    @_once
    def vague_share(self) -> Span | None:
        """A share of each period said with no size, before the period ("put some of every
        paycheck into savings", "để ra một phần lương mỗi tháng")."""
        if self.recurring is None:
            return None
        share = words_re("vague_shares").search(self.folded, 0, self.recurring.start)
        if share is None and self.metric is not None and self.metric.unit == "currency":
            # "thang nao cung bo ong heo 1 it": money put by, said after the period, close to it
            end = self.recurring.end
            share = words_re("vague_shares").search(self.folded, end, end + 32)
        return self.span(share.start(), share.end()) if share is not None else None

    @_once
    def clock_routine(self) -> Span | None:
        """A time on the clock a routine of the night or the morning keeps ("ngủ trước 12h
        đêm", "get up at 6am", "in bed before 11pm"): the routine's measure, when it has none
        other (a cadence, an amount)."""
        if self.frequency is not None:
            return None
        clock = _routine_clock(self.folded)
        return None if clock is None else self.span(clock.start(), clock.end())

    @_once
    def deadline(self) -> TimeMatch | None:
        """The goal's deadline: the first one said as a deadline ("by", "truoc"), else the first."""
        found = [t for t in self.times if t.kind == "deadline"]
        found = [t for t in found if not self.remark_period(t) and not self._sighed_period(t)]
        if found and (aim := self.target) is not None:
            # "tháng này được 50 đơn rồi, tháng sau phải 80 đơn", "tien dien thang nay 1tr8 roi,
            # phai giam xuong 1,4tr": a period said in the clause of today's figure is when it
            # was taken, not when the target is due
            todays = [
                q.span.start
                for q in self.quantities
                if q.span.end <= aim.span.start
                and (
                    self._said_as_today(q)
                    # "nam nay dc 18 tan, nam sau phai len 25 tan": this year's figure reached,
                    # then the next year's target in a clause of its own
                    or self._reached_before(q, aim)
                )
            ]
            found = [
                t
                for t in found
                if not any(
                    t.end <= at and not _CLAUSE_SEP.search(self.folded, t.end, at) for at in todays
                )
                # "We're at about 68% occupancy in winter, need more: 82% by 1 March": said
                # after today's figure, in its clause, with the target in a clause of its own
                and not (
                    # "12 booked for next summer": a period said to come is the amount's own
                    COMING_SAID.search(self.folded, t.start, t.end) is None
                    and any(
                        at < t.start
                        and not _CLAUSE_SEP.search(self.folded, at, t.start)
                        and _CLAUSE_SEP.search(self.folded, t.end, aim.span.start)
                        for at in todays
                    )
                )
            ]
        if labelled := [t for t in found if labelled_before(self.folded, t.start)]:
            # "de danh 50 cu ... truoc mua mua, han chot 30/9/2026": the date named as the
            # deadline is the goal's, whatever other time is said
            return labelled[0]
        # "tu 5 vu nam nay xuong 0 vu trong nam 2027": "trong" says the period to do it in
        cued = (
            t
            for t in found
            if cued_at(self.folded, t.start) or self.folded.startswith("trong ", t.start)
        )
        if len(found) > 1 and (aim := self.target) is not None:
            # "Nam nay ban tam on. Nam sau phai tang 30% nua": the time said in the sentence of
            # the target is the goal's; a sentence before it tells how things went
            breaks = [b.end() for b in _SENTENCE_BREAK.finditer(self.folded)]
            home = sum(1 for b in breaks if b <= aim.span.start)
            same = [t for t in found if sum(1 for b in breaks if b <= t.start) == home]
            found = same or found
        # "launch the christmas menu next week": a holiday's bare name only says which menu
        named = [t for t in found if not bare_holiday(self.folded, t)] or found
        cued = (t for t in cued if t in named)
        return next(cued, named[0] if named else None)

    def remark_period(self, t: TimeMatch) -> bool:
        """ "tiet kiem nhieu hon, thang nay tieu lo tay qua": the period now going, named with no
        cue inside a remark said after the goal, tells when things are as the remark says."""
        if (
            _remark_period().match(self.folded, t.start) is None
            or cued_at(self.folded, t.start)
            # an emoji closes a clause as a comma does ("... đều đặn hơn 🧘 năm nay lười quá")
            or (
                _REMARK_BREAK.search(self.folded, 0, t.start) is None
                and _PICTOGRAPH.search(self.folded, 0, t.start) is None
            )
            or (at := self.remark_at) is None
            or t.start < at
        ):
            return False
        # "read 2 books, this month": a period alone after the break is the goal's own
        if words_re("committing_words").search(self.folded, at, t.start) is not None:
            return False  # "... handovers. Lets make it happen this year": the goal's own time
        told = self.folded[at : t.start] + " " + self.folded[t.end :]
        return len(re.findall(r"\w+", told)) >= 2

    def _sighed_period(self, t: TimeMatch) -> bool:
        """ "Năm nay mệt quá trời, chạy show muốn xỉu 😵. Bớt nhận show lại ...", "thang nay an
        uong het 12 cu roi, phai bot lai": the period now going, named with no cue in a clause
        that only tells how things are, before the clause that wishes, is when things are so,
        not the goal's deadline."""
        if _remark_period().match(self.folded, t.start) is None or cued_at(self.folded, t.start):
            return False
        brk = next((b for b in _REMARK_BREAK.finditer(self.folded) if b.start() >= t.end), None)
        if brk is None or not (rest := self.text[brk.end() :].strip(" .!")):
            return False
        if _YEAR.search(rest):
            return False  # "did 9 deals this year, want 2027 to be a lot better": a year of its own
        # "tháng này, bán 50 đơn": a period alone before the comma is the goal's own
        told = self.folded[: t.start] + " " + self.folded[t.end : brk.start()]
        if len(re.findall(r"\w+", told)) < 2:
            return False
        before = read(self.text[: brk.start()].rstrip(), self.today, self.language)
        after = read(rest, self.today, self.language)
        if (sure := after.confidence_span) is not None and not after.folded[: sure.start].strip():
            return False  # "Be a better dad this year, 8/10 sure I can": how sure, no wish
        if before.is_goal and (
            before.intends
            or before.opens_with_verb  # "get DAU up a lot this quarter, I'm like 70% confident"
            or before.target is not None
            or not after.intends
        ):
            # "Năm nay bận quá không về quê được mấy bữa. Phải dẫn ba mẹ đi ...": a clause with
            # no wish of its own, then one that wishes, tells how things are
            return False
        return after.is_goal and (
            after.intends or after.opens_with_verb or after.direction is not None
        )

    def _around(self, q: Quantity) -> str:
        """The quantity with a few words either side, folded."""
        return self.folded[max(0, q.span.start - 14) : q.span.end + 18]

    @_once
    def recurring(self) -> TimeMatch | None:
        """A recurring period ("every week", "moi sprint"); a per-item limit is not one."""
        return next(
            (
                t
                for t in self.times
                if t.kind == "recurring" and t.period != "item" and not self._price_rate(t)
            ),
            None,
        )

    @_once
    def measure_period(self) -> Span | None:
        """A period said as one word before the noun it counts ("grow monthly recurring
        revenue", "push my weekly mileage up"): what is counted per period, not how often."""
        for t in self.times:
            if (
                t.kind == "recurring"
                and self.folded[t.start : t.end] in PERIOD_ADVERBS
                and _LETTER.match(self.folded, t.end + 1) is not None
                and self.folded[t.end : t.end + 1] == " "
            ):
                return self.span(t.start, t.end)
        return None

    def _price_rate(self, t: TimeMatch) -> bool:
        """ "hire 4 agents, ~$3k/mo each": the period a price is paid by, typed against an
        amount of money that is not the target, is no cadence of the goal."""
        aim = self.target
        return aim is not None and any(
            q.span.end == t.start
            and q.unit in MONEY_UNITS
            and _EACH_NEXT.match(self.folded, t.end) is not None
            # the target's own amount ("duoi 4 trieu/thang", "20-25tr/thang") keeps its period
            and not (q.span.start < aim.span.end and aim.span.start < q.span.end)
            for q in self.quantities
        )

    @_once
    def item_bound(self) -> TimeMatch | None:
        """A time limit each item has ("reply to every review within 24h"): a measure, no time frame."""
        return next((t for t in self.times if t.period == "item"), None)

    @_once
    def bound_reached(self) -> bool:
        """A bound the measure is moved to ("get cost per unit under 12k", "giá vốn mỗi lít phải
        xuống dưới 45k"): reached by a date, then held; "keep ... under" holds it from today."""
        q = self.target
        if q is None or q.qualifier is None:
            return False
        if words_re("bound_reach_verbs").match(self.folded):
            return True
        # "Overdraft's sitting at $210k. Want it under $150k": brought down below, then held
        return (
            _motion_to_bound().search(self.folded, max(0, q.span.start - 40), q.span.start)
            is not None
        ) or (q.qualifier == "at_most" and self.stands_above(q))

    @_once
    def per_item(self) -> Span | None:
        """A bound each item meets, said after it ("cost under $3.20 per 8oz candle", "max 16
        khach moi group tour"): like a period for a recurring target, each item is its own check."""
        q = self.target
        if q is None or q.qualifier is None:
            return None
        m = _PER_ITEM.match(self.folded, q.span.end)
        if (
            m is not None
            and not _PER_TIME.match(self.folded, m.start(2))
            # "duoi 7 mmol/L", "3,2 USD/lb": a unit's slash, not each one
            and not (m[1].startswith("/") and _SLASH_UNIT.match(self.folded, m.start(2)))
        ):
            return self.span(m.start(1), m.end())
        # "moi group tour max 16 khach": each item named first, in the bound's clause
        clause = max(self.folded.rfind(p, 0, q.span.start) for p in (",", ";", ". "))
        for b in _PER_WORD.finditer(self.folded, clause + 1, q.span.start):
            if not _PER_TIME.match(self.folded, b.end()):
                end = self.folded.find(" ", b.end() + 1)
                return self.span(b.start(), end if 0 < end < q.span.start else b.end())
        if (no := _NO_ITEM_DOES.match(self.folded)) is not None and no.end() <= q.span.start:
            # "No bid goes out under 35% gross margin": a rule every item meets as it comes
            return self.span(no.start(1), no.end(1))
        return None  # "per week", "moi thang": a period, read as one

    @_once
    def placing(self) -> Span | None:
        """A rank to reach at a named contest or in a named field ("math team top 5 at state",
        "top 3 in the regional league"): the rank and where it is held."""
        q = self.target
        if q is None or q.kind != "rank":
            return None
        m = _PLACE_AFTER.match(self.folded, q.span.end)
        if m is None and self.language == "vi" and self.folded.startswith("top", q.span.start):
            return self._field_after(q)  # "vào top 3 mỹ phẩm thuần chay tại Việt Nam"
        if m is None and (field := words_re("ranked_fields").search(self.folded, 0, q.span.start)):
            # "Sunday league lads to finish top 3": the league named first, the rank after
            return self.span(field.start(), q.span.end)
        return None if m is None else self.span(q.span.start, m.end())

    def _field_after(self, q: Quantity) -> Span | None:
        """The field a Vietnamese "top N" ranks in, named right after it: up to four words,
        before any time said and any particle ("top 3 mỹ phẩm thuần chay| trong 2 năm tới")."""
        end = q.span.end
        stops = word_set("end_particles") | word_set("addressees")
        for w in _WORD.finditer(self.folded, q.span.end):
            if (
                self.folded[end : w.start()].strip()
                or w.start() - q.span.end > 40
                or any(t.start <= w.start() < t.end for t in self.times)
                or w[0] in stops
                or categories(w[0], "vi") & {"stop", "boundary", "verb"}
            ):
                break
            end = w.end()
        return self.span(q.span.start, end) if end > q.span.end else None

    def _exam_level(self, q: Quantity) -> bool:
        """A level right after an exam sat by levels ("HSK 4", "TOPIK 3", "JLPT N2")."""
        return (
            q.kind == "absolute"
            and q.value <= 9
            and _LEVELED_EXAM_END.search(self.folded, max(0, q.span.start - 8), q.span.start)
            is not None
        )

    def _distance_in_time(self, found: list[Quantity]) -> Quantity | None:
        """A distance to cover and a time to cover it under ("run 10km under 70 min"): the
        bound on the time is the aim."""
        times = [
            q
            for q in found
            if q.qualifier == "at_most" and TIME_TYPED.match(self.folded, q.span.start)
        ]
        far = any(_DISTANCE_TYPED.fullmatch(fold(q.span.text)) for q in found if q not in times)
        return times[0] if len(times) == 1 and far else None

    def _whose_count(self, q: Quantity) -> bool:
        """A bare count right after "của" (of): whose the measure is ("của 2 đứa")."""
        return (
            self.language == "vi"
            and q.kind == "absolute"
            and q.unit is None
            and self.folded[max(0, q.span.start - 4) : q.span.start] == "cua "
        )

    def _each_items_size(self, q: Quantity) -> bool:
        """The quantity says how big each of the things is ("mỗi bể 20 khối", "each tank 20
        m3"), not how many; a period or a session after "mỗi" ("mỗi tháng 5 triệu") is a rate."""
        each = _EACH_ITEM_END.search(self.folded, max(0, q.span.start - 24), q.span.start)
        return (
            each is not None
            and each[1] not in _NOT_ITEMS
            # typed with marks, "mời" (invite) is no "mỗi" (each)
            and (
                self.marked is None or self.marked[each.start() : each.start() + 3].lower() == "mỗi"
            )
        )

    @_once
    def target(self) -> Quantity | None:
        """The quantity that states the goal's target (frequencies aside)."""
        order = _TARGET_KINDS
        found = [q for q in self.quantities if q.kind in order]
        bound = self.item_bound
        if bound is not None and (
            inside := [q for q in found if bound.start <= q.span.start < bound.end]
        ):
            found = inside  # "every donor over $500 within 48 hours": the limit is the target
        if (state := self.state_clause) is not None:
            found = [q for q in found if q.span.start >= state.end]
        # "knock out a big chunk of the $2k on my card": the amount is the whole; the part to
        # reach is unsaid
        found = [q for q in found if not self._portion_before(q) is not None]
        if found and (told := self._told_before_wish()) is not None:
            # "Hôm qua mới ký đc 1 hđ nhỏ hihi 🥳. Tuần sau e phải sơn lại xong phòng ngủ": the
            # numbers of what happened, told first, are none of the goal's
            found = [q for q in found if q.span.start >= told]
        if found and (told := self.told_after_wish) is not None:
            # "strting monday I'm doing yoga!! found a mat on FB Marketplace for $15": what was
            # found, told in a sentence after the goal, is no amount of the goal's
            found = [q for q in found if q.span.start < told]
        if len(found) > 1 and (whose := [q for q in found if self._whose_count(q)]):
            # "giảm tiền học thêm của 2 đứa xuống dưới 3tr": whose it is, counted, is no target
            found = [q for q in found if q not in whose] or found
        if len(found) > 1 and (each := [q for q in found if self._each_items_size(q)]):
            # "Xây xong 8 bể ương mới, mỗi bể 20 khối": the size of each is a spec of the job;
            # the count of them is the target
            found = [q for q in found if q not in each] or found
        if len(found) > 1 and (levels := [q for q in found if self._exam_level(q)]):
            # "thi HSK 4 đạt từ 240 điểm trở lên": the level names the exam; the score is the aim
            found = [q for q in found if q not in levels] or found
        if len(found) > 1 and (paced := self._distance_in_time(found)) is not None:
            found = [paced]  # "chay xong 10km duoi 70p": the distance is the run, the time its aim
        if len(found) > 1 and (times := [q for q in found if q.unit == "duration"]):
            found = (
                times  # "chay 10km duoi 55:30": the distance names the race, the time is the aim
            )
        if len(found) > 1 and (ages := [q for q in found if _AGE_DEFINED.search(self._around(q))]):
            # "aged used inventory (60+ days) under 10 units", "tickets older than 30 days under
            # 5": the age says which items count; the bound on them is the target
            found = [q for q in found if q not in ages] or found
        if (
            len(found) > 1
            and (later := [q for q in found if not self._now_in_its_sentence(q, found)])
            and len(later) < len(found)
        ):
            # "My app has 1,200 paying users right now. I want 3,000 by ...": the figure of a
            # sentence that says it is today's is where things stand; the next one is the goal
            found = later
        # "Launch the cashback campaign with N5m budget on 10/12": the budget it is done with is
        # a spec of the deed, no amount to reach
        found = [q for q in found if not self._budget_spec(q)]
        if len(found) > 1 and (means := [q for q in found if self._means_spent(q, found)]):
            # "Use the $10k ads budget to hit 5k followers", "dùng 10tr chạy ads để đạt 5k
            # follow": the money is the means; what it is used for holds the target
            found = [q for q in found if q not in means] or found
        if len(found) > 1 and (years := [q for q in found if self._year_like(q)]):
            # "thi thpt 2027 dat 27d": the year names the exam; the score is the target
            found = [q for q in found if q not in years] or found
        o = self.obj
        if (
            len(found) > 1
            and o.start is not None
            # "Cố giữ tiền phân bón cho 5 ha không quá 150 củ": a measure kept, named first
            and (
                (o.head_measure and o.verb is None and not self.folded[: o.start].strip())
                or self.direction == "maintain"
            )
            and (bounded := [q for q in found if q.qualifier in ("at_most", "at_least")])
            # the bound closes the goal, after what the measure covers
            and all(q.span.start < bounded[0].span.start for q in found if q not in bounded)
        ):
            # "Chi phí phân bón cho 2 nhà kính không quá 4,5 triệu": the measure named first,
            # then what it covers; the bound on it is the target
            found = bounded
        if (
            len(found) > 1
            and len(bounded := [q for q in found if q.qualifier is not None]) == 1
            and (brk := _SENTENCE_BREAK.search(self.folded, 0, bounded[0].span.start)) is not None
            and all(q.span.start < brk.start() for q in found if q is not bounded[0])
        ):
            # "Tháng nào cũng hết gần 20 triệu tiền cám. Cố giữ dưới 15 triệu một tháng.": how
            # it goes, said first, then the bound to keep in a sentence of its own
            found = bounded
        best = min(found, key=lambda q: order.index(q.kind), default=None)
        if (
            best is not None
            and not self._said_as_today(best)
            and (
                after := [
                    q
                    for q in found
                    if q.kind == best.kind
                    and q.span.start > best.span.end
                    and q.unit == best.unit
                    and _TO_LEVEL_END.search(self.folded, max(0, q.span.start - 12), q.span.start)
                ]
            )
            and goal_words().intent_re.search(
                self.folded[best.span.end : after[0].span.start],
                self.marked[best.span.end : after[0].span.start] if self.marked else None,
            )
            and not any(q.kind == best.kind and q.span.start > after[0].span.end for q in found)
        ):
            # "nam nay dc 18 tan, nam sau phai len 25 tan", "mới có 38% ... Mục tiêu là 60%":
            # where it is, then a wish to take it to the later number, the last one said
            return after[0]
        if (
            best is not None
            and (
                later := [q for q in found if q.kind == best.kind and q.span.start > best.span.end]
            )
            and self._reached_before(best, later[0])
        ):
            # "tháng này được 50 đơn, tháng sau phải 80 đơn": the amount reached, then in a
            # clause of its own the one wished for
            return later[0]
        if best is not None and (now := self._said_as_today(best)):
            # "we're at 120 members, want 200 by June": today's value first, the target after
            later = [q for q in found if q.kind == best.kind and q.span.start > best.span.end]
            if not later and (
                self._moves_besides(best)
                # "Avg MPG from 6.1": where it starts, said last
                or (self._from_cue(best) is not None and self._start_closes(best))
                # "Right now I get like 40 inquiries a month ... Want 60 a month by June": the
                # rate wished after today's is the target, said as a rate
                or (
                    now == "now"
                    and any(
                        q.kind == "frequency" and q.span.start > best.span.end
                        for q in self.quantities
                    )
                )
            ):
                # "... sitting at 9,400 households and I want to grow them", "giảm khách bom
                # hàng, giờ đang tầm 15 đơn/tuần": where it stands, and a move with no number
                return None
            if (
                later
                and (
                    now == "now"  # "X is 500, up from 300": "is" alone names no today
                    # "sickness absence is 6.2%, need it way lower: 5%": a wish between them
                    or goal_words().intent_re.search(
                        self.folded[best.span.end : later[0].span.start],
                        self.marked[best.span.end : later[0].span.start] if self.marked else None,
                    )
                )
            ):
                best = later[0]
        if best is not None and best.kind == "absolute":
            each = [
                q
                for q in found
                if q.kind == "absolute"
                and q is not best
                and (
                    each_cue := _PER_ITEM_END.search(
                        self.folded, max(0, q.span.start - 28), q.span.start
                    )
                )
                and not self._new_not_each(each_cue.start(1))
            ]
            if each:
                return each[0]  # "cho 2 dua nho, moi dua gui 500 nghin": what each one gets
        return best

    def _portion_before(self, q: Quantity) -> re.Match[str] | None:
        """The vague part said before `q` when `q` is the whole it is a part of ("a big chunk of
        the $2k", "mot phan cua khoan no 50tr"), a few words between."""
        return _vague_portion_end().search(self.folded, max(0, q.span.start - 48), q.span.start)

    @_once
    def quality_had(self) -> Span | None:
        """A vague quality the goal's thing is to have ("d band to have a better vibe", "lam cho
        kenh co vibe rieng", "make the shop have a cozier feel"): what is wished, with nothing
        to count; from the thing to the quality."""
        o = self.obj
        if o.start is None or o.end is None or self.target is not None or self.metric is not None:
            return None
        # "d band| to have a better vibe", or the object read as the having itself ("our insta
        # to |have a better vibe|")
        # ("get the department's| vibe back": the verb a few words before the thing)
        m = _had_quality().search(self.folded, max(0, o.start - 32))
        if m is None or m.start() - o.end > 16:
            return None
        return self.span(min(o.start, m.start()), m.end())

    @_once
    def vague_portion(self) -> Span | None:
        """The vague part of a whole amount the goal aims at ("a big chunk of| the $2k")."""
        for q in self.quantities:
            if (m := self._portion_before(q)) is not None:
                return self.span(m.start(), m.start() + len(m[1]))
        return None

    def _new_not_each(self, at: int) -> bool:
        """The "moi" at `at` is "mới" (new), not "mỗi" (each): typed so, or, unmarked, right
        after a count and what it counts ("chot them 10 hv moi goi 24 buoi")."""
        if not self.folded.startswith("moi", at):
            return False
        if self.marked is not None:
            return self.marked[at : at + 3].lower() != "mỗi"
        return _COUNT_AND_NOUN_END.search(self.folded, max(0, at - 24), at) is not None

    def _year_like(self, q: Quantity) -> bool:
        """A bare number that is a year near today ("2027"), not an amount."""
        return (
            q.kind == "absolute"
            and q.unit is None
            and q.qualifier is None
            and q.value.is_integer()
            and self.today.year - 5 <= q.value <= self.today.year + 10
            and q.span.text.isdigit()
        )

    @property
    def asks(self) -> bool:
        """The text ends with a question mark, before any emoji typed after it ("... được không
        mọi người? 🥥")."""
        return _ASKS_END.search(self.text) is not None

    @_once
    def today_said(self) -> bool:
        """Today's value is said before its number ("we're at 120 members, want 200")."""
        return any(self._said_as_today(q) for q in self.quantities)

    @_once
    def letter_grade(self) -> Span | None:
        """A letter grade to reach ("get an A in AP Calc", "at least a B+", "đạt điểm A môn
        ..."): a score anyone can check, with no number."""
        m = _LETTER_GRADE.search(self.folded) or _WORD_GRADE.search(self.folded)
        if m is None:
            return None
        return Span(m.start(1), m.end(1), self.text[m.start(1) : m.end(1)])

    def _budget_spec(self, q: Quantity) -> bool:
        """`q` is money said as the budget a deed is done with ("with N5m budget", "with a
        $2k budget")."""
        return (
            q.unit in MONEY_UNITS
            and _WITH_A_END.search(self.folded, max(0, q.span.start - 12), q.span.start) is not None
            and _BUDGET_NEXT.match(self.folded, q.span.end) is not None
        )

    def _means_spent(self, q: Quantity, found: list[Quantity]) -> bool:
        """`q` is money said after a verb of using it, opening the goal, with a "to"/"để" and
        another amount after it ("Use the $10k ads budget| to hit 5k followers")."""
        if q.unit not in MONEY_UNITS:
            return False
        if _means_opens().match(self.folded[: q.span.start]) is None:
            return False
        purpose = _PURPOSE_NEXT.search(self.folded, q.span.end)
        return purpose is not None and any(
            o is not q and o.span.start > purpose.start() for o in found
        )

    @_once
    def today_only(self) -> Quantity | None:
        """Where things stand today, when it is said and no number to reach is ("nursing
        applications are sitting at 340, need to push that up")."""
        if self.target is not None:
            return None
        state = self.state_clause
        said = [
            q
            for q in self.quantities
            if q.kind in _TARGET_KINDS
            and (
                self._said_as_today(q)
                or (state is not None and q.span.start < state.end)
                or self._portion_before(q) is not None
            )
        ]
        cued = [q for q in said if self.today_cued(q)]
        if len(said) > 1 and len(cued) == 1 and not _AGE_NEXT.match(self.folded, cued[0].span.end):
            # "Kenh co 3 series, series X dang dc tam 5k view/tap": the figure said as today's
            # ("đang", "currently") is where it stands; the other only counts what there is
            return cued[0]
        # "con 4 thang duoc 6.2kg": an age or a time gone by says whose, not where it stands
        return next((q for q in said if not _AGE_NEXT.match(self.folded, q.span.end)), None) or (
            said[0] if said else None
        )

    @_once
    def baseline_from(self) -> Quantity | None:
        """Today's amount said as where a move starts, with no number to reach ("grow our win
        rate from 18%", "tang ty le chot don tu 12%"): the target goes right after it."""
        q = self.today_only
        if q is None or self._from_cue(q) is None:
            return None
        # "more kids from our 3 feeder middle schools": where they come from, counted, names
        # the places; no figure a move starts from
        after = self.folded[q.span.end :].split()[:3]
        places = word_set("whole_places")
        if any(w in places or w.rstrip("s") in places for w in after):
            return None
        return q

    def _from_cue(self, q: Quantity) -> re.Match[str] | None:
        """ "from" (or "từ") right before the number `q`, a word or two between ("from this
        year's 18%")."""
        return _FROM_END.search(self.folded, max(0, q.span.start - 40), q.span.start)

    def reached_first(self) -> bool:
        """An amount reached is said before the target, in a clause of its own ("tháng này
        được 50 đơn, tháng sau phải 80 đơn"): where things stand is given."""
        aim = self.target
        return aim is not None and any(self._reached_before(q, aim) for q in self.quantities)

    def _reached_before(self, q: Quantity, aim: Quantity) -> bool:
        """`q` is an amount reached ("được 50 đơn"), said before the target `aim` and apart from
        it, with a wish between ("..., tháng sau phải 80 đơn")."""
        return (
            q.span.end <= aim.span.start
            and _achieved_end().search(self.folded, max(0, q.span.start - 24), q.span.start)
            is not None
            and _CLAUSE_SEP.search(self.folded, q.span.end, aim.span.start) is not None
            and goal_words().intent_re.search(
                self.folded[q.span.end : aim.span.start],
                self.marked[q.span.end : aim.span.start] if self.marked else None,
            )
            is not None
        )

    def _now_in_its_sentence(self, q: Quantity, others: list[Quantity]) -> bool:
        """`q`'s sentence ends with a word of today ("... right now.") before any other amount
        is said ("I want 3,000 ...")."""
        stop = _SENTENCE_STOP.search(self.folded, q.span.end)
        end = stop.start() if stop is not None else len(self.folded)
        return (
            stop is not None
            and all(o is q or o.span.start >= stop.end() for o in others)
            and _now_last_re().search(self.folded, q.span.end, end) is not None
        )

    def stands_above(self, q: Quantity) -> bool:
        """Today's figure, said before the bound `q`, is above it ("Overdraft's sitting at
        $210k. Want it under $150k"): a level to bring it down to, not one already held."""
        return q.value > 0 and any(  # "từ giờ không để ... lần nào nữa": none, from today
            x.span.end <= q.span.start
            and x.unit == q.unit
            and x.value > q.value
            and _today_cue(self.folded, self.marked, x.span.start) is not None
            for x in self.quantities
        )

    def _said_as_today(self, q: Quantity) -> str | None:
        """How the number `q` is said to be today's: see _today_cue; "now" too when a word
        after it says it is already so ("đã bán 200 cái rồi, ...")."""
        if _already_next().match(self.folded, q.span.end):
            return "now"
        if self._told_of_period_gone(q):
            return "now"  # "thang 10 chot dc co 1 can, thang nay phai hon": the figure to beat
        if (
            q.qualifier is None
            and q.kind in ("absolute", "percent")
            and (cue := self._from_cue(q))
            # "giam loi sai chung tu 20%": unmarked, "tu" is as often a word's last part
            and (
                cue[0].startswith("from")
                or (self.marked is not None and self.marked[cue.start() : cue.start() + 2] == "từ")
            )
            and (
                self._moves_besides(q)
                # "Avg MPG from 6.1", "NPS from 32": where it starts closes the note
                or self._start_closes(q)
            )
        ):
            # "grow our win rate from this year's 18%", "tang ty le chot don tu 12%": where the
            # move starts, with no "to"; a move "from A to B" was read as one range before
            return "now"
        return _today_cue(self.folded, self.marked, q.span.start)

    def _start_closes(self, q: Quantity) -> bool:
        """Nothing but what the measure covers follows the number `q` ("Avg MPG from 6.1 on
        the 2019 Volvos."): no amount to reach, no move, after it."""
        rest = self.folded[q.span.end :]
        if rest.strip(" .!") and _COVERS_NEXT.match(rest) is None:
            return False
        return not any(
            x.span.start >= q.span.end and x.kind in _TARGET_KINDS for x in self.quantities
        ) and not lexicon().direction_re.search(
            rest, self.marked[q.span.end :] if self.marked else None
        )

    def _told_of_period_gone(self, q: Quantity) -> bool:
        """The number `q` is what a period gone came to, in a clause of its own before the goal
        ("tháng trước bán được 40 cái, tháng này phải 60 cái", "last month we sold 40, ...")."""
        brk = _PUNCT_BREAK.search(self.folded, q.span.end)
        if brk is None or not self.folded[brk.end() :].strip(" .!?"):
            return False  # nothing said after it: the period gone is all there is
        if any(q.span.end <= x.span.start < brk.start() for x in self.quantities):
            return False  # "Vượt doanh số tháng trước (920tr) ít nhất 10%, ...": the goal's clause
        if words_re("figure_referents").search(self.folded, brk.end()):
            return False  # "..., nam nay muon vuot con so do": that figure is the bar to beat
        d = self.direction_span
        return q.qualifier is None and any(
            t.kind == "past"
            # the period said in the number's clause, before it or after it ("we sold 40
            # boxes in november, ...")
            and (
                (
                    t.end <= q.span.start
                    and not _PUNCT_BREAK.search(self.folded, t.end, q.span.start)
                )
                or (q.span.end <= t.start < brk.start())
            )
            # "Vượt doanh số tháng trước ...": a move said before the period compares against it
            and not (
                d is not None
                and d.start < t.start
                and not _PUNCT_BREAK.search(self.folded, d.end, t.start)
            )
            for t in self.times
        )

    def today_cued(self, q: Quantity) -> bool:
        """A word right before the number `q` says it is today's ("đang", "currently")."""
        return _today_cue(self.folded, self.marked, q.span.start) is not None

    def said_as_today(self, q: Quantity) -> bool:
        """The number `q` is said to be today's ("is 6.2%", "currently 9", "đang 40%")."""
        return self._said_as_today(q) is not None

    def _moves_besides(self, q: Quantity) -> bool:
        """A word of change before or after the number `q` ("get the eNPS up, last survey it
        was 12", "... need it way lower")."""
        folded, marked, at = self.folded, self.marked, q.span.start
        if words_re("now_moves").search(folded[:at] + " " + folded[q.span.end :]):
            return True
        lex = lexicon()
        # before the number only a move up or down counts: "close out all open audit findings
        # (currently 17)" closes all of them
        return self._moves_after(q.span.end) or any(
            lex.directions.get(m[0]) in ("increase", "decrease")
            for m in lex.direction_re.finditer(folded[:at], marked[:at] if marked else None)
        )

    def _moves_after(self, at: int) -> bool:
        """A word of change after `at` ("... and I want to grow them"): what came before is today's."""
        return (
            lexicon().direction_re.search(
                self.folded[at:], self.marked[at:] if self.marked else None
            )
            is not None
        )

    @_once
    def frequency(self) -> Quantity | None:
        found = [q for q in self.quantities if q.kind == "frequency"]
        if (
            len(found) == 2
            and self._from_cue(found[0]) is not None
            and _TO_NEXT_LEVEL.search(self.folded, 0, found[1].span.start) is not None
        ):
            # "from 6 per month to max 1 per month": today's rate, then the one to reach
            return found[1]
        if len(found) >= 2 and self._said_as_today(found[0]):
            # "my screen time is like 9 hrs a day. keeping tiktok under 1 hr a day": today's
            # rate said first, the one to keep after it
            ahead = [q for q in found[1:] if not self._said_as_today(q)]
            if ahead:
                return ahead[0]
        return found[0] if found else None

    @_once
    def intends(self) -> bool:
        """The text says it is an intention ("we need", "muon", "muc tieu")."""
        return self._intends_before(len(self.folded))

    @_once
    def title(self) -> bool:
        """A short document title ("Q4 Marketing Plan", "Ke hoach kinh doanh 2027"), no verb."""
        words = goal_words()
        if (
            self.language == "vi"
            and (
                words_re("howto_openers").match(self.folded)
                # "Mẫu thông báo cắt nước ...": a template's name, typed with its marks
                or (self.marked is not None and _template_opens().match(self.marked.lower()))
            )
            and not self.asks
            # "hướng dẫn 3 học viên bảo vệ luận văn": guiding people, not a how-to
            and not _GUIDES_PEOPLE.match(self.folded)
        ):
            return True  # "Cách viết content bán hàng chuẩn SEO 2026": a how-to's title
        if (
            self.language == "vi"
            and (m := words.title_re.search(self.folded, self.marked)) is not None
            and m.start() == 0
            and canonical(m.group(0)) not in word_set("title_words_verbs_vi")
            # "Ke hoach chu nhiem lop 11A3 nam hoc 2026-2027": longer with a period and no move
            and len(self.folded.split())
            <= (10 if self.target is None and not self.direction else 7)
            and not _PUNCT_INSIDE.search(self.folded)
            # "Ke hoach tang doanh thu 20%": what a plan is for, with its number, is a goal
            and (self.target is None or not self.direction)
        ):
            # "Ke hoach tuyen sinh he 2027", "Thực đơn tuần 2 tháng 12": the document's name,
            # head first; its numbers name the period
            return True
        parts = _TITLE_DASH.split(self.folded)
        tail = parts[-1].strip(" .") if len(parts) == 2 else ""
        if (
            (m := words.title_re.search(tail)) is not None
            # the title word is the tail's head: last in English, first in Vietnamese
            # ("... - 2027 Season Plan", "... – Danh sach bai duoc nhan")
            and (m.end() == len(tail) or (self.language == "vi" and m.start() == 0))
            and len(tail.split()) <= (6 if self.language == "vi" else 4)
            # "Hội thảo khoa học ...": a noun's "học" is no verb of the name
            and not lexicon().goal_verb_re.search(_without_nouns(parts[0]))
        ):
            # "Summer Retreat 2027 – planning doc", "Greenfield Community Garden - 2027 Season
            # Plan": what the document is, said after its name
            return True
        if self.direction:
            return False
        if (
            self.language == "en"
            and self.obj.verb is None
            and self.target is None
            and not self.intends
            and not words_re("now_moves").search(self.folded)  # "Q2 Customer Churn Down"
            and 3 <= len(self.text.split()) <= 6
            and _PERIOD_NAME.search(self.folded)
            # the first word's case says nothing (a rewrite capitalises it; the title stays one)
            and all(w[:1].isupper() or w[:1].isdigit() for w in self.text.split()[1:])
        ):
            return True  # "Q1 Security Awareness Calendar": a period and a name, all capitals
        if self.target is not None and not self._year_like(self.target):
            return False  # most goals have a number ("Volunteer Handbook 2026" names its year)
        head = parts[0]  # "Weekly Planning Doc – Week 49"
        if len(head.split()) > 6:
            return False
        if tail and _said_as_goal(
            read(self.text[len(self.text) - len(tail) :], self.today, self.language)
        ):
            return False  # "Q1 OKR — KR2: online booking live on our website": a label, a goal
        m = words.title_re.search(head, self.marked)
        if m is None or (self.obj.verb not in (None, m[0]) and not _title_cased(self.text)):
            return False  # "Harvest Festival Volunteer Handbook 2026": in a headline, a noun
        # the title word is the head: last in English, first in Vietnamese
        rest = head[m.end() :] if self.language == "en" else head[: m.start()]
        if (
            self.language == "en"
            and _title_cased(self.text)
            and _TITLE_OF.match(rest)
            and not lexicon().goal_verb_re.search(head[: m.start()])
        ):
            return True  # "The Ultimate Guide to Marathon Training": the head, then its subject
        return not _LETTER.search(_PERIOD_NAME.sub("", rest))

    @_once
    def offline(self) -> bool:
        """The goal is done in person ("face to face visits", "gặp mặt khách"): no channel's."""
        return words_re("offline_cues").search(self.folded) is not None

    @_once
    def domain(self) -> str:
        """The goal's field (marketing, sales, ..., personal): see objects.domain_of."""
        metric = self.metric or (
            lexicon().metrics.get(self.suggested_metric) if self.suggested_metric else None
        )
        if metric is None and self.platform and not self.platform_generic:
            metric = lexicon().metrics.get("followers")  # "be better at TikTok": a channel's field
        # a vague word still says its field ("khan gia" is an audience: marketing)
        folded = self.folded
        if self.injection is not None:  # words aimed at the model say nothing of the goal's field
            folded = (
                folded[: self.injection.start]
                + " " * (self.injection.end - self.injection.start)
                + folded[self.injection.end :]
            )
        return domain_of(folded, self.marked, metric.type if metric else None)

    @_once
    def personal(self) -> bool:
        """A goal for oneself (health, learning, a person's money), not for a business."""
        words = goal_words()
        if self.domain in words.words.personal_domains:
            return True
        if _FIRST_PERSON.search(self.folded) and not words.team_re.search(self.folded, self.marked):
            return True  # "scan 2,000 old family slides for my kids", "toi muon ...": one's own
        return self.domain == "finance" and not (
            words.team_re.search(self.folded, self.marked)
            or words.business_money_re.search(self.folded, self.marked)
        )

    @_once
    def date_ahead(self) -> bool:
        """Some date the text names is still to come, cued as a deadline or not."""
        return any(t.deadline is not None and t.deadline > self.today for t in self.times)

    @_once
    def past_fact(self) -> bool:
        """A report of what happened: a past time or a past-tense verb, and no intention."""
        words = goal_words()
        if (
            self.language == "en"
            and _HAPPENED_AGAIN.search(self.folded)
            and not self.opens_with_verb
            and not (self.due_ahead or self.cued_deadline)
            and (
                (
                    (did := _subject_did(self.folded, True)) is not None
                    and not _FIRST_PERSON.search(self.folded, 0, did.start())
                )
                # "the auditorium booking system double-booked us ... AGAIN, so over it"
                or words.news_re.search(self.folded, self.marked) is not None
                # "Last month the rental go up again sia": a time gone first, then what
                # happened again, however the verb is spelt, and nothing wanted
                or (
                    any(t.kind == "past" and not self.folded[: t.start].strip() for t in self.times)
                    and not self.intends
                )
            )
        ):
            # "couple just moved their date for the 3rd time and now want the deposit back":
            # what someone else did again, and what they want, told as a gripe
            return True
        if (
            self.language == "en"
            and any(t.kind == "past" and not self.folded[: t.start].strip() for t in self.times)
            and not (self.intends or self.opens_with_verb or self.due_ahead or self.cued_deadline)
            and self.target is None
            and self.direction is None
            and words_re("sigh_tails").search(self.folded) is not None
        ):
            # "Last quarter our burn rate damn high lah, investors also not happy with us": a
            # time gone first, how it was, and who is unhappy: told, nothing wanted
            return True
        # "hôm nay ...", "hom qua ...": what the day brought, unless a date still to come is named
        day = _VI_DAY_OPENS.match(self.folded) if self.language == "vi" else None
        if day is not None and day[1] == "qua" and not self.date_ahead:
            return True  # "hom qua cong truong mat dien, phai hoan ...": what had to be, yesterday
        if day is not None and not self.date_ahead and _SO_HAD_TO.search(self.folded):
            # "Hôm nay bé út bị sốt nên tôi phải xin nghỉ dạy một buổi": what befell today, then
            # what it made one do
            return True
        if (
            self.intends
            or self._moves_it_last()
            or self._begins_ahead()
            or self._dated_first()
            or self._headline_first()
            # "doanh thu ca nhan dat 80tr trong thag 10/2026 nha": asked of someone, not told
            or (
                self.language == "vi"
                and _request_end().search(self.folded) is not None
                and words.done_re.search(self.folded, self.marked) is None
                and _VI_ALREADY_HAD.search(self.folded) is None
            )
        ):
            # "ads fb ton qua, thang truoc 12tr, cat bot lai": the past told, then the aim
            return False
        if (
            self.language == "vi"
            and _ENOUGH_END.search(self.folded)
            and not any(t.kind == "past" for t in self.times)
        ):
            return False  # "quán đông khách hơn chút là vui rồi": what would be enough, wished
        if (
            self.language == "vi"
            and (again := _VI_AGAIN.search(self.folded)) is not None
            and (self.marked is None or self.marked[again.start() : again.end()].lower() == "hoài")
            and self.target is None
            and self.vague_quantity is None  # "di hoc day du hon, nghi j nghi hoai": a wish first
            and not (self.due_ahead or self.cued_deadline)
            and not self._dated_first(again.start())
            and not self._wanted_soon_before(again.start())
        ):
            return True  # "shipper giao trễ hoài, khách chửi quán": what keeps happening, a gripe
        if self.language == "en" and _BEEN_DOING.match(self.folded):
            return True  # "been sleeping like 4 hrs a night since the baby came": how it has gone
        if (
            self.language == "en"
            and not self.opens_with_verb
            and _SUBJECT_BEEN_DOING.match(self.folded)
        ):
            return True  # "freight costs been eatin us alive since summer": how it has gone
        if (
            (
                words.report_re.search(self.folded, self.marked)
                # without amounts the text differs only when it has some
                or (self.quantities and words.report_re.search(*self._numberless()))
            )
            and not self.cued_deadline
            and not self.opens_with_verb
        ):
            # "Doanh thu thang 10 dat 1,8 ty, vuot ke hoach 12%", "... vuot 15% ke hoach": a report
            return True
        if (
            self.language == "en"
            and (was := _WAS.search(self.folded))
            and not was[1]  # "Finish the report that was due on 15 November": an order
            # "get my cert, was supposed to be done by sept": an order, then its missed date
            and not (self.opens_with_verb and _CLAUSE_SEP.search(self.folded, 0, was.start()))
            and not self._missed_aim_open()
            and self.times
            # "Gift Aid claims were a nightmare last quarter": a period named as gone counts too
            and all(
                t.kind == "past" or (t.deadline is not None and t.deadline < self.today)
                for t in self.times
            )
        ):
            return True  # "Purchase price variance for Q3 2026 was -1.8%": said of a period gone
        pasts = [t for t in self.times if t.kind == "past"]
        if pasts and any(
            t.kind == "deadline"
            and t.deadline
            and t.deadline >= self.today
            and (clause := self.folded.rfind(",", 0, t.start)) > p.end
            and any(q.span.start > clause for q in self.quantities)
            for t in self.times
            for p in pasts
        ):
            return False  # "nam ngoai tuyen duoc 40 nguoi, nam nay tuyen 60": the past is the bar
        # a named period already over and not said as a deadline ("Nam 2025 cong ty tuyen duoc 40 nguoi")
        over = any(
            t.kind == "deadline"
            and t.deadline
            and t.deadline < self.today
            and not cued_at(self.folded, t.start)
            for t in self.times
        )
        past_time = (
            over
            # "lam an kha hon nam ngoai": last year is the yardstick, not when it happened
            or any(
                t.kind == "past" and not _THAN_END.search(self.folded, 0, t.start)
                for t in self.times
            )
            or (
                self.statement
                # "..., hien tai dang la 22 ty": today's figure said after the goal dates no fact
                and words.present_re.search(
                    self.folded[: self.now_clause.start] if self.now_clause else self.folded,
                    self.marked,
                )
                is not None
            )
        )
        past_verb = (
            self.language == "en"
            and (did := words.past_re.search(self.folded) or _subject_did(self.folded)) is not None
            # "ramp the new hires faster than the last cohort did": what was done is the yardstick
            and not _YARDSTICK_END.search(self.folded, 0, did.start())
        ) or (
            self.language == "vi"
            and (
                (
                    _ends_with(self.folded, self.marked, words.done_re)
                    # "..., vo sap sinh em be roi": "sắp ... rồi" says it is about to happen
                    and _about_to_end().search(self.folded) is None
                    # "lua tot hon vu roi": the crop gone is the yardstick, nothing done
                    and not any(
                        t.kind == "past"
                        and t.end == len(self.folded.rstrip(" .!"))
                        and _THAN_END.search(self.folded, 0, t.start)
                        for t in self.times
                    )
                )
                or (
                    self.marked is not None
                    and words.vi_past_re.search(self.folded, self.marked) is not None
                )
                # "chuyen vua roi duoc 8 tan": "vừa rồi" reads the same typed without marks
                or words_re("vi_past_plain").search(self.folded) is not None
            )
        )
        if (
            self.language == "vi"
            and _VI_CAME_TO.search(self.folded)
            and (
                _opens_with(words.vi_now_re, self)
                or (month := _PAST_MONTH_OPENS.match(self.folded))
                and 1 <= self.today.month - int(month[1]) <= 3
                or (month := _PAST_MONTH.search(self.folded))
                and 1 <= self.today.month - int(month[1]) <= 3  # just gone; "thang 1" is ahead
                and (had := _VI_CAME_TO.search(self.folded, month.end())) is not None
                and any(q.span.start >= had.end() for q in self.quantities)
                or any(t.kind == "past" and not self.folded[: t.start].strip() for t in self.times)
            )
        ):
            return True  # "Sang nay chay duoc 8km", "Thang 10 minh dich duoc 95.000 chu": what was done
        if (
            self.language == "vi"
            and _opens_with(words.vi_now_re, self)
            and not self.direction
            and self.target is not None
        ):
            return True  # "gio minh nang 72kg": where it stands now
        if self.language == "vi" and _HAD_DONE.search(
            # "..., tu tin dc 70% r": how sure one is, said "rồi", is no deed done
            self.folded
            if (c := self.confidence_span) is None
            else mask(self.folded, c.start, c.end)
        ):
            return True  # "thang nay chot dc 6 xe r, con 2 chiec chua ai hoi": done already
        if (
            self.language == "vi"
            and self.target is None
            # "ngu du 7 tieng moi dem, ... met qua": a routine, then a sigh, is still a goal
            and self.frequency is None
            and self.self_rating is None  # "stress xuống 4/10 thôi, ... mệt quá": a level to reach
            and not self.due_ahead
            # "tuan sau di kham lung, ngoi xe nhieu dau qua": a deed on a day ahead, then why
            and not self._deed_on_a_day_ahead()
            # "hoan thanh khoa tieng Han trong nam sau, chac 6/10 thoi vi tang ca nhieu qua": an
            # order with its time ahead, then why it is hard
            and not (
                self.opens_with_verb
                and (t := self.deadline) is not None
                and t.deadline is not None
                and t.deadline > self.today
            )
            and (
                sighed := _EXCLAIMED.search(self.marked if self.marked is not None else self.folded)
            )
            and not self._wanted_soon_before(sighed.start())
        ):
            return True  # "nam nay troi nang qua, tom chet nhieu": a complaint, no aim
        if (
            self.language == "vi"
            and _opens_with(words.vi_now_re, self)
            and _JUST_DONE.search(self.folded)
            and self.target is None
            and not self.due_ahead
        ):
            return True  # "Hom nay ba moi phun thuoc xong het ruong": what was just done today
        if (
            self.language == "vi"
            and _NOW_PERIOD_OPENS.match(self.folded)
            and _VI_DONE_WORD.search(self.folded)
            and self.target is not None
            and not self.due_ahead
        ):
            return True  # "thang nay da chot dc 3 can ho", "thang nay kiem dc 9tr, chi het 7tr r"
        if (
            self.language == "vi"
            and _NOW_PERIOD_OPENS.match(self.folded)
            and self.target is not None
            and _VI_AMOUNT_HAD.search(self.folded, 0, self.target.span.end)
            and self.direction not in ("increase", "decrease")
            and not self.due_ahead
            and not self.cued_deadline
        ):
            # "thang nay tien mua vai het 35 trieu",
            # "Năm nay lớp 9A có 12/35 em đỗ": what the running period has come to, no aim
            return True
        if (
            self.language == "vi"
            and any(t.kind == "past" for t in self.times)
            and _VI_GOT_N.search(self.folded)
            and not self.due_ahead
        ):
            return True  # "chot so hom qua dc 3tr2 doanh thu, hoi it": what yesterday came to
        if (
            self.language == "vi"
            and _NOW_PERIOD_OPENS.match(self.folded)
            and _VI_HAD.search(self.folded)
            and _THAN_BEFORE.search(self.folded)
            and self.target is not None
            and not self.cued_deadline
        ):
            # "Nam nay lai duoc 600 trieu, cao hon nam ngoai 20%": this year's result, compared
            return True
        if (
            self.language == "vi"
            and _NOW_PERIOD_OPENS.match(self.folded)
            and self.target is not None
            and self.direction not in ("increase", "decrease")
            and not (self.due_ahead or self.cued_deadline)
            and (
                words.fortune_re.search(self.folded, self.marked) is not None
                or (
                    _VI_GOT_N.search(self.folded) is not None
                    and (
                        words.news_re.search(self.folded, self.marked) is not None
                        or _EXCLAIMED.search(
                            self.marked if self.marked is not None else self.folded
                        )
                        is not None
                    )
                )
            )
        ):
            # "năm nay chè được giá, bán 180k/kg", "Năm nay mình làm dc 27 logo, hơi đuối": how
            # the running year has gone, said with a sigh or a season's luck, not an aim
            return True
        # "Lost property: every item logged ...": a label's words are no past tense
        label = _LABEL_COLON.match(self.folded)
        opening = self.folded[label.end() if label else 0 :].split(maxsplit=1)[:1]
        if (
            self.language == "en"
            and opening
            and opening[0] in _past_only()
            and (not self.due_ahead or self._all_told_gone())
            and not self._missed_aim_open()
            # "Lost mileage on the 132 under 1% every four-week period": a bound each period
            # holds, "lost" naming what is bounded
            and not (
                (self.recurring is not None or _EACH_PERIOD.search(self.folded) is not None)
                and self.target is not None
                and self.target.qualifier is not None
            )
        ):
            return True  # "Ran 4 webinars in Q3 with avg 180 attendees": said in the past tense
        if (
            self.language == "en"
            and opening
            and len(opening[0]) > 4
            and opening[0].endswith("ed")
            and words_re("today_words").search(self.folded) is not None
            and not (self.due_ahead or self.intends)
        ):
            return True  # "discharged 3 patients home today": what was done today, told
        if (
            self.language == "en"
            and opening
            and len(opening[0]) > 4
            and opening[0].endswith("ed")
            and not opening[0].endswith("eed")  # "speed up", "exceed": no past tense
            and (_HAPPENED_AGAIN.search(self.folded) or _sigh_end().search(self.folded))
            and not (self.due_ahead or self.cued_deadline)
        ):
            return True  # "worked 4 nights in a row again. so tired": what happened, sighed
        if (
            day is not None
            and not self.date_ahead
            and not words.intent_re.search(self.folded, self.marked)
        ):
            return True  # "hôm nay cụ Tư ăn hết chén cháo rồi, mừng ghê": today's news
        # what was told in the past tense, a regular "-ed" counted ("tenants complained")
        told = (
            (words.past_re.search(self.folded) or _subject_did(self.folded, True))
            if self.language == "en"
            else None
        )
        if (
            told is not None
            and not self.opens_with_verb
            and any(
                t.kind == "deadline"
                and t.deadline is not None
                and t.start > told.end()
                and not cued_at(self.folded, t.start)  # "picked ... by Feb 28": a deadline
                and not _YEAR.search(self.folded, t.start, t.end)  # the year was not typed
                and t.deadline.replace(year=t.deadline.year - 1, day=28) < self.today
                and t.deadline.year > self.today.year
                for t in self.times
            )
        ):
            # "Flat B tenants paid late again in November": the month just gone, not next year's
            return True
        if told is not None and words_re("today_words").search(self.folded) and not self.due_ahead:
            return True  # "coach benched me again today for no reason": what happened today
        if told is not None and _HAPPENED_AGAIN.search(self.folded) and not self.due_ahead:
            return True  # "supplier shorted us 14 bundles AGAIN ..., 3rd time this month": a gripe
        if (
            told is not None
            and not self.opens_with_verb
            and _sigh_end().search(self.folded)
            and not self.cued_deadline  # what is wished was ruled out above
        ):
            # "The roadworks on Cuba St absolutely gutted our takings over winter, not happy":
            # what happened, told, then sighed at
            return True
        if not (past_time or past_verb):
            return False
        if self.cued_deadline or self.recurring and not past_time:
            return False
        if (
            self.language == "en"
            and opening
            and opening[0] in word_set("past_like_base")
            and any(
                t.kind == "past"
                and not _YARDSTICK_BEFORE.search(self.folded, 0, t.start)
                and not self.folded.startswith("'s", t.end)  # "last year's numbers"
                for t in self.times
            )
        ):
            return True  # "hit a 180 squat PR yesterday": "hit" said of a day gone
        if not past_verb and any(q.qualifier is not None for q in self.quantities):
            return False  # "Thanksgiving 5K on Nov 26 2026 in under 25 min": a bound aimed at
        # "Improve activation like we did last quarter": an order, with the past as a yardstick;
        # "supply the 120 tonnes we agreed": an order whose verb no list names
        # "Be a top 3 agent in my office by closed volume": a rank to reach, "closed" naming it
        return not (self.opens_with_verb or self._deed_on_the() or self._reaches_rank())

    def _all_told_gone(self) -> bool:
        """ "Had a nightmare with hamstrings last season, half the backline was in the treatment
        room by February": a time gone named, "was" said, nothing wished; its month is the
        past one."""
        return (
            not self.intends
            and any(t.kind == "past" for t in self.times)
            and (was := _WAS.search(self.folded)) is not None
            and not was[1]
        )

    @_once
    def opening_start(self) -> TimeMatch | None:
        """The start said first ("From next Monday I'm starting gym", "tu thu 2 tuan sau di
        boi"): in English its cue ("from", "starting") is the only word before it; a Vietnamese
        start holds its cue ("tu") in its own words."""
        most = 1 if self.language == "en" else 0
        return next(
            (
                t
                for t in self.times
                if t.kind == "start" and len(self.folded[: t.start].split()) <= most
            ),
            None,
        )

    @_once
    def request_after(self) -> int | None:
        """Where a request to word the goal starts, in a sentence after a goal said whole
        ("Keep absenteeism below 5% hehe. Pls help me make it sound nicer"): the goal is what
        is to be rewritten, the request left out of it."""
        ask = goal_words().request_re.search(self.folded, self.marked)
        if ask is None:
            return None
        breaks = list(_SENTENCE_BREAK.finditer(self.folded, 0, ask.start()))
        brk = breaks[-1] if breaks else None  # the last sentence break before the request
        if brk is None or len(self.folded[brk.end() : ask.start()].split()) > 4:
            return None  # "Pls help me", "Can you": a few words before the request, no more
        head = read(self.text[: brk.end()].rstrip(" ,;.!?-—–"), self.today, self.language)
        if head.is_goal and (head.target is not None or head.deadline is not None):
            return brk.end()
        return None

    def _doing_from_ahead(self) -> bool:
        """A deed said going on, opening the text, with a day ahead ("Cutting back on the pints
        from next Monday"): a plan, as "Cut back ..." is."""
        first = self.folded.split(" ", 1)[0]
        if self.language != "en" or len(first) < 6:
            return False
        verb = any(categories(said, "en") & VERB_CATS for said in ing_bases(first))
        # "Starting january sort out ...": the word is the start's own cue, no deed going on
        return verb and any(
            t.kind in ("start", "deadline")
            and t.deadline is not None
            and t.deadline >= self.today
            and self.folded[len(first) : t.start].strip() != ""
            for t in self.times
        )

    def _begins_ahead(self) -> bool:
        """A start to come, then what begins ("tu thang 1 bat dau di boi lai, bung bu qua roi",
        "From January cutting back on takeaways, the bank statement ... was frightening"): a
        plan, whatever remark follows it."""
        opening = self.opening_start
        return any(
            t.kind == "start"
            and t.deadline is not None
            and t.deadline >= self.today
            and (
                # "tu thu 2 tuan sau di boi nha, bff ru hoai r": the start opens the text
                _BEGIN_NEXT.match(self.folded, t.end) is not None
                or t is opening
                # "tu dau thang sau bot hut thuoc lai, ...": only its cue before it, an order after
                or (
                    start_cue(before := self.folded[: t.start]) == before.lstrip()
                    and (word := _ORDER_NEXT.match(self.folded, t.end)) is not None
                    and categories(word[1], "vi") & VERB_CATS
                )
                if self.language == "vi"
                else t is opening
                and (
                    _START_THEN_DOING.match(self.folded, t.end) is not None
                    # "Starting next Monday get back in the gym, been slackin ...": an order
                    or (
                        (word := _ORDER_NEXT.match(self.folded, t.end)) is not None
                        and is_verb(word[1], "en")
                    )
                    # "Starting next Monday, zero plastic bottles in the tents": the amount to
                    # keep, said straight after
                    or (
                        self.target is not None
                        and not self.folded[t.end : self.target.span.start].strip(" ,:-")
                    )
                )
            )
            for t in self.times
        )

    def _dated_first(self, told_at: int | None = None) -> bool:
        """A date ahead opens the text, and the past is told only in a later clause ("dip Tet
        dua 2 dua nho xuong Ha Noi choi, hua tu nam ngoai roi"; with `told_at`, the words told
        there: "Năm sau đưa vợ con đi Nhật chơi. Hứa hoài ..."): a plan, then why it is owed."""
        first = min(self.times, key=lambda t: t.start, default=None)
        if (
            first is None
            or first.kind != "deadline"
            or first.deadline is None
            # a period still running ("năm nay", "hôm nay") tells how it has gone
            or first.deadline <= end_of_month(self.today.year, self.today.month)
            or _RUNNING_PERIOD.search(self.folded, first.start, first.end) is not None
            or self.folded[: first.start].strip()
        ):
            return False
        clause = _CLAUSE_SEP.search(self.folded, first.end)
        if clause is not None and told_at is not None:
            return told_at > clause.start()
        pasts = [t for t in self.times if t.kind == "past"]
        return clause is not None and bool(pasts) and all(t.start > clause.start() for t in pasts)

    def _moves_it_last(self) -> bool:
        """The last clause opens with a move of what was told ("..., cut it down", "..., cat bot
        lai"), with no time or amount of its own: an order after the figures gone."""
        comma = self.folded.rfind(",")
        if comma < 0 or any(t.start > comma for t in self.times):
            return False
        if any(q.span.start > comma for q in self.quantities):
            return False
        marked = self.marked[comma + 1 :] if self.marked else None
        return _opens_with_move(self.folded[comma + 1 :], marked)

    def _missed_aim_open(self) -> bool:
        """An aim whose date was missed, told with what is left of it ("Was meant to have the
        loan paid off by October 2026, still $4.5k to go"): still wanted, its date gone by."""
        return (
            words_re("was_due").search(self.folded) is not None
            and words_re("still_open").search(self.folded) is not None
        )

    def _headline_first(self) -> bool:
        """The first sentence is a measure and where it should go, in a few words, a headline
        ("Attendance up. It's been pure mince since the October week."): the goal, with how it
        has gone told after it."""
        brk = _WISH_BREAK.search(self.folded)
        if brk is None:
            return False
        head = self.folded[: brk.end()].rstrip(" .!?")
        return (
            len(head.split()) <= 4
            and _HEADLINE_END.search(head) is not None
            and not _past_verb_in(head)  # "Sales went up.": what happened
        )

    def _numberless(self) -> tuple[str, str | None]:
        """The text without its amounts ("vuot 15% ke hoach" reads "vuot ke hoach")."""
        folded, marked = self.folded, self.marked
        for q in sorted(self.quantities, key=lambda q: q.span.start, reverse=True):
            s, e = q.span.start, q.span.end + (folded[q.span.end : q.span.end + 1] == " ")
            folded = folded[:s] + folded[e:]
            marked = marked[:s] + marked[e:] if marked is not None else None
        return folded, marked

    @_once
    def wish_end(self) -> int | None:
        """Where a wish said as a comparative state ends ("be a greener| bus company"); None
        for a skill ("get better at English": the catalog's measure of English fits)."""
        m = self._wish_match
        return m.end() if m else None

    @_once
    def wish_start(self) -> int | None:
        """Where the wished state starts, after its verb ("just wanna feel |better")."""
        m = self._wish_match
        if m is None:
            return None
        return m.end("state") + 1 if m["state"] else m.start()  # "|smoother handovers"

    @_once
    def _wish_match(self) -> re.Match[str] | None:
        m = _WISH.match(self.folded) if self.language == "en" else None
        if m is None and self.language == "en":
            # "Starting in January I'll be more organized": after the time it opens with
            opening = next(
                (t for t in self.times if t.start == 0 or t.kind == "start" and t.start <= 12),
                None,
            )
            if opening is not None:
                at = len(self.folded) - len(self.folded[opening.end :].lstrip(" ,"))
                m = _WISH.match(self.folded, at)
        if m is None and self.language == "en":
            m = _be_the_best().match(self.folded)
        if (
            m is None
            and self.language == "en"
            and not (self.metric or self.suggested_metric)  # "better sleep": hours of sleep fit
            and (m := _NOMINAL_WISH.match(self.folded))
        ):
            # "smoother scene changes in act 2", "faster load-ins": the state wished for the
            # thing named after it, typed as a note; not a verb ("declutter the garage"), a
            # move ("lower ticket backlog") or an amount ("fewer burnt dinners")
            moved = lexicon().direction_re.search(self.folded, self.marked)
            amount = m[0] in lexicon().fewer_words or (moved is not None and moved.start() == 0)
            if amount or m[0] in _NOT_COMPARATIVE or self.opens_with_verb or self.statement:
                return None
            return m
        if m and m["state"] == "get" and (m["more"] or m["less"]):
            return None  # "get more viewers": a count to grow, not a state
        if m and (
            m[0].rsplit(" ", 1)[-1] in _NOT_COMPARATIVE
            or m["state"] == "get"
            and self.folded.startswith(("a ", "an "), m.end("state") + 1)
        ):
            return None  # "get a proper bike fit", "be a volunteer": a thing, no state wished
        return m if m and not _SKILL_AFTER.match(self.folded, m.end()) else None

    @_once
    def cued_deadline(self) -> bool:
        """A deadline said as one ("by April 30", "truoc 31/3"), past or future."""
        return any(t.kind == "deadline" and cued_at(self.folded, t.start) for t in self.times)

    @_once
    def due_ahead(self) -> bool:
        """A date said as a deadline that is still ahead ("... by March 2027")."""
        return any(
            t.deadline and t.deadline > self.today and cued_at(self.folded, t.start)
            for t in self.times
        )

    @_once
    def opens_with_verb(self) -> bool:
        """The text's first word is a verb: an order ("Improve ..."), not a subject; a short
        label before a colon does not count ("Q3 2026: finish the rollout")."""
        # "with my 12 pickers, make ...", "Với 8 dược sĩ hiện có, nâng cao ...": who does it,
        # said first, is no subject either
        label = _LABEL_COLON.match(self.folded) or _SETUP_OPENS.match(self.folded)
        folded = self.folded[label.end() :] if label else self.folded
        marked = self.marked[label.end() :] if label and self.marked else self.marked
        found = iter(units(folded, marked, self.language))
        first = next(found, None)
        fillers = word_set("order_fillers" if self.language == "en" else "vi_order_fillers")
        while first is not None and canonical(first.text) in fillers:
            # "finally finish the boss fight", "sớm sửa lại mái bếp": the order after
            first = next(found, None)
        shift = label.end() if label else 0
        if first is not None and any(
            t.kind == "past" and t.start <= first.start + shift < t.end for t in self.times
        ):
            return False  # "thang truoc xai het 12tr": "thang" opens a past time, not "thắng"
        if (
            first is not None
            and first.cats & VERB_CATS
            and (
                opening := next(
                    (t for t in self.times if t.start <= first.start + shift < t.end), None
                )
            )
        ):
            # "thang 10 nam nay tra xong no hui 30tr": "thang" opens the time, it is no "thắng";
            # the order comes after it ("thang 10 lu lut qua": none does)
            while first is not None and first.start + shift < opening.end:
                first = next(found, None)
        if first is not None and first.cats & VERB_CATS:
            return True
        if (
            self.language == "en"
            and first is not None
            and canonical(first.text) in word_set("causative_openers")
            and (then := next(found, None)) is not None
            and canonical(then.text) in word_set("causative_next")
        ):
            return True  # "Have all the U20 boys pass the concussion module before camp"
        return self.language == "vi" and _english_verb_first(folded, marked) is not None

    def _intends_before(self, at: int) -> bool:
        """An intention said before `at` ("muon ..."), not inside what someone reported after."""
        words = goal_words()
        openers, own = word_set("intent_openers"), word_set("own_intents")
        # "he never even rang": in English, "rang" is no "ráng" (try hard)
        vietnamese = _vietnamese_intents() if self.language == "en" else frozenset()
        return any(
            m.start() < at
            and canonical(m[0]) not in words.not_intent
            and canonical(m[0]) not in vietnamese
            and not _SHARE_OF.search(self.folded, 0, m.start())
            # "Tháng 11 team hụt target 3 căn": the target missed is told, not aimed at
            and not _missed_end().search(self.folded, max(0, m.start() - 12), m.start())
            and (canonical(m[0]) not in openers or _opens_clause(self.folded, m.start()))
            and (
                canonical(m[0]) not in own
                or _opens_clause(self.folded, m.start())
                or _FIRST_PERSON.search(self.folded, 0, m.start()) is not None
            )
            # "chot dc 2 can": after a number, "can" is what is counted (căn), not "need";
            # "hom nay can 66,8kg": before an amount, unmarked, it weighs (cân)
            and not (
                m[0] == "can"
                and (
                    _NUMBER_END.search(self.folded, max(0, m.start() - 8), m.start())
                    or (self.marked is None and _AMOUNT_NEXT.match(self.folded, m.end()))
                )
            )
            and not self._others_wish_denied(m.start())
            for m in words.intent_re.finditer(self.folded, self.marked)
        )

    def _others_wish_denied(self, at: int) -> bool:
        """ "customer also dont want come out": a wish negated in a clause with no "I" or "we",
        what someone else does not want."""
        if self.language != "en" or not ends_with_words("negated_wishes").search(
            self.folded, 0, at
        ):
            return False
        clause = self.folded[max(self.folded.rfind(",", 0, at) + 1, 0) : at]
        # "dont want to be broke by 30": said with no subject, the user's own
        said = ends_with_words("negated_wishes").sub("", clause).split()
        return bool(said) and _FIRST_PERSON.search(clause) is None

    def _bare_sigh_last(self) -> bool:
        """The last clause, after a comma, is a one-word sigh ("..., chan"), as typed."""
        comma = self.folded.rfind(",")
        return comma >= 0 and any(
            not self.folded[m.end() :].strip(" .!")
            and not self.folded[comma + 1 : m.start()].strip()
            for m in goal_words().bare_sigh_re.finditer(self.folded, self.marked)
        )

    def _mood_before_intent(self, end: int) -> bool:
        """The mood ending at `end` is closed off and the next clause opens with an intention
        ("ugh, need to ...", "haizz, phải ..."), so what follows is the user's own goal."""
        rest = self.folded[end:]
        closed = re.match(r"[^,.;!:\n]{0,12}[,.;!:\n]+\s*", rest)
        if closed is None:
            return False
        start = end + closed.end()
        return any(
            m.start() == start
            or (m.start() - start <= 5 and _FIRST_PERSON.match(self.folded, start))
            for m in goal_words().intent_re.finditer(self.folded, self.marked)
        )

    def _order_before_sigh(self, at: int) -> bool:
        """An order said whole in the first clause, then how things are sighed at ("Tap yoga
        cho do dau lung, ngoi van phong 9 tieng/ngay met qua troi"): the order is the goal."""
        cut = self.folded.find(",")
        return (
            self.opens_with_verb
            and 0 < cut < at
            and read(self.text[:cut], self.today, self.language).is_goal
        )

    def _aside_after_goal(self, at: int, last: bool = False) -> bool:
        """The words at `at` come after a clause that already says what to do and how much
        ("work max 45 hrs a week, I'm 34 ...", "ngu du 7 tieng moi dem, dao nay ... met qua");
        `last`: they end the text, so they need nothing to set them apart ("... truoc Tet huhu")."""
        cut = max(self.folded.rfind(p, 0, at) for p in (",", ";", ". ", " - "))
        # an emoji closes a clause as a comma does ("... 5 dem/tuan 😴 dang thuc toi 2h")
        cut = max([cut, *(m.start() for m in _PICTOGRAPH.finditer(self.folded, 0, at))])
        # "ve lai 55kg truoc Tet huhu": a level to be at by a date, then a sigh said last
        alone = cut <= 0 and last and self.target is not None and self.deadline is not None
        if alone:
            cut = at
        if cut <= 0:
            return False
        starts = [self.obj.start, self.direction_span.start if self.direction_span else None]
        if self.obj.action:
            starts.append(self.verb_at)  # "ngu truoc 11h toi moi ngay, ...": the act, no object
        head = min((x for x in starts if x is not None), default=None)
        measured = (
            self.target is not None
            or self.frequency is not None
            or self.recurring is not None
            # "Launch the 12-Week Shred program by Nov 15, 2026... still not live, ugh": dated
            or any(t.kind == "deadline" and t.end <= cut for t in self.times)
        )
        # "cuối tháng này stress xuống 4/10 thôi, peak season mệt quá": a feeling's level to reach
        rated = self.self_rating is not None
        return (
            head is not None
            and head < cut
            and not self._others_do(head)
            and bool(measured or rated)
            and bool(
                rated
                or self.direction
                or self.goal_verb
                or self.obj.action
                or self.obj.milestone
                or alone
            )
        )

    @_once
    def verb_at(self) -> int | None:
        """Where the goal's verb is first said in the text, if it has one."""
        if not self.obj.verb:
            return None
        said = re.search(rf"\b{re.escape(self.obj.verb)}\b", self.folded)
        return said.start() if said else None

    def _others_do(self, head: int) -> bool:
        """Someone else is named before the deed at `head` ("Stakeholders change requirements
        every sprint, ..."): what others do, told, not the user's own order."""
        if self.language != "en" or self._intends_before(head):
            return False
        if (verb := self.verb_at) is not None:
            head = min(head, verb)  # "Product owners| rewrite the backlog ..."
        lead = list(self.folded[:head])
        for t in self.times:  # "On weekdays, post ...": when, not who
            lead[t.start : min(t.end, head)] = " " * max(0, min(t.end, head) - t.start)
        said = "".join(lead).strip(" ,.;:-")
        return (
            bool(said)
            and _FIRST_PERSON.search(said) is None
            and _OTHERS_END.search(said) is not None
        )

    def gripe_at(self) -> int | None:
        """Where the remark starts when it took the remark to tell this text from a gripe
        (is_goal asked); None when no gripe was heard: the rewrite's additions go before it."""
        if not self.is_goal:
            return None
        at = self.__dict__.get("_gripe_at")
        return at if isinstance(at, int) else None

    def _last_sentence_at(self) -> int | None:
        """Where the last sentence opens ("... half my rate 🙃 I want to rank top 3": an emoji
        ends a sentence too), or None for one sentence."""
        found = list(_WISH_BREAK.finditer(self.folded))
        return found[-1].end() if found else None

    @_once
    def told_after_wish(self) -> int | None:
        """Where a sentence told in the past opens, after a first sentence that is the goal
        ("I'm doing yoga!! found a mat for $15"), else None (English)."""
        if self.language != "en" or (brk := _WISH_BREAK.search(self.folded)) is None:
            return None
        rest = self.folded[brk.end() :]
        opening = rest.split(maxsplit=1)[:1]
        if (
            not (opening and opening[0] in _past_only())
            and _told_find().match(rest) is None
            and not told_in_past(rest)
            # "Recruit more tenors. We only have 2 and they're both 70+": how it stands
            and _STATE_OPENS.match(rest) is None
            # "... with the grandkids. Their mom works double shifts": what someone else does
            and not (
                (own := _OWNER_OPENS.match(rest)) is not None and _someone_does(rest[own.end() :])
            )
            # "Fundraise $25k for the bike track 🚲 board's keen": how someone is
            and _someone_is().match(rest) is None
            # "Drink more water on shift 💧 I literally forget for 12 hrs straight": what the
            # user does today, told after the goal
            and not ((did := _i_do().match(rest)) is not None and _told_verb(did[1]))
        ):
            return None
        if (
            goal_words().intent_re.search(rest)
            or self.due_ahead
            and not DIGIT.search(self.folded, 0, brk.start())
        ):
            return None
        return brk.end()

    def _told_before_wish(self) -> int | None:
        """Where the last sentence opens when the sentences before it tell only what happened
        and it wishes on its own ("Tuần rồi lại overbook 3 phòng. Từ giờ không để ..."), else
        None."""
        brk = self._last_sentence_at()
        if brk is None or not DIGIT.search(self.folded, 0, brk):
            return None
        if DIGIT.search(self.folded, brk) or not self._wished_after():
            return None
        if words_re("back_pointers").search(self.folded, brk) is not None:
            return None  # "... by Sept 2026 smh 😩 still want it tho": what was told is wished
        before = read(self.text[:brk].rstrip(), self.today, self.language)
        return brk if before.past_fact else None

    def _wished_after(self) -> bool:
        """The last sentence, read on its own, is a goal said as a wish or an order ("... Ba
        muon tu doc bao tren dien thoai", "cattle prices are mint. get the beef side up another
        ten percent"), after sentences that tell what happened."""
        breaks = [m.end() for m in _WISH_BREAK.finditer(self.folded)]
        if not breaks or not (last := self.text[breaks[-1] :].strip(" .!")):
            return False
        if self._wishes(last):
            return True
        # "Wool cheque was pitiful again this yr. Sell 150 fleeces direct to hand spinners
        # instead. Whenever I get round to it, mind.": a hedge last, the wish before it
        if len(breaks) < 2 or DIGIT.search(last):
            return False
        return self._wishes(self.text[breaks[-2] : breaks[-1]].strip(" .!"))

    def _wishes(self, sentence: str) -> bool:
        """The sentence, read on its own, is a goal said as a wish or an order."""
        after = read(sentence, self.today, self.language)
        # "... Gom tien mua con macbook M4 som som": a deed said with when, however loosely
        said = after.intends or after.opens_with_verb or after.vague_time or after.due_ahead
        # "... kết quả tệ quá. Năm sau phải làm sao cho các em tiến bộ rõ rệt hơn.": a period
        # to come, named first, opens what should be then
        said = said or (after.date_ahead and _DATE_OPENS.match(after.folded) is not None)
        # "... tim dap thinh thich. Tu gio toi da 1 ly/ngay thoi": a ceiling kept from now;
        # "... tệ thật. Từ giờ mỗi tháng dẫn 2 đứa nhỏ đi chơi ít nhất 1 lần": a routine from now
        said = said or (after.target is not None and after.target.qualifier == "at_most")
        said = said or (after.recurring is not None and after.obj.verb is not None)
        return bool(said) and after.is_goal and not after.past_fact

    def _deed_on_a_day_ahead(self) -> bool:
        """A deed said after the day ahead it is done or starts on, first in the text ("tuan
        sau di kham lung", "tu tuan sau tap yoga"): a plan, whatever sigh follows it."""
        return (
            self.obj.action
            and any(
                t.deadline is not None
                and t.deadline > self.today
                # "tu tuan sau tap yoga ...": the start's own "từ" before it
                and _START_CUE_ONLY.fullmatch(self.folded[: t.start].strip()) is not None
                for t in self.times
            )
        )

    def _standard_held(self) -> bool:
        """A bound held every period ("Chi tiêu mỗi tháng không quá 15 củ, tháng này lố rồi
        huhu"): a standard set, whatever is sighed after it."""
        return (
            self.target is not None
            and self.target.qualifier in ("at_most", "at_least")
            # "... không được vượt 15tr, dạo này tiêu hoang quá": a rule laid down
            and (
                self.recurring is not None
                or words_re("bound_rules").search(self.folded) is not None
            )
        )

    def _remark_rescues(self) -> bool:
        """Asked by is_goal where only an order said first keeps the text a goal; what it
        found is kept for gripe_at, whoever else reads remark_at later."""
        at = self.remark_at
        if at is not None:
            self.__dict__["_gripe_at"] = at
        return at is not None and not _count_today_opens().match(self.folded)

    def past_remark_at(self) -> int | None:
        """Where a remark telling a past period's figure starts, after the goal ("Giảm chi phí
        điện của xưởng, nam roi ton 2,5 tỷ"): how things were, not the target or the date."""
        if not self.times or not (_amount_told(self.folded, 0) or self.quantities):
            return None
        at = self.remark_at
        if at is None or not (
            # "..., blew like two grand on Festool stuff this yr": an amount in words too
            _amount_told(self.folded, at) or any(q.span.start >= at for q in self.quantities)
        ):
            return None
        if _DUE_WORD.search(self.folded, at) is not None:
            return None  # "finish the grant report, it was due nov 15": the goal's own date
        if (
            (t := self.deadline) is not None
            and t.start >= at
            and (words_re("due_cues").search(self.folded, at, t.start) is not None)
        ):
            # "Hoàn thành sửa sân chơi, lắp 3 cầu trượt trước lễ khai giảng 5/9/2026": a deed
            # and its own date, gone by, not a remark on a time past
            return None
        if any(
            q.span.start >= at
            and q.qualifier is not None
            # "..., last week ppl were standing for over an hour": a bound told of a time gone
            and "." not in self.folded[at : q.span.start]
            and not any(at <= t.start < q.span.start for t in self.times)
            for q in self.quantities
        ):
            # "Giữ tiền phân bón, thuốc BVTV không quá 120 triệu ...": a bound is the goal's
            return None
        if any(q.span.start < at for q in self.quantities):
            # "tang doanh thu len 450tr, nam ngoai dc 380tr": where it starts from; a number
            # that names a thing before ("chuyền 1 với chuyền 6") is no amount of the goal's
            return None
        told = _told_at(self.folded, at)
        return (
            at
            if (
                any(
                    t.start >= at
                    and self._time_gone(t)
                    # "..., tang 20% so voi nam ngoai": the year compared against, not a remark
                    and not BASELINE_END.search(self.folded, 0, t.start)
                    for t in self.times
                )
                # "... than last year, the squirrels got half of them": what happened then
                or goal_words().past_re.match(self.folded, told) is not None
                # "..., only did 1420 this year": told as done, the year not yet out
                or words_re("told_past").match(self.folded, told) is not None
                or self._already_had(at)
                or self._count_did(told)
            )
            and (self.direction_span is None or self.direction_span.start < at)
            else None
        )

    def _time_gone(self, t: TimeMatch) -> bool:
        """A time already gone: said as past, or a date passed with no "by" before it ("...,
        we overspent on textbooks in 2025", "..., nam 2025 ton gan 180 trieu")."""
        return t.kind == "past" or (
            t.kind == "deadline"
            and t.deadline is not None
            and t.deadline < self.today
            and not cued_at(self.folded, t.start)
        )

    def _wanted_soon_before(self, at: int) -> bool:
        """An order wanted soon said before `at` ("hoàn thành khóa học ... sớm sớm chứ để hoài
        lười quá"): what follows is why it cannot wait, not a gripe with no aim."""
        soon = self.vague_time
        return self.opens_with_verb and soon is not None and soon.start < at

    def _count_did(self, at: int) -> bool:
        """From `at` on, a count of people or things and what they did, in English ("3 agents
        resigned this month"): what happened, told; "3 new stores opened by June" is a goal's."""
        did = _COUNT_DID.match(self.folded, at) if self.language == "en" else None
        return did is not None and not _DONE_BY_NEXT.match(self.folded, did.end())

    def _already_had(self, at: int) -> bool:
        """From `at` on, what has already been, in Vietnamese ("..., riêng tháng 10 đã có 14
        vụ"); typed with marks, only "đã" (already) says so."""
        had = _VI_ALREADY_HAD.search(self.folded, at) if self.language == "vi" else None
        return had is not None and (
            self.marked is None or self.marked[had.start() : had.start() + 2] == "đã"
        )

    def habit_remark_at(self) -> int | None:
        """Where a remark telling how things go every period or lately starts, after the goal
        ("Giảm tiền đi chợ còn một nửa, tháng nào cũng lố", "bot thuc khuya lai, dao nay dong goi
        hang toi 1-2h sang"): its period is no cadence, its figures no target."""
        at = self.remark_at
        if at is None:
            return None
        told = _told_at(self.folded, at)
        if words_re("remark_openers").match(self.folded, told) is not None:
            return at
        m = _habit_remark().match(self.folded, told)
        if m is None:
            return None
        # "di bo 30 phut, sang nao cung di", "..., sang nao cung do": the goal's own deed, or a
        # deed done for it, said again is its cadence
        then = re.match(r"\w+", self.folded[m.end() :])
        if then and re.search(rf"\b{then[0]}\b", self.folded[:at]):
            return None
        return None if _deed_next().match(self.folded, m.end()) else at

    def apart_remark_at(self) -> int | None:
        """Where a remark in a sentence of its own after the goal starts, or one sighed after a
        comma, when it has no amount, time or wish of its own ("I should like to be rather more
        present for the grandchildren. They do grow up terribly fast.", "Chạy bộ lại đi, bỏ lâu
        quá rồi 😅"): why, not what; its words are not the goal's."""
        at = self.remark_at
        if (
            at is None
            or _DIGIT_RE.search(self.folded, at) is not None  # "confidence 6/10": a figure
            or len(self.folded[at:].split()) < 3  # "St. Luke's": a name's dot, no sentence
            or self.injection is not None  # an instruction to a model is dropped, never kept
        ):
            return None
        face = _PICTOGRAPH.search(self.folded, at)
        # "..., I miss everything 😞": a feeling told with a face, closing the text
        faced = face is not None and not re.search(r"\w", self.folded[face.end() :])
        sighed = self.language == "vi" and _SIGHED_END.search(self.folded, at) is not None
        if not (self.folded.startswith(". ", at) or sighed or faced):
            return None
        tail = read(self.text[at:].lstrip(" ,;.-—–"), self.today, self.language)
        if faced and not sighed and (tail.direction or tail.vague_quantity or tail.vague_time):
            return None  # "..., có tiếng hơn 😭", "..., sana soon 🙏": more of the wish
        # "..., bỏ lâu quá rồi": a sigh over what was given up opens with its verb all the same
        if tail.quantities or tail.times or tail.intends or (tail.opens_with_verb and not sighed):
            return None
        return at

    def told_remark_at(self) -> int | None:
        """Where a remark told in English after the goal starts, when it names a time the goal
        would otherwise be read by ("get more sleep, im always knackered on tuesdays after track
        night"): a subject and what it does, no figure, no wish of its own."""
        if self.language != "en":
            return None
        said = _REMARK_BREAK.search(self.folded)
        if said is None:
            return None
        # "..., lot of time is wasting on phone calls": a measure named only in the remark
        measured = self.metric_span is not None and self.metric_span.start > said.start()
        if not measured and not any(t.start > said.start() for t in self.times):
            return None
        at = self.remark_at
        if at is None or _DIGIT_RE.search(self.folded, at) is not None:
            return None
        if self.now_clause is not None and self.now_clause.end > at:
            return None  # "..., currently at five a day": where it stands
        told = self.folded[at:].lstrip(" ,;.-—–")
        if self._listed_on(at, told):
            return None  # "Check tyres, brakes and speed governors each Monday": one list
        # "..., Thanksgiving flights killed it": a subject and what it did, told, with no time
        # said for what is to come ("Missus booked it for July" dates the trip)
        if words_re("told_subjects").match(told) is None and (
            # "..., lot of time is wasting on phone calls": what is going on, told
            (_subject_did(told, True) is None and _GOING_ON_TOLD.match(told) is None)
            # "..., only went twice this year": how often it was done, the step's start
            or _amount_told(self.folded, at)
            or _TIMES_TOLD.search(self.folded, at) is not None
            or any(
                t.start >= at
                # "last year was a total mess": a past said of itself, its own kind of remark
                and (t.kind == "past" or _FOR_TIME_END.search(self.folded, 0, t.start))
                for t in self.times
            )
        ):
            return None
        tail = read(self.text[len(self.text) - len(told) :], self.today, self.language)
        # "..., i want to feel good by summer", "..., we need 40 by june": a wish said on
        wished = tail.intends or tail.direction is not None or tail.target is not None
        return None if wished else at

    def _listed_on(self, at: int, told: str) -> bool:
        """The words after the break go on listing what the goal acts on ("Check tyres|, brakes
        and speed governors ..."): the object ends at the break, then bare nouns up to an
        "and", none a pronoun or a determiner."""
        o = self.obj
        if o.end is None or self.folded[o.end : at].strip():
            return False
        m = _LIST_ON.match(told)
        skip = word_set("determiners") | word_set("told_subjects")
        return m is not None and not any(w in skip for w in m[1].replace(",", " ").split())

    @_once
    def remark_at(self) -> int | None:
        """Where the remark after an order starts: an order said first and a remark after a
        clause break ("do more stretching ugh my back", "Đi bộ cho khỏe, dạo này đau lưng quá",
        "turnaround at most 6 wks per wedding — the late ones are killing my reviews"): the remark
        is why, the order is the goal."""
        if len(self.text) != len(self.folded):
            return None
        cuts = [m.start() for m in _REMARK_BREAK.finditer(self.folded)]
        cuts += [m.start() for m in _remark_word().finditer(self.folded)]
        cuts += [m.start() for m in _PICTOGRAPH.finditer(self.folded)]
        # the first break after two words at least; the head is read on its own. "sleep more,
        # like actually sleep, I'm running on 4 hrs": the goal said again, a few words with
        # "like", is still the goal's; the remark starts after it
        heads = sorted(c for c in cuts if len(self.folded[:c].split()) >= 2)
        cut = next(
            (
                c
                for c in heads
                if not (
                    _SAID_AGAIN.match(self.folded, c)
                    and any(0 < len(self.folded[c:d].split()) <= 4 for d in heads)
                )
            ),
            None,
        )
        if cut is None or not re.search(r"\w", self.folded[cut:]):
            return None
        # a remark carries no amount ("..., chi het 7tr r" reports a second figure), unless it
        # says when it was ("Cắt chi phí điện của xưởng, nam roi ton 2,5 tỷ": last year's bill)
        told = _told_at(self.folded, cut, " ,;.-—–(")
        if _DEADLINE_LABEL.match(self.folded, told):
            return None  # "..., deadline 20/10/2026": the goal's own date, said after a comma
        if any(t.start == told and not re.search(r"\w", self.folded[t.end :]) for t in self.times):
            return None  # "Top 3 in my AG at Noosa Tri, Nov 2026": a date alone, the goal's own
        past = (
            any(t.start >= cut and self._time_gone(t) for t in self.times)
            or (
                # "restart the men's breakfast, it was 2x a month before covid": how it used to be
                words_re("told_past").match(self.folded, told) is not None
                or self._already_had(cut)
                # "..., toi nao cung 11h moi ngu": how it goes every night
                or _habit_remark().match(self.folded, told) is not None
                # "..., dao nay dong goi hang toi 1-2h sang": how it has been lately
                or words_re("remark_openers").match(self.folded, told) is not None
                or self._count_did(told)
                # "..., morale's been rough since the rate hike": how things are, said of them
                or (
                    self.language == "en"
                    and says_how_it_is(self.folded[told:])
                    and not _AMOUNT_RE.search(self.folded, cut)
                )
            )
        )
        # "Drink less energy drinks. the 3am vending machine is my enemy lol": a sentence of
        # its own after the goal, the goal's target (if any) said before it
        apart = self.folded.startswith(". ", cut) and (
            self.target is None or self.target.span.start < cut
        )
        if (_AMOUNT_RE.search(self.folded, cut) and not (past or apart)) or _FOLDED_TOO_END.search(
            self.folded, 0, cut
        ):
            return None  # "thuong lai ep gia lua qua troi, ...": "too much!", said of today
        head = read(self.text[:cut].rstrip(" ,;.-—–"), self.today, self.language)
        if head.asks or head.question or not head.is_goal:
            return None
        # said as an order or a wish, or a bound each item meets ("at most 6 wks per wedding")
        bounded = head.target is not None and head.target.qualifier is not None
        each = head.item_bound is not None or head.recurring is not None
        # "math team top 5 at state!! (we were 11th last year)": an aside in brackets after a
        # goal said whole
        aside = self.folded.startswith(" (", cut) and head.target is not None
        # "Gift Aid claims were ...": "were" said of the thing named first tells, whatever verb
        # its first word could be
        told_was = (was := _WAS.search(head.folded)) is not None and not was[1]
        said = (
            aside
            or (head.opens_with_verb and not told_was)
            or head.intends
            # "be home for dinner more. wife is fed up ...": "be" first is an order
            or head.statement_opens
            or words_re("order_openers").match(head.folded) is not None
            # "tu t2 tuan sau di boi nha, bff ru hoai r": a start ahead, then what begins
            or head._begins_ahead()
            or head._doing_from_ahead()
            or (bounded and each and head.obj.concrete)
            # "Chi tiêu nhà mình không được vượt 15tr, dạo này ...": a bound laid down as a rule
            or head._standard_held()
            # "HbA1c của mình xuống dưới 6.5% trong 3 tháng tới, bs dặn rồi": a bound to reach
            # by a date ahead, said as a statement; who asked for it comes after
            or (bounded and head.date_ahead)
            # "GPA ky nay keo len 3.2 nha, ky truoc co 2.7": a figure named first, taken up or
            # down to a number in a period ahead; the period gone is said after it
            or (
                head.target is not None
                and head.date_ahead
                and ends_with("carried_to").search(head.folded, 0, head.target.span.start)
                is not None
                # "Giá thép tuần này lại lên 8%": risen again, told; no one takes it there
                and any(
                    words_re(verbs).search(head.folded, 0, head.target.span.start)
                    for verbs in ("carry_verbs", "amount_verbs")
                )
            )
            # "A1C down pls 🙏 dr says im borderline": a measure moved, said in a few words
            or (
                head.obj.found
                and len(head.folded.split()) <= 6
                and _up_down_end().search(head.folded)
            )
            # "ve VN tham ma som nhat co the, chac phai ...": a thing wanted "as soon as can be"
            # ("nuoc man vo som": came early, a word alone, tells what happened)
            or (head.vague_time is not None and len(head.vague_time.text.split()) >= 3)
            # "Zero preventable accidents. Had 7 in 2025.": a target typed as a note opens it
            or (
                head.target is not None
                and not head.folded[: head.target.span.start].strip()
                and head.obj.concrete
            )
        )
        return cut if said else None

    def _moved_then_remark(self) -> bool:
        """A measure moved up or down, said in a few words, before a remark ("A1C down pls 🙏
        dr says im borderline")."""
        at = self.remark_at
        if at is None:
            return False
        head = self.folded[:at].rstrip(" ,;.-—–")
        return len(head.split()) <= 6 and _up_down_end().search(head) is not None

    def dash_aside_at(self) -> int | None:
        """ "Kids' story hour every Saturday at 10am, starting Jan 9 — me, a rug and a stack of
        picture books!": a routine said whole, then a dash and what it will look like, with no
        amount or time of its own."""
        dash = _DASH_BREAK.search(self.folded)
        if (
            dash is None
            or _AMOUNT_RE.search(self.folded, dash.end())
            or any(t.end > dash.start() for t in self.times)
        ):
            return None
        head = read(self.text[: dash.start()], self.today, self.language)
        # the routine names no measure of its own: what follows must not lend it one
        routine = (
            head.is_goal
            and not head.asks
            and head.recurring is not None
            and head.metric_span is None
            and head.platform_span is None
        )
        return dash.start() if routine else None

    def _state_to_reach(self) -> bool:
        """A thing named first, then a word of completion and no verb ("new CRM live", "KR2:
        online booking live on our website"): what will be done, said as a key result is."""
        o = self.obj
        if self.language != "en" or not o.found or o.start is None or o.end is None:
            return False
        if (label := goal_words().label_re.match(self.folded)) is not None:
            # "KR2: online booking live ...": what follows the label is the goal
            rest = self.text[label.end() :]
            return len(rest) < len(self.text) and read(rest, self.today, self.language).is_goal
        if _STATE_VERB.search(self.folded, 0, o.end + 16) or self.past_fact:
            return False  # "the new CRM is live": how things are
        done = _finish_state().search(self.folded, o.start, o.end + 16)
        return done is not None and len(self.folded[: o.start].split()) <= 2

    def _record_line(self) -> bool:
        """A record pasted from a sheet or a system: short cells, several with a figure, none an
        order to change something ("Okafor, J | Warehouse Supervisor | fee 18% | start 04/01/27",
        "Invoice 2026-117 — Müller GmbH — €510.00 — due 15/12", "Don #VL-2311: 2 cont, giao 15/12")."""
        labelled = _RECORD_LABEL.match(self.folded) is not None
        sep = _LABELLED_CELL_SEP if labelled else _CELL_SEP
        if len(sep.findall(self.folded)) < 2:
            return False
        cells = [c.strip() for c in sep.split(self.text) if c.strip()]
        if len(cells) < (3 if labelled else 4) or any(len(c.split()) > 7 for c in cells):
            return False
        if sum(_DIGIT_RE.search(c) is not None for c in cells) < 2:
            return False
        for cell in cells:
            r = read(cell, self.today, self.language, focus=False)
            if (r.opens_with_verb and r.direction) or r.intends:
                return (
                    False  # "KR1 | Increase MRR | $40k → $50k | Q2 2027": a goal in a sheet's row
                )
        return True

    @_once
    def is_goal(self) -> bool:
        """False for chatter, a statement of fact, or text with nothing a goal is made of.

        A goal says what should change (a verb or direction), names an aim, points at a
        future date, or gives a number on a platform; "we have 40 employees" does none.
        """
        if _essay_title().search(self.folded) is not None:
            return False  # "...: cơ hội và thách thức": a paper's or a seminar's title
        if self.chatter_only or (
            self.listicle
            and (
                self.deadline is None
                or not cued_at(self.folded, self.deadline.start)
                or _title_cased(self.text)  # "7 Tax Moves Every Owner Should Make Before Dec 31"
            )
        ):
            return False  # a numbered title; "3 new hires should know X by Monday" is due
        said = bool(self.direction or self.goal_verb)
        acts = said or self.obj.action or self.obj.milestone or self.obj.aim
        if (sigh := _sigh_start().match(self.folded)) is not None and (
            griped := self.text[sigh.end() :].lstrip(" ,.!-")
        ):
            after = read(griped, self.today, self.language)
            if not (
                after.intends
                # "ffs get the build green": an order; "release train pulled AGAIN": what happened
                or (after.opens_with_verb and _HAPPENED_AGAIN.search(after.folded) is None)
                or after.cued_deadline
                or after.due_ahead
                # "Chale MTN cut my commission again this month": the running month, when it
                # happened again, not a month to do something in
                or (
                    after.date_ahead
                    and (after.opens_with_verb or _HAPPENED_AGAIN.search(after.folded) is None)
                )
            ):
                return False  # "Ah for feck's sake, release train pulled AGAIN ...": a gripe
        if (_sigh_end().search(self.folded) is not None or self._bare_sigh_last()) and not (
            self.opens_with_verb
            or self.intends
            or self.cued_deadline
            # "cuối tháng này stress xuống 4/10 thôi, ... mệt quá": the end of a period to come
            or any(
                t.kind == "deadline"
                and t.deadline is not None
                and t.deadline >= self.today
                and _END_OF_START.match(self.folded, t.start) is not None
                for t in self.times
            )
            or self._remark_rescues()
            # "tu tuan sau tap yoga de do dau lung, ngoi may ca ngay met qua": a plan, then why
            or self._deed_on_a_day_ahead()
            or self._standard_held()
        ):
            return False  # "cước tàu đi US tăng gấp đôi từ tháng 10, mệt thật sự": how it is
        if self.question or (self.asks and not said):
            return False  # "What's the weather like tomorrow?", "How do I write a goal?"
        if (
            self.language == "vi"
            and not self.intends
            and _COMPARED_END.search(self.folded) is not None
            and words_re("choice_asks_vi").search(self.folded) is not None
        ):
            return False  # "loa JBL voi loa Bose cai nao hat karaoke hay hon": which one, asked
        if (
            self.asks
            and not self.intends
            and any(" " in q[0] for q in lexicon().question_re.finditer(self.folded, self.marked))
        ):
            return False  # "shop minh co 2 nguoi, lam sao de chay ads hieu qua?"
        if (
            self.language == "vi"
            and _ends_with(self.folded, self.marked, goal_words().question_end_re)
            and not (
                _ends_with(self.folded, self.marked, goal_words().not_question_end_re)
                # "Học IELTS bao lâu thì được 6.5, không biết có được không": asked before it
                and lexicon().question_word_re.search(self.folded[: self.folded.rfind(",")]) is None
            )
            # "Collab voi may anh food reviewer ..., chua biet khi nao": not sure when, no question
            and not (
                _ends_with(self.folded, self.marked, words_matcher("when_hedges"))
                and "?" not in self.text
            )
            # "phun thuoc phong nam cho hong": typed with no marks, a last "hong" is the roses
            # ("hồng") unless "co" asks first ("co ban hong")
            and not (
                self.marked is None
                and not self.asks
                and _HONG_END.search(self.folded) is not None
                and _CO_ASKS.search(self.folded) is None
            )
            and (
                self.asks
                or not self.target
                # "thay pin ip 11 lay bao nhieu la hop ly ta": the price is what is asked
                or any(
                    " " in q[0]
                    # "... de biet minh ngu sau dc bao nhieu": what the goal is for, not asked
                    and (self.objective is None or q.start() < self.objective.start)
                    for q in lexicon().question_word_re.finditer(self.folded)
                )
            )
            # "Dang ky nhan hieu xong trong nam 2026 a": "ạ" alone is polite, asked only with "?"
            and (
                self.asks
                or not _A_PARTICLE_END.search(self.folded)
                or " hay " in self.folded  # "e nen hoc java hay golang ... a": a choice asked
            )
            and not self.intends
            # "Từ tháng 1 bắt đầu ôn thi ... siêu âm tim nhi": a plan from a start ahead; its last
            # word, typed bare, is "nhi" (children's), no "nhỉ"
            and not self._begins_ahead()
            and not (
                # "... ma khong bo buoi hoc nao": "không ... nào" is "not a single one"
                not self.asks and _NONE_OF_THEM.search(self.folded)
            )
            and not (
                # "up portfolio len Dribbble deu dan hon de ng ta biet minh lam dc j": the last
                # word asks inside what the goal is for, and nothing before it asks
                not self.asks
                and self.objective is not None
                and lexicon().question_word_re.search(self.folded[: self.objective.start]) is None
                and " hay " not in self.folded  # "e nen hoc java hay golang de ...": a choice
            )
        ):
            return False  # "Con minh 5 tuoi thi nen hoc tieng Anh chua?", "bai tap ve nha la gi a"
        if (
            _ASKED_END.search(self.text) is not None
            # "Get our vibe back to what it was pre-COVID, ya know?": a tag, not a question
            and tag_question_end().search(self.folded) is None
            and lexicon().question_word_re.search(self.folded, self.marked) is not None
        ):
            return False  # "task 1 cần viết tối thiểu bao nhiêu từ vậy mn?": asked, not aimed at
        if self.title:
            return False  # "Q4 Marketing Plan"
        if (
            self.language == "en"
            and words_re("headline_openers").match(self.folded) is not None
            and _title_cased(self.text)
            and not self.cued_deadline
        ):
            return False  # "How We Cut MTTR in Half: Building a Blameless Postmortem Culture"
        if (confused := words_re("confused_remarks").search(self.folded)) is not None and words_re(
            "reported_verbs"
        ).search(self.folded, 0, confused.start()) is not None:
            return False  # "my manager says i need to be more proactive. idk what that even means"
        words = goal_words()
        if (
            (ask := words.request_re.search(self.folded, self.marked))
            and (
                # "turn it into ...": a request to the tool when said first ("pls turn this into
                # a table"); later on it is the user's own deed ("clear out the garage and turn it
                # into a workshop")
                (" " in ask[0] and not ask[0].endswith(" into"))
                or len(self.folded[: ask.start()].split()) <= (5 if ask[0].endswith(" into") else 3)
            )
            and self.request_after is None
        ):
            # "write me 10 video title ideas", "... just write me a bio", "summarise this
            # meeting": asks the tool; a goal that goes on to "... and summarise each one in my
            # notes" uses the same verb for the user's own work
            return False
        if (
            (ask := words.reminder_re.search(self.folded, self.marked))
            and len(self.folded[: ask.start()].split()) <= 2
            # "nhac me uong thuoc moi ngay dung gio": reminding someone each day is one's own
            # routine; "nhac ba mai tiem vac xin": a reminder asked once
            and not (
                self.recurring is not None and canonical(ask[0]) in word_set("others_reminded")
            )
        ):
            return False  # "set a reminder for the DHL call at 3pm", "ad oi nhac toi ..."
        news = words.news_re.search(self.folded, self.marked)
        if news and _WHO_ENDS.search(self.folded, 0, news.start()) is not None:
            news = None  # "chase the client who still never paid us": who, not what happened
        if (
            news
            and self.text[news.start()].isupper()
            and _CAPITAL_WORD_NEXT.match(self.text, news.end())
        ):
            news = None  # "the Unreal Engine 5 course": a name, not "unreal!"
        if news and self._aside_after_goal(
            news.start(), last=not _PICTOGRAPH.sub("", self.folded[news.end() :]).strip(" .!?~")
        ):
            news = None  # "ngu du 7 tieng moi dem, dao nay chay khuya met qua": why, said after
        if (
            news
            and self.opens_with_verb
            and self.now_clause is not None
            and self.now_clause.start <= news.start()
        ):
            news = None  # "giam ti le hoan hang, thang nay hoan 8% roi met qua": where it is now
        if news and self._mood_before_intent(news.end()):
            news = None  # "ugh, need to hire 2 SDETs by March": a sigh, then the goal
        if (
            news
            and not self.folded[: news.start()].strip()
            and (rest := self.text[news.end() :].strip(" ,.!;-"))
            and read(rest, self.today, self.language).opens_with_verb
        ):
            news = None  # "huhu som tra het 40tr no chi hai": a sigh said first, then an order
        if (
            news
            and not self._intends_before(news.start())
            and not self._remark_rescues()
            # "Was supposed to hit $180k GCI by Sept 2026 smh 😩 still want it tho": the aim kept
            and words_re("still_wanted").search(self.folded, news.end()) is None
            # "Ugh, lost another pitch ... 🙃 I want to rank top 3 on Google": what happened,
            # then a sentence that wishes
            and not self._wished_after()
            and not self._deed_on_a_day_ahead()  # "tu tuan sau tap yoga ..., met qua"
            and not self._standard_held()
            and not self._order_before_sigh(news.start())
        ):
            return False  # "Khach hang ABC vua bao se khong gia han": the "se" is what was told
        if (
            self.language == "en"
            and "keep" in self.folded
            # "app keeps sending me 6km orders for £3.10 smh": a gripe, its numbers the facts
            and not (self.intends or self.due_ahead or (self.target and self.direction))
            and (keep := _KEEPS_DOING.search(self.folded)) is not None
            and not _INTENT_BEFORE_KEEP.search(self.folded, 0, keep.start("keep"))
            and not self._remark_rescues()
            # "Get the repair bills under control, ... stuff keeps breaking lol": the order
            # first, then the gripe that explains it
            and not (self.opens_with_verb and _CLAUSE_SEP.search(self.folded, 0, keep.start()))
            # "Coaches keep skipping the warmup. Get them to take it seriously": the gripe,
            # then the order that answers it
            and not self._wished_after()
        ):
            return False  # "the new contractor's trucks keep missing the Thursday routes": a gripe
        if not (self.intends or self.direction or self.due_ahead) and (
            _TALLY.search(self.folded) or _TABLE_ROW.search(self.folded)
        ):
            return False  # "sprint 41 regression: 312 pass / 7 fail / 4 blocked": a count taken
        if (
            _draft_asked().match(self.folded) is not None
            and self.recurring is None
            and self.frequency is None
            # "write a thank-you note to every donor by Friday": the user's own task, dated
            and not self.cued_deadline
        ):
            return False  # "Draft an email to applicants whose transcripts are outstanding"
        if self._record_line():
            return False  # "Job #4471 - panel upgrade 200A - invoiced 11/24 - $3,450 - pd"
        if (label := words.note_label_re.match(self.folded)) and not words.intent_re.search(
            self.folded[label.end() :], self.marked[label.end() :] if self.marked else None
        ):
            # "Ghi chu: ...", "Investor update: ...", "Lesson plan: ..." (its "plan" is the
            # label's), "X just told us ...", "met xiu"
            return False
        if words.well_wish_re.match(self.folded) and not words.intent_re.search(
            self.folded, self.marked
        ):
            return False  # "Chúc mừng sinh nhật con gái, bố chúc con ...": a message to someone
        if _TOP_N_TITLE.match(self.folded) and (
            # "Top 3 fundraising club in the district, soon as poss": a title says no "asap"
            not (said or self.intends or self.obj.verb or self.cued_deadline or self.vague_time)
            # "Top 10 khoa hoc lap trinh mien phi tot nhat", "Top 10 cuon sach ban chay nhat
            # thang 11 tai tiem": the best ones, a list's title
            or (
                (
                    _BEST_END.search(self.folded)
                    or words.ranking_title_re.search(self.folded, self.marked)
                    # "Top 10 Cozy Bookshop Cafes to Visit This Winter": a headline's capitals
                    or _title_cased(self.text)
                )
                and not (self.intends or self.cued_deadline)
            )
        ):
            return False  # "Top 10 budget phones under 5 million": a title, no verb
        if (
            _N_OPENS.match(self.folded)
            and words.ranking_title_re.search(self.folded, self.marked)
            and not (said or self.intends or self.obj.verb or self.cued_deadline)
        ):
            return False  # "7 homestay view đẹp nhất Sapa mùa lúa chín 2026": the best, listed
        future = self.date_ahead or any(
            # "thang nay chi tieu ko qua 8tr", "... het thang nay": a period still running
            # today, with a bound or said as the deadline
            t.deadline == self.today
            and (
                (self.target is not None and self.target.qualifier is not None)
                or _END_OF_START.match(self.folded, t.start)
            )
            for t in self.times
        )
        if (
            self.past_fact
            # "tu dau thang sau bot hut thuoc lai, vo cu nhac hoai": a start ahead, then the deed
            and not self._begins_ahead()
            # "Đòi dc khoản công nợ 2 tỷ ... sớm nha, dây dưa lâu quá rồi": wanted soon, in the
            # first clause, is no fact told
            and not (
                self.vague_time is not None
                and "," in self.folded
                and self.vague_time.end <= self.folded.index(",")
            )
            and not self._remark_rescues()
            # "Hom qua con gai mua cho ba cai dien thoai moi. Ba muon tu doc bao ...": what
            # happened, then a sentence of its own that wishes
            and not self._wished_after()
            # "giam ti le hoan hang, thang nay hoan 8% roi": an order, then where it stands
            and not (
                self.opens_with_verb
                and self.now_clause is not None
                and self.now_clause.start > 0
                # the order said first has no figure of its own ("thang nay kiem dc 9tr, ...")
                and DIGIT.search(self.folded, 0, self.now_clause.start) is None
                and read(
                    self.text[: self.now_clause.start].rstrip(" ,;.-—–"), self.today, self.language
                ).is_goal
            )
        ):
            return (
                False  # "Nam ngoai cong ty tuyen duoc 45 nhan su", "We closed 9 deals in October"
            )
        if (
            self.statement
            and not self.statement_opens
            and not (acts or self.intends or self.due_ahead)
            # "quán đông khách hơn chút là vui rồi": "là" says what would be enough, a wish
            and not (self.language == "vi" and _ENOUGH_END.search(self.folded))
            # "be a better dad than mine was": the state to reach, said as an order
            and not (self.language == "en" and _BE_OPENS.match(self.folded) and self.obj.found)
            and not self._remark_rescues()
            # "From January cutting back on takeaways, the bank statement ... was frightening"
            and not self._begins_ahead()
        ):
            # a fact about today or a named month ("doanh thu thang 10 la 850 trieu"), not a change
            return False
        if (
            self.language == "vi"
            and self.marked is not None
            and _TOO_END.search(self.marked.lower()) is not None
            and not (self.intends or self.opens_with_verb or self.date_ahead)
            and not (self.frequency or self.recurring or self.objective)
            and self.direction not in ("increase", "decrease")
            and not self._remark_rescues()
            and not self._standard_held()
        ):
            # "..., nặng quá", "chữ ... nhỏ quá ông đọc ko được": "too ...!", said of today
            return False
        if (
            _fed_up_end().search(self.folded) is not None
            and not (self.intends or self.cued_deadline)
            # "Tháng này offer 3 bạn thì cả 3 đều reject, nản": a month and a count told, no order
            and not ((self.date_ahead or self.target) and self.opens_with_verb)
            and self.direction not in ("increase", "decrease")
            and not (self.frequency or self.recurring or self.objective)
        ):
            # "lam ca thang troi ma chu thau chua tra luong, chan": fed up, said last; no aim
            return False
        if (
            self.chatter_start
            and not (
                self.target
                or (self.direction and self.metric)
                or (self.direction in ("increase", "decrease") and self.intends)
                or (self.intends and self.recurring)  # "ok so every saturday ... i want to keep"
                # "ok so I really need to be better abt invoicing": an aim at a thing named
                or (self.intends and self.obj.aim and self.obj.concrete)
                # "ok so I want my Insta to finally blow up this year!!": a wish for a channel
                or (
                    self.intends
                    and self.platform
                    and lexicon().platforms[self.platform].counts is None  # a social channel
                )
            )
            and (len(self.folded) <= LONG_TEXT or not (self.metric or self.platform))
        ):
            return False  # "cam on ban nhieu nhe"
        if (
            self.chatter_start
            and _INTRODUCED.search(self.folded) is not None
            and not self.intends
            and self.direction not in ("increase", "decrease")
        ):
            return False  # "chao ban, minh la me bim sua cua 2 be": a greeting and who one is
        # a nominal goal: "Chi phi cloud hang thang khong vuot qua 150 trieu", "uptime: 99.9%+"
        bound = self.target is not None and (
            self.target.qualifier is not None
            or self.recurring is not None
            or self.target.kind == "range"
        )  # "coverage from 52% to 80%"
        if (
            bound
            and self.obj.concrete
            # "Zero preventable accidents. Had 7 in 2025.": the statement is a past remark
            and not (
                self.statement
                and not self.statement_opens
                and not (self.past_fact and self._remark_rescues())
            )
        ):
            return True  # "Have a crew on site within 60 minutes of every main break": an order
        if (
            self.target is not None
            and (self.metric or self.obj.head_measure)
            and len(self.folded.split()) <= 4
        ):
            return True  # "MRR $50k", "10k steps": a target typed as a note
        if (
            self.target is not None
            and not self.folded[: self.target.span.start].strip()
            and (self.metric or (self.obj.concrete and self.target.unit == "%"))
            and not self.listicle
        ):
            return True  # "99.95% uptime for the checkout service": the target opens the goal
        if (
            self.baseline_from is not None
            and (self.metric or self.obj.concrete)
            and not (self.statement and not self.statement_opens)
        ):
            return True  # "Avg MPG from 6.1", "NPS up from 32": a measure moved from today's
        if self.self_rating is not None:
            return True  # "tự tin thuyết trình trước hội đồng cỡ 8/10": a feeling to reach
        if self.clock_routine is not None:
            return True  # "in bed before 11pm": a routine kept by the clock
        if any(
            words_re(group).match(self.folded) is not None
            for group in ("often_routines", "daily_routines", "weekly_routines")
        ):
            return True  # "đi gym", "uống đủ nước": a routine named, all the goal says
        if self.placing is not None:
            return True  # "our robotics team top 10 at nationals": a placing to reach
        if self._state_to_reach():
            return True  # "online booking live on our website", "new CRM live": a state to reach
        if self.language == "vi" and self.target is not None and _IN_FULL.search(self.folded):
            return True  # "dẫn đủ 20 đoàn khách Hàn ...": a count to reach in full
        if (
            self.language == "en"
            and (q := self.target) is not None
            and (label := _DEED_LABEL.match(self.folded)) is not None
            and label.end() <= q.span.start
            and not self.folded[label.end() : q.span.start].strip(" ").replace("all", "").strip()
        ):
            return True  # "- Hydrant flushing program: all 1,840 hydrants": a deed, then its count
        if self.obj.found and (often := vague_cadence_re().match(self.folded)) is not None:
            # "thường xuyên training nhân viên ...": how often opens it, a routine to keep up
            return self.obj.start is not None and self.obj.start >= often.start()
        if self.wish_end is not None:
            return True  # "be healthier", "be a greener bus company": a wish, vague but a goal
        if self.language == "en" and _BE_OPENS.match(self.folded) and self.obj.found:
            # "be fluent in spanish!!", "be THE go-to florist in town": a state to reach
            return True
        if (
            self.obj.vague
            and self.obj.start is not None
            and not self.folded[: self.obj.start].strip()
        ):
            return True  # "go viral 🙏", "Lên xu hướng": a vague aim typed alone
        if self.obj.found and (self.intends or self.recurring or self.vague_quantity):
            return (
                True  # "We need a content calendar", "be a better person", "lights out every night"
            )
        if not (
            acts
            or self.obj.found
            or self.target is not None
            or self.frequency is not None
            or self.metric is not None
            or self.platform
            or self.vague_object is not None
            or self.intends
            # "trong 3 tháng tự tin vẽ gel 3D lên 8/10": how sure to become, by when
            or (
                self.confidence is not None
                and self.deadline is not None
                and _UP_TO_N.search(self.folded) is not None
            )
        ):
            return False  # "our Q3 Q3", "by March": a time and nothing to do in it
        if (
            (
                self.statement
                and self.language == "vi"
                and not self.statement_opens
                and self.event_deadline is None
            )
            and not (
                self.intends
                or self.direction
                or future
                or self.deadline is not None
                or self.recurring is not None
                or self.opens_with_verb
                # "bench dc 80kg la ok r, gio moi 65 thui": an amount that would do, wished
                or (self.target is not None and _ENOUGH_END.search(self.folded) is not None)
                # "som tu sua dc xe tay ga, nhat la con SH 150i": wanted soon, said first
                or (
                    self.vague_time is not None and not self.folded[: self.vague_time.start].strip()
                )
            )
        ):
            return False  # "Homestay mình có 6 phòng, view ruộng bậc thang": what there is
        if bool(
            acts
            or future
            # "Robotics club qualifies for state this season": a result due by a season to come
            or (
                self.language == "en"
                and self.event_deadline is not None
                and self.obj.found
                and not self.asks
            )
            # "pallets per hour up", "costs down": a measure moved, said in a few words
            or (
                self.obj.found
                # "Với 12 công nhân hiện tại, đẩy năng suất đóng gói lên": the last clause
                and len(self.folded.rsplit(",", 1)[-1].split()) <= 6
                and _up_down_end().search(self.folded)
            )
            # "A1C down pls 🙏 dr says im borderline": the same, then a remark
            or (self.obj.found and _UP_OR_DOWN.search(self.folded) and self._moved_then_remark())
            # "đẩy doanh số lên, giờ đang 200 triệu": moved up, then where it stands today
            or (
                self.obj.found
                and (now := self.now_clause) is not None
                and now.start > 0
                and _up_down_end().search(self.folded[: now.start].rstrip(" ,;.-—–")) is not None
            )
            or (  # "have the appendix done by Nov 1, 2026": an order whose date has passed
                self.statement_opens and self.cued_deadline
            )
            # "Lexcel reaccreditation done by June 2026": a thing to have done, its date passed
            or (self.cued_deadline and self.obj.found and _done_by(self.folded) is not None)
            # "thay may dan mieng ly moi truoc 30/11/2026": a thing to do by a date now passed
            or (self.cued_deadline and self.obj.found and not self.statement)
            # "3 science fair projects done before the co-op science fair", "clear het 40 cont
            # ton bai truoc peak season": a count of things due by an event
            or (
                self.event_deadline is not None
                and _BEFORE_EVENT.match(self.folded, self.event_deadline.start) is not None
                and self.obj.concrete
                and self.target is not None
                # "have 40 sets of winter tires in stock before the first snow": an order
                and not (self.statement and not self.statement_opens)
            )
            or self.frequency
            # "Every varsity player running the mile under 7:00": a standard for each one
            or (_EVERY_OPENS.match(self.folded) is not None and self.target is not None)
            or (self.platform and (self.metric or self.target))
            or (self.vague_object and (self.vague_quantity or self.platform))
            or self._deed_then_count()
            or self._deed_on_the()
            # "sớm có nhà riêng", "soon a place of our own": a thing wished for, its when vague
            or (self.vague_time is not None and self.obj.concrete and not self.statement)
            # "có chứng chỉ CPA trước 30 tuổi": a thing to have by a day the user knows, said
            # after it ("vu nay thu dc 18 tan": this season's, told)
            or (
                self.event_deadline is not None
                and self.obj.concrete
                and not self.statement
                and self.obj.start is not None
                and self.obj.start < self.event_deadline.start
            )
            or self._reaches_rank()
            # "200 patrons on patreon would be the dream", "55kg là mừng rồi": an amount wished
            or (self.target is not None and self.obj.found and _felt_last().search(self.folded))
            # "bench dc 80kg la ok r, gio moi 65 thui": where it stands said after
            or (self.target is not None and _ENOUGH_END.search(self.folded) is not None)
            # "Reading lên 8.0", "chi phi xuong 18k/suat": a thing taken up or down to a number
            or (
                self.language == "vi"
                and self.obj.found
                and _UP_TO_N.search(self.folded) is not None
            )
            # "Attendance up. It's been pure mince since the October week.": a headline wish
            or self._headline_first()
        ):
            return True
        # an order whose verb no list names: the last reading left (see unlisted_order)
        self.__dict__["_unlisted"] = ordered = self._bare_verb_order()
        return ordered

    def _deed_then_count(self) -> bool:
        """One word, then a count of things ("Trồng 20 gốc hoa hồng", "plant 40 tulip bulbs"):
        an order whose verb no list names; a subject or a determiner first is a statement."""
        q = self.target
        if q is None or q.kind != "absolute" or q.unit is not None or self.statement:
            return False
        return self._order_before(q, 1)  # a thing counted follows

    def _reaches_rank(self) -> bool:
        """A word or two, then a rank ("Lọt top 3 đại lý toàn chi nhánh", "vao top 10 shop", "Be #1
        team"; "Chopin Ballade No.1" names a piece): an order to reach it whose verb no list
        names; a subject first is a statement."""
        q = self.target
        if q is None or q.kind != "rank" or self.statement:
            return False
        if self.folded.startswith(("top", "#", "number"), q.span.start):
            # "Lọt top 3", "Rank among the top 3 municipalities", "Be #1 team on the floor":
            # who or what is ranked follows
            if (
                self.language == "vi"
                and ends_with_words("rank_entry_verbs_vi").search(self.folded, 0, q.span.start)
                and not words_re("vi_past_plain").search(self.folded)
                and (
                    self.marked is None
                    or not goal_words().vi_past_re.search(self.folded, self.marked)
                )
            ):
                return True  # "Doi clb minh vao top 4 giai ...": whose, then the rank got into
            if not self.folded[: q.span.start].strip() and _RANK_WHERE.match(
                self.folded, q.span.end
            ):
                return True  # "Top 3 in my AG at Noosa Tri": the rank, then where; no title's noun
            return self._order_before(q, 3)
        # "thanh sap trai cay so 1 cho Dam", "đứng hạng nhất khu chợ": what is ranked comes
        # first, the rank after it; a name's number ("Chopin Ballade No.1") has no order word
        return self.language == "vi" and self._order_before(q, 5)

    def _order_before(self, q: Quantity, most: int) -> bool:
        """One to `most` words, the first no subject nor determiner, then the number `q` and
        words after it: an order whose verb no list names."""
        head = self.folded[: q.span.start].split()
        if head[:1] == ["to"]:
            head = head[1:]  # "To be among the top 3 cooperatives": an aim said as an infinitive
        return (
            1 <= len(head) <= most
            and all(w.isalpha() for w in head)
            and _FIRST_PERSON.fullmatch(head[0]) is None
            and head[0] not in goal_words().words.determiners
            and _LETTER.search(self.folded, q.span.end) is not None
        )

    @property
    def unlisted_order(self) -> bool:
        """A goal only because a dictionary verb opens it ("sit down and look at the budget
        app"): what it does is the user's own; no catalog measure is known to fit it."""
        return self.is_goal and bool(self.__dict__.get("_unlisted"))

    def _bare_verb_order(self) -> bool:
        """An English order whose verb no list names: a dictionary's base-form verb opens it
        and an object follows ("have regular 1:1s with each of my testers", "sit down and
        look at the budget app together"), not a subject ("churn is killing us")."""
        if (
            self.language != "en"
            or self.question
            or self.asks
            or self.injection is not None  # "ignore previous instructions ...": not the user's
            or _title_cased(self.text)  # "Ward 7 Pharmacy Handover Notes – Template v2"
            or _PLEASE.search(self.folded)  # "Please draft an RFQ template": asked of the tool
        ):
            return False
        words = _ORDER_WORD.findall(self.folded)
        fillers = word_set("order_fillers")
        while words and words[0] in fillers:
            words = words[1:]
        if len(words) < 2 or not words[1][0].isalpha() or words[1] in word_set("subject_next"):
            return False  # "churn is killing us": a subject; "Last pentest: ...": a label
        if (label := _LABEL_SIGN.search(self.folded)) is not None and len(
            self.folded[: label.start()].split()
        ) <= 3:
            return False  # "Last pentest: 3 highs", "Ward 7 – Template": a label, then its text
        if words[0] in goal_words().words.copulas.en:
            return False  # "be fitter", "get ...": a state, read by the rules for wishes
        kinds = base_verb(words[0])
        if "VERB" not in kinds:
            return False
        if (
            "NOUN" in kinds
            and (lemmas := parts_of_speech(words[1]).get("VERB", ()))
            and words[1] not in lemmas
            and words[1].endswith("ed")
        ):
            return False  # "crunch wrecked me": a thing, then what it did, told
        # "rough season tbh", "even after nights": a word that is also an adjective or an
        # adverb orders only before "the", "my", "up"... ("clean the garage", "clean up")
        return not kinds & {"ADJ", "ADV"} or words[1] in word_set("order_objects_next")

    def _deed_on_the(self) -> bool:
        """A word no list names, then "the", "my" or "our" and the thing ("service the 14 school
        buses", "up the apostille business 15%"): an order, in English."""
        if self.language != "en" or self.statement or self.injection is not None:
            return False
        words = goal_words().words
        first = units(self.folded, None, "en")[:4]
        if (
            len(first) == 4
            and not first[1].cats
            and first[1].text.isalpha()
            and not first[1].text.endswith(("ed", "s"))  # "mike says the ...": someone told
            and first[2].text in words.opening_determiners
        ):
            first = [first[0], *first[2:]]  # "chair fly the approach flows": a two-word verb
        return (
            len(first) >= 3
            and first[0].start == 0
            and first[0].text.isalpha()
            and (not first[0].cats or first[0].text in words.verbs_before_determiner)
            and not first[0].text.endswith("ed")  # "rained all day": a day told, not an order
            # "Abeg the caterer ...": a word to the reader, no verb
            and first[0].text not in _said_to_reader()
            # "Last season our bookings dropped": a time said first, no verb
            and not any(t.start <= first[0].start < t.end for t in self.times)
            and first[1].text in words.opening_determiners
            and not first[2].cats & {"stop", "boundary"}
        )


def _ends_with(folded: str, marked: str | None, words: PhraseMatcher) -> bool:
    """The text ends on one of the words (as typed, when marked), punctuation and whom it is
    said to aside ("... 240 nghin view roi 🎉", "... co mat phi ko vay ad")."""
    end = len(_TRAILING.sub("", folded))
    ends = {end}
    if m := _addressee_end().search(folded, 0, end):
        ends.add(len(folded[: m.start()].rstrip(" ,")))
    return any(words.ends_at(folded, e, marked) for e in ends)


@cache
def _draft_asked() -> re.Pattern[str]:
    """A message the tool is asked to draft for someone, said first: the drafting verb, up to
    three words, the message, then who gets it (data: made_by_tool, drafted_messages,
    message_to)."""
    words = goal_words().words
    made, message, to = (
        either(words.made_by_tool),
        either(words.drafted_messages),
        either(words.message_to),
    )
    return re.compile(
        rf"^(?:(?:pls|please|can you|could you|can u)\s+)?(?:{made})(?:\s+(?:me|up))?"
        rf"(?:\s+\S+){{0,3}}?\s+(?:{message})\s+(?:{to})\b"
    )


@cache
def _remark_end() -> re.Pattern[str]:
    """A run of words said after a goal's amount, to the end: whom it is said to, particles,
    slang, how it would feel ("nha team", "la ok r", "lol")."""
    words = goal_words().words
    # a trie, not a longest-first alternation: it is tried after each blank of the text's end
    said = trie_pattern(
        {
            canonical(w)
            for w in words.addressees
            + words.end_particles
            + words.tail_remarks
            + words.amount_remarks
        }
    )
    return re.compile(rf"(?:[\s,]+(?:{said}))+\W*$")


@cache
def _vietnamese_intents() -> frozenset[str]:
    """Intent words only ever written with Vietnamese marks ("ráng", "quyết"), folded; short
    ones ("cần" as "can") are left to the other tests an English text gets."""
    said = goal_words().words.intent_words
    marked = {canonical(w) for w in said if has_vietnamese_marks(w) and len(canonical(w)) >= 4}
    return frozenset(marked - {canonical(w) for w in said if not has_vietnamese_marks(w)})


@cache
def told_clause() -> re.Pattern[str]:
    """A clause of its own, told after a comma ("calves are killing me", "work eats
    everything", "takes forever the noo"): a subject and one of `told_verbs` (a verb that says
    "it" by itself may go without one), and no number."""
    told = goal_words().words.told_verbs
    # "..., takes forever": a verb said of "it" alone; "keep", "are" need whose they are
    alone = [
        v for v in told if v.split()[0].endswith("s") and v.split()[0] not in ("is", "was", "has")
    ] + goal_words().words.subjectless_remarks
    return re.compile(
        # "pastor jim is always saying ...": a subject of one or two words
        # "buyers from dubai also asking": three words at most, and how often or too
        rf"\s*(?:(?:(?:my\s+|the\s+|our\s+)?[a-z']+(?:\s+(?!to\b)[a-z']+){{0,2}}?\s+(?:(?:{either(goal_words().words.remark_adverbs)})\s+)?(?:{either(told)}))|(?:{either(alone)}))\b"
        r"(?!\s+(?:to|at|under|over|below|above|up|down)\b)[^\d]*$"
    )


@cache
def _remark_word() -> re.Pattern[str]:
    """A sigh or slang word that opens a remark mid-text ("do more stretching ugh my back")."""
    words = goal_words().words
    return re.compile(
        rf"\s(?:{either([canonical(w) for w in words.sigh_tails + words.tail_remarks])})\b"
    )


@cache
def _addressee_end() -> re.Pattern[str]:
    words = [canonical(w) for w in goal_words().words.addressees]
    return re.compile(rf"[\s,]+(?:{alternation(words)})$")


_TRAILING = re.compile(r"[^\w%)]+$")
_WITH_END = re.compile(
    r"(?:\bwith|\bw/|\balongside|\bvoi|\bcung voi)\s+(?:(?:the|our|my|all|cac|nhung)\s+)?(?:[a-z-]+\s+)?$"
)
_AMOUNT_END = re.compile(r"[\d%]\s*$|[,.!]\s*$|^\s*$")
# "minh la me bim sua", "I'm a locksmith": the speaker says who they are
_INTRODUCED = re.compile(r"\b(?:minh|toi|em|tui|to) la\b|\bi(?:'?m| am) an?\b|\bmy name is\b")
# an age that says which items count: "(60+ days)", "older than 30 days under ..."
_AGE_DEFINED = re.compile(
    r"\(\s*\d+\+?\s*(?:days?|weeks?|months?|ngay|tuan|thang)\s*\)"
    r"|\b(?:older than|over|more than|aged)\s+\d+\+?\s*(?:days?|weeks?|months?)\s+(?:old\s+)?(?:(?:down\s+)?to\s+)?(?:under|below|at most|<)"
    # "công nợ quá hạn trên 90 ngày xuống dưới 150 triệu": the bucket, then the bound on it
    r"|\b(?:tren|hon|qua)\s+\d+\s*(?:ngay|tuan|thang)\s+(?:xuong\s+)?(?:duoi|con|<)"
)
_CAPITALISED_END = re.compile(r"\b[A-Z][a-z]+\s+$")
_HONG_END = re.compile(r"\bhong\W*$")
_CO_ASKS = re.compile(r"\b(?:co|the|dc|duoc)\b")
_A_PARTICLE_END = re.compile(r"\b(?<!gi )(?<!chua )(?<!khong )(?<!vay )(?<!nao )(?<!sao )a\W*$")
# "... ma khong bo buoi hoc nao", "lau qua ko van dong gi": "không ... nào/gì" is "not a single
# one", "nothing at all" ("không biết học gì" asks what); "chưa ... lần nào" is "not once yet"
_NONE_OF_THEM = re.compile(
    r"\b(?:khong|ko|k|chang|cha|khg)\b(?: \w+){1,5} nao\W*$"
    # "may thang r chua ve lan nao": not once yet
    r"|\bchua\b(?: \w+){0,3} (?:lan|buoi|bua|hom) nao\W*$"
    r"|\b(?:khong|ko|chang|chua|khg)\b(?! biet\b| hieu\b| ro\b)(?: \w+){1,3} gi\W*$"
)
# "been sleeping like 4 hrs a night", "I've been working 60-hour weeks": how things have gone
_BEEN_DOING = re.compile(r"\W*(?:(?:i|we)(?:'ve| have)\s+)?been\s+[a-z]+ing\b")
# ... said of something named first ("freight costs been eatin us alive", "sales have been
# dropping since June")
_SUBJECT_BEEN_DOING = re.compile(
    r"\W*(?:(?:the|our|my)\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:has\s+|have\s+)?been\s+[a-z]+ing\b"
)
# "get the team to 90%": the team is brought to a level
_PRONOUN_END = re.compile(r"\b(?:it|that|this|them|those|these|no|cai do|con so do)\s+$")
_TO_END = re.compile(r"\s*(?:to|len|toi|den)\s*")


# "lot of time is wasting on ...", "the drivers are complaining": someone else's doing, going on
_GOING_ON_TOLD = re.compile(
    r"(?!(?:i|we|i'm|we're|im)\b)(?:[a-z']+\s+){1,4}(?:is|are)\s+[a-z]{3,}ing\b"
)


def _subject_did(folded: str, regular: bool = False) -> re.Match[str] | None:
    """A short subject, then a verb only the past tense spells ("Flat B tenants paid late"):
    something that happened, told. "Hit", "cut" and "read" could open an order and never count.
    `regular`: any "-ed" word counts too ("tenants complained"), where a date says when."""
    past = _past_only()
    words = list(islice(_WORD_AT.finditer(folded), 5))
    if words and words[0][0] in _said_to_reader():
        words = words[1:]  # "Abeg the caterer we used ...": a word to the reader first
    words = words[:4]
    for before, m in zip(words, words[1:], strict=False):
        if m[0] in past or (regular and len(m[0]) > 4 and m[0].endswith("ed")):
            if (
                before[0] in word_set("amount_before_participle")
                or before[0].isdigit()
                # "3 new plated desserts": the count opens, of things described
                or words[0][0].isdigit()
                or _DONE_BY_NEXT.match(folded, m.end())
            ):
                return None  # "zero failed checks", "playbook v2 launched by jan 15": no report
            return m
    return None


# "a better lead", "a good coach": one person or thing, described, not a measure counted
_ONE_BETTER_END = re.compile(
    r"\b(?:a|an)\s+(?:better|good|great|stronger|calmer|fairer|kinder)\s+$"
)
# "giao trễ hoài", "tập hoài không giảm": again and again (not "phá hoại", "hủy hoại")
_VI_AGAIN = re.compile(r"(?<!\bpha )(?<!\bhuy )(?<!\bsuy )(?<!\bbai )\bhoai\b")
_CAN_BE_DONE = re.compile(r"\s+la\s+(?:duoc|lam duoc)\W*$")  # "tự tin 8/10 là được": it can
# "... là vui rồi", "... là ok rồi", "... la du": it would be enough, a wish (its "rồi" is no past)
_ENOUGH_END = re.compile(
    r"\bla\s+(?:ok|oke|okay|oki|vui|mung|du|on|duoc|tot|dep|hanh phuc|yen tam)(?:\s+(?:lam|qua))?"
    # "bench dc 80kg la ok r, gio moi 65 thui": today's figure may follow the wish
    r"(?:\s+(?:roi|r))?(?:\s+(?:a|nha|nhe|ne))?(?:[\W\d_]*$|\s*[,.]\s)"
)
# what happened once more: "again", "the 3rd time this month"
_HAPPENED_AGAIN = re.compile(r"\bagain\b|\b\d+(?:st|nd|rd|th)\s+time\b")
_WORD_AT = re.compile(r"[a-z0-9'-]+")
_YEAR = re.compile(r"\b20\d\d\b")


def _named_before_now(clause: str, marked: str | None) -> int:
    """Where the thing a state clause names ends: before its "now" ("mock exam hien tai duoc
    58%"), or the whole clause."""
    now = goal_words().present_re.search(clause, marked)
    return now.start() if now is not None and now.start() > 0 else len(clause)


# a past time after one of these is a yardstick ("cut costs 10% vs last year"), not when it was done
_YARDSTICK_BEFORE = re.compile(r"\b(?:like|as|than|vs|versus|compared|since|from)\b")
# "every four-week period", "each shift", "per month": a period each one of which is checked
_EACH_PERIOD = re.compile(
    r"\b(?:every|each|per)\s+(?:[a-z0-9-]+\s+){0,2}(?:day|week|month|period|shift|quarter|year)\b"
)
_YARDSTICK_END = re.compile(r"\b(?:like|as|than)\s+$")
# what a figure is, said right before it ("balance is 5k", "sitting at 5k", "a debt of 5k")
_AMOUNT_STATED_END = re.compile(r"\b(?:is|are|was|at|of|around|about|nearly|almost)\s+$")


@cache
def _past_only() -> frozenset[str]:
    """Past-tense verbs that are no order when they open a sentence ("ran", "closed"); "hit",
    "read", "cut" and "put" are the same word in an order."""
    return word_set("past_verbs") - word_set("past_like_base")


def _title_cased(text: str) -> bool:
    """Most longer words start with a capital, as in a headline (a month's or a platform's
    name is always written so, and says nothing)."""
    always = _always_capital()
    words = [w for w in _LONG_WORD.findall(text) if w.lower() not in always]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _without_nouns(folded: str) -> str:
    """The text with the nouns that open with a verb's word ("khoa học", "học phí") blanked."""
    for n in goal_words().noun_re.finditer(folded):
        folded = mask(folded, n.start(), n.end())
    return folded


@cache
def _always_capital() -> frozenset[str]:
    return frozenset(MONTHS) | {p.lower() for p in lexicon().platforms}


def _opens_clause(folded: str, start: int) -> bool:
    """Nothing but punctuation or a label before `start` in its clause ("Hay tang ...")."""
    before = folded[:start].rstrip()
    return not before or before[-1] in ",.;:!-\n"


def labelled_before(folded: str, start: int) -> bool:
    """A deadline label ends right before `start` ("deadline 15/10/2026", "deadline: 15/10")."""
    return bool(_DEADLINE_LABEL_END.search(folded, max(0, start - 24), start))


def cued_before(folded: str, start: int) -> bool:
    """A deadline cue ("by", "truoc", "within") or label ("hạn chót là ngày") ends right
    before `start`."""
    return bool(
        _DEADLINE_CUE_END.search(folded, max(0, start - 16), start)
        or _DEADLINE_LABEL_END.search(folded, max(0, start - 24), start)
    )


# "Top 3| in my age group", "top 5| trong khu": the rank, then where it is held
_RANK_WHERE = re.compile(r"\s+(?:in|at|among|within|trong|tai)\b")


def cued_at(folded: str, start: int) -> bool:
    """A deadline introduced as one ("by April 30", "truoc 31/3"), not a date named in passing."""
    return bool(_DEADLINE_CUE.match(folded, start)) or cued_before(folded, start)


_WORDS = ReadingsFile.model_validate(lexicon_data("readings.yaml"))
# the words of a share said in words ("a third", "mot phan ba"), folded
FRACTION_WORDS = tuple(_WORDS.fractions)
# the words before an hour alone that make it a time of day ("in bed by| 11", "up at| 6")
_HOUR_CUES = rf"(?:{alternation(_WORDS.hour_cues)})"


def _point(marks: str) -> str:
    """A point among `marks` that ends a sentence, never an abbreviation's ("Ms. Patel", "vs.
    last year"), as typed: what is before it is read back once it is found, which costs less
    than looking behind at every place."""
    return marks + "".join(rf"(?<!\b(?i:{re.escape(w)}){marks})" for w in _WORDS.abbreviations)


POINT = _point("[.!?]")
_DEADLINE_CUE = re.compile(rf"(?:{alternation(_WORDS.deadline_cues + _WORDS.deadline_labels)})\b")
# "7:40", "4h30", "2:15:00": how long, in minutes and seconds or hours and minutes
_DURATION = re.compile(r"(?<![\d:.,/])(\d{1,2})[:h]([0-5]\d)(?::([0-5]\d))?(?![\d:])")
_DURATION_GATE = re.compile(r"\d[:h][0-5]\d")
# "sub 3:30", "sub-3:30", "in under 25:00": a time of a race, not of the day
_DURATION_CUE_END = re.compile(rf"\b(?:{alternation(_WORDS.duration_cues)})(?:\s+|-)(?:of\s+)?$")
_UP_TO_N = re.compile(r"\b(?:len|xuong|ve)\s+(?:(?:muc\s+|tam\s+|khoang\s+|con\s+)?\d|top\b)")
_DAY_PART_NEXT = re.compile(rf"\s*(?:am|pm|a\.m|p\.m|{alternation(_WORDS.day_parts)})\b")
_CUE_INSIDE = re.compile(rf"\b{_DEADLINE_CUE.pattern}")  # "tet, deadline 20/1": a cue within
_DEADLINE_LABEL = re.compile(rf"(?:{alternation(_WORDS.deadline_labels)})\b")
_DEADLINE_LABEL_END = re.compile(rf"\b(?:{alternation(_WORDS.deadline_labels)})\s*[:=-]?\s*$")
# "tieng han| 1 tieng": after "tiếng", "han" is a language's name (Korean), no cue
_DEADLINE_CUE_END = re.compile(
    rf"\b(?!(?<=tieng )han\b)(?:{alternation(_WORDS.deadline_cues)})\s+(?:the\s+|ngay\s+)?$"
)
# "3 agents resigned", "two drivers quit": a count of people or things, then what they did
_COUNT_DID = re.compile(
    r"(?:\d{1,3}|two|three|four|five|six|several)\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|staff)"
    r"\s+(?:\w{3,}(?<!e)ed|quit|left)\b"
)
_SAID_AGAIN = re.compile(r"[\s,;]+like\s+(?:actually|actualy|really|proper|properly)\b")
_TIMES_TOLD = re.compile(r"\b(?:once|twice|thrice|times)\b")
_FOR_TIME_END = re.compile(r"\b(?:for|in|on|till|until)\s+$")
_DONE_BY_NEXT = re.compile(rf"\s+(?:{alternation(_WORDS.deadline_cues)})\b")
_AT_LEAST = f"(?:{alternation(_WORDS.at_least)})"
_AT_MOST = f"(?:{alternation(_WORDS.at_most)})"
_AT_LEAST_END = re.compile(_AT_LEAST + r"\s*$")
# "sub-25 5k": a hyphen joins it too; "≤ -18°C": a sign below zero
_AT_MOST_END = re.compile(_AT_MOST + r"\s*[-−]?$")
# "cap work at 50 hrs/week": a ceiling verb, what it holds, then "at"
_CEILING_AT_END = re.compile(
    rf"\b(?:{alternation(_WORDS.ceiling_verbs)})\b[^,.;:!?\d]{{0,32}}\bat\s*$"
)
_BY_END = re.compile(r"(?:\bby|\bthem|\+)\s*$")
# a currency word before the number may have a space after it ("usd 500"), and so may a sign
# said after a country's letters ("GH₵ 300")
_CURRENCY_PRE = (
    "(?:"
    + "|".join(
        # "Rs. 950", "KShs. 500": a currency's short name may keep its stop
        alternation([w]) + (r"\.?\s?" if w[-1].isalpha() else r"\s?" if w[0].isalpha() else "")
        for w in _WORDS.currency_before
    )
    # "R120k", "R1.5m": rand, read as money only with the scale typed ("R5" names a camera)
    + rf"|(?<!\w)(?:{alternation(_WORDS.currency_before_scaled)})"
    # "R120k", and a rand sum of thousands written out ("R4500", "R4,500"); "R740" is a model
    + r"(?=\d[\d.,]*\s?(?:k|m|mil|mn|bn|million|billion)\b|\d{1,3}(?:,\d{3})+(?![\d.])|\d{4,}(?![\d.]))"
    + ")"
)
_MONEY_BEFORE = re.compile(r"(?<!\w)" + _CURRENCY_PRE + r"$")
# how far before its first digit an amount may start ("usd 500")
_CURRENCY_PRE_LEN = max(len(w) + 2 * w[-1].isalpha() for w in _WORDS.currency_before)
_CURRENCY_POST = rf"(?:\s?(?:{alternation(_WORDS.currency_after)})\b|\s?%)"
# a unit typed against the number ("5kg", "10km") names what is counted
_UNIT_METRIC = _WORDS.unit_metrics
_UNIT_TYPED = re.compile(rf"\d({alternation(list(_UNIT_METRIC))})\b")  # "72kg": typed against it
_UNIT_METRIC_MARKED = _WORDS.unit_metrics_marked
_MARKED_UNIT = re.compile(r"\s?(\w+)\b")


def unit_metrics() -> frozenset[str]:
    """Units that name a catalogue measure when typed against a number ("kg", "km")."""
    return frozenset(_UNIT_METRIC)


_QTY = rf"({_CURRENCY_PRE})?({NUMBER})(?:\s?({SCALE}){SCALE_TAIL}(?![a-z]))?({_CURRENCY_POST})?"
_RANGE = re.compile(
    # "from +5 to +30", "from -12 to 10": a score typed with its sign
    rf"\b(?:from|tu)\s+[+\-−]?{_QTY}\s*(?:[a-z ]{{0,30}}?\s)?(?:to|up to|into|down to|len|xuong|xuong con|con|den|thanh|toi|ve|->|–|-)\s+(?:(?:under|below|less than|at most|at least|over|above|duoi|tren|khong qua|toi da|toi thieu)\s+)?[+\-−]?{_QTY}"
)
_PERCENT = re.compile(rf"(?<![\w.,])({NUMBER})\s?(?:%|percent\b|per cent\b|pct\b|phan tram\b)")
_NUMBER_RE = re.compile(  # not after "word-": "Pay-in-4", "Covid-19", "GPT-4" name things
    rf"(?<![\w.,])(?:(?<![a-z]-)|(?<=sub-)){_QTY}(?:\s?({alternation(_WORDS.glued_units)})\b)?(?![\w%])"
)
_NUMBER_END = re.compile(r"\d\s+$")


def _day_of_month_before(masked: str, pos: int) -> bool:
    """ "vao ngay |5", "on the |5th": the number at `pos` is a day of the month."""
    return (
        _DAY_WORDS.search(masked, max(0, pos - 6), pos) is not None  # the cheap test first
        and _DAY_OF_MONTH_END.search(masked, max(0, pos - 10), pos) is not None
    )


_DAY_OF_MONTH_END = re.compile(r"\b(?:ngay|mung|the)\s+$")
_DAY_WORDS = re.compile(r"ngay|mung|the")
_EACH_MONTH = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:hang thang|moi thang|of (?:every|each) month|every month|each month)\b"
)
_DAY_PART = re.compile(rf"\s+(?:{alternation(_WORDS.day_parts)})\b")
_VI_CHOICE = re.compile(r"\w \bhay\b \w")  # "Facebook hay TikTok": one or the other, asked
_ASKED_END = re.compile(r"\?\W*$")  # the text ends on a question mark (an emoji may follow)
_HOUR_AFTER = re.compile(
    rf"(?:ing)?\s+(?:[a-z]+\s+)?(?:{alternation(_WORDS.bedtime_cues)})\s+"
    rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:am|pm)\b|\d{{1,2}}h(?:\d{{2}})?\b|{alternation(_WORDS.hour_words)}\b)"
)
_CLOCK_BOUND_END = re.compile(rf"\b(?:{alternation(_WORDS.deadline_cues + _WORDS.clock_cues)})\s+$")
_FREQ_WORD = f"(?:{alternation(_WORDS.frequency.items)})"
_HOUR_CUE_END = re.compile(rf"\b{_HOUR_CUES}\s+$")
_BARE_HOUR = re.compile(rf"(?:1[0-2]|[1-9])\s+(?!(?:new\s+)?{_FREQ_WORD})")
_FREQUENCY = re.compile(
    # "1 tỷ 2/tháng": the 2 is the amount's tenth, not twice a month
    # "$1,500 every month": three digits after a thousands mark are the amount's own
    rf"(?<!\bty )(?<!\bti )(?<!trieu )\b(?!(?<=\d[,.])\d{{3}}\b)(\d+|{alternation(_WORDS.frequency.counts)})\s*(?:new\s+)?(?:{_FREQ_WORD}|days?|ngay)?\s*(?:a|an|in\s+an?|per|each|every|/|moi|mot|1|trong\s+mot|hang)\s*({alternation(_WORDS.frequency.periods)})\b"
    rf"|\b(?:(?:moi|hang|each|every|1|mot)\s+|(?<!\d\s)(?<!\d))(ngay|tuan|thang|day|week|month)\s+(?:[a-z]+\s+){{0,2}}(\d+)\s*{_FREQ_WORD}"
    r"|\b(daily|every day|hang ngay|moi ngay|weekly|every week|hang tuan|moi tuan)\b"
)
_PERIOD_GATE = re.compile(
    r"day|daily|week|month|ngay|tuan|thang|night|morning|evening|toi|sang|dem"
)
_RELATIVE_CUE = re.compile(r"(?:\bby|\bthem|\btang|\bgiam|\bup|\bdown|\+|-)\s*$")
_LEVEL_CUE = re.compile(
    r"(?:\bto|\blen|\bxuong|\bxuong con|\bcon|\bdat|\breach|\bhit|\bhits|\bat|\bof|\btren|\bmuc|\bla|\bbelow|\babove|\bunder)\s*$"
)
_AGE_NEXT = re.compile(r"\s*(?:thang|tuoi|months?|years?|yrs?|weeks?|tuan)\b")
_MORE_NEXT = re.compile(
    r"\s*(?:more|fewer|less|growth|increase|higher|lower|improvement|reduction|decrease|drop|rise"
    r"|boost|uplift|cut|yoy|mom|qoq)\b"
)
_COUNTED = re.compile(
    r"^\s*(?:new\s+|more\s+|additional\s+|extra\s+)?([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?"
)
_NOT_COUNTED = frozenset(_WORDS.not_counted)


def _counted_after(r: Readings, masked: str, pos: int) -> Span | None:
    """The thing a bare number counts: "12 books", "5 kỹ sư" (a concrete object)."""
    m = _COUNTED.match(masked[pos:])
    if not m or m[1] in _NOT_COUNTED or len(m[1]) < 2:
        return None
    if lexicon().vague_time_re.search(m[1]) is not None:
        return None  # "double 10,000 soon": when, not what is counted
    end = m.end(2) if m[2] and m[2] not in _NOT_COUNTED else m.end(1)
    return r.span(pos + m.start(1), pos + end)


LONG_TEXT = 240
_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;\n]+|$)")


def _focus(masked: str, today: date) -> str:
    """In a long text, keep the sentence that states the goal; background is masked out.

    The goal sentence is the one with the most goal parts: a direction or goal verb, a
    metric, a number and a future deadline.
    """
    best, best_score = None, 0
    for m in _SENTENCE.finditer(masked):
        sentence = m[0]
        if not sentence.strip():
            continue
        part = read(sentence.strip(), today, "en" if sentence.isascii() else "vi", focus=False)
        score = (
            2 * bool(part.deadline and part.deadline.deadline and part.deadline.deadline > today)
            + 2 * bool(part.target or part.frequency)
            + bool(part.metric)
            + bool(part.direction or part.goal_verb)
            + bool(part.objective)
        )
        if score > best_score:
            best, best_score = m, score
    if best is None:
        return masked
    return " " * best.start() + masked[best.start() : best.end()] + " " * (len(masked) - best.end())


@cache
def _missed_end() -> re.Pattern[str]:
    """A word of a target missed, right before the word of the target (`missed_words`)."""
    return re.compile(rf"\b(?:{either(goal_words().words.missed_words)})\s+(?:the\s+|our\s+)?$")


def _start_clauses_blanked(r: Readings, masked: str) -> str:
    """`masked` without the words of a start said after the goal's clause ("Get Gas Safe
    registered, starting the course in January"): what begins then is a step, not the measure."""
    for t in r.times:
        cue = start_cue(masked[: t.start]) if t.kind == "start" else ""
        at = t.start - len(cue)
        if len(cue.split()) > 2 and masked.rfind(",", 0, at) > 0:
            masked = mask(masked, at, t.start)
    return masked


def _goal_label_end(masked: str, today: date) -> int | None:
    """Where the words that say the goal comes next end, when they open a sentence ("..., Mục
    tiêu là| bảo vệ luận văn", `goal_said_labels`): background and label are read as neither;
    a label followed by a time alone ("... cho tổ buồng. Mục tiêu là hết quý 1.") only says
    when the goal before it is due."""
    for m in words_re("goal_said_labels").finditer(masked):
        before = masked[: m.start()].rstrip()
        if not before or before[-1] in ".!?\n":
            rest = masked[m.end() :]
            for t in read_times(rest, today):
                rest = mask(rest, t.start, t.end)
            if before and not _LETTER.search(rest):
                return None
            return m.end()
    return None


def _without_metric_words(
    times: list[TimeMatch], masked: str, marked: str | None
) -> list[TimeMatch]:
    """Drop periods that are part of a metric's name ("weekly active users", "per lead")."""
    if not any(t.kind == "recurring" for t in times):
        return times
    names = [(m.start(), m.end()) for m in lexicon().metric_re.finditer(masked, marked)]
    return [
        t
        for t in times
        if t.kind != "recurring" or not any(s <= t.start and t.end <= e for s, e in names)
    ]


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(ch, 0, pos) for ch in ".!?;:\n")
    return cut + 1 if cut >= 0 else 0


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(ch, pos) for ch in ".!?;:\n") if i >= 0]
    return min(ends) + 1 if ends else len(text)


_PER_ONE = re.compile(
    r"(\d[\d.,]*(?:\s?(?!(?:trong|con|xuong|len|vong|sau|toi|den)\b)[a-z]+)?) 1 "
    rf"({alternation(_WORDS.per_one_units)})\b"
)

_PER_ONE_FIRST = re.compile(
    r"(^|\b(?:gio|bay gio|bh|hien gio|hien tai|hien|tb|trung binh)\s)"
    r"1 (ngay|tuan|thang|ca|buoi)\b(?=[^,.;]*\d)"
)


def mask(text: str, start: int, end: int) -> str:
    """The text with [start, end) blanked out, positions kept."""
    return text[:start] + " " * (end - start) + text[end:]


@_shared
def read(text: str, today: date, language: Language | None = None, focus: bool = True) -> Readings:
    """All readings of a cleaned goal text against a reference date.

    With focus, a long text is read from its goal sentence only (see _focus).
    """
    lex = lexicon()
    language = language or detect_language(text)
    text = expand(text, language)  # "trc 1/3", "ko qua 8tr", "evry qtr": the words it stands for
    folded = fold(text)
    if (rated := _ratings_as_fractions(text, folded)) is not text:
        text, folded = rated, fold(rated)  # "rate myself four over ten": "4/10"
    r = Readings(text=text, folded=folded, language=language, today=today)

    masked = folded
    if language == "vi" and " 1 " in folded:
        # "10 tieng 1 ngay", "180 nghin 1 ky": after an amount, "1 ngay" is "/ngay", per day
        masked = _PER_ONE.sub(lambda m: m[1] + "  /" + m[2], masked)
        # "gio 1 ngay nau duoc 80kg": "1 ngay" before the amount, per day too
        masked = _PER_ONE_FIRST.sub(lambda m: m[1] + " /" + m[2], masked)
    if lex.injection_gate.search(folded) and (m := lex.injection_re.search(folded)):
        # the instruction and the rest of its sentence are not part of the goal
        end = _sentence_end(folded, m.end())
        start = _sentence_start(folded, m.start())
        r.injection = r.span(m.start(), end)
        masked = mask(masked, start, end)
    r.chatter_only = len(folded) <= 64 and lex.chatter_re.covers_all(folded)
    chatter = lex.chatter_re.search(folded)
    # "Test-restore the backups": a word of chatter joined to the next is part of a verb
    r.chatter_start = bool(
        chatter
        and chatter.start() == 0
        and folded[chatter.end() : chatter.end() + 1] != "-"
        # "test the new POS system by Friday": "test" said as a deed, on a thing named after it
        and not (
            chatter[0] in word_set("chatter_verbs")
            and (nxt := folded[chatter.end() :].split()[:1])
            and nxt[0] in word_set("determiners")
        )
    )
    ask = lex.question_re.search(folded, r.marked)
    asked = _QUESTION_LABEL.match(folded)  # "Q: what's a good CSAT score?"
    # "hey can u build me a plan": a question after a greeting opens the text all the same
    greeted = 0
    if chatter is not None and r.chatter_start:
        rest = folded[chatter.end() :]
        greeted = chatter.end() + len(rest) - len(rest.lstrip(" ,!.-"))
    elif (
        hedge := words_re("hedges_after").match(folded) or words_re("interjections").match(folded)
    ) is not None:
        # "ngl is it even worth making a demo", "wah why ...": a hedge or a sound typed first,
        # then the question
        rest = folded[hedge.end() :]
        greeted = hedge.end() + len(rest) - len(rest.lstrip(" ,!.-"))
    r.question = bool(
        ask
        and ask.start() in (0, asked.end() if asked else 0, greeted)
        # "lam sao cho khach tay den nhieu hon": "make it so that ...", a wish, when unasked
        and ("?" in text or not words_re("wish_starts").match(folded, ask.start()))
        and (
            "?" in text
            or " " in ask[0]
            # "what drills actually work for 8 year olds": a question typed with no mark, when
            # nothing in it says what is wanted
            or (
                r.language == "en"
                and ask[0] in _WH_WORDS
                and ":" not in text  # "how we win: 30 demos a month" heads a goal
                # "why ... give homework also never do": "never" there tells, it wishes nothing
                and not any(
                    m[0] not in word_set("own_intents")
                    for m in goal_words().intent_re.finditer(folded, r.marked)
                )
            )
        )
    )
    if (
        r.language == "en"
        and (choice := _CHOICE_ASKED.match(folded, greeted)) is not None
        # "Do at least 4 OR Tambo airport runs": "OR" in capitals is a name, no choice
        and text[choice.end() - 3 : choice.end() - 1] == "or"
    ):
        r.question = True  # "is godot or unity better for a 2d roguelike": a choice asked
    if (
        r.language == "vi"
        and _ASKED_END.search(text) is not None
        and (choice := _VI_CHOICE.search(folded)) is not None
        # the "hay" (or) itself is no "hãy" (let's)
        and not any(
            w.start() != choice.start() + 2
            for w in goal_words().intent_re.finditer(folded, r.marked)
        )
    ):
        r.question = True  # "Chạy ads Facebook hay TikTok thì ra đơn tốt hơn vậy em?": which one
    if (
        not r.question
        and (mark := text.rfind("?")) > 0
        and len(text) == len(folded)
        and (
            asked_then := lex.question_re.search(
                folded[mark + 1 :], r.marked[mark + 1 :] if r.marked else None
            )
        )
        is not None
        and " " in asked_then[0]
        and not folded[mark + 1 : mark + 1 + asked_then.start()].strip(" ?!.")
        # "get 500 followers by march? how do i even start": a goal said whole, then asked how
        and not DIGIT.search(folded, 0, mark)
    ):
        # "coach keeps saying i need to work on my starts?? what does that even mean": what was
        # said, then a question of its own about it
        r.question = True
    # "hut thuoc la k qua 5 dieu": typed bare, the "la" of "thuốc lá" (tobacco) is no "là" (is)
    said = lex.statement_re.search(
        _without_nouns(folded) if r.language == "vi" else folded, r.marked
    )
    # "..., 8/10 confident can do one": a rating said last is no part of the reason before it
    rated_at = _rating_clause_at(folded)
    objective_at = _objective_start(
        folded if rated_at is None else mask(folded, rated_at, len(folded)),
        r.marked,
        r.language,
        text,
    )
    if said is not None and objective_at is not None and said.start() >= objective_at:
        said = None  # "... so that I have enough pipeline": the fact is in the reason, not the goal
    aside = folded.rfind("(")
    if said is not None and 0 < aside < said.start() and folded.rstrip(" .!")[-1:] == ")":
        said = None  # "... by Nov 20, 2026 (yes I know what today is)": the fact is an aside
    if (
        said is None
        and r.language == "vi"
        and (have := _WE_HAVE_N.search(folded))
        and not goal_words().intent_re.search(folded, r.marked)
    ):
        said = have  # "Homestay minh co 6 phong, view ruong bac thang": what it has, not a change
    r.statement = said is not None
    r.statement_opens = said is not None and not folded[: said.start()].strip()
    r.listicle = goal_words().listicle_re.match(folded) is not None or _title(text)  # ^-anchored
    if focus and len(text) > LONG_TEXT:
        masked = _focus(masked, today)
    if (said_at := _goal_label_end(masked, today)) is not None:
        masked = mask(masked, 0, said_at)  # "Tôi đang học thạc sĩ. Mục tiêu là |bảo vệ ..."
    if DIGIT.search(masked):
        # "the under 9s": a team's name; "xe 16 chỗ": a vehicle's class, by its seats
        for named in (_AGE_GROUP if language == "en" else _SEATS).finditer(masked):
            masked = mask(masked, named.start(named.lastindex or 0), named.end())
        for age in _age().finditer(masked):  # "before I turn 40", "con 5 tuổi": how old
            masked = mask(masked, age.start(age.lastindex or 0), age.end(age.lastindex or 0))
        for length in _program_length().finditer(masked):
            # "gói tập Giảm cân 8 tuần", "our 12 week program": the length names the program
            g = 1 if length[1] else 2
            masked = mask(masked, length.start(g), length.end(g))

    objective_text = None
    # the business objective ("... to support X", "... để Y") is read apart from the target
    # the text read above, unless an injection or the background was masked out since
    at = objective_at if masked is folded else _objective_start(masked, r.marked, r.language, text)
    if at is not None and (chain := _reasons_first_end(masked)) is not None and at < chain:
        # "Because ..., and because ..., I want to finish my certificate next year": the
        # second reason is said first too, not what the goal is for
        at = _objective_start(mask(masked, 0, chain), r.marked, r.language, text)
    if at is not None:
        told = (
            (rated_at if rated_at is not None and rated_at > at else None)
            or _told_now_after(masked, at)
            or _vague_time_after(masked, at, r.marked)
            or _dated_sentence_after(masked, at, today)
            or _start_clause_after(masked, at, today)
        )
        # "Lam portfolio de xin viec|, cuoi thang sau xong, tu tin 6/10": a clause that opens
        # on when the goal is due ends the reason first
        if (dated := _dated_clause_after(masked, at, today)) is not None and (
            told is None or dated < told
        ):
            told = dated
        r.objective = r.span(at, told or len(text.rstrip(". ")))
        objective_text = masked[at:told]
        masked = mask(masked, at, told or len(masked))
    if (m := lex.saving_purpose_re.search(masked)) and not _time_at(masked, m.start(1), today):
        # "save $3,000 for a new pc build": what the money is for; the words stay the goal's
        # (up to a reason said after it: "... for a new battery by 15 Jan so im not stuck")
        r.purpose = r.span(m.start(1), at if at is not None else len(text.rstrip(". ")))
    if (reasons := _reasons_first_end(masked)) is not None and len(masked[reasons:].split()) >= 3:
        # "Because my back is killing me after every 10 hour wedding, I'm gonna start
        # stretching": the reason said first holds no amount or time of the goal's
        opened = _REASON_OPENS.match(masked)
        assert opened is not None
        masked = mask(masked, 0, reasons)
        r.reason_first = r.span(len(opened[0]) - len(opened[0].lstrip()), reasons - 1)
    if r.reason_first is None and (gripe := _gripe_first_end(r, masked)) is not None:
        # "Tháng này kho bị khách phàn nàn nhiều quá 😩. Tổ trưởng ca đêm phải ...": a gripe
        # of its own, said first; the goal is the sentence after it
        masked = mask(masked, 0, gripe)
        r.reason_first = r.span(0, len(r.text[:gripe].rstrip()))
    if (now := _now_clause(r, masked)) is not None:
        # "drink less coffee, currently at 5 cups a day": where it stands, not where it should go
        r.now_clause = r.span(*now)
        masked = mask(masked, *now)
    elif (state := _state_then_wish(r, masked)) is not None:
        r.state_clause = r.span(*state)
    # frequencies before times take "a week" away
    frequencies = [
        m
        for m in (_FREQUENCY.finditer(masked) if _PERIOD_GATE.search(masked) else ())
        # "vao ngay 5 hang thang", "on the 5th of every month": a day of the month, not 5 a month
        if not (m[1] and _day_of_month_before(masked, m.start()))
        # "ban dc tam 70 ly/ngay, muon tang len": the rate it runs at today, not a cadence
        and not (r.state_clause and m.start() < r.state_clause.end)
        # "get up at 6 every weekday": the hour it is done at, not 6 times a day
        and not (
            m[1]
            and _HOUR_CUE_END.search(masked, max(0, m.start() - 8), m.start())
            and _BARE_HOUR.match(masked, m.start())
        )
        # "it's nearly €60 a week", "from US$70 to US$100 a day": money each day or week, an
        # amount, not 60 times
        and not (
            (m[1] or m[4])
            and _MONEY_BEFORE.search(masked, max(0, m.start() - _CURRENCY_PRE_LEN), m.start())
        )
    ]
    r.times = _without_metric_words(read_times(masked, today, r.marked), masked, r.marked)
    if frequencies:
        # "twice in a week": how often; "in a week" inside it is no deadline
        r.times = [
            t
            for t in r.times
            if t.kind != "deadline"
            or not any(f.start() <= t.start and t.end <= f.end() for f in frequencies)
        ]
    if r.language == "vi":
        r.times = [_month_gone_done(t, folded, today) for t in r.times]
    else:
        r.times = [_month_gone_told(t, folded, today) for t in r.times]
    if r.state_clause is not None:
        # "phishing clicks were 9% in the October 2026 test, want that lower": when today's
        # figure was taken, not when the goal is due
        taken = [t for t in r.times if t.start < r.state_clause.end]
        r.times = [t for t in r.times if t.start >= r.state_clause.end]
        for t in taken:  # "doanh thu thang 11 duoc 210 trieu": the month is no amount either
            masked = mask(masked, t.start, t.end)
        if (
            taken
            and taken[-1].kind == "deadline"
            and _BY_THEN.search(folded, r.state_clause.end) is not None
        ):
            # "Mam's 80th is on 12 June. Want the back garden levelled ... by then": the day
            # told is when the goal is due
            r.times.insert(0, taken[-1])
    if objective_text and not any(t.kind == "deadline" for t in r.times):
        # "Tiet kiem 100 trieu de mua xe trong nam 2027": the deadline closes the sentence
        later = " " * (len(masked) - len(objective_text)) + objective_text
        r.times += [
            t
            for t in read_times(later, today, r.marked)
            if t.kind == "deadline"
            and (
                cued_at(folded, t.start)
                # "de nhap hang Tet, deadline 20/1": the cue said inside the time's words
                or _CUE_INSIDE.search(folded, t.start + 1, t.end) is not None
                or _IN_END.search(folded, 0, t.start)
                or _EVENT_CUE_END.search(folded, max(0, t.start - 40), t.start)
                or _IN_START.match(folded, t.start)
                or _OCCASION_START.match(folded, t.start)  # "... de trung bay dip Trung thu"
                # "so I can help out at Jake's practices this winter": a period named as this
                # one or the next is when the goal is for
                or _THIS_OR_NEXT.match(folded, t.start)
                or (  # "de cuoi nam sau mua may": when the saving is for; with a cadence
                    # ("moi thang ... de cuoi thang khong bi lech") it is only when it helps
                    _END_OF_START.match(folded, t.start)
                    and not any(x.kind == "recurring" for x in r.times)
                )
            )
        ]
    if bounds := item_bounds(masked):
        # "reply to every review within 24h": a limit each item has, read as a recurring period;
        # its number stays to be read as the limit
        r.times = sorted(
            [t for t in r.times if not any(t.start < e and s < t.end for s, e in bounds)]
            + [TimeMatch(s, e, "recurring", period="item") for s, e in bounds],
            key=lambda t: t.start,
        )
    # "Should've had the garage cleared out by October": the month was the one gone, not next
    # year's; the date passed and is asked again
    r.times = [_regretted(t, folded, today) for t in r.times]
    for t in r.times:
        if t.period != "item":
            masked = mask(masked, t.start, t.end)
    if not any(
        t.kind == "deadline"
        # "Finish top 3 in the Skipper Cup this season, the boys are hungry this year": a
        # period named with no cue after the goal's clause may be a remark's
        and not (
            _remark_period().match(folded, t.start) is not None
            and not cued_at(folded, t.start)
            and _REMARK_BREAK.search(folded, 0, t.start) is not None
        )
        for t in r.times
    ):
        # "sell fifty gift cards during the holiday season": an amount in words counts too
        ev = event_deadline(masked, today, _counted(masked))
        if ev is None and objective_text:
            # "gay quy 2 ty de xay 5 diem truong truoc mua khai giang 2027": the reason's event
            # bounds the goal it is for
            why = " " * (len(masked) - len(objective_text)) + objective_text
            ev = event_deadline(why, today, _counted(why))
        if ev is None and r.language == "en":
            ev = _named_event(text, masked)
        if ev is None and r.language == "vi":
            ev = season_ahead(masked, r.marked)
        for stated in (r.state_clause, r.now_clause):
            if ev is not None and stated is not None and stated.start <= ev[0] < stated.end:
                # "We're running about 40 calls a week in the slow season, want more": when
                # today's figure holds, no event to be done by; one said after it may be
                rest = mask(masked, stated.start, stated.end)
                ev = event_deadline(rest, today, _counted(rest))
        if ev is not None:
            r.event_deadline = r.span(*ev)
    if m := goal_words().label_re.match(masked):
        masked = mask(masked, 0, m.end() - 1)  # "KPI Q1: 95% don giao dung hen": a label
    if m := lex.direction_re.search_in(
        masked,
        r.marked,
        r.language,
        skip=_not_direction
        if r.language == "en"
        else (_in_vi_compound if r.marked else partial(_plain_not_direction, r.text)),
    ):
        r.direction = lex.directions[canonical(m[0])]
        r.direction_span = r.span(m.start(), m.end())
    _read_platform(r, masked)
    _read_metric(r, _start_clauses_blanked(r, masked))
    if (
        r.language == "vi"
        and (ms := r.metric_span) is not None
        and (count_of := _COUNT_OF.search(folded, 0, ms.start)) is not None
        and folded[count_of.end() : ms.start].strip()
        and not _CLAUSE_MARK_BETWEEN.search(folded, count_of.end(), ms.start)
    ):
        # "Giảm số bé tè dầm giờ ngủ trưa": the count of children is the measure; the nap
        # ("giờ ngủ") says when, it is no measure of its own
        r.metric, r.metric_span = None, None
    if (
        objective_text
        and not (r.metric or r.vague_object)
        and not any(u.cats & {"head", "vague"} for u in units(masked, r.marked, r.language))
        # "walk in the mornings to lose weight", "Đi bộ buổi sáng để giảm cân": a routine kept
        # for a result; the routine is the goal, its reason names no measure of it
        and not _routine_alone(r.language, masked)
        # "Want my portfolio site relaunched ... so I can pitch bigger clients": a thing brought
        # to a finished state is measured by being done, not by what it is for
        and _finish_state().search(masked) is None
    ):
        # "Run Facebook ads to get more leads": the result is named only after "to"; not when
        # the goal names its own measure ("giam ty le hoc vien bo hoc ... de on dinh doanh thu")
        # or its own aim ("bot ap luc vi phai ra video moi tuan": the videos are the reason)
        _read_metric(r, " " * (len(masked) - len(objective_text)) + objective_text, vague=False)
    if (
        r.direction is None
        and (first := folded.split(" ", 1)[0]) in goal_words().words.verbs_before_determiner
        and r._deed_on_the()
    ):
        # "up my weekly mileage", "up the apostille business 15%": the order says which way
        r.direction = "decrease" if first == "down" else "increase"
        r.direction_span = r.span(0, len(first))
    for m in frequencies:
        masked = mask(masked, m.start(), m.end())
    _read_quantities(r, masked, frequencies)
    if r.metric is not None and r.metric.key == "weight" and _goods_weighed(r):
        # "sell 500 kg of honey", "ban dc 200kg ca phe": kilos of goods, no body's weight
        r.metric = r.metric_span = None
    for t in r.times:
        for q in r.quantities if t.period == "item" else ():
            if t.start <= q.span.start < t.end and q.qualifier is None:
                q.qualifier = "at_most"  # "within 24h": at most 24 hours for each one
    plain = masked
    for q in r.quantities:
        plain = mask(plain, q.span.start, q.span.end)
    if r.confidence_span is not None:
        plain = mask(plain, r.confidence_span.start, r.confidence_span.end)
    for m in frequencies:
        if m[
            4
        ]:  # "moi ngay thien 15 phut": the words between the period and the count are the action
            plain = plain[: m.end(3)] + folded[m.end(3) : m.start(4)] + plain[m.start(4) :]
    if (m := lex.vague_time_re.search(masked, r.marked)) and m[0] not in lex.not_vague_time:
        start, end = m.start(), m.end()
        if (whole := _AS_SOON_TYPED.search(masked, max(0, start - 6))) is not None and (
            whole.start() <= start < whole.end()
        ):
            # "càng sớm càg tốt": the whole phrase, typed with a slip, is the vague time
            start, end = whole.start(), max(end, whole.end())
        r.vague_time = r.span(start, end)  # "day som" is waking early, no vague date
        plain = mask(plain, start, end)  # "lower ticket backlog asap": not the object
    for t in r.times:
        if t.kind == "start" and (cue := start_cue(folded[: t.start])):
            # "..., ap dung tu thang 1": when it starts; its verb is not the goal's act
            plain = mask(plain, t.start - len(cue), t.start)
    amounts_end = masked  # the goal's own words, times and what it is measured against blanked
    for m in words_re("compared_bases").finditer(folded):
        # "Tăng 25% so với cùng kỳ": what the change is measured against is not what changes
        plain = mask(plain, m.start(), m.end())
        amounts_end = mask(amounts_end, m.start(), m.end())
    # only the text's end is searched: a run of blanks before "$" is tried from each of its starts
    if (tail := _remark_end().search(plain, max(0, len(plain) - 40))) and any(
        _AMOUNT_END.search(said, 0, tail.end() - len(tail[0].lstrip(" ,")))
        for said in (folded, amounts_end)
    ):
        said_to = tail.end() - len(tail[0].lstrip(" ,"))
        # "tang 30% nha", "grow 15% so với năm nay nha team", "tang 30% la ok r", "+20% lol":
        # said to someone, or how it would feel, not what the amount measures
        plain = mask(plain, said_to, tail.end())
    for m in vague_cadence_re().finditer(folded) if r.language == "vi" or r.opens_with_verb else ():
        # "tập chỉnh màu Lightroom thường xuyên hơn", "do the hull checks more regular": how
        # often the deed is done, not part of it ("toolbox talks more often": a noun's aside)
        plain = mask(plain, m.start(), m.end())
    if (how := words_re("wish_starts").match(folded)) is not None:
        plain = mask(plain, 0, how.end())  # "lam sao cho ao tom tang 30%": "how" is no object
    if (setup := _SETUP_OPENS.match(folded) or _me_and_setup().match(folded)) is not None:
        # "with 7 adjusters and no new hires, cut the backlog down": what there is to work
        # with, set before the goal, is not what it acts on nor what it measures
        plain = mask(plain, 0, setup.end())
        if r.metric_span is not None and r.metric_span.end <= setup.end():
            r.metric, r.metric_span = None, None
        if r.vague_object is not None and r.vague_object.end <= setup.end():
            r.vague_object, r.vague_area, r.suggested_metric = None, False, None
    if r.language == "en":
        for told_break in _CLAUSE_COMMA.finditer(folded):
            if len(folded[: told_break.start()].split()) >= 2 and told_clause().match(
                folded, told_break.end()
            ):
                # "walk more, it takes me ages to get going": a remark told of its own, not
                # what the goal acts on; its sentence ends it ("..., doctor is worried. I will
                # reduce salt")
                stop = folded.find(". ", told_break.end())
                plain = mask(plain, told_break.start(), stop if stop > 0 else len(plain))
                break
    if r.language == "en" and (way := _WAY_PARTICLE.search(folded)) is not None:
        # "Need our call answer rate way up asap", "get our churn way down": the way it moves,
        # after the measure, is no part of its name
        plain = mask(plain, way.start(), way.end())
    if (sure := r.confidence_span) is not None and (can := _can_do_tail().match(folded, sure.end)):
        plain = mask(plain, sure.start, can.end())  # "..., 8/10 confident we can get there"
    with_platform = plain
    if r.platform_span is not None and not is_area(r.platform_span.text, r.language):
        plain = mask(plain, r.platform_span.start, r.platform_span.end)
    r.obj = read_object(plain, r.marked, r.language, measured=bool(r.quantities))
    if (
        r.obj.vague
        and r.vague_object is not None
        and canonical(r.obj.verb or "") in word_set("founding_verbs")
        and words_re("own_marks").search(
            r.folded, max(0, (r.obj.start or 0) - 8), r.vague_object.end + 12
        )
    ):
        # "start my own bakery business": the business set up is the deed, one concrete thing;
        # what it does ("doing solar installs") is its trade, no measure of the goal's
        r.obj = replace(r.obj, vague=False)
        r.vague_object = r.suggested_metric = None
        if r.metric_span is not None and r.metric_span.start >= (r.obj.start or 0):
            r.metric = r.metric_span = None
    if (
        r.obj.vague
        and r.language == "en"
        and r.obj.start is not None
        and (name := _TITLE_NAME.match(r.text, r.obj.start)) is not None
    ):
        # "Pass the Life in the UK test": a name in capitals, whatever its words, is one thing
        r.obj = replace(r.obj, vague=False, end=name.end())
    if (r.obj.verb is None or r.obj.start is None) and _off_habit_opens().match(folded):
        # "Off the smokes from 1 Jan": "off" opening the goal is the deed, a habit quit
        r.obj = replace(r.obj, verb="off", action=True)
    if (
        r.obj.milestone
        and r.obj.verb in word_set("carry_verbs_moved_only")
        and r.marked is None
        and words_re("carried_to").search(folded) is None
        and (carry := re.search(rf"\b{r.obj.verb}\b", plain)) is not None
    ):
        # typed bare, "keo" is as often "kẹo" (candy) as "kéo": it carries only a thing taken
        # up or down ("keo GPA len 3.2"; "keo dua de duoc bao lau": coconut candy)
        plain = mask(plain, carry.start(), carry.end())
        r.obj = read_object(plain, r.marked, r.language, measured=bool(r.quantities))
    if (
        r.obj.milestone
        and r.obj.verb in word_set("carry_verbs")
        and r.marked is None
        and not folded.lstrip().startswith(r.obj.verb + " ")
        and (carry := re.search(rf"\b{r.obj.verb}\b", plain)) is not None
    ):
        # typed with no marks, "dua" inside a sentence is as often "dừa" (coconut) as "đưa":
        # it carries only as the goal's first word ("dua dong keo OCOP len ke")
        plain = mask(plain, carry.start(), carry.end())
        r.obj = read_object(plain, r.marked, r.language, measured=bool(r.quantities))
    if r.obj.milestone and r.obj.verb in word_set("carry_verbs"):
        if _carried_to_amount(r):
            r.obj = replace(r.obj, milestone=False)  # "đưa tồn kho về mức 15 tỷ": a measure moved
        elif r.recurring is not None or r.frequency is not None:
            # "cuối tuần nào cũng đưa bọn trẻ đi công viên": done at a cadence, a routine
            r.obj = replace(r.obj, milestone=False, action=True)
    if (
        r.language == "vi"
        and r.obj.verb is None
        and (eng := _english_verb_first(folded, r.marked)) is not None
    ):
        # "Update giá bán trên Shopee": the English verb is the deed, the prices what it acts on
        alt = read_object(
            mask(plain, 0, eng.end), r.marked, r.language, measured=bool(r.quantities)
        )
        if alt.found:
            r.obj = replace(
                alt,
                verb=eng.text,
                milestone=alt.milestone or "milestone" in eng.cats,
                action=alt.action or "action" in eng.cats,
            )
    if (
        r.obj.vague
        and r.language == "vi"
        and r.obj.start is not None
        and ends_with("session_classifiers").search(folded, 0, r.obj.start) is not None
    ):
        # "tổ chức 1 buổi trải nghiệm hái chè": a session of it, counted, is a concrete thing
        r.obj = replace(r.obj, vague=False)
    if (
        r.obj.vague
        and r.obj.action
        and r.obj.start is not None
        and r.recurring is not None
        and _KIND_OF_STUFF.fullmatch(folded, r.obj.start, r.obj.end or r.obj.start) is not None
    ):
        # "stream devlog stuff on twitch every tues": the things of a kind named, done at a
        # cadence, are the deed itself
        r.obj = replace(r.obj, vague=False)
    if (
        r.obj.vague
        and r.target is not None
        and r.target.kind == "rank"
        and r.obj.end is not None
        and _ranked_in().match(folded, r.obj.end) is not None
    ):
        # "Be the #1 team in the site stack ranking": the rank in a list anyone can check
        r.obj = replace(r.obj, vague=False)
    if (
        (goal_q := r.target) is not None
        and (comma := folded.find(", ")) > goal_q.span.start
        and (
            goal_q.qualifier is not None
            or goal_q.kind == "range"
            or (r.direction_span is not None and r.direction_span.start < comma)
        )
        and (r.obj.start is None or r.obj.start > comma)
        and (alt := read_object(plain[:comma], r.marked, r.language, measured=True)).concrete
        and alt.head_metric
    ):
        # "Ti le phu huynh hai long ... dat tu 90% tro len, chot vao thang 6/2027": the measure
        # and its number come first; the verb of a later clause acts on nothing of its own
        r.obj = alt
    if (
        not r.obj.concrete
        and plain != with_platform
        and (r.obj.milestone or r.obj.action or r.obj.aim)
    ):
        # "launch the new website", "ra mat app phien ban 2.0": the platform is the thing delivered
        alt = read_object(with_platform, r.marked, r.language)
        r.obj = alt if alt.concrete else r.obj
    elif (
        r.obj.verb is None
        and (p := r.platform_span) is not None
        and not folded[: p.start].strip()
        and (
            (
                (r.recurring or frequencies)
                and "action" in categories(folded[p.start : p.end], r.language)
            )
            # "Ứng dụng 5S cho toàn bộ xưởng may": "apply", not the app ("Ứng dụng hiện có
            # 3.200 người dùng" says what the app has)
            or (
                "milestone" in categories(folded[p.start : p.end], r.language)
                and not _STATE_NEXT.match(folded, p.end)
            )
        )
    ):
        # "email customers every week": a channel's name that opens a routine is its verb
        alt = read_object(with_platform, r.marked, r.language)
        r.obj = alt if alt.concrete and alt.verb else r.obj
    if (
        r.target is None
        and not (r.frequency or r.recurring)
        and (skill := _skill(r, plain)) is not None
    ):
        # "hoc cach goi video Zalo cho chau": the skill is the thing, not the catalogue's videos
        r.obj, r.metric, r.metric_span = skill, None, None
        d = r.direction_span
        if (
            d is not None
            and skill.start is not None
            and skill.end is not None
            and skill.start <= d.start < skill.end
        ):
            r.direction, r.direction_span = None, None  # "learn to drive": the skill, not a move
    if r.language == "en" and (not r.obj.concrete or r.obj.area):
        # "the marketing team's SaaS spend": whose, not what (a "master's thesis" stays whole)
        owned = _POSSESSOR.sub(lambda m: " " * len(m[0]), plain) if "'s" in plain else plain
        if (
            owned != plain
            and (
                alt := read_object(owned, r.marked, r.language, measured=bool(r.quantities))
            ).concrete
        ):
            r.obj = alt
    if (
        (goal_at := r.target) is not None
        and (thing := r.obj).start is not None
        and thing.end is not None
        and thing.end <= goal_at.span.start
        and goal_words().team_re.covers_all(
            " ".join(
                w
                for w in folded[thing.start : thing.end].split()
                if w not in word_set("determiners")
            )
        )
        and _TO_END.fullmatch(folded, thing.end, goal_at.span.start)
    ):
        # "get the team to 90% test coverage": the team is who moves it, the measure follows
        after = read_object(
            " " * goal_at.span.end + plain[goal_at.span.end :], r.marked, r.language
        )
        if after.concrete:
            r.obj = replace(
                after,
                verb=thing.verb,
                action=thing.action,
                milestone=thing.milestone,
                aim=thing.aim,
            )
    if (
        (stated := r.state_clause) is not None
        and r.metric is None
        and (thing := r.obj).start is not None
        and thing.start >= stated.end
        and (
            _PRONOUN_END.search(folded, stated.end, thing.start)
            # "mock exam hien tai duoc 58%, muon cao hon truoc Tet": only how it should move,
            # said of what the first clause named
            or (
                (vq := lex.vague_quantity_re.search(folded, r.marked)) is not None
                and vq.start() <= thing.start < vq.end()
                and not folded[stated.end : thing.start].strip(" ,;").split()[1:]
            )
        )
        and (
            alt := read_object(
                # "mock exam hien tai duoc 58%": the thing is named before "now"
                plain[: _named_before_now(plain[: stated.end], r.marked)],
                r.marked,
                r.language,
            )
        ).concrete
    ):
        # "truck utilization at 78% rn, want it way higher": "it" is what the first clause named
        r.obj = replace(alt, verb=thing.verb, action=thing.action, aim=thing.aim)
    elif (
        (stated := r.state_clause) is not None
        and not r.obj.found
        and words_re("fix_orders").fullmatch(folded[stated.end :].strip(" ,.;!-")) is not None
        and (
            alt := read_object(
                plain[: _named_before_now(plain[: stated.end], r.marked)], r.marked, r.language
            )
        ).concrete
    ):
        # "Return rate 4.2% now. Fix.": the order makes better what the first clause named
        r.obj = replace(alt, verb=r.obj.verb, aim=True)
    if (
        r.language == "en"
        and (p := r.platform_span) is not None
        and r.obj.start is not None
        and r.obj.end is not None
        and r.obj.end < p.start
        and not folded[r.obj.end : p.start].strip()
        and r.metric is None
        and not r.counted
        and not r.platform_generic  # "the HotSOS app": the app is named, not a channel
        and r.text[r.obj.start : r.obj.end].islower()
        and (
            _PLURAL_OWNER.fullmatch(folded, r.obj.start, r.obj.end) is not None
            # "grow our choir FB page": one word after "our" is whose the channel is
            or (
                _OWNER_DETERMINER_END.search(folded, 0, r.obj.start) is not None
                and " " not in folded[r.obj.start : r.obj.end]
                # a network, followed; "my portfolio website" is the site's own thing
                and (plat := lexicon().platforms.get(r.platform or "")) is not None
                and plat.counts is None
                and plat.improved_by is None
            )
        )
    ):
        # "grow the shops instagram": whose channel it is, typed with no apostrophe; what
        # grows on it is not said
        r.obj = replace(r.obj, start=None, end=None)
    if (
        r.metric_span is not None
        and r.metric is not None
        and r.metric.key == "distance"
        and canonical(r.metric_span.text) in word_set("races")
        and r.metric_span.text[:1].isdigit()
        and not words_re("run_verbs").search(folded)
        and _AMOUNT_STATED_END.search(folded, max(0, r.metric_span.start - 12), r.metric_span.start)
    ):
        # "credit card balance is 5k, want it under 2k": thousands, with no race run
        r.metric, r.metric_span = None, None
    if r.metric is not None and r.metric.key == "race_time":
        r.race = None  # "improve my 5k time": the time is the measure, not a race to finish
    if r.target is None and not (r.recurring or frequencies) and (race := _race_named(r)):
        # "run a 5k by June", "run my first half marathon": a race to finish, not km to add up
        r.race, r.metric, r.metric_span = race, None, None
        r.obj = replace(r.obj, start=race.start, end=race.end, milestone=True, action=False)
    if (
        (v := r.vague_object) is not None
        and not folded[: v.start].strip()
        and r.obj.concrete
        and r.obj.start is not None
        and "," in folded[v.end : r.obj.start]
    ):
        # "Doi sales, moi nguoi co gang chot nhieu hoc vien hon": who, named first; the
        # goal's own object follows
        r.vague_object, r.vague_area, r.suggested_metric = None, False, None
    if (
        (v := r.vague_object) is not None
        and r.obj.concrete
        and (r.obj.action or r.obj.milestone)
        and _MEDIUM_END.search(r.folded, max(0, v.start - 6), v.start)
    ):
        # "tap viet nhat ky bang tieng anh": the language it is written in, not a course to take
        r.vague_object, r.vague_area, r.suggested_metric = None, False, None
    if (
        (v := r.vague_object) is not None
        and r.suggested_metric is not None
        and _BUSINESS_OWNER_END.search(r.folded, max(0, v.start - 16), v.start)
    ):
        # "customer health", "financial health": a business's state, not the user's workouts
        r.suggested_metric = None
    if (
        (v := r.vague_object) is not None
        and r.suggested_metric is not None
        and _not_its_measure(r, v)
    ):
        r.suggested_metric = None
    if (
        (v := r.vague_object) is not None
        and r.suggested_metric is not None
        and words_re("had_qualities").match(folded, v.end + 1) is not None
    ):
        # "Sort out the community vibe": the feel of the community, not how many are in it
        r.suggested_metric = None
    if (
        (v := r.vague_object) is not None
        and (key := r.suggested_metric) is not None
        and canonical(v.text) in lex.vague_proxies
        and r.platform is None
        # "grow the business 30%": the number is the business's revenue ("số 1" is a rank)
        and (r.target is None or r.target.kind == "rank" or lex.metrics[key].channel)
    ):
        # "Nâng tầm thương hiệu phòng khám", "improve the quality culture", "lam an kha hon":
        # reach, eNPS or revenue would only stand in for the aim (reach on a channel the user
        # never named); none is proposed, the questions ask which measure
        r.suggested_metric = None
    if (v := r.vague_object) is not None and _scope_after_object(r, v):
        # "turnaround on business cards", "data literacy across the company": where or for
        # what the concrete thing is measured, not a vague aim of its own
        r.vague_object, r.vague_area, r.suggested_metric = None, False, None
    if (
        (v := r.vague_object) is not None
        and r.obj.concrete
        and r.obj.end is not None
        and modifies_object(r, v)
        and DIGIT.search(folded, v.end, r.obj.end)
    ):
        # "get python 3.13 support done": a release of the thing, named by its number, is
        # the object; no course to take
        r.vague_object, r.vague_area, r.suggested_metric = None, False, None
    if (
        (v := r.vague_object) is not None
        and r.language == "vi"
        and r.obj.action
        and fold(v.text).lower() in _WORDS.groups
        and _team_named_next().match(folded, v.end)
    ):
        # "Đào tạo lại team lễ tân", "họp với team FO": the team its work names, which the
        # deed is done for or with; no vague aim
        r.vague_object, r.vague_area, r.suggested_metric = None, False, None
        r.obj = replace(r.obj, vague=False)
    if (v := r.vague_object) is not None and _modifies_object(r, v):
        # "chot ngan sach marketing 2027": a word that only says which budget is no vague aim
        r.vague_object, r.vague_area, r.suggested_metric = None, False, None
    if (
        (v := r.vague_object) is not None
        and r.obj.quality
        and r.obj.end is not None
        and v.start >= r.obj.end
        and not r.obj.head_metric
    ):
        # "want ops to be in better shape": the state is the thing's, not the user's fitness
        r.suggested_metric = None
    if r.metric_span is not None and _heads_vague(r):
        # "staff morale", "tinh than nhan vien": the catalogue word only says whose morale;
        # a measure named later may still be the metric ("... cua nhan vien (chi so eNPS)")
        whose = r.metric_span
        r.metric, r.metric_span = None, None
        _read_metric(r, mask(masked, 0, whose.end), vague=False)
    if (
        r.metric_span is not None
        and r.metric is not None
        and fold(r.metric_span.text) == r.metric.unit
        and not DIGIT.search(r.folded, max(0, r.metric_span.start - 6), r.metric_span.start)
        and _NOUN_NEXT.match(r.folded, r.metric_span.end) is not None
    ):
        # "sponsoring the km markers": a unit with no number, naming the thing after it
        r.metric, r.metric_span = None, None
    if (
        r.metric_span is not None
        and r.metric is not None
        and not r.metric.channel
        # "đăng bài fanpage": posts are counted on a channel; a gym's workouts are not
        and r.metric.type not in ("awareness", "engagement", "community", "traffic", "leads")
        and r.platform_span is not None
        and r.platform_span.start >= r.metric_span.end
        and not r.folded[r.metric_span.end : r.platform_span.start].strip()
    ):
        # "grow the gym TikTok 50%", "tăng 15% cho kênh Zalo OA": whose channel it is, not
        # what to count on it
        r.metric, r.metric_span = None, None
    if (
        r.metric_span is not None
        and r.obj.quality
        and not DIGIT.search(r.folded)
        and r.obj.end is not None
        and r.metric_span.start >= r.obj.end
        and _FOR_WHOM_END.search(r.folded, max(0, r.metric_span.start - 12), r.metric_span.start)
    ):
        # "make onboarding less of a mess for new hires": who the thing is for, not what to count
        r.metric, r.metric_span = None, None
    if (
        r.direction in (None, "reach")
        and r.language == "en"
        and (o := r.obj).start is not None
        and o.end is not None
        and o.verb is not None
        and (o.head_measure or o.head_metric)
        and (r.direction_span is None or r.direction_span.end <= o.start)
        and (way := _PARTICLE_AFTER.match(folded, o.end)) is not None
    ):
        # "get our churn down", "bring response time down": the word after the measure says
        # which way it moves; "get" alone only reaches, "bring" names no way at all
        r.direction = "decrease" if way[1] == "down" else "increase"
    elif (
        r.direction == "maintain"
        and r.language == "en"
        and (o := r.obj).end is not None
        and (o.head_measure or o.head_metric)
        and _DOWN_LAST.match(folded, o.end) is not None
    ):
        # "keep my spending on fonts down": kept low is brought down, not held where it is
        r.direction = "decrease"
    if (
        r.direction is None
        and r.language == "vi"
        and r.obj.end is not None
        and (way := _VI_PARTICLE_END.match(folded, r.obj.end)) is not None
    ):
        # "đẩy năng suất đóng gói lên": the word after the thing says which way it moves
        r.direction = "decrease" if way[1] == "xuong" else "increase"
    if (
        r.direction is None
        and r.language == "vi"
        and (ms := r.metric_span) is not None
        and (way := _VI_PARTICLE_OPENS.match(folded, ms.start)) is not None
    ):
        r.direction = "decrease" if way[1] == "xuong" else "increase"  # "xuống cân": the way first
    if r.direction is None and (way := _MOVED_BY.search(folded)) is not None:
        # "GSE damage incidents down 30%", "OTIF ↑": the word or arrow says which way
        r.direction = "decrease" if (way[1] or way[2]) in ("down", "↓") else "increase"
    if _names_deed_object(r):
        # "to chuc su kien tri an khach hang", "Take the IELTS exam": the word names what a deed
        # is done on, not a measure to move (no "+20%" spliced after it)
        r.metric, r.metric_span = None, None
    # "at some point": when, not how many ("at 3 point" is no rewrite)
    counted = masked if (vt := r.vague_time) is None else mask(masked, vt.start, vt.end)
    m = lex.vague_quantity_re.search(counted, r.marked)
    if m is not None and (w := r.wish_end) is not None and m.end() <= w:
        # "Be a better dad n spend heaps more time with the kids": the wish says why; the
        # "more" said after it is what the goal counts
        m = next(
            (x for x in lex.vague_quantity_re.finditer(counted, r.marked) if x.start() >= w), m
        )
    if m is None and r.marked is not None and (loose := marked_loose_count(r, masked)):
        m = loose  # "Đọc xong mấy cuốn sách": how many is not said
    if m is not None and _THAN.match(masked, m.start()):
        m = None  # "no ibuprofen more than twice a week": a bound on the number, not "more"
    if m is not None and any(
        w.start() < m.start() < w.end() for w in _remark_word().finditer(folded, 0, m.end() + 24)
    ):
        m = None  # "..., no more excuses": slang said after the goal, no amount
    if (
        m is not None
        and (d := r.direction_span) is not None
        and d.start <= m.start() < d.end
        and r.direction == "decrease"
    ):
        m = None  # "phàn nàn ít hơn": "hơn" closes the word for less, it is no "more"
    if m is not None:
        r.vague_quantity = r.span(m.start(), m.end())
        if _says_how_not_how_many(r, m.start(), m.end()):
            # "make the gym feel more welcoming": the gym is what is described, not what is
            # counted ("36 more workouts" would name another goal)
            r.metric, r.metric_span = None, None
    if m := lex.new_start_re.search(folded, r.marked):
        r.new_start = r.span(m.start(), m.end())
    r.goal_verb = _goal_verb(masked, r.marked)
    if r.target and r.target.kind == "ratio" and r.direction in (None, "reach"):
        r.direction = "increase"
    if (
        (d := r.direction_span) is not None
        and (aim := r.target) is not None
        and (brk := _last_break(folded, d.end, aim.span.start)) is not None
    ):
        # "... is down to 6 ladies since ... . I'd love to get us back up to a dozen": the
        # way the sentence with the number says, not the one telling how things went
        way_said = folded[brk : aim.span.start]
        if words_re("moves_up").search(way_said):
            r.direction = "increase"
        elif words_re("moves_down").search(way_said):
            r.direction = "decrease"
    if (s := r.state_clause) is not None and r.direction in (None, "reach"):
        # "churn ~7.8% monthly rn, wanna get it down": the wish says which way, with no verb
        wish = folded[s.end :]
        if words_re("moves_down").search(wish):
            r.direction = "decrease"
        elif words_re("moves_up").search(wish):
            r.direction = "increase"
    if (o := r.obj).start is not None and o.start > 1 and folded[o.start - 1] == "-":
        # "on-time deliveries": the word before the hyphen is part of the object's name
        r.obj = replace(o, start=folded.rfind(" ", 0, o.start - 1) + 1)
    if _named_rate(r):
        # "raise first-pass quality from 92% to 97%", "line efficiency 78% -> 85%": a vague word
        # named by the word before it and moved as a share is a measure the team keeps
        r.obj = replace(r.obj, vague=False, head_measure=True)
    if (
        r.metric is not None
        and r.metric.key == "reviews"
        and (level := r.target or r.today_only) is not None
        and level.value <= 5
        and (not level.value.is_integer() or _STAR_KIND.match(folded, level.span.end))
    ):
        r.metric = lex.metrics["rating"]  # "google reviews up to 4.8", "đánh giá 4,5 sao": stars
    return r


def _named_rate(r: Readings) -> bool:
    """The object is a vague word with a word naming it ("line efficiency"), and right after
    it comes a share to move it from and to."""
    o, t = r.obj, r.target
    if not o.vague or o.start is None or o.end is None or t is None or r.vague_object is not None:
        return False
    if len(r.folded[o.start : o.end].split()) < 2:
        return False  # "quality from 92% to 97%": quality of what is not said
    return (
        t.unit == "%"
        and t.kind == "range"
        and t.baseline is not None
        and not r.folded[o.end : t.span.start].strip(" :,(")
    )


@cache
def _cost_told() -> re.Pattern[str]:
    """ "|, ton gan 300k": a clause telling what today's habit costs, with its amount."""
    opens = either(goal_words().words.cost_told_opens)
    return re.compile(rf"\s*[,;]\s*(?:{opens})\b(?=[^,;.!?]*\d)")


_JOINED_ON = re.compile(rf"[\s{PICTOGRAPHS}\ufe0f\u200d,]*(?:and|but|plus|va|ma)\s")


def _now_clause(r: Readings, masked: str) -> tuple[int, int] | None:
    """A clause after the goal that says where things stand today ("get more sleep, I'm running
    on 5 hrs a night rn", "bot an vat, moi ngay 3 goi roi"), with no intention or move of its
    own: its amount is today's, not the target."""
    if not DIGIT.search(masked):
        return None
    words = goal_words()
    for c in _CLAUSE_SEP.finditer(masked):
        start = c.end()
        end = next((n.start() for n in _CLAUSE_SEP.finditer(masked, start)), len(masked))
        clause = masked[start:end]
        if not DIGIT.search(clause) or not masked[: c.start()].strip():
            continue
        if words.confidence_re.search(clause):
            continue  # "5/10 confident rn": a rating for Attainable, dropped from the rewrite
        if _ALL_OF.search(masked, 0, c.start()):
            return None  # "close out all open audit findings (currently 17)": all 17 of them
        digit = DIGIT.search(masked, start, end)
        cue = _today_cue(masked, r.marked, digit.start()) if digit is not None else None
        told = False
        # "giảm cân đi, giờ lên 62kg rồi", "giờ đã xuống 50 ký": where it has got to by now
        risen = r.language == "vi" and (
            _GOT_TO_NOW.match(clause) is not None
            # "bỏ hẳn trà sữa, tăng 4kg từ hồi dạy online rồi": what it came to since then
            or _SINCE_DONE.match(clause) is not None
        )
        now = (
            risen
            or words.present_re.search(clause) is not None
            or (r.language == "vi" and _ENDS_DONE.search(clause) is not None)
            or (r.language == "vi" and _paid_already().match(clause) is not None)
            # "..., sau 2 lần sinh em béo quá 😅": how things are, said with "quá" last
            or (
                r.language == "vi"
                and _FOLDED_TOO_END.search(_PICTOGRAPH.sub("", clause).rstrip(" .,!?~")) is not None
            )
            # "..., thang nay hoan 8% roi met qua": what it came to, then a sigh
            or (
                r.language == "vi"
                and (sigh := _sigh_end().search(clause)) is not None
                and _ENDS_DONE.search(clause, 0, sigh.start()) is not None
            )
            # "get the eNPS up, last pulse survey it was 12", "giảm khách bom hàng, giờ đang tầm 15"
            or cue is not None
            # "..., they're on maybe 1 portion a day now": today's, said last
            or _now_last_re().search(clause) is not None
            # "bớt uống cà phê lại, trực đêm toàn uống 4-5 ly": how it usually goes
            or USUALLY_SAID.match(clause.lstrip()) is not None
            # "ngủ nhiều hơn, giờ toàn ngủ 4 5 tiếng/đêm": "now" opening the clause, then how it goes
            or (r.language == "vi" and _vi_now_opens().match(clause) is not None)
            or (r.language == "en" and _en_now_opens().match(clause) is not None)
            # "stay inside the parts budget in 2027, we blew it by 18% this year": what was
            or (told := r.language == "en" and told_in_past(clause.strip()))
            # "tang san luong tieu, nam nay thu duoc co 2 tan a": what the running year came to
            or (
                r.language == "vi"
                and _NOW_PERIOD_OPENS.match(clause) is not None
                and (_VI_GOT_N.search(clause) or _VI_AMOUNT_HAD.search(clause)) is not None
            )
            # "giam khieu nai ..., thang 11 co 1.340 cuoc": what the month just gone came to
            or (
                r.language == "vi"
                and _MONTH_OPENS.match(clause) is not None
                and _VI_AMOUNT_HAD.search(clause) is not None
            )
        )
        if (
            now
            # "hiện mới chốt được 2 căn": units ("căn") said with marks are no need ("cần")
            and not words.intent_re.search(clause, r.marked[start:end] if r.marked else None)
            # "hien tai dang la 22 ty": "đang" (now) is no "đăng" (post) when the marks say so
            and (
                # "..., we only had 38 sign up this fall": told in the past, its verbs are facts
                told
                or risen
                # "..., gio dang 4.7": a word of now right before the number; "dang" is no move
                or cue == "now"
                # "..., we get about 12 kids now": who, then how it goes, said as now
                or (
                    r.language == "en"
                    and _now_last_re().search(clause) is not None
                    and starts_with("aside_subjects").match(clause.lstrip()) is not None
                )
                or not lexicon().direction_re.search(
                    # "giờ mới được 680 ký": kilos after a number, no "ký" (sign) of a deal
                    _KILOS_SAID.sub(_blank, clause),
                    _KILOS_SAID.sub(_blank, r.marked[start:end]) if r.marked else None,
                )
            )
            and (risen or not _TARGET_WORD.search(clause))
            # "giam can, ve 55kg la mung roi": how reaching it would feel, said of the target
            and not amount_felt().search(clause)
        ):
            rest = masked[end:]
            while (cost := _cost_told().match(masked, end)) is not None:
                # "..., gio tuan nao cung 5 ly, ton gan 300k": what today's habit costs
                end = next(
                    (n.start() for n in _CLAUSE_SEP.finditer(masked, cost.end())), len(masked)
                )
                rest = masked[end:]
            if _JOINED_ON.match(rest) and not words.intent_re.search(rest):
                # "... we only had 38 sign up this fall 😩 and honestly the Saturday crew is the
                # same six saints every week": the remark goes on, joined by "and"
                end = len(masked.rstrip(" .!"))
            return start, end
    return None


_KILOS_SAID = re.compile(r"(?<=\d)(\s*)(?:ky|ký|kí|ki)\b", re.IGNORECASE)


def _blank(m: re.Match[str]) -> str:
    return m[1] + " " * (len(m[0]) - len(m[1]))


@cache
def amount_felt() -> re.Pattern[str]:
    """An amount closed by how it would feel ("... 55kg là mừng rồi", "... 30% là ok r"); group
    1 (right after the amount) or 2 (after what is counted) is the feeling, kept last."""
    said = either([canonical(w) for w in goal_words().words.amount_remarks])
    # "được 1000 người theo dõi là mừng rồi": a feeling said with "là"/"is" may come after what
    # is counted; "30% cả team" only right after the amount
    felt = either(_felt_words())
    return re.compile(
        rf"[\d%]\S*(?:(\s+(?:{said}))|(?:\s+[^\s\d,.;!?]+){{1,4}}?(\s+(?:{felt})))\W*$"
    )


_COPULAS = frozenset({"là", "is", "would"})


@cache
def _felt_words() -> list[str]:
    """How reaching an amount would feel, said with "là"/"is"/"would" ("là mừng rồi")."""
    return [canonical(w) for w in goal_words().words.amount_remarks if w.split()[0] in _COPULAS]


@cache
def _felt_last() -> re.Pattern[str]:
    """The text ends on how reaching an amount would feel ("... would be the dream")."""
    return re.compile(rf"\s(?:{either(_felt_words())})\W*$")


@cache
def _now_last_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(goal_words().words.now_last)})\W*$")


_SENTENCE_STOP = re.compile(r"[.!?;](?:\s|$)")
# "brakes and ...", "brakes, lights and ...": nouns listed on up to an "and"
_LIST_ON = re.compile(r"((?:[a-z]+ ?){1,3}(?:, (?:[a-z]+ ?){1,3}){0,3}),? (?:and|&) ")
_DUE_WORD = re.compile(r"\b(?:due|deadline|han chot|han nop|het han)\b")
_VI_ALREADY_HAD = re.compile(r"\bda (?:co|bi|ton|mat|chi|xay ra|len toi|len den)\b")
_MOVED_TO_NUMBER = re.compile(
    r"(?<!\bhay )(?<!\bthuong )(?<!\bcu )(?<!\btoan )"  # see _USUAL_MOVE
    # "Circ is down to ~3,100 from 4k": where it stands now, said of it, moves nothing
    r"(?<!\bis )(?<!\bare )(?<!'s )(?<!\bwas )(?<!\bwere )"
    r"\b(?:len|xuong|xuong con|up to|down to)\s+(?:muc\s+)?\d"
)
# "..., trực đêm toàn uống 4-5 ly", "..., usually 3 a night": a remark on how it usually goes,
# a few words in
USUALLY_SAID = re.compile(r"(?:\S+ ){0,3}(?:toan|thuong|luc nao cung|usually|always|normally)\b")
# "huyet ap toi gio hay len 150": "often rises to" (typed bare, "hay" is not "hãy", let's), how
# it goes, not where to take it
_USUAL_MOVE = re.compile(r"\b(hay|thuong|cu|toan) (?:len|xuong)\s+(?:muc\s+)?\d")


def _opens_with_move(rest: str, marked: str | None) -> bool:
    """The clause opens with a move up or down ("bring it down", "get it up"), or says it
    second after a verb of its own ("cat bot lai": cut, back)."""
    lead = len(rest) - len(rest.lstrip(" ,.;-"))
    space = rest.find(" ", lead)
    second = len(rest) if space < 0 else space + 1
    lex = lexicon()
    return any(
        d.start() in (lead, second)
        and lex.directions.get(canonical(d[0])) in ("increase", "decrease")
        for d in lex.direction_re.finditer(rest, marked)
        if d.start() <= second
    )


def _vague_time_after(masked: str, at: int, marked: str | None) -> int | None:
    """Where a reason said from `at` ends, when a vague time closes the text after a comma
    ("... so I can reach the far farms, asap"): the time is the goal's, not the reason's."""
    end = len(masked.rstrip(" .!"))
    for c in _CLAUSE_SEP.finditer(masked, at):
        m = lexicon().vague_time_re.search(
            masked[c.end() : end], marked[c.end() : end] if marked else None
        )
        if m is not None and m.start() == 0 and m.end() == end - c.end():
            return c.start()
    # "... so I'm the go-to agent in town asap": one that is only ever said of the whole goal
    if (last := ends_with("closing_times").search(masked, at, end)) is not None:
        return len(masked[: last.start()].rstrip(" ,"))
    return None


def _told_now_after(masked: str, at: int) -> int | None:
    """Where a reason said from `at` ends, when a clause after it tells today's figure
    ("de danh tien de doi xe moi, gio dc 12tr"): that clause is where things stand, not the
    reason."""
    for c in _CLAUSE_SEP.finditer(masked, at):
        clause = masked[c.end() :]
        opens = goal_words().present_re.search(clause[:24])
        if opens is not None and not clause[: opens.start()].strip() and DIGIT.search(clause):
            return c.start()
    return None


def _spelled_figure(text: str) -> bool:
    """A figure said in words, not one word that may be another ("mười hai em", "twenty
    regulars"; not "năm nay", "hai" alone): two number words, or a value of ten or more."""
    numbers = spelled()
    for m in numbers.regex.finditer(text):
        value = numbers.value(m[0])
        if value is not None and (len(m[0].split()) >= 2 or value >= 10):
            return True
    return False


# "mỗi bể 20 khối", "each tank 20 m3": what each of the things holds or measures
_EACH_ITEM_END = re.compile(r"\b(?:moi|each)\s+([a-z]+),?\s+$")
_NOT_ITEMS = frozenset([*_WORDS.frequency.periods, *_WORDS.each_not_items])
# "70p", "25 min", "4 hours", "60 phút": a time typed with its unit; "10km", "5 mi": a distance
TIME_TYPED = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mins?|minutes?|hours?|hrs?|h|phut|p|ph|tieng|gio)\b")
_DISTANCE_TYPED = re.compile(r"\d+(?:[.,]\d+)?\s*(?:km|k|mi|miles?)")
_LEVELED_EXAM_END = re.compile(rf"\b(?:{alternation(_WORDS.leveled_exams)})\s*n?\s*$")
# "morale's been rough", "the rota is a mess": a thing and how it is (says_how_it_is)
_STATE_SAID = re.compile(
    r"[a-z]+(?:'s| has| have| is| are| was| were) (?:been |gotten |got )?(?!to\b)[a-z]"
    # "CNG price going up every month": how a thing goes, said with no verb of being
    r"|(?!(?:get|keep|make|bring|push|drive)\b)[a-z]+(?: [a-z]+){0,2} (?:keeps? )?(?:going|getting)"
    r" (?:up|down|higher|lower|worse|crazy|through the roof)\b"
)
# "Circ is down to ...": a verb of being right before a move, which then tells how it went
_STATE_VERB_END = re.compile(r"\b(?:is|are|'s|was|were|been|has gone|have gone|went)\s+$")
# "NPS is at 31", "churn's 5%": a measure and what it is, ending the clause
_STATED_IS = re.compile(r"\b(?:is|'s|are)\s+(?:at\s+|about\s+|around\s+|like\s+)?\S*\d\S*\s*$")


def _an_order(r: Readings) -> bool:
    """The text opens with a verb: a listed one, or a dictionary's ("Trace and vaccinate ...")."""
    return r.opens_with_verb or r._bare_verb_order()


def _regretted(t: TimeMatch, folded: str, today: date) -> TimeMatch:
    """A deadline with no year typed, said after "should have" or "was supposed to": the last
    one gone when that is within a year, as the user meant."""
    if (
        t.kind != "deadline"
        or t.deadline is None
        or _YEAR.search(folded, t.start, t.end) is not None
        or _regret_end().search(folded, max(0, t.start - 60), t.start) is None
    ):
        return t
    try:
        gone = t.deadline.replace(year=t.deadline.year - 1)
    except ValueError:  # 29 February
        gone = t.deadline.replace(year=t.deadline.year - 1, day=28)
    return replace(t, deadline=gone) if gone < today <= t.deadline else t


@cache
def _regret_end() -> re.Pattern[str]:
    """Words saying a date was due, then the deed, up to the date ("should've had the garage
    cleared out by", "was supposed to finish it before")."""
    said = either(goal_words().words.was_due)
    return re.compile(rf"\b(?:{said})\b[^.!?;]*$")


# "the 2nd XV", "our 1st Team": a side named by its place, its name in capitals
_ORDINAL_NAMED = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)(?=\s+[A-Z])")


def _state_then_wish(r: Readings, masked: str) -> tuple[int, int] | None:
    """Where things stand, said first, then a wish to move that names no number ("hien gio
    ban dc tam 70 ly/ngay, muon tang len", "packaging spend is about 2.3m a year right now,
    needs to come down", "vu roi duoc 7 tan/ha, vu nay muon hon"): the first clause's numbers
    are today's, and the goal's amount is still to be set."""
    # the wish is what follows the last number ("Thon co 320 ho, nha tieu hop ve sinh moi 60%,
    # can nang len"): what comes before it, however many clauses, is where things stand; the
    # wish may run on past a comma of its own ("... right now. I want to get that way, way down")
    # "... want more of the 2nd XV using it": a side named by its place is no figure
    unnamed = masked
    if len(r.text) == len(masked):
        for named in _ORDINAL_NAMED.finditer(r.text):
            unnamed = mask(unnamed, *named.span())
    c = next(
        (
            m
            for m in _CLAUSE_SEP.finditer(masked)
            if not DIGIT.search(unnamed, m.end()) or _only_times_after(r, masked, m.end())
        ),
        None,
    )
    if c is not None:
        cut, resume = c.start(), c.end()
    elif (w := _NOW_THEN_WISH.search(masked)) is not None:
        # "im on like 30 pints a week atm need to cut back": "atm", then the wish, unpunctuated
        gap = 1 if w[1] is not None else 2
        cut, resume = w.start(gap), w.end(gap)
    else:
        return None
    if not masked[:cut].strip():
        return None
    first, rest = masked[:cut], masked[resume:]
    if goal_words().confidence_re.match(r.folded, len(masked) - len(rest.lstrip())):
        return None  # "Be the #1 physio ..., 8/10 confident we can get there": how sure, no wish
    if (
        not DIGIT.search(first)
        and not _spelled_figure(first)
        # "Năm nay đọc được có ba cuốn, ...": one number word before what it counts
        and not any(
            _counts_next(r, masked, m.start(), m.end()) for m in spelled().regex.finditer(first)
        )
    ):
        return None
    marked_first = r.marked[:cut] if r.marked else None
    marked_rest = r.marked[resume:] if r.marked else None
    words, lex = goal_words(), lexicon()
    # "can manage about 10 min ... now": English "can" is no "cần"
    # "15 khách PT cố định": "cố định" (fixed) is no "định" (intend)
    intent = next(
        (
            m
            for m in words.intent_re.finditer_in(first, marked_first, r.language)
            if canonical(m[0]) not in words.not_intent
        ),
        None,
    )
    if (
        intent is not None
        and (usual := _USUAL_MOVE.search(first)) is not None
        and intent.start() == usual.start()
    ):
        intent = None
    if intent is not None or not (
        words.intent_re.search(rest, marked_rest)
        # "Refund rate at 3% now. Bring it down.": the move, said as an order after today's figure
        or (
            (
                (r.language == "en" and _now_last_re().search(first) is not None)
                # "ads fb ton qua, thang truoc 12tr, cat bot lai": a period gone's figure
                or any(t.kind == "past" for t in read_times(first, r.today, marked_first))
            )
            and (
                _opens_with_move(rest, marked_rest)
                # "Return rate 4.2% now. Fix.": better, whichever way better is for it
                or words_re("fix_orders").fullmatch(rest.strip(" ,.;!-")) is not None
            )
        )
    ):
        return None
    if any(
        lex.directions.get(canonical(d[0])) in ("increase", "decrease")
        # "gio nang 78kg roi": typed with no marks, "nặng" (weighs), not "nâng" (raise)
        and not _WEIGHS.match(first, d.start())
        # "Hiện mỗi tháng có ba chục ca tư vấn giảm cân, ...": a clause opened on today says
        # how things are, whatever moves in it
        and not (r.language == "vi" and _vi_now_opens().match(first) is not None)
        # "Circ is down to ~3,100 from 4k": how it has gone, said of it, is where it stands
        and not (r.language == "en" and _STATE_VERB_END.search(first, 0, d.start()))
        for d in lex.direction_re.finditer(first, marked_first)
    ):
        return None  # "tang doanh thu 20%, muon tang them nua": the first clause is a goal
    if _MOVED_TO_NUMBER.search(first) and not _now_last_re().search(first):
        # "keo hoa hong thang len 80 cu tu muc 45 cu hien tai, cuoi thang sau phai dat": a
        # number the first clause moves to is the target, whatever is said of today after it
        return None
    if words_re("beat_words").search(rest):
        return None  # "..., nam nay muon vuot con so do": the number is the one to beat
    if any(
        t.kind == "deadline"
        and t.deadline is not None
        and cued_at(first, t.start)
        # "Trace and vaccinate all 40 defaulters by 31 October 2026. We never finish it": an
        # order with its date, gone by or not
        and (t.deadline >= r.today or _an_order(read(r.text[:cut], r.today, r.language)))
        for t in read_times(first, r.today, marked_first)
    ):
        return None  # "google reviews from 92 to 150 by end of june, gonna ask ...": a goal first
    now_said = _now_last_re().search(first) is not None
    if not (
        now_said  # "only making about £300 a market day atm, want it to be worth it"
        # "NPS is at 31, needs work": what it is, then an order to make it better
        or (
            r.language == "en"
            and _STATED_IS.search(first) is not None
            and words_re("fix_orders").fullmatch(rest.strip(" ,.;!-")) is not None
        )
        or words_re("now_moves").search(rest)
        or lex.direction_re.search(rest, marked_rest)
        # "We average like a dozen people in the 6am vinyasa, want it fuller": more of it
        or lex.vague_quantity_re.search(rest, marked_rest)
        # "I'm locked into a 36-month lease at $2.5k/month. I want the office to pay for
        # itself": a sentence of how things are, then a wish of its own with no number
        or (
            _SENTENCE_END.search(masked, cut, resume) is not None
            and not DIGIT.search(rest)
            and (r.statement or words.present_re.search(first, marked_first) is not None)
        )
    ):
        return None
    state = (
        now_said
        # "9 analysts on 24/7 rotation, want less burnout", "nha co 2 ha, ..., muon vuon dep
        # hon": what there is, said with no order to act, then the wish (the cheap test first)
        or not r.opens_with_verb
        or words.present_re.search(first, marked_first) is not None
        # "Tuan roi chuyen 2 co 48 loi bung chi, muon giam bot": a figure from a time gone
        or any(t.kind == "past" for t in read_times(first, r.today, marked_first))
        or _already_end().search(first) is not None  # "thang nay tien dien 1tr8 roi, ..."
        # "thang 10 co 9 ca te nga, can giam manh": a month just gone, then what it came to
        or (
            (gone := _PAST_MONTH_OPENS.match(first)) is not None
            and 1 <= r.today.month - int(gone[1]) <= 3
        )
        or any(
            _today_cue(masked, r.marked, d.start()) is not None
            or _achieved_end().search(first, 0, d.start()) is not None
            for d in DIGIT.finditer(first)
        )
    )
    return (0, cut) if state else None


def _only_times_after(r: Readings, masked: str, at: int) -> bool:
    """Every number after `at` is part of a time ("..., thang 1 phai hon"): the clause after
    names no amount of its own."""
    rest = masked[at:]
    if not goal_words().intent_re.search(rest, r.marked[at:] if r.marked else None):
        return False  # the cheap test first: no wish, no need to read its times
    times = read_times(rest, r.today, r.marked[at:] if r.marked else None)
    spans = [(t.start, t.end) for t in times]
    # "..., wanna push it. confidence 5/10 tbh": how sure one is, no amount of the goal's
    spans += [c.span() for c in goal_words().confidence_re.finditer(rest)]
    return all(any(a <= d.start() < b for a, b in spans) for d in DIGIT.finditer(rest))


@cache
def _already_next() -> re.Pattern[str]:
    """After an amount, a word or two of its unit, then a word saying it is already so, closing
    the clause ("200 cai roi, ...", "40 already.")."""
    said = either(goal_words().words.already_after)
    # the words between are its unit ("200 cai"), not a verdict on it ("30% la ok roi")
    unit = r"(?:\s+(?!(?:la|is|thi|ok|oke|okay|duoc|dc|la duoc)\b)[^\s\d,.;:!?]+){0,2}?"
    # "35tr/thang roi": a rate per period is said already so as well
    return re.compile(rf"(?:/[a-z]+)?{unit}\s+(?:{said})\s*(?:[,.;:!?]|$)")


@cache
def _already_end() -> re.Pattern[str]:
    """An amount, then a word saying it is already so, closing the clause ("1tr8 roi")."""
    return re.compile(rf"\d\S*\s+(?:{either(goal_words().words.already_after)})\W*$")


def _achieved_end() -> re.Pattern[str]:
    """An amount reached, said right before its number, a filler or two between ("duoc tam")."""
    return _cue_before_number(goal_words().words.achieved_before)


# a measure's move said with no verb: "down 30%", an arrow closing the text ("OTIF ↑")
_MOVED_BY = re.compile(r"(?:\b(down|up)\s+(?:by\s+)?(?=\d)|(↑|↓)\s*$)")
# the word after a measure that says which way a "get"/"bring" moves it ("get churn down")
_PARTICLE_AFTER = re.compile(r"\s+(?:back\s+|way\s+)?(down|up)\b(?!\s+(?:to|from)\b)")
_WAY_PARTICLE = re.compile(r"\bway (?:up|down)\b")
# "... on fonts and stock photos down": the clause's last word, after the measure's name
_DOWN_LAST = re.compile(r"[^,.;!?]*\bdown\s*[.!]*$")
_STATE_NEXT = re.compile(r"\s+(?:hien|dang|co|la|da|vua|moi|cua|nay|minh|is|has|have)\b")
# "devlog stuff", "admin things": a kind named, then its things
_KIND_OF_STUFF = re.compile(r"[a-z][\w-]*(?: [a-z][\w-]*)? (?:stuff|things)")


@cache
def _for_whom_bound_end() -> re.Pattern[str]:
    """ "cho khach doan tren |20 nguoi", "for groups over |10": a bound saying who an offer is
    for (`offer_recipients`), right before the number."""
    who = either(goal_words().words.offer_recipients)
    return re.compile(
        rf"\b(?:cho|for)\s+(?:[a-z]+\s+){{0,2}}(?:{who})\s+(?:[a-z]+\s+)?"
        r"(?:tren|over|above|of over|with over|tu)\s+$"
    )


def _last_break(folded: str, start: int, end: int) -> int | None:
    """Where the last sentence between `start` and `end` opens, when one ends between them."""
    found = list(_SENTENCE_BREAK.finditer(folded, start, end))
    return found[-1].end() if found else None


# "|xuống cân", "|lên cân": a measure named with the way it moves first
_VI_PARTICLE_OPENS = re.compile(r"(xuong|len)\s")
# "đẩy năng suất đóng gói lên", "kéo occupancy lên, tháng 11 ...": up or down, its clause ending
_VI_PARTICLE_END = re.compile(
    r"\s+(len|xuong)(?:\s+(?:nha|nhe|nhé|di|nua|them|hon))?\s*(?:[,.;!?]|\W*$)"
)


def _says_how_not_how_many(r: Readings, start: int, end: int) -> bool:
    """An English "more" said of a quality after the measure's word ("make the gym feel more
    welcoming"): the word after "more" is no counted thing the reading found."""
    span = r.metric_span
    if r.language != "en" or span is None or span.end > start:
        return False
    if canonical(r.folded[start:end]) not in lexicon().more_words:
        return False
    after = _WORD_AFTER.match(r.folded, end)
    if after is None or after[1] in _NOT_A_QUALITY:
        return False  # "post more", "more of them", "more than": the amount still goes with it
    named = [r.counted] if r.counted is not None else []
    if r.obj.start is not None:
        named.append(Span(r.obj.start, r.obj.end or r.obj.start, ""))
    return not any(s.start <= after.start(1) < max(s.end, s.start + 1) for s in named)


_WORD_AFTER = re.compile(r"\s+([a-z][a-z'-]*)")
# words after "more" that start no quality: a place, a time, a join, a count's own words
_NOT_A_QUALITY = frozenset(
    "on in at of to for from by than and or this that these those each every per often".split()
)

# where one clause of a goal ends and the next begins
_NOW_THEN_WISH = re.compile(
    r"\b(?:atm|rn|right now|now|currently|at the moment|these days|lately)"
    r"(\s+(?:(?:and|but|so)\s+)?)"  # "... a week now and want to reach more"
    r"(?=(?:i |we )?(?:need|needs|want|wanna|gotta|have to|must|hope)\b)"
    # "diem danh gia dang 4.7| muon len cao hon": the figure now, then the wish, unpunctuated
    r"|\b(?:dang|hien tai|hien|gio)\s+(?:(?:tam|khoang|co|chi|moi)\s+)?\d[\d.,]*\S*"
    r"(\s+)(?=(?:minh |em |toi )?(?:muon|can|phai|mong)\b)"
)
_SENTENCE_END = re.compile(rf"{POINT}\s")
_CLAUSE_SEP = re.compile(
    rf"[,;()](?!\d)\s*|\s(?:--|[-–])\s|\s?—\s?|{POINT}\s+"
    # "diem thi thu dang 6.8 😩 muon cao hon": an emoji between two clauses parts them
    rf"|\s*[{PICTOGRAPHS}][{PICTOGRAPHS}\ufe0f\u200d]*\s+(?=\w)"
)  # "1,200" is one number


# "... per 8oz candle", "... khach moi group tour": each item the bound holds for
_PER_ITEM = re.compile(
    # "in ten school days max, every mock", "8% of the total award on each funded project",
    # "-18°C tai moi diem kiem tra": the bound's unit and words, a comma, then each one
    r"(?:\s*°[a-z]|\s+[a-z]+){0,5}?\s*,?\s*((?:per|each|every|/|moi|cho moi)\s*((?:[a-z0-9+.-]+\s+){0,2}?[a-z][a-z-]*))"
)
_SLASH_UNIT = re.compile(
    r"\s*(?:l|lb|lbs|kg|g|mg|ml|m|m2|m3|m²|m³|cm|cm²|cm³|km|km²|oz|ton|tan|ha|kwh|mmol|dl)(?!\w)"
)  # "0.1 mg/m³": a unit's slash
# "No bid goes ...", "no patient waits ...": no item of a kind does a thing, a verb in -s after it
_NO_ITEM_DOES = re.compile(
    r"\s*(no (?:single )?(?!more\b|one\b)[a-z-]+(?: [a-z-]+)??) [a-z]{2,}(?<!s)s\b"
)
_PER_WORD = re.compile(r"\b(?:per|each|every|moi)\s")
_PER_TIME = re.compile(
    r"\s*(?:(?:a|an|one|1)\s+)?(?:day|days|week|weeks|wk|month|months|mo|year|years|yr|quarter|hour|hours|hr|h|"
    r"night|nights|morning|shift|ngay|tuan|thang|nam|quy|gio|tieng|buoi|dem|sang|toi|ca|lan)\b"
)
# where a rank is held: "at state", "in the regional league", "tai giai thanh pho"
_WORD = re.compile(r"[^\W\d_]+")
_ORDER_WORD = re.compile(r"[a-z][a-z'’-]*|\S")  # words, and any other sign as one


_LABEL_SIGN = re.compile(r":(?:\s|$)|\s[–—-]\s")
_PLEASE = re.compile(r"\b(?:please|pls|plz)\b")


@cache
def parts_of_speech(word: str) -> dict[str, tuple[str, ...]]:
    """`word`'s lemmas by part of speech in lemminflect's English dictionary ("pay": NOUN
    "pay", VERB "pay"); empty for a word it does not know."""
    # imported on first use: the dictionary costs a fifth of a second to load, and most
    # goals are settled by the word lists before it is asked
    from lemminflect import getAllLemmas

    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return lemmas


def base_verb(word: str) -> frozenset[str]:
    """The parts of speech of `word` when one of them is a verb in its base form ("have",
    "sit", "rough": VERB and ADJ); empty otherwise."""
    lemmas = parts_of_speech(word)
    return frozenset(lemmas) if word in lemmas.get("VERB", ()) else frozenset()


def says_how_it_is(folded: str) -> bool:
    """The clause says how a thing is or has been ("morale's been rough since the rate hike",
    "the rota is a mess"): told of it, not wished."""
    return _STATE_SAID.match(folded) is not None


def told_in_past(clause: str) -> bool:
    """A clause of its own whose verb is in the past ("we blew it by 18% this year", "we only
    had 38 sign up this fall")."""
    clause = _said_in_passing().sub(" ", clause)  # "we only had": the adverb says how, not what
    if not subject_then_verb(clause):
        return False
    verb = _ORDER_WORD.findall(clause)[1]
    lemmas = parts_of_speech(verb).get("VERB", ())
    return bool(lemmas) and verb not in lemmas and not verb.endswith(("s", "ing"))


@cache
def _said_in_passing() -> re.Pattern[str]:
    return re.compile(rf"(?<=\w) (?:{either(goal_words().words.passing_adverbs)})(?= \w)")


def subject_then_verb(clause: str) -> bool:
    """A clause of its own: a noun, then a verb said of it ("agencies pay peanuts", "kids
    deserve it"), not a list going on ("email subscribers", "sales calls")."""
    words = []
    for w in _ORDER_WORD.findall(clause):
        # "council's breathing down our necks": the noun, then "is"
        words += [w[:-2], "is"] if len(w) > 4 and w[-2:] in ("'s", "’s") else [w]
    while (
        len(words) > 2
        and (words[0] in word_set("determiners") or "ADJ" in parts_of_speech(words[0]))
        and "NOUN" in parts_of_speech(words[1])
        and words[2] == "is"
    ):
        words = words[1:]  # "the regional council's ...": which and what kind, then the noun
    if len(words) > 2 and words[0] in word_set("possessives"):
        words = words[1:]  # "my daughter say must upgrade": whose, then the noun
    if len(words) < 2 or not words[1][0].isalpha():
        return False
    first, second = parts_of_speech(words[0]), parts_of_speech(words[1])
    if "NOUN" not in first or words[0] in first.get("VERB", ()):
        return False  # "keep ...": an order, not a subject
    if "AUX" in second:
        return True  # "people are exhausted"
    # "pay", "deserve": a verb as said of several; "calls" may be the plural of a noun
    return words[1] in second.get("VERB", ()) or ("VERB" in second and "NOUN" not in second)


# "giảm số| bé tè dầm": a count of the things named after "số" (not "số lượng", "số tiền")
_COUNT_OF = re.compile(r"\b(?:giam|tang|ha|cat giam|nang|keo|day|dua)\s+so\s(?!luong\b|tien\b)")
_CLAUSE_MARK_BETWEEN = re.compile(r"[,.;:!?]")
_PLACE_AFTER = re.compile(
    r"\s+(?:at|in|of|on|tai|o|trong)\s+(?:the\s+|our\s+|my\s+)?(?!least\b|most\b)[a-z][\w'-]*"
    r"(?:\s+(?!by\b|before\b|truoc\b)[a-z][\w'-]*){0,2}"
)


def _said_as_goal(r: Readings) -> bool:
    """A goal said with a move, a number, an order or as a key result ("KR2: online booking
    live on our website"), not a name that reads as one ("Customer Success")."""
    return r.is_goal and bool(
        r.target is not None
        or r.direction
        or r.opens_with_verb
        or r.intends
        or goal_words().label_re.match(r.folded)
    )


# a capitalised name right after a word ("sách Kết nối tri thức", "gói Premium"): what is named
_COUNTED_END = re.compile(r"\d[\d.,]*\s*(?:cuon|quyen|bo|cai|chiec)?\s*$")  # "10 cuốn sách"
_TITLE_NEXT = re.compile(r" [A-ZÀ-ỸĐ][^\W\d_]+ [A-ZÀ-ỸĐa-zà-ỹđ]")
_CAPITAL_WORD_NEXT = re.compile(r" [A-ZÀ-ỸĐ]")
_HYPHEN_WORD = re.compile(r"-[a-z]")
_STATE_VERB = re.compile(r"\b(?:is|are|was|were|been|went|got|'s)\s")


@cache
def _finish_state() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{either(goal_words().words.finish_words)})\b")


@cache
def _done_by_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{either(goal_words().words.finish_words)})\s+(?:by|before|truoc|until|till)\b"
    )


def _done_by(folded: str) -> re.Match[str] | None:
    """ "... done by June", "... live before 15/12": a completion said with its deadline."""
    return _done_by_re().search(folded)


# someone else's repeated doing, said as it is ("customers keep asking", "the trucks keep
# missing"): a report of a problem, not "keep doing X" asked of oneself
_KEEPS_DOING = re.compile(
    r"\b(?!(?:i|we|to|and|or|will|must|should|just|always)\b)[a-z']+s?\s+(?P<keep>keeps?)\s+[a-z]+ing\b"
)
_INTENT_BEFORE_KEEP = re.compile(r"\b(?:want|need|must|should|will|going to|gonna|plan|try|aim)\b")


@cache
def _off_habit_opens() -> re.Pattern[str]:
    """ "Off the smokes", "get off the vape": a habit quit, said with "off" first."""
    habits = either(goal_words().words.quit_habits)
    return re.compile(rf"\W*(?:(?:be|get|stay|go|going|i'm|im|i am)\s+)?off\s+(?:{habits})\b")


@cache
def _now_before() -> re.Pattern[str]:
    """Today's value said right before its number ("currently 120", "we're sitting at 9,400")."""
    words = either(goal_words().words.now_before)
    # "..., now 800 followers": "now" opening a clause, right before the number
    return re.compile(rf"\b(?:{words})\s+(?:[a-z~]+\s+){{0,3}}$|(?:^|[,;.(]\s*)now\s+$")


# the kinds of quantity a target is, the first listed preferred (frequencies aside)
_TARGET_KINDS = ("range", "ratio", "percent", "absolute", "rank", "level")


_RUNNING_PERIOD = re.compile(r"\b(?:nay|this|today|tonight)\b")


@cache
def _paid_already() -> re.Pattern[str]:
    """ "đóng 500k rồi mà chưa học buổi nào", "đã trả 2tr rồi": money paid, closed by "rồi": what
    was spent, no amount to reach."""
    verbs = either(goal_words().words.paid_verbs_vi)
    return re.compile(
        rf"\s*(?:(?:da|cung da)\s+)?(?:{verbs})\s+(?:het\s+)?\d[^,.;!?]*?\b(?:roi|r)\b"
    )


@cache
def _vi_now_opens() -> re.Pattern[str]:
    """A Vietnamese clause opening on today and how things are now ("gio toan ...", "hien tai
    chi ...", "giờ tiệm có 4 đứa"): where things stand (`now_openers_vi`, a word or two of
    whose, then `now_opener_next_vi`)."""
    words = goal_words().words
    return re.compile(
        rf"\s*(?:{either(words.now_openers_vi)})\s+(?:\w+\s+){{0,4}}?"
        # "gio 1 ngay kiem ...": a day's figure, its "1 ngay" read as "per day" (" /ngay")
        rf"(?:(?:{either(words.now_opener_next_vi)})\b|/(?:ngay|tuan|thang|dem)\b)"
    )


@cache
def _en_now_opens() -> re.Pattern[str]:
    """An English clause opening on today and what goes on now ("now drinking like 4 cups a day",
    "currently only 12 a week"): where things stand (`now_openers_en`, then `now_opener_next_en`
    or a verb in -ing)."""
    words = goal_words().words
    return re.compile(
        rf"\s*(?:{either(words.now_openers_en)})\s+(?:(?:{either(words.now_opener_next_en)})\b|\w+ing\b)"
    )


def _today_cue(folded: str, marked: str | None, at: int) -> str | None:
    """'now' when a word of today comes right before the number at `at` ("currently 120",
    "we're sitting at 9,400"), 'is' when only a word of being does ("sickness absence is 6.2%",
    "giờ đang tầm 15"), else None."""
    lo = max(0, at - 40)
    if _now_before().search(folded, lo, at):
        return "now"
    if (left := _remaining_end().search(folded, lo, at)) is not None and (
        # typed with marks, they must say "còn" ("mấy con 7 chỗ": cars, counted)
        marked is None or marked[left.start() : left.end()].lower().startswith(("còn", "chỉ còn"))
    ):
        clause = max(folded.rfind(",", 0, left.start()), folded.rfind(".", 0, left.start()))
        if not words_re("remaining_moves").search(folded, clause + 1, left.start()):
            return "now"  # "nợ ngân hàng còn 150 củ, trả bớt": what is left today
    m = _now_is().search(folded, lo, at)
    if m is None or _GOAL_IS_END.search(folded, lo, m.start()):
        return None  # "the target is 500": what is named is the goal's own number
    if _INTENT_NEAR_END.search(folded, max(0, m.start() - 24), m.start()):
        return None  # "muốn có khoảng 120 khách": the number wished for
    cue = m["cue"]
    if cue == "'s" and folded[: m.start()].rsplit(" ", 1)[-1] in word_set("time_owners"):
        return None  # "beat last quarter's 38 deals": that time's figure, not today's
    if cue in word_set("now_is_marked"):
        if marked is not None:  # "Đăng 12 video" is no "đang 12": the marks decide
            if (
                marked[m.start() : m.start() + len(cue)].lower()
                not in goal_words().words.now_is_marked
            ):
                return None
        elif not m["fill"]:
            return None  # "dang 12 video" unmarked: to post or now, only a filler tells
    return "is"


@cache
def _remaining_end() -> re.Pattern[str]:
    """What is left said right before a number ("còn 150 củ", "chỉ còn khoảng 20")."""
    words = goal_words().words
    return re.compile(
        rf"\b(?:{either(words.remaining_words)})\s+(?:(?:{either(words.now_fillers)})\s+)?$"
    )


@cache
def _now_is() -> re.Pattern[str]:
    """A word of being right before a number, a filler or two between ("is at", "giờ đang tầm")."""
    words = goal_words().words
    return _cue_before_number(words.now_is + words.now_is_marked)


def _cue_before_number(cues: list[str]) -> re.Pattern[str]:
    """One of `cues` ending the text, with up to two of `now_fillers` after it: the words said
    right before a number (match it ending where the number starts)."""
    fillers = either(goal_words().words.now_fillers)
    # "it's nearly €60": the currency typed before the number is the number's own
    return re.compile(
        rf"\b(?P<cue>{either(cues)})\s+(?P<fill>(?:(?:{fillers})\s+){{0,2}})(?:{_CURRENCY_PRE})?$"
    )


# "want it to be", "muốn có khoảng": what follows is wished for, not today's
_INTENT_NEAR_END = re.compile(
    r"\b(?:want|wants|need|needs|must|should|will|aim|hope|muon|can phai|phai|se|de|dat|len)\W+"
    r"(?:\w+\W+)?$"
)
# what a "target is 500" names is the goal's own number
_GOAL_IS_END = re.compile(
    r"\b(?:goal|target|aim|objective|kpi|quota|plan|budget|limit|cap|muc tieu|chi tieu)\W*$"
)
_ASKS_END = re.compile(rf"\?[\s{PICTOGRAPHS}\ufe0f\u200d]*$")
_THAN_END = re.compile(r"\b(?:hon|than|so voi|vs|compared to|compared with)\s+$")
# "all open audit findings": every one of them; "all day", "every time" say how long or how often
_ALL_OF = re.compile(
    r"\b(?:all|every|tat ca|toan bo)\b(?!\s+(?:day|night|week|month|year|time|the time|along)\b)"
)
_ENDS_DONE = re.compile(r"\b(?:roi|r)\W*$")
_WITH_A_END = re.compile(r"\bwith\s+(?:a\s+|an\s+|the\s+|our\s+|my\s+)?$")
_BUDGET_NEXT = re.compile(r"\s+(?:ad\s+|ads\s+|marketing\s+)?budget\b")
# "the client who| still never paid": a relative clause opens on the word before
_WHO_ENDS = re.compile(r"\b(?:who|that|which|whose)\s+$")
# "... to hit", "... để đạt": what the money is used for, after it
_PURPOSE_NEXT = re.compile(r"\b(?:to|de|so that|in order to)\b")


@cache
def _means_opens() -> re.Pattern[str]:
    """A verb of using money opens the goal ("use the", "dùng", "spend our"), then words up to
    the amount."""
    verbs = either(goal_words().words.means_verbs)
    return re.compile(
        rf"^\W*(?:(?:i|we|minh|em|toi)\s+(?:will\s+|want to\s+|se\s+)?)?(?:{verbs})\b[^,.;!?]*$"
    )


# "giờ lên 62kg rồi", "bây giờ đã xuống 50 ký": now, then up or down to a number, said as done
# ("đã") or closed by "rồi"; "đúng giờ lên 96%" opens on no word of now
_GOT_TO_NOW = re.compile(
    r"\s*(?:(?:bay|hien)\s+)?(?:gio|h)\s+(?:(?P<da>da|cung da)\s+)?(?:tang\s+|giam\s+)?"
    r"(?:len|xuong)\s+(?:toi\s+|den\s+|muc\s+)?\d[^,.;!?]*?(?(da)|\b(?:roi|r)\W*)$"
)
# "hien tai 20 khach, muc tieu 50", "currently 9, target 12": a clause that names the target
_TARGET_WORD = re.compile(r"\b(?:target|goal|aim|muc tieu|chi tieu|kpi|to|len|xuong|den)\b")


def _not_its_measure(r: Readings, v: Span) -> bool:
    """The catalogue's measure for a vague word does not measure this goal: the word says how
    a named deed is done ("eat healthier" is no count of workouts), a noun before it says whose
    or which ("data culture" is no eNPS), or "more" of it asks for a count of the thing itself
    ("cho nhieu cong ty hon" is no revenue)."""
    o = r.obj
    if (
        o.action
        and o.verb
        and o.start == v.start
        and "vague" in categories(v.text, r.language)
        and "quality" not in categories(o.verb, r.language)  # "make/lam X better": X is the thing
        and not r.folded[: v.start].strip().removesuffix(fold(o.verb)).strip(" ,")
    ):
        return True  # "eat healthier": how the deed is done, right after its verb
    if o.start is not None and o.start < v.start and r.language == "en":
        people = goal_words().team_re
        if any(
            not (
                people.covers_all(w)
                or w in word_set("determiners")
                or categories(w, r.language) & {"stop", "vague"}
            )
            for w in r.folded[o.start : v.start].split()
        ):
            return True  # "data culture", "aided awareness": which one, not the staff's eNPS
    if (
        r.language == "vi"
        and (who := _PEOPLE_WORD.search(r.folded, 0, v.start)) is not None
        and not _CLAUSE_SEP.search(r.folded, who.end(), v.start)
    ):
        return True  # "mong ba con trong thon quan tam toi suc khoe hon": their health
    return bool(
        r.language == "vi"
        and _MORE_OF_END.search(r.folded, max(0, v.start - 12), v.start)
        and _HON_AFTER.match(r.folded, v.end)
    )


_PEOPLE_WORD = re.compile(rf"\b(?:{alternation(_WORDS.people)})\b")
# "huong dan 3 hoc vien ...", "huong dan 30 ho trong buoi ...": guiding people or a count of
# them; "huong dan 5 cach ..." stays a how-to's title
_GUIDES_PEOPLE = re.compile(
    rf"\s*huong dan\s+(?:(?:\d+\s+)?(?:{alternation(_WORDS.people)})\b"
    r"|\d+\s+(?!(?:cach|buoc|meo|bi quyet|dieu|loi|kinh nghiem|bai hoc)\b)[a-z])"
)
# "cho nhieu cong ty hon": more of the thing itself, a count
_MORE_OF_END = re.compile(r"\bnhieu\s+$")
_HON_AFTER = re.compile(r"\s+hon\b")


def _in_remark(masked: str, at: int) -> bool:
    """`at` is in a clause opened by a remark's first words ("..., nhieu khi ...", "..., dao nay
    ...")."""
    clause = max(masked.rfind(p, 0, at) for p in (",", ";", " - "))
    if clause < 0:
        return False
    told = len(masked) - len(masked[clause + 1 :].lstrip())
    return words_re("remark_openers").match(masked, told) is not None


def _routine_alone(language: str, masked: str) -> bool:
    """The goal opens with a routine's verb and nothing it acts on: a little word, a time of
    day or the end next ("walk| in the mornings", "đi bộ| buổi sáng"; "run| facebook ads" acts
    on something)."""
    start = len(masked) - len(masked.lstrip())
    while (lead := words_re("routine_leads").match(masked, start)) is not None:
        # "chịu khó đi bộ để giảm cân", "bắt đầu từ thứ Hai em sẽ tập thể dục để giảm cân": who,
        # the start and the effort, then the routine
        start = lead.end() + len(masked[lead.end() :]) - len(masked[lead.end() :].lstrip())
    m = words_re("routine_verbs").match(masked, start)
    if m is None:
        # "start walking to reduce this belly": the routine said going on
        word = re.match(r"[a-z]+", masked[start:])
        if word is None or not is_routine_verb(word[0]):
            return False
        end = start + word.end()
    else:
        end = m.end()
    after = masked[end:].split()[:2]
    if not after:
        return True
    more = lexicon().more_words  # folded already
    return bool(
        categories(after[0], language) & {"boundary", "stop"}
        or any(w in word_set("named_times") for w in after)
        # "walk more to lose weight", "đi bộ nhiều hơn để giảm cân": the routine, done more
        or after[0] in more
        or " ".join(after) in more
    )


def _wish_right_before(masked: str, marked: str | None, at: int) -> bool:
    """A word of wishing ends right before `at` ("muốn| giúp ..."): what follows is wished."""
    head = masked[:at].rstrip()
    return any(
        w.end() == len(head)
        for w in goal_words().intent_re.finditer(head, marked[: len(head)] if marked else None)
    )


def _wished_who_then(masked: str, marked: str | None, at: int) -> bool:
    """The text opens with a wish and a few words of who, then `at` ("Mong các nhà thuốc| ..."):
    what is at `at` is the verb wished of them."""
    wish = goal_words().intent_re.search(masked[:at], marked[:at] if marked else None)
    return wish is not None and wish.start() <= 2 and 1 <= len(masked[wish.end() : at].split()) <= 4


def _objective_start(
    masked: str, marked: str | None, language: str, original: str = ""
) -> int | None:
    """Where the reason the goal serves begins ("... to support X", "... de Y", "..., so beds
    free up"), after at least two words of the goal; None if none."""
    lex = lexicon()
    first = next(
        (
            m.start()
            for m in lex.objective_re.finditer(masked, marked)
            # "de danh 3tr" (save 3 million): the goal's verb, not "so that"
            if canonical(m[0]) not in lex.not_objective
            and len(masked[: m.start()].split()) >= 2
            # "thue nguoi cay giup": "giúp" last says for whom it is done, no reason follows
            and (" " in m[0].strip() or masked[m.end() :].strip(" .!?,;"))
            # "sell 120 bûche de noël": in English text, "de" is no "để"
            and not (language == "en" and lex.objective_re.vietnamese_only(m[0]))
            # "Với 5 bạn ca tối, phục vụ nhanh hơn": the clause's own verb, not what it serves
            and not (
                canonical(m[0]) in lex.clause_verbs
                and (
                    _CLAUSE_END.search(masked, 0, m.start())
                    # "Mong các nhà thuốc phục vụ khách chu đáo hơn": who is wished to, then
                    # the verb
                    or _wished_who_then(masked, marked, m.start())
                )
            )
            # "i want to keep that going": what is wanted, not what it is for
            and not _WANT_END.search(masked, max(0, m.start() - 12), m.start())
            # "Use the $10k ads budget to hit 5k followers": what the means is used for is the
            # goal itself
            and not (
                canonical(m[0]).split()[0] in ("to", "de")
                and _means_opens().match(masked[: m.start()]) is not None
            )
            # "Phấn đấu để trạm mình lọt top 3": what is striven for is the goal itself
            and ends_with("striving_verbs").search(masked, max(0, m.start() - 16), m.start())
            is None
            # "Mình muốn giúp các bạn ấy tiến bộ": the wish's own verb, right after it
            and not (
                canonical(m[0]) in lex.wished_verbs
                and _wish_right_before(masked, marked, m.start())
            )
            # "Zone B has to hit 95%", "we need to hit 40 a day": what must be done, not why
            and not (
                language == "en"
                and m[0].lstrip().startswith("to ")
                and masked[: m.start()].split()[-1] in goal_words().words.purpose_not_after
            )
            # "..., nhieu khi de qua ngay moi rep": inside a remark on how things go, "de" is
            # a verb (leave), no reason
            and not _in_remark(masked, m.start())
            # "i want my team to keep hitting 95%": what they are to do, not what it is for
            and not _want_who_end().search(masked, max(0, m.start() - 48), m.start())
            # "I want it to improve": what "it" is wished to do, a move, the wish itself ("need
            # this to hit the SLA" says what it is for)
            and not (
                _want_it_end().search(masked, max(0, m.start() - 24), m.start())
                and any(
                    d.start() == m.start() + 3
                    and lex.directions.get(canonical(d[0])) in ("increase", "decrease")
                    for d in lex.direction_re.finditer(masked, marked)
                )
            )
            # "Tu luyen IELTS de dat 7.0": the result to reach is the goal's target, not why
            # ("Delivery sales on UberEats to hit $1.2k a day": the marker holds the verb)
            and not (
                (
                    _RESULT_AFTER.match(masked, m.end())
                    or (_GOT_AFTER.match(masked, m.end()) and len(masked[: m.start()].split()) >= 3)
                    or (_RESULT_VERB_END.search(m[0]) and _MEASURED_NEXT.match(masked, m.end()))
                )
                and not DIGIT.search(masked, 0, m.start())
                # "walk more to lose weight": a routine done for a result, the result its why
                and not _routine_alone(language, masked[: m.start()])
            )
            # "lam 1 de trac nghiem": after a count, "de" is "đề" (a test paper), not "so that"
            # ("hoc dung cai iPhone 15 de goi video": a number that names a thing counts nothing)
            and not (
                m[0].strip() == "de"
                # typed with its marks, "để" is "so that" after any number ("trước tháng 6 để")
                and (marked is None or marked[m.start() : m.end()].strip().lower() != "để")
                and (count := _COUNT_END.search(masked, 0, m.start())) is not None
                and not goal_words().name_before_re.search(masked, 0, count.start())
                # "trc thang 4 de xet tuyen": a month's number, then "so that"
                and not _PERIOD_NUMBER_END.search(masked, 0, m.start())
            )
        ),
        None,
    )
    found = [] if first is None else [first]
    if language == "en" and (late := _late_purpose(masked, first)) is not None:
        found.append(late)
    if (
        language == "en"
        and (occasion := _occasion_re().search(masked)) is not None
        and len(masked[: occasion.start()].split()) >= 3
        # "for the Hendry wedding": a client's occasion, named, is whom the work is for
        # ("for the NICU donation drive": an acronym names no client)
        and not any(
            w[:1].isupper() and (original.isupper() or not w.isupper())
            for w in original[occasion.start() : occasion.end()].split()
        )
        and (
            DIGIT.search(masked, 0, occasion.start())
            or _BY_WORD.search(masked, 0, occasion.start())
        )
    ):
        found.append(occasion.start())  # "lose 5kg by june for my wedding": what it is for
    if (
        language == "en"  # Vietnamese typed without marks: "so" is "so", a number
        and "so " in masked
        and (m := lex.so_reason_re.search(masked, 0, first if first is not None else len(masked)))
        and len(masked[: m.start()].split()) >= 3
        and not _MORE_AFTER.search(masked, m.end())
        # "automate bank feeds so month-end close takes under 5 days": the clause is the measure;
        # "hire two senior engs so on-call isn't just 4 ppl": the goal's own amount said first
        and (
            DIGIT.search(masked, 0, m.start())
            or not DIGIT.search(masked, m.start())
            or any(lex.number_words.get(w, 0) >= 2 for w in masked[: m.start()].split()[1:])
        )
    ):
        found.append(m.start())  # "..., so beds free up earlier", not "... so. KR1: ..."
    return min(found, default=None)


_ME_AND_FIRST = re.compile(r"\W*me\s*(?:and|n|\+|&)\s")


def _late_purpose(masked: str, before: int | None) -> int | None:
    """ "... by the end of fiscal 2027 to meet the regional target", "take every Friday off to be
    with my kids": "to" and a verb of purpose, after at least three words of the goal."""
    if len(masked) > LONG_TEXT or " to " not in masked:
        return None  # a paragraph of wishes ("... our community to feel like a family")
    words = goal_words().words
    for m in _purpose_re().finditer(masked, 0, before if before is not None else len(masked)):
        head = masked[: m.start()].split()
        if head and head[-1] in words.purpose_not_after:
            continue
        if len(head) < 3 and not _routine_alone("en", masked[: m.start()]):
            continue  # "walk more| to lose weight": a routine said alone is a goal whole
        if len(head) > 15 and not DIGIT.search(masked, 0, m.start()):
            continue  # a long wish list ("... our community to feel like a family"): no reason
        if _WANT_SOMEONE_END.search(masked, max(0, m.start() - 64), m.start()):
            continue  # "i want our brand to be more known": what is wanted of it, not why
        if _SHARE_OF_THEM_END.search(masked, max(0, m.start() - 64), m.start()):
            continue  # "80% of my SHS 3 students to get A1 to C6": who, then what they do
        if _ME_AND_FIRST.match(masked):
            continue  # "me n the 2 lads to get milking done quicker": who, then the deed
        if _MEASURED_NEXT.match(masked, m.end()):
            continue  # "renegotiate 3 contracts to save at least $40k/year": the result, measured
        if masked.count('"', 0, m.start()) % 2 or _QUOTE_OPEN.search(masked, 0, m.start()):
            continue  # "write the '10 Ways to Cut Payroll Errors' ebook": a title's words
        return m.start()
    return None


@cache
def _occasion_re() -> re.Pattern[str]:
    """ "for my wedding", "for the spring fundraiser push": an occasion, said last."""
    occasions = either(goal_words().words.occasion_words)
    # not after "training for", "ready for", "in time for": there the occasion is what the
    # goal's own deed is aimed at ("keep my A1C under 6.5 while training for the marathon"),
    # or its deadline; no date inside it
    return re.compile(
        r"(?<!training )(?<!train )(?<!ready )(?<!prep )(?<!prepping )(?<!preparing )(?<!in time )"
        rf"\bfor (?:my|our|the|his|her|their|this|next) (?:[a-z'-]+ ){{0,2}}(?:{occasions})\b"
        # the occasion closes the phrase ("for the holiday soy line" names a product), or its
        # date or place follows ("for the NICU donation drive by February", "for our trip to
        # Seville")
        r"(?=\W*$|\s+(?:by|before|in|on|at|to|next|this|during)\b)"
    )


_BY_WORD = re.compile(r"\b(?:by|before|until|in)\s+\w")  # a deadline said before it


_WANT_SOMEONE_END = re.compile(
    r"\b(?:want|wants|wanted|wanna|need|needs|aim|would like|'d like|id like|get|help)\s+(?:[\w%'-]+\s+){0,7}$"
)
_SHARE_OF_THEM_END = re.compile(
    r"\d\s*%\s+of\s+(?:my|our|the|all|his|her|their)\s+(?:[\w'-]+\s+){0,5}$"
)
_MEASURED_NEXT = re.compile(
    r"\s+(?:(?:at least|at most|about|around|up to|over|another|an extra)\s+)?"
    rf"[{currency_signs()}]?\d"
)
_QUOTE_OPEN = re.compile(r"(?:^|\s)'[^']*$")  # an opening single quote not closed yet


@cache
def _purpose_re() -> re.Pattern[str]:
    verbs = either(goal_words().words.purpose_verbs)
    return re.compile(rf"\bto (?:{verbs})\b(?! (?:to|from|by)\b)")


_MORE_AFTER = re.compile(r"[.;!?\n]\s*\w")
_CLAUSE_END = re.compile(r"[,;:.!?]\s*$")
_FOR_WHOM_END = re.compile(r"\b(?:for|cho)\s+(?:(?:the|our|my|all|new|cac|nhung)\s+)*$")
_BUSINESS_OWNER_END = re.compile(
    r"\b(?:customer|client|account|financial|business|company|system|server|network|brand"
    r"|product|portfolio|pipeline|khach hang|tai chinh|doanh nghiep|cong ty|he thong)\s+$"
)
_PERIOD_NUMBER_END = re.compile(r"\b(?:thang|quy|tuan|ngay|nam)\s+\d{1,2}\s+$")
_COUNT_END = re.compile(r"(?:(?<![/\d.,])\b\d{1,2}|\bmot|\bhai|\bba|\bvai)\s+$")  # not "6/2027 de"
_RESULT_VERBS = r"(?:dat|dat duoc|reach|hit|get to|achieve|score)"  # a result reached
_RESULT_AFTER = re.compile(rf"\s+{_RESULT_VERBS}\s+[^\s,.;]*\d")
# "lam video review de dc 10k follow": got, after a deed of three words or more (not "hien tai
# de duoc 500k", today's savings)
_GOT_AFTER = re.compile(r"\s+(?:duoc|dc|co duoc|kiem duoc|len)\s+[^\s,.;]*\d")
_RESULT_VERB_END = re.compile(rf"\b{_RESULT_VERBS}\s*$")


def _time_at(text: str, at: int, today: date) -> bool:
    """A time is named right after the word at `at` ("for Q1", "cho thang 12"): no purpose."""
    after = text.find(" ", at)
    return any(t.start <= 6 for t in read_times(text[after:], today))


def _names_deed_object(r: Readings) -> bool:
    """The metric's word only modifies the object of a deed or an action, with no number and
    no word that moves it ("Take the IELTS exam", "To chuc su kien tri an khach hang"); the
    head of the object stays what is counted ("watch coaching clinic videos")."""
    o, span = r.obj, r.metric_span
    if (
        span is None
        or r.direction in ("increase", "decrease")
        or r.quantities
        or o.verb is None
        or not (o.milestone or o.action)
        or o.start is None
        or o.end is None
        or o.verb in word_set("gain_verbs")
        or not (o.start <= span.start and span.end <= o.end)
    ):
        return False
    if r.metric is not None and r.metric.unit == "score":
        return True  # "Hoc IELTS", "study for the GMAT": the exam is the subject, no score named
    # the head: last in English ("the IELTS exam"), first in Vietnamese ("su kien ... khach hang")
    return span.end < o.end if r.language == "en" else span.start > o.start


def _goal_verb(masked: str, marked: str | None) -> bool:
    """A goal verb, not the first word of a noun ("hoc phi cua be la 45tr": tuition, no study)."""
    verb = lexicon().goal_verb_re.search(masked, marked)
    if verb is None:
        return False
    nouns = [(n.start(), n.end()) for n in goal_words().noun_re.finditer(masked, marked)]
    if not nouns:
        return True  # the common case: no noun that opens with a verb's word
    verbs = lexicon().goal_verb_re.finditer(masked, marked)
    return any(not any(s <= v.start() and v.end() <= e for s, e in nouns) for v in verbs)


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_LAST_WORDS = re.compile(r"([a-z]+(?: [a-z]+)?)\s+$")


def _linked(folded: str, start: int, end: int) -> bool:
    """Only "of our", "cua" (or a space) between two spans."""
    return not folded[start:end].strip() or whose_re().fullmatch(folded, start, end) is not None


def _heads_vague(r: Readings) -> bool:
    """The metric's words modify a vague head: after them in English, before them in Vietnamese."""
    span = r.metric_span
    assert span is not None
    v = r.vague_object
    if v is not None and v.end <= span.start and _linked(r.folded, v.end, span.start):
        return True  # "tinh than lam viec cua nhan vien", "the morale of our staff"
    if r.language == "en":
        m = _NEXT_WORD.match(r.folded, span.end)
        return bool(m and "vague" in categories(m[1], "en"))
    m = _LAST_WORDS.search(r.folded, max(0, span.start - 20), span.start)
    return bool(
        m and ("vague" in categories(m[1], "vi") or "vague" in categories(m[1].split()[-1], "vi"))
    )


def _read_platform(r: Readings, masked: str) -> None:
    lex = lexicon()
    hits: list[tuple[int, int, str]] = []
    trades = [(t.start(), t.end()) for t in words_re("platform_trades").finditer(masked)]
    for m in lex.platform_re.finditer(masked, r.marked):
        if any(s <= m.start() < e for s, e in trades):
            continue  # "tu viec lam web": the work the money comes from, no channel
        hits.append((m.start(), m.end(), lex.platform_aliases[m[0]]))
    for pattern, name in lex.platform_patterns:
        for m in pattern.finditer(masked):
            hits.append((m.start(1), m.end(1), name))
    if not hits:
        return
    # a named platform beats a generic one ("social media")
    hits.sort(key=lambda h: (lex.platforms[h[2]].generic, h[0]))
    start, end, name = hits[0]
    r.platform, r.platform_span = name, r.span(start, end)
    r.platform_generic = lex.platforms[name].generic


def _overlaps(m: re.Match[str], span: Span | None) -> bool:
    return span is not None and m.start() < span.end and span.start < m.end()


def _carried_to_amount(r: Readings) -> bool:
    """A carry verb takes its thing to a number ("về mức 15 tỷ", "vào top 10"): data carried_to;
    or up or down, with no number, its clause ending there ("kéo occupancy lên, ...", "đẩy đơn
    online mạnh lên"): a measure moved, by how much not said."""
    to = ends_with("carried_to")
    if any(
        q.kind == "range" or to.search(r.folded, 0, q.span.start) is not None for q in r.quantities
    ):
        return True  # "day tien do ban dich tu 35% len 100%": from one figure to another
    return r.obj.end is not None and _VI_PARTICLE_END.match(r.folded, r.obj.end) is not None


def _english_verb_first(folded: str, marked: str | None) -> Unit | None:
    """An English verb first in Vietnamese typed with marks ("Review test case kỹ hơn",
    "Update giá bán trên Shopee"): a word typed without any, where the rest carries them, is
    the English one."""
    first = next(iter(units(folded, marked, "vi")), None)
    if first is None or marked is None:
        return None
    typed = marked[first.start : first.end].lower()
    if typed != first.text or not typed.isascii() or len(typed) < 4:
        return None
    english = next(iter(units(folded, None, "en")), None)
    if english is None or not english.cats & {"verb", "action", "milestone"}:
        return None
    return english


@cache
def _at_venue() -> re.Pattern[str]:
    venues = either(goal_words().words.in_person_venues)
    return re.compile(rf"\s+(?:at|in|tai|o)\s+(?:[\w'’]+\s+){{0,4}}?(?:{venues})\b")


# "... to our 12 beta users": the people a thing delivered goes to (not "to 100% of users")
_SENT_TO_END = re.compile(
    r"\bto\s+(?:(?:our|the|all|all of our|my|their)\s+)?(?:\d[\d,]*\s+)?(?:[a-z-]+\s+){0,2}$"
)


@cache
def _delivered_first() -> re.Pattern[str]:
    """A text opening on a verb that delivers one thing ("ship", "roll out", "launch")."""
    return re.compile(rf"^\W*(?:{either(goal_words().words.delivery_verbs)})\b")


_CLAUSE_MARKS = re.compile(r"[,.;:!?]")
# "next summer", "mùa tới": a period said to come
COMING_SAID = re.compile(r"\b(?:next|coming|toi|sau)\b")


def _read_metric(r: Readings, masked: str, vague: bool = True) -> None:
    lex = lexicon()
    inside = [(n.start(), n.end()) for n in lex.not_metric_re.finditer(masked, r.marked)]
    found_vague = (
        v
        for v in (lex.vague_object_re.finditer(masked, r.marked) if vague else ())
        if not any(s <= v.start() and v.end() <= e for s, e in inside)
        # "sleep by 11pm", "ngu truoc 11h": a bedtime, not sleep to improve
        and _HOUR_AFTER.match(r.folded, v.end()) is None
        # "quan he voi may KH doanh nghiep": the customers' kind, not the user's business
        and ends_with("customers_of_kind").search(masked, max(0, v.start() - 16), v.start()) is None
        # "our team of four meter techs": the people of a team counted are who, not an aim
        and not (r.language == "en" and of_how_many().match(masked, v.end()))
    )
    v = next(found_vague, None)
    if v is not None and canonical(v[0]) in lex.vague_whose:
        # "muốn công ty mình được nhiều người biết đến hơn": whose, then the aim measured
        v = next((w for w in found_vague if canonical(w[0]) not in lex.vague_whose), v)
    if v is not None:  # "phong ngu" holds "ngu" but is a room, no sleep to measure
        r.vague_object = r.span(v.start(), v.end())
        r.vague_area = v[0] in lex.vague_areas
        r.suggested_metric = lex.vague_objects[v[0]]
        if _at_venue().match(masked, v.end()):
            # "improve our presence at the Ontario Universities' Fair": met there in person,
            # which no channel's measure counts
            r.suggested_metric = None
    plat, verb = r.platform_span, r.direction_span
    found = list(lex.metric_re.finditer(masked, r.marked))
    # "with my team of 6 buyers save ...": the team said first, with a goal after it
    team = _TEAM_OPENS.match(masked)
    team_end = team.end() if team and len(masked[team.end() :].split()) >= 2 else None
    for i, m in enumerate(found):
        if (
            r.vague_object is not None
            and r.vague_object.end <= m.start()
            and m.start() - r.vague_object.end <= 60
            # "the image ... |with| the buyers", "uy tín |với| khách": whose view it is held in
            and words_re("whose_view_words").search(masked, r.vague_object.end, m.start())
            is not None
            and not _CLAUSE_MARKS.search(masked, r.vague_object.end, m.start())
        ):
            # "improve the image of our societies with the buyers", "the boat's image wi the
            # buyers": whose view, no count
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        if (
            canonical(m[0]) in lex.generic_measures
            and after is not None
            and after.start() - m.end() <= 2
        ):
            continue  # "diem eNPS", "chi so NPS": the named measure is the metric
        if m[0][:1].isdigit() and after is not None and after.start() - m.end() <= 2:
            continue  # "5k followers": the count of followers, not a 5k run
        if m[0][:1].isdigit() and plat is not None and not words_re("run_verbs").search(masked):
            continue  # "grow to 5k on instagram": 5,000 there, not a 5k run
        if (
            m[0][:1].isdigit()
            and canonical(m[0]) in word_set("races")
            and not words_re("run_verbs").search(masked)
            and not ends_with("race_determiners").search(masked, max(0, m.start() - 12), m.start())
            # "the Hanoi 10k", "Thanksgiving 5K": a race named in capitals ("Raise 5k": an order)
            and not (
                (said := r.text[: m.start()].split())
                and said[-1][:1].isupper()
                and (
                    len(said) > 1 or not categories(fold(said[-1].lower()), r.language) & VERB_CATS
                )
            )
        ):
            continue  # "keep costs under 5k", "raise 5k for the school": thousands, no race
        if any(s <= m.start() and m.end() <= e for s, e in inside):
            continue  # "ngan sach", "so sach": a word of its own that holds the alias
        if masked[max(0, m.start() - 1) : m.start()] == "/":
            continue  # "35k/kg", "$12/lb": the unit a price is per, not the weight to reach
        if _ROLE_FOR_END.search(masked, max(0, m.start() - 60), m.start()):
            continue  # "be a better role model for the new hires": for whom, none counted
        if canonical(m[0]) in word_set("money_weight_units") and _paid(masked, m.start(), m.end()):
            continue  # "raise 600 pounds for the roof": sterling, not the body's weight
        # the lift is looked for first: most goals name none, and the alias key costs more
        if _lifted(masked, m.start(), m.end()) and lex.metric_key(m, r.marked, masked) == "weight":
            r.metric = lex.metrics[LIFTED]  # "bench 185 lbs": what the bar carries, not the body
            r.metric_span = r.span(m.start(), m.end())
            return
        if r.language == "en" and _ONE_BETTER_END.search(masked, max(0, m.start() - 16), m.start()):
            continue  # "be a better lead for my team": one person, not sales leads
        if (
            r.language == "en"
            and _SENT_TO_END.search(masked, max(0, m.start() - 40), m.start())
            and ends_with("delivery_verbs").search(masked, 0, m.start()) is None
            and _delivered_first().match(masked) is not None
        ):
            continue  # "ship v1 of the Slack integration to our 12 beta users": who gets it
        if _COMPOUND_HEAD.search(masked, max(0, m.start() - 8), m.start()):
            continue  # "the 2-post lift", "a 5-email drip": what kind of thing, not a count
        if plat is not None and _overlaps(m, plat) and m.end() - m.start() <= plat.end - plat.start:
            continue  # the word is the platform's own name ("email" in "email newsletter")
        if verb and m.start() == verb.start and m.end() <= verb.end:
            continue  # "Reach 5,000 on TikTok": the verb, not the metric ("giam can" is one)
        if r.vague_object and r.vague_object.start <= m.start() and m.end() <= r.vague_object.end:
            continue  # "khách hàng" inside "chăm sóc khách hàng" (customer service)
        if (
            r.language == "vi"
            and m[0] in lex.capitals_in_vietnamese
            and not r.text[m.start() : m.end()].isupper()
        ):
            continue  # "thi dau JLPT N3": passing, not daily active users
        if team_end is not None and m.end() <= team_end:
            continue  # "with my team of 6 buyers save ...": who does it, not what it measures
        if (
            r.language == "vi"
            and canonical(m[0]) in word_set("titled_things")
            and _TITLE_NEXT.match(r.text, m.end())
            and not _COUNTED_END.search(masked, max(0, m.start() - 16), m.start())
        ):
            continue  # "theo sách Kết nối tri thức": the book the name says, not books counted
        if _WITH_END.search(masked, max(0, m.start() - 24), m.start()) and masked[
            : m.start()
        ].strip(" ,"):
            continue  # "better coordination w/ the structural engineers": with whom, not what
        if (
            r.language == "vi"
            and _OWNER_OF_END.search(masked, max(0, m.start() - 6), m.start())
            and canonical(m[0]) in _WORDS.served
        ):
            continue  # "số bút toán điều chỉnh của khách hàng Minh Phát": whose, not what is counted
        if canonical(m[0]) in _WORDS.owning_places and _PLACE_OWNER_END.search(
            masked, max(0, m.start() - 12), m.start()
        ):
            continue  # "tiền điện của gym", "a new logo for the gym": which place, not workouts
        metric = lex.metrics[lex.metric_key(m, r.marked, r.folded)]
        if metric.key == "weight" and _GOODS_WEIGHED.match(masked, m.end()) is not None:
            continue  # "pounds distributed per volunteer hour", "500 lbs of rice": goods weighed
        # a word named later with the amount right before it, past one read as a word
        # ("clip ..., len |5k| follow"; "clip giam can, dat 10k view": past the weight named)
        named = next(
            (
                f
                for f in found[i + 1 :]
                if not f[0][:1].isdigit()
                and (
                    # "50k views", "50k total views", "ba chục nghìn lượt xem", "tăng view lên 10k"
                    _AMOUNT_NEAR_END.search(masked, max(0, f.start() - 28), f.start())
                    or _AMOUNT_AFTER.match(masked, f.end())
                )
            ),
            None,
        )
        if (
            named is not None
            and not metric.channel
            and not _COUNT_BEFORE.search(masked, max(0, m.start() - 16), m.start())
            and lex.metrics[lex.metric_key(named, r.marked, r.folded)].channel
        ):
            continue  # "get our videos to 50k views": the views are counted, not the videos
        if (
            (metric.channel or after is None)
            and not plat
            and _SETTING_END.search(masked, max(0, m.start() - 24), m.start())
            and masked[: m.start()].strip()
        ):
            # "foot exam completion at annual visits": when, not a channel's visits; "speak up
            # more in meetings": where it is done, not the meetings counted
            continue
        r.metric, r.metric_span = metric, r.span(m.start(), m.end())
        if metric.implies and not r.platform:
            r.platform = metric.implies
        return


# after a weight: what is weighed, when it is no body ("of rice", "distributed", "collected")
_GOODS_WEIGHED = re.compile(
    r"\s+(?:of\s+(?!(?:body|fat|weight|muscle|baby|water)\b)[a-z]|(?!gained\b)[a-z]+ed\b)"
)
_WEIGHS = re.compile(
    r"nang\s+(?:khoang\s+|tam\s+|~\s*)?\d+(?:[.,]\d+)?\s?(?:kg|kgs|can|ky|ki|lbs?)\b"
)
_OWNER_OF_END = re.compile(r"\bcua\s+$")  # "của khách hàng X": the owner, after "of"
_PLACE_OWNER_END = re.compile(rf"\b(?:{alternation(_WORDS.place_owner_before)})\s+$")
# an amount typed right before a word ("50k| views", "10 nghin| luot xem")
_COUNT_BEFORE = re.compile(r"\d[\d.,]*\s?(?:k|m|tr|trieu|nghin|ngan|tram)?\s+$")
# an amount a word or so before a word ("50k total| views", "ba chuc nghin| luot xem") or right
# after it ("view| len 10k")
_AMOUNT_NEAR_END = re.compile(
    r"(?:\d[\d.,]*\s?(?:k|m|tr)?|nghin|ngan|thousand|million|trieu|tram|hundred)\s+"
    r"(?:(?:total|more|new|extra|additional)\s+)?$"
)
_AMOUNT_AFTER = re.compile(r"\s+(?:len|to|toi|den|dat|hit|reach)\s+(?:muc\s+)?(?:\d|\s\s)")


def _in_units_of_target(masked: str, m: re.Match[str], start: float) -> float:
    """The start of a move from `start` to a target, in the target's unit when the two are
    typed in units of one measure ("từ 800 kg lên 1,2 tấn": 0.8 tấn; "from 90 minutes down to
    1 hour": 1.5 hours)."""
    first = max(m.end(g) for g in range(1, 5) if m[g] is not None)
    said_a, said_b = _UNIT_WORD.match(masked, first), _UNIT_WORD.match(masked, m.end())
    if said_a is None or said_b is None or said_a[1] == said_b[1]:
        return start
    for scales in _WORDS.unit_scales.values():
        if said_a[1] in scales and said_b[1] in scales:
            return round(start * scales[said_a[1]] / scales[said_b[1]], 6)
    return start


_UNIT_WORD = re.compile(r"\s*([a-z]+)\b")


def _qty_value(m: re.Match[str], offset: int = 0) -> tuple[float | None, str | None]:
    pre, num, scale, post = m[1 + offset], m[2 + offset], m[3 + offset], m[4 + offset]
    tail = _TAIL.match(m.string, m.end(3 + offset)) if scale else None
    value = scaled(num, scale, tail[0] if tail else "")
    unit = None
    if post and post.strip() == "%":
        unit = "%"
    elif pre or post:
        cur = (pre or post or "").strip().rstrip(".").strip().lower()  # "Rs. 950": RS
        if "$" in cur or cur.startswith(("usd", "dollar", "do la", "dola")):
            unit = "$"
        elif cur in ("d", "đ") and not scale and value is not None and value <= 30:
            # "thi dc 27d khoi B", "8.5d toan": no sum of money is that small; a score typed short
            unit = "score"
        elif cur.startswith(("vnd", "vnđ", "dong", "d")):
            unit = "VND"
        else:
            unit = cur.upper()
    elif scale in ("trieu", "ty", "ti", "tr") and not (
        scale in ("trieu", "tr") and _MILLION_COUNTED.match(m.string, m.end()) is not None
    ):
        unit = "VND"  # "1 triệu lượt xem" counts views: no money
    return value, unit


_MILLION_COUNTED = re.compile(rf"\s*(?:{alternation(_WORDS.million_counts)})\b")


_TAIL = re.compile(SCALE_TAIL)
_MINUS = "-−"


def _signed(masked: str, m: re.Match[str], offset: int, value: float) -> float:
    """The value of the number in `m`'s groups at `offset`, below zero when a minus sign is typed
    right before it as a word of its own ("from -12 to 10"), no currency between."""
    at = m.start(2 + offset)
    if m[1 + offset] or at < 1 or masked[at - 1] not in _MINUS:
        return value
    return -value if at < 2 or not masked[at - 2].isalnum() else value


@cache
def _request_end() -> re.Pattern[str]:
    """A Vietnamese particle that asks, said last ("... nha", "... nhé"): a request or a plan."""
    return re.compile(rf"\b(?:{either(goal_words().words.request_particles_vi)})\W*$")


@cache
def tag_question_end() -> re.Pattern[str]:
    """A tag that asks nothing, closing a statement (", ya know?", ", eh?", ", ken?")."""
    return re.compile(rf",\s*(?:{either(goal_words().words.tag_questions)})\s*\?+\W*$")


@cache
def _count_today_opens() -> re.Pattern[str]:
    """ "Three no-shows today and ...", "Three off sick on nights again this week": a count of
    what happened, said first with the day or week it happened in, tells how things are."""
    return re.compile(
        rf"\s*(?:\d+|{spelled().regex.pattern})(?:\s+[\w-]+){{1,6}}?\s+"
        rf"(?:{either(goal_words().words.happened_in_periods)})\b"
    )


def _feeling_rating(r: Readings, masked: str) -> tuple[int, ...] | None:
    """Where a feeling is rated as the level to reach ("feel 7/10 ready", "get the team's
    confidence in our release process to 8/10", "tu tin dung smartphone khoang 70%"): the
    rating's start and end, then today's rating's when one was said first; a rating with a move
    of an amount between ("tu tin tang doanh so 20%") is the amount's."""
    gw = goal_words()
    # "feel confident (like 7/10) teaching ...": brackets only set the rating aside;
    # "~8/10": a tilde only hedges the rating
    masked = masked.replace("(", " ").replace(")", " ").replace("~", " ")
    if brk := _CLAUSE_BREAK.search(masked.strip(" .!")):
        first, later = masked[: brk.start()], brk.end()
        if (
            # "my Trados speed is like a 6/10, wanna be 9/10": a hedged score is one's own
            (gw.feeling_word_re.search(first) or _HEDGED_SCORE.search(first))
            and (now := _RATING.search(first)) is not None
            and (m := _RATING.search(masked, later)) is not None
            and not lexicon().direction_re.search(masked[later : m.start()])
            and any(w in gw.rating_move_words for w in masked[later : m.start()].split()[-3:])
        ):
            # "Tu tin ve essay tam 60%, muon len 90% truoc Tet", "my confidence with wet-in-wet
            # is about 3/10, I'd like it to be 7/10": today's feeling, then the level wished;
            # neither is a number anyone else could check
            return m.start(), m.end(), now.start(), now.end()
        if (
            gw.rated_state_re.search(first)
            and (m := _OUT_OF_TEN.search(masked, later)) is not None
            and not _SURE_WORD.search(masked, later)
        ):
            # "Mình muốn bớt stress, tầm 5/10 thôi là ok": the level of the state named first
            return m.start(), m.end()
        if (
            gw.feeling_word_re.search(first)
            # "muốn tự tin mặc đồ tập ra đường, tầm 8/10 là được": wished for, not only "more"
            and (_MORE_WORD.search(first) or gw.intent_re.search(first) is not None)
            and (m := _OUT_OF_TEN.search(masked, later)) is not None
            # only the rating after the break ("tầm 8/10"), not today's ("giờ tự chấm 4/10")
            and all(w in gw.rating_fillers for w in masked[later : m.start()].split())
            and not _now_last_re().search(masked)
        ):
            # "tu tin vẽ 3D hơn, tầm 8/10": a feeling wished for, then the level it reaches
            return m.start(), m.end()
        # "Pass the Profoto cert, feeling about 70% confident": a rating beside the goal is
        # how sure the user is of it (for Attainable), not what it reaches
        return None
    for m in gw.feeling_rating_re.finditer(masked):
        g = next(i for i in (1, 2, 3) if m[i] is not None)
        between = masked[m.start() : m.start(g)]
        if lexicon().direction_re.search(between) and not _OUT_OF_TEN.match(masked, m.start(g)):
            continue  # "tu tin tang doanh so 20%": the amount's; "stress down to 4/10" is felt
        cue, *said = between.split()
        if not _OUT_OF_TEN.match(masked, m.start(g)) and gw.rated_state_re.match(between):
            continue  # "a stress test on 80% of endpoints": a percent of things, not a state
        if (
            g == 1
            and cue not in _FEEL_VERBS
            and all(w in gw.rating_fillers for w in said)
            # "tự tin 9/10 khi thuyết minh ...", "tu tin 70% phan Ethics": the feeling opens
            # the goal and is what it reaches
            and not (
                (
                    len(masked[: m.start()].split()) <= 2
                    # "To truong chuyen 3 ... phai tu tin 80% khi dung lop": who, then "must"
                    or bool(set(masked[: m.start()].split()[-1:]) & word_set("feeling_modals"))
                )
                # what it is felt about follows ("... khi thuyết minh"), not a label's colon
                and _WORD_NEXT.match(masked, m.end(g)) is not None
                and not _now_last_re().search(masked)  # "confidence about 5/10 right now"
                # "Tự tin 90% sẽ đậu IELTS": how sure one is that it will happen
                and not _SURE_THAT.match(masked, m.end(g))
            )
        ):
            continue  # "confidence about 6/10": only the rating, said as an aside
        return m.start(g), m.end(g)
    return None


# a second rating right after the first, linked as a move or a swap
_RATING_THEN = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(to|->|→|instead of|xuong|len|con)\s+(?:like\s+|kieu\s+|tam\s+)?(?:a\s+|an\s+)?"
    r"(\d{1,2}(?:\s*/\s*10)?)\b(?!\s*(?:%|am|pm|h\b|gio|ngay|days?|weeks?))"
)
_CLAUSE_BREAK = re.compile(r"[,;]|\s[-–—]\s")
_MORE_WORD = re.compile(r"\b(?:hon|more|less)\b")
_OUT_OF_TEN = re.compile(r"\d{1,2}\s*/\s*10\b")
_OF_MINE_NEXT = re.compile(
    r"(?:\s+[^\s\d,;:]+){1,2}\s+(?:cua|of)\s+(?:minh|toi|em|anh|chi|mine|ours)\b"
)
_SURE_THAT = re.compile(r"\s*(?:la\s+)?(?:se|that|i'll|we'll|i will|we will|it will|it'll)\b")
# how sure one is, not how one feels: a rating after these is for Attainable
_SURE_WORD = re.compile(r"\b(?:confident|confidence|tu tin|chac)\b")
_HEDGED_SCORE = re.compile(r"\blike\s+(?:a\s+|an\s+)?\d{1,2}\s*/\s*10\b")
_FEEL_VERBS = frozenset(
    ("feel", "feels", "feeling", "cam", "rate", "rates")
)  # "feel like 9/10 calm"
_RATING = re.compile(rf"\b(?:{RATING})")
MAX_NUMBERS = 200  # numbers read per text: a goal has a few; the cap bounds a hostile text's time


def _owned(masked: str, m: re.Match[str]) -> bool:
    """A bare period word said after whose it is and before a noun ("my weekly mileage")."""
    before = masked[max(0, m.start() - 8) : m.start()].split()
    return (
        bool(before)
        and before[-1] in word_set("possessives")
        and _LETTER.match(masked, m.end() + 1) is not None
    )


# an age group's team ("the under 9s", "our U12s", "the under-14's"): a name, no bound
# ("load time under 2s" is seconds: the team follows "the", "our", ...)
@cache
def _program_length() -> re.Pattern[str]:
    """A program named by how long it runs ("gói tập Giảm cân 8 tuần", "a 12 week course")."""
    nouns = either(goal_words().words.program_nouns)
    units = r"(?:tuan|thang|ngay|weeks?|days?|months?)"
    return re.compile(
        # never after a cue of when ("program within 6 weeks", "khóa online trong 6 tuần")
        rf"\b(?:{nouns})(?:\s+[^\d\s,.;]+){{0,3}}\s+"
        rf"(?<!within )(?<!in )(?<!trong )(?<!vong )(?<!over )(?<!for )(?<!after )(?<!sau )"
        rf"(\d{{1,2}}\s+{units})\b(?!\s+(?:toi|nua))"
        rf"|\b(\d{{1,2}}[\s-]{units})\s+(?:{nouns})\b"
    )


_AGE_GROUP = re.compile(r"(?:\b(?:the|our|my|his|her|their) under[\s-]?|\bu-?)\d{1,2}'?s\b")
_SEATS = re.compile(r"\b(?:xe|o to|oto)\s+(\d{1,2}\s+cho)\b")


@cache
def _age() -> re.Pattern[str]:
    """An age said with its number ("turns 70", "5 tuổi", "my 40th birthday")."""
    words = goal_words().words
    return re.compile(
        rf"\b(?:{either(words.age_verbs)})\s+(\d{{1,3}})"
        r"(?=\s*(?:[.,!?;:)]|$)|\s+(?:soon|next|this|in|on|and|so|but|before|by)\b)"
        rf"|\b(\d{{1,3}})(?:\s*|-)(?:{either(words.age_nouns)})\b"
    )


def _read_quantities(r: Readings, masked: str, frequencies: list[re.Match[str]]) -> None:
    lex = lexicon()
    qs: list[Quantity] = []

    digits = DIGIT.search(masked) is not None
    if digits and r.language == "vi":
        for one in _VI_ONE_LOOSE.finditer(masked):
            # "học 1 ít mỗi ngày", "tuyển 1 số nhân viên": "1" typed for "một", a loose amount
            masked = mask(masked, one.start(), one.start() + 1)
    if (clock := _routine_clock(masked) or _habit_clock(r, masked)) is not None:
        # "in bed by 11:30pm", "lights out by 11:30 p.m.": the time a routine keeps is its
        # measure (clock_routine), no amount of it
        figure = DIGIT.search(masked, clock.start())
        masked = mask(masked, figure.start() if figure else clock.start(), clock.end())
    # read on the whole text: a rating may sit in the reason ("... so i keep it (confidence 6/10)")
    gw = goal_words()
    rated = _feeling_rating(r, masked) if digits else None
    if rated is not None:
        r.self_rating = r.span(rated[0], rated[1])
        for at in range(0, len(rated), 2):  # today's rating too, when it was said first
            masked = mask(masked, rated[at], rated[at + 1])
        if (then := _RATING_THEN.match(masked, rated[1])) is not None:
            # "from a 9/10 to like a 5": the level to reach is the second rating; "3/10 instead
            # of 8/10": the second is how it is now
            masked = mask(masked, then.start(2), then.end(2))
            if then[1] != "instead of":
                r.self_rating = r.span(then.start(2), then.end(2))
    if (
        # "..., giờ tự tin cỡ 5/10 thôi" told after a reason: read on the whole text
        (digits or DIGIT.search(r.folded) is not None)
        and any(cue in r.folded for cue in gw.confidence_cues)
        and (m := gw.confidence_re.search(r.folded))
        # "tự chấm dc 8/10 là mừng": the score wished for, not how sure one is ("tự tin 8/10
        # là được": sure it can be done)
        and (
            _ENOUGH_END.match(r.folded, m.end() + 1) is None
            or (
                m[0].startswith(tuple(word_set("confidence_in")))
                and _CAN_BE_DONE.match(r.folded, m.end())
            )
        )
        and (
            rated is None
            or all(
                m.end() <= a or m.start() >= b for a, b in zip(rated[::2], rated[1::2], strict=True)
            )
        )
    ):
        raw = m[1] or m[2] or m[4] or m[5] or m[6] or m[7] or m[8]
        scale = (
            10
            if (m[3] or "").startswith("/")
            or ((m[1] or m[4]) and "/" in m[0])
            or m[6]
            or m[7]
            or m[8]
            else 100
        )
        if 0 < int(raw) <= scale:  # "8/10 confident", "confidence 80%": for Attainable
            r.confidence, r.confidence_span = int(raw) / scale, r.span(m.start(), m.end())
            masked = mask(masked, m.start(), m.end())
            if (ms := r.metric_span) is not None and m.start() <= ms.start < m.end():
                # "tu tin phan nghe toeic tam 6/10": what the confidence is in, not a measure
                # the goal moves
                r.metric, r.metric_span = None, None
    for m in _DURATION.finditer(masked) if digits and _DURATION_GATE.search(masked) else ():
        if not _DURATION_CUE_END.search(masked, max(0, m.start() - 16), m.start()) or (
            _DAY_PART_NEXT.match(masked, m.end())
        ):
            continue  # "at 7:30", "6h30 sang": a time of day
        took = int(m[1]) + int(m[2]) / 60 + (int(m[3]) / 3600 if m[3] else 0)
        qs.append(Quantity("absolute", took, r.span(m.start(), m.end()), unit="duration"))
        masked = mask(masked, m.start(), m.end())
    ranked = (digits or "nhat" in masked) and any(cue in masked for cue in _RANK_CUES)
    for m in _RANK.finditer(masked) if ranked else ():
        if (
            m[0].startswith("#")
            and goal_words().name_before_re.search(masked, max(0, m.start() - 24), m.start())
            # "want our unit #1 in the hospital": first among others, a rank
            and not _RANKED_AMONG.match(masked, m.end())
        ):
            continue  # "for client #47", "crew #2": the number names one of them
        if m[0].startswith("hang") and _goods_not_rank(masked, r.marked, m.start()):
            continue  # "khách hàng Nhật", "giỏ hàng 20 căn": goods, not a rank
        raw = next((g for g in m.groups() if g), "1")
        qs.append(Quantity("rank", float(raw), r.span(m.start(), m.end()), unit="rank"))
        masked = mask(masked, m.start(), m.end())
    for m in _LEVEL.finditer(masked) if digits else ():
        g = 1 if m[1] else 2 if m[2] else 3
        level = m[g]
        rank = (
            int(level)  # "cấp 3": the third step of six
            if g == 3
            else "abc".index(level[0]) * 2 + int(level[1])
            if level[0] in "abc"
            else 6 - int(level[1])
        )
        qs.append(Quantity("level", float(rank), r.span(m.start(g), m.end(g))))
        masked = mask(masked, m.start(g), m.end(g))
    for m in _HALF_BOUND.finditer(masked) if " nua " in masked else ():
        # "ko qua nua goi": at most half a pack, a bound in the thing's own unit
        qs.append(
            Quantity("absolute", 0.5, r.span(m.start(1), m.end()), unit=m[2], qualifier="at_most")
        )
        masked = mask(masked, m.start(1), m.end())
    halves = _HALF.finditer(masked) if any(cue in masked for cue in _HALF_CUES) else ()
    for m in halves:
        qs.append(Quantity("percent", 50.0, r.span(m.start(), m.end()), unit="%", relative=True))
        masked = mask(masked, m.start(), m.end())
    shares = (
        [*_HALF_SHARE.finditer(masked), *_half_the().finditer(masked)]
        if any(cue in masked for cue in _HALF_CUES)
        else ()
    )
    for m in shares:  # "finish half of the literature review", "ban mot nua so hoa online"
        if r.marked is not None and "nữa" in r.text[m.start() : m.end()].lower():
            continue  # "nữa" typed with its marks is "more", no half
        qs.append(Quantity("percent", 50.0, r.span(m.start(), m.end()), unit="%"))
        masked = mask(masked, m.start(), m.end())
    for m in _TOP_SHARE.finditer(masked) if "top " in masked else ():
        # "I want us in the top quarter nationally": a share of the field, as "top 25%" is
        share = _WORDS.top_shares[m[1]]
        qs.append(Quantity("percent", share, r.span(m.start(), m.end()), unit="%"))
        masked = mask(masked, m.start(), m.end())
    shared = " of " in masked and any(w in masked for w in _FRACTION_OF_CUES)  # a cheap test
    for m in _FRACTION_OF.finditer(masked) if shared else ():
        # "keep payroll under a third of gross sales", "sell a third of the herd": a share of
        # the whole, bounded or to reach
        bound = _qualifier(masked[max(0, m.start() - 20) : m.start()])
        deed = _LAST_WORD_END.search(masked, 0, m.start())
        if bound is None and (deed is None or not categories(deed[1], r.language) & VERB_CATS):
            continue  # "right now maybe a third of them do": where it stands, told
        share = _WORDS.fractions[m[2]] * (2 if m[1] == "two" else 1)
        span = r.span(m.start(), m.end())
        qs.append(Quantity("percent", round(share, 1), span, unit="%", qualifier=bound))
        masked = mask(masked, m.start(), m.end())
    fractions = _FRACTION.finditer(masked) if any(c in masked for c in _FRACTION_CUES) else ()
    for m in fractions:  # "cut travel spend by a third": a share of what it is now
        count, part = (m[1], m[2]) if m[1] else (m[3], m[4])
        share = _WORDS.fractions[part] * (
            2 if count in ("two", "hai") else 3 if count in ("three", "ba") else 1
        )
        qs.append(
            Quantity(
                "percent", round(share, 1), r.span(m.start(), m.end()), unit="%", relative=True
            )
        )
        masked = mask(masked, m.start(), m.end())
    for m in _RANGE.finditer(masked) if digits else ():
        first = DIGIT.search(masked, m.start())
        at = first.start() if first is not None else m.start()
        if gw.name_before_re.search(masked, max(0, at - 24), at):
            continue  # "on floors 3-6", "chapters 3-5": which ones, not how many
        a, unit_a = _qty_value(m, 0)
        b, unit_b = _qty_value(m, 4)
        if a is not None and b is not None:
            a, b = _signed(masked, m, 0, a), _signed(masked, m, 4, b)
            a = _in_units_of_target(masked, m, a)
            qs.append(
                Quantity("range", b, r.span(m.start(), m.end()), baseline=a, unit=unit_b or unit_a)
            )
            # "giam tu 72kg xuong 65kg": the unit typed against the start names the measure,
            # said right after the verb ("giảm thức ăn thừa từ 40kg" weighs another thing)
            said_first = len(r.folded[: m.start()].split()) <= 2
            if (
                r.metric is None
                and said_first
                and (typed := _UNIT_TYPED.search(masked, m.start(), m.end()))
            ):
                r.metric = lexicon().metrics[_UNIT_METRIC[typed[1]]]
                r.metric_span = r.span(typed.start(1), typed.end(1))
            masked = mask(masked, m.start(), m.end())
            if not r.counted:  # "from 900 to 1,100 shirts/day": what the move counts
                r.counted = _counted_after(r, masked, m.end())
    for m in lex.multiplier_re.finditer(masked, r.marked):
        qs.append(
            Quantity(
                "ratio", lex.multipliers[canonical(m[0])], r.span(m.start(), m.end()), relative=True
            )
        )
        masked = mask(masked, m.start(), m.end())
    for m in frequencies:
        if (m[1] or m[4]) and _WEEKDAYS_LISTED_END.search(
            r.folded, max(0, m.start() - 24), m.start()
        ):
            continue  # "thứ 2, 4, 6 hàng tuần": the days of the week, not six times a week
        if not (m[1] or m[4]) and r.metric is not None and r.metric.kind != "activity":
            continue  # "engagement rate every week" is a period, not a count of posts
        if not (m[1] or m[4]) and r.direction in ("increase", "decrease") and _owned(masked, m):
            continue  # "up my weekly mileage", "cut my daily screen time": a measure per period
        raw = m[1] or m[4] or "1"
        count = (
            float(raw)
            if raw.isdigit()
            else {"once": 1, "twice": 2}.get(raw) or lex.number_words.get(raw, 1)
        )
        qs.append(
            Quantity(
                "frequency",
                float(count),
                r.span(m.start(), m.end()),
                unit=m[2] or m[3] or m[5],
                qualifier=_negated_over(masked, m.start())
                or _qualifier(masked[max(0, m.start() - 20) : m.start()]),
            )
        )
    # the number patterns scan from the first digit: no match of theirs starts before it (or
    # before the currency word typed in front of it)
    at = _digits_from(masked)
    for m in islice(_PERCENT.finditer(masked, at), MAX_NUMBERS) if digits else ():
        value = scaled(m[1], None)
        if value is None:
            continue
        if _offer_end().search(masked, max(0, m.start() - 32), m.start()) or _offer_next().match(
            masked, m.end()
        ):
            masked = mask(masked, m.start(), m.end())
            continue  # "chạy chương trình giảm 10%", "a 20% off sale": the offer's terms
        before = masked[max(0, m.start() - 25) : m.start()]
        relative = bool(_RELATIVE_CUE.search(before)) or not _LEVEL_CUE.search(before)
        more_next = _MORE_NEXT.match(masked, m.end()) is not None
        if r.direction is None and not _RELATIVE_CUE.search(before) and not more_next:
            relative = False  # "Need 99.95% uptime on payments API": no move, a level to hold
        if r.metric and r.metric.unit == "percent" and _LEVEL_CUE.search(before):
            relative = False
        elif (
            r.metric
            and r.metric.unit == "percent"
            and r.direction in (None, "reach", "maintain")
            and not _RELATIVE_CUE.search(before)
        ):
            relative = False  # "đạt tỷ lệ chuyển đổi 40%": a rate's level, reached, not a change
        if more_next and r.direction != "maintain" and _qualifier(before) is None:
            relative = True  # "hit 20% more sales": a change, whatever verb says it
        qualifier, end = _qualifier(before), m.end()
        if t := _BOUND_AFTER.match(masked, end):  # "98% or better", "99.9%+"
            qualifier, end, relative = ("at_most" if t[1] else "at_least"), t.end(), False
        elif qualifier:
            relative = False
        qs.append(
            Quantity(
                "percent",
                value,
                r.span(m.start(), end),
                unit="%",
                relative=relative,
                qualifier=qualifier,
            )
        )
        masked = mask(masked, m.start(), end)
    at = _digits_from(masked, _CURRENCY_PRE_LEN)
    for m in islice(_NUMBER_RE.finditer(masked, at), MAX_NUMBERS) if digits else ():
        value, unit = _qty_value(m)
        if value is None:
            continue
        if m[5] in ("g", "s") and r.text[m.start(5) : m.end(5)] in ("G", "S"):
            continue  # "on 4G", "ap dung 5S": a name, not grams or seconds
        if m[4] and not m[3] and r.text[m.start(4) : m.end(4)] == "D" and value < 100:
            continue  # "dong 8D": the 8D report, not eight dong
        if (
            m[5] in ("h", "g")
            and _DAY_PART.match(masked, m.end())
            and not _CLOCK_BOUND_END.search(masked, 0, m.start())
        ):
            continue  # "toan 3h sang moi ngu": an hour of the day, no number of hours to reach
        if _EACH_MONTH.match(r.folded, m.end()) and _day_of_month_before(masked, m.start()):
            continue  # "vao ngay 5 hang thang": the day the habit falls on, not a number of it
        if _race(masked, m):
            r.race = r.race or r.span(m.start(), m.end())
            continue  # "run a 5k in under 28 min", "my 5k time": the race, not 5,000 of it
        if _for_whom_bound_end().search(masked, max(0, m.start() - 40), m.start()):
            continue  # "giảm 10% cho khách đoàn trên 20 người", "for groups over 10": for whom
        if not (m[1] or m[3] or m[4]) and _names_thing(masked, m, r.text):
            # a scale or a currency makes an amount ("qua GrabFood 50 trieu"), never a name
            continue  # "Vision 2030", "our 4 regional pages", "iPhone 16"
        _marked_unit_metric(r, m.end())  # "giảm 3 ký"
        if m[5] and m[5] in _UNIT_METRIC and r.metric is None:
            key = _UNIT_METRIC[m[5]]
            if key == "weight" and _lifted(masked, m.start(), m.end()):
                key = LIFTED  # "squat 100kg", "a 100kg deadlift": the bar's weight
            r.metric = lexicon().metrics[key]
            r.metric_span = r.span(m.start(5), m.end(5))
        before = masked[max(0, m.start() - 20) : m.start()]
        qualifier, end = _negated_over(masked, m.start()) or _qualifier(before), m.end()
        if m[4] and not m[5] and _not_dong(r, m):
            unit, end = None, m.start(4)  # "120 dòng/giờ": lines, typed with marks, not đồng
        elif m[4] and m[4].strip() in ("d", "đ") and not m[3] and value <= 10:
            unit = None  # "dc tu 7d tro len": 7 điểm, a mark out of 10; no amount is 7 đồng
        if t := _BOUND_AFTER.match(masked, end):  # "30 or more", "3 tr tro len"
            qualifier, end = ("at_most" if t[1] else "at_least"), t.end()
        start = m.start()
        if (
            r.metric is not None
            and r.metric.unit == "score"
            and value != _signed(masked, m, 0, value)
        ):
            value, start = -value, start - 1  # "eNPS sits at -12": a score below zero
        q = Quantity(
            "absolute",
            value,
            r.span(start, end),
            unit=unit,
            qualifier=qualifier,
            relative=bool(_BY_END.search(before)),
        )
        qs.append(q)
        if unit in MONEY_UNITS and r.metric is None:
            _earned_metric(r, masked, start)
        if not r.counted:
            r.counted = _counted_after(r, masked, end)
    words = spelled()
    if r.language == "vi" and (" cham " in masked or " phay " in masked):
        _read_spelled_decimals(r, masked, qs)
    for whole in islice(words.regex.finditer(masked), MAX_NUMBERS):
        for offset, phrase in words.pieces(whole[0])[:2]:
            _read_spelled(r, masked, qs, whole.start() + offset, phrase)
    for m in _one_unit().finditer(masked) if " " in masked else ():
        if _HYPHEN_WORD.match(masked, m.end()) or any(
            q.span.start <= m.start() < q.span.end for q in qs
        ):
            continue  # "an hour-long call": what kind of call, not how long
        if r.marked is not None and _marked_otherwise(r.text[m.start(1) : m.end(1)]):
            continue  # "một" alone is typed so; "mọt" is no number
        _marked_unit_metric(r, m.end(1))  # "giảm một ký"
        before = masked[max(0, m.start() - 20) : m.start()]
        # "lose a stone", "cut an hour off my commute", "giam mot ky": one of the unit
        qs.append(
            Quantity(
                "absolute",
                1.0,
                r.span(m.start(1), m.end(1)),
                qualifier=_qualifier(before),
                relative=bool(_BY_END.search(before)),
            )
        )
    if m := _NONE.match(masked):
        # "no overtime on Sundays", "zero lost-time injuries", "khong uong ruou bia ...": none at all
        zero = next((q for q in qs if q.value == 0 and q.span.start == m.start(1)), None)
        if zero is not None:
            zero.qualifier = zero.qualifier or "at_most"
        elif not qs:
            none = m[1].split()[0] if not m[1].startswith("khong co") else "khong co"
            qs.append(
                Quantity(
                    "absolute", 0.0, r.span(m.start(1), m.start(1) + len(none)), qualifier="at_most"
                )
            )
    for q in qs:
        if q.value == 0 and q.qualifier is None and _AIM_ZERO_END.search(masked, 0, q.span.start):
            q.qualifier = "at_most"  # "CD register discrepancies - aim for zero": none, kept so
    if (m := _NOT_ONCE.search(masked) or _none_of().search(masked)) and not any(
        # "Tuần rồi lại overbook 3 phòng. Từ giờ không để xảy ra overbooking lần nào nữa":
        # amounts of a sentence before, told, are none of this one's
        not _SENTENCE_BREAK.search(masked, q.span.end, m.start())
        for q in qs
    ):
        # "dan tron bai khong vap lan nao", "without a single mistake": none at all
        qs.append(Quantity("absolute", 0.0, r.span(m.start(), m.end()), qualifier="at_most"))
    if not qs and (
        (m := goal_words().quit_fully_re.search(masked))
        or (m := goal_words().no_longer_re.search(masked))
    ):
        # "bo thuoc la hoan toan", "quit vaping for good", "ko con phai uong thuoc ngu nua":
        # none at all, the clearest of bounds
        said = next(i for i in range(1, (m.re.groups or 1) + 1) if m.start(i) >= 0)
        qs.append(
            Quantity("absolute", 0.0, r.span(m.start(said), m.end(said)), qualifier="at_most")
        )
    habit = any(t.kind == "recurring" for t in r.times)  # "toolbox talk every Monday, all crews"
    if not qs and not habit and r.direction not in ("increase", "decrease"):
        m = _EVERYONE.search(masked)
    else:
        m = None
    if m is not None:
        # "every kid on the team", "all site staff": each one of them, 100% of the group; only
        # the word "every" is the amount, the people stay what the goal acts on
        qs.append(Quantity("percent", 100.0, r.span(m.start(), m.end(1)), unit="%"))
    for q in qs:
        if q.qualifier is None and q.kind in ("absolute", "frequency"):
            # "sleep 7 hrs a night min", "2 coffees a day max": the bound said at the clause's end
            q.qualifier = _qualifier_after(r.folded, q.span.end, q.kind == "frequency")
    r.quantities = _from_to(r, sorted(qs, key=lambda q: q.span.start))
    if r.self_rating is None and (felt := _felt_out_of_ten(r)) is not None:
        # "get my burnout down to like a 3/10", "nâng độ tự tin từ 5/10 lên 8/10": the level
        # reached is how the user feels, which nobody else can check
        r.self_rating, r.quantities = felt, []


# the words that bring in a rating as the level to reach ("down to like a 3/10", "lên 8/10",
# "want 8/10", "kiểu 9/10")
_RATING_REACHED_BEFORE = re.compile(
    r"\b(?:to|len|xuong|con|want|muon|wanna|kieu|tam|khoang|feel|feeling|be)"
    r"(?:\s+(?:like|about|around|it|a|an|maybe))*\s*$"
)
# "8/10", "8 / 10": a rating out of ten, and its parts
_OUT_OF_TEN_AT = re.compile(r"(\d{1,2})\s*/\s*(10)\b")


def _felt_out_of_ten(r: Readings) -> Span | None:
    """The rating out of ten that is the goal's only level, said of a feeling or a state ("feel
    like 8/10 calm", "grief load down to like a 4/10", "thấy an toàn hơn kiểu 9/10") and taken on
    no quiz, survey or scale anyone else reads: the last one said, the level to reach."""
    if not r.quantities or "/" not in r.folded:
        return None
    ratings = list(_OUT_OF_TEN_AT.finditer(r.folded))
    inside = [
        any(m.start() <= q.span.start and q.span.end <= m.end() for m in ratings)
        for q in r.quantities
    ]
    gw = goal_words()
    if (
        not ratings
        or not all(inside)
        or gw.rating_instrument_re.search(r.folded, r.marked) is not None
        or (r.metric is not None and r.metric.unit not in (None, "score"))
        or not (
            gw.feeling_word_re.search(r.folded)
            or gw.rated_state_re.search(r.folded)
            or _HEDGED_SCORE.search(r.folded)
        )
    ):
        return None
    last = ratings[-1]
    if (
        len(ratings) == 1
        and _RATING_REACHED_BEFORE.search(r.folded, max(0, last.start() - 24), last.start()) is None
        and not (
            gw.feeling_word_re.match(r.folded, last.end() + 1)
            or gw.rated_state_re.match(r.folded, last.end() + 1)
        )
    ):
        return None  # "Sức khỏe tự thấy được 6/10, muốn khỏe hơn": today's, not the level
    return r.span(last.start(), last.end())


def _digits_from(masked: str, before: int = 0) -> int:
    """`before` characters ahead of the text's first digit (its end when it has none)."""
    first = DIGIT.search(masked)
    return max(0, first.start() - before) if first else len(masked)


# a goal that opens with "no", "zero" or "never" sets a bound of none ("no alcohol on weeknights",
# "starting monday, no booze": the start read and masked before it)
_NONE = re.compile(
    # "from jan 1 no alcohol at all": the start's own word stays when its date is masked
    r"[\s,;:-]*(?:(?:from|starting|starting from|beginning|tu|ke tu|bat dau tu)\s+[\s,;:-]*)?"
    r"((?:no|zero|never|khong co|khong de(?=.*\bnao\b)|khong)\s+(?!more\s+than\b|less\b|later\b|longer\b|fewer\b|one\b|qua\b|duoi\b|tren\b|it\b|nhieu\b|de\b|chi\b|the\b|can\b|bi\b|phai\b|biet\b|bik\b|binh\b|hieu\b|muon\b|thich\b|ro\b|nho\b|sao\b|duoc\b|con\b|ai\b)[a-z]+)"
)
_AIM_ZERO_END = re.compile(
    r"(?:^|[\s,;:.!-])(?:aim(?:ing)? for|target(?:ing)?|shoot(?:ing)? for|strive for|goal is|goal:)\s+$"
)
_NOT_ONCE = re.compile(
    r"\bkhong\s+(?:[a-z]+\s+){1,4}(?:lan|loi|cho|cau|buoi|ngay)\s+nao\b"
    r"|\bwithout\s+(?:a\s+single|any|one)\s+(?:mistake|error|slip|miss|fall)s?\b"
)


@cache
def _none_of() -> re.Pattern[str]:
    """ "không có bug P1 nào", "khong co loi nghiem trong nao": not a single one of them."""
    nouns = either(goal_words().words.none_of_nouns)
    return re.compile(rf"\bkhong co\s+(?:{nouns})\s+(?:[a-z0-9]+\s+)?nao\b")


# "from ~15/week to under 3/week", "tu muc 12 xuong 9": two amounts read apart are one move
_FROM_END = re.compile(
    r"(?:\bfrom|\btu)\s+(?:(?:this|last|the|our|my|today|current|nam nay|hien tai)"
    r"(?:\s+(?:year|quarter|month|week|year's|quarter's|month's|week's|'s|s))?\s+)?"
    r"(?:(?:muc|level|current|about|around|khoang|tam)\s+|~\s*)?$"
)
_ARROW_BETWEEN = re.compile(
    r"\s*(?:->|→|=>)\s*(?:(?:under|below|over|above|duoi|tren)\s+)?"
)  # "D30 retention 18% -> 25%", "19% → under 12%": a move, no "from"
_TO_BETWEEN = re.compile(
    # "from 142 open files down under 90": the thing counted may come between
    r"(?:\s+[a-z][\w'-]*){0,3}?"
    r"\s*(?:to|down to|up to|into|down|xuong|xuong con|xuong duoi|len|len tren|con|den|->|–)\s+"
    r"(?:(?:under|below|less than|fewer than|no more than|not more than|more than|no less than"
    r"|at most|at least|over|above|duoi|tren|khong qua|toi da|toi thieu|muc|~"
    r"|<=?|>=?|≤|≥|around|about|the mid|the low|the high)\s*)?$"  # "from 38 min to <15 min"
)


# "from 35k/kg to 45k/kg": the unit a price is per, said after the first amount too
_PER_UNIT = re.compile(r"\s*/\s*[a-z]+")


def _between(r: Readings, a: Quantity, b: Quantity) -> str:
    """The words between two amounts, past the unit the first one is per."""
    per = _PER_UNIT.match(r.folded, a.span.end, b.span.start)
    return r.folded[per.end() if per else a.span.end : b.span.start]


def _from_to(r: Readings, qs: list[Quantity]) -> list[Quantity]:
    """Pairs of amounts said as a move from one to the other become one range (the target last)."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if (
            b is not None
            and (
                a.kind in ("absolute", "frequency")
                and b.kind in ("absolute", "frequency")
                or a.kind == b.kind == "percent"  # "from 9% to six percent"
            )
            and (
                _FROM_END.search(r.folded, max(0, a.span.start - 40), a.span.start)
                and _TO_BETWEEN.match(_between(r, a, b))
                or _ARROW_BETWEEN.fullmatch(_between(r, a, b))
            )
        ):
            out.append(
                Quantity(
                    "range",
                    b.value,
                    r.span(a.span.start, b.span.end),
                    baseline=a.value,
                    unit=b.unit or a.unit,
                    qualifier=b.qualifier,
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def wish_for_others(r: Readings) -> int | None:
    """Where a wish for how others feel or act begins ("I want my staff |to feel less burnt
    out", "Muon |cac be yeu sach hon"), or None: no thing to count is named."""
    if r.target is not None or r.frequency is not None:
        return None
    m = (_WANT_OTHERS_EN if r.language == "en" else _WANT_OTHERS_VI).match(r.folded)
    if m is None and r.language == "en":
        m = _MAKE_OTHERS_EN.match(r.folded)  # "make our customers happier"
    if m is None and r.language == "en":
        m = _want_things_en().match(r.folded)  # "want the morning rush to run smoother"
    if m is not None and r.recurring is not None and not _FEEL_NEXT.match(r.folded, m.end(1)):
        return None  # "I want my team to call 5 clients every day": a routine, kept
    return m.end(1) if m else None


# "... to (really) feel less chaotic on saturdays": a feeling, whenever it is wished for
_FEEL_NEXT = re.compile(r"(?:(?:actually|really|finally|all|just)\s+)?feel\b")


@cache
def _team_size_end() -> re.Pattern[str]:
    """A group named, then up to three words that say which ("team lễ tân"), right before a
    number: none of them says the size changes ("lên", "thêm")."""
    w = goal_words().words
    moves = either(w.team_size_moves + w.determiners + w.boundaries.vi + w.boundaries.en)
    return re.compile(
        rf"\b(?:{alternation(_WORDS.groups)})(?:\s+(?!(?:{moves})\b)[a-z-]+){{1,3}}\s+$"
    )


@cache
def _team_named_next() -> re.Pattern[str]:
    """A word that says which team ("team| lễ tân"), not one that ends the phrase ("team| để")."""
    return re.compile(rf" (?!(?:{either(goal_words().words.boundaries.vi)})\b)[a-z]")


_TEAM_MEMBERS_NEXT = re.compile(rf"\s*(?:{alternation(_WORDS.helpers)})\b")
_ADDED_BEFORE = re.compile(r"\b(?:them|more|new|moi|mo|open)\s+$")  # "mở thêm 2 ...": added
_OURS_NEXT = re.compile(
    r"\s+(?:[a-z]+\s+){1,3}(?:cua|o)\s+(?:minh|toi|em|chung toi|chung minh|nha minh|cong ty minh)\b"
)
_KIN_NEXT = re.compile(rf"\s*(?:{alternation(_WORDS.kin_groups)})\b")  # "2 bo con"
_ALONE_NEXT = re.compile(
    rf"\s+(?:{alternation(_WORDS.alone_after_one)})\b(?!\s+(?:{alternation(_WORDS.alone_not_then)})\b)"
)


@cache
def _want_things_en() -> re.Pattern[str]:
    """ "want the morning rush to run smoother", "need the handover to go better": how a
    thing should go, wished with a quality no number measures."""
    qualities = [q for q in goal_words().words.percent_qualities if q.isascii() and " " not in q]
    return re.compile(
        r"\s*(?:(?:i|we)\s+)?(?:(?:just|really|honestly|also)\s+)*"
        r"(?:want|wanna|need|would like|'d like|wish|hope)\s+(?!to\b)(?:[\w'-]+\s+){1,5}?to"
        r"(\s+)(?:run|go|flow|look|feel)\s+(?:(?:a lot|much|way|a bit|a little|so much)\s+)?"
        rf"(?:better|more smoothly|{alternation(qualities)})\b"
    )


_WANT_OTHERS_EN = re.compile(
    r"\s*(?:(?:i|we)\s+)?(?:(?:just|really|honestly|also)\s+)*"
    r"(?:want|need|would like|'d like|wish|hope)\s+(?!to\b)(?:[\w'-]+\s+){1,5}?to"
    r"(\s+)(?:(?:actually|really|finally|all|just)\s+)?"
    r"(?:feel|be(?!\s+(?:live|done|ready|finished|complete|completed|signed|approved|launched|in place"
    r"|up and running|fixed|installed|shipped|paid|submitted|published|open|built|hired|trained)\b)"
    r"|love|enjoy|trust|stop|walk away|get along|like|look forward|want|think)\b"
)
_MAKE_OTHERS_EN = re.compile(
    r"\s*(?:(?:i|we)\s+(?:want|need)\s+to\s+)?(?:make|help|get)(\s+)(?:(?:our|my|the|all|all of our)\s+)?"
    rf"(?:{alternation(_WORDS.people)})\s+(?:"
    r"(?:to\s+)?(?:(?:feel|be|much|way|a lot|even)\s+)*"
    r"(?:more|less|[a-z]+ier|better|safer|calmer|stronger|nicer|closer)\b(?!\s+(?:at|with)\b)"
    # "get the kids to like maths more": a feeling for something, wished of them
    r"|to\s+(?:like|love|enjoy|trust|care about)\b)"
)
_WANT_OTHERS_VI = re.compile(
    r"\s*(?:(?:toi|minh|em|chung toi)\s+)?(?:muon|mong|hy vong|uoc|lam sao|lam cho)(\s+)(?:cho\s+)?"
    rf"(?:(?:cac|nhung|moi)\s+)?(?:{alternation(_WORDS.people)}|khach hang|khach|anh em|phu huynh"
    r"|moi nguoi)\b[^,.;!?]*\bhon\b"
)


def floor_said_before(folded: str, pos: int) -> bool:
    """ "should never drop below", "khong de diem CSAT tut xuong duoi" right before `pos`."""
    return _NEVER_BELOW_END.search(folded, max(0, pos - 64), pos) is not None


_CURRENCY_END = re.compile(rf"\s*[{currency_signs()}]\s*$")


def _qualifier(before: str) -> str | None:
    """ "no more than 25g", "at least 90%": the bound the words before a number set."""
    before = _CURRENCY_END.sub(" ", before)  # "under $50 a week": the bound is the amount's
    if _NEVER_BELOW_END.search(before):
        return "at_least"  # "should never drop below 80%", "khong de rot xuong duoi 4.5": a floor
    if _AT_MOST_END.search(before) or _CEILING_AT_END.search(before):
        return "at_most"  # checked before at_least: "no more than" ends in "more than"
    return "at_least" if _AT_LEAST_END.search(before) else None


def _named_event(text: str, masked: str) -> tuple[int, int] | None:
    """ "by Head of the Charles", "before the Spring Gala": an event named in capitals that
    closes a clause; the user knows its date, the text does not say it."""
    for m in _NAMED_EVENT.finditer(text):
        name = m["name"]
        inside = masked[m.start("name") : m.end("name")]
        if inside != name.lower() or lexicon().platform_re.search(inside):
            continue  # a date read there already ("by March"), a channel ("by Google Ads")
        words = [w for w in name.split() if w.lower() not in _NAME_JOINS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and not _mostly_capitals(text):
            return m.start(), m.end()
        if m["cue"] != "by" and _ACRONYM.fullmatch(name) and not _mostly_capitals(text):
            return m.start(), m.end()  # "before GABF", "ahead of SXSW": an event's initials
    return None


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,5}")


_NAME_JOINS = frozenset({"of", "the", "and", "&", "for", "de"})
_NAMED_EVENT = re.compile(
    r"\b(?P<cue>by|before|prior to|until|in time for|ahead of|during)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|the|and|&|for|de|[A-Z0-9][\w'’-]*))*)\s*(?=[,.;!?]|$)"
)


def _qualifier_after(folded: str, end: int, cadence: bool = False) -> str | None:
    """ "sleep 7 hrs a night min", "2 cups a day max": the bound said after the amount and
    its words, last in the clause ("30 min" right after a number is minutes; after a cadence,
    whose period ends its span, it is a bound)."""
    m = _BOUND_ENDS_CLAUSE.match(folded, end) or _BOUND_AFTER_PERIOD.match(folded, end)
    if m is not None and m[1].strip():
        bound = m[2]
    elif m is None and cadence and (b := _BOUND_NEXT.match(folded, end)):
        bound = b[1]
    else:
        return None
    return "at_least" if bound in _AT_LEAST_AFTER else "at_most"


_AT_LEAST_AFTER = frozenset(_WORDS.at_least_after)
_BOUND_WORDS = alternation(_WORDS.at_least_after + _WORDS.at_most_after)
_BOUND_ENDS_CLAUSE = re.compile(rf"([^,.;!?\d]{{0,30}}?)\b({_BOUND_WORDS})\s*(?:[,.;!?]|$)")
_BOUND_NEXT = re.compile(rf"\s+({_BOUND_WORDS})\b")
# "... a night min during busy season": right after the cadence's period
_BOUND_AFTER_PERIOD = re.compile(
    rf"([^,.;!?\d]{{0,30}}?(?:\ba|\bper|\beach|\bevery|\bmoi|\bmot|/)\s*"
    rf"(?:{alternation(_WORDS.frequency.periods)}))\s+({_BOUND_WORDS})\b"
)


# "thu 2, 4, |6 hang tuan", "t3, t5 va |7": weekdays named by number, listed up to the last
_WEEKDAYS_LISTED_END = re.compile(r"\b(?:thu|t)\s?[2-7](?:\s*,\s*[2-7])*\s*(?:,|va)\s*$")
_HYPHEN_JOINED = re.compile(r"[a-z]+-(?:in|off|up|out|down|over|ins|offs|ups|outs)\b")


def _not_direction(folded: str, start: int) -> bool:
    """A verb used as a noun ("the build"), or "more than" / "less than" before an amount: a
    bound on the number ("no ibuprofen more than twice a week"), not a move up or down."""
    return (
        noun_use(folded, start)
        # "a parent drop-in", "the cut-off": the word joined to the next one names a thing
        or _HYPHEN_JOINED.match(folded, start) is not None
        or _THAN.match(folded, start) is not None
        or _GROW_OWN.match(folded, start) is not None
        or _WON_ONE.match(folded, start) is not None
        # "..., no more excuses": slang said after the goal moves nothing
        or any(m.start() < start < m.end() for m in _remark_word().finditer(folded, 0, start + 24))
        # "engagement survey score must improve": the last word of a measure's name
        or any(
            m.start() < start < m.end()
            for m in lexicon().metric_re.finditer(folded[: start + 24], None)
        )
    )


@cache
def _template_opens() -> re.Pattern[str]:
    """A template's name opening the text, as typed with its marks ("Mẫu thông báo ...")."""
    words = goal_words().words.template_openers
    return re.compile(rf"\W*(?:{'|'.join(re.escape(w) for w in words)})\s")


def _in_vi_compound(folded: str, start: int) -> bool:
    """A move's word inside a Vietnamese compound that is no move ("căn ký gửi": consigned, not
    signed; "dang co 15 can": đang, currently, not đăng, post; data: vi_not_moves)."""
    return any(
        m.start() <= start < m.end()
        for m in words_re("vi_not_moves").finditer(folded, max(0, start - 12), start + 12)
    )


def _plain_not_direction(text: str, folded: str, start: int) -> bool:
    """Typed without marks, a word that is no move: a state before its amount ("nang 72kg"), or
    part of a name ("o Da Nang": Đà Nẵng, not nâng, raise; "chi nhanh Ha Dong": Hà Đông, not
    hạ, lower)."""
    if _state_before_amount(folded, start) or _in_vi_compound(folded, start):
        return True
    before = text[:start].rstrip()
    if not (text[start : start + 1].isupper() and before[-1:].isalpha()):
        return False  # a capital that opens a sentence is no name's
    word = before.split()[-1]
    return (word[:1].isupper() and len(before) > len(word)) or (
        _CAPITAL_WORD_NEXT.match(text, start + len(text[start:].split(None, 1)[0])) is not None
    )


def _state_before_amount(folded: str, start: int) -> bool:
    """Typed without marks, a word that is a state right before its amount ("gio minh nang
    72kg": nặng, weighs, not nâng, raise; data: state_before_amount)."""
    m = words_re("state_before_amount").match(folded, start)
    return m is not None and _AMOUNT_NEXT.match(folded, m.end()) is not None


# "... from 6.1 on the 2019 Volvos.": what the measure covers, after where it starts
_COVERS_NEXT = re.compile(r"\s+(?:on|for|at|across|in|of|tai|cua|o)\s+[^,;:!?]*$")
# a deed's name as a note's label ("Hydrant flushing program:", "Meter replacement:")
_DEED_LABEL = re.compile(
    r"\W*(?:[a-z]+[ -]){0,3}[a-z]+(?:ing|ment|tion|sion|al|ance)(?: program| programme| project)?:"
)


def _gripe_first_end(r: Readings, masked: str) -> int | None:
    """Where a first sentence that only gripes ends ("Tháng này kho bị khách phàn nàn nhiều quá
    😩. ..."), when a goal of its own follows; None otherwise. A sentence with a figure in it is
    where things stand, read elsewhere, when the goal after it has a figure of its own; when it
    has none ("Tháng 11 ca sáng đi trễ 9 lần, bực ghê. Phải siết lại vụ đi trễ"), the gripe's
    figures are what happened, never its target or date."""
    brk = _FIRST_BREAK.search(masked)
    if brk is None or (DIGIT.search(masked, 0, brk.start()) and DIGIT.search(masked, brk.end())):
        return None
    first = masked[: brk.start()]
    marked = r.marked[: brk.start()] if r.marked is not None else None
    # an emoji after the sigh ("nhiều quá 😩") closes it as a stop would
    sighed = re.sub(r"[^\w\s]+\s*$", "", (marked.lower() if marked is not None else first).rstrip())
    if not (
        _EXCLAIMED.search(sighed)
        or goal_words().news_re.search(first, marked)
        # "Reception keeps missing calls when we're flat out.": what keeps happening
        or (r.language == "en" and _KEEPS_DOING.search(first) is not None)
    ) or goal_words().intent_re.search(first, marked):
        return None
    rest = r.text[brk.end() :]
    if len(rest.split()) < 3 or not read(rest, r.today, r.language).is_goal:
        return None
    return brk.end()


_FIRST_BREAK = re.compile(r"[.!?]+\s+(?=\S)")


def _reasons_first_end(masked: str) -> int | None:
    """Where the reasons said first end: one ("Because ..., ") or several ("Because ..., and
    because ..., "), each closed by its comma."""
    why = _REASON_OPENS.match(masked)
    if why is None:
        return None
    end = why.end()
    while (more := _AND_REASON.match(masked, end)) is not None:
        end = more.end()
    return end


_REASON_OPENS = re.compile(
    # "de" opens a reason, not "để dành" (save) nor "để ý", "để lại", "để ra", "để riêng"
    r"\s*(?:because|since|cuz|coz|cause|bc|vi|boi vi|tai vi|de(?!\s(?:danh|y|lai|ra|rieng)\b)|nham"
    r"|in order to)\s[^,;.]{8,}[,;](?!\d)"  # "1,5 triệu": a decimal comma ends no clause
)
_AND_REASON = re.compile(
    rf"\s*(?:and|also|va|cung)\s+{_REASON_OPENS.pattern.lstrip(chr(92) + 's*')}"
)
_TO_LEVEL_END = re.compile(
    r"\b(?:len|xuong|xuong con|to|up to|down to|la|dat|reach|hit)\s+(?:muc\s+)?$"
    r"|\b(?:more|hon|them|nua):\s*$"  # "want more: 18k", "muon nhieu hon: 960 chai"
)
# the units the reading gives an amount of money: "$", "VND", and each currency as typed
MONEY_UNITS = frozenset(
    {"$", "VND"}
    | {
        w.upper()
        for w in (
            *_WORDS.currency_before,
            *_WORDS.currency_before_scaled,
            *_WORDS.currency_after,
            *_WORDS.currency_signs,
        )
    }
)
# "$3k/mo each", "8tr/thang moi nguoi": a price per one of the things counted
_EACH_NEXT = re.compile(r"\s*(?:each|apiece|per (?:head|person)|moi nguoi|1 nguoi|mot nguoi)\b")
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2,}[.!?]\s+(?=\S)")
_DATE_OPENS = re.compile(
    r"\W*(?:nam|thang|tuan|next|this)\s+(?:sau|toi|nay|year|month|week|quarter)\b"
)
# "Attendance up", "Costs down 10%": a headline's move, last in its sentence
_HEADLINE_END = re.compile(rf"\s(?:{alternation(_WORDS.headline_moves)})(?:\s+\d[\d.,]*\s?%?)?$")
_WISH_BREAK = re.compile(  # a sentence's end after a word or a number ("... duoi 140. Bot ...")
    rf"(?:(?:[^\W\d_]{{2,}}|\d+){POINT}[.!?]*|[{PICTOGRAPHS}][{PICTOGRAPHS}\ufe0f\u200d]*[.!?]*)\s+(?=\S)"
)
_AMOUNT_NEXT = re.compile(r"\s+(?:khoang\s+|tam\s+|co\s+)?\d")
_THAN = re.compile(r"(?:more|less|fewer)\s+than\b")
# "grow our own salad leaves", "grow my own herbs": to cultivate, not to increase
_COMPARED_END = re.compile(r"\bhon\W*$")  # "... hay hơn": a comparative said last
_GROW_OWN = re.compile(r"grow(?:ing)?\s+(?:our|my|your|their|his|her)\s+own\b")
# "win their grade", "win the tender": one thing won, a milestone, not a measure moved up
_WON_ONE = re.compile(r"win\s+(?:the|our|my|your|their|his|her|a|an|this|that)\s+(?!more\b|\d)")
# "moi dua gui ", "each rep closes ": an amount for each one of a group already counted
_COUNT_AND_NOUN_END = re.compile(r"\d+\s+[a-z]+\s+$")  # "10 hv ": a count and what it counts
_PER_ITEM_END = re.compile(
    # "giờ mới có 30": "mới" (only now) folds to "moi" (each) too
    r"\b(?<!gio )(?<!hien )(moi|each|per)\s+(?!(?:ngay|tuan|thang|quy|nam|day|week|month|quarter|year|sang|toi"
    r"|dem|lan|buoi|time|night|morning)\b)\w+(?:\s+\w+){0,3}\s+$"
)
_NEVER_BELOW_END = re.compile(
    r"\b(?:never|not|n't|no)\s+(?:\w+\s+)?(?:drop|drops|fall|falls|go|goes|dip|dips|slip|slips|sink)"
    r"\s+(?:below|under)\s*$|\b(?:khong|ko|dung|chang)\s+(?:de\s+)?(?:\w+\s+){0,7}"
    r"(?:rot|tut|giam|xuong)\s+(?:xuong\s+)?(?:duoi|thap hon)\s*$"
    # "khong duoi 12 trieu", "not below 80%", "no less than 90%": not under it is a floor
    r"|\b(?:khong|ko|chang|not|no)\s+(?:duoi|it hon|thap hon|below|under|less than)\s*$"
    # "No bid goes out under 35% gross margin": no item of a kind below it, a floor each meets
    r"|^\s*no\s+(?!more\b)[a-z-]+(?:\s+[a-z-]+){0,4}?\s+(?:under|below|less than)\s*$"
)


def _negated_over(masked: str, pos: int) -> str | None:
    """ "khong xem tiktok qua 30 phut": "not ... more than" around the verb is a ceiling."""
    lo = max(0, pos - 64)
    if _NEGATED_OVER_END.search(masked, lo, pos) or _NOT_ABOVE_END.search(masked, lo, pos):
        return "at_most"  # "try not to spend more than $1.2k": not above it is a ceiling
    return None


# "try not to spend more than", "don't go over", "never pay above": not over it, a ceiling
_NOT_ABOVE_END = re.compile(
    r"\b(?:not|never|don't|don’t|dont|do not|won't|wont)\s+(?:to\s+)?(?:[a-z'’-]+\s+){0,3}"
    r"(?:more than|over|above)\s*$"
    # "no driver over 10 hrs on duty": none of them above it
    r"|^\s*no\s+(?:[\w'’-]+\s+){1,4}(?:over|above)\s*$"
)
_NEGATED_OVER_END = re.compile(
    r"\b(?:khong|chang|dung|cam|k)\s+(?:[a-z0-9]+\s+){1,7}qua\s*$"
    # "no ibuprofen more than twice", "don't skip more than 2 runs in a row"
    r"|^\s*(?:no|never|don't|don’t|dont|do not)\s+(?:[a-z0-9-]+\s+){1,7}more than\s*$"
)


# a bound typed after the number; group 1 is an upper bound
_BOUND_AFTER = re.compile(
    r"\s*(?:(or (?:less|lower|fewer|below|under)|(?:[a-z]+ )?tro xuong|hoac it hon|(?:[a-z]+ )?(?:max|tops)\b)"
    r"|\+|or (?:more|better|higher|above|greater|over)|and (?:up|above)|(?:[a-z]+ )?tro len"
    r"|hoac hon|tro di)(?![\w+])"  # "7 diem tro len": the unit may come between
)


def _goods_not_rank(masked: str, marked: str | None, at: int) -> bool:
    """ "hang" at `at` is "hàng" (goods): typed so, or with no marks after a word of goods."""
    if marked is not None:
        return marked[at : at + 4] != "hạng"
    words = masked[:at].split()
    return bool(words) and words[-1] in _WORDS.goods_before


_RANK = re.compile(
    r"#\s?(\d{1,3})\b|\btop[\s-]?(\d{1,3})\b(?!\s*%)|\b(?:number|no\.|hang)\s?(\d{1,2})\b(?!\s*(?:%|/|[.,]\d))"
    # "số 1", never the end of "hồ sơ 1 tuần/lần" (a file, then how often)
    r"|(?<!\bho )\bso (1)\b(?!\s*(?:%|/|[.,]\d|trieu|ty|nghin|ngan|k\b|tuan|thang|ngay|lan))|\b(?:hang nhat|top dau|first place|1st place)\b"
)
# "tu thang 1| bat dau", "tu Tet| bo thuoc la": what begins, or is given up, from then on
_BEGIN_NEXT = re.compile(
    rf"\s*(?:se\s+|minh\s+|toi\s+|em\s+)?(?:{alternation(_WORDS.begun_after_start)})\b"
)
# "From January| cutting back", "starting monday|, i'm going", "From jan| onwards no fried
# snacks": what is done, or given up, from then on
# "Life in the UK", "Head of the Charles": words in capitals joined by small words name one thing
# ("Brand Awareness" in capitals is still the aim)
_TITLE_NAME = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:of|in|the|and|&|for|de)\s+(?:the\s+)?(?:[A-Z][\w'’-]*|\d+))+"
)
# "càng sớm càng tốt" with a letter slipped ("càg", "cang som cag tot"): as soon as possible
_AS_SOON_TYPED = re.compile(r"\bca\w{0,2}g\s+som\s+ca\w{0,2}g?\s+tot\b")
_ORDER_NEXT = re.compile(r"[\s,]*([a-z]+)\b")
_START_THEN_DOING = re.compile(
    r"[\s,]*(?:(?:onwards?|on)\b[\s,]*)?"
    r"(?:(?:(?:i'm|im|i am|we're|we are)\s+)?[a-z]{3,}ing\b|no\s+[a-z]|(?:i'll|i will|we'll|we will)\b)"
)
_TO_NEXT_LEVEL = re.compile(
    r"\b(?:to|len|xuong|con)\s+(?:[a-z]+\s+)?$"
)  # "... to max |1 per month"
_TOP_BEFORE = re.compile(r"\b(?:top|number)[\s-]$")  # before a spelled number, it ranks
_RANKED_AMONG = re.compile(r"\s+(?:in|among|across)\s+(?:the|our|my|all)\b")
# text _RANK can match holds one of these: most goals are not asked to rank at all
_RANK_CUES = ("#", "top", "number", "no.", "hang", "so 1", "first place", "1st place")
# a language level to reach ("reach B2 in French", "dat trinh do C1")
_LEVEL = re.compile(
    r"\b(?:reach|get to|get|achieve|pass|attain|to|level|dat|len|trinh do|thi|do)\s+"
    # "đạt chứng chỉ tiếng Anh B1": the certificate and the language named between
    r"(?:(?:chung chi|cert|certificate)\s+)?"
    r"(?:(?:tieng\s+[a-z]+|english|german|french|spanish|italian|japanese|korean|chinese)\s+)?"
    # "bậc 3 (B1)": the Vietnamese framework's step said first, its CEFR name after it
    r"(?:(?:vstep\s+)?(?:tu\s+)?bac\s+[1-6]\s*\(\s*)?"
    r"(?:(?:the\s+)?(?:cefr\s+)?(?:level\s+)?([abc][12])|(?:jlpt\s+)?(n[1-5])"
    # "đạt cấp 3", "thi đậu bậc 4": a framework's step of six, named bare (TOPIK, VSTEP, HSK)
    r"|(?:(?:topik|hsk|vstep)\s+(?:ii?\s+)?)?(?:cap|bac)\s+([1-6])(?!\s*\())\b"
)
_PLAIN_TY = re.compile(r"\b[Tt]y\b")
_FRACTION = re.compile(
    r"\b(?:by\s+(a|one|two|three)\s+("
    + alternation([w for w in _WORDS.fractions if " " not in w])
    + r")|(mot|hai|ba)\s+("
    + alternation([w for w in _WORDS.fractions if " " in w])
    + r"))\b"
)
_LAST_WORD_END = re.compile(r"\b([a-z]+)\s+$")
# "under |a third of| gross sales", "at most |two fifths of| ...": a share of a whole
_FRACTION_OF_CUES = tuple(w for w in _WORDS.fractions if " " not in w)
_TOP_SHARE = re.compile(rf"\btop ({alternation(list(_WORDS.top_shares))})\b")
_FRACTION_OF = re.compile(
    r"\b(a|one|two)\s+(" + alternation([w for w in _WORDS.fractions if " " not in w]) + r")\s+of\b"
)
# words without which _FRACTION ("by a third", "mot phan ba") and _HALF cannot match: most
# goals hold none, and a substring test costs less than the patterns
_FRACTION_CUES = ("by", *sorted({w.split()[0] for w in _WORDS.fractions if " " in w}))
_HALF_CUES = ("half", "halve", "nua")
# "ko qua nua goi", "toi da nua chai": a bound of half of one thing
_HALF_BOUND = re.compile(
    r"\b(?:ko qua|k qua|khong qua|toi da|max)\s+((?:mot |1 )?nua)\s+(goi|chai|ly|lon|tieng|ngay)\b"
)
_HALF = re.compile(
    r"\b(?:by|in|to) half\b|\bhalve\b|\b(?:giam|cat giam|cat|con|xuong|xuong con) (?:mot |1 )?nua\b"
)
# a share of the user's things to reach: half of them (a move by half is _HALF's)
_HALF_SHARE = re.compile(
    r"\b(?<!first )(?<!second )(?<!the )half of\b|\b(?:mot|1) nua\b"
    # "lam het nua cuon de cuong": done with half of one thing (a book, a course, a set); one
    # fixed-width look-behind per verb said before it
    rf"|(?:{'|'.join(rf'(?<={re.escape(w)} )' for w in _WORDS.half_done_after)})"
    rf"nua(?= (?:{alternation(_WORDS.half_done_of)})\b)"
)


@cache
def _can_do_tail() -> re.Pattern[str]:
    """ "8/10 confident| we can get there", "| that I'll pull it off": the rest of a sureness
    clause, saying only that it can be done (never what: "sure I'll pass" names the deed)."""
    done = either(goal_words().words.sure_tails)
    return re.compile(
        r"\s+(?:that\s+)?(?:we|i|u|you)\s*(?:can|could|will|'ll|ll|gonna|are gonna|am gonna)\s+"
        rf"(?:{done})\b\W*$"
    )


def _rating_clause_at(folded: str) -> int | None:
    """Where a last clause that rates how sure the user is begins ("..., 8/10 confident can do
    one", "..., tu tin 7/10"), or None."""
    gw = goal_words()
    if DIGIT.search(folded) is None or not any(cue in folded for cue in gw.confidence_cues):
        return None  # the cheap test the confidence reading makes first: most goals rate nothing
    m = gw.confidence_re.search(folded)
    if m is None or (cut := folded.rfind(",", 0, m.start())) < 0:
        return None
    if folded.find(",", m.end()) >= 0 or DIGIT.search(folded, m.end()) is not None:
        return None  # more is said after it
    return cut


@cache
def _had_quality() -> re.Pattern[str]:
    """ "have a better vibe", "co vibe rieng", "get its own feel": a vague quality had."""
    words = goal_words().words
    qualities = either([fold(w).lower() for w in words.had_qualities])
    return re.compile(
        rf"\b(?:have|has|get|got|co|mang)\s+(?:(?:a|an|its own|their own|our own|mot|them)\s+)?"
        # "get the department's vibe back": whose it is may come between
        rf"(?:[a-z'’-]+\s+){{0,2}}?(?:{qualities})\b"
    )


@cache
def _about_to_end() -> re.Pattern[str]:
    """ "sắp X rồi" closing the text: what is about to happen, a few words between."""
    return re.compile(rf"\b(?:{either(goal_words().words.about_to)})(?:\s+\S+){{0,5}}\s+roi\W*$")


@cache
def _vague_portion_end() -> re.Pattern[str]:
    """A vague part said before an amount, a few words of whose between ("some of my |$5k")."""
    parts = either(goal_words().words.vague_portions)
    # "a good chunk of weight by 5%": a move's amount, not a whole
    return re.compile(
        rf"\b((?:{parts}))\s+(?:(?!(?:by|to|from|den|xuong|len)\b)[a-z']+\s+){{0,3}}"
        rf"[{currency_signs()}]?$"
    )


@cache
def _half_the() -> re.Pattern[str]:
    """ "close out half the open findings", "pay off half my card": half of them, unless they are
    a subject said of ("half the town doesn't even know we do food")."""
    verbs = either(goal_words().words.subject_next)
    return re.compile(
        rf"\b(?<!first )(?<!second )(?<!the )half(?= (?:the|our|my|their|these|those) "
        rf"(?![\w' ]{{0,24}}\b(?:{verbs})\b))"
    )


_POSSESSIVE_END = re.compile(r"\b(?:our|my|their|his|her|these|those|cac|nhung)\s*$")


@cache
def _motion_to_bound() -> re.Pattern[str]:
    """A word of motion right before a bound's words ("xuống dưới", "drop below")."""
    motion = either(goal_words().words.bound_motion_words)
    return re.compile(
        rf"\b(?:{motion})\s+(?:{_AT_MOST}|{_AT_LEAST})\s*[-−]?[{currency_signs()}]?\s*$"
    )


def marked_loose_count(r: Readings, masked: str) -> re.Match[str] | None:
    """A loose count typed with its marks, right before what it counts ("mấy cuốn sách",
    "vài bạn part-time"); not one before a time ("mấy tháng nữa") or in a question."""
    m = lexicon().marked_vague_count_re.search(masked, r.marked)
    if m is None or r.asks or r.question:
        return None
    if r.marked is None:
        # typed with no marks at all: "giam may ky", "tap vai buoi": before a unit it counts,
        # "may" is "mấy" ("máy ký" is nothing), "vai" is "vài"
        return m if words_re("loose_units").match(masked, m.end() + 1) is not None else None
    if not has_vietnamese_marks(r.marked[m.start() : m.end()]):
        return None  # typed bare inside a text with marks: "may" may be "máy"
    if ends_with("loose_count_not_after").search(masked, 0, m.start()):
        return None  # "bón phân cho mấy cây sanh": whom it is done for, the ones there are
    after = re.match(r"\s+(\w+)", masked[m.end() :])
    # "mấy tháng nữa", "mấy đứa": a time or a call to people, nothing counted
    return m if after and not words_re("not_loose_counted").fullmatch(after[1]) else None


def _title(text: str) -> bool:
    """ "7 Email Subject Lines That Doubled Our Open Rates", "Admissions Trends 2027: What
    Every Counselor Should Know": a headline, not a goal."""
    first = fold(text.split(maxsplit=1)[0]) if text.strip() else ""
    # "Ten Vegetables to Sow on Your Allotment This Winter": its number spelled
    numbered = text[:1].isdigit() or (
        text[:1].isupper()
        and first in (spelled().units.keys() | spelled().tens) - spelled().articles
    )
    if not numbered and ":" not in text:
        return False  # the cheap test first: a headline opens with its number or has a subtitle
    words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return False
    if numbered:
        return True
    # a headline's subtitle after its colon opens with a question word or a number
    _, colon, subtitle = text.partition(":")
    return bool(colon) and goal_words().headline_open_re.match(fold(subtitle).strip()) is not None


@cache
def spelled() -> SpelledNumbers:
    data = lexicon_data("lexicon.yaml")["spelled_numbers"]
    return SpelledNumbers(
        data["units"],
        data["tens"],
        data["scales"],
        data["not_alone"],
        data.get("not_first", []),
        data.get("articles", []),
        data.get("halves_after", []),
        data.get("bare_not_alone", []),
        data.get("tens_alone", []),
        data.get("vi_bare_words", []),
    )


@cache
def _number_compound() -> re.Pattern[str]:
    """A name that opens with a number word's spelling (data: spelled_numbers.compounds)."""
    names = lexicon_data("lexicon.yaml")["spelled_numbers"].get("compounds", [])
    return re.compile(rf"(?:{either(names)})\b")


def _read_spelled_decimals(r: Readings, masked: str, qs: list[Quantity]) -> None:
    """A decimal said in Vietnamese words ("IELTS sáu chấm năm", "sau phay nam"): one number,
    its digits said either side of the point."""
    units = spelled().units
    for m in _spelled_point().finditer(masked):
        whole, tenth = units.get(m[1]), 5.0 if m[2] == "ruoi" else units.get(m[2])
        if whole is None or tenth is None or not (0 < whole < 10 and 0 <= tenth < 10):
            continue
        if any(q.span.start < m.end() and m.start() < q.span.end for q in qs):
            continue
        qs.append(Quantity("absolute", whole + tenth / 10, r.span(m.start(), m.end())))


@cache
def _spelled_point() -> re.Pattern[str]:
    """ "sau cham nam" (6.5), "bay phay ruoi" (7.5): a digit word, the point said, a digit word
    (the spelled numbers' own words; _read_spelled_decimals keeps those under ten)."""
    digits = alternation(sorted(spelled().units, key=len, reverse=True))
    return re.compile(rf"\b({digits})\s+(?:cham|phay)\s+({digits}|ruoi)\b")


def _counted(masked: str) -> bool:
    """The text holds an amount, in digits or in number words ("sell fifty gift cards")."""
    return DIGIT.search(masked) is not None or any(
        (n := spelled().value(m[0])) is not None and n >= 2
        for m in spelled().regex.finditer(masked)
    )


# "giam |ba ky", "xuong duoc |hai can": a move right before a number word and its unit
_UNIT_MOVE_END = re.compile(r"\b(?:giam|tang|xuong|len|bot|sut|cat|ha)\s+(?:(?:duoc|dc|them)\s+)?$")


# "be a better role model for the new |hires": a role the user wants to be, and for whom
_ROLE_FOR_END = re.compile(
    r"\bbe (?:a|an|the) (?:better|good|great|stronger|calmer|fairer|kinder|real|proper) "
    r"[a-z' -]{2,30}? for (?:the |our |my |all |every |each )?(?:new )?$"
)
# "thêm một |bác sĩ": a thing counted after it, not "một chút", "một lần nữa", "một số"
_ONE_THING_NEXT = re.compile(r"\s+(?!(?:chut|it|ti|xiu|so|vai|lan|ngay|thoi|nua)\b)[a-z]")
# a number word typed with a capital inside the text, before another capitalised word
_NAME_PART = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]")


def _capitalised_pair(text: str, start: int) -> bool:
    """The word at `start` and the next, no number word ("Năm Trăm"), are typed with capitals,
    marks and all ("Năm Căn")."""
    pair = text[start:].split(maxsplit=2)[:2]
    if len(pair) < 2 or not all(w[:1].isupper() and w[1:2].islower() for w in pair):
        return False
    words, after = spelled(), fold(pair[1].lower()).strip(".,;:!?")
    return after not in words.units and after not in words.scales and after not in words.tens


_GROUP_OF_END = re.compile(r"\b(?:team|family|group|squad|crew|party|class|staff|band) of\s+$")


def _read_spelled(r: Readings, masked: str, qs: list[Quantity], start: int, phrase: str) -> None:
    """The number spelled as `phrase` at `start`, added to `qs` when it counts something."""
    words = spelled()
    end = start + len(phrase)
    if _HYPHEN_WORD.match(masked, end):
        return  # "a six-pack", "a two-week trip": what kind of thing, not how many
    if phrase.endswith("couple") and masked.startswith(" of ", end):
        end += 3  # "a couple of line cooks": "of" goes with the number, not with the cooks
    if _number_compound().match(masked, start) is not None:
        return  # "trong them sau rieng": durian (sầu riêng), no six of anything
    if r.language == "vi" and _KIN_NEXT.match(masked, end):
        return  # "hai vợ chồng tiết kiệm 5 triệu": the couple, no two of anything
    if r.language == "en" and _GROUP_OF_END.search(masked, max(0, start - 24), start):
        return  # "my team of four HODs": the team its number names, as "team of 4" does
    if (
        _NAME_PART.match(r.text, start) if r.language == "en" else _capitalised_pair(r.text, start)
    ) and r.text[:start].strip(" \"'"):
        # "the group's Zero Harm Vision 2030", "our Six Sigma push", "cua Năm Căn" (a place):
        # a name's word
        return
    value = words.value(phrase)
    if r.marked is None and phrase.strip() in words.bare_not_alone:
        value = None  # "an it muoi lai": typed bare, as much salt (muối) as ten (mười)
    if r.language == "vi" and r.marked is None and phrase.strip() in words.vi_bare_words:
        return  # "dong son mang ten minh": a name (tên), no ten of anything
    top = _TOP_BEFORE.search(masked, max(0, start - 8), start) if r.language == "en" else None
    if value is None and top is not None:
        value = words.units.get(phrase.strip())  # "number one": the rank, a word alone
    before = masked[max(0, start - 20) : start]
    if (
        value is None
        and (
            _another_end().search(masked, 0, start)
            or _counts_next(r, masked, start, end)
            # "không quá năm phần trăm": a number word before "percent" is that many
            or _PERCENT_WORD.match(masked, end) is not None
            or (_qualifier(before) is not None and _bound_count(r, start, end))
            # "giảm bốn cân": a Vietnamese digit word before a unit of weight, distance or time,
            # typed with its marks ("thợ làm cẩn thận": typed without them, "lam can" is no number)
            or (
                r.language == "vi"
                and r.marked is not None
                and _vi_unit_next().match(masked, end) is not None
                and not _marked_otherwise(r.text[start:end])
            )
            # "giam ba ky truoc Tet": typed bare, right after a move, a count of the unit
            or (
                r.language == "vi"
                and r.marked is None
                and _vi_unit_next().match(masked, end) is not None
                and _UNIT_MOVE_END.search(before) is not None
            )
        )
    ):
        # "mo them hai chi nhanh": "hai" after "them" is two; "dao tao hai ban tho phu":
        # before the people it counts; "ít nhất ba hợp đồng": a count bounded
        value = words.alone(phrase)
        if phrase.strip() in words.tens_alone and _UNIT_MOVE_END.search(before) is None:
            value = None  # "giảm chục ký" is ten; "vài chục ký", some tens, is no count
    if (
        value is None
        and phrase.strip() == "one"
        and masked[:start].strip()  # "one more thing: grow sales" opens with a phrase
        and (
            _ONE_MORE_THING.match(masked, end) is not None
            # "win back at least one of them": which one, not a count kept to
            or (_qualifier(before) is not None and not masked.startswith(" of ", end))
        )
    ):
        # "recruit one more maths teacher": one more, said in words; "submit at least one
        # application", "no more than one coffee a day": a bound of one
        value = 1.0
    if (
        value is None
        and r.language == "en"
        and phrase.strip() in ("a", "an")
        and (ordinal := _ORDINAL_NEXT.match(masked, end)) is not None
        and _hired_end().search(masked, max(0, start - 24), start) is not None
    ):
        value, end = 1.0, ordinal.end()  # "hire a second physio": one more person taken on
    if (
        value is None
        and r.language == "vi"
        and phrase.strip() == "mot"
        and _another_end().search(masked, 0, start)
        and _ONE_THING_NEXT.match(masked, end) is not None
    ):
        value = 1.0  # "tuyển thêm một bác sĩ chỉnh nha": one more, said in words
    if value is None or any(q.span.start <= start < q.span.end for q in qs):
        return
    if r.marked is not None and _PLAIN_TY.search(r.text, start, end):
        return  # "Công ty An Khang": typed with marks, "ty" is a company, "tỷ" a billion
    if r.marked is not None and _marked_otherwise(r.text[start:end]):
        return  # "bớt muối": typed with the marks of salt, not "mười" (ten)
    if top is not None and value.is_integer():
        # "top three at sectionals": a rank spelled in words, as "top 3" is in digits
        qs.append(Quantity("rank", value, r.span(top.start(), end), unit="rank"))
        return
    pct = _PERCENT_WORD.match(masked, end)  # "six percent", "muoi phan tram"
    qs.append(
        Quantity(
            "percent" if pct else "absolute",
            value,
            r.span(start, pct.end() if pct else end),
            unit="%" if pct else None,
            qualifier=_qualifier(before),
            relative=bool(_BY_END.search(before)),
        )
    )
    if not r.counted:
        r.counted = _counted_after(r, masked, pct.end() if pct else end)


def _earned_metric(r: Readings, masked: str, at: int) -> None:
    """Money earned is the measure when an earning verb comes right before its amount
    ("kiếm thêm 15 triệu để cho bé học", "earn $500 from tutoring")."""
    for m in words_re("earning_verbs").finditer(masked, max(0, at - 24), at):
        if not masked[m.end() : at].strip():
            r.metric = lexicon().metrics["revenue"]
            r.metric_span = r.span(m.start(), m.end())
            return


def _marked_unit_metric(r: Readings, at: int) -> None:
    """The metric a unit typed with its marks right after an amount names, when none is read
    yet ("giảm 3 ký": kilos, read only as typed with the marks; "2 kỳ" is two terms)."""
    if r.metric is not None or r.marked is None:
        return
    unit = _MARKED_UNIT.match(r.text, at)
    if unit is not None and unit[1].lower() in _UNIT_METRIC_MARKED:
        r.metric = lexicon().metrics[_UNIT_METRIC_MARKED[unit[1].lower()]]
        r.metric_span = r.span(unit.start(1), unit.end(1))


def _amount_told(folded: str, at: int) -> bool:
    """An amount said from `at` on, in digits or words ("..., last week ppl waited for over an
    hour", "..., the squirrels got half of them")."""
    return any(
        p.search(folded, at) is not None for p in (_DIGIT_RE, _one_unit(), _HALF, _HALF_SHARE)
    )


LIFTED = "lifted_weight"  # the catalog's weight a lift moves


def _goods_weighed(r: Readings) -> bool:
    """A verb of trade or harvest before the weight, in its clause ("sell 500 kg of honey",
    "ban dc 200kg ca phe rang", "thu hoach 3 ta xoai"): what is weighed is goods."""
    span = r.metric_span
    if (
        span is not None
        and _OF_GOODS.match(r.folded, span.end)
        and not _SHED_BEFORE.search(r.folded, max(0, span.start - 24), span.start)
    ):
        return True  # "twenty pounds of tomatoes": the weight of a thing named after it
    at = span.start if span is not None else len(r.folded)
    start = max(r.folded.rfind(p, 0, at) for p in ",;.:") + 1
    return words_re("goods_verbs").search(r.folded, start, at) is not None


_SHED_BEFORE = re.compile(r"\b(?:lose|losing|lost|gain|gaining|shed|drop|put on)\b")
_OF_GOODS = re.compile(r"\s+of\s+(?!(?:\S+\s+){0,2}(?:fat|weight|body|muscle)\b)[a-z]")


def _lifted(masked: str, start: int, end: int) -> bool:
    """A lift named right before or after a weight ("bench 185 lbs", "a 100kg deadlift")."""
    lifts = words_re("lift_verbs")
    return (
        lifts.search(masked, max(0, start - 40), start) is not None
        or lifts.match(masked, end + 1) is not None
    )


def _paid(masked: str, start: int, end: int) -> bool:
    """Money verbs in the clause before a weight's word that also names money ("earn 500 pounds")."""
    before = re.split(r"[.;!?]\s", masked[max(0, start - 40) : start])[-1]
    return (
        words_re("money_pound_verbs").search(before) is not None
        and re.match(r"\s+of\b", masked[end:]) is None  # "donate 500 pounds of food": a weight
    )


@cache
def _one_units() -> str:
    """The units of weight, distance or time a count is said in (`one_units`), as one pattern."""
    return either([canonical(w) for w in goal_words().words.one_units])


@cache
def _vi_unit_next() -> re.Pattern[str]:
    """ "| cân", "| ký", "| tiếng": one of those units right after a number word."""
    return re.compile(rf"\s+(?:{_one_units()})\b")


@cache
def _one_unit() -> re.Pattern[str]:
    """ "a stone", "an hour", "mot ky": one of a unit of weight, distance or time."""
    return re.compile(rf"\b(a|an|one|mot)\s+(?:{_one_units()})\b")


# "one more| teacher": one more of a thing counted, not "one more time", "one more try"
_ONE_MORE_THING = re.compile(
    r" more (?!(?:thing|things|time|times|try|chance|day|week|month|year|round|go|shot)\b)[a-z]"
)


def _marked_otherwise(span: str) -> bool:
    """A word of `span` typed with marks no number word has ("muối" folds like "mười")."""
    spellings = spelled().spellings
    return any(
        has_vietnamese_marks(w) and w not in spellings for w in re.findall(r"\w+", span.lower())
    )


# "the Libre 3 app", "cuốn Cambridge IELTS 18": a capitalised name after a determiner or a
# book's classifier, then its number
@cache
def _det_capitals_end() -> re.Pattern[str]:
    # "the new Year 7 scheme": a word saying which one may stand before the name
    which = either(goal_words().words.name_adjectives)
    return re.compile(
        r"\b(?:(the|my|our|their|his|her|its|this|that)|cuốn|cuon|quyển|quyen|bộ|sách|sach|lớp|lop)"
        rf"\s+(?:(?:{which})\s+)?((?:[A-ZÀ-ỸĐ][^\W\d_]*\s+){{1,3}})$"  # "lớp Chồi 2": a class's name
    )


def _named_after_the(original: str, pos: int) -> bool:
    """A number right after "the" + a capitalised name (not a measure: "the NPS 50 mark")."""
    word = original.rfind(" ", 0, pos - 1) + 1
    if not original[word : word + 1].isupper() or _mostly_capitals(original):
        return False  # the word right before the number is no capitalised name
    m = _det_capitals_end().search(original, max(0, pos - 40), pos)
    if m is None or _UNIT_NEXT.match(original, pos):
        return False  # "lớp HIIT 45 phút": minutes of the class, not its name
    return not m[1] or not any(_measure_word(w) for w in m[2].split())


_UNIT_NEXT = re.compile(
    r"\d*[.,]?\d*\s*(?:phút|phut|giờ|gio|tiếng|tieng|min|mins|minutes?|hours?|h)\b"
)


def _measure_word(word: str) -> bool:
    """A metric or a measure's name ("IELTS", "ROAS", "GPA")."""
    return canonical(word) in lexicon().metric_aliases or "head" in categories(word, "en")


@lru_cache(maxsize=256)
def _mostly_capitals(original: str) -> bool:
    """Counted once per text, not once per number (linear time)."""
    letters = [c for c in original if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) / 2


# "3 |nam", "2-|year", "12 |thang": a term in years or months
_TERM_UNIT_NEXT = re.compile(r"[\s-]?(?:nam|thang|years?|yrs?|months?)\b")


@cache
def _termed_before() -> re.Pattern[str]:
    """An agreement that runs for a term (`termed_things`), a few words before the number."""
    return re.compile(
        rf"\b(?:{either(goal_words().words.termed_things)})\b(?:\s+[\w-]+){{0,3}}\s+(?:a\s+)?$"
    )


@cache
def _ranked_in() -> re.Pattern[str]:
    """ "| in the site stack ranking", "| trong bảng xếp hạng": the list a rank is held in."""
    return re.compile(
        rf"\s+(?:in|on|trong|tren|o)\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{either(goal_words().words.ranking_lists)})\b"
    )


@cache
def _offer_end() -> re.Pattern[str]:
    """An offer's words right before a share (`offer_before`): "chuong trinh giam |10%"."""
    return re.compile(rf"\b(?:{either(goal_words().words.offer_before)})\s*$")


@cache
def _offer_next() -> re.Pattern[str]:
    """An offer's words right after a share (`offer_after`): "20%| off sale"."""
    # "20% off the back of the new menu" is how, not an offer
    return re.compile(rf"\s*(?:{either(goal_words().words.offer_after)})\b(?! the\b)")


@cache
def _fed_up_end() -> re.Pattern[str]:
    """A feeling of being fed up closing the text in a clause of its own (`fed_up_ends`)."""
    words = either(goal_words().words.fed_up_ends)
    return re.compile(rf"[,.;!]\s*(?:honestly\s+|tbh\s+|that[’']?s it\s+)?(?:{words})\W*$")


@cache
def _course_end() -> re.Pattern[str]:
    """A course named by its number ends the text (`numbered_courses`): "giai tich |2"."""
    return re.compile(rf"\b(?:{either(goal_words().words.numbered_courses)}) $")


def _after_name(original: str, pos: int, acronym: bool = False) -> bool:
    """A capitalised word inside the sentence right before pos ("Postgres 16", "ISO 9001");
    with `acronym`, only a word of capitals ("ASC 606", "SOC 2")."""
    if _mostly_capitals(original):
        return False  # TYPED IN CAPITALS: capitals mark nothing
    c = (_ACRONYM_END if acronym else _CAPITAL_END).search(original, max(0, pos - 20), pos)
    if c is None or not c[0][0].isupper() or _measure_word(c[0].strip()):
        return False  # "IELTS 7.0", "ROAS 4", "NPS 50": a measure and its value
    before = original[: c.start()].rstrip()
    if before.split()[-1:] and _measure_word(before.split()[-1]):
        return False  # "IELTS Academic 7.0", "TOEIC Listening 400": a measure's part, scored
    return bool(before) and before[-1] not in ".!?:;•-*"


def _modifies_object(r: Readings, v: Span) -> bool:
    """The vague word sits inside a concrete measure's phrase, off its head."""
    return r.obj.concrete and r.obj.head_metric and modifies_object(r, v)


def _scope_after_object(r: Readings, v: Span) -> bool:
    """The vague word comes after a concrete object, after a word of place or scope."""
    o = r.obj
    return (
        o.concrete
        and o.end is not None
        and o.end <= v.start
        and _SCOPE_GAP.fullmatch(r.folded, o.end, v.start) is not None
    )


_SCOPE_GAP = re.compile(
    r"\s+(?:on|across|for|in|at|among|throughout|within|tren|cho|trong|o|tai|khap)"
    r"\s+(?:(?:the|our|my|all|all of|toan|ca|cac|toan bo)\s+)?"
)


def modifies_object(r: Readings, span: Span) -> bool:
    """The span sits inside the object's phrase but not at its head: it only says which one."""
    o = r.obj
    return (
        o.start is not None
        and o.end is not None
        and o.start <= span.start
        and span.end <= o.end
        and off_head(r, span, o.start, o.end)
    )


def off_head(r: Readings, span: Span, start: int, end: int) -> bool:
    """The span does not sit at the head of the phrase from start to end: Vietnamese phrases
    start with their head, English ones end with it."""
    return span.start > start if r.language == "vi" else span.end < end


def _not_dong(r: Readings, m: re.Match[str]) -> bool:
    """The word read as "dong" was typed with marks that make it another word ("dòng", "dóng")."""
    written = r.text[m.start(4) : m.end(4)].strip().lower()
    return (
        r.folded[m.start(4) : m.end(4)].strip() == "dong"
        and written != "dong"
        and written != "đồng"
    )


def _skill(r: Readings, plain: str) -> GoalObject | None:
    """A skill to learn, near the start ("I want to learn to send photos on WhatsApp")."""
    m = goal_words().skill_re.search(r.folded, r.marked)
    if m is None or len(r.folded[: m.start()].split()) > 3:
        return None
    tail = _SKILL_TAIL.match(plain, m.end())
    if tail is not None and tail[1]:
        start, end = tail.start(1), tail.end(1)
    else:  # "hoc boi": the cue's own verb is the skill
        start, end = r.folded.rfind(" ", m.start(), m.end()) + 1, m.end()
    return GoalObject(start=start, end=end, verb=canonical(m[0]), milestone=True)


# the words after a skill cue, up to punctuation or a masked date, platform or reason
_POSSESSOR = re.compile(r"\b[a-z-]+(?: [a-z-]+){0,2}'s(?= [a-z])")
# "truoc ngay khai truong 15/01/2027", "han nop thang 8/2027": a deadline cue, then the event it names
_EVENT_CUE_END = re.compile(
    r"\b(?:truoc|han chot|han nop|han|deadline|due|before)\b[^,.;!?]{0,30}$"
)
_SKILL_TAIL = re.compile(r" ?([^\s,.;:!?]+(?: [^\s,.;:!?]+){0,7})?")


# "3-in-1", "6 trong 1" (a product's name); "1-on-1s", "1:1s" (a meeting's name)
_N_IN_ONE = re.compile(
    r"\s*-?\s*(?:trong|in)\s*-?\s*1\b|-on-1|:1s\b|:1\s+(?:meetings?|chats?|calls?|with|voi)\b"
)
_N_IN_END = re.compile(r"\d\s*-?\s*(?:trong|in)\s*-?\s*$|\b1-on-$|\b1:$")


def _names_thing(
    masked: str, m: re.Match[str], original: str | None = None, *, listed: bool = True
) -> bool:
    """A number that is part of a name, or counts what the user already has."""
    before = masked[max(0, m.start() - 20) : m.start()]
    if any(q.start() < m.start() and m.end() < q.end() for q in _QUOTED.finditer(masked)):
        return True  # "ra mắt series 'Cơm nhà 30 phút'": a title the user quoted
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and m[2].isdigit()
        and (int(m[2]) <= 4 or 100 <= int(m[2]) <= 499)
        and _course_end().search(before)
    ):
        return True  # "thi cuoi ky Giai tich 2", "pass Calculus 2": which course, no amount
    if (
        not (m[1] or m[3] or m[4])
        and _TERM_UNIT_NEXT.match(masked, m.end())
        and _termed_before().search(masked, max(0, m.start() - 32), m.start())
    ):
        return True  # "chot hop dong thau 3 nam", "sign a 2-year lease": how long it runs
    if original is not None and _METHOD_NAME.match(original, m.end()):
        return True  # "dong 8D", "5S", "4P": a method's name typed against its number
    if _N_IN_ONE.match(masked, m.end()) or (m[2] == "1" and _N_IN_END.search(before)):
        return True  # "mũi 6 trong 1", "a 3-in-1 printer": a product's name, no count
    if (
        original is not None
        and m[2].isdigit()
        and 1800 <= int(m[2]) < 1990
        and not (m[1] or m[3] or m[4] or m[5])
        and _CAPITAL_NEXT.match(original, m.end()) is not None
    ):
        return True  # "sell more 1905 Pils kegs": a year of old that names a brand
    year = m[2].isdigit() and 1990 <= int(m[2]) <= 2100 and not m[3]
    if year and _DETERMINER_END.search(before):
        return True  # "the 2027 brand guidelines": the year names the edition
    if year and SINCE_BEFORE.search(before):
        return True  # "I've been saying this since 2024 lol": when it began, never a target
    if (
        year
        and original is not None
        and (cap := _CAPITALISED_END.search(original, 0, m.start())) is not None
        and original[: cap.start()].strip(" ,") != ""  # not the sentence's own first word
    ):
        return True  # "trà sữa Signature 2026 topping", "Carnival 2023": a name's year
    if year and (y := _YEAR_TO.match(masked, m.start())) and 0 < int(y[2]) - int(m[2]) <= 10:
        return True  # "Strategic Plan 2025–2030", "nam hoc 2026-2027": a span of years, a name
    ends = _NAME_END.match(masked, m.end()) is not None or (
        # "a new Empacher 8 before spring racing": the date read out of the text still ends it
        original is not None
        and (
            _NAME_END.match(original.lower(), m.end()) is not None
            # "iPhone 15 Pro Max", "Vườn Hoa 5 Anh Em": the name goes on in capitals
            or _CAPITAL_NEXT.match(original, m.end()) is not None
        )
    )
    if ends and year and not _LEVEL_CUE.search(before) and not _RELATIVE_CUE.search(before):
        return True  # "chot ngan sach marketing 2027 truoc 31/3"
    if (
        original is not None
        and (
            ends
            or (
                not m[3]
                and not m[5]
                and not original[max(0, m.start() - 8) : m.start()].islower()  # the cheap test
            )
        )
        and _after_name(original, m.start(), acronym=not ends)
    ):
        # "migrate billing to Postgres 16 by March", "dat ISO 9001 cho nha may"; a standard's
        # letters name it whatever follows ("Implement ASC 606 rev rec automation")
        return True
    if (
        original is not None
        and _DETERMINER_END.search(before)
        and _TITLE_OF_NEXT.match(original, m.end())
        and not (m[1] or m[3] or m[4] or m[5])
    ):
        return True  # "launch our 12 Days of Christmas appeal": a title, nothing counted
    if original is not None and not m[3] and not m[5] and _named_after_the(original, m.start()):
        return True  # "teach me the Libre 3 app", "lam het cuon Cambridge IELTS 18"
    if (
        original is not None
        and _VERSION.fullmatch(m[2])
        and not m[5]
        and _after_name(original, m.start())
    ):
        return True  # "get the new TMS 2.0 live", "Opera Cloud 5.6": a version names a release
    if (
        _VERSION.fullmatch(m[2])
        and not (m[1] or m[3] or m[4] or m[5])
        and _VERSION_TO_END.search(masked, max(0, m.start() - 48), m.start())
    ):
        return True  # "upgrade the k8s clusters to 1.31", "nang cap len 8.2": a release
    if (
        _VERSION.fullmatch(m[2])
        and not (m[1] or m[3] or m[4] or m[5])
        and _DETERMINER_END.search(before)
        and _SINGULAR_NEXT.match(masked, m.end())
    ):
        return True  # "ship the 1.2 hotfix", "our 3.0 release": the version names the thing
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and (the := _THE_NAMED_END.search(masked, max(0, m.start() - 40), m.start()))
        and the[1] not in _NOT_NAMING
        and _SINGULAR_NEXT.match(masked, m.end())
    ):
        return True  # "finish the novice 2 plan", "the phase 3 rollout": the plan named 2
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and _THE_END.search(before)
        and _NO_THING_NEXT.match(masked, m.end())
    ):
        return True  # "finish the 70.3 in june": the race its number names, nothing counted
    if (dash := _DASH_AFTER_NUMBER_END.search(masked, max(0, m.start() - 8), m.start())) and (
        goal_words().name_before_re.search(masked, max(0, dash.start() - 24), dash.start())
    ):
        return True  # "on floors 3-6", "chapters 3-5": the last of the ones named, not a count
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and _team_size_end().search(masked, max(0, m.start() - 40), m.start())
        and _TEAM_MEMBERS_NEXT.match(masked, m.end())
    ):
        return True  # "Đào tạo lại team lễ tân 6 người": the team its size names, no count
    if not (m[1] or m[3] or m[4] or m[5]) and _KIN_NEXT.match(masked, m.end()):
        return True  # "cuộc sống 2 bố con": the family its number names, no count
    if m[2] == "1" and not (m[1] or m[3] or m[4] or m[5]) and _ALONE_NEXT.match(masked, m.end()):
        return True  # "chạy 1 mình mệt quá": alone, no count
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and _OURS_NEXT.match(masked, m.end())
        and not _ADDED_BEFORE.search(masked, max(0, m.start() - 12), m.start())
        # "nghe lai it nhat 5 cuoc goi cua minh": a bound on one's own, a count to reach
        and _qualifier(masked[max(0, m.start() - 20) : m.start()]) is None
    ):
        return True  # "cho 2 nhà thuốc của mình": the ones the user has, as "our 2 pharmacies"
    if _YEAR_SLASH_END.search(before) and len(m[2]) == 2:
        return True  # "the 2027/28 capital equipment list": the second year of a span
    if (
        not (m[3] or m[4] or m[5])
        and "thu " in before
        and _ORDINAL_END.search(before)
        # "phải thu 8 tấn": typed with marks, "thu" (to harvest, to collect) is no "thứ"; a
        # measure word after the number says the same unmarked ("phai thu 8 tan"); after
        # "doanh thu" the number names the shops whose revenue it is ("doanh thu 5 cửa hàng")
        and (
            before.rstrip().endswith("doanh thu")
            or not (
                (
                    original is not None
                    and has_vietnamese_marks(original)
                    and original[: m.start()].rstrip().lower().endswith(" thu")
                )
                or _counter_next().match(masked, m.end())
            )
        )
    ):
        return True  # "mo tu sach thu 3": the third one, not three of them
    if m[2] in ("1", "2", "3", "4", "5") and (
        _STAR_KIND.match(masked, m.end())
        # "số đánh giá 5 sao ... lên 500": the reviews named, then their stars
        or (
            _RATED_END.search(before)
            and (stars := _STARS_NEXT.match(masked, m.end())) is not None
            and DIGIT.search(masked, stars.end()) is not None  # a count of them follows
        )
    ):
        return True  # "get more 5 star reviews", "danh gia 5 sao": the kind of review, not how many
    if _QUOTE_END.search(before):
        return True  # "write the '10 Ways to Cut Payroll Errors' ebook": a title
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and original is not None
        and _OWN_DETERMINER_END.search(masked, max(0, m.start() - 24), m.start()) is not None
        and (unit := _MODIFIER_UNIT.match(masked, m.end())) is not None
        and _MODIFIER_NOT_NEXT.match(masked, unit.end()) is None
    ):
        return True  # "sign the 2 year retainer", "the new 7-day prep labels": a size, a name
    if _SIZE.match(masked, m.end()) or masked.startswith(".x", m.end()):
        return True  # "buy a 2 bed flat", "can 2PN o Q7", "the 2.x branch": a size or a version
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and _ELAPSED_END.search(before)
        and _ELAPSED_UNIT.match(masked, m.end())
    ):
        return True  # "its literally been 3 weeks of me staring at it": how long, not a target
    if not (m[1] or m[3] or m[4] or m[5]) and (
        _LEFT_AFTER.match(masked, m.end()) or _STILL_END.search(before)
    ):
        return True  # "finish my cert (2 tests left)", "(con 3 mon)": what remains, not a target
    if (
        m[2].isdigit()
        and int(m[2]) > 12
        and _MONTH_WORD_END.search(before)
        and not _DATE_NEXT.match(masked, m.end())
    ):
        return True  # "lương tháng 13": the thirteenth-month pay, named by no month
    if _AGE.match(masked, m.end()) or (
        _I_AM_END.search(before) and _NAME_END.match(masked, m.end()) and not m[3]
    ):
        return True  # "toi nam nay 68 tuoi", "I'm 34 and already have wrist pain": an age
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and (opens := _FOR_WHO_OPENS.match(masked[: m.start()])) is not None
        and (opens[1] is not None or _FAMILY_NEXT.match(masked, m.end()) is not None)
    ):
        return True  # "cho 2 dua nho di ngu som hon", "help my 2 AP classes": who it is for
    if (
        not (m[1] or m[3] or m[4] or m[5])
        and _FOR_END.search(before)
        and _FAMILY_NEXT.match(masked, m.end())
        and m[2].isdigit()
        and int(m[2]) <= _FAMILY_MAX  # "ho so cho 30 be": thirty children's files are a count
    ):
        return True  # "toi nao cung doc truyen cho 3 dua nho 15 phut": the children read to
    if before.endswith("(") and _ASIDE_SIZE.match(masked, m.end()):
        return True  # "cho ca phong ke toan (6 nguoi)": how big the group is, not a target
    if _GROUP_OPENS.match(masked[: m.start()]) and _SIZE_THEN_CLAUSE.match(masked, m.end()):
        return True  # "Doi sales 4 nguoi, moi nguoi ...": the team's size, then the goal
    if _WITH_OPENS.match(masked[: m.start()]) and (
        _THEN_WHO.match(masked, m.end()) or _SETUP_ENDS.match(masked, m.end())
    ):
        # "With 11 techs we should be pulling ...", "with 7 adjusters and no new hires, cut
        # ...", "voi 6 dispatcher hien tai muon ...": what there is to work with
        return True
    if _ACROSS_SETUP.match(masked[: m.start()]) and not (m[1] or m[3] or m[4] or m[5]):
        return True  # "with 14 staff across 2 shifts i want less turnover": the setup
    if _ALONG_WITH_OPENS.match(masked[: m.start()]) and _PEOPLE_NEXT.match(masked, m.end()):
        return True  # "cung 5 ban phuc vu ...", "with my 3 farmhands ...": who does it with me
    if (
        (w := _WITH_HELPERS_END.search(before)) is not None
        and m[2].isdigit()
        and int(m[2]) <= 20
        and not (m[1] or m[3] or m[4] or m[5])
        and _HELPERS_NEXT.match(masked, m.end()) is not None
        and _CONTACT_END.search(
            masked, max(0, (at := m.start() - len(before) + w.start()) - 40), at
        )
        is None
    ):
        return True  # "rebuild the renewal playbook w/ 3 people": who does it, not what is counted
    if _ONLY_HAVE_END.search(before) and _WORD_NEXT.match(masked, m.end()) and not m[3]:
        return True  # "we only have 3 coaches on staff but ...": what there is, not a target
    if _ME_AND_OPENS.match(masked[: m.start()]) and _WORD_NEXT.match(masked, m.end()):
        return True  # "me and the other 3 hygienists ...", "with just me and 1 other person": us
    if _ALONG_WITH_OPENS.match(masked[: m.start()]) and _OF_MINE_NEXT.match(masked, m.end()):
        return True  # "cùng 4 NCS của mình publish ...": the people of mine who do it with me
    if _TEAM_AND.match(masked[: m.start()]) and (w := _WORD_NEXT.match(masked, m.end())):
        # "with our 3 nurses and 2 hygienists cover ...", "with my 5 starters + 2 subs": the
        # team's second part, counted like its first
        return w[1] not in _MEASURE_UNITS
    if (
        (c := _COMPOUND.match(masked, m.end()))
        and c[1] not in _MEASURE_UNITS
        # "a 6-month emergency fund": the months of spending are the amount to save
        and not (
            c[1] in ("month", "months")
            and words_re("month_sized_funds").match(masked, c.end(1) + 1) is not None
            # "a 6-month emergency fund (~$18k)": the amount said in money is the target
            and DIGIT.search(masked, c.end()) is None
        )
    ):
        return True  # "a 5-email drip", "a 2-week trip", "a 1000-piece puzzle": what it is
    if _PLUS_NAME.match(masked, m.end()) or _PLUS_BEFORE.search(masked, 0, m.start()):
        return True  # "chuong trinh 3+1 cua RMIT", "a 2+2 degree": a programme's name
    if original is not None and goal_words().name_before_marked_re.search(
        original[max(0, m.start() - 20) : m.start()].lower()
    ):
        return True  # "văn phòng tầng 12", "chuyền 5": typed with the marks of a name
    if (n := _NUMBERED_END.search(before)) and n[1] not in _NOT_NUMBERED:
        return True  # "xong cai nha go so 2": the house numbered 2 ("dat so 1" is a rank)
    if (
        listed
        # the last 24 characters only, and one number back: a chain through every number
        # before would be quadratic
        and (prior := _LISTED_AFTER.search(masked, max(0, m.start() - 24), m.start()))
        and len(prior[2]) == len(m[2])  # "101 voi 102": names alike, not "thu 2 voi 15 hoc vien"
        and _names_thing(masked, prior, original, listed=False)
    ):
        return True  # "nang cap phong 101 voi 102": the second of the rooms named
    if (move := _MOVE_NAME_END.search(before)) and (
        move[1] == "from" or f"from {move[2]} " in masked[: m.start()]
    ):
        return False  # "from grade 3 to grade 4": a move between named levels
    if _earlier_by_next().match(masked, m.end()):
        return False  # "go to bed 30 minutes earlier": a span of time, not bed number 30
    if goal_words().name_before_re.search(before):
        return True
    own = _POSSESSIVE_END.search(before)
    if own is None:
        return False
    # "fill our 4 RN vacancies", "sell my 3 flats": all of them done is the count reached;
    # "grow our 4 regional pages" only says which ones
    verb = before[: own.start()].split()[-1:]
    return not (verb and verb[0] in _done_verbs())


@cache
def _done_verbs() -> frozenset[str]:
    """English milestone verbs of one word ("fill", "close", "sell"): done to all the things."""
    return frozenset(w for w in goal_words().words.milestone_verbs.en if " " not in w)


@cache
def _earlier_by_next() -> re.Pattern[str]:
    """Minutes or hours, then "earlier": how much earlier a routine is moved."""
    earlier = either(goal_words().words.earlier_comparatives.en)
    return re.compile(rf"\s*(?:minutes?|mins?|hours?|hrs?)\s+(?:{earlier})\b")


_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")
_VERSION_TO_END = re.compile(
    rf"\b(?:{alternation(_WORDS.version_verbs)})\b[^,;.!?]*\b(?:to|len|sang|ver|v)\s*$"
)
# "the novice 2 plan": "the", a word or two of the name, its number, then the kind of thing named
# ("the SM7B + rodecaster pro 2 setup": the kit named, its parts joined by "+")
_THE_NAMED_END = re.compile(r"\bthe\s+(?:(?:[a-z][\w'-]*|[+&])\s+){0,3}([a-z][\w'-]*)\s+$")
_NOT_NAMING = frozenset(
    ("top", "first", "last", "next", "other", "final", "under", "over", "only", "extra", "best")
    + ("of", "to", "for", "with", "in", "at", "on", "by", "below", "above", "than", "and", "or")
)
_SINGULAR_NEXT = re.compile(rf"\s+(?:{alternation(_WORDS.named_by_number)})\b")
_COMPOUND_HEAD = re.compile(r"\d-$")
# "nha go so 2", "phong so 5": a thing, then "so" and its number
_NUMBERED_END = re.compile(r"\b([a-z]+)\s+so\s*$")
_NOT_NUMBERED = frozenset(("dat", "la", "thanh", "len", "vao", "top", "hang", "tro", "nen", "giu"))
# a named number, then "and"/"voi" and the next one ("phong 101 voi 102", "rooms 4 and 5")
_LISTED_AFTER = re.compile(r"(?<![\d.,/])()(\d+)()()()(?=\s*(?:,|&|and|or|va|voi|hoac)\s*$)")


# "tu sach thu 3", "the 3rd": an ordinal after a thing ("doanh thu 3 ty" is revenue)
@cache
def _counter_next() -> re.Pattern[str]:
    """A measure word right after a number ("8| tấn", "3| cây")."""
    return re.compile(rf"\s*(?:{either(goal_words().words.amount_counters)})\b")


_ORDINAL_END = re.compile(r"(?<!doanh )(?<!thu )\b[a-z]+ thu\s+$")
_MOVE_NAME_END = re.compile(r"\b(from|to)\s+([a-z]+)\s+$")
# a capital typed right after the digits, not a scale or a unit ("8D", "5S"; not "10K", "24H")
_METHOD_NAME = re.compile(r"[ACDEFIJNOPQRSUVWXYZ](?![A-Za-z])")
_SHARE_OF = re.compile(r"%\s*(?:of\s+)?$")  # "dat 112% ke hoach", "95% of target": measured against
_VI_DONE_WORD = re.compile(r"\b(?:da|roi|r)\b")  # "đã", "rồi", "r": said of what is done
# "... nang qua", "dong bang qua": "quá" (so, too) ending a clause exclaims; typed without marks
# it is read only after words that are no time or move ("tuan qua", "vuot qua")
# "..., bỏ lâu quá rồi 😅", "..., mệt quá trời": a sigh that closes the text
_SIGHED_END = re.compile(r"\b[a-z]+\s+qua(?:\s+(?:roi|troi|di))?\W*$")
_EXCLAIMED = re.compile(
    r"\b(?:\w+)\s+quá\b(?=\s*(?:[,.;!?]|$))"
    r"|\b(?!(?:vuot|tuan|thang|nam|hom|bo|di|ghe|trai|bua|dem|toi|ngang|thong)\b)[a-z]+\s+qua(?=\s*(?:[,.;!?]|$))"
)
_JUST_DONE = re.compile(r"\b(?:moi|vua|da)\b[^,.;!?]*\b(?:xong|roi|r)\b")  # "mới ... xong"
_VI_GOT_N = re.compile(r"\b(?:duoc|dc)\s+\d")  # "dc 3tr2": an amount come to
_VI_HAD = re.compile(r"\b(?:duoc|dc|dat duoc|la)\b")  # "thang 10 PPM noi bo la 1.230"
# an amount spent, left or had, said right before its number ("het 35 trieu", "co 12/35 em")
_MONTH_OPENS = re.compile(r"\s*(?:thang|t)\s?\d{1,2}\b")
_VI_AMOUNT_HAD = re.compile(r"\b(?:het|con|co)\s+(?:[a-z]+\s+)?\d")
# after a month just gone: what it came to ("Doanh thu thang 10 dat 3,4 ty", "thang 10 lo 38 trieu")
_VI_CAME_TO = re.compile(r"\b(?:duoc|dc|dat duoc|la|dat|lo|con|bi)\b")
_THAN_BEFORE = re.compile(
    r"\b(?:cao hon|thap hon|nhieu hon|it hon|hon|so voi|tang|giam)\s+(?:(?:so voi|voi)\s+)?"
    r"(?:nam ngoai|nam truoc|thang truoc|tuan truoc|quy truoc|cung ky)\b"
)
# a period that is running now, said first ("Thang nay nha minh tiet kiem duoc 3 trieu")
_NOW_PERIOD_OPENS = re.compile(r"\s*(?:thang nay|nam nay|tuan nay|quy nay|ky nay|vu nay|mua nay)\b")
# "doanh thu thang 10 cua phong kham duoc 780 trieu": a month said with no deadline word before it
_PAST_MONTH = re.compile(
    r"(?<!truoc )(?<!den )(?<!het )(?<!cuoi )(?<!trong )(?<!vao )(?<!toi )(?<!dau )"
    r"\bthang (\d{1,2})\b(?!\s*(?:/|nam|toi|sau|\d))"
)


def _just_gone(month: int, today: date) -> bool:
    """The month is one of the three before today's: named bare, it is more likely the one just
    gone than the one next year."""
    return 1 <= (today.month - month) % 12 <= 3


def _month_gone_told(t: TimeMatch, folded: str, today: date) -> TimeMatch:
    """A month of the last three named with no cue of a deadline, in a clause told in the past
    tense ("dock to stock was averaging 9 hrs in nov, ..."): the month gone, not next year's."""
    if t.kind != "deadline":
        return t
    said = _EN_MONTH_SAID.fullmatch(folded, t.start, t.end)
    if said is None or (month := MONTHS.get(said[1])) is None:
        return t
    if not _just_gone(month, today):
        return t
    if _MONTH_CUED_END.search(folded, max(0, t.start - 16), t.start):
        return t  # "finished by next september": a month ahead, whatever tense came before
    breaks = [b.end() for b in _PUNCT_BREAK.finditer(folded, 0, t.start)]
    clause = folded[breaks[-1] if breaks else 0 : t.start]
    if (
        goal_words().past_re.search(clause) is None
        and _WAS.search(clause) is None
        and not _past_verb_in(clause)
    ):
        return t
    return TimeMatch(t.start, t.end, "past")


def _past_verb_in(clause: str) -> bool:
    """A verb only ever past ("Ward 7 had 9 falls in", "sold 40 units in") in the clause, not
    after "to" or a modal: the month it names is when that happened."""
    same = set(goal_words().words.past_like_base)
    return any(
        m[0] not in same and not _MODAL_END.search(clause, 0, m.start())
        for m in words_re("past_verbs").finditer(clause)
    )


# a subject of others right before the verb: "stakeholders", "the devs", "they", "everyone"
_OTHERS_END = re.compile(r"(?:\b(?:they|he|she|people|everyone|everybody)|[a-z]{3,}s)$")
_MODAL_END = re.compile(r"\b(?:to|will|ll|would|gonna|wanna|want|need|must|should)\s+$")


_MONTH_CUED_END = re.compile(r"\b(?:by|before|until|till|due|next|this|coming|end of)\s+$")
# a month said bare or with "in"/"all of"/"during", no "by", "before" or "end of"
_EN_MONTH_SAID = re.compile(r"(?:(?:in|during|all of|for|over)\s+)?([a-z]+)\.?")


def _month_gone_done(t: TimeMatch, folded: str, today: date) -> TimeMatch:
    """A month of the last three named bare, with what it came to in its clause ("thang 10 chot
    dc co 1 can, thang nay phai hon"): a month gone that dates a fact, not next year's month."""
    if t.kind != "deadline" or (m := _PAST_MONTH.match(folded, t.start)) is None:
        return t
    if not _just_gone(int(m[1]), today):
        return t
    if _THAN_END.search(folded, max(0, t.start - 16), t.start):
        return TimeMatch(t.start, t.end, "past")  # "..., hơn tháng 9 khoảng 700 bát": compared
    clause = _PUNCT_BREAK.search(folded, m.end())
    if _VI_CAME_TO_N.search(folded, m.end(), clause.start() if clause else len(folded)) is None:
        return t
    return TimeMatch(t.start, t.end, "past")


_PUNCT_BREAK = re.compile(r"[,;.!?]")
_EVERY_OPENS = re.compile(r"\s*(?:every|each|all(?: of)?(?: our| the| my)?)\s+[a-z]")
_PLURAL_OWNER = re.compile(r"[a-z]+s")  # "shops", "clinics": an owner said before its channel
_OWNER_OPENS = re.compile(r"(?:their|his|her|my|our)\s+")


@cache
def _i_do() -> re.Pattern[str]:
    """ "I literally forget ...", "I sit all day": the user, an adverb of how often or how much,
    then what they do (`told_adverbs`)."""
    return re.compile(rf"i\s+(?:(?:{either(goal_words().words.told_adverbs)})\s+)?([a-z]+)\b")


def _told_verb(word: str) -> bool:
    """A verb in the present said of oneself ("forget", "sit"), not a wish, a plan or a
    modal ("want", "will", "can", "need")."""
    return (
        "VERB" in parts_of_speech(word)
        and "AUX" not in parts_of_speech(word)
        and not goal_words().intent_re.search(f"i {word}")
    )


@cache
def _someone_is() -> re.Pattern[str]:
    """Someone, then how they feel about the goal ("board's keen", "the kids are excited")."""
    return re.compile(
        r"(?:(?:the|their|his|her|my|our)\s+)?[a-z]+(?:'s|’s|\s+is|\s+are)\s+"
        rf"(?:so\s+|really\s+|very\s+)?(?:{either(goal_words().words.feelings_told)})\b"
    )


def _someone_does(clause: str) -> bool:
    """Someone named, then what they do ("mom works double shifts", "wife says we need
    them"): a clause told of another, not an order."""
    if subject_then_verb(clause):
        return True
    words = _ORDER_WORD.findall(clause)
    if len(words) < 2 or words[0].endswith("s") or not words[1].endswith("s"):
        return False
    return "NOUN" in parts_of_speech(words[0]) and "VERB" in parts_of_speech(words[1])


_STATE_OPENS = re.compile(
    r"(?:we|i|they|there|it)\s+(?:only\s+|just\s+|still\s+|currently\s+)?"
    r"(?:have|has|had|are|is|was|were|'re|'ve got|have got)\b"
)


@cache
def _told_find() -> re.Pattern[str]:
    """ "found a mat ...", "snagged a used bike ...": a find told, its thing after it."""
    finds = either(goal_words().words.told_finds)
    return re.compile(rf"(?:{finds})\s+(?:a|an|the|my|some|one)\b")


def _dated_sentence_after(masked: str, at: int, today: date) -> int | None:
    """Where the reason's sentence ends when the next sentence says when ("... so they can run
    it solo. 6 weeks max, reckon that's doable"): the time is the goal's, not the reason's."""
    brk = _SENTENCE_BREAK.search(masked, at)
    if brk is None:
        return None
    if not any(t.kind == "deadline" for t in read_times(masked[brk.end() :], today)):
        return None
    return len(masked[: brk.end()].rstrip(" .!?"))


def _dated_clause_after(masked: str, at: int, today: date) -> int | None:
    """Where the reason ends when the clause after its comma opens on when the goal is due
    ("Lam portfolio de xin viec, cuoi thang sau xong"): the time is the goal's."""
    for comma in _REASON_COMMA.finditer(masked, at):
        rest = masked[comma.end() :]
        first = next(iter(read_times(rest, today)), None)
        if first is not None and first.kind == "deadline" and not rest[: first.start].strip():
            return comma.start()
    return None


_REASON_COMMA = re.compile(r",\s*")


def _start_clause_after(masked: str, at: int, today: date) -> int | None:
    """Where the reason ends when a clause of its own says when the goal starts ("Tiết kiệm đủ
    200 củ để đổi xe, bắt đầu từ tháng 1"): the start is the goal's, not the reason's."""
    for comma in _START_CLAUSE.finditer(masked, at):
        if any(t.kind == "start" for t in read_times(masked[comma.end() :], today)):
            return comma.start()
    return None


_START_CLAUSE = re.compile(r",\s*(?=(?:bat dau|starting|start|from|ke tu|tu)\b)")
_START_CUE_ONLY = re.compile(r"(?:(?:bat dau\s+)?tu|ke tu|from|starting(?: from)?)?")
_SINCE_DONE = re.compile(
    r"\s*(?:(?:da|bi)\s+)?(?:tang|len|giam|xuong|mat)\s+\d[^,.;!?]*?\btu\s+(?:hoi|khi|luc|dao)\b"
    r"[^,.;!?]*\b(?:roi|r)\W*$"
)
_VI_ONE_LOOSE = re.compile(r"(?<![\d.,/])\b1\s+(?:so|it|chut|xiu|ti|vai)\b(?!\s*(?:%|\d))")
_BY_THEN = re.compile(
    r"\b(?:by then|before then|till then|until then|in time for it|truoc luc do|truoc ngay do|kip luc do)\b"
)
_OWNER_DETERMINER_END = re.compile(r"\b(?:our|my|the|their|his|her)\s+$")


# a time on the clock after "before", "at", "by" ("trước 12h đêm", "before 11pm", "lúc 5h30 sáng")
@cache
def _clock() -> re.Pattern[str]:
    """_CLOCK, with an hour also spelled ("home for dinner by six")."""
    hours = sorted(
        (w for w, v in spelled().units.items() if 1 <= v <= 12 and " " not in w and w.isascii()),
        key=len,
        reverse=True,
    )
    return re.compile(
        _CLOCK.pattern
        + rf"|\b{_HOUR_CUES}\s+(?:{'|'.join(hours)})\b"
        + r"(?!\s+(?:x|times?|hours?|hrs?|mins?|minutes?|days?|nights?|weeks?|months?|[a-z]+s)\b)"
    )


_CLOCK = re.compile(
    r"\b(?:truoc|luc|before|by|at|until|khoang|tam)\s+\d{1,2}"
    # "11:30", "11:30pm", "11:30 p.m.", "11h30", "6am": the time, its half of the day typed on
    r"(?:(?::\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?)|(?:\s?(?:h|gio)(?:\s?\d{2})?|\s?(?:am|pm|a\.m\.|p\.m\.)))(?!\w)"
    r"(?:\s+(?:dem|toi|sang|khuya))?"
    # "in bed by 11 every weeknight", "up at 6 on workdays": an hour alone, no unit after it
    rf"|\b{_HOUR_CUES}\s+(?:1[0-2]|[1-9])(?![\d.,:/]*\d)"
    r"(?!\s*(?:%|[a-z]+\s*(?:/|per\b))|\s*(?:x|times?|hours?|hrs?|h|mins?|minutes?|k|kg|km|pages?|days?|nights?|weeks?|am|pm)\b)"
)


def _habit_clock(r: Readings, text: str) -> re.Match[str] | None:
    """A time on the clock typed with its hour's word, in a goal done every day or week ("đo
    pH mỗi sáng lúc 6 giờ", "kiểm tra bếp mỗi sáng trước 10 giờ"): when it is done, no amount."""
    # the times, not `recurring`: that reading weighs the amounts, not read yet here
    if not any(t.kind == "recurring" and t.period != "item" for t in r.times):
        return None
    clock = _clock().search(text)
    return clock if clock is not None and _HOUR_TYPED.search(clock[0]) else None


_HOUR_TYPED = re.compile(r"\d\s?(?:h|gio|am|pm|a\.m\.|p\.m\.|:\d)")


def _routine_clock(text: str) -> re.Match[str] | None:
    """A time on the clock kept by a routine of the night or the day named before it ("in bed
    before 11pm", "dậy lúc 6h"): the cue is the routine's."""
    clock = _clock().search(text)
    if clock is None:
        return None
    before = text[: clock.end()]
    if (
        words_re("nightly_routines").search(before)
        or words_re("daily_routines").search(before)
        or words_re("clock_kept_by").search(before)
    ):
        return clock
    return None


# "chot dc co 1 can", "ban duoc 40 cai": what a period came to, an amount after "được"
_VI_CAME_TO_N = re.compile(r"\b(?:duoc|dc|da|co)\b[^\d]{0,24}\d")
_PAST_MONTH_OPENS = re.compile(
    r"\s*thang (\d{1,2})\b(?!\s*(?:/|nam|toi|sau))"
)  # "Thang 10 minh ..."


def _counts_next(r: Readings, masked: str, start: int, end: int) -> bool:
    """A number word right before what it counts ("hai bạn thợ phụ", "sau nhan vien"; data:
    counted_nouns). Typed with marks, both must be as written ("Hải Phòng" is a city);
    without, only nouns no other word folds to ("sau ban" may be "after selling")."""
    said = r.text[start:end].lower()
    if r.marked is not None:
        if said not in _NUMBER_WORDS_AS_TYPED:
            return False
        return _counted_next(True).match(r.text.lower(), end) is not None
    return said not in ("lam", "mot") and _counted_next(False).match(masked, end) is not None


_NUMBER_WORDS_AS_TYPED = frozenset(["hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín"])


def _bound_count(r: Readings, start: int, end: int) -> bool:
    """A number word after a bound ("ít nhất ba hợp đồng", "toi thieu hai buoi") is a count,
    unless it folds into a word as common: "năm" is a year, "từ" (from) folds to "tư"."""
    said = r.text[start:end].lower()
    if r.marked is not None:
        return said in _NUMBER_WORDS_AS_TYPED and said != "năm"
    return said not in ("nam", "tu", "mot", "lam")


@cache
def _counted_next(marked: bool) -> re.Pattern[str]:
    nouns = goal_words().words.counted_nouns
    if not marked:  # folded, one-word nouns collide with other words ("ban", "can", "phong")
        nouns = [
            canonical(w)
            for w in nouns
            if " " in w or canonical(w) == "nguoi" or w in goal_words().words.counted_nouns_unmarked
        ]
    return re.compile(rf"\s+(?:{alternation(nouns)})\b")


@cache
def _hired_end() -> re.Pattern[str]:
    """ "hire |a second ...": a verb that takes people on, right before the count."""
    return re.compile(rf"\b(?:{either(goal_words().words.hire_verbs.en)})\s+$")


# "a |second physio", "a |third truck": one more of the thing
_ORDINAL_NEXT = re.compile(r"\s+(?:second|third|fourth|fifth)\b(?=\s+[a-z])")


@cache
def _another_end() -> re.Pattern[str]:
    """ "them " right before a number word: one more of the thing (data: another_words)."""
    words = [canonical(w) for w in goal_words().words.another_words]
    return re.compile(rf"\b(?:{alternation(words)})\s+$")


def _opens_with(words: PhraseMatcher, r: Readings) -> bool:
    """The text opens with one of the words (within its first two); second after a verb, the
    word is that verb's object ("giữ giờ làm dưới 45h": "giờ" is hours, not "now")."""
    m = words.search(r.folded, r.marked)
    if m is None:
        return False
    before = r.folded[: m.start()].split()
    # "Từ giờ đến hết tháng này ...": from now on, a start, not where things stand
    return not before or (len(before) == 1 and before[0] != "tu" and not r.opens_with_verb)


# a way up or down said anywhere: a cheap test before a remark is looked for (is_goal)
_UP_OR_DOWN = re.compile(r"\s(?:up|down|len|xuong)\b")


def _ratings_as_fractions(text: str, folded: str) -> str:
    """A rating out of ten said in words ("four over ten", "4 out of 10", "6 phần 10") written
    as "4/10", where the text rates a feeling or oneself (`confidence_words`): read as the
    rating it is, never as a count to reach. The text itself (`folded` is its folding) when
    there is none."""
    if not words_re("confidence_words").search(folded):
        return text
    said = _rating_said()
    out, at = [], 0
    for m in said.finditer(folded):
        value = spelled().units.get(m[1]) if not m[1].isdigit() else float(m[1])
        if value is None or not 0 <= value <= 10:
            continue
        out += [text[at : m.start()], f"{value:g}/10"]
        at = m.end()
    return "".join(out) + text[at:] if out else text


@cache
def _rating_said() -> re.Pattern[str]:
    """A number (in digits or one word) out of ten, joined by `rating_out_of`."""
    joins = either([canonical(w) for w in goal_words().words.rating_out_of])
    units = either(sorted(spelled().units, key=len, reverse=True))
    return re.compile(rf"\b(\d{{1,2}}|{units}) (?:{joins}) (?:10|ten|muoi)\b(?!\s*%)")


@cache
def _essay_title() -> re.Pattern[str]:
    """A colon, then the words a paper's title ends on (`essay_title_tails`), to the end."""
    tails = either([canonical(w) for w in goal_words().words.essay_title_tails])
    return re.compile(rf":\s*(?:{tails})\W*$")


@cache
def _up_down_end() -> re.Pattern[str]:
    """ "pallets per hour up", "A1C down pls 🙏": the way, last, a particle or a "please" after."""
    particles = either([canonical(w) for w in goal_words().words.end_particles])
    return re.compile(rf"\s(?:up|down|len|xuong)(?:\s+(?:{particles}))*\W*$")


# "Top 10 budgeting apps for 2027" opens a title; "top 3 in the region" would name a rank
_BEST_END = re.compile(
    r"\b(?:tot nhat|hay nhat|re nhat|dang mua nhat|best|of all time|to watch)\W*$"
)
# "nặng quá", "nhỏ quá": too much of it, exclaimed at a clause's end (typed with its mark: "qua"
# is also "past", and "không quá 5" bounds a number)
_TOO_END = re.compile(
    r"(?<!không )(?<!ko )(?<!vượt )\b\w+ quá(?=\s*(?:[,.!?]|$|ông|bà|mình|em|anh|chị|con))"
)
# "đủ 20 đoàn", "du 100 suat": a count in full (not "du lich 20 nuoc")
_IN_FULL = re.compile(r"\bdu\s+\d")
# "... bị sốt nên tôi phải ...": what befell someone, then what it made one do
_SO_HAD_TO = re.compile(
    r"\bbi\s+[^,.;!?]{1,30}?\s+nen\s+(?:(?:toi|minh|em|anh|chi|tui|tao|con|ca nha)\s+)?phai\b"
)
_VI_DAY_OPENS = re.compile(r"\s*hom (nay|qua)\b(?!\s+(?:phai|can|muon|se)\b)")
_N_OPENS = re.compile(r"\s*(?:the\s+)?\d+\s+[a-z]")  # "7 homestay ...", "The 7 Best ..."
# "top 1 doanh số khu vực năm 2027" is a rank to reach: no list's title names one best thing
_TOP_N_TITLE = re.compile(r"\s*top\s+(?!1\b)\d+\s+(?!(?:in|on|of|tren|trong|cua|tai)\b|at\s)[a-z]")
# the question words that open an English question with no question mark
_WH_WORDS = frozenset({"what", "which", "why", "who", "how"})
_QUESTION_LABEL = re.compile(r"\s*(?:q|question|cau hoi|hoi)\s*[:.]\s*")
_THIS_OR_NEXT = re.compile(r"(?:this|next|the coming|this coming) \w+")
_IN_END = re.compile(r"\b(?:in|during|trong|vao)\s+$")
_IN_START = re.compile(r"(?:in|during|trong|vao)\b")
_OCCASION_START = re.compile(r"(?:(?:vao|nhan|truoc) )?dip\b|in time for\b")
_END_OF_START = re.compile(r"(?:cuoi|het|(?:the )?end of)\b")
# after a name's number: the end, punctuation, or a word that starts a new phrase
_NAME_END = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:by|before|for|in|on|at|to|with|cho|truoc|trong|tai|o|vao|den|va|voi|and|or|hoac|moi|cu)\b)"
)
_CAPITAL_END = re.compile(r"\b[^\W\d_]{2,}\s+$")  # its first letter a capital: see _after_name
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][a-z]+\b")
# "12 Days of Christmas", "7 Habits of Highly Effective People": a title's words in capitals
_TITLE_OF_NEXT = re.compile(r"\s+[A-Z][a-z]+\s+(?:of|to|for|in|and)\s+(?:the\s+)?[A-Z][a-z]")
_ACRONYM_END = re.compile(r"\b[A-Z]{2,6}\s+$")


def _race_named(r: Readings) -> Span | None:
    """The race the goal names, said as a number ("a 5k") or as a word ("half marathon")."""
    if r.race is not None:
        return r.race
    span = r.metric_span
    if r.metric is None or span is None or r.metric.key != "distance":
        return None
    return span if canonical(span.text) in word_set("races") else None


def _race(masked: str, m: re.Match[str]) -> bool:
    """ "a 5k", "my 10k time", "the 5k fun run": a race's name, not an amount of anything."""
    if m[3] != "k" or m[1] or m[4] or m[5]:
        return False
    if _RACE_AFTER.match(masked, m.end()) or masked.endswith("couch to ", 0, m.start()):
        return True  # "the couch to 5k program": a programme's name
    if _RACE_DAY_AFTER.match(masked, m.end()):
        return True  # "Thanksgiving 5K on Nov 26": a race run on its day
    # "run a 5k in under 28 min", not "hit the 10k followers mark"; "the club's Boxing Day
    # 10k": the day read out leaves blanks between whose race it is and the race
    head = masked[: m.start()].rstrip()
    return bool(
        _DETERMINER_END.search(head + " ", max(0, len(head) - 12))
        and _NAME_END.match(masked, m.end())
    )


# the day read out of the text leaves "on" and blanks, then the time to run it in ("5k on
# in under 25 min")
_RACE_DAY_AFTER = re.compile(r"\s+on\s{4,}(?:in\s+)?(?:under|sub)\b")
_RACE_AFTER = re.compile(r"\s*(?:fun run|run|race|time|pace|pr|personal best)\b")
_DETERMINER_END = re.compile(r"\b(?:the|our|my|this|their|its|a|an|[a-z]+'s)\s+$")
_STAR_KIND = re.compile(
    r"\s?-?\s?(?:"
    + alternation(_WORDS.rating_kinds)
    + r")\s+(?:google\s+|customer\s+)?(?:"
    + alternation(_WORDS.rated_things)
    + r")\b"
)
_RATED_END = re.compile(rf"\b(?:{alternation(_WORDS.rated_things)})\s+$")
_STARS_NEXT = re.compile(rf"\s?-?\s?(?:{alternation(_WORDS.rating_kinds)})\b")
_QUOTE_END = re.compile(r"[\"'“‘]\s*$")
_EVERYONE = re.compile(
    rf"\b({alternation(_WORDS.everyone)})\s+(?:[a-z-]+\s+)?(?:{alternation(_WORDS.people)})\b"
)
_FIRST_PERSON = re.compile(rf"\b(?:{alternation(_WORDS.first_person)})\b")
# a preposition that sets when or where something happens, right before a channel word
_SETTING_END = re.compile(rf"\b(?:{alternation(_WORDS.setting_before)})\s+(?:[a-z-]+\s+)?$")
_HAD_DONE = re.compile(  # "... 1 chut la dc r": "là được rồi" says it would be enough
    rf"(?<!\bla )\b(?:{alternation(_WORDS.had_words)})\b[^,.;!?]{{0,40}}?\s(?:{alternation(_WORDS.done_short)})"
    r"\s*(?:[,.;!?]|$)"
)
# a title in quotes, opened after a space and closed before one ("series 'Com nha 30 phut'")
_QUOTED = re.compile(
    r"(?:(?<=\s)|^)(?:'(?=\S)[^'\n]{1,40}?(?<=\S)'|\"(?=\S)[^\"\n]{1,40}?(?<=\S)\"|“[^”\n]{1,40}”|‘[^’\n]{1,40}’)"
    r"(?=[\s,.;:!?)]|$)"
)
_ONLY_HAVE_END = re.compile(rf"\b(?:{alternation(_WORDS.only_have)})\s+(?:like\s+|about\s+)?$")
_WE_HAVE_N = re.compile(rf"\b(?:{alternation(_WORDS.we_have)})\s+(?:hien\s+)?co\s+\d")
_I_AM_END = re.compile(rf"\b(?:{alternation(_WORDS.i_am)})\s+$")
_LETTER_GRADE = re.compile(
    rf"\b(?:{alternation(_WORDS.grade_before)})\s+(aa|[a-f][+*-]?)"
    rf"(?=\s+(?:{alternation(_WORDS.grade_after)})\b|\s*[,.;!]|\s*$)"
)
_WORD_GRADE = re.compile(
    rf"\b(?:{alternation(_WORDS.word_grade_before)})\s+({alternation(_WORDS.word_grades)})\b"
)
_AGE = re.compile(rf"\s*(?:{alternation(_WORDS.age_after)})\b")
# "(2 tests left)", "3 modules to go": what is left, in brackets or not
_ELAPSED_END = re.compile(
    rf"\b(?:{alternation(_WORDS.elapsed_before)})\s+(?:(?:{alternation(_WORDS.elapsed_hedges)})\s+)*$"
)
_ELAPSED_UNIT = re.compile(rf"\s*(?:{alternation(_WORDS.elapsed_units)})\b")
_LEFT_AFTER = re.compile(
    rf"(?:\s+[a-z-]+){{0,2}}\s+(?:{alternation(_WORDS.left_words)})\b\W*(?:\)|$|,|;)"
)
_STILL_END = re.compile(rf"\(\s*(?:{alternation(_WORDS.still_words)})\s*$")
_MONTH_WORD_END = re.compile(r"\b(?:thang|luong thang|thuong thang)\s+$")
_DATE_NEXT = re.compile(r"\s*[/.-]\s*\d")
_MODIFIER_UNIT = re.compile(rf"(?:-|\s)(?:{alternation(_WORDS.modifier_units)})\s+(?=[a-z])")
# "the", "our" and at most one word before the number: a thing the user already names
_OWN_DETERMINER_END = re.compile(r"\b(?:the|my|our|his|her|their|this|that)\s+(?:[a-z]+\s+)?$")
_MODIFIER_NOT_NEXT = re.compile(rf"(?:{alternation(_WORDS.modifier_not_next)})\b")
_SIZE = re.compile(
    rf"[\s-]*(?:{alternation(_WORDS.size_after)})[\s-]+(?:{alternation(_WORDS.sized_things)})\b"
    r"|[\s-]*(?:pn|phong ngu)\b"
)
# "Doi sales 4 nguoi, ...", "voi team sales 3 nguoi, ...": the group named first, maybe as
# what there is to work with
_GROUP_OPENS = re.compile(
    rf"\W*(?:(?:with|voi|cung)\s+)?(?:{alternation(_WORDS.groups)})(?:\s+[^\s,;:]+){{0,2}}\s+$"
)
# a yes/no question that offers a choice, typed with no question mark
_CHOICE_ASKED = re.compile(
    r"\W*(?:is|are|was|were|does|do|did|should|would|could|can|will)\s+[^,.;:!?]{1,40}?\sor\s"
)
# the text's opening: a bullet or a dash at most (a time blanked before is none: "finish the
# year with 100 clients")
_AT_OPENING = r"(?:[^\w\s]+\s*)?\s?"
_WITH_OPENS = re.compile(
    rf"{_AT_OPENING}(?:with|voi)\s+(?:(?:only|just|chi)\s+)?$"
)  # "with only 9"
# an event said as what the goal comes before ("before the co-op science fair", "truoc peak season")
_BEFORE_EVENT = re.compile(r"(?:before|by|until|till|ahead of|truoc|kip)\b")
# what there is to work with, said first and closed by a comma ("with 7 adjusters and no new
# hires, ...")
_TEAM_OPENS = re.compile(
    r"\s*(?:with|voi)\s+(?:(?:only|just|chi|my|our|the|a)\s+){0,2}"
    r"(?:(?:team|crew|squad|group|doi|nhom)\s+(?:of\s+|gom\s+)?)?\d+"
    r"\s+(?:(?:new|more|extra|full-time|part-time|senior|junior)\s+)?[^\s\d,;:]+"
    r"(?:\s*(?:and|\+|&|va)\s*\d+\s+[^\s\d,;:]+)*"  # "with my 5 starters + 2 subs"
)
_SETUP_OPENS = re.compile(
    r"\s*(?:with|voi)\s+(?:(?:only|just|chi|my|our|the|a)\s+){0,2}"
    r"(?:(?:team|crew|squad|group|doi|nhom)\s+(?:of\s+|gom\s+)?)?\d+(?:\s+[^\s\d,;:]+){1,5}?\s*,"
    # "team co 3 dua, ...", "tiem co 5 tho, ...": who there is, then the goal
    rf"|\s*(?:{alternation(_WORDS.groups)})(?:\s+[^\s\d,;:]+){{0,2}}?\s+co\s+\d+\s+"
    rf"(?:{alternation(_WORDS.aside_sizes)})\s*,"
)
# the setup's own words, then a comma or "now", before the goal
_SETUP_ENDS = re.compile(
    r"(?:\s+[^\s\d,;:]+){1,5}?\s*(?:,|\s(?:hien tai|hien co|hien gio|rn|right now|now)\b)"
)
# "with 14 staff across 2 shifts, ...", "with my 7 devs across 4 timezones": how the team is spread
_ACROSS_SETUP = re.compile(rf"{_AT_OPENING}(?:with|voi)\s+[^,;:]*\bacross\s+$")
_ALONG_WITH_OPENS = re.compile(
    rf"{_AT_OPENING}(?:with|voi|cung|cung voi|me\s*(?:\+|and|&|n\b|'n'|n'))\s*(?:(?:only|just|chi)\s+)?"
    r"(?:(?:my|our|the|cac|nhung)\s+)?$"
)
# the speaker and the people who do it with them, said first ("me and the other 3 ...")
_ME_AND_OPENS = re.compile(
    rf"{_AT_OPENING}(?:(?:with|voi)\s+(?:(?:only|just|chi)\s+)?)?(?:me|minh|toi|em)\s*(?:and|\+|&|va|voi)\s*"
    r"(?:(?:the|my|our|cac)\s+)?(?:other\s+)?$"
)


_NOUN_NEXT = re.compile(r"\s+[a-z]{3,}s\b")


def _told_at(folded: str, at: int, marks: str = " ,;.-—–") -> int:
    """Where the words of a remark starting at `at` begin, past the break that set it off."""
    return len(folded) - len(folded[at:].lstrip(marks))


@cache
def _deed_next() -> re.Pattern[str]:
    """A Vietnamese deed done at a cadence, said next ("tap", "uong", "kiem tra")."""
    return re.compile(rf"(?:{either(goal_words().words.action_verbs.vi)})\b")


@cache
def _habit_remark() -> re.Pattern[str]:
    """A remark telling how things go every period ("thang nao cung lo", "toi nao cung 11h moi
    ngu"), not one saying the goal again ("sang nao do cung vay")."""
    words = goal_words().words
    return re.compile(
        rf"(?:{either(words.habit_remark_periods)}) nao(?: \S+){{0,4}}? cung "
        rf"(?!(?:{either(words.restating_words)})\b)"
    )


@cache
def _remark_period() -> re.Pattern[str]:
    return re.compile(rf"(?:{either([canonical(w) for w in goal_words().words.remark_periods])})\b")


@cache
def _sigh_start() -> re.Pattern[str]:
    heads = either([canonical(w) for w in goal_words().words.sigh_heads])
    return re.compile(rf"\W*(?:ah+|oh+|omg)?[\s,]*(?:{heads})\b")


@cache
def _sigh_end() -> re.Pattern[str]:
    return re.compile(rf"[\s,.]+(?:{either(goal_words().words.sigh_tails)})\W*$")


@cache
def _me_and_setup() -> re.Pattern[str]:
    """ "me and the 3 other board members", up to what they need or want: who does it."""
    said = either(goal_words().words.intent_words)
    return re.compile(
        _ME_AND_OPENS.pattern.removesuffix("$")
        + rf"\d+(?:\s+(?!(?:{said})\b)[^\s\d,;:]+){{1,4}}?(?=\s*,|\s+(?:{said})\b)"
    )


_TEAM_AND = re.compile(
    r"\W*(?:with|voi|cung|cung voi)\s+(?:(?:only|just|chi|my|our|the|cac|nhung)\s+){0,2}\d+"
    r"(?:\s+[^\s\d,;:+&]+){1,2}\s*(?:and|\+|&|va|voi)\s*$"
)
_WORD_NEXT = re.compile(r"\s+([a-z][^\s\d,;:]*)")
_PEOPLE_AFTER = re.compile(
    rf"\s+(?:(?:new|moi|current|hien tai)\s+)?(?:{alternation(_WORDS.people)})\b(?:\s+moi\b)?"
)


def people_after(folded: str, end: int) -> bool:
    """One's own people are counted by the number that ends at `end` ("8 dược sĩ mới", "12 new
    hires"), not people served ("100 khách hàng thân thiết")."""
    m = _PEOPLE_AFTER.match(folded, end)
    return m is not None and _SERVED_END.search(m[0]) is None


_SERVED_END = re.compile(rf"\b(?:{alternation(_WORDS.served)})(?:\s+moi)?$")


_WITH_HELPERS_END = re.compile(
    r"\b(?:with|w/|voi|cung|cung voi)\s+(?:(?:my|our|the|just|only|another|other|cac|nhung)\s+)?$"
)
_HELPERS_NEXT = re.compile(rf"\s*(?:{alternation(_WORDS.helpers)})\b")
_CONTACT_END = re.compile(rf"\b(?:{alternation(_WORDS.contact_verbs)})\b[^,.;]{{0,24}}$")
# a goal done for others, said first ("cho 2 dua nho ...", "help my 2 AP classes ..."); group 1 is
# whose they are
_FOR_WHO_OPENS = re.compile(
    rf"\W*(?:{alternation(_WORDS.causative_openers)})\s+(?:(my|our|cac|nhung)\s+)?$"
)
_FAMILY_MAX = 5  # "cho 3 dua nho": a family's children; thirty are a class
_FOR_END = re.compile(r"\b(?:cho|voi|giup)\s+(?:(?:ca|cac|nhung)\s+)?$")
_FAMILY_NEXT = re.compile(rf"\s+(?:{alternation(_WORDS.family_members)})\b")
_PEOPLE_NEXT = re.compile(rf"\s+(?:{alternation(_WORDS.people + _WORDS.aside_sizes)})\b")
_THEN_WHO = re.compile(
    r"(?:\s+[^\s\d,;:]+){1,2}\s*,?\s+(?:we|i|they|you|our|my|chung toi|chung em|minh|toi|em)\b"
)
# "Doi sales 4 nguoi, ...", "Doi bep 12 nguoi phai ra mon nhanh hon": the size, then the goal's own
# clause or its must
_SIZE_THEN_CLAUSE = re.compile(
    rf"\s*(?:{alternation(_WORDS.aside_sizes)})\s*(?:[,;:–-]|(?:phai|can|muon|se|need|must|should)\b)"
)
_ASIDE_SIZE = re.compile(rf"\s*(?:{alternation(_WORDS.aside_sizes)})\s*\)")
_COMPOUND = re.compile(r"-([a-z]+)(?:\s+[a-z]|\s*$)")  # "... 12-leads|" where a time was masked
_PLUS_NAME = re.compile(r"\+\d")
_PLUS_BEFORE = re.compile(r"\d\+$")
# a compound with these units is the habit's own measure ("a 30-minute walk")
_MEASURE_UNITS = frozenset(_WORDS.measure_units)


# "be healthier", "get fitter", "become a calmer parent": a state said as a comparative
_WISH = re.compile(
    r"(?:(?:i |we )?(?:just |really )?(?:want to |wanna |need to |would like to |gotta |have to )"
    r"|(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to) |to )?"
    r"(?P<state>be|become|stay|get|feel|look)"
    r"(?: (?:an?|more|less|much|way|a lot|a bit|even))* "
    r"(?:[a-z]+(?:er|ier)|(?<=more )(?P<more>[a-z]{3,})|(?<=less )(?P<less>[a-z]{3,}))\b"
)
_NOT_COMPARATIVE = frozenset(_WORDS.not_comparatives)
# "be ...", "we want to become ...": a state to reach, said first
_BE_FIRST = (
    r"\s*(?:(?:i|we)\s+)?(?:(?:just|really)\s+)?(?:(?:want|wanna|need|would like|d love)\s+(?:to\s+)?)?"
    r"(?P<state>be|become)\s+"
)


@cache
def _be_the_best() -> re.Pattern[str]:
    """ "be the friendliest branch in town", "be THE go-to florist", "become a real hacker": a
    standing wished for, not a count."""
    standing = either(goal_words().words.standing_words)
    return re.compile(
        _BE_FIRST + r"(?:(?:the|a|an)\s+)?"
        rf"(?:most\s+[a-z]+|[a-z]{{3,}}est|{standing}|no\.?\s?1)\b(?!\s*\d)(?!\s+estate\b)"
    )


_BE_OPENS = re.compile(_BE_FIRST + r"[a-z]")
# a note that opens with the state wished for the thing after it ("smoother handovers")
_NOMINAL_WISH = re.compile(r"(?P<state>)(?:[a-z]{2,}(?:er|ier)|better)\b(?=\s+[a-z])")
_SKILL_AFTER = re.compile(r" (?:at|in|with|of)\b(?! (?:my\w*|me|life|general|how|what|the way)\b)")
_PERCENT_WORD = re.compile(r"\s*(?:percent|per cent|pct|phan tram)\b")


@cache
def _want_who_end() -> re.Pattern[str]:
    doers = either(goal_words().words.doers)
    return re.compile(
        rf"\b(?:want|wanna|need|get|getting|help|ask|encourage|push|would like|'d like)\s+"
        rf"(?:[a-z']+\s+){{0,2}}(?:{doers})\s+$"
    )


@cache
def _said_to_reader() -> frozenset[str]:
    """Words said to the reader, not of the goal ("abeg", "pls", "ugh", "lah")."""
    return word_set("end_particles") | word_set("interjections")


@cache
def _want_it_end() -> re.Pattern[str]:
    it = either(goal_words().words.back_pointers)
    return re.compile(rf"\b(?:want|wanna|need|would like|'d like|'d love)\s+(?:{it})\s+$")


_WANT_END = re.compile(
    r"\b(?:want|wanna|need|plan|hope|would like|'d like|try|trying|going|aim|aiming|intend"
    # "My hope is to improve ...", "objective is to bring that down": the goal, said after
    r"|(?:hope|goal|aim|plan|objective|target|dream|wish|priority) is)\s+$"
)
_PUNCT_INSIDE = re.compile(r"[:;!?]")
_YEAR_TO = re.compile(r"(\d{4})\s?[-–/]\s?(\d{4})\b")
_THE_END = re.compile(r"\bthe\s+$")
# after "the N": nothing it counts ("the 70.3 in june"), only what follows the thing named
_NO_THING_NEXT = re.compile(
    r"\s*(?:$|[,.;!?)]|(?:in|on|at|by|before|this|next|with|for|under|and|sub|within)\b)"
)
_YEAR_SLASH_END = re.compile(r"\b20\d\d\s?[-–/]\s?$")
_DASH_AFTER_NUMBER_END = re.compile(r"\b\d+\s?[-–]\s?$")
_TITLE_OF = re.compile(r"\s+(?:to|for|on|of)\s+[a-z]")
_TITLE_DASH = re.compile(r"\s[-–—|]\s")
_PERIOD_NAME = re.compile(r"\b(?:20\d\d|q[1-4]|h[12])\b")  # "2027", "Q4", "H1" in a title
_LETTER = re.compile(r"[a-z]")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_WAS = re.compile(r"\b(that |which |who |it |they )?(?:was|were)\b")
_TALLY = re.compile(r"\d+\s*[a-z]+\s*[/|,;]\s*\d+\s*[a-z]+\s*[/|,;]\s*\d+\s*[a-z]+")
# "Q3 headcount: 298 FTE + 41 temps | absenteeism 6.2% (Plant 2) | open reqs 19": cells of a
# pasted table row, each with its figure
_TABLE_ROW = re.compile(r"\d[^|\n]*\|[^|\n]*\d[^|\n]*\|[^|\n]*\d")
_MEDIUM_END = re.compile(r"\b(?:bang|in)\s+$")
_PICTOGRAPH = re.compile(f"[{PICTOGRAPHS}]")
_DIGIT_RE = re.compile(r"\d")
# a number standing as one, not a digit inside a name ("his A1C is creeping up", "mp3")
# "v0.9 build": a version, no amount; "chay 1 minh": alone, no amount
_AMOUNT_RE = re.compile(rf"(?<![a-z.])(?!1{_ALONE_NEXT.pattern})\d")
# "ep gia qua troi", "met qua": "too ...!" typed without marks, closing a clause
_FOLDED_TOO_END = re.compile(
    r"(?<!khong )(?<!ko )(?<!vuot )\b\w+ qua(?:\s+(?:troi|chung|xa|di|luon|ta))?\s*$"
)
# a clause ends at a comma, a semicolon, a dash set off by spaces or a sentence's full stop
# the cells of a pasted record: a pipe, a tab, a long dash or a dash set off by spaces
_CELL_SEP = re.compile(r"\s*[|\t]\s*|\s*—\s*|\s[-–]\s")
# ... and commas and colons too after a record's own label ("Job #4471", "Invoice 2026-117")
_LABELLED_CELL_SEP = re.compile(_CELL_SEP.pattern + r"|,\s|:\s")
_RECORD_LABEL = re.compile(r"\W*[^\W\d_]+\.?\s*(?:#\s*[\w-]*\d[\w-]*|\d+[-/]\d+)\s*[:|—–-]")
_DASH_BREAK = re.compile(r"\s[—–]\s")  # a dash set off by spaces; "Huế - Hội An" is a name
_CLAUSE_COMMA = re.compile(r",(?!\d)")
# a full stop that ends a sentence, never an abbreviation's ("by no. of merged PRs", "vs. last year")
FULL_STOP = _point(r"\.") + r"\s"
_REMARK_BREAK = re.compile(
    rf";|,(?!\d)|(?<!\d),|\s[-—–]\s|{FULL_STOP}|\s\((?=[a-z][^)]*\)?\W*$)"
)  # "100,000" is one number
_LABEL_COLON = re.compile(r"(?:[^\s:.!?]+ ){0,2}[^\s:.!?]+:\s*")  # "Q3 2026:", "KPI Q1:"
