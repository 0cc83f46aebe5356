"""Streamlit AppTest of the metric's history on the Rewrite page: pasted or uploaded, projected and charted."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pyarrow as pa
import pytest

from rewriter.history.series import HistoryError
from rewriter.web.display import md_escape
from rewriter.web.i18n import t
from rewriter.web.rewrite_view import OUTCOME_KEY
from tests.app_fixtures import page_test
from tests.test_app_rewrite import card_status, has_key

TODAY = date(2026, 1, 15)
GOAL = "Double our TikTok followers within 6 months"
STEADY = "4200, 4330, 4460, 4590, 4730, 4870"


@pytest.fixture
def at(clean_env):
    at = page_test("rewrite").run()
    at.date_input(key="ctx_today").set_value(TODAY)
    return at


def submit(
    at, goal: str = GOAL, history: str | None = None, upload: tuple[str, bytes] | None = None
):
    at.text_area(key="goal").input(goal)
    if history is not None:
        at.text_area(key="ctx_history").input(history)
    if upload is not None:
        name, data = upload
        mime = "text/csv" if name.endswith(".csv") else "application/octet-stream"
        at.file_uploader(key="ctx_history_file").set_value((name, data, mime))
    at.button(key="rewrite_submit").click()
    return at.run()


def chart(at) -> tuple[dict, list[dict]]:
    """The forecast chart's Vega-Lite spec and its data rows."""
    charts = at.get_by_key("sg_forecast").get("vega_lite_chart")
    assert len(charts) == 1
    proto = charts[0].proto
    rows = pa.ipc.open_stream(proto.data.data).read_all().to_pylist()
    return json.loads(proto.spec), rows


def forecast_text(at) -> str:
    box = at.get_by_key("sg_forecast")
    return "\n".join([m.value for m in box.markdown] + [c.value for c in box.caption])


def test_pasted_history_gives_the_projection_chart_and_its_numbers(at):
    submit(at, history=STEADY)
    assert not at.exception and not at.error
    report = at.session_state[OUTCOME_KEY].report
    fc = report.forecast
    assert fc is not None and [p.value for p in fc.points] == [4200, 4330, 4460, 4590, 4730, 4870]
    assert fc.target == 9740 and fc.probability is not None and fc.probability < 0.01
    # Attainable is decided by the chance: doubling against 3% a month is out of reach
    assert card_status(at, "attainable") == "missing"
    text = forecast_text(at)
    assert t("forecast_title", "en") in [s.value for s in at.get_by_key("sg_forecast").subheader]
    assert "Pace needed **12\\.4\\%** a month · pace your history shows **3\\%** a month" in text
    assert f"Projected by 15 July 2026: **{md_escape('5,810')}**" in text
    assert (
        f"Chance of reaching {md_escape('9,740')} by 15 July 2026: **{md_escape('<1%')}**" in text
    )
    assert "6 of 6 values used" in text
    spec, rows = chart(at)
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert (
        marks[:3] == ["area", "line", "line"] and "point" in marks
    )  # band, median, history, target
    assert any(layer["mark"].get("shape") == "diamond" for layer in spec["layer"])
    by = {s: [r for r in rows if r["series"] == s] for s in ("history", "projection", "target")}
    assert [r["value"] for r in by["history"]] == [4200, 4330, 4460, 4590, 4730, 4870]
    assert (
        by["projection"][0]["date"] == "2026-01-15" and by["projection"][-1]["date"] == "2026-07-15"
    )
    assert all(r["low"] <= r["value"] <= r["high"] for r in by["projection"])
    assert by["projection"][-1]["value"] == pytest.approx(fc.projected)
    assert [(r["date"], r["value"], r["shown"]) for r in by["target"]] == [
        ("2026-07-15", 9740, "9,740")
    ]
    assert {r["label"] for r in rows} == {
        t(f"series_{s}", "en") for s in ("history", "projection", "target")
    }


