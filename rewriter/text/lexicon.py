"""Loads the data files (platforms, metric catalog, phrases) into matchers on folded text."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache, reduce
from importlib import resources
from operator import or_
from typing import TYPE_CHECKING, Any

import yaml

from rewriter.text.data_files import LexiconFile, MetricsFile, validate_platforms
from rewriter.text.normalize import fold, has_vietnamese_marks, spelling

if TYPE_CHECKING:  # report imports the text readers: a runtime import would be a cycle
    from rewriter.report import Direction


def _load(name: str) -> Any:
    text = resources.files("rewriter.data").joinpath(name).read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


_Trie = dict[str, "_Trie"]  # character -> the rest; "" marks a phrase's end


def trie_pattern(phrases: set[str]) -> str:
    """A regex for many phrases, factored by shared prefixes so the C engine matches fast.

    Optional tails are greedy, so the longest phrase wins at each position.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return body + "?" if len(alts) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return build(trie)


def either(words: list[Any], fold: bool = True) -> str:
    """A regex alternation of data-file words, longest first: as the folded text spells them,
    or (fold=False) as typed, marks and all."""
    spelled = {canonical(str(w)) if fold else str(w) for w in words}
    return alternation(sorted(spelled, key=len, reverse=True))


@cache
def currency_sign_chars() -> str:
    """The currency signs typed against an amount ("$50", "₦1,500"), as typed
    (data/readings.yaml: currency_signs)."""
    return "".join(_load("readings.yaml")["currency_signs"])


@cache
def currency_signs() -> str:
    """The currency signs, as a regex character class's body."""
    return "".join(re.escape(c) for c in currency_sign_chars())


def alternation(words: list[str]) -> str:
    """A regex alternation of words in the order listed: at one position, an earlier word wins."""
    return "|".join(re.escape(w).replace("\\ ", " ") for w in words)


_WORD_RUN = re.compile(r"\w+")
# Phrase list i has two bits: 2i, set for a word that starts one of its phrases, and 2i + 1,
# for a word that ends one. Or-ing the bits of a text's words says at once which lists may
# match it: those with both bits set.
_EDGE_BITS: dict[str, int] = {}
_LISTS = [0]  # phrase lists with bits so far: a text's bits are kept per count, never stale
_REGISTERING = threading.Lock()  # two lists made at once must not lose each other's bits


@lru_cache(maxsize=1024)
def _edge_bits(text: str, lists: int) -> int:
    """The bits of the text's words (for the first `lists` lists). Kept a while: a goal's text
    and its masked forms are asked about by one phrase list after another."""
    return reduce(or_, filter(None, map(_EDGE_BITS.get, _WORD_RUN.findall(text))), 0)


@lru_cache(maxsize=16384)
def as_written(span: str) -> str | None:
    """The span as typed, in one tone placement; None when it carries no Vietnamese marks."""
    written = spelling(span)
    return written if has_vietnamese_marks(written) else None


_WORD_START = re.compile(r"(?<!\w)\w")
_LONGEST_END = 40  # characters looked back for a phrase ending at a point: the longest is shorter


_WORD_NEXT = re.compile(r"\w")


