"""The five SMART verdicts, read from the goal's text and the user's context."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import NamedTuple

from rewriter.report import Criteria, GoalKind, Language
from rewriter.rules.context import Resolved
from rewriter.rules.messages import fmt_date, fmt_pct, fmt_value, msg
from rewriter.text.dates import STARTS_SESSIONS, start_cue, without_exam_names
from rewriter.text.lexicon import PhraseMatcher, canonical, either, lexicon
from rewriter.text.lexicon import _load as lexicon_data
from rewriter.text.normalize import DIGIT, capitalized, fold, has_vietnamese_marks
from rewriter.text.numbers import format_number
from rewriter.text.objects import (
    MAX_OBJECT_WORDS,
    categories,
    ends_with,
    goal_words,
    is_routine_verb,
    is_verb,
    is_wish_verb,
    speed_re,
    vague_cadence_re,
    word_set,
    words_matcher,
    words_re,
)
from rewriter.text.readings import (
    MONEY_UNITS,
    TIME_TYPED,
    Quantity,
    Readings,
    Span,
    cued_before,
    floor_said_before,
    marked_loose_count,
    mask,
    modifies_object,
    off_head,
    says_how_it_is,
    unit_metrics,
    wish_for_others,
)

_DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class Need:
    """The growth a goal asks for: a ratio over a number of months."""

    ratio: float
    months: float

    @property
    def monthly_pct(self) -> float:
        return (self.ratio ** (1 / self.months) - 1) * 100 if self.months > 0 else float("inf")


def what_label(r: Readings) -> str | None:
    """The thing the goal counts, as the user wrote it."""
    if r.metric_span and r.metric:
        if is_verb(r.metric_span.text, r.language) or is_verb(
            r.metric_span.text.split()[0], r.language
        ):
            return r.metric.name(r.language)  # "Save $500 a month": savings, not "Save"
        return r.metric_span.text
    return r.counted.text if r.counted else None


def deadline_of(r: Readings, ctx: Resolved) -> tuple[date | None, str | None]:
    """(date, where it came from: 'goal' | 'context' | None)."""
    if r.deadline and r.deadline.deadline:
        return r.deadline.deadline, "goal"
    if ctx.deadline:
        return ctx.deadline, "context"
    return None, None


def growth_need(r: Readings, ctx: Resolved) -> Need | None:
    """The ratio the target asks for and the months it allows, when both can be read."""
    deadline, _ = deadline_of(r, ctx)
    if deadline is None:
        return None
    months = (deadline - ctx.today).days / _DAYS_PER_MONTH
    if months <= 0:
        return None
    q = r.target
    ratio: float | None = None
    if q is None:  # the target the user gave as an answer, against the value they gave
        return Need(ctx.target / ctx.baseline, months) if ctx.target and ctx.baseline else None
    down = r.direction == "decrease"
    if q.kind == "ratio":
        ratio = q.value
    elif q.kind == "percent" and q.relative:
        ratio = 1 - q.value / 100 if down else 1 + q.value / 100
    elif q.kind == "range" and q.baseline:
        ratio = q.value / q.baseline
    elif q.kind in ("absolute", "percent") and ctx.baseline and not q.relative:
        ratio = q.value / ctx.baseline
    elif q.kind == "absolute" and q.relative and ctx.baseline:
        ratio = (ctx.baseline - q.value if down else ctx.baseline + q.value) / ctx.baseline
    if ratio is None or ratio <= 0:
        return None
    return Need(ratio, months)


class Verdict(NamedTuple):
    """A criterion's verdict; judge() turns the five into the report's Criteria at once."""

    status: str
    evidence: str | None
    feedback: str
    question: str | None


def _verdict(
    status: str,
    feedback: str,
    evidence: str | None = None,
    question: str | Callable[[], str] | None = None,
) -> Verdict:
    """One criterion's verdict; the question is written only when it is asked."""
    if callable(question):  # written only when a criterion is not met (most goals meet some)
        question = question()
    # templates that start with a placeholder ("{what} hiện tại ...") need a capital
    if feedback[:1].islower():
        feedback = _cap(feedback)
    if question and question[:1].islower():
        question = _cap(question)
    return Verdict(status, evidence, feedback, question)


def object_label(r: Readings) -> str | None:
    """The object the goal acts on, as the user wrote it ("email open rate", "2 cua hang")."""
    o = r.obj
    return r.text[o.start : o.end] if o.found and o.start is not None else None


def _vague_quality(r: Readings) -> bool:
    """ "make the product better", "lam san pham tot hon": a quality, not a result to count."""
    v, o = r.vague_quantity, r.obj
    if (
        v is not None
        and r.direction in ("increase", "decrease")
        and canonical(v.text) in word_set("degree_adverbs")
    ):
        return False  # "reduce bank charges significantly": how much, not a quality
    if _more_often(r):
        return False  # "start posting shorts more consistently": how often, no quality
    return bool(
        v
        and r.target is None
        and not o.head_metric
        and o.start is not None
        and o.end is not None
        and o.start <= v.start < o.end + 2
        # "check my sugar more": an action done more often, not a quality of the sugar ("lam
        # che ngon hon", "make the kids love football more" wish a quality)
        and not (
            o.action
            and v.start >= o.end
            and o.verb not in ("make", "get", "lam")
            and canonical(v.text) in ("more", "less", "nhieu hon", "it hon")
        )
    )


def bare_change(r: Readings) -> bool:
    """A change said as a bare number, nothing after it ("get realisation up 5", "doanh thu
    tang 15 truoc ram", "cut absence by 10 this quarter"): 5 points, 5%, 5 of what is not said.
    A level ("up to 5", "len 2.000") or a count named ("up 5 clients", "giam 5kg") says it."""
    q = r.target
    if (
        q is None
        or q.kind != "absolute"
        or q.unit is not None
        or not _PLAIN_NUMBER.fullmatch(q.span.text)
        or r.counted is not None
        or (r.metric is not None and r.metric.unit == "count")
    ):
        return False
    if r.folded[q.span.end : q.span.end + 1] not in ("", " ", ",", ".", ";", "!", "?"):
        return False  # "3-5kg", "by 6:30": a range, an hour
    if not _nothing_named_after(r, q.span.end):
        return False
    before = r.folded[: q.span.start].rstrip()
    last = before.rsplit(" ", 1)[-1]
    return last in ("up", "down", "by") or lexicon().directions.get(last) in (
        "increase",
        "decrease",
    )


_PLAIN_NUMBER = re.compile(r"[\d.,]+")


def _nothing_named_after(r: Readings, end: int) -> bool:
    """Past `end` the clause ends or a time is said: the amount before it names no thing."""
    after = r.folded[end:].lstrip()
    at = len(r.folded) - len(after)
    return not after or not after[0].isalnum() or any(t.start == at for t in r.times)


def points_or_share(r: Readings) -> bool:
    """A rate moved by a percent with no "by" ("churn down 20% in H1", "tăng engagement 20%"):
    20 points, or a fifth of today's rate, is not said ("increase engagement by 15%" is the
    rate's own change, by its usual reading)."""
    q, m = r.target, r.metric
    if q is None or q.kind != "percent" or not q.relative:
        return False
    if m is None:
        # a rate outside the catalog moved up or down by a percent, never a level or a bound
        # ("đạt tỷ lệ ... 98%", "không để tỷ lệ ... vượt quá 10%")
        if r.direction not in ("increase", "decrease") or q.qualifier or rate_named(r) is None:
            return False
    elif m.unit != "percent":
        return False
    if not DIGIT.search(q.span.text) or _MORE_AFTER.match(r.folded, q.span.end):
        return False  # "cut churn in half", "20% more engagement": a share of today's rate
    lex = lexicon()
    moves = [
        way
        for d in lex.direction_re.finditer(r.folded[: q.span.start], r.marked)
        if (way := lex.directions.get(canonical(d[0]))) in ("increase", "decrease")
    ]
    if r.language == "vi" and moves and moves[-1] == "decrease":
        return False  # "giảm tỷ lệ hàng lỗi 20%": a cut is of today's rate, as said
    before = r.folded[: q.span.start].rstrip()
    return not before.endswith((" by", " them", " them duoc"))


def rate_named(r: Readings) -> str | None:
    """The rate a percent moves, named outside the catalog ("tăng tỷ lệ bán chéo thẻ tín dụng
    10%", "Imporve win rate 5%"), as the user wrote it."""
    q, o = r.target, r.obj
    if q is None or o.start is None or o.end is None or o.end > q.span.start:
        return None
    marked = r.marked[: o.end] if r.marked else None
    found = words_matcher("rate_heads").finditer(r.folded[: o.end], marked)
    if not any(said.start() >= o.start for said in found):
        return None
    return r.text[o.start : o.end].strip()


_MORE_AFTER = re.compile(r"\s*(?:more|less|fewer)\b")


def share_of_a_count(r: Readings) -> bool:
    """A social count said to reach a percent ("Tăng follower lên 20%", "tang follow IG len
    20%"): followers are no share, so 20% of what is not said."""
    q, m = r.target, r.metric
    if q is None or m is None or q.kind != "percent" or q.relative or q.qualifier is not None:
        return False
    if m.unit != "count" or m.rate or not m.channel:
        return False  # a social count ("followers") only: a rate's or a team's share says it
    if _SHARE_OF_NEXT.match(r.folded, q.span.end):
        return False  # "to 30% of sales": what it is a share of is said
    if any(o is not q and o.kind == "percent" for o in r.quantities):
        return False  # "clicks were 9% ..., lower to 7%": a share, today's said beside it
    return r.folded[: q.span.start].rstrip().endswith((" to", " len"))


_SHARE_OF_NEXT = re.compile(r"\s+(?:of|cua|tren|trong)\b")


def _channel_only(r: Readings) -> bool:
    """Only "a channel" on a platform is named as what grows ("tăng 15% cho kênh Zalo OA"), no
    number on it."""
    return bool(
        r.target is not None
        and r.target.unit == "%"
        and r.platform
        and r.metric is None
        and r.platform_span is not None
        and ends_with("channel_words").search(r.folded, 0, r.platform_span.start)
    )


def _platform_partial(r: Readings, vague: str, lang: Language) -> Verdict:
    """Where is said (the platform), not which number there: ask for the number on it."""
    lex = lexicon()
    key = (
        r.suggested_metric
        if r.suggested_metric and lex.metrics[r.suggested_metric].channel
        else "followers"
    )
    return _verdict(
        "partial",
        msg(lang, "specific.partial_platform", platform=r.platform),
        vague,
        msg(lang, "specific.q_platform", platform=r.platform, suggest=lex.metrics[key].name(lang)),
    )


def change_of_a_whole(r: Readings) -> bool:
    """A percent change of a thing that is no measure ("grow the show 25%", "Xuong tang 25%",
    "make the front desk 25% more efficient"): 25% of what about it is not said. Cuts ("cut
    food waste by a third") and counts ("increase adoptions by 25%") say what shrinks or grows."""
    q, o = r.target, r.obj
    if (
        q is not None
        and q.kind == "percent"
        and r.metric is None
        and r.counted is None
        and _quality_at_percent(r, q.span.start, q.span.end)
    ):
        return True  # "make my pipeline 30% healthier", "portfolio xịn hơn 50%"
    if (
        q is None
        or q.kind != "percent"
        or not q.relative
        or r.metric is not None
        or r.counted is not None
        or r.vague_object is not None  # "tang do phu thuong hieu 30%": an aim, asked as one
        or o.start is None
        or o.end is None
        or o.head_metric
        or o.head_measure
    ):
        return False
    quality = _MORE_NEXT.match(r.folded[q.span.end :].lstrip()) is not None
    if not (quality or r.direction == "increase" or o.aim):
        return False  # "thay nuoc ao ..., moi lan 30%", "cut food waste by a third"
    if r.language == "vi" and _FOR_NEXT.match(r.folded, q.span.end):
        return True  # "Tăng 15% cho bộ phận kho": 15% more of what, for the warehouse team?
    if r.language == "vi" and (
        words_re("business_lines").match(r.folded, q.span.end + 1) is not None
        or words_re("business_lines").search(r.folded, o.start, o.end) is not None
    ):
        return True  # "tăng 30% mảng tiệc outdoor", "kenh ban online": a part of the business
    # "improve my stats by 25% this season": what follows "by 25%" is never the thing counted
    said_by = r.language == "en" and r.folded[: q.span.start].rstrip().endswith(" by")
    if not (quality or said_by or _nothing_named_after(r, q.span.end)):
        return False  # "100% hoc sinh", "80% of parents": a share of people or things
    words = r.text[o.start : o.end].split()
    if not words:
        return False
    if r.language == "en" and not quality and canonical(o.verb or "") in word_set("improve_verbs"):
        return True  # "improve flamingo breeding by 25%": bettered, by 25% of what?
    if r.language == "en" and not quality:
        head = words[-1].strip(".,!?'")
        # "grow ARPDAU 20%", "increase adoptions by 25%", "grow glass tonnage 20%": a measure's
        # name, a count of things; "grow the show", "grow my book": a whole, named as one
        if head.isupper() or head.lower().endswith("s"):
            return False
        # "grow catering 25%", "increase reporting by 25%": an activity grows, by 25% of what?
        # ("grow our facebook following", "increase funding": a measure's own name)
        activity = (
            head.lower().endswith("ing")
            and r.platform is None
            and head.lower() not in word_set("measure_ing_words")
        )
        return activity or bool(_OWNED_END.search(r.folded, max(0, o.start - 8), o.start))
    return True


def _quality_at_percent(r: Readings, start: int, end: int) -> bool:
    """ "30% healthier", "xịn hơn 50%": a quality right after (English) or before (Vietnamese)
    the percent."""
    qualities = word_set("percent_qualities")
    if r.language == "en":
        after = r.folded[end:].split(maxsplit=1)
        return bool(after) and after[0] in qualities
    before = r.folded[:start].split()
    return any(" ".join(before[-n:]) in qualities for n in (1, 2, 3) if len(before) >= n)


_OWNED_END = re.compile(r"\b(?:the|my|our|this|his|her|their|your)\s+$")
_FOR_NEXT = re.compile(r"\s+cho\s+")
# "25% more efficient", "20% better": a quality, said after the change ("20% more viewers"
# counts people)
_MORE_NEXT = re.compile(
    r"(?:more|less)\s+[a-z]+(?:ent|ant|ive|ful|ous|able|ible|al|ic|ly)\b(?!\s+[a-z]{4,})"
    r"|(?:better|worse)\b"
)


def _named_area(r: Readings) -> bool:
    """An English vague head named by a concrete word before it ("client communication",
    "warehouse efficiency"): an area to work on, not an empty aim ("brand awareness")."""
    o = r.obj
    if r.language != "en" or o.start is None or o.end is None or not o.aim:
        return False
    words = r.folded[o.start : o.end].split()
    if len(words) >= 2 and "vague" in categories(" ".join(words[-2:]), "en"):
        return False  # "security posture": the two words are one vague aim
    return len(words) >= 2 and not any(categories(w, "en") & {"vague", "stop"} for w in words[:-1])


def _asked_for(metric: str) -> str:
    """The question for a vague aim: a platform is asked only for a channel's measure ("reach"),
    not for eNPS or workouts."""
    return "q_vague" if lexicon().metrics[metric].channel else "q_vague_measure"


def _comparative_aim(r: Readings) -> bool:
    """A Vietnamese "X ... hon" on something done or made ("lam banh ngon hon", "sap xep kho
    gon gang hon"): the thing is named, the aim is a comparison with no measure."""
    v = r.vague_quantity
    return bool(
        r.language == "vi"
        and v is not None
        and canonical(v.text) == "hon"
        and r.obj.concrete
        and _vague_quality(r)
        and (r.obj.action or r.obj.verb is None)
        and not _vague_inside(r)
    )


def _vague_inside(r: Readings) -> bool:
    """A vague thing of the catalog inside the object named ("mong vườn làm ăn khá hơn": how
    the business goes): the wish is vague, not an area named."""
    v, o = r.vague_object, r.obj
    return (
        v is not None and o.start is not None and o.end is not None and o.start <= v.start < o.end
    )


def praised(r: Readings) -> str | None:
    """The wish, when a Vietnamese goal only praises what it wants more of ("lam vuon cho tot
    hon", "Lam CLB xin hon nam ngoai"): no quality one could check is named."""
    v = r.vague_quantity
    if (
        r.language != "vi"
        or r.target is not None
        or r.counted is not None
        or r.vague_area  # "Cham soc khach hang tot hon": an area of work, named
        or r.platform is not None  # "lam cho tiem co tieng hon tren facebook": a channel's reach
    ):
        return None
    end = v.end if v is not None else len(_TRAIL.sub("", r.folded))
    m = _PRAISE_END().search(r.folded, 0, end)
    if r.metric is not None and not (m is not None and _MANNER_END.search(r.folded, 0, m.start())):
        return None  # "chi tieu sao cho hop ly hon": how it is done is praised, not its amount
    if m is None and (comma := r.folded.find(",", 0, end)) > 0:
        # "muon quan ngay cang dong khach, lam an kha hon": the first wish is the praise
        m = _PRAISE_END().search(r.folded, 0, comma)
        end = comma if m is not None else end
    if m is None or (m[0].startswith("cho") and r.domain == "learning"):
        return None  # "hoc tieng anh cho gioi": a subject to learn is named
    if r.objective is not None and m.start() >= r.objective.start:
        return None  # "... kèm bé Na học tiếng Anh để con thi vào lớp 10 cho tốt": the reason's
    start = r.obj.start if r.obj.start is not None and r.obj.start < end else 0
    return r.text[start:end].strip(" ,.!")


_MANNER_END = re.compile(r"\bsao cho\s*$")


@cache
def _PRAISE_END() -> re.Pattern[str]:  # noqa: N802 - a compiled pattern, named as one
    # "vẽ đẹp hơn", "nuôi tôm cho tốt", "quán ngày càng đông khách": praised, more or well
    words = either(goal_words().words.praise_words)
    return re.compile(rf"\b(?:{words})\s+hon$|\b(?:cho|ngay cang)\s+(?:{words})$")


