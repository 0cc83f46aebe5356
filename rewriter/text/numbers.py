"""Reads numbers as people type them: 10,000 / 10.000 / 10k / 1.5M / 2 triệu / 1,5 tỷ."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rewriter.limits import MAX_NUMBER
from rewriter.text.lexicon import trie_pattern
from rewriter.text.normalize import fold

# Scale words on folded text. "m" alone is million only right after a number.
SCALES: dict[str, float] = {
    "k": 1e3,
    "nghin": 1e3,
    "ngan": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "trieu": 1e6,
    "tr": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "ty": 1e9,
    "ti": 1e9,
    # Indian English: "2 lakh rupees", "half a lakh followers", "3 crore turnover"
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
_MAX_DIGITS = 40  # a longer run of digits is no quantity (and would overflow a float)
NUMBER = r"\d+(?:[.,]\d+)*"
# "tỷ" is a billion, but "tỷ lệ" is a rate
SCALE = (
    r"(?:k|nghin|ngan|thousand|mn|mil|millions?|m|trieu|tr|bn|billion|b|lakhs?|crores?"
    r"|t[yi](?!\s+le\b))"
)
# "1tr2", "8tr5", "1ty2", "2k5": the digits after a short scale word are its decimals
# "6 triệu rưỡi": and a half of the scale
# "1 tỷ 2/tháng", "2 triệu 5", "1 tỷ 2 tiền hàng": said with a space, one digit closing the
# amount; not one that counts what comes next ("1 tỷ 2 năm": in two years)
SCALE_TAIL = (
    r"(?:(?:(?<=tr)|(?<=ty)|(?<=ti)|(?<=k))\d{1,2}(?!\d|[.,]\d)|\sruoi\b"
    r"|(?:(?<=ty)|(?<=ti)|(?<=trieu))\s\d(?=\s*(?:/|[,.;!?)]|$)|\s{2,}"
    r"|\s+(?!(?:nam|thang|ngay|tuan|quy|lan|gio|tieng|phut|nguoi|cai|chiec|con|don|khach|ly"
    r"|suat|hop|thung|tan|ky|kg|km|buoi|dot|dai ly|cua hang|chi nhanh|x)\b)[a-z]))?"
)
NUMBER_WITH_SCALE = re.compile(rf"(?<![\w.,])({NUMBER})(?:\s?({SCALE}){SCALE_TAIL}(?![a-z]))?")


_LAKH_GROUPED = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")


def parse_number(raw: str) -> float | None:
    """A number typed with either thousands separator or decimal mark.

    "10,000" and "10.000" are ten thousand; "1.5" and "1,5" are one and a half;
    "1,234.5" and "1.234,5" use both marks.
    """
    s = raw.strip()
    if not s or not s[0].isdigit():
        return None
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
        s = s.replace(thou, "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        # one separator followed by exactly three digits groups thousands; otherwise decimal
        if sep == "," and _LAKH_GROUPED.fullmatch(s):
            return float("".join(parts))  # "1,50,000", "12,00,000": lakhs, South Asian style
        if len(parts) > 2 and any(len(p) != 3 for p in parts[1:]):
            return None  # "1.2.1", "7.4.3": a version, not an amount
        if len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] != "0"):
            s = "".join(parts)
        else:
            s = ".".join(parts)
    if len(s) > _MAX_DIGITS:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def scaled(raw: str, scale: str | None, tail: str = "") -> float | None:
    """The number with its scale word applied; None beyond MAX_NUMBER (not a quantity to read).

    tail: the digits typed after the scale word, its decimals ("1tr2" is 1.2 million).
    """
    value = parse_number(raw)
    if value is None:
        return None
    if (digits := tail.strip()).isdigit() and raw.isdigit():
        value += int(digits) / 10 ** len(digits)
    elif tail.strip() == "ruoi" and scale:
        value += 0.5
    value *= SCALES.get(scale or "", 1.0)
    return value if value <= MAX_NUMBER else None


@lru_cache(maxsize=4096)
def format_number(value: float, language: str = "en") -> str:
    """10000 -> "10,000" (en) or "10.000" (vi); keeps up to two decimals."""
    if abs(value - round(value)) < 1e-9:
        text = f"{int(round(value)):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if language == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


_TOKEN = re.compile(r"[^\s-]+")
_SEPARATORS = re.compile(r"[\s-]+")
_CHUC = frozenset({"chuc"})  # "chục" counts tens on its own: no digit is added after it


class SpelledNumbers:
    """Reads number words as a value: "ten thousand" 10000, "a dozen" 12, "năm trăm" 500."""

    def __init__(
        self,
        units: dict[str, float],
        tens: list[str],
        scales: dict[str, float],
        not_alone: list[str],
        not_first: Iterable[str] = (),
        articles: Iterable[str] = (),
        halves_after: Iterable[str] = (),
        bare_not_alone: Iterable[str] = (),
        tens_alone: Iterable[str] = (),
        vi_bare_words: Iterable[str] = (),
    ) -> None:
        self.units = {fold(k): float(v) for k, v in units.items()}
        self.tens = {fold(t) for t in tens}
        self.scales = {fold(k): float(v) for k, v in scales.items()}
        self.not_alone = {fold(w) for w in not_alone}
        self.not_first = {fold(w) for w in not_first}
        self.articles = {fold(w) for w in articles}
        self.halves_after = {fold(w) for w in halves_after}
        self.bare_not_alone = {fold(w) for w in bare_not_alone}
        self.tens_alone = {fold(w) for w in tens_alone}
        self.vi_bare_words = {fold(w) for w in vi_bare_words}  # "ten" typed bare: "tên"
        self.halves = {w for w, v in self.units.items() if v == 0.5} | self.halves_after
        # as typed, marks kept: "muối" folds like "mười" but is no number word
        self.spellings = frozenset(w.lower() for w in (*units, *tens, *scales, *halves_after))
        # factored: one pass, fast
        alt = trie_pattern({*self.units, *self.tens, *self.scales, *self.halves_after})
        self.regex = re.compile(rf"(?<![\w$])(?:{alt})(?:(?:\s+|-|\s+and\s+)(?:{alt}))*(?![\w%])")

    def alone(self, phrase: str) -> float | None:
        """A single unit word that is not read alone ("hai"), where the words before it make
        it a count; None for anything else, and for one."""
        word = phrase.strip()
        if word in self.tens_alone:
            return 10.0  # "giảm chục ký": one ten of the unit
        value = self.units.get(word)
        alone = word in self.not_alone or word in self.bare_not_alone
        return value if value is not None and value >= 2 and alone else None

    def prefix(self, phrase: str) -> str:
        """The part of a matched phrase that is one number: a digit right after another
        ("ba tu chup": grandma takes photos herself; "hai ba nguoi": two or three) or after
        "chuc" ("hai chuc tu vung": twenty words) starts something else."""
        last = 0.0
        prev = ""
        for t in _TOKEN.finditer(phrase):
            w = t[0]
            if w in self.units and w not in self.halves and prev != "and":
                # "two and a half": "and" joins the half on, one number
                if prev in _CHUC or (0 < last < 10 and self.units[w] < 10):
                    return phrase[: t.start()].rstrip(" -")
                last = self.units[w]
            elif w != "and":
                last = 0.0
            prev = w
        return phrase

    def pieces(self, phrase: str) -> list[tuple[int, str]]:
        """The numbers of a matched phrase, each with its offset: "lam mot chuc" is "lam" (do)
        and then "mot chuc" (ten), not one number."""
        out: list[tuple[int, str]] = []
        at = 0
        while at < len(phrase):
            piece = self.prefix(phrase[at:])
            out.append((at, piece))
            rest = phrase[at + len(piece) :]
            at = len(phrase) - len(rest.lstrip(" -"))
        return out

    def value(self, phrase: str) -> float | None:
        words = [w for w in _SEPARATORS.split(phrase) if w and w != "and"]
        # "two and a half", "half a million": the article only says one half
        near_half = {j for i, w in enumerate(words) if w in self.halves for j in (i - 1, i + 1)}
        words = [w for i, w in enumerate(words) if not (w in self.articles and i in near_half)]
        if not words:
            return None
        if len(words) == 1 and words[0] in self.not_alone:
            return None
        if words[0] in self.not_first:
            return None  # "lam an" (do business) is not "lăm" (five) and "an"
        if any(
            w in self.articles and (i + 1 == len(words) or words[i + 1] not in self.scales)
            for i, w in enumerate(words)
        ):
            return None  # "a dozen", "a hundred"; "an" alone counts nothing
        if not any(w in self.units for w in words) and not (
            len(words) == 2 and words[0] in self.scales and words[1] in self.halves_after
        ):
            # a scale word alone: "ty" in "cong ty" is not a billion; "trăm rưỡi" is 150
            return None
        total = current = last = 0.0
        scale = 0.0  # the scale said last, for a half of it after ("nghìn rưỡi")
        for before, w in zip(["", *words], words, strict=False):
            if w in self.halves_after:
                if scale >= 1000:
                    total += scale / 2
                elif scale:
                    current += scale / 2
                continue
            # folded, "muoi" is both "mười" (ten) and "mươi" (tens): after a digit, tens
            if w in self.units and not (w in self.tens and 1 < last < 10):
                said = self.units[w]
                if 0 < self.units.get(before, 0) < 10 and 20 <= said < 100 and said % 10 == 0:
                    # "go to one thirty", "two fifty": hundreds said digit by digit (130, 250);
                    # thirty-one is said "thirty one"
                    current += last * 99
                last = said
                current += last
            elif w in self.tens:  # "hai mươi" 20: the last digit counts tens
                current += (last or 1) * 10 - last
                last = 0
            elif w in self.scales:
                scale = self.scales[w]
                # "nửa triệu": half a million; a scale alone counts one of it
                if scale >= 1000:
                    total += (current or 1) * scale
                    current = 0
                else:
                    current = (current or 1) * scale
        value = total + current
        if words == ["zero"]:
            return 0.0  # "down to zero": a target of its own
        # "one and a half hours": 1.5 is said as a number only with its half
        return value if value >= 2 or (value > 1 and value % 1) else None
