"""History in, forecast out: reading, bad input, the Attainable verdict and targets from data."""

from __future__ import annotations

import json
import sys
from datetime import date

import numpy as np
import pytest

from rewriter import GoalContext, analyze
from rewriter.history.files import read_history_file
from rewriter.history.forecast import project
from rewriter.history.series import HistoryError, monthly, parse_text

TODAY = date(2026, 11, 26)
STEADY = "4200, 4330, 4460, 4590, 4730, 4870, 5020, 5170"  # about 3% a month


def ctx(history: object, **kw: object) -> GoalContext:
    return GoalContext(today=TODAY, history=history, **kw)


def test_pasted_values_are_one_a_month_ending_today() -> None:
    pts = parse_text("4200, 4450, 4700, 5100", TODAY)
    assert [p.value for p in pts] == [4200, 4450, 4700, 5100]
    assert pts[-1].date == TODAY and pts[0].date == date(2026, 8, 26)


def test_date_value_lines_with_a_header() -> None:
    pts = parse_text("date,value\n2026-01,100\n31/03/2026,130\n2026-02-28,115", TODAY)
    assert [p.date for p in pts] == [date(2026, 1, 1), date(2026, 3, 31), date(2026, 2, 28)]
    m = monthly(pts)
    assert m.values == [100, 115, 130] and "sorted" in [n.key for n in m.notes]


@pytest.mark.parametrize(
    "text, key",
    [
        ("4200, abc, 4700", "not_number"),
        ("", "empty"),
        ("2026-01-01,100\n2026-02-01,x", "not_number"),
    ],
)
def test_unusable_text_names_the_problem(text: str, key: str) -> None:
    with pytest.raises(HistoryError) as e:
        parse_text(text, TODAY)
    assert e.value.key == key
    assert e.value.message("vi") != e.value.message("en")


def test_double_in_a_month_against_3_percent_keeps_the_user_target_as_ambitious() -> None:
    r = analyze("Double our TikTok followers within 1 month", ctx(STEADY))
    fc = r.forecast
    assert fc is not None and fc.probability is not None and fc.probability < 0.05
    assert r.criteria.attainable.status == "missing"
    assert "5,170" in r.rewrite.text and "10,340" not in r.rewrite.text  # a reachable target
    amb = [a for a in r.alternatives if a.label == "ambitious"]
    assert amb and amb[0].text.startswith("Double our TikTok followers")
    assert any("median" in a for a in r.rewrite.assumptions)
    low, high = fc.low, fc.high
    assert low is not None and high is not None and low < fc.projected < high  # type: ignore[operator]


def test_an_easy_target_is_met_and_kept() -> None:
    r = analyze("Grow our TikTok followers by 5% within 6 months", ctx(STEADY))
    assert r.criteria.attainable.status == "met"
    assert r.rewrite.text.startswith("Grow our TikTok followers by 5%")
    assert {a.label for a in r.alternatives} == {"conservative", "ambitious"}


def test_vietnamese_feedback_and_targets() -> None:
    r = analyze("Tăng gấp đôi số người theo dõi TikTok trong vòng 1 tháng", ctx(STEADY))
    assert r.criteria.attainable.feedback.startswith("Khả năng đạt")
    assert any("dự báo" in a for a in r.rewrite.assumptions)


def test_no_target_gets_a_target_from_the_projection() -> None:
    r = analyze("Grow our TikTok followers within 3 months", ctx(STEADY))
    assert r.forecast is not None and r.forecast.projected is not None
    assert "median" in " ".join(r.rewrite.assumptions)
    assert r.forecast.method in ("drift", "trend")


def test_too_few_points_fall_back_to_the_pace() -> None:
    r = analyze("Double our TikTok followers within 6 months", ctx("5000, 5200"))
    fc = r.forecast
    assert fc is not None and fc.method == "pace" and fc.projected is None
    assert any("at least 3" in n for n in fc.notes)
    assert r.criteria.attainable.status in ("partial", "missing")  # judged on the pace


@pytest.mark.parametrize(
    "history, note",
    [
        ("0, 0, 0, 0", "Every value is 0"),
        ("100, -20, 130, 150", "negative"),
    ],
)
def test_unusable_histories_say_why_and_forecast_nothing(history: str, note: str) -> None:
    r = analyze("Double our TikTok followers within 6 months", ctx(history))
    assert r.forecast is not None and r.forecast.probability is None
    assert any(note in n for n in r.forecast.notes)
    assert not any(p.used for p in r.forecast.points)