def test_the_forecast_speaks_vietnamese_with_its_number_format(at):
    at.session_state["ui_lang"] = "vi"
    submit(at, history=STEADY)
    assert not at.exception and not at.error
    text = forecast_text(at)
    assert (
        f"Tốc độ cần **{md_escape('12,4%')}** mỗi tháng · số liệu cho thấy **3\\%** mỗi tháng"
        in text
    )
    assert f"Dự báo đến {md_escape('15/07/2026')}: **{md_escape('5.810')}**" in text
    assert f"Khả năng đạt {md_escape('9.740')} trước {md_escape('15/07/2026')}" in text
    assert "Dùng 6 trên 6 giá trị" in text
    spec, rows = chart(at)
    assert {r["label"] for r in rows} >= {"Số liệu", "Mục tiêu"}
    assert [r["shown"] for r in rows if r["series"] == "target"] == ["9.740"]
    assert [r["when"] for r in rows if r["series"] == "target"] == ["15/07/2026"]
    axes = json.dumps(spec)
    assert (
        '"%m/%Y"' in axes and "labelExpr" in axes
    )  # dates and numbers on the axes as Vietnamese write them


def test_an_uploaded_export_has_its_columns_found_and_days_put_on_months(at):
    start = date(2025, 7, 1)
    lines = ["Date,Followers,Note"]
    lines += [f"{start + timedelta(days=i)},{4000 + 5 * i},x" for i in range(200)]
    submit(at, upload=("tiktok-export.csv", "\n".join(lines).encode()))
    assert not at.exception and not at.error
    fc = at.session_state[OUTCOME_KEY].report.forecast
    assert fc is not None and len(fc.points) == 200
    assert any("200 values in 7 months" in n for n in fc.notes)
    _, rows = chart(at)
    assert len([r for r in rows if r["series"] == "history"]) == sum(p.used for p in fc.points)
    assert f"{sum(p.used for p in fc.points)} of 200 values used" in forecast_text(at)


def test_a_file_is_used_instead_of_the_text(at):
    csv = "date,value\n2025-10,100\n2025-11,110\n2025-12,121\n2026-01,133\n"
    submit(at, history="1, 2, 3", upload=("h.csv", csv.encode()))
    fc = at.session_state[OUTCOME_KEY].report.forecast
    assert [p.value for p in fc.points] == [100, 110, 121, 133]


def test_an_xlsx_upload_is_read(at):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Month", "Views"])
    for i, v in enumerate([900, 950, 1000, 1080, 1150]):
        ws.append([date(2025, 9 + i, 1) if i < 4 else date(2026, 1, 1), v])
    buf = io.BytesIO()
    wb.save(buf)
    submit(at, upload=("views.xlsx", buf.getvalue()))
    assert not at.exception and not at.error
    assert [p.value for p in at.session_state[OUTCOME_KEY].report.forecast.points] == [
        900,
        950,
        1000,
        1080,
        1150,
    ]


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize(
    ("history", "upload", "error"),
    [
        ("4200, abc, 4700", None, HistoryError("not_number", text="abc")),
        (
            "2025-10,100\n2025-11\n2025-12,120",
            None,
            HistoryError("bad_line", line=2, text="2025-11"),
        ),
        (
            None,
            ("h.csv", b"name,score\nann,3\nbo,4\n"),
            HistoryError("no_date_column", columns="name, score"),
        ),
        (None, ("h.csv", b"x" * (11 * 1024 * 1024)), HistoryError("too_large", mb=11.0, limit=10)),
    ],
)
def test_bad_history_says_what_to_fix_in_the_users_language(at, lang, history, upload, error):
    at.session_state["ui_lang"] = lang
    submit(at, history=history, upload=upload)
    assert not at.exception
    assert [e.value for e in at.error] == [
        f"{t('error_history', lang)}: {md_escape(error.message(lang))}"
    ]
    assert "Traceback" not in at.error[0].value
    assert not has_key(at, "sg_result")


def test_a_short_history_falls_back_to_the_pace_and_says_so(at):
    submit(at, history="4200, 4400")
    assert not at.exception and not at.error
    text = forecast_text(at)
    assert "Your history shows **4\\.7\\%** a month" in text
    assert "at least 3 months" in text
    _, rows = chart(at)  # the two values and the target, no projection to draw
    assert [(r["series"], r["value"]) for r in rows] == [
        ("history", 4200),
        ("history", 4400),
        ("target", 8800),
    ]


def test_a_goal_without_history_shows_no_forecast(at):
    submit(at)
    assert not at.exception and not at.error
    assert at.session_state[OUTCOME_KEY].report.forecast is None
    assert not has_key(at, "sg_forecast")
