"""Helpers for the rules-engine tests: analyse with the fixed reference date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rewriter import GoalContext, GoalReport, analyze

TODAY = date(2026, 11, 26)


def report(goal: str, **context: object) -> GoalReport:
    context.setdefault("today", TODAY)
    return analyze(goal, GoalContext(**context))  # type: ignore[arg-type]


def smt(goal: str, **context: object) -> tuple[str, str, str]:
    s = report(goal, **context).statuses()
    return s["specific"], s["measurable"], s["time_bound"]


# any date a rewrite writes: "by 1 March 2027", "truoc ngay 01/03/2027"
A_DATE = re.compile(r"\b\d{1,2} [A-Z][a-z]+ 20\d\d\b|\b\d{2}/\d{2}/20\d\d\b")


@dataclass(frozen=True)
class Day:
    """The rules engine read on one day: the reading tests each fix the day they are written for."""

    today: date

    def report(self, goal: str) -> GoalReport:
        return analyze(goal, GoalContext(today=self.today))

    def smt(self, goal: str) -> tuple[str, str, str]:
        s = self.report(goal).statuses()
        return s["specific"], s["measurable"], s["time_bound"]

    def rewrite_text(self, goal: str) -> str:
        """The main rewrite's text (the goal must get one)."""
        rep = self.report(goal)
        assert rep.rewrite is not None, goal
        return rep.rewrite.text