class PhraseMatcher:
    """Finds lexicon phrases as whole words on folded text, longest first.

    Folding makes "để" (so that) and "đề" (topic) the same word; when the user typed
    diacritics, a match must also agree with the phrase as written in the lexicon.
    """

    def __init__(self, phrases: list[str], compounds: bool = True, shorter: bool = False) -> None:
        """`compounds=False`: a phrase joined by a hyphen to the next word ("post-incident")
        is part of that compound, not found alone. `shorter=True`: where the longest phrase at
        a place disagrees with the marks typed, a shorter one there is tried ("để rà lịch" is
        no "để ra", set aside, but "để", so that)."""
        self.shorter = shorter
        self.spellings: dict[str, set[str]] = {}
        for p in phrases:
            key = canonical(str(p))
            if key:
                self.spellings.setdefault(key, set()).add(spelling(str(p)))
        keys = set(self.spellings)
        # phrases only Vietnamese spells that way ("them"): not read in English text
        self._marked_only = frozenset(
            k for k, ws in self.spellings.items() if all(has_vietnamese_marks(w) for w in ws)
        )
        after = r"(?!\w)" if compounds else r"(?!\w|-[a-z])"
        self.regex = re.compile(rf"(?<![\w$])(?:{trie_pattern(keys)}){after}") if keys else None
        # a phrase stands alone (no word character on either side), so where it matches, its
        # first and last words are whole words of the text: most lists have no phrase that
        # could match a given goal, and a test of the text's words rules them out for less
        # than a scan (a list with a phrase made only of symbols is always scanned)
        words = [_WORD_RUN.findall(k) for k in keys]
        self._bits = 0
        if all(words):
            with _REGISTERING:
                first = 1 << 2 * _LISTS[0]
                for w in words:
                    _EDGE_BITS[w[0]] = _EDGE_BITS.get(w[0], 0) | first
                    _EDGE_BITS[w[-1]] = _EDGE_BITS.get(w[-1], 0) | first << 1
                self._bits = first | first << 1
                _LISTS[0] += 1  # last: a text's bits for the new count hold this list's words

    def _absent(self, text: str) -> bool:
        """No phrase can match: none has both its first and its last word in the text."""
        bits = self._bits
        return bits != 0 and _edge_bits(text, _LISTS[0]) & bits != bits

    def _agrees(self, m: re.Match[str], original: str | None) -> bool:
        if original is None:
            return True
        written = as_written(original[m.start() : m.end()])
        if written is None or written in self.spellings[m[0]]:
            return True
        # "tot hơn" typed with marks on one word only: a word typed bare agrees with any
        # spelling of it, a word typed with marks only with its own
        typed = written.split()
        return any(
            len(words := spelled.split()) == len(typed)
            and all(
                t == w or not has_vietnamese_marks(t) for t, w in zip(typed, words, strict=True)
            )
            for spelled in self.spellings[m[0]]
        )

    def finditer(self, text: str, original: str | None = None) -> Iterator[re.Match[str]]:
        if not self.regex or self._absent(text):
            return iter(())
        if original is None:  # no diacritics typed: nothing to agree with
            return self.regex.finditer(text)
        return self._agreeing(text, original)

    def _agreeing(self, text: str, original: str) -> Iterator[re.Match[str]]:
        """The matches that agree with what was typed; where the longest phrase at a place
        does not, a shorter one there may, when the list says so (see `shorter`)."""
        assert self.regex is not None
        pos = 0
        while (m := self.regex.search(text, pos)) is not None:
            found: re.Match[str] | None = m
            if not self.shorter and not self._agrees(m, original):
                found = None
            while found is not None and not self._agrees(found, original):
                shorter = self.regex.match(text, found.start(), found.end() - 1)
                # cut short, the text may end inside a word: the phrase must end on a whole one
                while shorter is not None and _WORD_NEXT.match(text, shorter.end()):
                    shorter = self.regex.match(text, shorter.start(), shorter.end() - 1)
                found = shorter
            if found is not None:
                yield found
            pos = found.end() if found is not None and found.end() > m.start() else m.end()

    def vietnamese_only(self, key: str) -> bool:
        """The phrase is only ever spelt with Vietnamese marks ("để"): English has no such word."""
        return key in self._marked_only

    def ends_at(self, text: str, end: int, original: str | None = None) -> bool:
        """A phrase ends exactly at `end`, even where a longer phrase found by a scan would
        have taken its first words ("... la hop ly ta": "hop ly ta", not "la hop ly")."""
        if self.regex is None or self._absent(text):
            return False
        for w in _WORD_START.finditer(text, max(0, end - _LONGEST_END), end):
            m = self.regex.fullmatch(text, w.start(), end)
            if m is not None and (original is None or self._agrees(m, original)):
                return True
        return False

    def search(self, text: str, original: str | None = None) -> re.Match[str] | None:
        if self.regex is None or self._absent(text):
            return None
        if original is None:
            return self.regex.search(text)
        return next(self._agreeing(text, original), None)

    def search_in(
        self,
        text: str,
        original: str | None,
        language: str,
        skip: Callable[[str, int], bool] | None = None,
    ) -> re.Match[str] | None:
        """As search, but English text does not match a phrase only Vietnamese spells that way
        ("closer to them" is not "them", more), nor one where skip(text, start) says no."""
        for m in self.finditer_in(text, original, language):
            if skip is None or not skip(text, m.start()):
                return m
        return None

    def finditer_in(
        self, text: str, original: str | None, language: str
    ) -> Iterator[re.Match[str]]:
        """As finditer, without the phrases only Vietnamese spells that way in English text."""
        for m in self.finditer(text, original):
            if not (language == "en" and m[0] in self._marked_only):
                yield m

    def covers_all(self, text: str) -> bool:
        """True when the text is made only of these phrases (chatter such as "hello")."""
        if not self.regex or self._absent(text) or not self.regex.search(text):
            return False
        return not _WORD_RUN.search(self.regex.sub(" ", text))


