"""Byte ranges of a file read through one block kept in memory (lines asked for mostly in file order)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO


class RangeReader:
    """Reads `length` bytes at `offset`, a block at a time.

    A batch's merge reads one result line and one summary line per goal, mostly in the order
    they were written: a seek and a read per line cost the parent a system call each (and a
    wait for the interpreter lock after it), a block serves dozens of lines. A line out of order
    costs one read of a block, as much as a line did before.
    """

    BLOCK = 1 << 16

    def __init__(self, path: Path):
        self.path = path
        self._f: BinaryIO | None = None
        self._start = 0  # where the block kept begins in the file
        self._block = b""

    def read(self, offset: int, length: int) -> bytes:
        at = offset - self._start
        if at < 0 or at + length > len(self._block):
            if self._f is None:
                self._f = self.path.open("rb", buffering=0)  # the block is the buffer
            self._f.seek(offset)
            self._start, self._block, at = offset, self._f.read(max(length, self.BLOCK)), 0
        return self._block[at : at + length]

    def close(self) -> None:
        if self._f is not None:
            self._f.close()
            self._f = None
        self._block = b""
