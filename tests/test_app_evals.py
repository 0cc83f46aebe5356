"""Streamlit AppTest of the Evals page: suite and engine, the run, metrics, failures, comparison."""

from __future__ import annotations

import pytest

from rewriter.report import CRITERIA
from rewriter.web.evals_view import RUN_KEY
from rewriter.web.i18n import t
from tests.app_fixtures import ROOT, clean_env, page_test  # noqa: F401

SUITES = sorted(p.stem for p in (ROOT / "evals" / "suites").glob("*.y*ml"))


@pytest.fixture
def at(clean_env):  # noqa: F811
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
    metrics = at.dataframe[0].value
    assert list(metrics["criterion"]) == ["Specific", "Measurable", "Time-bound"]
    assert list(metrics["f1"]) == [1.0, 1.0, 1.0]  # the ladder every engine must get right
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # st.bar_chart
    assert at.metric[0].value == str(run.summary.n)
    assert t("no_failing", "en") in [s.value for s in at.success]
    assert any(d.label == t("eval_download", "en") for d in at.download_button)


def test_a_bigger_suite_lists_its_failing_cases_and_compares_with_the_previous_run(at):
    suite = "core" if "core" in SUITES else SUITES[0]
    run_suite(at, suite)
    assert not at.exception and not at.error
    first = at.session_state[RUN_KEY]
    failing = [c for c in first.cases if c.wrong() or c.error or c.rewrite_problems]
    tables = [d.value for d in at.dataframe]
    if failing:
        assert len(tables[1]) == min(len(failing), 200)
        assert set(tables[1]["id"]) <= {c.id for c in failing}
    saved = sorted(p.stem for p in (ROOT / "evals" / "baselines").glob(f"{suite}-*.json"))
    if saved:  # a saved run of this suite is offered for comparison at once
        assert set(saved) <= set(at.selectbox(key="eval_baseline").options)
    # A second run compares with the first: the same engine on the same suite, no regression.
    run_suite(at, suite)
    assert at.selectbox(key="eval_baseline").value is not None
    compare = at.dataframe[-1].value
    assert {"criterion", "f1 A", "f1 B"} <= set(compare.columns)
    assert len(compare) == len(first.metrics) <= len(CRITERIA)
    assert t("no_regressions", "en") in [s.value for s in at.success]


def test_the_llm_engine_without_a_model_is_a_message(at):
    run_suite(at, "ladder", "llm")
    assert not at.exception
    assert at.error and at.error[0].value.startswith(t("eval_error", "en"))
    assert "Traceback" not in at.error[0].value


def test_progress_and_labels_in_vietnamese(at):
    at.session_state["ui_lang"] = "vi"
    run_suite(at, "ladder")
    assert at.title[0].value == t("evals_title", "vi")
    assert t("metrics_title", "vi") in [s.value for s in at.subheader]
