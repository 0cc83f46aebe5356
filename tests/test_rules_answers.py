"""The user's answers (what to count, the target, the current value, the pace, the horizon and
the objective) close the loop: answered criteria turn met, and the rewrite says the answers."""

from __future__ import annotations

from datetime import date

import pytest

from rewriter import GoalContext, analyze

TODAY = date(2026, 12, 1)


def _ctx(**values: object) -> GoalContext:
    return GoalContext(today=TODAY, **values)  # type: ignore[arg-type]


FULL_EN = dict(
    metric="followers",
    platform="TikTok",
    target=20000,
    baseline=10000,
    monthly_growth=15,
    horizon="6 months",
    objective="drive sales on our online store",
)
FULL_VI = dict(
    metric="số người theo dõi",
    platform="TikTok",
    target=20000,
    baseline=10000,
    monthly_growth=15,
    horizon="6 tháng",
    objective="tăng doanh số",
)


@pytest.mark.parametrize(
    ("goal", "answers"),
    [
        ("Grow our audience", FULL_EN),
        ("Tăng quy mô khán giả", FULL_VI),
        ("Tang quy mo khan gia", {**FULL_VI, "metric": "so nguoi theo doi", "horizon": "6 thang"}),
    ],
)
def test_every_question_answered_meets_all_five(goal: str, answers: dict) -> None:
    before = analyze(goal, _ctx())
    assert before.score <= 1
    report = analyze(goal, _ctx(**answers))
    assert report.statuses() == dict.fromkeys(report.statuses(), "met")
    assert report.rewrite is not None
    assert report.rewrite.assumptions == []  # nothing left to confirm: every value was given
    assert not any(e.assumed for e in report.rewrite.edits)
    assert "20" in report.rewrite.text and "TikTok" in report.rewrite.text
    # the rewrite, read on its own with the history, is the final goal: five of five
    final = analyze(report.rewrite.text, _ctx(baseline=10000, monthly_growth=15))
    assert final.score == 5


def test_a_target_answer_makes_measurable_met_and_is_not_an_assumption() -> None:
    without = analyze("Grow our TikTok followers", _ctx())
    assert without.criteria.measurable.status == "missing"
    report = analyze("Grow our TikTok followers", _ctx(target=20000))
    assert report.criteria.measurable.status == "met"
    assert "20,000" in report.criteria.measurable.feedback
    assert report.facts.target == 20000
    assert "20,000" in report.rewrite.text  # type: ignore[union-attr]
    assert not any("suggestion" in a and "Target" in a for a in report.rewrite.assumptions)  # type: ignore[union-attr]


def test_target_and_current_value_let_attainable_be_judged() -> None:
    unknown = analyze(
        "Grow our TikTok followers", _ctx(baseline=10000, monthly_growth=5, horizon="6 months")
    )
    assert unknown.criteria.attainable.status == "unknown"
    near = analyze(
        "Grow our TikTok followers",
        _ctx(target=13000, baseline=10000, monthly_growth=5, horizon="6 months"),
    )
    assert near.criteria.attainable.status == "met"
    far = analyze(
        "Grow our TikTok followers",
        _ctx(target=100000, baseline=10000, monthly_growth=5, horizon="6 months"),
    )
    assert far.criteria.attainable.status in ("missing", "partial")


def test_a_what_answer_for_a_channel_metric_still_needs_the_channel() -> None:
    report = analyze("Grow our audience", _ctx(metric="followers"))
    assert report.criteria.specific.status == "partial"
    assert report.criteria.specific.question
    with_channel = analyze("Grow our audience", _ctx(metric="followers", platform="YouTube"))
    assert with_channel.criteria.specific.status == "met"
    assert "YouTube" in with_channel.rewrite.text  # type: ignore[union-attr]


def test_the_goals_own_number_wins_over_the_answer() -> None:
    report = analyze("Double our TikTok followers within 6 months", _ctx(target=5))
    assert report.criteria.measurable.status == "met"
    assert "Double" in report.rewrite.text  # type: ignore[union-attr]


def test_a_blank_what_answer_changes_nothing() -> None:
    plain = analyze("Grow our audience", _ctx())
    blank = analyze("Grow our audience", _ctx(metric="  "))
    assert blank.statuses() == plain.statuses()
    assert blank.rewrite == plain.rewrite
