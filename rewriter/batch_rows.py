"""Batch rows as named types: a goal's result, an output row, the options, progress and summary."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from rewriter.batch_columns import OUTPUT_COLUMNS
from rewriter.engines import EngineChoice
from rewriter.report import CRITERIA, GoalReport
from rewriter.settings import Settings
from rewriter.tables import Cell

if TYPE_CHECKING:
    from rewriter.batch_replies import ReplySource

__all__ = [
    "BatchOptions",
    "BatchProgress",
    "BatchRow",
    "BatchSummary",
    "RowResult",
    "RowStatus",
    "RowUsage",
    "error_result",
    "report_result",
    "unexpected",
]

RowStatus = Literal["ok", "fallback", "error"]
MAX_ERROR_CHARS = 300
_REPORT_COLUMNS = OUTPUT_COLUMNS[2:]  # after status and error


@dataclass(frozen=True)
class RowUsage:
    """What a row's model calls used."""

    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


@dataclass(frozen=True)
class RowResult:
    """One goal's added output values: its status, the error, the report's columns by name."""

    status: RowStatus
    error: str = ""
    columns: dict[str, Cell] = field(default_factory=dict)  # OUTPUT_COLUMNS after status, error
    usage: RowUsage = RowUsage()

    def cells(self) -> list[Cell]:
        """The values in OUTPUT_COLUMNS order (missing ones empty)."""
        get = self.columns.get
        return [self.status, self.error, *[get(c, "") for c in _REPORT_COLUMNS]]

    @classmethod
    def from_cells(cls, cells: list[Cell], usage: RowUsage) -> RowResult:
        """A result read back from its OUTPUT_COLUMNS values (a checkpoint line)."""
        status, error, *rest = cells
        for known in get_args(RowStatus):
            if status == known:
                return cls(known, str(error), dict(zip(_REPORT_COLUMNS, rest, strict=True)), usage)
        raise ValueError(f"not a row status: {status!r}")

    def uncounted(self) -> RowResult:
        """The same values with no usage: an identical goal's calls count once."""
        return dataclasses.replace(self, usage=RowUsage())


def report_result(status: RowStatus, report: GoalReport, error: str = "") -> RowResult:
    """A report as a row's values; `usage` from the report."""
    statuses = report.statuses()
    columns: dict[str, Cell] = {
        "language": report.language,
        **{c: statuses[c] for c in CRITERIA},
        "score": report.score,
        "rewrite": report.rewrite.text if report.rewrite else "",  # not a goal: no rewrite
        "alternatives": "\n".join(
            f"{a.label}: {a.text}" if a.label else a.text for a in report.alternatives
        ),
        "assumptions": "\n".join(report.rewrite.assumptions) if report.rewrite else "",
        "engine": report.engine,
        "model": report.model or "",
    }
    u = report.usage
    usage = RowUsage(u.model_calls, u.prompt_tokens, u.completion_tokens)
    return RowResult(status, error[:MAX_ERROR_CHARS], columns, usage)


def error_result(message: str, goal: str = "") -> RowResult:
    """A row that could not be analysed; its language is still told when the goal has text."""
    columns: dict[str, Cell] = {}
    if goal.strip():
        from rewriter.text.language import detect_language

        columns["language"] = detect_language(goal)
    return RowResult("error", message[:MAX_ERROR_CHARS], columns)


def unexpected(exc: BaseException) -> str:
    """An unexpected failure as a row's error message (no traceback)."""
    detail = str(exc).splitlines()[0] if str(exc) else ""
    return f"this row could not be analysed ({type(exc).__name__}{': ' + detail if detail else ''})"


# ---- options, progress, rows -------------------------------------------------------------------


@dataclass
class BatchOptions:
    """How to run a batch. `engine` None follows the settings (auto: llm when configured)."""

    column: str | None = None
    engine: EngineChoice | None = None
    concurrency: int | None = None  # model calls at once; default settings.concurrency
    today: date | None = None  # reference date for relative times; default: the day the run starts
    encoding: str | None = None
    sheet: str | None = None
    settings: Settings | None = None
    chat_model: Any = None  # a langchain BaseChatModel, for callers that build their own
    dedupe_size: int = 20_000  # distinct goals remembered for reuse (bounded: memory stays flat)
    window: int | None = None  # rows in flight or waiting to be written in order (default 4x)
    replies: ReplySource | None = None  # answers from a provider's batch engine


@dataclass
class BatchProgress:
    """Passed to the progress callback (throttled to about 10 calls a second, plus the last)."""

    done: int
    total: int | None
    ok: int
    fallback: int
    error: int
    resumed: int
    elapsed: float  # seconds in this run

    @property
    def rate(self) -> float:
        """Rows per second computed in this run (resumed rows excluded)."""
        return (self.done - self.resumed) / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        if self.total is None or self.rate <= 0:
            return None
        return max(self.total - self.done, 0) / self.rate


@dataclass
class BatchRow:
    """One output row: the input cells and the goal's result."""

    index: int  # 0-based among the data rows
    cells: list[Cell]
    result: RowResult
    resumed: bool = False
    reused: bool = False  # an identical goal earlier in the batch was computed once

    @property
    def status(self) -> RowStatus:
        return self.result.status

    @property
    def values(self) -> list[Cell]:
        """The added values, in OUTPUT_COLUMNS order."""
        return self.result.cells()

    @property
    def usage(self) -> RowUsage:
        return self.result.usage

    def out(self) -> list[Cell]:
        return [*self.cells, *self.values]


@dataclass
class BatchSummary:
    rows: int = 0
    ok: int = 0
    fallback: int = 0
    error: int = 0
    resumed: int = 0
    reused: int = 0
    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    elapsed: float = 0.0
    cancelled: bool = False
    engine: str = ""
    model: str | None = None
    goal_column: str = ""
    context_columns: dict[str, str] = field(default_factory=dict)
    output: Path | None = None
    checkpoint: Path | None = None  # kept when the run did not finish, for --resume

    def add(self, row: BatchRow) -> None:
        self.rows += 1
        if row.status == "ok":
            self.ok += 1
        elif row.status == "fallback":
            self.fallback += 1
        else:
            self.error += 1
        self.resumed += row.resumed
        self.reused += row.reused
        self.model_calls += row.usage.model_calls
        self.prompt_tokens += row.usage.prompt_tokens
        self.completion_tokens += row.usage.completion_tokens

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens
