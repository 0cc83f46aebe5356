"""Goals with an aside: a bound said with who asked for it, an intention after a past remark, a
remark in a sentence of its own, and a headline whose number is spelled."""

from __future__ import annotations

import pytest

from tests.test_reading_typed import report, smt


@pytest.mark.parametrize(
    "goal",
    [
        "HbA1c của mình xuống dưới 6.5% trong 3 tháng tới, bs dặn rồi",
        "Cholesterol xuống dưới 200 trong 2 tháng tới, bác sĩ nói rồi",
    ],
)
def test_a_bound_by_a_date_ahead_with_who_asked_for_it_after_is_a_goal(goal: str) -> None:
    rep = report(goal)
    assert smt(goal) == ("met", "met", "met")
    assert rep.rewrite is not None and rep.rewrite.text.startswith(goal.split(",")[0])


def test_an_intention_after_a_remark_on_the_year_gone_is_a_goal() -> None:
    goal = (
        "The roses did rather poorly this year, I suspect the clay. This winter I mean to dig "
        "in twelve barrowloads of well-rotted manure before the end of February."
    )
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert smt(goal) == ("met", "met", "met")
    assert rep.facts.target == 12


def test_a_remark_in_a_sentence_of_its_own_lends_the_goal_no_words() -> None:
    rep = report(
        "I should like to be rather more present for the grandchildren. "
        "They do grow up terribly fast."
    )
    assert rep.rewrite is not None
    goal, remark = rep.rewrite.text.split(". ", 1)
    assert "rather more present for the grandchildren" in goal  # "more" kept where it was
    assert remark == "They do grow up terribly fast."  # nothing added to the remark
    assert rep.facts.metric is None or "terribly" not in rep.facts.metric


def test_a_confidence_said_after_the_goal_is_no_remark_kept() -> None:
    rep = report("Get to 150 paying customers by Q3 2027. confidence 7/10")
    assert rep.rewrite is not None and "7/10" not in rep.rewrite.text
    assert rep.facts.confidence == pytest.approx(0.7)


@pytest.mark.parametrize(
    "title",
    [
        "Ten Vegetables to Sow on Your Allotment This Winter",
        "Five Habits of Highly Effective Team Leads",
    ],
)
def test_a_headline_with_its_number_spelled_is_no_goal(title: str) -> None:
    rep = report(title)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_a_goal_opening_with_a_spelled_number_in_lower_case_stays_a_goal() -> None:
    assert smt("Ten new clients by March") == ("met", "met", "met")
