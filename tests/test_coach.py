"""The coaching loop's library part: questions to inputs, edits kept or dropped, the final
goal's own score, 'ready to share', and the session history as CSV."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from rewriter import GoalContext, analyze
from rewriter.coach import (
    HistoryRow,
    apply_edits,
    history_context,
    history_csv,
    open_fields,
    ready_to_share,
    score_final,
    tidy,
)

TODAY = date(2026, 12, 1)


def test_every_open_question_has_its_inputs_and_measurable_asks_for_a_target() -> None:
    report = analyze("Grow our audience", GoalContext(today=TODAY))
    fields = open_fields(report)
    assert fields == [
        "metric",
        "platform",
        "target",
        "baseline",
        "monthly_growth",
        "objective",
        "deadline",
        "horizon",
    ]
    done = analyze("Double our TikTok followers within 6 months", GoalContext(today=TODAY))
    assert "target" not in open_fields(done) and "horizon" not in open_fields(done)


def test_dropping_an_edit_takes_its_words_out_and_tidies_the_sentence() -> None:
    report = analyze("Grow our audience", GoalContext(today=TODAY))
    rw = report.rewrite
    assert rw is not None and len(rw.edits) == 3
    assert apply_edits(rw.text, rw.edits, []) == rw.text
    specific = next(i for i, e in enumerate(rw.edits) if e.criterion == "specific")
    without = apply_edits(rw.text, rw.edits, [specific])
    assert "Instagram" not in without and "()" not in without and "  " not in without
    assert without.startswith("Grow our audience by 20%")
    deadline = next(i for i, e in enumerate(rw.edits) if e.criterion == "time_bound")
    no_date = apply_edits(rw.text, rw.edits, [deadline])
    assert "2027" not in no_date and no_date.endswith(".")
    assert score_final(no_date, GoalContext(today=TODAY)).criteria.time_bound.status != "met"


@pytest.mark.parametrize(
    ("messy", "clean"),
    [
        ("Grow our audience ( ) by 20% .", "Grow our audience by 20%."),
        ("Tăng doanh thu  , , trước 01/06/2027.", "Tăng doanh thu, trước 01/06/2027."),
        ("Ship the app by Friday,", "Ship the app by Friday"),
    ],
)
def test_tidy(messy: str, clean: str) -> None:
    assert tidy(messy) == clean


def test_the_final_goal_is_read_with_its_history_only() -> None:
    ctx = GoalContext(
        today=TODAY,
        platform="TikTok",
        horizon="6 months",
        objective="sales",
        baseline=10000,
        monthly_growth=15,
        target=20000,
        metric="followers",
    )
    kept = history_context(ctx)
    assert kept.platform is None and kept.horizon is None and kept.objective is None
    assert kept.target is None and kept.metric is None
    assert kept.baseline == 10000 and kept.monthly_growth == 15 and kept.today == TODAY
    # answers in the context do not make a bare sentence Time-bound: the sentence must say it
    assert score_final("Grow our TikTok followers", ctx).criteria.time_bound.status == "missing"
    final = score_final(
        "Grow our TikTok followers from 10,000 to 20,000 by 1 June 2027 to drive "
        "sales on our online store",
        ctx,
    )
    assert final.score == 5


def test_ready_to_share_needs_smt_in_the_final_goal_and_every_assumption_confirmed() -> None:
    smart = score_final("Double our TikTok followers within 6 months", GoalContext(today=TODAY))
    vague = score_final("Grow our audience", GoalContext(today=TODAY))
    assert ready_to_share(smart, 0)
    assert not ready_to_share(smart, 1)
    assert not ready_to_share(vague, 0)
    assert not ready_to_share(None, 0)


def test_history_csv_has_every_row_and_neutralises_formulas() -> None:
    rows = [
        HistoryRow(
            "2026-12-01T10:00:00",
            "Grow our audience",
            "en",
            0,
            "Grow our audience (followers on TikTok) to 20,000 by 1 June 2027.",
            5,
            True,
            "rules",
        ),
        HistoryRow("2026-12-01T10:05:00", '=HYPERLINK("x")', "en", 0, "", None, False, "rules"),
        {
            "when": "2026-12-01T10:06:00",
            "goal": "Tăng doanh số",
            "language": "vi",
            "score_before": 1,
            "final_goal": "Tăng doanh số 20% trước 01/03/2027",
            "score_after": 3,
            "ready": False,
            "engine": "rules",
        },
    ]
    data = history_csv(rows)
    assert data.startswith("\ufeff".encode())
    parsed = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["goal"] for r in parsed] == [
        "Grow our audience",
        '\'=HYPERLINK("x")',
        "Tăng doanh số",
    ]
    assert parsed[0]["ready"] == "yes" and parsed[1]["score_after"] == ""
    assert parsed[2]["final_goal"] == "Tăng doanh số 20% trước 01/03/2027"
