"""The Batch page's parts: upload checks, the run with progress and cancel, results, downloads."""

from __future__ import annotations

import contextlib
import io
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from rewriter.report import CRITERIA
from rewriter.web.display import format_decimal, format_number, md_escape
from rewriter.web.i18n import has, t
from rewriter.web.state import current_settings, keep_values, safe_message, use_rules_engine

if TYPE_CHECKING:  # the table library is imported when a batch runs
    from rewriter.tables import TableFormat

_MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

MAX_UPLOAD_MB = 10
MAX_ROWS = 20_000
STATE_KEY = "batch_run"
UPLOAD_TYPES = ["csv", "tsv", "txt", "xlsx", "xlsm"]


@dataclass
class BatchRun:
    """One run of the page's batch, kept in the session so a rerun (or a cancel) keeps its rows."""

    file_id: str
    file_name: str
    columns: tuple[str, ...]  # output columns: the input's plus the added ones
    total: int | None
    goal_column: str | None = None
    rows: list[list[Any]] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0
    finished: bool = False
    cancelled: bool = False
    error: str | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)
    downloads: dict[str, bytes] = field(default_factory=dict)

    def add(self, cells: list[Any], status: str) -> None:
        self.rows.append(cells)
        self.statuses[status] = self.statuses.get(status, 0) + 1


def table_bytes(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: TableFormat) -> bytes:
    """The result table as CSV (UTF-8 with BOM) or XLSX bytes, via the batch library's writer."""
    from rewriter.tables import TableWriter

    buffer = io.BytesIO()
    writer = TableWriter(buffer, fmt)
    writer.write(list(columns))
    for row in rows:
        writer.write(row)
    writer.close()
    return buffer.getvalue()


def output_name(file_name: str, fmt: str) -> str:
    return f"{Path(file_name).stem or 'goals'}-smart.{fmt}"


def _cancel() -> None:
    run: BatchRun | None = st.session_state.get(STATE_KEY)
    if run is not None:
        run.cancel_event.set()
        run.cancelled = not run.finished


def batch_page(lang: str) -> None:
    from rewriter.web.batch_jobs_view import jobs_section

    st.title(t("batch_title", lang), anchor=False)
    st.caption(t("batch_intro", lang))
    _sheet(lang)
    jobs_section(lang)  # sheets sent to the provider's batch engine: come back to them here


def _sheet(lang: str) -> None:
    uploaded = st.file_uploader(
        t("upload_label", lang), type=UPLOAD_TYPES, key="batch_file", max_upload_size=MAX_UPLOAD_MB
    )
    st.caption(t("upload_limit", lang, mb=MAX_UPLOAD_MB, rows=format_number(MAX_ROWS, lang)))
    if uploaded is None:
        st.session_state.pop(STATE_KEY, None)
        return

    from rewriter.batch import BatchInputError, open_table, plan_columns
    from rewriter.tables import looks_like_values
    from rewriter.upload_check import check_upload

    data = uploaded.getvalue()
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        size = format_decimal(len(data) / 1024 / 1024, 1, lang)
        st.error(t("too_big", lang, size=size, mb=MAX_UPLOAD_MB), icon=":material/error:")
        return
    try:
        check_upload(data, uploaded.name)  # in a child process: a hostile file stalls no one
        table = open_table(data, name=uploaded.name)
    except BatchInputError as exc:
        st.error(read_problem(exc, lang), icon=":material/error:")
        return
    if table.total is not None and table.total > MAX_ROWS:
        st.error(
            t(
                "too_many_rows",
                lang,
                rows=format_number(table.total, lang),
                limit=format_number(MAX_ROWS, lang),
            ),
            icon=":material/error:",
        )
        return

    try:
        detected: str | None = plan_columns(table).goal_column
    except BatchInputError:
        detected = None
    columns = list(table.columns)
    keep_values(f"batch_column_{uploaded.file_id}")
    column = st.selectbox(
        t("column_label", lang),
        columns,
        index=columns.index(detected) if detected in columns else None,
        key=f"batch_column_{uploaded.file_id}",
    )
    if detected:
        st.caption(f":material/check: {t('column_detected', lang, column=md_escape(detected))}")
    else:
        st.warning(t("column_none", lang), icon=":material/help:")
    if column is not None:
        at = columns.index(column)
        sample = [row[at] if at < len(row) else None for row in table.sample(50)]
        if looks_like_values(sample):
            with st.container(key="batch_column_warning"):
                st.warning(
                    t("column_values", lang, column=md_escape(column)), icon=":material/warning:"
                )
    if table.total is not None:
        st.caption(t("rows_found", lang, rows=format_number(table.total, lang)))
    with st.expander(t("preview_input", lang)):
        st.dataframe(_frame(columns, table.sample(5)), hide_index=True)
    if column is None:
        return

    run: BatchRun | None = st.session_state.get(STATE_KEY)
    if run is not None and run.file_id != uploaded.file_id:
        run = None
    if run is not None and not run.finished and not run.cancelled:
        run.cancelled = True  # a rerun interrupted it (cancel or another click): keep its rows

    from rewriter.web.batch_jobs_view import offers_later, send

    if offers_later(table, column, uploaded.file_id, lang):
        send(uploaded, column, table.total, lang)
        return
    buttons = st.container(horizontal=True)
    start = buttons.button(
        t("run_batch", lang), type="primary", icon=":material/play_arrow:", key="batch_start"
    )
    if start:
        run = _run(table, column, uploaded, buttons, lang)
    if run is not None:
        _results(run, lang)


