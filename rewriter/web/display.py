"""Pure formatting for the page: escaping user text, evidence highlights, word diffs."""

from __future__ import annotations

import difflib
import html
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # altair is imported when a chart is drawn
    import altair as alt

    from rewriter.history.chart import ChartRow

# Criterion colours: translucent so they read on light and dark themes alike.
CRITERION_COLORS: dict[str, str] = {
    "specific": "rgba(59, 130, 246, 0.28)",
    "measurable": "rgba(16, 185, 129, 0.30)",
    "attainable": "rgba(245, 158, 11, 0.32)",
    "relevant": "rgba(168, 85, 247, 0.28)",
    "time_bound": "rgba(236, 72, 153, 0.28)",
}

# Status -> (Streamlit colour, Material icon); the icon font ships with Streamlit.
STATUS_STYLE: dict[str, tuple[str, str]] = {
    "met": ("green", "check_circle"),
    "partial": ("orange", "contrast"),
    "missing": ("red", "cancel"),
    "unknown": ("gray", "help"),
}

_MD_SPECIAL = set(string.punctuation)
# GFM links bare URLs and e-mail addresses even when escaped; a word joiner (invisible) stops it.
_AUTOLINK = re.compile(r"(?i)(?:https?|ftp|mailto)(?=:)|www(?=\.)|(?<=[\w.+-])(?=@)")
_WORD_JOINER = "\u2060"
_EVIDENCE_SEPARATORS = re.compile(r"\s*(?:;|\||…|\.\.\.|,|/| \+ )\s*")


def md_escape(text: object) -> str:
    """Text that Streamlit markdown shows literally: no markup, links, HTML, colour or LaTeX."""
    # CommonMark lets any ASCII punctuation be backslash-escaped; that also defuses
    # Streamlit's :colour[...] and :material/...: directives and $...$ LaTeX.
    out = []
    for ch in _AUTOLINK.sub(lambda m: m.group(0) + _WORD_JOINER, str(text)):
        if ch in _MD_SPECIAL:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("  \n")
        else:
            out.append(ch)
    return "".join(out)


def status_badge(status: str, label: str) -> str:
    """Markdown for a coloured status with its icon (label is our own UI string)."""
    color, icon = STATUS_STYLE.get(status, STATUS_STYLE["unknown"])
    return f":{color}[:material/{icon}: **{label}**]"


def evidence_spans(goal: str, evidence: str | None) -> list[tuple[int, int]]:
    """Where the evidence words sit in the goal (case-insensitive); empty when they don't."""
    if not evidence or not evidence.strip():
        return []

    def find(words: str) -> tuple[int, int] | None:
        # A regex keeps offsets in the original string (casefold() can change lengths).
        pattern = r"\s+".join(re.escape(w) for w in words.split())
        m = re.search(pattern, goal, re.IGNORECASE)
        return m.span() if m else None

    whole = find(evidence)
    if whole:
        return [whole]
    spans = []
    for piece in _EVIDENCE_SEPARATORS.split(evidence):
        piece = piece.strip().strip("\"'“”‘’")
        if len(piece) < 2:
            continue
        span = find(piece)
        if span:
            spans.append(span)
    return spans


def highlight_html(goal: str, evidence: Mapping[str, str | None], names: Mapping[str, str]) -> str:
    """The goal as escaped HTML with each criterion's evidence marked in its colour."""
    owners: list[list[str]] = [[] for _ in goal]
    for criterion, words in evidence.items():
        for start, end in evidence_spans(goal, words):
            for i in range(start, end):
                if criterion not in owners[i]:
                    owners[i].append(criterion)
    parts: list[str] = []
    i = 0
    while i < len(goal):
        j = i
        while j < len(goal) and owners[j] == owners[i]:
            j += 1
        chunk = html.escape(goal[i:j])
        if owners[i]:
            first = owners[i][0]
            title = html.escape(" · ".join(names.get(c, c) for c in owners[i]), quote=True)
            keys = " ".join(owners[i])
            parts.append(
                f'<mark class="sg-ev" title="{title}" data-criteria="{keys}" '
                f'style="background:{CRITERION_COLORS.get(first, "rgba(128,128,128,.25)")}">'
                f"{chunk}</mark>"
            )
        else:
            parts.append(chunk)
        i = j
    return "".join(parts)


