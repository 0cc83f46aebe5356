"""Vietnamese shorthand ("trc", "ko", "dc") read as the words they stand for, from data/shorthand.yaml."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

_FILE = Path(__file__).resolve().parent.parent / "data" / "shorthand.yaml"


class ShorthandFile(BaseModel):
    """data/shorthand.yaml, validated at load."""

    model_config = ConfigDict(extra="forbid")
    words: dict[str, str]

    @field_validator("words")
    @classmethod
    def _plain_words(cls, value: dict[str, str]) -> dict[str, str]:
        for short, full in value.items():
            if not short.strip() or not full.strip() or " " in short or short != short.lower():
                raise ValueError(f"shorthand {short!r}: one lower-case word standing for a phrase")
        return value


@cache
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    words = ShorthandFile.model_validate(yaml.safe_load(_FILE.read_text(encoding="utf-8"))).words
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return words, re.compile(rf"(?<![\w/])(?:{alternatives})(?![\w/])", re.IGNORECASE)


def expand(text: str) -> str:
    """The text with each shorthand word written out ("trc 1/3" -> "truoc 1/3")."""
    words, pattern = _table()
    return pattern.sub(lambda m: _keep_case(m[0], words[m[0].lower()]), text)


def _keep_case(typed: str, full: str) -> str:
    return full[:1].upper() + full[1:] if typed[:1].isupper() else full