def _run(table: Any, column: str, uploaded: Any, buttons: Any, lang: str) -> BatchRun | None:
    from rewriter.batch import BatchInputError, BatchOptions, plan_columns, stream_batch

    try:
        plan = plan_columns(table, column)
        settings = current_settings()
        if settings.lacks_model():
            # in the page's own terms: where to add a key, or run on the rules engine
            st.error(t("llm_needs_key", lang), icon=":material/key_off:")
            st.button(
                t("use_rules", lang),
                on_click=use_rules_engine,
                key="batch_use_rules",
                icon=":material/rule:",
            )
            return None
        options = BatchOptions(column=column, engine=settings.engine, settings=settings)
    except BatchInputError as exc:
        st.error(read_problem(exc, lang), icon=":material/error:")
        return None
    except ValueError as exc:
        st.error(t("batch_fix_generic", lang, detail=safe_message(exc)), icon=":material/error:")
        return None
    run = BatchRun(
        uploaded.file_id, uploaded.name, plan.output_columns, table.total, goal_column=column
    )
    st.session_state[STATE_KEY] = run
    # A click on Cancel stops this script run at its next update; the rows so far stay.
    cancel_slot = buttons.empty()
    cancel_slot.button(
        t("cancel", lang), icon=":material/stop:", on_click=_cancel, key="batch_cancel"
    )
    total = table.total or 0
    bar = st.progress(
        0.0,
        text=t(
            "progress",
            lang,
            done=0,
            total=format_number(total, lang),
            rate=format_decimal(0.0, 1, lang),
        ),
    )
    last = 0.0
    try:
        rows = stream_batch(table, options, plan=plan, cancel=run.cancel_event)
        with contextlib.closing(rows):
            for row in rows:
                run.add(row.out(), row.status)
                now = time.monotonic()
                if now - last >= 0.1:
                    last = now
                    _tick(bar, run, total, lang)
        run.finished = not run.cancel_event.is_set()
        run.cancelled = run.cancel_event.is_set()
    except Exception as exc:  # noqa: BLE001 - a failed run keeps its rows and says why
        run.error = safe_message(exc)
    run.elapsed = time.monotonic() - run.started
    _tick(bar, run, total, lang)
    cancel_slot.empty()
    return run


def _tick(bar: Any, run: BatchRun, total: int, lang: str) -> None:
    done = len(run.rows)
    elapsed = time.monotonic() - run.started
    rate = done / elapsed if elapsed > 0 else 0.0
    share = min(done / total, 1.0) if total else 1.0
    bar.progress(
        share,
        text=t(
            "progress",
            lang,
            done=format_number(done, lang),
            total=format_number(total, lang),
            rate=format_decimal(rate, 1, lang),
        ),
    )


