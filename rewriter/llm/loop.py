"""One event loop in a daemon thread: model calls from blocking code run here, with deadlines."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
_LOOP: asyncio.AbstractEventLoop | None = None
_LOCK = threading.Lock()


def background_loop() -> asyncio.AbstractEventLoop:
    """The process's shared loop, started on first use.

    The cached async HTTP client (bound to the loop that first used it) stays valid from one
    call or batch to the next.
    """
    global _LOOP
    with _LOCK:
        if _LOOP is None:
            _LOOP = asyncio.new_event_loop()
            threading.Thread(target=_LOOP.run_forever, name="smartgoal-loop", daemon=True).start()
        return _LOOP


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine on the background loop and wait for its result.

    Called from code already running on that loop (a blocking call inside async code), it runs
    on a loop of its own in a helper thread instead: waiting on the busy loop would never end.
    """
    loop = background_loop()
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        with concurrent.futures.ThreadPoolExecutor(1) as helper:
            return helper.submit(asyncio.run, coro).result()
    return asyncio.run_coroutine_threadsafe(coro, loop).result()
