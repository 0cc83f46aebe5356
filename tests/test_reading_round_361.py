"""Classes read from the goals of the round after d6ea381: money slang, labels before a measure,
money earned, seasons that name a program, shares of a field, ages, a job left."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import Day

TODAY = date(2026, 12, 1)
report, smt, main_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


# --- "500 củ": a million after a number, not before the roots it counts -------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Đẩy mạnh bán combo phòng, mục tiêu doanh thu 500 củ trước Tết.",
        "nam sau de danh 500 cu cuoi vo",
    ],
)
def test_cu_after_a_number_is_a_million_dong(goal: str) -> None:
    r = report(goal)
    assert r.facts.target == 500_000_000 and r.facts.unit == "VND"
    assert r.criteria.measurable.status == "met"


def test_cu_before_a_root_counts_roots() -> None:
    r = report("Trồng 500 củ gừng trước tháng 3")
    assert r.facts.target == 500 and r.facts.unit != "VND"


def test_cu_after_a_models_name_is_used_not_a_million() -> None:
    assert report("Bán hết 20 máy iPhone 15 cũ trước Tết").facts.unit != "VND"
    assert report("ban 20 may iPhone 15 cu truoc Tet").facts.unit != "VND"


def test_the_rewrite_keeps_the_users_slang_for_a_million() -> None:
    r = report("Tiết kiệm 200 củ trước Tết")
    assert r.rewrite is not None and "200 củ" in r.rewrite.text
    assert all("củ" in a.text and "triệu" not in a.text for a in r.alternatives)


# --- a label before a measure is no object -----------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Mục tiêu doanh thu quý 1 là 2 tỷ.",
        "muc tieu doanh thu quy 1 la 2 ty",
        "Mục tiêu doanh thu 500 triệu trước Tết.",
    ],
)
def test_a_goal_label_before_a_measure_leaves_the_measure_specific(goal: str) -> None:
    assert smt(goal) == ("met", "met", "met")


def test_spending_typed_with_marks_is_no_label() -> None:
    r = report("Giảm chi tiêu ăn ngoài xuống một chút, tháng nào cũng lố")
    assert r.rewrite is not None and r.rewrite.text.startswith("Giảm chi tiêu ăn ngoài xuống")


def test_a_kpi_label_over_a_vague_thing_stays_vague() -> None:
    assert smt("KPI helpdesk tang 30% trong Q1")[0] == "missing"


# --- money earned ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    ["muon kiem them 5tr nua", "Kiếm thêm 15 triệu để cho bé học tiếng Anh trước Tết"],
)
def test_money_right_after_an_earning_verb_is_income_earned(goal: str) -> None:
    r = report(goal)
    assert r.criteria.specific.status == "met" and r.criteria.measurable.status == "met"
    assert r.facts.kind == "outcome"


def test_a_job_found_with_the_same_verb_stays_a_job() -> None:
    r = report("kiếm được job part-time ở quán cafe trong vòng 2 tuần")
    assert r.facts.kind == "milestone"


# --- a job quit or left -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "goal", ["I want to quit my job by June 2027", "Leave my job before next Tet"]
)
def test_a_job_quit_or_left_is_a_concrete_thing(goal: str) -> None:
    assert smt(goal)[0] == "met"


def test_a_better_job_done_is_still_vague() -> None:
    assert smt("Do a better job at standups")[0] == "missing"


# --- a season that names a program ---------------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Recruit a dozen new volunteers for the summer reading progam asap",
        "Sign up 200 kids for the winter camp",
    ],
)
def test_a_season_naming_a_program_is_no_deadline(goal: str) -> None:
    r = report(goal)
    assert r.facts.deadline is None and r.criteria.time_bound.status == "missing"


@pytest.mark.parametrize(
    "goal",
    [
        "Lose 5kg for summer",
        "Lose 5kg for the summer holidays",
        "Learn the Mahler part for the spring tour",
        "Increase yield from 28% to 33% for the Fall 2027 class",
    ],
)
def test_a_season_said_as_a_time_stays_one(goal: str) -> None:
    assert smt(goal)[2] == "met"


# --- shares of a field, ages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "share"),
    [
        ("I want us in the top quarter nationally by June", 25),
        ("Finish in the top third of my class this semester", 33.3),
    ],
)
def test_a_top_share_is_a_target(goal: str, share: float) -> None:
    r = report(goal)
    assert r.criteria.measurable.status == "met" and r.facts.target == share


def test_an_age_is_no_target() -> None:
    r = report("I want to walk more. My BP is too high for a man of 52.")
    assert r.facts.target is None and r.criteria.measurable.status == "missing"


def test_visible_is_a_vague_aim() -> None:
    assert smt("Make the brand more visible")[0] == "missing"


def test_an_aim_said_as_an_infinitive_with_a_rank_is_a_goal() -> None:
    r = report("To be among the top 3 cooperatives in Bugisu for cup quality")
    assert r.facts.kind == "outcome" and r.rewrite is not None


# --- festivals other calendars set, from the holidays package's table ---------------------------


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("Launch the new L&D platform for all employees by Diwali", date(2027, 10, 28)),
        ("Sell 500 hampers before Hari Raya", date(2027, 3, 10)),
        ("Raise 2000 dollars for the mosque before Eid", date(2027, 3, 10)),
        ("Finish the Haggadah translation before Passover 2028", date(2028, 4, 11)),
        ("Get 300 followers for the cooperative page before Farmers Day", date(2026, 12, 4)),
    ],
)
def test_a_festival_of_another_calendar_is_a_deadline(goal: str, deadline: date) -> None:
    r = report(goal)
    assert r.facts.deadline == deadline and r.criteria.time_bound.status == "met"


def test_a_festival_gone_by_this_year_is_a_past_deadline() -> None:
    r = report("Personal one: lose 8 kg by Madaraka Day this year")
    assert r.facts.deadline == date(2026, 6, 1) and r.criteria.time_bound.status == "partial"


@pytest.mark.parametrize(
    "goal",
    [
        "Get plenty followers for the cooperative page by March",
        "Get many followers for the page by March",
    ],
)
def test_a_loose_many_is_replaced_by_the_amount(goal: str) -> None:
    r = report(goal)
    assert r.rewrite is not None and "20% more followers" in r.rewrite.text
    assert "plenty" not in r.rewrite.text and "many" not in r.rewrite.text


def test_things_listed_after_a_comma_are_the_goals_not_a_remark() -> None:
    r = report(
        "Check tyres, brakes and speed governors on every vehicle each Monday morning before "
        "they leave the stage"
    )
    assert r.facts.kind == "habit" and r.criteria.time_bound.status == "met"
    assert r.rewrite is not None and "2027" not in r.rewrite.text


# --- a clock time in a routine, a currency's stop, a bound kept -----------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Đo pH và độ kiềm nước ao mỗi sáng lúc 6 giờ trong suốt vụ nuôi này.",
        "Mỗi sáng kiểm tra bếp ăn bán trú trước 10 giờ, duy trì đến hết năm học này.",
        "Measure pond pH every morning at 6am",
    ],
)
def test_a_clock_time_in_a_routine_is_when_not_how_much(goal: str) -> None:
    r = report(goal)
    assert r.facts.target is None and r.facts.kind == "habit" and not r.alternatives


def test_a_routines_own_amount_still_varies_beside_its_clock_time() -> None:
    r = report("Run 5 km every morning before 7am")
    assert r.facts.target == 5 or r.facts.frequency is not None
    assert r.alternatives and all("7am" in a.text for a in r.alternatives)


def test_a_currency_typed_with_its_stop_is_money_and_a_bound() -> None:
    r = report("Keep COP below Rs. 950 per kg made tea every month till December 2027.")
    easier, harder = r.alternatives
    assert "Rs. 1040" in easier.text and "Rs. 860" in harder.text


def test_the_bound_kept_is_the_target_not_what_it_covers() -> None:
    r = report("Cố giữ tiền phân bón cho 5 ha không quá 150 củ, chứ năm rồi lố quá trời")
    assert r.facts.target == 150_000_000
    assert all("cho 5 ha" in a.text for a in r.alternatives)


@pytest.mark.parametrize(
    "goal",
    [
        "Livestream lớp HIIT 45 phút lúc 6h sáng thứ 2, 4, 6 hàng tuần",
        "Tập gym thứ 3, 5 và 7 hàng tuần",
    ],
)
def test_weekdays_listed_by_number_are_days_not_a_count(goal: str) -> None:
    r = report(goal)
    assert r.facts.frequency is None or not r.facts.frequency.startswith(("6 ", "7 "))
    assert all("4, 4" not in a.text and "5 và 5" not in a.text for a in r.alternatives)


# --- what moves when a unit follows the move -------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "named"),
    [
        (
            "Rút thời gian bốc xếp mỗi container 40ft xuống còn 45 phút, càng sớm càng tốt",
            "thời gian bốc xếp",
        ),
        ("Lead time PO → ETD rút từ 75 xuống 60 ngày by FY27", "Lead time"),
    ],
)
def test_a_unit_after_the_move_names_no_object(goal: str, named: str) -> None:
    r = report(goal)
    assert r.criteria.specific.evidence is not None and named in r.criteria.specific.evidence
    assert r.facts.metric != "khách hàng tiềm năng"


def test_a_language_learned_more_is_not_a_unit() -> None:
    r = report("Cho bé Na đi học thêm tiếng Anh để lớn lên đỡ thua bạn bè")
    assert "bé Na" not in (r.criteria.specific.evidence or "")


def test_the_figure_said_as_todays_is_where_it_stands() -> None:
    r = report("Tồn kho nhà thuốc 1 đang khoảng 300 củ, nhiều quá, phải giảm bớt thôi")
    assert r.rewrite is not None and "xuống 240 củ" in r.rewrite.text
    assert "300 triệu" in (r.criteria.measurable.question or "")


def test_sponsorship_pulled_in_is_a_goal() -> None:
    r = report("keo dc tai tro tam 500 cu cho team, chac 6/10 thoi")
    assert r.facts.kind != "not_a_goal" and r.rewrite is not None
    assert r.facts.target == 500_000_000


@pytest.mark.parametrize(
    "goal", ["Be a top 3 food truck in Halifax by Chrismas lol", "cut the fags down by chirstmas"]
)
def test_a_holiday_typed_with_a_slip_is_still_the_deadline(goal: str) -> None:
    r = report(goal)
    assert r.facts.deadline == date(2026, 12, 25)
    assert r.rewrite is not None and "2027" not in r.rewrite.text


def test_a_numbered_list_of_things_to_buy_is_a_title() -> None:
    r = report("top 5 dong coin nen mua cuoi nam 2026")
    assert r.facts.kind == "not_a_goal" and r.rewrite is None


def test_ownership_felt_by_a_community_is_vague() -> None:
    r = report("We need to strengthen community ownership of the project asap")
    assert r.criteria.specific.status == "missing"


def test_don_vi_typed_bare_is_a_unit_not_a_reason() -> None:
    r = report("team helpdesk lot top 3 don vi dc sv danh gia hai long nhat truong")
    assert r.rewrite is not None and "don vi dc sv" in r.rewrite.text