@dataclass(frozen=True)
class Platform:
    name: str
    generic: bool = False
    default_for: tuple[str, ...] = ()
    counts: str | None = (
        None  # the metric a goal naming only this channel counts ("improve our website")
    )
    said: bool = True  # False: its name says nothing in a sentence ("... on App")
    improved_by: str | None = None  # the metric a wish to make it better counts ("app": rating)
    kept: bool = False  # the user's own channel, named in their words: the platform follows it


@dataclass(frozen=True)
class Metric:
    key: str
    type: str
    unit: str
    names: dict[str, str] = field(hash=False, compare=False)
    channel: bool = False
    rate: bool = False
    kind: str = "metric"
    implies: str | None = None
    suggest: float | None = None
    # an amount of money proposed when none is given, in each language's usual currency
    suggest_money: dict[str, float] | None = field(default=None, hash=False, compare=False)
    change_pct: float | None = None  # the suggested change when the goal gives none
    change_points: float | None = None  # the same, in points of a fixed scale (NPS)
    lower: bool = False  # less is better: "improve response time" lowers it
    healthy: tuple[float, float] | None = None  # a body's safe range ("7 to 9 hours of sleep")

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def allows(self, value: float) -> bool:
        """The value is inside the metric's healthy range, or it has none."""
        return self.healthy is None or self.healthy[0] <= value <= self.healthy[1]


