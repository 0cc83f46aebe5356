"""The eval's own rewrite check (key words kept) and how problems are grouped in a summary."""

from __future__ import annotations

from datetime import date

from rewriter.evaluation.keyword_checks import key_words, keyword_problems, problem_kind
from tests.eval_fixtures import needs_rules

TODAY = date(2026, 1, 15)


@needs_rules
def test_key_words_are_the_specific_words_folded() -> None:
    assert {"tiktok"} <= set(key_words("Double our TikTok followers", "en", TODAY))
    vi = key_words("Tăng gấp đôi số người theo dõi TikTok", "vi", TODAY)
    assert "tiktok" in vi and all(w.isascii() for w in vi)
    assert "audience" not in key_words(
        "Grow our audience", "en", TODAY
    )  # a vague object is not kept


@needs_rules
def test_keyword_problems() -> None:
    goal = "Tăng số người theo dõi TikTok"
    # kept with or without diacritics
    assert (
        keyword_problems(
            goal, "Tang so nguoi theo doi TikTok tu 5.000 len 10.000 truoc 30/6/2026", "vi", TODAY
        )
        == []
    )
    assert (
        keyword_problems(
            goal, "Tăng số người theo dõi TikTok từ 5.000 lên 10.000 trước 30/6/2026", "vi", TODAY
        )
        == []
    )
    dropped = keyword_problems(
        goal, "Tăng số người theo dõi Facebook lên 10.000 trước 30/6/2026", "vi", TODAY
    )
    assert dropped and "tiktok" in dropped[0]


def test_problem_kind_drops_particulars() -> None:
    assert problem_kind("the rewrite's deadline 2026-01-01 is not after 2026-01-15") == (
        "the rewrite's deadline # is not after #"
    )
    assert problem_kind(
        "the rewrite is not Specific when read again (partial): name the platform"
    ) == ("the rewrite is not Specific when read again")
    assert problem_kind(
        "numbers in the rewrite not in the goal, context or assumptions: 7, 12"
    ) == ("numbers in the rewrite not in the goal, context or assumptions")
