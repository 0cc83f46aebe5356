"""A history as a front end receives it: a file path or pasted values, or a page's text box and upload."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rewriter.history.files import read_history_file
from rewriter.history.series import HistoryPoint, parse_text

_FILE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


def history_arg(value: str, today: date) -> list[HistoryPoint]:
    """`FILE` (CSV or XLSX) or `"v1, v2, ..."`; HistoryError says what to fix."""
    text = value.strip()
    if text.lower().endswith(_FILE_SUFFIXES) and "\n" not in text:
        path = Path(text).expanduser()
        if path.is_file():
            return read_history_file(path)[0]
        from rewriter.history.series import HistoryError

        raise HistoryError("unreadable", why=f"{text}: no such file")
    return parse_text(text, today)


def history_from_page(
    text: str | None, upload: tuple[str, bytes] | None, today: date
) -> list[HistoryPoint] | None:
    """The history a page was given: an uploaded CSV/XLSX (name, bytes) when there is one, else the
    pasted text; None when neither. HistoryError says what to fix."""
    if upload is not None:
        name, data = upload
        return read_history_file(data, name=name)[0]
    if text is None or not text.strip():
        return None
    return parse_text(text, today)
