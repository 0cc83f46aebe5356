"""Rows answered from a provider batch's results: checked on worker processes, failures re-asked online."""

from __future__ import annotations

import concurrent.futures
import functools
import multiprocessing
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rewriter.batch_rows import RowResult, error_result, report_result, unexpected
from rewriter.engines import needs_model
from rewriter.llm.batch_api import BatchReplyFailed, ReplyIndex, parse_result_line, request_id
from rewriter.report import GoalContext
from rewriter.settings import Settings

if TYPE_CHECKING:
    from rewriter.batch_engine import RowEngine
    from rewriter.batch_executors import LoopThread
    from rewriter.llm.goal_summary import SummaryFile

_CHECKS_FAILED = "checks-failed"


class RowFuture(concurrent.futures.Future[RowResult]):
    """A row's values; asking for them sends its waiting chunk to the workers first."""

    def __init__(self, source: ReplySource):
        super().__init__()
        self._source = source

    def result(self, timeout: float | None = None) -> RowResult:
        if not self.done():
            self._source.flush()
        return super().result(timeout)


# goal, context, the result line (or why there is none), counted, the saved goal summary
_Item = tuple[str, GoalContext, bytes | str, bool, bytes | None]


@dataclass
class _Chunk:
    items: list[_Item] = field(default_factory=list)
    futures: list[RowFuture] = field(default_factory=list)


# ---- worker side ---------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def init_worker(settings: Settings, parent: int, online: bool = False) -> None:
    from rewriter.batch_executors import quiet_worker

    quiet_worker(parent)
    _WORKER["settings"] = settings
    _WORKER["online"] = online


def _check_chunk(items: list[_Item], online: bool | None = None) -> list[tuple[RowResult, str]]:
    """Worker entry: each goal's values from its batch reply, or a mark that it needs the model
    online (the reply failed the checks). `online` None: as the worker was started."""
    if online is None:
        online = _WORKER.get("online", False)
    return _check_items(items, _WORKER["settings"], online)


def _check_items(
    items: list[_Item], settings: Settings, online: bool = False
) -> list[tuple[RowResult, str]]:
    return [_one(g, c, r, settings, counted, s, online) for g, c, r, counted, s in items]


def _one(
    goal: str,
    context: GoalContext,
    raw: bytes | str,
    settings: Settings,
    counted: bool,
    saved: bytes | None = None,
    online: bool = False,
) -> tuple[RowResult, str]:
    """`online`: a reply that fails the checks is asked again online by the parent, so the
    rules engine's report it would otherwise get is not written."""
    from rewriter.errors import GoalInputError
    from rewriter.llm.batch_api import ReplyFailedChecks, check_reply
    from rewriter.llm.goal_summary import parse_summary

    reply: dict[str, Any] | BaseException
    if isinstance(raw, str):
        reply = BatchReplyFailed(raw)
    else:
        line = parse_result_line(raw)
        if line is None or line.body is None:
            reply = BatchReplyFailed(line.error if line and line.error else "unreadable result")
        else:
            reply = line.body
    try:
        report = check_reply(goal, context, reply, settings, parse_summary(saved),
                             rules_fallback=not online)  # fmt: skip
    except ReplyFailedChecks:
        return error_result("the batch reply failed the checks", goal), _CHECKS_FAILED
    except GoalInputError as e:
        return error_result(str(e), goal), ""
    except Exception as e:  # one row's failure is that row's error
        return error_result(unexpected(e), goal), ""
    u = report.usage
    if needs_model(report.engine):  # the model's answer passed the checks
        result = report_result("ok", report)
        return (result if counted else result.uncounted()), ""
    reason = "; ".join(report.warnings) or "the batch gave no usable answer"
    result = report_result("fallback", report, reason)
    if not counted:
        result = result.uncounted()
    if isinstance(reply, dict) and not u.cached and u.model_calls:
        return result, _CHECKS_FAILED  # a reply came but failed the checks: ask online
    return result, ""


# ---- parent side ---------------------------------------------------------------------------


