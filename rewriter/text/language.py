"""Tells English from Vietnamese, including Vietnamese typed without diacritics."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rewriter.report import Language
from rewriter.text.data_files import LanguageFile
from rewriter.text.lexicon import _load, either
from rewriter.text.normalize import fold, has_vietnamese_marks

_WORD = re.compile(r"[a-z]+")
_VOWEL = re.compile(r"[aeiouy]")
_ABBREVIATION = re.compile(r"\b[A-Z]{2,4}\b|/(?:mo|mth|wk|yr|hr|hrs|min)\b")
_LETTERS = re.compile(r"[^\W\d_]+")  # words as typed, marks kept


@cache
def _data() -> LanguageFile:
    """data/language.yaml, validated once."""
    return LanguageFile.model_validate(_load("language.yaml"))


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """Vietnamese and English words (folded); words of languages mixed into English count for
    English ("bayaran ng buo yung 85k na credit card debt ko" is answered in English)."""
    data = _data()
    return frozenset(data.vi), frozenset(data.en) | frozenset(data.mixed_in_english)


@cache
def _names() -> frozenset[str]:
    """Platforms' one-word names ("google", "shopee", "tiktok"): typed the same in either
    language, they say nothing of which one the goal is in."""
    platforms = _load("platforms.yaml")
    one_word = [fold(str(a)) for p in platforms for a in p.get("aliases", []) if " " not in str(a)]
    return frozenset(one_word) | frozenset(_data().neutral)


@cache
def _syllable() -> re.Pattern[str]:
    """The shape of a Vietnamese syllable typed without marks (longest parts tried first)."""
    data = _data()
    return re.compile(
        f"(?:{either(data.vi_onsets)})?(?:{either(data.vi_vowels)})(?:{either(data.vi_codas)})?"
    )


def vietnamese_shaped(word: str) -> bool:
    """`word` (folded) has the shape of one Vietnamese syllable typed without marks."""
    return _syllable().fullmatch(word) is not None


@lru_cache(maxsize=8192)  # a goal's text is asked about by the reading, the checks, the rewrite
def detect_language(text: str) -> Language:
    """'vi' when the text carries Vietnamese marks or reads as unaccented Vietnamese, else 'en'."""
    vi_words, en_words = _words()
    # "senior DE reqs", "$35k/mo": an abbreviation in capitals or a unit after a slash is no
    # word of either language
    words = _WORD.findall(fold(_ABBREVIATION.sub(" ", text)))
    en = sum(1 for w in words if w in en_words and w not in vi_words)
    if has_vietnamese_marks(text):
        # an English sentence may name a Vietnamese place or holiday ("a trip to Da Lat over Tết")
        letters = _LETTERS.findall(text)  # "thu." counts as "thu": no point in it
        # "cúnamh", "café", "bail signé": marks on a word of no Vietnamese shape are another
        # language's; with none of Vietnamese shape, the marks say nothing of Vietnamese
        shaped = [has_vietnamese_marks(w) and vietnamese_shaped(fold(w).lower()) for w in letters]
        if any(shaped):
            vi = sum(
                1
                for w, marked in zip(letters, shaped, strict=True)
                if marked or (fold(w) in vi_words and fold(w) not in en_words)
            )
            return "en" if en >= 3 and en >= 2 * vi else "vi"
        # no word is Vietnamese ("Get 500 Google Maps reviews for the café"): read as unmarked
    vi = sum(1 for w in words if w in vi_words and w not in en_words)
    if vi > en:
        return "vi"
    # few listed words ("muon nau an gioi hon", "xin chao"): the shape of the other words decides
    shape = _syllable()
    names = _names()
    for w in words:
        if w in vi_words or w in en_words or w in names:
            continue
        if shape.fullmatch(w):
            vi += 1
        elif len(w) >= 3 and _VOWEL.search(w):
            en += 1
    return "vi" if vi > en else "en"


def is_unaccented(text: str, language: Language) -> bool:
    """A Vietnamese goal typed without diacritics (answers keep the same style)."""
    return language == "vi" and not has_vietnamese_marks(text)