def _wished_better(r: Readings) -> bool:
    """A Vietnamese wish for a named thing to go better ("muon ban hang tot hon"): a quality
    and "hơn", no measure and no move."""
    v = r.vague_quantity
    words = fold(v.text).split() if v is not None else []
    return bool(
        r.language == "vi"
        and len(words) == 2
        and words[1] == "hon"
        and words[0] not in word_set("amount_comparatives")
        and r.obj.concrete
        and r.target is None
        and r.direction not in ("increase", "decrease")
        and _wish_verb(r)
        and _TRAIL.sub("", r.folded).endswith(" ".join(words))
        and not _BECOME.match(fold(_wished(r) or ""))  # "tro thanh mot co giao tot hon": a wish
        # "mong vườn làm ăn khá hơn": how the business goes is the vague thing wished better
        and not _vague_inside(r)
    )


_BECOME = re.compile(r"(?:tro thanh|tro nen|thanh|la|song)\b")


_TRAIL = re.compile(r"\W+$")


def _wished(r: Readings) -> str | None:
    """What is wished better, as typed: the words between the wish and the comparative."""
    v, verb = r.vague_quantity, r.obj.verb
    if v is None or verb is None or (at := r.folded.find(fold(verb))) < 0:
        return None
    wished = r.text[at + len(verb) : v.start].strip(" ,")
    if fold(v.text) == "hon" and " " in wished:
        wished = wished.rsplit(" ", 1)[0]  # "dung dien thoai| gioi hon": the quality goes
    return wished or None


def _wish_verb(r: Readings) -> bool:
    """The goal's verb only wishes ("muốn bán hàng tốt hơn", "giúp các em tự tin hơn")."""
    return r.obj.verb is not None and is_wish_verb(r.obj.verb, r.language)


def _metric_modifies(r: Readings) -> bool:
    """The catalog metric only qualifies the object's head ("quy trinh tiep nhan khieu nai")."""
    m = r.metric_span
    return m is not None and not r.obj.head_measure and modifies_object(r, m)


def _vague_owner(r: Readings) -> bool:
    """ "tang su gan ket cua nhan vien", "mo rong tep khach hang tiem nang": the head is vague and
    the metric only names whose it is."""
    o, m = r.obj, r.metric_span
    if not (
        o.vague and m is not None and o.start is not None and o.end is not None and r.target is None
    ):
        return False
    return m.start >= o.end or off_head(r, m, o.start, o.end)


def has_object(r: Readings) -> bool:
    """The goal names something concrete to count or act on, in any domain."""
    return bool(r.metric or r.counted or r.obj.concrete or r.obj.action)


def is_habit(r: Readings) -> bool:
    """An action at a cadence or for a duration ("walk 30 minutes 5 days a week")."""
    return bool(r.obj.action and (r.frequency or r.recurring)) or _routine(r)


def _routine(r: Readings) -> bool:
    """A thing done at a recurring time, whatever its verb ("bake fresh sourdough every morning",
    "tuoi cay moi sang", "team lunch every Friday"): no measure moves, nothing to reach."""
    return bool(
        r.recurring
        and r.obj.concrete
        and r.obj.verb is None
        # "devlog video on youtube every 2 weeks": one of what is counted, each time
        and (r.metric is None or (r.metric.unit == "count" and r.target is None))
        and (r.target is None or _done_count(r.target))
        and r.direction is None
        and not r.obj.aim
    )


def _done_count(q: Quantity) -> bool:
    """How many times or by what hour the routine is done ("audit 20 pallets each Friday",
    "moi sang tuoi cay truoc 7h"), not a level to reach."""
    return (
        q.kind == "absolute"
        and not q.relative
        and not q.qualifier
        or bool(_CLOCK.fullmatch(q.span.text))
    )


_CLOCK = re.compile(
    r"(?:[01]?\d|2[0-4])(?:h|h\d\d|:\d\d)\s?(?:am|pm)?|(?:[01]?\d)\s?(?:am|pm)", re.IGNORECASE
)


_BETTER_AT = re.compile(r"\b(?:get|getting|be|become)\s+better\s+(?:at|in)\b")


def _milestone_object(r: Readings) -> bool:
    """A milestone verb on a concrete thing that is not a catalog metric ("launch the podcast"),
    or on one named deal ("chot hop dong voi chuoi Bach Hoa Xanh")."""
    return bool(
        r.obj.milestone
        # "get better at public speaking": a skill to improve, not a deed
        and not (r.obj.aim and _BETTER_AT.search(r.folded))
        and not result_reached(r)
        and (r.obj.concrete or r.counted)
        and (
            r.metric is None
            or r.metric.kind == "activity"
            or r.target is None
            and (with_named(r) or not metric_is_head(r))
        )
    )


def _set_ranked(r: Readings, q: Quantity) -> bool:
    """The rank names a set the deed is done to ("fix the top 5 crash clusters", "ship it on our
    top 50 SKUs", "runbooks for the top 10 alerts"), not a standing to reach."""
    if q.span.text[:1] == "#" and (said := r.folded[: q.span.start].split()):
        # "song #4 on the EP", "bay #2": a thing's number after its name
        return not categories(said[-1], r.language)
    return (
        r.obj.action
        and _SET_BEFORE.search(r.folded, max(0, q.span.start - 8), q.span.start) is not None
    )


_SET_BEFORE = re.compile(r"\b(?:the|our|my)\s+$")


def result_reached(r: Readings) -> bool:
    """A result to reach, said with a verb that also names deeds: a measure or a total brought
    to a number ("get my recall rebooking rate to 85%", "get our fundraiser to 40k"), or a count
    of sales won ("chốt 3 căn chung cư", "book 45 weddings")."""
    t, verb = r.target, canonical(r.obj.verb or "")
    if t is None or t.kind == "level" or (r.metric is not None and r.metric.key in _EXAM_METRICS):
        return False  # "Get IELTS 7.0": a level passed, a deed
    if t.value >= 2 and verb in word_set("sale_verbs"):
        # "chốt 3 căn", "book 45 weddings"; "chốt danh sách 20 KOL" finalizes a list
        return words_re("sold_things").match(r.folded, t.span.end + 1) is not None
    return verb in result_verbs() and bool(
        r.obj.head_measure
        or r.obj.head_metric
        or _TO_LEVEL_BEFORE.search(r.folded, max(0, t.span.start - 12), t.span.start)
    )


# "... to |85%", "... down to |40k", "... up to |18 miles": a level the thing is brought to
_TO_LEVEL_BEFORE = re.compile(r"\b(?:to|len|xuong|den)\s+(?:under\s+|over\s+|about\s+)?$")


def metric_is_head(r: Readings) -> bool:
    """The catalog metric is the thing the goal acts on, not a word that says which thing:
    "hire engineers" (yes); "trien khai chatbot ho tro khach hang", "the customer portal" (no)."""
    o, span = r.obj, r.metric_span
    if span is None or o.start is None or o.end is None:
        return True
    if r.vague_quantity is not None or canonical(o.verb or "") in result_verbs():
        return True  # "get way more followers", "get sales back up": the metric is the result
    if r.objective is not None and span.start >= r.objective.start:
        return False  # "... so I can charge corporate clients more": the reason names it
    if (
        o.milestone
        and not (o.aim or o.quality)
        and span.start >= o.end
        and _FOR_END.search(r.folded, max(0, span.start - 5), span.start)
    ):
        return False  # "trien khai goi vay cho khach hang nu": who it is for, not what counts
    if span.end <= o.start or span.start >= o.end:
        return True  # "save 1,500 for a trip": the verb itself names the metric
    if r.language == "vi":
        return span.start <= o.start  # a Vietnamese phrase opens with its head
    return span.end >= o.end  # an English one ends with it


def _with_modifiers(r: Readings, ms: Span) -> str | None:
    """The words that say which one, before a one-word English measure ("board members")."""
    if " " in ms.text.strip():
        return None
    names: list[str] = []
    end = ms.start
    for _ in range(2):
        m = _WORD_BEFORE.search(r.text, 0, end)
        if m is None:
            break
        word = fold(m[1])
        if (
            len(word) < 4
            or not word.isalpha()
            or word in word_set("move_words")
            or categories(word, "en")
            or _counting_word(word)
            or r.text[max(0, m.start(1) - 1) : m.start(1)].isdigit()
            or _TO_END.search(r.folded, max(0, m.start(1) - 9), m.start(1))
        ):
            break  # "the", "of", a verb ("to help sales"), "5k", "thousand": the name has begun
        names.insert(0, m[1])
        end = m.start(1)
    return " ".join([*names, ms.text]) if names else None


@cache
def _counting_words() -> frozenset[str]:
    """Number, scale and time words ("thousand", "dozen", "minute"): no part of a measure's name."""
    units = lexicon_data("dates.yaml")["units"]
    spelled = lexicon_data("lexicon.yaml")["spelled_numbers"]
    return frozenset(
        [*lexicon().number_words, *(str(w) for ws in units.values() for w in ws)]
        + [str(w) for w in (*spelled["units"], *spelled["scales"])]
    )


def _counting_word(word: str) -> bool:
    return word in _counting_words() or word.rstrip("s") in _counting_words()


_TO_END = re.compile(r"\b(?:to|without|while|by)\s+$")  # "to help sales", "without letting"
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+$")
_FOR_END = re.compile(r"\b(?:cho|for)\s+$")


def _another(r: Readings) -> bool:
    """The only growth word is "one more" right after a milestone verb ("mo them chi nhanh")."""
    span = r.direction_span
    return (
        span is not None
        and canonical(span.text) in word_set("another_words")
        and r.obj.start is not None
        and span.end <= r.obj.start
    )


def personal_routine(r: Readings) -> bool:
    """A health, learning or personal routine verb with nothing done once in it ("meditate",
    "hoc IELTS"; not "hoc xong khoa ...", "on lai guideline", "quit sugar")."""
    o = r.obj
    return (
        o.action
        # "I will be jogging with the masters group": the routine said going on
        and is_routine_verb(canonical(o.verb or ""))
        and r.domain in goal_words().words.personal_domains
        # read in the goal's own words: "..., so my knees stop hurting" is why, no deed done once
        and words_re("once_words").search(_resumed_masked(_own_words(r))) is None
        and _GIVE_UP.search(r.folded) is None
    )


def _own_words(r: Readings) -> str:
    """The folded text up to the reason it serves ("stretch more| so my knees stop hurting")."""
    return r.folded[: r.objective.start] if r.objective is not None else r.folded


def _resumed_masked(folded: str) -> str:
    """The text without a routine's "again" ("tập yoga lại", "start running again"): taking a
    routine up again is no deed done once."""
    return _resumed_re().sub(lambda m: m[0][: -len(m[1])] + " " * len(m[1]), folded)


@cache
def _resumed_re() -> re.Pattern[str]:
    verbs = either(goal_words().words.resumed_routines)
    # "hoc bang lai xe": "lái" (to drive), no "lại"
    # "practice my trumpet chops again": a few words of what is practised between
    return re.compile(rf"\b(?:{verbs})\b(?:\s+[^\s,.;]+){{0,3}}?\s+(lai|again)\b(?!\s+xe\b)")


_GIVE_UP = re.compile(r"(?<!\bdi )(?<!\bchay )\bbo\b")  # "bỏ" (give up), not "đi bộ"/"chạy bộ"


def routine_named(r: Readings) -> str | None:
    """ "đi bộ cho khỏe", "bắt đầu từ tuần sau tập yoga", "stretch more so my knees stop
    hurting": a routine named with why it is done or when it starts is the thing to do; how
    often is what Measurable asks."""
    if (r.obj.start is not None and not _done_with_company(r)) or not personal_routine(r):
        return None
    if r.objective is None and not (habit_start(r) or any(t.kind == "start" for t in r.times)):
        return None
    said = re.search(rf"\b{re.escape(r.obj.verb or '')}\b", r.folded)
    return r.text[said.start() : said.end()] if said else None


def _done_with_company(r: Readings) -> bool:
    """The routine's verb, then who it is done with ("jog with the masters group", "đi bộ cùng
    vợ"): the object read is company, nothing the routine acts on."""
    verb = re.search(rf"\b{re.escape(r.obj.verb or '')}\b", r.folded)
    if verb is None or r.obj.start is None or verb.end() > r.obj.start:
        return False
    between = r.folded[verb.end() : r.obj.start].split()
    words = [
        w for w in between if w not in word_set("determiners") and w not in word_set("possessives")
    ]
    return bool(words) and " ".join(words) in word_set("company_words")


def habit_start(r: Readings) -> bool:
    """A routine taken up, said with its start ("start cycling on the bike", "get back into
    volunteering", "start doing proper call notes"): what follows is done again and again."""
    o = r.obj
    if r.language == "en" and _passed_after().search(r.folded) is not None:
        return False  # "start studying for WSET Level 2 and pass it": the pass is the goal
    if (
        r.language == "en"
        and o.start is not None
        # said first, or right after the start that opens the text ("From next Monday I dey
        # start gym")
        and (
            (m := STARTS_SESSIONS.match(r.folded)) is not None
            or (
                (opens := r.opening_start) is not None
                and (m := STARTS_SESSIONS.match(r.folded, opens.end)) is not None
            )
        )
        and o.start < m.end()
        # "start puppy kindergarten classes" at a vet's: classes run for clients, a launch
        and r.domain in goal_words().words.personal_domains
    ):
        return True  # "start brick workouts in january": the sessions go on after
    if (
        r.language == "vi"
        and o.start is not None
        and (m := words_matcher("routine_starts").search(r.folded, r.marked)) is not None
        and m.start() <= o.start <= m.end() + 1
    ):
        return True  # "bắt đầu đăng clip TikTok từ tháng 1": a routine taken up
    return (
        r.language == "en"
        and o.start is not None
        and "ing" in r.folded
        and (m := _habit_start_re().search(r.folded, max(0, o.start - 24))) is not None
        and m.start() <= o.start < m.end() + 2
        and not done_once(r.folded, m.start())  # "start rolling out the new tablets": a project
    )


@cache
def _passed_after() -> re.Pattern[str]:
    """ "... and pass it", "... and then pass the exam": a pass said after the studying."""
    passes = either([w for w in goal_words().words.pass_words if w.isascii()])
    return re.compile(rf"\band\s+(?:then\s+)?(?:{passes})\b")


def routine_returned_to(r: Readings) -> bool:
    """A personal routine gone back to ("get back in the gym over the winter", "Back on the
    running from Monday"): done again and again from then on, whatever date is said with it."""
    return (
        r.target is None
        and r.domain in goal_words().words.personal_domains
        and _returned_re().search(r.folded) is not None
    )


@cache
def _returned_re() -> re.Pattern[str]:
    words = goal_words().words
    return re.compile(
        rf"\b(?:{either(words.routine_returns)})\s+(?:the\s+|my\s+)?"
        rf"(?:{either(words.routines_returned_to)})\b"
    )


@cache
def _habit_start_re() -> re.Pattern[str]:
    starts = either(goal_words().words.habit_starts)
    # "start working on the payments redesign" is a project begun, not a routine
    return re.compile(rf"\b(?:{starts})\s+(?:\w+\s+)?(?!working on\b)[a-z]+ing\b")


def done_once(folded: str, at: int) -> bool:
    """The first "-ing" word from `at` is a deed done once ("migrating", "rolling out",
    "building"): a milestone's verb, not a routine's."""
    first = _ING_WORD.search(folded, at)
    if first is None:
        return False
    bases = _bases(first[1])
    if any(b in word_set("light_verbs") for b in bases):
        # "start doing ride-alongs", "start making the new tiles": the deed is the next word's
        first = _ING_WORD.match(folded, first.end() + 1)
        if first is None:
            return False
        bases = _bases(first[1])
    nxt = _NEXT_WORD.match(folded, first.end())
    verbs = _milestone_verbs_en()
    return any(b in verbs or (nxt is not None and f"{b} {nxt[1]}" in verbs) for b in bases)


def _bases(stem: str) -> list[str]:
    """The verbs an "-ing" word's stem may come from: "build(ing)", "mak(ing)", "runn(ing)"."""
    return [b for b in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "") if b]


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_ING_WORD = re.compile(r"\b([a-z]{2,})ing\b")


@cache
def _milestone_verbs_en() -> frozenset[str]:
    return frozenset(canonical(v) for v in goal_words().words.milestone_verbs.en)


def more_of(r: Readings) -> bool:
    """ "sign more boutique stockists", "hire more nurses": a count to grow with no number, not
    one deed done or not."""
    vague, start = r.vague_quantity, r.obj.start
    return (
        vague is not None
        and start is not None
        and vague.end <= start
        # counted in words already: "one more physio", "a few more sponsors"
        and not _counted_before().search(r.folded, 0, vague.start)
    )


@cache
def _counted_before() -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?:{either(goal_words().words.counted_more)})|\d)\s*$")


def with_named(r: Readings) -> bool:
    """The object is followed by the one party it is with ("a contract with Acme Foods",
    "hop dong voi chuoi sieu thi Bach Hoa Xanh"): one deal, not a count of deals."""
    o = r.obj
    return o.end is not None and (
        _WITH_NAMED.match(r.text, o.end) is not None
        or _with_party().match(r.folded, o.end) is not None
    )


@cache
def _with_party() -> re.Pattern[str]:
    """ "| with the new supplier", "| với hãng tàu mới": the party named by its kind."""
    parties = either(goal_words().words.deal_parties)
    return re.compile(rf"\s+(?:with|voi)\s+(?:(?:the|our|a|an|cac)\s+)?(?:new\s+)?(?:{parties})\b")


