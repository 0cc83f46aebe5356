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


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("Đọc xong mấy cuốn sách về quản trị trung tâm trong tháng này", "Đọc xong "),
        ("Tuyển thêm mấy kỹ sư QS cho dự án", "Tuyển thêm "),
    ],
)
def test_a_loose_count_typed_with_marks_gives_way_to_the_number(goal: str, kept: str) -> None:
    rep = report(goal)
    assert smt(goal)[1] == "missing"  # how many is not said
    assert rep.rewrite is not None and "mấy" not in rep.rewrite.text
    assert rep.rewrite.text.startswith(kept) and rep.rewrite.text[len(kept)].isdigit()
    assert all("mấy" not in a.text for a in rep.alternatives)


@pytest.mark.parametrize(
    "goal",
    [
        "Đạt chứng nhận ISO 9001 cho nhà máy trước cuối năm 2027",
        "Bón phân hữu cơ cho mấy cây sanh",
        "Hợp tác với mấy trường tiểu học ở Ninh Kiều để mở lớp ngoại khóa",
    ],
)
def test_a_machine_or_the_ones_a_deed_is_for_are_no_loose_count(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    word = "máy" if "máy" in goal else "mấy"
    assert f"{word} " in rep.rewrite.text  # the user's word stays, no number in its place


@pytest.mark.parametrize(
    ("goal", "value"),
    [
        ("I intend to raise two and a half thousand pounds for the roof fund by March.", 2500),
        ("Sleep seven and a half hours a night", 7.5),
        ("Tiết kiệm hai triệu rưỡi mỗi tháng", 2_500_000),
        ("Raise half a million in seed funding by EOY", 500_000),
        ("Recruit half a dozen new tenors and basses by Easter 2027", 6),
    ],
)
def test_a_half_said_in_words_is_part_of_the_number(goal: str, value: float) -> None:
    rep = report(goal)
    assert rep.facts.target == pytest.approx(value)
    # the versions replace the whole number: no "3 a half thousand", no "half 9 new tenors"
    assert all(" a half" not in a.text and "half " not in a.text for a in rep.alternatives)


@pytest.mark.parametrize(
    "goal",
    [
        "gia von moi lit phai xuong duoi 45k",
        "Đưa giá vốn mỗi lít xuống dưới 45k",
        "Get cost per unit under 12k",
    ],
)
def test_a_bound_each_item_is_brought_to_is_reached_by_a_date(goal: str) -> None:
    rep = report(goal)
    assert smt(goal) == ("met", "met", "missing")
    assert rep.rewrite is not None and "2027" in rep.rewrite.text  # a date to reach it by


def test_a_bound_each_item_is_kept_under_holds_from_today() -> None:
    assert smt("Keep cost per unit under 12k") == ("met", "met", "met")


def test_the_figures_of_a_gripe_said_first_are_not_the_goals() -> None:
    goal = "Tháng 11 ca sáng đi trễ 9 lần, bực ghê. Phải siết lại vụ đi trễ nha mấy đứa"
    rep = report(goal)
    assert smt(goal)[1:] == ("missing", "missing")
    assert rep.facts.target is None and rep.facts.deadline is None
    assert rep.rewrite is not None and rep.rewrite.text.startswith("Tháng 11 ca sáng đi trễ 9 lần")
    assert rep.alternatives == []  # last month's count is no amount to vary


def test_tobacco_typed_without_marks_is_no_statement() -> None:
    rep = report("hut thuoc la k qua 5 dieu 1 ngay")
    assert rep.facts.kind == "limit" and rep.facts.target == 5
    assert smt("hut thuoc la k qua 5 dieu 1 ngay") == ("met", "met", "met")


def test_a_routine_from_a_month_ahead_with_a_past_remark_is_a_goal() -> None:
    rep = report(
        "From January cutting back on takeaways, the bank statement last month was frightening 😂"
    )
    assert rep.facts.kind != "not_a_goal" and rep.rewrite is not None


@pytest.mark.parametrize(
    "text",
    [
        "pls rewrite my PhD personal statement intro so it sounds less cringe",
        "please check my essay for grammar",
    ],
)
def test_asking_the_tool_to_edit_a_text_is_no_goal(text: str) -> None:
    rep = report(text)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_rewriting_ones_own_document_by_a_date_stays_a_goal() -> None:
    assert report("Rewrite my resume by Friday").facts.kind == "milestone"


def test_a_month_event_this_year_that_has_passed_is_a_past_deadline() -> None:
    goal = "Get my UEFA C licence finished by October half term this year"
    assert smt(goal)[2] == "partial"
    rep = report(goal)
    assert rep.rewrite is not None and "October" not in rep.rewrite.text  # a new date instead


@pytest.mark.parametrize(
    ("goal", "gone"),
    [
        ("tra het 80tr no a Hung som som", "som"),
        ("Start saving small small for a motorbike so I can reach the far farms, asap", "asap"),
    ],
)
def test_a_vague_time_gives_way_to_the_date_even_after_a_reason(goal: str, gone: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and gone not in rep.rewrite.text.lower().split()
    assert any(year in rep.rewrite.text for year in ("2026", "2027"))  # a date in its place


def test_a_sigh_after_a_comma_lends_the_goal_no_words() -> None:
    rep = report("Chạy bộ lại đi, bỏ lâu quá rồi 😅")
    assert rep.rewrite is not None
    goal, remark = rep.rewrite.text.split(", ", 1)
    assert "mỗi tuần" in goal  # the habit gains how often, before the sigh
    assert remark.startswith("bỏ lâu quá rồi") and "2027" not in remark


def test_loads_more_than_a_small_count_is_never_one_more() -> None:
    rep = report(
        "Only 4 Year 9 girls turned up to after-school football last week, need loads more"
    )
    assert rep.rewrite is not None
    suggested = int(rep.rewrite.text.split("need loads more: ")[1].split()[0])
    assert suggested >= 8  # twice today's 4 at least


def test_a_figure_said_with_a_spaced_decimal_after_its_scale_is_one_amount() -> None:
    rep = report("Thu cho xong 1 tỷ 2 tiền hàng bên Minh Phát trước Tết")
    assert rep.facts.target == 1_200_000_000
    assert rep.alternatives == []  # collecting all of it: nothing more or less to collect
    assert report("tiết kiệm 1 tỷ 2 năm tới").facts.target == 1_000_000_000  # in two years


@pytest.mark.parametrize(
    "goal",
    [
        "Đưa công nợ quá hạn trên 90 ngày xuống dưới 150 triệu trước Tết",
        "Cut invoices overdue more than 90 days to under $20k by March",
    ],
)
def test_an_age_bucket_is_which_items_count_not_the_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target in (150_000_000, 20_000)
    assert all("90" in a.text for a in rep.alternatives)  # the bucket stays as typed


def test_a_phd_named_in_passing_sets_no_years_long_deadline() -> None:
    rep = report("Save up $1.2k for PhD interview travel so I'm not scrambling last min")
    assert rep.rewrite is not None and "2029" not in rep.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "be home for dinner w the kids more, I miss everything 😞",
        "be home for dinner more. wife is fed up with the on-call weeks",
        "more bike rides w/ the kids next summer",
    ],
)
def test_a_family_routine_wished_more_gets_how_often(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None and "a week" in rep.rewrite.text
    assert "%" not in rep.rewrite.text and "2027" not in rep.rewrite.text


def test_a_face_after_more_of_the_wish_is_no_remark() -> None:
    rep = report("Build our emergency fund up to 6 months of expenses, sana soon 🙏")
    assert rep.rewrite is not None and "soon" not in rep.rewrite.text


def test_a_figure_told_as_only_done_after_the_goal_is_no_target() -> None:
    goal = "Bill way more hours next year, only did 1420 this year 😬"
    rep = report(goal)
    assert smt(goal)[1] == "missing" and rep.facts.target is None
    assert all("only did 1420 this year" in a.text for a in rep.alternatives)


def test_first_among_others_is_a_rank_even_after_a_unit() -> None:
    rep = report("want our unit #1 in the hospital for documentation compliance")
    assert (
        rep.facts.target == 1
        and smt("want our unit #1 in the hospital for documentation compliance")[1] == "met"
    )
    assert report("finish the fit-out for unit #4 by March").facts.target is None  # a name


@pytest.mark.parametrize(
    "goal",
    [
        "tu tuan sau ngu nhieu hon, gio toan ngu 4 5 tieng/dem",
        "từ tuần sau ngủ nhiều hơn, giờ toàn ngủ 4 5 tiếng/đêm",
    ],
)
def test_now_opening_a_clause_tells_where_it_stands(goal: str) -> None:
    rep = report(goal)
    assert smt(goal)[1:] == ("missing", "missing")  # how much more, and by when, are asked
    assert rep.facts.target is None


@pytest.mark.parametrize(
    "goal",
    [
        "Từ thứ 2 tuần sau bắt đầu đi bộ 30p để giảm mỡ bụng, ngồi văn phòng nhiều quá 😩",
        "walk 30 min to lose belly fat",
        "stretch for 15 min",
    ],
)
def test_a_sessions_length_typed_short_is_a_habit_that_gets_how_often(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text  # no date to stop by
    text = rep.rewrite.text
    assert "a week" in text or "mỗi tuần" in text


def test_a_time_limit_is_no_sessions_length() -> None:
    rep = report("Máy chạy bộ hỏng phải được sửa xong trong vòng 48 tiếng")
    assert rep.facts.kind != "habit"


@pytest.mark.parametrize(
    "goal", ["Grow online store revenue 30% vs. last year", "Bán được nhiều hơn năm ngoái"]
)
def test_a_year_compared_with_the_last_is_given_a_year(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and "2027" in rep.rewrite.text
    assert not any(month in rep.rewrite.text for month in ("February 2027", "/02/2027"))


def test_some_before_a_deed_is_no_count_to_fill() -> None:
    rep = report("do some stretching for my back")
    assert rep.rewrite is not None and "3 stretching" not in rep.rewrite.text
    hired = report("hire some baristas")
    assert hired.rewrite is not None and "Hire 3 baristas" in hired.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "dip Tet dua 2 dua nho xuong Ha Noi choi, hua tu nam ngoai roi 😅",
        "From jan onwards no fried snacks for me, cholestrol is 240 😟",
        "Was supposed to hit $180k GCI by Sept 2026 smh 😩 still want it tho",
        "Van dong hoi vien dong gop du 20 trieu dong cho quy, han chot la ngay 15/11/2026.",
    ],
)
def test_a_goal_told_with_its_past_is_still_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal" and rep.rewrite is not None


def test_a_deadline_label_that_has_passed_is_a_past_deadline() -> None:
    goal = "Van dong hoi vien dong gop du 20 trieu dong cho quy, han chot la ngay 15/11/2026."
    assert smt(goal)[2] == "partial"
    rep = report(goal)
    assert rep.rewrite is not None and "15/11/2026" not in rep.rewrite.text


@pytest.mark.parametrize(
    "text",
    [
        "build me a weekly scorecard for my 12 drivers - on time, HOS violations, fuel mpg",
        "Sync mi CRM tasks into here and make dem into goals for Q1 pls, too tired to type",
        "Last saturday 3 waiters didnt turn up and client was shouting on me only. Very bad "
        "experience yaar",
    ],
)
def test_requests_to_the_tool_and_a_vent_over_last_saturday_are_no_goals(text: str) -> None:
    rep = report(text)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_a_goal_to_build_something_by_a_date_stays_a_goal() -> None:
    assert report("build a new deck for the patio by June").facts.kind == "milestone"


def test_only_after_todays_figure_is_not_what_it_counts() -> None:
    rep = report("Average plates per event is around two hundred fifty only, want to increase")
    assert rep.rewrite is not None and "only per event" not in rep.rewrite.text
    assert "per event" in rep.rewrite.text.split("want to increase")[1]


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("Room revenue must hit RM1.2mil by June", 1_200_000),
        ("Keep OTA commission below RM45k per month lah, too much already", 45_000),
    ],
)
def test_ringgit_is_money(goal: str, target: float) -> None:
    rep = report(goal)
    assert rep.facts.target == target and smt(goal)[1] == "met"


def test_a_passed_date_said_with_for_is_replaced_whole() -> None:
    rep = report("Room revenue must hit RM1.2mil for Oct 2026")
    assert rep.rewrite is not None
    assert "for by" not in rep.rewrite.text and "Oct 2026" not in rep.rewrite.text
    assert "RM1.2mil" in rep.rewrite.text
