"""Template rewrites: keep the user's words, add what is missing, list every assumption."""

from __future__ import annotations

import math
import re
from calendar import month_abbr, month_name
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from rewriter.limits import compound_pct
from rewriter.report import CriterionName, Edit, Language, Rewrite
from rewriter.rules.body import weeks_to_come_down
from rewriter.rules.context import Resolved
from rewriter.rules.messages import fmt_date, fmt_pct, fmt_value, msg
from rewriter.rules.verdicts import (
    daily_routine,
    done_once,
    goal_period,
    habit_start,
    habit_wished_less,
    kind_of,
    less_deed_end,
    listed_routine,
    loose_times,
    more_of,
    more_of_a_deed,
    people_more,
    personal_routine,
    race_time,
    routine_named,
    routine_returned_to,
    skill_to_practise,
    specific,
    timed_session,
    vague_count_each_time,
)
from rewriter.text.dates import (
    MONTHS,
    STARTS_DOING,
    TimeMatch,
    add_months,
    end_of_month,
    exam_season,
    goods_holiday,
    next_named_day,
    read_times,
    start_cue,
)
from rewriter.text.language import is_unaccented
from rewriter.text.lexicon import (
    Metric,
    PhraseMatcher,
    alternation,
    canonical,
    currency_signs,
    either,
    lexicon,
)
from rewriter.text.normalize import (
    DIGIT,
    PICTOGRAPHS,
    capitalized,
    fold,
    has_vietnamese_marks,
    strip_marks,
)
from rewriter.text.numbers import format_number, parse_number
from rewriter.text.objects import (
    VERB_CATS,
    categories,
    ends_with,
    goal_words,
    horizon_months,
    is_verb,
    speed_re,
    starts_with,
    vague_cadence_re,
    whose_re,
    word_set,
    words_matcher,
    words_re,
)
from rewriter.text.readings import (
    COMING_SAID,
    FULL_STOP,
    USUALLY_SAID,
    Quantity,
    Readings,
    Span,
    amount_felt,
    cued_at,
    cued_before,
    labelled_before,
    marked_loose_count,
    mask,
    parts_of_speech,
    read,
    says_how_it_is,
    subject_then_verb,
    tag_question_end,
    told_clause,
)

DEFAULT_CHANGE_PCT = 20.0
DEFAULT_HORIZON_MONTHS = 3
URGENT_MONTHS = 1  # "send the press release asap": a date weeks away, not a season
MILESTONES = 3


@dataclass
class Plan:
    """What the rewrite will say: each value either read from the goal/context or assumed."""

    lang: Language
    plain: bool
    metric: Metric | None
    object_text: str | None  # how the goal names what it counts
    platform: str | None
    direction: str  # increase | decrease | reach | maintain | frequency | milestones
    deadline: date
    pct: float | None = None
    baseline: float | None = None
    now_share: float | None = None  # today's share said beside the goal ("churn ~7.8% rn")
    target: float | None = None
    unit: str | None = None
    freq: float | None = None
    period: str = "week"
    assumptions: list[str] = field(default_factory=list)
    platform_assumed: bool = False
    deadline_assumed: bool = False
    target_assumed: bool = False
    metric_answered: bool = False  # what to count is the user's answer, not a suggestion
    history_pct: float | None = None
    today: date = field(default_factory=date.today)
    target_notes: list[str] = field(default_factory=list)
    deadline_notes: list[str] = field(default_factory=list)
    horizon_months: int = DEFAULT_HORIZON_MONTHS  # how far an assumed deadline is set
    urgent: str | None = None  # the user's "asap" that set a near deadline, as typed
    past_deadline: str | None = None  # the goal's own deadline, as typed, when it has passed
    past_again: bool = False  # the deadline is when that passed day next comes round
    past_month: bool = False  # a passed month's target, moved to a month still to come
    by_event: bool = False  # the measure is due by the user's own event, no date assumed
    points: bool = False  # pct is a change in points of a fixed scale ("NPS by 10 points")
    # "Be healthier this year: complete 12 workouts": the user's own deadline is the only one,
    # so the versions say none either
    undated: bool = False
    ceiling: bool = False  # the level held is an upper bound ("keep absenteeism below 5%")

    @property
    def months(self) -> float:
        return max((self.deadline - self.today).days / 30.44, 0.25)

    def name(self) -> str:
        if self.metric is not None:
            return self.metric.name(self.lang)
        return self.object_text or msg(self.lang, "rewrite.milestone_name")

    def where(self) -> str:
        """ " on TikTok" where the platform says something the metric does not already say."""
        if (
            not self.platform
            or (self.metric is not None and self.metric.implies == self.platform)
            # "increase app downloads on App": said for a channel's own metric only
            # ("followers on App" still names where they follow)
            or (
                not lexicon().platforms[self.platform].said
                and not (self.metric is not None and self.metric.channel)
            )
        ):
            return ""
        return f" {msg(self.lang, 'rewrite.on_platform', platform=self.platform)}"


_TARGET_NOTES = ("change", "target", "computed")


def _assume(plan: Plan, key: str, **values: object) -> None:
    """Note an assumption the rewrite made (data/messages.yaml, assumptions.<key>)."""
    text = msg(plan.lang, f"assumptions.{key}", **values)
    text = text[:1].upper() + text[1:]
    plan.assumptions.append(text)
    if key in _TARGET_NOTES:  # alternatives state their own target instead
        plan.target_notes.append(text)


def nice(value: float) -> float:
    """Round a suggested number to something a person would write (2 significant digits)."""
    if value <= 0:
        return 0.0
    if value < 10:
        return round(value)
    significant = 3 if value >= 1000 else 2
    digits = int(math.floor(math.log10(value))) - significant + 1
    rounded: float = round(value / 10**digits) * 10**digits  # an int when digits >= 0, as before
    return rounded


def nice_pct(value: float) -> float:
    return round(value) if value < 10 else round(value / 5) * 5


def build_plan(r: Readings, ctx: Resolved) -> Plan:
    lex = lexicon()
    lang = r.language
    metric = r.metric
    object_text = r.metric_span.text if r.metric_span else (r.counted.text if r.counted else None)
    o = r.obj
    # "cut truck idle time", "reduce no-shows", "get more referrals": a concrete thing moved by
    # an amount verb is counted as the user named it; an aim ("improve our onboarding") is not
    countable = (
        o.concrete
        and canonical(o.verb or "") in word_set("amount_verbs")
        and not (o.vague or o.aim or o.area or o.quality or o.action or o.milestone)
        and not (r.objective and any(ch.isdigit() for ch in r.objective.text))
        and not _level_after(r, o.end)  # "giam mo mau xuong muc binh thuong": a level, unnamed
    )
    measure = (o.head_measure or countable) and r.direction in ("increase", "decrease")
    if metric is None and more_count(r):
        measure = True
    if (
        metric is None
        and object_text is None
        and (r.target or r.frequency or measure)
        and r.obj.concrete
    ):
        # "giam thoi gian ban giao ca xuong con 15 phut": the goal's own object and number hold;
        # only what is missing gets added
        object_text = r.text[r.obj.start : r.obj.end]
    answered = (
        ctx.metric_text is not None and not (r.metric and r.metric_span) and r.counted is None
    )
    if answered:  # what to count comes from the user's answer, not from a suggestion
        metric = ctx.metric
        object_text = None if metric else ctx.metric_text
    if metric is None and object_text is None:
        # what to count when a goal names only a channel ("improve our website"): platforms.yaml
        channel = lex.platforms[r.platform] if r.platform else None
        better = channel is not None and (r.obj.quality or r.obj.aim) and channel.improved_by
        # "make the app better": how good it is (its rating), not how many take it
        # "our insta to have a better vibe": a quality of the channel, which no count of its
        # stands for; none is proposed, the questions ask
        counts = channel.counts if channel and r.quality_had is None else None
        key = r.suggested_metric or (better or None) or counts
        if (
            key is not None
            and r.direction == "decrease"
            and r.vague_object is not None
            and not lex.metrics[key].lower
        ):
            # "song vui khoe, bot lo nghi": the less wished is not the aim's measure ("khỏe"
            # counts workouts, more of them); none is proposed, the questions ask
            key = None
        if (
            key is None
            and r.platform
            and not lexicon().platforms[r.platform].generic
            and r.quality_had is None
        ):
            # "ban hoa online qua Facebook": selling there is counted in orders, not followers
            sells = canonical(r.obj.verb or "") in word_set("sell_verbs")
            # "run facebook ads for the night dive tour": ads bring enquiries
            o = r.obj
            ads = o.start is not None and words_re("ad_words").search(
                r.folded, o.start, o.end or len(r.folded)
            )
            key = "orders" if sells else "leads" if ads else "followers"
        metric = lex.metrics[key] if key else None

    # where: the goal's platform, the context's, or a suggestion for channel metrics
    platform = r.platform if r.platform and not r.platform_generic else None
    platform = platform or ctx.platform
    platform_assumed = False
    if (
        platform is None
        and metric is not None
        and (metric.channel or r.platform_generic)
        and (
            (
                r.domain == "marketing"
                and not r.offline
                # "visibility among regional philanthropists": people to know of it, no channel
                and words_re("people_audience_cues").search(r.folded) is None
            )
            or r.platform_generic
        )
        # "get our followers to 25k by end of H1": the user named what to count and how many,
        # not where; a guessed channel would be one they never said: the question asks for it
        and not (
            r.metric is not None
            and r.metric_span is not None
            and not r.platform_generic
            and (r.target is not None or r.frequency is not None)
        )
    ):
        # outside marketing a goal's traffic or visits are not a channel's: no platform added
        platform, platform_assumed = lex.default_platform(lang), True

    goal_deadline = r.deadline.deadline if r.deadline else None
    # "this month", said on its last day, is still the goal's own deadline
    deadline = goal_deadline if goal_deadline and goal_deadline >= ctx.today else None
    deadline = deadline or (ctx.deadline if ctx.deadline and ctx.deadline > ctx.today else None)
    deadline_assumed = deadline is None
    # "finish the PhD", "cho con hoc xong dai hoc": three months is absurd for a goal of years
    reason_at = min((s.start for s in (r.objective, r.purpose) if s is not None), default=None)
    if (
        reason_at is not None
        and (saved := lex.saving_re.search(r.folded, r.marked)) is not None
        and saved.start() < reason_at
        # "save 40k for a house deposit", "tiết kiệm 1 tỷ để đổi nhà": what the money buys is
        # its scale; "so that my son can finish university" is why, not what it buys
        and (r.purpose is not None or starts_with("money_uses").match(r.folded, reason_at))
    ):
        reason_at = None
    long_horizon = horizon_months(r.folded, reason_at)
    horizon = long_horizon or DEFAULT_HORIZON_MONTHS
    urgent = (
        r.vague_time.text
        if deadline is None
        and r.vague_time is not None
        and canonical(r.vague_time.text) in lex.urgent_time
        and kind_of(r) == "milestone"  # a deed wanted soon; an amount to grow needs its season
        and long_horizon is None  # "finish my PhD asap" still takes years
        # "som dau N3": an exam is passed at its next sitting, however soon it is wanted
        and exam_season(r.folded, ctx.today) is None
        else None
    )
    if urgent:
        deadline = add_months(ctx.today, URGENT_MONTHS)
    if deadline is None and (season := goods_holiday(r.folded, ctx.today)) is not None:
        # "bán 200 hộp quà Tết": goods for a holiday are sold, stocked or made before it
        deadline = season if (season - ctx.today).days >= 14 else None
    if deadline is None and (sitting := exam_season(r.folded, ctx.today)) is not None:
        # "con lon thi vao lop 10 truong cong": the exam is sat in June, not in three months
        deadline = sitting
    if deadline is None and (vision := _vision_year(r)) is not None:
        # "As per our company Vision 2030, we want to be in top 3 ...": the vision's year is
        # the goal's horizon, not three months
        deadline = date(vision, 12, 31)
    deadline = deadline or add_months(ctx.today, horizon)
    if deadline_assumed and (weeks := weeks_to_come_down(r, ctx.baseline)) is not None:
        # "get down to 200 pounds, I'm near 240 now": no sooner than a body can safely lose it
        due = ctx.today + timedelta(weeks=weeks)
        deadline = max(deadline, end_of_month(due.year, due.month))
    start = next(
        (
            _first_day(r.folded[t.start : t.end], t.deadline)
            for t in r.times
            if t.kind == "start" and t.deadline
        ),
        None,
    )
    if deadline_assumed and start is not None:
        # "starting in January": the months the goal is given count from its start
        deadline = max(deadline, add_months(start, horizon))
    past_deadline = (
        r.text[r.deadline.start : r.deadline.end]
        if r.deadline and goal_deadline and goal_deadline < ctx.today
        else None
    )
    # "ban 500 hop banh trung thu truoc Trung thu nam nay", said after it: a season's trade is
    # the next one's; a day used only as a date ("live by Halloween 2026") gets the usual months
    seasonal = not ctx.deadline and r.domain in ("sales", "marketing")
    again = next_named_day(past_deadline, ctx.today) if past_deadline and seasonal else None
    if again is None and past_deadline and not ctx.deadline and r.deadline is not None:
        # "for the Q3 2026 audit", said in December: the next audit, a year on
        again = _period_again(r, r.deadline) or _yearly_event_again(r, goal_deadline, ctx.today)
    month = None
    if (
        again is None
        and past_deadline
        and not ctx.deadline
        and _a_month(past_deadline)
        # "lose a dozen lbs ... in September 2026": a body's weight comes off at a safe pace,
        # never in the month that is left
        and not (r.metric is not None and r.metric.key == "weight")
        and r.deadline is not None
        and not _month_of_an_event(r, r.deadline)
        # "keep scrap under 3% for the whole month of September 2026": a standard is held on
        # through the usual months, unless its own month is said as its span ("in November")
        and (kind_of(r) != "limit" or _WITHIN_OPENS.match(fold(past_deadline)) is not None)
    ):
        # "chay du 300 cuoc trong thang 11 nam nay de lay thuong", said in December: a month's
        # target is this month's (or next month's, late in this one), not three months away
        end = end_of_month(ctx.today.year, ctx.today.month)
        month = end if (end - ctx.today).days >= 10 else end_of_month(*_next_month(end))
    overdue = None
    if (
        again is None
        and month is None
        and past_deadline
        and not ctx.deadline
        and kind_of(r) == "milestone"
        and long_horizon is None
        and (
            # "close 20 new logos": an amount still needs its season; "get my beep test to
            # level 12": a level to train for
            (r.target is None and not r.quantities)
            # "Q3 estimate reviews for all 60 clients done by 11/15/26", "lam xong 5 bo do dung
            # truoc 20/11": a count of things to finish, said with a word of completion
            or (
                r.target is not None
                and r.target.kind == "absolute"
                and r.target.unit is None
                and r.direction not in ("increase", "decrease")
                and words_re("finish_words").search(r.folded) is not None
            )
        )
        and r.race is None
        and not _exam_named(r)  # "pass the bar exam": the next sitting is not in weeks
    ):
        # "submit the Q3 report to the donor by 15 November 2026", said in December: a deed
        # already overdue is due soon, not given the usual months again
        overdue = add_months(ctx.today, URGENT_MONTHS)
    deadline = again or month or overdue or deadline

    direction = r.direction or "increase"
    if direction == "reach" and r.target is None and r.frequency is None:
        direction = "increase"
    if (
        direction == "increase"
        and metric is not None
        and metric.lower
        and (r.obj.aim or r.metric is None or r.direction is None)
    ):
        # "cham soc khach hang tot hon" measured by response time, "improve page load time":
        # better is less; only a user who says "increase" a cost means more of it
        direction = "decrease"
    plan = Plan(
        lang=lang,
        plain=is_unaccented(r.text, lang),
        metric=metric,
        object_text=object_text,
        platform=platform,
        direction=direction,
        deadline=deadline,
        platform_assumed=platform_assumed,
        deadline_assumed=deadline_assumed,
        history_pct=ctx.monthly_growth,
        today=ctx.today,
        metric_answered=answered,
        horizon_months=horizon,
        urgent=urgent,
        past_deadline=past_deadline,
        past_again=again is not None,
        past_month=month is not None,
        ceiling=r.target is not None and r.target.qualifier == "at_most",
    )
    if metric is None and object_text is None:
        plan.direction = "milestones"
    _plan_target(plan, r, ctx)

    if r.vague_object and r.metric is None and metric is not None and not answered:
        _assume(plan, "metric", metric=metric.name(lang), vague=r.vague_object.text)
    if platform_assumed:
        _assume(plan, "platform", platform=platform)
    if deadline_assumed:
        _note_deadline(plan)
    return plan


def _first_day(said: str, last: date) -> date:
    """The first day of a start said as a month, a quarter or a year ("from January", "từ đầu
    năm 2027", "from Q2"): the months a goal is given count from it, not from the period's last
    day. A day, a week or an event said is its own day."""
    if _DAY_SAID.search(said):
        return last  # "from 1st feb", "starting jan 11", "tu ngay 15"
    if _QUARTER_SAID.search(said):
        return date(last.year, (last.month - 1) // 3 * 3 + 1, 1)
    if _MONTH_SAID.search(said):
        return last.replace(day=1)
    if _YEAR_SAID.search(said):
        return date(last.year, 1, 1)
    return last


# the month names of data/dates.yaml, as the dates reader finds them
_MONTHS = rf"(?:{alternation(sorted(MONTHS, key=len, reverse=True))})[a-z]*\.?"
_DAY_SAID = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}|\b{_MONTHS}\s+\d{{1,2}}(?!\d)"
    r"|\b\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\bngay\s+\d|\b(?:mon|tue|wed|thu|fri|sat|sun)"
)
_QUARTER_SAID = re.compile(r"\b(?:q[1-4]|quy|quarter)\b")
_MONTH_SAID = re.compile(rf"\b(?:thang|month|{_MONTHS})")
_YEAR_SAID = re.compile(r"\b(?:nam|year)\b|\b20\d\d\b")


def more_count(r: Readings) -> bool:
    """ "sign more boutique stockists", "hire more nurses": a deed on the user's own countable
    thing with "more" and no number; the thing is counted and grows by an amount."""
    o, vq = r.obj, r.vague_quantity
    if not (
        r.target is None
        and r.frequency is None
        and o.concrete
        and (o.milestone or o.action or _more_before(r))
        and more_of(r)
        and vq is not None
        and says_more(r, vq)
        and o.end is not None
    ):
        return False
    if r.language == "vi":
        return True  # "thêm nhiều khách quen", "nhiều đơn hơn": "nhiều" counts what follows
    # a plural thing ("stockists"), not "time with family" or "water"; or the plural said
    # right after "more" ("post more listing reels": the reels are read as a channel's)
    if _NO_END.search(r.folded, 0, vq.start):
        return False  # "no more working Sundays": none at all, not a count
    return bool(_PLURAL_END.search(r.folded, 0, o.end) or _PLURAL_AFTER.match(r.folded, vq.end))


_PLURAL_END = re.compile(r"[a-z]{2}[^s\W]s$")
_PLURAL_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?!(?:this|his|its|was|has|yes|plus|less|thus)\b)[a-z]{2,}[^s\W]s\b"
)
_NO_END = re.compile(r"\bno\s+$")


def says_more(r: Readings, vague: Span) -> bool:
    """ "more", "nhiều hơn", and in English any "... more" ("a lot more", "way more", "lots of
    leads"): an amount still to say, which a number replaces whole ("20% more"). A share of
    the user's own things ("a bunch of the open bugs") is no amount added."""
    folded = fold(vague.text)
    if folded in lexicon().more_words:
        return True
    if r.language == "vi" and folded == "nhieu":
        # "thêm nhiều khách", "nhiều đơn hàng hơn": more of them, not "many" of a quality
        return r.folded[max(0, vague.start - 5) : vague.start] == "them " or (
            _THAN_LATER.match(r.folded, vague.end) is not None
        )
    return (
        r.language == "en"
        and _MORE_END.search(folded) is not None
        and _OWN_AFTER.match(r.folded, vague.end) is None
    )


def _more_before(r: Readings) -> bool:
    """ "sell more cakes", "want more regulars at the bar": "more" right before the user's own
    plural thing says the thing is what grows, whatever the verb."""
    vq, start = r.vague_quantity, r.obj.start
    return (
        vq is not None
        and start is not None
        and (
            not r.folded[vq.end : start].strip()
            or _OF_OWN.fullmatch(r.folded, vq.end, start) is not None
        )
    )


# "sell more| of the |Class 4 shingles": the thing after "of the" is still what grows
_LOSE_OR_GAIN_END = re.compile(r"\b(?:lose|gain)\s+$")  # "... lose |weight"
_MORE_BEFORE_MEASURE = re.compile(r"\bmore\s+$")  # "... to get more |leads"
_OF_NEXT = re.compile(r" of(?= )")
_OF_OWN = re.compile(r"\s+of\s+(?:the|our|my|their|these|those|his|her)\s+")


def habit_cadence(r: Readings, ctx: Resolved, plan: Plan) -> tuple[str, list[Edit]] | None:
    """A routine with no cadence and nothing the catalog counts ("run regularly", "Hoc IELTS",
    "start cycling on the stationary bike from next monday"): how often goes in, a suggestion,
    where a date would only say when to stop."""
    o = r.obj
    # "post on tiktok more often", "kiem tra may may dinh ky": how often is what is vague
    said_often = vague_cadence_re().search(r.folded)
    vague_often = said_often is not None and (
        o.verb is not None
        # "kiem tra may may dinh ky" said first; "Khử trùng dụng cụ thường xuyên hơn": a deed
        # whose verb no list names, then how often, in Vietnamese
        or (
            o.found
            and (
                said_often.start() == 0
                or (r.language == "vi" and o.end is not None and said_often.start() >= o.end)
            )
        )
    )
    timed = timed_session(r)
    # "walk more", "tap the duc nhieu hon", "do more stretching": a routine done more often
    more_often = _more_of_a_routine(r)
    often_said = vague_often or more_often
    returned = routine_returned_to(r)  # "back in the pool after Christmas"
    if (
        (
            plan.direction != "milestones"
            and not often_said
            and not timed
            # "start hitting the gym again from jan 1st": a body's or a learner's routine taken up
            and not (habit_start(r) and r.domain in goal_words().words.personal_domains)
            # "start doing safety huddles w/ HCAs from mon": a routine taken up at work
            and not (habit_start(r) and words_re("routine_starts").search(r.folded))
            and not routine_by_nature(r)
            and not returned
            # "jog with the masters group to bring my BP down": a routine named with its why
            and not (r.deadline is None and kind_of(r) == "habit" and routine_named(r))
        )
        or (r.target is not None and not timed)
        or r.frequency is not None
        or r.recurring is not None
        or r.item_bound is not None
        or r.self_rating is not None  # "tu tin noi ... 7/10": a feeling's level, not a routine
        or _switch().search(r.folded) is not None  # "chuyen 2ha sang bon phan huu co": once
        # "Hiện nay trường còn 12 em thường xuyên nghỉ học, cần giảm": how often is said of
        # how things stand today, not of the routine wished
        or (
            said_often is not None
            and r.state_clause is not None
            and said_often.start() < r.state_clause.end
        )
        # "more bike rides w/ the kids next summer": a routine of the week, in its season
        or (r.deadline is not None and not more_of_a_deed(r) and not returned)
        or (r.vague_quantity is not None and not often_said)
        or (r.direction in ("increase", "decrease") and not often_said)
        or ctx.target is not None
        or o.aim
        or o.quality
        # "ghi chép chi tiêu vào app": spending is vague as a result, not as what is logged
        or (o.vague and not routine_by_nature(r))
        or not (
            habit_start(r) or returned or personal_routine(r) or often_said or routine_by_nature(r)
        )
        # "chạy được nhiều cuốc hơn": more of a thing got, counted, not a deed done more often
        or (
            (vq := r.vague_quantity) is not None
            and _GOT_END.search(r.folded, 0, vq.start) is not None
        )
    ):
        return None
    lang = plan.lang
    text = r.text.rstrip(" .!;")
    end = _insertion_end(r, text)
    if (due := r.deadline) is not None and due.start < end:
        end = len(text[: due.start].rstrip())  # "more date nights next year": its season after
    if (opens := _start_by_event().search(r.folded, 0, end)) is not None:
        end = opens.start()  # "..., starting once the new associate starts in Feb": after it
    # a body's or a learner's routine ("meditate", "walk more") a few times a week; any other
    # deed ("record with a guest", "shelf-read the section") once a week
    often = (
        r.domain in goal_words().words.personal_domains
        and (
            personal_routine(r)
            # "do hose testing and SCBA checks more consistently": a duty kept up, weekly
            or (more_often and not vague_often)
            or ((habit_start(r) or returned) and r.domain == "health")
        )
        # "start going to the aqua aerobics class", "đi học lớp giao tiếp buổi tối": a class
        # meets on its own timetable, once a week unless the user says otherwise
        and words_re("scheduled_sessions").search(r.folded, 0, end) is None
    )
    key = "cadence_often" if often else "cadence_weekly"
    if words_re("monthly_routines").search(r.folded, 0, end) is not None:
        key = "cadence_monthly"  # "về quê thăm ba má nhiều hơn": a trip, once a month
    elif words_re("nightly_routines").search(r.folded, 0, end) is not None:
        key = "cadence_nightly"  # "start sleeping before midnight": every night, not 3 a week
    elif words_re("daily_routines").search(r.folded, 0, end) is not None:
        key = "cadence_daily"
    elif words_re("often_routines").search(r.folded, 0, end) is not None:
        key = "cadence_often"  # "go to the gym": a few times a week, in any domain
    elif words_re("weekly_routines").search(r.folded, 0, end) is not None:
        key = "cadence_weekly"  # "bón phân cho mấy cây sanh": once a week, not 3 times
    if key == "cadence_often" and words_re("counted_in_times").search(r.folded, 0, end):
        key = "cadence_often_times"  # "goi video cho me": three calls a week, not three sessions
    cadence = msg(lang, f"rewrite.{key}")
    if (told := _told_rate(r)) is not None and told[0] * _PER_YEAR[told[1]] * 3 < _PER_YEAR[key]:
        # "ve que tham bo me thuong xuyen hon, nam nay moi ve dc 2 lan": twice as often as
        # today, in the period told, not every week at once
        cadence = msg(lang, f"rewrite.cadence_{told[1]}_at_least", n=format_number(2 * told[0]))
    if plan.plain:
        cadence = strip_marks(cadence)
    if (vague := vague_cadence_re().search(r.folded, 0, end)) is not None:
        # "run regularly"; "more often than I did last year": the comparison goes with "more"
        than = _THAN_CLAUSE.match(r.folded, vague.end())
        out = text[: vague.start()] + cadence + text[than.end() if than else vague.end() :]
    elif more_often and (swapped := _more_as_cadence(r, text, end, cadence, key)) is not None:
        out = swapped  # "do more stretching" -> "do stretching 3 times a week"
    elif more_often:
        head = text[:end].rstrip(" ,")
        out = f"{head}, {cadence}{after_remark(text, len(head))}"  # "Drink more water, every day"
    else:
        # before a start said after the routine ("... from next monday"), else after it
        cue_starts = [
            t.start - _start_cue_len(r.folded, t.start)
            for t in r.times
            if t.kind == "start" and (o.start is None or o.start < t.start) and t.start < end
        ]
        # "walk 30 min, starting in january": words come before the start
        later = [at for at in cue_starts if r.folded[:at].strip(" ,")]
        at = min(later, default=end)
        head = text[:at].rstrip(" ,")
        if at < end and _BARE_DAY.match(r.folded, at):
            # "start running again next monday": the routine runs from that day on
            cadence = f"{cadence} {msg(lang, 'rewrite.from_day')}"
        out = f"{head} {cadence}{text[len(head) :]}"
    plan.assumptions = [msg(lang, "assumptions.cadence", cadence=cadence)]
    return _finish(out, plan), [Edit(criterion="measurable", text=cadence, assumed=True)]


@cache
def _switch() -> re.Pattern[str]:
    """A switch of practice: its verb, up to three words, then where to (data: switch_verbs,
    switched_to)."""
    words = goal_words().words
    verbs, to = either(words.switch_verbs), either(words.switched_to)
    return re.compile(rf"\b(?:{verbs})(?:\s+\S+){{0,3}}?\s+(?:{to})\b")


# a start said as a day with no word before it ("next monday", "tomorrow", "15/1")
_BARE_DAY = re.compile(
    r"(?:next|this|tomorrow|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*\b|\d{1,2}[/.]\d{1,2}\b"
)

# how many times a year each cadence, and each period a count is told for, comes to
_PER_YEAR = {
    "cadence_often": 156,
    "cadence_often_times": 156,
    "cadence_weekly": 52,
    "cadence_monthly": 12,
    "cadence_daily": 365,
    "cadence_nightly": 365,
    "year": 1,
    "month": 12,
}


