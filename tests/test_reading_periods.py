"""Periods gone, periods that recur and limits for each item, as users type them."""

from __future__ import annotations

from datetime import date

import pytest
from rules_helpers import report, smt

from rewriter.text.normalize import fold

DEC_1 = date(2026, 12, 1)  # November is the month just gone


@pytest.mark.parametrize(
    "goal",
    [
        "Get open day bookings up - last November's open day only pulled 210",
        "grow repeat bookings, last March we only had 40",
    ],
)
def test_a_month_named_as_last_dates_a_fact_not_the_goal(goal: str) -> None:
    rep = report(goal)
    # the month gone is no deadline and its figure no target
    assert rep.facts.deadline is None
    assert rep.facts.target is None
    assert smt(goal)[1:] == ("missing", "missing")


def test_a_past_month_remark_keeps_its_figure_when_lines_are_named_by_number() -> None:
    goal = "Giảm tăng ca cho chuyền 1 với chuyền 6, tháng trước anh em làm tới 60 tiếng"
    rep = report(goal)
    assert rep.facts.target is None
    assert rep.criteria.measurable.status == "missing"
    assert rep.rewrite is not None
    # the change never sits right after a line's number, where "6 20%" reads as one figure
    assert "chuyền 6 20%" not in rep.rewrite.text
    assert rep.rewrite.text.endswith("tháng trước anh em làm tới 60 tiếng.")


@pytest.mark.parametrize(
    ("goal", "time_bound"),
    [
        ("max 2 coffees a shift and nothing after 3am", "met"),
        ("close 10 tickets a shift", "met"),
        ("work a shift at the food bank", "missing"),
    ],
)
def test_a_count_a_shift_recurs_each_shift(goal: str, time_bound: str) -> None:
    assert smt(goal)[2] == time_bound


def test_each_production_line_typed_with_its_marks_is_no_recurring_period() -> None:
    # "mỗi chuyền" is each line; folded it reads like "mỗi chuyến", each trip
    assert smt("Sản lượng mỗi chuyền phải đạt 1.200 áo")[2] == "missing"
    assert smt("Ghi nhật ký ăn uống sau mỗi bữa ăn vào app")[2] == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "Respond to every review on Booking.com within 24h",
        "Phản hồi 100% review trên Booking.com và Google Maps trong vòng 24h",
    ],
)
def test_a_limit_for_each_item_holds_when_a_site_with_a_dot_is_named(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None and rep.rewrite.text == goal + "."


def test_a_day_named_after_within_is_the_day_not_a_limit() -> None:
    rep = report("Sự kiện khai trương chi nhánh mới thu hút ít nhất 1.000 khách trong ngày 12/12")
    assert rep.criteria.time_bound.status == "met"
    assert str(rep.facts.deadline) == "2026-12-12"


@pytest.mark.parametrize(
    "goal", ["put some of every paycheck into savings", "Để ra một phần lương mỗi tháng"]
)
def test_a_share_of_each_pay_with_no_size_is_not_measurable_and_gains_a_percent(
    goal: str,
) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status == "missing"
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None and "10%" in rep.rewrite.text
    # the period says when; no date is added, and the versions step the percent
    assert rep.facts.deadline is None and rep.rewrite.text.count("202") == 0
    main = rep.rewrite.text
    assert [a.text for a in rep.alternatives] == [
        main.replace("10%", "5%"),
        main.replace("10%", "15%"),
    ]


def test_every_commission_check_recurs() -> None:
    assert smt("Put 20% of every commission check into a separate tax account")[2] == "met"


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("tháng trước bán được 40 cái, tháng này phải 60 cái", 60.0),
        ("nam ngoai tuyen duoc 40 nguoi, nam nay tuyen 60", 60.0),
        (
            "Last quarter we closed $1.1M in new business. This quarter I want at least $1.3M.",
            1.3e6,
        ),
    ],
)
def test_what_a_period_gone_came_to_is_the_figure_to_beat(goal: str, target: float) -> None:
    rep = report(goal)
    assert rep.facts.target == target
    # the versions step the goal's amount, never the figure told of the past
    told = goal.split(",")[0].split(".")[0].lower()
    assert rep.alternatives and all(told in alt.text.lower() for alt in rep.alternatives)


def test_a_figure_pointed_back_at_is_the_bar_the_goal_sets() -> None:
    rep = report("nam ngoai minh place dc 62 nguoi, nam nay muon vuot con so do")
    assert rep.facts.target == 62.0 and rep.criteria.measurable.status == "met"


def test_a_month_just_gone_with_what_it_came_to_is_not_next_year_s() -> None:
    rep = report("thang 10 chot dc co 1 can, thang nay phai hon", today=DEC_1)
    assert str(rep.facts.deadline) == "2026-12-31"
    assert rep.facts.target is None


