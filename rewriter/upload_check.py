"""Reads an uploaded table once in a child process with a time and memory budget (the web page)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
from collections import OrderedDict

from rewriter.tables import BatchInputError

# The child reads the whole table as a batch would, then says "ok" or the one-line reason.
_CHILD = """
import resource, sys
limit = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from rewriter.tables import BatchInputError, open_table
data = sys.stdin.buffer.read()
try:
    table = open_table(data, name=sys.argv[1])
    for _ in table.rows():
        pass
except BatchInputError as e:
    print((e.reason or "") + "\t" + " ".join(str(e).split()))
except MemoryError:
    print("MEMORY")
else:
    print("ok")
"""
_VERDICTS: OrderedDict[str, str] = OrderedDict()  # file hash -> "ok" or "reason<TAB>message"
_LOCK = threading.Lock()
_REMEMBERED = 64


def _budget(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default


def check_upload(
    data: bytes, name: str, *, seconds: float | None = None, memory_mb: int | None = None
) -> None:
    """BatchInputError when the table cannot be read within `seconds` and `memory_mb`
    (default SMARTGOAL_UPLOAD_SECONDS, 30, and SMARTGOAL_UPLOAD_MB, 1024).

    The work happens in a child process, so a hostile file costs its own CPU and memory, never
    the web server's; the verdict is remembered per file content, so reruns of the page are free.
    """
    seconds = seconds or _budget("SMARTGOAL_UPLOAD_SECONDS", 30.0)
    memory_mb = memory_mb or int(_budget("SMARTGOAL_UPLOAD_MB", 1024))
    key = hashlib.sha256(data).hexdigest() + "\x00" + name
    with _LOCK:
        verdict = _VERDICTS.get(key)
    if verdict is None:
        verdict = _read_in_child(data, name, seconds, memory_mb)
        with _LOCK:
            _VERDICTS[key] = verdict
            while len(_VERDICTS) > _REMEMBERED:
                _VERDICTS.popitem(last=False)
    if verdict != "ok":
        reason, _, message = verdict.rpartition("\t")  # the reason lets the page say what to do
        raise BatchInputError(message, reason or None)


def _read_in_child(data: bytes, name: str, seconds: float, memory_mb: int) -> str:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, name, str(memory_mb)],
            input=data,
            capture_output=True,
            timeout=seconds,
        )
    except subprocess.TimeoutExpired:  # the child is killed by subprocess.run
        return f"too_large\t{name}: reading it took more than {seconds:g} s; refused"
    out = done.stdout.decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0 or not out:
        return f"too_large\t{name}: reading it needed more than {memory_mb:,} MB or failed; refused"
    if out[-1] == "MEMORY":
        return f"too_large\t{name}: reading it needed more than {memory_mb:,} MB; refused"
    return out[-1]
