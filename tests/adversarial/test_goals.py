"""Every catalogued goal and context gives a report or a one-line refusal, in bounded time."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from rewriter import analyze
from rewriter.errors import GoalInputError
from rewriter.report import GoalContext
from tests.adversarial.catalogue import BAD_CONTEXT, GOALS, ODD_CONTEXT, RLO, ZW

TODAY = date(2026, 11, 26)
CTX = GoalContext(today=TODAY)


@pytest.fixture(scope="module", autouse=True)
def _loaded() -> None:
    # the bound is per goal: the word lists' one-off load (cold start, benchmarked apart) is
    # done before any goal is timed, whichever goal a test worker meets first
    analyze("warm up", CTX)


@pytest.mark.parametrize("goal", GOALS, ids=lambda g: repr(g[:30]))
def test_every_catalogued_goal_gets_a_report_or_a_clear_refusal(goal: str) -> None:
    # CPU time, not wall time: other tenants of a shared machine stall a worker, not the engine
    started = time.process_time()
    try:
        report = analyze(goal, CTX)
    except GoalInputError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert time.process_time() - started < 1.0
    text = report.model_dump_json()  # always serialisable (no lone surrogates)
    for bad in ("\x1b", "\u200b", "\u202e", "\u00ad", "\x07"):
        assert bad not in text
    if report.rewrite is not None:
        assert report.rewrite.text.strip()


@pytest.mark.parametrize("values", BAD_CONTEXT, ids=lambda v: next(iter(v)))
def test_out_of_range_context_is_refused_naming_the_field(values: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as info:
        GoalContext(today=TODAY, **values)
    assert next(iter(values)) in str(info.value)


@pytest.mark.parametrize("values", ODD_CONTEXT, ids=lambda v: "+".join(v))
def test_odd_but_valid_context_still_gives_a_report(values: dict[str, Any]) -> None:
    report = analyze("Grow our TikTok followers", GoalContext(today=TODAY, **values))
    assert report.rewrite is not None


@pytest.mark.parametrize("field", ["today", "deadline"])
@pytest.mark.parametrize("year", [1, 1899, 2201, 9999])
def test_dates_outside_1900_2200_are_refused(field: str, year: int) -> None:
    with pytest.raises(ValidationError, match="1900-2200"):
        GoalContext(**{field: date(year, 12, 31)})


@pytest.mark.parametrize(
    ("goal", "reads"),
    [
        (f"Grow TikTok followers by 1{ZW}0% by 31/12/2027", ("change_pct", 10.0)),
        (f"Grow TikTok followers to 5{ZW}000 by 31/12/2027", ("target", 5000.0)),
        (f"Grow TikTok followers by 10% by 3{ZW}1/12/2027", ("deadline", date(2027, 12, 31))),
        ("Grow TikTok followers by 1\u00ad0% by 31/12/2027", ("change_pct", 10.0)),
        ("Grow TikTok followers by 1\u2060" + "0% by 31/12/2027", ("change_pct", 10.0)),
    ],
)
def test_invisible_characters_disappear_before_reading(goal: str, reads: tuple[str, Any]) -> None:
    report = analyze(goal, CTX)
    name, value = reads
    assert getattr(report.facts, name) == value
    assert ZW not in report.goal and "\u00ad" not in report.goal


def test_bidi_overrides_never_reach_the_rewrite() -> None:
    report = analyze(f"Grow our {RLO}TikTok followers by 10%", CTX)
    assert report.rewrite is not None
    assert RLO not in report.rewrite.text and RLO not in report.goal


def test_a_year_9999_deadline_in_the_text_is_not_read_as_a_deadline() -> None:
    report = analyze("Grow TikTok followers by 10% by 31/12/9999", CTX)
    assert report.facts.deadline is None or report.facts.deadline.year <= 2200


def test_the_page_turns_an_out_of_range_context_into_an_input_message() -> None:
    from rewriter.settings import get_settings
    from rewriter.web.rewrite_view import run_rewrite

    outcome = run_rewrite(
        "Grow our TikTok followers",
        {"monthly_growth": 5000.0, "today": TODAY},
        lambda: get_settings(_env_file=None, engine="rules"),
    )
    assert outcome.report is None and outcome.error_kind == "input"
    assert outcome.error is not None and "must be between" in outcome.error
