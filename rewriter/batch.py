"""Batch rewriting of goal tables: column detection, the ordered concurrent runner, checkpoints."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import hashlib
import json
import os
import re
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Literal

from rewriter.errors import GoalInputError, validation_message
from rewriter.limits import finite_number
from rewriter.output_lock import OutputBusy, OutputLock
from rewriter.report import CRITERIA, GoalContext, GoalReport
from rewriter.settings import Settings, get_settings
from rewriter.tables import (
    BatchInputError,
    Cell,
    InputTable,
    Source,
    TableFormat,
    TableWriter,
    cell_text,
    open_table,
    suffix_format,
)
from rewriter.text.normalize import clean_goal, fold

__all__ = [
    "OUTPUT_COLUMNS",
    "BatchInputError",
    "BatchOptions",
    "BatchProgress",
    "BatchRow",
    "BatchSummary",
    "ColumnPlan",
    "checkpoint_path",
    "open_table",
    "plan_columns",
    "run_batch",
    "stream_batch",
]

RowStatus = Literal["ok", "fallback", "error"]
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
_STATUS, _ERROR = 0, 1
_MAX_ERROR_CHARS = 300

# ---- column detection --------------------------------------------------------------------------

# Header names as folded, bracket-free words ("Mục tiêu (draft)" -> "muc tieu").
_GOAL_NAMES = {
    "goal", "goals", "smart goal", "smart goals", "goal text", "draft goal", "your goal",
    "the goal", "muc tieu", "cac muc tieu", "muc tieu smart", "muc tieu goc", "muc tieu ban dau",
    "muc tieu can viet lai", "muc tieu nhap",
}  # fmt: skip
_GOAL_NAMES_WEAK = {
    "objective", "objectives", "okr", "okrs", "target", "targets", "key result", "key results",
    "kpi", "kpis", "chi tieu", "aim", "aims", "text",
}  # fmt: skip
CONTEXT_NAMES: dict[str, set[str]] = {
    "platform": {
        "platform", "nen tang", "kenh", "channel", "social network", "network", "mang xa hoi",
        "social", "kenh mang xa hoi",
    },
    "baseline": {
        "baseline", "current", "current value", "current number", "currently", "now", "hien tai",
        "gia tri hien tai", "so hien tai", "hien co", "muc hien tai", "start", "start value",
        "starting value", "starting point", "diem xuat phat", "baseline value",
    },
    "deadline": {
        "deadline", "due", "due date", "by", "by when", "end date", "han", "han chot", "thoi han",
        "ngay het han", "ngay ket thuc", "den ngay", "hoan thanh truoc",
    },
    "horizon": {
        "horizon", "timeframe", "time frame", "period", "within", "thoi gian",
        "khoang thoi gian", "ky han",
    },
    "objective": {
        "objective", "business objective", "business goal", "muc tieu kinh doanh", "muc dich",
        "purpose", "why", "ly do",
    },
    "monthly_growth": {
        "monthly growth", "growth", "growth per month", "monthly growth rate", "tang truong",
        "tang truong hang thang", "tang truong thang", "toc do tang truong", "growth rate",
    },
    "language": {"language", "lang", "ngon ngu"},
    "history": {"history", "history file", "lich su", "so lieu", "du lieu lich su", "monthly values"},
}  # fmt: skip
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def header_key(name: str) -> str:
    """A header as folded words: case, accents, brackets and punctuation ignored."""
    return _NON_WORD.sub(" ", fold(_BRACKETS.sub(" ", name))).strip()


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


def plan_columns(table: InputTable, column: str | None = None) -> ColumnPlan:
    """Pick the goal column (given, by name, or the only text column) and the context columns.

    Raises BatchInputError listing the columns when the goal column is missing or ambiguous.
    """
    cols = table.columns
    keys = [header_key(c) for c in cols]
    listing = ", ".join(cols)
    context_keys = set().union(*CONTEXT_NAMES.values())
    sample = table.sample(200)
    text_cols = {i for i in range(len(cols)) if _is_text_column([cell_text(r[i]) for r in sample])}

    if column is not None:
        exact = [i for i, c in enumerate(cols) if c == column]
        loose = [i for i, k in enumerate(keys) if k == header_key(column)]
        found = exact or loose
        if not found:
            raise BatchInputError(f"no column named {column!r}; columns: {listing}")
        if len(found) > 1:
            raise BatchInputError(f"several columns are named {column!r}; rename one of them")
        goal = found[0]
    else:
        levels = [
            [i for i, k in enumerate(keys) if k in _GOAL_NAMES],
            [i for i, k in enumerate(keys) if k in _GOAL_NAMES_WEAK and i in text_cols],
            [
                i
                for i, k in enumerate(keys)
                if re.search(r"\b(goals?|muc tieu)\b", k) and k not in context_keys
            ],
            [i for i in text_cols if keys[i] not in context_keys],
        ]
        goal = -1
        for level, found in enumerate(levels):
            if len(found) == 1:
                goal = found[0]
                break
            if len(found) > 1 and level < len(levels) - 1:  # several named like goals
                names = ", ".join(cols[i] for i in found)
                raise BatchInputError(
                    f"several columns could hold the goals ({names}); pick one with --column NAME"
                )
            if len(found) > 1:
                break
        if goal < 0:
            raise BatchInputError(
                f"cannot tell which column holds the goals; columns: {listing}. "
                "Pick one with --column NAME"
            )

    context: dict[str, int] = {}
    for field_name, names in CONTEXT_NAMES.items():
        for i, k in enumerate(keys):
            if i != goal and k in names and i not in context.values():
                context.setdefault(field_name, i)
    taken = {c.casefold() for c in cols}
    added = tuple(f"smartgoal_{c}" if c in taken else c for c in OUTPUT_COLUMNS)
    return ColumnPlan(tuple(cols), goal, context, tuple(cols) + added)


# ---- per-row context ---------------------------------------------------------------------------

_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")
_FLOAT_WORD = re.compile(r"[+-]?(?:inf(?:inity)?|nan|[\d.]+e[+-]?\d+)")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%y")
_LANGUAGES = {
    "en": "en", "english": "en", "tieng anh": "en", "anh": "en",
    "vi": "vi", "vietnamese": "vi", "tieng viet": "vi", "viet": "vi", "vn": "vi",
}  # fmt: skip


def _number(raw: Cell, what: str) -> float:
    """A context cell as a finite number; ValueError naming the cell otherwise."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return finite_number(raw, what)
    from rewriter.text.numbers import SCALE, scaled

    text = fold(cell_text(raw)).replace("%", " ").strip()
    if _FLOAT_WORD.fullmatch(text):  # "1e3", "inf", "nan": finite and sane, or refused
        try:
            return finite_number(float(text), what)
        except ValueError as e:
            raise ValueError(f"{what} {cell_text(raw)!r}: {e}") from None
    m = re.search(rf"([+-]?)(\d+(?:[.,]\d+)*)(?:\s?({SCALE})(?![a-z]))?", text)
    value = scaled(m.group(2), m.group(3)) if m else None
    if value is None:
        raise ValueError(f"{what} {cell_text(raw)!r} is not a number")
    return -value if m and m.group(1) == "-" else value


