"""Classes read from the goals of the round after 45cea5a: money a day in a move, a day and month
with "this year", a deed going on from a day ahead, complaints opened by a sound, a request to word
the goal said after it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import Day

TODAY = date(2026, 12, 1)
report, smt, main_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


# --- "from US$70 to US$100 a day": money each day, moved from one amount to another --------------


@pytest.mark.parametrize(
    "goal",
    [
        "Lift average takings per bus from US$60 to US$90 a day by end of June 2027",
        "Grow tips from $40 to $65 a night by March 2027",
        "Raise stall takings from £40 to £60 a day before Easter 2027",
    ],
)
def test_money_each_day_moved_to_an_amount_is_measured(goal: str) -> None:
    r = report(goal)
    assert smt(goal) == ("met", "met", "met")
    assert r.facts.frequency is None and r.facts.baseline is not None
    assert r.rewrite is not None and r.rewrite.text.count(" to ") == 1  # no second "to $84"


def test_money_earned_each_day_is_an_amount_not_a_cadence() -> None:
    r = report("Earn $150 a day from deliveries by May 2027")
    assert r.facts.target == 150 and r.facts.frequency is None


# --- "Lương giờ 35tr/tháng rồi. Mục tiêu ...": a rate said as today's ----------------------------


def test_a_rate_said_already_so_is_no_target() -> None:
    r = report("Thu nhap gio 18tr/thang roi. Muc tieu de danh du 150tr de mua xe")
    assert r.facts.target == 150_000_000


# --- "by Oct 15 this year", "(31 May)": a day and month, with its year or in brackets ------------


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("Finish the roof repairs by Oct 20 this year", date(2026, 10, 20)),
        ("Submit the grant by 12 March next year", date(2027, 3, 12)),
        ("Pay off the tractor loan by the 3rd of February next year", date(2027, 2, 3)),
    ],
)
def test_a_day_and_month_with_this_or_next_year_keeps_that_year(goal: str, due: date) -> None:
    assert report(goal).facts.deadline == due


def test_a_day_this_year_already_gone_is_a_passed_deadline() -> None:
    r = report("Finish the roof repairs by Oct 20 this year")
    assert r.criteria.time_bound.status == "partial"


def test_a_month_this_year_after_another_number_is_still_the_month() -> None:
    assert report("Get the shed up on lot 12 before November this year").facts.deadline == date(
        2026, 10, 31
    )


def test_a_day_in_brackets_after_the_season_dates_it() -> None:
    goal = "Lift lambing percentage from 120 to 135 by end of the season (31 May)"
    r = report(goal)
    assert r.facts.deadline == date(2027, 5, 31)
    assert r.rewrite is not None and r.rewrite.text.count("2027") == 0  # no second deadline


# --- "Cutting back on X from next Monday, ...": a deed going on, from a day ahead ----------------


def test_a_deed_going_on_from_a_day_ahead_is_a_goal_before_its_remark() -> None:
    r = report("Cutting down on the takeaways from next Monday, the wife was on at me again")
    assert r.facts.kind != "not_a_goal" and r.rewrite is not None
    assert r.rewrite.text.startswith("Cutting down on the takeaways from next Monday")


def test_starting_a_day_is_no_deed_going_on() -> None:
    text = main_text("starting february sort out all dad's papers, pension, insurance etc")
    assert "papers, pension, insurance etc" in text


# --- "Wah why ...": a complaint asked, a sound typed first ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wah why my staff all so slow one this week, tell them also never listen",
        "aiyo why the supplier always late one",
        "Why my kids all so noisy one, tell them also never stop",
    ],
)
def test_a_complaint_asked_why_is_no_goal(text: str) -> None:
    r = report(text)
    assert r.facts.kind == "not_a_goal" and r.rewrite is None


# --- "... below 5% hehe. Pls help me make it sound nicer": the goal, then a request ------------


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Keep staff turnover below 8% this year lol. Pls help me make it sound nicer for my boss",
            "Keep staff turnover below 8% this year",
        ),
        ("Reach 1,500 newsletter subscribers by May. Help me rewrite this", "by May."),
    ],
)
def test_a_request_to_word_the_goal_after_it_leaves_the_goal(goal: str, kept: str) -> None:
    r = report(goal)
    assert r.facts.kind != "not_a_goal" and r.rewrite is not None
    assert kept in r.rewrite.text
    assert "help me" not in r.rewrite.text.lower() and "rewrite this" not in r.rewrite.text


def test_a_request_said_alone_is_still_no_goal() -> None:
    assert report("help me rewrite this goal so it sounds nicer").rewrite is None


# --- "không quá năm phần trăm", "làm hết nửa cuốn": amounts said in words ----------------------


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("Giữ tỉ lệ hàng lỗi không quá bốn phần trăm", 4.0),
        ("giam ty le don huy xuong ba phan tram truoc Tet", 3.0),
    ],
)
def test_a_number_word_before_percent_is_the_share(goal: str, target: float) -> None:
    r = report(goal)
    assert r.facts.target == target and r.facts.unit == "%"
    assert r.criteria.measurable.status == "met" and "phần trăm" not in (r.facts.metric or "")


@pytest.mark.parametrize(
    "goal",
    ["hoc xong nua cuon giao trinh Minna truoc 20/12", "đọc hết nửa cuốn giáo trình trước 20/12"],
)
def test_half_of_one_book_is_an_amount_to_reach(goal: str) -> None:
    r = report(goal)
    assert r.facts.target == 50 and r.criteria.measurable.status == "met"


def test_more_typed_with_its_marks_is_no_half() -> None:
    assert report("đọc hết nữa cuốn sách này trước 20/12").facts.target != 50


# --- "in the near future", "trong thời gian không xa": a loose period ---------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Grow catering turnover by 10k in the near future",
        "tro thanh quan ly chi nhanh trong thoi gian ko xa",
        "Trở thành trưởng nhóm trong thời gian không xa",
    ],
)
def test_the_near_future_is_a_loose_period(goal: str) -> None:
    assert report(goal).criteria.time_bound.status == "partial"


# --- "Now I make 15k a day, I want more: 18k": the number after "more:" is the goal's -----------


def test_the_amount_after_more_colon_is_the_target() -> None:
    r = report("Right now we sell like 30 cakes a day after the school run, we want more: 40")
    assert r.facts.target == 40


# --- "..., 8/10 sure I can": how sure, said after the goal, is no wish of its own -------------


def test_a_period_before_how_sure_is_the_goals_own() -> None:
    r = report("Be a kinder boss this year, 7/10 sure I can")
    assert r.facts.deadline == date(2026, 12, 31)
    assert r.rewrite is not None and "2027" not in r.rewrite.text


# --- "Get the club's vibe back": a vague quality had, whose it is said between -----------------


def test_a_vague_quality_had_with_its_owner_named_is_not_specific() -> None:
    r = report("Get the club's vibe back after the relegation")
    assert r.criteria.specific.status == "missing"


def test_sure_it_can_be_done_is_no_score_wished() -> None:
    r = report("nam sau phai ban nhieu hon nua, tu tin 7/10 la dc")
    assert r.facts.target is None and r.facts.confidence is not None


@pytest.mark.parametrize(
    "goal",
    [
        "take our food truck to the next level this year",
        "đưa tiệm bánh lên tầm cao mới trong năm 2027",
    ],
)
def test_a_thing_taken_to_the_next_level_names_nothing_to_count(goal: str) -> None:
    r = report(goal)
    assert r.criteria.specific.status == "missing"
    assert r.criteria.specific.question is not None


def test_a_rank_wished_soon_is_a_goal_not_a_title() -> None:
    r = report("Top 3 netball club in the county, soon as poss 🤞")
    assert r.facts.kind != "not_a_goal" and r.rewrite is not None
    assert "poss" not in r.rewrite.text


def test_striving_to_get_an_amount_is_a_goal() -> None:
    r = report("Co gang de dc 30 cu, som som con mua xe cho vo")
    assert r.facts.kind != "not_a_goal" and r.facts.target == 30_000_000
