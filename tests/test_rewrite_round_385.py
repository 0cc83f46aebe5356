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