def row_context(cells: Sequence[Cell], plan: ColumnPlan, today: date) -> GoalContext:
    """The GoalContext a row's context columns give; ValueError naming a cell it cannot read."""
    values: dict[str, Any] = {"today": today}
    for name, i in plan.context.items():
        raw = cells[i]
        text = cell_text(raw).strip()
        if not text:
            continue
        column = plan.columns[i]
        if name in ("baseline", "monthly_growth"):
            values[name] = _number(raw, column)
        elif name == "deadline":
            parsed = _date(raw)
            if parsed is not None:
                values["deadline"] = parsed
            else:  # "6 months" / "6 tháng" in a deadline column is a horizon
                values.setdefault("horizon", text)
        elif name == "history":  # pasted values or a per-row file path
            from rewriter.history.inputs import history_arg
            from rewriter.history.series import HistoryError

            try:
                values["history"] = history_arg(text, today)
            except HistoryError as e:
                raise ValueError(f"{column}: {e}") from None
        elif name == "language":
            lang = _LANGUAGES.get(header_key(text))
            if lang is None:
                raise ValueError(f"{column} {text!r} is not en or vi")
            values["language"] = lang
        else:
            values[name] = text
    try:
        return GoalContext(**values)
    except ValueError as e:  # pydantic: e.g. a negative baseline, a year 9999 deadline
        raise ValueError(validation_message(e)) from None


def _date(raw: Cell) -> date | None:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = cell_text(raw).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


