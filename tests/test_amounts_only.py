"""An alternative with only its amounts changed is checked without a second reading: the same verdicts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rewriter.checks import goal_figures, rewrite_problems
from rewriter.evaluation.suite import load_suite
from rewriter.rules.context import Resolved
from rewriter.rules.engine import rules_report
from rewriter.rules.verdicts import measurable, specific, time_bound
from rewriter.text.amounts_only import amounts_only
from rewriter.text.readings import read

TODAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("main", "alternative"),
    [
        (
            "Increase X engagement on Instagram by 7% by the end of the year.",
            "Increase X engagement on Instagram by 5% by the end of the year.",
        ),
        ("Post on Instagram 6 times a week.", "Post on Instagram 8 times a week."),
        ("Get 7500 leads from TikTok in 10 weeks.", "Get 5620 leads from TikTok in 10 weeks."),
        (
            "Tang luot truy cap website tu TikTok them 27% trong 10 thang.",
            "Tang luot truy cap website tu TikTok them 35% trong 10 thang.",
        ),
    ],
)
def test_a_target_with_another_amount_reads_the_same(main: str, alternative: str) -> None:
    assert amounts_only(alternative, main, TODAY, "vi" if "Tang" in main else "en")


@pytest.mark.parametrize(
    ("main", "alternative", "why"),
    [
        (
            "Get 500 leads by 15 March 2026.",
            "Get 500 leads by 20 March 2026.",
            "the deadline's day",
        ),
        ("Get 500 leads in 10 weeks.", "Get 500 leads in 12 weeks.", "a duration"),
        ("Get 500 leads by March 2026.", "Get 500 leads by March 2027.", "a year"),
        ("Post on X 1 times a week.", "Post on X 2 times a week.", "one against a plural"),
        ("Walk 5k without a limp by march.", "Walk 25k without a limp by march.", "a race"),
        ("Raise 2 billion VND by June.", "Raise 3 billion VND by June.", "a scale word"),
        ("Double sales by June.", "Triple sales by June.", "another word"),
        ("Get 500 leads by June.", "Get 500 qualified leads by June.", "another word"),
        ("Khong ngoi may qua 10 tieng 11 ngay.", "Khong ngoi may qua 10 tieng 9 ngay.", "days"),
        ("Get 500 leads by June.", "Get 5.5 leads by June.", "a decimal"),
    ],
)
def test_a_number_that_may_change_the_reading_is_read_again(
    main: str, alternative: str, why: str
) -> None:
    assert not amounts_only(alternative, main, TODAY, "en"), why


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_VALUES = [2, 3, 9, 11, 12, 29, 31, 32, 50, 99, 150, 365, 999, 3000, 12000, 99999, 10**6]


def _variants(text: str) -> list[str]:
    out = []
    for m in _NUMBER.finditer(text):
        for v in _VALUES:
            new = str(v) if m[0].isdigit() else f"{v:,}".replace(",", "," if "," in m[0] else ".")
            out.append(text[: m.start()] + new + text[m.end() :])
    return out


def _reading(text: str, language: str) -> tuple[object, ...]:
    r = read(text, TODAY, language)  # type: ignore[arg-type]
    ctx = Resolved(today=TODAY)
    verdicts = tuple(f(r, ctx, r.language).status for f in (specific, measurable, time_bound))
    deadline = r.deadline.deadline if r.deadline else None
    return verdicts, deadline, r.metric.key if r.metric else None, r.recurring is not None


def test_every_amount_change_it_lets_through_reads_the_same_on_the_core_suite() -> None:
    """Each rules rewrite of the core suite with each of its numbers changed to many values:
    whenever the text is let through unread, reading it in full finds the same verdicts,
    deadline, measure and period (what the defects compare), and the checks of a reply say the
    same."""
    let_through = 0
    for case in load_suite("evals/suites/core.yaml").cases:
        ctx = case.goal_context(TODAY)
        report = rules_report(case.goal, ctx)
        if report.rewrite is None:
            continue
        today = ctx.today or TODAY
        main = report.rewrite.text
        figures = goal_figures(case.goal, today)
        expected = _reading(main, report.language)
        passed = not rewrite_problems(main, [], case.goal, ctx, report.language, today, figures)
        for text in _variants(main) + [a.text for a in report.alternatives]:
            if text == main or not amounts_only(text, main, today, report.language):
                continue
            let_through += 1
            assert _reading(text, report.language) == expected, (main, text)
            if passed:
                full = rewrite_problems(text, [], case.goal, ctx, report.language, today, figures)
                short = rewrite_problems(
                    text, [], case.goal, ctx, report.language, today, figures, like=main
                )
                assert short == full, (main, text)
    assert let_through > 500  # the shortcut is taken: the test is not empty
