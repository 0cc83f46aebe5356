"""Batch rewriting of goal tables: run_batch(), and the public names of the batch modules.

The jobs live in their own modules: batch_columns (which column is which), batch_context (a
row's context cells), batch_rows (named results, options, summary), batch_engine (one goal
through the library API), batch_executors (worker processes, the event loop), batch_stream
(the ordered runner), batch_checkpoint (resume and kill -9 safety).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from rewriter.batch_checkpoint import (
    Checkpoint,
    CheckpointRecord,
    checkpoint_path,
    lock_output,
    partial_path,
    row_fingerprint,
    unlock,
)
from rewriter.batch_columns import (
    CONTEXT_NAMES,
    OUTPUT_COLUMNS,
    ColumnPlan,
    header_key,
    plan_columns,
)
from rewriter.batch_context import row_context
from rewriter.batch_engine import RowEngine, output_settings
from rewriter.batch_rows import (
    BatchOptions,
    BatchProgress,
    BatchRow,
    BatchSummary,
    RowResult,
    RowStatus,
    RowUsage,
)
from rewriter.batch_stream import Cancel, cancel_check, stream_batch
from rewriter.output_lock import OutputLock
from rewriter.settings import get_settings
from rewriter.tables import (
    BatchInputError,
    InputTable,
    Source,
    TableFormat,
    TableWriter,
    open_table,
    suffix_format,
)

__all__ = [
    "CONTEXT_NAMES",
    "OUTPUT_COLUMNS",
    "BatchInputError",
    "BatchOptions",
    "BatchProgress",
    "BatchRow",
    "BatchSummary",
    "ColumnPlan",
    "RowResult",
    "RowStatus",
    "RowUsage",
    "checkpoint_path",
    "header_key",
    "open_table",
    "plan_columns",
    "row_context",
    "row_fingerprint",
    "run_batch",
    "stream_batch",
]


def run_batch(
    source: Source | InputTable,
    output: str | Path | IO[bytes],
    options: BatchOptions | None = None,
    *,
    name: str | None = None,
    format: TableFormat | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    cancel: Cancel = None,
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
    engine = RowEngine(options)  # raises SettingsError early (llm without a model)
    summary = BatchSummary(
        engine=engine.name,
        model=engine.model,
        goal_column=plan.goal_column,
        context_columns=plan.context_columns(),
    )
    if out_path is None:
        target: str | Path | IO[bytes] = output
        run = _Run(None, None, None, options.today or date.today())
    else:
        target = partial_path(out_path)
        run = _start_file(out_path, table, plan, engine, options.today, resume)
    try:
        writer = TableWriter(target, fmt, sheet_title=table.sheet or "goals")
        writer.write(plan.output_columns)
    except BaseException:
        run.abandon(remove_lock=True)
        raise

    started = time.monotonic()
    last = 0.0

    def report(force: bool = False) -> None:
        nonlocal last
        now = time.monotonic()
        if progress is not None and (force or now - last >= 0.1):
            last = now
            progress(
                BatchProgress(summary.rows, table.total, summary.ok, summary.fallback,
                              summary.error, summary.resumed, now - started)
            )  # fmt: skip

    finished = False
    try:
        report(force=True)
        rows = stream_batch(
            table, options, plan=plan, cancel=cancel, done=run.done, today=run.today
        )
        with contextlib.closing(rows):
            for row in rows:
                writer.write(row.out())
                if run.checkpoint is not None and not row.resumed:
                    run.checkpoint.add(row)
                summary.add(row)
                if on_row is not None:
                    on_row(row)
                report()
        summary.cancelled = summary.rows < (table.total or 0) and cancel_check(cancel)()
        finished = not summary.cancelled
    finally:
        summary.elapsed = time.monotonic() - started
        _close(run, writer, out_path, summary, finished)
    report(force=True)
    return summary


@dataclasses.dataclass
class _Run:
    """A run's files: the lock on the output, the checkpoint, the rows it already holds."""

    lock: OutputLock | None
    checkpoint: Checkpoint | None
    done: Iterator[CheckpointRecord] | None
    today: date

    def abandon(self, remove_lock: bool) -> None:
        if self.checkpoint is not None:
            self.checkpoint.close()
        if self.lock is not None:
            unlock(self.lock, remove=remove_lock)


def _start_file(
    out_path: Path,
    table: InputTable,
    plan: ColumnPlan,
    engine: RowEngine,
    today: date | None,
    resume: bool,
) -> _Run:
    """Lock the output and open its checkpoint (fresh, or checked against the run resumed)."""
    lock = lock_output(out_path)
    header: dict[str, Any] = {
        "input": table.name,
        "columns": list(plan.columns),
        "goal_column": plan.goal_column,
        "engine": engine.name,
        "model": engine.model,
        "today": (today or date.today()).isoformat(),
        **output_settings(engine),
    }
    checkpoint = Checkpoint(checkpoint_path(out_path), header)
    done = None
    try:
        loaded = checkpoint.load() if resume else None
        if loaded is not None:
            count, old = loaded
            if today is None:  # the first run's date keeps relative deadlines equal
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
        unlock(lock, remove=lock.created)
        raise
    return _Run(lock, checkpoint, done, date.fromisoformat(header["today"]))


def _close(
    run: _Run, writer: TableWriter, out_path: Path | None, summary: BatchSummary, finished: bool
) -> None:
    """Finish the files: a finished run's output replaces the old one and its checkpoint goes;
    an unfinished one keeps its checkpoint for --resume and leaves no partial output."""
    try:
        if run.checkpoint is not None:
            run.checkpoint.close()
        if finished:
            writer.close()
            if out_path is not None:
                os.replace(partial_path(out_path), out_path)
                checkpoint_path(out_path).unlink(missing_ok=True)
            summary.output = out_path
    finally:
        if not finished or summary.output is None:
            with contextlib.suppress(OSError):  # e.g. the disk is full: still tidy up
                writer.abort()
            if out_path is not None:
                partial_path(out_path).unlink(missing_ok=True)
                summary.checkpoint = checkpoint_path(out_path)
        if run.lock is not None:
            unlock(run.lock, remove=False)
