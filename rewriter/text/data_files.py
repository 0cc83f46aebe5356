"""Pydantic models of the data files, so a typo or a broken list fails at load with its place."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, field_validator, model_validator

from rewriter.text.normalize import fold, spelling

# every phrase is a string: YAML 1.1 turns a bare "on", "no" or "off" into a boolean
Phrase = Annotated[StrictStr, Field(min_length=1)]
Phrases = list[Phrase]
Language = Literal["en", "vi"]


def _key(phrase: str) -> str:
    # the spelling, one tone placement ("hoá" = "hóa"); "chi tiêu" and "chỉ tiêu" stay apart:
    # when they fold alike, the diacritics the user typed decide between them
    return spelling(phrase)


def duplicates(phrases: Iterable[str]) -> list[str]:
    """Phrases listed twice ("hoá đơn" and "hóa đơn" are the same spelling)."""
    seen: set[str] = set()
    twice: list[str] = []
    for p in phrases:
        k = _key(p)
        if k in seen and k not in twice:
            twice.append(k)
        seen.add(k)
    return twice


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _no_duplicates(value: list[str], where: str) -> list[str]:
    if twice := duplicates(value):
        raise ValueError(f"{where}: listed twice: {', '.join(twice)}")
    return value


# lexicon.yaml ------------------------------------------------------------------------------


class SpelledNumbersData(_Strict):
    units: dict[Phrase, float]
    tens: Phrases
    scales: dict[Phrase, float]
    not_alone: Phrases
    # only after a ten ("hai mươi lăm"): never the first word of a number
    not_first: Phrases = []
    # a number only before a scale ("a dozen", "a hundred"), not "lam an"
    articles: Phrases = []
    # half of the scale said just before ("hai nghìn rưỡi": 2,500)
    halves_after: Phrases = []
    # typed bare, also another word ("muoi": mười, ten, or muối, salt): a number only where a
    # count is called for, as a `not_alone` word is
    bare_not_alone: Phrases = []
    # a word of tens said alone, where a count is called for: one ten of the unit after it
    # ("giảm chục ký": ten kilos)
    tens_alone: Phrases = []
    # English number words that, in Vietnamese typed bare, spell a Vietnamese word ("mang ten
    # minh": tên, a name): never a count there
    vi_bare_words: Phrases = []
    # a number word that opens another word's name ("sầu riêng": durian, typed bare "sau
    # rieng", six after nothing): never a count
    compounds: Phrases = []


class LexiconFile(_Strict):
    """data/lexicon.yaml."""

    directions: dict[Literal["increase", "decrease", "reach", "maintain"], Phrases]
    vague_quantity: Phrases
    vague_time: Phrases
    urgent_time: Phrases  # the vague times that ask for it soon
    not_vague_time: Phrases
    objective_markers: Phrases
    not_objective: Phrases
    clause_verbs: Phrases  # "..., phục vụ nhanh hơn": a marker that opens a clause is its verb
    wished_verbs: Phrases  # "muốn giúp ...": a marker that is the verb wished right after a wish
    so_not_reason: Phrases  # "so far", "so much": no reason after "so"
    so_intensified_after: Phrases  # "stop being so lazy": "so" after these says how much
    saving_verbs: Phrases  # "save $3,000 for a new pc": what follows "for" is the reason
    purpose_words: Phrases
    new_start: Phrases
    injection: Phrases
    injection_gate: Phrases
    request_prefix: str  # "can u make this smart: ...": asks the tool, then gives the goal
    help_prefix: str  # "help me lose 5kg before christmas": asks for help, then gives the goal
    goal_verbs: Phrases
    number_words: dict[Language, dict[Phrase, int]]
    multipliers: dict[float, Phrases]
    question_starts: Phrases
    question_words: Phrases  # words that ask, anywhere, when the text ends on "?"
    statement_verbs: Phrases
    spelled_numbers: SpelledNumbersData
    chatter: Phrases
    more_words: Phrases
    vague_counts: Phrases  # "some", "vài": a number replaces them whole
    marked_vague_counts: Phrases  # "mấy", "vài": loose counts only as typed with marks
    fewer_words: Phrases
    kept_vague: Phrases

    @field_validator("injection")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as err:
                raise ValueError(f"injection pattern {pattern!r} does not compile: {err}") from err
        return value

    @model_validator(mode="after")
    def _counts_are_vague(self) -> LexiconFile:
        # only a vague quantity the reading found can be replaced by a count
        if extra := {_key(w) for w in self.vague_counts} - {_key(w) for w in self.vague_quantity}:
            raise ValueError(f"vague_counts words not in vague_quantity: {sorted(extra)}")
        return self

    @model_validator(mode="after")
    def _urgent_is_vague(self) -> LexiconFile:
        # only a vague time the reading found can ask for it soon
        if extra := set(self.urgent_time) - set(self.vague_time):
            raise ValueError(f"urgent_time words not in vague_time: {sorted(extra)}")
        return self

    @model_validator(mode="after")
    def _gated(self) -> LexiconFile:
        # the patterns only run when a gate word is in the text: each must contain one
        for pattern in self.injection:
            literal = re.sub(r"\\[bsw]|[()?:|\[\]*+.^$]", " ", pattern)
            if not any(g in literal for g in self.injection_gate):
                raise ValueError(
                    f"injection pattern {pattern!r} contains no word of injection_gate"
                )
        return self

    @field_validator(
        "vague_quantity",
        "vague_time",
        "urgent_time",
        "not_vague_time",
        "objective_markers",
        "new_start",
        "goal_verbs",
        "question_starts",
        "question_words",
        "statement_verbs",
        "chatter",
        "not_objective",
        "clause_verbs",
        "wished_verbs",
        "so_not_reason",
        "so_intensified_after",
        "saving_verbs",
        "purpose_words",
        "injection_gate",
        "more_words",
        "vague_counts",
        "marked_vague_counts",
        "fewer_words",
        "kept_vague",
    )
    @classmethod
    def _unique(cls, value: list[str], info: object) -> list[str]:
        return _no_duplicates(value, str(getattr(info, "field_name", "")))


# metrics.yaml ------------------------------------------------------------------------------


class Names(_Strict):
    en: Phrase
    vi: Phrase


class MetricData(_Strict):
    key: Phrase
    type: Literal[
        "awareness",
        "engagement",
        "traffic",
        "leads",
        "community",
        "sentiment",
        "sales",
        "sales_team",
        "customer_service",
        "hiring",
        "product",
        "health",
        "learning",
        "finance",
    ]
    unit: Literal[
        "count",
        "percent",
        "currency",
        "days",
        "hours",
        "minutes",
        "seconds",
        "kg",
        "km",
        "rating",
        "ratio",
        "score",
    ]
    names: Names
    aliases: Phrases
    channel: bool = False
    rate: bool = False
    kind: Literal["metric", "activity"] = "metric"
    implies: Phrase | None = None
    suggest: Annotated[float, Field(gt=0)] | None = None  # the target proposed when none is given
    # money put aside for a thing ("save up for dorm stuff"): an amount in each language's
    # usual currency, since 20% of nothing named reads as nonsense
    suggest_money: dict[Literal["en", "vi"], Annotated[float, Field(gt=0)]] | None = None
    change_pct: Annotated[float, Field(gt=0, le=100)] | None = (
        None  # the change proposed instead of 20%
    )
    # on a fixed scale (NPS runs from -100 to 100) a change is said in points, not a percentage
    change_points: Annotated[float, Field(gt=0, le=50)] | None = None
    lower: bool = False  # less is better (a time, a cost, a rate of loss): "improve" lowers it
    # a body's safe range (sleep: 7 to 9 hours a night): no version of a goal is set outside it
    healthy: tuple[float, float] | None = None

    @field_validator("healthy")
    @classmethod
    def _low_then_high(cls, v: tuple[float, float] | None) -> tuple[float, float] | None:
        if v is not None and not 0 <= v[0] < v[1]:
            raise ValueError(f"a healthy range goes from low to high: {v}")
        return v

    # an alias typed without marks that folds like another metric's ("chi tieu": "chỉ tiêu" or
    # "chi tiêu") names this metric only when one of these words is in the goal
    unmarked_near: Phrases = []


class VagueObjectData(_Strict):
    aliases: Phrases
    suggest: Phrase | None = None  # none: no catalog measure fits ("build a great team")
    specific: Literal["partial", "met"] | None = None
    # said with one of these ("get more sleep", "ngủ đủ giấc hơn"), an amount of it is meant,
    # counted in the suggested measure: Specific
    amount_words: Phrases = []
    # whose the aim is ("muốn công ty mình được nhiều người biết đến hơn"): an aim named after
    # it is the one measured
    whose: bool = False
    # the suggested measure stands in for the aim ("brand" -> reach): with no channel named, a
    # rewrite proposes none and the questions ask which one
    proxy: bool = False


class MetricsFile(_Strict):
    """data/metrics.yaml: the catalogue of metrics and of vague objects."""

    metrics: list[MetricData]
    capitals_in_vietnamese: Phrases = []
    acronyms: Phrases = []
    not_metrics: Phrases = []
    generic_measures: Phrases = []
    vague_objects: list[VagueObjectData]

    @model_validator(mode="after")
    def _consistent(self) -> MetricsFile:
        keys = [m.key for m in self.metrics]
        if twice := duplicates(keys):
            raise ValueError(f"metric keys listed twice: {', '.join(twice)}")
        # an alias names one metric: the same folded alias under two metrics would be a coin toss
        owner: dict[str, str] = {}
        for m in self.metrics:
            for alias in {_key(a) for a in m.aliases}:
                if owner.setdefault(alias, m.key) != m.key:
                    raise ValueError(f"alias {alias!r} names both {owner[alias]} and {m.key}")
        known = set(keys)
        for v in self.vague_objects:
            if v.suggest is not None and v.suggest not in known:
                raise ValueError(
                    f"vague object {v.aliases[0]!r} suggests unknown metric {v.suggest}"
                )
        return self


# platforms.yaml ----------------------------------------------------------------------------


class PlatformData(_Strict):
    name: Phrase
    aliases: Phrases
    patterns: list[str] = []
    generic: bool = False
    default_for: list[Language] = []
    counts: Phrase | None = None  # the metric a goal naming only this channel counts
    said: bool = True  # False: its name says nothing in a sentence ("increase downloads on App")
    improved_by: Phrase | None = None  # "make the app better": its rating, not its downloads
    # "kênh bán hàng online": the user's own channel, kept, with the platform after it
    kept: bool = False

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            if re.compile(pattern).groups < 1:
                raise ValueError(f"platform pattern {pattern!r} needs a group around the name")
        return value


def validate_platforms(data: object) -> list[PlatformData]:
    """data/platforms.yaml: every platform once, every alias naming one platform."""
    if not isinstance(data, list):
        raise ValueError("platforms.yaml must be a list of platforms")
    platforms = [PlatformData.model_validate(p) for p in data]
    if twice := duplicates(p.name for p in platforms):
        raise ValueError(f"platforms listed twice: {', '.join(twice)}")
    owner: dict[str, str] = {}
    for p in platforms:
        for alias in {_key(a) for a in p.aliases}:
            if owner.setdefault(alias, p.name) != p.name:
                raise ValueError(f"platform alias {alias!r} names both {owner[alias]} and {p.name}")
    return platforms


# holidays.yaml -----------------------------------------------------------------------------


class DayData(_Strict):
    day: Annotated[int, Field(ge=1, le=31)]
    month: Annotated[int, Field(ge=1, le=12)]
    aliases: Phrases
    # a day people name by its digits ("trước 20/11" is Teachers' Day): the next one, not a
    # date just missed
    by_digits: bool = False


class ComputedDay(_Strict):
    key: Literal[
        "thanksgiving",
        "black_friday",
        "cyber_monday",
        "giving_tuesday",
        "easter",
        "palm_sunday",
        "good_friday",
        "easter_monday",
        "ash_wednesday",
        "pentecost",
    ]
    aliases: Phrases


class WeekdayDay(_Strict):
    """A day named as the nth weekday of a month ("Labor Day": the first Monday of September);
    nth -1 is the month's last."""

    month: Annotated[int, Field(ge=1, le=12)]
    weekday: Annotated[int, Field(ge=0, le=6)]  # Monday is 0
    nth: Literal[1, 2, 3, 4, -1]
    aliases: Phrases


