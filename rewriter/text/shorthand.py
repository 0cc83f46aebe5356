"""Shorthand ("trc", "ko", "dc"; "evry qtr") read as the words it stands for, from data/shorthand.yaml."""

from __future__ import annotations

import re
from functools import cache, lru_cache, partial
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from rewriter.text.lexicon import trie_pattern
from rewriter.text.normalize import has_vietnamese_marks

_FILE = Path(__file__).resolve().parent.parent / "data" / "shorthand.yaml"


class Contextual(BaseModel):
    """A shorthand word read only before certain words ("k de" is "khong de", "5k" stays)."""

    model_config = ConfigDict(extra="forbid")
    means: str
    before: list[str]


class AfterContextual(BaseModel):
    """A shorthand word read only after certain words ("ky ni" is "ky nay"; "ni" alone is not)."""

    model_config = ConfigDict(extra="forbid")
    means: str
    after: list[str]


class AfterNumber(BaseModel):
    """A word read as another only right after a number, and not before the words it counts
    ("500 củ" is "500 triệu"; "500 củ gừng" counts roots)."""

    model_config = ConfigDict(extra="forbid")
    means: str
    not_before: list[str]


class ShorthandFile(BaseModel):
    """data/shorthand.yaml, validated at load."""

    model_config = ConfigDict(extra="forbid")
    words: dict[str, str]
    marked: dict[str, str] = {}  # the words as written with diacritics, for goals typed with them
    english: dict[str, str] = {}
    english_slips_of: list[str] = []  # time words whose one-letter slips are read as them
    english_kept: list[str] = []  # abbreviations kept as typed in a rewrite ("this yr")
    before_words: dict[str, Contextual] = {}
    after_words: dict[str, AfterContextual] = {}
    # read so only right after a number ("500 củ" is "500 triệu"; "500 củ gừng" stays)
    after_numbers: dict[str, AfterNumber] = {}
    # English slips read so only before certain words or a number ("loose weight", "loose 5kg")
    english_before: dict[str, Contextual] = {}

    @model_validator(mode="after")
    def _marked_known(self) -> ShorthandFile:
        known = set(self.words) | set(self.before_words) | set(self.after_words)
        if unknown := set(self.marked) - known:
            raise ValueError(f"marked forms for shorthand not listed: {sorted(unknown)}")
        return self

    @model_validator(mode="after")
    def _kept_are_english(self) -> ShorthandFile:
        if unknown := set(self.english_kept) - set(self.english):
            raise ValueError(f"english_kept: not English shorthand: {sorted(unknown)}")
        return self

    @field_validator("words", "english")
    @classmethod
    def _plain_words(cls, value: dict[str, str]) -> dict[str, str]:
        for short, full in value.items():
            if not short.strip() or not full.strip() or " " in short or short != short.lower():
                raise ValueError(f"shorthand {short!r}: one lower-case word standing for a phrase")
        return value


@cache
def _file() -> ShorthandFile:
    return ShorthandFile.model_validate(yaml.safe_load(_FILE.read_text(encoding="utf-8")))


def _slips(words: tuple[str, ...]) -> dict[str, str]:
    """Each word's slips: one inner letter dropped (in words of five letters or more) or two
    neighbours swapped ("janury", "aprl", "febraury")."""
    out: dict[str, str] = {}
    for w in words:
        if len(w) >= 5:
            out |= {w[:i] + w[i + 1 :]: w for i in range(1, len(w) - 1)}
        out |= {
            w[:i] + w[i + 1] + w[i] + w[i + 2 :]: w for i in range(len(w) - 1) if w[i] != w[i + 1]
        }
    for w in words:
        out.pop(w, None)  # a word is never a slip of another
    return out


@cache
def _table(language: str = "vi", marked: bool = False) -> tuple[dict[str, str], re.Pattern[str]]:
    table = _file()  # read once for the plain and the marked tables
    if language == "en":
        words = _slips(tuple(table.english_slips_of)) | table.english
    else:
        words = dict(table.words)
    if marked and language != "en":
        words.update({k: v for k, v in table.marked.items() if k in words})
    # a trie of the words: one pass over the text whatever the length of the table
    alternatives = [trie_pattern(set(words))]
    if language == "en":
        for short, rule in table.english_before.items():
            words[short] = rule.means
            after = "|".join(re.escape(w) for w in sorted(rule.before, key=len, reverse=True))
            alternatives.append(rf"{re.escape(short)}(?=\s+(?:(?:{after})\b|\d))")
    else:
        for short, rule in table.before_words.items():
            words[short] = table.marked.get(short, rule.means) if marked else rule.means
            after = "|".join(re.escape(w) for w in sorted(rule.before, key=len, reverse=True))
            alternatives.append(rf"{re.escape(short)}(?=\s+(?:{after})\b)")
        for short, said in table.after_words.items():
            words[short] = table.marked.get(short, said.means) if marked else said.means
            # one fixed-width look-behind per word said before it
            behind = "|".join(rf"(?<=\b{re.escape(w)} )" for w in said.after)
            alternatives.append(rf"(?:{behind}){re.escape(short)}")
        for short, slang in table.after_numbers.items():
            words[short] = slang.means
            counted = "|".join(
                re.escape(w) for w in sorted(slang.not_before, key=len, reverse=True)
            )
            alternatives.append(rf"(?<=\d ){re.escape(short)}(?!\s+(?:{counted})\b)")
    either = "|".join(alternatives)
    return words, re.compile(rf"(?<![\w/])(?:{either})(?![\w/])", re.IGNORECASE)


