"""Rewrite defects a user would reject, found without grading the rewrite with its own reading.

The eval runner counts them per suite; the llm engine names them when it asks a model again.

Each detector compares the goal, the main rewrite and the alternatives as text and dates; none
asks whether the rewrite reads as S, M and T (the shared checks do that).
"""

from __future__ import annotations

import re
from datetime import date

from rewriter.checks import written_numbers
from rewriter.report import GoalReport, Language
from rewriter.rules.variants import easier_is_lower
from rewriter.text.amounts_only import amounts_only
from rewriter.text.dates import read_times
from rewriter.text.lexicon import lexicon
from rewriter.text.normalize import fold, has_vietnamese_marks
from rewriter.text.readings import read
from rewriter.text.shorthand import expand

DEFECTS = (
    "not_a_goal_rewritten",  # text labelled as not a goal got a rewrite
    "second_deadline",  # the rewrite names two different deadlines
    "deadline_dropped",  # the goal's own future deadline is not in the rewrite
    "foreign_vocabulary",  # a platform or channel metric in a goal with no channel, outside marketing
    "spliced_milestones",  # "complete 3 milestones" glued onto a goal that names its own object
    "alternative_drift",  # an alternative counts another thing, or loses the goal's period
    "alternative_order",  # the conservative alternative is the harder one
    "spelling_style",  # the rewrite's or a note's diacritics do not follow the goal's
)

_MILESTONES = re.compile(r"\b(?:complete \d+ milestones|hoan thanh \d+ cot moc)\b")


def goal_deadlines(goal: str, language: Language, today: date) -> frozenset[date]:
    """The deadlines a goal names, as the defects read them (a batch saves them with its
    requests: the merge does not read the goal's times again)."""
    return _deadlines(goal, language, today)


def _deadlines(text: str, language: Language, today: date) -> frozenset[date]:
    """The deadlines a text names, the period a remark after the goal tells of left out ("...,
    nam nay gia buoi xuong qua": how this year is going, not when the goal is due)."""
    written = expand(text, language)  # "trc thang 1" is read as the engine reads it
    # as the engine reads them: the spelling is checked only where diacritics were typed
    times = read_times(fold(written), today, written if has_vietnamese_marks(written) else None)
    if not times:
        return frozenset()
    r = read(text, today, language)
    told = {(t.start, t.end) for t in r.times if r.remark_period(t)}
    return frozenset(
        t.deadline
        for t in times
        if t.kind == "deadline" and t.deadline and (t.start, t.end) not in told
    )


def defects(
    goal: str,
    report: GoalReport,
    labelled_not_goal: bool,
    today: date,
    goal_dates: frozenset[date] | None = None,
) -> list[str]:
    """The defect classes of one report, each as "class: detail".

    `goal_dates`: goal_deadlines(goal, report.language, today) when the caller has them."""
    found: list[str] = []
    rw = report.rewrite
    if rw is None:
        return found
    if labelled_not_goal:
        found.append("not_a_goal_rewritten: " + rw.text[:80])
        return found
    fr = fold(rw.text)
    fg = fold(expand(goal, report.language))
    if goal_dates is None:
        goal_dates = goal_deadlines(goal, report.language, today)
    rw_dates = set(_deadlines(rw.text, report.language, today))
    # the goal's own dates may be several; a date already past stays a fact ("it was due nov 15")
    if _apart({d for d in rw_dates if d > today}) and rw_dates - goal_dates:
        found.append("second_deadline: " + ", ".join(sorted(d.isoformat() for d in rw_dates)))
    future = {d for d in goal_dates if d > today}
    if future and not (future & rw_dates):
        found.append("deadline_dropped: " + ", ".join(sorted(d.isoformat() for d in future)))
    if _MILESTONES.search(fr) and not _MILESTONES.search(fg) and report.facts.kind != "not_a_goal":
        found.append("spliced_milestones: " + rw.text[:80])
    found += _foreign(goal, report)
    found += _alternatives(report, today)
    found += _spelling(goal, report)
    return found


def _apart(dates: set[date]) -> bool:
    """Two deadlines more than a week apart; "within 6 months (by 15 July)" restates one."""
    return len(dates) > 1 and (max(dates) - min(dates)).days > 7


