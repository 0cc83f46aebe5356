"""The web app's UI strings (rewriter/web/strings.yaml), English and Vietnamese, checked at load."""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, StrictStr, TypeAdapter, model_validator

from rewriter.report import CRITERIA
from rewriter.rules.messages import criterion_name

UI_LANGUAGES: dict[str, str] = {"en": "English", "vi": "Tiếng Việt"}

_FIELDS = string.Formatter()


class _Pair(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    en: StrictStr
    vi: StrictStr

    @model_validator(mode="after")
    def _same_placeholders(self) -> _Pair:
        if placeholders(self.en) != placeholders(self.vi):
            raise ValueError(
                f"placeholders differ: {sorted(placeholders(self.en))} vs {sorted(placeholders(self.vi))}"
            )
        return self


def placeholders(text: str) -> set[str]:
    """The {names} a UI string is formatted with."""
    return {name for _, name, _, _ in _FIELDS.parse(text) if name is not None}


def load_strings(data: object) -> dict[str, dict[str, str]]:
    """strings.yaml (key -> en, vi) as one table per language, every key in both, same placeholders.

    The criterion names ("crit_specific", ...) come from rewriter/data/messages.yaml, which the
    CLI and the eval reports read too.
    """
    pairs = TypeAdapter(dict[StrictStr, _Pair]).validate_python(data)
    tables: dict[str, dict[str, str]] = {lang: {} for lang in UI_LANGUAGES}
    for key, pair in pairs.items():
        for lang in UI_LANGUAGES:
            tables[lang][key] = getattr(pair, lang)
    for lang in UI_LANGUAGES:
        for criterion in CRITERIA:
            key = f"crit_{criterion}"
            if key in tables[lang]:
                raise ValueError(
                    f"strings.yaml: {key} is a criterion name: it lives in messages.yaml"
                )
            tables[lang][key] = criterion_name(criterion, lang)
    return tables


STRINGS: dict[str, dict[str, str]] = load_strings(
    yaml.safe_load(Path(__file__).with_name("strings.yaml").read_text(encoding="utf-8"))
)


@dataclass(frozen=True)
class Example:
    domain: str
    text: dict[str, str]


@cache
def examples() -> tuple[Example, ...]:
    """The examples gallery (rewriter/web/examples.yaml): goals across domains, both languages."""
    data = yaml.safe_load((Path(__file__).with_name("examples.yaml")).read_text(encoding="utf-8"))
    out = []
    for item in data:
        text = {lang: str(item[lang]).strip() for lang in UI_LANGUAGES}
        out.append(Example(domain=str(item["domain"]), text=text))
    return tuple(out)


def example_goals(lang: str) -> list[str]:
    return [e.text.get(lang) or e.text["en"] for e in examples()]


def has(key: str) -> bool:
    """Whether a UI string exists (e.g. for a label an engine returns)."""
    return key in STRINGS["en"]


def t(key: str, lang: str = "en", **values: object) -> str:
    """The UI string for key in lang (English if missing), formatted with values."""
    table = STRINGS.get(lang, STRINGS["en"])
    text = table.get(key, STRINGS["en"][key])
    return text.format(**values) if values else text