_WITH_NAMED = re.compile(
    r"\s+(?:[^\s,.;]+\s+){0,3}?(?:with|với|voi)\s+(?:[^\s,.;]+\s+){0,3}?[A-ZĐ]"
    # "ký hợp đồng độc quyền căn biệt thự Tây Hồ": the one thing, named by a place
    r"|\s+[A-ZĐ][^\W\d_]+\s+[A-ZĐ][^\W\d_]+(?!\w)"
)


def _done_marked(r: Readings) -> bool:
    """A thing to finish, said with a word of completion and no number or move ("have the
    new pricing rules live by Dec 15", "do xong san tang 12", "lay dc chung nhan AEO")."""
    return (
        r.target is None
        and r.frequency is None
        and r.recurring is None
        and r.direction not in ("increase", "decrease")
        and r.vague_quantity is None
        and r.obj.found
        and not (r.obj.vague or r.obj.aim or r.obj.quality)
        and words_re("finish_words").search(r.folded) is not None
    )


def _bare_deed(r: Readings) -> bool:
    """A one-time deed with no number ("pass the CPA exam", "host a customer meetup"): done or not.

    Not an aim in disguise: nothing vague in it ("spend less", "eat healthier"), and a verb that
    delivers or an exam, not a routine action ("learn English", "log meals")."""
    if kind_of(r) != "milestone" or r.vague_quantity or r.obj.quality or r.obj.vague:
        return False
    return (
        r.obj.milestone
        or _done_marked(r)
        or _credential_named(r)
        or (r.metric is not None and r.metric.key in _EXAM_METRICS)
        or (r.obj.action and one_definite(r))
        # "don dep va trang tri nha truoc Giang sinh": a Vietnamese deed has no "the" to say it
        # is done once; a deadline and no cadence say so
        or (
            r.obj.action
            and r.obj.concrete
            and r.deadline is not None
            and (r.language == "vi" or _cued_deadline_only(r))
        )
    )


def _cued_deadline_only(r: Readings) -> bool:
    """ "send chapter 3 draft to my supervisor by 15/3": a deed due on a day, no cadence."""
    return r.recurring is None and r.cued_deadline


@cache
def _one_definite_end() -> re.Pattern[str]:
    # "Silman's"; "the new Higher PE course": a word saying which one may stand before it
    which = either(goal_words().words.name_adjectives)
    return re.compile(
        rf"(?:\b(?:the|my|our|his|her|their|this|that|a|an)|\w['’]s)\s+(?:(?:{which})\s+)?$"
    )


def one_definite(r: Readings) -> bool:
    """ "update the staff handbook", "finish the Coursera ML course": one thing, done once
    (a plural, "the reports", may be counted)."""
    o = r.obj
    return (
        r.language == "en"
        and o.start is not None
        and o.end is not None
        and _one_definite_end().search(r.folded, max(0, o.start - 16), o.start) is not None
        and not r.folded[: o.end].endswith("s")
    )


def timed_session(r: Readings) -> bool:
    """A session's length with no how-often ("Thiền 15 phút", "meditate 10 minutes"): the
    length is the routine's own measure; how often is still to say."""
    t = r.target
    if t is None or t.kind != "absolute" or t.qualifier is not None:
        return False
    if cued_before(r.folded, t.span.start):
        return False  # "sửa xong trong vòng 48 tiếng": a time limit, no session's length
    # "walk 30 min" (the unit after the number), "đi bộ 30p" (typed against it, in its span)
    spaced = _SESSION_UNIT.match(r.folded, t.span.end)
    if spaced is None and _SESSION_UNIT_GLUED.search(fold(t.span.text)) is None:
        return False
    # the length and its unit close the goal, a word or so at most after them, before what
    # it is for ("... 30 min to lose belly fat")
    end = r.objective.start if r.objective is not None and r.objective.start > t.span.end else None
    for begins in r.times:
        # "hoc tieng anh 30p, bat dau tu thang 1 ...": when the routine starts closes it too
        if begins.kind == "start" and begins.start > t.span.end:
            at = begins.start - len(start_cue(r.folded[: begins.start]))
            end = at if end is None else min(end, at)
    after = r.folded[spaced.end() if spaced else t.span.end : end]
    if _PLACE_NEXT.match(after) and not _EACH_TIME.search(after):
        return True  # "Đi bộ 30 phút ở bờ kè ...": where each session is held
    return not after.split(" ", 3)[3:]


def _pays_off(r: Readings, q: Quantity | None) -> bool:
    """What is owed is paid off ("pay off the last $1.2k", "trả hết nợ thẻ", "clear the
    overdraft"): money or a debt named after a verb of paying it off."""
    return _payoff_verb(r, q) is not None


def _payoff_verb(r: Readings, q: Quantity | None) -> re.Match[str] | None:
    """The verb of paying off, when money (`q`) or a debt is named after it (see _pays_off)."""
    verb = words_re("payoff_verbs").search(r.folded)
    if verb is None:
        return None
    money = q is not None and q.unit is not None and q.unit in MONEY_UNITS
    return verb if money or words_re("debts").search(r.folded, verb.end()) is not None else None


def _session_measure(r: Readings, q: Quantity) -> bool:
    """`q` is how long or how far each session goes ("at least 20 mins", "min. 5km")."""
    typed = fold(q.span.text)
    return bool(
        _SESSION_UNIT.match(r.folded, q.span.end)
        or _SESSION_UNIT_GLUED.search(typed)
        or _distance_unit().search(typed)
        or _distance_unit().match(r.folded, q.span.end)
    )


@cache
def _distance_unit() -> re.Pattern[str]:
    """ "5km", "3 miles": how far a session goes (`session_distance_units`)."""
    return re.compile(rf"\s?(?:{either(goal_words().words.session_distance_units)})\b")


# "... at every 10-hr break": when each session comes, said after the place
_EACH_TIME = re.compile(r"\b(?:every|each|moi|hang)\b")
# "30 phut| o bo ke", "30 min| at the park": where each session is held
_PLACE_NEXT = re.compile(r"\s*(?:o|tai|quanh|at|around)\s+(?:the\s+)?[a-z]")
_SESSION_UNITS = r"phut|minutes?|mins?|hours?|hrs?|tieng"
_SESSION_UNIT = re.compile(rf"\s*(?:{_SESSION_UNITS})\b")
# typed against the number, the short forms too ("30p", "2h")
_SESSION_UNIT_GLUED = re.compile(rf"\d\s?(?:p|ph|h|{_SESSION_UNITS})$")


def held_low_state(r: Readings) -> re.Match[str] | None:
    """Where a measure is said kept or brought down with no amount ("Keep locum spend |down| this
    winter", "get returns |under control|", "giữ tiền điện |thấp|"): a limit whose bound is open."""
    o = r.obj
    if r.target is not None or r.frequency is not None or o.start is None or o.verb is None:
        return None
    end = r.objective.start if r.objective is not None else len(r.folded)
    states = (
        "held_low_states" if canonical(o.verb) in word_set("held_verbs") else "controlled_states"
    )
    state = words_re(states).search(r.folded, o.start, end)
    if state is None or _LEVEL_OR_PLACE_NEXT.match(r.folded, state.end()):
        return None  # "get my weight down to race weight", "built down on the wharf"
    return state


_LEVEL_OR_PLACE_NEXT = re.compile(r"\s+(?:to|on|at|by\s+\d|in\s+the)\b")


def habit_wished_less(r: Readings) -> bool:
    """A wish to do a habit less, with no amount ("drink less soda", "bớt uống trà sữa", "Bớt
    cà phê sữa lại"): a weekly cap is its measure, a bound kept."""
    return (
        not (
            r.target is not None
            or r.frequency is not None
            or r.recurring is not None
            or r.deadline is not None
            or r.direction != "decrease"
            or (
                r.metric is not None
                and r.metric.kind != "activity"
                # "eat less junk food so i can lose weight": the weight is the reason's
                and not (r.objective and r.metric_span and r.metric_span.start >= r.objective.start)
            )
        )
        and _less_deed(r.language).search(r.folded) is not None
    )


def less_deed_end(r: Readings) -> int | None:
    """Where the habit wished less is said to end ("cut back on Diet Coke| and eat lunch")."""
    m = _less_deed(r.language).search(r.folded)
    return m.end() if m is not None else None


@cache
def _less_deed(language: str) -> re.Pattern[str]:
    """A wish for less of a habit: "drink less soda" (English, "less" after the verb), "bớt
    uống trà sữa" (Vietnamese, the wish first)."""
    words = goal_words().words
    deeds = either(getattr(words.cappable_deeds, language))
    less = either(getattr(words.less_words, language))
    if language == "en":
        # "drink less soda", and "cut down on eating out": the less said before the doing
        doings = either(words.cappable_doings)
        before = either(words.less_before)
        things = either(words.cappable_things_en)
        lead = rf"(?:(?:{either(words.less_leads_en)})\s+)?"
        # "Starting next week im gonna cut back on the late night snacking": when it starts may
        # come first, and a word or two may say which of the thing
        lead = r"(?:(?:starting|from)\s+[^,.;!?]{0,24}?,?\s+)?" + lead  # "..., cut back on"
        return re.compile(
            rf"^\W*{lead}(?:(?:{deeds})\s+(?:{less})"
            rf"|(?:{before})\s+(?:the\s+|my\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{doings})"
            rf"|(?:{before})\s+(?:on\s+)?(?:the\s+|my\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{things}))\b"
        )
    # "bớt uống trà sữa", "Bớt cà phê sữa lại", and "(cho cháu) ăn ít đồ ngọt lại": the deed,
    # then "ít"; who and when may come first ("tu thang sau e se bot uong tra sua lai")
    things = either(words.cappable_things_vi)
    lead = rf"(?:[^,.;!?]{{0,40}}?\b(?:{either(words.less_leads_vi)})\s+)?"
    # "từ tháng giêng bớt nhậu lại": when it starts may come first, with no word of wish
    lead += r"(?:tu\s+(?:thang|tuan|nam|ngay|mai|hom|mung|sau)\b[^,.;!?]{0,16}?\s+)?"
    return re.compile(
        rf"^\W*{lead}(?:cho\s+\w+\s+)?"
        rf"(?:(?:{less})\s+(?:{deeds}|(?:{things})(?=\s+lai\b))|(?:{deeds})\s+it)\b"
    )


@cache
def people_more(language: str) -> re.Pattern[str]:
    """ "hire more baristas", "recruit more staff", "tuyển thêm người": more people, counted one
    by one; the count goes before "more", after "thêm"."""
    words = goal_words().words
    verbs = either(getattr(words.hire_verbs, language))
    people = either(getattr(words.hired_people, language))
    if language == "en":
        return re.compile(rf"\b(?:{verbs})\s+(?P<more>)more\s+(?:[a-z]+s|{people})\b")
    return re.compile(rf"\b(?:{verbs})\s+them\s+(?P<more>)(?:{people})\b")


def kind_of(r: Readings) -> GoalKind:
    """outcome | habit | milestone | limit | not_a_goal, from the goal's structure."""
    kind: GoalKind | None = r.__dict__.get("_kind")
    if kind is None:
        kind = r.__dict__["_kind"] = _kind(r)  # asked by three verdicts and the facts
    return kind


def _kind(r: Readings) -> GoalKind:
    if not r.is_goal:
        return "not_a_goal"
    if wish_for_others(r) is not None:
        return "outcome"  # "get the kids to like maths more": how others feel, to move
    if r.state_clause is not None and r.today_only is not None and r.target is None:
        return "outcome"  # "hien tai ... 400 khach, muon dong hon": today's figure, to move
    if (
        r.obj.verb is not None
        and not r.obj.milestone
        and r.direction not in ("increase", "decrease")
        and r.recurring is None
        and r.deadline is None
        and timed_session(r)
    ):
        return "habit"  # "đi bộ 30p để giảm mỡ bụng": a session's length, done again and again
    q = r.target
    if q is not None and q.value == 0 and goal_words().quit_fully_re.search(r.folded):
        return "limit"  # "quit vaping for good", "gotta cut that out": none at all, kept so
    if habit_wished_less(r):
        return "limit"  # "drink less soda", "Bớt cà phê sữa lại": capped each week, then kept
    if held_low_state(r) is not None:
        return "limit"  # "keep locum spend down this winter": a bound, held
    moving = (
        r.direction in ("increase", "decrease")
        and not _more_often(r)  # "post shorts more consistently": how often, not how much
        and not r.obj.action
        and not (listed_routine(r) and more_of_a_deed(r))  # "more date nights": how often
        and not _one_to_win(r)
        and not (r.obj.milestone and _another(r))  # "mo them chi nhanh": one more branch
    ) or measure_moved(r)
    # "Overdraft's sitting at $210k. Want it under $150k": brought down below, then kept
    moving = moving or (q is not None and q.qualifier == "at_most" and r.stands_above(q))
    if r.item_bound is not None and not moving:
        return "limit"  # "xu ly 100% khieu nai trong vong 48 gio": a standard each one meets
    if q is not None and not r.recurring and race_named(r, q):
        return "milestone"  # "Run the Sporting Life 10K in May": one race to finish
    if q is not None and not r.recurring and race_time(r, q):
        if words_re("time_trials").search(r.folded) is not None:
            return "outcome"  # "sub 25 parkrun", "get my 5k time under 25 min": a best time
        return "milestone"  # "finish the marathon in under 4 hours": one race, run once
    if q is not None and (
        q.qualifier == "at_most" and not moving or (r.direction == "maintain" and q.qualifier)
    ):
        return "limit"
    if r.direction == "maintain" and (q is not None or r.recurring) and not r.obj.action:
        return "limit"
    if q is not None and not moving and floor_said_before(r.folded, q.span.start):
        return "limit"  # "khong duoi 97% moi tuan", "never drop below 80%": a floor to hold
    if (
        q is not None
        and q.value == 0
        and q.kind == "absolute"
        and r.direction is None
        and not (r.obj.milestone or r.obj.action)
    ):
        return "limit"  # "0 tai nan lao dong trong thang 12": none at all is a bound
    if q is None and r.frequency is not None and r.frequency.qualifier == "at_most":
        return "limit"  # "khong xem tiktok qua 30 phut/ngay": a daily ceiling, not a routine
    if q is not None and q.qualifier and r.recurring and r.direction is None and not r.obj.verb:
        if q.qualifier == "at_least" and (
            _session_measure(r, q)
            or (r.frequency is not None and r.frequency.span.end <= q.span.start)
        ):
            # "Jogging 3 times per week, min. 5km each time", "1-on-1 coaching every Thursday,
            # at least 20 mins per agent": the least each session lasts measures the routine
            return "habit"
        return "limit"  # "on-time shipment rate 98% or better every month"
    if q is None and r.vague_quantity is None and skill_to_practise(r):
        # "learn Spanish", "học thêm tiếng Trung": a skill kept up week by week; "get better at
        # Spanish" is a level to grow, practice the way there
        return "habit"
    if (
        not moving
        and (
            is_habit(r)
            or (habit_start(r) and r.deadline is None)  # "start cycling from next monday"
            or routine_returned_to(r)  # "back in the pool after Christmas"
            or (r.frequency and not r.obj.milestone)
            or (r.metric is not None and r.metric.kind == "activity" and r.recurring)
            # "Tap dan deu dan, bat dau tu thu Hai", "record with a guest more often": done how
            # often is the open question of a routine
            or (r.obj.verb is not None and vague_cadence_re().search(r.folded) is not None)
            # "Tổ trưởng ca đêm phải kiểm đếm khu hàng ... thường xuyên hơn": who, then a deed
            # no list names, kept up more often
            or (
                q is None
                and r.deadline is None
                and r.metric is None
                and vague_cadence_re().search(r.folded) is not None
            )
            or more_of_a_deed(r)
            or routine_moved(r)
            # "đi bộ cho khỏe", "bat dau tu 1/12 se di bo": a routine, named with its why or start
            or (q is None and r.deadline is None and routine_named(r) is not None)
            # "do yoga", "do strength training too": a practice kept up a few times a week
            or (q is None and r.deadline is None and words_re("often_routines").search(r.folded))
            # "keep a journal", "do 1-on-1s with my team": a routine of every day or every week
            or (q is None and r.deadline is None and listed_routine(r, _ROUTINE_GROUPS[:3]))
        )
    ):
        return "habit"
    if q is not None and q.kind == "range" and q.baseline is not None and not r.obj.action:
        return "outcome"  # "get on-time performance from 81% to 90%": a measure moves
    if _pays_off(r, q):
        return "outcome"  # "pay off the last $1.2k on my Visa": a balance brought to zero
    if (
        not moving
        and not result_reached(r)
        and not _done_better(r)
        # "Make top 3 on the regional sales leaderboard", "lot top 3 quan an ngon": a standing
        # to reach, whatever verb gets there
        and not (q is not None and q.unit == "rank" and not _set_ranked(r, q))
        and (_milestone_object(r) or _deed(r) or _done_marked(r))
    ):
        return "milestone"
    if (
        q is not None
        and q.kind == "absolute"
        and q.unit is None
        and not moving
        and r.recurring is None
        and r.direction is None  # "Reach 10,000 wishlists before the demo goes live": a level
        and words_re("finish_words").search(r.folded, 0, _goal_end(r)) is not None
    ):
        return "milestone"  # "Q3 estimate reviews for all 60 clients done by 11/15": a set, done
    if q is None and not moving and _credential_named(r):
        return "milestone"  # "PMP cert by June": the credential got, done or not
    if (
        q is None
        and r.direction == "reach"
        and canonical(r.obj.verb or "") in result_verbs()
        and r.metric is None
        and r.platform
        and r.obj.found
        and not (r.obj.vague or r.obj.aim or r.obj.quality)
        and r.vague_quantity is None
    ):
        return "milestone"  # "reach partner on twitch": a standing on the channel, got or not
    return "outcome"


_CLAUSE_BREAK = re.compile(r"[,;:!?]|\s[-–—]\s")


def _goal_end(r: Readings) -> int:
    """Where the goal's own words end: before what it is for or the event it is due by."""
    ends = [s.start for s in (r.objective, r.purpose, r.event_deadline) if s is not None]
    return min(ends, default=len(r.folded))


