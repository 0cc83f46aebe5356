"""An uploaded table is read in a child process first: a slow or greedy file costs only the child."""

from __future__ import annotations

import time

import pytest

from rewriter.tables import BatchInputError
from rewriter.upload_check import check_upload
from tests.adversarial import bombs


def test_a_plain_upload_passes_and_is_remembered() -> None:
    data = bombs.plain_goals()
    check_upload(data, "goals.xlsx")
    started = time.perf_counter()
    check_upload(data, "goals.xlsx")  # the verdict is remembered: no second child
    assert time.perf_counter() - started < 0.05


def test_a_bomb_is_refused_with_the_childs_reason() -> None:
    with pytest.raises(BatchInputError, match="more than 1,000,000 distinct texts"):
        check_upload(bombs.shared_strings_bomb(1_100_000), "bomb.xlsx")


@pytest.mark.slow
def test_a_file_over_the_memory_budget_is_refused() -> None:
    # 900,000 distinct texts: under the shared-strings limit, but about 400 MB once read
    count = 900_000
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst {bombs._NS} count="{count}" uniqueCount="{count}">'
    body = "".join(
        f"<si><t>goal number {i} for the hostile upload test</t></si>" for i in range(count)
    )
    data = bombs.workbook(bombs._sheet(bombs._GOALS), head + body + "</sst>", level=1)
    with pytest.raises(BatchInputError, match="needed more than 200 MB"):
        check_upload(data, "greedy.xlsx", memory_mb=200)


def test_a_file_over_the_time_budget_is_refused() -> None:
    rows = "goal\n" + "".join(f"Grow followers by {i}% this year\n" for i in range(190_000))
    with pytest.raises(BatchInputError, match="took more than 0.3 s"):
        check_upload(rows.encode(), "slow.csv", seconds=0.3)
