"""The Rewrite page's parts: the goal form, the library call, and the report view."""

from __future__ import annotations

import contextlib
import time
import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import streamlit as st

from rewriter.errors import GoalInputError, SettingsError, validation_message
from rewriter.report import GoalContext, GoalReport
from rewriter.settings import Settings
from rewriter.web import render
from rewriter.web.i18n import EXAMPLES, has, t
from rewriter.web.state import keep_values, safe_message

CONTEXT_FIELDS = (
    "platform",
    "baseline",
    "monthly_growth",
    "deadline",
    "horizon",
    "objective",
    "today",
)
# Which context fields answer each criterion's question.
QUESTION_FIELDS: dict[str, tuple[str, ...]] = {
    "specific": ("platform",),
    "measurable": ("baseline",),
    "attainable": ("baseline", "monthly_growth"),
    "relevant": ("objective",),
    "time_bound": ("horizon",),
}
OUTCOME_KEY = "rewrite_outcome"
RUN_KEY = "rewrite_requested"


@dataclass
class Outcome:
    """One press of Rewrite: the report, or the message to show instead."""

    report: GoalReport | None = None
    error_kind: str | None = None  # "input" | "settings" | "other"
    error: str | None = None
    elapsed_ms: float = 0.0
    context: dict[str, Any] = field(default_factory=dict)


def context_from_values(values: dict[str, Any]) -> GoalContext:
    """A GoalContext from form values; blanks mean "not given"."""
    clean = {}
    for name in CONTEXT_FIELDS:
        value = values.get(name)
        if isinstance(value, str):
            value = value.strip() or None
        if value is not None:
            clean[name] = value
    try:
        return GoalContext(**clean)
    except ValueError as exc:  # out of range (growth 5000%, year 9999): the user's to fix
        raise GoalInputError(validation_message(exc)) from None


def run_rewrite(goal: str, values: dict[str, Any], settings_factory) -> Outcome:
    """Call the library; every failure becomes a message, never a traceback."""
    from rewriter import rewrite  # the page's only way into the engines

    started = time.perf_counter()
    try:
        settings: Settings = settings_factory()
    except Exception as exc:  # invalid environment or sidebar values
        return Outcome(error_kind="settings", error=safe_message(exc))
    try:
        context = context_from_values(values)
        report = rewrite(goal, context, engine=settings.engine, settings=settings)
        return Outcome(report=report, elapsed_ms=_ms(started), context=values)
    except GoalInputError as exc:
        return Outcome(error_kind="input", error=safe_message(exc), elapsed_ms=_ms(started))
    except SettingsError as exc:
        return Outcome(error_kind="settings", error=safe_message(exc), elapsed_ms=_ms(started))
    except Exception as exc:  # the page must stay usable whatever the engine does
        return Outcome(error_kind="other", error=safe_message(exc), elapsed_ms=_ms(started))


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


# ---------------------------------------------------------------- the form