def _more_often(r: Readings) -> bool:
    """The move is said only as a cadence word ("more consistently", "more regularly", "đều
    đặn hơn"): a routine kept more often, not an amount moved."""
    d = r.direction_span
    return d is not None and any(
        m.start() <= d.start < m.end()
        for m in words_matcher("vague_cadence").finditer(r.folded, r.marked)
    )


@cache
def _hire_verbs(language: Language) -> frozenset[str]:
    return frozenset(canonical(v) for v in getattr(goal_words().words.hire_verbs, language))


def skill_to_practise(r: Readings) -> bool:
    """A skill named with no measure ("learn Spanish", "học thêm tiếng Trung"): practised week
    by week, a habit, not a count of courses to finish; never a course, a credential, a level
    named, more of a deed or a wish for others."""
    return (
        r.target is None
        and r.frequency is None
        and r.recurring is None
        and r.suggested_metric in word_set("practised_skills_measures")
        # "hoc tieng anh nhieu hon": more of it, said so, is a deed done more often; "get
        # better at spanish", "nói tiếng Anh trôi chảy hơn" is a skill grown by practice
        and (
            r.vague_quantity is None
            or canonical(r.vague_quantity.text) not in word_set("more_of_a_deed")
        )
        and not more_of_a_deed(r)
        # "Recruit French and German speaking guides": a language of the people taken on
        and canonical(r.obj.verb or "") not in _hire_verbs(r.language)
        and r.self_rating is None  # "tu tin noi tieng anh 6/10": a level to reach, not a routine
        and not r.quantities  # "toeic 650": a level named
        # "tự tin 8/10 trước hè": a level to reach; "giờ tự tin cỡ 5/10": where it stands
        and (goal_words().confidence_re.search(r.folded) is None or _rated_today(r))
        and wish_for_others(r) is None
        and _helps_others().match(r.folded) is None  # "giup 7A2 tien bo mon tieng Anh": a class's
        and not _credential_named(r)
        # read in the goal's own words: "..., de sau nay thi chung chi ACE" is why, not the deed
        and words_re("once_learning_words").search(own := r.folded[: _goal_end(r)]) is None
        and words_re("once_words").search(_resumed_masked(own)) is None  # "nop xong do an"
    )


def _rated_today(r: Readings) -> bool:
    """The confidence is said as today's ("giờ tự tin cỡ 5/10", "confidence rn is 4/10")."""
    c = r.confidence_span
    if c is None:
        return False
    if words_re("rated_now_words").search(r.folded, max(0, c.start - 16), c.end) is not None:
        return True
    # "Từ tháng 1 học lại tiếng Anh, tự tin chắc 7/10 thôi": a clause of its own after the goal,
    # with no time after it, rates how sure one is of the goal ("tự tin 8/10 trước hè" is a level)
    # ("..., tự chấm mình chắc được 4/10": a few words may open that clause)
    comma = r.folded.rfind(",", 0, c.start)
    return (
        comma >= 0
        and len(r.folded[comma + 1 : c.start].split()) <= 3
        and not any(t.start >= c.end for t in r.times)
    )


@cache
def _helps_others() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{either(goal_words().words.helps_others_openers)})\b")


def _credential_named(r: Readings) -> bool:
    """A goal that only names a course or a credential, with no verb ("AWS SA Pro cert in
    H1", "chứng chỉ tin học trước tháng 6"): to get it is the deed."""
    o = r.obj
    if o.verb is not None or o.start is None or o.end is None or o.vague or o.aim:
        return False
    named = r.folded[o.start : o.end].split()
    courses = word_set("course_words")
    return bool(named) and (named[-1] in courses or named[0] in courses)


def race_named(r: Readings, q: Quantity) -> bool:
    """The amount is a race's distance said as its name ("Run the Sporting Life 10K", "do a
    5k", "my first 10k"): one race, run once, its distance fixed."""
    return words_re("races").fullmatch(fold(q.span.text)) is not None and (
        _A_RACE_END.search(r.text, max(0, q.span.start - 40), q.span.start) is not None
    )


