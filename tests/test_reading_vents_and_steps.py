"""Vents told with a month and a count, and other readings of this round's blind suites: what
a user only tells us is not turned into a goal, and what they aim at is read as they mean it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import Day
from tests.test_reading_typed import smt

# the first of a month: "this month" and "this week" are still ahead
TODAY = date(2026, 12, 1)
report = Day(TODAY).report


# --- a vent with a month and a count -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tháng này offer 3 bạn thì cả 3 đều reject, nản thật sự",
        "Third time this month the duty rota's been changed without asking. Absolutely shattered.",
        "This week 2 drivers called in sick again, absolutely fuming",
    ],
)
def test_a_vent_told_with_a_month_and_a_count_is_no_goal(text: str) -> None:
    rep = report(text)
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None


@pytest.mark.parametrize(
    "goal",
    [
        "Hire 3 engineers this month, absolutely shattered",
        "Sell 50 cakes this week, nản quá",
        "Muốn tuyển 3 bạn trong tháng này, nản thật sự",
    ],
)
def test_an_order_or_a_wish_said_before_a_sigh_stays_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None


# --- a plan, then what keeps happening -----------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "kind"),
    [
        ("wan increase sales 30% lah, business very slow since july", "outcome"),
        ("Off the beers from Monday. For good this time, the missus has had a gutsful", "limit"),
        ("tu t2 tuan sau di boi nha, bff ru hoai r", "habit"),
    ],
)
def test_a_goal_said_first_stays_a_goal_whatever_gripe_follows(goal: str, kind: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == kind
    assert rep.rewrite is not None


def test_off_the_beers_is_none_at_all() -> None:
    rep = report("Off the beers from Monday")
    assert rep.facts.kind == "limit"
    assert rep.facts.target == 0


def test_a_day_of_the_week_typed_short_before_a_week_is_a_day() -> None:
    rep = report("t7 tuan nay di kham rang")
    assert rep.facts.deadline == date(2026, 12, 5)


def test_the_cadence_goes_before_what_keeps_happening() -> None:
    rep = report("tu t2 tuan sau di boi nha, bff ru hoai r")
    assert rep.rewrite is not None
    assert rep.rewrite.text.endswith(", bff ru hoai r.")
    assert "3 buoi moi tuan" in rep.rewrite.text


# --- background, then "the goal is" --------------------------------------------------------------


def test_background_before_the_goal_is_said_is_read_as_neither() -> None:
    rep = report("Em đang học năm 3. Mục tiêu của em là đạt IELTS 7.0 trước tháng 6.")
    assert rep.facts.target == 7.0  # not the year of study
    goal = (
        "Tôi đang theo học chương trình thạc sĩ Quản lý giáo dục. Mục tiêu là bảo vệ thành công"
        " luận văn, mức độ tự tin hiện khoảng 7/10."
    )
    rep = report(goal)
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None
    assert "mỗi tuần" not in rep.rewrite.text  # a thesis is defended once, by a date
    assert rep.facts.deadline is None and "trước ngày" in rep.rewrite.text


def test_the_goal_label_is_no_object() -> None:
    rep = report("Mục tiêu là bảo vệ thành công luận văn.")
    assert smt("Mục tiêu là bảo vệ thành công luận văn.")[0] == "met"
    assert rep.facts.metric != "Mục tiêu"


# --- an age group's team, and one thing won -------------------------------------------------------


def test_an_age_group_team_is_a_name_not_a_bound() -> None:
    rep = report(
        "want the under 9s to win their grade, confidence maybe 6/10 haha they're a rabble"
    )
    assert rep.facts.kind == "milestone"
    assert rep.facts.target is None
    assert rep.rewrite is not None
    assert rep.rewrite.text == "Want the under 9s to win their grade by 1 March 2027."
    # a load time in seconds stays a bound
    assert report("get page load time under 2s").facts.target == 2.0


@pytest.mark.parametrize("goal", ["win their grade", "win the regional tender"])
def test_one_thing_won_is_a_milestone_not_a_share_more(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None and "%" not in rep.rewrite.text


def test_winning_more_is_still_a_move_up() -> None:
    assert report("win more tenders").facts.kind == "outcome"


def test_money_raised_in_formal_vietnamese_is_a_goal() -> None:
    goal = "Vận động nguồn xã hội hóa khoảng 1,2 tỷ đồng để cải tạo nhà thể chất đa năng."
    rep = report(goal)
    assert rep.facts.kind == "outcome"
    assert smt(goal) == ("met", "met", "missing")
    assert rep.rewrite is not None and "1,2 tỷ đồng" in rep.rewrite.text


@pytest.mark.parametrize(
    "text",
    [
        "Tháng này khoa thiếu 3 điều dưỡng, ca đêm ai cũng đuối hết 😩",
        "break down my thesis timeline into weekly tasks pls",
    ],
)
def test_a_sigh_about_the_team_or_a_request_to_plan_is_no_goal(text: str) -> None:
    rep = report(text)
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None


def test_the_goal_before_the_teams_sigh_stays() -> None:
    rep = report("Tuyển thêm 3 điều dưỡng trong tháng này, ca đêm ai cũng đuối hết 😩")
    assert rep.facts.kind != "not_a_goal"


# --- a school year named by its years, and a level said after the language ------------------------


def test_a_school_year_named_by_its_years_is_a_time_not_a_target() -> None:
    goal = "Năm học 2026-2027 nhà trường phấn đấu đạt danh hiệu Tập thể lao động xuất sắc."
    rep = report(goal)
    assert rep.facts.target is None
    assert rep.facts.deadline == date(2027, 5, 31)
    assert smt(goal) == ("met", "partial", "met")


def test_an_award_in_a_school_year_gone_is_a_fact() -> None:
    text = "Năm học 2025–2026, nhà trường được UBND thành phố tặng danh hiệu Tập thể lao động xuất sắc."
    rep = report(text)
    assert rep.facts.kind == "not_a_goal"
    assert rep.rewrite is None


@pytest.mark.parametrize(
    "goal", ["Thi đạt chứng chỉ tiếng Anh B1 trước tháng 6", "đạt tiếng Anh B2 trước tháng 6"]
)
def test_a_language_level_said_after_the_language_is_the_target(goal: str) -> None:
    assert smt(goal) == ("met", "met", "met")
    rep = report(goal)
    assert rep.rewrite is not None and "mỗi tuần" not in rep.rewrite.text


def test_a_driving_licence_class_is_no_language_level() -> None:
    assert smt("thi bang B2 de chay xe 7 cho, tu tin 50% thoi")[1] == "partial"


# --- a routine taken up from a day, whatever is said after it --------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "start gym from next monday",
        "From next Monday I'm starting gym",
        "From next Monday I dey start gym, no more excuses",
        "Từ tháng 1 sẽ đi yoga đều đặn hơn 🧘‍♀️ năm nay lười quá trời",
    ],
)
def test_a_routine_taken_up_from_a_day_is_given_how_often(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert rep.facts.deadline is None
    assert rep.rewrite is not None
    text = rep.rewrite.text
    assert "3 times a week" in text or "3 buổi mỗi tuần" in text
    assert "workouts" not in text and "2027" not in text


def test_no_more_excuses_is_said_after_the_goal_and_moves_nothing() -> None:
    rep = report("From next Monday I dey start gym, no more excuses")
    assert rep.rewrite is not None
    assert rep.rewrite.text.endswith(", no more excuses.")


def test_an_amount_hit_after_the_measure_is_its_target_not_a_reason() -> None:
    goal = "Delivery sales on UberEats to hit $1.2k a day by March"
    assert smt(goal) == ("met", "met", "met")
    rep = report(goal)
    assert rep.facts.target == 1200.0
    assert rep.rewrite is not None and "20%" not in rep.rewrite.text


# --- end of a term, seats that name a vehicle, today's figure after "now" ----------------------------


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("cuối kỳ 1 đạt 8 điểm toán", date(2027, 1, 31)),
        ("Kem chau lop 3 hoc toan, cuoi ky 1 phai dat 9 diem tro len", date(2027, 1, 31)),
        ("nâng điểm TB môn Toán cuối kỳ II của lớp từ 7.2 lên 8.0", date(2027, 5, 31)),
    ],
)
def test_the_end_of_a_numbered_term_is_the_deadline(goal: str, due: date) -> None:
    rep = report(goal)
    assert rep.facts.deadline == due
    assert rep.facts.target != 1.0  # the term's number is no score


def test_seats_name_the_vehicle_not_a_count() -> None:
    assert smt("thi bang lai xe 16 cho truoc he de chay hop dong")[1] == "partial"
    assert report("mua xe 7 chỗ trước Tết").facts.target is None


def test_now_opening_a_clause_gives_todays_figure() -> None:
    rep = report("wanna grow my stall IG, now 800 followers nia")
    assert rep.facts.target is None
    assert rep.rewrite is not None
    assert rep.rewrite.text.endswith(", now 800 followers nia.")
    assert report("Keep walked guests at zero from now until 31 Jan 2027").facts.deadline == date(
        2027, 1, 31
    )


# --- a deed wished done better ------------------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    ["become a better recruiter", "Xây dựng văn hóa công ty tốt hơn", "learn to cook better"],
)
def test_a_deed_wished_done_better_is_an_outcome_whose_measure_is_asked(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "outcome"
    assert smt(goal)[1] == "missing"


def test_a_level_with_a_floor_stays_done_once() -> None:
    goal = "pass DipTrans unit 2 (de>en) with merit or better at the next sitting"
    assert report(goal).facts.kind == "milestone"


def test_todays_own_rating_said_after_a_wish_to_do_better_is_stepped() -> None:
    rep = report("Dịch cabin tốt hơn, giờ tự chấm chắc tầm 4/10 thôi 😅")
    assert rep.rewrite is not None
    assert "6/10" in rep.rewrite.text


def test_plural_scores_are_a_measure_moved_up() -> None:
    rep = report("get my beginners sight reading scores up, confidence like 4/10 rn")
    assert rep.facts.kind == "outcome"
    assert smt("get my beginners sight reading scores up, confidence like 4/10 rn") == (
        "met",
        "missing",
        "missing",
    )


# --- "before then", a promise kept putting off, a plan whose last word is "nhi" ---------------------


def test_before_then_is_dated_by_the_time_said_before_it() -> None:
    goal = (
        "Daycare starts in Feb. Want my portfolio site relaunched before then so I can pitch"
        " bigger clients"
    )
    rep = report(goal)
    assert rep.facts.deadline == date(2027, 1, 31)
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None and "%" not in rep.rewrite.text
    assert report("Our audit is on 15 March. Get all SOPs signed off by then").facts.deadline == (
        date(2027, 3, 15)
    )


@pytest.mark.parametrize(
    "goal",
    [
        "Năm sau đưa vợ con đi Nhật chơi. Hứa hoài mà chưa làm được 😔",
        "Từ tháng 1 bắt đầu ôn thi chứng chỉ siêu âm tim nhi",
    ],
)
def test_a_plan_dated_first_stays_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind != "not_a_goal"
    assert rep.rewrite is not None


def test_a_reminder_asked_of_the_tool_typed_short_is_no_goal() -> None:
    assert report("nhac e 6h sang mai di lam").facts.kind == "not_a_goal"


# --- a routine's count said loosely, its cadence said ---------------------------------------------


@pytest.mark.parametrize(
    ("goal", "rewrite"),
    [
        ("Tuần nào cũng đọc vài bài báo", "Tuần nào cũng đọc 3 bài báo."),
        ("read a few articles every week", "Read 3 articles every week."),
        ("post some reels every week", "Post 3 reels every week."),
        # how many times, said loosely, is no count yet either
        ("post a few times every week", "Post 3 times every week."),
    ],
)
def test_a_loose_count_in_a_routine_is_filled_with_no_date(goal: str, rewrite: str) -> None:
    assert smt(goal) == ("met", "missing", "met")
    rep = report(goal)
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None and rep.rewrite.text == rewrite


@pytest.mark.parametrize("goal", ["do some stretching every morning"])
def test_a_routine_that_counts_no_things_keeps_its_words(goal: str) -> None:
    assert smt(goal)[1] == "met"
    rep = report(goal)
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text


def test_more_walks_is_a_routine_done_more_often() -> None:
    rep = report("more stroller walks w/ the baby, im going stir crazy lol")
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None and "3 times a week" in rep.rewrite.text
    assert "%" not in rep.rewrite.text


# --- last crop's figure, a target missed, tonnes harvested ----------------------------------------


def test_last_crops_figure_is_todays_not_the_target() -> None:
    rep = report("Giam tien thuc an cho tom, vu truoc ton gan 300 cu")
    assert rep.facts.target is None
    assert rep.rewrite is not None
    assert rep.rewrite.text.endswith(", vu truoc ton gan 300 cu.")
    assert all("300 cu" in a.text for a in rep.alternatives)


@pytest.mark.parametrize(
    "text",
    ["Tháng 11 team hụt target 3 căn", "We missed our target of 40 deals in Q3"],
)
def test_a_target_missed_is_told_not_aimed_at(text: str) -> None:
    assert report(text).facts.kind == "not_a_goal"


def test_tonnes_harvested_are_no_thursday() -> None:
    assert report("vụ trước thu 5 tấn, vụ này phải được 7 tấn").facts.deadline is None
    assert report("truoc thu 5 gui bao cao").facts.deadline == date(2026, 12, 3)


def test_what_one_barely_manages_today_is_no_target() -> None:
    rep = report("Must drink more water oo, I barely finish 2 sachets the whole shift 😅")
    assert rep.facts.target is None
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None
    assert rep.rewrite.text.endswith("I barely finish 2 sachets the whole shift 😅")
    assert not rep.alternatives  # today's figure is never varied


def test_a_convocation_dates_the_goal_once() -> None:
    rep = report("Grow the lab's outreach account to 2,000 followers by convocation")
    assert rep.rewrite is not None and "2027" not in rep.rewrite.text


# --- where the cadence or the date goes ------------------------------------------------------------


def test_bedtime_reading_is_nightly() -> None:
    rep = report("Start reading to the young lad before bed in January")
    assert rep.rewrite is not None and "every night" in rep.rewrite.text


def test_the_date_goes_with_the_order_not_the_balance_told_after() -> None:
    rep = report("Pay off the truck. Still owe like 18k on it")
    assert rep.rewrite is not None
    assert rep.rewrite.text == "Pay off the truck by 1 March 2027. Still owe like 18k on it."


def test_outings_wished_more_are_weekly_and_the_remark_after_the_emoji_stays_last() -> None:
    rep = report("dua vo con di choi nhieu hon 😄 ca nam chay xe suot")
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None
    assert rep.rewrite.text == "Dua vo con di choi moi tuan 😄 ca nam chay xe suot."


@pytest.mark.parametrize(
    "goal", ["tu thang gieng bot nhau lai", "từ tháng 1 bớt uống trà sữa lại 🧋"]
)
def test_a_habit_wished_less_from_a_month_is_capped_each_week(goal: str) -> None:
    rep = report(goal)
    assert rep.facts.kind == "limit"
    assert rep.rewrite is not None
    assert "2 lan moi tuan" in rep.rewrite.text or "2 lần mỗi tuần" in rep.rewrite.text
    assert "%" not in rep.rewrite.text


def test_a_championship_is_an_event_that_dates_the_goal() -> None:
    assert smt("Get the minors fitter before championship")[2] == "met"


def test_the_date_goes_before_what_others_complain_of() -> None:
    rep = report("Reply customers DM faster, people dey complain say I too slow")
    assert rep.rewrite is not None
    assert rep.rewrite.text.endswith("by 1 March 2027, people dey complain say I too slow.")


def test_a_wish_to_get_confident_steps_todays_own_rating() -> None:
    rep = report("Get confident teaching the new Junior Cycle PE spec, I'd say I'm a 5/10 now")
    assert rep.rewrite is not None and "7/10" in rep.rewrite.text


# --- from this round's last reviews ---------------------------------------------------------------


def test_a_multiple_with_no_pace_told_keeps_the_users_own_words() -> None:
    rep = report("10x the funnel this year 🚀")
    assert rep.rewrite is not None and rep.rewrite.text == "10x the funnel this year 🚀"
    assert "1%" not in rep.rewrite.text


def test_which_one_is_better_is_asked_not_aimed_at() -> None:
    assert report("ban oi loa JBL voi loa Bose cai nao hat karaoke hay hon").rewrite is None


def test_a_waist_is_brought_down_slowly() -> None:
    rep = report("Sau sinh bé Na vòng eo vẫn còn 74cm. Muốn giảm bớt trước hè.")
    assert rep.rewrite is not None and "70cm" in rep.rewrite.text
    assert all(int(a.text.split("xuống ")[1][:2]) >= 65 for a in rep.alternatives)


def test_confidence_said_after_a_skill_taken_up_again_leaves_it_a_routine() -> None:
    rep = report("Từ tháng 1 học lại tiếng Anh, tự tin chắc 7/10 thôi 😅")
    assert rep.facts.kind == "habit"
    assert rep.rewrite is not None and "3 buổi mỗi tuần" in rep.rewrite.text
    assert "khóa học" not in rep.rewrite.text


def test_a_goal_dated_first_whatever_gripe_follows_its_missed_date() -> None:
    rep = report("Launch the 12-Week Shred program by Nov 15, 2026... still not live, ugh")
    assert rep.facts.kind == "milestone"
    assert rep.rewrite is not None and "2027" in rep.rewrite.text


def test_an_order_in_a_sentence_after_a_number_is_still_the_goal() -> None:
    rep = report("Huyet ap ba cao qua, bac si dan giu duoi 140. Bot an man lai")
    assert rep.facts.kind != "not_a_goal"


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("nhac ba mai tiem vac xin cho dan lon nha", False),
        ("nhac me uong thuoc moi ngay dung gio", True),
    ],
)
def test_a_reminder_asked_once_is_no_goal_but_reminding_someone_daily_is(
    text: str, goal: bool
) -> None:
    assert (report(text).facts.kind != "not_a_goal") is goal


def test_late_night_snacking_cut_back_from_next_week_is_capped_each_week() -> None:
    rep = report("Starting next week im gonna cut back on the late night snackin")
    assert rep.facts.kind == "limit"
    assert rep.rewrite is not None and "at most 2 times a week" in rep.rewrite.text
    assert "%" not in rep.rewrite.text
