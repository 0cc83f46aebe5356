"""The Rewrite page's parts: the goal form, the library call, and the report view."""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import streamlit as st

from rewriter.coach import (
    HistoryRow,
    apply_edits,
    history_csv,
    open_fields,
    ready_to_share,
    score_final,
)
from rewriter.errors import GoalInputError, SettingsError, validation_message
from rewriter.report import CRITERIA, GoalContext, GoalReport
from rewriter.settings import Settings
from rewriter.web import display
from rewriter.web.i18n import example_goals, has, t
from rewriter.web.state import keep_values, safe_message, use_rules_engine

CONTEXT_FIELDS = (
    "metric",
    "platform",
    "baseline",
    "target",
    "monthly_growth",
    "deadline",
    "horizon",
    "objective",
    "today",
)
NUMBER_FIELDS = ("baseline", "target", "monthly_growth")
HISTORY_TEXT, HISTORY_FILE = "ctx_history", "ctx_history_file"
HISTORY_POINTS = "history_points"  # the history read from the text or the file, kept with the run
HISTORY_TYPES = ["csv", "tsv", "txt", "xlsx", "xlsm"]
# The page takes bigger files than the library reads, so an oversized file gets the library's message
# in the user's language rather than the uploader's.
HISTORY_UPLOAD_MB = 60
OUTCOME_KEY = "rewrite_outcome"
RUN_KEY = "rewrite_requested"
FINAL_KEY = "final_goal"
HISTORY_KEY = "goal_history"
SCROLL_KEY = "_scroll_to_result"


@dataclass
class Outcome:
    """One press of Rewrite: the report, or the message to show instead."""

    report: GoalReport | None = None
    error_kind: str | None = None  # "input" | "history" | "settings" | "other"
    error: str | None = None
    elapsed_ms: float = 0.0
    context: dict[str, Any] = field(default_factory=dict)
    before: int | None = None  # the goal as typed, read on its own: where the coaching starts
    stamp: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    started: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))
    llm_without_key: bool = False  # the settings error is a missing key: say where to add one


def context_from_values(values: dict[str, Any]) -> GoalContext:
    """A GoalContext from form values; blanks mean "not given"."""
    clean: dict[str, Any] = {}
    for name in CONTEXT_FIELDS:
        value = values.get(name)
        if isinstance(value, str):
            value = value.strip() or None
        if value is not None:
            clean[name] = value
    if values.get(HISTORY_POINTS):
        clean["history"] = values[HISTORY_POINTS]
    try:
        return GoalContext(**clean)
    except ValueError as exc:  # out of range (growth 5000%, year 9999): the user's to fix
        raise GoalInputError(validation_message(exc)) from None


def with_history(values: dict[str, Any]) -> dict[str, Any]:
    """The form values with the history read from the pasted text or the uploaded file (the file
    wins); raises HistoryError, whose message names what to fix."""
    from rewriter.history.inputs import history_from_page

    upload = values.get("history_file")
    today = values.get("today") or date.today()
    points = history_from_page(values.get("history"), upload, today)
    kept = {
        k: v for k, v in values.items() if k != "history_file"
    }  # the points, not the file's bytes
    return {**kept, HISTORY_POINTS: points}


def run_rewrite(
    goal: str, values: dict[str, Any], settings_factory: Callable[[], Settings], lang: str = "en"
) -> Outcome:
    """Call the library; every failure becomes a message, never a traceback."""
    from rewriter import rewrite  # the page's only way into the engines
    from rewriter.history import HistoryError

    started = time.perf_counter()
    try:
        settings: Settings = settings_factory()
    except Exception as exc:  # invalid environment or sidebar values
        return Outcome(error_kind="settings", error=safe_message(exc))
    try:
        values = with_history(values)
    except HistoryError as exc:  # the library's own words, in the user's language
        return Outcome(
            error_kind="history",
            error=display.md_escape(exc.message(lang)),
            elapsed_ms=_ms(started),
        )
    try:
        context = context_from_values(values)
        report = rewrite(goal, context, engine=settings.engine, settings=settings)
        before = _score_alone(goal, context)
        return Outcome(report=report, elapsed_ms=_ms(started), context=values, before=before)
    except GoalInputError as exc:
        return Outcome(error_kind="input", error=safe_message(exc), elapsed_ms=_ms(started))
    except SettingsError as exc:
        no_key = settings.lacks_model()
        return Outcome(
            error_kind="settings",
            error=safe_message(exc),
            elapsed_ms=_ms(started),
            llm_without_key=no_key,
        )
    except Exception as exc:  # the page must stay usable whatever the engine does
        return Outcome(error_kind="other", error=safe_message(exc), elapsed_ms=_ms(started))


