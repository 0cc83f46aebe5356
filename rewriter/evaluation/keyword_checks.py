"""Eval-only rewrite checks: the rewrite keeps the goal's key words; problems grouped by kind.

Re-analysis, language and number checks are rewriter.checks.rewrite_problems (shared by every
engine); this adds what only an eval asks: are the user's own words still there?
"""

from __future__ import annotations

import re
from datetime import date

from rewriter.report import Language

_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBERISH = re.compile(r"\d[\d.,:/\-]*")


def key_words(goal: str, language: Language, today: date) -> list[str]:
    """The words that make the goal specific (platform, metric, counted object), accent-folded."""
    from rewriter.text.normalize import fold
    from rewriter.text.readings import read

    r = read(goal, today, language)
    words: list[str] = []
    for span in (r.platform_span, r.metric_span, r.counted):
        if span is not None:
            words += [w for w in _WORD.findall(fold(span.text)) if w not in words]
    return words


def keyword_problems(goal: str, rewrite: str, language: Language, today: date) -> list[str]:
    """One problem naming the key words of the goal the rewrite dropped; empty when it keeps them."""
    from rewriter.text.normalize import fold

    kept = set(_WORD.findall(fold(rewrite)))
    dropped = [w for w in key_words(goal, language, today) if w not in kept]
    return [f"the rewrite drops the goal's key words: {', '.join(dropped)}"] if dropped else []


def problem_kind(problem: str) -> str:
    """A problem without its particulars, to count alike problems together in a run summary."""
    head = re.split(r" \(|: ", problem, maxsplit=1)[0]
    return _NUMBERISH.sub("#", head).strip()