class ReplySource:
    """Answers rows from the batch results: `add(goal, context)` gives a Future of the row's
    values. Replies are checked on worker processes (a short list: on a thread); a reply that
    fails the checks is re-asked online (bounded by `concurrency`), or, with `online=False`, the
    rules engine's report with a warning; a goal the batch did not answer is asked online, or
    falls back the same way."""

    CHUNK = 32
    # Below this many replies they are checked on a thread of this process: starting worker
    # processes costs more than it saves (as for the online batch's POOL_MIN_ROWS).
    POOL_MIN_REPLIES = 2000

    def __init__(
        self,
        index: ReplyIndex,
        settings: Settings,
        *,
        online: bool = True,
        workers: int | None = None,
        reasons: dict[str, str] | None = None,
        summaries: SummaryFile | None = None,
        pool: concurrent.futures.ProcessPoolExecutor | None = None,
    ):
        self.index = index
        self.settings = settings
        self.online = online
        self.workers = workers or min(os.cpu_count() or 1, 8)
        self.reasons = reasons or {}  # custom_id -> why the batch left it unanswered
        self.summaries = summaries  # each goal's analysis as the build saved it, when it did
        self._pool: concurrent.futures.Executor | None = None
        # workers already running (the build's, initialised with the same settings): used
        # instead of starting others, and left to their owner to stop
        self._given = pool
        self._check: Callable[[list[Any]], list[tuple[RowResult, str]]] = _check_chunk
        self._loop: LoopThread | None = None
        self._engine: RowEngine | None = None
        self._chunk = _Chunk()
        self._lock = threading.Lock()
        self._counted: set[str] = set()  # a request's tokens count once, for its first row
        self._concurrency = 0  # online re-asks at once (open() sets it)
        self.online_asks = 0

    # Rows that may wait behind each online re-ask: a re-ask is two model calls or more, and the
    # rows after it (written in order) must not stop the workers while it runs.
    ROWS_PER_ASK = 256

    @property
    def window(self) -> int:
        return max(4 * self.workers * self.CHUNK, self.ROWS_PER_ASK * self._concurrency, 64)

    def open(self, engine: RowEngine, concurrency: int) -> ReplySource:
        from rewriter.batch_executors import LoopThread

        self._engine = engine
        self._concurrency = concurrency if self.online else 0
        self._loop = LoopThread(concurrency)
        if len(self.index) < self.POOL_MIN_REPLIES:
            self._check = functools.partial(
                _check_items, settings=self.settings, online=self.online
            )
            self._pool = concurrent.futures.ThreadPoolExecutor(1, "smartgoal-replies")
            return self
        if self._given is not None:
            self._pool = self._given
            self._check = functools.partial(_check_chunk, online=self.online)
            return self
        self._pool = concurrent.futures.ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_worker,
            initargs=(self.settings, os.getpid(), self.online),
        )
        return self

    def add(
        self, goal: str, context: GoalContext, key: str | None = None
    ) -> concurrent.futures.Future[RowResult]:
        """`key`: the goal and context as the batch keys identical rows (see request_id)."""
        custom_id = request_id(goal, context, key)
        counted = custom_id not in self._counted
        self._counted.add(custom_id)
        raw: bytes | str
        if self.index.ok(custom_id):
            raw = self.index.raw(custom_id)
        else:
            if self.online:
                return self._ask_online(goal, context)
            line = self.index.get(custom_id)
            why = (line.error if line is not None else None) or self.reasons.get(
                custom_id, "no result came back for it"
            )
            raw = f"the provider's batch did not answer ({why}); re-asking online is off"
        saved = self.summaries.raw(custom_id) if self.summaries is not None else None
        future = RowFuture(self)
        with self._lock:
            self._chunk.items.append((goal, context, raw, counted, saved))
            self._chunk.futures.append(future)
            full = len(self._chunk.items) >= self.CHUNK
        if full:
            self.flush()
        return future

    def _ask_online(self, goal: str, context: GoalContext) -> concurrent.futures.Future[RowResult]:
        if self._loop is None or self._engine is None:
            raise RuntimeError("open() the reply source first")
        self.online_asks += 1
        engine = self._engine
        return self._loop.submit(lambda: engine.llm(goal, context))

    def _ask_online_from(
        self, goal: str, context: GoalContext, raw: bytes, target: RowFuture, saved: bytes | None
    ) -> None:
        """The batch reply failed the checks: continue its conversation online (the re-ask),
        from the goal's saved summary when there is one (the goal is not read again)."""
        from rewriter.llm.batch_api import finish_from_reply
        from rewriter.llm.goal_summary import parse_summary

        self.online_asks += 1
        settings = self.settings

        async def ask() -> RowResult:
            line = parse_result_line(raw)
            body = line.body if line is not None and line.body is not None else {}
            summary = parse_summary(saved)
            report = await finish_from_reply(goal, context, body, settings, summary=summary)
            if needs_model(report.engine):
                return report_result("ok", report)
            return report_result("fallback", report, "; ".join(report.warnings))

        if self._loop is None:
            raise RuntimeError("open() the reply source first")
        inner = self._loop.submit(ask)
        _chain(inner, target)

    def flush(self) -> None:
        with self._lock:
            chunk, self._chunk = self._chunk, _Chunk()
        if not chunk.items or self._pool is None:
            return
        done = self._pool.submit(self._check, chunk.items)

        def deliver(f: concurrent.futures.Future[Any]) -> None:
            try:
                results = f.result()
            except BaseException as exc:  # a worker died: each row says so
                for target in chunk.futures:
                    if not target.done():
                        target.set_exception(exc)
                return
            for (goal, ctx, raw, _, saved), target, (values, mark) in zip(
                chunk.items, chunk.futures, results, strict=True
            ):
                if mark == _CHECKS_FAILED and self.online and isinstance(raw, bytes):
                    self._ask_online_from(goal, ctx, raw, target, saved)
                else:
                    target.set_result(values)

        done.add_done_callback(deliver)

    def close(self) -> None:
        if self._loop is not None:
            self._loop.close()
        if self._pool is not None and self._pool is not self._given:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self.index.close()
        if self.summaries is not None:
            self.summaries.close()


def _chain(source: concurrent.futures.Future[RowResult], target: RowFuture) -> None:
    def copy(f: concurrent.futures.Future[RowResult]) -> None:
        if f.cancelled():
            target.cancel()
        elif (exc := f.exception()) is not None:
            target.set_exception(exc)
        else:
            target.set_result(f.result())

    source.add_done_callback(copy)