def _score_alone(goal: str, context: GoalContext) -> int | None:
    """The goal as typed, with none of the answers: the 'before' of before -> after."""
    try:
        return score_final(goal, GoalContext(today=context.today, language=context.language)).score
    except GoalInputError:
        return None


def start_final(outcome: Outcome) -> None:
    """A new report: the final goal starts as its rewrite, every edit kept; scroll to it."""
    report = outcome.report
    st.session_state[FINAL_KEY] = report.rewrite.text if report and report.rewrite else ""
    st.session_state[SCROLL_KEY] = outcome.stamp


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


# ---------------------------------------------------------------- the form


def _init_state() -> None:
    keep_values("goal", HISTORY_TEXT, *(f"ctx_{name}" for name in CONTEXT_FIELDS))
    st.session_state.setdefault("goal", "")
    for name in CONTEXT_FIELDS:
        st.session_state.setdefault(f"ctx_{name}", date.today() if name == "today" else None)


def _use_example() -> None:
    picked = st.session_state.get("example_pick")
    if picked:
        st.session_state["goal"] = picked
        st.session_state[RUN_KEY] = True
    st.session_state["example_pick"] = None


def _apply_answers() -> None:
    given = False
    for name in CONTEXT_FIELDS:
        value = st.session_state.get(f"ans_{name}")
        if isinstance(value, str):
            value = value.strip()
        if value not in (None, ""):
            st.session_state[f"ctx_{name}"] = value
            given = True
    st.session_state[RUN_KEY] = given
    st.session_state["answers_empty"] = not given


@st.cache_resource(show_spinner=False)
def warm_up() -> bool:
    """Load the rules engine's lexicons once per server, while the user is still typing."""
    from rewriter import analyze

    with contextlib.suppress(Exception):  # a failed warm-up only costs the first click its speed
        analyze("Grow our TikTok followers")
    return True


def goal_form(lang: str) -> bool:
    """The goal, the optional context and the Rewrite button; True when a run is asked for.

    A form: Ctrl+Enter (Cmd+Enter) in the goal box submits it, as the button does.
    """
    _init_state()
    has_context = any(
        st.session_state.get(f"ctx_{n}") not in (None, "") for n in CONTEXT_FIELDS[:-1]
    ) or bool(st.session_state.get(HISTORY_TEXT) or st.session_state.get(HISTORY_FILE))
    with st.form("goal_form", border=False):
        st.text_area(
            t("goal_label", lang),
            key="goal",
            height=90,
            placeholder=t("goal_placeholder", lang),
            help=t("form_hint", lang),
        )
        with st.expander(t("context_label", lang), icon=":material/tune:", expanded=has_context):
            st.caption(t("context_help", lang))
            c1, c2, c3 = st.columns(3)
            c1.text_input(
                t("ctx_metric", lang),
                key="ctx_metric",
                placeholder=t("ctx_metric_placeholder", lang),
                help=t("ctx_metric_help", lang),
            )
            c2.text_input(
                t("ctx_platform", lang),
                key="ctx_platform",
                placeholder=t("ctx_platform_placeholder", lang),
            )
            c3.text_input(
                t("ctx_objective", lang),
                key="ctx_objective",
                placeholder=t("ctx_objective_placeholder", lang),
            )
            c1.number_input(
                t("ctx_baseline", lang),
                key="ctx_baseline",
                min_value=0.0,
                step=100.0,
                help=t("ctx_baseline_help", lang),
            )
            c2.number_input(
                t("ctx_target", lang),
                key="ctx_target",
                min_value=0.0,
                step=100.0,
                help=t("ctx_target_help", lang),
            )
            c3.number_input(
                t("ctx_growth", lang),
                key="ctx_monthly_growth",
                step=1.0,
                help=t("ctx_growth_help", lang),
            )
            c1.date_input(t("ctx_deadline", lang), key="ctx_deadline", format="YYYY-MM-DD")
            c2.text_input(
                t("ctx_horizon", lang),
                key="ctx_horizon",
                placeholder=t("ctx_horizon_placeholder", lang),
            )
            c3.date_input(t("ctx_today", lang), key="ctx_today", format="YYYY-MM-DD")
            h1, h2 = st.columns(2)
            h1.text_area(
                t("ctx_history", lang),
                key=HISTORY_TEXT,
                height=100,
                placeholder=t("ctx_history_placeholder", lang),
                help=t("ctx_history_help", lang),
            )
            h2.file_uploader(
                t("ctx_history_file", lang),
                type=HISTORY_TYPES,
                key=HISTORY_FILE,
                help=t("ctx_history_file_help", lang),
                max_upload_size=HISTORY_UPLOAD_MB,
            )
        submitted = st.form_submit_button(
            t("rewrite_button", lang),
            type="primary",
            icon=":material/auto_fix_high:",
            key="rewrite_submit",
        )
    st.pills(
        t("examples_label", lang),
        example_goals(lang),
        key="example_pick",
        on_change=_use_example,
    )
    return submitted or bool(st.session_state.pop(RUN_KEY, False))


