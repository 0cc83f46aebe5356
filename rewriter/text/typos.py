"""Mends a measure's name, a vague aim or a cadence word typed one key off ("google reveiws",
"folowers", "brand awarness", "consistantly"), so it is read."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rewriter.text.language import detect_language, vietnamese_shaped
from rewriter.text.lexicon import lexicon
from rewriter.text.objects import goal_words

_MIN_LEN = 6  # shorter words sit one key from too many others ("views" / "vices")
# a word typed one letter short of a six-letter name ("lauch") is looked at too
_WORD = re.compile(rf"(?<![\w'-])[A-Za-z]{{{_MIN_LEN - 1},}}(?![\w'-])")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter added, dropped, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@cache
def _measure_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The words of the catalog's measures, platforms and vague aims ("brand awarness") and of
    the cadence words, and each
    one-letter-short form of them -> the words it comes from (a symmetric-delete index: a typo one edit off shares a
    key with its word)."""
    lex = lexicon()
    # "more consistantly", "more regulary": how often a routine is kept is read the same way
    cadence = goal_words().words.vague_cadence
    # a vague aim's words one letter longer: its six-letter ones ("better") are as near to
    # other words ("jetter") as to their typos
    # "Lauch the new bento set": a milestone's verb, typed one key off, is read as that verb
    named = [
        (alias, _MIN_LEN)
        for alias in (*lex.metric_aliases, *lex.platform_aliases, *cadence, *_milestone_verbs())
    ]
    named += [(alias, _MIN_LEN + 1) for alias in lex.vague_objects]
    words = {
        w
        for alias, least in named
        for w in alias.split()
        if w.isascii() and w.isalpha() and len(w) >= least and not vietnamese_shaped(w)
    }
    index: dict[str, set[str]] = {}
    for w in words:
        for key in _deletes(w) | {w}:
            index.setdefault(key, set()).add(w)
    return frozenset(words), {k: frozenset(v) for k, v in index.items()}


@cache
def _milestone_verbs() -> frozenset[str]:
    """The one-word English verbs of a milestone ("launch", "submit")."""
    return frozenset(v for v in goal_words().words.milestone_verbs.en if v.isalpha())


def _known(word: str) -> bool:
    """An English word in lemminflect's dictionary (its first use loads it, a fifth of a second:
    only a word one edit off a measure's name is ever asked about)."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def _not_plural(typed: str, word: str) -> bool:
    """`typed` is not `word` with one "s" more or less ("tiktoks", "signup")."""
    return typed.rstrip("s") != word.rstrip("s")


def mend_typos(text: str) -> str:
    """`text` with each word one edit off exactly one measure's or platform's name, and no
    English word itself, spelled as that name ("get our google reveiws up" -> "reviews");
    anything else is left as typed."""
    out: list[str] = []
    last = 0
    english: bool | None = None
    for m in _WORD.finditer(text):
        typed = m[0]
        if typed.isupper():
            continue
        if english is None:
            english = detect_language(text) == "en"
        if (fixed := _mended(typed.lower(), english)) is None:
            continue  # an acronym, or no typo
        out += [text[last : m.start()], fixed.capitalize() if typed[0].isupper() else fixed]
        last = m.end()
    return "".join(out) + text[last:] if out else text


@lru_cache(maxsize=8192)
def _mended(word: str, english: bool = False) -> str | None:
    """The one measure's or platform's name the lower-case word is a typo of, or None (kept:
    the same words come back goal after goal). In English text a word shaped like Vietnamese
    ("lauch") is a typo all the same."""
    words, index = _measure_words()
    if word in words or (not english and vietnamese_shaped(word)):
        return None  # a measure's own name, a Vietnamese word typed without marks
    near = {w for key in _deletes(word) | {word} for w in index.get(key, ())}
    # "tiktoks", "signup": one of a name's forms, one "s" more or less, is no typo
    near = {w for w in near if _one_edit(word, w) and _not_plural(word, w)}
    if len(word) < _MIN_LEN:
        # a short word is mended only to a milestone's verb one letter longer ("lauch"), never
        # to a measure's name ("eight" is no "weight")
        near = {w for w in near if len(w) > len(word) and w in _milestone_verbs()}
    if len(near) != 1 or _known(word):
        return None
    (fixed,) = near
    if fixed == f"{word}g":
        return None  # "loadin dock", "movin bout 300 bags": the g dropped as spoken, kept as typed
    return fixed