def test_a_month_just_gone_told_in_the_past_tense_is_no_deadline() -> None:
    rep = report(
        "dock to stock was averaging 9 hrs in nov, need to bring that down asap", today=DEC_1
    )
    assert rep.rewrite is not None
    # today's figure steps to an amount, said before the date that replaces "asap"
    assert "bring that down to 7 hrs by " in rep.rewrite.text
    assert rep.criteria.time_bound.status == "missing"  # "in nov" is gone, "asap" no date


def test_what_a_month_gone_came_to_told_after_it_is_the_figure_to_beat() -> None:
    rep = report("we sold 40 boxes in november, want 60 by march", today=DEC_1)
    assert rep.facts.target == 60.0
    assert all("sold 40 boxes" in a.text for a in rep.alternatives)
    # a month ahead stays ahead whatever tense comes before it
    ahead = report("get my RVN qualification finished by next september", today=DEC_1)
    assert ahead.facts.deadline is not None


@pytest.mark.parametrize(
    ("goal", "stepped"),
    [
        ("hien tai tam 30 khach tay 1 thang, nam sau muon nhieu hon", "36 khach tay 1 thang"),
        ("gio ban tam 150 suat 1 ngay, muon ban nhieu hon", "180 suat 1 ngay"),
    ],
)
def test_an_amount_then_one_period_is_a_rate_the_wish_steps(goal: str, stepped: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and stepped in rep.rewrite.text


def test_one_period_after_a_cue_or_before_a_year_stays_a_duration_or_a_name() -> None:
    rep = report("Giảm thời gian làm bảng lương hàng tháng từ 3 ngày xuống 1 ngày")
    assert rep.facts.target == 1.0
    q1 = report("giu cpc google ads duoi 5k trong quy 1 nam 2027")
    assert q1.criteria.time_bound.status == "met" and q1.facts.deadline is not None


def test_sometime_soon_is_replaced_whole() -> None:
    rep = report("Get 1M views on our YouTube channel sometime soon")
    assert rep.rewrite is not None and "sometime" not in rep.rewrite.text


def test_days_of_the_week_listed_are_a_weekly_cadence() -> None:
    goal = "Starting Jan 4 I'm lifting with the kids at 6am Mon/Wed/Fri"
    assert smt(goal) == ("met", "met", "met")


def test_a_vietnamese_number_word_before_a_unit_is_the_amount() -> None:
    rep = report("Giảm bốn cân trong ba tháng tới để đủ sức khỏe vừa chăm con vừa đi dạy")
    assert rep.facts.target == 4.0 and rep.criteria.measurable.status == "met"


def test_a_release_of_a_platform_named_by_its_number_is_no_target() -> None:
    rep = report("Migrate ledger-svc to k8s 1.29 by Oct 2026")
    assert rep.facts.target is None and rep.criteria.measurable.status == "partial"


def test_a_count_told_of_a_month_gone_with_only_is_no_target() -> None:
    rep = report("do team huddles more regularly, we only did like 4 in november", today=DEC_1)
    assert smt("do team huddles more regularly, we only did like 4 in november", today=DEC_1)[
        1:
    ] == (
        "missing",
        "missing",
    )
    assert rep.rewrite is not None and rep.rewrite.text.endswith("we only did like 4 in november.")


@pytest.mark.parametrize(
    "goal", ["can nang thang roi 92kg, muon giam", "vu roi duoc 7 tan/ha, vu nay muon hon"]
)
def test_a_figure_of_a_period_just_gone_is_no_target(goal: str) -> None:
    rep = report(goal, today=DEC_1)
    assert rep.facts.target is None and rep.criteria.measurable.status == "missing"


def test_a_race_on_a_day_gone_with_a_time_to_beat_is_a_goal_past_due() -> None:
    goal = "Thanksgiving 5K on Nov 26 2026 in under 25 min"
    rep = report(goal, today=DEC_1)
    assert rep.facts.kind != "not_a_goal"
    # the typed date says which Thanksgiving: the one just gone, so the date is past
    assert smt(goal, today=DEC_1) == ("met", "met", "partial")
    # the race is named by its distance: the versions move the time, never the race
    assert rep.alternatives and all("5K" in a.text for a in rep.alternatives)


def test_5k_on_a_platform_is_a_count_not_a_run() -> None:
    rep = report("grow to 5k on instagram by june")
    assert rep.facts.metric != "running distance"


@pytest.mark.parametrize(
    "goal",
    [
        "xe vao thay dau, thay bugi thi ko de khach cho qua 30p",
        "không để khách chờ quá 15 phút",
        "walk-in clients wait no more than 15 min on any Saturday",
    ],
)
def test_a_wait_each_customer_keeps_under_is_a_limit_for_each_one(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None and "202" not in rep.rewrite.text  # no end date added


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("Improve driver retention starting Jan.", "by 1 April 2027, starting Jan."),
        ("roll out invisalign consults starting feb", "by 1 May 2027, starting feb."),
    ],
)
def test_a_month_abbreviated_after_starting_is_the_start(goal: str, said: str) -> None:
    rep = report(goal, today=date(2026, 12, 1))
    assert rep.rewrite is not None and rep.rewrite.text.endswith(said)