def current_values() -> dict[str, Any]:
    values = {name: st.session_state.get(f"ctx_{name}") for name in CONTEXT_FIELDS}
    values["history"] = st.session_state.get(HISTORY_TEXT)
    upload = st.session_state.get(HISTORY_FILE)
    values["history_file"] = (upload.name, upload.getvalue()) if upload is not None else None
    return values


# ---------------------------------------------------------------- the report


def show_outcome(outcome: Outcome, lang: str) -> None:
    """The error, or the whole report: the final goal first, then the coaching, then the scorecard."""
    if outcome.error:
        if outcome.llm_without_key:
            # in the page's own terms: where to add a key, or fall back to rules in one click
            st.error(t("llm_needs_key", lang), icon=":material/key_off:")
            st.button(
                t("use_rules", lang),
                on_click=_fall_back_to_rules,
                key="use_rules_now",
                icon=":material/rule:",
            )
            return
        prefix = t(f"error_{outcome.error_kind or 'other'}", lang)
        st.error(f"{prefix}: {outcome.error}", icon=":material/error:")
        return
    if outcome.report is None:
        return
    with st.container(key="sg_result"):
        final = show_report(outcome, lang)
    _remember(outcome, final)
    _history(lang)
    if st.session_state.get(SCROLL_KEY) == outcome.stamp:
        st.session_state.pop(SCROLL_KEY, None)
        st.html(
            display.scroll_into_view_js(".st-key-sg_result", outcome.stamp),
            unsafe_allow_javascript=True,
        )


def _fall_back_to_rules() -> None:
    use_rules_engine()
    st.session_state[RUN_KEY] = True


def _names(lang: str) -> dict[str, str]:
    return {c: t(f"crit_{c}", lang) for c in CRITERIA}


def show_report(outcome: Outcome, lang: str) -> GoalReport | None:
    """The report; returns the final goal's own report (None when there is none)."""
    report = outcome.report
    assert report is not None
    st.html(display.PAGE_CSS)
    final = None
    if report.rewrite is not None:
        final = _final_goal(outcome, lang)
        left, right = st.columns([3, 2], gap="large")
        with left:
            _edits(outcome, lang)
            _alternatives(outcome, lang)
        with right:
            _assumptions(report, outcome.stamp, lang)
            _questions(report, lang)
    _scorecard(report, lang, outcome.elapsed_ms)
    _forecast(report, lang)
    if report.rewrite is None:
        # not a goal: no invented rewrite, only what a goal needs (the warning says why)
        st.info(t("no_rewrite", lang), icon=":material/edit_note:")
        _questions(report, lang, with_answers=False)
    else:
        st.markdown(f"**{t('diff_title', lang)}**")
        st.html(f'<div class="sg-diff">{display.diff_html(report.goal, report.rewrite.text)}</div>')
        st.caption(t("diff_legend", lang))
    _details(report, lang, outcome.elapsed_ms)
    return final