def _results(run: BatchRun, lang: str) -> None:
    ok = run.statuses.get("ok", 0) + run.statuses.get("fallback", 0)
    failed = run.statuses.get("error", 0)
    if run.error:
        st.error(t("batch_failed", lang, detail=run.error), icon=":material/error:")
    if run.cancelled:
        st.warning(
            t(
                "batch_cancelled",
                lang,
                done=format_number(len(run.rows), lang),
                total=format_number(run.total or 0, lang),
            ),
            icon=":material/stop_circle:",
        )
    elif run.finished:
        st.success(
            t(
                "batch_done",
                lang,
                ok=format_number(ok, lang),
                failed=format_number(failed, lang),
                seconds=format_decimal(run.elapsed, 1, lang),
            ),
            icon=":material/task_alt:",
        )
    if not run.rows:
        return
    st.subheader(t("batch_results", lang), anchor=False)
    metrics = st.columns(3)
    for col, status in zip(metrics, ("ok", "fallback", "error"), strict=True):
        col.metric(t(f"batch_{status}", lang), format_number(run.statuses.get(status, 0), lang))
    frame = _frame(run.columns, [display_row(run.columns, r, lang) for r in run.rows])
    order = result_order(run.columns, run.goal_column)
    st.dataframe(
        frame,
        hide_index=True,
        column_order=order,
        column_config={
            c: st.column_config.TextColumn(column_label(c, lang))
            for c in order
            if column_label(c, lang) != c
        },
        key="batch_preview",
    )
    if not run.downloads:
        formats: tuple[TableFormat, ...] = ("csv", "xlsx")
        run.downloads = {fmt: table_bytes(run.columns, run.rows, fmt) for fmt in formats}
    with st.container(horizontal=True):
        for fmt, mime in _MIME.items():
            st.download_button(
                t(f"download_{fmt}", lang),
                data=run.downloads[fmt],
                file_name=output_name(run.file_name, fmt),
                mime=mime,
                icon=":material/download:",
                on_click="ignore",
                key=f"batch_download_{fmt}",
            )


_ADDED_FIRST = ("rewrite", "status", "score")


def result_order(columns: Sequence[str], goal_column: str | None) -> list[str]:
    """The goal and its rewrite first, then the status and score, then everything else."""
    first = [c for c in (goal_column, *_ADDED_FIRST) if c and c in columns]
    return first + [c for c in columns if c not in first]


def column_label(column: str, lang: str) -> str:
    """A header in the UI language for a column the batch adds (the user's own stay as named)."""
    if column in CRITERIA:
        return t(f"crit_{column}", lang)
    return t(f"col_{column}", lang) if has(f"col_{column}") else column


def display_row(columns: Sequence[str], row: Sequence[Any], lang: str) -> list[Any]:
    """A result row as shown on the page: statuses in the UI language (downloads keep the raw
    values, which scripts read)."""
    out = list(row)
    for i, name in enumerate(columns):
        if i >= len(out) or not isinstance(out[i], str):
            continue
        value = out[i]
        if name in CRITERIA and has(f"status_{value}"):
            out[i] = t(f"status_{value}", lang)
        elif name in ("status", "language") and has(f"value_{value}"):
            out[i] = t(f"value_{value}", lang)
    return out


def read_problem(exc: Exception, lang: str) -> str:
    """Why a file cannot be read, and what the user can do, in the page's own terms."""
    reason = getattr(exc, "reason", None)
    detail = safe_message(exc)
    if reason and has(f"batch_fix_{reason}"):
        return t(f"batch_fix_{reason}", lang, detail=detail)
    return t("batch_fix_generic", lang, detail=detail)


def _frame(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Any:
    import pandas as pd

    # Text columns as strings: mixed cells (numbers, dates, blanks) display the same everywhere.
    return pd.DataFrame(
        [[("" if c is None else str(c)) for c in r] for r in rows], columns=list(columns)
    )