# "a 10k", "the Sporting Life 10K", "my first 5k": a race named, not a distance to cover
_A_RACE_END = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Mm]y(?: first)?|[Oo]ur)\s+(?:[A-Z][\w'-]*\s+){0,3}$")


def race_time(r: Readings, q: Quantity) -> bool:
    """The amount is the time to run a named race in ("finish the marathon in under 4 hours",
    "a sub-50 10k", "5k time under 25 min"), not a standing bound or the race's distance."""
    if q.qualifier != "at_most" or (
        # "chay 5km duoi 30p": a distance typed with its unit is a run of that length too
        words_re("races").search(r.folded) is None and _DISTANCE.search(r.folded) is None
    ):
        return False
    return (
        TIME_TYPED.match(r.folded, q.span.start) is not None
        or _SUB_BEFORE.search(r.folded, 0, q.span.start) is not None
        # "under twenty minutes": the number said in words, its unit after it
        or _TIME_UNIT_NEXT.match(r.folded, q.span.end) is not None
    )


_SUB_BEFORE = re.compile(r"\bsub[- ]?$")
_DISTANCE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:km|mi|miles?)\b")
_TIME_UNIT_NEXT = re.compile(r"\s*(?:mins?|minutes?|hours?|hrs?|phut|tieng|gio)\b")


def routine_moved(r: Readings) -> bool:
    """A routine of every day or night moved earlier ("dậy sớm hơn", "go to bed earlier"): kept
    up night after night, not done once by a date."""
    earlier = speed_re(r.language, "earlier_comparatives").search(r.folded)
    q = r.target
    return (
        earlier is not None
        # "get to bed 30 minutes earlier": the amount is how much earlier
        and (
            q is None
            or 0 <= earlier.start() - q.span.end <= 12
            or 0 <= q.span.start - earlier.end() <= 3
        )
        and r.deadline is None
        and daily_routine(r) is not None
    )


def daily_routine(r: Readings) -> re.Match[str] | None:
    """The routine of every night or every day the goal names ("go to bed", "dậy"), night first."""
    return words_re("nightly_routines").search(r.folded) or words_re("daily_routines").search(
        r.folded
    )


_ROUTINE_GROUPS = ("nightly_routines", "daily_routines", "weekly_routines", "often_routines")


def listed_routine(r: Readings, groups: tuple[str, ...] = _ROUTINE_GROUPS) -> bool:
    """The goal names a routine of every night, day or week, or of a few times a week ("date
    nights", "keep a journal", "go to the gym"), with the marks the user typed."""
    return any(
        next(words_matcher(group).finditer(r.folded, r.marked), None) is not None
        for group in groups
    )


def more_of_a_deed(r: Readings) -> bool:
    """A deed done more, with no number or date ("do more stretching", "drink more water", "ăn
    nhiều rau hơn"): how often is the open question of a routine, not a total to reach."""
    q = r.vague_quantity
    return bool(
        (r.obj.action or listed_routine(r))
        and q is not None
        and canonical(q.text) in word_set("more_of_a_deed")
        and r.direction in (None, "increase", "reach")
        and r.target is None
        # "more bike rides w/ the kids next summer": a routine of the week, in a season
        and (r.deadline is None or _routine_next(r, q.end))
        and (r.metric is None or r.metric.kind == "activity")
        # "we do ~40 closings a month, want more": a count ("thi vao 10" names an exam; "...,
        # 3/10 i stick with it" rates the odds)
        and not _ANY_DIGIT.search(_family_counted().sub(" ", without_exam_names(_unrated(r))))
        and (
            # "we want more time off the farm together", "want more date nights": what is
            # wanted more is a routine of the week, named right after "more"
            _routine_next(r, q.end)
            # "be home for dinner w the kids more": the routine named right before "more"
            or _routine_next(r, q.start, before=True)
            or (
                canonical(r.obj.verb or "") not in word_set("more_not_a_deed")
                # "be a more patient coach": a way to be, whatever noun follows, is no deed
                and canonical(r.folded.split()[0]) not in word_set("more_not_a_deed")
            )
        )
    )


def _unrated(r: Readings) -> str:
    """The text with how sure the user is left out ("..., 8/10 confident")."""
    c = r.confidence_span
    return r.folded if c is None else mask(r.folded, c.start, c.end)


@cache
def _family_counted() -> re.Pattern[str]:
    """ "my 2 kids", "2 dua nho": how many the deed is done with, no amount of it."""
    return re.compile(rf"\b\d{{1,2}}\s+(?:{either(goal_words().words.counted_family)})\b")


def _routine_next(r: Readings, at: int, before: bool = False) -> bool:
    """A routine of the week, or of a few times a week, is named right after `at` (or before
    it, with whom it is done in between: "home for dinner w the kids more")."""
    return any(
        (m.end() <= at and len(r.folded[m.end() : at].split()) <= 3)
        if before
        else 0 <= m.start() - at <= 1
        for group in ("weekly_routines", "often_routines")
        for m in words_matcher(group).finditer(r.folded, r.marked)
    )


_ANY_DIGIT = re.compile(r"\d")


def measure_moved(r: Readings) -> bool:
    """A measure moved up or down with no number ("Get our email open rate up", "pallets per
    hour up"): a result to reach, not a thing done once."""
    o = r.obj
    return (
        o.head_measure
        and o.end is not None
        and r.direction in (None, "reach")
        and _MOVED_AFTER.match(r.folded, o.end) is not None
    )


_MOVED_AFTER = re.compile(r"\s+(?:back\s+)?(?:up|down|higher|lower)\b")


def _one_to_win(r: Readings) -> bool:
    """ "Win the Henderson contract": a verb that could grow a count, said of one named thing;
    "raise my day rate" moves a measure."""
    d = r.direction_span
    return bool(
        r.obj.milestone
        and not r.obj.head_measure
        and r.obj.concrete
        and r.target is None
        and r.vague_quantity is None
        and d is not None
        and canonical(d.text) == canonical(r.obj.verb or "")
    )


def one_of_a_count(r: Readings) -> bool:
    """One thing a counted measure is made of, done once ("fix login bug", "close the Henley
    ticket"): the deed, not the count of bugs moved by a share."""
    s = r.metric_span
    return bool(
        r.language == "en"
        and s is not None
        and r.metric is not None
        and r.metric.unit == "count"
        and r.obj.milestone
        and r.target is None
        and r.frequency is None
        and r.recurring is None
        and r.vague_quantity is None
        and r.direction is None
        and s.text.isalpha()
        and not s.text.lower().endswith("s")
        and _PLURAL_NEXT.match(r.folded, s.end) is None
    )


_PLURAL_NEXT = re.compile(r"(?:es|s)?\s+(?:and|&|or)\s")


def _deed(r: Readings) -> bool:
    """A one-time thing to do or deliver, counted or not: "hire 2 engineers", "run 3 workshops",
    "release the app to 100% of users", "get IELTS 7.0" (not "sell 500 units": a result)."""
    m, q = r.metric, r.target
    if one_of_a_count(r):
        return True
    if (q is not None and q.kind == "level") or (m is not None and m.key in _EXAM_METRICS):
        return True
    if (
        not (r.obj.milestone or r.obj.action)
        or r.obj.aim
        or r.recurring
        or r.frequency
        or not r.obj.found
    ):
        return False
    if (q is not None and q.kind == "range") or canonical(r.obj.verb or "") in result_verbs():
        return False  # "get eNPS from 12 to 30", "become the #1 reseller": a result
    if m is None or not metric_is_head(r):
        return True  # "trien khai chatbot ho tro khach hang": customers only say which chatbot
    if m.kind == "activity":
        return False  # "read 12 books": a count of the activity is the result
    rollout = r.obj.milestone and q is not None and q.kind == "percent" and not q.relative
    return rollout or m.type not in goal_words().words.outcome_metric_types


_EXAM_METRICS = frozenset({"test_score"})


def result_verbs() -> frozenset[str]:
    return word_set("result_verbs")


_CLAUSE_STOP = re.compile(r"[,;.:!?]")


def _sped_up(r: Readings) -> str | None:
    """What a wish for speed is about, in the user's words ("Fix bugs" of "Fix bugs faster");
    None with no speed wished or nothing named but the speed ("get faster")."""
    speed = speed_re(r.language).search(r.folded)
    if speed is None:
        return None
    fillers = word_set("speed_fillers")

    def named(text: str) -> list[str]:
        # function words of either language (the goal model's "stop" words) name nothing
        return [
            w.strip(",.;:!?()")
            for w in text.split()
            if (c := canonical(w.strip(",.;:!?()")))
            and c not in fillers
            and "stop" not in categories(c, "en") | categories(c, "vi")
            and not DIGIT.search(c)
        ]

    # the deed said before the speed in its clause ("ra món| nhanh hơn"), else what follows it
    # up to the clause's end ("get faster at| running")
    start = max(r.text.rfind(p, 0, speed.start()) for p in ",;.:") + 1
    stop_at = _CLAUSE_STOP.search(r.text, speed.end())
    before = named(r.text[start : speed.start()])
    after = named(r.text[speed.end() : stop_at.start() if stop_at else len(r.text)])
    return " ".join((before or after)[:6]) or None


def vague_count_each_time(r: Readings) -> bool:
    """A routine's count said vaguely, its cadence said ("read a few articles every week",
    "tuần nào cũng đọc vài bài báo"); "do some stretching every morning" counts no things."""
    if r.target is not None or (r.frequency is None and r.recurring is None):
        return False
    end = r.objective.start if r.objective is not None else len(r.folded)
    v = words_re("loose_counts").search(r.folded, 0, end)  # "... so I have some headspace"
    if v is None or (
        canonical(v[0]) in lexicon().marked_vague_counts
        and ((loose := marked_loose_count(r, r.folded)) is None or loose.start() != v.start())
    ):
        return False  # only "vài", "mấy" typed with their marks count: "vai" may be "vải"
    thing = _NEXT_WORD.match(r.folded, v.end())
    # "a few times every week", "vài lần": how often, said loosely, is the cadence's own word
    return (
        thing is not None
        and not thing[1].endswith("ing")
        and thing[1] not in word_set("loose_cadence_words")
    )


# first place said in so many words ("#1", "number one", "no.1"); "hang 1", "so 1" typed bare are
# as often a bank's or a file's words
_FIRST_PLACE = re.compile(r"(?:#|number|no\.?|so)\s*(?:1|one|mot)")
# "số 1 |ở chợ xã", "no.1 |in Penang", "#1 |in the county": first in a place, not at a contest,
# in a league or in a measure ("No.1 in new logos")
_IN_A_PLACE = re.compile(r"\s+(?:o|tai(?! xe\b)|khu)\s")
# "top 3 in the district", "top 5 khu vực ...": a place said by a word of places
_RANKED_IN_AFTER = re.compile(r"\s+(?:in|at)\s+\w")
_IN_THE_PLACE = re.compile(
    r"\s+(?:(?:in|on)\s+(?:the\s+|our\s+)?(?:county|city|town|region|area|district|borough|state)\b"
    r"|khu vuc\s)"
)
_IN_A_NAMED_PLACE = re.compile(
    r"\s+(?:in\s+(?:the\s+)?|on\s+the\s+)"
    r"(?=[A-Z]|(?:county|city|town|region|area|country|world|district)\b)"
)


# "top 3 |xưởng gia công| ở Hà Đông", "a top 3 |dive operator| on the Coral Coast": a few words
# of what is ranked, then the place ("tai xe" is a driver, no "tại")
_KIND_THEN_PLACE = re.compile(r"(?:\s+(?!tai xe\b)[\w'&-]+){1,4}?(?=\s+(?:o|tai|khu)\s)")
_KIND_THEN_NAMED_PLACE = re.compile(
    r"(?:\s+(?!(?:in|on|of|at|for|the)\b)[\w'&-]+){1,4}?(?=\s+(?:in|on)\s)"
)
_SUPERLATIVE_EST = re.compile(r"\b\w{2,}est\b")


def _first_in_a_place(r: Readings) -> bool:
    """First place or a place in the top few, said in a town or a market ("tiệm in số 1 ở Biên
    Hòa", "no.1 in Penang", "top 3 xưởng gia công ở Hà Đông", "a top 3 dive operator on the Coral
    Coast"), no league, contest, platform or measure named: the place says where, not by what it
    is ranked."""
    rank = r.target
    if rank is None or rank.kind != "rank" or r.platform_span is not None:
        return False
    first = rank.value == 1 and _FIRST_PLACE.fullmatch(fold(rank.span.text).lower()) is not None
    # "top 1 ban topping o quan": the first of the staff, said as "top 1", is one's own place
    top = 2 <= rank.value <= 10 and fold(rank.span.text).lower().startswith("top")
    if not (first or top) or (top and words_re("rank_sites").search(r.folded) is not None):
        return False
    end = rank.span.end
    if top:
        # "top 3 |quán cà phê| ở Đà Nẵng": what is ranked, then where, by no measure
        kind = _KIND_THEN_PLACE.match(r.folded, end) or _KIND_THEN_NAMED_PLACE.match(r.text, end)
        if kind is not None:
            if any(t.start <= kind.end() + 4 < t.end for t in r.times):
                return False  # "top 5 of the day in Q2 2027": a time, no place
            end = kind.end()
    there = _IN_THE_PLACE.match(r.folded, end)
    return (
        (
            _IN_A_PLACE.match(r.folded, end) is not None
            # the place's capitals are the user's: matched on the text as typed
            or _IN_A_NAMED_PLACE.match(r.text, end) is not None
            or (top and there is not None)
        )
        # "top 10 in the district in UCE": the exam it is ranked in, said after the place
        and not (there is not None and _RANKED_IN_AFTER.match(r.folded, there.end()) is not None)
        and words_re("ranked_fields").search(r.folded) is None
        and words_re("ranking_lists").search(r.folded) is None
        and _measured_by(r, rank.span.end) is None
    )


def _measured_by(r: Readings, at: int) -> re.Match[str] | None:
    """The words after `at` that say what a rank is ranked by ("for QA scores", "on Google",
    "most-recalled", "được đánh giá cao nhất"), or the site whose ranking it is, named anywhere
    ("top 10 on the Akuna St climb on Strava"); never a deadline's "by" ("by Q2") nor a place's
    "on the" ("on the Coral Coast")."""
    if (site := words_re("rank_sites").search(r.folded)) is not None:
        return site
    # a superlative in the few words after the rank: "#1 most-recalled coffee chain"
    near = r.folded[at : at + 48]
    if (sup := words_re("rank_superlatives").search(near)) is not None:
        return sup
    for est in _SUPERLATIVE_EST.finditer(near):
        if est[0] not in word_set("not_superlatives"):
            return est
    for by in words_re("rank_measured_by").finditer(r.folded, at):
        if any(t.start <= by.start() < t.end for t in r.times):
            continue
        if by[0] == "on the" and r.text[by.end() + 1 : by.end() + 2].isupper():
            continue
        return by
    return None


# a ranking entered: "get us into the |top 3 food banks in the state"
_INTO_TOP_END = re.compile(r"\binto(?: the)?\s+$")
# the words a ranking's measure is named in, after its "by"/"for" ("for QA scores")
_RANK_MEASURE = re.compile(r"(?:\s+(?!by\b|before\b|in\b|this\b|next\b)[\w#-]+){1,3}")


def loose_times(r: Readings) -> re.Match[str] | None:
    """How many times a period a routine is kept, said loosely ("a few times a week", "vai
    buoi/tuan", "moi tuan vai buoi"): the loose count, where a number should stand. Typed bare,
    "vai" and "may" count only before a word of times ("vải buổi" is no phrase)."""
    if r.target is not None or r.recurring is None:
        return None
    if r.frequency is not None and DIGIT.search(r.frequency.span.text):
        return None  # "3 times a week": the count is said ("moi tuan" alone says once)
    end = r.objective.start if r.objective is not None else len(r.folded)
    for m in _loose_times().finditer(r.folded, 0, end):
        if (
            canonical(m[1]) in lexicon().marked_vague_counts
            and r.marked is not None
            and not has_vietnamese_marks(r.marked[m.start(1) : m.end(1)])
            and len(r.marked) == len(r.folded)
        ):
            continue  # typed bare in a text with marks: "may" may be "máy"
        return m
    return None


@cache
def _loose_times() -> re.Pattern[str]:
    """A loose count, then a word of times (data: loose_counts, loose_cadence_words)."""
    counts = either(goal_words().words.loose_counts)
    times = either(goal_words().words.loose_cadence_words)
    return re.compile(rf"\b({counts})\s+(?:{times})\b")


def _done_better(r: Readings) -> bool:
    """A deed wished done better, with no amount ("Dịch cabin tốt hơn", "learn to cook
    better"): a quality to grow, an outcome whose measure is asked, not a thing done once."""
    v = r.vague_quantity
    return (
        r.target is None
        and v is not None
        and words_re("quality_comparatives").fullmatch(r.folded, v.start, v.end) is not None
        # "pass unit 2 with merit or better": a level with a floor, done once
        and not r.folded[: v.start].endswith(("or ", "hoac "))
    )


def _better_by_share(r: Readings) -> bool:
    """A percent said of a quality ("30% better on SLAs", "ngon hon 30%") with no catalog
    measure: of what the share is taken, nothing says."""
    q = r.target
    if q is None or q.unit != "%" or r.metric is not None:
        return False
    said = either(goal_words().words.quality_comparatives)
    # the percent right before the comparative ("30% better"), or after it ("ngon hon 30%",
    # "better by 30%"); "98% or better" is a level with a floor, not a change
    return bool(
        re.match(rf"\s*(?:{said})\b", r.folded[q.span.end :])
        or re.search(rf"\b(?:{said})\s+(?:by\s+)?$", r.folded[: q.span.start])
    )


_OF_NEXT = re.compile(r"\s+(?:of|cua)\b")  # "70% of quota": the percent says its base


def share_of_whom(r: Readings) -> str | None:
    """Who or where a bare percent is said of, with no measure named ("every rep must stay
    above 70%", "Khu B phải lên 95%"): the percent of what is unsaid; None otherwise."""
    q, o = r.target, r.obj
    if q is None or q.unit != "%" or r.metric is not None or r.counted or r.platform:
        return None
    if o.start is None or o.end is None or o.end > q.span.start or o.head_measure or o.head_metric:
        return None
    if r.placing is not None or rate_named(r) is not None or _OF_NEXT.match(r.folded, q.span.end):
        return None
    # who is the object's head: first in Vietnamese ("Khu B", "KTV nào"), last in English
    # ("every rep"); "chênh lệch kiểm kê kho" is a gap counted in the warehouse
    words = r.folded[o.start : o.end].split()
    while len(words) > 1 and (len(words[-1]) == 1 or words[-1].isdigit()):
        words.pop()  # "Zone B", "Store 12": the letter or number names which one
    head = words[0] if r.language == "vi" else words[-1]
    if r.language == "en" and words[0] in word_set("state_qualifiers"):
        return None  # "unfilled volunteer shifts under 5%": the share of shifts left unfilled
    said = list(words_matcher("percent_subjects").finditer(r.folded, r.marked))
    if not any(o.start <= m.start() < o.end and m[0].split()[0] == head for m in said) and not (
        r.language == "vi" and any(m.start() == o.start for m in said)
    ):
        return None
    after = r.folded[q.span.end :].split()[:1]
    if after and not categories(after[0], r.language) and after[0].isalpha():
        return None  # "90% filled", "95% on-time": the word after the percent is its measure
    # only a verb and its little words between who and the percent ("must stay above", "phải
    # giữ trên"); "must keep shrink under 2%" names the measure as a second verb-like word
    between = [categories(w, r.language) for w in r.folded[o.end : q.span.start].split()]
    if not all(between) or sum("verb" in c for c in between) > 1:
        return None
    return r.text[o.start : o.end]


def specific(r: Readings, ctx: Resolved, lang: Language) -> Verdict:
    lex = lexicon()
    if not r.is_goal:
        return _verdict(
            "missing", msg(lang, "specific.not_goal"), None, msg(lang, "specific.q_not_goal")
        )
    what = what_label(r)
    obj = object_label(r)
    if ctx.metric_text and not (r.metric and what) and not r.counted:
        return _answered_what(r, ctx, lang)
    if (felt := _felt(r)) is not None:
        # "feel 7/10 ready for my viva": what it is about is named; what is rated is a feeling
        return _verdict(
            "partial",
            msg(lang, "specific.partial_feeling", rating=felt),
            felt,
            msg(lang, "specific.q_feeling", rating=felt),
        )
    if (clock := r.clock_routine) is not None and not (r.metric or r.counted):
        # "get up at 6am", "ngủ trước 12h đêm": the routine and the time it keeps
        said = r.text[: clock.end].strip(" ,")
        return _verdict("met", msg(lang, "specific.met_routine", what=said), said)
    # today's amount counts the same thing the goal moves ("thu nhap dc 420tr, nam sau muon hon")
    measured = (
        r.target is not None
        or r.frequency is not None
        or r.recurring is not None
        or r.today_only is not None
    )
    if not (measured or r.metric or r.counted) and (sped := _sped_up(r)) is not None:
        # "Fix bugs faster", "reply faster to applicants": the deed is named; which time shows
        # it faster is not
        return _verdict(
            "partial",
            msg(lang, "specific.partial_speed", thing=sped),
            sped,
            msg(lang, "specific.q_speed"),
        )
    if (place := r.placing) is not None and not r.platform and not _first_in_a_place(r):
        # "math team top 5 at state": the placing names what is counted and where
        return _verdict("met", msg(lang, "specific.met", what=place.text), place.text)
    if (rank := r.target) is not None and rank.kind == "rank" and r.metric is None:
        by = _measured_by(r, rank.span.end)
        if (
            by is None
            # "top 20 accounts", "top 10 của lớp": the best few picked, or a class's own order;
            # only first place said of the user's own business asks by what
            and (
                rank.value == 1
                and _FIRST_PLACE.fullmatch(fold(rank.span.text).lower()) is not None
                # "get us into the top 3 food banks in the state": the user's own place in a
                # ranking to enter
                or _INTO_TOP_END.search(r.folded, max(0, rank.span.start - 16), rank.span.start)
                is not None
                # "Lọt top 3 xưởng gia công ở Hà Đông": the top few of a kind in a place
                or _first_in_a_place(r)
            )
            and r.platform_span is None
            and words_re("ranked_fields").search(r.folded) is None
            and words_re("ranking_lists").search(r.folded) is None
        ):
            # "Be the number 1 sacco on Rongai route": first among whom is said, by what is not
            shown = rank.span.text
            return _verdict(
                "partial",
                msg(lang, "specific.partial_rank", rank=shown),
                shown,
                msg(lang, "specific.q_rank_by"),
            )
        if by is not None and (r.obj.vague or not r.obj.found):
            # "Be the #1 team in our LOB for QA scores": the ranking's measure is named
            named = _RANK_MEASURE.match(r.text, by.end())
            shown = rank.span.text + (named[0] if named else "")
            return _verdict("met", msg(lang, "specific.met", what=shown), shown)
    if (level := r.target) is not None and level.kind == "level":
        # "đạt chứng chỉ B1", "thi dat N3": a language level named is the thing reached
        return _verdict("met", msg(lang, "specific.met", what=level.span.text), level.span.text)
    if obj and not (r.obj.vague or r.vague_object) and _better_by_share(r):
        return _area_partial(obj, lang)  # "be 30% better on SLAs": better in which result?
    if r.target is not None and (who := share_of_whom(r)) is not None:
        # "Khu B phải lên 95%": who or where is named, what the percent measures is not
        share = r.target.span.text
        return _verdict(
            "partial",
            msg(lang, "specific.partial_share_of", share=share, who=who),
            who,
            msg(lang, "specific.q_share_of", share=share, who=who),
        )
    # an area of work or an aim with no measure: "improve our onboarding process"
    aiming = bool(
        obj
        and r.obj.concrete
        and (r.obj.aim or r.obj.area and not r.obj.milestone)
        and not measured
    )
    if (
        r.wish_end is not None
        and not (r.metric or r.counted or measured)
        and (r.vague_object is None or r.vague_object.start >= (r.wish_start or 0))
    ):
        # "be a greener bus company", "be kinder to each other": the wish itself is what is vague
        after = r.vague_object is not None and r.vague_object.start >= r.wish_end
        end = r.vague_object.end if r.vague_object and after else len(r.text)
        if (stop := _CLAUSE_BREAK.search(r.text, r.wish_end, end)) is not None:
            end = stop.start()  # "..., team is depending on me": a remark of its own after it
        return _wish_missing(r.text[(r.wish_start or 0) : end].rstrip(" .!"), lang)
    if (had := r.quality_had) is not None and not measured:
        # "want d band to have a better vibe", "lam cho kenh co vibe rieng": a quality had
        return _wish_missing(had.text, lang)
    if (at := wish_for_others(r)) is not None:
        # "I want my staff to feel less burnt out", "Muon cac be yeu sach hon": how others
        # should feel, with nothing named to count; the wish ends before its date or reason
        return _wish_missing(_wish_from(r, at), lang)
    if obj and _wished_better(r):
        return _area_partial(_wished(r) or obj, lang)  # "muon ban hang tot hon": wished better
    if (wished := praised(r)) is not None:
        return _wish_missing(wished, lang)  # "Ve dep hon", "Tiem dong khach hon"
    if (raised := _taken_to_a_level(r)) is not None:
        return _wish_missing(raised, lang)  # "take our bakery to the next level"
    if obj and aiming and (_metric_modifies(r) or r.obj.aim and (r.obj.area or r.obj.quality)):
        if r.obj.quality and not _metric_modifies(r) and _whole_place(obj, r.language):
            # "Make the library feel more welcoming", "Get the site looking tidy": a whole
            # place made better names nothing to count; what would show it is the question
            return _wish_missing(_wish_from(r, r.obj.start or 0, clause=True), lang)
        # "cai thien quy trinh tiep nhan khieu nai": the process, not the complaints, is the aim
        return _area_partial(obj, lang)
    if r.metric and what and not _vague_owner(r):
        evidence = _join(r, r.metric_span, r.platform_span)
        own_measure = bool(
            r.obj.concrete
            and obj
            and len(obj) > len(what)
            # "the club followers", "our employer brand followers": followers are a channel's,
            # whoever they follow
            and r.metric.key not in word_set("channel_only_measures")
            # "Use the $10k ads budget to hit 5k followers": the budget is no followers' measure
            and fold(what.lower()) in fold(obj.lower())
            # "employee engagement score"; "school group visits", "store visits": the thing
            # named before the channel's word says whose they are, and no channel is meant
            and (r.obj.head_metric or (obj.endswith(f" {what}") and not r.platform))
            # "lượt theo dõi trang của trường", "lượt xem video giới thiệu": a Vietnamese
            # channel measure said first, then whose page or clip it is, is still the channel's
            and not (r.language == "vi" and fold(obj).startswith(fold(what)))
            # "nguoi follow": only counted, still the channel's followers
            and canonical(obj[: len(obj) - len(what)].strip()) not in word_set("metric_counters")
            # "làm video về cuộc sống công nhân, đạt 1 triệu lượt xem": a clip's views are a
            # channel's, whichever clip; "our waste reduction page": a page is one too
            and words_re("content_pieces").match(fold(obj)) is None
            and words_re("channel_words").search(fold(obj)) is None
        )
        if r.metric.channel and (not r.platform or r.platform_generic) and own_measure:
            # "employee engagement score": a measure of its own, not a channel's engagement
            return _verdict("met", msg(lang, "specific.met", what=obj), obj)
        if (
            r.metric.channel
            and not r.platform
            and (r.domain != "marketing" or r.offline)
            # "Tăng follow lên 5k ... để bán được hoa": followers are a channel's in any field
            and not (r.metric.key == "followers" and not r.offline)
            # "Đăng clip hành trình giảm cân, đạt 10k view": a clip's views, in any field
            and not (r.metric.key == "views" and words_re("content_pieces").search(r.folded))
            and not ctx.platform
        ):
            # "3x normal peak traffic" on an API, "clinic visits": no channel is meant outside
            # marketing, so none is asked for or added
            return _verdict("met", msg(lang, "specific.met", what=what), evidence)
        if r.metric.channel and (not r.platform or r.platform_generic):
            if ctx.platform:
                return _verdict(
                    "met",
                    msg(lang, "specific.met_context", what=what, platform=ctx.platform),
                    evidence,
                )
            key = "partial_generic" if r.platform_generic else "partial_channel"
            return _verdict(
                "partial",
                msg(lang, f"specific.{key}", what=what),
                evidence,
                msg(lang, "specific.q_channel", what=_cap(what)),
            )
        on = f" {msg(lang, 'rewrite.on_platform', platform=r.platform)}" if r.platform else ""
        return _verdict("met", msg(lang, "specific.met", what=what + on), evidence)
    if r.counted and what:
        if not r.platform and not ctx.platform and _following_a_page().search(r.folded):
            # "Get 300 residents following our page": the page's followers, on which channel?
            shown = r.counted.text
            return _verdict(
                "partial",
                msg(lang, "specific.partial_channel", what=shown),
                shown,
                msg(lang, "specific.q_channel", what=_cap(shown)),
            )
        return _verdict("met", msg(lang, "specific.met", what=what), r.counted.text)
    if obj and r.obj.concrete and not _vague_quality(r):
        if _channel_only(r):
            return _platform_partial(r, obj, lang)  # "tăng 15% cho kênh Zalo OA": which number?
        if change_of_a_whole(r):
            return _area_partial(obj, lang)  # "grow the show 25%": which of its numbers?
        if aiming and not r.obj.head_measure:
            return _area_partial(obj, lang)  # an area, not the result that shows progress
        return _verdict("met", msg(lang, "specific.met_object", what=obj), obj)
    if r.frequency is not None and r.frequency.unit and (r.vague_object or r.goal_verb):
        # "study Python for 5 hours a week": the cadence itself is the thing counted
        shown = r.frequency.span.text
        return _verdict("met", msg(lang, "specific.met", what=shown), shown)
    if r.obj.action and measured and not (r.vague_object or r.obj.vague):
        # "walk 30 minutes a day", "take my meds every night": the action itself is concrete
        shown = r.frequency.span.text if r.frequency else (obj or r.obj.verb or "")
        return _verdict("met", msg(lang, "specific.met_object", what=shown), shown)
    if not measured and (routine := routine_named(r)) is not None:
        return _verdict("met", msg(lang, "specific.met_routine", what=routine), routine)
    if routine_moved(r):
        # "dậy sớm hơn": the routine is the thing to do; how much earlier is Measurable's
        m = daily_routine(r)
        said = r.text[m.start() : m.end()] if m else (r.obj.verb or "")
        return _verdict("met", msg(lang, "specific.met_routine", what=said), said)
    if (
        r.vague_object
        and r.vague_area
        and (amount_said := lex.amount_areas.get(canonical(r.vague_object.text))) is not None
        and amount_said.search(r.folded, r.marked)
    ):
        # "get more sleep", "ngủ nhiều hơn": an amount of it, counted in hours a night
        shown = r.vague_object.text
        return _verdict("met", msg(lang, "specific.met", what=shown), shown)
    if r.vague_object and r.vague_area:
        vague = r.vague_object.text
        key = r.suggested_metric or "followers"
        suggest: str | None = lex.metrics[key].name(lang)
        return _verdict(
            "partial",
            msg(lang, "specific.partial_area", vague=vague),
            vague,
            msg(lang, f"specific.{_asked_for(key)}", vague=vague, suggest=suggest),
        )
    if obj and _comparative_aim(r):
        return _area_partial(obj, lang)  # "don dep nha cua gon gang hon": a thing, a vague aim
    if obj and r.obj.vague and not r.vague_object and _named_area(r):
        return _area_partial(obj, lang)  # "improve client communication": whose, not how much
    if r.vague_object or (obj and (r.obj.vague or _vague_quality(r))):
        suggest = lex.metrics[r.suggested_metric].name(lang) if r.suggested_metric else None
        vague = r.vague_object.text if r.vague_object else (obj or "")  # obj is set here
        if (
            r.platform
            and not r.platform_generic
            and r.domain == "marketing"
            and words_re("audience_wishes").search(r.folded) is not None
        ):
            # "I want my Insta to finally blow up": where is said, not which number there
            return _platform_partial(r, vague, lang)
        question = (
            msg(lang, f"specific.{_asked_for(r.suggested_metric)}", vague=vague, suggest=suggest)
            if r.suggested_metric
            and suggest
            # "raise awareness of our clinic among local GPs": who is to know is said; no
            # channel's number is asked of it
            and words_re("people_audience_cues").search(r.folded) is None
            else msg(lang, "specific.q_vague_open", vague=vague)
        )
        return _verdict(
            "missing", msg(lang, "specific.missing_vague_open", vague=vague), vague, question
        )
    if _money_raised(r) and r.target is not None:
        # "raise $3,500 by Feb 28": the money put together is the thing counted
        shown = r.target.span.text
        return _verdict("met", msg(lang, "specific.met", what=shown), shown)
    if (
        not r.obj.found
        and r.vague_quantity is not None
        and not (r.platform or r.obj.action or r.obj.milestone or measured)
        and not any(t.kind == "past" for t in r.times)  # "... nhieu hon nam ngoai": a yardstick
    ):
        # "sell more", "ban duoc nhieu hon": more of nothing named (walking more is an action)
        key = _missing_key(r)
        return _verdict(
            "missing", msg(lang, "specific.missing"), None, msg(lang, f"specific.{key}")
        )
    if r.platform or ((r.goal_verb or r.direction) and r.target is None):
        evidence = r.platform_span.text if r.platform_span else None
        return _verdict(
            "partial",
            msg(lang, "specific.partial_object"),
            evidence,
            msg(lang, "specific.q_object"),
        )
    key = _missing_key(r)
    return _verdict("missing", msg(lang, "specific.missing"), None, msg(lang, f"specific.{key}"))


def _missing_key(r: Readings) -> str:
    """Which question asks what should change: a channel's only where a channel or an audience
    is talked of ("grow our audience"); "Hit 110% next qtr" names no platform to ask about."""
    said = r.platform or r.platform_generic or r.vague_object is not None
    return "q_missing" if r.domain == "marketing" and said else "q_missing_open"


def _money_raised(r: Readings) -> bool:
    """An amount of money to raise or save ("raise $3,500", "gây quỹ 50 triệu"): the money is
    what is counted, with no other thing named."""
    return (
        r.target is not None
        and r.target.unit in MONEY_UNITS
        and lexicon().saving_re.search(r.folded, r.marked) is not None
    )


def _answered_what(r: Readings, ctx: Resolved, lang: Language) -> Verdict:
    """What to count comes from the user's answer; a channel metric still needs its channel."""
    what = ctx.metric.name(lang) if ctx.metric else ctx.metric_text
    platform = ctx.platform or (r.platform if not r.platform_generic else None)
    if ctx.metric and ctx.metric.channel and not platform and ctx.metric.implies is None:
        return _verdict(
            "partial",
            msg(lang, "specific.partial_channel", what=what),
            None,
            msg(lang, "specific.q_channel", what=_cap(what or "")),
        )
    shown = f"{what} {msg(lang, 'rewrite.on_platform', platform=platform)}" if platform else what
    return _verdict("met", msg(lang, "specific.met_answer", what=shown), None)


def _felt(r: Readings) -> str | None:
    """The rating, when the goal's only level is a feeling the user rates ("feel 7/10 ready"):
    no one else could check it, so it names no result and sets no target."""
    s = r.self_rating
    if s is None or r.target is not None or r.frequency is not None or _named_measure(r):
        return None
    return s.text


def _named_measure(r: Readings) -> bool:
    """A measure from the catalogue is named besides the feeling ("NPS", "sales"): the rating
    sits beside a result to count."""
    return r.metric is not None and r.metric.unit not in (None, "score")


@cache
def _wish_tails() -> frozenset[str]:
    w = goal_words().words
    return frozenset(fold(x) for x in w.interjections + w.hedges_after)


def _wish_from(r: Readings, at: int, clause: bool = False) -> str:
    """The wish said from `at`, up to its date or reason (and with `clause`, up to the end of
    its clause): "teen space more welcoming", "các bé yêu sách hơn"."""
    ends = [t.start for t in r.times if t.start > at]
    ends += [
        sp.start
        for sp in (r.objective, r.purpose, r.event_deadline, r.vague_time)
        if sp is not None and sp.start > at
    ]
    if clause and (stop := _WISH_CLAUSE_END.search(r.text, at)) is not None:
        ends.append(stop.start())
    return r.text[at : min(ends, default=len(r.text))].strip(" .!?,")


_WISH_CLAUSE_END = re.compile(r"[,.;!?]")


def _taken_to_a_level(r: Readings) -> str | None:
    """A thing taken to a vague level that suggests no measure ("take our bakery to the next
    level", "đưa quán lên tầm cao mới"): the wish, from the thing to the level."""
    o = r.obj
    if o.start is None or o.end is None or r.metric is not None or r.target is not None:
        return None
    level = _taken_to().match(r.folded, o.end)
    return r.text[o.start : level.end()] if level is not None else None


@cache
def _taken_to() -> re.Pattern[str]:
    """ "| to the next level", "| lên tầm cao mới": the thing's move to a vague level."""
    return re.compile(rf"\s+(?:to|len|toi)\s+(?:{either(goal_words().words.raised_levels)})\b")


def _whole_place(obj: str, language: Language) -> bool:
    """The object is a whole place or group ("the library", "our school", "tiệm"): its head,
    last in English, first in Vietnamese, is one of `whole_places`."""
    words = fold(obj.lower()).split()
    if not words:
        return False
    if not has_vietnamese_marks(obj) and words[0] in word_set("places_unmarked_unsure"):
        return False  # "hoc xong khoa chup anh": typed with no marks, "khoa" is as often "khóa"
    head = words[-1] if language == "en" else " ".join(words[:2])
    return head in word_set("whole_places") or words[0] in word_set("whole_places")


def _wish_missing(vague: str, lang: Language) -> Verdict:
    """A wish names nothing to count: the wished state is quoted and asked what would show it."""
    # "healthier lol", "run smoother honestly": a sound or a hedge typed last is no part of it
    words = vague.split()
    while len(words) > 1 and fold(words[-1].lower()).strip(".,!?") in _wish_tails():
        words.pop()
    vague = " ".join(words)
    return _verdict(
        "missing",
        msg(lang, "specific.missing_vague_open", vague=vague),
        vague,
        msg(lang, "specific.q_wish", vague=vague),
    )


def _how_often_missing(lang: Language) -> Verdict:
    """Measurable for a routine with no cadence: how often is what is asked."""
    return _verdict(
        "missing", msg(lang, "measurable.missing_cadence"), None, msg(lang, "measurable.q_cadence")
    )


def _area_partial(area: str, lang: Language) -> Verdict:
    return _verdict(
        "partial",
        msg(lang, "specific.partial_area", vague=area),
        area,
        msg(lang, "specific.q_area", vague=area),
    )


def clinical_named(r: Readings) -> bool:
    """A clinical measure named in the goal, not only in its reason ("Bring down my blood sugar
    by Christmas", "giảm đường huyết"): its target level is the doctor's to set."""
    end = r.objective.start if r.objective is not None else len(r.folded)
    marked = r.marked[:end] if r.marked else None
    return goal_words().clinical_re.search(r.folded[:end], marked) is not None


def measurable(r: Readings, ctx: Resolved, lang: Language) -> Verdict:
    base = ""
    if ctx.baseline is not None:
        base = f" ({'now' if lang == 'en' else 'hiện tại'}: {fmt_value(ctx.baseline, None, lang)})"
    elif (now := r.today_only) is not None:  # "sitting at 340, need to push that up"
        base = f" ({'now' if lang == 'en' else 'hiện tại'}: {now.span.text})"
    asked = "measurable.q_clinical" if r.target is None and clinical_named(r) else "measurable.q"
    question = partial(msg, lang, asked, from_baseline=base)
    if not r.is_goal:
        # one question turns the text into a goal (Specific asks it); how much and by when
        # come with the answer
        return _verdict("missing", msg(lang, "measurable.missing"), None, None)
    q = r.target
    if (felt := _felt(r)) is not None:
        return _verdict(
            "missing",
            msg(lang, "measurable.missing_feeling", rating=felt),
            felt,
            msg(lang, "specific.q_feeling", rating=felt),
        )
    if q is None and r.quality_had is not None:
        # "lam cho kenh co vibe rieng": a quality had, nothing done or counted to tick off
        return _verdict("missing", msg(lang, "measurable.missing"), None, question)
    if q is not None and q.kind in ("level", "rank"):
        # "reach B2 in French", "dat N3": the level is the bar the exam checks; "top 3", "số 1":
        # a place anyone can check (by what it is ranked is Specific's question)
        return _verdict("met", msg(lang, "measurable.met", target=q.span.text), q.span.text)
    if q is not None:
        shown = q.span.text
        if (_better_by_share(r) or share_of_whom(r) is not None) and not _money_raised(r):
            # "be 30% better on SLAs": better in which measure, the percent does not say
            return _verdict(
                "partial",
                msg(lang, "measurable.partial_number", target=shown),
                shown,
                msg(lang, "specific.q_object"),
            )
        if (
            (has_object(r) or r.placing is not None)
            and not (r.obj.vague and not r.metric and not r.counted and r.placing is None)
            and not change_of_a_whole(r)
            and not bare_change(r)
            and not share_of_a_count(r)
            and not points_or_share(r)
            and not (q.unit == "%" and _channel_only(r))
        ) or _money_raised(r):
            return _verdict("met", msg(lang, "measurable.met", target=shown), shown)
        if points_or_share(r) and (r.metric is not None or rate_named(r) is not None):
            # "churn down 20%": 20 points, or a fifth of today's churn?
            asked = msg(
                lang,
                "measurable.q_points_or_share",
                target=shown,
                n=format_number(q.value, lang),
                metric=r.metric.name(lang) if r.metric is not None else rate_named(r),
            )
        elif q.unit == "%":
            asked = _of_which(r, shown, lang)
        else:
            asked = msg(lang, "specific.q_object")
        return _verdict(
            "partial", msg(lang, "measurable.partial_number", target=shown), shown, asked
        )
    if (clock := r.clock_routine) is not None:
        # "get up at 6am": the time on the clock is the bar each day is checked against
        return _verdict("met", msg(lang, "measurable.met", target=clock.text), clock.text)
    if (part := r.vague_portion) is not None and q is None:
        # "knock out a big chunk of the $2k on my card": the whole is said, how much of it is not
        return _verdict(
            "missing", msg(lang, "measurable.missing_vague", vague=part.text), part.text, question
        )
    zero = words_re("zero_states").search(r.folded)
    if (
        zero is None
        and r.target is None
        and words_re("partial_payoff_verbs").search(r.folded) is None
    ):
        zero = _payoff_verb(r, None)  # "Clear my HELB loan": a debt paid off
    if zero is not None:
        # "be debt free", "have the Discover card paid off": the balance goes to nothing
        shown = r.text[zero.start() : zero.end()]
        return _verdict("met", msg(lang, "measurable.met_zero", what=shown), shown)
    if (grade := r.letter_grade) is not None:
        return _verdict("met", msg(lang, "measurable.met", target=grade.text), grade.text)
    if vague_count_each_time(r):
        # "Tuần nào cũng đọc vài bài báo", "read a few articles every week": how often is said,
        # how many each time is not
        return _verdict("missing", msg(lang, "measurable.missing"), None, question())
    if loose_times(r) is not None:
        return _how_often_missing(lang)  # "go to the gym a few times a week": how many times
    if (share := r.vague_share) is not None:
        # "put some of every paycheck into savings", "thang nao cung bo ong heo 1 it": how often
        # is said, how much of each is not
        shown = share.text
        return _verdict(
            "missing",
            msg(lang, "measurable.missing_share", share=shown),
            shown,
            msg(lang, "measurable.q_share"),
        )
    if r.frequency is not None and not per_period(r, r.frequency.span.start):
        shown = r.frequency.span.text
        return _verdict("met", msg(lang, "measurable.met_frequency", target=shown), shown)
    # "start doing monthly 1:1s with each of my nurses": a routine kept at its cadence
    if (
        r.recurring is not None
        and not per_period(r, r.recurring.start)
        and (
            is_habit(r)
            or (kind_of(r) == "habit" and _habit_start_re().search(r.folded) is not None)
        )
    ):
        shown = r.text[r.recurring.start : r.recurring.end]
        return _verdict("met", msg(lang, "measurable.met_frequency", target=shown), shown)
    if habit_start(r) and r.deadline is None:
        # "start cycling on the bike from next monday": a routine taken up, with no how often
        return _how_often_missing(lang)
    if vague_cadence_re().search(r.folded) is not None and kind_of(r) == "habit":
        # "uong thuoc cho deu dan", "log their hours regularly": how often is what is vague
        return _how_often_missing(lang)
    if routine_moved(r):
        # "dậy sớm hơn": how much earlier, from what time now
        return _verdict(
            "missing",
            msg(lang, "measurable.missing_earlier"),
            None,
            msg(lang, "measurable.q_earlier"),
        )
    if (
        r.recurring is None
        # "get back in the gym over the winter": the season it is kept up in, not a date to stop
        and (r.deadline is None or routine_returned_to(r))
        and ctx.target is None
        and (
            # "kick off toolbox talks again from Jan", "tu thang 1 bat dau nau com o nha": a
            # routine taken up with no cadence ("get more sleep": how much more is a number)
            (r.target is None and r.vague_quantity is None)
            # "more date nights", "more quality time with the kids": done more often
            or (more_of_a_deed(r) and listed_routine(r, ("weekly_routines", "often_routines")))
        )
        and kind_of(r) == "habit"
    ):
        return _how_often_missing(lang)  # how often is the measure
    # "get milking done quicker": how much quicker is the measure, not a deed done or not
    faster = speed_re(r.language).search(r.folded) is not None
    if r.state_clause is not None and r.today_only is not None and ctx.target is None:
        # "hien tai moi thang tiem co tam 400 khach, muon dong hon": today's figure, then a
        # wish to move it with no number to reach
        return _verdict("missing", msg(lang, "measurable.missing"), None, question)
    if ctx.target is None and people_more(r.language).search(r.folded) is not None:
        # "tuyển thêm người trước mùa cưới": how many more people is the measure
        return _verdict("missing", msg(lang, "measurable.missing"), None, question)
    if held_low_state(r) is not None and ctx.target is None:
        # "get returns under control": how far down is the measure, not a deed done or not
        return _verdict("missing", msg(lang, "measurable.missing"), None, question)
    if (
        not measure_moved(r)
        and not faster
        and wish_for_others(r) is None  # "get the kids to like maths more": how much more
        and not _done_better(r)  # "Dịch cabin tốt hơn": how much better is the measure
        and not _brought_to_more(r)
        and (
            (
                _milestone_object(r)
                and (r.direction not in ("increase", "decrease") or _another(r))
                and not more_of(r)
            )
            or _bare_deed(r)
        )
    ):
        if (one := _one_hired(r)) is not None:
            # "hire an apprentice by January": one person taken on; hired or not is the bar
            return _verdict("met", msg(lang, "measurable.met", target=one), one)
        return _done_or_not(r, lang)  # "launch the webinar series": what counts as success?
    if ctx.target is not None:  # the user answered "what number would count as success?"
        target = fmt_value(ctx.target, None, lang)
        return _verdict("met", msg(lang, "measurable.met_answer", target=target + base), None)
    if r.vague_quantity:
        vague = r.vague_quantity.text
        return _verdict(
            "missing", msg(lang, "measurable.missing_vague", vague=vague), vague, question
        )
    if _one_off_deed(r) and not faster and not _brought_to_more(r):
        return _done_or_not(r, lang)  # "thi bang lai xe B2 truoc thang 6"
    return _verdict("missing", msg(lang, "measurable.missing"), None, question)


def _brought_to_more(r: Readings) -> bool:
    """ "get the neighbourhood more involved", "get the shop better known": something brought
    to a state said only as "more" or "better", no deed to tick off and no amount."""
    o, v = r.obj, r.vague_quantity
    if (
        canonical(o.verb or "") == "make"
        and o.end is not None
        and _FEEL_NEXT.match(r.folded, o.start or 0, o.end + 12) is not None
        and r.target is None
    ):
        return True  # "make combat feel juicier": how it feels, no deed to tick off
    return (
        v is not None
        and canonical(o.verb or "") in ("get", "make")
        and o.start is not None
        and o.start < v.start
        # right after who or what is brought ("get the shop| better known"), not further on
        # ("a regular pitch at a bigger market", "..., to sell more credibly")
        and (
            _BROUGHT_GAP.fullmatch(r.folded, o.start, v.start) is not None
            # "get the Tuesday sessions in our 2 pubs busier, ...": said last in its clause,
            # the state is the thing's, wherever it is
            or (v.start - o.start <= 48 and _CLAUSE_ENDS.match(r.folded, v.end) is not None)
        )
        and r.target is None
    )


# "make combat| feel juicier": what is made, then how it should feel
_FEEL_NEXT = re.compile(r"(?:[\w' ]{1,30}?)\s+feels?\b")
_BROUGHT_GAP = re.compile(r"(?:(?!\b(?:at|to|in|on|for|with|by)\b)[a-z' ]){0,28}")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.!]|$)")