# ---------------------------------------------------------------- the final goal


def _unconfirmed(report: GoalReport, stamp: str) -> int:
    notes = report.rewrite.assumptions if report.rewrite else []
    return sum(not st.session_state.get(_assume_key(stamp, i), False) for i in range(len(notes)))


def _assume_key(stamp: str, i: int) -> str:
    return f"assume_{stamp}_{i}"


def _final_goal(outcome: Outcome, lang: str) -> GoalReport | None:
    """The final goal: an editable box scored again on every change, before -> after, and
    'ready to share' only when it is S, M and T on its own and nothing is left to confirm."""
    report = outcome.report
    assert report is not None and report.rewrite is not None
    names = _names(lang)
    st.session_state.setdefault(FINAL_KEY, report.rewrite.text)
    with st.container(key="sg_final"):
        st.subheader(t("final_title", lang), anchor=False)
        st.text_area(t("final_label", lang), key=FINAL_KEY, height="content")
        text = (st.session_state.get(FINAL_KEY) or "").strip()
        final: GoalReport | None = None
        if text:
            with contextlib.suppress(GoalInputError):
                final = score_final(text, context_from_values(outcome.context))
        if final is None:
            st.warning(t("final_empty", lang), icon=":material/edit:")
            return None
        before = outcome.before if outcome.before is not None else report.score
        with st.container(key="sg_before_after"):
            st.markdown(t("before_after", lang, before=before, after=final.score))
        st.html(
            display.final_chips_html(
                final.statuses(),
                names,
                {s: t(f"status_{s}", lang) for s in ("met", "partial", "missing", "unknown")},
                {c: t(f"crit_{c}_help", lang) for c in CRITERIA},
            )
        )
        unconfirmed = _unconfirmed(report, outcome.stamp)
        if ready_to_share(final, unconfirmed):
            with st.container(key="sg_ready"):
                st.success(t("ready", lang), icon=":material/task_alt:")
        else:
            missing = [
                names[c]
                for c in ("specific", "measurable", "time_bound")
                if getattr(final.criteria, c).status != "met"
            ]
            joiner = " và " if lang == "vi" else " and "
            message = (
                t("not_ready_smt", lang, missing=joiner.join(missing))
                if missing
                else t("not_ready_assumptions", lang, n=unconfirmed)
            )
            with st.container(key="sg_not_ready"):
                st.info(message, icon=":material/pending:")
        with st.expander(t("copy_title", lang), icon=":material/content_copy:"):
            st.caption(t("copy_touch", lang))
            plain, markdown = st.tabs([t("copy_plain", lang), t("copy_markdown", lang)])
            plain.code(text, language=None, wrap_lines=True)
            markdown.code(
                _markdown(text, final, report, outcome.stamp, lang),
                language="markdown",
                wrap_lines=True,
            )
    return final


def _markdown(text: str, final: GoalReport, report: GoalReport, stamp: str, lang: str) -> str:
    names = _names(lang)
    rows = [(names[c], t(f"status_{s}", lang)) for c, s in final.statuses().items()]
    notes = report.rewrite.assumptions if report.rewrite else []
    open_notes = [
        n for i, n in enumerate(notes) if not st.session_state.get(_assume_key(stamp, i), False)
    ]
    labels = {k: t(f"md_{k}", lang) for k in ("goal", "criterion", "status", "assumptions")}
    return display.goal_markdown(text, rows, open_notes, labels)


def _recompose(stamp: str) -> None:
    """An edit kept or dropped: the final goal is the rewrite with the dropped edits taken out."""
    outcome: Outcome | None = st.session_state.get(OUTCOME_KEY)
    if (
        outcome is None
        or outcome.stamp != stamp
        or outcome.report is None
        or outcome.report.rewrite is None
    ):
        return
    rw = outcome.report.rewrite
    dropped = [
        i for i in range(len(rw.edits)) if not st.session_state.get(f"keep_{stamp}_{i}", True)
    ]
    st.session_state[FINAL_KEY] = apply_edits(rw.text, rw.edits, dropped)


