"""Rewrites from the goals of the round after 0ef39a3: routines taken up for a reason gain a
cadence, not a percent."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import Day

TODAY = date(2026, 12, 1)
report, smt, main_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


@pytest.mark.parametrize(
    ("goal", "cadence"),
    [
        (
            "Bắt đầu từ thứ Hai tuần sau em sẽ tập thể dục để giảm cân, lần này quyết tâm thật.",
            "tập thể dục 3 buổi mỗi tuần để giảm cân",
        ),
        ("Bắt đầu từ thứ Hai tới tui sẽ đi bộ cho giảm cân", "đi bộ 3 buổi mỗi tuần cho giảm cân"),
        ("chịu khó đi bộ để giảm cân", "đi bộ 3 buổi mỗi tuần để giảm cân"),
        (
            "chiu kho di bo cho giam can, sau 2 lan sinh em beo qua 😅",
            "di bo 3 buoi moi tuan cho giam can",
        ),
    ],
)
def test_a_routine_taken_up_for_a_reason_gains_a_cadence(goal: str, cadence: str) -> None:
    text = main_text(goal)
    assert cadence in text and "%" not in text


def test_a_remark_ending_on_qua_holds_no_target() -> None:
    r = report("chiu kho di bo cho giam can, sau 2 lan sinh em beo qua 😅")
    assert r.facts.target is None


def test_a_share_of_things_left_undone_is_a_measure() -> None:
    goal = "Keep unfilled volunteer shifts under 5% every month through 2027"
    assert smt(goal) == ("met", "met", "met")


def test_a_routines_reason_is_no_deed_done_once() -> None:
    r = report("stretch more so my knees stop hurting")
    assert r.criteria.specific.status == "met" and r.facts.kind == "habit"
    assert "3 times a week" in main_text("stretch more so my knees stop hurting")


# --- a remark's cadence is the remark's ------------------------------------------------------------


def test_how_often_a_remark_says_prices_rise_is_no_cadence() -> None:
    goal = "Keep fuel cost under control, CNG price going up every month bhai"
    text = main_text(goal)
    assert text.startswith("Keep fuel cost under control, at least 5% below today's level, checked")
    assert text.rstrip(".").endswith("bhai")


def test_a_cadence_after_a_remark_clause_is_still_the_goals() -> None:
    goal = (
        "I'd like to walk the loop around Miller Park, it's about two miles, five mornings a week"
        " so I can keep up with my grandchildren when they visit."
    )
    assert report(goal).criteria.time_bound.status == "met"


def test_a_saving_gains_its_date_before_the_remarks() -> None:
    goal = (
        "Need to save 2.5L for daughter's engineering admission. She is in 11th std now."
        " Fees are going up every year only."
    )
    r = report(goal)
    assert r.criteria.time_bound.status == "missing"
    assert r.rewrite is not None and "admission by " in r.rewrite.text
