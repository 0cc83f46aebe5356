"""Helpers for the rules-engine tests: analyse with the fixed reference date."""

from __future__ import annotations

from datetime import date

from rewriter import GoalContext, GoalReport, analyze

TODAY = date(2026, 11, 26)


def report(goal: str, **context: object) -> GoalReport:
    context.setdefault("today", TODAY)
    return analyze(goal, GoalContext(**context))  # type: ignore[arg-type]


def smt(goal: str, **context: object) -> tuple[str, str, str]:
    s = report(goal, **context).statuses()
    return s["specific"], s["measurable"], s["time_bound"]