@dataclass(frozen=True)
class Lexicon:
    platforms: dict[str, Platform]
    platform_aliases: dict[str, str]  # folded alias -> platform name
    platform_re: PhraseMatcher
    platform_patterns: list[tuple[re.Pattern[str], str]]
    metrics: dict[str, Metric]
    metric_aliases: dict[str, str]  # folded alias -> metric key
    metric_spellings: dict[str, dict[str, str]]  # folded alias -> spelling as written -> metric key
    unmarked_near: dict[str, re.Pattern[str]]  # metric key -> words its unmarked twin alias needs
    metric_re: PhraseMatcher
    capitals_in_vietnamese: frozenset[str]  # "DAU", never "thi dau"
    acronyms: frozenset[str]  # "gpa", "mrr": said back in capitals, by the user's own name
    not_metric_re: PhraseMatcher  # "ngan sach" holds "sach" but is no count of books
    generic_measures: frozenset[str]  # "diem" before "eNPS" only says it is a score
    vague_objects: dict[str, str | None]  # folded alias -> suggested metric key, if any
    # folded alias -> the words that make it an amount ("more sleep": hours of sleep)
    amount_areas: dict[str, PhraseMatcher]
    vague_areas: frozenset[str]  # folded aliases of concrete areas ("customer service")
    vague_whose: frozenset[str]  # folded aliases that say whose an aim named after them is
    vague_proxies: frozenset[
        str
    ]  # folded aliases whose suggested measure only stands in for the aim
    vague_object_re: PhraseMatcher
    directions: dict[str, Direction]  # folded phrase -> direction (validated by LexiconFile)
    direction_re: PhraseMatcher
    vague_quantity_re: PhraseMatcher
    marked_vague_count_re: PhraseMatcher  # "mấy", "vài", typed with their marks
    vague_time_re: PhraseMatcher  # vague times and the manners that hold their words
    not_vague_time: frozenset[str]
    urgent_time: frozenset[str]  # vague times that ask for it soon ("asap", "sớm")
    objective_re: PhraseMatcher  # markers and the look-alike verbs of not_objective
    not_objective: frozenset[str]
    clause_verbs: frozenset[str]  # folded markers that are the verb when they open a clause
    wished_verbs: frozenset[str]  # folded markers that are the verb wished right after a wish
    so_reason_re: re.Pattern[str]  # "..., so beds free up earlier": a reason after "so"
    saving_purpose_re: re.Pattern[str]  # "save $3,000 for a new pc build": the purpose
    new_start_re: PhraseMatcher
    injection_re: re.Pattern[str]
    injection_gate: PhraseMatcher
    request_prefix_re: re.Pattern[str]
    help_prefix_re: re.Pattern[str]
    goal_verb_re: PhraseMatcher
    chatter_re: PhraseMatcher
    question_re: PhraseMatcher
    saving_re: PhraseMatcher  # "raise", "save", "gây quỹ": money put together
    question_word_re: PhraseMatcher  # words that ask, anywhere in a text ending on "?"
    statement_re: PhraseMatcher
    number_words: dict[str, int]
    multipliers: dict[str, float]  # folded phrase -> factor
    multiplier_re: PhraseMatcher
    more_words: frozenset[str] = frozenset()  # folded: "more", "nhieu hon"
    vague_counts: frozenset[str] = frozenset()  # folded: "some", "vai": a count's place
    marked_vague_counts: frozenset[str] = frozenset()  # folded: "may", "vai", only typed marked
    fewer_words: frozenset[str] = frozenset()  # folded: "fewer", "less"
    kept_vague: frozenset[str] = frozenset()  # folded vague adjectives a rewrite keeps

    def metric_key(self, m: re.Match[str], original: str | None, folded: str = "") -> str:
        """The metric a matched alias names; "chi tiêu" (spending) and "chỉ tiêu" (quota) fold
        alike, so what the user typed decides; typed without marks, the goal's folded words
        decide (a quota needs its own words near: metrics.yaml `unmarked_near`)."""
        written = as_written(original[m.start() : m.end()]) if original is not None else None
        key = self.metric_spellings.get(m[0], {}).get(written) if written else None
        if key is None and len(set(self.metric_spellings.get(m[0], {}).values())) > 1:
            # typed without marks: a twin that needs a word near it ("đạt chỉ tiêu") gives way
            # to the other ("ghi chép chi tiêu") when none is there
            key = next(
                (
                    k
                    for k in dict.fromkeys(self.metric_spellings[m[0]].values())
                    if (near := self.unmarked_near.get(k)) is None or near.search(folded)
                ),
                None,
            )
        return key or self.metric_aliases[m[0]]

    def default_platform(self, language: str) -> str:
        for p in self.platforms.values():
            if language in p.default_for:
                return p.name
        return "Instagram"


