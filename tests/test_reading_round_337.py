"""Months said with "này" (this), and the classes read from the goals of the round after 618a897."""

from __future__ import annotations

from datetime import date

import pytest

from tests.rules_helpers import Day

TODAY = date(2026, 12, 1)
report, smt, main_text = Day(TODAY).report, Day(TODAY).smt, Day(TODAY).rewrite_text


# --- "tháng N này": the nearest such month, gone by or still to come ------------------------------


@pytest.mark.parametrize(
    ("goal", "deadline", "time_bound"),
    [
        ("het thang 10 nay phai giam 5kg", date(2026, 10, 31), "partial"),
        ("Mục tiêu giữ tỷ lệ hoàn hàng dưới 3% trong tháng 11 này.", date(2026, 11, 30), "partial"),
        ("tháng 3 này mở thêm 2 cửa hàng ở Đà Nẵng", date(2027, 3, 31), "met"),
        ("Doanh thu tháng 12 này đạt 500 triệu", date(2026, 12, 31), "met"),
    ],
)
def test_a_month_said_with_nay_is_the_nearest_one(
    goal: str, deadline: date, time_bound: str
) -> None:
    assert report(goal).facts.deadline == deadline
    assert smt(goal)[2] == time_bound


def test_a_month_of_this_year_gone_by_gets_a_new_date_in_the_rewrite() -> None:
    text = main_text("het thang 10 nay phai giam 5kg")
    assert "2027" in text and "thang 10" not in text.lower()
