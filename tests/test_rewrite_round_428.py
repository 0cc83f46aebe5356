"""Rewrites from the goals of the round after ce36098: a passed quarter's own total moves to the
same quarter a year on; a date alone after a comma gives way to the new one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import Day

TODAY = date(2026, 12, 1)
report, smt, main_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


# --- "doanh thu quý 3/2026 đạt 900 triệu", said in December: that quarter's total ---------------


@pytest.mark.parametrize(
    ("goal", "period"),
    [
        ("Phấn đấu doanh thu quý 3/2026 đạt 900 triệu", "quý 3/2027"),
        ("Hit 2M in revenue in Q3 2026", "in Q3 2027"),
        ("Close 40 deals in Q2 2026", "in Q2 2027"),
        ("Đạt 200 khách hàng mới trong quý 3 năm 2026", "trong quý 3 năm 2027"),
    ],
)
def test_a_passed_quarters_total_is_the_same_quarter_a_year_on(goal: str, period: str) -> None:
    r = report(goal)
    assert r.rewrite is not None and period in r.rewrite.text
    assert "2026" not in r.rewrite.text and "trước ngày" not in r.rewrite.text
    assert all(period in a.text for a in r.alternatives)
    assert r.rewrite.text.count("Q") <= 1  # one period, never a second date after it


@pytest.mark.parametrize(
    "goal",
    [
        "Hit 2M in revenue by Q3 2026",  # a sum by a date: the date moves
        "Finish the SD-WAN rollout to all 14 depots in Q3 2026",  # a deed overdue is due soon
        "Giữ chi tiêu cá nhân không quá 7tr/tháng trong quý 3/2026",  # a limit holds from now
    ],
)
def test_a_deadline_a_deed_or_a_limit_in_a_passed_quarter_is_not_put_a_year_on(goal: str) -> None:
    text = main_text(goal)
    assert "2027" in text and "Q3 2027" not in text and "quý 3/2027" not in text


# --- "Win the club champs, March 2026": the date alone after a comma is the goal's -------------


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("Win the club champs, March 2026", "Win the club champs by 1 January 2027."),
        ("Top 3 in my AG at Noosa Tri, Nov 2026", "Top 3 in my AG at Noosa Tri by 1 March 2027."),
        ("Top 5 tai khu vuc mien Tay, thang 10/2026", "truoc ngay 01/03/2027"),
    ],
)
def test_a_passed_date_alone_after_a_comma_gives_way_to_one_new_date(
    goal: str, expected: str
) -> None:
    text = main_text(goal)
    assert expected in text
    assert "2026" not in text and ", by" not in text and ", truoc" not in text


def test_a_comma_closing_an_aside_stays_before_the_new_date() -> None:
    text = main_text(
        "Raise half the money for the new floodlights, so about £9k, by the end of September 2026."
    )
    assert "£9k, by " in text


# --- "by end o' October 2026": "o'" is "of" ---------------------------------------------------


def test_end_o_a_month_is_read_as_the_end_of_it() -> None:
    goal = "Get the piano course book finished by end o' October 2026"
    assert report(goal).facts.deadline == date(2026, 10, 31)
    text = main_text(goal)
    assert "o'" not in text and text.count(" by ") == 1


def test_o_kept_as_typed_where_the_words_stay() -> None:
    assert "end o' term" in main_text("practise scales every day till the end o' term")
    assert "O'Brien" in main_text("Call O'Brien about the lease by Friday 11 December")