def _index(entries: list[dict[str, Any]], key: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in entries:
        for alias in entry.get("aliases", []):
            out.setdefault(canonical(str(alias)), entry[key])
    return out


def _suggestions(entries: list[dict[str, Any]]) -> dict[str, str | None]:
    """Folded vague alias -> the metric a rewrite proposes for it (none when nothing fits)."""
    out: dict[str, str | None] = {}
    for entry in entries:
        for alias in entry.get("aliases", []):
            out.setdefault(canonical(str(alias)), entry.get("suggest"))
    return out


def _aliases(entries: list[dict[str, Any]]) -> list[str]:
    return [str(alias) for entry in entries for alias in entry.get("aliases", [])]


_THOUSANDS_POINT = r"\.(?=\d+\s?[km]\b)"  # "$4.8k", "1.2m": a point inside an amount


@cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once per process."""
    plat = _load("platforms.yaml")
    cat = _load("metrics.yaml")
    lex = _load("lexicon.yaml")
    # a typo, a duplicate or a broken pattern in a data file fails here, naming its place
    validate_platforms(plat)
    MetricsFile.model_validate(cat)
    LexiconFile.model_validate(lex)
    unknown = {m["implies"] for m in cat["metrics"] if m.get("implies")} - {p["name"] for p in plat}
    if unknown:
        raise ValueError(
            f"metrics.yaml: implies names unknown platforms: {', '.join(sorted(unknown))}"
        )

    named = {p[k] for p in plat for k in ("counts", "improved_by") if p.get(k)}
    unknown = named - {m["key"] for m in cat["metrics"]}
    if unknown:
        raise ValueError(
            f"platforms.yaml: counts or improved_by names unknown metrics: {', '.join(sorted(unknown))}"
        )
    platforms = {
        p["name"]: Platform(
            p["name"],
            bool(p.get("generic")),
            tuple(p.get("default_for", [])),
            p.get("counts"),
            p.get("said", True),
            p.get("improved_by"),
            bool(p.get("kept")),
        )
        for p in plat
    }
    platform_aliases = _index(plat, "name")
    platform_patterns = [(re.compile(rx), p["name"]) for p in plat for rx in p.get("patterns", [])]
    metrics = {
        m["key"]: Metric(
            key=m["key"],
            type=m["type"],
            unit=m["unit"],
            names=m["names"],
            channel=bool(m.get("channel")),
            rate=bool(m.get("rate")),
            kind=m.get("kind", "metric"),
            implies=m.get("implies"),
            suggest=m.get("suggest"),
            suggest_money=m.get("suggest_money"),
            change_pct=m.get("change_pct"),
            change_points=m.get("change_points"),
            lower=bool(m.get("lower")),
            healthy=(float(m["healthy"][0]), float(m["healthy"][1])) if m.get("healthy") else None,
        )
        for m in cat["metrics"]
    }
    # a metric's display names are aliases too, so every rewrite reads back as its metric
    for m in cat["metrics"]:
        m["aliases"] = [*m.get("aliases", []), *m["names"].values()]
    metric_aliases = _index(cat["metrics"], "key")
    metric_spellings: dict[str, dict[str, str]] = {}
    for m in cat["metrics"]:
        for alias in m["aliases"]:
            metric_spellings.setdefault(canonical(str(alias)), {}).setdefault(
                spelling(str(alias)), m["key"]
            )
    vague_objects = _suggestions(cat["vague_objects"])
    directions = {canonical(str(w)): d for d, words in lex["directions"].items() for w in words}
    number_words = {
        fold(k): int(v) for lang in lex["number_words"].values() for k, v in lang.items()
    }
    multipliers = {canonical(str(w)): float(f) for f, ws in lex["multipliers"].items() for w in ws}
    return Lexicon(
        platforms=platforms,
        platform_aliases=platform_aliases,
        platform_re=PhraseMatcher(_aliases(plat)),
        platform_patterns=platform_patterns,
        metrics=metrics,
        metric_aliases=metric_aliases,
        unmarked_near={
            m["key"]: re.compile(rf"\b(?:{either([canonical(str(w)) for w in near])})\b")
            for m in cat["metrics"]
            if (near := m.get("unmarked_near"))
        },
        metric_spellings=metric_spellings,
        metric_re=PhraseMatcher(_aliases(cat["metrics"]), compounds=False),
        capitals_in_vietnamese=frozenset(
            canonical(w) for w in cat.get("capitals_in_vietnamese", [])
        ),
        acronyms=frozenset(canonical(w) for w in cat.get("acronyms", [])),
        not_metric_re=PhraseMatcher([str(w) for w in cat.get("not_metrics", [])]),
        generic_measures=frozenset(canonical(str(w)) for w in cat.get("generic_measures", [])),
        vague_objects=vague_objects,
        vague_whose=frozenset(
            canonical(str(a)) for v in cat["vague_objects"] if v.get("whose") for a in v["aliases"]
        ),
        vague_proxies=frozenset(
            canonical(str(a)) for v in cat["vague_objects"] if v.get("proxy") for a in v["aliases"]
        ),
        vague_areas=frozenset(
            canonical(str(a))
            for v in cat["vague_objects"]
            if v.get("specific") == "partial"
            for a in v["aliases"]
        ),
        vague_object_re=PhraseMatcher(_aliases(cat["vague_objects"])),
        amount_areas={
            canonical(str(a)): PhraseMatcher([str(w) for w in v["amount_words"]])
            for v in cat["vague_objects"]
            if v.get("amount_words")
            for a in v["aliases"]
        },
        directions=directions,
        direction_re=PhraseMatcher([w for words in lex["directions"].values() for w in words]),
        vague_quantity_re=PhraseMatcher(lex["vague_quantity"]),
        marked_vague_count_re=PhraseMatcher(lex["marked_vague_counts"]),
        vague_time_re=PhraseMatcher([*lex["vague_time"], *lex["not_vague_time"]]),
        not_vague_time=frozenset(canonical(str(w)) for w in lex["not_vague_time"]),
        urgent_time=frozenset(canonical(str(w)) for w in lex["urgent_time"]),
        objective_re=PhraseMatcher(
            [*lex["objective_markers"], *lex["not_objective"]], shorter=True
        ),
        not_objective=frozenset(canonical(str(w)) for w in lex["not_objective"]),
        clause_verbs=frozenset(canonical(str(w)) for w in lex["clause_verbs"]),
        wished_verbs=frozenset(canonical(str(w)) for w in lex["wished_verbs"]),
        so_reason_re=re.compile(
            "".join(rf"(?<!\b{re.escape(str(w))} )" for w in lex["so_intensified_after"])
            + rf"\bso\s+(?!(?:{either(lex['so_not_reason'])})\b)[a-z'-]+\s+[a-z]"
        ),
        saving_re=PhraseMatcher(lex["saving_verbs"]),
        saving_purpose_re=re.compile(
            # "raise $4.8k for the mission trip": a decimal point in thousands is no sentence's end
            rf"\b(?:{either(lex['saving_verbs'])})\b(?:[^.;!?]|{_THOUSANDS_POINT})*?\d"
            rf"(?:[^.;!?]|{_THOUSANDS_POINT})*?"
            rf"\s((?:{either(lex['purpose_words'])})\s+[a-z])"
        ),
        new_start_re=PhraseMatcher(lex["new_start"]),
        injection_re=re.compile("|".join(f"(?:{p})" for p in lex["injection"])),
        injection_gate=PhraseMatcher(lex["injection_gate"]),
        request_prefix_re=re.compile(lex["request_prefix"]),
        help_prefix_re=re.compile(lex["help_prefix"]),
        goal_verb_re=PhraseMatcher(lex["goal_verbs"]),
        chatter_re=PhraseMatcher(lex["chatter"]),
        question_re=PhraseMatcher(lex["question_starts"]),
        question_word_re=PhraseMatcher(lex["question_words"]),
        statement_re=PhraseMatcher(lex["statement_verbs"]),
        number_words=number_words,
        multipliers=multipliers,
        multiplier_re=PhraseMatcher([w for ws in lex["multipliers"].values() for w in ws]),
        more_words=frozenset(canonical(str(w)) for w in lex["more_words"]),
        vague_counts=frozenset(
            canonical(str(w)) for w in [*lex["vague_counts"], *lex["marked_vague_counts"]]
        ),
        marked_vague_counts=frozenset(canonical(str(w)) for w in lex["marked_vague_counts"]),
        fewer_words=frozenset(canonical(str(w)) for w in lex["fewer_words"]),
        kept_vague=frozenset(canonical(str(w)) for w in lex["kept_vague"]),
    )


@lru_cache(maxsize=16384)
def canonical(phrase: str) -> str:
    """The key a phrase is indexed under and matched as: folded, single-spaced."""
    return " ".join(fold(phrase).split())