def expand(text: str, language: str = "vi") -> str:
    """The text with each shorthand word written out ("trc 1/3" -> "truoc 1/3", "evry qtr"),
    with diacritics when the text is typed with them ("ko để" -> "không để")."""
    words, pattern = _table(language, language != "en" and has_vietnamese_marks(text))
    return pattern.sub(partial(_written_out, words, text), text)


def _written_out(words: dict[str, str], text: str, m: re.Match[str]) -> str:
    """The word a shorthand stands for; after a model's name and its number ("shop iPhone 15
    cũ"), slang for a million is the word typed (used, old)."""
    if m[0].lower() in _file().after_numbers and _MODEL_NUMBER_END.search(text, 0, m.start()):
        return m[0]
    return _keep_case(m[0], words[m[0].lower()])


# a name typed in mixed case ("iPhone", "PlayStation") and its number, just before
_MODEL_NUMBER_END = re.compile(r"\b[A-Za-z]*[a-z][A-Z]\w*\s+\d+\s+$")


def _keep_case(typed: str, full: str) -> str:
    return full[:1].upper() + full[1:] if typed[:1].isupper() else full


def kept_as_typed(typed: str, rewrite: str) -> str:
    """The rewrite with the abbreviations the user typed on purpose put back ("this year" ->
    "this yr" when they wrote "yr" and never "year"; "không quá" -> "ko quá" when they wrote
    "ko"): their style, read as the words."""
    for full, short in (*_kept_pairs(typed), *_vietnamese_kept(typed)):
        rewrite = full.sub(partial(_as_typed_case, short), rewrite)
    return rewrite


@lru_cache(maxsize=4096)
def _vietnamese_kept(typed: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """For each Vietnamese shorthand the user typed ("ko", "dc", "trc") and never its word,
    the word's pattern (with or without marks) and the shorthand."""
    f = _file()
    lowered = typed.lower()
    out = []
    # "k" read as "không" before a verb ("k an ngoai") is the user's style too
    contextual = {short: rule.means for short, rule in f.before_words.items()}
    # "ky ni": "ni" is the user's only after a period, where it was read as "này"
    contextual |= {
        short: said.means
        for short, said in f.after_words.items()
        if re.search(rf"(?<!\w)(?:{'|'.join(map(re.escape, said.after))}) {short}(?!\w)", lowered)
    }
    for short, plain in {**f.words, **contextual}.items():
        # most goals hold no shorthand: a substring test rules a word out before its regex
        if short not in lowered or not (
            said := re.search(rf"(?<!\w){re.escape(short)}(?!\w)", lowered)
        ):
            continue
        spellings = {plain, f.marked.get(short, plain)}
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered) for w in spellings):
            continue  # the word is typed too: both are the user's own
        alternation = "|".join(re.escape(w) for w in sorted(spellings, key=len, reverse=True))
        # "HK2" stays in capitals, as typed
        as_typed = typed[said.start() : said.end()]
        kept = as_typed if as_typed.isupper() else short
        out.append((re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I), kept))
    for short, slang in f.after_numbers.items():
        if re.search(rf"\d {re.escape(short)}(?!\w)", lowered):
            # "500 củ": the user's word for a million after a number, wherever they did not
            # type the word itself after that number ("... 7 triệu ... không quá 3 củ")
            typed_word = re.findall(rf"(\d+) {re.escape(slang.means)}(?!\w)", lowered)
            unsaid = "".join(rf"(?<!\b{n} )" for n in typed_word)
            out.append(
                (re.compile(rf"(?<=\d ){unsaid}{re.escape(slang.means)}(?!\w)", re.I), short)
            )
    return tuple(out)


@cache
def _kept_pattern() -> re.Pattern[str]:
    """Any abbreviation kept as typed, as a whole word (one search: most goals have none)."""
    return re.compile(
        rf"(?<![\w/])(?:{'|'.join(map(re.escape, _file().english_kept))})(?![\w/])", re.I
    )


@lru_cache(maxsize=4096)
def _kept_pairs(typed: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """For each abbreviation the user typed (and never its full word): the full word's pattern
    and the abbreviation."""
    if _kept_pattern().search(typed) is None:
        return ()
    f, out = _file(), []
    for short in f.english_kept:
        full = f.english[short]
        # "w/" ends in no letter: a whole word is one no letter or slash runs on from
        if re.search(rf"(?<![\w/]){re.escape(short)}(?![\w/])", typed, re.I) and not re.search(
            rf"\b{re.escape(full)}\b", typed, re.I
        ):
            out.append((re.compile(rf"\b{re.escape(full)}\b", re.I), short))
    return tuple(out)


def _as_typed_case(short: str, m: re.Match[str]) -> str:
    """The abbreviation, capitalised where the word it replaces was ("Yr 10"); one typed in
    capitals ("HK2") stays so."""
    if short.isupper():
        return short
    return short.capitalize() if m[0][:1].isupper() else short
