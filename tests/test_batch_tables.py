"""Tables in and out: encodings, delimiters, quoting, empty files, XLSX, formula injection."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from rewriter.batch import BatchInputError, plan_columns, row_context
from rewriter.tables import TableWriter, neutralise, open_table

VI_ROWS = [
    ["Mục tiêu", "Nền tảng"],
    ["Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng", "TikTok"],
    ["Đạt 1.000 khách hàng tiềm năng trước cuối năm", "Website"],
]
LATIN_ROWS = [
    ["Objectif", "Plateforme"],
    ["Augmenter les abonnés de 20% à Noël", "Instagram"],
    ["Créer une communauté fidèle", "Facebook"],
]


def to_csv(rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters plus combining tone marks."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        if marks:
            composed = unicodedata.normalize("NFC", base + marks[0])
            try:
                composed.encode("cp1258")
                base, marks = composed, marks[1:]
            except UnicodeEncodeError:
                pass
        out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def read_all(table) -> list[list[str]]:
    return [table.columns, *table.rows()]


@pytest.mark.parametrize(
    ("rows", "data", "encoding"),
    [
        (VI_ROWS, to_csv(VI_ROWS).encode("utf-8"), "utf-8"),
        (VI_ROWS, to_csv(VI_ROWS).encode("utf-8-sig"), "utf-8-sig"),
        (VI_ROWS, encode_cp1258(to_csv(VI_ROWS)), "cp1258"),
        (LATIN_ROWS, to_csv(LATIN_ROWS).encode("latin-1"), None),
    ],
    ids=["utf8", "utf8-bom", "windows-1258", "latin-1"],
)
def test_encodings_are_detected(tmp_path: Path, rows, data, encoding) -> None:
    path = tmp_path / "goals.csv"
    path.write_bytes(data)
    table = open_table(path)
    assert read_all(table) == rows  # NFC text, no BOM in the first header
    if encoding:
        assert table.encoding == encoding


def test_encoding_option_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "goals.csv"
    path.write_bytes(to_csv(LATIN_ROWS).encode("latin-1"))
    assert read_all(open_table(path, encoding="latin-1")) == LATIN_ROWS
    with pytest.raises(BatchInputError, match="not valid utf-8"):
        open_table(path, encoding="utf-8")
    with pytest.raises(BatchInputError, match="unknown encoding"):
        open_table(path, encoding="no-such-codec")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_delimiters_are_sniffed(tmp_path: Path, delimiter: str) -> None:
    rows = [
        ["goal", "platform", "baseline"],
        ["Grow our TikTok followers, fast; please", "TikTok", "1,5"],
        ["Double sales", "Shopee", "200"],
    ]
    path = tmp_path / "goals.csv"
    path.write_text(to_csv(rows, delimiter), encoding="utf-8")
    table = open_table(path)
    assert table.delimiter == delimiter
    assert read_all(table) == rows


def test_quoted_newlines_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "goals.csv"
    path.write_text(
        'goal,note\n"Grow our audience\non TikTok",a\n\n,\n"Double sales",b\n', encoding="utf-8"
    )
    table = open_table(path)
    assert table.total == 2  # blank lines (and rows of empty cells) are not goals
    assert list(table.rows()) == [["Grow our audience\non TikTok", "a"], ["Double sales", "b"]]


def test_ragged_rows_keep_every_cell(tmp_path: Path) -> None:
    path = tmp_path / "goals.csv"
    path.write_text("goal,,\nGrow sales,x,extra,more\nShort\n", encoding="utf-8")
    table = open_table(path)
    assert table.columns == ["goal", "column_2", "column_3", "column_4"]
    assert list(table.rows()) == [["Grow sales", "x", "extra", "more"], ["Short", "", "", ""]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf\r\n\r\n", "is empty"),
        (b"goal,platform\r\n", "header row but no goal rows"),
        (b"goal,platform\r\n,\r\n\r\n", "header row but no goal rows"),
    ],
)
def test_empty_and_header_only_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "goals.csv"
    path.write_bytes(content)
    with pytest.raises(BatchInputError, match=message):
        open_table(path)


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError, match="no such file"):
        open_table(tmp_path / "nope.csv")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    with pytest.raises(BatchInputError, match=r"\.xls workbooks are not supported"):
        open_table(tmp_path / "old.xls")
    (tmp_path / "fake.xlsx").write_text("goal\nx\n")
    with pytest.raises(BatchInputError, match="not a valid .xlsx"):
        open_table(tmp_path / "fake.xlsx")


def test_bytes_source_like_an_upload() -> None:
    table = open_table(to_csv(VI_ROWS).encode("utf-8-sig"), name="upload.csv")
    assert read_all(table) == VI_ROWS


# ---- XLSX in ------------------------------------------------------------------------------------


def make_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_xlsx_reading_and_sheets(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "goals.xlsx",
        {
            "Notes": [["nothing here"], ["x"]],
            "Goals": [
                [None],
                ["Mục tiêu", "Hiện tại", "Hạn chót"],
                ["Tăng người theo dõi TikTok", 1200, datetime(2026, 12, 31)],
                [None, None, None],
                ["Double sales", 3.5, None],
            ],
        },
    )
    with pytest.raises(BatchInputError, match="no sheet 'Nope'; sheets: Notes, Goals"):
        open_table(path, sheet="Nope")
    table = open_table(path, sheet="Goals")
    assert table.format == "xlsx" and table.total == 2
    assert table.columns == ["Mục tiêu", "Hiện tại", "Hạn chót"]
    rows = list(table.rows())
    assert rows == [
        ["Tăng người theo dõi TikTok", 1200, datetime(2026, 12, 31)],
        ["Double sales", 3.5, None],
    ]
    plan = plan_columns(table)
    assert plan.goal_column == "Mục tiêu"
    assert plan.context_columns() == {"baseline": "Hiện tại", "deadline": "Hạn chót"}
    ctx = row_context(rows[0], plan, date(2026, 1, 1))
    assert ctx.baseline == 1200 and ctx.deadline == date(2026, 12, 31)


def test_xlsx_header_only(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "goals.xlsx", {"Sheet": [["goal", "platform"]]})
    with pytest.raises(BatchInputError, match="header row but no goal rows"):
        open_table(path)


# ---- column detection and context -------------------------------------------------------------


def plan_for(tmp_path: Path, rows: list[list[str]], column: str | None = None):
    path = tmp_path / "t.csv"
    path.write_text(to_csv(rows), encoding="utf-8")
    return plan_columns(open_table(path), column)


@pytest.mark.parametrize(
    "header", ["goal", "Goals", "Mục tiêu", "muc tieu", "MỤC TIÊU (bản nháp)", "OKR", "Objective"]
)
def test_goal_column_by_name(tmp_path: Path, header: str) -> None:
    plan = plan_for(tmp_path, [["id", header, "owner"], ["1", "Grow sales", "An"]])
    assert plan.goal_column == header


def test_goal_column_is_the_only_text_column(tmp_path: Path) -> None:
    plan = plan_for(tmp_path, [["id", "what we want", "platform"], ["1", "Grow sales", "TikTok"]])
    assert plan.goal_column == "what we want"
    assert plan.context_columns() == {"platform": "platform"}


def test_goal_beats_objective_which_becomes_context(tmp_path: Path) -> None:
    plan = plan_for(tmp_path, [["Objective", "Goal"], ["More leads", "Grow followers"]])
    assert plan.goal_column == "Goal"
    assert plan.context_columns() == {"objective": "Objective"}


def test_ambiguous_and_missing_goal_column(tmp_path: Path) -> None:
    with pytest.raises(
        BatchInputError, match=r"several columns could hold the goals \(goal, Goal \(v2\)\)"
    ):
        plan_for(tmp_path, [["goal", "Goal (v2)"], ["a", "b"]])
    with pytest.raises(
        BatchInputError, match="cannot tell which column holds the goals; columns: owner, note"
    ):
        plan_for(tmp_path, [["owner", "note"], ["An", "Grow sales"]])
    with pytest.raises(BatchInputError, match="no column named 'Goal'; columns: owner, note"):
        plan_for(tmp_path, [["owner", "note"], ["An", "Grow sales"]], column="Goal")
    assert (
        plan_for(tmp_path, [["owner", "note"], ["An", "Grow"]], column="NOTE").goal_column == "note"
    )


def test_output_columns_do_not_clash(tmp_path: Path) -> None:
    plan = plan_for(tmp_path, [["goal", "Status", "score"], ["a", "draft", "1"]])
    added = plan.output_columns[3:]
    assert added[:2] == ("smartgoal_status", "error")
    assert "smartgoal_score" in added and "rewrite" in added


def test_row_context_reads_typed_values(tmp_path: Path) -> None:
    rows = [
        ["goal", "platform", "current", "deadline", "monthly growth (%)", "business objective"],
        ["Grow followers", "TikTok", "10.000", "31/12/2026", "5%", "more leads"],
        ["Grow followers", "", "2 triệu", "6 tháng", "", ""],
        ["Grow followers", "", "lots", "", "", ""],
    ]
    path = tmp_path / "t.csv"
    path.write_text(to_csv(rows), encoding="utf-8")
    table = open_table(path)
    plan = plan_columns(table)
    first, second, third = table.rows()
    ctx = row_context(first, plan, date(2026, 1, 1))
    assert (ctx.platform, ctx.baseline, ctx.deadline, ctx.monthly_growth, ctx.objective) == (
        "TikTok", 10000, date(2026, 12, 31), 5, "more leads",
    )  # fmt: skip
    ctx = row_context(second, plan, date(2026, 1, 1))
    assert (ctx.baseline, ctx.deadline, ctx.horizon) == (2_000_000, None, "6 tháng")
    with pytest.raises(ValueError, match="current 'lots' is not a number"):
        row_context(third, plan, date(2026, 1, 1))


# ---- writing and formula injection ------------------------------------------------------------

DANGEROUS = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", '=HYPERLINK("x")']


def test_neutralise() -> None:
    for value in DANGEROUS:
        assert neutralise(value) == "'" + value
    for value in ["-5", "+84", "-1.5%", "Grow sales", "", "a=b"]:
        assert neutralise(value) == value


def test_csv_output_is_bom_utf8_and_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    writer = TableWriter(path, "csv")
    writer.write(["goal", "rewrite"])
    for value in DANGEROUS:
        writer.write([value, "Tăng gấp đôi"])
    writer.close()
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["'" + v for v in DANGEROUS]
    assert rows[1][1] == "Tăng gấp đôi"


def test_xlsx_output_has_no_formulas_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    writer = TableWriter(path, "xlsx", sheet_title="Goals: Q1/Q2")
    writer.write(["goal", "score", "when", "rewrite"])
    for value in DANGEROUS:
        writer.write([value, 3, datetime(2026, 6, 30), "Tăng\x01 gấp đôi"])
    writer.close()
    wb = load_workbook(path)  # not read-only: data types are visible
    ws = wb.active
    assert ws.title == "Goals  Q1 Q2"
    cells = [row[0] for row in ws.iter_rows(min_row=2)]
    assert all(c.data_type == "s" for c in cells)  # strings, never formulas
    assert [c.value for c in cells] == DANGEROUS  # typed as text: kept byte-exact, no ' added
    with zipfile.ZipFile(path) as z:  # inline strings: no formula element anywhere
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")
    table = open_table(path)
    rows = list(table.rows())
    assert table.columns == ["goal", "score", "when", "rewrite"]
    assert rows[0][1:] == [3, datetime(2026, 6, 30), "Tăng gấp đôi"]


def test_writer_to_a_binary_buffer_leaves_it_open() -> None:
    buf = io.BytesIO()
    writer = TableWriter(buf, "csv")
    writer.write(["goal"])
    writer.write(["=1"])
    writer.close()
    assert buf.getvalue().decode("utf-8-sig").splitlines() == ["goal", "'=1"]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["100", "2,500", "15%", None, ""], True),
        ([1, 2.5, date(2026, 6, 30), datetime(2026, 7, 1)], True),
        (["2026-06-30", "30/06/2026", "2026-07-01 09:30"], True),
        (["Grow our audience", "100", "Hire 3 engineers by June"], False),
        (["+84 912 345 678", "Tăng doanh số", "Giảm chi phí"], False),
        ([None, "", "   "], False),
    ],
)
def test_looks_like_values(cells: list, expected: bool) -> None:
    from rewriter.tables import looks_like_values

    assert looks_like_values(cells) is expected


def test_read_errors_carry_a_reason_for_front_ends(tmp_path: Path) -> None:
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with pytest.raises(BatchInputError) as info:
        open_table(png)
    assert info.value.reason == "encoding"
    with pytest.raises(BatchInputError) as info:
        open_table(b"not a workbook", name="x.xlsx")
    assert info.value.reason == "not_xlsx"


def test_the_header_names_file_refuses_a_header_for_two_fields_or_in_the_wrong_form():
    from pydantic import ValidationError

    from rewriter.batch_columns import HeadersFile, headers

    good = headers().model_dump()
    twice = {
        **good,
        "context": {**good["context"], "horizon": [*good["context"]["horizon"], "deadline"]},
    }
    with pytest.raises(
        ValidationError, match="'deadline' is listed under both deadline and horizon"
    ):
        HeadersFile.model_validate(twice)
    accented = {**good, "goal": [*good["goal"], "Mục tiêu (mới)"]}
    with pytest.raises(ValidationError, match="write 'Mục tiêu \\(mới\\)' as 'muc tieu'"):
        HeadersFile.model_validate(accented)
    boolean = {**good, "goal_weak": [*good["goal_weak"], True]}  # a bare YAML `no`
    with pytest.raises(ValidationError):
        HeadersFile.model_validate(boolean)