def _init_state() -> None:
    keep_values("goal", *(f"ctx_{name}" for name in CONTEXT_FIELDS))
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
    """The goal, the optional context and the Rewrite button; True when a run is asked for."""
    _init_state()
    has_context = any(st.session_state.get(f"ctx_{n}") is not None for n in CONTEXT_FIELDS[:-1])
    st.text_area(
        t("goal_label", lang),
        key="goal",
        height=90,
        placeholder=t("goal_placeholder", lang),
    )
    with st.expander(t("context_label", lang), icon=":material/tune:", expanded=has_context):
        st.caption(t("context_help", lang))
        c1, c2, c3 = st.columns(3)
        c1.text_input(
            t("ctx_platform", lang),
            key="ctx_platform",
            placeholder=t("ctx_platform_placeholder", lang),
        )
        c2.number_input(
            t("ctx_baseline", lang),
            key="ctx_baseline",
            min_value=0.0,
            step=100.0,
            help=t("ctx_baseline_help", lang),
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
        st.text_input(
            t("ctx_objective", lang),
            key="ctx_objective",
            placeholder=t("ctx_objective_placeholder", lang),
        )
    submitted = st.button(
        t("rewrite_button", lang),
        type="primary",
        icon=":material/auto_fix_high:",
        key="rewrite_submit",
    )
    st.pills(
        t("examples_label", lang),
        EXAMPLES[lang],
        key="example_pick",
        on_change=_use_example,
    )
    return submitted or bool(st.session_state.pop(RUN_KEY, False))


def current_values() -> dict[str, Any]:
    return {name: st.session_state.get(f"ctx_{name}") for name in CONTEXT_FIELDS}


# ---------------------------------------------------------------- the report


def show_outcome(outcome: Outcome, lang: str) -> None:
    """The error, or the whole report."""
    if outcome.error:
        prefix = t(f"error_{outcome.error_kind or 'other'}", lang)
        st.error(f"{prefix}: {outcome.error}", icon=":material/error:")
        return
    if outcome.report is not None:
        with st.container(key="sg_result"):
            show_report(outcome.report, lang, outcome.elapsed_ms)


def _names(lang: str) -> dict[str, str]:
    from rewriter.report import CRITERIA

    return {c: t(f"crit_{c}", lang) for c in CRITERIA}


def show_report(report: GoalReport, lang: str, elapsed_ms: float) -> None:
    names = _names(lang)
    st.html(render.PAGE_CSS)
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
            render.format_latency(_latency(report, elapsed_ms)),
            icon=":material/timer:",
            color="gray",
        )
        st.badge(report.language.upper(), icon=":material/translate:", color="gray")

    # The goal, with the words that show each criterion highlighted (escaped HTML).
    evidence = {name: c.evidence for name, c in report.criteria.items()}
    shown = [n for n, ev in evidence.items() if render.evidence_spans(report.goal, ev)]
    st.html(
        f'<div class="sg-goal" data-testid="sg-goal">{render.highlight_html(report.goal, evidence, names)}</div>'
        + (f"<div>{render.legend_html(shown, names)}</div>" if shown else "")
    )

    cols = st.columns(5)
    for col, (name, crit) in zip(cols, report.criteria.items(), strict=True):
        with col.container(border=True, height="stretch", key=f"sg_card_{name}"):
            st.markdown(f"**{names[name]}**")
            st.markdown(render.status_badge(crit.status, t(f"status_{crit.status}", lang)))
            if crit.evidence:
                st.caption(f"{t('evidence_label', lang)}: “{render.md_escape(crit.evidence)}”")
            st.markdown(render.md_escape(crit.feedback))
            if crit.question and crit.status != "met":
                st.markdown(f":material/help: _{render.md_escape(crit.question)}_")

    st.space("small")
    if report.rewrite is None:
        # not a goal: no invented rewrite, only what a goal needs (the warning says why)
        st.info(t("no_rewrite", lang), icon=":material/edit_note:")
        _questions(report, lang, with_answers=False)
        _details(report, lang, elapsed_ms)
        return
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.subheader(t("rewrite_result_title", lang), anchor=False)
        with st.container(key="sg_rewrite"):
            st.code(report.rewrite.text, language=None, wrap_lines=True)
        st.caption(t("copy_hint", lang))
        st.markdown(f"**{t('diff_title', lang)}**")
        st.html(f'<div class="sg-diff">{render.diff_html(report.goal, report.rewrite.text)}</div>')
        st.caption(t("diff_legend", lang))
        if report.alternatives:
            st.markdown(f"**{t('alternatives_title', lang)}**")
            for n, alt in enumerate(report.alternatives, start=1):
                label = _alt_label(alt.label, n, lang)
                st.caption(label)
                st.code(alt.text, language=None, wrap_lines=True)
                for note in alt.assumptions:
                    st.caption(f"· {render.md_escape(note)}")
    with right:
        _assumptions(report, lang)
        _questions(report, lang)

    _details(report, lang, elapsed_ms)


