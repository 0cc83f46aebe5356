"""The part of a goal's rules analysis that a model's reply is checked against, kept in a file.

A provider batch builds each request from the rules analysis of its goal; the merge checks the
reply against the same analysis. The build saves what the checks use (verdicts, facts, warnings,
the goal's numbers), so the merge does not read and judge each goal a second time. Anything the
summary cannot stand for (a goal with a history, a fallback's rewrite) is computed as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from pydantic import TypeAdapter

from rewriter.checks import GoalFigures, goal_figures
from rewriter.defects import goal_deadlines
from rewriter.file_ranges import RangeReader
from rewriter.report import Criteria, Facts, Language
from rewriter.rules.engine import Analysis

# made once: json.dumps with any argument builds an encoder per call (the same text)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_VERSION = 2  # 2: the goal's deadlines as the defects read them, and the day they were read on
_CRITERIA = TypeAdapter(Criteria)
_FACTS = TypeAdapter(Facts)


@dataclass(frozen=True)
class GoalSummary:
    """An Analysis without its readings: what the llm engine's checks and report take from it."""

    goal: str
    language: Language
    criteria: Criteria
    facts: Facts
    warnings: list[str]
    figures: GoalFigures  # what the checks of a rewrite take from the goal's reading
    read_on: date  # the reference date the goal was read on
    deadlines: frozenset[date]  # defects.goal_deadlines of the goal, read on `read_on`
    forecast: None = None  # a goal with a history is not summarised: its forecast is recomputed

    @classmethod
    def of(cls, analysis: Analysis) -> GoalSummary | None:
        if analysis.forecast is not None or not analysis.readings.is_goal:
            return None
        today = analysis.resolved.today
        figures = goal_figures(analysis.goal, today)
        deadlines = goal_deadlines(analysis.goal, analysis.language, today)
        return cls(analysis.goal, analysis.language, analysis.criteria, analysis.facts,
                   list(analysis.warnings), figures, today, deadlines)  # fmt: skip

    def dumps(self) -> dict[str, Any]:
        return {
            "v": _VERSION,
            "goal": self.goal,
            "language": self.language,
            "criteria": self.criteria.model_dump(mode="json"),
            "facts": self.facts.model_dump(mode="json", exclude_none=True),
            "warnings": self.warnings,
            "numbers": sorted(self.figures.numbers),
            "no_amount": self.figures.no_amount,
            "read_on": self.read_on.isoformat(),
            "deadlines": sorted(d.isoformat() for d in self.deadlines),
        }

    @classmethod
    def loads(cls, data: Any) -> GoalSummary | None:
        """The summary saved by dumps(); None when it is not one (then the goal is read again)."""
        try:
            if data.get("v") != _VERSION or data["language"] not in ("en", "vi"):
                return None
            goal, warnings, numbers = data["goal"], data["warnings"], data["numbers"]
            if not isinstance(goal, str) or not all(isinstance(w, str) for w in warnings):
                return None
            if not all(isinstance(n, float | int) for n in numbers):
                return None
            figures = GoalFigures(frozenset(float(n) for n in numbers), data["no_amount"] is True)
            read_on = date.fromisoformat(data["read_on"])
            deadlines = frozenset(date.fromisoformat(d) for d in data["deadlines"])
            return cls(goal, data["language"], _CRITERIA.validate_python(data["criteria"]),
                       _FACTS.validate_python(data["facts"]), list(warnings), figures, read_on,
                       deadlines)  # fmt: skip
        except (AttributeError, KeyError, TypeError, ValueError):
            return None


class SummaryFile:
    """Summaries by request id in one JSONL file: written while the requests are built, read
    back by offset while the replies are merged (memory holds offsets, not summaries)."""

    def __init__(self, path: Path):
        self.path = path
        self._where: dict[str, tuple[int, int]] = {}
        self._reader = RangeReader(path)

    def writer(self) -> IO[bytes]:
        return self.path.open("wb")

    @staticmethod
    def line(custom_id: str, summary: GoalSummary) -> bytes:
        obj = {"custom_id": custom_id, **summary.dumps()}
        return _COMPACT.encode(obj).encode() + b"\n"

    def load(self) -> SummaryFile:
        """Index the file; a missing or damaged file gives no summaries (goals are read again)."""
        offset = 0
        try:
            with self.path.open("rb") as f:
                for raw in f:
                    start, offset = offset, offset + len(raw)
                    key = _custom_id(raw)
                    if key is not None:
                        self._where[key] = (start, len(raw))
        except OSError:
            self._where.clear()
        return self

    def __len__(self) -> int:
        return len(self._where)

    def raw(self, custom_id: str) -> bytes | None:
        spot = self._where.get(custom_id)
        if spot is None:
            return None
        return self._reader.read(*spot)

    def close(self) -> None:
        self._reader.close()


_ID_PREFIX = b'{"custom_id":"'


def _custom_id(raw: bytes) -> str | None:
    """The request id at the start of a line written by SummaryFile.line (no JSON parse)."""
    if not raw.startswith(_ID_PREFIX) or not raw.endswith(b"\n"):
        return None  # a line cut short by a kill is not indexed
    end = raw.find(b'"', len(_ID_PREFIX))
    return raw[len(_ID_PREFIX) : end].decode() if end > 0 else None


def parse_summary(raw: bytes | None) -> GoalSummary | None:
    if raw is None:
        return None
    try:
        return GoalSummary.loads(json.loads(raw))
    except ValueError:
        return None
