"""The coaching loop, front-end neutral: which answer settles which question, the final goal
put together from the edits a user keeps, its own score, when it is ready to share, and the
history of goals worked on."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields

from rewriter.report import Edit, GoalContext, GoalReport
from rewriter.tables import neutralise

# The context fields that answer each criterion's question, in the order they are asked.
QUESTION_FIELDS: dict[str, tuple[str, ...]] = {
    "specific": ("metric", "platform"),
    "measurable": ("target", "baseline"),
    "attainable": ("baseline", "monthly_growth"),
    "relevant": ("objective",),
    "time_bound": ("deadline", "horizon"),
}
# What the final goal is read with: the history behind it, never a value the sentence must say
# itself (what, where, how much, by when, what for).
HISTORY_FIELDS = ("baseline", "monthly_growth", "today", "language")
SHARE_CRITERIA = ("specific", "measurable", "time_bound")

_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)|\s*\[\s*\]")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:!?)])")
_SPACES = re.compile(r"[ \t]{2,}")
_DOUBLE_COMMA = re.compile(r",\s*,")


def open_fields(report: GoalReport) -> list[str]:
    """The context fields to ask for: those answering each criterion not met yet, once each."""
    wanted: list[str] = []
    for name, crit in report.criteria.items():
        if crit.status == "met" or not crit.question:
            continue
        for fld in QUESTION_FIELDS.get(name, ()):
            if fld not in wanted:
                wanted.append(fld)
    return wanted


def apply_edits(text: str, edits: Sequence[Edit], dropped: Iterable[int] = ()) -> str:
    """The rewrite with the dropped edits taken out again, tidied where they sat.

    An edit whose words cannot be found is left in place (the text is the user's to fix).
    """
    out = text
    for i in sorted(set(dropped)):
        if not 0 <= i < len(edits):
            continue
        piece = edits[i].text.strip()
        if not piece:
            continue
        at = out.find(piece)
        if at < 0:
            continue
        out = out[:at] + out[at + len(piece) :]
    return tidy(out) if set(dropped) else out


def tidy(text: str) -> str:
    """Spaces, brackets and commas left behind once a piece of a sentence is taken out."""
    out = _EMPTY_BRACKETS.sub("", text)
    out = _DOUBLE_COMMA.sub(",", out)
    out = _SPACE_BEFORE_MARK.sub(r"\1", out)
    out = _SPACES.sub(" ", out).strip()
    out = re.sub(r"[,:;]+(?=[.!?]?$)", "", out).strip()
    return out


def history_context(context: GoalContext) -> GoalContext:
    """The context the final goal is read with: its history, not the answers it must state."""
    keep = {name: getattr(context, name) for name in HISTORY_FIELDS}
    return GoalContext(**{k: v for k, v in keep.items() if v is not None})


def score_final(text: str, context: GoalContext | None = None) -> GoalReport:
    """The final goal's own report: read by the rules engine with only the history behind it.

    The rules analysis is the ground truth for what a sentence says, whichever engine wrote it.
    Raises GoalInputError for unusable text (empty, too long).
    """
    from rewriter.api import analyze

    return analyze(text, history_context(context or GoalContext()))


def ready_to_share(final: GoalReport | None, unconfirmed: int) -> bool:
    """Specific, Measurable and Time-bound in its own words, and no assumption left to confirm."""
    if final is None or unconfirmed > 0:
        return False
    return all(getattr(final.criteria, name).status == "met" for name in SHARE_CRITERIA)


@dataclass
class HistoryRow:
    """One goal worked on in a session, as it stands now."""

    when: str  # ISO time of the first run
    goal: str
    language: str
    score_before: int
    final_goal: str
    score_after: int | None
    ready: bool
    engine: str


def history_csv(rows: Iterable[HistoryRow | Mapping[str, object]]) -> bytes:
    """The session history as CSV (UTF-8 with BOM for spreadsheets; text that a spreadsheet
    would run as a formula is neutralised)."""
    names = [f.name for f in fields(HistoryRow)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        data = asdict(row) if isinstance(row, HistoryRow) else dict(row)
        writer.writerow([_csv_cell(data.get(n)) for n in names])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    return neutralise(str(value))
