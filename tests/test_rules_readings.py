"""Each reading family, in English and Vietnamese, resolved against a fixed reference date."""

from __future__ import annotations

from datetime import date

import pytest

from rewriter.text.numbers import parse_number
from rewriter.text.readings import read
from tests.rules_helpers import TODAY, report


@pytest.mark.parametrize(
    ("goal", "platform"),
    [
        ("Grow TikTok followers", "TikTok"),
        ("Get more likes on fb", "Facebook"),
        ("More views on our YouTube channel", "YouTube"),
        ("Grow LinkedIn followers", "LinkedIn"),
        ("Get 500 retweets on Twitter", "X (Twitter)"),
        ("Grow our followers on X by 10%", "X (Twitter)"),
        ("Grow Threads followers", "Threads"),
        ("Pinterest saves up 20%", "Pinterest"),
        ("Tăng người theo dõi Zalo OA", "Zalo"),
        ("Trả lời tin nhắn Messenger nhanh hơn", "Messenger"),
        ("Grow our Discord community members", "Discord"),
        ("Telegram group members to 5k", "Telegram"),
        ("Tăng đơn hàng trên Shopee", "Shopee"),
        ("Increase traffic to our website", "Website"),
        ("Thúc đẩy lưu lượng truy cập đến cửa hàng trực tuyến", "Online store"),
        ("Grow our newsletter list", "Email newsletter"),
        ("tang luot xem tren tiktok", "TikTok"),
    ],
)
def test_platforms(goal: str, platform: str) -> None:
    assert report(goal).facts.platform == platform


@pytest.mark.parametrize(
    ("goal", "metric_key", "goal_type"),
    [
        ("Increase Instagram reach", "reach", "awareness"),
        ("Tăng lượt hiển thị trên Facebook", "impressions", "awareness"),
        ("Raise our engagement rate on TikTok", "engagement_rate", "engagement"),
        ("Tăng lượt chia sẻ bài viết trên Facebook", "shares", "engagement"),
        ("Drive more website traffic", "website_traffic", "traffic"),
        ("Tăng tỷ lệ nhấp quảng cáo Facebook", "ctr", "traffic"),
        ("Generate qualified leads from LinkedIn", "leads", "leads"),
        ("Thu hút khách hàng tiềm năng qua Zalo", "leads", "leads"),
        ("Increase online sales", "revenue", "sales"),
        ("Tăng tỷ lệ chuyển đổi của cửa hàng", "conversion_rate", "sales"),
        ("Grow active members in our Facebook group", "members", "community"),
        ("Tăng thành viên nhóm cộng đồng", "members", "community"),
        ("Cut average response time on Messenger", "response_time", "customer_service"),
        ("Nâng cao mức độ hài lòng của khách hàng", "csat", "customer_service"),
        ("Increase positive mentions on X", "positive_mentions", "sentiment"),
        ("Giảm bình luận tiêu cực trên TikTok", "negative_comments", "sentiment"),
    ],
)
def test_metric_catalog_by_goal_type(goal: str, metric_key: str, goal_type: str) -> None:
    r = read(goal, TODAY)
    assert r.metric is not None and r.metric.key == metric_key
    assert r.metric.type == goal_type
    assert r.metric.unit


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("10,000", 10000),
        ("10.000", 10000),
        ("1.5", 1.5),
        ("1,5", 1.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("2.000.000", 2_000_000),
        ("0.40", 0.4),
    ],
)
def test_number_formats(raw: str, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize(
    ("goal", "kind", "value", "unit"),
    [
        ("Reach 10,000 Instagram followers by June 2027", "absolute", 10_000, None),
        ("Đạt 10.000 người theo dõi Facebook trước tháng 6/2027", "absolute", 10_000, None),
        ("Get 10k TikTok followers by Q2 2027", "absolute", 10_000, None),
        ("Hit 1.5M views on YouTube this year", "absolute", 1_500_000, None),
        ("Tăng doanh thu lên 2 triệu đồng mỗi ngày", "absolute", 2_000_000, "VND"),
        ("Tuyển 5 nghìn người đăng ký bản tin trong quý 1", "absolute", 5_000, None),
        ("Increase engagement rate by 25% on Instagram", "percent", 25, "%"),
        ("Cut cost per click to $0.40 on Facebook ads", "absolute", 0.4, "$"),
        ("Double our LinkedIn followers", "ratio", 2, None),
        ("Triple YouTube subscribers by year end", "ratio", 3, None),
        ("Grow TikTok views x2 in 3 months", "ratio", 2, None),
        ("Tăng gấp đôi lượt xem TikTok", "ratio", 2, None),
        ("Tăng gấp ba doanh thu Shopee", "ratio", 3, None),
    ],
)
def test_quantities(goal: str, kind: str, value: float, unit: str | None) -> None:
    q = read(goal, TODAY).target
    assert q is not None and q.kind == kind
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("goal", "baseline", "target"),
    [
        ("Grow Instagram followers from 10,000 to 15,000 by March 2027", 10_000, 15_000),
        ("Tăng người theo dõi Facebook từ 2.000 lên 5.000 trong 3 tháng", 2_000, 5_000),
        ("tang doanh thu tu 100 trieu len 150 trieu trong quy 2", 100e6, 150e6),
    ],
)
def test_from_a_to_b(goal: str, baseline: float, target: float) -> None:
    facts = report(goal).facts
    assert (facts.baseline, facts.target) == (baseline, target)


