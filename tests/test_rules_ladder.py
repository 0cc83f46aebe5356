"""The SMART ladder (docs/architecture.md): every engine must get it right in both languages."""

from __future__ import annotations

import pytest

from rewriter.text.normalize import strip_marks
from tests.rules_helpers import report, smt

LADDER = [
    ("Grow our audience", "Tăng quy mô khán giả", ("missing", "missing", "missing")),
    (
        "Grow our TikTok followers",
        "Tăng số lượng người theo dõi trên TikTok",
        ("met", "missing", "missing"),
    ),
    (
        "Double our TikTok followers",
        "Tăng gấp đôi số lượng người theo dõi TikTok",
        ("met", "met", "missing"),
    ),
    (
        "Double our TikTok followers within 6 months",
        "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng",
        ("met", "met", "met"),
    ),
]


@pytest.mark.parametrize(("en", "vi", "expected"), LADDER)
def test_ladder_english(en: str, vi: str, expected: tuple[str, str, str]) -> None:
    assert smt(en) == expected
    assert report(en).language == "en"


@pytest.mark.parametrize(("en", "vi", "expected"), LADDER)
def test_ladder_vietnamese_with_diacritics(
    en: str, vi: str, expected: tuple[str, str, str]
) -> None:
    assert smt(vi) == expected
    assert report(vi).language == "vi"


@pytest.mark.parametrize(("en", "vi", "expected"), LADDER)
def test_ladder_vietnamese_without_diacritics(
    en: str, vi: str, expected: tuple[str, str, str]
) -> None:
    plain = strip_marks(vi).lower()
    assert smt(plain) == expected
    assert report(plain).language == "vi"


@pytest.mark.parametrize(
    ("goal", "lang"), [(row[i], lang) for row in LADDER for i, lang in ((0, "en"), (1, "vi"))]
)
def test_ladder_rewrites_are_smart_and_in_the_goals_language(goal: str, lang: str) -> None:
    rep = report(goal)
    for rewrite in [rep.rewrite, *rep.alternatives]:
        assert smt(rewrite.text) == ("met", "met", "met"), rewrite.text
        assert report(rewrite.text).language == lang, rewrite.text
    assert rep.alternatives, "at least one alternative"


def test_ladder_top_rung_keeps_the_goal_and_resolves_the_deadline() -> None:
    rep = report("Double our TikTok followers within 6 months")
    assert rep.rewrite.text.startswith("Double our TikTok followers within 6 months")
    assert rep.facts.deadline.isoformat() == "2027-05-26"
    assert rep.facts.platform == "TikTok"
    assert rep.facts.change_pct == 100
    assert rep.score == 3  # S, M, T met; A and R need context


def test_ladder_bottom_rung_lists_every_suggestion_as_an_assumption() -> None:
    rep = report("Grow our audience")
    text = rep.rewrite.text
    assert text.startswith("Grow our audience")
    joined = " ".join(rep.rewrite.assumptions)
    assert "Instagram" in text and "Instagram" in joined
    assert "20%" in text and "20%" in joined
    assert "26 February 2027" in text and "26 February 2027" in joined
