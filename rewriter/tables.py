"""Spreadsheets in and out, streamed: CSV (any common encoding and delimiter) and XLSX."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal

from rewriter.extras import needs_extra

Cell = str | int | float | bool | date | datetime | time | None
TableFormat = Literal["csv", "xlsx"]
Source = str | Path | bytes | IO[bytes]

from rewriter.xlsx_guard import (  # noqa: E402 - limits shared by both formats
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    WorkbookRefused,
    check_workbook,
)

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_SNIFF_CHARS = 64 * 1024
_DELIMITERS = ",;\t"
_PREFERRED_ENCODINGS = ("cp1258", "cp1252", "latin_1", "iso8859_15")
# Spreadsheet apps run a cell that starts with one of these as a formula (CSV/formula injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*%?")
# first characters that need the full look in neutralise(): a formula start or leading space
_RISKY_FIRST = frozenset(_FORMULA_START) | frozenset(" \t\r\n\u3000\u00a0")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl refuses to write


class BatchInputError(ValueError):
    """A table cannot be read or used as given; the message says what to fix.

    reason names the problem for front ends that say it in their own terms (the web page has
    no --encoding flag): xls, type, not_xlsx, encoding, empty, no_rows, syntax, workbook, too_large, sheet.
    """

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason


def suffix_format(name: str) -> TableFormat:
    """The table format a file name asks for (by its extension)."""
    suffix = Path(name).suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix == ".xls":
        raise BatchInputError(
            f"{name}: old .xls workbooks are not supported; save it as .xlsx or .csv", "xls"
        )
    raise BatchInputError(
        f"{name}: unknown table type {suffix or '(no extension)'}; use .csv or .xlsx", "type"
    )


def cell_text(value: Cell) -> str:
    """A cell as the text a user sees (100.0 -> "100", midnight datetimes -> ISO date)."""
    if type(value) is str:  # most cells, and every cell of a CSV: first, as it is
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def neutralise(value: str) -> str:
    """Make a text cell safe to open in a spreadsheet: a leading ' stops formula evaluation.

    Leading whitespace and line breaks are looked past (some apps trim them), and the
    full-width ＝ ＋ － ＠ count too (some apps fold them to ASCII).
    """
    if value[:1] not in _RISKY_FIRST:  # most cells: nothing to look past, no formula start
        return value
    head = value.lstrip(" \t\r\n\u3000\u00a0")
    if head and head.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


@dataclass
class InputTable:
    """A table opened for streaming: header, size, and a fresh row iterator on each call."""

    name: str
    format: TableFormat
    columns: list[str]
    total: int | None  # data rows (blank rows excluded); an upper bound for some XLSX files
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    _rows: Callable[[], Iterator[list[Cell]]] = field(default=lambda: iter(()), repr=False)

    def rows(self) -> Iterator[list[Cell]]:
        """Data rows in order, each padded to len(columns); rows with no content are skipped."""
        width = len(self.columns)
        pad = "" if self.format == "csv" else None
        for row in self._rows():
            if not any(cell_text(c).strip() for c in row):
                continue
            if len(row) < width:
                row = [*row, *([pad] * (width - len(row)))]
            yield row[:width]

    def sample(self, n: int = 200) -> list[list[Cell]]:
        out = []
        for row in self.rows():
            out.append(row)
            if len(out) >= n:
                break
        return out


def open_table(
    source: Source,
    *,
    name: str | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
) -> InputTable:
    """Open a CSV or XLSX file (path, bytes or binary file) for streaming.

    Raises BatchInputError with a one-line reason for anything a user must fix.
    """
    opener, name, head = _opener(source, name)
    # The bytes decide (an .xlsx is a zip); the name only catches mistakes like a renamed .xls.
    if head.startswith(b"PK\x03\x04"):
        return _open_xlsx(opener, name, sheet)
    if Path(name).suffix and suffix_format(name) == "xlsx":
        raise BatchInputError(f"{name}: not a valid .xlsx workbook", "not_xlsx")
    return _open_csv(opener, name, encoding)


def _opener(source: Source, name: str | None) -> tuple[Callable[[], BinaryIO], str, bytes]:
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.is_file():
            raise BatchInputError(f"{path}: no such file")
        with path.open("rb") as f:
            head = f.read(4)
        return (lambda: path.open("rb")), name or path.name, head
    data = source if isinstance(source, bytes) else source.read()
    return (lambda: io.BytesIO(data)), name or "upload", data[:4]


# ---- CSV -------------------------------------------------------------------------------------


def _detect_encoding(opener: Callable[[], BinaryIO], name: str) -> str:
    with opener() as f:
        head = f.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # Strict UTF-8 over the whole file (chunked): legacy bytes almost never decode as UTF-8.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with opener() as f:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_fp

    with opener() as f:
        results = from_fp(f)
    best = results.best()
    if best is not None:
        # Short texts often read equally well in several code pages: prefer the ones our users'
        # spreadsheets come in (Vietnamese Windows, then Western European).
        ties = [m.encoding for m in results if m.chaos <= best.chaos + 0.01]
        preferred = [e for e in _PREFERRED_ENCODINGS if e in ties]
        if preferred:
            return preferred[0]
    if best is None:
        raise BatchInputError(
            f"{name}: could not tell the text encoding; pass --encoding (e.g. cp1258 or latin-1)",
            "encoding",
        )
    return best.encoding


def _text(opener: Callable[[], BinaryIO], encoding: str) -> IO[str]:
    return io.TextIOWrapper(opener(), encoding=encoding, errors="strict", newline="")


def _sniff_delimiter(sample: str) -> str:
    if len(sample) >= _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    header = sample.splitlines()[0] if sample else ""
    counts = {d: _count_outside_quotes(header, d) for d in _DELIMITERS}
    by_header = max(_DELIMITERS, key=lambda d: counts[d])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if sniffed and (counts[sniffed] > 0 or counts[by_header] == 0):
        return sniffed
    return by_header if counts[by_header] > 0 else ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _nfc(row: Sequence[Cell]) -> list[Cell]:
    # Windows-1258 decodes to combining tone marks; NFC gives the usual precomposed letters.
    return [
        unicodedata.normalize("NFC", c) if isinstance(c, str) and not c.isascii() else c
        for c in row
    ]


def _open_csv(opener: Callable[[], BinaryIO], name: str, encoding: str | None) -> InputTable:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise BatchInputError(f"unknown encoding {encoding!r}") from None
    else:
        encoding = _detect_encoding(opener, name)
    try:
        with _text(opener, encoding) as f:
            sample = f.read(_SNIFF_CHARS)
    except UnicodeDecodeError as e:
        raise BatchInputError(
            f"{name}: not valid {encoding} text ({e.reason}); try --encoding", "encoding"
        ) from None
    if not sample.strip():
        raise BatchInputError(f"{name} is empty: no header row and no goals", "empty")
    delimiter = _sniff_delimiter(sample.lstrip("\ufeff"))

    quotes = [0]  # '"' characters seen: an odd count at the end is a quote never closed

    def counted(f: IO[str]) -> Iterator[str]:
        for line in f:
            quotes[0] += line.count('"')
            yield line

    def raw_rows() -> Iterator[list[str]]:
        with _text(opener, encoding) as f:
            reader = csv.reader(counted(f), delimiter=delimiter)
            started = last = 1  # the line the last row began on
            try:
                for row in reader:
                    last, started = started, reader.line_num + 1
                    yield row
            except (csv.Error, UnicodeDecodeError) as e:
                raise BatchInputError(
                    f"{name}, line {reader.line_num}: {_csv_reason(e)}", "syntax"
                ) from None
            if quotes[0] % 2:
                raise BatchInputError(
                    f'{name}, line {last}: a quote (") opened there is never closed, so every '
                    "row after it would merge into one cell; close or remove that quote",
                    "syntax",
                )

    # One pass up front: validates the whole file, counts rows and finds the widest row,
    # so the header can name every column before any output is written.
    header, total, width = _survey(raw_rows(), name)
    columns = _name_columns(_nfc(header), width)

    def data_rows() -> Iterator[list[Cell]]:
        seen_header = False
        for row in raw_rows():
            if not seen_header:
                seen_header = any(c.strip() for c in row)
                continue
            yield _nfc(row)

    return InputTable(
        name, "csv", columns, total, encoding=encoding, delimiter=delimiter, _rows=data_rows
    )


def _csv_reason(e: Exception) -> str:
    if "field larger than field limit" in str(e):
        return f"a cell holds more than {MAX_CELL_CHARS:,} characters; refused"
    return str(e)


def _survey(rows: Iterable[Sequence[Cell]], where: str) -> tuple[Sequence[Cell], int, int]:
    """(header row, number of data rows, widest row that holds data); blank rows skipped.

    BatchInputError when there is no header or no row under it, or when the table is over a
    limit: MAX_ROWS rows, MAX_COLUMNS columns, MAX_CELL_CHARS characters in a cell.
    """
    header: Sequence[Cell] | None = None
    total, width = 0, 0
    for row in rows:
        filled = [i for i, c in enumerate(row) if cell_text(c).strip()]
        if not filled:
            continue
        if filled[-1] >= MAX_COLUMNS:
            raise BatchInputError(
                f"{where}: row {total + 2} has data beyond column {MAX_COLUMNS}; refused"
            )
        if any(isinstance(c, str) and len(c) > MAX_CELL_CHARS for c in row):
            raise BatchInputError(
                f"{where}: row {total + 2} has a cell of more than {MAX_CELL_CHARS:,} characters;"
                " refused"
            )
        if total >= MAX_ROWS:
            raise BatchInputError(
                f"{where} has more than {MAX_ROWS:,} rows; split it into smaller files"
            )
        if header is None:
            header = row
            continue
        total += 1
        width = max(width, filled[-1] + 1)
    if header is None:
        raise BatchInputError(f"{where} is empty: no header row and no goals", "empty")
    if total == 0:
        raise BatchInputError(f"{where} has a header row but no goal rows", "no_rows")
    return header, total, width


def _name_columns(header: Sequence[Cell], width: int) -> list[str]:
    names = [cell_text(h).strip().lstrip("\ufeff") for h in header]
    while names and not names[-1] and len(names) > width:
        names.pop()  # trailing empty header cells with no data under them
    names += [""] * (width - len(names))
    return [n or f"column_{i + 1}" for i, n in enumerate(names)]


# ---- XLSX ------------------------------------------------------------------------------------


def _open_xlsx(opener: Callable[[], BinaryIO], name: str, sheet: str | None) -> InputTable:
    with needs_extra("excel", "reading .xlsx files"):
        from openpyxl import load_workbook

    try:
        check_workbook(opener, name)  # bombs are refused before openpyxl reads a byte
    except WorkbookRefused as e:
        raise BatchInputError(str(e), "too_large") from None

    def load() -> Any:
        try:
            return load_workbook(opener(), read_only=True, data_only=True)
        except MemoryError:
            raise
        except Exception as e:  # zipfile/openpyxl raise many types for a damaged file
            raise BatchInputError(f"{name}: cannot read the workbook ({e})", "workbook") from None

    wb = load()
    try:
        names = wb.sheetnames
        if sheet is not None and sheet not in names:
            raise BatchInputError(
                f"{name} has no sheet {sheet!r}; sheets: {', '.join(names)}", "sheet"
            )
        title = sheet or (wb.active.title if wb.active is not None else names[0])
        ws = wb[title]
        # One pass up front (as for CSV): exact row count and the widest row that holds data;
        # read-only sheets' own dimensions include formatted-but-empty cells.
        header, total, width = _survey(_sheet_rows(wb, ws), f"{name} (sheet {title!r})")
    finally:
        wb.close()
    columns = _name_columns(list(header), width)

    def data_rows() -> Iterator[list[Cell]]:
        wb = load()
        try:
            seen_header = False
            for row in _sheet_rows(wb, wb[title]):
                if not seen_header:
                    seen_header = any(cell_text(c).strip() for c in row)
                    continue
                yield [unicodedata.normalize("NFC", c) if isinstance(c, str) else c for c in row]
        finally:
            wb.close()

    return InputTable(name, "xlsx", columns, total, sheet=title, _rows=data_rows)


def _sheet_rows(wb: Any, ws: Any) -> Iterator[list[Cell]]:
    """The sheet's rows from the cells that exist, whatever range the file declares.

    openpyxl's iter_rows pads every row to the declared dimension (a 1.6 KB file can declare
    A1:XFD1048576) and fills the gaps between rows; this reads only the cells in the file.
    Rows are as wide as their last cell holding a value (at most MAX_COLUMNS + 1, so a row with
    data further right is still seen and refused).
    """
    if not hasattr(ws, "_get_source"):  # not a read-only sheet: nothing to guard
        yield from (list(r) for r in ws.iter_rows(values_only=True))
        return
    try:
        yield from _parsed_rows(wb, ws)
    except (BatchInputError, MemoryError):
        raise
    except Exception as e:  # a damaged sheet: bad XML, an entity bomb, an impossible date
        detail = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
        raise BatchInputError(f"cannot read the sheet {ws.title!r} ({detail})") from None


def _parsed_rows(wb: Any, ws: Any) -> Iterator[list[Cell]]:
    from openpyxl.worksheet._reader import WorkSheetParser

    with ws._get_source() as src:
        parser = WorkSheetParser(
            src,
            ws._shared_strings,
            data_only=True,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        for _, cells in parser.parse():
            values = {c["column"]: c["value"] for c in cells if c["value"] is not None}
            if not values:
                yield []
                continue
            far = max(values)
            row = [values.get(col) for col in range(1, min(far, MAX_COLUMNS + 1) + 1)]
            if far > MAX_COLUMNS:
                row[-1] = values[far]  # seen by the survey, which refuses the table
            yield row


# ---- writing ---------------------------------------------------------------------------------


class TableWriter:
    """Streams rows to CSV (UTF-8 with BOM, for Excel) or XLSX (openpyxl write-only)."""

    def __init__(
        self, target: str | Path | IO[bytes], fmt: TableFormat, sheet_title: str = "goals"
    ):
        self.format = fmt
        self._target = target
        self._owns = isinstance(target, str | Path)
        if fmt == "csv":
            raw = Path(target).open("wb") if isinstance(target, str | Path) else target  # noqa: SIM115
            self._text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            self._csv = csv.writer(self._text)
        else:
            with needs_extra("excel", "writing .xlsx files"):
                from openpyxl import Workbook

            self._wb = Workbook(write_only=True)
            self._ws = self._wb.create_sheet(_sheet_title(sheet_title))

    def write(self, row: Sequence[Cell]) -> None:
        if self.format == "csv":
            self._csv.writerow([neutralise(cell_text(c)) for c in row])
        else:
            self._ws.append([_xlsx_cell(self._ws, c) for c in row])

    def close(self) -> None:
        if self.format == "csv":
            if self._owns:
                self._text.close()
            else:
                self._text.flush()
                self._text.detach()  # leave the caller's buffer open
        else:
            self._wb.save(self._target)

    def abort(self) -> None:
        """Release the file without finishing it (the caller deletes it)."""
        if self.format == "csv" and self._owns:
            self._text.close()


def _xlsx_cell(ws: Any, value: Cell) -> Any:
    """A cell for the sheet: text is typed as text, so a spreadsheet never runs it as a formula
    and the user's own text is kept as written ("+84 912 345 678", "=A1"), with no ' added."""
    if isinstance(value, str):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value=_ILLEGAL_XML.sub("", value))  # XML cannot hold these
        cell.data_type = "s"
        return cell
    if isinstance(value, time):
        return value.isoformat()
    return value


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "goals"
    return cleaned[:31]


_DATE_TEXT = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


def looks_like_values(cells: Iterable[Cell], share: float = 0.8) -> bool:
    """True when a column holds numbers or dates rather than text ("100", 2026-06-30, "15%"):
    a column a user picks as the goal column by mistake. Blank cells do not count."""
    seen = values = 0
    for cell in cells:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        seen += 1
        if isinstance(cell, int | float | date | time) and not isinstance(cell, bool):
            values += 1
        elif isinstance(cell, str):
            text = cell.strip().replace(" ", "")
            if _PLAIN_NUMBER.fullmatch(text) or _DATE_TEXT.fullmatch(cell.strip()):
                values += 1
    return seen > 0 and values / seen >= share
