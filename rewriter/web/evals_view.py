"""The Evals page's parts: pick a suite and engine, run it with progress, metrics, comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from rewriter.web.i18n import t
from rewriter.web.render import md_escape
from rewriter.web.state import ENGINES, current_settings, keep_values, safe_message

RUN_KEY = "eval_run"
FAILING_LIMIT = 200


def evals_page(lang: str, evals_dir: Path) -> None:
    from rewriter.evaluation import find_suites

    st.title(t("evals_title", lang), anchor=False)
    st.caption(t("evals_intro", lang))
    suites = find_suites(evals_dir / "suites")
    if not suites:
        st.info(t("no_suites", lang))
        return
    names = {p.stem: p for p in suites}
    keep_values("eval_suite", "eval_engine")
    st.session_state.setdefault("eval_suite", "ladder" if "ladder" in names else next(iter(names)))
    st.session_state.setdefault("eval_engine", st.session_state.get("set_engine") or "rules")
    left, right = st.columns(2)
    suite_name = left.selectbox(t("suite_label", lang), list(names), key="eval_suite")
    engine = right.selectbox(
        t("eval_engine_label", lang),
        ENGINES,
        format_func=lambda e: t(f"engine_{e}", lang),
        key="eval_engine",
    )
    if st.button(
        t("run_eval", lang), type="primary", icon=":material/play_arrow:", key="eval_start"
    ):
        _run(names[suite_name], engine, lang)
    run = st.session_state.get(RUN_KEY)
    if run is not None:
        _results(run, lang, evals_dir)


def _run(path: Path, engine: str, lang: str) -> None:
    from rewriter.evaluation import SuiteError, load_suite, run_suite

    try:
        suite = load_suite(path)
        settings = current_settings()
    except (SuiteError, ValueError) as exc:
        st.error(f"{t('eval_error', lang)}: {safe_message(exc)}", icon=":material/error:")
        return
    total = len(suite.cases)
    bar = st.progress(0.0, text=t("eval_progress", lang, done=0, total=total))

    def progress(done: int, total: int, _result: Any) -> None:
        bar.progress(
            done / total if total else 1.0, text=t("eval_progress", lang, done=done, total=total)
        )

    try:
        run = run_suite(suite, engine=engine, settings=settings, progress=progress, suite_path=path)
    except Exception as exc:  # SettingsError and anything else: a message, the page stays usable
        st.error(f"{t('eval_error', lang)}: {safe_message(exc)}", icon=":material/error:")
        return
    bar.empty()
    previous = st.session_state.get(RUN_KEY)
    st.session_state["eval_previous"] = previous
    st.session_state[RUN_KEY] = run


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def _results(run: Any, lang: str, evals_dir: Path) -> None:
    import pandas as pd

    from rewriter.evaluation import case_rows, metrics_rows

    summary = run.summary
    st.divider()
    cols = st.columns(4)
    cols[0].metric(t("eval_cases", lang), f"{summary.n}")
    cols[1].metric(t("eval_smt", lang), _pct(summary.smt_all_right))
    cols[2].metric(t("eval_rewrites", lang), _pct(summary.rewrite.passed))
    cols[3].metric(t("eval_errors", lang), f"{summary.errors}")
    st.caption(
        f"{md_escape(run.suite.name)} · {md_escape(run.engine)}"
        + (f" · {md_escape(run.model)}" if run.model else "")
        + f" · p50 {summary.latency_ms.get('p50', 0):.1f} ms"
    )

    st.subheader(t("metrics_title", lang), anchor=False)
    metrics = pd.DataFrame(metrics_rows(run))
    table, chart = st.columns([3, 2], gap="large")
    table.dataframe(
        metrics,
        hide_index=True,
        column_config={
            c: st.column_config.NumberColumn(format="%.3f")
            for c in ("precision", "recall", "f1", "accuracy", "exact")
        },
        key="eval_metrics",
    )
    with chart:
        st.bar_chart(
            metrics.set_index("criterion")[["precision", "recall", "f1"]],
            stack=False,
            sort=False,
            height=260,
        )

    st.subheader(t("failing_title", lang), anchor=False)
    failing = [r for r in case_rows(run) if r["wrong"] or r["error"] or r["rewrite problems"]][
        :FAILING_LIMIT
    ]
    if failing:
        st.dataframe(pd.DataFrame(failing), hide_index=True, key="eval_failing")
    else:
        st.success(t("no_failing", lang), icon=":material/task_alt:")

    _compare(run, lang, evals_dir)
    st.download_button(
        t("eval_download", lang),
        data=run.to_json().encode("utf-8"),
        file_name=f"{run.suite.name}-{run.engine}.json",
        mime="application/json",
        icon=":material/download:",
        on_click="ignore",
        key="eval_download",
    )


@st.cache_resource(max_entries=16, show_spinner=False)
def _saved_run(path: str, mtime: float) -> Any:
    """A saved run file (cached per path and modification time); None if unreadable."""
    from rewriter.evaluation import RunFileError, load_run

    try:
        return load_run(path)
    except RunFileError:
        return None


def _compare(run: Any, lang: str, evals_dir: Path) -> None:
    import pandas as pd

    from rewriter.evaluation import compare_rows, compare_runs

    st.subheader(t("compare_title", lang), anchor=False)
    options: dict[str, Any] = {}
    previous = st.session_state.get("eval_previous")
    if previous is not None and previous.suite.name == run.suite.name:
        options[t("compare_previous", lang)] = previous
    for path in sorted((evals_dir / "baselines").glob("*.json")):
        saved = _saved_run(str(path), path.stat().st_mtime)
        if saved is not None and saved.suite.name == run.suite.name:
            options[path.stem] = saved
    if not options:
        st.caption(t("no_baselines", lang))
        return
    keep_values("eval_baseline")
    picked = st.selectbox(t("compare_label", lang), list(options), key="eval_baseline")
    if picked is None:
        return
    try:
        cmp = compare_runs(options[picked], run)
    except ValueError as exc:
        st.error(f"{t('eval_error', lang)}: {safe_message(exc)}", icon=":material/error:")
        return
    if not cmp.same_suite:
        st.warning(t("compare_other_suite", lang), icon=":material/warning:")
    st.dataframe(pd.DataFrame(compare_rows(cmp)), hide_index=True, key="eval_compare")
    if cmp.regressions:
        st.error(
            f"{t('regressions', lang)}: " + "; ".join(md_escape(r) for r in cmp.regressions),
            icon=":material/trending_down:",
        )
    else:
        st.success(t("no_regressions", lang), icon=":material/trending_up:")