@cache
def _following_a_page() -> re.Pattern[str]:
    """ "following our page", "follow the school page": followers of a page no channel names."""
    return re.compile(
        rf"\bfollow(?:ing|s)?\s+(?:our|the|my|their)\s+(?:[a-z'-]+\s+){{0,3}}?"
        rf"(?:{either(goal_words().words.channel_words)})\b"
    )


@cache
def _everyone_done() -> re.Pattern[str]:
    """All or every one of a group of people, then a deed with its own end ("all our 14 guides
    must finish ...", "every teller completes ...")."""
    words = goal_words().words
    people = either([*words.doers, *words.group_members])
    return re.compile(
        rf"\b(?:all|every|each)\s+(?:of\s+)?(?:(?:the|our|my)\s+)?(?:\d+\s+)?(?:[a-z0-9/-]+\s+){{0,2}}?"
        rf"(?P<who>{people})\b(?:[^,.;!?]{{0,40}}?)\b(?:{either(words.done_deeds)})\b"
    )


def _one_hired(r: Readings) -> str | None:
    """ "hire an apprentice", "recruit a new head chef": one person taken on, said with "a" or
    "one" right before who it is; the words from the article to the person's name."""
    o = r.obj
    if o.start is None or o.end is None or canonical(o.verb or "") not in _hire_verbs(r.language):
        return None
    m = _one_taken_on(r.language).search(r.folded, 0, o.start)
    if m is None or len(r.folded[m.end() : o.start].split()) > 2:
        return None
    return r.text[m.start("one") : o.end]


