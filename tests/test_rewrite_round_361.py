"""Rewrites from the round after d6ea381: a share already over all of it moves up, not back."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.rules_helpers import Day

TODAY = date(2026, 12, 1)
report = Day(TODAY).report


@pytest.mark.parametrize(
    ("goal", "now"),
    [
        ("Scanning came in at 145% this year, want it higher", 145.0),
        ("Lambing came in at 130% this year, want it higher", 130.0),
    ],
)
def test_a_share_over_100_percent_wished_higher_gets_a_higher_target(goal: str, now: float) -> None:
    r = report(goal)
    assert r.rewrite is not None
    shares = [float(s) for s in re.findall(r"(\d+(?:\.\d+)?)%", r.rewrite.text)]
    assert shares[-1] > now
    conservative, ambitious = (
        float(re.findall(r"(\d+(?:\.\d+)?)%", a.text)[-1]) for a in r.alternatives
    )
    assert now < conservative < shares[-1] < ambitious


def test_a_share_under_100_percent_still_stops_short_of_all_of_it() -> None:
    r = report("our answer rate is 84% rn, want it higher")
    assert r.rewrite is not None and "92%" in r.rewrite.text
