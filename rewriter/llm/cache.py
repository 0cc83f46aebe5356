"""A persistent SQLite cache of model-written reports, so asking twice costs no model call."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from rewriter.report import GoalReport

_SCHEMA = "CREATE TABLE IF NOT EXISTS reports (key TEXT PRIMARY KEY, report TEXT NOT NULL, created REAL NOT NULL)"


def default_cache_path() -> Path:
    """The cache file in the user's cache folder (XDG_CACHE_HOME on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("smartgoal", appauthor=False)) / "llm-cache.sqlite3"


def cache_key(**parts: Any) -> str:
    """A stable hash of everything that changes the answer (base URL, model, prompts, input)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def _transient(exc: sqlite3.Error) -> bool:
    """Another process holds the file for now: skip this read or write, keep the cache on."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


class ReportCache:
    """Reports by key in one SQLite file; a broken or unwritable file only disables the cache."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.error: str | None = None  # why the cache is off, for a report warning
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is None and self.error is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")  # readers never wait on a batch writing
                conn.execute(_SCHEMA)
                conn.commit()
                self._conn = conn
            except (OSError, sqlite3.Error) as exc:
                self.error = f"the cache at {self.path} cannot be used ({exc})"
        return self._conn

    def get(self, key: str) -> GoalReport | None:
        with self._lock:
            conn = self._connect()
            if conn is None:
                return None
            try:
                row = conn.execute("SELECT report FROM reports WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error as exc:
                if not _transient(exc):
                    self.error = f"the cache at {self.path} cannot be read ({exc})"
                return None
        if row is None:
            return None
        try:
            return GoalReport.model_validate_json(row[0])
        except ValueError:  # written by an older contract: treat as a miss
            return None

    def put(self, key: str, report: GoalReport) -> None:
        with self._lock:
            conn = self._connect()
            if conn is None:
                return
            try:
                conn.execute(
                    "INSERT OR REPLACE INTO reports (key, report, created) VALUES (?, ?, ?)",
                    (key, report.model_dump_json(), time.time()),
                )
                conn.commit()
            except sqlite3.Error as exc:
                if not _transient(exc):
                    self.error = f"the cache at {self.path} cannot be written ({exc})"

    def __len__(self) -> int:
        with self._lock:
            conn = self._connect()
            return 0 if conn is None else conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


_OPEN: dict[Path, ReportCache] = {}
_OPEN_LOCK = threading.Lock()


def open_cache(path: Path | None) -> ReportCache:
    """One shared ReportCache per file for the process (opening SQLite costs more than a hit)."""
    resolved = Path(path or default_cache_path()).expanduser().resolve()
    if resolved.is_dir():
        resolved = resolved / "llm-cache.sqlite3"
    with _OPEN_LOCK:
        cache = _OPEN.get(resolved)
        if cache is None:
            cache = _OPEN[resolved] = ReportCache(resolved)
        return cache