def legend_html(criteria: Iterable[str], names: Mapping[str, str]) -> str:
    """Colour keys for the criteria whose evidence is highlighted."""
    return " ".join(
        f'<span class="sg-key" style="background:{CRITERION_COLORS[c]}">{html.escape(names[c])}</span>'
        for c in criteria
    )


_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def word_diff(original: str, rewritten: str) -> list[tuple[str, str]]:
    """Word-level diff as (op, text) pairs, op in {"equal", "delete", "insert"}.

    Words, punctuation marks and spaces are separate tokens, so "months" -> "months." shows
    only the added full stop; a word whose case alone changed counts as equal (shown as
    rewritten). The pairs joined give back the rewritten text.
    """
    a, b = _TOKENS.findall(original), _TOKENS.findall(rewritten)
    out: list[tuple[str, str]] = []
    # words compare without case: "grow" -> "Grow" is the same word, shown as the rewrite has it
    matcher = difflib.SequenceMatcher(
        a=[w.casefold() for w in a], b=[w.casefold() for w in b], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(b[j1:j2])))
            continue
        if op in ("delete", "replace"):
            out.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            out.append(("insert", "".join(b[j1:j2])))
    return out


def diff_html(original: str, rewritten: str) -> str:
    """The word diff as escaped HTML: <del> for removed words, <ins> for added ones."""
    tags = {"equal": "span", "delete": "del", "insert": "ins"}
    parts = []
    for op, text in word_diff(original, rewritten):
        if op == "equal" or not text.strip():  # a changed space needs no colour
            parts.append(html.escape(text))
        else:
            parts.append(f'<{tags[op]} class="sg-{op}">{html.escape(text)}</{tags[op]}>')
    return "".join(parts)


def md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A markdown table whose every cell is escaped text (light to render, unlike a grid)."""
    lines = [
        "| " + " | ".join(md_escape(h) for h in header) + " |",
        "|" + " --- |" * len(header),
    ]
    lines += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def format_number(value: float | None, lang: str = "en") -> str:
    """1234567.0 -> '1,234,567' (en) or '1.234.567' (vi); 0.4 -> '0.4' / '0,4'; None -> ''."""
    from rewriter.text.numbers import format_number as fmt

    if value is None:
        return ""
    return fmt(float(value), lang)


def format_decimal(value: float, digits: int, lang: str = "en") -> str:
    """A number with a fixed count of decimals in the UI language: 0.1 -> '0,1' in Vietnamese."""
    text = f"{value:,.{digits}f}"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_latency(ms: float, lang: str = "en") -> str:
    """Milliseconds for people: '0.4 ms', '85 ms', '2.3 s' ('0,4 ms', '2,3 s' in Vietnamese)."""
    if ms < 10:
        return f"{format_decimal(ms, 1, lang)} ms"
    if ms < 1000:
        return f"{format_decimal(ms, 0, lang)} ms"
    return f"{format_decimal(ms / 1000, 1, lang)} s"


PAGE_CSS = """
<style>
.sg-goal { font-size: 1.15rem; line-height: 2.1rem; padding: .6rem .9rem;
  border-radius: .5rem; border: 1px solid rgba(128,128,128,.25); white-space: pre-wrap;
  word-break: break-word; }
.sg-ev { color: inherit; padding: .1rem .15rem; border-radius: .25rem; }
.sg-key { display: inline-block; font-size: .8rem; padding: .05rem .45rem; margin: .4rem .25rem 0 0;
  border-radius: .25rem; }
.sg-diff { line-height: 2rem; padding: .5rem .9rem; border-radius: .5rem;
  border: 1px solid rgba(128,128,128,.25); word-break: break-word; }
.sg-diff del { background: rgba(239, 68, 68, .18); text-decoration: line-through;
  text-decoration-color: rgba(239, 68, 68, .9); padding: 0 .15rem; border-radius: .2rem; }