# ---- options, progress, rows -------------------------------------------------------------------


@dataclass
class BatchOptions:
    """How to run a batch. `engine` None follows the settings (auto: llm when configured)."""

    column: str | None = None
    engine: Literal["auto", "rules", "llm"] | None = None
    concurrency: int | None = None  # model calls at once; default settings.concurrency
    today: date | None = None  # reference date for relative times; default: the day the run starts
    encoding: str | None = None
    sheet: str | None = None
    settings: Settings | None = None
    chat_model: Any = None  # a langchain BaseChatModel, for callers that build their own
    dedupe_size: int = 20_000  # distinct goals remembered for reuse (bounded: memory stays flat)
    window: int | None = None  # rows in flight or waiting to be written in order (default 4x)
    replies: Any = None  # a batch_replies.ReplySource: answers from a provider's batch engine


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
    """One output row: the input cells and the added values (OUTPUT_COLUMNS order)."""

    index: int  # 0-based among the data rows
    cells: list[Cell]
    values: list[Cell]
    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    resumed: bool = False
    reused: bool = False  # an identical goal earlier in the batch was computed once

    @property
    def status(self) -> RowStatus:
        return self.values[_STATUS]  # type: ignore[return-value]

    def out(self) -> list[Cell]:
        return [*self.cells, *self.values]

    def as_dict(self, plan: ColumnPlan) -> dict[str, Cell]:
        return dict(zip(plan.output_columns, self.out(), strict=True))


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
    engine: str = "rules"
    model: str | None = None
    goal_column: str = ""
    context_columns: dict[str, str] = field(default_factory=dict)
    output: Path | None = None
    checkpoint: Path | None = None  # kept when the run did not finish, for --resume

    def add(self, row: BatchRow) -> None:
        self.rows += 1
        setattr(self, row.status, getattr(self, row.status) + 1)
        self.resumed += row.resumed
        self.reused += row.reused
        self.model_calls += row.model_calls
        self.prompt_tokens += row.prompt_tokens
        self.completion_tokens += row.completion_tokens

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def _values(status: RowStatus, error: str = "", report: GoalReport | None = None) -> list[Cell]:
    error = error[:_MAX_ERROR_CHARS]
    if report is None:
        return [status, error, *([""] * (len(OUTPUT_COLUMNS) - 2))]
    statuses = report.statuses()
    return [
        status,
        error,
        report.language,
        *(statuses[c] for c in CRITERIA),
        report.score,
        report.rewrite.text if report.rewrite else "",  # not a goal: nothing to rewrite
        "\n".join(f"{a.label}: {a.text}" if a.label else a.text for a in report.alternatives),
        "\n".join(report.rewrite.assumptions) if report.rewrite else "",
        report.engine,
        report.model or "",
    ]


def _error_values(message: str, goal: str) -> list[Cell]:
    values = _values("error", message)
    if goal.strip():
        from rewriter.text.language import detect_language

        values[OUTPUT_COLUMNS.index("language")] = detect_language(goal)
    return values


# ---- the runner --------------------------------------------------------------------------------

Compute = tuple[list[Cell], int, int, int]  # values, model calls, prompt tokens, completion tokens


class _Engine:
    """Computes one goal's values with the chosen engine; model failures fall back to rules."""

    def __init__(self, options: BatchOptions):
        from rewriter.api import pick_engine

        self.settings = options.settings or get_settings()
        self.chat_model = options.chat_model
        self.name = pick_engine(options.engine, self.settings, self.chat_model)
        self.model = (
            getattr(self.chat_model, "model_name", None) or self.settings.model
            if self.name == "llm"
            else None
        )

    def rules(self, goal: str, context: GoalContext) -> Compute:
        return _rules_values(goal, context, self.settings.max_goal_chars)

    async def llm(self, goal: str, context: GoalContext) -> Compute:
        from rewriter.api import arewrite

        try:
            report = await arewrite(
                goal, context, engine="llm", settings=self.settings, chat_model=self.chat_model
            )
        except GoalInputError as e:
            return _error_values(str(e), goal), 0, 0, 0
        except Exception as e:  # the model failed after its retries: the row still gets a rewrite
            values, *_ = self.rules(goal, context)
            if values[_STATUS] == "ok":
                values[_STATUS] = "fallback"
                values[_ERROR] = f"model failed ({type(e).__name__}): {e}"[:_MAX_ERROR_CHARS]
            return values, 0, 0, 0
        u = report.usage
        if report.engine == "llm":
            return _values("ok", "", report), u.model_calls, u.prompt_tokens, u.completion_tokens
        reason = "; ".join(report.warnings) or "the model's answer was unusable"
        return (
            _values("fallback", reason, report),
            u.model_calls,
            u.prompt_tokens,
            u.completion_tokens,
        )


