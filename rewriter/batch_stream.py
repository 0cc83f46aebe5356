"""The streaming batch runner: rows in input order as they finish, identical goals computed once."""

from __future__ import annotations

import concurrent.futures
import os
import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import date

from rewriter.batch_checkpoint import CheckpointRecord, Replay
from rewriter.batch_columns import ColumnPlan, plan_columns
from rewriter.batch_context import row_context
from rewriter.batch_engine import RowEngine
from rewriter.batch_executors import LoopThread, RulesPool, Slot
from rewriter.batch_rows import BatchOptions, BatchRow, RowResult, error_result, unexpected
from rewriter.tables import Cell, InputTable, cell_text
from rewriter.text.normalize import clean_goal

__all__ = ["Cancel", "cancel_check", "stream_batch"]

Cancel = Callable[[], bool] | threading.Event | None
Started = concurrent.futures.Future[RowResult] | Slot  # a result still being computed
_STARTED = (concurrent.futures.Future, Slot)


def cancel_check(cancel: Cancel) -> Callable[[], bool]:
    """`cancel` (an Event, a callable or None) as a callable."""
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


@dataclass
class _Pending:
    """A row on its way out: its result is ready, read from the checkpoint, or still running."""

    index: int
    cells: list[Cell]
    result: RowResult | CheckpointRecord | Started
    key: str | None = None  # the goal and context, for reuse by identical rows
    reused: bool = False

    def ready(self) -> bool:
        return not isinstance(self.result, _STARTED) or self.result.done()


def _outcome(started: Started, goal: Cell) -> RowResult:
    """A started row's result; a failure in its worker becomes that row's error."""
    try:
        return started.result()
    except concurrent.futures.CancelledError:
        raise
    except Exception as e:
        return error_result(unexpected(e), cell_text(goal)[:1000])


class _Runner:
    """Starts rows (reusing identical goals) and turns finished ones into BatchRows."""

    # Below this many rows, starting worker processes costs more than it saves.
    POOL_MIN_ROWS = 2000

    def __init__(
        self, options: BatchOptions, plan: ColumnPlan, today: date | None, rows: int | None
    ):
        self.engine = RowEngine(options)
        self.plan = plan
        self.today = today or options.today or date.today()
        self.reuse_size = options.dedupe_size
        self.reuse: OrderedDict[str, RowResult] = OrderedDict()
        self.inflight: dict[str, Started] = {}  # key -> the first identical row's computation
        self.loop: LoopThread | None = None
        self.pool: RulesPool | None = None
        self.replies = options.replies
        self.window: int
        if self.replies is not None:  # the provider's batch answered: check on workers
            concurrency = max(1, options.concurrency or self.engine.settings.concurrency)
            self.replies.open(self.engine, concurrency)
            self.window = options.window or self.replies.window
        elif self.engine.needs_model:
            concurrency = max(1, options.concurrency or self.engine.settings.concurrency)
            self.loop = LoopThread(concurrency)
            self.window = options.window or max(4 * concurrency, 16)
        else:
            workers = options.concurrency or min(os.cpu_count() or 1, 8)
            if workers > 1 and (rows or 0) >= self.POOL_MIN_ROWS:
                self.pool = RulesPool(workers, self.engine.settings.max_goal_chars)
            self.window = options.window or max(4 * workers * RulesPool.CHUNK, 16)

    def start(self, index: int, cells: list[Cell]) -> _Pending:
        plan = self.plan
        goal_raw = cell_text(cells[plan.goal])
        if not goal_raw.strip():
            return _Pending(index, cells, error_result(f"the {plan.goal_column} cell is empty"))
        try:
            return self._start(index, cells, goal_raw)
        except ValueError as e:  # GoalInputError is a ValueError too
            return _Pending(index, cells, error_result(str(e), goal_raw[:1000]))
        except Exception as e:  # a bad row never stops the batch
            return _Pending(index, cells, error_result(unexpected(e), goal_raw[:1000]))

    def _start(self, index: int, cells: list[Cell], goal_raw: str) -> _Pending:
        context = row_context(cells, self.plan, self.today)
        goal = clean_goal(goal_raw, self.engine.settings.max_goal_chars)
        key = goal + "\x00" + context.model_dump_json(exclude_none=True)
        if key in self.reuse:
            self.reuse.move_to_end(key)
            return _Pending(index, cells, self.reuse[key], key, reused=True)
        if key in self.inflight:
            return _Pending(index, cells, self.inflight[key], key, reused=True)
        started: Started
        if self.replies is not None:
            started = self.replies.add(goal, context, key)  # the request id hashes the key
        elif self.loop is not None:
            engine = self.engine
            started = self.loop.submit(lambda: engine.llm(goal, context))
        elif self.pool is not None:
            started = self.pool.add(goal, context)
        else:
            result = self.engine.rules(goal, context)
            self._remember(key, result)
            return _Pending(index, cells, result, key)
        self.inflight[key] = started
        return _Pending(index, cells, started, key)

    def finish(self, item: _Pending) -> BatchRow:
        if isinstance(item.result, CheckpointRecord):
            return BatchRow(item.index, item.cells, item.result.result, resumed=True)
        if isinstance(item.result, RowResult):
            result = item.result
        else:
            result = _outcome(item.result, item.cells[self.plan.goal])
            if not item.reused and item.key is not None:
                self.inflight.pop(item.key, None)
                self._remember(item.key, result)
        if item.reused:  # the goal was computed once, for the first of the identical rows
            return BatchRow(item.index, item.cells, result.uncounted(), reused=True)
        return BatchRow(item.index, item.cells, result)

    def _remember(self, key: str, result: RowResult) -> None:
        self.reuse[key] = result
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


def stream_batch(
    table: InputTable,
    options: BatchOptions | None = None,
    *,
    plan: ColumnPlan | None = None,
    cancel: Cancel = None,
    done: Iterator[CheckpointRecord] | None = None,
    today: date | None = None,
) -> Generator[BatchRow, None, None]:
    """Rewrite every row of `table`, yielding output rows in input order as they complete.

    Memory stays flat: rows are read lazily, at most `window` rows are in flight or waiting to
    be yielded in order, and the reuse cache of identical goals is bounded. With the llm engine
    up to `concurrency` model calls run at once. `cancel` (an Event or a callable) stops the
    batch early: rows already yielded stay valid. `done` replays checkpointed rows (resume).
    """
    options = options or BatchOptions()
    runner = _Runner(options, plan or plan_columns(table, options.column), today, table.total)
    is_cancelled = cancel_check(cancel)
    replay = Replay(done)
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
            if isinstance(item.result, _STARTED):
                item.result.cancel()
        runner.close()
