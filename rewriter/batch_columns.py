"""Batch tables: which column holds the goals, which give context, and the columns added."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictStr, field_validator, model_validator

from rewriter.report import CRITERIA
from rewriter.tables import BatchInputError, InputTable, cell_text
from rewriter.text.normalize import fold

__all__ = [
    "CONTEXT_NAMES",
    "OUTPUT_COLUMNS",
    "ColumnPlan",
    "HeadersFile",
    "header_key",
    "headers",
    "plan_columns",
]

OUTPUT_COLUMNS: tuple[str, ...] = (
    "status",
    "error",
    "language",
    *CRITERIA,
    "score",
    "rewrite",
    "alternatives",
    "assumptions",
    "engine",
    "model",
)

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def header_key(name: str) -> str:
    """A header as folded words: case, accents, brackets and punctuation ignored."""
    return _NON_WORD.sub(" ", fold(_BRACKETS.sub(" ", name))).strip()


# ---- data/batch_headers.yaml -----------------------------------------------------------------

ContextField = Literal[
    "platform", "baseline", "deadline", "horizon", "objective", "monthly_growth", "language",
    "history",
]  # fmt: skip
# a YAML 1.1 "no" or "on" would load as a boolean: every name must be text
_Name = Annotated[StrictStr, Field(min_length=1)]


class HeadersFile(BaseModel):
    """data/batch_headers.yaml: the header names of the goal and context columns."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    goal: list[_Name]
    goal_weak: list[_Name]
    goal_words: list[_Name]
    context: dict[ContextField, list[_Name]]
    languages: dict[Literal["en", "vi"], list[_Name]]

    @field_validator("goal", "goal_weak", "goal_words")
    @classmethod
    def _keys(cls, names: list[str]) -> list[str]:
        return _as_keys(names, "header")

    @field_validator("context", "languages")
    @classmethod
    def _keys_per_field(cls, groups: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k: _as_keys(v, k) for k, v in groups.items()}

    @model_validator(mode="after")
    def _one_field_per_header(self) -> HeadersFile:
        for groups in (self.context, self.languages):
            owner: dict[str, str] = {}
            for name, keys in groups.items():
                for key in keys:
                    if owner.setdefault(key, name) != name:
                        raise ValueError(f"{key!r} is listed under both {owner[key]} and {name}")
        return self


def _as_keys(names: list[str], where: str) -> list[str]:
    seen: set[str] = set()
    for name in names:
        if header_key(name) != name:
            raise ValueError(f"{where}: write {name!r} as {header_key(name)!r}")
        if name in seen:
            raise ValueError(f"{where}: {name!r} is listed twice")
        seen.add(name)
    return names


@cache
def headers() -> HeadersFile:
    """The validated header names (read once)."""
    text = resources.files("rewriter.data").joinpath("batch_headers.yaml").read_text("utf-8")
    return HeadersFile.model_validate(yaml.safe_load(text))


@cache
def _goal_words() -> re.Pattern[str]:
    words = sorted(headers().goal_words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


CONTEXT_NAMES: dict[str, set[str]] = {k: set(v) for k, v in headers().context.items()}


# ---- the plan --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnPlan:
    """Which input column holds the goals and which give per-row context."""

    columns: tuple[str, ...]
    goal: int
    context: dict[str, int]  # GoalContext field -> column index
    output_columns: tuple[str, ...]  # input columns + the added ones (renamed on a clash)

    @property
    def goal_column(self) -> str:
        return self.columns[self.goal]

    def context_columns(self) -> dict[str, str]:
        return {f: self.columns[i] for f, i in self.context.items()}


def _is_text_column(values: list[str]) -> bool:
    filled = [v for v in values if v.strip()]
    if not filled:
        return False
    wordy = sum(1 for v in filled if re.search(r"[^\W\d_]{2}", v))
    return wordy * 2 > len(filled)


def _named_column(cols: list[str], keys: list[str], column: str) -> int:
    exact = [i for i, c in enumerate(cols) if c == column]
    found = exact or [i for i, k in enumerate(keys) if k == header_key(column)]
    if not found:
        raise BatchInputError(f"no column named {column!r}; columns: {', '.join(cols)}")
    if len(found) > 1:
        raise BatchInputError(f"several columns are named {column!r}; rename one of them")
    return found[0]


def _detected_column(cols: list[str], keys: list[str], text_cols: set[int]) -> int:
    """The goal column by its header, from the surest sign to the weakest: a goal header, a
    weak one on a text column, a header containing a goal word, the only text column."""
    names = headers()
    context_keys = set().union(*CONTEXT_NAMES.values())
    levels = [
        [i for i, k in enumerate(keys) if k in names.goal],
        [i for i, k in enumerate(keys) if k in names.goal_weak and i in text_cols],
        [i for i, k in enumerate(keys) if _goal_words().search(k) and k not in context_keys],
        [i for i in sorted(text_cols) if keys[i] not in context_keys],
    ]
    for level, found in enumerate(levels):
        if len(found) == 1:
            return found[0]
        if len(found) > 1 and level < len(levels) - 1:  # several named like goals
            listed = ", ".join(cols[i] for i in found)
            raise BatchInputError(
                f"several columns could hold the goals ({listed}); pick one with --column NAME"
            )
        if len(found) > 1:
            break
    raise BatchInputError(
        f"cannot tell which column holds the goals; columns: {', '.join(cols)}. "
        "Pick one with --column NAME"
    )


def plan_columns(table: InputTable, column: str | None = None) -> ColumnPlan:
    """Pick the goal column (given, by name, or the only text column) and the context columns.

    Raises BatchInputError listing the columns when the goal column is missing or ambiguous.
    """
    cols = list(table.columns)
    keys = [header_key(c) for c in cols]
    if column is not None:
        goal = _named_column(cols, keys, column)
    else:
        sample = table.sample(200)
        text_cols = {
            i for i in range(len(cols)) if _is_text_column([cell_text(r[i]) for r in sample])
        }
        goal = _detected_column(cols, keys, text_cols)
    context: dict[str, int] = {}
    for field_name, names in CONTEXT_NAMES.items():
        for i, k in enumerate(keys):
            if i != goal and k in names and i not in context.values():
                context.setdefault(field_name, i)
    taken = {c.casefold() for c in cols}
    added = tuple(f"smartgoal_{c}" if c in taken else c for c in OUTPUT_COLUMNS)
    return ColumnPlan(tuple(cols), goal, context, tuple(cols) + added)