.st-key-sg_result { scroll-margin-top: 4rem; }
.sg-final-chips { line-height: 2rem; }
.sg-chip { display: inline-block; font-size: .85rem; padding: .05rem .5rem; margin: 0 .3rem .3rem 0;
  border-radius: 1rem; border: 1px solid rgba(128,128,128,.35); cursor: help; }
.sg-chip.met { background: rgba(16, 185, 129, .22); }
.sg-chip.partial { background: rgba(245, 158, 11, .25); }
.sg-chip.missing { background: rgba(239, 68, 68, .2); }
.sg-chip.unknown { background: rgba(128, 128, 128, .15); }
.sg-alt { padding: .4rem .8rem; border-left: 3px solid rgba(128,128,128,.35); margin: .2rem 0; }
/* copy buttons always visible: a phone has no hover */
[data-testid="stCode"] button, [data-testid="stCodeCopyButton"] { opacity: 1 !important; visibility: visible !important; }
.sg-diff ins { background: rgba(16, 185, 129, .25); text-decoration: none; padding: 0 .15rem;
  border-radius: .2rem; }
</style>
"""


def final_chips_html(
    statuses: Mapping[str, str],
    names: Mapping[str, str],
    status_labels: Mapping[str, str],
    helps: Mapping[str, str],
) -> str:
    """The final goal's five verdicts as small chips, each with its explanation as a tooltip."""
    icons = {"met": "✓", "partial": "◐", "missing": "✗", "unknown": "?"}
    chips = []
    for name, status in statuses.items():
        title = html.escape(
            f"{helps.get(name, '')} ({status_labels.get(status, status)})", quote=True
        )
        chips.append(
            f'<span class="sg-chip {html.escape(status)}" data-criterion="{html.escape(name)}" '
            f'data-status="{html.escape(status)}" title="{title}">{icons.get(status, "?")} '
            f"{html.escape(names.get(name, name))}</span>"
        )
    return f'<div class="sg-final-chips">{"".join(chips)}</div>'


def goal_markdown(
    goal: str,
    rows: Sequence[tuple[str, str]],
    assumptions: Sequence[str],
    labels: Mapping[str, str],
) -> str:
    """The final goal as Markdown to paste into a doc or a chat: the goal, a criteria table
    and the assumptions still to confirm (labels are UI strings)."""
    lines = [
        f"**{labels['goal']}:** {goal}",
        "",
        f"| {labels['criterion']} | {labels['status']} |",
        "| --- | --- |",
    ]
    lines += [f"| {name} | {status} |" for name, status in rows]
    if assumptions:
        lines += ["", f"**{labels['assumptions']}:**"] + [f"- {a}" for a in assumptions]
    return "\n".join(lines)


def scroll_into_view_js(selector: str, nonce: str) -> str:
    """A script that brings the element into view once it is on the page (nonce: a fresh run)."""
    sel = selector.replace("\\", "\\\\").replace("'", "\\'")
    tag = re.sub(r"[^0-9a-zA-Z]", "", nonce)
    return (
        f'<script data-run="{tag}">(function() {{ let n = 0; const go = () => {{'
        f" const el = document.querySelector('{sel}');"
        " if (el) { el.scrollIntoView({block: 'start'}); } else if (n++ < 50) { setTimeout(go, 100); } };"
        " setTimeout(go, 50); })();</script>"
    )


# The forecast chart's colours: history, values left out, the projection and its band, the target.
FORECAST_COLORS = {
    "history": "#2563eb",
    "unused": "#9ca3af",
    "projection": "#f59e0b",
    "target": "#dc2626",
}
MAX_DOTS = 60  # history values drawn as dots on the line; more are drawn as the line alone


