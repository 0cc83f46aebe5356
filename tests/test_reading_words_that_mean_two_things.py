"""Words that mean two things, read by what is around them: pounds raised or lost, CNY the
holiday or the currency, "in 6 years" ahead or since, today's rate or the one to keep."""

from __future__ import annotations

import pytest

from tests.test_reading_typed import TODAY, report, smt


@pytest.mark.parametrize(
    "goal",
    [
        "Raise 2,000 pounds for the church roof fund by Easter",
        "earn an extra 500 pounds a month from tutoring by June 2027",
        "spend under 50 pounds a week on takeaways",
    ],
)
def test_pounds_raised_earned_or_spent_are_money_not_body_weight(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.metric != "body weight"
    asked = " ".join(c.question or "" for _, c in rep.criteria.items())
    assert "body weight" not in asked


@pytest.mark.parametrize("goal", ["lose 10 pounds by March", "gain 5 pounds of muscle by summer"])
def test_pounds_lost_or_gained_stay_body_weight(goal: str) -> None:
    assert report(goal).facts.metric == "body weight"


def test_cny_after_by_is_the_lunar_new_year() -> None:
    rep = report("Want my tuition page hit 2k followers by CNY")
    assert rep.statuses()["time_bound"] == "met"
    assert str(rep.facts.deadline) == "2027-02-06"


def test_cny_after_an_amount_is_the_currency_and_leaves_the_deadline_alone() -> None:
    rep = report("Save 5000 CNY for the trip by June 2027")
    assert str(rep.facts.deadline) == "2027-06-30"


@pytest.mark.parametrize(
    "goal",
    [
        "Take the missus and kids away for a proper holiday, first one in 6 yrs",
        "Have our best quarter in 5 years",
    ],
)
def test_a_first_or_a_record_in_n_years_is_no_deadline(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.deadline is None or rep.facts.deadline.year < TODAY.year + 2
    assert rep.statuses()["time_bound"] != "met"


def test_in_n_months_ahead_is_still_a_deadline() -> None:
    assert (
        str(report("Take the kids away for a holiday in 6 months").facts.deadline) == "2027-05-30"
    )


def test_a_goal_after_a_gripe_about_today_keeps_its_own_bound() -> None:
    goal = (
        "my screen time is like 9 hrs a day its insane. keeping tiktok under 1 hr a day from now on"
    )
    rep = report(goal)
    assert smt(goal) == ("met", "met", "met")
    assert rep.facts.kind == "limit"
    assert rep.facts.deadline is None  # "a day from now on" is no date a day ahead
    # the versions vary the bound to keep, never today's figure
    assert rep.alternatives
    assert all("9 hrs a day" in a.text and "1 hr a day" not in a.text for a in rep.alternatives)


def test_a_request_for_help_without_you_is_no_goal() -> None:
    rep = report("Can help me plan a weekly revision timetable for my Sec 3 E Math kids?")
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None
