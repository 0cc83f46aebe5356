"""A reproducible corpus of realistic goals (English and Vietnamese) for the benchmarks."""

from __future__ import annotations

import random

_EN = [
    "Grow our {platform} followers",
    "Increase {platform} engagement rate to {pct}% by {month} {year}",
    "Double our {platform} followers within {n} months",
    "Get more leads from {platform}",
    "Reach {k}k followers on {platform} by the end of Q{q}",
    "Post {f} times a week on {platform}",
    "Increase website traffic from {platform} by {pct}% in the next {n} weeks",
    "Reduce average response time on {platform} to under {f} hours by {month} {year}",
    "Grow our audience",
    "Sell {k}00 units through our online store this year to support the product launch",
    "Improve customer satisfaction soon",
    "Get at least {k}0 qualified leads per month",
]
_VI = [
    "Tăng số lượng người theo dõi trên {platform}",
    "Tăng gấp đôi số người theo dõi {platform} trong vòng {n} tháng",
    "Tăng tỷ lệ tương tác trên {platform} lên {pct}% trước ngày 31/12/{year}",
    "tang doanh thu tu {platform} them {pct}% trong quy {q}",
    "Đăng {f} bài mỗi tuần trên {platform}",
    "Tăng quy mô khán giả",
    "Đạt {k}.000 lượt xem video trên {platform} trong {n} tuần tới",
    "giam thoi gian phan hoi tren {platform} xuong duoi {f} gio truoc thang {m}/{year}",
    "Thu hút thêm khách hàng tiềm năng từ {platform} để tăng doanh số",
    "Tăng doanh thu lên {f} tỷ đồng trong năm nay",
]
_PLATFORMS = ["TikTok", "Facebook", "Instagram", "YouTube", "LinkedIn", "Zalo", "Shopee", "X"]
_MONTHS = ["March", "June", "September", "December"]


def goals(n: int, seed: int = 7) -> list[str]:
    """n goals drawn from templates with varied platforms, numbers and dates."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        template = rng.choice(_EN if rng.random() < 0.55 else _VI)
        out.append(
            template.format(
                platform=rng.choice(_PLATFORMS),
                pct=rng.randint(2, 60),
                n=rng.randint(2, 12),
                k=rng.randint(1, 90),
                q=rng.randint(1, 4),
                f=rng.randint(1, 7),
                month=rng.choice(_MONTHS),
                year=rng.choice([2027, 2028]),
                m=rng.randint(1, 12),
            )
        )
    return out