class FestivalDay(_Strict):
    """A festival another calendar sets, looked up in the `holidays` package: a country that
    keeps it and the package's name for it."""

    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    name: str
    aliases: Phrases


class SeasonData(_Strict):
    start: Annotated[int, Field(ge=1, le=12)]
    end: Annotated[int, Field(ge=1, le=12)]
    aliases: Phrases


class HolidaysFile(_Strict):
    """data/holidays.yaml."""

    lunar: list[DayData]
    solar: list[DayData]
    computed: list[ComputedDay]
    festivals: list[FestivalDay]
    weekday: list[WeekdayDay]
    seasons: list[SeasonData]
    season_before: Phrases

    @model_validator(mode="after")
    def _one_day_per_name(self) -> HolidaysFile:
        names = [
            a
            for group in (self.lunar, self.solar, self.computed, self.festivals, self.weekday)
            for d in group
            for a in d.aliases
        ]
        if twice := duplicates(names):
            raise ValueError(f"holiday names listed twice: {', '.join(twice)}")
        if twice := duplicates(a for s in self.seasons for a in s.aliases):
            raise ValueError(f"season names listed twice: {', '.join(twice)}")
        return self


# messages.yaml -----------------------------------------------------------------------------


def _paths(node: object, prefix: str = "") -> set[str]:
    if isinstance(node, dict):
        return {p for k, v in node.items() for p in _paths(v, f"{prefix}{k}.")}
    if not isinstance(node, str):
        raise ValueError(f"message {prefix.rstrip('.')} is not text")
    return {prefix.rstrip(".")}