def forecast_chart(
    rows: Sequence[ChartRow], labels: Mapping[str, str], lang: str, value_title: str
) -> alt.LayerChart | alt.FacetChart:
    """An Altair chart of chart_rows(): the history's points, the projected median with its 80% band
    to the deadline, and the target marked at the deadline; numbers and dates in the UI's format."""
    import altair as alt

    from rewriter.rules.messages import fmt_date

    def num(v: float | None) -> str:
        return "" if v is None else format_number(_short(float(v)), lang)

    data = []
    for r in rows:
        when = fmt_date(_iso(str(r["date"])), lang)
        band = f"{num(r['low'])} – {num(r['high'])}" if r.get("low") is not None else ""
        data.append(
            {
                **r,
                "label": labels[str(r["series"])],
                "when": when,
                "shown": num(r["value"]),
                "band": band,
            }
        )
    present = [k for k in FORECAST_COLORS if any(r["series"] == k for r in rows)]
    color = alt.Color(
        "label:N",
        title=None,
        legend=alt.Legend(orient="bottom", labelLimit=320),
        scale=alt.Scale(
            domain=[labels[k] for k in present], range=[FORECAST_COLORS[k] for k in present]
        ),
    )
    x = alt.X(
        "date:T",
        title=None,
        axis=alt.Axis(format="%m/%Y" if lang == "vi" else "%b %Y", labelAngle=0),
    )
    y_axis = alt.Axis(format=",~f", labelExpr=_VI_NUMBER if lang == "vi" else alt.Undefined)
    y = alt.Y("value:Q", title=value_title, axis=y_axis, scale=alt.Scale(zero=False))
    tip = [
        alt.Tooltip("label:N", title=labels["tip_series"]),
        alt.Tooltip("when:N", title=labels["tip_date"]),
        alt.Tooltip("shown:N", title=labels["tip_value"]),
    ]
    base = alt.Chart(alt.Data(values=data))  # type: ignore[no-untyped-call]  # altair leaves Data untyped; InlineData would move the values to a named dataset

    def only(series: str) -> alt.Chart:
        return base.transform_filter(alt.datum.series == series)

    layers = []
    if "projection" in present:
        layers.append(
            only("projection")
            .mark_area(opacity=0.22)
            .encode(
                x=x,
                y=alt.Y("low:Q", title=value_title, axis=y_axis, scale=alt.Scale(zero=False)),
                y2="high:Q",
                color=color,
                tooltip=[*tip, alt.Tooltip("band:N", title=labels["tip_band"])],
            )
        )
        layers.append(
            only("projection")
            .mark_line(strokeDash=[6, 4], strokeWidth=2)
            .encode(
                x=x,
                y=y,
                color=color,
                tooltip=[*tip, alt.Tooltip("band:N", title=labels["tip_band"])],
            )
        )
    if "history" in present:
        dots = (
            sum(r["series"] == "history" for r in rows) <= MAX_DOTS
        )  # daily values: a line is clearer
        layers.append(
            only("history")
            .mark_line(point=dots, strokeWidth=2)
            .encode(x=x, y=y, color=color, tooltip=tip)
        )
    if "unused" in present:
        layers.append(
            only("unused")
            .mark_point(filled=False, size=70)
            .encode(x=x, y=y, color=color, tooltip=tip)
        )
    if "target" in present:
        target = only("target")
        layers.append(
            target.mark_point(shape="diamond", filled=True, size=180).encode(
                x=x, y=y, color=color, tooltip=tip
            )
        )
        layers.append(
            target.mark_text(align="right", dx=-12, fontWeight="bold").encode(
                x=x, y=y, text="shown:N", color=alt.value(FORECAST_COLORS["target"])
            )
        )
    return alt.layer(*layers).properties(height=320)


# Vega expression: "12,345.6" (d3's format) written "12.345,6" for Vietnamese.
_VI_NUMBER = (
    "replace(replace(replace(format(datum.value, ',~f'), regexp(',', 'g'), '_'), "
    "regexp('[.]', 'g'), ','), regexp('_', 'g'), '.')"
)


def _short(v: float) -> float:
    """A chart value as people read it: whole numbers from 100 up, one decimal below."""
    return round(v) if abs(v) >= 100 else round(v, 1)


def _iso(text: str) -> object:
    from datetime import date

    return date.fromisoformat(text)