def test_a_name_like_a_month_abbreviation_is_no_month() -> None:
    assert report("jan said hi to the team").facts.deadline is None


@pytest.mark.parametrize(
    "goal", ["Ron - lose 15 lbs - 2 months", "lose 15 lbs (2 months)", "giam 5kg, 2 thang"]
)
def test_a_span_typed_as_a_note_s_last_item_is_its_deadline(goal: str) -> None:
    rep = report(goal, today=date(2026, 12, 1))
    assert rep.facts.deadline == date(2027, 2, 1)
    assert rep.criteria.time_bound.status == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "Mục tiêu là 60% học sinh đạt khá giỏi ở kỳ thi vào lớp 10 sắp tới.",
        "Train two staff members on SAM.gov registration prior to the spring grant cycle.",
        "Get 40 volunteers trained prior to the audit",
        "mùa tới bán được giá 70k/kg trở lên",
        "mua toi ban dc gia 70k/kg tro len",
    ],
)
def test_the_next_event_or_season_bounds_the_goal_without_a_date(goal: str) -> None:
    # the user knows when the exam, the audit or the season comes: no date is made up
    rep = report(goal, today=date(2026, 12, 1))
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text


def test_buying_later_is_no_season() -> None:
    # "mua" with no grave accent is "buy": "mua sau" is "buy later", not "next season"
    rep = report("Mình sẽ mua sau 2 cái máy lọc nước cho văn phòng", today=date(2026, 12, 1))
    assert rep.criteria.time_bound.status == "missing"


@pytest.mark.parametrize(
    "goal",
    [
        "Deicing refresher training. Start next Mon.",
        "Safety refresher for all crews - start next Monday",
    ],
)
def test_a_sentence_that_only_says_when_to_start_sets_no_deadline(goal: str) -> None:
    rep = report(goal, today=date(2026, 12, 1))
    assert rep.facts.deadline is None
    assert rep.criteria.time_bound.status == "missing"


@pytest.mark.parametrize(
    ("goal", "target", "deadline"),
    [
        ("tháng này được 50 đơn, tháng sau phải 80 đơn", 80, date(2027, 1, 31)),
        ("nam nay dc 18 tan, nam sau phai len 25 tan", 25, date(2027, 12, 31)),
    ],
)
def test_this_period_s_figure_reached_then_the_next_one_s_wished(
    goal: str, target: float, deadline: date
) -> None:
    # the period said with the figure reached is when it was taken; the wish's is the deadline
    rep = report(goal, today=date(2026, 12, 1))
    assert rep.facts.target == target and rep.facts.deadline == deadline
    attainable = rep.criteria.attainable.question or ""
    assert "hien tai" not in fold(attainable) and "hien dang" not in fold(attainable)


@pytest.mark.parametrize(
    "goal", ["Deicing refresher training. Start next Mon.", "Cả nhà đi Đà Lạt dịp lễ 30/4"]
)
def test_a_thing_to_get_done_with_no_measure_is_not_asked_for_a_monthly_trend(goal: str) -> None:
    question = fold(report(goal, today=date(2026, 12, 1)).criteria.attainable.question or "")
    assert question and "per month" not in question and "moi thang" not in question


def test_a_past_month_said_as_by_end_month_is_a_deadline_gone_not_a_fact() -> None:
    # "by end Oct 2026" is the end of October, said as a deadline: a goal whose date has passed
    rep = report("Scaffold strike + facade sign-off by end Oct 2026.", today=date(2026, 12, 1))
    assert rep.facts.kind != "not_a_goal"
    assert rep.criteria.time_bound.status == "partial"
    # the rewrite puts a new date in place of the whole "end Oct 2026", not after "end"
    assert rep.rewrite is not None and "end 1 March" not in rep.rewrite.text


def test_an_events_day_in_brackets_after_its_name_is_the_deadline() -> None:
    goal = "Có 200 phụ huynh đăng ký dự open day mùa xuân (7/3) để chốt ít nhất 50 suất ghi danh"
    rep = report(goal, today=date(2026, 12, 1))
    assert rep.facts.deadline == date(2027, 3, 7)
    # no second date added before the one the user gave
    assert rep.rewrite is not None and rep.rewrite.text == goal + "."
