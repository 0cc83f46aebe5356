"""Cleaning user text and folding Vietnamese accents so one lexicon matches both spellings."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rewriter.errors import GoalInputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
# Characters that show as nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen,
# and the bidi controls that reorder what is shown. They go before reading, so "1\u200b0%" is 10%.
# pictographs and symbols (emoji) as code-point ranges, for a character class
# emoji: the symbol and dingbat blocks, the supplementary planes' pictographs, and the emoji
# scattered elsewhere ("⏱️", "⌛", "⭐", "⬆️", "〰️")
PICTOGRAPHS = (
    "\u2600-\u27bf\U0001f000-\U0001faff\u231a\u231b\u2328\u23cf\u23e9-\u23f3\u23f8-\u23fa"
    "\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u2934\u2935\u3030\u303d\u3297\u3299"
)
# The joiner inside an emoji ("🏋️‍♂️" is a lifter, a joiner and a sign) stays: without it the
# user's emoji falls apart into two.
_INVISIBLE = re.compile(
    r"[\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    rf"|(?<![{PICTOGRAPHS}\ufe0f])\u200d|\u200d(?![{PICTOGRAPHS}])"
)
_LIST_MARKS = frozenset("-*•·–—▪►✓✔☐☑")
_LIST_MARK = re.compile(r"^(?:[-*•·–—▪►✓✔☐☑]|\d{1,2}[.)])\s+(?=\S)")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # bytes that were not UTF-8 (argv, some files)


def strip_invisible(text: str) -> str:
    """Text without invisible characters (zero-width, soft hyphen, bidi controls); bytes that
    were not valid UTF-8 become U+FFFD, so the text can always be written out."""
    return _SURROGATE.sub("\ufffd", _INVISIBLE.sub("", text))


def clean_goal(text: object, max_chars: int = 2000) -> str:
    """Whitespace-normalised goal text; GoalInputError when it cannot be used."""
    if not isinstance(text, str):
        raise GoalInputError("The goal must be text.")
    if not text.isascii():  # invisible characters and lone surrogates are never ASCII
        text = strip_invisible(text)
    if not text.isprintable():  # every control character is unprintable: most goals have none
        text = _CONTROL.sub(" ", text)
    if not text.isascii():  # ASCII is already in NFC
        text = unicodedata.normalize("NFC", text)
    # split() and the regex \s agree on what whitespace is; joining costs less than a substitution
    text = " ".join(text.split())
    if text[:1] in _LIST_MARKS or text[:1].isdigit():
        # "- Hydrant flushing ...", "• grow revenue ...", "1. ...": pasted from a list; the
        # mark is no part of the goal (nor "1." a number in it)
        text = _LIST_MARK.sub("", text, count=1)
    if not text:
        raise GoalInputError("The goal is empty: type the goal you want to make SMART.")
    if len(text) > max_chars:
        raise GoalInputError(
            f"The goal is {len(text):,} characters long; the limit is {max_chars:,}. "
            "Shorten it to the goal itself."
        )
    return text


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    # keep one character per input character so spans map back to the original text
    return base if len(base) == 1 else ch


def fold(text: str) -> str:
    """Lower-case, accent-free text of exactly the same length ("Tăng" -> "tang", "đ" -> "d")."""
    if not text.isascii():
        text = text.translate(_BASE_TABLE)  # Vietnamese letters, at C speed
        if not text.isascii():
            return "".join(_fold_char(ch) for ch in text)
    return text.lower()


# Old tone placement ("hoá", "huỷ", "khoẻ") to the new one ("hóa", "hủy", "khỏe"), where the
# syllable ends on the marked vowel; and "tỉ" written as "tỷ".
_TONES = {
    "á": ("ó", "a"),
    "à": ("ò", "a"),
    "ả": ("ỏ", "a"),
    "ã": ("õ", "a"),
    "ạ": ("ọ", "a"),
    "é": ("ó", "e"),
    "è": ("ò", "e"),
    "ẻ": ("ỏ", "e"),
    "ẽ": ("õ", "e"),
    "ẹ": ("ọ", "e"),
}
_Y_TONES = {"ý": "ú", "ỳ": "ù", "ỷ": "ủ", "ỹ": "ũ", "ỵ": "ụ"}
_OLD_TONE = re.compile(r"o([áàảãạéèẻẽẹ])(?![^\W\d_])|u([ýỳỷỹỵ])(?![^\W\d_])", re.IGNORECASE)
_TI = re.compile(r"\btỉ\b")


def _new_tone(m: re.Match[str]) -> str:
    if m[1]:
        marked, vowel = _TONES[m[1].lower()]
        return marked + vowel
    return _Y_TONES[m[2].lower()] + "y"


def new_tone_placement(text: str) -> str:
    """One spelling for both tone placements, so "văn hoá" agrees with "văn hóa"."""
    return _TI.sub("tỷ", _OLD_TONE.sub(_new_tone, text))


def spelling(text: str) -> str:
    """A phrase as written, compared across typists: lower case, single spaces, one tone placement."""
    return new_tone_placement(" ".join(text.lower().split()))


def capitalized(text: str) -> str:
    """`text` with its first letter in capitals, unless its first word is written with a
    capital inside ("eNPS", "iPhone", "eBay"): a name spelled so stays as it is."""
    first = text.split(" ", 1)[0]
    if any(ch.isupper() for ch in first[1:]):
        return text
    return text[:1].upper() + text[1:]


def has_vietnamese_marks(text: str) -> bool:
    """True when the text carries Vietnamese letters or tone marks."""
    return not text.isascii() and _VI_MARK.search(text) is not None  # isascii() costs nothing


_VI_LETTERS = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_VI_MARK = re.compile(f"[{_VI_LETTERS}{_VI_LETTERS.upper()}]")
DIGIT = re.compile(r"\d")


def strip_marks(text: str) -> str:
    """Text without diacritics but with its case kept, for goals typed without them."""
    text = text.translate(_BASE_TABLE)
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", ch)[0] for ch in text)


# each Vietnamese letter (both cases) -> its base letter, case kept; đ -> d
_BASE = {ord(ch): unicodedata.normalize("NFD", ch)[0] for ch in _VI_LETTERS + _VI_LETTERS.upper()}
_BASE.update({ord("đ"): "d", ord("Đ"): "D"})
# the same mapping as a table indexed by code point: str.translate looks a list up without the
# KeyError a dict raises for every other character (a character past its end stays as it is)
_BASE_TABLE = [_BASE.get(i, chr(i)) for i in range(max(_BASE) + 1)]