def validate_messages(data: object) -> dict[str, object]:
    """data/messages.yaml: the same messages in English and Vietnamese, each one text."""
    if not isinstance(data, dict) or set(data) != {"en", "vi"}:
        raise ValueError("messages.yaml must have exactly the sections en and vi")
    en, vi = _paths(data["en"]), _paths(data["vi"])
    if en != vi:
        missing = sorted(en ^ vi)
        raise ValueError(f"messages differ between en and vi: {', '.join(missing[:10])}")
    return data


# language.yaml, readings.yaml, dates.yaml -------------------------------------------------

Word = Annotated[StrictStr, Field(min_length=1, pattern=r"^[^\sA-Z]+$")]  # one folded word
Words = list[Word]


def _folded_list(words: list[str], where: str) -> None:
    # these words are matched on accent-folded text: one written with marks ("vnđ") would
    # never match, and two that fold alike are one word listed twice
    for w in words:
        if fold(w) != w:
            raise ValueError(f"{where}: {w!r} is matched on folded text: write it {fold(w)!r}")
    seen: set[str] = set()
    for w in words:
        if w in seen:
            raise ValueError(f"{where}: listed twice: {w}")
        seen.add(w)


def _unique_lists(model: BaseModel) -> None:
    """Every list of words in the model is folded and holds each word once."""
    for name, value in model:
        if name.endswith("_marked"):
            # read on the text as typed: each word must carry the marks that tell it apart
            for w in value:
                if fold(w) == w:
                    raise ValueError(f"{name}: {w!r} has no marks to tell it apart")
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            _folded_list(value, name)
        elif isinstance(value, dict):
            for key, inner in value.items():
                if isinstance(inner, list) and all(isinstance(v, str) for v in inner):
                    _folded_list(inner, f"{name}.{key}")
                elif isinstance(inner, dict):
                    for k2, words in inner.items():
                        if isinstance(words, list):  # "unit_scales.mass.kg: 1" is a number
                            _folded_list(words, f"{name}.{key}.{k2}")


