"""Classes read from the goals of the round after ce36098: a rank with where it is held and a
date after a comma, "1 mình" (alone) is no amount."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import Day

TODAY = date(2026, 12, 1)
report, smt, main_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


# --- "Top 3 in my AG at Noosa Tri, Nov 2026": a rank to reach, its date passed ----------------


@pytest.mark.parametrize(
    "goal",
    ["Top 3 in my AG at Noosa Tri, Nov 2026", "Top 5 in the club rankings, October 2026"],
)
def test_a_rank_and_where_with_a_passed_date_is_a_goal_whose_date_passed(goal: str) -> None:
    r = report(goal)
    assert r.facts.kind != "not_a_goal"
    assert smt(goal)[2] == "partial"  # the date passed: asked again, not dropped


def test_a_listed_title_still_is_no_goal() -> None:
    assert report("Top 10 Cozy Bookshop Cafes to Visit This Winter").facts.kind == "not_a_goal"


# --- "chạy 1 mình mệt quá": "1 mình" is alone, no amount ---------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "som som mo rong quy mo team, chay 1 minh met qua r",
        "Cuoi nam sau phai mo rong quy mo trung tam. Ko the cu lam 1 minh mai dc",
    ],
)
def test_one_alone_is_no_amount(goal: str) -> None:
    r = report(goal)
    assert r.facts.target is None
    assert smt(goal)[:2] == ("missing", "missing")  # "quy mô" names nothing to count


def test_one_illustration_is_still_counted() -> None:
    assert report("Vẽ 1 minh họa cho sách trước 20/12").facts.target == 1


# --- "Kindly share one QBR deck template": a request to the tool ------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Kindly share one QBR deck template for enterprise accounts.",
        "Please share 3 sample OKRs for a support team",
    ],
)
def test_asking_the_tool_to_share_something_is_no_goal(goal: str) -> None:
    r = report(goal)
    assert r.facts.kind == "not_a_goal" and r.rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "Share the QBR deck with all 25 enterprise accounts by March 2027",
        "Want to do 10L prepayment on my home loan asap, kindly suggest",
    ],
)
def test_sharing_as_the_goal_or_a_closing_please_stays_a_goal(goal: str) -> None:
    assert report(goal).facts.kind != "not_a_goal"


# --- "I want it to improve": the wish, not a reason -------------------------------------------


def test_what_it_is_wished_to_do_is_the_wish_not_its_reason() -> None:
    r = report(
        "Our Play Store rating is sitting at 3.6 now, I want it to improve to 3.8 by March 2027"
    )
    assert r.facts.target == 3.8
    assert smt("first response time under 2 hrs every business day, need this to hit the SLA") == (
        "met",
        "met",
        "met",
    )


# --- "Had a nightmare ... last season, half the backline was out by February": told ------------


def test_a_season_told_in_the_past_is_no_goal_whatever_its_month() -> None:
    r = report(
        "Had an absolute nightmare with hamstrings last season, half the backline was in the "
        "treatment room by February."
    )
    assert r.facts.kind == "not_a_goal"


def test_a_season_gone_then_a_wish_is_a_goal() -> None:
    assert report("Had 3 injuries last season, want fewer by February").facts.kind != "not_a_goal"


# --- "Abeg the caterer we used ... disappointed us": a word to the reader, then what happened ---


def test_a_gripe_opened_by_a_word_to_the_reader_is_no_goal() -> None:
    r = report(
        "Abeg the caterer we used for the Adeyemi wedding last Saturday disappointed us wella, "
        "jollof finish before 4pm."
    )
    assert r.facts.kind == "not_a_goal" and r.rewrite is None


# --- "the club followers": followers are a channel's, whoever's they are ----------------------


def test_followers_named_by_whose_still_ask_for_the_channel() -> None:
    assert smt("Grow the club followers to 10k by end of next month.")[0] == "partial"
    assert (
        smt("Grow paid digital subscribers for the Gazette from 1,850 to 2,500 by June 30, 2027.")[
            0
        ]
        == "met"
    )


# --- "the new Year 7 scheme": a name's number after a word saying which one -------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Launch the new Year 7 peer mentoring scheme within 6 weeks",
        "Get the new Year 7 practical kits boxed up and labelled by end of Q3 2027",
    ],
)
def test_a_number_in_a_name_after_new_is_no_target(goal: str) -> None:
    assert report(goal).facts.target is None


def test_a_count_after_new_is_still_a_target() -> None:
    assert report("Launch the new 7 stores by June 2027").facts.target == 7


@pytest.mark.parametrize(
    "text",
    [
        "Habari yako! Greetings from Iten, hope you are fine this side.",
        "Gift Aid claims were an absolute nightmare last quarter, honestly.",
    ],
)
def test_a_greeting_or_a_quarter_told_is_no_goal(text: str) -> None:
    r = report(text)
    assert r.facts.kind == "not_a_goal" and r.rewrite is None


def test_an_order_then_a_sigh_stays_a_goal() -> None:
    assert (
        report("Gift the volunteers a thank-you lunch by Christmas, they were amazing").facts.kind
        != "not_a_goal"
    )


# --- "Tap yoga cho do dau lung, ngoi van phong 9 tieng/ngay met qua troi" ---------------------


def test_an_order_said_whole_then_a_sigh_with_figures_is_a_goal() -> None:
    r = report("Tap yoga cho do dau lung, ngoi van phong 9 tieng/ngay met qua troi")
    assert r.facts.kind == "habit" and r.rewrite is not None
    assert r.rewrite.text.index("tap yoga".capitalize()) == 0
    assert r.rewrite.text.rstrip(".").endswith("met qua troi")


def test_a_gripe_with_no_order_first_stays_no_goal() -> None:
    assert (
        report("Khach hang ABC vua bao se khong gia han, met qua troi").facts.kind == "not_a_goal"
    )