@cache
def _told_rate_re() -> re.Pattern[str]:
    """A count and the period it is told for, either way round ("2 lan nam nay", "nam nay moi
    ve dc 2 lan", "once a month")."""
    words = goal_words().words
    counts = rf"\d{{1,2}}|{either(list(words.told_counts))}"
    periods = f"{either(words.told_years)}|{either(words.told_months)}"
    times = r"(?:\s*(?:times?|x|lan|luot))?"
    return re.compile(
        rf"\b(?P<n1>{counts}){times}\s+(?:[a-z]+\s+){{0,2}}?(?P<p1>{periods})\b"
        rf"|\b(?P<p2>{periods})\b(?:\s+[a-z]+){{0,4}}?\s+(?P<n2>{counts}){times}\b"
    )


def _told_rate(r: Readings) -> tuple[float, str] | None:
    """How often the routine is done today, told after the wish ("nam nay moi ve dc 2 lan",
    "I only ring her once a month"): the count and the period it is told for."""
    at = r.now_clause.start if r.now_clause is not None else r.remark_at
    if at is None:
        return None
    m = _told_rate_re().search(r.folded, at)
    if m is None:
        return None
    said, period = m["n1"] or m["n2"], m["p1"] or m["p2"]
    words = goal_words().words
    n = int(said) if said.isdigit() else words.told_counts[said]
    return (float(n), "year" if period in words.told_years else "month") if n else None


def practised_skill(r: Readings, plan: Plan) -> tuple[str, list[Edit]] | None:
    """A skill named with no measure ("learn Spanish", "Học thêm tiếng Trung"): it is kept up
    week by week, so how often it is practised goes in ("3 study sessions a week"), never a
    count of courses to finish."""
    if not skill_to_practise(r):
        return None
    lang = plan.lang
    cadence = msg(lang, "rewrite.cadence_study")
    if plan.plain:
        cadence = strip_marks(cadence)
    text = r.text.rstrip(" .!;")
    head = text[: _insertion_end(r, text)].rstrip(" ,")
    if (vt := r.vague_time) is not None and vt.start >= len(head):
        # "..., chắc thi HSK 3 gì đó, sớm sớm": a skill practised has its cadence, no "soon"
        text = (text[: vt.start].rstrip(" ,") + text[vt.end :]).rstrip(" .!;,")
    out = _finish(f"{head}: {cadence}{after_remark(text, len(head))}", plan)
    if read(out, r.today, r.language).frequency is None:
        return None  # the cadence does not read back as the goal's
    plan.assumptions = [
        n for n in plan.assumptions if n in plan.deadline_notes and r.deadline is not None
    ]
    plan.assumptions.append(msg(lang, "assumptions.cadence", cadence=cadence))
    return out, [Edit(criterion="measurable", text=cadence, assumed=True)]