def _edits(outcome: Outcome, lang: str) -> None:
    report = outcome.report
    assert report is not None and report.rewrite is not None
    edits = report.rewrite.edits
    if not edits:
        return
    names = _names(lang)
    st.markdown(f"**{t('edits_title', lang)}**")
    st.caption(t("edits_help", lang))
    with st.container(key="sg_edits"):
        for i, edit in enumerate(edits):
            source = t("edit_suggested" if edit.assumed else "edit_given", lang)
            st.checkbox(
                f"{names[edit.criterion]}: “{display.md_escape(edit.text)}” · _{source}_",
                value=True,
                key=f"keep_{outcome.stamp}_{i}",
                on_change=_recompose,
                args=(outcome.stamp,),
            )


def _use_version(text: str) -> None:
    st.session_state[FINAL_KEY] = text


def _alternatives(outcome: Outcome, lang: str) -> None:
    report = outcome.report
    assert report is not None
    if not report.alternatives:
        return
    st.markdown(f"**{t('alternatives_title', lang)}**")
    for n, alt in enumerate(report.alternatives, start=1):
        with st.container(key=f"sg_alt_{n}"):
            st.caption(_alt_label(alt.label, n, lang))
            st.markdown(display.md_escape(alt.text))
            for note in alt.assumptions:
                st.caption(f"· {display.md_escape(note)}")
            st.button(
                t("use_version", lang),
                key=f"use_alt_{outcome.stamp}_{n}",
                on_click=_use_version,
                args=(alt.text,),
                icon=":material/swap_horiz:",
                type="tertiary",
            )


def _alt_label(label: str | None, n: int, lang: str) -> str:
    if not label:
        return t("alternative_n", lang, n=n)
    key = f"alt_{label.strip().lower()}"
    return t(key, lang) if has(key) else display.md_escape(label)


# ---------------------------------------------------------------- the scorecard


def _scorecard(report: GoalReport, lang: str, elapsed_ms: float) -> None:
    names = _names(lang)
    st.divider()
    head, meta = st.columns([3, 2], vertical_alignment="bottom")
    with head:
        st.subheader(t("criteria_title", lang), anchor=False)
        st.caption(t("score_caption", lang, score=report.score))
    with meta, st.container(horizontal=True, horizontal_alignment="right"):
        st.badge(report.engine, icon=":material/memory:", color="blue")
        if report.model:
            st.badge(md_badge(report.model), icon=":material/smart_toy:", color="violet")
        st.badge(
            display.format_latency(_latency(report, elapsed_ms), lang),
            icon=":material/timer:",
            color="gray",
        )
        st.badge(report.language.upper(), icon=":material/translate:", color="gray")

    # The goal, with the words that show each criterion highlighted (escaped HTML).
    evidence = {name: c.evidence for name, c in report.criteria.items()}
    shown = [n for n, ev in evidence.items() if display.evidence_spans(report.goal, ev)]
    st.html(
        f'<div class="sg-goal" data-testid="sg-goal">{display.highlight_html(report.goal, evidence, names)}</div>'
        + (f"<div>{display.legend_html(shown, names)}</div>" if shown else "")
    )

    cols = st.columns(5)
    for col, (name, crit) in zip(cols, report.criteria.items(), strict=True):
        with col.container(border=True, height="stretch", key=f"sg_card_{name}"):
            st.markdown(f"**{names[name]}**", help=t(f"crit_{name}_help", lang))
            st.markdown(display.status_badge(crit.status, t(f"status_{crit.status}", lang)))
            if crit.evidence:
                st.caption(f"{t('evidence_label', lang)}: “{display.md_escape(crit.evidence)}”")
            st.markdown(display.md_escape(crit.feedback))
            if crit.question and crit.status != "met":
                st.markdown(f":material/help: _{display.md_escape(crit.question)}_")