def _channel_words(text: str) -> tuple[set[str], set[str]]:
    """The platforms a text names, and the channel metrics it names."""
    lex = lexicon()
    folded = fold(text)
    platforms = {lex.platform_aliases[m[0]] for m in lex.platform_re.finditer(folded)}
    metrics = {
        lex.metric_aliases[m[0]]
        for m in lex.metric_re.finditer(folded)
        if lex.metrics[lex.metric_aliases[m[0]]].channel
        and not _AMOUNT_NEXT.match(folded, m.end())  # "reach 7 hours of sleep": the verb
    }
    return platforms, metrics


_AMOUNT_NEXT = re.compile(r" (?:\d|an? |the )")


def _foreign(goal: str, report: GoalReport) -> list[str]:
    if report.facts.domain == "marketing":
        return []
    platforms, metrics = _channel_words(goal)
    texts = [report.rewrite.text if report.rewrite else "", *(a.text for a in report.alternatives)]
    added: set[str] = set()
    for text in texts:
        p, m = _channel_words(text)
        added |= p - platforms
        # a goal that names a platform has a channel ("be better at Zalo"): that platform's
        # measures are its own; another platform is still foreign
        added |= set() if platforms else m - metrics
    return [f"foreign_vocabulary: {', '.join(sorted(added))}"] if added else []


def _alternatives(report: GoalReport, today: date) -> list[str]:
    rw = report.rewrite
    if rw is None or not report.alternatives:
        return []
    found: list[str] = []
    main = read(rw.text, today, report.language)
    for alt in report.alternatives:
        # only the amounts changed: the same measure and period, without reading it again
        same = amounts_only(alt.text, rw.text, today, report.language)
        r = main if same else read(alt.text, today, report.language)
        obj = _words(rw.text[main.obj.start : main.obj.end]) if main.obj.start is not None else ""
        same_thing = (
            main.metric is None or r.metric is None or main.metric.key == r.metric.key
        ) and (main.metric is not None or not obj or obj in _words(alt.text))
        if not same_thing or (main.recurring is not None) != (r.recurring is not None):
            found.append(f"alternative_drift: {alt.label}: {alt.text[:80]}")
    labels = {a.label: a for a in report.alternatives}
    low, high = labels.get("conservative"), labels.get("ambitious")
    if low and high:
        a, b = [v for v, _ in written_numbers(low.text)], [v for v, _ in written_numbers(high.text)]
        diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
        q = main.target if main.target is not None else main.frequency
        if q is not None and len(a) == len(b) and len(diff) == 1:
            x, y = diff[0]
            if q.kind == "range" and q.baseline is not None:  # the easier one changes less
                wrong = abs(x - q.baseline) >= abs(y - q.baseline)
            elif q.relative:  # "cut the diesel cost by 20%": the easier one changes it less
                wrong = abs(x) >= abs(y)
            else:
                wrong = (y > x) != easier_is_lower(main, q)
            if wrong:
                found.append(f"alternative_order: conservative {x:g}, ambitious {y:g}")
    return found


def _words(text: str) -> str:
    """Folded words without their numbers: the thing counted, whatever the amount."""
    return " ".join(_NUMBERS.sub(" ", fold(text)).split())


_NUMBERS = re.compile(r"(?<![a-z])[\d.,]+\s?(?:k|tr|m)?(?![a-z])")


def _spelling(goal: str, report: GoalReport) -> list[str]:
    if report.language != "vi" or has_vietnamese_marks(goal) or report.rewrite is None:
        return []
    notes = [report.rewrite.text, *report.rewrite.assumptions, *report.warnings]
    notes += [n for a in report.alternatives for n in (a.text, *a.assumptions)]
    marked = [n for n in notes if has_vietnamese_marks(n)]
    return [f"spelling_style: {marked[0][:60]}"] if marked else []


def defect_class(defect: str) -> str:
    return defect.split(":", 1)[0]


# what a model is told when its reply has a defect (the re-ask names the class and the detail)
ADVICE = {
    "second_deadline": "keep one deadline: the goal's own when it has one",
    "deadline_dropped": "keep the goal's own deadline",
    "foreign_vocabulary": "the goal names no channel: do not add a platform or a social-media metric",
    "spliced_milestones": "say what the goal's own object must reach, not a number of milestones",
    "alternative_drift": "an alternative must count the same thing as the rewrite, over the same period",
    "alternative_order": "the conservative alternative must be the easier one in the goal's direction",
    "spelling_style": "write in the goal's spelling style: the user typed no diacritics",
}


def named(defect: str) -> str:
    """A defect as a model can act on it: what to do, and what was found."""
    return f"{ADVICE.get(defect_class(defect), defect_class(defect))} ({defect})"
