"""Eval suites: the YAML schema (pydantic), loading with clear errors, and the suite hash."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rewriter.report import GoalContext, GoalKind, Language, Status

LABELED: tuple[str, ...] = ("specific", "measurable", "time_bound")  # always labeled


class SuiteError(ValueError):
    """A suite file cannot be used; the message names the file, the case and the field."""


class Expected(BaseModel):
    """The statuses a careful human gives the goal (with its context)."""

    model_config = ConfigDict(extra="forbid")

    specific: Status
    measurable: Status
    time_bound: Status
    attainable: Status | None = None
    relevant: Status | None = None
    kind: GoalKind | None = None  # outcome | habit | milestone | limit | not_a_goal
    domain: str | None = None  # marketing, sales, service, hiring, product, finance, ...
    deadline: date | None = None  # the date the text resolves to, when it names one

    def reading(self) -> dict[str, str]:
        """The labeled goal-model readings (kind, domain, deadline) as text."""
        out = {"kind": self.kind, "domain": self.domain, "deadline": self.deadline}
        return {k: str(v) for k, v in out.items() if v is not None}

    def labeled(self) -> dict[str, Status]:
        """Only the criteria this case labels, in CRITERIA order."""
        order = ("specific", "measurable", "attainable", "relevant", "time_bound")
        return {k: getattr(self, k) for k in order if getattr(self, k) is not None}


class CaseContext(GoalContext):
    """GoalContext, but a typo in a suite field is an error rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    goal: str
    lang: Language  # the goal's language as a human reads it (mixed text: the dominant one)
    context: CaseContext | None = None
    today: date | None = None  # reference date; falls back to the suite's
    expect: Expected
    tags: list[str] = Field(default_factory=list)
    check_rewrite: bool = True  # false for text that is not a goal: its rewrite is not judged
    note: str | None = None  # why a label is what it is, for reviewers

    @model_validator(mode="after")
    def _one_reference_date(self) -> Case:
        if self.context and self.context.today and self.today and self.context.today != self.today:
            raise ValueError("give the reference date once: `today` or `context.today`, not both")
        return self

    @field_validator("tags")
    @classmethod
    def _clean_tags(cls, tags: list[str]) -> list[str]:
        return sorted({t.strip() for t in tags if t.strip()})

    def goal_context(self, default_today: date | None = None) -> GoalContext:
        """The GoalContext handed to the engine, with the reference date resolved."""
        data = self.context.model_dump() if self.context else {}
        data["today"] = data.get("today") or self.today or default_today
        return GoalContext(**data)


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str | None = None
    reference_date: date | None = None  # "today" for every case that does not set its own
    cases: list[Case] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Suite:
        counts = Counter(c.id for c in self.cases)
        dupes = sorted(k for k, n in counts.items() if n > 1)
        if dupes:
            raise ValueError(f"case ids must be unique; repeated: {', '.join(dupes)}")
        return self

    def content_hash(self) -> str:
        """sha256 of the validated content: reformatting the YAML does not change it."""
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

    def language_share(self) -> dict[str, float]:
        n = len(self.cases)
        return {lang: sum(c.lang == lang for c in self.cases) / n for lang in ("en", "vi")}


def _where(loc: tuple[int | str, ...], raw: Any) -> str:  # raw: the suite file as parsed
    """`cases[3] (id 'x') → expect.specific` from a pydantic error location."""
    parts: list[str] = []
    i = 0
    while i < len(loc):
        key = loc[i]
        if key == "cases" and i + 1 < len(loc) and isinstance(loc[i + 1], int):
            idx = int(loc[i + 1])
            label = f"cases[{idx}]"
            try:
                case_id = raw["cases"][idx].get("id")
                if case_id:
                    label += f" (id {case_id!r})"
            except (KeyError, IndexError, TypeError, AttributeError):
                pass
            parts.append(label)
            i += 2
            continue
        parts.append(str(key))
        i += 1
    return ".".join(parts) or "(top level)"


def format_validation_error(err: ValidationError, raw: object, source: str) -> str:
    lines = [f"{source}: {err.error_count()} problem(s) in the suite:"]
    for e in err.errors():
        msg = e["msg"]
        if e["type"] == "extra_forbidden":
            msg = "unknown field (check the spelling)"
        elif e["type"] == "missing":
            msg = "required field is missing"
        lines.append(f"  - {_where(tuple(e['loc']), raw)}: {msg}")
    return "\n".join(lines)


def parse_suite(data: object, source: str = "<suite>") -> Suite:
    """Validate already-loaded YAML/JSON data; raises SuiteError with every problem listed."""
    if not isinstance(data, dict):
        raise SuiteError(
            f"{source}: a suite is a mapping with `name` and `cases`, got {type(data).__name__}"
        )
    try:
        return Suite.model_validate(data)
    except ValidationError as err:
        raise SuiteError(format_validation_error(err, data, source)) from None


def find_suites(folder: str | Path = "evals/suites") -> list[Path]:
    """The suite files in a folder, sorted by name (for a picker in the web page)."""
    return sorted(Path(folder).glob("*.y*ml"))


def load_suite(path: str | Path) -> Suite:
    """Read and validate a suite YAML file; raises SuiteError with a message a user can act on."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SuiteError(f"{p}: no such suite file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise SuiteError(f"{p}: cannot read the suite ({err})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise SuiteError(f"{p}: not valid YAML{where}: {problem}") from None
    return parse_suite(data, str(p))