@pytest.mark.parametrize(
    ("goal", "qualifier"),
    [
        ("Get at least 500 leads by June 2027", "at_least"),
        ("Tối thiểu 500 khách hàng tiềm năng trong quý 2", "at_least"),
        ("Ít nhất 300 đơn hàng trên Shopee tháng này", "at_least"),
        ("Keep response time under 2 hours", "at_most"),
    ],
)
def test_qualifiers(goal: str, qualifier: str) -> None:
    assert read(goal, TODAY).target.qualifier == qualifier  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("goal", "count", "period"),
    [
        ("Post 3 times a week on Instagram", 3, "week"),
        ("Publish 2 videos per day on TikTok", 2, "day"),
        ("Đăng 2 lần/tuần trên Facebook", 2, "week"),
        ("Mỗi tuần đăng 3 bài trên Facebook", 3, "week"),
        ("Livestream twice a week on TikTok Shop", 2, "week"),
        ("Post daily on LinkedIn", 1, "day"),
        ("Đăng bài mỗi ngày trên Zalo", 1, "day"),
    ],
)
def test_frequencies_count_as_measurable(goal: str, count: int, period: str) -> None:
    r = read(goal, TODAY)
    assert r.frequency is not None and r.frequency.value == count
    assert r.recurring is not None and r.recurring.period == period
    s = report(goal).statuses()
    assert s["measurable"] == "met"
    assert s["time_bound"] == "met"  # a recurring target is bound by its period


@pytest.mark.parametrize(
    ("goal", "direction"),
    [
        ("Increase TikTok followers", "increase"),
        ("Tăng lượt xem video", "increase"),
        ("Reduce churn", "decrease"),
        ("Giảm thời gian phản hồi", "decrease"),
        ("Reach 1,000 members", "reach"),
        ("Đạt 1.000 thành viên", "reach"),
        ("Maintain our engagement rate", "maintain"),
        ("Duy trì tỷ lệ tương tác", "maintain"),
    ],
)
def test_directions(goal: str, direction: str) -> None:
    assert report(goal).facts.direction == direction


