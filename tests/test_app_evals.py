"""Streamlit AppTest of the Evals page: suite and engine, the run, metrics, failures, comparison."""

from __future__ import annotations

import json

import pytest

from rewriter.report import CRITERIA
from rewriter.web.evals_view import RUN_KEY
from rewriter.web.i18n import t
from tests.app_fixtures import ROOT, page_test

SUITES = sorted(p.stem for p in (ROOT / "evals" / "suites").glob("*.y*ml"))


@pytest.fixture
def at(clean_env):
    at = page_test("evals", timeout=60).run()
    assert not at.exception
    return at


def run_suite(at, suite: str, engine: str = "rules"):
    at.selectbox(key="eval_suite").set_value(suite)
    at.selectbox(key="eval_engine").set_value(engine)
    at.button(key="eval_start").click()
    return at.run()


def test_the_suites_on_disk_are_offered(at):
    assert at.selectbox(key="eval_suite").options == SUITES
    assert at.selectbox(key="eval_suite").value == "ladder"


def test_running_the_ladder_shows_metrics_chart_and_no_failures(at):
    run_suite(at, "ladder")
    assert not at.exception and not at.error
    run = at.session_state[RUN_KEY]
    assert run.suite.name == "ladder" and run.engine == "rules"
    metrics = next(d.value for d in at.dataframe if "precision" in d.value.columns)
    assert list(metrics["criterion"]) == ["Specific", "Measurable", "Time-bound"]
    assert list(metrics["f1"]) == [1.0, 1.0, 1.0]  # the ladder every engine must get right
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # the accuracy chart
    assert at.metric[0].value == str(run.summary.n)
    # the plain summary comes first: every goal right
    summary = at.get_by_key("eval_summary")
    n = run.summary.n
    assert summary.markdown[0].value == "### " + t("eval_plain", "en", right=n, n=n, share="100.0%")
    assert t("eval_all_right", "en") in [s.value for s in summary.success]
    assert t("no_failing", "en") in [s.value for s in at.success]
    assert any(d.label == t("eval_download", "en") for d in at.download_button)


def test_a_bigger_suite_lists_its_failing_cases_and_compares_with_the_previous_run(at):
    suite = "core" if "core" in SUITES else SUITES[0]
    run_suite(at, suite)
    assert not at.exception and not at.error
    first = at.session_state[RUN_KEY]
    failing = [c for c in first.cases if c.wrong() or c.error or c.rewrite_problems]
    if failing:
        table = next(d.value for d in at.dataframe if "id" in d.value.columns)
        assert len(table) == min(len(failing), 200)
        assert set(table["id"]) <= {c.id for c in failing}
    saved = sorted(p.stem for p in (ROOT / "evals" / "baselines").glob(f"{suite}-*.json"))
    if saved:  # a saved run of this suite is offered for comparison at once
        assert set(saved) <= set(at.selectbox(key="eval_baseline").options)
    # A second run compares with the first: the same engine on the same suite, no regression.
    run_suite(at, suite)
    assert at.selectbox(key="eval_baseline").value is not None
    compare = next(d.value for d in at.dataframe if "f1 A" in d.value.columns)
    assert {"criterion", "f1 A", "f1 B"} <= set(compare.columns)
    runs = at.get_by_key("eval_runs").markdown[0].value
    assert runs.startswith("**A** = ") and "**B** = this run" in runs
    assert len(compare) == len(first.metrics) <= len(CRITERIA)
    assert t("no_regressions", "en") in [s.value for s in at.success]


def test_the_llm_engine_without_a_model_is_a_message(at):
    run_suite(at, "ladder", "llm")
    assert not at.exception
    assert at.error[0].value == t("llm_needs_key", "en")
    assert "OPENAI" not in at.error[0].value and "--engine" not in at.error[0].value


def test_progress_and_labels_in_vietnamese(at):
    at.session_state["ui_lang"] = "vi"
    run_suite(at, "ladder")
    assert at.title[0].value == t("evals_title", "vi")
    assert t("metrics_title", "vi") in [s.value for s in at.subheader]

    summary = at.get_by_key("eval_summary").markdown[0].value
    assert summary.startswith("### Đúng ") and "100,0%" in summary
    metrics = json.loads(at.dataframe[0].proto.columns)
    assert metrics["accuracy"]["label"] == t("m_accuracy", "vi")
    assert list(at.dataframe[0].value["criterion"]) == [
        t(f"crit_{c}", "vi") for c in ("specific", "measurable", "time_bound")
    ]


def test_a_run_with_misses_names_them_in_plain_words(at):
    suite = "holdout" if "holdout" in SUITES else SUITES[-1]
    run_suite(at, suite)
    run = at.session_state[RUN_KEY]
    missed = [c for c in run.cases if c.wrong() or c.error]
    summary = at.get_by_key("eval_summary")
    right = len(run.cases) - len(missed)
    assert summary.markdown[0].value.startswith(
        "### " + t("eval_plain", "en", right=f"{right:,}", n=f"{len(run.cases):,}", share="")[:-4]
    )
    if missed:
        assert summary.markdown[1].value == t("eval_missed", "en", k=len(missed))
        listed = summary.markdown[2].value
        assert listed.count("\n- ") + 1 == min(len(missed), 10)
        assert "expected" in listed
    labels = [m.label for m in at.metric]
    assert t("eval_defects", "en") in labels
