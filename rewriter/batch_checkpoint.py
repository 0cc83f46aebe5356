"""The batch checkpoint: finished rows as JSON lines next to the output, read back on resume."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rewriter.batch_rows import BatchRow, RowResult, RowUsage
from rewriter.output_lock import OutputBusy, OutputLock
from rewriter.tables import BatchInputError, Cell, cell_text

__all__ = [
    "Checkpoint",
    "CheckpointRecord",
    "Replay",
    "checkpoint_path",
    "lock_output",
    "partial_path",
    "row_fingerprint",
    "unlock",
]


# Made once: json.dumps with any argument builds an encoder per call, which cost more than
# encoding a row (the same arguments give the same text).
_CELLS_JSON = json.JSONEncoder(ensure_ascii=False)
_RECORD_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


def checkpoint_path(output: str | Path) -> Path:
    """Where a run writing `output` keeps its checkpoint (ignored by git: *.checkpoint.jsonl)."""
    output = Path(output)
    return output.with_name(output.name + ".checkpoint.jsonl")


def partial_path(output: Path) -> Path:
    """Where the output is written until the run finishes (then renamed over `output`)."""
    return output.with_name(output.name + ".partial")


def row_fingerprint(cells: Sequence[Cell]) -> str:
    """A short hash of a row's cells: checks that a checkpoint belongs to this input."""
    raw = _CELLS_JSON.encode([cell_text(c) for c in cells])
    return hashlib.blake2b(raw.encode(), digest_size=8).hexdigest()


@dataclass(frozen=True)
class CheckpointRecord:
    """A checkpointed row, read back on resume."""

    index: int
    fingerprint: str
    result: RowResult


class Checkpoint:
    """JSON lines: a header with the run's settings, then one line per finished row, in order.

    A line is {"i": row index, "h": fingerprint, "v": OUTPUT_COLUMNS values, "u": [model calls,
    prompt tokens, completion tokens]}. Lines are flushed every 0.2 s: the OS keeps them through
    a kill -9, and a torn last line is cut off on load.
    """

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
        if not isinstance(header, dict) or header.get("checkpoint") != self.VERSION:
            raise BatchInputError(
                f"{self.path.name} is not a checkpoint this version can resume; delete it"
            )
        with self.path.open("r+b") as f:
            f.truncate(good_end)
        return count, header

    def records(self, count: int) -> Iterator[CheckpointRecord]:
        with self.path.open(encoding="utf-8") as f:
            f.readline()
            for _ in range(count):
                obj = json.loads(f.readline())
                usage = RowUsage(*obj["u"])
                yield CheckpointRecord(obj["i"], obj["h"], RowResult.from_cells(obj["v"], usage))

    def open(self, fresh: bool) -> None:
        self._f = self.path.open("w" if fresh else "a", encoding="utf-8")
        if fresh:
            self._write(self.header)
            self._f.flush()

    def add(self, row: BatchRow) -> None:
        u = row.usage
        usage = [u.model_calls, u.prompt_tokens, u.completion_tokens]
        self._write({"i": row.index, "h": row_fingerprint(row.cells), "v": row.values, "u": usage})
        now = time.monotonic()
        if self._f is not None and now - self._last_flush > 0.2:
            self._f.flush()  # the OS keeps flushed lines through a kill -9
            self._last_flush = now

    def _write(self, obj: dict[str, Any]) -> None:
        if self._f is None:
            raise RuntimeError("the checkpoint is not open")
        self._f.write(_RECORD_JSON.encode(obj) + "\n")

    def close(self) -> None:
        if self._f is not None:
            self._f.close()
            self._f = None


class Replay:
    """Checkpointed rows, consumed in step with the input rows."""

    def __init__(self, done: Iterator[CheckpointRecord] | None):
        self._it = done
        self._next: CheckpointRecord | None = next(done, None) if done is not None else None

    def get(self, index: int, cells: list[Cell]) -> CheckpointRecord | None:
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


def lock_output(out_path: Path) -> OutputLock:
    """Check the output can be written, and lock it against a second run; BatchInputError."""
    if out_path.is_dir():
        raise BatchInputError(f"{out_path} is a folder; give a file name such as goals-smart.csv")
    parent = out_path.parent
    if not parent.is_dir():
        raise BatchInputError(f"the folder {parent} does not exist; create it or choose another -o")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise BatchInputError(f"cannot write in the folder {parent} (permission denied)")
    try:
        return OutputLock(partial_path(out_path), out_path).acquire()
    except OutputBusy as e:
        raise BatchInputError(str(e)) from None
    except OSError as e:
        raise BatchInputError(f"cannot write {out_path}: {e.strerror or e}") from None


def unlock(lock: OutputLock, remove: bool) -> None:
    if remove:
        lock.path.unlink(missing_ok=True)
    lock.release()