@pytest.mark.parametrize(
    ("phrase", "deadline"),
    [
        ("by 31/12/2026", date(2026, 12, 31)),
        ("trước ngày 31/12/2026", date(2026, 12, 31)),
        ("by 2027-03-15", date(2027, 3, 15)),
        ("by March 31, 2027", date(2027, 3, 31)),
        ("by 31 March 2027", date(2027, 3, 31)),
        ("ngày 15 tháng 2 năm 2027", date(2027, 2, 15)),
        ("by March 2027", date(2027, 3, 31)),
        ("by the end of June", date(2027, 6, 30)),
        ("trước tháng 6/2027", date(2027, 5, 31)),  # before June: the day before it starts
        ("đến tháng 6/2027", date(2027, 6, 30)),
        ("cuối tháng 3", date(2027, 3, 31)),
        ("in Q3", date(2027, 9, 30)),
        ("by Q1 2027", date(2027, 3, 31)),
        ("trong quý 3", date(2027, 9, 30)),
        ("quý III/2027", date(2027, 9, 30)),
        ("in H1 2027", date(2027, 6, 30)),
        ("in the second half of 2027", date(2027, 12, 31)),
        ("trong 6 tháng đầu năm 2027", date(2027, 6, 30)),
        ("by year end", date(2026, 12, 31)),
        ("before the end of the year", date(2026, 12, 31)),
        ("đến cuối năm", date(2026, 12, 31)),
        ("this year", date(2026, 12, 31)),
        ("trong năm nay", date(2026, 12, 31)),
        ("next year", date(2027, 12, 31)),
        ("within 6 months", date(2027, 5, 26)),
        ("within six months", date(2027, 5, 26)),
        ("trong vòng 6 tháng", date(2027, 5, 26)),
        ("trong vong 6 thang", date(2027, 5, 26)),
        ("in 30 days", date(2026, 12, 26)),
        ("over the next 8 weeks", date(2027, 1, 21)),
        ("6 tuần tới", date(2027, 1, 7)),
        ("trong 3 tháng tới", date(2027, 2, 26)),
        ("next month", date(2026, 12, 31)),
        ("tháng sau", date(2026, 12, 31)),
        ("by the end of the month", date(2026, 11, 30)),
    ],
)
def test_deadlines_resolved_against_the_reference_date(phrase: str, deadline: date) -> None:
    for goal in (
        f"Grow TikTok followers by 20% {phrase}",
        f"Tăng 20% người theo dõi TikTok {phrase}",
    ):
        rep = report(goal)
        assert rep.facts.deadline == deadline, goal
        assert rep.criteria.time_bound.status == "met", goal


@pytest.mark.parametrize("period", ["per month", "every week", "mỗi tháng", "hàng tuần", "monthly"])
def test_recurring_periods_make_a_recurring_target_time_bound(period: str) -> None:
    rep = report(f"Get 500 leads {period}")
    assert rep.criteria.time_bound.status == "met"
    assert period.split()[-1] in rep.criteria.time_bound.feedback  # the period is named
    assert rep.facts.deadline is None  # each period is its own deadline, no single date


@pytest.mark.parametrize(
    ("goal", "criterion"),
    [
        ("Get more TikTok followers", "measurable"),
        ("Grow Instagram followers significantly", "measurable"),
        ("Tăng người theo dõi TikTok nhiều hơn", "measurable"),
        ("Double TikTok followers soon", "time_bound"),
        ("Double TikTok followers asap", "time_bound"),
        ("Tăng gấp đôi người theo dõi TikTok càng sớm càng tốt", "time_bound"),
        ("Tăng gấp đôi người theo dõi TikTok sớm", "time_bound"),
    ],
)
def test_vague_words_do_not_count(goal: str, criterion: str) -> None:
    c = getattr(report(goal).criteria, criterion)
    assert c.status == "missing"
    assert c.evidence  # the vague word is shown back to the user


def test_a_past_deadline_is_flagged() -> None:
    rep = report("Double TikTok followers by March 2026")
    assert rep.criteria.time_bound.status == "partial"
    assert rep.rewrite.text.endswith("2027.")


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("launch bản 3.0 trước 15/11", date(2026, 11, 15)),  # two weeks ago: the date was missed
        ("ship the app by nov 20", date(2026, 11, 20)),
        ("dat 500 don dip 11/11", date(2027, 11, 11)),  # a sale day comes back every year
        ("tang 60 thanh vien CLB truoc 20/10", date(2027, 10, 20)),  # six weeks gone: next year's
    ],
)
def test_a_day_that_passed_weeks_ago_is_the_one_missed(goal: str, deadline: date) -> None:
    rep = report(goal)
    assert rep.facts.deadline == deadline
    assert rep.criteria.time_bound.status == ("partial" if deadline < TODAY else "met")


