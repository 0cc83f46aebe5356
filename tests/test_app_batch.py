"""Streamlit AppTest of the Batch page: uploads, column detection, the run, results, downloads."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import Workbook, load_workbook

from rewriter.web.batch_view import MAX_UPLOAD_MB, STATE_KEY, output_name, table_bytes
from rewriter.web.i18n import t
from tests.app_fixtures import page_test

GOALS = [
    "Grow our audience",
    "Double our TikTok followers within 6 months",
    "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng",
    "",
    "<script>alert(1)</script> **more** followers",
]


def csv_bytes(header: list[str], rows: list[list[object]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(header: list[str], rows: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.fixture
def at(clean_env):
    at = page_test("batch").run()
    assert not at.exception
    return at


def preview(at):
    """The results table (the last dataframe on the page)."""
    return at.dataframe[-1].value


def upload(at, name: str, data: bytes, mime: str = "text/csv"):
    at.file_uploader(key="batch_file").set_value((name, data, mime))
    return at.run()


def test_upload_detects_the_goal_column_runs_and_offers_downloads(at):
    data = csv_bytes(["id", "Mục tiêu", "owner"], [[i, g, "team"] for i, g in enumerate(GOALS, 1)])
    upload(at, "goals.csv", data)
    assert not at.exception and not at.error
    assert at.selectbox[0].value == "Mục tiêu"
    assert any(t("column_detected", "en", column="Mục tiêu") in c.value for c in at.caption)
    at.button(key="batch_start").click().run()
    assert not at.exception and not at.error
    assert at.success[0].value.startswith(t("batch_done", "en", ok=4, failed=1, seconds=0)[:30])
    assert at.progress[0].value == 100  # the bar ends full
    table = preview(at)
    assert list(table["id"]) == ["1", "2", "3", "4", "5"]
    shown = {"ok": t("value_ok", "en"), "error": t("value_error", "en")}
    assert list(table["status"]) == [shown[s] for s in ["ok", "ok", "ok", "error", "ok"]]
    assert table["error"][3]  # the empty goal says why
    # the goal and its rewrite are the first columns shown; headers the batch adds are named
    order = list(at.dataframe[-1].proto.column_order)
    assert order[:3] == ["Mục tiêu", "rewrite", "status"]
    assert [d.label for d in at.download_button] == [
        t("download_csv", "en"),
        t("download_xlsx", "en"),
    ]

    # The bytes the download buttons serve: every row, in order, input columns first.
    run = at.session_state[STATE_KEY]
    rows = list(csv.DictReader(io.StringIO(run.downloads["csv"].decode("utf-8-sig"))))
    assert [r["Mục tiêu"] for r in rows] == GOALS
    assert rows[1]["time_bound"] == "met" and rows[2]["language"] == "vi"
    assert rows[4]["rewrite"]
    sheet = load_workbook(io.BytesIO(run.downloads["xlsx"])).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("id", "Mục tiêu", "owner") and len(values) == 1 + len(GOALS)


def test_an_excel_upload_works_too(at):
    upload(
        at, "goals.xlsx", xlsx_bytes(["goal"], [[g] for g in GOALS[:3]]), "application/vnd.ms-excel"
    )
    at.button(key="batch_start").click().run()
    assert not at.exception and not at.error
    assert list(preview(at)["status"]) == [t("value_ok", "en")] * 3


def test_no_usable_column_asks_the_user_to_pick(at):
    upload(at, "numbers.csv", csv_bytes(["a", "b"], [[1, 2], [3, 4]]))
    assert not at.exception
    assert at.warning[0].value == t("column_none", "en")
    assert at.selectbox[0].value is None
    assert not [b for b in at.button if b.key == "batch_start"]


def test_picking_another_column_uses_it(at):
    upload(
        at,
        "two.csv",
        csv_bytes(["goal", "note"], [["Grow our audience", "Grow our TikTok followers"]]),
    )
    at.selectbox[0].set_value("note").run()
    at.button(key="batch_start").click().run()
    table = preview(at)
    assert table["specific"][0] == t("status_met", "en")  # the note's goal names TikTok followers


def test_a_file_over_the_size_limit_gets_a_clear_message(at):
    big = b"goal\n" + b"Grow our audience\n" * (MAX_UPLOAD_MB * 1024 * 1024 // 18 + 10)
    upload(at, "big.csv", big)
    assert not at.exception
    assert at.error[0].value.startswith(t("too_big", "en", size="10.0", mb=MAX_UPLOAD_MB)[:12])
    assert f"{MAX_UPLOAD_MB} MB" in at.error[0].value


def test_an_unreadable_file_gets_a_clear_message(at):
    upload(at, "broken.xlsx", b"this is not a workbook", "application/vnd.ms-excel")
    assert not at.exception
    assert at.error[0].value == t("batch_fix_not_xlsx", "en")
    assert "Traceback" not in at.error[0].value


def test_a_picture_renamed_csv_says_what_to_do_without_cli_flags(at):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    upload(at, "photo.csv", png)
    assert not at.exception
    assert at.error[0].value == t("batch_fix_encoding", "en")
    assert "--" not in at.error[0].value


def test_the_upload_limit_is_said_once_and_the_same_everywhere(at):
    assert at.file_uploader(key="batch_file").proto.max_upload_size_mb == MAX_UPLOAD_MB


def test_a_column_of_numbers_chosen_as_goals_gets_a_warning(at):
    upload(
        at,
        "mixed.csv",
        csv_bytes(
            ["goal", "amount", "due"],
            [
                ["Grow our audience", "100", "2026-06-30"],
                ["Hire 3 engineers by June", "2500", "2026-07-31"],
            ],
        ),
    )
    assert not [
        w for w in at.warning if w.value.startswith(t("column_values", "en", column="")[:10])
    ]
    for column in ("amount", "due"):
        at.selectbox[0].set_value(column).run()
        assert at.get_by_key("batch_column_warning").warning[0].value == t(
            "column_values", "en", column=column
        )


def test_statuses_headers_and_numbers_speak_vietnamese(at):
    at.session_state["ui_lang"] = "vi"
    upload(at, "goals.csv", csv_bytes(["goal", "owner"], [["Grow our audience", "a"], ["", "b"]]))
    at.button(key="batch_start").click().run()
    table = preview(at)
    assert list(table["status"]) == [t("value_ok", "vi"), t("value_error", "vi")]
    assert table["time_bound"][0] == t("status_missing", "vi")
    config = json.loads(at.dataframe[-1].proto.columns)
    assert config["rewrite"]["label"] == t("col_rewrite", "vi")
    assert config["time_bound"]["label"] == t("crit_time_bound", "vi")
    assert t("upload_limit", "vi", mb=MAX_UPLOAD_MB, rows="20.000") in [c.value for c in at.caption]


def test_llm_without_a_model_is_a_message_and_no_rows_are_lost(at):
    upload(at, "goals.csv", csv_bytes(["goal"], [["Grow our audience"]]))
    at.session_state["set_engine"] = "llm"
    at.button(key="batch_start").click().run()
    assert not at.exception
    assert at.error[0].value == t("llm_needs_key", "en")
    at.button(key="batch_use_rules").click().run()
    at.button(key="batch_start").click().run()
    assert not at.error and list(preview(at)["status"]) == [t("value_ok", "en")]


def test_the_page_speaks_vietnamese(at):
    at.session_state["ui_lang"] = "vi"
    upload(at, "goals.csv", csv_bytes(["goal"], [["Grow our audience"]]))
    assert at.title[0].value == t("batch_title", "vi")
    assert at.selectbox[0].label == t("column_label", "vi")
    at.button(key="batch_start").click().run()
    assert [d.label for d in at.download_button] == [
        t("download_csv", "vi"),
        t("download_xlsx", "vi"),
    ]


def test_table_bytes_and_names():
    cols = ["goal", "status"]
    rows = [['a, "quoted"', "ok"], ["=1+1", "ok"]]
    text = table_bytes(cols, rows, "csv").decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0] == cols and parsed[1][0] == 'a, "quoted"'
    assert parsed[2][0] != "=1+1"  # formulas are neutralised by the batch writer
    assert output_name("my goals.xlsx", "csv") == "my goals-smart.csv"
