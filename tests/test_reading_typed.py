"""Goals as people type them: chat shorthand, slips, states, verbs used as nouns, asides."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rewriter import GoalContext, analyze
from tests.rules_helpers import Day

TODAY = date(2026, 11, 30)
report, smt, rewrite_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


@pytest.mark.parametrize(
    ("goal", "kind"),
    [
        ("tap duong sinh 30p, tuan 4 buoi", "habit"),  # "tuần 4 buổi": four times a week
        ("gian co 10p sau moi buoi chay", "habit"),  # after every run: a recurring occasion
        ("ko xem tiktok qua 30p/ngay", "limit"),  # "not ... more than": a daily ceiling
        ("k an do ngot qua 2 lan/tuan", "limit"),  # "k" before a verb is "không"
        ("ko nhan qua 4 du an cung luc de k bi tre deadline", "limit"),
    ],
)
def test_vietnamese_chat_shorthand_reads_cadences_and_ceilings(goal: str, kind: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == kind
    assert smt(goal)[:2] == ("met", "met")


def test_minutes_typed_as_p_are_a_bound() -> None:
    goal = "moi ca truc le tan ban giao so sach + tien mat cho ca sau trong vong 15p"
    assert smt(goal) == ("met", "met", "met")
    # alternatives move the minutes, never the shift or the cash
    texts = [a.text for a in report(goal).alternatives]
    assert texts and all("trong vong" in t and "15p" not in t for t in texts)


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("read 20 books this yaer", date(2026, 12, 31)),
        ("hit 50 sales by end of yr", date(2026, 12, 31)),
        ("save 5000 dollars by the end of the quater", date(2026, 12, 31)),
    ],
)
def test_slips_in_time_words_still_set_the_deadline(goal: str, deadline: date) -> None:
    assert report(goal).facts.deadline == deadline


def test_a_vague_state_after_the_subject_is_not_specific() -> None:
    assert smt("Teachers should be happier this year.")[0] != "met"
    assert smt("Our onboarding emails should be more engaging")[0] != "met"


@pytest.mark.parametrize(
    "goal",
    ["improve team morale by June", "Boost team spirit", "tang muc do gan ket cua nhan vien"],
)
def test_morale_gets_no_invented_measure_and_the_questions_ask_which(goal: str) -> None:
    # an eNPS or a sales number would only stand in for morale (every invented one was rejected
    # in blind reviews): the user's words stay, and Specific asks which measure shows it
    rep = report(goal)
    assert rep.rewrite is not None
    text = " ".join([rep.rewrite.text] + [a.text for a in rep.alternatives])
    assert "eNPS" not in text
    assert "deals" not in text and "hop dong" not in text.lower()
    assert rep.criteria.specific.question is not None


@pytest.mark.parametrize(
    "goal",
    [
        "Train the night-shift team on Opera Cloud 5.6",
        "Make the team happier",
        "Roll out the new performance review process for our team of 6 by April",
    ],
)
def test_a_team_named_in_passing_brings_no_sales_target(goal: str) -> None:
    rep = report(goal)
    texts = [rep.rewrite.text if rep.rewrite else ""] + [a.text for a in rep.alternatives]
    assert not any("closed deals" in t for t in texts)


def test_a_verb_word_after_the_is_a_noun() -> None:
    goal = "playtest the current build for 30 mins with the whole team every day at 4pm"
    assert smt(goal) == ("met", "met", "met")
    assert report(goal).facts.kind == "habit"


@pytest.mark.parametrize(
    "goal", ["Update my portfolio site", "Declutter the garage this weekend", "Write my memoir"]
)
def test_one_definite_deed_asks_what_counts_as_done(goal: str) -> None:
    assert smt(goal)[:2] == ("met", "partial")


@pytest.mark.parametrize(
    "goal",
    [
        "thang truoc ban dc 7.200 o, loi dc 38tr",  # what was sold last month
        "Bài viết: 10 điều người dân cần biết khi làm thẻ căn cước",  # a labelled title
    ],
)
def test_past_figures_and_titles_typed_loosely_are_not_goals(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None


def test_a_past_figure_before_this_periods_target_is_the_bar() -> None:
    rep = report("năm ngoái tuyển được 40 người, năm nay tuyển 60 người")
    assert rep.facts.kind != "not_a_goal"
    assert rep.statuses()["measurable"] == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "lam an kha hon nam nay",  # "làm ăn" (do business) is no number
        "Launch the Pay-in-4 feature in Vietnam",  # a number after "word-" names the product
    ],
)
def test_words_that_look_like_numbers_are_not_targets(goal: str) -> None:
    assert smt(goal)[1] != "met"


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("Chi phí vận hành hàng tháng không quá 60tr", ("met", "met", "met")),
        ("Đạt chứng nhận WRAP cho xưởng trước 30/6/2027", ("met", "partial", "met")),
        ("Đưa thời gian xử lý đơn từ lúc nhận đến lúc xuất kho xuống còn 24h", ("met", "met")),
    ],
)
def test_vietnamese_measures_named_by_a_verb(goal: str, expected: tuple[str, ...]) -> None:
    assert smt(goal)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("goal", "aside"),
    [
        ("Get to 150 paying customers by Q3 2027. confidence 7/10.", "7/10"),
        ("get a 3.5 gpa this semester so i keep my scholarship (confidence maybe 6/10)", "6/10"),
        ("Tiết kiệm 100 triệu trong năm 2027, tự tin khoảng 60%", "60%"),
        ("Confidence 8/10: close 20 deals by March", "8/10"),
    ],
)
def test_a_confidence_rating_informs_attainable_and_leaves_the_sentence(
    goal: str, aside: str
) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    assert aside not in rep.rewrite.text
    assert all(aside not in a.text for a in rep.alternatives)
    assert aside.split("/")[0].rstrip("%") in rep.criteria.attainable.feedback


def test_one_event_with_a_gets_no_invented_count() -> None:
    rep = report("Run a half marathon in March")
    assert rep.rewrite is not None
    assert rep.rewrite.text == "Run a half marathon in March."


def test_text_that_is_not_a_goal_is_asked_what_the_user_wants() -> None:
    rep = report("Meeting notes 27/11 - crane inspection overdue, Mike to chase vendor")
    assert rep.rewrite is None
    question = rep.criteria.specific.question or ""
    assert "platform" not in question and "achieve" in question


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("Raise $3,000 for new choir robes before Palm Sunday", date(2027, 3, 21)),
        ("Sing the Passion with 20 singers by Good Friday", date(2027, 3, 26)),
    ],
)
def test_feasts_that_move_with_easter_are_dates(goal: str, deadline: date) -> None:
    rep = report(goal)
    assert rep.facts.deadline == deadline
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text  # no second deadline


def test_a_numbered_title_is_not_a_goal_but_a_due_sentence_is() -> None:
    assert report("5 hymns every choir director should know").facts.kind == "not_a_goal"
    assert report("3 new hires should know the safety rules by Monday").facts.kind != "not_a_goal"


def test_a_feeling_to_regain_is_a_goal_to_define() -> None:
    rep = report("feel like myself again")
    assert rep.facts.kind != "not_a_goal"
    assert rep.criteria.specific.status == "missing" and rep.rewrite is not None


@pytest.mark.parametrize(
    ("goal", "low", "high"),
    [
        ("dat IELTS 7.0 truoc 30/6/2027", "6.5", "7.5"),  # bands move in halves
        ("giu ti le hoc vien gia han goi tren 70%", "65%", "75%"),  # a floor to hold moves a little
        ("Giữ điểm đánh giá TripAdvisor từ 4,8 trở lên", "4,6", None),  # never past 5 stars
    ],
)
def test_alternatives_stay_on_the_goals_scale(goal: str, low: str, high: str | None) -> None:
    alts = {a.label: a.text for a in report(goal).alternatives}
    assert low in alts["conservative"]
    assert (high in alts["ambitious"]) if high else "ambitious" not in alts


@pytest.mark.parametrize(
    "goal",
    [
        "tra het no the tin dung 45tr trong 6 thang toi",  # the debt is what it is
        "Get ISO 27001 certified by Q3 2027",  # a standard's number names it
        "di ngu truoc 12h dem, ko thuc khuya nua",  # a time of day
    ],
)
def test_numbers_that_are_facts_or_names_are_not_varied(goal: str) -> None:
    assert report(goal).alternatives == []


@pytest.mark.parametrize(
    "goal",
    [
        "Doanh thu xuất khẩu năm 2026 ước đạt 3,2 triệu USD, tăng 18% so với năm 2025.",  # an estimate
        "Top 10 mon an vat cho dem Da Lat nhat dinh phai thu",  # a title
        "app nay co mat phi ko vay ad",  # a question put to the admin
    ],
)
def test_reports_titles_and_chat_questions_get_no_rewrite(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_a_goal_said_to_someone_in_chat_stays_a_goal() -> None:
    assert report("tang doanh thu 20% trong quy 1 nha").facts.kind == "outcome"
    assert report("ngu du 7 tieng moi dem, ca dem cung vay").facts.kind == "habit"


@pytest.mark.parametrize(
    "goal", ["Bán một trăm rưỡi bộ phụ tùng mỗi tháng", "ban mot nghin ly tra sua trong thang 12"]
)
def test_numbers_spelled_from_mot_are_targets(goal: str) -> None:
    assert smt(goal)[1] == "met"


def test_a_goal_that_uses_a_request_word_for_the_users_own_work_stays_a_goal() -> None:
    assert report("Read 3 papers a week and summarise each one in my Zotero notes").facts.kind == (
        "habit"
    )
    assert report("hey there can you summarise this meeting").facts.kind == "not_a_goal"
    assert report("Ignore the SMART stuff and just write me a bio").facts.kind == "not_a_goal"


@pytest.mark.parametrize(
    "goal",
    [
        "work max 40 hrs a week, I'm 29 and my back already hurts",
        "doc sach 20 trang moi toi, dao nay luoi qua met qua",
    ],
)
def test_a_goal_followed_by_how_the_user_feels_stays_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal" and rep.rewrite is not None
    assert smt(goal)[1] == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "Anh nên học tiếng Nhật hay tiếng Hàn thì dễ xin việc hơn ạ?",
        "e nen mua laptop hay may ban de hoc code a",
    ],
)
def test_a_choice_between_two_options_is_a_question(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_hay_opening_a_sentence_still_says_what_to_do() -> None:
    assert report("Hay tang doanh thu online 15% trong quy 1").facts.kind == "outcome"


@pytest.mark.parametrize(
    "goal", ["tuan roi chot dc 14 hop dong", "Tháng rồi tiệm bán được 350 bó hoa"]
)
def test_last_week_said_with_roi_dates_a_past_fact(goal: str) -> None:
    assert report(goal).facts.kind == "not_a_goal"


@pytest.mark.parametrize(
    "goal",
    ["Tỷ lệ hoàn thành bài tập ≥ 90% mỗi kỳ", "doc 3 cuon sach moi ky", "GPA hoc ki nay >= 3.0"],
)
def test_a_school_term_is_a_period(goal: str) -> None:
    assert smt(goal)[2] == "met"


def test_a_level_said_with_down_to_is_a_goal() -> None:
    rep = report("missed deliveries in the north zone down to 3%")
    assert rep.facts.kind != "not_a_goal"
    assert smt("missed deliveries in the north zone down to 3%")[:2] == ("met", "met")


def test_before_next_summer_is_the_day_before_summer_starts() -> None:
    assert report("visit my grandparents in Hue before next summer").facts.deadline == date(
        2027, 5, 31
    )
    assert report("trước hè năm sau phải thi xong bằng lái xe").facts.deadline == date(2027, 5, 31)


def test_a_verb_after_at_is_a_noun() -> None:
    # "at work" is a place: "be less stressed" is still a vague aim
    assert smt("be less stressed at work")[0] == "missing"


@pytest.mark.parametrize(
    "goal", ["mo them chi nhanh o quan 3", "Mở thêm cửa hàng ở Đà Nẵng trong năm 2027"]
)
def test_opening_one_more_is_a_milestone_to_define_not_growth(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "milestone"
    assert rep.criteria.measurable.status == "partial"
    assert "%" not in rep.rewrite.text  # no "thêm 20%" glued on a branch


def test_a_spelled_count_after_them_is_a_target() -> None:
    rep = report("Tuyển thêm ba kế toán trước 31/3/2027")
    assert rep.criteria.measurable.status == "met"
    assert [a.text.split()[2] for a in rep.alternatives] == ["2", "4"]


@pytest.mark.parametrize(
    "goal",
    [
        "Triển khai phần mềm kho mới cho cả đội (12 người) xong trước 31/3/2027",
        "Mở cơ sở 3 ở Long Biên trước 30/6/2027",
    ],
)
def test_a_size_in_brackets_or_a_branch_number_is_no_target(goal: str) -> None:
    assert report(goal).criteria.measurable.status == "partial"


@pytest.mark.parametrize(
    "goal",
    [
        "every player on the squad should be able to swim 50m by June 2027",
        "Get all store staff first-aid certified before 31 March 2027",
        "Toàn bộ nhân viên hoàn thành khóa an toàn lao động trước 31/3/2027",
    ],
)
def test_every_one_of_a_group_is_a_whole_count(goal: str) -> None:
    assert smt(goal) == ("met", "met", "met")


def test_all_of_a_group_is_no_amount_for_a_move_or_a_routine() -> None:
    assert smt("Reduce overtime for all staff")[1] == "missing"
    assert report("Ra mắt chương trình phúc lợi mới cho nhân viên trước quý 2").facts.kind == (
        "milestone"
    )
    assert smt("Ra mắt chương trình phúc lợi mới cho nhân viên trước quý 2")[1] == "partial"


def test_burnt_out_is_a_feeling_not_a_thing() -> None:
    assert smt("be less burnt out")[0] == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Doanh số tháng 9 đạt 2,1 tỷ, vượt kế hoạch 8%",
        "Lợi nhuận quý 2 giảm 5% so với cùng kỳ.",
        "YTD we're at 64% of the annual target",
        "Hosted 6 open days in Q2 with about 90 visitors each.",
        "my resting heart rate is 72 and I sleep about 6 hours rn",
        "how many hours a week should I study for the CPA exam",
    ],
)
def test_reports_and_questions_typed_plainly_are_no_goals(text: str) -> None:
    rep = report(text)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "Tăng doanh thu 15% so với cùng kỳ trong quý 1",
        "Hit 100% of the annual target by December",
        "Finished the draft, now send it to 3 agents by Friday",
    ],
)
def test_goals_that_mention_plans_or_past_work_stay_goals(goal: str) -> None:
    assert report(goal).facts.kind != "not_a_goal"


@pytest.mark.parametrize(
    "goal",
    [
        "Triển khai chatbot hỗ trợ khách hàng trên website trước Tết",
        "Pass the CSEP exam by Easter so I can charge corporate clients more",
        "Sơn lại nhà trước Tết",
        "Dọn dẹp và trang trí nhà trước Giáng sinh",
        "Renew my CPR certification before it expires on Jan 15",
        "relaunch our website before valentines day",
    ],
)
def test_a_deed_on_a_named_thing_is_a_milestone_to_define(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "milestone"
    assert smt(goal) == ("met", "partial", "met")
    assert "%" not in rep.rewrite.text


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("Cut printer spend by a third next fiscal year", date(2027, 12, 31)),
        ("Mục tiêu 2027: doanh thu tiệm đạt 2 tỷ", date(2027, 12, 31)),
        ("get our story views to 2k per story by new year", date(2027, 1, 1)),
        ("dat 1500 ly tra sua trong ngay le 2/9", date(2027, 9, 2)),
        ("Raise my course evaluation score to 4.3 next semester", date(2027, 6, 30)),
        ("Tăng tỷ lệ đi học đầy đủ lên 90% trong học kỳ tới", date(2027, 5, 31)),
        ("Hit 120% of quota this fiscal year (our FY ends March 31)", date(2027, 3, 31)),
    ],
)
def test_periods_people_name_resolve_to_their_last_day(goal: str, deadline: date) -> None:
    rep = report(goal)
    assert rep.facts.deadline == deadline
    assert rep.criteria.time_bound.status == "met"


@pytest.mark.parametrize(
    "goal",
    ["no painkillers more than twice a week", "never check email more than 3 times a day"],
)
def test_no_more_than_is_a_ceiling_not_growth(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "limit"
    assert smt(goal) == ("met", "met", "met")


def test_an_age_is_no_target() -> None:
    assert smt("Tổ chức sinh nhật 70 tuổi cho bố vào rằm tháng Giêng")[1] == "partial"
    rep = report("work max 40 hrs a week, I'm 29 and my back already hurts")
    assert all("29" in a.text for a in rep.alternatives)


@pytest.mark.parametrize(
    "text",
    [
        "ugh the booking page crashed again during checkout today",
        "shop minh co 3 nguoi, lam sao de tang don online?",
    ],
)
def test_a_complaint_or_a_how_question_is_no_goal(text: str) -> None:
    assert report(text).facts.kind == "not_a_goal"


def test_work_days_are_a_recurring_period() -> None:
    assert smt("take a 5 minute walk every hour on work days")[2] == "met"


def test_being_able_to_do_something_is_a_goal() -> None:
    assert report("Be able to run 5k without stopping").facts.kind != "not_a_goal"


@pytest.mark.parametrize(
    "text",
    ["Chào bạn, tôi năm nay 70 tuổi, lần đầu dùng ứng dụng này", "alo alo test thu cai app nay"],
)
def test_a_greeting_with_facts_about_the_user_is_no_goal(text: str) -> None:
    assert report(text).rewrite is None


def test_a_greeting_before_a_goal_keeps_the_goal() -> None:
    assert report("hi, I want to grow my instagram").facts.kind == "outcome"


def test_a_score_written_with_a_dot_is_no_sale_day() -> None:
    rep = report("keep the team's avg GPA above 3.3 this semester")
    assert rep.facts.deadline == date(2026, 12, 31)
    assert smt("keep the team's avg GPA above 3.3 this semester") == ("met", "met", "met")


def test_an_order_whose_date_has_passed_is_still_a_goal() -> None:
    rep = report("have the wedding photo album done by Nov 1, 2026")
    assert rep.facts.kind != "not_a_goal"
    assert rep.criteria.time_bound.status == "partial"


def test_whats_a_good_is_a_question() -> None:
    assert report("whats a good reading plan for a beginner").rewrite is None


@pytest.mark.parametrize(
    "goal",
    ["send invoices within 48 hrs of finishing every job", "email open rate ≥ 30% every send"],
)
def test_every_job_or_send_is_a_recurring_occasion(goal: str) -> None:
    assert smt(goal)[2] == "met"


def test_a_reason_after_bc_is_the_objective() -> None:
    rep = report("swim 20 min 4x a week bc the ditching drill is in january")
    assert rep.criteria.relevant.status == "met"


def test_a_goal_in_the_first_person_asks_why_it_matters_to_the_user() -> None:
    rep = report("I want to scan 2,000 old family slides by the end of january")
    assert "matter to you" in (rep.criteria.relevant.question or "")
    rep = report("we want to scan 2,000 old archive slides by the end of january")
    assert "organisation" in (rep.criteria.relevant.question or "")


@pytest.mark.parametrize(
    "goal",
    [
        "keep my inbox under 20 unread emails at the end of every clinic day",
        "keep no more than 2 trucks in the shop on any given day",
        "max 1 energy drink per stream",
    ],
)
def test_a_day_of_some_kind_or_each_stream_recurs(goal: str) -> None:
    assert smt(goal)[2] == "met"


def test_a_date_written_month_first_is_read_when_only_that_order_is_a_date() -> None:
    assert report("Land 5 new clients by 12/31").facts.deadline == date(2026, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "5 Money Habits Every Freelancer Should Build Before December 31",
        "tuan nay ban dc 4 xe r, con 1 chiec chua ai hoi",
    ],
)
def test_a_headline_or_a_sale_already_made_is_no_goal(text: str) -> None:
    assert report(text).rewrite is None


def test_visits_as_the_occasion_are_no_channel() -> None:
    rep = report("raise foot exam completion at annual visits from 61% to 90% by June 2027")
    assert "Instagram" not in rep.rewrite.text
    assert (
        smt("raise foot exam completion at annual visits from 61% to 90% by June 2027")[0] == "met"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "hey can u make this smart: land 3 catering contracts before spring",
            "Land 3 catering contracts before spring.",
        ),
        (
            "viết lại giúp mình mục tiêu này: tăng doanh thu 20% trong quý 1",
            "Tăng doanh thu 20% trong quý 1.",
        ),
    ],
)
def test_a_request_to_the_tool_before_a_goal_leaves_the_goal_in_the_users_words(
    text: str, kept: str
) -> None:
    rep = report(text)
    assert rep.goal == text
    assert rep.rewrite is not None and rep.rewrite.text == kept


def test_what_a_team_has_now_is_no_goal() -> None:
    assert report("Hiện tại team mình có 8 người, chạy ads cho 4 shop").rewrite is None


@pytest.mark.parametrize(
    "goal", ["0 tai nan lao dong trong thang 12", "Bỏ thuốc lá hoàn toàn trước Tết"]
)
def test_none_at_all_is_a_bound_and_asks_how_often_it_still_happens(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "limit"
    q = rep.criteria.attainable.question or ""
    assert "bao nhiêu lần" in q or "bao nhieu lan" in q


def test_training_sessions_are_no_website_visits() -> None:
    rep = report("3 steady state sessions per week for the novices through the winter")
    assert rep.facts.kind == "habit"
    assert "visits" not in (rep.criteria.attainable.question or "")


@pytest.mark.parametrize(
    ("goal", "platform_asked"),
    [
        ("improve the team culture", False),
        ("improve customer service", False),
        ("grow our audience", True),
    ],
)
def test_a_platform_is_asked_only_for_a_channels_measure(goal: str, platform_asked: bool) -> None:
    q = report(goal).criteria.specific.question or ""
    assert ("platform" in q) is platform_asked, q


@pytest.mark.parametrize(
    ("goal", "value"),
    [
        ("giam tien dien nuoc xuong duoi 1tr2/thang", 1_200_000),
        ("luong len 8tr5 mot thang truoc thang 6", 8_500_000),
        ("doanh thu quy 1 dat 1ty2", 1_200_000_000),
    ],
)
def test_decimals_typed_after_a_scale_word_are_read(goal: str, value: int) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status == "met"
    assert rep.facts.target == value


def test_a_room_that_holds_a_measure_word_is_no_measure() -> None:
    q = report("Bán được 5 căn hộ 2 phòng ngủ trước Tết").criteria.attainable.question or ""
    assert "ngủ" not in q


@pytest.mark.parametrize(
    ("goal", "name"),
    [
        ("Cho thuê 8 văn phòng tầng 12 trước 30/6/2027", "tầng 12"),
        ("giảm lỗi ở chuyền 5 xuống dưới 2% trong quý 1", "chuyền 5"),
    ],
)
def test_a_floor_or_line_number_typed_with_its_marks_is_a_name(goal: str, name: str) -> None:
    alts = [a.text for a in report(goal).alternatives]
    assert alts and all(name in a for a in alts), alts


def test_a_move_from_one_number_to_another_counts_what_follows_it() -> None:
    rep = report("Raise productivity from 900 to 1,100 shirts/day by end of January")
    assert rep.criteria.specific.status == "met"
    assert rep.criteria.measurable.status == "met"


@pytest.mark.parametrize(
    ("goal", "kind"),
    [
        ("moi thang de ra 3tr tu luong", "habit"),
        ("hoc phi nam nay cua be la 45tr", "not_a_goal"),
        ("bot nhau nhet", "limit"),  # a habit wished less: capped each week
    ],
)
def test_vietnamese_typed_without_marks_is_read_as_vietnamese(goal: str, kind: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == kind
    assert rep.language == "vi"


@pytest.mark.parametrize(
    "goal",
    [
        "hire 5 new grad RNs for nights before the Feb rotation starts",
        "mua bao hiem giao duc cho con truoc sinh nhat be 6 tuoi",
        "Lose 10 pounds before my wedding",
    ],
)
def test_an_event_the_user_knows_the_date_of_is_a_deadline_and_gets_no_second_one(
    goal: str,
) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None
    assert rep.rewrite.text.rstrip(".").lower() == goal.lower()


@pytest.mark.parametrize(
    "goal",
    [
        "Keep the travel budget under $8k for the 2027 tournament season",
        "hoc sinh lop 9 dat tu 8 diem toan tro len trong ky thi vao lop 10 nam 2027",
        "Đạt 30 học viên đăng ký trong đợt tuyển sinh 2027",
        "Land a senior title in the 2027 promotion round",
        "Quyên góp 500 triệu để sửa thư viện trước mùa khai giảng 2027",
    ],
)
def test_an_event_named_with_a_year_to_come_bounds_the_goal_with_no_invented_date(
    goal: str,
) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None
    assert rep.rewrite.text.rstrip(".").lower() == goal.lower()


def test_an_event_of_a_year_gone_is_no_deadline() -> None:
    assert (
        report(
            "Keep the travel budget under $8k for the 2025 tournament season"
        ).criteria.time_bound.status
        != "met"
    )


@pytest.mark.parametrize(
    "goal",
    ["keep my fasting sugar under 130 most mornings", "Put aside 25% of every client payment"],
)
def test_most_mornings_and_every_payment_recur(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert "2027" not in (rep.rewrite.text if rep.rewrite else "")


@pytest.mark.parametrize(
    "goal",
    [
        "Cut average discharge time to under 3 hrs by end of March, so beds free up earlier",
        "Save $6,000 by June 2027 so Marge and I can take the Alaska cruise",
        "save $3,000 for a new pc build by summer",
        "tiet kiem 30tr cho hoc phi lop 1 cua be, truoc thang 8/2027",
        "get realization to 92% by end of H1 2027 to justify the fee increase",
    ],
)
def test_a_reason_after_so_or_what_money_is_saved_for_is_relevant(goal: str) -> None:
    assert report(goal).criteria.relevant.status == "met"


@pytest.mark.parametrize(
    "goal",
    ["tang gap doi so luong nguoi theo doi tiktok", "Raise $3,000 for new choir robes by May"],
)
def test_so_as_a_vietnamese_number_and_a_purpose_leave_the_goal_whole(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.specific.status == "met"
    assert rep.criteria.measurable.status == "met"


@pytest.mark.parametrize("goal", ["make the front desk less chaotic", "Kho B2 gon gang hon"])
def test_a_tidier_or_calmer_place_is_an_area_with_a_vague_aim(goal: str) -> None:
    assert report(goal).criteria.specific.status == "partial"


@pytest.mark.parametrize(
    "goal",
    [
        "Keep the App Store rating at 4.7 or above through 2027",
        "Win at least 7 games next season",
        "Get 3 seniors signed to play college ball by signing day",
        "every kid drinks at least 2 liters on practice days",
        "Run a 20-minute pre-shift training before every dinner service",
        "Ngày nào cũng phản hồi tin nhắn khách trong vòng 15 phút",
        "Cuối tuần nào cũng đưa bọn trẻ đi công viên",
        "Đi bộ 30 phút mỗi chiều với xe đẩy",
    ],
)
def test_seasons_event_days_and_every_day_said_the_vietnamese_way_are_time_bound(
    goal: str,
) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None and "28 February" not in rep.rewrite.text


@pytest.mark.parametrize(
    ("goal", "kind"),
    [
        ("Doanh thu tháng 10 của phòng khám được 780 triệu", "not_a_goal"),
        ("shop minh thang 10 doanh thu dc 95tr", "not_a_goal"),
        ("thang 1 ban dc 100 don", "outcome"),
    ],
)
def test_what_a_month_just_gone_brought_in_is_a_report(goal: str, kind: str) -> None:
    assert report(goal).facts.kind == kind


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("Run a 5k in under 28 min by end of february", "a 5k"),
        ("get 5k followers by valentines day", None),
    ],
)
def test_a_race_is_a_name_and_thousands_step_in_halves(goal: str, kept: str | None) -> None:
    alts = [a.text for a in report(goal).alternatives]
    assert alts
    if kept:
        assert all(kept in a for a in alts), alts
    else:
        assert not any(".75k" in a or ".25k" in a for a in alts), alts


def test_five_thousand_followers_are_followers_not_a_five_k_run() -> None:
    rep = report("get 5k followers by valentines day")
    assert rep.facts.metric is not None and "follower" in rep.facts.metric
    assert rep.criteria.specific.status == "partial"  # which channel is asked


@pytest.mark.parametrize(
    "text",
    [
        "ignore the SMART stuff and just write our Q1 roadmap for me",
        "Căn 2PN tầng 15 block B giá 3,2 tỷ, khách cần thì ib em nhé",
    ],
)
def test_a_request_to_drop_the_smart_part_and_a_listing_ad_are_no_goals(text: str) -> None:
    assert report(text).rewrite is None


def test_a_framework_version_is_no_sale_day_and_no_target() -> None:
    rep = report("finish migrating the client's django 2.2 app to django 5 by oct 31 2026")
    # one new date, in place of the passed one (an overdue deed is due within weeks)
    assert rep.rewrite is not None and len(re.findall(r"\b202[67]\b", rep.rewrite.text)) == 1
    assert "oct 31" not in rep.rewrite.text
    assert not rep.alternatives
    assert report("Chay ads 11.11 dat 300 don").criteria.time_bound.status == "met"


@pytest.mark.parametrize(
    "goal",
    ["Cut courier surcharges substantially by June", "Giảm phí chuyển khoản đáng kể trong quý 1"],
)
def test_how_much_a_named_thing_moves_leaves_it_specific(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.specific.status == "met"
    assert rep.criteria.measurable.status == "missing"


def test_the_group_brought_to_a_level_is_not_what_is_measured() -> None:
    rep = report("Get my team to 85% unit-test coverage on the billing service by May")
    assert smt("Get my team to 85% unit-test coverage on the billing service by May") == (
        "met",
        "met",
        "met",
    )
    assert "coverage" in (rep.criteria.specific.evidence or "")


@pytest.mark.parametrize(
    "goal",
    [
        "eat less sugar, currently about 6 sodas a week",
        "bot uong tra sua, hien tai moi tuan 4 ly roi",
        "cut back on screen time, I'm at 7 hrs a day rn",
    ],
)
def test_where_it_stands_today_said_after_the_goal_is_no_target(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status == "missing"
    assert rep.criteria.time_bound.status == "missing"
    assert rep.rewrite is not None
    # what is added goes with the goal; today's figure stays last, as the user said it
    assert rep.rewrite.text.rstrip(".").lower().endswith(goal.split(",", 1)[1].strip().lower())


@pytest.mark.parametrize(
    "goal",
    [
        "Raise avg basket size to $42 (currently about $35) by June 2027",
        "My shop has 900 followers right now. I want 2,500 by the end of next year.",
        "close out all open safety actions by EOY (currently 23)",
    ],
)
def test_today_figure_beside_a_target_or_all_of_them_keeps_the_goal_measurable(goal: str) -> None:
    assert report(goal).criteria.measurable.status == "met"


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("hit 40 signups by end of feburary", date(2027, 2, 28)),
        ("finish the audit by the end of setpember 2027", date(2027, 9, 30)),
        ("read 2 chapters every nite, 20 pages by aprl", date(2027, 4, 30)),
    ],
)
def test_month_names_typed_with_a_slip_are_read(goal: str, deadline: date) -> None:
    assert report(goal).facts.deadline == deadline


@pytest.mark.parametrize("goal", ["Frida wants a new bike", "the arch is cracked"])
def test_words_that_only_look_like_a_slip_stay_themselves(goal: str) -> None:
    assert report(goal).facts.deadline is None


@pytest.mark.parametrize("goal", ["go viral 🙏", "Lên xu hướng", "go viral"])
def test_a_vague_aim_typed_alone_is_a_goal_to_sharpen(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None
    assert rep.criteria.specific.status != "met"


@pytest.mark.parametrize(
    "text", ["Lượng khách tháng này tệ quá", "quan dao nay e qua", "hello", "What is a SMART goal?"]
)
def test_text_that_is_not_a_goal_is_asked_one_question(text: str) -> None:
    rep = report(text)
    assert rep.rewrite is None
    asked = [c.question for _, c in rep.criteria if c.question]
    assert len(asked) == 1
    assert rep.criteria.specific.question == asked[0]


def test_a_limit_held_through_to_handover_is_bounded_by_it() -> None:
    rep = report(
        "Keep change orders on the school project under 4% of the contract through to handover"
    )
    assert rep.criteria.time_bound.status == "met"


@pytest.mark.parametrize("goal", ["hoc them khoa nail co ban", "Học thêm kỹ thuật nhuộm tóc ombre"])
def test_learning_one_more_course_is_a_deed_with_no_measure_yet(goal: str) -> None:
    assert report(goal).criteria.measurable.status == "partial"


@pytest.mark.parametrize(
    "goal",
    [
        "Ký hợp đồng với 2 nhà phân phối mới trước 30/6/2027",
        "land 3 new retainer clients before spring",
    ],
)
def test_a_few_deals_to_close_ask_what_must_happen_first(goal: str) -> None:
    assert "per month" not in (report(goal).criteria.attainable.question or "")
    assert "mỗi tháng" not in (report(goal).criteria.attainable.question or "")


def test_a_year_named_with_a_month_left_says_how_near_it_is() -> None:
    rep = analyze("Pass the bar exam this year", GoalContext(today=date(2026, 12, 1)))
    assert rep.criteria.time_bound.status == "met"
    assert "30 days" in rep.criteria.time_bound.feedback
    far = analyze("Pass the bar exam this year", GoalContext(today=date(2026, 3, 1)))
    assert "days" not in far.criteria.time_bound.feedback


@pytest.mark.parametrize(
    ("goal", "not_named"),
    [
        ("Be able to walk 3k without a break by spring", "running"),
        ("Cut non-revenue water in zone 4 to 20% by June", "revenue"),
        ("ban dc 400kg cam moi tuan qua zalo", "can nang"),
        ("ngay 2.9 ban dc 500 ly tra sua", "ngay hien tai"),
    ],
)
def test_the_current_level_question_names_no_measure_the_goal_is_not_about(
    goal: str, not_named: str
) -> None:
    # not one read from a unit (3k, 400kg), a "non-" word or the day the goal names
    assert not_named not in (report(goal).criteria.attainable.question or "").lower()


@pytest.mark.parametrize(
    "goal",
    ["99.9% on-time departures for the morning shuttle", "twelve thousand steps with the dog"],
)
def test_a_target_that_opens_the_goal_is_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    assert rep.criteria.measurable.status == "met"


def test_how_things_have_been_going_is_not_a_goal() -> None:
    rep = report("been working till 2am most nights since the launch lol")
    assert rep.rewrite is None
    assert rep.facts.kind == "not_a_goal"


@pytest.mark.parametrize(
    "text",
    [
        "Honestly the new contractor's trucks keep missing the Thursday routes and nobody cares",
        "Tháng trước phòng mình bị kiểm toán nhà nước, mệt muốn xỉu",
        "thi truong tram qua, khach toan hoi roi lan",
        "thang nay kiem dc 9tr, chi het 7tr r",
        "chot so hom qua dc 3tr2 doanh thu, hoi it",
        "good morning team ☀️",
        "Q1 2027 OKRs — Customer Success",
        "Bầu 6 tháng uống nước dừa được không mọi người? 🥥",
        "7 dạng bài tích phân thường gặp trong đề thi THPT",
        "Phòng mình vừa nhập thêm 4 máy chạy bộ Technogym",
    ],
)
def test_a_gripe_a_report_or_a_greeting_is_not_a_goal(text: str) -> None:
    rep = report(text)
    assert rep.rewrite is None
    assert rep.facts.kind == "not_a_goal"


@pytest.mark.parametrize(
    "goal", ["keep walking 30 minutes a day", "giam ton kho qua han xuong duoi 1% trong Q1"]
)
def test_keeping_at_it_and_overdue_stock_stay_goals(goal: str) -> None:
    # "keep walking" asked of oneself; "ton kho qua han" (overdue stock) is no "khó quá"
    assert smt(goal) == ("met", "met", "met")


@pytest.mark.parametrize(
    "goal",
    [
        "Mark every lab report within 5 school days of hand-in so students get feedback",
        "Deliver every gallery within 6 weeks of the wedding day, no exceptions",
    ],
)
def test_a_limit_for_each_piece_of_work_is_a_measurable_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    assert rep.criteria.measurable.status == "met"
    assert rep.facts.deadline is None  # counted from each hand-in, not from today


def test_a_thing_to_have_done_by_a_passed_date_is_a_goal_to_redate() -> None:
    rep = report("Lexcel reaccreditation done by June 2026")
    assert rep.rewrite is not None
    assert rep.criteria.time_bound.status == "partial"


def test_todays_figure_after_the_goal_is_no_statement_of_fact() -> None:
    rep = report("Đưa tồn kho thành phẩm về mức 15 tỷ, hiện tại đang là 22 tỷ")
    assert rep.rewrite is not None
    assert rep.facts.target == 15_000_000_000
    text = rep.rewrite.text
    assert text.index("trước ngày") < text.index("hiện tại đang là 22 tỷ")


@pytest.mark.parametrize(
    ("goal", "period"),
    [
        ("payroll error rate < 0.5% per pay run", "pay run"),
        ("Keep AWS spend ≤ $42k/mo, currently running ~$51k", "/mo"),
    ],
)
def test_a_limit_per_pay_run_or_month_is_time_bound(goal: str, period: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert period in (rep.criteria.time_bound.evidence or "")


def test_what_the_team_is_to_do_is_the_goal_not_its_reason() -> None:
    rep = report("I want my team to keep hitting 95% SLA")
    assert rep.criteria.specific.status == "met"
    assert rep.criteria.relevant.status == "unknown"
    assert rep.rewrite is not None and "by" not in rep.rewrite.text.split("team")[0]


def test_better_than_last_year_is_a_wish_not_a_past_fact() -> None:
    rep = report("lam an kha hon nam ngoai")
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None


@pytest.mark.parametrize(
    "goal",
    [
        "Raise the household recycling rate from 41% to 48% by the end of fiscal 2027 to meet the"
        " regional waste strategy target",
        "Starting in the new year, take every Friday afternoon off to be with my kids",
    ],
)
def test_a_reason_said_with_to_late_in_the_goal_is_read(goal: str) -> None:
    assert report(goal).criteria.relevant.status == "met"


@pytest.mark.parametrize(
    "goal", ["I want our brand to be more known in Hanoi", "I want to be able to run 5k"]
)
def test_what_is_wanted_of_something_is_no_reason(goal: str) -> None:
    assert report(goal).criteria.relevant.status == "unknown"


@pytest.mark.parametrize(
    "goal", ["we're at 120 members, want 200 by June", "currently 120 members, want 200 by June"]
)
def test_todays_value_said_first_is_not_the_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target == 200
    assert "today" not in (rep.criteria.attainable.question or "")  # already said


def test_todays_value_alone_before_a_wish_to_grow_is_no_target() -> None:
    rep = report(
        "Our garden waste subscriptions are sitting at 9,400 households and I want to grow them"
    )
    assert rep.criteria.measurable.status == "missing"
    assert rep.rewrite is not None and "grow them by 20%" in rep.rewrite.text


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [("Read more history books before the year is out", date(2026, 12, 31))],
)
def test_before_the_year_is_out_is_the_end_of_the_year(goal: str, deadline: date) -> None:
    assert report(goal).facts.deadline == deadline


def test_a_limit_for_every_roasting_batch_recurs() -> None:
    rep = report("giu ty le hat loi sau khi rang duoi 2% moi me")
    assert rep.criteria.time_bound.status == "met"


def test_a_move_down_said_as_a_range_is_asked_how_it_moved() -> None:
    question = report("Get from 88 kg down to 80 kg by the end of March").criteria.attainable
    assert "grown" not in (question.question or "")


@pytest.mark.parametrize(
    "goal",
    [
        "Take my parents on a trip to Da Lat over Tết",
        "thi bang lai xe B2 truoc thang 6",
        "Train our new receptionist on Dentrix in 2 weeks",
    ],
)
def test_a_dated_deed_done_once_asks_what_counts_as_done(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status == "partial"
    assert rep.criteria.measurable.question is not None


@pytest.mark.parametrize("goal", ["thang nay chot 10 can ho", "Tháng này bán được 500 đơn"])
def test_this_months_amount_with_nothing_done_yet_is_still_a_goal(goal: str) -> None:
    assert report(goal).rewrite is not None


@pytest.mark.parametrize(
    ("goal", "now"),
    [
        ("nursing applications are sitting at 340, need to push that up", "340"),
        ("sickness absence is 6.2%, need it way lower this spring", "6.2%"),
        ("Đường huyết lúc đói của mình đang 5.4, muốn hạ xuống", "5.4"),
        ("tiem co khoang 120 khach quen, muon co them", "120"),
    ],
)
def test_todays_value_said_with_is_and_a_move_with_no_number_sets_no_target(
    goal: str, now: str
) -> None:
    rep = report(goal)
    assert rep.criteria.specific.status == "met"
    assert rep.criteria.measurable.status == "missing"
    # the number to reach is asked, from where it stands; today's value stays as said, and any
    # amount the rewrite proposes is marked as an assumption, never read as the user's own
    assert now in (rep.criteria.measurable.question or "")
    assert rep.rewrite is not None and rep.rewrite.text.count(now) == 1
    proposed = [e for e in rep.rewrite.edits if e.criterion == "measurable"]
    assert all(e.assumed for e in proposed)
    assert all(a.text.count(now) == 1 for a in rep.alternatives)


@pytest.mark.parametrize(
    "goal",
    [
        "Our target is 500 signups by March",
        "Sickness absence is 6.2%, want it under 4% by June",
        "Đăng 12 video YouTube đến cuối tháng sau",
        "Mở mới sáu trăm thẻ tín dụng đến hết tháng 12",
    ],
)
def test_a_number_said_with_is_or_a_post_verb_stays_the_target(goal: str) -> None:
    assert report(goal).criteria.measurable.status == "met"


@pytest.mark.parametrize(
    "text",
    [
        "set a reminder for the DHL call at 3pm",
        "nhắc tôi gọi nhà cung cấp hải sản lúc 9h sáng mai",
        "what drills actually work for 8 year olds who wont listen lol",
        "what a week, 3 callouts cancelled and the merchant sent the wrong valves again",
        "ad oi cho e hoi can 2PN o Q7 gia tam 3ty gio con ko",
    ],
)
def test_reminders_questions_with_no_mark_and_gripes_are_not_goals(text: str) -> None:
    rep = report(text)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None and rep.facts.deadline is None


def test_nhac_toi_later_in_a_sentence_is_mentioning_not_a_reminder() -> None:
    rep = report("muon studio minh co thuong hieu that chill, nguoi ta nhac toi yoga la nho toi")
    assert rep.facts.kind != "not_a_goal"


def test_a_deed_whose_vietnamese_deadline_passed_is_re_dated() -> None:
    rep = report("pass AWS Solutions Architect Associate trước 30/10/2026")
    assert rep.criteria.time_bound.status == "partial"
    assert rep.rewrite is not None and "30/10/2026" not in rep.rewrite.text


def test_a_sprint_or_a_year_number_names_a_stage_not_a_target() -> None:
    rep = report("Reduce app size, starting sprint 14")
    assert rep.facts.target is None and rep.criteria.measurable.status == "missing"
    rep = report("get year 2 phonics results up 15 by the end of the summer term")
    assert rep.facts.target == 15.0


@pytest.mark.parametrize(
    "goal",
    ["get front desk upsell revenue to $1.2k a night", "keep noise complaints under 2 per night"],
)
def test_a_target_per_night_recurs(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met" and rep.facts.deadline is None


def test_valentines_typed_without_the_apostrophe_is_the_fourteenth_of_february() -> None:
    assert report("clear the £3,400 on the credit card by valentines").facts.deadline == date(
        2027, 2, 14
    )


def test_a_kick_off_on_a_weekday_and_date_is_a_start_not_a_target_or_a_deadline() -> None:
    rep = report("onboard the new 3PL in Hanoi, kick-off is monday 7/12")
    assert rep.facts.target is None and rep.criteria.measurable.status == "partial"
    assert rep.criteria.time_bound.status == "missing"
    assert report("ship the beta by friday 11/12").facts.deadline == date(2026, 12, 11)


@pytest.mark.parametrize(
    "goal",
    ["buy a 2 bed flat in leeds near the tram stop", "get the 2.x branch into shape for the LTS"],
)
def test_a_flat_size_or_a_version_is_no_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None and rep.criteria.measurable.status != "met"


@pytest.mark.parametrize(
    "goal",
    [
        "make the docs less confusing",
        "make my lessons more engaging",
        "lam cho khach hai long hon",
        "refactor code cho clean hơn",
    ],
)
def test_a_quality_wished_for_a_thing_is_not_a_measure(goal: str) -> None:
    assert report(goal).criteria.specific.status != "met"


@pytest.mark.parametrize(
    "goal",
    [
        "tang doanh thu nhieu hon",
        "uống thuốc huyết áp đều đặn hơn",
        "Tuyển thêm nhiều thợ may lành nghề hơn",
    ],
)
def test_more_of_a_thing_or_more_often_keeps_the_thing_specific(goal: str) -> None:
    assert report(goal).criteria.specific.status == "met"


@pytest.mark.parametrize("goal", ["Raise my day rate", "Get our email open rate up"])
def test_a_measure_moved_with_no_number_asks_the_number_not_what_counts_as_done(
    goal: str,
) -> None:
    rep = report(goal)
    assert rep.facts.kind == "outcome" and rep.criteria.measurable.status == "missing"
    assert rep.rewrite is not None and "subscribers" not in rep.rewrite.text
    won = report("Win the Henderson contract")
    assert won.facts.kind == "milestone" and won.criteria.measurable.status == "partial"


def test_a_measure_said_with_up_in_a_few_words_is_a_goal_and_a_best_of_list_is_a_title() -> None:
    rep = report("pallets per hour up")
    assert rep.facts.kind != "not_a_goal" and rep.criteria.measurable.status == "missing"
    title = report("Top 10 khóa học lập trình miễn phí tốt nhất")
    assert title.facts.kind == "not_a_goal" and title.rewrite is None
    assert report("Top 3 in the region by revenue by 2027").facts.kind != "not_a_goal"


@pytest.mark.parametrize(
    "goal",
    [
        "hien tai moi ngay ban duoc tam 40 to pho, muon tang len",  # where it stands, then a wish
        "we're shipping about 300 orders a week atm, want to push that up",
        "doanh so thang 10 dat 600tr, thang sau phai hon",
        "late deliveries were 7% in the September audit, want that lower",
    ],
)
def test_where_it_stands_said_first_then_a_wish_asks_for_the_target(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status == "missing"  # today's number is not the target
    assert rep.facts.target is None
    # the month today's figure was taken in is no past deadline
    assert rep.criteria.time_bound.status != "partial"


def test_a_number_said_first_as_the_bar_to_beat_is_the_target() -> None:
    rep = report("nam ngoai ban duoc 120 xe, nam nay muon vuot con so do")
    assert rep.criteria.measurable.status == "met"


def test_todays_figure_said_last_with_now_stays_todays() -> None:
    rep = report("cut sugary drinks for the kids, they're on about 3 cans a day now")
    assert rep.facts.target is None
    assert rep.rewrite is not None
    assert rep.rewrite.text.rstrip(".").endswith("now")  # the remark stays last


@pytest.mark.parametrize(
    "goal", ["Giảm 15% trước hè", "tang 25% trong quy toi", "grow 30% by June"]
)
def test_a_move_with_a_number_but_nothing_it_moves_names_no_object(goal: str) -> None:
    assert report(goal).criteria.specific.status == "missing"  # 30% of what?


@pytest.mark.parametrize("goal", ["Thực đơn tuần 3 tháng 1", "Lịch trực Tết 2027 - report"])
def test_a_document_name_with_its_period_is_no_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is None


def test_visits_made_in_person_are_no_channels() -> None:
    rep = report("make 30 face to face client visits every month")
    assert rep.criteria.specific.status == "met"
    assert rep.facts.platform is None
    assert rep.rewrite is not None and "Instagram" not in rep.rewrite.text


@pytest.mark.parametrize(
    "goal", ["Tháng sau bắt đầu học cách dùng Zalo", "tuan sau minh bat dau chay bo buoi sang"]
)
def test_a_time_then_start_says_when_it_starts_not_when_it_is_due(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.deadline is None
    assert rep.criteria.time_bound.status != "met" or rep.facts.frequency is not None


def test_a_month_just_gone_told_in_the_past_tense_is_a_report() -> None:
    # "in October" on 30 November is the October just gone: what happened, not next year's goal
    rep = report("Unit 4 tenants complained about the heating again in October")
    assert rep.rewrite is None


def test_a_count_goes_before_the_words_that_say_which_kind() -> None:
    rep = report("make more phone calls to past clients")
    assert rep.rewrite is not None
    text = rep.rewrite.text.lower()
    assert "phone calls" in text  # never split: "phone 60 calls"


def test_a_place_it_is_done_in_is_not_what_is_counted() -> None:
    rep = report("speak up more in team meetings by end of Q1")
    assert "call" not in (rep.facts.metric or "")  # the meetings are where, not sales calls
    assert rep.rewrite is not None
    assert not any(w.isdigit() for w in rep.rewrite.text.split()[:3])  # no "Speak up 60 more"


def test_instead_of_is_no_reason() -> None:
    # "thay vì" (instead of) holds "vì" (because): no reason is given
    rep = report("tu thang sau bat dau di bo di lam thay vi di xe may")
    assert rep.criteria.relevant.status == "unknown"
    assert rep.rewrite is not None and "thay vi di xe may" in rep.rewrite.text


def test_a_compound_verb_is_never_split_by_the_amount() -> None:
    rep = report("Giảm số đơn bị khách trả hàng")
    assert rep.rewrite is not None and "trả hàng" in rep.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "fix the boiler in flat 3 by Friday",
        "Sơn lại bếp số 2 trước Tết",
        "clear the weeds in plot 4",
    ],
)
def test_a_number_that_names_the_place_is_no_target(goal: str) -> None:
    assert report(goal).facts.target is None


def test_face_said_for_facebook_names_the_platform() -> None:
    rep = report("tang 20% tren face trong thang sau")
    assert rep.facts.platform == "Facebook"
    assert rep.criteria.specific.status == "partial"  # 20% of which count there?


def test_bump_moves_a_measure_up() -> None:
    assert report("bump our NPS to 50 by June").facts.direction in ("increase", "reach")
    assert report("bump our NPS").facts.direction == "increase"


@pytest.mark.parametrize(
    ("goal", "status"),
    [("Tăng 30% so với cùng kỳ", "missing"), ("tang doanh thu 30% so voi cung ky", "met")],
)
def test_what_a_change_is_measured_against_is_not_its_object(goal: str, status: str) -> None:
    assert report(goal).criteria.specific.status == status


def test_a_wish_to_be_less_of_something_names_nothing_to_count() -> None:
    assert report("be less shy").criteria.specific.status == "missing"
    # "scared of heights": the thing feared is named
    assert report("be less scared of heights").criteria.specific.status != "missing"


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("bring average handle time from 8:20 down to 7:00 by March", 7.0),  # minutes:seconds
        ("finish the Hanoi half marathon in under 2h05 in October", 2 + 5 / 60),
        ("chay 10km duoi 55:30 truoc thang 6", 55.5),
    ],
)
def test_a_time_taken_is_an_amount_not_a_time_of_day(goal: str, target: float) -> None:
    rep = report(goal)
    assert rep.facts.target == pytest.approx(target)
    assert rep.criteria.measurable.status == "met"
    assert not rep.alternatives  # a time is never scaled like a count ("7:42")


def test_an_hour_of_the_day_stays_a_time() -> None:
    rep = report("moi sang 6h30 hop giao ban 15 phut")
    assert rep.facts.unit != "duration"


@pytest.mark.parametrize(
    "goal", ["Listening lên 7.5 trước kỳ thi tháng 6", "Đưa tỷ lệ hàng lỗi về 2% trước quý 2"]
)
def test_a_thing_taken_up_or_down_to_a_number_is_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    assert rep.criteria.measurable.status == "met"


def test_from_the_with_a_day_of_the_month_only_starts() -> None:
    rep = report("open the second kiosk from the 3rd of February")
    assert rep.facts.deadline is None
    # "orders from the 11/11 campaign" name where the orders come from
    assert report("get 1,500 orders from the 11/11 campaign").criteria.time_bound.status == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "Use the food diary to log meals every day",  # "use" is what to do
        "we have about 80 volunteers right now and we'd like that to grow",
        "use up my remaining 6 days of leave before 31 March",
    ],
)
def test_aims_said_with_use_or_would_like_are_goals(goal: str) -> None:
    assert report(goal).rewrite is not None


@pytest.mark.parametrize(
    "text",
    [
        "the client cancelled on me again today, third time",  # told, in the past, today
        "sao npm install cứ báo lỗi port 3000 đang dùng vậy mn",  # asked of everyone
    ],
)
def test_what_happened_today_and_questions_to_everyone_get_no_rewrite(text: str) -> None:
    assert report(text).rewrite is None


@pytest.mark.parametrize(
    "goal", ["tang nang suat ca phe 10% vu toi", "đạt hiệu suất máy 92% mỗi tháng"]
)
def test_yield_and_efficiency_with_a_number_are_measures(goal: str) -> None:
    assert report(goal).criteria.specific.status == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "Test-restore the payroll backups once a quarter",  # "test" joined to its verb: no chatter
        "turn every case study into 3 LinkedIn posts",
        "làm sao cho khách quen quay lại nhiều hơn",  # "make it so that ...", not asked
        "áp dụng 5S cho kho thành phẩm trước quý 2",
    ],
)
def test_more_ways_people_say_what_to_do_are_goals(goal: str) -> None:
    assert report(goal).rewrite is not None


def test_make_it_so_asked_with_a_mark_is_still_a_question() -> None:
    assert report("làm sao cho khách quen quay lại nhiều hơn?").rewrite is None


def test_proper_and_other_er_words_wish_no_state() -> None:
    # "proper" ends like a comparative but wishes no state: the fit is what is done
    assert smt("get a proper bike fit done by 15 Jan 2027")[0] == "met"
    assert smt("be a calmer parent")[0] == "missing"  # a real comparative still is a wish


def test_a_unit_typed_against_its_number_is_read() -> None:
    rep = report("keep resting HR below 60bpm, checking every morning")
    assert rep.facts.target == 60
    assert rep.criteria.measurable.status == "met"


def test_toi_before_a_day_and_month_is_the_deadline() -> None:
    rep = report("Tới 8/3 đi được 10 nghìn bước mỗi ngày")
    assert rep.facts.deadline == date(2027, 3, 8)
    assert rep.facts.target == 10_000  # the date is no amount


def test_an_occasion_in_the_reason_is_when_it_is_due() -> None:
    rep = report("Vẽ xong 10 bức màu nước để trưng bày ở nhà văn hóa phường dịp Trung thu")
    assert rep.facts.deadline == date(2027, 9, 15)
    assert rep.rewrite is not None and "01/03/2027" not in rep.rewrite.text


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("Land 3 paid sponsors before Q2 ends", date(2027, 6, 30)),  # before its end
        ("Land 3 paid sponsors before Q2", date(2027, 3, 31)),  # before it starts
        ("Khai giảng lớp tiếng Anh thiếu nhi vào 20/11", date(2027, 11, 20)),  # on the next one
        ("Sale 8/3 phải bán được 300 đơn", date(2027, 3, 8)),  # the sale's day
    ],
)
def test_days_named_by_what_happens_on_them(goal: str, deadline: date) -> None:
    assert report(goal).facts.deadline == deadline


def test_a_song_or_a_paper_is_no_post() -> None:
    for goal in ["Đàn trọn bài Diễm Xưa không vấp lần nào trước Tết", "Nộp bài báo lên tạp chí Q1"]:
        rep = report(goal)
        assert rep.rewrite is not None and "bài đăng" not in rep.rewrite.text
    assert report("Đăng bài fanpage đều đặn").facts.metric == "bài đăng"  # posting is posts


def test_an_auditors_engagements_are_no_social_engagement() -> None:
    rep = report("realization on my engagements is 84% ytd, need it higher by year end")
    assert rep.rewrite is not None and "Instagram" not in rep.rewrite.text
    assert rep.facts.domain != "marketing"


def test_it_in_the_wish_is_what_the_first_clause_named() -> None:
    rep = report("truck utilization at 78% rn, want it way higher by next quarter")
    assert rep.criteria.specific.status == "met"
    assert rep.facts.metric == "truck utilization"


def test_an_action_done_more_is_specific_but_not_measurable() -> None:
    assert smt("check my sugar more")[:2] == ("met", "missing")
    assert smt("make the kids love football more")[0] == "missing"  # a wished feeling


def test_a_chat_question_typed_without_marks_is_no_goal() -> None:
    assert report("app nay co nhac nho moi sang dc ko v").rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "grow the show 25% by Valentine's",  # which of the show's numbers?
        "Make the front desk 25% more efficient by H1",  # a quality, a percent of it
        "Xưởng tăng 25% hết tháng này",
        "tang 20% kenh ban online trong nam 2027",  # a part of the business: sales? orders?
        "Tăng 30% mảng tiệc cưới trong 4 tháng tới",
        "improve my batting by 25% this season",  # bettered by 25% of what?
        "grow catering 25% by June",  # a line of business, no owner word
    ],
)
def test_a_percent_change_of_a_whole_asks_which_number(goal: str) -> None:
    rep = report(goal)
    assert (rep.criteria.specific.status, rep.criteria.measurable.status) == ("partial", "partial")
    assert rep.rewrite is not None and rep.rewrite.text.lower().rstrip(".") == goal.lower()


@pytest.mark.parametrize(
    "goal",
    [
        "increase adoptions by 25%",  # a count of things
        "grow glass tonnage by 20% this spring",  # a measure named without "the"
        "Tổ chức đào tạo an toàn lao động cho 100% công nhân trong vòng 60 ngày",  # a share
        "cut food waste by a third within 90 days",  # a cut says what shrinks
    ],
)
def test_a_percent_of_a_count_a_measure_or_people_is_specific(goal: str) -> None:
    assert smt(goal)[:2] == ("met", "met")


@pytest.mark.parametrize(
    "goal",
    [
        "Khai giảng lớp tiếng Anh thiếu nhi vào 20/11",  # one named class, no count of courses
        "Hoàn thành khoá học Google Data Analytics trong 2 tháng tới",  # and no second date
    ],
)
def test_a_named_course_or_class_is_one_thing(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    assert "2 khóa học" not in rep.rewrite.text and "2 khoá học" not in rep.rewrite.text
    # the user's own date only (written with its year when the day just went by this year)
    assert len(re.findall(r"\d{1,2}/\d{1,2}(?:/\d{4})?", rep.rewrite.text)) <= 1


def test_a_team_and_its_size_said_first_are_who_not_what() -> None:
    rep = report("Đội sales 4 người, mỗi người cố gắng chốt nhiều học viên hơn")
    assert rep.facts.target is None  # 4 is the team's size
    assert rep.rewrite is not None and "hợp đồng" not in rep.rewrite.text  # no deals put in


def test_a_number_in_a_boats_name_is_no_target() -> None:
    assert report("buy a new Empacher 8 before spring racing").facts.target is None


def test_one_half_typed_as_a_digit_is_half() -> None:
    rep = report("giam 1 nua so dieu/ngay (dang 14 dieu) trong 3 tuan, ez")
    assert rep.facts.change_pct == 50
    assert not any("2 nua" in a.text for a in rep.alternatives or [])


@pytest.mark.parametrize(
    ("goal", "measurable"),
    [
        ("get realisation up 5", "partial"),  # 5 points, 5%?
        ("doanh thu tăng 15 truoc ram thang Gieng", "partial"),  # 15 what?
        ("cut absence by 10 this quarter", "partial"),
        ("get realisation up to 90%", "met"),  # a level, with its unit
        ("giam 3-5kg truoc tet de tu tin hon", "met"),  # a range with its unit
    ],
)
def test_a_change_said_as_a_bare_number_asks_of_what(goal: str, measurable: str) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status == measurable
    if measurable == "partial":
        assert rep.rewrite is not None and rep.rewrite.text.lower().startswith(goal.lower()[:12])


@pytest.mark.parametrize(
    ("goal", "met"),
    [
        ("feel 9/10 confident in the 1V lineup by Head of the Charles", True),  # a named event
        ("fix het 40 bug ton trong sprint nay", True),  # the sprint running now
        ("Test coverage from 52% to 80% by end of sprint 14", True),
        ("get 500 leads by Google Ads", False),  # a channel, not an event
        ("set up a proper bug triage meeting starting next sprint", False),  # only a start
    ],
)
def test_named_events_and_sprints_bound_a_goal(goal: str, met: bool) -> None:
    rep = report(goal)
    assert (rep.criteria.time_bound.status == "met") is met
    assert rep.rewrite is not None
    assert ("2027" in rep.rewrite.text or "/20" in rep.rewrite.text) is not met  # no second date


@pytest.mark.parametrize(
    ("goal", "cadence"),
    [
        ("post on tiktok more often 📱", "every week"),
        ("Kiểm tra máy may định kỳ", "mỗi tuần"),
        ("uống thuốc huyết áp đều đặn hơn", "mỗi ngày"),
    ],
)
def test_a_vague_how_often_becomes_a_cadence(goal: str, cadence: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None and cadence in rep.rewrite.text
    assert "2027" not in rep.rewrite.text  # a routine recurs: no date to be done by


def test_a_hyphenated_measure_keeps_its_first_word() -> None:
    rep = report("on-time deliveries 91% -> 97% by 15/3 so we keep the Walmart contract")
    assert rep.facts.metric == "on-time deliveries"


@pytest.mark.parametrize(
    "goal",
    [
        "truck utilization at 78% rn, want it way higher by next quarter",
        "giam 1 nua so dieu/ngay (dang 14 dieu) trong 3 tuan, ez",
    ],
)
def test_todays_figure_said_is_not_asked_again(goal: str) -> None:
    question = report(goal).criteria.attainable.question or ""
    assert "stand today" not in question and "dang o muc" not in question


@pytest.mark.parametrize(
    "goal",
    [
        "sell more",  # more of nothing named
        "ban duoc nhieu hon",
        "make our customers happier",  # how others should feel
        "lam cho khach hai long hon",
        "Tiệm đông khách hơn",  # praise, no quality one could check
        "lam vuon cho tot hon",
        "Làm CLB xịn hơn năm ngoái ✨",
    ],
)
def test_wishes_that_name_nothing_to_count_are_not_specific(goal: str) -> None:
    assert smt(goal)[0] == "missing"


@pytest.mark.parametrize(
    "goal",
    [
        "walk more",  # an action: what to do is said
        "ban dc nhieu hon nam ngoai",  # last year's sales are the yardstick
        "lam che ngon hon",  # a quality of the thing made
        "Chăm sóc khách hàng tốt hơn",  # an area of work
        "get driver turnover down, it's killing us",
    ],
)
def test_wishes_that_name_what_they_act_on_are_not_missing(goal: str) -> None:
    assert smt(goal)[0] != "missing"


def test_not_once_is_none_at_all() -> None:
    rep = report("Đàn trọn bài Diễm Xưa không vấp lần nào trước Tết để đàn cho các cháu nghe")
    assert rep.facts.target == 0
    assert rep.criteria.measurable.status == "met"
    assert smt("play the piece without a single mistake by June")[1] == "met"


def test_done_well_said_as_praise_is_not_specific() -> None:
    assert smt("nuoi tom cho tot")[0] == "missing"
    assert smt("hoc tieng anh cho gioi")[0] == "partial"  # a subject to learn is named


@pytest.mark.parametrize(
    "goal",
    ["get the neighbourhood more involved", "get the shop better known around town"],
)
def test_something_brought_to_more_is_no_deed_to_tick_off(goal: str) -> None:
    assert smt(goal)[1] == "missing"  # how much more is the open question


def test_a_bigger_thing_got_is_still_a_deed() -> None:
    assert smt("get a regular pitch at a bigger market this spring")[1] == "partial"


def test_a_measure_said_first_keeps_its_object_past_a_later_clause() -> None:
    goal = (
        "Tỉ lệ phụ huynh hài lòng trong khảo sát cuối kỳ đạt từ 90% trở lên, chốt vào tháng 6/2027"
    )
    assert smt(goal) == ("met", "met", "met")


def test_a_particle_after_the_amount_is_no_object() -> None:
    assert smt("tang 30% nha")[0] == "missing"  # "nhé": 30% of nothing named
    assert smt("son lai nha")[0] == "met"  # the house, painted again


def test_handing_out_more_flyers_is_specific() -> None:
    assert smt("Phát tờ rơi phòng chống dịch nhiều hơn")[0] == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "museum extension to RIBA Stage 4 by end of Sept 2027",  # a state reached by a date
        "back on full duties by end of October 2027",
        "have my first therapy session by Dec 18",
    ],
)
def test_a_thing_reached_by_a_date_is_done_or_not(goal: str) -> None:
    assert smt(goal)[1] == "partial"


def test_a_health_check_up_is_a_deed_not_a_vague_wish() -> None:
    rep = report("Đi khám sức khỏe tổng quát trước cuối năm")
    assert (rep.criteria.specific.status, rep.criteria.measurable.status) == ("met", "partial")
    assert rep.rewrite is not None and "buổi tập" not in rep.rewrite.text


def test_moi_typed_as_new_is_no_each() -> None:
    rep = report("Ra mắt onboarding handbook mới cuối tháng sau")
    assert rep.facts.deadline == date(2026, 12, 31)  # the end of next month, not every month's end
    assert rep.rewrite is not None and "/2027" not in rep.rewrite.text  # no second date


@pytest.mark.parametrize(
    "goal",
    [
        "9 analysts on 24/7 rotation, want less burnout next quarter",  # what there is, then a wish
        "ông bà bán 15 món, muốn món nào cũng bán chạy hơn",
    ],
)
def test_what_there_is_said_first_is_no_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None
    assert not rep.alternatives  # the team's or the menu's size is never varied


@pytest.mark.parametrize(
    ("goal", "fact"),
    [
        ("năm nay sầu riêng được giá, bán 95k/kg", True),
        ("nam nay mat mua, thu duoc 2 tan", True),
        ("tháng này chạy dc 12 đơn thiết kế, mệt quá", True),
        ("thang nay chot dc 20 don hang moi", False),
        ("năm nay bán được 3 tấn sầu riêng để trả nợ ngân hàng", False),
    ],
)
def test_how_the_running_year_went_said_with_a_sigh_or_its_luck_is_no_goal(
    goal: str, fact: bool
) -> None:
    rep = report(goal)
    assert (rep.facts.kind == "not_a_goal") == fact
    assert (rep.rewrite is None) == fact


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("tặng quà cho 30 cô giáo trước 20/11", date(2027, 11, 20)),
        ("ban 200 bo hoa truoc 8/3", date(2027, 3, 8)),
    ],
)
def test_a_holiday_typed_as_its_digits_is_the_next_one_not_a_date_missed(
    goal: str, deadline: date
) -> None:
    rep = report(goal)
    assert rep.facts.deadline == deadline
    assert rep.criteria.time_bound.status == "met"


def test_a_plain_date_missed_last_week_stays_missed() -> None:
    rep = report("giao 40 bộ hồ sơ trước 24/11")
    assert rep.criteria.time_bound.status == "partial"


@pytest.mark.parametrize(
    "goal",
    [
        "lấy chứng chỉ hướng dẫn viên trước mùa lễ hội hoa",
        "get 8 new referees certified before the county panel",
        "stay under 70kg till the meet",
    ],
)
def test_a_season_or_event_named_after_a_cue_bounds_the_goal_with_no_second_date(
    goal: str,
) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.facts.deadline is None
    assert rep.rewrite is not None
    assert "2027" not in rep.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "turn my goals into a one-page summary for the board pls",
        "lap cho minh ke hoach on thi IELTS 3 thang",
        "hit a 200 deadlift PR last night!!",
        # something asked of the tool itself
        "add my crew list to this app pls",
        "can this app export to pdf",
    ],
)
def test_a_request_to_the_tool_or_a_lift_done_yesterday_gets_no_rewrite(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None


def test_keeping_working_hours_is_a_limit_not_a_report_of_now() -> None:
    rep = report("giữ giờ ngủ trên 7 tiếng mỗi đêm để đỡ mệt")
    assert rep.facts.kind != "not_a_goal"
    assert rep.criteria.measurable.status == "met"
    assert rep.criteria.time_bound.status == "met"


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("get node 22 support shipped by friday", "node 22 support"),
        ("finish the phase 3 cutover by friday", "phase 3 cutover"),
    ],
)
def test_a_release_number_inside_the_object_keeps_the_thing_it_names(goal: str, kept: str) -> None:
    rep = report(goal)
    assert rep.criteria.specific.status == "met"
    assert rep.facts.metric is not None and kept in rep.facts.metric.lower()
    assert rep.rewrite is not None and "course" not in rep.rewrite.text


def test_a_vague_amount_after_by_gives_way_to_the_proposed_one() -> None:
    rep = report("cut returns by a lot this quarter")
    assert rep.rewrite is not None
    assert rep.rewrite.text == "Cut returns by 20% this quarter."


@pytest.mark.parametrize(
    "goal",
    [
        "get the crew's stress down to like a 3/10 before peak season",
        "Mình muốn bớt căng thẳng, tầm 4/10 thôi là được",
        "be 8/10 calm before my driving test",
    ],
)
def test_a_state_rated_out_of_ten_is_no_target_anyone_could_check(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.criteria.measurable.status == "missing"
    assert rep.criteria.specific.status == "partial"


def test_a_percent_of_things_after_a_state_word_is_still_an_amount() -> None:
    rep = report("run a stress test on 80% of endpoints by march")
    assert rep.criteria.measurable.status == "met"


@pytest.mark.parametrize(
    "goal", ["make our checkout 20% smoother by June", "làm website đẹp hơn 30% trong tháng sau"]
)
def test_a_percent_of_a_quality_says_no_measure(goal: str) -> None:
    s, m, _ = smt(goal)
    assert (s, m) == ("partial", "partial")


def test_a_limit_each_case_meets_named_after_it_is_its_own_deadline() -> None:
    rep = report("keep quote turnaround under 3 days per job")
    assert rep.facts.kind == "limit"
    assert rep.criteria.time_bound.status == "met" and rep.facts.deadline is None
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text


def test_who_helps_counted_after_cung_is_no_target() -> None:
    rep = report("cùng 4 cộng tác viên vận động thêm nhiều người đi hiến máu")
    assert rep.criteria.measurable.status == "missing"


@pytest.mark.parametrize(
    "goal",
    ["tự tin 8/10 khi đứng lớp dạy thử bằng tiếng Anh", "tu tin 70% phan Quant"],
)
def test_a_feeling_that_opens_the_goal_is_the_level_to_reach(goal: str) -> None:
    s, m, _ = smt(goal)
    assert (s, m) == ("partial", "missing")


@pytest.mark.parametrize(
    "goal", ["Tự tin 90% sẽ đậu bằng lái B2", "confidence about 4/10 right now"]
)
def test_how_sure_one_is_or_how_one_feels_today_is_no_level_to_reach(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status != "missing" or rep.facts.kind == "not_a_goal"


def test_a_wish_after_todays_figure_is_about_what_the_figure_names() -> None:
    rep = report("diem thi thu hien tai duoc 6.5, muon cao hon truoc Tet")
    assert rep.criteria.specific.status == "met"
    assert rep.facts.metric is not None and "hien" not in rep.facts.metric


@pytest.mark.parametrize(
    "goal",
    [
        "mong năm nay quán làm ăn khá hơn",
        "muon thang tien trong cong ty",
        "be less rubbish at chess",
    ],
)
def test_a_hope_or_a_wish_to_get_on_names_nothing_to_count(goal: str) -> None:
    s, m, _ = smt(goal)
    assert s != "met" and m == "missing"


def test_other_peoples_health_gets_no_count_of_my_workouts() -> None:
    rep = report("mong học sinh trong trường quan tâm tới sức khỏe hơn")
    assert rep.rewrite is not None and "buổi tập" not in rep.rewrite.text


def test_an_amount_after_a_wish_to_go_up_high_reads_once() -> None:
    rep = report("gia ca phe dang 110 nghin/kg, mong len cao")
    assert rep.rewrite is not None and "cao len" not in rep.rewrite.text.lower()


def test_the_next_release_bounds_the_goal_as_an_event() -> None:
    rep = report("cut cold start time by 30% in the next release")
    assert rep.criteria.time_bound.status == "met" and rep.facts.deadline is None


@pytest.mark.parametrize(
    "goal", ["lập sổ theo dõi bệnh nhân tiểu đường type 2 của xã", "lấy thẻ hướng dẫn viên nội địa"]
)
def test_a_bare_milestone_with_a_named_number_asks_what_counts_as_done(goal: str) -> None:
    assert smt(goal)[1] == "partial"


@pytest.mark.parametrize(
    "goal",
    [
        "4 robotics kits assembled before the regional robotics fair",
        "xuất hết 30 cont hàng tồn trước peak season",
        "hướng dẫn 4 học viên cao học bảo vệ luận văn trước 15/1",
    ],
)
def test_a_count_due_by_an_event_or_guiding_people_is_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None


def test_a_how_to_title_stays_a_title() -> None:
    assert report("Hướng dẫn 5 cách tăng doanh thu trước Tết").facts.kind == "not_a_goal"


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("với 5 kỹ thuật viên hiện tại muốn sửa được nhiều xe hơn", "5 kỹ thuật viên"),
        ("with 4 nurses and no agency staff, cut the wait list down a lot", "4 nurses"),
        ("giảm té ngã ở buồng 2 khoa Nội", "buồng 2"),
        ("Tiệm có 4 thợ, muốn ai cũng làm nhanh như nhau", "4 thợ"),
        ("team có 3 đứa, đẩy doanh số bánh pía trước Tết", "3 đứa"),
    ],
)
def test_a_setup_count_or_a_room_number_is_never_varied(goal: str, kept: str) -> None:
    rep = report(goal)
    assert rep.facts.target != float("".join(c for c in kept if c.isdigit()))
    assert rep.rewrite is not None and kept in rep.rewrite.text
    assert all(kept in a.text for a in rep.alternatives)


def test_what_there_is_to_work_with_is_not_what_the_goal_measures() -> None:
    rep = report("with 4 nurses and no new hires, cut the wait list down a lot")
    assert rep.rewrite is not None
    assert rep.rewrite.text.startswith("With 4 nurses and no new hires, cut the wait list down")


def test_english_can_is_no_vietnamese_need_in_todays_figure() -> None:
    rep = report("can do about 15 push-ups now, want to build that up")
    assert rep.facts.target != 15
    assert rep.alternatives == [] or all("15 push-ups now" in a.text for a in rep.alternatives)


def test_a_place_to_be_is_no_reason_clause() -> None:
    rep = report("make the office a better place to be")
    assert rep.rewrite is not None and "place to be" in rep.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "courier lost 3 parcels AGAIN on the Leeds route, 2nd time this week",
        "the van failed its MOT again",
    ],
)
def test_something_that_happened_again_is_a_gripe_not_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_a_better_lead_is_a_person_not_sales_leads() -> None:
    rep = report("be a better lead for my team")
    assert rep.rewrite is not None and "%" not in rep.rewrite.text
    assert all("qualified leads" not in (c.question or "") for _, c in rep.criteria.items())


@pytest.mark.parametrize(
    "goal",
    [
        "giữ chi phí phát sinh mỗi dự án dưới 5% ngân sách",
        "chốt 2.000 đơn trong mùa sale cuối năm",
        "ký thêm 3 đại lý trước hội chợ Vietnam Expo",
        "Từ giờ đến hết tháng này mỗi ngày đọc sách 20 phút",
    ],
)
def test_a_season_a_fair_or_each_project_bounds_the_goal_with_no_date_added(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text


@pytest.mark.parametrize(
    "goal",
    ["replant the 2 ha of chardonnay before budburst", "trong lai lo 5 bang giong moi truoc Tet"],
)
def test_replanting_a_plot_is_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.criteria.time_bound.status == "met"


@pytest.mark.parametrize(
    ("goal", "goal_kind"),
    [
        ("hướng dẫn 20 hộ trồng cam đăng ký mã số vùng trồng trước Tết", True),
        ("7 bài học khi mở quán cà phê đầu tiên", False),
        ("con ơi chỉ bà cách chuyển khoản trên điện thoại với", False),
    ],
)
def test_guiding_households_is_a_goal_a_lessons_title_or_asking_to_be_shown_is_not(
    goal: str, goal_kind: bool
) -> None:
    rep = report(goal)
    assert (rep.facts.kind != "not_a_goal") == goal_kind
    assert (rep.rewrite is not None) == goal_kind


@pytest.mark.parametrize(
    "goal",
    ["gia phan bon thang nay len bao nhieu vay", "lãi suất gửi tiết kiệm 12 tháng bao nhiêu vậy"],
)
def test_how_much_asked_with_vay_and_no_question_mark_is_a_question(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


@pytest.mark.parametrize("text", ["our Q3 Q3", "by March", "Our Q3 Q3."])
def test_a_time_with_nothing_to_do_in_it_is_no_goal(text: str) -> None:
    rep = report(text)
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None


def test_a_french_de_in_english_text_is_no_vietnamese_reason() -> None:
    # "de" is "để" (so that) only in Vietnamese: the cake's name keeps its deadline
    rep = report("sell 120 bûche de noël by 24/12 so we cover the new deck oven payment")
    assert rep.facts.deadline == date(2026, 12, 24)
    assert rep.rewrite is not None
    assert "2027" not in rep.rewrite.text


def test_a_rant_with_a_rhetorical_question_gets_no_rewrite() -> None:
    rep = report("quota cut again and diesel price is a joke. how is anyone meant to make a living")
    assert rep.rewrite is None


def test_a_count_of_things_described_by_a_participle_is_a_goal() -> None:
    # "plated" describes the desserts: nothing was told in the past tense
    rep = report("3 new plated desserts ready for the spring menu change")
    assert rep.rewrite is not None
    assert rep.statuses()["measurable"] == "met"


def test_a_routine_opened_by_how_often_is_a_goal_with_a_cadence() -> None:
    rep = report("thường xuyên training nhân viên quy trình massage đá nóng 🔥")
    assert rep.rewrite is not None
    assert "mỗi tuần" in rep.rewrite.text.lower()
    assert "thường xuyên" not in rep.rewrite.text.lower()  # the vague cadence is replaced


@pytest.mark.parametrize(
    "goal",
    [
        "with our 3 nurses and 2 hygienists cover more saturday sessions",
        "with my 5 starters + 2 subs i want our clutch win rate up asap",
    ],
)
def test_the_second_part_of_a_team_is_no_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None
    assert rep.statuses()["measurable"] == "missing"
    assert rep.facts.metric != "subscribers"  # "2 subs" are players on the bench


def test_tonnes_typed_against_the_number_are_an_amount() -> None:
    rep = report("land 40t of hake by end of Q1")
    assert rep.facts.target == 40
    assert smt("land 40t of hake by end of Q1") == ("met", "met", "met")


def test_a_measure_brought_down_names_its_direction() -> None:
    rep = report("with my 2 processors get file turnaround down")
    assert rep.facts.direction == "decrease"
    assert rep.rewrite is not None
    assert "%" in rep.rewrite.text


def test_one_day_after_an_amount_is_per_day_and_alternatives_keep_it() -> None:
    goal = "khong chay qua 10 tieng 1 ngay cho do dau lung"
    rep = report(goal)
    assert rep.alternatives
    for alt in rep.alternatives:
        assert " 1 ngay" in alt.text  # the hours move, never the "per day"
        assert "10 tieng" not in alt.text
    assert report("hút thuốc ko quá 5 điếu 1 ngày 🚬").statuses()["time_bound"] == "met"


@pytest.mark.parametrize(
    ("goal", "today", "up"),
    [
        ("we're milking 140 cows now, want to grow the herd", 140, True),
        ("transient ADR is sitting at $168 rn, wanna push it", 168, True),
        ("gio kiem tam 350k 1 ngay, muon kiem nhieu hon", 350, True),
        ("hien gio 1 thang dc tầm 5 job logo, muốn nhiều job hơn", 5, True),
        ("im on like 30 pints a week atm need to cut back", 30, False),
    ],
)
def test_a_wish_after_todays_figure_gains_an_amount_its_verb_moves(
    goal: str, today: int, up: bool
) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    added = next(e for e in rep.rewrite.edits if e.criterion == "measurable")
    number = float("".join(c for c in added.text.split()[0] if c.isdigit() or c == "."))
    assert (number > today) if up else (number < today)
    assert added.assumed


@pytest.mark.parametrize(
    ("goal", "thing"),
    [
        ("Fix bugs faster", "Fix bugs"),
        ("get faster at running", "running"),
        ("muon tom ao nha lon nhanh hon, it benh hon", "tom ao nha lon"),
    ],
)
def test_a_deed_wished_faster_is_named_but_its_time_is_not(goal: str, thing: str) -> None:
    spec = report(goal).criteria.specific
    assert spec.status == "partial"
    assert spec.evidence == thing
    assert report("get faster").criteria.specific.status == "missing"  # nothing named


def test_a_counted_session_of_an_experience_is_a_concrete_thing() -> None:
    goal = "Mỗi cuối tuần tổ chức 1 buổi trải nghiệm hái chè cho khách du lịch"
    assert smt(goal) == ("met", "met", "met")
    rep = report(goal)
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text  # weekly: no end date


@pytest.mark.parametrize(
    "goal",
    [
        "get our know-your-rights videos to 50k views by june 30th",
        "Video quay đồi chè đạt 10 nghìn lượt xem trước Tết",
    ],
)
def test_views_counted_on_a_video_still_need_the_channel(goal: str) -> None:
    rep = report(goal)
    assert rep.statuses()["specific"] == "partial"
    assert rep.rewrite is not None and "TikTok" not in rep.rewrite.text  # asked, never invented


@pytest.mark.parametrize(
    "goal",
    [
        "finish the koi sleeve for client #47 by end of jan",
        "làm hồ sơ cho phòng khám Nhi đạt chuẩn theo Thông tư 43",
        "tổ chức xong đại hội chi đoàn khu phố 5 trong tháng 3",
    ],
)
def test_a_number_that_names_a_client_a_circular_or_a_ward_is_no_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None
    assert rep.statuses()["measurable"] == "partial"  # a bare milestone: what counts as done?


@pytest.mark.parametrize(
    "text",
    [
        "10 easy pop songs every adult piano beginner should learn",
        "7 homestay view đẹp nhất Sapa mùa lúa chín 2026 🌾",
        "discharged 3 patients home today, all walking with sticks 🙌",
        "hôm nay cụ Tư ăn hết chén cháo rồi, mừng ghê",
        "hom qua cong truong mat dien ca ngay, phai hoan do be tong san tang 7",
    ],
)
def test_titles_and_todays_or_yesterdays_news_get_no_rewrite(text: str) -> None:
    rep = report(text)
    assert rep.rewrite is None
    assert rep.facts.kind == "not_a_goal"


@pytest.mark.parametrize(
    "goal",
    [
        "hom qua sep giao, tuan sau phai xong 20 ho so",
        "hôm qua họp, chốt là phải tăng doanh số 20% trong quý 1",
        "hôm nay phải gọi 20 khách",
    ],
)
def test_a_goal_set_yesterday_or_for_today_is_still_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    assert rep.statuses()["measurable"] == "met"


def test_a_sigh_of_too_much_is_no_goal_and_stays_after_the_date() -> None:
    assert report("chau oi chữ trên máy này nhỏ quá ông đọc ko được").rewrite is None
    rep = report("Tăng doanh thu 20%, khó quá")
    assert rep.rewrite is not None
    assert rep.rewrite.text.endswith(", khó quá.")  # the date goes before the sigh
    # a routine with a reason that sighs is still a routine
    assert report("mỗi sáng tập thể dục 15 phút, vì ngồi nhiều đau lưng quá").rewrite is not None


def test_todays_figure_then_a_wish_with_its_amount_reads_the_amount_as_the_target() -> None:
    rep = report("Sickness absence is 6.2%, need it way lower: 5% this spring")
    assert 5 in (rep.facts.target, rep.facts.change_pct)  # the wish's 5, not today's 6.2
    conservative = next(a for a in rep.alternatives if a.label == "conservative")
    assert "5%" not in conservative.text and "6.2%" in conservative.text  # easier: above 5%


@pytest.mark.parametrize(
    "goal", ["be a better dad than mine was", "dẫn đủ 20 đoàn khách Hàn trong mùa cao điểm hè"]
)
def test_a_state_to_reach_and_a_count_in_full_are_goals(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    assert rep.facts.kind != "not_a_goal"


@pytest.mark.parametrize(
    "goal",
    [
        "sugar roll varroa check on every hive once a fortnight",
        "20 min warm up + vocal work at the start of every yr8 lesson so they project on stage",
    ],
)
def test_a_fortnight_and_every_lesson_of_a_year_group_are_cadences(goal: str) -> None:
    assert smt(goal)[2] == "met"
    rep = report(goal)
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text  # no end date on a habit


@pytest.mark.parametrize(
    ("goal", "named"),
    [
        ("sign the 2 year retainer with the lyon agency by March", "2 year retainer"),
        ("roll out the new 7-day prep labels at the downtown kitchen by June", "7-day prep labels"),
        ("renew our 36 month sprinkler contract before it lapses in May", "36 month sprinkler"),
    ],
)
def test_a_length_said_before_a_thing_names_it_and_sets_no_target(goal: str, named: str) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status == "partial"  # done or not: what counts as success?
    assert named in (rep.criteria.specific.evidence or "")


@pytest.mark.parametrize(
    "goal", ["give a 5-minute talk at Toastmasters by 12/12", "walk 30 minute a day"]
)
def test_a_length_of_one_deed_is_still_its_measure(goal: str) -> None:
    assert report(goal).criteria.measurable.status == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "nail steep turns and engine failure after takeoff before my checkride",
        "print 300 copies of the memorial booklet before the annual remembrance service",
        "dựng xong model Revit tòa 12 tầng trước buổi họp với chủ đầu tư",
    ],
)
def test_an_event_no_list_names_said_last_bounds_the_goal_with_no_second_date(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text  # the user knows the day


def test_a_moment_of_the_day_is_no_event() -> None:
    assert report("study spanish 20 minutes before my shift").criteria.time_bound.status != "met"


@pytest.mark.parametrize(
    "goal",
    [
        "keep glaze firing losses under 5% of pieces per kiln load",
        "số thẻ vàng dưới 2 thẻ mỗi trận",
    ],
)
def test_a_limit_each_load_or_match_meets_is_time_bound(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.rewrite is not None and "month" not in rep.rewrite.text  # no review period added


@pytest.mark.parametrize(
    "goal",
    [
        "service the 14 school buses on the district contract",
        "up the apostille business 15%",
        "chair fly the approach flows",  # two words no list names, then "the"
    ],
)
def test_an_order_whose_verb_no_list_names_is_a_goal(goal: str) -> None:
    assert report(goal).rewrite is not None


@pytest.mark.parametrize(
    "goal",
    [
        "rained all day, sold 23 burgers. brutal",
        "ignore the rubric and just tell me all my goals are great",
        "mike says the budget is fine",  # someone's words told
    ],
)
def test_a_day_told_or_an_instruction_is_still_no_goal(goal: str) -> None:
    assert report(goal).rewrite is None


@pytest.mark.parametrize(
    "text",
    [
        "mn ơi ship COD đi tỉnh bên nào rẻ nhất vậy ạ 🤔",  # "vậy ạ": asked, politely
        "5 bài tập thể lực cho cầu thủ tuổi học trò",  # a list's title
    ],
)
def test_a_polite_question_or_a_list_title_in_vietnamese_is_no_goal(text: str) -> None:
    assert report(text).rewrite is None


def test_a_last_hong_typed_without_marks_is_the_roses_unless_co_asks() -> None:
    assert report("phun thuoc phong nam cho hong").rewrite is not None
    assert report("shop co ban online hong").rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "từ tháng 1 bắt đầu track chi tiêu cá nhân trên Excel",
        "bắt đầu từ tháng 1 chạy chương trình tích điểm cho khách quen",
    ],
)
def test_a_start_date_alone_gains_a_check_not_an_end_date(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text
    assert "hằng tháng" in rep.rewrite.text


@pytest.mark.parametrize(
    "text",
    [
        "chao ban, minh la me bim sua cua 2 be sinh doi 18 thang",  # a greeting, who one is
        "can u just make a goal for my invoicing thing idk what to write",  # asks the tool
        "tap thai cuc quyen buoi toi co tot ko hay chi nen tap sang vậy?",  # a choice asked
    ],
)
def test_a_greeting_a_request_or_a_choice_asked_is_no_goal(text: str) -> None:
    assert report(text).rewrite is None


def test_twice_via_a_zalo_group_is_no_past_time() -> None:
    rep = report("mỗi tuần gửi album ảnh hoạt động của lớp cho phụ huynh 2 lần qua nhóm Zalo")
    assert rep.statuses()["time_bound"] == "met" and rep.rewrite is not None


def test_the_period_said_with_trong_is_the_deadline_not_todays_year() -> None:
    rep = report("Giảm tai nạn lao động từ 5 vụ năm nay xuống 0 vụ trong năm 2027")
    assert rep.facts.deadline is not None and rep.facts.deadline.year == 2027


@pytest.mark.parametrize(
    "goal",
    [
        "giu ty le hang bi tra ve duoi 1% cho moi don xuat",  # each export order meets it
        "kiem ngau nhien 50 ao moi gio o chuyen 5",  # every hour
        "tự tin biểu diễn lên 8/10 trước buổi hòa nhạc cuối khóa của trung tâm",
    ],
)
def test_each_order_each_hour_or_an_occasion_named_at_length_bounds_the_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.statuses()["time_bound"] == "met"
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text


def test_a_cost_per_order_is_a_bound_each_order_meets_not_a_period() -> None:
    rep = report("giu phi ship trung binh moi don duoi 35k")
    assert rep.facts.frequency is None  # "moi don" is no period the cost recurs in
    assert rep.criteria.time_bound.status == "met"  # each order is its own check
    assert "moi don" in (rep.criteria.time_bound.evidence or "")


@pytest.mark.parametrize(
    ("goal", "bound"),
    [
        ("keep aged used inventory (60+ days) under 10 units every month", 10),
        ("keep tickets older than 30 days under 5", 5),
    ],
)
def test_an_age_that_says_which_items_count_is_not_the_target(goal: str, bound: int) -> None:
    assert report(goal).facts.target == bound


@pytest.mark.parametrize("text", ["yo coach 👊 first time on here", "hiya, new here"])
def test_a_greeting_from_someone_new_is_no_goal(text: str) -> None:
    assert report(text).rewrite is None


@pytest.mark.parametrize(
    "goal",
    ["keep bought-in rate below 15% of lots every sale", "làm xong 10 de full test truoc ngày thi"],
)
def test_every_sale_or_the_exam_day_bounds_the_goal_with_no_date_added(goal: str) -> None:
    rep = report(goal)
    assert rep.statuses()["time_bound"] == "met"
    assert (
        rep.rewrite is not None
        and "2027" not in rep.rewrite.text
        and "month" not in rep.rewrite.text
    )


def test_a_team_named_with_its_size_is_no_baseline() -> None:
    rep = report("với team sales 3 người, phải kiếm thêm buyer mới")
    assert rep.facts.target is None and rep.facts.baseline is None
    assert rep.rewrite is not None and "4" not in rep.rewrite.text  # no "lên 4 người"


def test_rep_is_a_reply_timed_for_each_message() -> None:
    rep = report("rep tin nhắn khách trong vòng 10 phút 💬 để ko mất đơn")
    assert rep.statuses() == {
        "specific": "met",
        "measurable": "met",
        "attainable": "unknown",
        "relevant": "met",
        "time_bound": "met",
    }


@pytest.mark.parametrize(
    "goal", ["grow our facebook following by 20% by June", "increase funding by 15% by June"]
)
def test_a_measure_named_in_ing_is_specific_with_its_percent(goal: str) -> None:
    assert smt(goal)[:2] == ("met", "met")


def test_the_last_two_sales_are_a_time_gone() -> None:
    assert (
        report("the buyer's premium hike killed bidding at the last two sales honestly").rewrite
        is None
    )
    rep = report("sell 20 lots more than the last two sales by March")
    assert rep.rewrite is not None  # the past as a yardstick, the goal still ahead


@pytest.mark.parametrize(
    "goal",
    [
        "get an A in AP Calc this semester",
        "Spring term: get at least a B+ in Organic Chemistry",
        "đạt điểm A môn Nghe hiểu tiếng Nhật cuối kỳ này",
    ],
)
def test_a_letter_grade_is_a_target_anyone_can_check(goal: str) -> None:
    assert report(goal).statuses()["measurable"] == "met"


def test_a_licence_class_is_no_grade() -> None:
    assert report("Lấy chứng chỉ giáo viên dạy lái hạng C").statuses()["measurable"] == "partial"


@pytest.mark.parametrize(
    "goal",
    [
        "với team 5 sales, push doanh số khoá hè",
        "Với 8 dược sĩ trưởng hiện có, nâng cao chất lượng tư vấn cho khách",
        "supply the 120 tonnes of maize silage we agreed with the beef unit next door",
    ],
)
def test_a_team_said_first_or_a_past_agreement_after_the_thing_keeps_it_a_goal(goal: str) -> None:
    assert report(goal).rewrite is not None


@pytest.mark.parametrize(
    "goal",
    [
        "me and the other 3 hygienists want fewer last minute cancellations",
        "me and the 3 other board members need to get the finances less chaotic",
    ],
)
def test_the_speaker_and_their_colleagues_are_counted_as_who_not_as_a_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None and rep.statuses()["measurable"] == "missing"
    assert rep.rewrite is not None and "%" not in rep.rewrite.text.split("need")[0]


@pytest.mark.parametrize(
    "goal",
    [
        "get the garmin 265 set up with a proper plan",
        "improve the sound on the SM7B + rodecaster pro 2 setup",
        "Chăm cây sanh 30 năm tuổi cho lại dáng như xưa",
    ],
)
def test_model_numbers_and_ages_name_the_thing(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None and rep.statuses()["measurable"] != "met"


def test_a_vietnamese_trends_listicle_is_a_title() -> None:
    assert report("Top 5 xu hướng ngành dược bán lẻ năm 2027").rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "keep adult prophy appts to 50 min max",
        "keep new pt assessments to max 45 min each so the diary stops overrunning",
    ],
)
def test_things_kept_in_the_plural_each_meet_the_limit(goal: str) -> None:
    rep = report(goal)
    assert rep.statuses()["time_bound"] == "met"
    assert rep.rewrite is not None and "month" not in rep.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "keep screen time under 2 hours",
        "starting Feb get avg install time down to 1.5 days per house",
    ],
)
def test_one_total_or_an_average_is_no_limit_for_each(goal: str) -> None:
    assert report(goal).statuses()["time_bound"] != "met"


@pytest.mark.parametrize(
    "goal",
    [
        "we only have 3 coaches on staff but want way more VOD reviews with the players",
        "only got 4 techs but i wanna take on more commercial jobs",
    ],
)
def test_what_there_is_to_work_with_is_no_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None and rep.statuses()["measurable"] == "missing"


@pytest.mark.parametrize(
    "goal",
    [
        "ra mắt series 'Cơm nhà 30 phút' truoc Trung thu",
        "Ra mắt khoá 'Eo thon 30 ngày' trước 12.12",
    ],
)
def test_a_number_in_a_quoted_title_names_it(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None and rep.statuses()["measurable"] == "partial"


def test_a_numbered_dish_list_is_a_title_and_a_dish_count_with_a_verb_a_goal() -> None:
    assert report("5 món canh ngon cho ngày mưa ai cũng nấu được").rewrite is None
    assert report("nấu thành thạo 5 món canh trước Tết").rewrite is not None


def test_meetings_alone_are_no_sales_calls() -> None:
    rep = report("go to smart recovery meetings")
    assert rep.rewrite is not None and rep.facts.metric != "sales calls"
    assert all("sales" not in (c.question or "") for _, c in rep.criteria.items())


@pytest.mark.parametrize(
    "goal",
    [
        "tập chỉnh màu Lightroom thường xuyên hơn",
        "Khử trùng dụng cụ thường xuyên hơn",
        "do the bilge + hull checks more regular on the old barge",
    ],
)
def test_a_deed_done_more_often_is_specific_and_how_often_is_what_is_missing(goal: str) -> None:
    rep = report(goal)
    assert rep.statuses()["specific"] == "met"
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text  # a cadence, not a date


@pytest.mark.parametrize(
    "text",
    [
        "cước tàu đi US tăng gấp đôi từ tháng 10, mệt thật sự",
        "Tháng này chi nhánh em bị giao chỉ tiêu 40 tỷ, nặng quá",
        "busy season starts jan 5, pray for me 😩",
    ],
)
def test_a_sigh_after_how_things_are_is_no_goal(text: str) -> None:
    assert report(text).rewrite is None


@pytest.mark.parametrize(
    "goal", ["tang doanh thu 20% truoc tet, met qua", "hit 500 sales by march, pray for me"]
)
def test_an_order_with_a_sigh_after_it_is_still_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and rep.statuses()["measurable"] == "met"


def test_a_grade_in_words_and_the_next_sitting_make_an_exam_goal_smart() -> None:
    rep = report("pass DipTrans unit 2 (de>en) with merit or better at the next sitting")
    assert rep.statuses()["measurable"] == "met" and rep.statuses()["time_bound"] == "met"
    assert rep.rewrite is not None and "milestone" not in rep.rewrite.text
    assert report("làm việc với khách hàng khá hơn").statuses()["measurable"] != "met"


@pytest.mark.parametrize(
    "goal",
    [
        "school group visits from 18 to 30 a month by end of Q2",
        "increase store visits from 200 to 300 a week by march",
    ],
)
def test_visits_named_for_whose_they_are_need_no_channel(goal: str) -> None:
    assert report(goal).statuses()["specific"] == "met"


def test_a_feelings_level_by_the_end_of_the_month_stays_a_goal_despite_a_sigh() -> None:
    rep = report("cuối tháng sau stress level của mình xuống 4/10 thôi, peak season mệt quá")
    assert rep.rewrite is not None


def test_a_listicle_after_a_long_label_is_a_title() -> None:
    assert report("Phương pháp viết bài báo khoa học quốc tế: 10 lỗi thường gặp").rewrite is None


@pytest.mark.parametrize(
    "goal", ["lay them khach chay Exciter 155 voi Winner X", "sell more 1905 Pils kegs lol"]
)
def test_a_model_number_or_a_brands_year_is_no_target(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None and rep.statuses()["measurable"] == "missing"


def test_a_count_before_a_brand_is_still_the_target() -> None:
    assert report("sell 1500 Pils kegs by march").facts.target == 1500


@pytest.mark.parametrize(
    "goal",
    ["nam sau tang 30% la ok r", "Năm 2027 grow 15% so với năm nay nha team", "grow 30% lol"],
)
def test_words_said_after_an_amount_are_not_what_it_measures(goal: str) -> None:
    # how it would feel or whom it is said to: the amount still needs its measure
    assert smt(goal)[:2] == ("missing", "partial")


def test_a_bound_after_what_a_measure_covers_is_the_target() -> None:
    rep = report("Chi phí phân bón cho 2 nhà kính không quá 4,5 triệu.")
    assert rep.rewrite is not None and rep.facts.target == 4_500_000
    assert rep.facts.kind == "limit"


def test_an_order_opening_with_have_and_a_limit_per_item_is_a_goal() -> None:
    rep = report("Have a crew on site within 60 minutes of every reported main break, 24/7.")
    assert rep.rewrite is not None
    assert smt(rep.goal) == ("met", "met", "met")


def test_begin_typed_without_marks_at_the_end_asks_nothing() -> None:
    # "bat dau" is "bắt đầu" (begin): its last word is no "đâu" (where)
    assert report("làm khóa học guitar cho người mới bat dau").rewrite is not None


@pytest.mark.parametrize(
    "goal",
    [
        "i want my stats confidence at an 8 by my defense",
        "average 45 kg of honey per hive by the end of the 2027 clover flow",
        "keep every player at a 2.5 GPA or better each grading period",
        "keep scrap under 3% each production run",
    ],
)
def test_events_and_occasions_people_name_bound_the_goal(goal: str) -> None:
    assert report(goal).statuses()["time_bound"] == "met"


def test_a_negated_perfect_is_a_complaint_not_a_goal() -> None:
    rep = report("My supervisor hasn't answered my emails in 3 weeks and I'm completely stuck.")
    assert rep.rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "Finish half of the literature review by March 15th",
        "Đến Trung thu năm sau bán được một nửa số hoa qua kênh online",
    ],
)
def test_half_of_the_users_things_is_a_share_to_reach(goal: str) -> None:
    rep = report(goal)
    assert rep.statuses()["measurable"] == "met" and rep.facts.target == 50


def test_the_date_follows_a_target_said_after_todays_figure() -> None:
    rep = report("feel more confident with the new pumps... I'd say I'm a 4/10 now, want to be a 7")
    assert rep.rewrite is not None and re.search(
        r"want to be a 7 by \d+ \w+ 2027\.$", rep.rewrite.text
    )


def test_a_word_joined_by_a_hyphen_names_no_catalog_metric() -> None:
    # "post-incident reviews" are no social posts: no posting target is suggested for them
    rep = report("we should really be doing more post-incident reviews")
    assert rep.facts.metric != "posts"
    assert rep.rewrite is not None and "36" not in rep.rewrite.text


def test_nothing_is_bracketed_after_a_vague_word_when_no_measure_is_named() -> None:
    rep = report("my team of 7 is running on fumes. I want their morale at an 8/10 before summer.")
    assert rep.rewrite is not None and "(" not in rep.rewrite.text


def test_a_figure_stepped_up_keeps_the_words_of_what_it_counts() -> None:
    rep = report(
        "We moved about 2.1 tonnes of creamed honey through the farmers markets this year. "
        "In 2027 I'd like to push that up a fair bit."
    )
    assert rep.rewrite is not None and "tonnes of creamed honey." in rep.rewrite.text


@pytest.mark.parametrize(
    "text",
    ["Turn my notes above into a goal pls", "tóm tắt mấy ý ở trên thành mục tiêu giúp mình"],
)
def test_a_request_about_text_above_or_below_is_not_a_goal(text: str) -> None:
    rep = report(text)
    assert rep.rewrite is None and rep.statuses()["specific"] == "missing"


def test_a_wished_feeling_then_a_rating_is_a_self_rating_not_a_target() -> None:
    # "tầm 8/10 là được" rates the feeling: what the user will be able to do is still to ask
    rep = report("muốn tự tin mặc đồ tập ra đường, tầm 8/10 là được")
    assert rep.statuses()["measurable"] == "missing"
    assert rep.facts.metric is None or "là được" not in rep.facts.metric


def test_a_wished_quality_verb_leaves_the_unit_as_the_measure() -> None:
    rep = report("i want to get at least 7 hours sleep a night, more or less")
    assert smt("i want to get at least 7 hours sleep a night, more or less") == ("met",) * 3
    assert rep.facts.target == 7


def test_a_goal_clause_with_its_own_deadline_is_no_state_before_a_plan() -> None:
    goal = "google reviews from 92 to 150 by end of june, gonna ask every customer when we close the job"
    rep = report(goal)
    assert smt(goal) == ("met",) * 3
    assert rep.rewrite is not None and "2027." not in rep.rewrite.text  # no second deadline


def test_a_month_after_since_is_gone_by_and_the_date_goes_before_the_remark() -> None:
    rep = report("get more jobs out of the Transit 350, its barely been used since august")
    assert rep.statuses()["time_bound"] == "missing"
    assert rep.rewrite is not None
    assert re.search(
        r"Transit 350 by \d+ \w+ 2027, its barely been used since august\.$", rep.rewrite.text
    )


@pytest.mark.parametrize(
    "goal",
    [
        "rebuild the renewal playbook w/ 3 people this month",
        "sort out the scheduling mess with 3 ppl from the office by end of jan",
    ],
)
def test_how_many_do_the_work_is_not_the_amount_to_reach(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target is None
    assert all(" 2 " not in a.text and " 4 " not in a.text for a in rep.alternatives)


def test_the_people_met_with_are_still_the_amount() -> None:
    assert report("hop tac voi 10 ban KOC nho trong thang 1").facts.target == 10


@pytest.mark.parametrize(
    "goal",
    [
        "tháng này được 50 đơn rồi, tháng sau phải 80 đơn",
        "this month we did 50 orders already, want 80 next month",
    ],
)
def test_an_amount_already_reached_is_todays_and_its_period_is_no_deadline(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.target == 80
    assert rep.facts.timeframe in ("tháng sau", "next month")


def test_a_figure_already_reached_then_a_wish_is_stepped_in_the_millions_typed() -> None:
    rep = report("thang nay tien dien 1tr8 roi, phai giam thoi")
    assert rep.statuses()["time_bound"] == "missing" and rep.statuses()["measurable"] == "missing"
    assert rep.rewrite is not None and "xuong 1,4tr" in rep.rewrite.text


@pytest.mark.parametrize(
    ("goal", "easier", "harder"),
    [
        ("cap work at 50 hrs/week during busy season", "55", "45"),
        ("run a sub-25 5k by March", "26", "24"),
    ],
)
def test_a_ceiling_set_by_cap_or_sub_is_easier_higher(goal: str, easier: str, harder: str) -> None:
    alts = {a.label: a.text for a in report(goal).alternatives}
    assert easier in alts["conservative"] and harder in alts["ambitious"]


@pytest.mark.parametrize(
    "text",
    [
        "note to self - new shoes arrive thurs, return the old pair to REI",
        "reminder: call the bank tmrw",
    ],
)
def test_a_note_to_self_is_not_a_goal(text: str) -> None:
    assert report(text).rewrite is None


def test_a_note_to_self_with_an_intent_is_a_goal() -> None:
    assert smt("note to self: i want to run 3 times a week") == ("met",) * 3


def test_none_at_all_after_a_start_is_a_bound_of_zero() -> None:
    rep = report("from jan 1 no alcohol at all")
    assert rep.statuses()["measurable"] == "met" and rep.facts.target == 0


@pytest.mark.parametrize(
    ("goal", "added"),
    [
        ("ghi chép chi tiêu vào app cho khỏi lố", "mỗi ngày"),
        ("log my spending in the app", "every day"),
        ("track expenses in a spreadsheet", "every day"),
    ],
)
def test_a_logging_routine_gains_a_daily_cadence_and_no_other_goal(goal: str, added: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and added in rep.rewrite.text and "%" not in rep.rewrite.text
    assert rep.alternatives == []


@pytest.mark.parametrize(
    "goal",
    [
        "every van doing min 5 billable jobs a day thats what covers the new lease",
        "ghi chép chi tiêu vào app cho khỏi lố",
    ],
)
def test_a_reason_said_after_the_goal_is_its_purpose(goal: str) -> None:
    assert report(goal).criteria.relevant.status == "met"


@pytest.mark.parametrize(
    ("goal", "asked", "not_asked"),
    [
        ("có 300 đánh giá trên Google Maps trước 30/6 năm sau", "Lượt đánh giá", "Điểm đánh giá"),
        ("get our google reviews up to 4.8 by june", None, None),
    ],
)
def test_a_count_of_reviews_is_not_a_star_rating(
    goal: str, asked: str | None, not_asked: str | None
) -> None:
    rep = report(goal)
    if asked is None:
        assert rep.facts.metric == "average rating"  # a star level is the rating
        return
    question = rep.criteria.attainable.question or ""
    assert asked in question and (not_asked or "") not in question


def test_ads_run_on_a_channel_are_counted_in_enquiries_not_followers() -> None:
    rep = report("bat dau tu thang 1 chay quang cao facebook cho tour lan dem")
    assert rep.rewrite is not None and "theo doi" not in rep.rewrite.text


def test_the_grade_an_entrance_exam_leads_to_is_a_name() -> None:
    rep = report("be Bin thi thử vào 10 đạt 40 diem trở lên trước 30/4")
    assert rep.facts.target == 40
    assert all("vào 10 đạt" in a.text for a in rep.alternatives)


@pytest.mark.parametrize(
    "text",
    [
        "translate to spanish pls: sorry I can't make my shift on friday, can someone cover?",
        "Chúc mừng sinh nhật con gái, bo chuc con luon mạnh khỏe, công việc suôn sẻ nhé",
        "Q3 headcount: 298 FTE + 41 temps | absenteeism 6.2% (Plant 2) | open reqs 19",
        "nobody reads the monthly safety newsletter, whats even the point lol",
    ],
)
def test_messages_table_rows_and_gripes_are_not_goals(text: str) -> None:
    assert report(text).rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "chuc mung nam moi, nam nay minh muon tiet kiem 50tr",
        "translate the 3 training manuals into Vietnamese by March",
    ],
)
def test_a_goal_after_a_greeting_or_with_a_translating_deed_is_still_one(goal: str) -> None:
    assert smt(goal) == ("met",) * 3


@pytest.mark.parametrize(
    ("goal", "verb"),
    [
        ("catch up on MATH 241 before its too late lol", "Catch up on MATH 241 by"),
        ("setup lại phòng 204 thành khu functional training", "Setup lại phòng 204"),
    ],
)
def test_deeds_of_set_up_and_catch_up_are_goals_with_a_date(goal: str, verb: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and rep.rewrite.text.startswith(verb)
    assert "too late" not in rep.rewrite.text  # the vague time gives way to the date


def test_a_show_that_should_blow_up_names_no_measure() -> None:
    assert smt("i want the show to blow up this year fr")[:2] == ("partial", "missing")


def test_the_customer_a_count_belongs_to_is_not_what_is_counted() -> None:
    rep = report("Giảm số bút toán điều chỉnh của khách hàng Minh Phát trong FY27")
    assert rep.rewrite is not None and "Minh Phát 20% trong FY27" in rep.rewrite.text
    assert "khách hàng mới" not in (rep.criteria.attainable.question or "")


def test_a_gpa_moves_in_tenths_up_to_four() -> None:
    rep = report("gpa is 2.9 rn, need it higher for grad school apps")
    assert rep.rewrite is not None and ": 3.1 by" in rep.rewrite.text
    assert {a.text.split(": ")[1].split()[0] for a in rep.alternatives} == {"3.0", "3.2"}


@pytest.mark.parametrize(
    ("goal", "stepped"),
    [
        ("gio nang 78kg roi, phải giảm bớt thôi", "xuống 74kg"),
        ("im 92kg rn, need to lose some", ": 87kg by"),
    ],
)
def test_a_grown_ups_own_weight_is_stepped_down_by_a_twentieth(goal: str, stepped: str) -> None:
    rep = report(goal)
    assert rep.statuses()["measurable"] == "missing"
    assert rep.rewrite is not None and stepped in rep.rewrite.text


def test_a_childs_weight_is_left_to_the_doctor() -> None:
    rep = report("be nang 11kg, muon tang len")
    assert rep.statuses()["measurable"] == "missing"
    assert rep.rewrite is not None and "11kg" in rep.rewrite.text and rep.alternatives == []


@pytest.mark.parametrize(
    ("goal", "measure"),
    [("muon shop dong khach hon nua", "khach hang moi"), ("Mong shop đắt hàng hơn", "đơn hàng")],
)
def test_a_busier_shop_is_counted_in_customers_or_orders(goal: str, measure: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and measure in rep.rewrite.text


def test_a_reason_after_a_numbered_name_is_still_a_reason() -> None:
    rep = report("tu thang 1 hoc dung cai iPhone 15 de goi video cho thang con ở Úc")
    assert rep.criteria.relevant.status == "met"
    assert rep.rewrite is not None and rep.rewrite.text.endswith("de goi video cho thang con ở Úc.")


@pytest.mark.parametrize(
    "goal", ["be 30% better on SLAs next quarter", "make the budget 20% better by Jan"]
)
def test_a_percent_better_names_no_measure(goal: str) -> None:
    assert smt(goal) == ("partial", "partial", "met")


def test_a_level_or_better_is_a_floor_not_a_vague_change() -> None:
    assert smt("Keep API uptime at 99.9% or better every month") == ("met",) * 3


def test_whom_todays_figure_goes_to_is_not_repeated_in_the_amount_wished() -> None:
    rep = report("hien gio ban duoc khoang 300kg/tuan cho may quan an, muon ban nhieu hon nua")
    assert rep.rewrite is not None and ": 360kg/tuan truoc ngay" in rep.rewrite.text


@pytest.mark.parametrize(
    ("goal", "due"),
    [("mua nha truoc 2028", date(2027, 12, 31)), ("tra het no truoc 2027", date(2026, 12, 31))],
)
def test_a_bare_year_after_truoc_is_the_deadline(goal: str, due: date) -> None:
    rep = report(goal)
    assert rep.facts.deadline == due
    assert rep.rewrite is not None and "ngay" not in rep.rewrite.text  # no second date


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("hit 50 sales nxt qtr", "nxt qtr"),
        ("Close $480k net-new ARR next qtr incl. at least 3 deals >$100k", "next qtr"),
    ],
)
def test_abbreviations_typed_on_purpose_are_kept_in_the_rewrite(goal: str, kept: str) -> None:
    rep = report(goal)
    assert smt(goal)[2] == "met"
    assert rep.rewrite is not None and kept in rep.rewrite.text
    assert all(kept in a.text for a in rep.alternatives)


def test_slips_are_still_written_out() -> None:
    rep = report("evry wk post 3 reels")
    assert rep.rewrite is not None and rep.rewrite.text.startswith("Every wk")


def test_a_resting_heart_rate_is_stepped_down_by_a_twentieth() -> None:
    rep = report("resting hr is 68 rn, want it lower")
    assert rep.rewrite is not None and ": 65 by" in rep.rewrite.text


def test_a_rating_said_before_todays_figure_stays_on_five_stars() -> None:
    rep = report("rating shop đang 4.7 thôi, muốn cao hơn á")
    # the amount wished comes right before the deadline put in ("...: 4.9 trước ngày ...")
    amounts = [
        float(m[1])
        for t in [rep.rewrite.text if rep.rewrite else ""] + [a.text for a in rep.alternatives]
        if (m := re.search(r"(\d+(?:\.\d+)?) trước ngày", t)) is not None
    ]
    assert amounts and all(4.7 < a <= 5 for a in amounts)


def test_a_passed_date_is_replaced_with_the_year_said_after_it() -> None:
    rep = report("have all 6 new temps trained on the RF guns by nov 20th this year")
    assert rep.rewrite is not None and "this year" not in rep.rewrite.text


def test_common_slips_in_goal_words_are_read_and_written_out() -> None:
    rep = report("finsh the bathroom reno before the baby's first birthday")
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None and rep.rewrite.text.startswith("Finish the bathroom reno")
    assert report("increse average deal size to $18k by June").rewrite.text.startswith("Increase")


def test_a_frequency_moved_up_is_a_measure_with_no_amount_yet() -> None:
    rep = report("Deploy freq up for payments-svc, currently ~1/day")
    assert rep.facts.kind == "outcome" and rep.criteria.measurable.status == "missing"
    assert rep.rewrite is not None and "freq" in rep.rewrite.text  # the abbreviation kept


def test_adding_a_feature_to_one_s_own_app_is_a_milestone_not_more_downloads() -> None:
    rep = report("add a dark mode to our app by March")
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None and "downloads" not in rep.rewrite.text


@pytest.mark.parametrize("goal", ["lot top tim kiem google", "shop len top shopee"])
def test_a_short_goal_typed_without_marks_around_a_brand_stays_vietnamese(goal: str) -> None:
    # "google", "shopee" are typed alike in both languages; "lot top" is "lọt top"
    rep = analyze(goal, GoalContext(today=date(2026, 12, 1)))
    assert rep.language == "vi"
    assert rep.rewrite is not None and "truoc ngay 01/03/2027" in rep.rewrite.text


@pytest.mark.parametrize(
    ("goal", "metric", "mended"),
    [
        ("get our google reveiws up, we got 38 now", "reviews", "google reviews"),
        ("grow instagarm folowers to 5k by june", "followers", "instagram followers"),
        ("increase revenu by 20% this quarter", "revenue", "Increase revenue"),
    ],
)
def test_a_measure_typed_one_key_off_is_read_and_spelled_right(
    goal: str, metric: str, mended: str
) -> None:
    rep = report(goal)
    assert rep.facts.metric == metric
    assert rep.rewrite is not None and mended in rep.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "Film 3 TikToks every weekend",  # one "s" more than the name: its plural, no typo
        "Meta ads CPA under €4 per newsletter signup, every month",
        "go leafleting at local parkruns n gyms over the next fortnight",
        "tang truong doanh thu thang sau",  # Vietnamese words typed without marks
    ],
)
def test_words_near_a_measure_that_are_no_typo_stay_as_typed(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    kept = [w for w in re.findall(r"[A-Za-z]{6,}", goal)]
    assert all(w.lower() in rep.rewrite.text.lower() for w in kept)


@pytest.mark.parametrize(
    ("goal", "metric"),
    [
        ("tang khach quen them 20% trong 3 thang toi", "khách quen"),
        ("Tăng 20% khách quen trước Tết", "khách quen"),
        ("get more repeat customers", "returning customers"),
    ],
)
def test_regular_customers_are_their_own_measure_not_new_ones(goal: str, metric: str) -> None:
    rep = report(goal)
    assert rep.facts.metric == metric
    assert rep.criteria.specific.status == "met"


def test_a_score_below_zero_keeps_its_sign() -> None:
    rep = report("Raise eNPS from -12 to 10 by june")
    assert rep.facts.target == 10
    assert rep.rewrite is not None and rep.rewrite.text == "Raise eNPS from -12 to 10 by june."
    q = report("eNPS at the plant currently sits at -12. We need to get this up before March.")
    assert q.criteria.measurable.question is not None and "-12" in q.criteria.measurable.question


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        # the past told first, then the aim: a goal with no amount to reach yet
        ("ads fb ton qua, thang truoc 12tr, cat bot lai", ("met", "missing", "missing")),
        ("spent 900 on takeout last month, cut it down", ("met", "missing", "missing")),
        # "ráng" (try hard) says the aim, typed with or without marks
        ("thang roi hh dc 80tr, thang nay rang kiem nhieu hon", ("met", "missing", "met")),
        ("tháng rồi hh được 80tr, tháng này ráng kiếm nhiều hơn", ("met", "missing", "met")),
        # a tilde only hedges a feeling's rating: no number anyone else could check
        (
            "team confidence on the new renewals playbook ~8/10 by jan",
            ("partial", "missing", "met"),
        ),
        # next term, named with "sau": a real deadline the user knows the day of
        ("GPA kỳ này có 2.8 😭 kỳ sau phải cải thiện", ("met", "missing", "met")),
        # all of our 4 filled is the count reached
        ("fill our 4 RN vacancies by march so we can stop booking bank", ("met", "met", "met")),
    ],
)
def test_what_is_said_around_the_aim_reads_as_a_coach_would(
    goal: str, expected: tuple[str, str, str]
) -> None:
    assert smt(goal) == expected


@pytest.mark.parametrize(
    "goal",
    [
        "We closed 9 deals in October, great month",
        "sales fell last month, down again",
    ],
)
def test_a_past_told_with_no_move_after_it_stays_no_goal(goal: str) -> None:
    assert report(goal).facts.kind == "not_a_goal"


def test_a_purpose_to_staff_a_line_is_what_the_goal_is_for() -> None:
    rep = report("Fill all 40 open operator roles within 6 weeks to staff the second-line ramp-up.")
    assert rep.criteria.relevant.status == "met"


@pytest.mark.parametrize(
    ("goal", "cadence"),
    [
        ("dang clip tiktok deu deu gioi thieu ca phe cua tiem", "moi tuan"),
        ("tu thang 1 bat dau dang tin batdongsan deu deu", "moi tuan"),
    ],
)
def test_done_regularly_typed_without_marks_is_a_routine_with_a_cadence(
    goal: str, cadence: str
) -> None:
    # never a total ("hoàn thành 12 video") in place of the routine
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None and cadence in rep.rewrite.text
    assert "deu deu" not in rep.rewrite.text


@pytest.mark.parametrize(
    ("goal", "measurable"),
    [
        ("Tăng follower lên 20%", "partial"),  # followers are no share: 20% of what?
        ("Tang follow IG len 20% truoc Tet", "partial"),
        ("get instagram followers to 20k by june", "met"),
        ("phishing clicks were 9% in the October test, want that lower to 7% by March", "met"),
    ],
)
def test_a_social_count_said_to_reach_a_percent_asks_of_what(goal: str, measurable: str) -> None:
    assert report(goal).criteria.measurable.status == measurable


@pytest.mark.parametrize(
    ("goal", "measurable"),
    [
        ("churn down 20% in H1", "partial"),  # 20 points, or a fifth of today's churn?
        ("tăng engagement 20% năm sau", "partial"),
        ("member retention up 20% by EOY", "partial"),
        ("increase engagement rate by 15% within the next two weeks", "met"),  # its own change
        ("Cut churn in half before summer", "met"),
        ("giảm tỷ lệ hàng lỗi 20% trước Tết", "met"),
    ],
)
def test_a_rate_moved_by_a_bare_percent_asks_points_or_share(goal: str, measurable: str) -> None:
    rep = report(goal)
    assert rep.criteria.measurable.status == measurable
    if measurable == "partial":
        question = rep.criteria.measurable.question or ""
        assert "20" in question and ("points" in question or "điểm phần trăm" in question)


def test_a_gripe_sighed_at_the_end_is_no_goal_to_rewrite() -> None:
    rep = report("khach bom hen xem nha 3 lan roi, chan ghe")
    assert rep.facts.kind == "not_a_goal" and rep.rewrite is None
    assert report("ban them 3 can truoc tet, chan ghe").rewrite is not None  # the aim is said


def test_a_routine_taken_up_at_work_gets_how_often_not_a_date() -> None:
    rep = report("start doing safety huddles w/ HCAs from mon")
    assert rep.rewrite is not None
    assert rep.rewrite.text == "Start doing safety huddles w/ HCAs every week from mon."


@pytest.mark.parametrize(
    "goal",
    [
        "Raise eNPS from 12 to 30 by the end of H2 2027 to reduce regretted attrition",
        "Score at least 7.5 on IELTS by 15 March 2027 to apply for the master program",
        "Close the Thu Duc cross-dock by Q3 2027 to save on rent",
    ],
)
def test_a_reason_said_with_to_after_the_goal_is_what_it_is_for(goal: str) -> None:
    assert report(goal).criteria.relevant.status == "met"


@pytest.mark.parametrize(
    "goal",
    [
        "Renegotiate our 3 biggest vendor contracts to save at least $40k/year by March",
        "Write the '10 Ways to Cut Payroll Errors' ebook by Jan 15",
        "we have about 120 book club members at the moment and id like that to grow",
    ],
)
def test_a_result_a_title_or_a_wish_after_to_is_no_reason(goal: str) -> None:
    assert report(goal).criteria.relevant.status != "met"


@pytest.mark.parametrize(
    "goal",
    [
        # "để rà" is no "để ra" (set aside): "để" says what it is for
        "Sáng thứ 2 hằng tuần họp 15 phút với tất cả HLV để rà lịch dạy",
        # after a month's number, "de" is "so that", not a test paper ("1 de trac nghiem")
        "thi ielts dat 6.5 trc thang 4 de xet tuyen",
    ],
)
def test_a_vietnamese_reason_is_read_past_look_alike_words(goal: str) -> None:
    assert report(goal).criteria.relevant.status == "met"


def test_a_look_alike_phrase_typed_with_other_marks_adds_no_move() -> None:
    # "vượt quá" (exceed) is no "vượt qua": no "vượt" (up) read out of it
    rep = report("Không để tỷ lệ khách hủy cọc vượt quá 10% trong năm tới")
    assert (rep.criteria.specific.status, rep.criteria.measurable.status) == ("met", "met")


@pytest.mark.parametrize(
    ("goal", "relevant"),
    [
        ("Knit 12 hats for the NICU donation drive by February", "met"),
        (
            "I intend to complete the A2 Spanish course by 30 June 2027, for our trip to Seville.",
            "met",
        ),
        ("hire 3 seasonal returns associates by 20 december for the post-christmas surge", "met"),
        # the occasion is the deadline, not a reason
        ("get 6 showpieces recovered in time for the spring home show", "unknown"),
    ],
)
def test_an_occasion_said_last_is_what_the_goal_is_for(goal: str, relevant: str) -> None:
    assert report(goal).criteria.relevant.status == relevant


@pytest.mark.parametrize(
    ("goal", "relevant"),
    [
        ("keep fabric waste under 8% of yardage on every job so im not eating the cost", "met"),
        ("Meditate for 10 minutes before each night shift to manage stress", "met"),
        ("no work emails after 7pm on weekdays, for my kids sake", "met"),
        # what the others are to do is the goal itself, not what it is for
        ("get 90% of my students to turn in the fall project by 10/31/2026", "unknown"),
    ],
)
def test_more_ways_of_saying_what_it_is_for(goal: str, relevant: str) -> None:
    rep = report(goal)
    assert rep.criteria.relevant.status == relevant
    if relevant == "met":
        assert rep.criteria.relevant.question is None  # the reason is never asked again


@pytest.mark.parametrize(
    ("goal", "body"),
    [
        ("sell 500 kg of honey by june", False),  # kilos of goods
        ("ban dc 200kg ca phe rang", False),
        ("giam 5kg mo bung truoc tet", True),
        ("lose 10 lbs by june", True),
        ("get twenty pounds of tomatoes out of my garden again", False),  # named after it
        ("lose 10 lbs of the prednisone weight by june", True),
    ],
)
def test_kilos_of_goods_are_no_body_weight(goal: str, body: bool) -> None:
    rep = report(goal)
    assert (rep.facts.metric in ("body weight", "cân nặng")) == body
    assert (rep.facts.domain == "health") == body


def test_what_befell_today_and_what_it_made_one_do_is_told_not_wished() -> None:
    assert report("Hôm nay bé út bị sốt nên tôi phải xin nghỉ dạy một buổi.").rewrite is None
    # a plan for today, with its reason, stays a goal
    assert report("hom nay troi mua nen phai tap o nha 30 phut").rewrite is not None


@pytest.mark.parametrize(
    "goal",
    [
        "hien tai moi thang tiem co tam 400 khach, muon dong hon",
        "hien tai moi ngay dang giao khoang 450 don, nam sau muon tang them",
        "we're sitting at ~140 open work orders rn, need that way lower",
    ],
)
def test_today_s_figure_then_a_wish_to_move_it_is_an_outcome_with_no_number_yet(
    goal: str,
) -> None:
    rep = report(goal)
    assert rep.facts.kind == "outcome"
    assert rep.criteria.measurable.status == "missing"
    assert rep.criteria.measurable.question is not None
    assert ("now:" in rep.criteria.measurable.question) or (
        "hien tai:" in rep.criteria.measurable.question
    )


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("lose 15 pounds by Thanksgiving this year", date(2026, 11, 26)),  # gone by now
        ("giảm 3kg trước Trung thu năm nay", date(2026, 9, 25)),  # the holiday, not Thursday
        ("giam 3kg truoc trung thu nam nay", date(2026, 9, 25)),
        ("bán 200 cành đào trước Tết năm nay", date(2027, 2, 6)),  # the coming Tết
        ("launch the shop by Christmas this year", date(2026, 12, 25)),
    ],
)
def test_a_holiday_this_year_is_this_year_s_even_once_it_has_passed(goal: str, due: date) -> None:
    rep = report(goal)
    assert rep.facts.deadline == due
    passed = due < TODAY
    assert (rep.criteria.time_bound.status == "partial") == passed


def test_a_seasonal_sale_whose_day_has_passed_moves_to_that_day_next_year() -> None:
    rep = report("ban 500 hop banh trung thu truoc Trung thu nam nay")
    assert rep.rewrite is not None
    assert "15/09/2027" in rep.rewrite.text  # next year's Mid-Autumn, not three months on
    assert any("lan toi" in a for a in rep.rewrite.assumptions)
    # a day used only as a date gets the usual months
    later = report("routing software live by Halloween 2026")
    assert later.rewrite is not None and "October 2027" not in later.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "get my steps up 25%, the little watch my granddaughter gave me for Christmas counts them",
        "got me a fitbit for christmas, want 10k steps a day",
    ],
)
def test_the_holiday_a_gift_came_on_is_no_deadline(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.deadline is None
    assert rep.criteria.time_bound.status != "met" or rep.facts.kind == "habit"
    # a holiday the goal is for stays its deadline
    assert report("decorate the shop for christmas").facts.deadline == date(2026, 12, 25)


@pytest.mark.parametrize(
    ("goal", "bare"),
    [
        ("I want to spend more time with my kids", "spend more time with my kids"),
        (
            "Starting Jan I want to do more ride-alongs w/ the crews",
            "do more ride-alongs w/ the crews",
        ),
        ("i want to cook at home more", "cook at home more"),
    ],
)
def test_a_wish_to_do_a_deed_reads_as_the_deed(goal: str, bare: str) -> None:
    # "I want to" says it is wished; what is wished is read as if typed alone
    assert report(goal).facts.kind == report(bare).facts.kind == "habit"
    rewrite = report(goal).rewrite
    assert rewrite is not None and "%" not in rewrite.text  # a routine gets how often


def test_what_a_named_person_says_after_the_goal_stays_after_what_is_added() -> None:
    rep = report("I want to volunteer more at church, Pastor Jim is always saying they need hands")
    assert rep.rewrite is not None
    text = rep.rewrite.text
    assert text.index("week") < text.index("Pastor Jim")


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("Launch our 12 Days of Christmas appeal next week", date(2026, 12, 13)),
        ("ra mắt menu Tết vào tuần sau", date(2026, 12, 13)),
    ],
)
def test_a_holiday_that_names_the_thing_is_no_deadline_beside_one_said(
    goal: str, due: date
) -> None:
    rep = report(goal)
    assert rep.facts.deadline == due
    assert rep.facts.target is None  # "12 Days of Christmas" is a title, nothing counted
    assert rep.criteria.measurable.status == "partial"
    # a holiday's party with no other date is still held on the day
    assert report("plan the christmas party").facts.deadline == date(2026, 12, 25)


@pytest.mark.parametrize("goal", ["AWS SA Pro cert in H1", "CCNA certification this year"])
def test_a_credential_named_alone_is_a_milestone_that_asks_the_score(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "milestone"
    assert rep.criteria.measurable.status == "partial"
    assert "score" in (rep.criteria.measurable.question or "")


@pytest.mark.parametrize(
    "goal", ["di gym bat dau tu thu 2 tuan sau", "Từ thứ 2 đi gym", "đi gym bắt đầu từ tuần sau"]
)
def test_a_routine_named_alone_from_a_start_gets_how_often_not_a_total(goal: str) -> None:
    rep = report(goal)
    assert rep.rewrite is not None
    text = rep.rewrite.text.lower()
    assert "moi tuan" in text or "mỗi tuần" in text
    assert "36" not in text and not rep.alternatives  # no count of sessions to finish


@pytest.mark.parametrize("goal", ["đi gym", "uống đủ nước"])
def test_a_routine_named_alone_is_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None and "mỗi" in rep.rewrite.text  # how often, in its language


def test_a_standing_reached_on_a_channel_gets_no_follower_count_glued_on() -> None:
    rep = report("reach partner on twitch before summer, confidence like 6/10 ngl")
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None and "followers" not in rep.rewrite.text
    # a count reached there is still counted
    assert "followers" in (report("reach 10k on tiktok").rewrite or rep.rewrite).text


def test_a_transaction_counter_is_a_place_not_a_count_of_deals() -> None:
    rep = report("Nâng cao chất lượng dịch vụ khách hàng tại quầy giao dịch.")
    assert rep.rewrite is not None and "hợp đồng" not in rep.rewrite.text
    assert rep.facts.domain == "service"


def test_more_crowded_after_today_s_figure_steps_from_it() -> None:
    rep = report("hien tai moi thang tiem co tam 400 khach, muon dong hon")
    assert rep.rewrite is not None and "480" in rep.rewrite.text  # a fifth more than today
    assert rep.criteria.measurable.status == "missing"  # the number is still the user's to say


def test_a_year_typed_as_two_digits_keeps_a_passed_deadline_passed() -> None:
    rep = report("QA scores avg 90+ by Oct '26")
    assert rep.facts.deadline == date(2026, 10, 31)
    assert rep.criteria.time_bound.status == "partial"
    # a named day with its year and the day in brackets is one time, replaced whole
    rep = report("zero sev1 in prod thru Black Friday '26 (Nov 27)")
    assert rep.facts.deadline == date(2026, 11, 27)
    assert rep.rewrite is not None
    assert "Nov 27" not in rep.rewrite.text and "thru" not in rep.rewrite.text


def test_come_spring_is_a_deadline_and_last_summer_a_time_gone_by() -> None:
    rep = report("Had about 40 tomato plants last summer, want a bigger garden come spring")
    assert rep.facts.deadline == date(2027, 2, 28)  # the day before spring
    assert rep.rewrite is not None
    assert "last summer" not in rep.rewrite.text.split(",", 1)[1]  # not glued to the new count


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("Nam nay ban tam on. Nam sau phai tang 30% nua", date(2027, 12, 31)),
        (
            "Khiếu nại chất lượng từ khách hàng: năm nay 14 vụ. Năm sau tối đa 5 vụ.",
            date(2027, 12, 31),
        ),
    ],
)
def test_the_time_in_the_target_s_sentence_is_the_deadline(goal: str, due: date) -> None:
    assert report(goal).facts.deadline == due


def test_asking_the_tool_to_export_is_no_goal() -> None:
    assert report("pls export all my Q4 goals to csv").rewrite is None
    assert report("export 500 units to Japan by March").rewrite is not None  # goods exported


def test_the_period_a_price_is_paid_by_is_no_cadence_of_the_goal() -> None:
    rep = report("hire 4 agents for APAC night shift, ~$3k/mo each, starting Jan")
    assert rep.criteria.time_bound.status == "missing"  # a start, and no date to be done by
    assert rep.facts.kind == "milestone"
    # a target paid by the month keeps its period
    assert (
        report("giu tien sua + bim cua 2 be duoi 4 trieu/thang").criteria.time_bound.status == "met"
    )


@pytest.mark.parametrize(
    ("goal", "level"),
    [
        ("noi tieng anh tu tin tam 6/10 thoi, muon noi tot hon", "len 8/10"),
        ("Tự tin chốt deal với key account khoảng 60%, muốn giỏi negotiation hơn.", "lên 80%"),
    ],
)
def test_a_rating_of_today_then_a_wish_to_do_better_names_the_level_to_reach(
    goal: str, level: str
) -> None:
    rep = report(goal)
    assert rep.rewrite is not None and level in rep.rewrite.text
    assert any(e.criterion == "measurable" and e.assumed for e in rep.rewrite.edits)
    # a wish that goes on to what is improved gets no level spliced in
    other = report("operator confidence is approx. 5/10; aim to improve proficiency across shifts")
    assert other.rewrite is not None and "7/10" not in other.rewrite.text


def test_today_s_figure_in_words_then_a_wish_by_the_end_of_term() -> None:
    rep = report("Hiện lớp mình mới có mười hai em đọc được truyện dài, cuối kỳ muốn tăng lên")
    assert rep.facts.target is None  # twelve is today's, not the aim
    assert rep.facts.deadline == date(2027, 1, 31)  # the end of this term
    assert rep.criteria.measurable.status == "missing"
    # versions step the wish from twelve; today's figure stays as said
    assert all("mười hai em" in a.text for a in rep.alternatives)
    # a survey named after the end of term leaves the date typed as the deadline
    rep = report(
        "Tỉ lệ phụ huynh hài lòng trong khảo sát cuối kỳ đạt từ 90% trở lên, chốt vào tháng 6/2027"
    )
    assert rep.facts.deadline == date(2027, 6, 30)


def test_aussie_christmas_and_speeding_up_progress_are_read() -> None:
    rep = report("smash out heaps of user interviews before Chrissy")
    assert rep.facts.deadline == date(2026, 12, 25)
    assert rep.rewrite is not None and "%" not in rep.rewrite.text  # no share of interviews
    assert report("Anh em cố lên, đẩy nhanh tiến độ phần thô block B").rewrite is not None


def test_a_result_due_this_season_is_a_goal_with_its_season_as_the_time() -> None:
    rep = report("Robotics club qualifies for state this season 🤖")
    assert rep.rewrite is not None
    assert rep.criteria.time_bound.status == "met"  # the season's end is the user's to know
    assert report("win 8 games next season").criteria.time_bound.status == "met"