@pytest.mark.parametrize(
    "goal",
    [
        "Giữ huyết áp dưới 130/80 mỗi lần đo",
        "spend no more than 10 hours editing per wedding",
        "an trua ngoai duoi 50k/bua de tiet kiem",  # "/bữa": each meal
        "nv phuc vu check phong 30p/lan",  # "/lần": each round
        "turn bedbound patients every 2 hours",  # every few hours: a round, many a day
        "kiem tra ve sinh phong tam moi 2 tieng",
        "giu chi phi xang duoi 3tr moi chuyen xe",  # each trip, each litter, each banquet
        "ty le ga con chet khong qua 3% moi lua",
        "keep spend on flowers under 10% of the budget per wedding",
        "run a first-aid refresher every second monday",  # every other week
        "water the seedlings every alternate day",
    ],
)
def test_a_bound_kept_each_time_recurs(goal: str) -> None:
    assert report(goal).criteria.time_bound.status == "met"


def test_month_name_may_is_not_read_as_a_deadline_when_it_is_a_verb() -> None:
    assert report("We may grow TikTok followers").facts.deadline is None


@pytest.mark.parametrize(
    "goal",
    [
        "vu thu dong nay thu hoach 6 tan bap/ha",  # this crop season: the farmer knows its end
        "giu chi phi giong khong qua 2tr/sao trong vu dong xuan 2027",
        "mua giai nay ghi it nhat 10 ban",
    ],
)
def test_a_season_running_now_or_named_with_its_year_bounds_the_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.facts.deadline is None  # real, but not one date


def test_a_season_that_only_starts_the_goal_is_no_deadline() -> None:
    assert report("tu vu toi chuyen sang trong dua luoi").criteria.time_bound.status == "missing"


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("Tuyển được ít nhất hai kế toán trước Tết", 2),  # a bound set on a count in words
        ("mo toi thieu ba lop hoc them truoc thang 3", 3),
        ("sign a couple of new wholesale accounts before Easter", 2),
    ],
)
def test_a_number_word_after_a_bound_is_the_count(goal: str, target: int) -> None:
    rep = report(goal)
    assert rep.facts.target == target
    assert rep.criteria.measurable.status == "met"


def test_from_after_more_is_not_a_number_word() -> None:
    # "hơn từ": "từ" (from) folds to "tư" (four); the marks say it is not a count
    assert report("Có nhiều khách quen hơn từ các hội nhóm").criteria.measurable.status == "missing"


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("get to grade 3 piano by Christmas next year", date(2027, 12, 25)),
        ("mua xe truoc Tet nam sau", date(2027, 2, 6)),  # Tết of next year's calendar
    ],
)
def test_a_holiday_of_next_year_keeps_the_year(goal: str, deadline: date) -> None:
    assert report(goal).facts.deadline == deadline


def test_reels_name_the_channel() -> None:
    rep = report("tăng view Reels của shop thêm 30% trong quý 1")
    assert rep.criteria.specific.status == "met"
    assert rep.rewrite is not None and "Facebook" not in rep.rewrite.text


@pytest.mark.parametrize(
    "goal",
    [
        "sửa xong mái nhà kho trước mùa bão",  # a season the user knows, no one date
        "Giảm hóa đơn điện 10% trước mùa nắng nóng",
        "get every policy signed off before the next accreditation visit",
        "host a repair café every 2nd Sunday of the month",
    ],
)
def test_seasons_visits_and_ordinal_rounds_bound_a_goal(goal: str) -> None:
    rep = report(goal)
    assert rep.criteria.time_bound.status == "met"
    assert rep.facts.deadline is None


def test_per_month_then_until_keeps_the_deadline() -> None:
    # "USD/tháng tới cuối Q3": a monthly amount, then until the end of Q3 (not "next month")
    rep = report("tăng thu nhập từ 2k lên 4k USD/tháng tới cuối Q2 2027")
    assert rep.facts.deadline == date(2027, 6, 30)


@pytest.mark.parametrize(
    "goal", ["raise $2,400 by March 31 for new kit", "gây quỹ 50 triệu trước Tết"]
)
def test_money_to_raise_is_what_is_counted(goal: str) -> None:
    s = report(goal).statuses()
    assert (s["specific"], s["measurable"]) == ("met", "met")