def test_duplicates_gaps_and_a_spike_are_reported() -> None:
    lines = [
        "2026-01-01,100",
        "2026-02-01,110",
        "2026-02-01,112",
        "2026-03-01,120",
        "2026-05-01,140",
        "2026-06-01,900",
        "2026-07-01,150",
        "2026-08-01,160",
    ]
    pts = parse_text("\n".join(lines), TODAY)
    m = monthly(pts)
    keys = [n.key for n in m.notes]
    assert "duplicate" in keys and "gap" in keys
    # the 900 is a one-off among monthly values: flagged and left out, and said so
    assert "spike" in keys and m.used[date(2026, 6, 1)] is False and 900 not in m.values
    r = analyze("Increase monthly views to 300 by 31 December 2026", ctx("\n".join(lines)))
    assert r.forecast is not None and len(r.forecast.points) == len(lines)


def test_daily_data_is_resampled_to_months(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = ["Date,Followers,Note"]
    value = 1000.0
    for i in range(120):
        d = date(2026, 7, 1).toordinal() + i
        value *= 1.001
        rows.append(f"{date.fromordinal(d).isoformat()},{value:.0f},x")
    path = tmp_path / "export.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    pts, column = read_history_file(path)
    assert column == "Followers" and len(pts) == 120
    m = monthly(pts)
    assert len(m.values) == 4 and m.how == "last"


def test_a_file_without_dates_or_values_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.csv"
    path.write_text("name,comment\na,b\nc,d\n", encoding="utf-8")
    with pytest.raises(HistoryError) as e:
        read_history_file(path)
    assert e.value.key == "no_date_column"
    path.write_text("date,comment\n2026-01-01,b\n2026-02-01,d\n", encoding="utf-8")
    with pytest.raises(HistoryError) as e:
        read_history_file(path)
    assert e.value.key == "no_value_column"


def test_a_50_mb_file_is_refused_before_reading() -> None:
    with pytest.raises(HistoryError) as e:
        read_history_file(b"date,value\n" + b"2026-01-01,1\n" * 4_200_000, "big.csv")
    assert e.value.key == "too_large" and "MB" in e.value.message("en")


def test_same_history_same_projection() -> None:
    t, y = np.arange(8.0), np.array([float(v) for v in STEADY.split(", ")])
    a, b = project(t, y, 3.0), project(t, y, 3.0)
    assert np.array_equal(a.paths, b.paths)


def test_projection_is_calibrated_on_simulated_series() -> None:
    sys.path.insert(0, "benchmarks")
    from series_shapes import cases

    inside = []
    for c in cases(7, 240):
        p = project(np.arange(len(c.history), dtype=float), c.history, len(c.future), rate=c.rate)
        lo, hi = np.quantile(p.paths[:, -1], [0.1, 0.9])
        inside.append(lo <= c.future[-1] <= hi)
    assert 0.68 <= float(np.mean(inside)) <= 0.9


def test_cli_history_file_and_json(smartgoal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "h.csv"
    path.write_text(
        "month,value\n2026-06,4200\n2026-07,4330\n2026-08,4460\n2026-09,4590\n", encoding="utf-8"
    )
    out = smartgoal(
        "rewrite",
        "Double our TikTok followers within 1 month",
        "--today",
        "2026-10-01",
        "--history",
        path,
        "--json",
    )
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    assert (
        report["forecast"]["probability"] < 0.05
        and report["criteria"]["attainable"]["status"] == "missing"
    )
    bad = smartgoal("rewrite", "grow followers", "--lang", "vi", "--history", "1, x")
    assert bad.exit_code == 2 and "không phải là số" in bad.stderr
    assert isinstance(bad.exception, SystemExit) and len(bad.stderr.strip().splitlines()) == 1


def test_batch_history_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rewriter.batch import BatchOptions, run_batch

    src = tmp_path / "in.csv"
    src.write_text(
        'goal,history\n"Double our TikTok followers within 1 month","4200, 4330, 4460, 4590"\n'
        '"Grow followers by 5% within 6 months","1, x"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    run_batch(src, out, BatchOptions(engine="rules", today=TODAY))
    text = out.read_text(encoding="utf-8-sig")
    assert "missing" in text and "not a number" in text
