"""Where batch rows run: the rules engine on worker processes, model calls on an event loop."""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from rewriter.batch_engine import rules_chunk
from rewriter.batch_rows import RowResult
from rewriter.report import GoalContext

if TYPE_CHECKING:
    import anyio

__all__ = ["LoopThread", "RulesPool", "Slot", "quiet_worker"]

T = TypeVar("T")


def quiet_worker(parent: int) -> None:
    """Worker setup: Ctrl-C is the parent's to handle (it keeps the checkpoint), and a worker
    whose parent is gone (kill -9) exits instead of waiting forever on its queue.

    The parent's PID comes from the parent: a worker that starts after a kill -9 would
    otherwise learn its new parent's PID and wait forever.
    """
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker lives for one batch and makes few reference cycles: the collector's default
    # pace (every 700 new objects) costs it about a tenth of its time, the kept readings making
    # each pass long. Garbage without cycles is freed at once either way.
    gc.set_threshold(50_000, 20, 20)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="smartgoal-parent-watch", daemon=True).start()


# ---- the rules engine on worker processes ------------------------------------------------------


@dataclass
class _Chunk:
    items: list[tuple[str, GoalContext]] = field(default_factory=list)
    future: concurrent.futures.Future[list[RowResult]] | None = None


class Slot:
    """One goal's place in a chunk sent to the rules worker processes (a Future's shape)."""

    def __init__(self, pool: RulesPool, chunk: _Chunk, position: int):
        self.pool, self.chunk, self.position = pool, chunk, position

    def done(self) -> bool:
        return self.chunk.future is not None and self.chunk.future.done()

    def result(self) -> RowResult:
        if self.chunk.future is None:
            self.pool.flush()
        assert self.chunk.future is not None  # flush() sent this chunk
        return self.chunk.future.result()[self.position]

    def cancel(self) -> bool:
        return self.chunk.future.cancel() if self.chunk.future is not None else False


class RulesPool:
    """The rules engine on N worker processes (it is CPU-bound: threads would not help)."""

    CHUNK = 64

    def __init__(self, workers: int, max_chars: int):
        import multiprocessing

        # spawn, not fork: safe under the web server's threads
        self._pool = concurrent.futures.ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=quiet_worker,
            initargs=(os.getpid(),),
        )
        self.max_chars = max_chars
        self._chunk = _Chunk()

    def add(self, goal: str, context: GoalContext) -> Slot:
        chunk = self._chunk
        chunk.items.append((goal, context))
        slot = Slot(self, chunk, len(chunk.items) - 1)
        if len(chunk.items) >= self.CHUNK:
            self.flush()
        return slot

    def flush(self) -> None:
        if self._chunk.items:
            self._chunk.future = self._pool.submit(rules_chunk, self._chunk.items, self.max_chars)
            self._chunk = _Chunk()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


# ---- model calls on an event loop ----------------------------------------------------------------


class LoopThread:
    """An event loop of this batch's own (anyio's blocking portal, in a thread): coroutines
    submitted from blocking code, at most `concurrency` at once."""

    def __init__(self, concurrency: int):
        from anyio.from_thread import start_blocking_portal

        self._stack = contextlib.ExitStack()
        self.portal = self._stack.enter_context(start_blocking_portal("asyncio"))
        self._limit: anyio.Semaphore = self.portal.call(_semaphore, concurrency)
        self._futures: set[concurrent.futures.Future[Any]] = set()
        self._closed = False

    def submit(self, fn: Callable[[], Awaitable[T]]) -> concurrent.futures.Future[T]:
        limit = self._limit

        async def bounded() -> T:
            async with limit:
                return await fn()

        future = self.portal.start_task_soon(bounded)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return future

    def close(self) -> None:
        """Cancel what is still running (an early stop), wait for it to unwind, stop the loop."""
        if self._closed:
            return
        self._closed = True
        pending = list(self._futures)
        for f in pending:
            f.cancel()
        concurrent.futures.wait(pending, timeout=10)
        self._stack.close()


async def _semaphore(n: int) -> anyio.Semaphore:
    import anyio

    return anyio.Semaphore(n)