def clock_routine(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A routine of the night or the morning set by the clock, with no cadence ("ngủ trước 12h
    đêm", "get up at 6am"): kept up every night or day, not done by a date; the clock time is
    the user's own, so no version moves it."""
    if r.recurring is not None or r.deadline is not None or (clock := r.clock_routine) is None:
        return None
    nightly = words_re("nightly_routines").search(r.folded, 0, clock.end) is not None
    lang = plan.lang
    cadence = msg(lang, f"rewrite.cadence_{'nightly' if nightly else 'daily'}")
    if plan.plain:
        cadence = strip_marks(cadence)
    text = r.text.rstrip(" .!;")
    at = len(text[: clock.end].rstrip())
    out = _finish(text[:at] + " " + cadence + after_remark(text, at), plan)
    if read(out, r.today, r.language).recurring is None:
        return None  # the cadence does not read back as the goal's
    plan.assumptions = [msg(lang, "assumptions.cadence", cadence=cadence)]
    return out, [Edit(criterion="time_bound", text=cadence, assumed=True)], []


def _more_as_cadence(r: Readings, text: str, end: int, cadence: str, key: str) -> str | None:
    """ "do more stretching", "walk more", "đọc sách nhiều hơn": how often takes the place of
    "more", which says nothing a week could count. A daily or nightly routine keeps its "more"
    ("drink more water every day": how much each day is what grows)."""
    vq = r.vague_quantity
    if vq is None or key in ("cadence_daily", "cadence_nightly") or vq.end > end:
        return None
    if canonical(vq.text) not in word_set("more_of_a_deed"):
        return None
    if ends_with("more_is_the_thing").search(r.folded, 0, vq.start) and _WITH_NEXT.match(
        r.folded, vq.end
    ):
        return None  # "want to do more w them": without "more" nothing is done
    # before a start said after the deed ("stretch more after runs| starting next week")
    starts = [t.start - _start_cue_len(r.folded, t.start) for t in r.times if t.kind == "start"]
    if r.event_deadline is not None:
        starts.append(r.event_deadline.start)  # "walk more| by the holidays": its day stays last
    at = min([x for x in starts if vq.end <= x < end], default=end)
    if (comma := text.find(",", vq.end, at)) > 0:
        # "more family time|, less baking": the routine's words end at the comma; "go gym
        # more|, body also must jaga a bit": so does a remark after "more"
        at = comma
    # "walk more| to lose weight": the reason follows the cadence as it followed "more"
    why = r.objective is not None and not text[at : r.objective.start].strip(" ,")
    rest = after_remark(text, at) if at == end and not why else " " + text[at:].lstrip(" ,")
    if (at < end and text[:at].rstrip().endswith(",") or text[at : at + 1] == ",") and not (
        rest.startswith(",")
    ):
        rest = "," + rest  # "more date nights with Sam|, starting in Jan": its comma kept
    if not text[vq.end : at].strip(" ,"):  # "walk more", "đọc sách nhiều hơn": last in the deed
        deed = text[: vq.start].rstrip(" ,")
    elif r.language == "en":  # "do more stretching", "more date nights": before what is done
        # "more floor walks asap": a routine kept from now has no "asap" left to say
        stop = min([at, *_vague_start_within(r, vq.end, at)])
        deed = (text[: vq.start].rstrip() + " " + text[vq.end : stop].strip(" ,")).strip()
    elif (
        (than := _THAN.search(r.folded, vq.end, at)) is not None
        and vq.start > 0
        # "chạy được nhiều cuốc hơn": "được" says an amount got, counted, not a deed done often
        and not _GOT_END.search(r.folded, 0, vq.start)
    ):
        # "dành nhiều thời gian hơn cho con": "nhiều ... hơn" goes, how often takes its place
        kept = text[vq.end : than.start()].strip() + " " + text[than.end() : at].strip(" ,")
        deed = (text[: vq.start].rstrip() + " " + kept.strip()).rstrip()
    else:
        return None
    return f"{deed} {cadence}{rest}"


# what follows such a "more": who or what it is done with or for, or nothing
_WITH_NEXT = re.compile(r"\s*(?:(?:with|w/?|for|cho|voi|với)\b|[,.;!]|$)")
_THAN = re.compile(r"\s+hon\b")  # the "hơn" closing a Vietnamese "nhiều ... hơn"
_THAN_CLAUSE = re.compile(r"\s+than\b[^,.;!?]*")  # "... than I did last year"
_GOT_END = re.compile(r"\b(?:duoc|dc|đc)\s*$")


def after_remark(text: str, at: int) -> str:
    """What follows an insertion at `at`, set off by a comma when a remark follows with none
    ("do more stretching 3 times a week, ugh my back")."""
    rest = text[at:]
    if rest[:1] == " " and rest[1:2].isalnum():
        return "," + rest
    return rest


_IN_THE_END = re.compile(r"(?:\b(?:in|on|at|after)\s+)?(?:the\s+)?$")


def _start_cue_len(folded: str, at: int) -> int:
    """How long the words that say a start at `at` begins are: "from next monday", "in the new
    year" ("the" alone is no cue but goes with its start)."""
    if cue := start_cue(folded[:at]):
        return len(cue)
    said = _IN_THE_END.search(folded, 0, at)
    return len(said[0]) if said else 0


def _more_of_a_routine(r: Readings) -> bool:
    """A personal routine wished more, with nothing counted ("walk more", "tập thể dục nhiều
    hơn", "do more stretching"): more often, said with no cadence."""
    vq = r.vague_quantity
    if vq is None or canonical(vq.text) not in word_set("more_of_a_deed"):
        return False
    if r.metric is not None and not (
        r.metric.kind == "activity" and listed_routine(r, ("weekly_routines", "often_routines"))
    ):
        # "read more books": the books are counted; "go to the gym more": the workouts are
        # the routine itself, counted by how often
        return False
    if personal_routine(r):
        return True
    if more_of_a_deed(r) and words_re("nightly_routines").search(r.folded) is None:
        # "do more ride-alongs with the crews": a deed kept up more often; more sleep is
        # counted in hours a night
        return True
    o = r.obj  # "do more stretching": the deed is the gerund after "do"
    return (
        o.verb == "do"
        and o.end is not None
        and r.folded[: o.end].endswith("ing")
        and r.domain in goal_words().words.personal_domains
    )


def routine_by_nature(r: Readings) -> bool:
    """A deed done every day or every week by nature, in any domain ("water the bonsai", "bón
    phân cho mấy cây sanh", "mow the lawn"): how often it is done is what to set, not a date."""
    o = r.obj
    if o.verb is None and o.start is not None:
        # "di gym bat dau tu thu 2": the routine's own words are all the goal names
        return any(
            words_re(group).match(r.folded, o.start) is not None
            for group in ("daily_routines", "weekly_routines", "often_routines")
        )
    # "hit the gym": a verb no list names, in the routine's own words, acts the same
    if o.action or (o.verb is not None and not (o.milestone or o.aim)):
        return any(
            words_re(group).search(r.folded) is not None
            for group in ("daily_routines", "weekly_routines", "often_routines")
        )
    # "I want proper 1:1s with each of my engineers": a meeting held week by week, named as
    # what is wanted
    return next(words_matcher("weekly_routines").finditer(r.folded, r.marked), None) is not None


def _level_after(r: Readings, end: int | None) -> bool:
    """A level follows the object ("... to normal", "... xuong muc on dinh"): the goal says where
    the amount should end up, in words a number would replace, not a change to add."""
    return end is not None and starts_with("level_before").match(r.folded, end) is not None


def _note_deadline(plan: Plan) -> None:
    values = {
        "date": fmt_date(plan.deadline, plan.lang),
        "months": plan.horizon_months,
        "today": fmt_date(plan.today, plan.lang),
    }
    if plan.past_again:  # "by Thanksgiving this year", said in December: next Thanksgiving
        _assume(plan, "deadline_past_again", was=plan.past_deadline, **values)
    elif plan.past_month:  # "trong thang 11", said in December: this month
        _assume(plan, "deadline_past_month", was=plan.past_deadline, **values)
    elif plan.past_deadline:  # "by September 2026", said in December: the user should know
        _assume(plan, "deadline_past", was=plan.past_deadline, **values)
    elif plan.urgent:
        days = (plan.deadline - plan.today).days
        _assume(plan, "deadline_soon", said=plan.urgent, days=days, **values)
    else:
        _assume(plan, "deadline", **values)
    plan.deadline_notes.append(plan.assumptions[-1])


def milestone_plan(plan: Plan) -> Plan:
    """The same plan counted in milestones, with none of the user's words in it."""
    safe = Plan(**{**plan.__dict__, "assumptions": [], "target_notes": [], "deadline_notes": []})
    safe.metric, safe.object_text, safe.platform = None, None, None
    safe.direction, safe.freq, safe.pct, safe.target, safe.baseline = (
        "milestones",
        MILESTONES,
        None,
        None,
        None,
    )
    if plan.deadline_assumed:
        _note_deadline(safe)
    _assume(safe, "milestones", n=MILESTONES)
    return safe


# a figure in today's clause: digits, a fraction's top ("12/38"), never a rating out of ten
_FIGURES = re.compile(r"(?<![\d/.,])\d+(?:[.,]\d+)?(?![\d.,])(?!\s*/\s*10\b)")
# ... counted plainly: no share, money, decimal, scale, weight or hours a rule of its own steps,
# nor a length ("vong eo 98cm"), which is no count of the goal's own measure
_PLAIN_COUNT = re.compile(
    r"(?<![\d/.,$£€])(?:\d{1,4}|\d{1,3}(?:,\d{3})+)(?![\d.]|,\d)"
    r"(?!\s*(?:%|k\b|tr\b|trieu\b|cu\b|ty\b|m\b|million|kg|kgs\b|ky\b|ki\b|lbs?\b|hrs?\b|hours?\b"
    r"|tieng\b|gio\b|min|phut\b|mins?\b|cm\b|mm\b|inch|in\b|ft\b|feet\b))"
)


def today_told_after(r: Readings) -> float | None:
    """Today's figure, said in a clause after a wish to move it that names no number ("Giảm
    số em viết chữ sai mẫu, hiện có 12/38 em", "cut down on coffee, im on 4 cups a day now"):
    the step is taken from it ("from 4 to 3"), never a share of a few ("20% of 3 students")."""
    n = r.now_clause
    if n is None and (at := r.past_remark_at()) is not None:
        # "giam so lan nop bao cao tre, thang roi tre 4 lan": the last period's count, told
        # after the wish, is where the step is taken from too
        n = Span(at, len(r.folded), r.text[at:])
    if n is None or r.target is not None or r.direction not in ("increase", "decrease"):
        return None
    if r.obj.vague or not (r.obj.concrete or r.metric is not None):
        return None  # "grow my team, currently 3 people": what to count is still to be named
    if habit_wished_less(r) or goal_words().clinical_re.search(r.folded, r.marked):
        return None  # "bớt uống cà phê lại, giờ ngày 4 ly": capped each week; "huyết áp 150"
    clause = r.folded[n.start : n.end]
    said = _FIGURES.findall(clause)
    if len(said) != 1 or CURRENCY_SIGN.search(r.text[n.start : n.end]):
        return None  # one figure, plainly today's ("12/38 em": twelve of the class)
    plain = _PLAIN_COUNT.search(clause)
    if plain is None or (value := parse_number(plain[0])) is None or value < 3:
        return None  # "1 gói/ngày": a step from one is no step; "23k", "85%" have their own
    return value


def _plan_target(plan: Plan, r: Readings, ctx: Resolved) -> None:
    q = r.target
    plan.baseline = ctx.baseline
    if plan.direction == "milestones":
        plan.freq = MILESTONES
        _assume(plan, "milestones", n=MILESTONES)
        return
    if q is None and r.frequency is None and ctx.target is not None:
        # the user's answer to "what number would count as success?"
        plan.target = ctx.target
        if plan.baseline is None and plan.direction in ("increase", "maintain"):
            plan.direction = "reach"
        return
    if q is None and r.frequency is not None:
        plan.direction, plan.freq = "frequency", r.frequency.value
        plan.period = (
            r.recurring.period
            if r.recurring and r.recurring.period not in (None, "item")
            else "week"
        )
        return
    if q is not None:
        down = plan.direction == "decrease"
        if q.kind == "range":
            plan.baseline, plan.target, plan.unit = q.baseline, q.value, q.unit
        elif q.kind == "ratio":
            plan.pct = (q.value - 1) * 100
        elif q.kind == "percent" and q.relative:
            plan.pct = q.value
        elif q.kind == "absolute" and q.relative and plan.baseline is not None:
            plan.target = plan.baseline - q.value if down else plan.baseline + q.value
        else:
            plan.target, plan.unit = q.value, q.unit
            if plan.direction in ("increase", "decrease") and plan.baseline is None:
                plan.direction = "reach" if not down else "decrease"
        if plan.pct is not None and plan.baseline:
            plan.target = plan.baseline * (1 - plan.pct / 100 if down else 1 + plan.pct / 100)
            _assume(
                plan,
                "computed",
                target=_num(plan, plan.target),
                baseline=_num(plan, plan.baseline),
                change=q.span.text,
            )
        return
    # no number in the goal: suggest one, from the recent pace when the user gave it
    metric = plan.metric
    if (
        metric is not None
        and metric.suggest
        and plan.baseline is None
        and plan.direction != "decrease"
        # "do more demos in class": a teacher's demos are no sales calls; 60 more of them is
        # the catalog's count for a sales team, so "20% more" of the user's own
        and not (
            goal_words().words.metric_types.get(metric.type) == "sales"
            and r.domain != "sales"
            and more_count(r)
        )
        # "increase my weekly running distance": a measure per period grows by a share of
        # itself, not to the catalog's total for the whole horizon
        and not _per_period_measure(r)
    ):
        suggest = float(metric.suggest)
        if metric.kind == "activity" and plan.months < DEFAULT_HORIZON_MONTHS / 2:
            # "be healthier this year", said in December: 36 workouts is three months' worth; a
            # month's deadline gets a month's worth (a longer one keeps the count: more time
            # is room, not more to do)
            # never "1 more online courses": an English count named in the plural is 2 or more
            least = min(2.0, suggest) if plan.lang == "en" else 1.0
            suggest = max(least, nice(suggest * plan.months / DEFAULT_HORIZON_MONTHS))
        plan.direction, plan.target, plan.target_assumed = "reach", suggest, True
        _assume(plan, "target", target=_num(plan, plan.target))
        return
    if plan.direction == "maintain":
        plan.pct = 5.0
        _assume(plan, "change", pct=fmt_pct(5, plan.lang))
        return
    if ctx.monthly_growth and ctx.monthly_growth > 0:
        pct = nice_pct(compound_pct(ctx.monthly_growth, plan.months))
        plan.pct = max(pct, 1.0)
    elif metric is not None and metric.change_points:
        # NPS runs from -100 to 100: "+20%" of it means nothing, "+10 points" does
        plan.pct, plan.points = metric.change_points, True
    else:  # a metric may set a safer step than 20% ("body weight": 5%)
        plan.pct = (
            metric.change_pct if metric is not None and metric.change_pct else DEFAULT_CHANGE_PCT
        )
        if words_re("slight_words").search(r.folded) is not None:
            plan.pct /= 2  # "lam an kha hon chut", "a bit more": a small step, half the usual
    plan.target_assumed = True
    now = _share_now(r)
    if (
        plan.baseline is None
        and now is not None
        and not plan.points
        and plan.direction in ("increase", "decrease")
    ):
        # "improve our answer rate, sitting at 84% rn": a share said as today's; "by 20%" of it
        # could pass 100%, so the amount to reach is said as a share ("to 92%")
        down = plan.direction == "decrease"
        step = now * plan.pct / 100
        # a share over all of it ("scanning came in at 145%") has no ceiling at 100%, but a
        # fifth more of it is a leap: half that
        ceiling = now + (100 - now) / 2 if now < 100 else now + step / 2
        target = now - step if down else min(now + step, ceiling)
        plan.target, plan.unit, plan.pct = nice(target), "%", None
        plan.now_share = now
        _assume(plan, "target", target=_num(plan, plan.target))
        return
    if (
        plan.baseline is None
        and (score := _score_now(r)) is not None
        and not plan.points
        and plan.direction in ("increase", "decrease")
    ):
        # "improve engagement score, last survey was 3.6/5": a rating said as today's moves a
        # step on its own scale ("to 4/5"); "by 20%" of a rating means nothing to its reader
        now, top = score
        step = top * (0.08 if top <= 10 else 0.05)
        down = plan.direction == "decrease"
        target = max(0.0, now - step) if down else min(float(top), now + step)
        plan.target, plan.unit, plan.pct = round(target, 1), f"/{top}", None
        _assume(plan, "target", target=_num(plan, plan.target))
        return
    _assume(plan, "change", pct=change_text(plan, plan.pct))
    if plan.baseline:
        down = plan.direction == "decrease"
        if plan.points:
            plan.target = plan.baseline - plan.pct if down else plan.baseline + plan.pct
        else:
            plan.target = nice(plan.baseline * (1 - plan.pct / 100 if down else 1 + plan.pct / 100))
        _assume(
            plan,
            "computed",
            target=_num(plan, plan.target),
            baseline=_num(plan, plan.baseline),
            change=change_text(plan, plan.pct),
        )


def _per_period_measure(r: Readings) -> bool:
    """The measure is named with its period right before it ("weekly running distance")."""
    t, m = r.recurring, r.metric_span
    return (
        t is not None
        and m is not None
        and t.end <= m.start
        and not r.folded[t.end : m.start].strip()
    )


def change_text(plan: Plan, pct: float) -> str:
    """ "20%", or "10 points" when the change is on a fixed scale."""
    if plan.points:
        return msg(plan.lang, "rewrite.points", n=format_number(round(pct, 1), plan.lang))
    return fmt_pct(pct, plan.lang)


def _share_now(r: Readings) -> float | None:
    """Today's share, said before the wish ("win rate's 18% rn, need to get it up") or in the
    clause after the goal ("..., sitting at 84% rn"), if any."""
    now = r.today_only
    if now is not None and now.kind == "percent":
        value: float | None = now.value
    elif r.now_clause is not None:
        m = _PERCENT_SAID.search(r.now_clause.text)
        value = float(m[1].replace(",", ".")) if m else None
    else:
        return None
    return value if value is not None and 0 < value < 100 else None


_PERCENT_SAID = re.compile(r"(\d{1,2}(?:[.,]\d+)?)\s?%")


def _score_now(r: Readings) -> tuple[float, int] | None:
    """Today's rating on its scale, said in the clause after the goal ("..., last survey was
    3.6/5"), as (value, top of the scale)."""
    if r.now_clause is None or (m := _SCORE_SAID.search(r.now_clause.text)) is None:
        return None
    value, top = float(m[1].replace(",", ".")), int(m[2])
    return (value, top) if 0 <= value < top else None


_SCORE_SAID = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s?/\s?(5|10|100)\b(?![./]\d)")


def _num(plan: Plan, value: float | None) -> str:
    return fmt_value(value or 0, plan.unit, plan.lang)


def _change_phrase(
    plan: Plan, numbers: tuple[float | None, float | None, float | None] | None = None
) -> str:
    """ "by 20%", "from 5,000 to 6,000", "to 10,000"; numbers = (pct, target, baseline) overrides."""
    lang = plan.lang
    pct, target, baseline = numbers or (plan.pct, plan.target, plan.baseline)
    if plan.direction == "maintain":
        if baseline is not None or target is not None:
            key = "at_most" if plan.ceiling else "at_least"
            return msg(lang, f"rewrite.{key}", target=_num(plan, target or baseline))
        # "keep prod bugs low", "keep spending under control": a measure better lower is
        # held by not rising
        key = "maintain_low" if plan.metric is not None and plan.metric.lower else "maintain"
        return msg(lang, f"rewrite.{key}", pct=fmt_pct(pct or 5, lang))
    down = plan.direction == "decrease"
    if baseline is not None and target is not None:
        key = "range_down" if target < baseline else "range"  # "tu 800.000 xuong 640.000"
        return msg(lang, f"rewrite.{key}", baseline=_num(plan, baseline), target=_num(plan, target))
    if pct is not None:
        key = "change_down" if down else "change_up"
        return msg(lang, f"rewrite.{key}", pct=change_text(plan, pct))
    return msg(lang, "rewrite.level_down" if down else "rewrite.level", target=_num(plan, target))


def _replacing(r: Readings, start: int, phrase: str, plan: Plan) -> str:
    """The new deadline in place of a past one: just the date when the user's own "by" or
    "trước" is already before it (never "by by")."""
    if (
        cued_before(r.folded, start)
        or labelled_before(r.folded, start)  # "deadline 15/10/2026": the label stays
        or _DAY_WORD_END.search(r.folded, max(0, start - 8), start)
        # "trước lễ khai giảng 5/9/2026": the event named says when; its date follows it
        or (
            r.folded[start : start + 1].isdigit()
            and ends_with("yearly_events").search(r.folded, max(0, start - 40), start)
        )
    ):
        return fmt_date(plan.deadline, plan.lang)  # "ky thi ngay 24/10/2026": "ngay" stays
    said = r.folded[:start].split()[-1:]
    if said and said[0] == fold(phrase.split(maxsplit=1)[0].lower()):
        # "under 1.5% through| end of Sep": the user's own word for it stays, never twice
        return fmt_date(plan.deadline, plan.lang)
    return phrase


def _opening(r: Readings, at: int, said: str) -> str:
    """`said`, put in at `at`, capitalised when it opens a sentence (". In the near future I
    want ..." -> ". By 1 March 2027 I want ...")."""
    if r.text[:at].rstrip().endswith((".", "!", "?")):
        return said[:1].upper() + said[1:]
    return said


# "ky thi ngay 24/10/2026"; "xuống 30 ngày trước tháng 10/2026": days counted, no day named
_DAY_WORD_END = re.compile(r"(?<!\d\s)\b(?:ngay|on)\s+$")
# "trong dot Black Friday 2026", "trong dot |sale 11/11": the cue, and the word for a sale's run
_PERIOD_CUE_END = re.compile(
    r"\b(?:trong|vao|during|in|over|throughout|for)(?:\s+(?:dot|dip))?\s+$"
    # "for the whole month of October 2026": the month's own words go with it
    r"|\b(?:during|in|over|throughout|for)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?"
    r"(?:month|quarter|year)\s+of\s+$"
)


def _deadline_phrase(plan: Plan, recurring: bool) -> str:
    return msg(
        plan.lang,
        "rewrite.until" if recurring else "rewrite.deadline",
        date=fmt_date(plan.deadline, plan.lang),
    )


_SPACES = re.compile(r"\s+")
# ":((", ":)", ";P" are faces, not punctuation: their spaces stay ("... thoi :(( muon len")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.)]|[:;](?![()DPp]))")
_SPACE_AFTER_PAREN = re.compile(r"(?<![:;(])\(\s+")


# what closes a clause; ":((", ":)" are faces, not a colon or a bracket
_CLAUSE_CLOSE = re.compile(r"[,.;]|:(?![()DPp])|(?<![:;(])\)")


def confidence_aside(r: Readings) -> str | None:
    """The clause that only rates the user's confidence ("I'm maybe 80% confident", "tu tin
    khoang 7/10"): it informs Attainable and has no place in the goal's sentence."""
    sp, text = r.confidence_span, r.text
    if sp is None:
        return None
    # "... this quarter — 8/10 confident", "... by March - 8/10 confident"
    opens = max(max(text.rfind(c, 0, sp.start) for c in ",.;(—–"), text.rfind(" - ", 0, sp.start))
    begin = opens + 1 if opens >= 0 and text[opens] == "." else max(opens, 0)
    close = _CLAUSE_CLOSE.search(text, sp.end)
    end = close.start() if close else len(text)
    bracketed = text[begin : begin + 1] == "(" and text[end : end + 1] == ")"
    if end < len(text) and (
        bracketed
        or (text[end] == "." and text[opens : opens + 1] == ".")
        or (opens < 0 and text[end] == ":")
    ):
        end += 1  # "(confidence 6/10)", "... Q1. I'm 80% confident.", "Confidence 8/10: ..."
    elif opens < 0:
        sure_re, me_re = (_SURE_WE_CAN, _I_AM_ONLY) if r.language == "en" else (_VI_SURE, _VI_ME)
        if (sure := sure_re.match(r.folded, sp.end)) is not None and me_re.fullmatch(
            r.folded, 0, sp.start
        ):
            # "I'm 8/10 sure we can cut the spraying cost ...": the rating opens the text and
            # the goal follows it whole
            return text[: sure.end()]
        return None  # the goal opens with it, and goes on: not an aside
    inside = [q.span for q in r.quantities] + [Span(t.start, t.end, "") for t in r.times]
    if any(begin <= x.start < end for x in inside):
        return None  # the clause says more than a rating: keep it
    if not bracketed and r.objective and begin <= r.objective.start < end:
        return None
    if (d := r.direction_span) is not None and r.direction != "reach" and sp.end <= d.start < end:
        # "tự tin 6/10 là cut xuống được": the move itself is said in it ("sure we go get
        # there" only says it will be reached)
        return None
    return text[begin:end]


_I_AM_ONLY = re.compile(r"\W*(?:i'm|im|i am)?\s*")  # nothing but "I'm" before the rating
# "Mình tự tin 8/10 là sẽ chạy được 5km": who, the rating, then "là (sẽ)" and the goal
_VI_ME = re.compile(r"\W*(?:minh|em|toi|tui|anh|chi)?\s*")
_VI_SURE = re.compile(r"\s+(?:la|rang)\s+(?:(?:minh|em|toi|tui)\s+)?(?:se\s+|co the\s+)?(?=[a-z])")
_SURE_WE_CAN = re.compile(
    r"(?:\s+(?:sure|confident|certain))?\s+(?:that\s+)?(?:we|i)\s+(?:can|will|could|'ll)\s+(?=[a-z])"
)


_OUT_OF_TEN_SAID = re.compile(r"\d{1,2}\s*/\s*10\b")


def rating_raised(r: Readings) -> tuple[int, str, str] | None:
    """The user's own rating of today, then a wish to do better with no level named ("noi tieng
    anh tu tin tam 6/10 thoi, muon noi tot hon", "confidence in chem is like 3/10, want it way
    higher"): where the wish ends, today's rating and the one two steps up, as typed (on ten, or
    in percent)."""
    if r.target is not None or (
        r.self_rating is not None
        and _OUT_OF_TEN_SAID.search(r.folded, 0, r.self_rating.start) is not None
    ):
        return None  # "confidence now 4/10, want 8/10": the level wished is said after today's
    wish = r.vague_quantity or (r.direction_span if r.direction == "increase" else None)
    if wish is None and (surer := words_re("confidence_wishes").search(r.folded)) is not None:
        wish = Span(surer.start(), surer.end(), surer[0])  # "Get confident teaching ..."
    if (told := _rating_told_after(r, wish)) is not None:
        return told
    sp = r.confidence_span
    if r.confidence is None or sp is None:
        return None
    if wish is not None and wish.start < sp.start and (told := _confidence_told_after(r, wish)):
        return told
    if wish is None or wish.start < sp.end:
        return None
    end = wish.end
    if (at_it := _AT_IT.match(r.folded, end)) is not None:
        end = at_it.end()  # "I want to get better at it|": what it is better at was said
    rest = r.folded[end:]
    # the wish ends the goal, or its time or what it is for comes right after ("... way
    # higher| before the exam", "wanna get better| so I can help out at practices");
    # "aim to improve| proficiency across both shifts" goes on to what is improved
    if (
        rest.strip(" .!")
        and not any(t.start >= end and not r.folded[end : t.start].strip() for t in r.times)
        and not (r.objective is not None and not r.folded[end : r.objective.start].strip())
    ):
        return None
    on_ten = _ON_TEN.search(r.text, sp.start, sp.end) is not None
    now = round(r.confidence * (10 if on_ten else 100))
    to = min(now + 2, 9) if on_ten else min(now + 20, 90)
    if to <= now:
        return None
    unit = "/10" if on_ten else "%"
    return end, f"{now}{unit}", f"{to}{unit}"


def _rating_told_after(r: Readings, wish: Span | None) -> tuple[int, str, str] | None:
    """A wish to do better, then today's rating on ten in a clause after it ("Be more
    confident doing spinal manips, right now I'm at like 4/10"): where the wish's clause ends,
    today's rating and the one two steps up."""
    rated = r.self_rating
    if wish is None or rated is None or r.confidence_span is not None:
        return None
    m = _RATED_ON_TEN.fullmatch(rated.text.strip())
    if m is None or not _rated_now(r, rated):
        return None  # "tu tin vẽ 3D hơn, tầm 8/10": the level wished, not today's
    if (at := _clause_before(r.folded, rated.start)) < wish.end:
        return None  # the comma may close the wish itself ("tốt hơn|, giờ ...")
    return _two_steps_up(r, m, at)


def _confidence_told_after(r: Readings, wish: Span) -> tuple[int, str, str] | None:
    """A wish to feel more sure, then how sure today in a clause after it ("Feel more confident
    presenting to the library board. Honestly I'm about a 4/10 right now."): where the wish's
    clause ends, today's rating and the one two steps up."""
    sp = r.confidence_span
    if sp is None or (m := _RATED_ON_TEN.search(r.folded, sp.start, sp.end)) is None:
        return None
    rated = Span(m.start(), m.end(), m[0])
    if not _rated_now(r, rated) or (at := _clause_before(r.folded, m.start())) < wish.end:
        return None
    return _two_steps_up(r, m, at)


def _two_steps_up(r: Readings, m: re.Match[str], at: int) -> tuple[int, str, str] | None:
    """Where the wish's clause ends (the clause opening at `at`), today's rating on ten (`m`)
    and the one two steps up, never past 9; None when none is higher."""
    now = float(m[1].replace(",", "."))
    to = min(int(now) + 2, 9)
    if to <= now:
        return None
    return len(r.text[:at].rstrip(" ,.")), f"{m[1]}/10", f"{to}/10"


def _rated_now(r: Readings, rated: Span) -> bool:
    """The rating is said of today, a word of now in its clause before or right after it
    ("right now I'm at like 4/10", "I'm about a 4/10 right now"), not the level wished ("tầm
    8/10 là ok")."""
    at = max(0, _clause_before(r.folded, rated.start))
    if words_re("rated_now_words").search(r.folded, at, rated.start) is not None:
        return True
    return words_re("rated_now_words").match(r.folded, rated.end + 1) is not None


_RATED_ON_TEN = re.compile(r"(\d(?:[.,]5)?)\s*/\s*10")
_ON_TEN = re.compile(r"/\s*10\b|\bout\s+of\s+10\b", re.I)
_AT_IT = re.compile(r"\s+(?:at|with|on)\s+(?:it|that|this)\b")


def chatter_aside(r: Readings) -> str | None:
    """A remark in brackets said last that only chats ("... by March 31 (manifesting it,
    lol)"): left out of the rewrite. (A remark in a sentence of its own is told apart when the
    goal is read, see only_chat.)"""
    text = r.text.rstrip()
    bracket = _LAST_BRACKET.search(text)
    if bracket is None or not text[: bracket.start()].strip():
        return None
    aside = text[bracket.start() :]
    return aside if only_chat(aside, r.today) else None


def only_chat(remark: str, today: date) -> bool:
    """The remark only chats: a word of chat ("lol", "btw", "ha!") and no number, deadline or
    wish of its own."""
    said = fold(remark).lower()
    return not (
        words_re("chat_markers").search(said) is None
        or DIGIT.search(said)
        or any(t.kind == "deadline" for t in read_times(said, today))
        or goal_words().intent_re.search(said) is not None
    )


_LAST_BRACKET = re.compile(r"\s*\([^()]*\)[\s.!?]*$")


def drop_aside(text: str, aside: str | None) -> str:
    """The rewrite without the confidence clause, tidied."""
    if not aside or not aside.strip():
        return text
    at = text.find(aside)
    if at < 0:
        at = text.lower().find(aside.lower())
    if at < 0:
        return text
    out = text[:at] + text[at + len(aside) :]
    out = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", out)).strip()
    out = out.replace(",.", ".").replace("..", ".")
    out = capitalized(out)
    return out if out.endswith((".", "!", "?")) else out.rstrip(" ,;") + "."


def _finish(text: str, plan: Plan) -> str:
    """Tidy spacing, keep the goal's spelling style, capitalise, end with a full stop."""
    if "  " in text or "\t" in text or "\n" in text:
        text = _SPACES.sub(" ", text)
    if " ," in text or " ." in text or " ;" in text or " :" in text or " )" in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if "( " in text:
        text = _SPACE_AFTER_PAREN.sub("(", text)
    text = text.strip(" ,;:")
    if "," in text and (dangling := _COMMA_BEFORE_EMOJI_END.search(text)) is not None:
        # "..., càng nhiều càng tốt 🙏" with the wish replaced: no comma left before the emoji
        text = text[: dangling.start()] + " " + text[dangling.start(1) :]
    if plan.plain:
        text = strip_marks(text)
    text = capitalized(text)
    if text.endswith((".", "!", "?")) or (text and _EMOJI.match(text[-1])):
        return text  # "... by Valentine's!! 💍": an emoji closes it as typed, with no stop after
    if _EMOTICON_END.search(text):
        return text  # "... gio van chua xong :(": a face typed in signs closes it too
    return text + "."


# a face typed in signs at the end: ":(", ":))", ";-)", ":D", "<3", "^^", "xD"
_EMOTICON_END = re.compile(r"(?:\s[:;=]'?-?(?:[()]+|[DPp3/])|\s<3|\s\^\^|\s[xX]D)$")


def compose(
    plan: Plan,
    *,
    pct: float | None = None,
    target: float | None = None,
    freq: float | None = None,
    objective: str | None = None,
    dated: bool = True,
) -> str:
    """A SMART sentence built from the plan's parts alone (alternatives and fallbacks).

    pct, target and freq replace the plan's own numbers (the plan itself is not changed);
    `dated=False` leaves the deadline out, for a goal that says its own.
    """
    lang = plan.lang
    p_pct, p_target, p_freq, baseline = plan.pct, plan.target, plan.freq, plan.baseline
    if pct is not None:
        p_pct, p_target = pct, None
        if baseline:
            p_target = nice(
                baseline * (1 - pct / 100 if plan.direction == "decrease" else 1 + pct / 100)
            )
    if target is not None:
        p_target, p_pct = target, None
    if freq is not None:
        p_freq = freq
    name, where = plan.name(), plan.where()
    deadline = fmt_date(plan.deadline, lang)
    if plan.direction == "frequency":
        per = msg(lang, f"rewrite.per.{plan.period}")
        text = msg(
            lang,
            "rewrite.verb_frequency",
            target=_count_text(p_freq),
            metric=name,
            per=per,
            where=where,
        )
        text += " " + msg(lang, "rewrite.until", date=deadline)
    elif plan.direction == "milestones":
        text = msg(lang, "rewrite.milestones", n=_count_text(p_freq or MILESTONES))
        text += " " + msg(lang, "rewrite.deadline", date=deadline) if dated else ""
    else:
        if plan.direction == "reach" and p_target is not None and baseline is None:
            verb = (
                "verb_complete"
                if plan.metric is not None and plan.metric.kind == "activity"
                else "verb_reach"
            )
            text = msg(
                lang, f"rewrite.{verb}", target=_num(plan, p_target), metric=name, where=where
            )
        else:
            verb = {"decrease": "verb_decrease", "maintain": "verb_maintain"}.get(
                plan.direction, "verb_increase"
            )
            change = _change_phrase(plan, (p_pct, p_target, baseline))
            text = msg(lang, f"rewrite.{verb}", metric=name, where=where, change=change)
        text += " " + msg(lang, "rewrite.deadline", date=deadline) if dated else ""
    if objective:
        text += " " + objective
    return _finish(text, plan)


def _count_text(value: float | None) -> str:
    """A count as the rewrite writes it (no unit): "3", "1,500"."""
    return fmt_value(value or 0, None, "en")


def _first_told_comma(r: Readings, end: int) -> int | None:
    """The first comma, after what the goal acts on, that opens a clause told of how things
    are ("..., it has gone down too much since the retrenchments, like ...", "..., eh, it's
    gotten kinda dead on weeknights"): what is added goes before it. Nothing the goal is read
    by (a time still to come, a target, a reason) may come after it."""
    after = max(
        (sp.end for sp in (r.direction_span, r.metric_span) if sp is not None),
        default=r.obj.end or 0,
    )
    for m in _COMMA_THEN.finditer(r.folded, after, end):
        at = m.end()
        stop = _clause_stop(r.folded, at)
        clause = r.folded[at:stop]
        if (
            # "..., the kids don't read emails anyway": whose, then what they do, told too
            (
                starts_with("aside_subjects").match(clause) is None
                and told_clause().match(clause) is None
            )
            # "..., we want 20 more", "..., we need to double it": a wish said on is the goal's
            or goal_words().intent_re.search(clause) is not None
        ):
            continue
        # what a sentence of its own says after ("... . Starting from next Monday ...") is not
        # in the told clause
        ahead = len(r.folded) if r.folded[stop : stop + 1] not in ".!?" else stop
        if any(
            m.start() <= t.start < ahead and t.kind not in ("past", "recurring") for t in r.times
        ):
            return None  # "..., we need it by March": the goal's own time, said after
        if any(m.start() <= q.span.start < ahead for q in r.quantities) or (
            r.objective is not None and r.objective.start >= m.start()
        ):
            return None
        return m.start()
    return None


# ", " or ", eh, ": a comma, and the sounds a clause may open on
_COMMA_THEN = re.compile(
    r",\s+(?:(?:eh|ya know|you know|tbh|honestly|like|man|bro)\s*,\s+|(?:honestly|tbh|ngl)\s+)?"
)


def _clause_stop(folded: str, at: int) -> int:
    """Where the clause opened at `at` ends: the next comma or sentence end, or the text's."""
    stop = _CLAUSE_STOP.search(folded, at)
    return stop.start() if stop else len(folded)


_CLAUSE_STOP = re.compile(r"[,;.!?](?:\s|$)")


def _aside_at(r: Readings) -> int | None:
    """Where a remark said after the goal starts, when nothing the goal is read by is in it (no
    time, amount, objective, measure or channel) and it is told, not wished: "be a better
    coach, the kids deserve it", "do core work off the bike, been skipping it", "Học Playwright
    cho tốt, mà dạo này OT nhiều quá". A list said on ("làm cho spa sang hơn, chuyên nghiệp hơn",
    "a fitter, healthier dad") is not one."""
    said = _CLAUSE_BREAK.search(r.folded)
    if r.language == "en" and (hyphen := _SPACED_HYPHEN.search(r.folded)) is not None:
        # "keep no-shows under 5% - ppl are burning out": in English a spaced hyphen is a dash
        said = hyphen if said is None or hyphen.start() < said.start() else said
    # "đi chơi nhiều hơn 😄 cả năm chạy xe suốt", "Be #1 team on the floor 💪 miss the trophy":
    # an emoji with words after it breaks too
    pictured = _EMOJI.search(r.folded)
    if pictured is not None and not re.search(r"[^\W\d_]", r.folded[pictured.end() :]):
        pictured = None
    if pictured is not None and (said is None or pictured.start() < said.start()):
        said = pictured
    if said is None or len(r.text) > _ASIDE_TEXT_MAX:
        return None
    last = r.folded.rfind(". ")
    told_last = r.folded[last + 2 :]
    if (
        last >= said.start()
        and (
            (r.language == "en" and told_clause().match(r.folded, last + 1) is not None)
            # "... bắt đầu từ 1/1 năm sau. Vợ nhắc hoài rồi": what someone says, no figure
            or (
                words_re("reported_verbs").search(" ".join(told_last.split()[:3])) is not None
                and not DIGIT.search(told_last)
                # "Bac si bao nen giam bot can": what is said to do is the goal itself
                and (said_then := read(told_last, r.today, r.language)).direction is None
                and not said_then.intends
            )
        )
        and not any(t.end > last for t in r.times)
    ):
        # "Starting January, family dinners with no phones. The kids are gonna hate me lol": a
        # last sentence told of its own, after a goal whose first clause break is its own
        return last
    brk = said.start()
    if (remark := _told_after(r, brk)) is not None:
        return remark
    # "..., this month was a disaster money-wise": the remark's own period is no time of the goal's
    times = [t for t in r.times if not r.remark_period(t)]
    # "... rn I'm like a 5/10": a rating of how sure or how good one feels is no amount to reach
    rated = [sp for sp in (r.confidence_span, r.self_rating) if sp is not None]
    amounts = [
        q for q in r.quantities if not any(sp.start <= q.span.start < sp.end for sp in rated)
    ]
    if any(t.end > brk for t in times) or any(q.span.end > brk for q in amounts):
        return None
    named = (r.objective, r.purpose, r.now_clause, r.state_clause, r.event_deadline, r.vague_time)
    measured = (r.platform_span, r.metric_span, r.counted)
    # "..., năm nay lên cân quá trời": the running year, sighed at, may name the measure
    sighed = _vi_sighed(r.folded[brk:].strip(" ,;.-—–")) if r.language == "vi" else False
    if any(sp is not None and sp.end > brk for sp in named + (() if sighed else measured)):
        return None
    if (at := r.remark_at) is None:
        return None
    told = r.text[at:].strip(" ,;.-—–")
    if r.language == "vi":
        plain = fold(told)
        if _vi_sighed(plain):
            return at  # "..., năm nay lên cân quá trời": typed bare, "can" is no "cần"
        # "..., mà dạo này OT nhiều quá": "lately" opens how things have been
        opened = words_re("remark_openers").match(plain) is not None
        # "..., bff ru hoai r": what keeps happening or has happened, told; "... 😄 ca nam chay
        # xe suot": after an emoji, how things go, with no amount or time of its own
        opened = (
            opened
            or read(told, r.today, r.language).past_fact
            or (_EMOJI.match(r.text, at) is not None and not DIGIT.search(told))
        )
        return at if opened and not goal_words().intent_re.search(plain) else None
    moved = [sp for sp in (r.vague_quantity, r.direction_span) if sp is not None and sp.end > brk]
    if moved and not (
        # "... It's been a bit munted since the new 2IC started eh": how much, said in a
        # sentence of its own that tells how things have been, is the remark's
        all(sp.start >= at for sp in moved)
        and _SENTENCE_END.search(r.text, 0, at + 2) is not None
        and says_how_it_is(fold(told))
    ):
        return None
    if len(told.split()) < 3:
        return None  # "..., even on saturdays": the goal said on
    if _reported().match(fold(told)) is not None:
        return at  # "grow our choir FB page, Tita Baby says we need it": who said so, told
    tail = read(told, r.today, r.language)
    if tail.is_goal and not (
        # "... lunch for our volunteers. They give so much and I don't think we say it
        # enough!": a sentence of its own that wishes nothing is told, not the goal said on;
        # so is "..., morale's been rough since the rate hike", how things are
        (_SENTENCE_END.search(r.text, 0, at + 2) is not None or says_how_it_is(tail.folded))
        and not tail.intends
        and tail.target is None
        and not tail.opens_with_verb
    ):
        return None  # "..., less agency work": the goal said on
    return at


def _told_after(r: Readings, brk: int) -> int | None:
    """Where a remark starts when what follows the goal's first clause is no goal of its own and
    says nothing the goal is read by: no time still to come, no target, no reason ("get the line
    moving faster. last week ppl were standing in the rain for over an hour", "Tuyển thêm 2 giáo
    viên bản ngữ, mà tìm người khó quá trời", "tiền chợ phải bớt lại, tháng rồi xài lố quá")."""
    if any(
        t.start > brk and t.kind != "past" and (t.deadline is None or t.deadline > r.today)
        for t in r.times
    ):
        return None  # "..., trước Tết": the goal's own date, said after a comma
    spans = [q.span for q in (r.target, r.frequency) if q is not None]
    spans += [
        sp for sp in (r.objective, r.purpose, r.event_deadline, r.now_clause) if sp is not None
    ]
    if any(sp.end > brk for sp in spans):
        return None  # the goal's own amount, reason or event, said after the break
    rest = r.text[brk:].lstrip(" ,;.(")
    if len(rest.split()) < 3:
        return None
    tail = read(rest, r.today, r.language)
    if tail.intends or tail.target is not None:
        return None  # "..., want it at 40 by june": a wish said on
    folded = fold(rest)
    # "..., mà tìm người khó quá trời": a "but" opens how hard it is; "Wife says I spend too
    # much": what someone says
    told = words_re("contrast_openers").match(folded) is not None or (
        words_re("reported_verbs").search(" ".join(folded.split()[:3])) is not None
    )
    if not told and (tail.is_goal or tail.direction):
        return None  # "..., less agency work": the goal said on
    # a remark shows itself: a sentence or a bracket of its own, a "but", what someone says, a
    # time gone ("tháng rồi xài lố quá"), or a sigh or an emoji at its end; a clause with none
    # of these ("..., TV cho đến khi bé 2 tuổi", "..., POA, medicaid application") goes on
    # with the goal
    shown = (
        told
        or not r.folded.startswith(",", brk)
        or any(t.kind == "past" and t.start > brk for t in r.times)
        or _remark_end_re().search(folded) is not None
        or _EMOJI.search(rest.rstrip()[-2:]) is not None
    )
    if not shown:
        return None
    head = read(r.text[:brk], r.today, r.language)
    if not head.is_goal or not (head.obj.found or head.metric or head.direction):
        return None
    return brk


@cache
def _remark_end_re() -> re.Pattern[str]:
    """A sigh, a slang tag or "quá"/"hoài" at a remark's end ("..., tháng rồi xài lố quá")."""
    words = goal_words().words
    said = [*words.sigh_tails, *words.tail_remarks, *words.remark_end_words]
    return re.compile(rf"\b(?:{either(said)})\W*$")


_CLAUSE_BREAK = re.compile(
    rf"[,;]|{FULL_STOP}|\s[—–]\s|\s\((?=[^)]*\)?\W*$)"
)  # as a remark is set off: a dash, never a hyphen ("Huế - Hội An" is a name)
_SPACED_HYPHEN = re.compile(r"\s-\s")
_ASIDE_TEXT_MAX = 160  # a long text's first clause break is no goal's end
# "families." ends a sentence; "St.", "vs." do not
# a sentence's full stop after a word ("... the 5K.", "... in 2027."), never an abbreviation's
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{3,}|\b\d\w*)\.\s*$")
_AND_NEXT = re.compile(r"\s+(?:and|&|va|or|hoac)\s+[^,;.]*$")  # "wax| and wick costs" to its end


def as_written(r: Readings, plan: Plan) -> str:
    """The user's sentence, tidied, when nothing is missing from it."""
    return _finish(r.text.rstrip(" .!;"), plan)


_CAPITALS = re.compile(r"[A-Z]{2,}")


def _clause_before(folded: str, at: int) -> int:
    """Where the clause holding `at` opens: after a comma, a full stop or an emoji (-1: none)."""
    marks = [folded.rfind(", ", 0, at), folded.rfind(". ", 0, at)]
    marks += [m.start() for m in _EMOJI.finditer(folded, 0, at)]
    return max(marks)


# a last sentence of a word or two, no number in it ("... at the firehouse. Semper Fi."): a
# sign-off, not the goal's
_SIGN_OFF = re.compile(
    r"(?<=[a-z0-9]{3})[.!?](?=\s+[A-Za-z][\w']*(?:\s+[A-Za-z][\w']*)?[.!]*\s*$)"
)  # never after "St." or "vs."


def _insertion_end(r: Readings, text: str) -> int:
    """Where additions go: before the objective clause, which the reading keeps apart."""
    end = r.objective.start if r.objective else len(text)
    if (
        r.now_clause is not None
        and r.now_clause.start < end
        # "... I'd say I'm a 4/10 now, want to be a 7": the goal goes on after today's figure
        and not (r.target is not None and r.target.span.start >= r.now_clause.end)
    ):
        # "drink less coffee|, currently at 5 cups a day": today's figure stays last; so does
        # a sentence of its own, after the goal's full stop ("below 5%|. Last OPT we were ...")
        end = len(text[: r.now_clause.start].rstrip(" ."))
    if (event := _EVENT_TAIL.search(r.folded, 0, end)) and not any(
        t.end > event.start() for t in r.times
    ):
        end = event.start()  # "... microsite| before Fabtech": the date goes before the event
    if (told := r.told_after_wish) is not None and told < end:
        end = told  # "Recruit more tenors|. We only have 2 ...": how it stands, told after
    elif (told := _told_sentence_at(r, text, end)) is not None:
        end = told  # "Build my emergency fund to $10k|. The car needs new tyres too": told after
    elif (tagged := _tag_then_told(r, text, end)) is not None:
        end = tagged  # "... the village again|, ken? We've been here since 1987": both after
    elif (tag := tag_question_end().search(r.folded, 0, end)) is not None:
        end = tag.start()  # "Get our vibe back to what it was pre-COVID|, ya know?"
    if (hedge := _hedge_clause().search(r.folded, 0, end)) is not None and not any(
        t.start > hedge.start() for t in r.times
    ):
        end = hedge.start()  # "Start a book club|, hopefully the kids enjoy it": a hope, after
    if (
        (sign := _SIGN_OFF.search(text, 0, end)) is not None
        and len(text[: sign.start()].split()) >= 4
        # "Return rate 4.2% now. Fix.": an order said last is the goal's
        and not is_verb(fold(text[sign.end() :].split()[0].strip(".!").lower()), r.language)
    ):
        end = sign.start()  # "... at the firehouse|. Semper Fi.": a sign-off of its own
    if (gripe := r.gripe_at()) is not None and gripe < end:
        end = gripe  # "do more stretching| ugh my back": the remark stays after what is added
    elif (aside := _aside_at(r)) is not None and aside < end:
        # "be a better coach|, the kids deserve it": so does a remark told after, and a
        # sentence's full stop stays with the sentence it ends
        end = len(text[:aside].rstrip(" ,;."))
    while end > 0 and (text[end - 1] in " ,;-–—(!" or _EMOJI.match(text[end - 1])):
        end -= 1  # "song healthy hon 🥲", "... up to 15% (it's at 9% rn)": the aside stays last
    if end < len(text.rstrip(" .!")) and _SENTENCE_END.search(text, 0, end):
        end = len(text[:end].rstrip(" ."))  # "... with families|. rn I'm like a 5/10": the
        # full stop ends the goal's sentence, after what is added to it
    if (polite := _said_to_reader(r, end)) is not None:
        end = polite  # "more followers pls", "tang doanh thu 20% nha": said to the reader, last
    if (felt := amount_felt().search(r.folded, 0, end)) is not None:
        # "ve 55kg| la mung roi": how reaching it would feel stays last
        end = felt.start(1) if felt.start(1) >= 0 else felt.start(2)
    if (
        (remark := _said_last("tail_remarks").search(r.folded, 0, end))
        and remark.start() > 0
        # "thi đạt môn FR": a slang word typed in capitals is a name, not a remark
        and not _CAPITALS.fullmatch(r.text[remark.start() : remark.end()].strip(" ,.;!"))
    ):
        end = remark.start()  # "hut it lai thoi|, flop qua r", "... confidence lol": slang last
    if (hedge := _said_last("hedge_tails").search(r.folded, 0, end)) and hedge.start() > 0:
        end = hedge.start()  # "... pass the final exam|, if possible": the hedge stays last
    if (liked := _said_last("preference_tails").search(r.folded, 0, end)) is not None and (
        comma := r.folded.rfind(", ", 0, liked.start())
    ) > 0:
        # "Tuyển thêm 2 bạn pha chế ca sáng|, biết làm cà phê muối càng tốt": what would be a
        # plus is said after the goal, in a clause of its own
        end = comma
    # "... up to 25%|. Confidence maybe 6/10", "be more confident doing manips|, right now
    # I'm at like 4/10": the rating last
    c = r.confidence_span
    if c is None and (rated := r.self_rating) is not None and _rated_now(r, rated):
        c = rated
    if (
        c is not None
        and c.start < end
        and (at := _clause_before(r.folded, c.start)) > 0
        and not any(t.start > at for t in r.times)
        and not (r.target is not None and r.target.span.start > at)
    ):
        # "To chuc workshop ky nang mem|, tu tin 70% la lam duoc", "... up to 25%|. Confidence
        # maybe 6/10", "... with the grandkids| 😊 I'd say I'm about a 3 out of 10": the rating
        # last
        end = len(text[:at].rstrip(" ,."))
    if r.language == "en" and (told_at := _first_told_comma(r, end)) is not None:
        end = told_at  # "improve the vibe at the rink|, eh, it's gotten kinda dead on weeknights"
    comma = r.folded.rfind(", ", 0, end)
    if r.reason_first is not None and comma <= r.reason_first.end:
        comma = -1  # "Because my back is killing me, I'm gonna start stretching": the goal's
        # own clause comes after the reason's comma; nothing is cut back into the reason
    elif (
        r.obj.start is not None
        and r.obj.start > comma > 0
        and not word_set("intent_words") & set(r.folded[:comma].split())
    ):
        comma = -1  # "Starting in January, I'd like to volunteer with ...": what the goal acts
        # on is after the comma, so the clause there is the goal's own, no remark
    if (
        comma > 0
        and r.language == "en"
        and (
            starts_with("aside_subjects").match(r.folded, comma + 1) is not None
            # "do more stretching|, calves are killing me": a clause of its own, told
            or told_clause().match(r.folded, comma + 1) is not None
            # "land more direct clients|, agencies pay peanuts"
            or (
                not DIGIT.search(r.folded, comma, end)
                and subject_then_verb(r.folded[comma + 1 : end].strip())
            )
        )
        # a time gone by is part of the remark ("..., its barely been used since august")
        and not any(t.end > comma and t.kind != "past" for t in r.times)
        and not (r.target is not None and r.target.span.start > comma)
        # "We get about 40 likes per post|, we want more": today's figure said first, the
        # clause after it is the wish itself
        and not (r.state_clause is not None and r.state_clause.end <= comma)
    ):
        end = comma  # "reduce QA fails|, theyre way too high": the remark stays after the date
    elif (
        comma > 0
        and r.language == "vi"
        and (
            (r.marked is not None and _VI_TOO_CLAUSE.fullmatch(r.marked.lower(), comma + 1, end))
            # "reply inbox khách nhanh hơn|, đừng để khách chờ lâu": why, said after
            or words_re("vi_remark_openers").match(r.folded, comma + 2) is not None
            # "..., lau qua ko van dong gi", typed bare: "quá" said of how things are
            or _vi_too_head().match(r.folded, comma + 2) is not None
        )
        and not any(t.end > comma for t in r.times)
        and not (r.target is not None and r.target.span.start > comma)
    ):
        end = comma  # "Tăng doanh thu 20%|, khó quá": the sigh stays after the date
    elif (
        r.language == "vi"
        and (feared := words_re("vi_otherwise_words").search(r.folded, 0, end)) is not None
        and feared.start() > (r.obj.end or 0)
        and not DIGIT.search(r.folded, feared.start(), end)
        and not any(t.end > feared.start() for t in r.times)
    ):
        end = len(r.folded[: feared.start()].rstrip(" ,"))  # "... lai| ko la het tien hoc"
    cut = r.folded.rfind(". ", 0, end)
    if (
        cut > 0
        and not DIGIT.search(r.folded, cut, end)
        and not any(t.end > cut for t in r.times)
        and (
            _CHAT_TAIL.search(r.folded, cut, end)
            or goal_words().news_re.search(r.folded[cut:end]) is not None
        )
    ):
        end = cut  # "less burnout for my staff. everyone is exhausted": the aside stays after
    return end


def _told_sentence_at(r: Readings, text: str, end: int) -> int | None:
    """Where a last sentence told after a whole goal opens ("Build my emergency fund to $10k|.
    Two kids in braces right now"): it holds no number, time or wish of its own, and the
    sentence before it is a goal; the goal's additions go in that sentence, not after it."""
    breaks = list(_TOLD_BREAK.finditer(text, 0, end))
    if not breaks:
        return None
    at, resume = breaks[-1].start(), breaks[-1].end()
    rest = r.folded[resume:end]
    first = rest.split(maxsplit=1)[:1]
    if (
        not first
        # "Fix.", "Bot an man lai": an order said last is the goal's own sentence
        or categories(first[0].strip(".,!?"), r.language) & VERB_CATS
        or DIGIT.search(rest)
        # "... by half. Daily we are throwing almost a dozen kg": how often it goes, told
        or any(t.end > resume and t.kind != "recurring" for t in r.times)
        or goal_words().intent_re.search(rest, r.marked[resume:end] if r.marked else None)
        or not read(text[:at], r.today, r.language).is_goal
    ):
        return None
    return at


def _tag_then_told(r: Readings, text: str, end: int) -> int | None:
    """Where a tag question closing the goal's sentence starts, when a sentence told of how
    things are follows it ("Make the shop mair the heart o' the village again|, ken? We've been
    here since 1987"): it holds no time still to come, no amount and no wish."""
    tag = _tag_question().search(r.folded, 0, end)
    if tag is None:
        return None
    rest = r.folded[tag.end() : end]
    if (
        not rest.strip()
        or any(t.end > tag.end() and t.kind != "past" for t in r.times)
        # "since 1987": a year told, no amount
        or any(
            q.span.start >= tag.end() and not _YEAR_ALONE.fullmatch(q.span.text)
            for q in r.quantities
        )
        or goal_words().intent_re.search(rest, r.marked[tag.end() : end] if r.marked else None)
    ):
        return None
    return tag.start()


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


@cache
def _tag_question() -> re.Pattern[str]:
    """ ", ken? ", ", eh? ", ", innit? ": a tag question that closes a sentence, and what
    follows it (the tags: `tag_questions`)."""
    return re.compile(rf",\s*(?:{either(goal_words().words.tag_questions)})\?\s+(?=\w)")


# a sentence's end after a word of three letters or an amount ("$10k|. Two kids ..."; never "St.",
# "no.", nor a tag question "ken?"), then a sentence that opens on a word
_TOLD_BREAK = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\d)|(?<=\d[a-z]))\.\s+(?=[^\W\d_])")


