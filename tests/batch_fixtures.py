"""Goal tables for the batch tests and benchmarks: varied English and Vietnamese goals."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

HEADER = ["id", "goal", "platform", "baseline", "deadline", "owner"]

_EN = [
    "Grow our {p} followers",
    "Double our {p} followers within {n} months",
    "Increase {p} engagement by {k}% by the end of the year",
    "Get {k}00 leads from {p} in {n} weeks",
    "Drive more traffic from {p} to our online store",
    "Reach {k},000 {p} subscribers before {d}",
    "Post on {p} {n} times a week",
    "Be better at {p}",
]
_VI = [
    "Tăng số lượng người theo dõi trên {p}",
    "Tăng gấp đôi số người theo dõi {p} trong vòng {n} tháng",
    "Tăng tương tác trên {p} thêm {k}% trước cuối năm",
    "Có {k}00 khách hàng tiềm năng từ {p} trong {n} tuần",
    "tang luot truy cap website tu {p} them {k}% trong {n} thang",
    "Đạt {k}.000 người đăng ký {p} trước {d}",
]
_PLATFORMS = ["TikTok", "Facebook", "Instagram", "YouTube", "LinkedIn", "Zalo", "X", "Shopee"]


def goal_rows(n: int, seed: int = 7) -> Iterator[list[str]]:
    """n data rows (HEADER order); most goals distinct, some repeated, some with context."""
    rng = random.Random(seed)
    for i in range(n):
        template = rng.choice(_EN if rng.random() < 0.55 else _VI)
        p = rng.choice(_PLATFORMS)
        goal = template.format(
            p=p,
            n=rng.randint(1, 12),
            k=rng.randint(1, 99),
            d=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2027",
        )
        with_context = rng.random() < 0.3
        yield [
            str(i + 1),
            goal,
            p if with_context else "",
            str(rng.randint(1, 50) * 100) if with_context else "",
            f"2027-{rng.randint(1, 12):02d}-28" if with_context and rng.random() < 0.5 else "",
            rng.choice(["An", "Bình", "Chi", "Dũng", "=cmd|' /C calc'!A0"]),
        ]


def write_goals_csv(path: Path, n: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(goal_rows(n, seed))
    return path
