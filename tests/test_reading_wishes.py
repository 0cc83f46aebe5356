"""Wishes with nothing to count, sighs and questions, as people type them."""

from __future__ import annotations

from datetime import date

import pytest
from rules_helpers import report, smt


@pytest.mark.parametrize(
    ("goal", "quoted"),
    [
        ("want the morning rush to run smoother honestly", "run smoother"),
        ("need the handover to go better", "go better"),
    ],
)
def test_a_thing_wished_to_run_smoother_names_nothing_to_count(goal: str, quoted: str) -> None:
    rep = report(goal)
    assert rep.criteria.specific.status == "missing"
    question = rep.criteria.specific.question
    # the wish is quoted without the hedge typed after it
    assert question is not None and f'"{quoted}"' in question


@pytest.mark.parametrize("goal", ["wanna get back in shape ugh", "get back in shape lol"])
def test_a_sigh_typed_after_a_vague_aim_leaves_it_vague(goal: str) -> None:
    assert smt(goal)[0] == "missing"


@pytest.mark.parametrize(
    "goal", ["worked 4 nights in a row again. so tired", "missed the gym again this week ugh"]
)
def test_what_happened_again_told_in_the_past_is_no_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


@pytest.mark.parametrize(
    "goal", ["ad oi ielts vs toeic cai nao de hon z", "chay ads fb hay tiktok hieu qua hon z"]
)
def test_a_vietnamese_question_closed_with_z_is_no_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "Đào tạo lại team lễ tân 6 người về quy trình check-in nhanh, xong trong tuần sau",
        "Cố gắng họp với team FO thường xuyên hơn",
    ],
)
def test_a_team_named_by_its_work_is_specific(goal: str) -> None:
    assert smt(goal)[0] == "met"


def test_a_team_s_size_in_people_is_no_count_to_reach() -> None:
    rep = report("Đào tạo lại team lễ tân 6 người về quy trình check-in nhanh, xong trong tuần sau")
    assert rep.facts.target is None and rep.criteria.measurable.status == "partial"
    assert rep.alternatives == []  # no version trains 4 or 8 people


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("tăng team sale lên 8 người trước tháng 3", 8.0),
        ("deliver the annual refresher to all 2,400 staff before the regulator's audit", 2400.0),
        ("giữ số học viên bỏ lớp dưới 5 bạn mỗi tháng", 5.0),
    ],
)
def test_a_group_s_size_that_changes_or_is_counted_stays_the_target(
    goal: str, target: float
) -> None:
    assert report(goal).facts.target == target


def test_homes_on_consignment_are_counted_not_signed_or_weighed() -> None:
    # "ký gửi" is consignment, not "ký" (sign) nor "ký" (kilos); "căn" counts homes, not "cân"
    rep = report("hiện đang có 15 căn ký gửi, muốn tăng thêm")
    assert rep.facts.direction == "increase" and rep.criteria.measurable.status == "missing"
    assert rep.rewrite is not None and "18 căn ký gửi" in rep.rewrite.text
    assert smt("hien dang co 15 can ky gui, muon tang them")[1] == "missing"


def test_a_measure_named_before_a_vietnamese_modal_is_what_the_move_is_for() -> None:
    rep = report("Năng suất chuyền 2 cần cải thiện thêm chút nữa, hiện mới được 85%")
    assert rep.criteria.specific.status == "met"
    assert rep.criteria.measurable.status == "missing"
    # "thêm chút nữa" gives way to an amount a step from today's 85%
    assert rep.rewrite is not None and "chút" not in rep.rewrite.text
    assert rep.rewrite.text.endswith("hiện mới được 85%.")


@pytest.mark.parametrize(
    ("goal", "kept_up"),
    [
        ("Ngủ trước 12h đêm, tuần sau bắt đầu", "Ngủ trước 12h đêm mỗi tối, tuần sau bắt đầu."),
        ("dậy lúc 5h sáng", "Dậy lúc 5h sáng mỗi ngày."),
        ("in bed before 11pm", "In bed before 11pm every night."),
        ("get up at 6am", "Get up at 6am every day."),
    ],
)
def test_a_routine_kept_by_the_clock_is_kept_up_every_day_not_done_by_a_date(
    goal: str, kept_up: str
) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert smt(goal)[:2] == ("met", "met")
    assert rep.rewrite is not None and rep.rewrite.text == kept_up
    assert rep.alternatives == []  # the time on the clock is the user's own