@cache
def _one_taken_on(language: Language) -> re.Pattern[str]:
    verbs = either(getattr(goal_words().words.hire_verbs, language))
    return re.compile(rf"\b(?:{verbs})\s+(?P<one>an?|one|1)\s+")


def _done_or_not(r: Readings, lang: Language) -> Verdict:
    """A deed done or not: Measurable partial, asking what will count as done well (for an exam,
    the score; for a course, whether finishing is enough)."""
    if r.language == "en" and (everyone := _everyone_done().search(r.folded)) is not None:
        # "Have all 3rd years complete the profiler", "every teller completes AML refresher":
        # each one of them done is the bar, checked person by person
        shown = r.text[everyone.start() : everyone.end("who")]
        return _verdict("met", msg(lang, "measurable.met", target=shown), shown)
    label = object_label(r)
    if _names(r, "exam_cues") or _names(r, "pass_words") or _credential_named(r):
        ask = "q_milestone_exam"  # "pass my CHPN exam by June": a score, or is a pass enough?
    elif _names(r, "course_words"):
        ask = "q_milestone_course"  # "finish the Coursera course": finished, or shown learned?
    else:
        ask = "q_milestone"
    return _verdict(
        "partial",
        msg(lang, "measurable.partial_milestone", what=label),
        label,
        msg(lang, f"measurable.{ask}"),
    )


def _names(r: Readings, group: str) -> bool:
    """Whether the goal says a word of a goal-words list: in Vietnamese only as typed with its
    marks ("thi" is no "thị trường", "đậu" no "bắt đầu"), so text typed without them never does.
    Stricter than PhraseMatcher, which lets a word typed bare in marked text ("bat dau") agree
    with any spelling: here a bare word agrees only with a word spelt bare."""
    said: list[str] = getattr(goal_words().words, group)
    if r.language == "en":  # "do" is no "đỗ": English words only
        typed, said = r.folded, [w for w in said if not has_vietnamese_marks(w)]
    elif r.marked is None:
        return False
    else:
        typed = r.marked.lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", typed) for w in said)


def _one_off_deed(r: Readings) -> bool:
    """A concrete thing done once, dated, with no amount ("chuyen he thong len AWS truoc thang 9",
    "have my first therapy session by Dec 18"): done or not, what counts as done well is open."""
    o = r.obj
    return (
        (r.deadline is not None or _undated_deed(r))
        and r.target is None
        and r.frequency is None
        and r.recurring is None
        # "keep the wage bill down over the winter": a level held, not a deed done once
        and r.direction not in ("increase", "decrease", "maintain")
        # "museum extension to RIBA Stage 4 by end of Sept", "back on full duties by end of
        # October": a state reached by a date said as the deadline, no verb needed
        and (o.verb is not None or (r.cued_deadline and r.vague_quantity is None))
        and o.concrete
        and not (o.vague or o.aim or o.quality or o.area)
        and r.metric is None
    )


def _undated_deed(r: Readings) -> bool:
    """A deed done once and not yet dated ("lam ham biogas", "plan a 2-week trip to Japan"); one
    taken up from a start ("từ tháng 1 học tiếng Nhật") or a routine ("log meals") goes on."""
    return (
        kind_of(r) == "milestone"
        and not habit_start(r)
        # "từ tháng 1 học tiếng Nhật" goes on from its start; "bắt đầu từ tháng 1 chạy chương
        # trình tích điểm" launches a thing on it
        and (
            not any(t.kind == "start" for t in r.times)
            or _launched().search(r.folded, r.marked) is not None
            or words_re("built_things").search(r.folded) is not None  # "bat dau lam website"
        )
        and canonical(r.obj.verb or "") not in word_set("routine_verbs") | word_set("ongoing_verbs")
        and r.today_only is None
    )


@cache
def _launched() -> PhraseMatcher:
    """Things launched, matched with the marks the user typed ("gói", not "gọi")."""
    return PhraseMatcher(goal_words().words.launched_things)


def per_period(r: Readings, at: int) -> bool:
    """The period word at `at` only names the measure ("push my weekly mileage up from 40 km",
    "grow monthly recurring revenue") of a goal that moves it to no target: no cadence, no
    period to check a target by."""
    said = r.measure_period
    # "cut our monthly burn to 45m": a measure moved to a level still needs its date; a limit
    # on it ("keep monthly burn under $45k") is checked each period
    return (
        said is not None
        and said.start == at
        and (
            r.target is None
            and kind_of(r) in ("outcome", "milestone")
            # a bound on it ("by more than 10%", "within 5 days") is a standard of each period
            or r.target is not None
            and r.target.qualifier is None
            and kind_of(r) == "outcome"
            # "improve our rating month on month by 0.2": a change each period, a cadence
            and " " not in said.text
        )
    )


def goal_period(r: Readings, at: int) -> bool:
    """The period word at `at` is the goal's own cadence, which binds a recurring target in
    time: not a word naming the measure, nor the period of today's figure ("we're at 40 demo
    calls a week, want more"), nor the unit of a rate to reach soon ("get coaching MRR up to
    $12k/mo asap": when is what is missing)."""
    return not (
        per_period(r, at)
        or r.today_only is not None
        or (r.vague_time is not None and kind_of(r) in ("outcome", "milestone"))
        # "Currently smoking about a pack a day on swing, wanna cut back": the period of a
        # clause of today, the wish in another
        or _in_a_clause_of_today(r, at)
        # "Keep fuel cost under control, CNG price going up every month": how often the remark
        # says a thing goes, not the goal's cadence
        or (
            r.language == "en"
            and (cut := r.remark_at) is not None
            and at > cut
            # "..., it's about two miles, five mornings a week": the cadence in a clause after it
            and says_how_it_is(remark := r.folded[cut:at].lstrip(" ,;.-—–"))
            and not any(c in remark for c in ",;")
        )
    )


def _in_a_clause_of_today(r: Readings, at: int) -> bool:
    """The place `at` is in a clause that opens on today ("currently", "right now", "hiện
    tại") and another clause holds the goal's move."""
    start = max((m.end() for m in _CLAUSE_CUT.finditer(r.folded, 0, at)), default=0)
    return (
        _opens_on_today().match(r.folded, start) is not None
        and _CLAUSE_CUT.search(r.folded, at) is not None
        and r.direction_span is not None
        and r.direction_span.start > at
    )


_CLAUSE_CUT = re.compile(r"[,;.!?]\s")


@cache
def _opens_on_today() -> re.Pattern[str]:
    """A clause's first word of today ("currently", "right now", "hiện tại")."""
    words = goal_words().words
    return re.compile(rf"\s*(?:{either(words.now_openers_en + words.now_openers_vi)})\b")


def time_bound(r: Readings, ctx: Resolved, lang: Language) -> Verdict:
    question = partial(msg, lang, "time_bound.q")
    if not r.is_goal:
        return _verdict("missing", msg(lang, "time_bound.missing"), None, None)
    t = r.deadline
    if t and t.deadline:
        shown = r.text[t.start : t.end]
        when = (
            f"{shown} ({fmt_date(t.deadline, lang)})"
            if fmt_date(t.deadline, lang) not in shown
            else shown
        )
        if t.vague:
            # "in the next few months", "trong vài tháng tới": a span said loosely, no one date
            return _verdict(
                "partial",
                msg(
                    lang,
                    "time_bound.partial_vague",
                    period=shown,
                    deadline=fmt_date(t.deadline, lang),
                ),
                shown,
                question(),
            )
        if t.deadline < ctx.today:
            return _verdict(
                "partial",
                msg(lang, "time_bound.partial_past", deadline=when),
                shown,
                msg(lang, "time_bound.q_past", was=shown),
            )
        days = (t.deadline - ctx.today).days
        if days <= 31 and _PERIOD_NAMED.search(r.folded, t.start, t.end):
            # "this year", said on 1 December: a month is left, which the user may not mean
            return _verdict(
                "met", msg(lang, "time_bound.met_soon", deadline=when, days=days), shown
            )
        return _verdict("met", msg(lang, "time_bound.met", deadline=when), shown)
    if ctx.deadline and ctx.deadline > ctx.today:
        when = ctx.deadline_text or fmt_date(ctx.deadline, lang)
        if ctx.deadline_text and ctx.deadline_text != ctx.deadline.isoformat():
            when = f"{ctx.deadline_text} ({fmt_date(ctx.deadline, lang)})"
        return _verdict("met", msg(lang, "time_bound.met_context", deadline=when), None)
    if (ev := r.event_deadline) is not None:
        # "before my checkup in April", "truoc sinh nhat be": the user knows the day
        return _verdict("met", msg(lang, "time_bound.met_event", event=ev.text), ev.text)
    if (
        span := r.recurring
        or (r.frequency.span if r.frequency is not None and r.frequency.unit else None)
    ) and goal_period(r, span.start):
        # a recurring target is bound by its period ("mỗi tuần", "4 buổi 1 tuần"); a review date
        # is still worth setting
        shown = r.text[span.start : span.end]
        return _verdict("met", msg(lang, "time_bound.met_recurring", period=shown), shown)
    if bad := next((t for t in r.times if t.kind == "invalid"), None):
        shown = r.text[bad.start : bad.end]
        return _verdict(
            "partial", msg(lang, "time_bound.partial_invalid", date=shown), shown, question
        )
    if r.item_bound is not None and kind_of(r) == "limit":
        # "reply to every review within 24h", "under 21 days per case": each one is its own
        # deadline, as a period is for a recurring target; a review date is still worth setting;
        # "rut ngan thoi gian xu ly xuong duoi 5 phut" moves a measure, by a date to name
        shown = r.text[r.item_bound.start : r.item_bound.end]
        return _verdict("met", msg(lang, "time_bound.met_per_item", bound=shown), shown)
    if (
        (each := r.per_item) is not None
        and kind_of(r) == "limit"
        and not r.vague_time
        # "giá vốn mỗi lít phải xuống dưới 45k": each litre, once the cost is brought down
        and not r.bound_reached
    ):
        # "keep wax+wick+jar cost under $3.20 per 8oz candle": each candle is its own check
        return _verdict("met", msg(lang, "time_bound.met_per_item", bound=each.text), each.text)
    if r.vague_time:
        vague = r.vague_time.text
        return _verdict(
            "missing", msg(lang, "time_bound.missing_vague", vague=vague), vague, question
        )
    routine = kind_of(r) == "habit" or habit_start(r)
    start = next((t for t in r.times if t.kind == "start"), None)
    if routine or (start is not None and kind_of(r) == "limit"):
        # "start tai chi from the new year", "bat dau bon phan huu co tu ram thang Gieng", "quit
        # smoking starting monday": a routine or a standard has no date to be done by; when to
        # look back at it is what is missing
        question = partial(msg, lang, "time_bound.q_review")
    if start is not None:
        shown = r.text[start.start : start.end]
        return _verdict(
            "missing", msg(lang, "time_bound.missing_start", start=shown), shown, question
        )
    if kind_of(r) == "limit":
        # "luon giu so du toi thieu 500tr": it holds from now on; ask from when and how it is checked
        return _verdict(
            "missing",
            msg(lang, "time_bound.missing_standard"),
            None,
            msg(lang, "time_bound.q_standard"),
        )
    return _verdict("missing", msg(lang, "time_bound.missing"), None, question)


def asked_about(r: Readings, lang: Language) -> str | None:
    """What a question about the goal's current level can name, or None to ask it plainly.

    A catalogue metric by the words the user gave it ("email open rate") or by its name ("body
    weight" for "8 kg"); a measure the object names ("monthly cloud spend"). A unit, a verb or a
    counted noun ("staff", "course") would make "the current value of kg"."""
    o, ms = r.obj, r.metric_span
    if (
        r.language == "en"
        and r.metric is not None
        and ms is not None
        and o.concrete
        and o.start is not None
        and o.end is not None
        and o.start <= ms.start
        and ms.end <= o.end
        and (o.end - o.start) > (ms.end - ms.start)
        and not o.action
        and not o.area  # "how we handle complaints": a way of working, asked plainly
    ):
        # "escaped defects", "board members", "bai tho": the user's own name for what is
        # counted, never the catalogue's nearest one ("open bugs", "community members"); the
        # name ends with what is counted
        words = r.text[o.start : ms.end].split()
        if words and is_verb(fold(words[0]), r.language):
            words = words[1:]  # "Bring sponsorship revenue": the verb is no part of its name
        cut = next(
            (i for i, w in enumerate(words) if fold(w) in word_set("move_words")), len(words)
        )
        words = words[:cut]  # "p95 API latency down to 300ms": the name ends before the move
        if 2 <= len(words) <= 5:
            return " ".join(words)
    if r.language == "en" and ms is not None and (modified := _with_modifiers(r, ms)):
        return modified  # "the number of board members": the user's name for what is counted
    if (
        r.metric is not None
        and ms is not None
        and o.concrete
        and o.end is not None
        and o.end <= ms.start
        and _PER_N_END.search(r.folded, max(0, ms.start - 16), ms.start)
        and (label := object_label(r))
    ):
        return _before_move(
            label
        )  # "mis-picks to fewer than 1 in 2,000 orders": orders count the rate
    if r.metric is not None:
        span = r.metric_span.text if r.metric_span else ""
        if (
            any(ch.isdigit() for ch in span)
            or (ms is not None and _NON_BEFORE.search(r.folded, max(0, ms.start - 4), ms.start))
            # "ban 300kg dau": kilos of strawberries, no body weight outside health
            or (fold(span) in unit_metrics() and r.domain != "health")
        ):
            # "walk 5k" is no running distance, "non-revenue water" no revenue: asked plainly
            return None
        words = span.split()
        if (own := _own_name(r)) is not None:
            return own
        # the user's words when they say more than the catalogue's name ("email open rate") or
        # are an acronym ("CSAT", never a verb: "DAU" is no "đậu"); one generic word ("staff",
        # "Rating") reads better by its name
        if span.isupper():
            return span
        if lang == "en" and canonical(span) in lexicon().acronyms:
            # "get my gpa up to a 3.6": the user's GPA, not "test score"; "eNPS" as typed
            return span.upper() if span.islower() else span
        said = lang == "en" and len(words) >= 2 and not is_verb(words[0], r.language)
        return span if said and not is_verb(span, r.language) else r.metric.name(lang)
    if (
        r.obj.concrete
        and (r.obj.head_measure or r.obj.head_metric)
        and (label := object_label(r))
        and fold(label).split()[0] not in _TIME_WORDS  # "ngay 1.1 ban ...": a day, not a measure
    ):
        label = _before_move(label) or label
        if (
            canonical(label) in word_set("partial_heads")
            and r.obj.end is not None
            and not _object_ends(r, r.obj.end)
        ):
            return None  # "số| ca mổ bị hoãn", "share| of site workers": a name cut, asked plainly
        p, start = r.platform_span, r.obj.start
        if p is not None and start is not None and 0 <= start - p.end <= 1 and lang == "en":
            return f"{p.text} {label}"  # "email open rate": the channel says which one
        if _cut_short(r):
            return None  # "số chuyến giao trễ tuyến miền| Tây": a name cut mid-way, asked plainly
        first, _, rest = label.partition(" ")
        named = "head" in categories(r.folded[start : r.obj.end], r.language)  # "open rate"
        named = named or "head" in categories(" ".join(r.folded[start:].split()[:2]), r.language)
        if start == 0 and label[1:2].islower():
            label = label[0].lower() + label[1:]  # the goal's first word, not a name
        return rest if rest and is_verb(first, r.language) and not named else label
    v, o = r.vague_object, r.obj
    if (
        v is not None
        and o.concrete
        and o.start is not None
        and o.end is not None
        and o.start <= v.start
        and v.end < o.end
        and lang == "en"
        and (label := object_label(r))
    ):
        # "improve health scores": the user's own measure holds the vague word; the question
        # asks about it, never about the measure suggested for the word alone ("workouts")
        return _before_move(label) or label
    if r.suggested_metric:
        suggested = lexicon().metrics[r.suggested_metric]
        if suggested.channel and (
            r.domain != "marketing" or words_re("people_audience_cues").search(r.folded)
        ):
            # "better visibility into spend": no channel's reach in a finance goal, nor in
            # "awareness of our clinic among local GPs"
            return None
        return suggested.name(lang)
    return None