@cache
def _hedge_clause() -> re.Pattern[str]:
    """ "|, hopefully the kids enjoy it": a clause of hope after the goal, words following."""
    return re.compile(rf"\s*[,;]\s*(?:{either(goal_words().words.hedge_tails)})\s+(?=[a-z])")


@cache
def _said_last(group: str) -> re.Pattern[str]:
    """One of a goal-words list ending the goal's text, with the comma before it: slang
    ("tail_remarks": "... lol") or a hedge ("hedge_tails": "..., if possible")."""
    # "... mà ko biết làm sao huhu": one after another, the first opens them
    return re.compile(rf"(?:[\s,]+(?:{either(getattr(goal_words().words, group))})\b)+\W*$")


# someone else's word for it, told: a name or a person, then "says" ("Tita Baby says we need
# it", "my doctor said I should", "the boss keeps saying")
@cache
def _reported() -> re.Pattern[str]:
    """Who says what of the goal, opening the clause after it (`others_say`)."""
    said = either(goal_words().words.others_say)
    return re.compile(rf"(?!(?:i|we|you)\b)(?:[a-z'.-]+\s+){{1,3}}(?:{said})\b")


def _vi_sighed(said: str) -> bool:
    """A clause that opens on the running period and sighs ("năm nay lên cân quá trời")."""
    return _VI_PERIOD_OPENS.match(said) is not None and _VI_SIGHED.search(said) is not None


_VI_PERIOD_OPENS = re.compile(r"(?:ma\s+)?(?:nam nay|thang nay|tuan nay|dao nay)\b")
_VI_SIGHED = re.compile(r"\bqua(?:\s+(?:troi|xa|chung))?\W*$")


# after a comma, a short clause that sighs "too ...!" ("khó quá", "béo quá")
@cache
def _vi_too_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{either(goal_words().words.vi_too_heads)})\s+qua\b")


_VI_TOO_CLAUSE = re.compile(r"\s*(?:\w+\s+){0,3}\w+ quá[\s!.]*")


# a sentence after the goal that only says how the user feels ("everyone is exhausted",
# "no idea where to start lol")
_CHAT_TAIL = re.compile(r"\b(?:no idea|idk|lol|tbh|honestly|exhausted|burned out|burnt out|ugh)\b")
_CLAUSE_MARK = re.compile(r"[,.;:!?]")


def year_written(r: Readings) -> tuple[str, str] | None:
    """A day and month typed with no year whose date this year went by lately ("trước 20/11"
    typed on 1 December): read as next year's, so the rewrite writes that year down for the
    user to see ("trước 20/11/2027"). Returns the words typed and the words with the year."""
    for t in r.times:
        if t.kind != "deadline" or t.deadline is None or t.deadline.year <= r.today.year:
            continue
        try:
            this_year = t.deadline.replace(year=r.today.year)
        except ValueError:  # 29 February
            continue
        if not timedelta(0) < r.today - this_year <= _LATELY:
            continue
        typed = _DAY_MONTH.search(r.text, t.start, t.end)
        if (
            typed is not None
            and t is r.deadline  # the goal's own deadline, not an occasion it names
            and _YEAR_AFTER.match(r.folded, typed.end()) is None  # "20/11 nam sau": said already
        ):
            return typed[0], f"{typed[0]}/{t.deadline.year}"
    return None


# how long ago a date went by for its yearless mention to be worth a year written down
_LATELY = timedelta(days=92)
_YEAR_AFTER = re.compile(r"\s*(?:nam sau|nam toi|nam nay|next year|this year|nam 20\d\d|20\d\d)\b")
_DAY_MONTH = re.compile(r"(?<![\d/.])\d{1,2}/\d{1,2}(?![\d/])")


@cache
def _wish_closer_end() -> re.Pattern[str]:
    """A word closing a wish, last before the amount goes in (`wish_closers`: "... thôi")."""
    return re.compile(rf"\s(?:{either(goal_words().words.wish_closers)})\W*$")


def _said_to_reader(r: Readings, end: int) -> int | None:
    """Where a word said to the reader starts, when it ends the text before `end` ("pls",
    "nhé"); "nha" typed without any marks only after an amount or "lên" ("mua nha": a house)."""
    m = _end_particle().search(r.folded, 0, end)
    if m is None or m.start() == 0:
        return None
    typed = r.text[m.start() : m.end()].strip().lower()
    if typed not in goal_words().words.end_particles:
        return None  # "nhà", "nhẹ": a house, lightly
    if words_matcher("particle_compounds").ends_at(r.folded, m.end(), r.marked):
        return None  # "2 bác sĩ chỉnh nha": orthodontists, the word's own end
    if typed not in goal_words().words.end_particles_ambiguous or r.marked is not None:
        return m.start()
    return m.start() if _particle_after_end().search(r.folded, 0, m.start()) else None


@cache
def _end_particle() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{either(goal_words().words.end_particles)})$")


@cache
def _particle_after_end() -> re.Pattern[str]:
    after = either(goal_words().words.end_particle_after)
    return re.compile(rf"(?:\d|%|\d\s?k|\b(?:{after}))\s*$")


# an event the goal must come before, with no date the reading could resolve ("before I
# defend", "before Fabtech", "truoc khi nghi sinh")
_EVENT_TAIL = re.compile(
    # "vóc dáng như trước khi đẻ", "fit like before the kids": a state as it was, no event
    r"(?<!\bnhu)(?<!\blike)\s(?:before|ahead of|prior to|truoc khi)\s(?:[^,.;:!?]|(?<=\d)\.\d)+$"
    # "... by the 4.0 release": "by" a named event of the work
    r"|\sby the\s(?:[^,.;:!?]|(?<=\d)\.\d)*\b(?:release|launch|go-live|cutover|kickoff)$"
)


def _feeling_end(text: str, end: int) -> int:
    """Past the emoji typed after the goal's words ("song khoe hon 🙏"), which stay with them
    when what is added follows after a colon."""
    rest = text[end:]
    return len(text.rstrip()) if all(_EMOJI.match(c) or c == " " for c in rest) else end


# pictographs, symbols and their joiners and variation selectors, as typed after a goal
_EMOJI = re.compile(f"[{PICTOGRAPHS}\ufe0f\u200d]")
_COMMA_BEFORE_EMOJI_END = re.compile(f"\\s*,\\s*([{PICTOGRAPHS}\ufe0f\u200d]+)\\s*$")


def _only_a_sigh(said: str) -> bool:
    """The words are one sigh said before the goal ("huhu", "ugh") and nothing else."""
    said = said.strip(" ,.!")
    m = goal_words().news_re.search(said)
    return m is not None and m.start() == 0 and m.end() == len(said)


@cache
def _was_due_near() -> re.Pattern[str]:
    """Words saying a date was due, then up to three words, right before the date ("was due",
    "was meant to be out by")."""
    said = either(goal_words().words.was_due)
    return re.compile(rf"\b(?:{said})(?:\s+[a-z]+){{0,3}}\s*$")


def _deadline_edit(
    r: Readings, plan: Plan, end: int, ongoing: bool, sep: str
) -> tuple[tuple[int, int, str], str]:
    """The plan's deadline put in the sentence, as (start, end, replacement), and its phrase:
    it replaces a past date (after the user's own "by") or a vague "soon", else it is added."""
    t = r.deadline
    # "giữ ... không quá 40 giờ/tháng trong quý 3/2026": a standard held over a period gone is
    # held through the new date, as one with none is
    phrase = _deadline_phrase(
        plan,
        recurring=ongoing
        and (t is None or (kind_of(r) == "limit" and not cued_at(r.folded, t.start)))
        # "..., need this sorted asap": sorted by a day, not held until it
        and not (
            r.vague_time is not None
            and words_re("finish_words").search(
                r.folded, max(0, r.vague_time.start - 16), r.vague_time.start
            )
        ),
    )
    if t is not None and (said := _was_due_near().search(r.folded, max(0, t.start - 40), t.start)):
        # "finish the grant report, it was due nov 15", "... drawings for construction. Was
        # meant to be out by Oct 2026": that date stays a fact; the new one goes with the
        # goal's own clause
        if (v := r.vague_time) is not None and v.start > t.end:
            # "..., want it live asap": the new date in place of "asap", never both
            return (v.start, v.end, phrase), phrase
        cut = max(r.folded.rfind(",", 0, said.start()), r.folded.rfind(".", 0, said.start()))
        at = cut if cut > 0 else end
        return (at, at, " " + phrase), phrase
    if (
        t is not None
        and plan.past_month
        and kind_of(r) != "limit"  # "keep scrap under 3% for the month of September": held on
        and (named := _month_naming(r, t, plan)) is not None
    ):
        # "doanh thu tháng 11/2026 phải đạt 500 triệu", said in December: this month's, in
        # the user's own words ("tháng 12/2026")
        return named, named[2]
    if t is not None and plan.past_again and (named := _period_naming(r, t)) is not None:
        # "the Q3 2026 audit", "the October 2026 survey": the period names a thing; its next
        # one is the goal's, the words around it kept ("for the Q3 2027 audit")
        return named, named[2]
    if t is not None:
        # "by nov 20th this year": the year said after the day goes with it
        said_year = _THIS_YEAR_NEXT.match(r.folded, t.end)
        stop = said_year.end() if said_year else t.end
        begin = t.start
        if not cued_at(r.folded, t.start) and (
            lead := _PERIOD_CUE_END.search(r.folded, max(0, t.start - 36), t.start)
        ):
            begin = lead.start()  # "trong dot Black Friday 2026": "trong" goes with the old date
        put = _opening(r, begin, _replacing(r, begin, phrase, plan))
        before = r.folded[:begin].rstrip()
        if (
            put == phrase
            and before.endswith(",")
            and not re.search(r"\w", r.folded[stop:])
            # "..., so about £9k, by the end of September": the comma closes an aside; it stays
            and "," not in before[:-1].rsplit(".", 1)[-1]
        ):
            # "Win the club champs, March 2026" -> "... champs by 1 January 2027": the date
            # alone after a comma gives way to the cued one, the comma with it
            return (len(before) - 1, stop, " " + put), phrase
        return (begin, stop, put), phrase
    if bad := next((x for x in r.times if x.kind == "invalid"), None):  # "by 31/02/2027"
        return (bad.start, bad.end, _replacing(r, bad.start, phrase, plan)), phrase
    if (v := r.vague_time) is not None:
        if (
            (
                not r.text[: v.start].strip()
                # "huhu som tra het 40tr": a sigh said first is no part of the goal's clause
                or _only_a_sigh(r.folded[: v.start])
                # "Mình muốn sớm thi đạt IELTS 6.5": "soon" right after the wish goes too
                or ends_with("wishes_before_soon").search(r.folded, 0, v.start) is not None
            )
            and end > v.end
            and len(r.text[v.end : end].split()) >= 2
            and not any(c in r.text[v.end : end] for c in ",;:")  # one clause, no face after
            and not r.text[end:].lstrip().startswith((":", ";"))
            # an amount still to put in goes at the end too ("Sớm giảm tỷ lệ ... 20%")
            and not (r.target is None and r.direction in ("increase", "decrease"))
        ):
            # "Sớm tuyển thêm một bác sĩ ...": said first, "soon" goes and the date closes
            # the goal, where it reads
            return (v.start, end, r.text[v.end : end].strip(" ,") + sep + phrase), phrase
        close = len(r.text.rstrip(" .!;"))
        if (
            r.text[: v.start].rstrip().endswith(",")
            and len(r.text[v.end : close].split()) >= 3
            and not any(c in r.text[v.end : close] for c in ",;:.!?")
            and _EMOJI.search(r.text, v.end, close) is None  # "..., soon pls 🙏": a tail
            and not (r.objective is not None and r.objective.start >= v.end)
            and vague_cadence_re().search(r.folded, v.end, close) is None
        ):
            # "hoc tot hon, som vo dc truong top": "soon" opening the last clause goes, and the
            # date closes that clause
            return (v.start, close, r.text[v.end : close].strip() + sep + phrase), phrase
        # "..., cang som cang tot": the date takes its place, and the comma goes with it
        comma = r.text.rfind(",", 0, v.start)
        # "... direct to hand spinners instead. Whenever I get round to it, mind.": a sentence of
        # its own that only says when: the date joins the sentence before
        stop = r.text.rfind(".", 0, v.start)
        if (
            stop > 0
            and not r.text[stop + 1 : v.start].strip()
            # "... this year. In the near future I want 10k more": the sentence the time opens
            # holds the goal's own amount; the date opens it in its place
            and not (r.target is not None and r.target.span.start > v.end)
        ):
            if 0 < end < stop:
                # "Sort out the hall's vibe a bit|, it feels tired. Soon-ish!": the date goes
                # where the goal's clause ends, before what is told after it
                return (end, v.end, sep + phrase + r.text[end:stop]), phrase
            comma = stop
        begin = comma if comma >= 0 and not r.text[comma + 1 : v.start].strip() else v.start
        if (why := r.objective) is not None and why.start < begin == v.start <= why.end + 1:
            # "Grow the brand so I'm the go-to agent in town asap": the date goes before the
            # reason, as it would with none said
            reason = r.text[why.start : begin].rstrip(" ,")
            return (why.start, v.end, f"{phrase} {reason}"), phrase
        if begin == v.start and (so := _SO_IT_IS_END.search(r.folded, 0, v.start)) is not None:
            begin = so.start()  # "mở rộng trại cho sớm": "cho" goes with "sớm", not left alone
            return (begin, v.end, phrase), phrase
        if begin == v.start:
            return (begin, v.end, _opening(r, begin, phrase)), phrase
        return (begin, v.end, " " + phrase), phrase
    opens = _start_at_end(r, end)
    if (
        not ongoing
        and kind_of(r) not in ("habit", "limit")  # a routine runs on; it is never "done"
        # "bắt đầu giảm tiền điện nước 20%": an amount moved is reached by a day, not "done"
        and not (
            kind_of(r) == "outcome"
            and (r.target is not None or r.direction in ("increase", "decrease"))
        )
        and (
            (opens is not None and _START_OPENS.match(r.folded))
            or (
                opens is None
                and any(
                    t.kind == "start"
                    and t.start < end
                    and (
                        not r.text[t.end : end].strip(" ,.;")
                        # "Từ tuần sau bắt đầu làm website riêng", "Starting next Monday we
                        # shall begin digitising the register": a deed begun after its start,
                        # too ("begin digitising ... by 7 March" would say it starts by then);
                        # a thing begun that runs on ("begin a breakfast club") starts by it
                        or (
                            (begun := _START_WORD.search(r.folded, t.end, end)) is not None
                            and (r.language == "vi" or _DEED_NEXT.match(r.folded, begun.end()))
                        )
                    )
                    for t in r.times
                )
            )
        )
    ):
        # "bat dau xay chuong moi tu thang sau", "begin migrating printers ... next Monday":
        # what opens with its start closes with it, and "..., done by 7 March 2027" says when
        # it ends ("Bat dau ... truoc ngay 30/04/2027, tu thang sau" would start twice)
        done = msg(plan.lang, "rewrite.done_then", phrase=phrase)
        return (end, end, ", " + (strip_marks(done) if plan.plain else done)), phrase
    if opens is not None:
        # "... for 15 new managers starting in January": the deadline goes before the start,
        # "... by 30 April 2027, starting in January", not "starting in January by ..."
        at = opens
        while at > 0 and r.text[at - 1] in " ,.!":
            at -= 1
        if r.text[at:opens].strip(" ,"):
            return (at, at, sep + phrase), phrase  # "... exam| by 1 April 2027. Starting ..."
        return (at, opens, sep + phrase + ", "), phrase
    if (event := _EVENT_TAIL.search(r.folded, end)) and event.start() == end:
        # "... before the 4.0 release": the event is the user's deadline; the date says when
        # it is taken to be, after it, rather than a second deadline before it
        stop = len(r.text[: event.end()].rstrip(" .!;"))
        return (stop, stop, f" ({phrase})"), phrase
    if sep == " " and _last_word(r.folded[:end]) == _first_word(fold(phrase)):
        sep = ", "  # "... hơn mấy năm trước, trước ngày ...": never the same word twice
    return (end, end, sep + phrase), phrase


def _period_naming(r: Readings, t: TimeMatch) -> tuple[int, int, str] | None:
    """A past period typed with its year right before a noun it names ("the Q3 2026 audit"):
    the same period a year on, as an edit of its words, when that one is still to come."""
    year = _YEAR_TYPED.search(r.text, t.start, t.end)
    if year is None or _period_again(r, t) is None:
        return None
    bumped = r.text[t.start : year.start()] + str(int(year[0]) + 1) + r.text[year.end() : t.end]
    return t.start, t.end, bumped


def _period_again(r: Readings, t: TimeMatch) -> date | None:
    """The end of a past period a year on, when its year is typed right before a noun the
    period names ("the Q3 2026 audit"), and that one is still to come."""
    nxt = _WORD_NEXT.match(r.folded, t.end)
    year = _YEAR_TYPED.search(r.text, t.start, t.end)
    if t.deadline is None or year is None:
        return None
    if (
        _QUARTER_SPAN.match(r.folded, t.start)
        and not cued_at(r.folded, t.start)
        # "finish the rollout in Q3 2026", "giải ngân hết ... trong quý 3/2026": a deed overdue
        # is due soon; "keep spend under 7tr/tháng in Q3 2026": a limit holds from now
        and kind_of(r) == "outcome"
        and words_re("finish_words").search(r.folded) is None
    ):
        # "doanh thu quý 3/2026 đạt 900 triệu", "2M in revenue in Q3 2026": a quarter's own
        # total, not a sum by a date; the same quarter a year on
        again = _a_year_on(t.deadline)
        return again if again > r.today else None
    if r.language != "en" or nxt is None:
        return None
    if _THE_PERIOD_END.search(r.folded, max(0, t.start - 8), year.start()) is None:
        return None  # "by Sept 2026 para ...": a date; "the Sept 2026 governance mtg": a thing's
    if categories(nxt[1], r.language) & {"stop", "boundary"}:
        return None  # "by October 2026 with ...": a date, then the rest of the goal
    again = _a_year_on(t.deadline)
    return again if again > r.today else None


def _vision_year(r: Readings) -> int | None:
    """The year a plan the goal is set by is named by ("as per our company Vision 2030", "theo
    chiến lược 2030"), when it is more than a year away and a few at most."""
    m = _vision_named().search(r.folded)
    # "in line with Vision 2050": decades off, a nearer step is still the goal's
    if m is None or not r.today.year + 1 < int(m[1]) <= r.today.year + VISION_YEARS_MAX:
        return None
    return int(m[1])


VISION_YEARS_MAX = 5  # a plan's year further off than this is no horizon for one goal


@cache
def _vision_named() -> re.Pattern[str]:
    # "as per our company Vision 2030": the plan the goal is set by, not a thing it acts on
    # ("align my teaching with the uni's Strategy 2030")
    words = goal_words().words
    return re.compile(
        rf"\b(?:{either(words.vision_cues)})\s+(?:[a-z']+\s+){{0,3}}"
        rf"(?:{either(words.vision_words)})\s+(20\d\d)\b"
    )


def _a_year_on(d: date) -> date:
    """The same day a year on; a month's last days stay its last ("30 Sept" -> 30 Sept)."""
    return end_of_month(d.year + 1, d.month) if d.day >= 28 else d.replace(year=d.year + 1)


def _yearly_event_again(r: Readings, passed: date | None, today: date) -> date | None:
    """The same day a year on, when the goal names an event held once a year and its date has
    passed ("lắp 3 cầu trượt trước lễ khai giảng 5/9/2026", "slips for the fall retreat in by
    Oct 15, 2026"): before the next one, not months after it."""
    # "giảm 5kg ... để mặc vừa bộ vest đi tiệc tất niên": an event the goal is for is no date
    said = min((s.start for s in (r.objective, r.purpose) if s is not None), default=len(r.folded))
    if passed is None or words_re("yearly_events").search(r.folded, 0, said) is None:
        return None
    again = passed
    while again <= today:
        again = _a_year_on(again)
    return again


_WORD_NEXT = re.compile(r"\s+([a-z]+)\b")
# "in Q3 2026", "quy 3/2026", "trong quy 3 nam 2026", "H1 2026": a quarter or a half, its year typed
_QUARTER_SPAN = re.compile(r"(?:(?:in|during|trong)\s+)?(?:q[1-4]|quy\s*[1-4]|h[12])\b")
# "the Q3 |2026", "the October |2026": a period said as which one, before its year
_THE_PERIOD_END = re.compile(r"\bthe\s+[a-z0-9]+\s+$")
_YEAR_TYPED = re.compile(r"\b20\d\d\b")


def _last_word(folded: str) -> str:
    return folded.rstrip(" ,.;!").rsplit(" ", 1)[-1]


def _first_word(folded: str) -> str:
    return folded.split(" ", 1)[0]


_BETTER_AT_END = re.compile(r"\bbetter (?:at|in|with)\s+$")
_IT_MOVED = re.compile(
    r"\b(?:it|them|that)\s+(?:(?:way|much|a lot|a bit|back)\s+)?(?:down|up|higher|lower|under control)\b"
    r"|\b(?:grow|increase|raise|boost|lift|cut|reduce|lower|improve)\s+(?:it|them)\b"
)


def moves_it(r: Readings) -> bool:
    """The topic is named first and moved later by a pronoun ("staff turnover - need to get it
    way down", "... sitting at 9,400 households and I want to grow them"): an amount can go with
    the move."""
    return _IT_MOVED.search(r.folded) is not None


def _channel_grown(r: Readings, plan: Plan, anchor: Span, end: int) -> bool:
    """ "grow our instagram", "boost the shop's TikTok": a channel named last after a move up,
    in English; what grows on it goes right after its name ("... Instagram followers")."""
    return (
        r.language == "en"
        and r.direction == "increase"
        and anchor is r.platform_span
        and plan.metric is not None
        and plan.metric.channel
        and not r.platform_generic
        and not r.text[anchor.end : end].strip(" ,.!")
        and not _ON_END.search(r.folded, max(0, anchor.start - 8), anchor.start)
    )


_ON_END = re.compile(r"\b(?:on|via|at|in|across)\s+$")  # "reach 5,000 on TikTok": where, said so
_MORE_END = re.compile(r"\b(?:more|many|plenty|(?:lots?|tons?|loads|heaps|plenty|bunch) of)$")
_OWN_AFTER = re.compile(r"\s+(?:the|our|my|your|their|these|those|its|all)\b")
# "nhieu don hang| hon|": the "hon" that closes "nhieu ..." a few words on, in the same clause
_THAN_LATER = re.compile(r"(?:\s+[^\s,;.!?]+){1,6}?(\s+hon)\b")
_BY_END = re.compile(r"\s+by\s+$")
# after the object read, words that show its name goes on: "of", a number, a clause of its own
_PHRASE_GOES_ON = re.compile(r"\s+(?:of|we|i|you|they|our|my|\d)")
# ("... down by june" is a date after it; "... down by 5" is an amount of its own; "OTIF ↑")
# a change phrase opening with the way it moves ("xuống 5%", "up 20%")
_WAY_OPENS = re.compile(r"(up|down|len|xuong) ")
_FROM_OPENS = re.compile(r"tu\s")
_WAY_END = re.compile(r"\s+(?:len|xuong)\s*$")
_PARTICLE = re.compile(
    r"\s+(?:back\s+|way\s+)?(?:up|down|len|xuong)\b(?!\s+(?:to|from|tu|den)\b|\s+by\s+\d)|\s*[↑↓]"
)
# the clause's last word says which way, after the rest of the thing's name
_PARTICLE_LAST = re.compile(r"[^,.;!?]*?\s(?:up|down|low|under control|in check)(?=\s*$)")
# "begin| digitising": a deed said as one, begun
_DEED_NEXT = re.compile(r" (?:\w+ing|to \w+)\b")
_START_WORD = re.compile(r"\b(?:start|starting|begin|beginning|bat dau|khoi dau)\b")
_START_OPENS = re.compile(r"\s*(?:start|begin|bat dau|khoi dau)\b")


@cache
def _start_by_event() -> re.Pattern[str]:
    """ ", starting w/ my next paycheck": a start said by what opens it, after a comma."""
    words = goal_words().words
    return re.compile(
        rf",\s*(?:{either(words.start_by_event_cues)})\s+(?:{either(words.start_by_event_links)})\b"
    )


def _start_at_end(r: Readings, end: int) -> int | None:
    """Where a start phrase ("starting in January", "bat dau tu thang 1") begins, when it is
    the last thing before `end`; None otherwise."""
    s = next((t for t in r.times if t.kind == "start" and t.end <= end), None)
    if s is None:
        # ", starting w/ my next paycheck": a start said by what opens it, no date, last
        said = _start_by_event().search(r.folded, 0, end)
        return (
            said.start() + 1 if said is not None and "," not in r.folded[said.end() : end] else None
        )
    cue = start_cue(r.folded[: s.start])
    cue_at = s.start - len(cue or "")  # "tu thu 2 tuan sau": the cue read with the day
    if (
        r.folded[:cue_at].rstrip().endswith((".", "!"))
        and r.folded[:cue_at].strip(" .!")
        # the goal is said before ("Pass the CPA exam. Starting to study in January."), not in
        # the start's own sentence ("im 212 rn. starting next monday ..., goal is 180")
        and r.obj.start is not None
        and r.obj.start < cue_at
        and (r.target is None or r.target.span.end <= cue_at)
    ):
        return cue_at  # the start, a sentence of its own, runs to the end
    comma = r.folded.rfind(",", max(0, s.start - 40), s.start)
    while (
        comma > 0
        and r.folded[comma - 1 : comma].isdigit()
        and r.folded[comma + 1 : comma + 2].isdigit()
    ):
        comma = r.folded.rfind(",", max(0, s.start - 40), comma)  # "8,000": a number's comma
    if (
        comma > 0
        and (
            _START_WORD.search(r.folded, comma, s.start)
            # ", di lam tu 1/2": a short clause that says what starts then
            or len(r.folded[comma + 1 : s.start].split()) <= 2
        )
        and "," not in r.folded[s.end : end]
    ):
        # ", starting training in January", ", starting next monday we use a shift app": the
        # start's clause runs to the end
        return comma + 1
    if r.folded[s.end : end].strip(" ,.;"):
        return None
    if not cue and not _OWN_CUE.match(r.folded, s.start):
        return None
    return cue_at if cue_at > 0 and r.folded[:cue_at].strip() else None


_OWN_CUE = re.compile(r"(?:tu|bat dau|starting|from|beginning)\b")


def checked_notes(plan: Plan, text: str) -> list[str]:
    """The plan's notes for a rewrite: one holding a standard with a monthly check, rather than
    by a date, says so instead of suggesting a deadline it does not have."""
    phrase = msg(plan.lang, "rewrite.checked")
    if (strip_marks(phrase) if plan.plain else phrase) not in text:
        return list(plan.assumptions)
    note = msg(plan.lang, "assumptions.checked")
    return [note if a in plan.deadline_notes else a for a in plan.assumptions]