def _one_owner(groups: Mapping[Any, list[str]], where: str) -> dict[str, object]:
    """Word -> its key; a word listed under two keys is an error."""
    owner: dict[str, object] = {}
    for key, words in groups.items():
        for w in words:
            if owner.setdefault(w, key) != key:
                raise ValueError(f"{where}: {w!r} is listed under both {owner[w]} and {key}")
    return owner


class LanguageFile(_Strict):
    """data/language.yaml: the words that tell English from unaccented Vietnamese."""

    vi: Words
    en: Words
    neutral: Words  # names typed alike in both ("google")
    mixed_in_english: Words  # Taglish, Manglish, Pidgin words: English goals, never Vietnamese
    vi_onsets: Words
    vi_vowels: Words
    vi_codas: Words

    @model_validator(mode="after")
    def _unique(self) -> LanguageFile:
        _unique_lists(self)
        return self


class FrequencyWords(_Strict):
    counts: Phrases  # "3 times a week": the count in words
    items: Phrases  # what is done N times ("posts", "bai dang"); the longer form first
    periods: Phrases  # "a week", "moi thang"


class ReadingsFile(_Strict):
    """data/readings.yaml: words the quantity reader (rewriter/text/readings.py) matches."""

    currency_before: Phrases  # "$5k", "vnd 5 trieu"
    abbreviations: Phrases  # "no.", "vs.": their point ends no sentence
    currency_before_scaled: Phrases  # "R120k": money only with a scale
    currency_after: Phrases  # "5 dollars", "5 trieu dong"
    currency_signs: list[Annotated[StrictStr, Field(min_length=1, max_length=1)]]  # "$", "₦"
    version_verbs: Phrases  # "upgrade the clusters to 1.31": the number is a release
    named_by_number: Phrases  # "the novice 2 plan": the kind of thing a number names
    frequency: FrequencyWords
    not_counted: Words  # words after a bare number that are not what it counts
    unit_metrics: dict[Word, Phrase]  # a unit typed against the number names the metric
    # "từ 800 kg lên 1,2 tấn": the units of a measure, as how many of its smallest each is
    unit_scales: dict[Word, dict[Word, Annotated[float, Field(gt=0)]]]
    unit_metrics_marked: dict[Word, Phrase]  # the same, read only as typed with marks ("ký")
    at_least: Phrases  # before a number: a floor
    at_most: Phrases  # before a number: a ceiling
    at_least_after: Phrases  # after a cadence: a floor ("7 hrs a night min")
    at_most_after: Phrases  # after a cadence: a ceiling ("2 cups a day max")
    deadline_cues: Phrases  # before a date: the deadline
    begun_after_start: Phrases  # "tu Tet| bo thuoc": what begins or is given up from then on
    deadline_labels: Phrases  # "deadline 30/6"
    measure_units: Words  # "30-minute walk": a measure, not a compound name
    glued_units: Words  # "60kg", "60bpm": a unit typed against its number
    per_one_units: Words  # "10 tiếng 1 ngày": after an amount, "1 ngày" is per day
    not_comparatives: Words  # "proper", "other": -er words that are no comparative
    fractions: dict[Phrase, Annotated[float, Field(gt=0, lt=100)]]  # "by a third": 33.3%
    half_done_after: Phrases  # "lam het| nua cuon": verbs of getting through half of one
    half_done_of: Phrases  # "nua |cuon, khoa, bo": the one thing half of which is done
    top_shares: dict[Phrase, Annotated[float, Field(gt=0, lt=100)]]  # "top quarter": 25%
    rating_kinds: Words  # "5 star reviews": the number names the kind
    rated_things: Phrases
    groups: Phrases  # "Doi sales 4 nguoi, ...": a group named before its size
    ceiling_verbs: Phrases  # "cap work at 50 hrs/week": the number after "at" is a ceiling
    helpers: Phrases  # "w/ 3 people": how many do the work, not what is counted
    kin_groups: Phrases  # "2 bố con", "hai vợ chồng": who the family is, no count
    alone_after_one: Phrases  # "chạy 1 mình": alone, no count
    alone_not_then: Phrases  # "1 minh họa": ... unless these follow, naming a thing
    leveled_exams: Words  # "HSK 4", "TOPIK 3": the level names which exam is sat
    each_not_items: Words  # "mỗi buổi 45 phút": after "each", a session or a period, no thing
    contact_verbs: Phrases  # "talk with 10 people": the people are the goal's reach
    left_words: Phrases  # "(2 tests left)": what remains, not a target
    elapsed_before: Phrases  # "been 3 weeks": how long it has gone on, never a target
    elapsed_hedges: Phrases  # "been like 3 weeks": words between
    elapsed_units: Phrases  # the units such a time is counted in
    still_words: Phrases  # "(còn 2 môn)": what remains, said first
    causative_openers: Phrases  # "cho 2 dua nho di ngu som": who it is done for, said first
    family_members: Phrases  # "2 dua nho", "my 2 kids": the family, not a target
    aside_sizes: Phrases  # "(6 nguoi)", "(3 ha)": a size said in brackets, not a target
    million_counts: Phrases  # "1 triệu lượt xem": millions of these are counted, not money
    grade_before: Phrases  # "an A in ...", "diem A mon ...": a letter grade to reach after these
    grade_after: Phrases  # ... and before these
    word_grades: Phrases  # "merit", "loại giỏi": a grade said in words
    word_grade_before: Phrases  # "with", "loại" before such a grade
    age_after: Phrases  # "68 tuoi", "34 years old": someone's age, not a target
    size_after: Phrases  # "a 2 bed flat", "3-seater": the size of the thing named next
    sized_things: Phrases  # the things `size_after` sizes ("flat", "house", "can ho")
    # "the 2 year retainer", "the new 7-day labels": a length or size said before a thing
    modifier_units: Phrases
    # the words after such a unit that end the amount ("30 minute a day", "5 mile every morning")
    modifier_not_next: Phrases
    everyone: Phrases  # "every", "all", "tat ca" before people: each one of them, a whole count
    people: Phrases  # the people "every" or "all" counts ("every kid", "all site staff")
    served: Phrases  # people served, not one's own ("khách hàng", "patients"): a reach to grow
    owning_places: Phrases  # "gym" in "tiền điện của gym": the place, not the workouts
    place_owner_before: Phrases  # "của", "for the" before such a place
    hour_cues: Phrases  # "in bed by| 11": an hour alone after these is a time of day
    headline_moves: Phrases  # "Attendance |up|.": a headline's move
    first_person: Phrases  # "my", "toi": a goal one sets for oneself when no team is named
    setting_before: Phrases  # "at annual visits": when or where, before a channel word
    we_have: Phrases  # "minh co 6 phong": who has it, before "co" and a number
    only_have: Phrases  # "only got 4 techs": what there is to work with
    i_am: Phrases  # "I'm 34": an age after these
    had_words: Phrases  # "chot dc 6 xe r,": got ...
    done_short: Phrases  # ... already
    day_parts: Phrases  # "3h sang", "12h dem": an hour before these is a time of day
    duration_cues: Phrases  # "in under 4h30", "from 7:40": how long, not a time of day
    clock_cues: (
        Phrases  # "luc 6h sang", "after 9h toi": with the deadline cues, a bound on the hour
    )
    bedtime_cues: Phrases  # "sleep by 11pm", "ngu truoc 11h": an area bound to an hour of the day
    hour_words: Phrases  # hours of the day said in words ("midnight", "nua dem")
    goods_before: Phrases  # "khach hang nhat": typed with no marks, "hang" is goods, no rank

    @model_validator(mode="after")
    def _unique(self) -> ReadingsFile:
        _unique_lists(self)
        _unique_lists(self.frequency)
        return self


