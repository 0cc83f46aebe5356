"""The Evals page's parts: pick a suite and engine, run it with progress, metrics, comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from rewriter.web.display import format_decimal, format_number, md_escape
from rewriter.web.i18n import has, t
from rewriter.web.state import ENGINES, current_settings, keep_values, safe_message

RUN_KEY = "eval_run"
FAILING_LIMIT = 200
MISSED_SHOWN = 10


def evals_page(lang: str, evals_dir: Path) -> None:
    from rewriter.engines import label, offline
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
    st.session_state.setdefault("eval_engine", st.session_state.get("set_engine") or offline())
    left, right = st.columns(2)
    suite_name = left.selectbox(t("suite_label", lang), list(names), key="eval_suite")
    engine = right.selectbox(
        t("eval_engine_label", lang),
        ENGINES,
        format_func=lambda e: label(e, lang),
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
    if settings.lacks_model(engine):
        st.error(t("llm_needs_key", lang), icon=":material/key_off:")
        return
    total = len(suite.cases)
    bar = st.progress(0.0, text=t("eval_progress", lang, done=0, total=format_number(total, lang)))

    def progress(done: int, total: int, _result: Any) -> None:
        bar.progress(
            done / total if total else 1.0,
            text=t(
                "eval_progress",
                lang,
                done=format_number(done, lang),
                total=format_number(total, lang),
            ),
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


def _pct(x: float, lang: str = "en") -> str:
    return f"{format_decimal(x * 100, 1, lang)}%"


def _status(value: str | None, lang: str) -> str:
    return t(f"status_{value}", lang) if value and has(f"status_{value}") else "—"


def _results(run: Any, lang: str, evals_dir: Path) -> None:
    import pandas as pd

    from rewriter.evaluation import case_rows, metrics_rows
    from rewriter.evaluation.plain import TARGET_ACCURACY, plain_summary

    summary = run.summary
    plain = plain_summary(run)
    st.divider()
    # First, in plain words: how many goals were right, and which ones were missed.
    with st.container(key="eval_summary"):
        st.markdown(
            "### "
            + t(
                "eval_plain",
                lang,
                right=format_number(plain.right, lang),
                n=format_number(plain.n, lang),
                share=_pct(plain.share, lang),
            )
        )
        if not plain.missed:
            st.success(t("eval_all_right", lang), icon=":material/task_alt:")
        else:
            st.markdown(t("eval_missed", lang, k=format_number(len(plain.missed), lang)))
            lines = []
            for m in plain.missed[:MISSED_SHOWN]:
                if m.error:
                    why = t("eval_case_error", lang, error=md_escape(m.error))
                else:
                    why = "; ".join(
                        t(
                            "eval_expected_got",
                            lang,
                            criterion=t(f"crit_{k}", lang),
                            expected=_status(exp, lang),
                            got=_status(got, lang),
                        )
                        for k, (exp, got) in m.wrong.items()
                    )
                goal = m.goal if len(m.goal) <= 120 else m.goal[:117].rstrip() + "…"
                lines.append(f"- “{md_escape(goal)}” · {why}")
            st.markdown("\n".join(lines))
            if len(plain.missed) > MISSED_SHOWN:
                st.caption(
                    t(
                        "eval_more_missed",
                        lang,
                        k=format_number(len(plain.missed) - MISSED_SHOWN, lang),
                    )
                )
    cols = st.columns(5)
    cols[0].metric(t("eval_cases", lang), format_number(summary.n, lang))
    cols[1].metric(t("eval_smt", lang), _pct(summary.smt_all_right, lang))
    cols[2].metric(t("eval_rewrites", lang), _pct(summary.rewrite.passed, lang))
    cols[3].metric(t("eval_defects", lang), _pct(plain.defect_rate, lang))
    cols[4].metric(t("eval_errors", lang), format_number(summary.errors, lang))
    st.caption(
        f"{md_escape(run.suite.name)} · {md_escape(run.engine)}"
        + (f" · {md_escape(run.model)}" if run.model else "")
        + f" · p50 {format_decimal(summary.latency_ms.get('p50', 0), 1, lang)} ms"
    )

    baseline = _compare(run, lang, evals_dir)

    st.subheader(t("metrics_title", lang), anchor=False)
    st.caption(t("eval_chart_title", lang, target=_pct(TARGET_ACCURACY, lang)))
    st.altair_chart(
        _accuracy_chart(run, baseline, lang, TARGET_ACCURACY), key="eval_chart", width="stretch"
    )
    metrics = pd.DataFrame(metrics_rows(run))
    metrics["criterion"] = [t(f"crit_{k}", lang) for k in run.metrics]
    shown = ["criterion", "accuracy", "precision", "recall", "f1", "exact", "n"]
    st.dataframe(
        metrics,
        hide_index=True,
        column_order=shown,
        column_config={
            c: (
                st.column_config.NumberColumn(t(f"m_{c}", lang), format="%.3f")
                if c not in ("criterion", "n")
                else st.column_config.Column(t(f"m_{c}", lang))
            )
            for c in shown
        },
        key="eval_metrics",
    )

    st.subheader(t("failing_title", lang), anchor=False)
    failing = [r for r in case_rows(run) if r["wrong"] or r["error"] or r["rewrite problems"]][
        :FAILING_LIMIT
    ]
    if failing:
        frame = pd.DataFrame(failing)
        for column in frame.columns:
            if column.endswith((" expected", " got")):
                frame[column] = [_status(v, lang) for v in frame[column]]
        st.dataframe(
            frame,
            hide_index=True,
            key="eval_failing",
            column_config={
                c: st.column_config.Column(_case_header(c, lang)) for c in frame.columns
            },
        )
    else:
        st.success(t("no_failing", lang), icon=":material/task_alt:")

    st.download_button(
        t("eval_download", lang),
        data=run.to_json().encode("utf-8"),
        file_name=f"{run.suite.name}-{run.engine}.json",
        mime="application/json",
        icon=":material/download:",
        on_click="ignore",
        key="eval_download",
    )


def _case_header(column: str, lang: str) -> str:
    for end, key in ((" expected", "f_expected"), (" got", "f_got")):
        if column.endswith(end) and has(f"crit_{column[: -len(end)]}"):
            return t(key, lang, criterion=t(f"crit_{column[: -len(end)]}", lang))
    return t(f"f_{column}", lang) if has(f"f_{column}") else column


def _accuracy_chart(run: Any, baseline: Any, lang: str, target: float) -> Any:
    """Accuracy per criterion, run A beside run B when there is a saved run, with the target line."""
    import altair as alt
    import pandas as pd

    from rewriter.evaluation.plain import accuracy_rows

    rows = accuracy_rows(run, baseline)
    frame = pd.DataFrame(rows)
    frame["criterion"] = [t(f"crit_{c}", lang) for c in frame["criterion"]]
    order = [t(f"crit_{c}", lang) for c in run.metrics]
    low = max(0.0, min(0.5, float(frame["accuracy"].min()) - 0.05))
    y = alt.Y(
        "accuracy:Q",
        title=t("eval_axis_accuracy", lang),
        scale=alt.Scale(domain=[low, 1.0], zero=False),
        axis=alt.Axis(format="%"),
    )
    bars = (
        alt.Chart(frame)
        .mark_bar(clip=True)
        .encode(
            x=alt.X(
                "criterion:N",
                title=t("eval_axis_criterion", lang),
                sort=order,
                axis=alt.Axis(labelAngle=0),
            ),
            xOffset=alt.XOffset("run:N"),
            y=y,
            color=alt.Color(
                "run:N",
                title=t("eval_axis_run", lang),
                scale=alt.Scale(domain=["A", "B"], range=["#9ca3af", "#2563eb"]),
            ),
            tooltip=[
                alt.Tooltip("run:N", title=t("eval_axis_run", lang)),
                alt.Tooltip("criterion:N", title=t("eval_axis_criterion", lang)),
                alt.Tooltip("accuracy:Q", title=t("eval_axis_accuracy", lang), format=".1%"),
            ],
        )
    )
    line = (
        alt.Chart(pd.DataFrame({"target": [target]}))
        .mark_rule(color="#dc2626", strokeDash=[6, 4])
        .encode(y="target:Q")
    )
    return (bars + line).properties(height=280)


@st.cache_resource(max_entries=16, show_spinner=False)
def _saved_run(path: str, mtime: float) -> Any:
    """A saved run file (cached per path and modification time); None if unreadable."""
    from rewriter.evaluation import RunFileError, load_run

    try:
        return load_run(path)
    except RunFileError:
        return None


def _compare(run: Any, lang: str, evals_dir: Path) -> Any:
    """Pick run A (a saved baseline first, else the previous run); show A vs B; return A."""
    import pandas as pd

    from rewriter.evaluation import compare_rows, compare_runs
    from rewriter.evaluation.compare import run_label

    st.subheader(t("compare_title", lang), anchor=False)
    options: dict[str, Any] = {}
    for path in sorted((evals_dir / "baselines").glob("*.json")):
        saved = _saved_run(str(path), path.stat().st_mtime)
        if saved is not None and saved.suite.name == run.suite.name:
            options[path.stem] = saved
    previous = st.session_state.get("eval_previous")
    if previous is not None and previous.suite.name == run.suite.name:
        options[t("compare_previous", lang)] = previous
    if not options:
        st.markdown(t("eval_run_b", lang, b=md_escape(run_label(run))))
        st.caption(t("no_baselines", lang))
        return None
    keep_values("eval_baseline")
    picked = st.selectbox(t("compare_label", lang), list(options), key="eval_baseline")
    a = options[picked]
    with st.container(key="eval_runs"):
        st.markdown(
            t(
                "eval_runs",
                lang,
                a=md_escape(f"{picked} · {run_label(a)}"),
                b=md_escape(run_label(run)),
            )
        )
    try:
        cmp = compare_runs(a, run)
    except ValueError as exc:
        st.error(f"{t('eval_error', lang)}: {safe_message(exc)}", icon=":material/error:")
        return None
    if not cmp.same_suite:
        st.warning(t("compare_other_suite", lang), icon=":material/warning:")
    frame = pd.DataFrame(compare_rows(cmp))
    if len(frame):
        frame["criterion"] = [
            t(f"crit_{d.criterion}", lang) if has(f"crit_{d.criterion}") else d.criterion
            for d in cmp.metrics
        ]
    st.dataframe(
        frame,
        hide_index=True,
        key="eval_compare",
        column_config={c: st.column_config.Column(_compare_header(c, lang)) for c in frame.columns},
    )
    if cmp.regressions:
        st.error(
            f"{t('regressions', lang)}: " + "; ".join(md_escape(r) for r in cmp.regressions),
            icon=":material/trending_down:",
        )
    else:
        st.success(t("no_regressions", lang), icon=":material/trending_up:")
    return a


def _compare_header(column: str, lang: str) -> str:
    if column == "criterion":
        return t("m_criterion", lang)
    if column.startswith("Δ"):
        what = column[1:]
        return t("c_delta", lang, what=t(f"m_{what}", lang) if has(f"m_{what}") else what)
    return t(f"c_{column}", lang) if has(f"c_{column}") else column