_WORD_AT = re.compile(r"[a-z0-9-]+")


@cache
def _OPEN_WORD_END() -> re.Pattern[str]:  # noqa: N802 - a compiled pattern, named as one
    return re.compile(rf"\b(?:{either(goal_words().words.open_words)})\s*$")


def _whose_end(r: Readings, at: int, limit: int) -> int:
    """Past the people an aim belongs to ("the morale of our staff", "gan ket cua nhan vien"),
    so what it is measured by follows the whole phrase."""
    m = whose_re().match(r.folded, at, limit)
    if m is None:
        return at
    end, pos = at, m.end()
    for _ in range(6):
        w = _WORD_AT.match(r.folded, pos, limit)
        ends = {"boundary", "stop"} if r.language == "en" else {"boundary"}  # "this year"
        if w is None or w[0][0].isdigit():
            break
        if categories(w[0], r.language) & ends and not (
            # "điểm trung bình của con": typed with marks, "con" is the child, no "còn"
            r.marked is not None
            and pos == m.end()
            and r.marked[w.start() : w.end()].lower() in goal_words().words.whose_people_vi
        ):
            break
        end = w.end()
        if r.folded[end : end + 1] != " ":
            break
        pos = end + 1
    return end


def _words_after(r: Readings, start: int, end: int) -> bool:
    """Words of the user's own between `start` and `end`, other than a date or a platform."""
    spans = [(t.start, t.end) for t in r.times]
    if r.platform_span:
        spans.append((r.platform_span.start, r.platform_span.end))
    if r.vague_time:
        spans.append((r.vague_time.start, r.vague_time.end))
    rest = r.folded[:end]
    for a, b in spans:
        rest = mask(rest, a, b)
    return re.search(r"[a-z]{2,}", rest[start:]) is not None


def _invalid_date(r: Readings) -> bool:
    return any(x.kind == "invalid" for x in r.times)


def _due_ahead(r: Readings, ctx: Resolved) -> bool:
    """The goal names its own deadline, and it is still ahead (or an event sets it)."""
    t = r.deadline
    if t is None and r.event_deadline is not None:
        return True  # "... before my checkup": no second date after the user's own
    # "in the next few months": a span said loosely is replaced by the date it is taken as
    return t is not None and t.deadline is not None and t.deadline >= ctx.today and not t.vague


def _remark_kept(out: str, r: Readings, text: str, end: int, plan: Plan) -> str:
    """`out` with the user's remark told after the goal put back last ("Muốn studio có thương
    hiệu chill: tăng ... trước ngày X, người ta nhắc tới yoga là nhớ tới mình"): a measure said
    after the goal's words never drops the words that followed them."""
    stop = r.objective.start if r.objective is not None and r.objective.start >= end else len(text)
    remark = text[end:stop].strip(" ,;:")
    if not any(c.isalnum() for c in remark) or fold(remark) in fold(out):
        return out
    body, stop_mark = (out[:-1], out[-1]) if out[-1:] in ".!?" else (out, "")
    return _finish(body + after_remark(" " + remark, 0) + stop_mark, plan)


def _then(head: str, tail: str, plan: Plan) -> str:
    """The user's words, then how they will be checked ("Get healthier: complete 36 ...")."""
    return _finish(f"{head}: {tail[:1].lower() + tail[1:]}", plan)


def _starts_only(r: Readings) -> bool:
    """The goal says when it starts and nothing about when it is done ("bat dau tu thang 1
    gui nhan xet cho phu huynh", "from next sprint"): it runs from then, checked as it goes."""
    # "tu thang 1 bat dau track chi tieu", "chay chuong trinh tich diem": the start word is
    # the only milestone said, and what starts is a routine ("bat dau xay chuong moi" is built
    # once, by a day)
    begun = _START_WORD.search(r.folded)
    started = (
        r.obj.milestone
        and begun is not None
        and (
            _offers_from(r, begun)  # "bat dau nhan sua xe dien": repairs offered from then on
            or (r.obj.verb is None and words_re("built_verbs").search(r.folded) is None)
        )
    )
    if (
        (r.obj.milestone and not started)
        or r.target is not None
        or r.direction in ("increase", "decrease")
        or (r.direction is not None and r.metric is not None)
    ):
        return False  # "train all 40 managers, starting in January": a thing to be done by a day
    if STARTS_DOING.match(r.folded) and done_once(r.folded, 0):
        return False  # "begin migrating printers ... next Monday": done once, by a day of its own
    if words_re("built_things").search(r.folded) is not None:
        return False  # "từ tuần sau bắt đầu làm website riêng": built once, by a day
    return any(t.kind == "start" for t in r.times) and not any(
        t.kind == "deadline" for t in r.times
    )


def _offers_from(r: Readings, begun: re.Match[str]) -> bool:
    """What starts is a service offered from then on ("tu t2 tuan sau bat dau nhan sua xe dien",
    "start offering EV repairs"), not a deed done once."""
    return _OFFERED.match(r.folded, begun.end()) is not None


_OFFERED = re.compile(rf"\s+(?:{words_re('offered_verbs').pattern})")


def _before_time(r: Readings, at: int, end: int) -> int:
    """Where the words between `at` and `end` stop before a time said among them ("keep prod
    bugs from my PRs low| this quarter")."""
    stop = min((t.start for t in r.times if at <= t.start < end), default=end)
    return len(r.folded[:stop].rstrip())


def _is_money(q: Quantity) -> bool:
    return q.unit is not None and (q.unit in currency_signs() or q.unit in ("VND", "currency"))


_PER_END = re.compile(r"\bper\s+$")


def _only_faster(r: Readings, wish: str) -> bool:
    """The wish says only "faster", of today's figure ("..., want faster", "need it quicker"),
    with no deed of its own ("muốn xử lý nhanh hơn": the handling sped up, not the count)."""
    m = speed_re(r.language).search(wish)
    if m is None:
        return False
    before = wish[: m.start()]
    for said in goal_words().intent_re.finditer(before):
        before = mask(before, said.start(), said.end())
    words = re.findall(r"\w+", before)
    return all(w in _IT_WORDS for w in words) and not wish[m.end() :].strip(" .!,")


_IT = ("it", "that", "this", "them")  # words pointing back at today's figure
_IT_WORDS = frozenset({*_IT, "i", "we"})
_IT_BEFORE = re.compile(rf"\b(?:{'|'.join(_IT)})\s+$")  # "get that| higher": today's figure