class DatesFile(_Strict):
    """data/dates.yaml: the names of months, units, weekdays and cues the date rules read."""

    months: dict[Annotated[int, Field(ge=1, le=12)], Words]
    rating_after: Phrases  # "8/10 sure": a rating out of ten, no 8 October
    vi_months: dict[Annotated[int, Field(ge=1, le=12)], Phrases]
    vi_lunar_months: dict[Annotated[int, Field(ge=1, le=12)], Phrases]
    units: dict[Literal["day", "fortnight", "week", "month", "quarter", "year"], Words]
    unit_aliases: dict[Word, Literal["day", "week", "month", "quarter", "year"]]
    weekdays: dict[Language, dict[Annotated[int, Field(ge=0, le=6)], Words]]
    occasions: Words
    harvest_units: Words  # "vụ trước thu 5 tấn": goods harvested, no Thursday
    routine_sessions: Phrases  # "start brick workouts in january": a routine taken up
    every_occasion: Phrases  # "every <occasion>", "moi <dip>": a recurring part of the week
    # "mỗi chuyền" (each production line) folds to "moi chuyen" (each trip): typed so, no occasion
    not_occasions_marked: list[str]
    holiday_goods: Phrases  # "đồ Tết": the goods a holiday names, no deadline
    holiday_cues: Phrases
    term_named_after: Phrases  # "khảo sát cuối kỳ": the end of term names the survey
    gift_cues: Phrases  # "the watch she gave me for Christmas": the holiday a gift came on
    season_cues: Phrases
    # "cycle to work, also in winter": said before a season, it is kept up through it, no date
    season_kept_through: Phrases = []
    season_for_next: Phrases = []
    event_cues: Phrases  # "before my checkup": a deadline set by an event
    event_parts: Phrases  # "the start of (spring semester)": the part of the event that is due
    sale_day_cues: Phrases  # "sale 12.12"; after other words a dotted pair is a version
    events: Phrases
    # "before my checkride", "before the first snow": an event no list names, said last with
    # its owner; Vietnamese "truoc buoi hop ...": the word that makes what follows an occasion
    open_event_cues: Phrases
    open_event_owners: Phrases
    open_event_heads: Phrases
    academic_events: Phrases  # "this semester", "trong hoc ky 2": dated by the school calendar
    season_events: Phrases  # "trong mua cuoi", "during busy season": a season of work
    season_heads: Phrases  # "truoc mua phao hoa": before the season of whatever is named
    period_only_cues: Phrases  # "during", "trong": a deadline only for a school term
    event_clause_verbs: Phrases  # "before the funding runs out": an event said as a clause
    places_named_nam: Phrases  # "Viet Nam", "Quảng Nam": "nam" in a place's name, no year
    age_words: Phrases  # "truoc 30 tuoi", "by age 30": the birthday an age is reached on
    day_moments: Phrases  # "before bed", "truoc khi ngu": a moment of the day, no event
    start_after_cues: Phrases  # "Tuần sau bắt đầu ...": a start said after its time
    running_periods: Phrases  # "hoc ky nay", "vu dong xuan nay": a period the user knows the end of
    events_ahead: Phrases  # "ky thi vao lop 10 sap toi": the event still to come, after its name
    seasons_ahead: Phrases  # "mùa tới", "mùa sau": the next crop or sales season
    quarter_ordinals: dict[Word, Annotated[int, Field(ge=1, le=4)]]
    period_adverbs: dict[Phrase, Literal["day", "week", "month", "quarter", "year"]]
    holding_periods: dict[Phrase, Literal["day", "week", "month", "quarter", "year"]]
    holding_bounds: Phrases
    month_events: Phrases
    exam_months: dict[Phrase, Annotated[int, Field(ge=1, le=12)]]
    baseline_cues: Phrases  # "so voi nam 2026": the year compared against
    year_measures: Phrases  # "doanh thu 2027", "2027 revenue": that year's total
    year_measure_documents: Phrases  # "ke hoach ngan sach 2027": a document, not a total
    just_gone: Phrases  # "dip 20/11 vua roi": a day named as the one just gone
    rating_now_next: Phrases  # "today I would rate myself": a rating of now, no deadline
    numbered_period_cues: Phrases  # "latest in| sprint 14": a numbered period's cue
    numbered_periods: Phrases  # "sprint 14": periods named by their number
    loose_span_counts: Phrases  # "in a few months", "trong vài tháng tới": no one date
    # "chắc tầm giữa năm sau", "tầm tháng 3": a time said as about then, no one date
    about_time_cues: Phrases = []
    span_firsts: Phrases  # "first one in 6 yrs": a span since the last, not a deadline
    since_cues: Phrases  # "used since august": the day after it is one gone by
    score_before: Phrases  # "GPA above 3.3": a score, not the 3.3 sale day
    start_cues: Phrases  # "bat dau tu thu hai", "after Christmas": when it starts, not when due
    start_orders: Phrases  # "Start next Mon.": a sentence that only says when to start
    tu_nouns: Phrases  # "vat tu thang 12", typed without marks: "vật tư" (materials), not "từ"
    scope_cues: Phrases  # "ke ca cuoi tuan", "including weekends": a scope, not a time
    days_remarked: Phrases  # "Saturdays are carnage": what a day is like, not when it recurs

    @model_validator(mode="after")
    def _consistent(self) -> DatesFile:
        _unique_lists(self)
        _one_owner(dict(self.months), "months")
        _one_owner(dict(self.vi_months), "vi_months")
        units = _one_owner(dict(self.units), "units")
        if clash := sorted(set(units) & set(self.unit_aliases)):
            raise ValueError(f"unit_aliases repeat units: {', '.join(clash)}")
        for lang, days in self.weekdays.items():
            _one_owner(dict(days), f"weekdays.{lang}")
        return self
