"""Days of the week said as a span, messages asked of the tool, what happened told after the
goal, and the places a rewrite puts its additions, from this round's blind suites: each read and
rewritten as the person meant."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import A_DATE, Day

TODAY = date(2026, 12, 1)
report, smt, main_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


# --- the days of each week a routine is kept ------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Walk 20 min on my lunch break Mon-Fri",
        "Walk 20 min on my lunch break Monday to Friday",
        "stretch 10 minutes monday through friday",
        "gym mon wed fri",
        "Đi bộ 20 phút từ thứ 2 đến thứ 6",
        "di boi 30 phut t2 t4 t6",
        "thứ 2, 4, 6 đi bơi 45 phút",
        "tap yoga thu 2-4-6, moi buoi 1 tieng",
    ],
)
def test_days_of_the_week_said_as_a_span_or_a_list_are_a_weekly_routine(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert rep.statuses()["time_bound"] == "met"
    assert rep.facts.deadline is None
    assert rep.rewrite is not None and A_DATE.search(rep.rewrite.text) is None  # no end date


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("Đạt doanh thu 2,5 tỷ trong tháng 12", "2026-12-31"),  # "thu 2,5": revenue, no Monday
        ("send the two quotes by friday", "2026-12-04"),
    ],
)
def test_a_figure_after_doanh_thu_or_a_single_day_is_no_weekly_routine(goal: str, due: str) -> None:
    rep = report(goal)
    assert rep.statuses()["measurable"] == "met"
    assert str(rep.facts.deadline) == due


def test_a_span_of_days_in_one_named_week_is_not_a_routine() -> None:
    rep = report("finish painting the fence mon to fri next week")
    assert rep.facts.kind != "habit"
    assert rep.statuses()["time_bound"] == "met"


def test_each_evening_of_two_weekdays_stays_a_routine_of_those_evenings() -> None:
    rep = report("Bắt đầu từ tháng 1 mở lớp yoga bầu vào mỗi tối thứ 3, thứ 5")
    assert smt("Bắt đầu từ tháng 1 mở lớp yoga bầu vào mỗi tối thứ 3, thứ 5") == ("met",) * 3
    assert rep.rewrite is not None and A_DATE.search(rep.rewrite.text) is None


# --- a message or a template the tool is asked to draft -----------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Draft a WhatsApp to the pickers about the new shift times",
        "write an email to parents about the field trip, friendly tone",
        "Pls make a coaching log template for my agents, thanks po",
        "soạn tin nhắn gửi phụ huynh về lịch nghỉ Tết",
        "pull my goals from last quarter and put them in a table pls",
        "show me my goals for this month",
    ],
)
def test_a_message_or_a_list_asked_of_the_tool_is_not_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "Write a letter to my grandma every month",  # a routine of the user's own
        "write a thank-you note to every donor by Friday",  # the user's own task, dated
        "Create an onboarding checklist template for new hires by Jan 15",
    ],
)
def test_writing_done_by_the_user_on_a_cadence_or_by_a_date_stays_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None


# --- what happened, told after the goal ------------------------------------------------------------


def test_people_who_left_this_month_are_what_happened_not_the_target_or_the_date() -> None:
    goal = "reduce atrition in my teem asap, 3 agents resigned na this month 😩"
    rep = report(goal)
    assert rep.statuses()["measurable"] == "missing"
    assert rep.statuses()["time_bound"] == "missing"
    text = main_text(goal)
    # the amount and the date go with the goal, before what happened
    assert text.index("20%") < text.index("1 March 2027") < text.index("3 agents resigned")


def test_things_a_goal_will_have_done_by_a_date_are_no_report() -> None:
    rep = report("Grow revenue 20% this year, 3 new stores opened by June")
    assert rep.statuses() == {**rep.statuses(), "measurable": "met", "time_bound": "met"}


def test_a_busy_year_told_first_is_no_deadline_of_the_wish_after_it() -> None:
    goal = "Năm nay bận quá không về quê được mấy bữa. Phải dẫn ba mẹ đi Đà Lạt chơi, sớm sớm thôi."
    rep = report(goal)
    assert rep.statuses()["time_bound"] == "missing"
    assert rep.rewrite is not None and A_DATE.search(rep.rewrite.text) is not None


def test_an_order_said_first_keeps_its_own_period_before_a_remark() -> None:
    rep = report("get DAU up a lot this quarter, I'm like 70% confident we can")
    assert rep.statuses()["time_bound"] == "met"
    assert str(rep.facts.deadline) == "2026-12-31"


def test_a_gripe_then_the_order_that_answers_it_is_a_goal() -> None:
    rep = report("Coaches keep skipping the warmup. Get them to take it seriously starting monday")
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None


def test_a_missed_date_with_work_still_left_is_still_a_goal() -> None:
    goal = (
        "Was supposed to finish my 16 hrs of CE for the license renewal by 11/30/2026. "
        "still got 6 hrs left ugh"
    )
    assert smt(goal) == ("met", "met", "partial")


@pytest.mark.parametrize(
    "goal",
    [
        "tu Tet bo thuoc la luon, hut 1 goi/ngay may chuc nam roi",
        "tu tuan sau bo an vat han, an suot may thang roi",
    ],
)
def test_quitting_from_a_day_ahead_after_years_of_the_habit_is_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.statuses()["specific"] == "met"


# --- where additions go ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "remark"),
    [
        ("Be a better dad when I'm home, feel like I'm never there tbh", ", feel like"),
        (
            "be more patient with the passengers, some of the youts on the 8 wind me right up",
            ", some of the youts",
        ),
    ],
)
def test_a_remark_after_the_goal_stays_after_the_date(goal: str, remark: str) -> None:
    text = main_text(goal)
    assert text.index("1 March 2027") < text.index(remark)


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("reduce attrition in my team asap", "Reduce attrition in my team by 20% by 1 March 2027"),
        ("giảm chi phí điện sớm nhất có thể", "Giảm chi phí điện 20% trước ngày 01/03/2027"),
    ],
)
def test_the_amount_goes_before_the_date_that_takes_the_place_of_asap(goal: str, kept: str) -> None:
    assert main_text(goal).startswith(kept)


def test_a_bit_of_a_thing_loses_its_of_with_the_vague_amount() -> None:
    assert main_text("Lose a bit of weight").startswith("Lose weight by")


def test_money_going_out_just_as_fast_is_no_vague_deadline() -> None:
    goal = "Overtime's been mad lately, money going out just as fast. Need to sort my finances out"
    text = main_text(goal)
    assert "just as fast." in text
    assert A_DATE.search(text) is not None


def test_a_date_after_a_word_trước_is_set_off_by_a_comma() -> None:
    goal = "Năm nay mưa trái mùa quá trời. Mong sao vườn nhà mình trúng mùa hơn mấy năm trước"
    assert "trước trước" not in main_text(goal)


def test_a_waist_in_centimetres_is_no_starting_weight() -> None:
    text = main_text("Giảm cân, vòng eo giờ 98cm rồi")
    assert "từ 98" not in text


def test_rebuilding_a_home_wanted_soon_is_given_a_year_not_a_month() -> None:
    rep = report("Xay lai cai nha cho vo con o, som nhat co the, nha dot qua roi")
    assert rep.rewrite is not None and "01/12/2027" in rep.rewrite.text


def test_date_nights_more_often_said_with_gonna_get_a_cadence() -> None:
    assert main_text("gonna do date nights more often") == "Gonna do date nights every week."


# --- how many times a week, said loosely ----------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("go to the gym a few times a week", "Go to the gym 3 times a week."),
        ("di boi vai buoi moi tuan", "Di boi 3 buoi moi tuan."),
        ("Đi bơi mấy buổi mỗi tuần", "Đi bơi 3 buổi mỗi tuần."),
    ],
)
def test_a_loose_count_of_times_a_week_is_not_yet_measured(goal: str, kept: str) -> None:
    rep = report(goal)
    assert rep.statuses()["measurable"] == "missing"
    assert rep.statuses()["time_bound"] == "met"
    assert main_text(goal) == kept  # the cadence kept, a number in the loose count's place
    assert [a.text for a in rep.alternatives] == [kept.replace("3", "2"), kept.replace("3", "5")]


def test_a_couple_of_times_a_week_is_twice() -> None:
    assert smt("call mom a couple times a week")[1] == "met"


# --- names that open with a number word's spelling -----------------------------------------------


def test_durian_typed_bare_is_no_six() -> None:
    rep = report("muon trong them sau rieng xen ca phe, gio moi co 150 cay thoi")
    assert rep.facts.target is None
    assert all("rieng" in a.text and " 4 " not in a.text for a in rep.alternatives)
    assert rep.rewrite is not None and "cot moc" not in rep.rewrite.text  # no "3 milestones"


def test_six_branches_typed_bare_are_still_six() -> None:
    assert report("mo them sau chi nhanh truoc thang 6").facts.target == 6


# --- remarks that tell what happened ------------------------------------------------------------


def test_a_holiday_in_a_remark_of_what_happened_is_no_deadline() -> None:
    rep = report("Get the Amex back under $1.2k asap, Thanksgiving flights killed it")
    assert rep.statuses()["time_bound"] == "missing"
    assert rep.facts.deadline is None


def test_a_remark_that_dates_the_event_still_dates_the_goal() -> None:
    rep = report("Drop 10 kilos before Bali. Missus booked it for July")
    assert str(rep.facts.deadline) == "2027-07-31"


def test_deals_in_a_remark_are_no_measure_of_a_payoff() -> None:
    rep = report("pay off the visa before christmas, black friday deals got me")
    assert rep.alternatives == []
    assert rep.facts.metric != "closed deals"


def test_the_kind_of_customers_is_no_business_to_grow() -> None:
    rep = report("Sang năm cải thiện quan hệ với mấy KH doanh nghiệp bên KCN")
    assert rep.statuses()["specific"] == "missing"
    assert rep.rewrite is not None and "doanh thu" not in rep.rewrite.text


# --- caps, counts told of last month, starts and money signs -------------------------------------


@pytest.mark.parametrize(
    ("goal", "kept", "easier", "harder"),
    [
        ("no more than 3 coffees", "No more than 3 coffees a day.", "4 coffees", "2 coffees"),
        (
            "cut back on beer, max 2 beers",
            "Cut back on beer, max 2 beers a week.",
            "3 beers",
            "1 beer a",
        ),
        ("toi da 2 ly tra sua", "Toi da 2 ly tra sua moi tuan.", "3 ly", "1 ly"),
        ("hút tối đa 5 điếu", "Hút tối đa 5 điếu mỗi ngày.", "6 điếu", "4 điếu"),
    ],
)
def test_a_cap_on_things_taken_gets_its_period_after_what_is_counted(
    goal: str, kept: str, easier: str, harder: str
) -> None:
    rep = report(goal)
    assert main_text(goal) == kept
    assert A_DATE.search(kept) is None  # a cap kept from now on, no end date
    conservative, ambitious = (a.text for a in rep.alternatives)
    assert easier in conservative and harder in ambitious


def test_a_cap_on_money_gets_no_period_of_things_taken() -> None:
    assert "mỗi tuần" not in main_text("Tiền chợ giữ dưới 6 củ thôi, chứ tiêu lố hoài 😩")


def test_a_cap_with_its_own_date_is_left_dated() -> None:
    assert main_text("max 2 beers by friday") == "Max 2 beers by friday."


def test_a_cedi_amount_after_no_more_than_is_a_ceiling() -> None:
    rep = report("From January no more than GH₵ 300 on data bundles, MTN is chopping my money 😂")
    assert rep.facts.kind == "limit"
    conservative, ambitious = (a.text for a in rep.alternatives)
    assert "330" in conservative and "270" in ambitious  # easier is a higher ceiling


@pytest.mark.parametrize(
    ("goal", "step"),
    [
        ("giam so lan nop bao cao tre, thang roi tre 4 lan 😓", "tu 4 xuong 3"),
        ("cut the number of late deliveries, we had 12 last month", "from 12 to 10"),
    ],
)
def test_last_months_count_told_after_the_wish_is_where_the_step_starts(
    goal: str, step: str
) -> None:
    assert step in main_text(goal)


def test_a_kick_off_said_with_its_start_keeps_the_date_before_it() -> None:
    text = main_text("Triển khai đào tạo PCCC cho nhân viên kho Long An, khởi động từ đầu tháng 1")
    assert "Long An trước ngày" in text
    assert text.endswith("khởi động từ đầu tháng 1.")


def test_a_motion_already_overdue_is_due_soon() -> None:
    rep = report("File the suppression motion in Hernandez by 11/20/26")
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None and "1 January 2027" in rep.rewrite.text


# --- language levels and the exams that check them ---------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "đạt chứng chỉ B1 trước 30/6/2027",
        "Thi đạt chứng chỉ tiếng Anh bậc 3 (B1) theo khung VSTEP chậm nhất 30/6/2027",
        "reach B2 in French by June 2027",
    ],
)
def test_a_language_level_reached_is_specific_and_measured(goal: str) -> None:
    assert smt(goal) == ("met", "met", "met")


def test_passing_a_level_with_no_score_still_asks_what_counts() -> None:
    assert smt("thi dau JLPT N3 thang 7/2027") == ("met", "partial", "met")


@pytest.mark.parametrize("goal", ["som dau N3 :((", "pass JLPT N2 asap"])
def test_a_jlpt_level_wanted_soon_is_due_at_the_next_sitting_in_reach(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    assert "31/07/2027" in rep.rewrite.text or "31 July 2027" in rep.rewrite.text


# --- trips home, typed bare -----------------------------------------------------------------------


def test_going_home_more_with_not_once_yet_told_after_is_a_monthly_trip() -> None:
    goal = "ve que tham ba me nhieu hon, may thang r chua ve lan nao"
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert main_text(goal) == "Ve que tham ba me moi thang 1 lan, may thang r chua ve lan nao."


# --- first place, and by what ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    ["Be the number 1 sacco on Rongai route", "Be the #1 rated AC repair outfit in Abilene"],
)
def test_first_place_with_nothing_it_is_ranked_by_asks_by_what(goal: str) -> None:
    rep = report(goal)
    assert rep.statuses()["specific"] == "partial"
    assert rep.criteria.specific.question is not None
    assert "Ranked by what" in rep.criteria.specific.question


@pytest.mark.parametrize(
    "goal",
    [
        "be the #1 agent in my office by closed volume next year",
        "Be the #1 team in our LOB for QA scores by June 2027",
        "Run a QBR with each of my top 15 accounts every quarter",  # the best few, picked
        "top 3 in the league this season",
    ],
)
def test_a_rank_with_its_measure_or_a_pick_of_the_best_is_specific(goal: str) -> None:
    assert smt(goal)[0] == "met"


def test_a_complaint_that_everyone_grumbles_about_is_no_goal() -> None:
    rep = report("Tháng nào chỉ tiêu huy động vốn cũng giao cao ngất, cả phòng ai cũng kêu")
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None


def test_the_goal_said_again_with_like_stays_before_the_remark() -> None:
    goal = "sleep more, like actually sleep, I'm running on 4 hrs most nights"
    assert smt(goal) == ("met", "missing", "missing")
    text = main_text(goal)
    assert text.index("1 March 2027") < text.index("I'm running on")


def test_a_bare_percent_with_no_channel_is_not_asked_for_a_platform() -> None:
    rep = report("Hit 110% next qtr 💪")
    question = rep.criteria.specific.question or ""
    assert "platform" not in question and "channel" not in question
    assert "platform" in (report("grow our audience").criteria.specific.question or "")


# --- from the round's blind reviews -------------------------------------------------------------


def test_fast_food_is_no_vague_time() -> None:
    text = main_text("startin monday im cutting out fast food completely. no more drive thru")
    assert "fast food" in text


def test_points_typed_against_the_number_are_the_target() -> None:
    rep = report("get pick rate up 20pts on the night shift")
    assert rep.statuses()["measurable"] == "met"
    assert "%" not in main_text("get pick rate up 20pts on the night shift")


def test_asking_the_tool_to_rewrite_a_list_as_okrs_is_no_goal() -> None:
    assert report("rewrite these as OKRs for my ops team pls").rewrite is None


def test_an_age_just_turned_is_told_after_the_date() -> None:
    text = main_text("visit my grandma in ohio more, she just turned 91")
    assert text.index("1 March 2027") < text.index("she just turned 91")


def test_first_place_on_a_review_site_is_ranked_by_that_site() -> None:
    assert smt("Be the no. 1 rated wine farm in Stellenbosch on TripAdvisor")[0] == "met"


def test_an_order_wanted_soon_then_why_it_cannot_wait_is_a_goal() -> None:
    rep = report("hoàn thành khóa học dựng phim Premiere sớm sớm chứ để hoài lười quá")
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None and A_DATE.search(rep.rewrite.text) is not None


def test_an_overdue_disbursement_told_as_behind_is_still_a_goal() -> None:
    goal = "Giải ngân hết 1,2 tỷ của dự án trong quý 3/2026, đang chậm quá"
    assert smt(goal) == ("met", "met", "partial")
    assert "quý 3/2026" not in main_text(goal)  # the date gone is replaced


def test_asking_the_tool_for_a_checklist_is_no_goal() -> None:
    assert report("Pls help me do a checklist for akad nikah day").rewrite is None
    assert report("help me do 10 pushups every day").rewrite is not None


def test_a_routine_kept_from_now_drops_its_asap() -> None:
    assert main_text("more floor walks asap") == "Floor walks 3 times a week."


def test_from_a_weight_down_to_another_with_ve_is_a_range() -> None:
    rep = report("Giam tu 62kg ve 55kg truoc khi het thai san 15/4/2027")
    assert rep.facts.target == 55
    assert all("tu 62kg" in a.text for a in rep.alternatives)  # the start stays as told


def test_the_year_a_student_is_in_is_no_count_to_vary() -> None:
    rep = report("E dang nam 3 IT. Muon lam xong project web React + Spring Boot de bo vao CV")
    assert rep.alternatives == []
    assert rep.statuses()["measurable"] == "partial"


def test_a_cap_the_doctor_ordered_gets_no_looser_version() -> None:
    assert (
        report("Keep sodium under 1500mg a day. Doc's orders, no more bacon 😒").alternatives == []
    )
    assert report("Keep grocery spend under $600 a month").alternatives != []