def _rules_values(goal: str, context: GoalContext, max_chars: int) -> Compute:
    from rewriter.rules.engine import rules_report

    try:
        report = rules_report(goal, context, max_chars=max_chars)
    except GoalInputError as e:
        return _error_values(str(e), goal), 0, 0, 0
    except Exception as e:  # one row's failure is that row's error, never the batch's
        return _error_values(_unexpected(e), goal), 0, 0, 0
    return _values("ok", "", report), 0, 0, 0


def _unexpected(exc: BaseException) -> str:
    """An unexpected failure as a row's error message (no traceback)."""
    detail = str(exc).splitlines()[0] if str(exc) else ""
    return f"this row could not be analysed ({type(exc).__name__}{': ' + detail if detail else ''})"


def _rules_chunk(items: list[tuple[str, GoalContext]], max_chars: int) -> list[Compute]:
    """Worker-process entry: a chunk of goals at a time keeps the hand-over cost small."""
    return [_rules_values(goal, context, max_chars) for goal, context in items]


def _quiet_worker(parent: int) -> None:
    """Worker setup: Ctrl-C is the parent's to handle (it keeps the checkpoint), and a worker
    whose parent is gone (kill -9) exits instead of waiting forever on its queue.

    The parent's PID comes from the parent: a worker that starts after a kill -9 would
    otherwise learn its new parent's PID and wait forever.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="smartgoal-parent-watch", daemon=True).start()


class _Slot:
    """One goal's place in a chunk sent to the rules worker processes."""

    def __init__(self, pool: _RulesPool, chunk: _Chunk, position: int):
        self.pool, self.chunk, self.position = pool, chunk, position

    def done(self) -> bool:
        return self.chunk.future is not None and self.chunk.future.done()

    def result(self) -> Compute:
        if self.chunk.future is None:
            self.pool.flush()
        return self.chunk.future.result()[self.position]  # type: ignore[union-attr]

    def cancel(self) -> None:
        if self.chunk.future is not None:
            self.chunk.future.cancel()


@dataclass
class _Chunk:
    items: list[tuple[str, GoalContext]] = field(default_factory=list)
    future: concurrent.futures.Future[list[Compute]] | None = None