def _forecast(report: GoalReport, lang: str) -> None:
    """What the metric's history says: the numbers in words and the chart of the projection."""
    fc = report.forecast
    if fc is None:
        return
    from rewriter.history.assess import numbers
    from rewriter.history.chart import chart_rows

    unit = report.facts.unit if report.facts.unit not in (None, "count") else None
    plain = numbers(fc, lang, unit)
    lines = _forecast_lines({k: display.md_escape(v) for k, v in plain.items()}, lang)
    used = sum(p.used for p in fc.points)
    with st.container(border=True, key="sg_forecast"):
        st.subheader(t("forecast_title", lang), anchor=False)
        for line in lines:
            st.markdown(line)
        rows = chart_rows(fc)
        if rows:
            labels = {
                k: t(f"series_{k}", lang) for k in ("history", "unused", "projection", "target")
            }
            labels.update(
                {k: t(k, lang) for k in ("tip_series", "tip_date", "tip_value", "tip_band")}
            )
            chart = display.forecast_chart(rows, labels, lang, t("forecast_value_axis", lang))
            words = " · ".join(_forecast_lines(plain, lang)).replace("**", "")
            st.altair_chart(chart, width="stretch", key="sg_forecast_chart", alt=words or None)
        st.caption(
            t("forecast_points", lang, used=used, total=len(fc.points))
            + " · "
            + t("forecast_cutoffs", lang)
        )
        for note in fc.notes:
            st.caption(f"· {display.md_escape(note)}")


def _forecast_lines(nums: dict[str, str], lang: str) -> list[str]:
    """The paces, the projection with its 80% range, and the chance, each when the forecast has it."""
    lines = []
    if "history" in nums:
        lines.append(t("forecast_pace" if "need" in nums else "forecast_pace_only", lang, **nums))
    if {"projected", "low", "high", "date"} <= nums.keys():
        lines.append(t("forecast_projected", lang, **nums))
    if {"chance", "target", "date"} <= nums.keys():
        lines.append(t("forecast_chance", lang, **nums))
    return lines


def md_badge(text: str) -> str:
    return display.md_escape(text)


def _latency(report: GoalReport, elapsed_ms: float) -> float:
    return report.usage.latency_ms or elapsed_ms


def _assumptions(report: GoalReport, stamp: str, lang: str) -> None:
    st.subheader(t("assumptions_title", lang), anchor=False)
    notes = report.rewrite.assumptions if report.rewrite else []
    if not notes:
        st.caption(t("assumptions_none", lang))
        return
    # Keyed on the run so a new report starts with nothing ticked.
    done = sum(
        st.checkbox(display.md_escape(note), key=_assume_key(stamp, i), wrap=True)
        for i, note in enumerate(notes)
    )
    if done == len(notes):
        st.success(t("assumptions_all", lang), icon=":material/task_alt:")
    else:
        st.caption(t("assumptions_progress", lang, done=done, total=len(notes)))


def _questions(report: GoalReport, lang: str, with_answers: bool = True) -> None:
    from rewriter.coach import QUESTION_FIELDS

    open_items = [
        (name, crit)
        for name, crit in report.criteria.items()
        if crit.question and crit.status != "met"
    ]
    if not open_items:
        return
    names = _names(lang)
    st.subheader(t("questions_title", lang), anchor=False)
    st.caption(t("questions_intro", lang))
    wanted = set(open_fields(report))
    seen: set[str] = set()
    with st.container(border=True, key="sg_questions"):
        for name, crit in open_items:
            st.markdown(
                f"**{names[name]}** · {display.md_escape(crit.question)}",
                help=t(f"crit_{name}_help", lang),
            )
            if not with_answers:
                continue
            for fld in QUESTION_FIELDS.get(name, ()):
                if fld in seen or fld not in wanted:
                    continue
                seen.add(fld)
                _answer_input(fld, lang)
        if not with_answers:
            return
        st.button(
            t("apply_answers", lang),
            on_click=_apply_answers,
            icon=":material/refresh:",
            key="apply_answers",
            type="primary",
        )
        if st.session_state.pop("answers_empty", False):
            st.warning(t("no_answers", lang))


def _answer_input(fld: str, lang: str) -> None:
    key = f"ans_{fld}"
    if fld in NUMBER_FIELDS:
        label = t(
            {"baseline": "ctx_baseline", "target": "ctx_target", "monthly_growth": "ctx_growth"}[
                fld
            ],
            lang,
        )
        st.number_input(
            label,
            key=key,
            value=None,
            min_value=None if fld == "monthly_growth" else 0.0,
            step=1.0 if fld == "monthly_growth" else 100.0,
        )
    elif fld == "deadline":
        st.date_input(t("ans_deadline", lang), key=key, value=None, format="YYYY-MM-DD")
    else:
        label = t(f"ctx_{fld}", lang)
        st.text_input(label, key=key, placeholder=t(f"ctx_{fld}_placeholder", lang))


