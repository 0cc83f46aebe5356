"""One batch at a time per output file: the unfinished file is locked by the run writing it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; runs are not guarded there
    fcntl = None  # type: ignore[assignment]  # the module or None, checked before each use


class OutputBusy(OSError):
    """Another process is writing the same output file."""


class OutputLock:
    """An exclusive, non-blocking lock on `path` (created if missing), held until release().

    `created` says whether this lock made the file, so a run that stops early can remove it.
    """

    def __init__(self, path: Path, shown: Path):
        self.path, self.shown = path, shown
        self.fd: int | None = None
        self.created = False

    def acquire(self) -> OutputLock:
        for _ in range(3):  # the file may be renamed away between open and lock: try again
            existed = self.path.exists()
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                os.close(fd)
                if e.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise OutputBusy(
                        f"another smartgoal batch is writing {self.shown} right now; wait for it "
                        "to finish or choose another -o file"
                    ) from None
                raise
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self.fd, self.created = fd, not existed
                return self
            os.close(fd)
        raise OutputBusy(
            f"{self.shown} keeps changing under this run; is another batch writing it?"
        )

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the lock
            self.fd = None
