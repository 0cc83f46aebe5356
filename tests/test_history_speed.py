"""The fast forecast paths give numpy's own numbers; projections are computed once per history; chart rows."""

from __future__ import annotations

import sys
from datetime import date

import numpy as np
import pytest

from rewriter import GoalContext, analyze
from rewriter.history import forecast
from rewriter.history.chart import chart_rows
from rewriter.history.forecast import project
from rewriter.history.inputs import history_from_page
from rewriter.history.series import number

TODAY = date(2026, 11, 26)


def _cases() -> list[object]:
    sys.path.insert(0, "benchmarks")
    from series_shapes import cases

    return list(cases(11, 60))


@pytest.mark.parametrize("i", range(0, 60, 7))
def test_quantiles_and_chances_are_numpys(i: int) -> None:
    c = _cases()[i]
    p = project(np.arange(len(c.history), dtype=float), c.history, len(c.future), rate=c.rate)  # type: ignore[attr-defined]
    q = (0.1, 0.2, 0.5, 0.8, 0.9)
    assert np.array_equal(p.quantiles(*q), np.quantile(p.paths, q, axis=0))
    assert p.end_quantiles(*q) == list(np.quantile(p.paths[:, -1], q))
    ends = p.paths[:, -1]
    for target in (*np.quantile(ends, [0.0, 0.33, 0.5, 0.9, 1.0]), float(ends[3]), -1.0, 1e12):
        for lower in (False, True):
            expected = float(np.mean(ends <= target if lower else ends >= target))
            assert p.chance(float(target), lower) == expected


def test_a_history_is_projected_once_and_its_paths_cannot_be_changed() -> None:
    t, y = np.arange(8.0), np.array([4200, 4330, 4460, 4590, 4730, 4870, 5020, 5170], dtype=float)
    forecast._CACHE.clear()
    first = project(t, y, 3.0)
    assert project(t, y, 3.0) is first and project(t, y, 4.0) is not first
    with pytest.raises(ValueError):
        first.paths[0, 0] = 1.0
    forecast._CACHE.clear()
    again = project(t, y, 3.0)
    assert (
        again is not first
        and np.array_equal(again.paths, first.paths)
        and again.model == first.model
    )


def test_the_cache_stays_bounded() -> None:
    forecast._CACHE.clear()
    for i in range(forecast.CACHE_SIZE + 20):
        project(np.arange(5.0), np.array([100.0, 110, 120, 130, 140 + i]), 2.0)
    assert len(forecast._CACHE) == forecast.CACHE_SIZE


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("4200", 4200.0),
        ("4.200", 4200.0),
        ("4,5", 4.5),
        ("0042", 42.0),
        ("1" * 41, None),
        ("１２", 12.0),
    ],
)
def test_numbers_read_as_before(cell: str, value: float | None) -> None:
    assert number(cell) == value


def test_chart_rows_show_every_point_the_path_from_the_last_value_and_the_target() -> None:
    # a one-off spike is left out of the forecast: drawn, marked unused
    values = [100, 103, 106, 109, 30000, 115, 118, 121]
    lines = "\n".join(f"2026-{m:02d},{v}" for m, v in zip(range(3, 11), values, strict=True))
    r = analyze("Reach 200 views by March 2027", GoalContext(today=TODAY, history=lines))
    fc = r.forecast
    assert fc is not None and fc.path
    rows = chart_rows(fc)
    assert [x["series"] for x in rows].count("history") + [x["series"] for x in rows].count(
        "unused"
    ) == len(fc.points)
    assert [x["value"] for x in rows if x["series"] == "unused"] == [30000]
    proj = [x for x in rows if x["series"] == "projection"]
    assert proj[0]["date"] == fc.last_date.isoformat() and proj[0]["value"] == fc.last_value  # type: ignore[union-attr]
    assert proj[-1]["date"] == fc.deadline.isoformat() == "2027-03-31"  # type: ignore[union-attr]
    assert [(x["date"], x["value"]) for x in rows if x["series"] == "target"] == [
        ("2027-03-31", 200)
    ]


def test_the_page_history_prefers_the_file_and_none_is_none() -> None:
    assert history_from_page("  ", None, TODAY) is None
    assert [p.value for p in history_from_page("1, 2, 3", None, TODAY) or []] == [1, 2, 3]
    got = history_from_page("1, 2, 3", ("h.csv", b"date,value\n2026-01,5\n2026-02,6\n"), TODAY)
    assert [p.value for p in got or []] == [5, 6]