def _alt_label(label: str | None, n: int, lang: str) -> str:
    if not label:
        return t("alternative_n", lang, n=n)
    key = f"alt_{label.strip().lower()}"
    return t(key, lang) if has(key) else render.md_escape(label)


def md_badge(text: str) -> str:
    return render.md_escape(text)


def _latency(report: GoalReport, elapsed_ms: float) -> float:
    return report.usage.latency_ms or elapsed_ms


def _assumptions(report: GoalReport, lang: str) -> None:
    st.subheader(t("assumptions_title", lang), anchor=False)
    notes = report.rewrite.assumptions if report.rewrite else []
    if not notes:
        st.caption(t("assumptions_none", lang))
        return
    # Keyed on the rewrite so a new report starts with nothing ticked.
    stamp = zlib.crc32(report.rewrite.text.encode() if report.rewrite else b"")
    done = sum(
        st.checkbox(render.md_escape(note), key=f"assume_{stamp}_{i}", wrap=True)
        for i, note in enumerate(notes)
    )
    if done == len(notes):
        st.success(t("assumptions_all", lang), icon=":material/task_alt:")
    else:
        st.caption(t("assumptions_progress", lang, done=done, total=len(notes)))


def _questions(report: GoalReport, lang: str, with_answers: bool = True) -> None:
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
    seen: set[str] = set()
    with st.container(border=True, key="sg_questions"):
        for name, crit in open_items:
            st.markdown(f"**{names[name]}** · {render.md_escape(crit.question)}")
            if not with_answers:
                continue
            for fld in QUESTION_FIELDS.get(name, ()):
                if fld in seen:
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
        )
        if st.session_state.pop("answers_empty", False):
            st.warning(t("no_answers", lang))


def _answer_input(fld: str, lang: str) -> None:
    key = f"ans_{fld}"
    if fld in ("baseline", "monthly_growth"):
        label = t("ctx_baseline" if fld == "baseline" else "ctx_growth", lang)
        st.number_input(
            label,
            key=key,
            value=None,
            min_value=0.0 if fld == "baseline" else None,
            step=100.0 if fld == "baseline" else 1.0,
        )
    else:
        label = t(f"ctx_{fld}", lang)
        st.text_input(label, key=key, placeholder=t(f"ctx_{fld}_placeholder", lang))


def _details(report: GoalReport, lang: str, elapsed_ms: float) -> None:
    if report.warnings:
        with st.container(key="sg_warnings"):
            for note in report.warnings:
                st.warning(render.md_escape(note), icon=":material/info:")
    facts_col, usage_col = st.columns(2, gap="large")
    with facts_col, st.expander(t("facts_title", lang), icon=":material/fact_check:"):
        rows = [
            (t(f"fact_{name}", lang), _fact_text(value, name, lang))
            for name, value in report.facts.model_dump().items()
            if value is not None
        ]
        if rows:
            st.markdown(render.md_table((t("fact_field", lang), t("fact_value", lang)), rows))
    with usage_col, st.expander(t("details_title", lang), icon=":material/speed:"):
        usage = report.usage
        rows = [
            (t("detail_engine", lang), report.engine),
            (t("detail_model", lang), report.model or "—"),
            (t("detail_latency", lang), render.format_latency(_latency(report, elapsed_ms))),
            (t("detail_calls", lang), str(usage.model_calls)),
            (t("detail_tokens", lang), f"{usage.prompt_tokens} / {usage.completion_tokens}"),
            (t("detail_cached", lang), t("yes" if usage.cached else "no", lang)),
        ]
        if report.prompt_version:
            rows.append((t("detail_prompt", lang), report.prompt_version))
        st.markdown(render.md_table((t("fact_field", lang), t("fact_value", lang)), rows))
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
        return f"{render.format_number(value * 100)}%"
    if isinstance(value, float):
        return render.format_number(value)
    return str(value)
