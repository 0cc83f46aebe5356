"""Workbook bombs are refused fast and small; a sheet is read from the cells that exist."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from rewriter.tables import BatchInputError, open_table
from tests.adversarial import bombs


def test_a_plain_workbook_still_opens() -> None:
    table = open_table(bombs.plain_goals(), name="goals.xlsx")
    assert list(table.rows()) == [["Grow our TikTok followers"], ["Double sales within 6 months"]]


def test_a_declared_range_of_a_whole_sheet_costs_nothing() -> None:
    data = bombs.declared_range_only()
    assert len(data) < 2048
    started = time.perf_counter()
    table = open_table(data, name="range.xlsx")
    assert list(table.rows()) == [["Grow our TikTok followers"], ["Double sales within 6 months"]]
    assert time.perf_counter() - started < 1


def test_a_huge_declared_range_reads_only_the_cells_that_exist() -> None:
    started = time.perf_counter()
    table = open_table(bombs.far_cells_bomb(20_000), name="far.xlsx")
    assert table.columns == ["goal"] and table.total == 2
    assert len(list(table.rows())) == 2
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (bombs.declared_range_bomb, "beyond column 256"),
        (lambda: bombs.huge_cell_bomb(8 * 1024 * 1024), "more than 32,767 characters"),
        (lambda: bombs.shared_strings_bomb(1_100_000), "more than 1,000,000 distinct texts"),
    ],
    ids=["declared-range", "huge-cell", "shared-strings"],
)
def test_bombs_are_refused_quickly_with_a_clear_message(
    build: Callable[[], bytes], message: str
) -> None:
    data = build()
    started = time.perf_counter()
    with pytest.raises(BatchInputError, match=message):
        table = open_table(data, name="bomb.xlsx")
        list(table.rows())
    # refused while reading, not after expanding the bomb (which takes minutes): a wide bound,
    # since neighbours on a shared 2-core machine can slow a 1 s refusal threefold
    assert time.perf_counter() - started < 10


@pytest.mark.slow
def test_a_one_gigabyte_part_is_refused_from_its_declared_size() -> None:
    data = bombs.declared_size_bomb()
    assert len(data) < 8 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(BatchInputError, match="unpacks to 1,024 MB"):
        open_table(data, name="bomb.xlsx")
    assert time.perf_counter() - started < 2


def test_csv_limits_name_the_row() -> None:
    data = ("goal\n" + "Grow followers\n" + "x" * 40_000 + "\n").encode()
    with pytest.raises(BatchInputError, match="more than 32,767 characters"):
        open_table(data, name="big.csv")
    wide = ("goal," + ",".join(f"c{i}" for i in range(300)) + "\n" + "Grow," * 300 + "x\n").encode()
    with pytest.raises(BatchInputError, match="beyond column 256"):
        open_table(wide, name="wide.csv")


def test_an_xml_entity_bomb_is_refused() -> None:
    started = time.perf_counter()
    with pytest.raises(BatchInputError, match="cannot read"):
        list(open_table(bombs.entity_bomb(), name="laughs.xlsx").rows())
    assert time.perf_counter() - started < 2


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_date_cell_no_calendar_holds_is_read_as_text_not_a_crash() -> None:
    table = open_table(bombs.bad_date_cell(), name="dates.xlsx")
    assert list(table.rows()) == [["Grow followers", "#VALUE!"]]