def _own_name(r: Readings) -> str | None:
    """The goal's own name for what it counts when the catalogue matched one word of it
    ("so don thuoc bi soan sai", not "orders"; "customers actually using the reporting feature",
    not "new customers"): the question asks about the user's thing, not the nearest metric."""
    o, ms = r.obj, r.metric_span
    if (
        ms is None
        or not o.concrete
        or o.start is None
        or o.end is None
        or not o.start <= ms.start < ms.end <= o.end
        or o.action
        or o.area
        or (r.language == "en" and ms.start > o.start)  # English names end with what is counted
        or _cut_short(r)
    ):
        return None
    said = r.text[ms.start : ms.end]
    said_words = len(said.split())
    if said_words > 1 + (r.language == "vi"):
        return None
    label = object_label(r)
    if label is None or not _object_ends(r, o.end):
        return None
    label = _before_move(label) or label
    first, _, rest = label.partition(" ")
    if rest and fold(first) == r.obj.verb:
        label = rest  # "giam| so don thuoc bi soan sai": the verb is no part of its name
    elif is_verb(fold(first), r.language):
        return None  # "di gym", "hop dong" read as "họp": a deed or a doubtful word, not a name
    q = r.target
    if q is not None and q.qualifier and 0 <= q.span.start - o.end <= 1:
        return None  # "km chạy quá| 10%": the bound's word closes the phrase
    words = label.split()
    if (
        label.endswith(said)
        and len(words) == said_words + 1
        and "head" not in categories(fold(words[0]), r.language)
    ):
        return None  # "dua CSAT": one word before what is counted that names no measure
    if lexicon().direction_re.search(fold(label)) is not None:
        return None  # "doanh thu tăng": the move is no part of the name
    if r.language == "en" and "head" not in categories(fold(words[-1]), r.language):
        return None  # "CSAT back", "customers signed": an English name ends with its measure
    n = len(words)
    return label if n > said_words and 2 <= n <= 6 else None


def _object_ends(r: Readings, end: int) -> bool:
    """The object's phrase ends whole at end: the text, a clause, its amount, its move or its
    date come next ("doanh thu cửa hàng quận| 3" is a name cut short)."""
    rest = r.folded[end:].lstrip()
    at = len(r.folded) - len(rest)
    if not rest or not rest[0].isalnum():
        return True
    word = rest.split()[0]
    return (
        word in word_set("move_words")
        or any(at <= q.span.start <= at + len(word) + 1 for q in r.quantities)  # "... thêm 20%"
        or any(at <= t.start <= at + len(word) + 1 for t in r.times)  # "... by June"
    )


_TIME_WORDS = frozenset(("ngay", "thang", "tuan", "nam", "day", "week", "month", "year"))
# a period named as the deadline ("this year", "cuoi nam nay", "this quarter")
_PERIOD_NAMED = re.compile(r"\b(?:year|nam|quarter|quy|eoy|h2|half)\b")
_NON_BEFORE = re.compile(r"\bnon-?$")


def _before_move(label: str) -> str | None:
    """A measure's name up to where its move begins ("open rate| between 38% and 45%")."""
    words = label.split()
    cut = next((i for i, w in enumerate(words) if fold(w) in word_set("move_words")), len(words))
    return " ".join(words[:cut]) or None


_PER_N_END = re.compile(r"\b(?:in|per|out of|of every|tren|moi)\s+[\d.,]+k?\s+$")


def _cut_short(r: Readings) -> bool:
    """The object phrase stopped at its length limit inside a capitalised name."""
    o = r.obj
    if o.start is None or o.end is None:
        return False
    if len(r.folded[o.start : o.end].split()) < MAX_OBJECT_WORDS:
        return False
    return _NAME_GOES_ON.match(r.text, o.end) is not None


_NAME_GOES_ON = re.compile(r" [A-ZÀ-ỸĐ]")  # "... tuyến miền| Tây": a place name goes on


def attainable(r: Readings, ctx: Resolved, lang: Language) -> Verdict:
    what = asked_about(r, lang)
    if not r.is_goal:
        return _verdict("missing", msg(lang, "specific.not_goal"), None, None)
    question = partial(_attainable_question, r, what, lang)
    q = r.target
    deadline, _ = deadline_of(r, ctx)
    days = (deadline - ctx.today).days if deadline else None
    # absurd on its face: a big jump from a brand-new start within a month
    if q is not None and r.new_start and days is not None and 0 < days <= 31 and _big(q):
        return _verdict(
            "missing",
            msg(lang, "attainable.missing_new", target=q.span.text, days=days),
            f"{q.span.text} … {r.new_start.text}",
            question,
        )
    need = growth_need(r, ctx)
    if need is None and r.confidence is not None and r.confidence_span is not None:
        # "8/10 confident": the person's own reading of the odds, as coaches ask for it
        shown = _rating(r.confidence, "/" in r.confidence_span.text, lang)
        if r.confidence >= CONFIDENT:
            return _verdict("met", msg(lang, "attainable.confident", confidence=shown), shown)
        return _verdict(
            "partial", msg(lang, "attainable.unsure", confidence=shown), shown, question
        )
    if need is None:
        key = "unknown" if kind_of(r) == "outcome" else "unknown_open"
        return _verdict("unknown", msg(lang, f"attainable.{key}"), None, question)
    plain = "" if what else "_plain"
    span = r.text[r.deadline.start : r.deadline.end] if r.deadline else fmt_date(deadline, lang)
    if r.direction != "decrease" and (
        need.ratio >= 10 and need.months <= 1 or need.ratio >= 50 and need.months <= 12
    ):
        shown = q.span.text if q else fmt_value(ctx.target or 0, None, lang)
        return _verdict(
            "missing",
            msg(lang, "attainable.missing_absurd", target=shown, span=span),
            shown,
            question,
        )
    need_pct = fmt_pct(abs(need.monthly_pct), lang)
    if ctx.monthly_growth is None and _measured_once(r):
        # "from 68% to 80% in the July 2027 SATs results": no pace per month to judge by
        return _verdict("unknown", msg(lang, "attainable.unknown_once"), None, question())
    if ctx.monthly_growth is None:
        if kind_of(r) in ("habit", "milestone"):
            # "tiem vac xin ASF cho 100% dan nai trong vong 10 ngay": a drive or a deed has
            # no monthly trend to ask after
            return _verdict("unknown", msg(lang, "attainable.unknown_open"), None, question())
        return _verdict(
            "unknown",
            msg(lang, "attainable.unknown_need", need=need_pct),
            None,
            msg(
                lang,
                f"attainable.q_history{'_moved' if _going_down(r) else ''}{plain}",
                what=what,
            ),
        )
    required, history = abs(need.monthly_pct), abs(ctx.monthly_growth)
    values = {"need": need_pct, "history": fmt_pct(history, lang)}
    evidence = q.span.text if q else None
    if required <= max(history * 1.5, history + 1.0):
        return _verdict("met", msg(lang, "attainable.met", **values), evidence)
    if required <= max(history * 3, history + 3.0):
        return _verdict("partial", msg(lang, "attainable.partial", **values), evidence, question)
    return _verdict("missing", msg(lang, "attainable.missing", **values), evidence, question)


# self-rated confidence from which a goal counts as within reach (7/10, as coaches use it)
CONFIDENT = 0.7


def _rating(confidence: float, out_of_ten: bool, lang: Language) -> str:
    """0.8 as the person wrote it: "8/10" or "80%"."""
    if out_of_ten:
        return f"{confidence * 10:g}/10".replace(".", "," if lang == "vi" else ".")
    return fmt_pct(confidence * 100, lang)


def _measured_once(r: Readings) -> bool:
    """A result taken on one day of its own (an exam's results, a survey, a contest, a harvest)."""
    return goal_words().measured_once_re.search(r.folded, r.marked) is not None


def _asks_of_which(question: str | None, lang: Language) -> bool:
    """The question is _of_which's ("20% of which number ...")."""
    asked = msg(lang, "measurable.q_of_which_plain", target="").strip(" ?")  # "of which number"
    return bool(question) and asked in (question or "")


def _of_which(r: Readings, shown: str, lang: Language) -> str:
    """ "up 20% on shopee": the share is said, what it is a share of is asked, with the number a
    coach would suggest for the channel named."""
    lex = lexicon()
    key = r.suggested_metric or (lex.platforms[r.platform].counts if r.platform else None)
    if key is None and r.platform and r.domain == "marketing":
        key = "followers"
    if key is None:
        return msg(lang, "measurable.q_of_which_plain", target=shown)
    return msg(lang, "measurable.q_of_which", target=shown, suggest=lex.metrics[key].name(lang))


def _attainable_question(r: Readings, what: str | None, lang: Language) -> str:
    kind = kind_of(r)
    if kind == "limit" and r.target is not None and r.target.value == 0:
        return msg(lang, "attainable.q_none")  # "0 tai nan lao dong", "quit smoking for good"
    if kind == "limit" and _today_said(r):
        return msg(lang, "attainable.q_limit_now")  # "... under 3 hrs — it's averaging about 6"
    if kind == "habit" and _today_figure(r):
        # "Log 1,500 volunteer hours per month, we're at roughly 1,100 now": how often is said
        return msg(lang, "attainable.q_habit_now")
    if _left_to_settle(r):
        # "pay off the $1.2k left on the Visa", "bag the last 6 Munros": where it stands is
        # said; how fast the rest goes is asked
        return msg(lang, "attainable.q_settle")
    if kind in ("habit", "milestone", "limit"):
        return msg(lang, f"attainable.q_{kind}")
    if skill_to_practise(r):
        # "get better at Spanish": grown by practice, so how often it is practised today is
        # asked, never where "courses" stand
        return msg(lang, "attainable.q_habit")
    t = r.target
    if (
        t is not None
        and t.kind == "rank"
        and kind_of(r) == "outcome"
        and re.search(r"\d|#|^top\b", r.folded[t.span.start : t.span.end]) is not None
        and not _today_said(r)
    ):
        # "Đưa công ty vào top 50 Nơi làm việc tốt nhất", "top 3 at state": where it ranks now
        return msg(lang, "attainable.q_rank")
    if (
        t is None
        and r.metric is None
        and r.suggested_metric is None
        and r.vague_object is None
        and r.direction is None
        and r.vague_quantity is None
        and not r.quantities
        and r.platform_span is None
    ):
        # "Deicing refresher training", "Đưa dây chuyền IQF mới vào vận hành": a thing to get
        # done with no measure named; a monthly trend is no question for it
        return msg(lang, "attainable.q_milestone")
    if (
        t is not None
        and t.kind == "absolute"
        and t.unit is None
        and t.value <= 3
        # "Hè năm sau dẫn vợ con đi Đà Lạt 1 chuyến": one trip of one's own life, too
        and (
            r.obj.action
            or r.obj.milestone
            or (r.personal and t.value == 1 and r.metric is None and r.direction is None)
        )
        and r.recurring is None
    ):
        # "present at 1 international conference", "publish 2 papers": a few deeds to get done,
        # not a level that moves each month
        return msg(lang, "attainable.q_milestone")
    if (s := r.state_clause) is not None and words_re("period_gone_openers").search(
        r.folded, s.start, s.end
    ):
        # "Năm ngoái tôi thu được 30 quả bưởi, vụ tới mong được nhiều hơn": last year's figure
        # is given; what will make this season's bigger is asked
        return msg(lang, "attainable.q_last_period_said")
    if words_re("compared_to_last").search(r.folded) is not None:
        # "grow more tomatoes next summer than last year", "ban dc nhieu hon nam ngoai": the
        # same period before is the yardstick, not a monthly trend
        return msg(lang, "attainable.q_last_period")
    if _measured_once(r):
        # "... in the July 2027 SATs results", "khảo sát quý 1", "đạt giải Nhất hội thi": a
        # result taken on one day has no monthly trend; the last one is the yardstick
        return msg(lang, "attainable.q_last_time")
    if _today_said(r):
        return msg(
            lang, "attainable.q_pace"
        )  # "from 62% to 70%", "hien co 120 con": not asked again
    plain = "" if what else "_plain"
    if _going_down(r) or r.personal:
        return msg(lang, f"attainable.q_moved{plain}", what=what)
    return msg(lang, f"attainable.q{plain}", what=what)


def _left_to_settle(r: Readings) -> bool:
    """An amount the goal settles, said as what is left ("pay off the $1.2k left on the Visa",
    "Clear the Sacco loan (about 80k left)", "bag the last 6 Munros on ma list")."""
    q = r.target
    if q is None or q.kind != "absolute":
        return False
    return (
        _LEFT_NEXT().match(r.folded, q.span.end) is not None
        or left_before().search(r.folded, max(0, q.span.start - 16), q.span.start) is not None
    )


@cache
def _LEFT_NEXT() -> re.Pattern[str]:  # noqa: N802 - a pattern, built once from the word lists
    """What is left, said in the amount's own clause ("$1.2k left", "300 triệu còn lại")."""
    return re.compile(
        rf"(?:\s+[^\s,;.()]+){{0,3}}?\s+(?:{either(goal_words().words.left_words)})\b"
    )


@cache
def left_before() -> re.Pattern[str]:
    """What is left, said right before its number ("the last 6 oak tables", "nốt 300 giờ")."""
    return re.compile(rf"\b(?:{either(goal_words().words.left_before)})\s+$")


def _going_down(r: Readings) -> bool:
    """A move down, said with a verb or as a range ("get from 88 kg down to 80 kg")."""
    q = r.target
    return r.direction == "decrease" or (
        q is not None and q.kind == "range" and q.baseline is not None and q.value < q.baseline
    )


def _today_said(r: Readings) -> bool:
    """The goal says where it stands today: where a move starts ("from 62% to 70%") or a value
    said as today's ("currently 9", "hien co 120 con")."""
    t = r.target
    if t is not None and t.kind == "range" and t.baseline is not None:
        return True
    # "..., it's averaging about 6 right now", "..., hiện mới khoảng 60% bé dám giơ tay"
    return (
        _TODAY_VALUE.search(r.folded) is not None
        or r.today_said
        or r.now_clause is not None
        or r.state_clause is not None  # "truck utilization at 78% rn, want it way higher"
        or r.reached_first()  # "tháng này được 50 đơn, tháng sau phải 80 đơn"
    )


def _today_figure(r: Readings) -> bool:
    """A figure said as today's in the goal's own words: where a move starts ("from 12 to 30
    km"), a value said as current ("currently 9", "we're at roughly 1,100 now")."""
    t = r.target
    return (
        (t is not None and t.kind == "range" and t.baseline is not None)
        or _TODAY_VALUE.search(r.folded) is not None
        or r.now_clause is not None
    )


_TODAY_VALUE = re.compile(
    r"\b(?:currently|right now|rn|atm|hien tai|hien co|hien dang|hien nay)\b\D{0,14}\d"
    r"|\(\s*(?:dang|now|currently)\s+\d"  # "(dang 14 dieu)": where it stands, in brackets
    r"|\d\S*\s*(?:->|→|=>)\s*\d"  # "5/10 -> 8/10": from where it stands to the aim
)


def relevant(r: Readings, ctx: Resolved, lang: Language) -> Verdict:
    if not r.is_goal:
        return _verdict("missing", msg(lang, "specific.not_goal"), None, None)
    if said := r.objective or r.purpose or r.reason_first:
        return _verdict("met", msg(lang, "relevant.met", objective=said.text), said.text)
    if ctx.objective:
        return _verdict("met", msg(lang, "relevant.met_context", objective=ctx.objective), None)
    if r.personal:
        return _verdict(
            "unknown",
            msg(lang, "relevant.unknown_personal"),
            None,
            msg(lang, "relevant.q_personal"),
        )
    if not goal_words().team_re.search(r.folded, r.marked):
        # "get to 2k followers", "giu diem danh gia tren app Be tu 4.9": nothing says whether a
        # team or one person (a freelancer, a driver) holds it; the question presumes neither
        return _verdict(
            "unknown", msg(lang, "relevant.unknown_open"), None, msg(lang, "relevant.q_open")
        )
    key = "q" if r.domain == "marketing" else f"q_{r.domain}"
    return _verdict("unknown", msg(lang, "relevant.unknown"), None, msg(lang, f"relevant.{key}"))


def judge(r: Readings, ctx: Resolved) -> Criteria:
    lang = r.language
    verdicts = {
        "specific": specific(r, ctx, lang)._asdict(),
        "measurable": measurable(r, ctx, lang)._asdict(),
        "attainable": attainable(r, ctx, lang)._asdict(),
        "relevant": relevant(r, ctx, lang)._asdict(),
        "time_bound": time_bound(r, ctx, lang)._asdict(),
    }
    if (
        verdicts["specific"]["question"] == msg(lang, "specific.q_object")
        and verdicts["measurable"]["question"]
    ):
        # "earn more this month": "which number shows it done" and "what number counts as
        # success" ask the same thing; the number is asked once, under Measurable
        verdicts["specific"]["question"] = None
    if verdicts["specific"]["question"] and _asks_of_which(
        verdicts["measurable"]["question"], lang
    ):
        # "grow the business 30%": Specific already asks which number; the share is its part
        verdicts["measurable"]["question"] = None
    asked: set[str] = set()
    for v in verdicts.values():
        if v["question"] in asked:
            v["question"] = None  # the same question twice ("which number shows it done?")
        elif v["question"]:
            asked.add(v["question"])
    # one validation for the five: cheaper than building five models on every goal
    return Criteria.model_validate(verdicts)


def _big(q: Quantity) -> bool:
    if q.kind == "ratio":
        return q.value >= 5
    if q.unit in ("$", "VND", "EUR", "€"):
        return q.value >= (1e9 if q.unit == "VND" else 1e5)
    return q.kind in ("absolute", "range") and q.value >= 10_000


def _join(r: Readings, *spans: Span | None) -> str | None:
    parts = [s for s in spans if s is not None]
    if not parts:
        return None
    start = min(p.start for p in parts)
    end = max(p.end for p in parts)
    if end - start > 60:
        return " … ".join(p.text for p in sorted(parts, key=lambda p: p.start))
    return r.text[start:end]


def _cap(text: str) -> str:
    return capitalized(text)