class _RulesPool:
    """The rules engine on N worker processes (it is CPU-bound: threads would not help)."""

    CHUNK = 64

    def __init__(self, workers: int, max_chars: int):
        import multiprocessing

        # spawn, not fork: safe under the web server's threads
        self._pool = concurrent.futures.ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_quiet_worker,
            initargs=(os.getpid(),),
        )
        self.max_chars = max_chars
        self._chunk = _Chunk()

    def add(self, goal: str, context: GoalContext) -> _Slot:
        chunk = self._chunk
        chunk.items.append((goal, context))
        slot = _Slot(self, chunk, len(chunk.items) - 1)
        if len(chunk.items) >= self.CHUNK:
            self.flush()
        return slot

    def flush(self) -> None:
        if self._chunk.items:
            self._chunk.future = self._pool.submit(_rules_chunk, self._chunk.items, self.max_chars)
            self._chunk = _Chunk()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class _LoopThread:
    """This batch's share of the background loop: at most `concurrency` goals at once."""

    def __init__(self, concurrency: int):
        from rewriter.llm.loop import background_loop

        self.loop = background_loop()
        self._sem = asyncio.run_coroutine_threadsafe(
            self._semaphore(concurrency), self.loop
        ).result()
        self._futures: set[concurrent.futures.Future[Any]] = set()

    @staticmethod
    async def _semaphore(n: int) -> asyncio.Semaphore:
        return asyncio.Semaphore(n)

    def submit(self, fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        async def bounded() -> Any:
            async with self._sem:
                return await fn()

        future = asyncio.run_coroutine_threadsafe(bounded(), self.loop)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return future

    def close(self) -> None:
        """Cancel what is still running (an early stop) and wait for it to unwind."""
        pending = list(self._futures)
        for f in pending:
            f.cancel()
        concurrent.futures.wait(pending, timeout=10)


def row_fingerprint(cells: Sequence[Cell]) -> str:
    """A short hash of a row's cells: checks that a checkpoint belongs to this input."""
    raw = json.dumps([cell_text(c) for c in cells], ensure_ascii=False)
    return hashlib.blake2b(raw.encode(), digest_size=8).hexdigest()


@dataclass
class _Done:
    """A checkpointed row, read back on resume."""

    index: int
    fingerprint: str
    values: list[Cell]
    usage: tuple[int, int, int]


def stream_batch(
    table: InputTable,
    options: BatchOptions | None = None,
    *,
    plan: ColumnPlan | None = None,
    cancel: Callable[[], bool] | threading.Event | None = None,
    done: Iterator[_Done] | None = None,
    today: date | None = None,
) -> Iterator[BatchRow]:
    """Rewrite every row of `table`, yielding output rows in input order as they complete.

    Memory stays flat: rows are read lazily, at most `window` rows are in flight or waiting to
    be yielded in order, and the reuse cache of identical goals is bounded. With the llm engine
    up to `concurrency` model calls run at once. `cancel` (an Event or a callable) stops the
    batch early: rows already yielded stay valid. `done` replays checkpointed rows (resume).
    """
    options = options or BatchOptions()
    runner = _Runner(options, plan or plan_columns(table, options.column), today, table.total)
    is_cancelled = _cancel_check(cancel)
    replay = _Replay(done)
    pending: deque[_Pending] = deque()
    try:
        for index, cells in enumerate(table.rows()):
            if is_cancelled():
                break
            record = replay.get(index, cells)
            pending.append(_Pending(index, cells, record) if record else runner.start(index, cells))
            while pending and (len(pending) >= runner.window or pending[0].ready()):
                yield runner.finish(pending.popleft())
        else:
            replay.check_consumed()
            while pending:
                yield runner.finish(pending.popleft())
    finally:
        for item in pending:
            if _is_future(item.result):
                item.result.cancel()
        runner.close()


@dataclass
class _Pending:
    """A row on its way out: its result is ready (values or a checkpoint record) or a Future."""

    index: int
    cells: list[Cell]
    result: Any  # Compute | _Done | Future[Compute] | _Slot
    key: str | None = None
    reused: bool = False

    def ready(self) -> bool:
        return not _is_future(self.result) or self.result.done()


def _is_future(result: Any) -> bool:
    return isinstance(result, concurrent.futures.Future | _Slot)


class _Runner:
    """Starts rows (reusing identical goals) and turns finished ones into BatchRows."""

    # Below this many rows, starting worker processes costs more than it saves.
    POOL_MIN_ROWS = 2000

    def __init__(
        self, options: BatchOptions, plan: ColumnPlan, today: date | None, rows: int | None
    ):
        self.engine = _Engine(options)
        self.plan = plan
        self.today = today or options.today or date.today()
        self.reuse_size = options.dedupe_size
        self.reuse: OrderedDict[str, Compute] = OrderedDict()
        self.inflight: dict[str, Any] = {}  # key -> Future | _Slot of the first identical row
        self.loop: _LoopThread | None = None
        self.pool: _RulesPool | None = None
        self.replies = options.replies
        if self.replies is not None:  # the provider's batch answered: check on workers
            concurrency = max(1, options.concurrency or self.engine.settings.concurrency)
            self.replies.open(self.engine, concurrency)
            self.window = options.window or self.replies.window
        elif self.engine.name == "llm":
            concurrency = max(1, options.concurrency or self.engine.settings.concurrency)
            self.loop = _LoopThread(concurrency)
            self.window = options.window or max(4 * concurrency, 16)
        else:
            workers = options.concurrency or min(os.cpu_count() or 1, 8)
            if workers > 1 and (rows or 0) >= self.POOL_MIN_ROWS:
                self.pool = _RulesPool(workers, self.engine.settings.max_goal_chars)
            self.window = options.window or max(4 * workers * _RulesPool.CHUNK, 16)

    def start(self, index: int, cells: list[Cell]) -> _Pending:
        plan = self.plan
        goal_raw = cell_text(cells[plan.goal])
        if not goal_raw.strip():
            values = _values("error", f"the {plan.goal_column} cell is empty")
            return _Pending(index, cells, (values, 0, 0, 0))
        try:
            return self._start(index, cells, goal_raw)
        except ValueError as e:  # GoalInputError is a ValueError too
            return _Pending(index, cells, (_error_values(str(e), goal_raw[:1000]), 0, 0, 0))
        except Exception as e:  # a bad row never stops the batch
            return _Pending(index, cells, (_error_values(_unexpected(e), goal_raw[:1000]), 0, 0, 0))

    def _start(self, index: int, cells: list[Cell], goal_raw: str) -> _Pending:
        context = row_context(cells, self.plan, self.today)
        goal = clean_goal(goal_raw, self.engine.settings.max_goal_chars)
        key = goal + "\x00" + context.model_dump_json(exclude_none=True)
        if key in self.reuse:
            self.reuse.move_to_end(key)
            return _Pending(index, cells, self.reuse[key], key, reused=True)
        if key in self.inflight:
            return _Pending(index, cells, self.inflight[key], key, reused=True)
        if self.replies is not None:
            future: Any = self.replies.add(goal, context)
        elif self.loop is not None:
            engine = self.engine
            future = self.loop.submit(lambda: engine.llm(goal, context))
        elif self.pool is not None:
            future = self.pool.add(goal, context)
        else:
            result = self.engine.rules(goal, context)
            self._remember(key, result)
            return _Pending(index, cells, result, key)
        self.inflight[key] = future
        return _Pending(index, cells, future, key)

    def finish(self, item: _Pending) -> BatchRow:
        result = item.result
        if isinstance(result, _Done):
            calls, pt, ct = result.usage
            return BatchRow(item.index, item.cells, result.values, calls, pt, ct, resumed=True)
        if _is_future(result):
            result = _outcome(result, item.cells[self.plan.goal])
            if not item.reused:
                self.inflight.pop(item.key, None)  # type: ignore[arg-type]
                self._remember(item.key, result)  # type: ignore[arg-type]
        values, calls, pt, ct = result
        if item.reused:  # the goal was computed once, for the first of the identical rows
            return BatchRow(item.index, item.cells, list(values), reused=True)
        return BatchRow(item.index, item.cells, list(values), calls, pt, ct)

    def _remember(self, key: str | None, value: Compute) -> None:
        if key is None:
            return
        self.reuse[key] = value
        self.reuse.move_to_end(key)
        while len(self.reuse) > self.reuse_size:
            self.reuse.popitem(last=False)

    def close(self) -> None:
        if self.loop is not None:
            self.loop.close()
        if self.pool is not None:
            self.pool.close()
        if self.replies is not None:
            self.replies.close()


def _outcome(future: Any, goal: Cell) -> Compute:
    """A started row's values; a failure in its worker becomes that row's error."""
    try:
        return future.result()  # type: ignore[no-any-return]
    except concurrent.futures.CancelledError:
        raise
    except Exception as e:
        return _error_values(_unexpected(e), cell_text(goal)[:1000]), 0, 0, 0


def _cancel_check(cancel: Callable[[], bool] | threading.Event | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


class _Replay:
    """Checkpointed rows, consumed in step with the input rows."""

    def __init__(self, done: Iterator[_Done] | None):
        self._it = done
        self._next: _Done | None = next(done, None) if done is not None else None

    def get(self, index: int, cells: list[Cell]) -> _Done | None:
        record = self._next
        if record is None or record.index != index:
            return None
        if record.fingerprint != row_fingerprint(cells):
            raise BatchInputError(
                f"the checkpoint does not match the input (row {index + 2} changed); "
                "run without --resume to start over"
            )
        self._next = next(self._it, None) if self._it is not None else None
        return record

    def check_consumed(self) -> None:
        if self._next is not None:
            raise BatchInputError(
                "the checkpoint has more rows than the input; run without --resume to start over"
            )


# ---- files: output, checkpoint, resume ---------------------------------------------------------


def checkpoint_path(output: str | Path) -> Path:
    """Where a run writing `output` keeps its checkpoint (ignored by git: *.checkpoint.jsonl)."""
    output = Path(output)
    return output.with_name(output.name + ".checkpoint.jsonl")


def _partial_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial")


class _Checkpoint:
    """JSON lines: a header with the run's settings, then one line per finished row, in order."""

    VERSION = 1

    def __init__(self, path: Path, header: dict[str, Any]):
        self.path = path
        self.header = {"checkpoint": self.VERSION, **header}
        self._f: IO[str] | None = None
        self._last_flush = 0.0

    def load(self) -> tuple[int, dict[str, Any]] | None:
        """(complete rows, header) of an existing checkpoint; a torn last line is cut off."""
        if not self.path.is_file():
            return None
        good_end, count, header = 0, -1, None
        with self.path.open("rb") as f:
            for line in f:
                if not line.endswith(b"\n"):
                    break  # killed mid-write
                try:
                    obj = json.loads(line)
                except ValueError:
                    break
                if header is None:
                    header = obj
                good_end += len(line)
                count += 1
        if header is None or header.get("checkpoint") != self.VERSION:
            raise BatchInputError(
                f"{self.path.name} is not a checkpoint this version can resume; delete it"
            )
        with self.path.open("r+b") as f:
            f.truncate(good_end)
        return count, header

    def records(self, count: int) -> Iterator[_Done]:
        with self.path.open(encoding="utf-8") as f:
            f.readline()
            for _ in range(count):
                obj = json.loads(f.readline())
                yield _Done(obj["i"], obj["h"], obj["v"], tuple(obj["u"]))  # type: ignore[arg-type]

    def open(self, fresh: bool) -> None:
        self._f = self.path.open("w" if fresh else "a", encoding="utf-8")
        if fresh:
            self._write(self.header)
            self._f.flush()

    def add(self, row: BatchRow) -> None:
        usage = [row.model_calls, row.prompt_tokens, row.completion_tokens]
        self._write({"i": row.index, "h": row_fingerprint(row.cells), "v": row.values, "u": usage})
        now = time.monotonic()
        if now - self._last_flush > 0.2:  # the OS keeps flushed lines through a kill -9
            self._f.flush()  # type: ignore[union-attr]
            self._last_flush = now

    def _write(self, obj: dict[str, Any]) -> None:
        self._f.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")  # type: ignore[union-attr]

    def close(self) -> None:
        if self._f is not None:
            self._f.close()
            self._f = None


def run_batch(
    source: Source | InputTable,
    output: str | Path | IO[bytes],
    options: BatchOptions | None = None,
    *,
    name: str | None = None,
    format: TableFormat | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    cancel: Callable[[], bool] | threading.Event | None = None,
    resume: bool = False,
    on_row: Callable[[BatchRow], None] | None = None,
) -> BatchSummary:
    """Rewrite a table and write the result (every input column plus OUTPUT_COLUMNS).

    `source`: a path, bytes or binary file (`name` tells its type for bytes), or an opened table.
    `output`: a path (.csv/.xlsx) or a binary file (then `format` is required and there is no
    checkpoint). With a path, rows are checkpointed next to it as they finish; `resume=True`
    continues from that checkpoint and the finished file is the same as an uninterrupted run's.
    `progress` is called about 10 times a second; `cancel` stops early (summary.cancelled).
    Raises BatchInputError (or SettingsError) with a one-line reason before any row is written.
    """
    options = options or BatchOptions()
    if options.settings is None:
        options = dataclasses.replace(options, settings=get_settings())
    table = (
        source
        if isinstance(source, InputTable)
        else open_table(source, name=name, encoding=options.encoding, sheet=options.sheet)
    )
    plan = plan_columns(table, options.column)
    out_path = Path(output) if isinstance(output, str | Path) else None
    if out_path is not None and out_path.is_dir():
        raise BatchInputError(f"{out_path} is a folder; give a file name such as goals-smart.csv")
    fmt = format or (suffix_format(out_path.name) if out_path else None)
    if fmt is None:
        raise BatchInputError("writing to a file object needs format='csv' or 'xlsx'")
    engine = _Engine(options)  # raises SettingsError early (llm without a model)
    today = options.today or date.today()
    summary = BatchSummary(
        engine=engine.name,
        model=engine.model,
        goal_column=plan.goal_column,
        context_columns=plan.context_columns(),
    )

    checkpoint, done, lock = None, None, None
    if out_path is not None:
        lock = _lock_output(out_path)
        header = {
            "input": table.name,
            "columns": list(plan.columns),
            "goal_column": plan.goal_column,
            "engine": engine.name,
            "model": engine.model,
            "today": today.isoformat(),
            **_output_settings(engine),
        }
        checkpoint = _Checkpoint(checkpoint_path(out_path), header)
        try:
            loaded = checkpoint.load() if resume else None
            if loaded is not None:
                count, old = loaded
                if options.today is None:  # the first run's date keeps relative deadlines equal
                    today = date.fromisoformat(old["today"])
                    header["today"] = old["today"]
                mismatch = [k for k in header if old.get(k) != header[k]]
                if mismatch:
                    raise BatchInputError(
                        f"the checkpoint was made with a different {mismatch[0].replace('_', ' ')}"
                        f" ({old.get(mismatch[0])!r}, now {header[mismatch[0]]!r}); "
                        "run without --resume to start over"
                    )
                done = checkpoint.records(count)
            checkpoint.open(fresh=loaded is None)
        except BaseException:
            _unlock(lock, remove=lock.created)
            raise

    target: str | Path | IO[bytes] = _partial_path(out_path) if out_path else output  # type: ignore[assignment]
    try:
        writer = TableWriter(target, fmt, sheet_title=table.sheet or "goals")
        writer.write(plan.output_columns)
    except BaseException:
        if checkpoint is not None:
            checkpoint.close()
        if lock is not None:
            _unlock(lock, remove=True)
        raise
    started = time.monotonic()
    last = 0.0
    finished = False

    def report(force: bool = False) -> None:
        nonlocal last
        now = time.monotonic()
        if progress is not None and (force or now - last >= 0.1):
            last = now
            progress(
                BatchProgress(summary.rows, table.total, summary.ok, summary.fallback,
                              summary.error, summary.resumed, now - started)
            )  # fmt: skip

    try:
        report(force=True)
        rows = stream_batch(table, options, plan=plan, cancel=cancel, done=done, today=today)
        with contextlib.closing(rows):
            for row in rows:
                writer.write(row.out())
                if checkpoint is not None and not row.resumed:
                    checkpoint.add(row)
                summary.add(row)
                if on_row is not None:
                    on_row(row)
                report()
        summary.cancelled = summary.rows < (table.total or 0) and _cancel_check(cancel)()
        finished = not summary.cancelled
    finally:
        summary.elapsed = time.monotonic() - started
        try:
            if checkpoint is not None:
                checkpoint.close()
            if finished:
                writer.close()
                if out_path is not None:
                    os.replace(_partial_path(out_path), out_path)
                    checkpoint.path.unlink(missing_ok=True)  # type: ignore[union-attr]
                summary.output = out_path
        finally:
            if not finished or summary.output is None:
                with contextlib.suppress(OSError):  # e.g. the disk is full: still tidy up
                    writer.abort()
                if out_path is not None:
                    _partial_path(out_path).unlink(missing_ok=True)
                    summary.checkpoint = checkpoint.path  # type: ignore[union-attr]
            if lock is not None:
                _unlock(lock, remove=False)
    report(force=True)
    return summary


def _lock_output(out_path: Path) -> OutputLock:
    """Check the output can be written, and lock it against a second run; BatchInputError."""
    if out_path.is_dir():
        raise BatchInputError(f"{out_path} is a folder; give a file name such as goals-smart.csv")
    parent = out_path.parent
    if not parent.is_dir():
        raise BatchInputError(f"the folder {parent} does not exist; create it or choose another -o")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise BatchInputError(f"cannot write in the folder {parent} (permission denied)")
    try:
        return OutputLock(_partial_path(out_path), out_path).acquire()
    except OutputBusy as e:
        raise BatchInputError(str(e)) from None
    except OSError as e:
        raise BatchInputError(f"cannot write {out_path}: {e.strerror or e}") from None


def _unlock(lock: OutputLock, remove: bool) -> None:
    if remove:
        lock.path.unlink(missing_ok=True)
    lock.release()


def _output_settings(engine: _Engine) -> dict[str, Any]:
    """Every setting that changes a row's output, for the checkpoint: resume refuses a change."""
    s = engine.settings
    out: dict[str, Any] = {"max_goal_chars": s.max_goal_chars}
    if engine.name == "llm":
        from rewriter.llm.prompts import load_prompts

        out.update(
            base_url=s.openai_base_url,
            prompt_version=load_prompts(s.prompts_dir).version,
            structured_method=s.structured_method,
            temperature=s.temperature,
            max_repairs=s.max_repairs,
        )
    return out