def from_today(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """Today's figure said first, then a wish to move it with no number ("We sell about 180 day
    passes a week. Want that higher."): the wish gains an amount a step from today's, in the
    user's own unit words ("Want that higher: 220 day passes a week"), and a deadline; an
    easier and a harder version step less and more."""
    q, s = r.today_only, r.state_clause
    if q is None or s is None or r.target is not None or q.kind not in ("absolute", "percent"):
        return None
    # "eNPS sits at -12": a score below zero moves by points of its scale, never by a share
    points = r.metric.change_points if q.value < 0 and r.metric is not None else None
    if q.value < 0 and not points:
        return None
    # the wish's own words: up to its deadline or its reason ("muon nhieu hon vao mua he",
    # "muon tang them de tra no ngan hang")
    starts = [
        _cue_start(r.folded, x.start)
        for x in (r.deadline, r.event_deadline, r.objective, r.vague_time)  # "..., cang som"
        if x
    ]
    told_at = None  # where a sentence told after the wish opens
    if (brk := _NEXT_SENTENCE.search(r.folded, s.end)) is not None and (
        goal_words().intent_re.search(
            r.folded[brk.end() :], r.marked[brk.end() :] if r.marked else None
        )
        is None
        # "..., want more. 7/10 confident we can do it": how sure, in a sentence of its own
        or (r.confidence_span is not None and r.confidence_span.start >= brk.end())
    ):
        told_at = brk.start()  # "..., mình muốn nhiều hơn|. Tư vấn viên làm chưa tốt lắm"
        starts.append(told_at)
    if (remark := _said_last("tail_remarks").search(r.folded, s.end)) is not None and (
        "(" not in r.folded[s.end : remark.start()]  # "(boss keeps asking lol)": an aside's own
    ):
        starts.append(remark.start())  # "muốn tăng lên| mà chưa biết làm sao": a remark after
    # "vu toi muon thu nhieu hon": a deadline before the wish's words stops nothing
    stops = [at for at in starts if r.folded[s.end : at].strip(" ,.;-")]
    state, wish = r.folded[s.start : s.end], r.folded[s.end : min(stops, default=len(r.folded))]
    others = [
        x
        for x in r.quantities
        if x is not q
        and s.start <= x.span.start < s.end
        # "CAUTI rate is 2.1 per 1000 catheter days": what the rate is per, no figure of its own
        and not _PER_END.search(r.folded, max(0, x.span.start - 6), x.span.start)
    ]
    if not (s.start <= q.span.start < s.end) or (
        others
        # "Spent like $18k on repairs last yr across the 3 buildings": the one sum of money is
        # what is brought down; the buildings only say where
        and not (_is_money(q) and not any(_is_money(x) for x in others))
    ):
        return None  # "Thon co 320 ho, ... moi 60%": which number the wish moves is not said
    words = goal_words()
    # "gio 1 ngay nau duoc 80kg": an amount made each day, no body weight
    per_day = _PER_ONE_SAID.search(state) is not None or any(
        t.kind == "recurring" for t in read_times(state, r.today)
    )
    # "Bench dang 80kg": the weight on the bar, no body weight; it climbs a tenth a block
    lifted = words_re("lift_verbs").search(state) is not None
    body = _body_said(r, s.start) and not per_day and not lifted
    # "gio nang 78kg roi, phai giam bot thoi": a grown-up's own weight to bring down, by a
    # twentieth as a coach would; a child's ("be nang 11kg") is the doctor's to set
    slimming = (
        (body and q.value >= 40) or words_re("body_levels").search(state) is not None
    ) and words_re("moves_down").search(wish) is not None
    if words.clinical_re.search(r.folded, r.marked) or (body and not slimming):
        return None  # "duong huyet 5.4", "be nang 11kg": a level the doctor sets
    change = 0.05 if slimming else 0.1 if lifted else 0.2
    if not (slimming or lifted) and words_re("much_more_words").search(wish) is not None:
        # "only 4 girls turned up, need loads more": many more, half again at least, and
        # twice a small count (never "5", one more than 4)
        change = 1.0 if q.value < 20 else 0.5
    typed = _NUMBER_TYPED.search(q.span.text)
    unit = _unit_words(r, q, s.end)
    if typed is not None:
        figure, figure_end, scale_word = typed[0], typed.end(), ""
    elif q.value.is_integer() and q.kind == "absolute":
        # "đọc được có ba cuốn": a count said in words is stepped in digits
        figure, figure_end, scale_word = str(int(q.value)), len(q.span.text), ""
    else:
        return None
    if typed is not None and (short := _SHORT_MONEY.match(q.span.text, typed.start())):
        # "1tr8": 1,8 triệu, stepped in the millions it is said in ("1,4tr")
        figure, figure_end, scale_word = f"{short[1]},{short[3]}", short.end(), short[2]
    if (
        # "350k| 1 ngay": per day, no number; "2.1| per 1000 catheter days": what it is per
        DIGIT.search(_PER_ONE_UNIT.sub("", _PER_N.sub("", unit)))
        or not _wish_moves_it(r, wish, unit, state)
    ):
        return None
    # "rating shop đang 4.7": a rating said before its figure is on a 5-star scale too
    stars = _STARS.search(fold(q.span.text[figure_end:] + unit)) is not None or (
        q.value <= 5
        and (
            _STARS.search(state) is not None
            # "diem danh gia dang 4.7": a rating the catalog knows is out of five stars
            or (r.metric is not None and r.metric.unit == "rating")
        )
    )
    # "gpa is 2.9 rn": a grade point average moves in tenths on a 4-point scale, like stars
    four_point = q.value <= 4 and words_re("four_point_scores").search(state) is not None
    top = 4.0 if four_point else 5.0
    stars = stars or four_point
    if words_re("moves_down").search(wish):
        down = True
    elif words_re("moves_up").search(wish) or (
        _BETTER.search(wish) and (stars or _decimals_typed(figure) and q.value <= 10)
    ):
        down = False  # "want better reviews" of 4.3 stars, "can cai thien" a 6,2: higher
    elif (way := _wish_way(r, s.end, s.end + len(wish))) is not None:
        down = way  # "want to grow the herd", "wanna push it", "thang 1 phai hon"
    elif (_BETTER.search(wish) or words_re("fix_orders").search(wish)) and (
        r.metric is not None and r.metric.lower or _fewer_is_better(state)
    ):
        down = True  # "12 lỗi/tháng, cần cải thiện con số này", "churn is 5% atm, needs work"
    elif (
        (_BETTER.search(wish) or words_re("fix_orders").search(wish))
        and q.kind == "percent"
        and r.metric is None
    ):
        down = False  # "Demo-to-close is stuck at 12%, need to improve it": a share made better
    elif (
        _DO_BETTER.search(wish)
        and q.kind == "absolute"
        and r.metric is not None
        and not r.metric.lower
        and r.metric.unit in ("count", "currency")
    ):
        down = False  # "We are at 40 new members a year. Want to do better": more of them
    elif (
        _only_faster(r, wish)
        and per_day
        and q.kind == "absolute"
        and not _is_money(q)
        and r.metric is not None
        and r.metric.unit == "count"
    ):
        down = False  # "we pack around 80 orders a day, want faster": more of them each day
    else:
        return None  # "need it faster", "can cai thien" an error rate: which way is not said
    said, decimals = _typed_value(figure), _decimals_typed(figure)
    said = -said if q.value < 0 else said
    after = scale_word + q.span.text[figure_end:] + unit  # "4.5| hrs a night", "70|% loai 1"
    rates = [t for t in read_times(state, r.today) if t.kind == "recurring"]
    if rates and s.start + (rate := rates[0]).end <= q.span.start:
        # "Giờ mỗi tháng đi được 8 cont": the rate said before the figure goes with the amount
        after += " " + r.text[s.start + rate.start : s.start + rate.end]
    # a score out of 10 is said bare ("Diem TB ... 6,2") or of a scored measure ("diem thi thu
    # ... 7.25 mon toan"); "1.2 tan moi ngay" is an amount in a unit
    measure = r.metric.unit if r.metric is not None else None
    scored = stars or not after.strip() or measure in ("score", "rating")
    # "được 2 tỷ": a word of scale after the figure, so a step may be a tenth of it ("2,4 tỷ")
    scaled = _SCALE_NEXT.match(fold(q.span.text[figure_end:] + unit)) is not None
    amount = _step_from(
        said,
        q.unit == "%",
        decimals,
        down,
        stars,
        scored=scored,
        top=top,
        change=change,
        points=points,
        scaled=scaled,
    )
    if amount is None:
        return None
    # "$84k": the currency typed before today's figure comes with the amount wished
    money = _sign_typed(q, typed.start()) if typed else ""
    shown = money + _as_typed(amount, figure, plan.lang, four_point) + after
    text = r.text.rstrip(" .!;")
    due = r.deadline
    # the amount goes before the wish's deadline or reason ("want way more| over the holidays",
    # "muon tang them| de tra no ngan hang")
    stop = min(stops, default=None)
    wish_words = stop is not None and r.text[s.end : stop].strip(" ,.;-")
    at = stop if stop is not None and wish_words else _wish_end(text)
    if at is None:
        return None
    words_at = len(r.text) - len(r.text[s.end :].lstrip(" ,.;-"))
    told = ""
    if (later := _NEXT_SENTENCE.search(text, words_at, at)) is not None and not (
        read(text[later.end() : at], r.today, r.language).is_goal
    ):
        # "Want to push that on a fair bit|. Rent's just gone up again.": the wish's sentence
        # ends before the remark told after it, which stays last, after the date too
        told, text, at = text[later.start() :], text[: later.start()], later.start()
    elif told_at is not None and at == told_at:
        told, text = text[at:], text[:at]  # "..., mình muốn nhiều hơn. Tư vấn viên ...": too
    if (polite := _said_to_reader(r, at)) is not None:
        at = polite  # "vụ tới mong được nhiều hơn| ạ": the amount, then the word to the reader
    elif (closer := _wish_closer_end().search(r.folded, 0, at)) is not None:
        at = closer.start()  # "phai giam xuong| thoi": the amount, then the word closing the wish
    if (vague := r.vague_time) is not None and s.end < vague.start < at:
        at = vague.start  # "need to bring that down| asap": the amount, then when
    before = fold(text[:at]).rstrip()
    if plan.lang == "en":
        joint = " to " if _TO_AFTER.search(before) or _moved_it(before) else ": "
    elif before.endswith(("len", "xuong")):
        joint = " "
    elif (
        before.endswith(("hon", "hon nua", " cao", " thap", "len nua", "xuong nua", "them nua"))
        or _MOVED_MORE_END.search(before)
        # "muốn kết nạp thêm các hộ trẻ: 50 hộ": more said with "thêm", then who, the amount
        # after them ("muốn tăng thêm lên 540" as it was)
        or _THEM_THEN_WHO.search(fold(text[s.end : at]).rstrip(" ,.")) is not None
    ):
        # "mong len cao: 54 nghin/chuc", "muon day len them: 6%": not a second "len"
        joint = ": "
    else:
        joint = " " + msg(plan.lang, "rewrite.level_down" if down else "rewrite.level", target="")
        joint = joint.rstrip() + " "
    left = text[:at].rstrip(" ,")
    rest = text[at:]
    new = left + joint + shown + (" " + rest.lstrip() if rest.strip() else "")
    again = read(new, r.today, r.language)
    # "studying ~8 hrs a week rn, need to step it up": a rate stepped reads back as a rate
    stepped_rate = again.frequency is not None and bool(rates)
    if (again.target is None and not stepped_rate) or (
        due is None
        and again.deadline is not None
        and again.deadline.start < s.end
        # "12 booked for next summer": a period said to come is the amount's own deadline
        and not COMING_SAID.search(r.folded, again.deadline.start, again.deadline.end)
    ):
        # the amount does not read back as the goal's, or today's month becomes its deadline
        # ("Doanh so thang 11 dat 1,2 ty, ... len 1,4 ty"): keep the sentence as typed
        return None
    if r.event_deadline is None and again.event_deadline is not None:
        # "... 40 calls a week in the slow season, want more: 48 ...": the season of today's
        # figure reads as an event once the amount is in; it was no deadline, and is none now
        again.event_deadline = None
    main, edits = with_deadline(again, ctx, plan)
    if told:
        told = told.rstrip()
        main = main.rstrip(".") + told + ("" if told[-1:] in ".!?" else ".")
    plan.assumptions = [n for n in plan.assumptions if n in plan.deadline_notes]
    target_assumed(plan, shown.strip())
    at_shown = main.rfind(shown)
    versions = []
    for label, scale in (("conservative", 0.5), ("ambitious", 1.75)):
        other = _step_from(
            said, q.unit == "%", decimals, down, stars, scale, scored, top, change, points, scaled
        )
        if other is None or other == amount or at_shown < 0:
            continue
        what = money + _as_typed(other, figure, plan.lang, four_point) + after
        text = main[:at_shown] + what + main[at_shown + len(shown) :]
        versions.append(_labelled(plan, label, text, what))
    edit = Edit(criterion="measurable", text=shown.strip(), assumed=True)
    return main, [edit, *edits], versions


# a sentence ending, then another one begun
_NEXT_SENTENCE = re.compile(r"(?<=[^\W\d_]{2})[.!?]+\s+(?=\w)")

# "for next summer", "thang sau": a period said to come


def from_start(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A move said from today's amount with no number to reach ("grow our win rate from 18%
    next year", "giam chi phi van chuyen tu 45 trieu/thang"): the amount to reach goes right
    after the user's start, in its own unit words ("from 18% to 22%", "tu 45 trieu xuong 36
    trieu"), a step a coach would propose; an easier and a harder version step less and more."""
    q = r.baseline_from
    if q is None or r.target is not None or q.kind not in ("absolute", "percent"):
        return None
    before = r.folded[: q.span.start]
    if r.direction == "decrease" or words_re("moves_down").search(before):
        down = True
    elif r.direction == "increase" or words_re("moves_up").search(before):
        down = False
    elif r.direction is None:
        # "NPS from 32", "Avg MPG from 6.1": no way said; up, unless the measure is one where
        # less is better
        down = plan.direction == "decrease"
    else:
        return None  # "from 18%" with no way said: which way it should go is asked
    typed = _NUMBER_TYPED.search(q.span.text)
    if typed is None or _SHORT_MONEY.search(fold(q.span.text)):
        return None  # "1tr8": a figure typed across its scale word is not re-spelled
    figure = typed[0]
    said, decimals = _typed_value(figure), _decimals_typed(figure)
    said = -said if q.value < 0 else said
    metric = r.metric
    # "lose weight from 80kg": a body moves by a twentieth, as the catalog says
    change = metric.change_pct / 100 if metric is not None and metric.change_pct else 0.2
    share = q.unit == "%"
    scored = metric is not None and metric.unit in ("score", "rating") and not share

    def step(scale: float) -> float | None:
        return _step_from(said, share, decimals, down, False, scale, scored, change=change)

    amount = step(1.0)
    if amount is None:
        return None
    money = _sign_typed(q, typed.start())
    unit = q.span.text[typed.end() :]  # "k", "kg", " triệu", "%"

    def shown_as(value: float) -> str:
        return money + _as_typed(value, figure, plan.lang) + unit

    shown = shown_as(amount)
    text = r.text.rstrip(" .!;")
    key = "level_down" if down else "level"
    joint = " " + msg(plan.lang, f"rewrite.{key}", target="").strip() + " "
    new = text[: q.span.end] + joint + shown + text[q.span.end :]
    again = read(new, r.today, r.language)
    if again.target is None or again.target.kind != "range":
        return None  # the amount does not read back as the move's end: keep the sentence as typed
    main, edits = with_deadline(again, ctx, plan)
    plan.assumptions = [n for n in plan.assumptions if n in plan.deadline_notes]
    target_assumed(plan, shown.strip())
    at_shown = main.find(joint + shown)
    versions = []
    for label, scale in (("conservative", 0.5), ("ambitious", 1.75)):
        other = step(scale)
        if other is None or other == amount or at_shown < 0:
            continue
        what = shown_as(other)
        start = at_shown + len(joint)
        text_v = main[:start] + what + main[start + len(shown) :]
        versions.append(_labelled(plan, label, text_v, what))
    edit = Edit(criterion="measurable", text=(joint + shown).strip(), assumed=True)
    return main, [edit, *edits], versions


def _labelled(plan: Plan, label: str, text: str, what: str) -> Rewrite:
    """An easier or harder version, its notes the plan's and what it changes."""
    notes = [*plan.assumptions, msg(plan.lang, f"assumptions.label_{label}", what=what)]
    return Rewrite(text=text, label=label, assumptions=notes)


def target_assumed(plan: Plan, target: str) -> None:
    """The amount put in is the plan's suggestion, noted first."""
    plan.assumptions.insert(0, msg(plan.lang, "assumptions.target", target=target))
    plan.target_assumed = True


def _named_with_platform(r: Readings, end: int) -> bool:
    """The platform's word at `end` goes on into a name ("app| ngân hàng", "app| banking"):
    a word no list knows follows it in the same clause."""
    nxt = r.folded[end:].split(maxsplit=1)[:1]
    return (
        r.folded[end : end + 1] == " "
        and bool(nxt)
        and nxt[0].isalpha()
        and not categories(nxt[0], r.language)
        and nxt[0] not in word_set("degree_adverbs")  # "on Facebook| significantly"
    )


_AND_THEN = re.compile(r"\s+(?:and|&|va)\s+")


def _second_deed_at(r: Readings, start: int, end: int) -> int | None:
    """Where " and" opens a second deed between `start` and `end` ("cut down on takeaways| and
    cook at home more", "bớt uống bia| và đi ngủ sớm"), before any comma."""
    clause = r.folded.find(",", start, end)
    for m in _AND_THEN.finditer(r.folded, start, end if clause < 0 else clause):
        words = r.folded[m.end() :].split()
        fillers = word_set("order_fillers" if r.language == "en" else "vi_order_fillers")
        while words and words[0] in fillers:
            words = words[1:]  # "and actually eat lunch"
        heads = [words[0], " ".join(words[:2])] if words else []
        if any(categories(h, r.language) & VERB_CATS for h in heads):
            return m.start()
    return None


def capped_less(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A wish to do a habit less, with no amount ("drink less soda", "bớt uống trà sữa", "bot
    thuc khuya lai"): the sentence keeps its words and gains a weekly cap, "at most 2 times a
    week"; 3 and 1 are the easier and the harder versions."""
    if not habit_wished_less(r):
        return None
    rate = _rate_today(r)
    # "bớt lướt điện thoại lại": time on a screen is capped by the minutes of each day
    screen = rate is None and words_re("screen_time_habits").search(r.folded) is not None
    if (
        rate is None
        and not screen
        and (
            # "bớt uống cà phê lại, trực đêm toàn uống 4-5 ly": today's amount is told in words
            # the cap cannot keep; twice a week would be quitting, not cutting back
            (r.now_clause is not None and _told_daily(r.now_clause.text, r))
            # "ăn ít muối lại", "bot luot tiktok": a staple of every day is not capped by the week
            or words_re("daily_staples").search(r.folded) is not None
        )
    ):
        return None
    lang = plan.lang
    text = r.text.rstrip(" .!;")
    end = _insertion_end(r, text)
    if (done := less_deed_end(r)) is not None and (second := _second_deed_at(r, done, end)):
        # "cut back on Diet Coke| and actually eat lunch": the cap goes with what is capped,
        # not with the deed said after it ("fish and chips" is one thing)
        end = second
    head, tail = text[:end].rstrip(" ,"), text[end:]

    # "cut back on energy drinks, i'm at like 4 a day": half of today's rate, in its own words
    cap_at, easier, harder = (_CAP, _CAP + 1, _CAP - 1) if rate is None else _steps_down(rate[0])
    # "hut thuoc it lai", "smoke less": cigarettes are counted by the day, not the week
    smoking = rate is None and _smoking(r.language).search(r.folded, r.marked) is not None
    if smoking:
        cap_at, easier, harder = _DAILY_CIGARETTES, _DAILY_CIGARETTES + 2, _DAILY_CIGARETTES - 2
    if screen:
        cap_at, easier, harder = _SCREEN_MINUTES, _SCREEN_MINUTES * 1.5, _SCREEN_MINUTES * 0.5

    def cap_said(n: float) -> str:
        if smoking:
            return msg(lang, "rewrite.cap_daily_cigarettes", n=format_number(n, lang))
        if screen:
            return msg(lang, "rewrite.cap_daily_minutes", n=format_number(n, lang))
        if rate is not None:
            _, said, count_len = rate
            rest = said[count_len:]
            if n == 1 and lang == "en":
                rest = _ONE_OF.sub(r"\1", rest, count=1)  # "3 cans a day" -> "1 can a day"
            return msg(lang, "rewrite.cap_as_said", said=format_number(n, lang) + rest)
        return msg(
            lang,
            "rewrite.cap_weekly_once" if n == 1 else "rewrite.cap_weekly",
            n=format_number(n, lang),
        )

    def capped(n: float) -> str:
        cap = cap_said(n)
        cap = strip_marks(cap) if plan.plain else cap
        # "..., 🧋": an emoji ends the text, or opens the remark after it, with no comma before it
        first = tail.lstrip()[:1]
        joint = "" if not any(c.isalnum() for c in tail) or not first.isalnum() else ","
        return _finish(f"{head}, {cap}{joint}{tail if tail[:1] in ' ,;.' else ' ' + tail}", plan)

    main = capped(cap_at)
    again = read(main, r.today, r.language)
    if again.frequency is None and again.target is None:
        return None  # the cap does not read back as the goal's
    cap = cap_said(cap_at)
    plan.assumptions = [msg(lang, "assumptions.cadence", cadence=cap)]
    versions = []
    for label, value in (("conservative", easier), ("ambitious", harder)):
        if value is not None:
            versions.append(_labelled(plan, label, capped(value), cap_said(value)))
    return main, [Edit(criterion="measurable", text=cap, assumed=True)], versions


def cap_given_period(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A cap on things taken with no period ("no more than 3 coffees", "tối đa 2 ly trà sữa
    thôi"): the period goes right after what is counted ("3 coffees a day", "2 ly trà sữa mỗi
    tuần"), a cap kept from then on; one more and one fewer are the easier and harder versions."""
    q = r.target
    if (
        q is None
        or q.qualifier != "at_most"
        or q.unit is not None
        or not q.span.text.isdigit()
        or r.recurring is not None
        or r.frequency is not None
        or r.deadline is not None
        or r.item_bound is not None
        or (taken := _taken_next().match(r.folded, q.span.end)) is None
    ):
        return None
    lang = plan.lang
    period = "day" if words_re("daily_caps").search(r.folded) else "week"
    per = msg(lang, f"rewrite.per.{period}")
    per = strip_marks(per) if plan.plain else per
    text = r.text.rstrip(" .!;")

    def capped(n: float) -> str:
        named = text[q.span.end : taken.end()]
        if n == 1 and lang == "en":
            named = _ONE_OF.sub(r"\1", named, count=1)  # "2 beers" -> "1 beer"
        said = text[: q.span.start] + format_number(n, lang) + named
        return _finish(f"{said} {per}{text[taken.end() :]}", plan)

    main = capped(q.value)
    if read(main, r.today, r.language).recurring is None:
        return None  # the period does not read back as the cap's
    plan.assumptions = [msg(lang, "assumptions.cadence", cadence=per)]
    versions = [_labelled(plan, "conservative", capped(q.value + 1), format_number(q.value + 1))]
    if q.value > 1:
        versions.append(
            _labelled(plan, "ambitious", capped(q.value - 1), format_number(q.value - 1))
        )
    return main, [Edit(criterion="time_bound", text=per, assumed=True)], versions


@cache
def _taken_next() -> re.Pattern[str]:
    """After a cap's number: what is taken, and the words that go on naming it ("ly trà sữa"),
    up to a word that says more than what it is (data: taken_counts, cap_name_stops)."""
    taken = either(goal_words().words.taken_counts)
    stops = either(goal_words().words.cap_name_stops)
    return re.compile(rf"\s+(?:{taken})\b(?:\s+(?!(?:{stops})\b)[a-z]+\b){{0,2}}")


def _told_daily(said: str, r: Readings) -> bool:
    """Today's habit told as done every day or as a rule ("giờ ngày nào cũng 4 ly", "trực đêm
    toàn uống 4-5 ly"), not as money spent ("I spent like 400k last month") nor as a reading
    ("huyet ap 150 roi")."""
    told = read(said, r.today, r.language)
    daily = told.recurring is not None and told.recurring.period == "day"
    return daily or USUALLY_SAID.match(told.folded) is not None


_CAP = 2.0  # how many times a week a habit wished less is capped at, until the user says
_DAILY_CIGARETTES = 5.0  # how many cigarettes a day smoking wished less is capped at
_SCREEN_MINUTES = 60.0  # how many minutes a day time on a screen wished less is capped at


@cache
def _smoking(language: str) -> PhraseMatcher:
    """The deeds counted by the cigarette ("smoke", "hút thuốc"), with the marks typed."""
    return PhraseMatcher(getattr(goal_words().words.smoking_deeds, language))


_ONE_OF = re.compile(r"^(\s+[a-z]+[^s\W])s\b")  # " cans": the one thing a count of 1 names


def _rate_today(r: Readings) -> tuple[float, str, int] | None:
    """How often a habit is done today, told after the wish with a count before its period
    ("i'm at like 4 a day rn", "currently 3 cans a day"): the count, the words from it to the
    period ("3 cans a day") and how long the count is typed in them."""
    if r.now_clause is None:
        return None
    told = read(r.now_clause.text, r.today, r.language)
    every = told.recurring
    if every is None or every.period not in ("day", "week"):
        return None
    if (q := told.frequency) is not None and q.span.text[:1].isdigit():
        said = q.span.text  # "4 a day": the count and its period, read as one
    elif (after := _count_after_period(told, every.end)) is not None:
        # "giờ ngày nào cũng 3 ly": the period first, then the count and what it counts
        q, what = after
        per = msg(r.language, f"rewrite.per.{every.period}")
        said = f"{told.text[q.span.start : q.span.end]}{what} {per}"
    else:
        counts = [q for q in told.quantities if q.span.end <= every.start and q.kind != "frequency"]
        if len(counts) != 1 or counts[0].unit is not None:
            return None
        q = counts[0]
        said = told.text[q.span.start : every.end]  # "3 cans a day"
    if q.value < 2 or q.value != int(q.value) or not said[:1].isdigit():
        return None
    return q.value, said, len(said) - len(said.lstrip("0123456789"))


def _count_after_period(told: Readings, end: int) -> tuple[Quantity, str] | None:
    """The one count said after the period ("ngày nào cũng| 3 ly") and the word it counts."""
    counts = [q for q in told.quantities if q.span.start >= end and q.kind != "frequency"]
    if len(counts) != 1 or counts[0].unit is not None:
        return None
    what = _COUNTED_WORD.match(told.text, counts[0].span.end)
    return (counts[0], what[0]) if what is not None else None


_COUNTED_WORD = re.compile(r"\s+[^\W\d_]+")


def _steps_down(today: float) -> tuple[float, float | None, float | None]:
    """The cap on a habit done `today` times a period: about half of it, with today's less one
    as the easier version and one less than the cap as the harder (none below once)."""
    cap = float(max(1, int(today / 2 + 0.5)))
    easier = today - 1 if today - 1 > cap else None
    harder = cap - 1 if cap - 1 >= 1 else None
    return cap, easier, harder


def times_weekly(r: Readings, plan: Plan) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A deed typed with a bare count of times and no period ("gym 3x", "swim 2x"): how many
    times a week, the routine's check; "triple" is no reading of a deed with nothing to
    measure ("grow revenue 3x" keeps its ratio)."""
    q = r.target
    if (
        q is None
        or q.kind != "ratio"
        or r.recurring is not None
        or r.deadline is not None
        or (r.metric is not None and r.metric.kind != "activity")
        or _BARE_TIMES.fullmatch(q.span.text) is None
        # "need to 3x ARR": a measure named after it is tripled
        or _WORD_NEXT_RE.match(r.folded, q.span.end) is not None
        or not r.folded[: q.span.start].strip()
        or len(r.folded[: q.span.start].split()) > 3
    ):
        return None
    text = r.text.rstrip(" .!;")
    said = msg(plan.lang, "rewrite.cadence_weekly")
    said = strip_marks(said) if plan.plain else said
    main = _finish(f"{text[: q.span.end]} {said}{text[q.span.end :]}", plan)
    cadence = f"{r.text[q.span.start : q.span.end]} {said}"
    note = msg(plan.lang, "assumptions.cadence", cadence=cadence)
    plan.assumptions = [strip_marks(note) if plan.plain else note]
    return main, [Edit(criterion="time_bound", text=said, assumed=True)], []


_WORD_NEXT_RE = re.compile(r"\s*\w")
_BARE_TIMES = re.compile(r"\d{1,2}\s?x", re.IGNORECASE)


def share_sized(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A share of each period said with no size ("put some of every paycheck into savings",
    "để ra một phần lương mỗi tháng"): a percent takes the loose words' place; the period
    already says when, so no date goes in. 5% and 15% are the easier and the harder versions."""
    if (share := r.vague_share) is None or r.target is not None or r.frequency is not None:
        return None
    lang = plan.lang
    text = r.text.rstrip(" .!;")
    # English keeps its "of" ("10% of every paycheck"); Vietnamese says the share alone
    kept_of = lang == "en" and r.folded[: share.end].endswith(" of")
    # "put a bit by each month", "tiết kiệm một ít mỗi tháng": no whole is named, so the share
    # is of one's income
    after = r.folded[share.end :].lstrip()
    whole = not kept_of and (
        lang == "en"
        or r.recurring is None
        or after.startswith(r.folded[r.recurring.start : r.recurring.end])
        # "thang nao cung bo ong heo 1 it": said after the period, of nothing named
        or share.start >= r.recurring.end
    )

    def sized(pct: float) -> str:
        if whole:
            said = msg(lang, "rewrite.share_of_income", pct=fmt_pct(pct, lang))
        else:
            said = fmt_pct(pct, lang) + (" of" if kept_of else "")
        return _finish(text[: share.start] + said + text[share.end :], plan)

    main = sized(_SHARE)
    again = read(main, r.today, r.language)
    if again.target is None or again.recurring is None:
        return None  # the share does not read back as the goal's amount
    plan.assumptions = [msg(lang, "assumptions.target", target=fmt_pct(_SHARE, lang))]
    plan.target_assumed = True
    versions = [
        _labelled(plan, label, sized(pct), fmt_pct(pct, lang))
        for label, pct in (("conservative", _SHARE / 2), ("ambitious", _SHARE * 1.5))
    ]
    return main, [Edit(criterion="measurable", text=fmt_pct(_SHARE, lang), assumed=True)], versions


_SHARE = 10.0  # the percent of each pay or period a loose share is sized at, until the user says


def _more_people(
    r: Readings, ctx: Resolved, plan: Plan, at: int
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """People wished more of ("Recruit more tenors"): how many more, in the user's sentence,
    and the deadline; a share of a headcount ("20% more tenors") would count no one."""
    return _count_put_in(
        r, ctx, plan, at, at, _LOOSE_COUNT, lambda value: format_number(value, plan.lang) + " "
    )


def _count_put_in(
    r: Readings,
    ctx: Resolved,
    plan: Plan,
    start: int,
    end: int,
    base: float,
    said: Callable[[float], str],
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A count put in the user's sentence in place of `start:end` (the loose words, or nothing),
    and the deadline; one fewer and two more are the other versions."""
    text = r.text.rstrip(" .!;")
    shown = said(base)
    again = read(text[:start] + shown + text[end:], r.today, r.language)
    if again.target is None and not (r.recurring is not None and again.frequency is not None):
        return None  # the number does not read back as the goal's count ("3 reels a week")
    edits: list[Edit] = []
    if r.recurring is not None:
        # "Tuần nào cũng đọc vài bài báo": the routine keeps its cadence, no date to stop by
        main = _finish(again.text, plan)
    else:
        main, edits = with_deadline(again, ctx, plan)
    plan.assumptions = [n for n in plan.assumptions if n in plan.deadline_notes]
    target_assumed(plan, format_number(base, plan.lang))
    versions = []
    if main[:start].lower() == text[:start].lower() and main[start : start + len(shown)] == shown:
        for label, value in (("conservative", max(1.0, base - 1)), ("ambitious", base + 2)):
            version = main[:start] + said(value) + main[start + len(shown) :]
            versions.append(_labelled(plan, label, version, said(value).strip()))
    return main, [Edit(criterion="measurable", text=shown.strip(), assumed=True), *edits], versions


def count_filled(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A count said loosely before what it counts ("hire some baristas", "send a few of the
    techs to the CE course", "tuyen vai nhan vien"): a number takes the loose words' place, in
    the user's own sentence, and the deadline goes in; fewer and more are the other versions."""
    if (times := loose_times(r)) is not None:
        # "go to the gym a few times a week", "chay bo vai buoi/tuan": how many times is the
        # number put in, the cadence kept
        lang = plan.lang
        base = _COUPLE if canonical(times[1]) in word_set("couple_counts") else _LOOSE_COUNT
        return _count_put_in(
            r, ctx, plan, times.start(1), times.end(1), base, lambda v: format_number(v, lang)
        )
    if r.target is not None or (r.frequency is not None and not vague_count_each_time(r)):
        return None
    if (more := people_more(r.language).search(r.folded)) is not None and (
        r.objective is None or more.start() < r.objective.start
    ):
        return _more_people(r, ctx, plan, more.start("more"))
    m = words_re("loose_counts").search(r.folded)
    if m is None or (r.objective is not None and m.start() >= r.objective.start):
        return None
    if (vt := r.vague_time) is not None and vt.start <= m.start() < vt.end:
        return None  # "at some point": when it is done, not how many ("at 3 point")
    comma = r.folded.rfind(",", 0, m.start())
    if comma > 0 and starts_with("hedges_after").match(r.folded[comma + 1 :].lstrip()):
        # "..., honestly some of the plots are a disgrace": a count in a remark told after the
        # goal is how things are, not what the goal counts
        return None
    if (
        r.direction in ("increase", "decrease")
        and words_re("loose_units").match(r.folded, m.end() + 1) is None
    ):
        return None  # a move's loose count is its amount only in a unit ("drop a few kilos")
    if _LOOSE_THING_NEXT.match(r.folded, m.end()) is None:
        return None  # "some time", "vai lan": no thing counted right after
    if r.language == "en" and _DOING_NEXT.match(r.folded, m.end()):
        return None  # "do some stretching": a deed done, not things counted ("3 stretching")
    if r.language == "en" and _uncounted_after(r, m.end()):
        return None  # "get our program some more respect": one thing, not a count of them
    if canonical(m[0]) in lexicon().marked_vague_counts and (
        (loose := marked_loose_count(r, r.folded)) is None or loose.start() != m.start()
    ):
        # "sap xep lai kho vai", "nhà máy": "vải" (cloth), "máy" (a machine); only "vài",
        # "mấy" typed with their marks count loosely
        return None
    lang = plan.lang
    base = _COUPLE if canonical(m[0]) in word_set("couple_counts") else _LOOSE_COUNT

    # "a few of the techs" -> "3 of the techs"; "some baristas", "a bunch of baristas" -> "3
    # baristas": "of" stays only before whose or which ones
    of = m[0].endswith(" of") and _OWN_NEXT.match(r.folded, m.end()) is not None

    def said(value: float) -> str:
        return format_number(value, lang) + (" of" if of else "")

    return _count_put_in(r, ctx, plan, m.start(), m.end(), base, said)


@cache
def _loose_count_end() -> re.Pattern[str]:
    """A Vietnamese loose count ("mấy", "vài") right before a place, typed with marks or bare."""
    return re.compile(rf"\b(?:{either(sorted(lexicon().vague_counts))})\s+$")


_DOING_NEXT = re.compile(r"\s+[a-z]{3,}ing\b(?!\s+[a-z]+s\b)")  # not "training sessions"
_OWN_NEXT = re.compile(r"\s+(?:the|our|my|your|their|these|those|his|her|its)\b")
_LOOSE_COUNT = 3.0  # how many "some" or "a few" is taken to mean, until the user says
_COUPLE = 2.0
# what a loose count counts: a determiner or a word next ("of the techs", "baristas", "nhan vien")
_LOOSE_THING_NEXT = re.compile(r"\s+(?!(?:time|times|lan|luc|hom|bua|ngay|days?|weeks?)\b)[a-z]")


def faster_by(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A wish for speed with no amount and no measure moved ("me n the 2 lads to get milking
    done quicker", "bán nhanh hơn giờ tan tầm"): the wish gains how much faster, in the
    user's own words ("20% quicker", "nhanh hơn 20%"), and a deadline; an easier and a harder
    version say less and more."""
    if (
        r.target is not None
        or r.frequency is not None
        or r.direction in ("increase", "decrease", "maintain")  # "grow followers faster"
        or r.state_clause is not None
        or r.self_rating is not None
    ):
        return None
    end = r.objective.start if r.objective else len(r.folded)
    m = speed_re(r.language).search(r.folded, 0, end)
    base, minutes = _FASTER_PCT, False
    if m is None and daily_routine(r) is not None:
        # "dậy sớm hơn để chuẩn bị pate cho kịp": a routine moved earlier, by some minutes
        m = speed_re(r.language, "earlier_comparatives").search(r.folded, 0, end)
        base, minutes = _EARLIER_MINUTES, True
    if m is None:
        return None
    return _amount_at(r, ctx, plan, m, base, minutes)


def spent_less(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A wish to spend less with no amount ("spend less on clothes", "chi tiêu ít hơn cho ăn
    uống"): it gains how much less, in the user's words ("20% less", "ít hơn 20%"), and a date."""
    if r.target is not None or r.frequency is not None or r.state_clause is not None:
        return None
    end = r.objective.start if r.objective else len(r.folded)
    m = speed_re(r.language, "spend_less").search(r.folded, 0, end)
    if (
        m is None
        or words_re("spend_verbs").search(r.folded, max(0, m.start() - 16), m.start()) is None
    ):
        return None
    return _amount_at(r, ctx, plan, m, _FASTER_PCT, False)


def _a_month(typed: str) -> bool:
    """The words name one whole month ("trong thang 11 nam nay", "in November"), no day of it."""
    folded = fold(typed)
    if _MONTH_YEAR.fullmatch(folded.lower()) is not None:
        return True  # "doanh thu tháng 11/2026", "in Nov 2026": a month's own figure, its year said
    return (
        _WITHIN_OPENS.match(folded) is not None  # "in November", not "by October": a month's span
        and _MONTH_WORDS_RE.search(folded) is not None
        and _DAY_TYPED.search(folded) is None
    )


def _month_naming(r: Readings, t: TimeMatch, plan: Plan) -> tuple[int, int, str] | None:
    """A passed month said with its year ("doanh thu tháng 11/2026", "revenue for November
    2026"): the month to come in the same words, as an edit of the typed month and year."""
    m = _MONTH_YEAR.fullmatch(r.folded[t.start : t.end])
    if m is None:
        return None
    typed, new = r.text[t.start : t.end], plan.deadline
    if m["num"] is not None:
        said = str(new.month)
        at, stop = m.span("num")
    else:
        at, stop = m.span("word")
        names = (
            month_name
            if stop - at > 4 or m["word"] == "june" or m["word"] == "july"
            else month_abbr
        )
        said = names[new.month] if typed[at].isupper() else names[new.month].lower()
    year = m.span("year") if m["year"] is not None else m.span("year2")
    bumped = typed[:at] + said + typed[stop : year[0]] + str(new.year) + typed[year[1] :]
    return t.start, t.end, bumped


def _month_of_an_event(r: Readings, t: TimeMatch) -> bool:
    """The month names when an event is held ("kỳ thi tháng 11/2026", "the October 2026 Next
    Fest", "giải bơi ... tháng 10/2026", "at Noosa Tri, Nov 2026"): the next one is not this
    month, so no month is put in its place."""
    if _WITHIN_OPENS.match(r.folded, t.start) is not None:
        return False  # "trong tháng 10/2026", "in October 2026": the span the goal is done in
    before = r.folded[max(0, t.start - 40) : t.start].rstrip()
    return (
        before.endswith((",", " the"))
        or r.text[t.end : t.end + 2].strip()[:1].isupper()
        or words_re("month_events").search(before) is not None
    )


# "tháng 11/2026", "trong tháng 11 năm 2026", "for November 2026", "Nov 2026": a month and its year
_MONTH_YEAR = re.compile(
    r"(?:(?:in|during|for|over|trong|trong suot)\s+)?(?:thang\s+(?P<num>1[0-2]|[1-9])"
    r"(?:\s*/\s*|\s+nam\s+)(?P<year>20\d\d)|(?P<word>january|february|march|april|may|june|july"
    r"|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov"
    r"|dec)\.?\s+(?P<year2>20\d\d))"
)


def _next_month(d: date) -> tuple[int, int]:
    return (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)


_WITHIN_OPENS = re.compile(
    r"(?:in|during|for|over|trong|trong suot)\s(?!(?:early|mid|late|dau|giua|cuoi)\b)"
)
_MONTH_WORDS_RE = re.compile(
    r"\bthang (?:1[0-2]|[1-9])\b(?!\s*/)|\b(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b"
)
# "30/11", "nov 15", "15th": a day typed, so not the whole month
_DAY_TYPED = re.compile(
    r"\d{1,2}\s*/\s*\d|\bngay\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b(?!\d)"
)


def money_put_aside(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """Money put aside with no amount ("save up for dorm stuff", "để dành tiền mua xe"): an
    amount in the user's currency goes right after the saving, in place of "money" or
    "enough"; "20%" of nothing named reads as nonsense. Less and more are the other versions."""
    metric = plan.metric
    if (
        r.target is not None
        or r.frequency is not None
        or metric is None
        or not metric.suggest_money
        or r.direction in ("decrease", "maintain")
    ):
        return None
    vq = r.vague_quantity
    if vq is not None and says_more(r, vq) and not _MONEY_NEXT().match(r.folded, vq.end):
        return None  # "save more on groceries": spending less, not money put aside
    end = r.objective.start if r.objective else len(r.folded)
    verb = next(
        (m for m in lexicon().saving_re.finditer(r.folded, r.marked) if m.end() <= end), None
    )
    if verb is None:
        return None
    at = verb.end()
    if vq is not None and vq.start >= at and not r.folded[at : vq.start].strip():
        # "save a lot of money", "tiet kiem nhieu tien": the vague amount goes with "money"
        money = _MONEY_NEXT().match(r.folded, vq.end)
        if money is None:
            return None
    else:
        # "dành dụm thêm tiền để mua xe": more money put aside is an amount to set
        more = _more_money().match(r.folded, at)
        money = _MONEY_NEXT().match(r.folded, more.end() if more else at)
    after = money.end() if money else at
    if not (purpose := _PUT_ASIDE_NEXT().match(r.folded, after)):
        return None  # "save money on groceries", "tiết kiệm tiền xăng": spending less
    if money is None and not purpose[0].strip():
        return None  # "mua iphone bằng tiền tự để dành": the money used, nothing put aside
    lang = plan.lang
    base = metric.suggest_money[lang]
    unit = "$" if lang == "en" else "VND"
    now = r.now_clause
    told = read(now.text, r.today, r.language).quantities if now is not None else []
    saved = [q.value for q in told if q.kind == "absolute" and q.unit in ("$", "VND", None)]
    extra, have = base, saved[0] if saved and saved[0] >= base else 0.0
    if have:
        # "save for a new car, I have 3k so far": the amount to reach is more than what is saved
        base = nice(have + extra)
    text = r.text.rstrip(" .!;")

    def said(value: float) -> str:
        return fmt_value(value, unit, lang)

    if any(t.kind == "start" for t in r.times) and r.deadline is None and not have:
        # "Từ đầu tháng 1 bắt đầu để dành tiền mua ô tô": a saving habit taken up, a share of
        # each month's income; one sum by a date would say nothing of the price of what it buys
        return _saved_monthly(r, plan, text, at, after)
    shown = said(base)
    sentence = f"{text[:at]} {shown}{text[after:]}"
    again = read(sentence, r.today, r.language)
    if again.target is None:
        return None  # the amount does not read back as the goal's
    main, edits = with_deadline(again, ctx, plan)
    plan.assumptions = [n for n in plan.assumptions if n in plan.deadline_notes]
    target_assumed(plan, shown)
    versions = []
    if main[:at].lower() == text[:at].lower() and main[at + 1 : at + 1 + len(shown)] == shown:
        steps = (0.5, 1.5) if have else (0.75, 1.25)
        labels = ("conservative", "ambitious")
        for label, value in zip(labels, (have + extra * k for k in steps), strict=True):
            what = said(nice(value))
            version = main[: at + 1] + what + main[at + 1 + len(shown) :]
            versions.append(_labelled(plan, label, version, what))
    return main, [Edit(criterion="measurable", text=shown, assumed=True), *edits], versions


def _saved_monthly(
    r: Readings, plan: Plan, text: str, at: int, after: int
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """A saving habit taken up from a day: a share of each month's income put aside, in place
    of "money"; half and one and a half times it are the other versions."""
    lang = plan.lang

    def put(pct: float) -> str:
        share = msg(lang, "rewrite.share_of_income", pct=fmt_pct(pct, lang))
        each = f"{share} {msg(lang, 'rewrite.each_month')}"
        return strip_marks(each) if plan.plain else each

    def sentence(pct: float) -> str:
        return _finish(f"{text[:at]} {put(pct)}{text[after:]}", plan)

    main = sentence(_SHARE)
    again = read(main, r.today, r.language)
    if again.target is None or again.recurring is None:
        return None  # the share does not read back as the goal's amount
    plan.assumptions = [msg(lang, "assumptions.target", target=put(_SHARE))]
    plan.target_assumed = True
    versions = [
        _labelled(plan, label, sentence(pct), put(pct))
        for label, pct in (("conservative", _SHARE / 2), ("ambitious", _SHARE * 1.5))
    ]
    return main, [Edit(criterion="measurable", text=put(_SHARE), assumed=True)], versions


@cache
def _more_money() -> re.Pattern[str]:
    """ "tiet kiem| them| tien": more money between the saving verb and the money."""
    return re.compile(rf"\s+(?:{either(goal_words().words.more_money_words)})(?=\s)")


def _fewer_is_better(state: str) -> bool:
    """Today's figure counts things that are better fewer ("12 lỗi/tháng", "9 complaints")."""
    return words_re("fewer_is_better").search(state) is not None


@cache
def _MONEY_NEXT() -> re.Pattern[str]:  # noqa: N802 - a compiled pattern, named as one
    return re.compile(rf"\s+(?:{either(goal_words().words.money_words)})(?!\w)")


@cache
def _PUT_ASIDE_NEXT() -> re.Pattern[str]:  # noqa: N802 - a compiled pattern, named as one
    return re.compile(rf"\s*(?:$|[,:;]|(?:{either(goal_words().words.put_aside_next)})(?!\w))")


def _amount_at(
    r: Readings, ctx: Resolved, plan: Plan, m: re.Match[str], base: float, minutes: bool
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """The comparative at `m` ("quicker", "sớm hơn", "less") gains an amount in the user's own
    words, English before it and Vietnamese after, with a deadline (or, for a routine moved
    earlier, how often); an easier and a harder version say less and more."""
    lang = plan.lang
    if DIGIT.search(r.folded, m.end(), min(len(r.folded), m.end() + 4)):
        return None  # "... nhanh hơn 5 phút": the amount is said already
    text = r.text.rstrip(" .!;")
    word = text[m.start() : m.end()]

    def said(value: float) -> str:
        amount = (
            msg(lang, "rewrite.minutes", n=format_number(value, lang))
            if minutes
            else fmt_pct(value, lang)
        )
        return f"{amount} {word}" if lang == "en" else f"{word} {amount}"  # "20% quicker"

    shown = said(base)
    start = m.start()
    if lang == "en" and (how := _how_much_end().search(r.folded, 0, start)) is not None:
        start = how.start()  # "i want us way faster": the amount takes the place of "way"
    cadence = None
    if minutes and r.recurring is not None:
        cadence = ""  # "đi ngủ sớm hơn mỗi tối": how often is said already, no date to add
        sentence = text[:start] + shown + text[m.end() :]
    elif minutes and r.deadline is None:
        # "dậy sớm hơn", "go to bed earlier": a routine of every day or night, kept up rather
        # than done by a date
        nightly = words_re("nightly_routines").search(r.folded) is not None
        cadence = msg(lang, f"rewrite.cadence_{'nightly' if nightly else 'daily'}")
        shown_at = text[:start] + shown
        rest = text[m.end() :]
        cut = min((rest.find(p) for p in (",", ";", " - ") if p in rest), default=len(rest))
        if r.objective is not None:
            # "dậy sớm hơn để chuẩn bị pate": the cadence before the reason
            cut = min(cut, max(0, r.objective.start - m.end()))
        tail = rest[cut:].lstrip()
        joiner = " " if tail[:1].isalnum() else ""
        sentence = f"{shown_at}{rest[:cut].rstrip()} {cadence}{joiner}{tail}"
    else:
        sentence = text[:start] + shown + text[m.end() :]
    again = read(sentence, r.today, r.language)
    if (
        again.target is None
        and again.frequency is None
        and (cadence is None or not again.recurring)
    ):
        return None  # the amount does not read back as the goal's
    if cadence is not None:
        main = _finish(sentence, plan)
        edits = [Edit(criterion="time_bound", text=cadence, assumed=True)] if cadence else []
        plan.assumptions = [msg(lang, "assumptions.cadence", cadence=cadence)] if cadence else []
    else:
        main, edits = with_deadline(again, ctx, plan)
        plan.assumptions = [n for n in plan.assumptions if n in plan.deadline_notes]
    target_assumed(plan, shown)
    versions = []
    if (at := main.find(shown)) >= 0:  # easier and harder: the same words, another amount
        for label, value in (("conservative", base / 2), ("ambitious", base * 1.5)):
            what = said(value)
            version = main[:at] + what + main[at + len(shown) :]
            versions.append(_labelled(plan, label, version, what))
    return main, [Edit(criterion="measurable", text=shown, assumed=True), *edits], versions


@cache
def _how_much_end() -> re.Pattern[str]:
    """ "way ", "much ", "a lot ": how much, said before a comparative."""
    words = either(
        [*goal_words().words.amount_intensifiers, "much", "bit", "little", "slightly", "tad"]
    )
    return re.compile(rf"\b(?:a\s+)?(?:{words})\s+$")


_FASTER_PCT = 20.0  # how much faster a wish for speed is taken to mean, until the user says
_EARLIER_MINUTES = 30.0  # how much earlier a routine is moved, until the user says


_THIS_YEAR_NEXT = re.compile(r"(?:,?\s+(?:this year|nam nay|of this year))\b")
_CUE_OPENS = re.compile(r"(?:by|before|until|in|within|during|over|trong|truoc|den|vao)\b")


def _cue_start(folded: str, at: int) -> int:
    """Where the words that introduce a deadline at `at` begin ("plan scale len |trong FY27")."""
    cue = _CUE_BEFORE.search(folded, max(0, at - 28), at)
    return cue.start() if cue else at


_CUE_BEFORE = re.compile(
    r"\b(?:by|before|until|in|within|during|over|trong|trong vong|truoc|den|vao)\s+(?:the\s+)?"
    # "want more by end of| next month": the part of the period belongs to its cue
    r"(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$"
)


def _as_typed(amount: float, typed: str, lang: Language, tenths: bool = False) -> str:
    """An amount written the way the user wrote today's ("1600" with no grouping, "7.75" with a
    point, "1.400" grouped the Vietnamese way); `tenths` keeps a whole score's decimal ("3.0")."""
    number = format_number(amount, lang)
    if not _GROUPED.search(typed):
        number = number.replace(",", "").replace(".", "") if amount >= 1000 else number
    if (mark := _DECIMAL_PART.search(typed)) and (amount != int(amount) or tenths):
        number = f"{amount:.{len(mark[1])}f}".replace(".", mark[0][1])
    return number


def _wish_way(r: Readings, start: int, end: int) -> bool | None:
    """Which way the wish's verb in [start, end) moves today's figure (True: down), when it
    names one ("want to grow the herd", "wanna push it", "thang 1 phai hon"); a wish to better
    it says no way."""
    lex = lexicon()
    wish = r.folded[start:end]
    marked = r.marked[start:end] if r.marked else None
    for m in lex.direction_re.finditer(wish, marked):
        if _BETTER.match(wish, m.start()):
            continue  # "can cai thien" an error rate: better is lower or higher
        way = lex.directions.get(canonical(m[0]))
        if way in ("increase", "decrease"):
            return way == "decrease"
    if words_re("push_words").search(wish) or (r.language == "vi" and _BARE_MORE.search(wish)):
        return False
    if r.language == "vi" and (split := _SPLIT_MORE.search(wish)) is not None:
        return split[1] == "it"  # "muon nhieu job hon", "muon it loi hon"
    return None


# "nhieu job hon": "more ... than" around the thing counted
_SPLIT_MORE = re.compile(r"\b(nhieu|it)\s+[^\s\d,.;]+(?:\s+[^\s\d,.;]+){0,4}?\s+hon\b")
# "thang 1 phai hon", "muon hon nua": a bare "hơn" wished is more of the same
_BARE_MORE = re.compile(r"\b(?:muon|phai|can|mong)\s+hon\b")


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:], strict=False))


_THEM_THEN_WHO = re.compile(r"\bthem\s+\w+")
_VI_WHY_TAIL = re.compile(r"\s+(?:cho|de)\s+\S.*$")


def _wish_moves_it(r: Readings, wish: str, unit: str, state: str = "") -> bool:
    """The wish moves today's figure, not something else named in it ("9 analysts on 24/7
    rotation, want less burnout": burnout is not the analysts)."""
    if r.language == "vi":
        # "muon tang len", "muon mo rong quy mo": a few words; "muon mon nao cung ban chay hon"
        # wishes something of each dish
        # "..., cần cải thiện con số này": the figure pointed back at is today's
        wish = words_re("figure_pointers").sub(" ", wish)
        for t in read_times(wish, r.today):
            # "..., trước rằm tháng Giêng mình muốn nó cao hơn": when is no part of the wish
            wish = mask(wish, t.start, t.end)
        if (remark := _said_last("tail_remarks").search(wish)) is not None:
            wish = wish[: remark.start()]  # "muốn tăng lên| mà chưa biết làm sao": no wish
        if (why := _VI_WHY_TAIL.search(wish)) is not None and words_re("moves_up").search(
            wish, 0, why.start()
        ):
            wish = wish[: why.start()]  # "muốn bổ sung thêm| cho các em đọc": why, said after
        # words only: an emoji after the wish ("... nhiều sách hơn 😅") says nothing of it
        words = _WORDS_SAID.findall(_INTENT_OPEN.sub("", wish.strip(" ,.;")))
        said_last = wish.strip(" ,.;").rsplit(",", 1)[-1].strip()
        if (
            len(words) <= 4
            # "..., buồn ghê, muốn khách đông hơn": a remark, then the wish in its own clause
            or (
                _INTENT_OPEN.match(said_last) is not None
                and len(_WORDS_SAID.findall(_INTENT_OPEN.sub("", said_last))) <= 4
            )
        ) or (
            len(_WORDS_SAID.findall(said_last)) <= 3
            and words_re("vi_modals").search(said_last) is not None
            and (_BETTER.search(said_last) or words_re("moves_up").search(said_last))
        ):
            # "..., thấp quá, phải cải thiện": a remark, then the few words of the wish
            return True
        if words_re("moves_up").search(wish) and set(_WORDS_SAID.findall(fold(unit))) & set(words):
            # "42 hộ thành viên, muốn kết nạp thêm các hộ trẻ": more of what today's figure
            # counts, named again
            return True
        # "Hiện trạm đang quản lý 287 bệnh nhân. Năm 2027 phấn đấu tăng số người được phát hiện
        # và quản lý": a longer wish that says again what today's figure counts moves it
        return bool(_pairs(words) & _pairs(_WORDS_SAID.findall(state))) and bool(
            words_re("moves_up").search(wish) or words_re("moves_down").search(wish)
        )
    m = _more_of().search(wish)
    if m is not None and m[1] not in fold(unit).split():
        return False
    # "12 kilos of potatoes; next year I would like to build some raised beds": a thing to do
    # of its own, named in the wish, is another goal than moving today's figure
    # "I want to get that way, way down": how much is said, no thing of its own
    wish = _intensifiers().sub(" ", wish)
    said = read(wish.strip(" ,.;"), r.today, r.language)
    o = said.obj
    if o.start is not None and o.end is not None and _IT_BEFORE.search(said.folded, 0, o.start):
        named = said.folded[o.start : o.end]
        if words_re("moves_up").fullmatch(named) or words_re("moves_down").fullmatch(named):
            return True  # "want to get that higher": which way today's figure goes, no thing
    if (
        o.concrete
        and o.head_measure  # "the time it takes ...": a measure of its own
        and not o.milestone
        and o.start is not None
        and said.direction is not None
        and unit.strip()
        and not set(said.folded[o.start : o.end].split()) & set(fold(unit).split())
    ):
        # "... handling 1,200 employees. Want to cut the time it takes to process leave forms":
        # the wish moves a thing of its own, not today's figure
        return False
    return not (o.milestone and o.concrete and said.metric is None)


@cache
def _intensifiers() -> re.Pattern[str]:
    """ "way, way", "a lot": how much, said before a move, with the comma between them."""
    words = either([*goal_words().words.amount_intensifiers, "much"])
    return re.compile(rf"\b(?:a\s+)?(?:{words})\b,?")


_WORDS_SAID = re.compile(r"\w+")
_INTENT_OPEN = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:muon|can|phai|mong|hy vong|rang|co gang)\s+")


@cache
def _more_of() -> re.Pattern[str]:
    """ "more X": the thing more of is wished; not a word that goes on the sentence, nor a
    particle or an interjection said last ("want more leh", "want more abeg", "lah mate")."""
    words = goal_words().words
    said_last = either([*words.end_particles, *words.interjections, *words.tag_questions])
    return re.compile(
        r"\b(?:more|less|fewer)\s+(?!(?:than|of|by|before|this|next|over|in|to|without|with|while"
        r"|but|and|so|for|at|on|if|asap|now|soon|tho|though|w|through|thru|b4|tbh|yet|sia|ah|ya|out"
        rf"|{said_last})\b)([a-z]+)"
    )


# "300 kg/tuan", "300 kg moi tuan": an amount sold a week, no body weight
_BODY = re.compile(
    # "78 ky", "78 kí": kilos, typed as said
    r"\d\s?(?:kg|kgs|lbs?|can|ky|ki|kilos?)\b(?!\s*/|\s+(?:moi|mot|a|per|each|every)\b)"
    r"|\bcan nang\b|\bnang\s+\d"
)


def _body_said(r: Readings, start: int) -> bool:
    """A body's weight in the state said from `start` ("gio nang 78kg", "đang 60 cân"); "15 căn
    ký gửi" (typed with its marks, or with a dwelling after it) counts homes, not kilos."""
    end = r.state_clause.end if r.state_clause else len(r.folded)
    for m in _BODY.finditer(r.folded, start, end):
        unit = m[0].rstrip()[-3:]
        if unit == "can" and (
            (r.marked is not None and "cân" not in r.marked[m.start() : m.end()].lower())
            or words_re("dwellings").match(r.folded, m.end() + 1) is not None
        ):
            continue
        return True
    return False


_GROUPED = re.compile(r"\d[.,]\d{3}\b")
_DO_BETTER = re.compile(r"\bdo (?:(?:a lot|a bit|much|way|even) )?better\b")  # than the figure
_BETTER = re.compile(r"\b(?:better|improve|cai thien|nang cao|tot hon)\b")


def _typed_value(typed: str) -> float:
    """ "2.3" (of "2.3m"), "1.200", "6,2", "2,400": the number as typed, before any scale word."""
    if _GROUPED.search(typed) and not _DECIMAL_PART.search(typed):
        return float(typed.replace(",", "").replace(".", ""))
    return float(typed.replace(",", "."))


_TO_AFTER = re.compile(r"\b(?:up|down)$")
_MOVED_MORE_END = re.compile(r"\b(?:len|xuong) them$")  # "muon day len them|: 6%"
# a comparative closing the wish ("need it higher", "want that lower"): the level follows a colon
_MORE_SAID_END = re.compile(r"\b(?:higher|lower|better|bigger|smaller|faster|quicker)\s*$", re.I)
_IT_END = re.compile(rf"\s(?:{'|'.join(_IT)})$")


def _moved_it(before: str) -> bool:
    """The wish ends in a move said of what was named ("increase it", "improve that", "want it
    to improve"): the amount it moves to follows with "to"."""
    it = _IT_END.search(before)
    # "I want it to improve| to 3.8": the move said last, as what "it" is to do
    end = it.start() if it is not None else len(before)
    return any(
        d.end() == end and (it is not None or before.endswith(f" to {d[0]}"))
        for d in lexicon().direction_re.finditer(before, None)
    )


_NOW_WORD = re.compile(
    r"\s+(?:rn|right now|now|atm|at the moment|currently|these days|lately|hien tai|hien gio)\b"
)


_SCALE_NEXT = re.compile(
    r"\s*(?:ty|ti|trieu|tr|cu|nghin|ngan|k|m|mil|million|billion|bn)\b(?!\s*\d)"
)


def _step_from(
    value: float,
    share: bool,
    decimals: int,
    down: bool,
    stars: bool,
    scale: float = 1.0,
    scored: bool = True,
    top: float = 5.0,
    change: float = 0.2,
    points: float | None = None,
    scaled: bool = False,
) -> float | None:
    """A step from today's figure a coach would propose: a fifth more or less, a share at most
    halfway to all of it, a rating in tenths up to 5 stars, a score out of 10 in halves;
    `scale` makes the step smaller or larger (the easier and the harder version), and
    `scored` says a bare decimal is a score, not an amount in a unit; `top` is the top of a
    rating's scale (5 stars, a 4.0 GPA); `change` is the share an amount moves (a fifth);
    `points` is the step of a score that can fall below zero (NPS: 10 points); `scaled`: a
    word of scale follows the figure ("2 tỷ"), so a step can be a tenth of it."""
    if points is not None:
        moved = float(round(value - points * scale if down else value + points * scale))
        return moved if moved != value else None
    if value <= 0:
        return None
    if stars and value <= top:
        step = 0.2 * scale
        amount = round(value - step if down else min(value + step, top), 1)
    elif scored and decimals and value <= 10 and not share:
        step = 0.5 * scale
        amount = round(value - step if down else min(value + step, 10.0), decimals)
    elif share:
        step = value * 0.2 * scale
        # at most halfway to all of it, the harder version further ("71%" -> 85% / 90%)
        room = (100 - value) / 2 * math.sqrt(scale) if value < 100 else step / 2
        raw = value - step if down else min(value + step, value + room)
        amount = round(raw)
        if amount >= value if down else amount <= value:
            # "nợ xấu đang 2,8%": a whole point would round the easier cut back past today's
            # ("xuống 3%"); the step is said in tenths
            amount = round(raw, 1)
    else:
        raw = value * (1 - change * scale if down else 1 + change * scale)
        digits = max(int(math.floor(math.log10(raw))) - 1, 0)
        amount = round(raw / 10**digits) * 10**digits
        if decimals and raw < 10:
            amount = round(raw, decimals)  # "1.2 tan moi ngay": in the tenths it was said in
        elif amount == value and raw < 10 and scaled:
            amount = round(raw, 1)  # "được 2 tỷ, năm sau muốn tăng": 2,4 tỷ, not 2 again
    return amount if amount != value and amount > 0 else None


_NUMBER_TYPED = re.compile(r"\d+(?:[.,]\d+)*")
_SHORT_MONEY = re.compile(r"(\d+)(tr|ty|ti|k)(\d{1,2})\b")  # "1tr8", "2ty5", "3k5"
# a currency's sign, with the letters of its country typed against it ("GH₵", "US$", "A$")
_SIGN_TYPED_END = re.compile(rf"[A-Za-z]{{0,3}}[{currency_signs()}]\s?$")


def _sign_typed(q: Quantity, at: int) -> str:
    """The currency typed before the figure at `at` in `q`, as typed ("GH₵400" -> "GH₵", "US$70"
    -> "US$"), for the amount put in its place; "" when none is."""
    sign = _SIGN_TYPED_END.search(q.span.text, 0, at)
    return sign[0] if sign is not None else ""


CURRENCY_SIGN = re.compile(rf"[{currency_signs()}]")  # a currency's sign, anywhere
_STARS = re.compile(r"\b(?:stars?|sao|rating)\b")


def _decimals_typed(typed: str) -> int:
    """ "4.5", "6,2": one decimal; "1.200", "2,400": a thousands mark, none."""
    m = _DECIMAL_PART.search(typed)
    return len(m[1]) if m else 0


_DECIMAL_PART = re.compile(r"\d[.,](\d{1,2})$")


_PLACE_WORD = re.compile(r"\s(?:at|in|on|across|through|via|tai|o|qua)\s")
_FOR_WHOM = re.compile(r"\s(?:for|cho)\s")
_PER_ONE_SAID = re.compile(r"\b1 (?:ngay|tuan|thang|ca|buoi|me)\b")
_PER_ONE_UNIT = re.compile(r"(?:^|\s)1\s+(?=[^\W\d]+$)")  # "| 1 ngay", "khach tay| 1 thang"
_PER_N = re.compile(r"\bper\s+\d[\d,.]*")  # "per 1000 catheter days"


_LEADS_INTO_TIME = re.compile(
    r"(?:\s+(?:all|of|in|for|during|throughout|over|the|this|last|since|from|trong|tu|vao))+\s*$",
    re.IGNORECASE,
)


_SHARE_OF = re.compile(r"\s*of\s")


_WHICH_ONE = re.compile(r"\s+(?:last|previous|this|next)\s+[a-z]+")


def _unit_words(r: Readings, q: Quantity, end: int) -> str:
    """The words that say what today's number counts, as typed after it ("/mo", " day passes a
    week", " bat/ngay"), up to "rn" or the clause's end; none past five words."""
    tail = r.text[q.span.end : end]
    cut = _NOW_WORD.search(fold(tail))
    tail = tail[: cut.start()] if cut else tail
    if when := [t for t in read_times(fold(tail), r.today) if t.kind != "recurring"]:
        tail = tail[: when[0].start]  # "40 corporate accounts| this year": when, not what
        # "5 hrs of sleep| all of october": the words that led into the time go with it
        tail = _LEADS_INTO_TIME.sub("", tail)
    if (which := _WHICH_ONE.search(fold(tail))) is not None:
        # "200 tickets| last show": which one, no part of what; "credits| for this cycle"
        tail = _LEADS_INTO_TIME.sub("", tail[: which.start()])
    words = tail.rstrip(" ,.;").split(" ")
    particles = word_set("closing_particles")
    while len(words) > 1 and canonical(words[-1]) in particles:
        words.pop()  # "300 kg/tuan thoi": "thoi" (only) says nothing of what is counted
    if len(words) > 5 and (cut := _PLACE_WORD.search(" ".join(words))) is not None:
        # "180 covers a night weekends| at the downtown spot": where, not what is counted
        words = " ".join(words)[: cut.start()].split(" ")
    if (whom := _FOR_WHOM.search(" ".join(words))) is not None:
        # "300kg/tuan| cho may quan an": whom it goes to is said once, in today's figure
        words = " ".join(words)[: whom.start()].split(" ")
    # "40| volunteer visit hours a week": five English words, no figure among them (the
    # space before them no word); four Vietnamese ones ("..., mà hàng tồn nhiều quá" is a remark)
    said = " ".join(words).rstrip(" ,.;")
    n = len([w for w in words if w])
    if not (n <= 4 or (n == 5 and r.language == "en" and not DIGIT.search(said))):
        said = ""
    if q.unit == "%" and _SHARE_OF.match(fold(said)) and len(said.split()) > 3:
        return ""  # "40% of my sophomores turn in their homework": the share alone is stepped
    return said


def _wish_end(text: str) -> int | None:
    """Where the wish's own words end: before an emoji or a remark typed after it."""
    end = len(text)
    while end > 0 and (text[end - 1] in " .!,;" or _EMOJI.match(text[end - 1])):
        end -= 1
    return end if end > 0 else None


def _quits(r: Readings) -> bool:
    """A habit quit ("quit dip", "bo thuoc la hoan toan"): none at all, from a date on."""
    q = r.target
    return (
        q is not None
        and q.value == 0
        and goal_words().quit_fully_re.search(r.folded, max(0, q.span.start - 48)) is not None
    )


def with_deadline(r: Readings, ctx: Resolved, plan: Plan) -> tuple[str, list[Edit]]:
    """The user's sentence with a deadline put in when it has none (a deliverable's rewrite)."""
    if _due_ahead(r, ctx):
        return as_written(r, plan), []
    text = r.text.rstrip(" .!;")
    one = r.obj.start is not None and (
        _ONE_THING_END.search(r.folded, 0, r.obj.start)
        # "Starting in January I want to host a thank-you lunch": one thing, held once
        or (r.language == "en" and _A_THING_END.search(r.folded, 0, r.obj.start))
    )
    if _starts_only(r) and plan.deadline_assumed and not _invalid_date(r) and not one:
        # what starts on a day and recurs runs from then: a check that recurs, not a second
        # date; a thing delivered once ("take the course, starting in January") gets its date
        phrase = msg(plan.lang, "rewrite.checked")
        at = _insertion_end(r, text)
        rest = text[at:]
        joint = "," if rest.strip() and rest.lstrip()[:1].isalnum() else ""  # ", so I can ..."
        out = f"{text[:at]}, {phrase}{joint}{rest}"
        shown = strip_marks(phrase) if plan.plain else phrase
        return _finish(out, plan), [Edit(criterion="time_bound", text=shown, assumed=True)]
    (start, end, repl), phrase = _deadline_edit(
        r, plan, _insertion_end(r, text), ongoing=False, sep=" "
    )
    out = text[:start] + repl + text[end:]
    shown = strip_marks(phrase) if plan.plain else phrase
    return _finish(out, plan), [
        Edit(criterion="time_bound", text=shown, assumed=plan.deadline_assumed)
    ]


# "Take the beginners' course", "finish my thesis": the one thing named, not a count to add
# "the ...", and "the 10-lesson ...": one thing of the user's, no count to put before it
_A_THING_END = re.compile(r"\b(?:a|an|one)\s+$")
# "the league's books": whose, said with "'s", names one set too
_ONE_THING_END = re.compile(
    r"(?:\b(?:the|my|our|this|that|his|her|their)|[a-z]'s)\s+(?:\d+-[a-z]+\s+)?$"
)


def _uncounted_after(r: Readings, at: int) -> bool:
    """The noun right after `at` is one no count goes before ("respect", "support"): a
    singular the dictionary knows, not a word for people ("staff", "people")."""
    m = _NEXT_WORD.match(r.folded, at)
    if m is None or m[1].endswith("s") or m[1] in word_set("people_words"):
        return False
    return m[1] in parts_of_speech(m[1]).get("NOUN", ())


_NEXT_WORD = re.compile(
    r"\s+(?:more\s+)?(?:of\s+)?(?:(?:the|our|my|your|their|his|her|its|these|those)\s+)?([a-z]+)\b"
)


def counts_deed(r: Readings, plan: Plan) -> bool:
    """A deed on a thing the catalog counts, with no number yet ("Hire engineers"): the count
    the plan suggests goes right before the thing."""
    o = r.obj
    return (
        r.target is None
        and r.frequency is None
        and not (o.start is not None and _ONE_THING_END.search(r.folded, 0, o.start))
        and plan.target_assumed
        and plan.target is not None
        and o.start is not None
        and o.verb is not None  # "bat dau ... di gym": no verb read, no thing to put a count before
        and (o.milestone or o.action)
        and r.metric_span is not None
        and not r.platform_span
        and o.start <= r.metric_span.start < (o.end or 0)
        and not r.objective
        and not _named_after(r)
        and not _named_before(r)
        and not _one_finished(r)
    )


def _named_before(r: Readings) -> bool:
    """ "finish Wilderness First Aid course": a name typed in capitals right before the counted
    word says which one thing it is (no "2 Wilderness First Aid course")."""
    span, start = r.metric_span, r.obj.start
    if r.language != "en" or span is None or start is None:
        return False
    name = r.text[start : span.start].split()
    return bool(name) and name[-1][:1].isupper() and name[-1][1:2].islower()


def _one_finished(r: Readings) -> bool:
    """ "hoàn thành khóa học kế toán": a Vietnamese deed of finishing, with no article to say
    so, finishes the one thing named (no "2 khóa học" to add)."""
    return (
        r.language == "vi"
        and r.metric_span is not None
        and canonical(r.obj.verb or "") in word_set("finish_verbs")
    )


def _named_after(r: Readings) -> bool:
    """ "Launch tính năng split bill": after the counted word, a name in another language, typed
    among words with marks, says which one thing it is (no "3 tính năng" to add)."""
    span, end = r.metric_span, r.obj.end
    if r.language != "vi" or span is None or end is None or not has_vietnamese_marks(r.text):
        return False
    name = r.text[span.end : end].split()
    return bool(name) and all(w.isascii() and w.isalpha() for w in name)


@cache
def _counted_before() -> re.Pattern[str]:
    """A count said in words ("a few", "several") right before where a number goes."""
    return re.compile(rf"(?<!\w)(?:{either(goal_words().words.counted_more)})\s+$")


@cache
def _counted_after() -> re.Pattern[str]:
    """A count said in words right where a number goes, its words after it."""
    return re.compile(rf"(?:{either(goal_words().words.counted_more)})\s+")


def _before_modifiers(r: Readings, start: int, vq: Span | None) -> int:
    """Where a count goes before the thing counted: before the words that say which kind
    ("make 60 phone calls", not "make phone 60 calls"); never before "the", "my"."""
    verb = r.obj.verb
    at = r.folded.rfind(verb, 0, start) if verb else -1
    if at < 0:
        return start
    lead = at + len(verb or "")
    if vq is not None and lead <= vq.start and vq.end <= start:
        lead = vq.end
    between = r.folded[lead:start]
    words = between.split()
    # words that say whose or which one: a count never goes after them
    stop = word_set("determiners") | word_set("whose_determiners") | word_set("whose_words")
    if not words or len(words) > 2 or any(w in stop for w in words):
        return start
    if any(w.endswith("ing") for w in words):
        return start  # "start doing fleet contracts": the count goes with the contracts
    return lead + len(between) - len(between.lstrip())


def augment(
    r: Readings, ctx: Resolved, plan: Plan, check_after: bool = False
) -> tuple[str, list[Edit]]:
    """The user's own sentence with the missing parts put in where they belong, and those parts.

    `check_after`: say how the goal will be checked after the user's words even when the goal has its
    own number (the fallback when that number's thing cannot be read as specific).
    """
    lang = plan.lang
    text = r.text.rstrip(" .!;")
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), applied right to left
    added: list[Edit] = []  # what each insertion settles, for the user to accept or drop

    def note(criterion: CriterionName, repl: str, assumed: bool) -> None:
        if repl.strip():
            added.append(Edit(criterion=criterion, text=repl.strip(" ,()"), assumed=assumed))

    end = _insertion_end(r, text)

    def measure_follows(metric: Metric) -> tuple[str, list[Edit]]:
        """The user's words kept whole, then the measure after them ("make the app faster:
        ..."), where putting it inside would split their phrase."""
        head = _strip_vague_time(r, text[: _feeling_end(text, end)]).rstrip(" ,:;")
        tail = _by_event(r, ctx, plan, text, end) or compose(
            plan, objective=objective_phrase(r, ctx, lang), dated=not _due_ahead(r, ctx)
        )
        note("specific", metric.name(lang), not plan.metric_answered)
        note("measurable", tail, True)
        return _remark_kept(_then(head, tail, plan), r, text, end, plan), added

    needs_number = r.target is None and r.frequency is None
    vq = r.vague_quantity
    more = bool(vq and says_more(r, vq) and lang == "en")
    o = r.obj
    # "get better at discovery calls": the calls are what the skill is in, not a count to add
    counted_deed = (
        counts_deed(r, plan)
        and not (r.obj.start is not None and _BETTER_AT_END.search(r.folded, 0, r.obj.start))
        # "get our program some more respect": one thing, not a count of them
        and not (lang == "en" and vq is not None and _uncounted_after(r, vq.end))
    )
    if counted_deed and plan.direction == "reach" and o.start is not None:
        # "Hire engineers" -> "Hire 3 engineers by ...": the number goes before what is counted
        number = _num(plan, plan.target)
        head = _strip_vague_time(r, text[:end])
        at = _before_modifiers(r, o.start, vq) if lang == "en" else o.start
        resume = at  # where the user's words go on after the number
        if vq is not None and vq.end <= at <= vq.end + 1:
            if canonical(vq.text) in lexicon().vague_counts:
                # "hire some engineers" -> "hire 3 engineers": the number takes their place
                at = vq.start
            elif says_more(r, vq):
                at = vq.start  # "Close more deals" -> "Close 10 more deals", not "more 10 deals"
                # "học thêm nhiều từ vựng" -> "học thêm 300 từ vựng": the number takes "nhiều"'s
                # place; "a lot more deals" -> "10 more deals": it takes "a lot"'s
                more_at = r.folded.rfind("more", vq.start, vq.end)
                resume = o.start if lang == "vi" else max(at, more_at)
        if (said := _counted_before().search(r.folded, 0, at)) is not None:
            at = said.start()  # "hire a few more engineers" -> "hire 3 more engineers"
        elif (
            lang == "vi"
            and (loose := _loose_count_end().search(r.folded, 0, at)) is not None
            and (
                r.marked is None
                and loose[0].strip() != "may"  # "may" typed bare is as often "máy" (a machine)
                or (said := marked_loose_count(r, r.folded)) is not None
                and said.start() == loose.start()
            )
        ):
            # "doc vai cuon sach" -> "doc 2 cuon sach": "vài" right before the thing counted,
            # whose place the number takes
            at = loose.start()
        elif (said := _counted_after().match(r.folded, resume)) is not None:
            resume = said.end()  # "hire several engineers" -> "hire 3 engineers"
        if (
            lang == "vi"
            and vq is not None
            and at == vq.start
            and o.end is not None
            and (than := _THAN.match(r.folded, o.end)) is not None
        ):
            # "đọc nhiều sách hơn" -> "đọc thêm 6 cuốn sách": "nhiều ... hơn" is "thêm"
            text = text[: o.end] + text[than.end() :]
            head = head[: o.end] + head[than.end() :]
            more_word = msg(lang, "rewrite.more_count")
            number = f"{strip_marks(more_word) if plan.plain else more_word} {number}"
        note("measurable", number, True)
        if r.deadline is None and r.event_deadline is not None:
            # "hoan thanh khoa hoc truoc khi di du hoc": the user's event stays the deadline
            _drop_deadline_notes(plan)
            return _finish(f"{text[:at]}{number} {text[resume:]}", plan), added
        if _due_ahead(r, ctx):
            # "Launch new features before Tết": the user's own date stays the only one
            _drop_deadline_notes(plan)
            return _finish(f"{text[:at]}{number} {text[resume:]}", plan), added
        t = r.deadline
        if t is not None and plan.past_deadline and resume <= t.start and t.end <= len(head):
            # "Ký hợp đồng ..., deadline 20/10/2026": the passed date gives way to the new one,
            # never a second deadline after it
            (begin, stop, new_date), phrase = _deadline_edit(r, plan, len(head), False, " ")
            out = f"{head[:at]}{number} {head[resume:begin]}{new_date}{head[stop:]}"
            note("time_bound", phrase, plan.deadline_assumed)
            return _finish(out, plan), added
        out = f"{head[:at]}{number} {head[resume:]} {_deadline_phrase(plan, recurring=False)}"
        note("time_bound", _deadline_phrase(plan, recurring=False), plan.deadline_assumed)
        return _finish(out, plan), added
    if (plan.direction == "milestones" and (needs_number or check_after)) or (
        needs_number and plan.target_assumed and plan.direction == "reach" and not more
    ):
        # nothing countable in the goal's own words: keep them, then say how it will be checked
        head = _strip_vague_time(r, text[: _feeling_end(text, end)])
        # "Be healthier this year: complete 12 workouts": the user's own deadline stays the
        # only one, never said again as a date after it
        plan.undated = _due_ahead(r, ctx)
        tail = _by_event(r, ctx, plan, text, end) or compose(
            plan, objective=objective_phrase(r, ctx, lang), dated=not plan.undated
        )
        note("measurable", tail, True)
        return _remark_kept(_then(head, tail, plan), r, text, end, plan), added

    # Specific: what to count, and where
    obj_end: int | None = None
    if span := r.metric_span or r.counted:
        obj_end = span.end
        if (
            r.obj.start is not None
            and r.obj.start <= span.start < (r.obj.end or 0)
            and (not r.platform_span or r.platform_span.start >= (r.obj.end or 0))
        ):
            obj_end = max(span.end, r.obj.end or 0)  # "the IELTS exam": after the whole thing
        if (
            plan.platform
            and plan.metric is not None
            and plan.metric.channel
            and (not r.platform or r.platform_generic)
        ):
            gen = r.platform_span if r.platform_generic and not _channel_kept(r) else None
            if gen is not None and (
                0 <= gen.start - obj_end <= 12 or 0 <= span.start - gen.end <= 12
            ):
                # "our social followers", "tuong tac mang xa hoi": the general word next to the
                # measure names the platform; one far off ("the social team") is someone else's
                edits.append((gen.start, gen.end, plan.platform))
                if gen.start >= obj_end:
                    obj_end = gen.end  # "tuong tac Facebook| them 20%": the amount after both
            else:
                edits.append(
                    (
                        obj_end,
                        obj_end,
                        " " + msg(lang, "rewrite.on_platform", platform=plan.platform),
                    )
                )
            note("specific", edits[-1][2], plan.platform_assumed)
        elif (
            r.platform_span
            and 0 <= r.platform_span.start - obj_end <= 12
            # "followers on TikTok"; not "coverage cho dự án app ngân hàng", a project named
            # with the platform's word inside it
            and not _named_with_platform(r, r.platform_span.end)
        ):
            obj_end = r.platform_span.end  # "followers on TikTok": keep them together
            if (thing := words_re("platform_things").match(r.folded, obj_end + 1)) is not None:
                obj_end = thing.end()  # "so much on etsy ads": the ads are named by the site
    elif (
        (r.vague_object or r.platform_span)
        and (ctx.metric_text or ctx.platform or specific(r, ctx, lang).status != "met")
        # "my team of 7 ... I want their morale at an 8/10": nothing to name after "team"
        and (plan.metric is not None or plan.object_text)
        # "stream devlog stuff on twitch every tues + thurs": a deed kept at a cadence on the
        # platform is the habit itself; no measure of the platform's is spliced in
        and not (r.vague_object is None and r.obj.action and r.recurring is not None)
    ):
        # a vague word next to a named thing ("support ticket") needs no measure named for it
        anchor = r.vague_object or r.platform_span
        assert anchor is not None
        lowered = plan.direction == "decrease" and r.direction != "decrease"
        if (
            needs_number
            and plan.metric is not None
            and (
                lowered
                or _words_after(r, _whose_end(r, anchor.end, end), end)
                # "make the game go viral on tiktok": the platform is no vague word to
                # bracket; the measure follows the user's words ("grow our instagram": the
                # platform grown, last, takes what grows on it right after it)
                or (r.vague_object is None and not _channel_grown(r, plan, anchor, end))
                # "get more sleep": a level in its own unit follows ("reach 7 hours of sleep")
                or (more and plan.pct is None and plan.metric.unit not in (None, "count"))
            )
        ):
            # "lam noi dung chat luong hon", "make the app faster": the measure would split the
            # user's phrase; their words stay whole and the measure follows them (also when
            # "better" means less of it: "cai thien dich vu khach hang": giam thoi gian phan hoi)
            return measure_follows(plan.metric)
        name = plan.metric.name(lang) if plan.metric else plan.name()
        name = name.replace(" (", ", ").replace(")", "")  # in brackets itself: no nested ones
        where = plan.where() if plan.metric is not None and plan.metric.channel else ""
        at = anchor.end
        if (
            lang == "en"
            and r.vague_object is None
            and plan.metric is not None
            and plan.metric.channel
            and not r.platform_generic
            and not _ON_END.search(r.folded, max(0, at - len(anchor.text) - 6), anchor.start)
        ):
            # "Grow my Instagram by 20%" -> "Grow my Instagram followers by 20%": the platform
            # named is where; what grows there follows it, with no bracket saying it again
            edits.append((at, at, " " + name))
        else:
            edits.append((at, at, msg(lang, "rewrite.measured_as", metric=name + where)))
        obj_end = _whose_end(r, at, end)  # the amount follows whose it is ("... of our staff")
        note("specific", edits[-1][2], not plan.metric_answered or plan.platform_assumed)

    if needs_number and (part := r.vague_portion) is not None:
        # "knock out a big chunk of the $2k": a share of the whole in place of the vague part
        most = words_re("most_portions").match(fold(part.text)) is not None
        share = msg(lang, "rewrite.most_of" if most else "rewrite.half_of")
        share = strip_marks(share) if plan.plain else share
        edits.append((part.start, part.end, share))
        note("measurable", share, True)
        needs_number = False

    # Measurable: a number to reach
    if (
        needs_number
        and more
        and vq
        and lang == "en"
        and plan.pct is None
        and plan.baseline is None
        and (plan.metric is None or plan.metric.unit in (None, "count"))
        and not ((thing := _more_of().search(r.folded, vq.start)) and thing.start() < vq.end)
    ):
        # "get back to the gym and sleep more": a count needs its thing after "more" ("read 6
        # more books"); "sleep 36 more" counts nothing, and the question asks what to count
        needs_number = False
    if needs_number:
        if (
            more
            and vq
            and plan.baseline is None
            and not plan.points
            and (
                plan.pct is not None
                # "read 6 more books"; a level in its own unit is reached, not added:
                # "get more sleep" is no "7 more sleep"
                or (
                    plan.target is not None
                    and (plan.metric is None or plan.metric.unit in (None, "count"))
                )
            )
        ):
            value = fmt_pct(plan.pct, lang) if plan.pct is not None else _num(plan, plan.target)
            edits.append((vq.start, vq.end, msg(lang, "rewrite.more", value=value)))
            note("measurable", edits[-1][2], plan.target_assumed)
        elif (
            (ds := r.direction_span) is not None
            and lang == "en"
            and fold(ds.text) in lexicon().fewer_words
            and plan.pct is not None
            and not plan.points
            and plan.baseline is None
            and r.obj.start is not None
            and ds.end <= r.obj.start <= ds.end + 1
        ):
            # "fewer complaints from residents" -> "20% fewer complaints from residents"
            edits.append((ds.start, ds.start, fmt_pct(plan.pct, lang) + " "))
            note("measurable", fmt_pct(plan.pct, lang), plan.target_assumed)
        elif (
            lang == "en"
            and plan.pct is not None
            and not plan.points
            and plan.baseline is None
            and r.metric is not None
            and r.metric.key == "weight"
            and r.metric_span is not None
            and (
                _LOSE_OR_GAIN_END.search(r.folded, 0, r.metric_span.start) is not None
                or fold(r.metric_span.text) in ("lose weight", "gain weight")
            )
            and fold(r.metric_span.text) in ("weight", "body weight", "lose weight", "gain weight")
        ):
            # "lose weight" -> "lose 5% of my weight", never "lose weight by 5%"
            at = r.metric_span.start
            if r.folded.startswith(("lose ", "gain "), at):
                at += 5
            edits.append((at, at, fmt_pct(plan.pct, lang) + " of my "))
            note("measurable", fmt_pct(plan.pct, lang), plan.target_assumed)
        elif (
            lang == "en"
            and vq is None
            and plan.pct is not None
            and not plan.points
            and plan.baseline is None
            and r.objective is not None
            and r.metric_span is not None
            and r.metric_span.start >= r.objective.start
            and (
                lead := _MORE_BEFORE_MEASURE.search(
                    r.folded, r.objective.start, r.metric_span.start
                )
            )
        ):
            # "Run Facebook ads to get more leads" -> "... to get 20% more leads": the measure
            # is in what the deed is for; the amount goes with it, never onto the deed
            edits.append((lead.start(), lead.start(), fmt_pct(plan.pct, lang) + " "))
            note("measurable", fmt_pct(plan.pct, lang), plan.target_assumed)
        elif (
            (ds := r.direction_span) is not None
            and lang == "vi"
            and fold(ds.text).endswith("them")
            and plan.pct is not None
            and not plan.points
            and plan.baseline is None
            and r.obj.start is not None
            and ds.end <= r.obj.start <= ds.end + 1
        ):
            # "muốn có thêm thời gian cho bản thân" -> "muốn có thêm 20% thời gian cho bản
            # thân": the amount goes with the user's own "thêm", not a second one at the end
            edits.append((ds.end, ds.end, " " + fmt_pct(plan.pct, lang)))
            note("measurable", fmt_pct(plan.pct, lang), plan.target_assumed)
        elif (
            vq is not None
            and lang == "vi"
            and plan.pct is not None
            and not plan.points
            and plan.baseline is None
            and fold(vq.text) == "nhieu"
            and says_more(r, vq)
            and ((than := _THAN_LATER.match(r.folded, vq.end)) is None or than.end() <= end)
        ):
            # "muốn có nhiều đơn hàng hơn từ Shopee" -> "muốn có thêm 20% đơn hàng từ Shopee":
            # the amount takes the place of "nhiều", and its "hơn" goes with it
            change = msg(lang, "rewrite.change_up", pct=fmt_pct(plan.pct, lang))
            start = vq.start
            if r.folded[max(0, start - 5) : start] == "them ":
                start -= 5  # "co them nhieu lead hon": one "thêm", the amount's
            edits.append((start, vq.end, change))
            if than is not None:
                # "... hơn năm ngoái": the change is measured against that period ("so với")
                against = any(t.kind == "past" and 0 <= t.start - than.end(1) <= 1 for t in r.times)
                edits.append(
                    (than.start(1), than.end(1), " " + msg(lang, "rewrite.than") if against else "")
                )
            note("measurable", change, plan.target_assumed)
        elif (
            vq is not None
            and lang == "en"
            and plan.pct is not None
            and not plan.points
            and plan.baseline is None
            and says_more(r, vq)
            and r.obj.start is not None
            # the thing follows ("a lot more customers", "more of the Class 4 shingles"), or
            # the reading took "way" for it
            and (
                vq.end <= r.obj.start <= vq.end + 1
                or r.obj.start == vq.start
                or _OF_OWN.fullmatch(r.folded, vq.end, r.obj.start) is not None
            )
            and text[vq.end : vq.end + 2].strip()[:1].isalpha()
        ):
            # "we need a lot more customers" -> "we need 20% more customers", not "customers
            # by 20%"
            edits.append((vq.start, vq.end, fmt_pct(plan.pct, lang) + " more"))
            note("measurable", fmt_pct(plan.pct, lang), plan.target_assumed)
        else:
            if vq and fold(vq.text) not in lexicon().kept_vague:  # data/lexicon.yaml
                # "... nhieu hon nam ngoai": the change is measured against that period
                against = any(t.kind == "past" and 0 <= t.start - vq.end <= 1 for t in r.times)
                start = vq.start
                if not against and (by := _BY_END.search(r.folded, 0, vq.start)) is not None:
                    start = by.start()  # "reduce tier 2 escalations by alot": "by" goes too
                # "lose a bit of weight": "of" goes with "a bit", never left before the thing
                cut = of.end() if (of := _OF_NEXT.match(r.folded, vq.end)) else vq.end
                edits.append((start, cut, msg(lang, "rewrite.than") if against else ""))
            if obj_end is None and plan.object_text is not None and r.obj.end is not None:
                obj_end = r.obj.end  # "Cut sugar. Seriously this time": the change follows "sugar"
                if lang == "vi":
                    # "giam sai sot hoa don dau vao": a Vietnamese name runs on past small words;
                    # the change closes the phrase, before a date or a start ("bat dau tu ...")
                    later = [t.start for t in r.times if obj_end <= t.start < end]
                    # "giảm chi phí điện| sớm nhất có thể": before "asap", which the date takes
                    later += _vague_start_within(r, obj_end, end)
                    if (mark := _CLAUSE_MARK.search(r.folded, obj_end, end)) is not None:
                        # "bot cam dien thoai lai|, toi ngay cam toi khuya": the name ends at
                        # its clause, never runs into the remark told next
                        later.append(mark.start())
                    # "... Minh Phát| trong FY27": the time's own "trong" goes with it, unless
                    # the time opens with its cue already ("... dau vao| trong quy 1")
                    first = min(later, default=end)
                    opened = _CUE_OPENS.match(r.folded, first) is not None
                    cut = first if not later or opened else _cue_start(r.folded, first)
                    # "... bat dau tu thang 1"; with no time after it, a last "tu" is a word of
                    # the name ("giam loi sai chung tu": "chung tu" is the documents)
                    if later and (cue := start_cue(r.folded[:cut])):
                        cut -= len(cue)
                    obj_end = len(text[:cut].rstrip(" ,"))
            if (
                obj_end is None
                and lang == "vi"  # an English deliverable ("brand guidelines") is no wish
                and r.vague_object is not None
                and plan.metric is not None
                and _words_after(r, _whose_end(r, r.vague_object.end, end), end)
            ):
                # "muon studio minh co thuong hieu that chill, nguoi ta ...": a measure glued to
                # the sentence's last word would splice it; the measure follows the user's words
                return measure_follows(plan.metric)
            if obj_end is None and plan.metric is not None and not r.metric:
                # "we need a content calendar", "the landing page needs a rewrite by Friday":
                # no word of the goal is what grows, so "by 20%" at its end would name nothing;
                # the measure follows the user's words
                return measure_follows(plan.metric)
            at = obj_end if obj_end is not None and obj_end <= end else end
            if at < end and (
                _OPEN_WORD_END().search(r.folded, 0, at) is not None
                or _AND_NEXT.match(r.folded, at, end) is not None
            ):
                # "phàn nàn về| vệ sinh phòng", "wax| and wick costs": a phrase left open by
                # "về"/"about", or joined to the next by "and", runs on; the change closes it
                at = end
            span = r.metric_span or r.counted
            if (
                span is not None
                and (r.obj.start is None or r.obj.start > span.end)
                and (back := _IT_MOVED.search(r.folded, at, end)) is not None
            ):
                # "staff turnover - need to get it way down": the topic comes first and "it"
                # is moved later; the amount goes with the move, not after the bare topic
                at = back.end()
            elif (
                lang == "en"
                and (ds := r.direction_span) is not None
                and at <= ds.start
                and ds.end <= end
                and span is not None
                and (r.obj.start is None or r.obj.start >= span.start)
                and not _CLAUSE_MARK.search(r.folded, at, ds.start)
            ):
                # "churn needs to come down": the measure is named first and moved after it;
                # the amount goes with the move ("... come down by 20%")
                at = ds.end
            if lang == "vi" and at < end:
                at = _whose_end(r, at, end)  # "trang tiktok cua tiem them 20%": whose page first
                if not _CLAUSE_MARK.search(r.folded, at, end) and lexicon().direction_re.search(
                    r.folded[at:end], r.marked[at:end] if r.marked else None
                ):
                    # "giảm khiếu nại về hóa đơn tiền điện tăng cao": the rise describes the
                    # bills; the amount goes after the whole phrase, never inside it
                    at = len(text[:end].rstrip(" ,"))
            if (
                (per := r.recurring) is not None
                and at <= per.start
                and not r.folded[at : per.start].strip()
            ):
                at = per.end  # "grow visits per week| by 20%", never "by 20% per week"
            if particle := _PARTICLE.match(r.folded, at):
                at = particle.end()  # "get our google reviews up by 20%", not "... by 20% up"
            elif (
                lang == "en"
                and (last := _PARTICLE_LAST.match(r.folded, at, _before_time(r, at, end)))
                is not None
            ):
                at = last.end()  # "keep my spending on fonts and stock photos down| by 20%"
            elif lang == "en" and at < end and _PHRASE_GOES_ON.match(r.folded, at):
                # "cut down what we spend on lab fees", "our share of wallet", "python 3.8
                # support": the thing's name runs on; the change closes it, not splits it, and
                # comes before its date
                # "reduce attrition in my team| asap": before "asap" too, which the date takes
                vague = _vague_start_within(r, at, end)
                at = min([end, *vague] + [t.start for t in r.times if at <= t.start < end])
                at = len(text[:at].rstrip(" ,"))
            if (
                (v := r.vague_time) is not None
                and at >= v.end
                and r.obj.start is not None
                and r.obj.start < v.start
                and not r.text[v.end : at].strip(" ,.;!")
            ):
                # "cut back on coffee and salt| soon": the amount before the vague time, which
                # the date takes ("... by 20% by 1 March 2027", never "... by 1 March 2027 by 20%")
                at = len(text[: v.start].rstrip(" ,"))
            change = phrase = _change_phrase(plan)
            joint = " "
            if (
                lang == "en"
                and plan.direction == "decrease"
                and plan.pct is not None
                and starts_with("excess_amounts").match(r.folded, at) is not None
            ):
                # "stop spending| so much at Timmies": "by 20%" there splits the phrase; the cut
                # follows it, said as how much less ("...: 20% less")
                at = len(text[:end].rstrip(" ,"))
                change = msg(lang, "rewrite.excess_cut", pct=fmt_pct(plan.pct, lang))
                joint = ": "
            if (
                lang == "en"
                and change.startswith("by ")
                and plan.pct is not None
                and canonical(r.obj.verb or "") in word_set("repair_verbs")
            ):
                # "fix volunteer retention| by 20%" says nothing of which way: a fix raises
                # the measure, or brings it down when lower is better ("sort out our churn")
                lower = plan.metric is not None and plan.metric.lower
                key = "repair_down" if lower else "repair_up"
                change = msg(lang, f"rewrite.{key}", pct=fmt_pct(plan.pct, lang))
                joint = ", "
            way = _WAY_OPENS.match(fold(change).lower())
            if (
                lang == "vi"
                and _FROM_OPENS.match(fold(change).lower()) is not None
                and (said_way := _WAY_END.search(r.folded, 0, at)) is not None
            ):
                # "đẩy đơn online lên| từ 120 lên 140": the range says the way; the particle
                # gives it its place ("đẩy đơn online từ 120 lên 140")
                edits.append((said_way.start(), at, ""))
                at = said_way.start()
            elif way and fold(text[:at]).lower().rstrip().endswith(f" {way[1]}"):
                # "giảm tỷ lệ nghỉ việc xuống| 5%": the way is said, never "xuống xuống 5%"
                change = change[way.end() :]
            if (
                lang == "en"
                and change.startswith("by ")
                and lexicon().saving_re.ends_at(r.folded, at)
            ):
                change = change[3:]  # "save as much as we can on kit" -> "save 20% on kit"
                if money := _MONEY_NEXT().match(r.folded, at):
                    # "save money on groceries" -> "save 20% on groceries"
                    edits.append((at, money.end(), " " + change))
                    change = ""
            if (
                vq
                and edits
                and edits[-1][:2] == (vq.start, vq.end)
                and edits[-1][2]
                and not text[at : vq.start].strip()
            ):
                # "... len them 20% so voi nam ngoai": the change, then the period compared
                edits[-1] = (vq.start, vq.end, f"{change} {edits[-1][2]}")
                change = ""
            if (
                change
                and lang == "vi"
                and text[:at].rstrip()[-1:].isdigit()
                and r.direction_span is not None
                and r.direction_span.end < at
            ):
                # "giảm tăng ca cho chuyền 1 với chuyền 6 20%": two numbers side by side read
                # as one; the change follows the verb ("giảm 20% tăng ca cho chuyền 1 ...")
                at = r.direction_span.end
            if change:
                if (
                    lang == "en"
                    and plan.direction != "decrease"  # "lower: 4%" reads as a cut of 4%
                    and change.startswith("to ")
                    and _MORE_SAID_END.search(text, 0, at)
                ):
                    # "need it higher: 91%", never "higher to 91%"
                    joint, change = ": ", change[3:]
                edits.append((at, at, joint + change))
            note("measurable", phrase, plan.target_assumed)
    elif (
        r.target is not None
        and plan.baseline
        and plan.target
        and r.target.kind in ("ratio", "percent")
        and r.target.relative
    ):
        at = r.target.span.end
        edits.append((at, at, f" ({_change_phrase(plan)})"))
        note("measurable", edits[-1][2], False)

    # Time-bound: an absolute deadline
    t = r.deadline
    if not _due_ahead(r, ctx):
        # "grow monthly recurring revenue": the period names the measure, no cadence
        cadence = r.recurring is not None and goal_period(r, r.recurring.start)
        # a standard to hold ("keep ... under 2%", "giữ ... dưới 3%") holds until a date
        ongoing = (
            (
                cadence
                or r.item_bound is not None
                or r.direction == "maintain"
                # "keep it under 8k": a bound held; "get it under 8k asap" is reached by a date
                or (
                    r.target is not None
                    and r.target.qualifier is not None
                    and not (kind_of(r) == "outcome" and r.vague_time is not None)
                )
                or _starts_only(r)
            )
            and not (
                # "... before the 1.0 release", "... truoc khi chot can": done by an event, not held
                r.recurring is None
                and _EVENT_TAIL.search(
                    # the reason's own "before" ("so students get feedback before the next
                    # practical") is no event the goal is done by
                    r.folded,
                    0,
                    r.objective.start if r.objective else len(r.folded),
                )
                is not None
            )
            and not (
                # "thi IELTS dat 6.5 tro len": a score reached in one sitting, on a date; so is
                # a race's time ("finish the marathon in under 4 hours")
                r.recurring is None
                and (_exam_named(r) or (r.target is not None and race_time(r, r.target)))
            )
            # "quit dip", "bỏ thuốc lá": quit by a date, not a bound checked from today (from
            # the day it starts, "tu tuan sau bo thuoc la", it is checked)
            and not (
                r.recurring is None and _quits(r) and not any(t.kind == "start" for t in r.times)
            )
            # "get cloud spend under $35k", "bring churn below 3%": a level reached by a date
            and not (
                r.recurring is None
                and (words_re("bound_reach_verbs").match(r.folded) or r.bound_reached)
            )
        )
        if (
            ongoing
            and t is None
            and plan.deadline_assumed
            and not r.vague_time
            and not _invalid_date(r)
        ):
            # a standard holds from now on ("luon giu so du toi thieu 500tr", "reply within 4h"):
            # it gets a check that recurs, not an end date that says it may lapse
            phrase = msg(lang, "rewrite.checked")
            # "..., checked every month, so students get feedback": the reason stays its own clause
            rest = text[end:].lstrip()
            edits.append((end, end, ", " + phrase + ("," if rest[:1].isalpha() else "")))
            note("time_bound", phrase, True)
        else:
            edit, phrase = _deadline_edit(
                r, plan, end, ongoing=ongoing, sep=", " if cadence or r.item_bound else " "
            )
            edits.append(edit)
            note("time_bound", phrase, plan.deadline_assumed)
    elif r.vague_time:
        edits.append((r.vague_time.start, r.vague_time.end, ""))

    # Relevant: the objective the user gave in the context
    if not r.objective and ctx.objective and (serves := objective_phrase(r, ctx, lang)):
        edits.append((end, end, " " + serves))
        note("relevant", edits[-1][2], False)

    out = text
    # right to left; at one place a cut goes before what is put there ("by a lot" out, "by
    # 20%" in), and insertions keep the order they were added in
    for _, (s, e, repl) in sorted(
        enumerate(edits), key=lambda e: (e[1][0], e[1][1], e[0]), reverse=True
    ):
        out = out[:s] + repl + out[e:]
    if plan.plain:
        added = [e.model_copy(update={"text": strip_marks(e.text)}) for e in added]
    return _finish(out, plan), added


def _by_event(r: Readings, ctx: Resolved, plan: Plan, text: str, end: int) -> str | None:
    """The measure said with the user's own event as its deadline ("get fitter before the
    wedding: complete 36 workouts before the wedding"), not a date in its place."""
    event = _EVENT_TAIL.search(r.folded, end)
    if event is None or r.event_deadline is None or r.deadline is not None:
        return None
    tail = compose(plan, objective=objective_phrase(r, ctx, plan.lang), dated=False).rstrip(".")
    plan.by_event = True
    _drop_deadline_notes(plan)
    return f"{tail} {text[event.start() : event.end()].strip()}"


def _drop_deadline_notes(plan: Plan) -> None:
    """The user's own event is the deadline: the assumed date and its note are not said."""
    plan.assumptions = [a for a in plan.assumptions if a not in plan.deadline_notes]


def _exam_named(r: Readings) -> bool:
    """An exam is named ("pass the final exam, if possible": the word before a comma too), in the
    goal, not in what it is for ("lam xong 5 bo do dung ... de du thi cap truong")."""
    end = r.objective.start if r.objective is not None else len(r.folded)
    return (
        words_re("exam_words").search(r.folded, 0, end) is not None
        # "đậu N3 trên 120 điểm", "pass N3 with over 120 points": passing is the sitting
        or canonical(r.obj.verb or "") in word_set("pass_words")
    )


def objective_phrase(r: Readings, ctx: Resolved, lang: Language) -> str | None:
    """The clause that says what the goal serves: the goal's own, or built from the context."""
    if r.objective:
        return r.objective.text
    return msg(lang, "rewrite.objective", objective=ctx.objective) if ctx.objective else None


def _vague_start_within(r: Readings, lo: int, hi: int) -> list[int]:
    """Where the goal's vague time ("asap", "sớm nhất có thể") starts, when it is said between
    `lo` and `hi`: additions go before it, since the date takes its place."""
    v = r.vague_time
    return [v.start] if v is not None and lo <= v.start < hi else []


_SO_IT_IS_END = re.compile(r"(?<=\s)cho\s+$")  # "cho sớm": "so that it is" soon


def _channel_kept(r: Readings) -> bool:
    """The user named their own channel ("kênh bán hàng online"): it stays, the platform follows."""
    return r.platform is not None and lexicon().platforms[r.platform].kept


def _strip_vague_time(r: Readings, text: str) -> str:
    if r.vague_time:
        return text[: r.vague_time.start] + text[r.vague_time.end :]
    return text


def alternatives(plan: Plan, objective: str | None) -> list[Rewrite]:
    """A conservative and an ambitious version of the same goal."""
    lang = plan.lang
    out: list[Rewrite] = []

    def add(label: str, text: str, what: str) -> None:
        kept = [a for a in plan.assumptions if a not in plan.target_notes]
        assumptions = [*kept, msg(lang, f"assumptions.label_{label}", what=what)]
        out.append(Rewrite(text=text, assumptions=assumptions, label=label))

    low: float
    high: float
    if plan.direction == "frequency" and plan.freq:
        low, high = max(1.0, round(plan.freq * 0.66)), round(plan.freq * 1.5 + 0.5)
        if low < plan.freq:
            add(
                "conservative",
                compose(plan, freq=low, objective=objective, dated=not plan.undated),
                _count_text(low),
            )
        add(
            "ambitious",
            compose(plan, freq=high, objective=objective, dated=not plan.undated),
            _count_text(high),
        )
        return out
    if plan.direction == "milestones":
        add("conservative", compose(plan, freq=2, objective=objective, dated=not plan.undated), "2")
        add("ambitious", compose(plan, freq=5, objective=objective, dated=not plan.undated), "5")
        return out
    if plan.pct is not None:
        if plan.history_pct and plan.history_pct > 0:
            pace = compound_pct(plan.history_pct, plan.months)
            low, high = nice_pct(pace), nice_pct(compound_pct(1.5 * plan.history_pct, plan.months))
        else:
            low, high = nice_pct(plan.pct / 2), nice_pct(plan.pct * 1.5)
        if plan.direction == "decrease":
            high = min(high, 90)
        low = max(low, 1)
        if plan.direction == "maintain" and not (plan.metric is not None and plan.metric.lower):
            low, high = high, low  # a smaller allowed drop is the ambitious one
        for label, pct in (("conservative", low), ("ambitious", high)):
            if pct != plan.pct:
                add(
                    label,
                    compose(plan, pct=pct, objective=objective, dated=not plan.undated),
                    change_text(plan, pct),
                )
        return out
    if plan.target is not None:
        start = plan.baseline if plan.baseline is not None else plan.now_share
        if start is not None:
            # from today's value: halfway there, or half as far again ("churn ~7.8% rn": 7%, 5%)
            delta = plan.target - start
            low, high = nice(start + delta / 2), nice(start + delta * 1.5)
            if plan.now_share is not None:
                high = min(max(high, 1.0), 99.0)
        else:
            low, high = nice(plan.target * 0.75), nice(plan.target * 1.25)
            # small counts ("2 courses") round back to themselves: step by one instead
            low = low if low != plan.target else max(plan.target - 1, 0)
            high = high if high != plan.target else plan.target + 1
        if (plan.direction == "decrease" and start is None) or (
            plan.direction == "maintain" and plan.ceiling
        ):
            low, high = high, low  # a lower level, or a lower ceiling held, is the harder one
        for label, value in (("conservative", low), ("ambitious", high)):
            if plan.metric is not None and not plan.metric.allows(value):
                continue  # "reach 5 hours of sleep a night" is no easier goal, it is an unhealthy one
            if value == 1 and lang == "en" and plan.unit in (None, "count"):
                continue  # the catalog names a count in the plural: "complete 1 courses" reads wrong
            if value > 0 and value != plan.target:
                add(
                    label,
                    compose(plan, target=value, objective=objective, dated=not plan.undated),
                    _num(plan, value),
                )
    return out
