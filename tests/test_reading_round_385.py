"""Classes read from the goals of the round after 0ef39a3: goal-setting asked of the tool, ..."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import Day

TODAY = date(2026, 12, 1)
report, smt, main_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


# --- "help me set a goal for next month": the tool asked to find the goal ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "giúp mình đặt mục tiêu cho tháng tới",
        "help me set a goal for next month",
        "giup minh dat muc tieu cho nam sau",
    ],
)
def test_goal_setting_asked_of_the_tool_is_no_goal(text: str) -> None:
    r = report(text)
    assert r.facts.kind == "not_a_goal" and r.rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "help me set a goal to lose 5kg by June",
        "help me set goals: lose 5kg by June",
        "giúp mình đặt mục tiêu bán 200 đơn tháng tới",
        "Đặt mục tiêu cho tháng tới: bán 200 đơn",
    ],
)
def test_goal_setting_with_the_goal_given_is_that_goal(goal: str) -> None:
    r = report(goal)
    assert r.facts.kind != "not_a_goal" and smt(goal) == ("met", "met", "met")
