"""Checks on any rewrite (rules or model): re-read as S, M and T, future deadline, language, numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

from rewriter.report import GoalContext, Language
from rewriter.rules.context import Resolved, resolve
from rewriter.rules.messages import criterion_name
from rewriter.rules.verdicts import kind_of, measurable, specific, time_bound
from rewriter.text.amounts_only import amounts_only
from rewriter.text.language import detect_language
from rewriter.text.normalize import fold
from rewriter.text.numbers import NUMBER_WITH_SCALE, scaled
from rewriter.text.readings import Readings, read


def written_numbers(text: str) -> list[tuple[float, float]]:
    """Each number in a text as (value with its scale word, bare value): "10k" -> (10000, 10)."""
    return list(_written_numbers(text))


@lru_cache(maxsize=4096)
def _written_numbers(text: str) -> tuple[tuple[float, float], ...]:
    # a goal's numbers are asked for by the check of its rewrite and of each alternative
    out = []
    for m in NUMBER_WITH_SCALE.finditer(folded := fold(text)):
        tail = folded[m.end(2) : m.end()] if m[2] else ""  # "1tr2": decimals after the scale
        value, bare = scaled(m[1], m[2], tail), scaled(m[1], None)
        if value is not None and bare is not None:
            out.append((value, bare))
    return tuple(out)


def numbers_in(text: str) -> set[float]:
    """Every number a text states, scaled and bare ("10k" also states 10)."""
    return {v for pair in written_numbers(text) for v in pair}


def _date_numbers(d: date | None) -> set[float]:
    return {float(d.day), float(d.month), float(d.year)} if d else set()


def _goal_known_numbers(
    goal: str, context: GoalContext, today: date, figures: GoalFigures
) -> frozenset[float]:
    """Numbers any rewrite of the goal may use: from the goal, the context, and dates."""
    known = numbers_in(goal) | _date_numbers(today)
    for value in (context.baseline, context.monthly_growth):
        if value is not None:
            known.add(float(value))
    for text in (context.horizon, context.objective, context.platform):
        if text:
            known |= numbers_in(text)
    known |= _date_numbers(resolve(context, today).deadline)  # also a horizon, resolved
    return frozenset(known | figures.numbers)


def _is_known(value: float, known: frozenset[float]) -> bool:
    # an exact match first: the usual case, without comparing against every known number
    return value in known or any(abs(value - k) <= 1e-6 * max(1.0, abs(k)) for k in known)


@lru_cache(maxsize=1024)
def _goal_reading(goal: str, today: date) -> Readings:
    """The goal read once: its rewrite and alternatives are all checked against it."""
    return read(goal, today)


@lru_cache(maxsize=1024)
def _goal_readings_numbers(goal: str, today: date) -> frozenset[float]:
    """Numbers the goal implies: its resolved deadline ("within 6 months" -> 26 May 2027)
    and its changes ("double" is also +100%)."""
    reading = _goal_reading(goal, today)
    known: set[float] = set()
    for t in reading.times:
        known |= _date_numbers(t.deadline)
    for q in reading.quantities:
        known.add(q.value)
        if q.kind == "ratio":
            known.add(round((q.value - 1) * 100, 6))
    return frozenset(known)


@dataclass(frozen=True)
class GoalFigures:
    """What a rewrite's checks take from the goal's reading (saved with a batch's requests)."""

    numbers: frozenset[float]  # see _goal_readings_numbers
    no_amount: bool  # the goal names no target and no frequency


def goal_figures(goal: str, today: date) -> GoalFigures:
    g = _goal_reading(goal, today)
    return GoalFigures(
        _goal_readings_numbers(goal, today), g.target is None and g.frequency is None
    )


def _done_condition_asked(r: Readings, figures: GoalFigures) -> bool:
    """A deliverable stays one ("submit the Q4 tax report by 13 December"): its done-condition is
    asked, not invented, so Measurable may stay open when the goal gave no number either."""
    return kind_of(r) == "milestone" and figures.no_amount


def rewrite_problems(
    text: str,
    assumptions: list[str],
    goal: str,
    context: GoalContext | None,
    language: Language,
    today: date,
    figures: GoalFigures | None = None,
    like: str | None = None,
) -> list[str]:
    """What is wrong with a rewrite, one plain sentence each; empty when it passes.

    `figures`: goal_figures(goal, today) when the caller has them (the goal is not read again).
    `like`: see RewriteChecks.problems.
    """
    return RewriteChecks(goal, context, language, today, figures).problems(text, assumptions, like)


class RewriteChecks:
    """The checks of one goal's rewrites: a reply's rewrite and each of its alternatives are
    checked against the same goal, so what they take from it is worked out once."""

    def __init__(
        self,
        goal: str,
        context: GoalContext | None,
        language: Language,
        today: date,
        figures: GoalFigures | None = None,
    ):
        self.goal, self.language, self.today = goal, language, today
        self.context = context or GoalContext()
        self._figures = figures
        self._languages: dict[str, Language] = {}  # the texts checked so far (the main one first)

    @cached_property
    def figures(self) -> GoalFigures:
        return self._figures or goal_figures(self.goal, self.today)

    def _language_of(self, text: str) -> Language:
        found = self._languages.get(text)
        if found is None:
            found = self._languages[text] = detect_language(text)
        return found

    @cached_property
    def known(self) -> frozenset[float]:
        """Numbers any rewrite may use (its own assumptions add theirs)."""
        return _goal_known_numbers(self.goal, self.context, self.today, self.figures)

    def problems(self, text: str, assumptions: list[str], like: str | None = None) -> list[str]:
        """What is wrong with a rewrite, one plain sentence each; empty when it passes.

        `like`: a rewrite of the same goal that passed these checks (the main one, for an
        alternative): a text that is it with only its amounts changed reads as it does, so it is
        not read again for S, M, T and its deadline, and its language is like's (its numbers are
        checked as always).
        """
        if not text or not text.strip():
            return ["the rewrite is empty"]
        today, language = self.today, self.language
        if like is not None and amounts_only(text, like, today, language):
            problems = []
            # only digits differ, and the language is told from the letters: it is like's
            found = self._language_of(like)
        else:
            problems = _reading_problems(read(text, today, language), self.figures, today, language)
            found = self._language_of(text)
        if found != language:
            problems.append(f"the rewrite is in {found}, the goal is in {language}")
        known = self.known
        for a in assumptions:
            known = known | numbers_in(a)
        unlisted = sorted(
            {
                value
                for value, bare in written_numbers(text)
                if not (_is_known(value, known) or _is_known(bare, known))
            }
        )
        if unlisted:
            shown = ", ".join(f"{v:g}" for v in unlisted)
            problems.append(
                f"numbers in the rewrite not in the goal, context or assumptions: {shown}"
            )
        return problems


def _reading_problems(
    r: Readings, figures: GoalFigures, today: date, language: Language
) -> list[str]:
    """The rewrite read again: S, M and T met, and a deadline after today."""
    problems: list[str] = []
    ctx = Resolved(today=today)
    for key, check in (
        ("specific", specific),
        ("measurable", measurable),
        ("time_bound", time_bound),
    ):
        name = criterion_name(key, "en")
        c = check(r, ctx, language)
        if c.status != "met" and not (key == "measurable" and _done_condition_asked(r, figures)):
            problems.append(f"the rewrite is not {name} when read again ({c.status}): {c.feedback}")
    deadline = r.deadline.deadline if r.deadline else None
    if deadline is not None and deadline <= today:
        problems.append(
            f"the rewrite's deadline {deadline.isoformat()} is not after {today.isoformat()}"
        )
    return problems
