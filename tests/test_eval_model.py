"""A model run: the llm engine against the loopback OpenAI-compatible stub (no network)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rewriter import analyze
from rewriter.evaluation import Pricing, load_run, load_suite, run_suite
from rewriter.report import GoalContext
from tests.eval_fixtures import cli_app
from tests.stub_server import Recorded, Reply, error, json_reply

LADDER = Path(__file__).resolve().parents[1] / "evals" / "suites" / "ladder.yaml"
TODAY = date(2026, 1, 15)  # the ladder suite's reference date


def model_answer(rec: Recorded) -> Reply:
    """A model that agrees with the rules analysis and returns its rewrite (which passes the checks)."""
    report = analyze(rec.goal or "", GoalContext(today=TODAY))
    return json_reply(
        {
            "criteria": report.criteria.model_dump(mode="json"),
            "rewrite": {"text": report.rewrite.text, "assumptions": report.rewrite.assumptions},
            "alternatives": [],
        }
    )


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "SMARTGOAL_PRICE_INPUT",
        "SMARTGOAL_PRICE_OUTPUT",
    ):
        monkeypatch.delenv(var, raising=False)


def test_model_run_records_model_prompt_usage_and_cost(stub_server) -> None:
    stub_server.responder = model_answer
    settings = stub_server.settings(None)  # cache off: every goal reaches the model
    suite = load_suite(LADDER)
    run = run_suite(
        suite,
        engine="llm",
        settings=settings,
        concurrency=4,
        pricing=Pricing(input_per_mtok=0.15, output_per_mtok=0.6),
    )
    assert stub_server.calls == len(suite.cases)
    assert run.engine == "llm" and run.model == "stub-model" and run.prompt_version
    assert all(c.engine == "llm" for c in run.cases), [c.warnings for c in run.cases]
    u = run.summary.usage
    assert u.model_calls_per_goal == 1.0
    sent = sum(r.prompt_tokens for r in stub_server.requests)
    assert u.prompt_tokens_per_goal == pytest.approx(sent / len(suite.cases), abs=0.1)
    assert u.completion_tokens_per_goal > 0 and u.cost_usd and u.cost_usd > 0
    assert run.summary.latency_ms["p95"] >= run.summary.latency_ms["p50"] > 0
    assert run.summary.smt_all_right == 1.0
    assert run.summary.rewrite.checked == len(suite.cases) and run.summary.rewrite.passed == 1.0


def test_model_failure_falls_back_and_is_still_scored(stub_server) -> None:
    stub_server.script(*[error(500)] * 3)  # the first goals fail; the rest are answered
    stub_server.responder = model_answer
    run = run_suite(load_suite(LADDER), engine="llm", settings=stub_server.settings(None))
    assert len(run.cases) == 12 and run.summary.errors == 0
    fell_back = [c for c in run.cases if c.engine == "rules"]
    # the fallback warning names the model and says why, in the goal's language
    said = {"en": "no usable answer", "vi": "không đưa ra câu trả lời"}
    assert fell_back
    for c in fell_back:
        assert any("(stub-model)" in w and said[c.lang] in w for w in c.warnings), c.warnings
    assert run.model == "stub-model"


def test_cli_model_run(stub_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stub_server.responder = model_answer
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_BASE_URL", stub_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("SMARTGOAL_CACHE", "false")
    monkeypatch.setenv("SMARTGOAL_MAX_RETRIES", "0")
    out = tmp_path / "llm.json"
    res = CliRunner().invoke(
        cli_app(),
        [
            "eval",
            str(LADDER),
            "--engine",
            "llm",
            "--model",
            "stub-model",
            "--concurrency",
            "3",
            "--out",
            str(out),
            "--price-input",
            "0.15",
            "--price-output",
            "0.6",
            "-q",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "stub-model" in res.output and "tokens/goal" in res.output and "cost $" in res.output
    run = load_run(out)
    assert run.concurrency == 3 and run.summary.usage.cost_usd
    assert "test-key" not in out.read_text(encoding="utf-8")
