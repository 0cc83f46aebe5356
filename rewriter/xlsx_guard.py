"""Checks an .xlsx before it is parsed: part sizes, cell lengths and shared strings within limits."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from typing import IO

# Limits on what a workbook may hold (README, "Batch"). Excel itself stops a cell at 32,767
# characters; the byte limits leave room for 100,000 goal rows with their context columns.
MAX_ROWS = 200_000
MAX_COLUMNS = 256
MAX_CELL_CHARS = 32_767
MAX_SHARED_STRINGS = 1_000_000
MAX_PART_BYTES = 200 * 1024 * 1024  # one worksheet or shared-strings part, uncompressed
MAX_TOTAL_BYTES = 300 * 1024 * 1024  # the whole workbook, uncompressed
MAX_PARTS = 2_000
# A run of text between two tags longer than this cannot be one cell within MAX_CELL_CHARS
# (UTF-8 takes at most 4 bytes a character; XML escapes such as &amp; at most 6).
_MAX_TEXT_BYTES = MAX_CELL_CHARS * 6
_CHUNK = 1 << 20


class WorkbookRefused(ValueError):
    """The workbook is over a limit; the message says which, in the user's terms."""


def check_workbook(opener: Callable[[], IO[bytes]], name: str) -> None:
    """Refuse a workbook whose parts, cells or shared strings exceed the limits, quickly.

    Declared sizes are checked first (zipfile stops at the declared size, so they bound what
    decompression can produce); then every XML part is streamed once, in 1 MB pieces, looking
    for an over-long cell and counting the shared strings. Runs before openpyxl sees the file.
    """
    try:
        with opener() as raw, zipfile.ZipFile(raw) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_PARTS:
                raise WorkbookRefused(f"{name}: the workbook has {len(infos):,} parts; refused")
            total = sum(i.file_size for i in infos)
            if total > MAX_TOTAL_BYTES:
                raise WorkbookRefused(
                    f"{name}: the workbook unpacks to {_mb(total)}, over the {_mb(MAX_TOTAL_BYTES)}"
                    " limit; save only the goals sheet, or as .csv"
                )
            for info in infos:
                if not info.filename.lower().endswith((".xml", ".rels")):
                    continue
                if info.file_size > MAX_PART_BYTES:
                    raise WorkbookRefused(
                        f"{name}: {info.filename} unpacks to {_mb(info.file_size)}, over the "
                        f"{_mb(MAX_PART_BYTES)} limit; save only the goals, or as .csv"
                    )
                _scan(zf, info, name, shared=info.filename.lower() == "xl/sharedstrings.xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as e:
        raise WorkbookRefused(f"{name}: cannot read the workbook ({e})") from None


def _scan(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, shared: bool) -> None:
    run = 0  # bytes since the last "<", carried across pieces
    strings = 0
    tail = b""
    with zf.open(info) as f:
        while piece := f.read(_CHUNK):
            texts = piece.split(b"<")
            if len(texts) == 1:
                run += len(piece)
            else:
                run = max(run + len(texts[0]), max(map(len, texts[1:-1]), default=0))
                if run <= _MAX_TEXT_BYTES:
                    run = len(texts[-1])
            if run > _MAX_TEXT_BYTES:
                raise WorkbookRefused(
                    f"{name}: a cell holds more than {MAX_CELL_CHARS:,} characters (the most "
                    "Excel allows); refused"
                )
            if shared:  # each shared string is one <si> element
                window = tail + piece
                strings += window.count(b"<si>") + window.count(b"<si ")
                tail = piece[-3:]  # a tag cut in two is counted with the next piece
                if strings > MAX_SHARED_STRINGS:
                    raise WorkbookRefused(
                        f"{name}: the workbook holds more than {MAX_SHARED_STRINGS:,} distinct "
                        "texts; refused"
                    )
    if run > _MAX_TEXT_BYTES:
        raise WorkbookRefused(f"{name}: a cell holds more than {MAX_CELL_CHARS:,} characters")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB"