# ---------------------------------------------------------------- details and history


def _details(report: GoalReport, lang: str, elapsed_ms: float) -> None:
    if report.warnings:
        with st.container(key="sg_warnings"):
            for note in report.warnings:
                st.warning(display.md_escape(note), icon=":material/info:")
    facts_col, usage_col = st.columns(2, gap="large")
    with facts_col, st.expander(t("facts_title", lang), icon=":material/fact_check:"):
        rows = [
            (t(f"fact_{name}", lang), _fact_text(value, name, lang))
            for name, value in report.facts.model_dump().items()
            if value is not None
        ]
        if rows:
            st.markdown(display.md_table((t("fact_field", lang), t("fact_value", lang)), rows))
    with usage_col, st.expander(t("details_title", lang), icon=":material/speed:"):
        usage = report.usage
        rows = [
            (t("detail_engine", lang), report.engine),
            (t("detail_model", lang), report.model or "—"),
            (t("detail_latency", lang), display.format_latency(_latency(report, elapsed_ms), lang)),
            (t("detail_calls", lang), display.format_number(usage.model_calls, lang)),
            (
                t("detail_tokens", lang),
                f"{display.format_number(usage.prompt_tokens, lang)} / "
                f"{display.format_number(usage.completion_tokens, lang)}",
            ),
            (t("detail_cached", lang), t("yes" if usage.cached else "no", lang)),
        ]
        if report.prompt_version:
            rows.append((t("detail_prompt", lang), report.prompt_version))
        st.markdown(display.md_table((t("fact_field", lang), t("fact_value", lang)), rows))
        st.download_button(
            t("download_json", lang),
            data=report.model_dump_json(indent=2).encode("utf-8"),
            file_name="goal-report.json",
            mime="application/json",
            icon=":material/download:",
            on_click="ignore",
        )


def _fact_text(value: Any, name: str = "", lang: str = "en") -> str:
    if name in ("kind", "domain") and has(f"{name}_{value}"):
        return t(f"{name}_{value}", lang)
    if name == "confidence" and isinstance(value, float):
        return f"{display.format_number(value * 100, lang)}%"
    if isinstance(value, float):
        return display.format_number(value, lang)
    return str(value)


def _remember(outcome: Outcome, final: GoalReport | None) -> None:
    """Keep this goal in the session's history, as it stands now."""
    report = outcome.report
    assert report is not None
    history: dict[str, HistoryRow] = st.session_state.setdefault(HISTORY_KEY, {})
    unconfirmed = _unconfirmed(report, outcome.stamp)
    history[outcome.stamp] = HistoryRow(
        when=outcome.started,
        goal=report.goal,
        language=report.language,
        score_before=outcome.before if outcome.before is not None else report.score,
        final_goal=(st.session_state.get(FINAL_KEY) or "").strip() if report.rewrite else "",
        score_after=final.score if final is not None else None,
        ready=ready_to_share(final, unconfirmed),
        engine=report.engine,
    )


def _history(lang: str) -> None:
    history: dict[str, HistoryRow] = st.session_state.get(HISTORY_KEY) or {}
    if not history:
        return
    rows = list(history.values())
    with st.expander(f"{t('history_title', lang)} ({len(rows)})", icon=":material/history:"):
        header = (
            t("history_when", lang),
            t("history_goal", lang),
            t("history_final", lang),
            t("history_scores", lang),
            t("history_ready", lang),
        )
        table = [
            (
                r.when.replace("T", " "),
                r.goal,
                r.final_goal or "—",
                f"{r.score_before}/5 → {'—' if r.score_after is None else r.score_after}/5",
                t("yes" if r.ready else "no", lang),
            )
            for r in reversed(rows)
        ]
        st.markdown(display.md_table(header, table))
        st.download_button(
            t("history_download", lang),
            data=history_csv(rows),
            file_name="smart-goals-history.csv",
            mime="text/csv",
            icon=":material/download:",
            on_click="ignore",
            key="history_download",
        )
