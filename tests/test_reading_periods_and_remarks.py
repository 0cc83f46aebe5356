"""Periods that name a measure, remarks told after a goal, ages, what is left, and other
readings of this round's blind suites: each as the person who typed it means it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import A_DATE, Day

# the first of a month: "this month" and "this week" are still ahead
TODAY = date(2026, 12, 1)
report, smt, rewrite_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


def date_at(text: str) -> int:
    m = A_DATE.search(text)
    assert m is not None, text
    return m.start()


# --- a period word that names the measure --------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Push my weekly mileage up from forty km, coach says my base is ready",
        "Increase monthly recurring revenue",
        "up my weekly milage, im at like 15 miles rn",
    ],
)
def test_a_period_before_the_measure_it_counts_is_no_cadence(goal: str) -> None:
    _, measurable, time_bound = smt(goal)
    assert (measurable, time_bound) == ("missing", "missing")
    text = rewrite_text(goal)
    assert "checked every month" not in text
    date_at(text)


@pytest.mark.parametrize(
    "goal",
    [
        "run a weekly ESL conversation circle",
        "keep weekly mileage under 60km",
        "Bring weekly demo requests from the website to 40+",
    ],
)
def test_a_routine_a_bound_or_a_target_keeps_its_period(goal: str) -> None:
    assert smt(goal)[2] == "met"


# --- remarks told after the goal -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "remark"),
    [
        ("walk more, it takes me ages to get going", ", it takes me ages"),
        ("get the mash tun cleaning sorted quicker, takes forever", ", takes forever"),
        ("call my mom more, been slacking since i switched to nights", ", been slacking"),
        (
            "Starting January, family dinners with no phones at the table. The kids are gonna "
            "hate me lol",
            ". The kids are gonna hate me",
        ),
        ("Bỏ thuốc lá hẳn, bắt đầu từ 1/1 năm sau. Vợ nhắc hoài rồi", ". Vợ nhắc hoài rồi"),
    ],
)
def test_what_the_rewrite_adds_goes_before_a_remark_told_after_the_goal(
    goal: str, remark: str
) -> None:
    text = rewrite_text(goal)
    assert remark in text, text
    added = [e.text for e in report(goal).rewrite.edits]  # type: ignore[union-attr]
    assert added and all(text.index(a) < text.index(remark) for a in added), text


@pytest.mark.parametrize(
    ("goal", "bad"),
    [
        ("walk more, it takes me ages to get going", "Walk it takes"),
        ("From January I go to gym again, this time serious", "to 36 gym"),
    ],
)
def test_a_count_or_a_remark_never_lands_inside_the_routine(goal: str, bad: str) -> None:
    assert bad not in rewrite_text(goal)


@pytest.mark.parametrize(
    "goal",
    [
        "My BP was 150/95 at the clinic last week, doctor is worried. I will reduce salt and "
        "walk more",
        "Hien toi nang 68 ky. Bac si bao nen giam bot can",
    ],
)
def test_a_goal_said_in_the_last_sentence_gets_the_date_there(goal: str) -> None:
    text = rewrite_text(goal)
    assert date_at(text) > text.rindex(". ")


def test_a_remark_on_what_it_will_take_gets_nothing_put_into_it() -> None:
    text = rewrite_text("ve VN tham ma som nhat co the, chac phai de danh vai ngan")
    assert "chac phai de danh vai ngan" in text
    assert "%" not in text


def test_goal_is_opening_a_sentence_leaves_the_background_before_it_alone() -> None:
    goal = (
        "Charge nurse asked me to help w triage flow. Goal is get our door-to-triage down to "
        "10 min. its like 22 rn"
    )
    assert smt(goal)[1] == "met"
    text = rewrite_text(goal)
    assert text.startswith("Charge nurse asked me to help w triage flow. Goal is")
    assert A_DATE.search(text) is None or date_at(text) > text.index("Goal is")


def test_an_abbreviation_point_ends_no_sentence() -> None:
    text = rewrite_text("Become top 3 contributer in our team repo by no. of merged PRs")
    assert "by no. of merged PRs" in text
    assert date_at(text) > text.index("merged PRs")


# --- vents, requests and sighs -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "giup em viet caption dang fb quang cao combo mani pedi $35 cuoi tuan nay nha",
        "lost the derby again, gutted",
        "Third no show this week, he never even rang. Sick of it.",
        "Năm nay nước mặn vô sớm, dừa rụng trái non quá trời",
        "vu nay thu dc 18 tan trai tuoi, gia 22k/kg",
        "Sort me out a template for tracking the lads' subs please",
    ],
)
def test_a_request_or_a_vent_is_no_goal(text: str) -> None:
    rep = report(text)
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "Chi tiêu cá nhân mỗi tháng không quá 15 củ, tháng này lố rồi huhu",
        "t mun dc 27d khoi B de vo y, ma chac kho lam",
        "Do my own shoulder rehab exercises 3x a week so I can keep treating patients without pain",
        "Chi tiêu nhà mình không được vượt 15tr, dạo này tiêu hoang quá",
    ],
)
def test_a_goal_sighed_after_or_typed_short_stays_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None
    assert smt(goal)[:2] == ("met", "met")


# --- ages and the birthdays goals are due by -----------------------------------------------------


def test_an_age_is_no_target() -> None:
    rep = report("run a marathon before I turn 40")
    assert rep.facts.target is None
    assert smt("run a marathon before I turn 40")[2] == "met"


def test_the_alternatives_never_change_an_age() -> None:
    rep = report("Mum turns 70 soon. Saving two and a half grand to take her back to Yard for it")
    assert rep.alternatives
    assert all("Mum turns 70" in a.text for a in rep.alternatives)


@pytest.mark.parametrize(
    "goal",
    [
        "Mua căn nhà đầu tiên trước 35 tuổi",
        "be debt free by age 30",
        "co chung chi CPA Viet Nam truoc 30 tuoi",
    ],
)
def test_a_birthday_is_a_deadline_the_user_knows(goal: str) -> None:
    assert smt(goal)[2] == "met"
    assert A_DATE.search(rewrite_text(goal)) is None


@pytest.mark.parametrize(("goal", "target"), [("turn 20 leads into clients", 20.0)])
def test_turn_before_a_counted_thing_is_no_age(goal: str, target: float) -> None:
    assert report(goal).facts.target == target


# --- what is left, and what it is today ----------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "nợ ngân hàng còn 150 củ, trả bớt",
        "no ngan hang con 150 cu, tra bot",
        "NPS is at 31, needs work",
        "churn is 5%, needs work",
        "Rein in the tool spending, blew like two grand on Festool stuff this yr",
    ],
)
def test_today_s_figure_is_no_target(goal: str) -> None:
    assert smt(goal)[1] == "missing"


def test_what_is_left_after_a_move_is_the_target() -> None:
    assert report("giảm nợ còn 100 củ trước tết").facts.target == 100_000_000


def test_a_move_with_no_size_gets_one_before_the_remark_on_the_past() -> None:
    text = rewrite_text("Rein in the tool spending, blew like two grand on Festool stuff this yr")
    assert text.index("%") < text.index(", blew like two grand")


def test_a_share_of_money_put_by_each_period_is_sized_as_a_share() -> None:
    goal = "De danh tien cho tui nho di hoc, thang nao cung bo ong heo 1 it"
    assert smt(goal)[1] == "missing"
    rep = report(goal)
    assert rep.rewrite is not None and "%" in rep.rewrite.text
    assert A_DATE.search(rep.rewrite.text) is None  # the period already says when


@pytest.mark.parametrize(
    "goal",
    ["pay off the $1.2k left on the Visa asap", "Bag the last 6 Munros on ma list by Sept 2027"],
)
def test_what_is_left_is_not_asked_again(goal: str) -> None:
    asked = report(goal).criteria.attainable.question or ""
    assert "stand today" not in asked
    assert "each month" in asked


def test_the_rest_of_a_budget_is_no_amount_left_to_clear() -> None:
    asked = report("moi thang chi tieu ko qua 5tr, con lai bo het vao so tk")
    assert "giai quyet" not in (asked.criteria.attainable.question or "")


def test_money_raised_for_a_trip_says_what_it_is_for() -> None:
    rep = report("Raise $4.8k for the Guatemala mission trip by Feb 28")
    assert rep.statuses()["relevant"] == "met"
    assert rep.criteria.relevant.question is None


# --- deadlines ------------------------------------------------------------------------------------


def test_a_past_holiday_deadline_is_replaced_after_its_own_cue() -> None:
    text = rewrite_text("Have the new squeeze chute put in by Labor Day 2026")
    assert "put in by " in text
    assert "Labor Day 2026" not in text


def test_a_building_s_conversion_is_no_count_of_conversions() -> None:
    goal = "Have the loft conversion finished by September 2026 — the builders have other ideas."
    text = rewrite_text(goal)
    assert "%" not in text
    assert "finished by " in text


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("Close out the year at 40 on the renewals dashboard", date(2026, 12, 31)),
        ("finish the year with 100 clients", date(2026, 12, 31)),
    ],
)
def test_closing_out_the_year_is_its_end(goal: str, due: date) -> None:
    rep = report(goal)
    assert rep.facts.deadline == due
    assert rep.facts.target is not None


def test_the_year_of_a_school_group_is_no_year_end() -> None:
    assert report("finish the Year 5 and Year 6 provision maps").facts.deadline is None


@pytest.mark.parametrize(
    "goal",
    ["Get the van loan cleared sharpish, 6k left on it", "Lose a stone before too long."],
)
def test_a_vague_when_gives_way_to_the_date(goal: str) -> None:
    text = rewrite_text(goal)
    assert "sharpish" not in text and "before too long" not in text
    date_at(text)


def test_a_start_said_with_the_step_it_starts_is_a_start() -> None:
    goal = "Get Gas Safe registered, starting the course in January"
    assert smt(goal)[2] == "missing"
    text = rewrite_text(goal)
    assert "course" not in text.replace("starting the course in January", "")
    assert date_at(text) < text.index("starting the course")


@pytest.mark.parametrize(
    "goal",
    [
        "hoc tieng anh 30p, bat dau tu thang 1 de noi chuyen voi khach tay",
        "walk 30 min, starting in january",
    ],
)
def test_a_session_with_its_start_after_gets_how_often_not_a_deadline(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None and A_DATE.search(rep.rewrite.text) is None


# --- alternatives --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "fixed"),
    [
        ("Sell them 2 old bulls asap and get a registered Angus bull", "them 2 old bulls"),
        ("Get the north 300 acres cross fenced into 4 paddocks before March", "north 300 acres"),
    ],
)
def test_a_set_pointed_at_keeps_its_size_in_every_version(goal: str, fixed: str) -> None:
    assert all(fixed in a.text for a in report(goal).alternatives)


def test_more_staff_wanted_still_gets_easier_and_harder_versions() -> None:
    assert len(report("tuyen them 2 dau bep truoc tet").alternatives) == 2


# --- verbs ---------------------------------------------------------------------------------------


def test_raise_moves_what_follows_it() -> None:
    goal = "Raise rent on units 2 and 4 asap, they're way under market"
    assert smt(goal)[1] == "missing"
    assert "%" in rewrite_text(goal)


@pytest.mark.parametrize(
    "goal",
    [
        "Tender for the Housing Executive maintenance contract next year",
        "bid for the council cleaning contract by march",
    ],
)
def test_a_bid_for_a_contract_is_a_milestone(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "milestone"
    assert rep.statuses()["specific"] == "met"