@pytest.mark.parametrize(
    "goal", ["nam sau phai song ky luat hon, bot luoi", "năm sau phải sống kỷ luật hơn, bớt lười"]
)
def test_living_more_disciplined_is_a_wish_with_no_amount_whatever_the_marks(goal: str) -> None:
    # "kỷ luật" (discipline) is no "ký" (sign): nothing is signed, nothing counted
    assert smt(goal)[:2] == ("missing", "missing")


@pytest.mark.parametrize(
    "goal",
    [
        "hey can u build me a 24 wk ironman plan that fits around 3 kids lol",
        "can u build me a training plan",
    ],
)
def test_a_request_to_the_tool_after_a_greeting_is_no_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


@pytest.mark.parametrize(
    "goal", ["cuoi nam nay mong vuon lam an kha hon", "mong shop đắt hàng hơn 🙏🙏"]
)
def test_a_place_wished_to_do_better_business_is_a_vague_wish(goal: str) -> None:
    assert smt(goal)[0] == "missing"


@pytest.mark.parametrize("goal", ["improve our security posture", "improve safety on my shift"])
def test_safety_and_security_posture_wished_better_name_nothing_to_count(goal: str) -> None:
    assert smt(goal)[0] == "missing"
    # a count of safety incidents is a thing counted
    assert smt("reduce safety incidents by 30%")[0] == "met"


@pytest.mark.parametrize(
    "goal", ["thu hoạch 8 tấn sầu riêng Ri6 vụ này", "thu hoach 8 tan sau rieng ri6 vu nay"]
)
def test_a_harvest_to_reach_this_season_is_a_goal(goal: str) -> None:
    assert smt(goal) == ("met", "met", "met")


def test_a_standard_for_each_one_said_without_a_verb_is_a_goal() -> None:
    rep = report("Every varsity player running the mile under 7:00")
    assert rep.facts.kind != "not_a_goal" and smt(
        "Every varsity player running the mile under 7:00"
    )[:2] == ("met", "met")


def test_what_a_month_came_to_then_a_hope_for_more_is_a_goal() -> None:
    goal = "Did 9 orders in October, best month ever!! hoping for even more in December"
    rep = report(goal, today=date(2026, 12, 1))
    assert rep.facts.kind != "not_a_goal"
    assert str(rep.facts.deadline) == "2026-12-31" and rep.criteria.measurable.status == "missing"


def test_a_season_s_losses_told_with_a_sigh_are_no_goal() -> None:
    rep = report("Vu nay hoa cuc bi sau nhieu qua, lo gan 500 trieu")
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_being_less_of_a_zombie_and_more_present_is_a_vague_wish() -> None:
    assert smt("be less of a zombie and more present w/ my wife")[0] == "missing"
    assert smt("present the Q3 results to the board by friday")[0] == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "ngl is it even worth making a demo or do ppl just refund anyway",
        "honestly what's the best crm for a 3 person team",
    ],
)
def test_a_question_after_a_hedge_typed_first_is_no_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_an_intention_after_a_hedge_is_still_a_goal() -> None:
    assert report("tbh I'd like to become a staff engineer someday").facts.kind == "milestone"


@pytest.mark.parametrize(
    "goal",
    [
        "Để đạt KPI doanh thu năm, tăng conversion rate từ lead sang deal lên 25% trước 31/3.",
        "Because my back is killing me after every wedding, I'm going to stretch 10 minutes every morning",
        "de sau nay co them thu nhap cho 2 dua nho di hoc, trong them 200 cay Ri6",
    ],
)
def test_a_reason_said_first_makes_the_goal_relevant_and_is_not_asked_again(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.relevant.status == "met"
    assert rep.criteria.relevant.question is None


def test_what_an_improvement_is_in_is_the_goal_s_object() -> None:
    rep = report("30% improvement in on-time delivery by June")
    assert rep.criteria.specific.status == "met"
    assert rep.facts.metric == "on-time delivery"
