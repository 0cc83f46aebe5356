"""Running suites: the rules engine through rewriter.rewrite(), progress, errors kept, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rewriter.evaluation import load_suite, parse_suite, run_suite
from tests.eval_fixtures import cli_app, needs_rules

ROOT = Path(__file__).resolve().parents[1]
LADDER = ROOT / "evals" / "suites" / "ladder.yaml"


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No key, no base URL, no .env: engine auto means rules; caches stay in tmp_path."""
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "SMARTGOAL_ENGINE",
        "SMARTGOAL_PRICE_INPUT",
        "SMARTGOAL_PRICE_OUTPUT",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SMARTGOAL_CACHE", "false")
    monkeypatch.setenv("SMARTGOAL_CACHE_PATH", str(tmp_path / "cache.sqlite3"))


@needs_rules
def test_ladder_on_rules_with_progress() -> None:
    suite = load_suite(LADDER)
    seen: list[tuple[int, int, str]] = []
    run = run_suite(suite, engine="rules", progress=lambda d, t, c: seen.append((d, t, c.id)))
    assert [d for d, _, _ in seen] == list(range(1, 13)) and {t for _, t, _ in seen} == {12}
    assert [c.id for c in run.cases] == [c.id for c in suite.cases]  # suite order kept
    assert run.engine == "rules" and run.model is None
    assert run.suite.hash == suite.content_hash() and run.suite.cases == 12
    assert run.summary.errors == 0
    for c in run.cases:
        assert c.engine == "rules" and c.report is None and c.rewrite
        assert set(c.predicted) == {"specific", "measurable", "time_bound"}
        assert set(c.statuses) == {"specific", "measurable", "attainable", "relevant", "time_bound"}
    full = run_suite(suite, engine="rules", full_reports=True)
    assert full.cases[3].report["facts"]["platform"] and full.cases[3].facts == {
        k: v for k, v in full.cases[3].report["facts"].items() if v is not None
    }
    # the SMART ladder (docs/architecture.md) is the one thing every engine must get exactly right
    assert run.summary.smt_all_right == 1.0, [(c.id, c.wrong()) for c in run.cases if c.wrong()]


@needs_rules
def test_a_failing_case_is_recorded_not_dropped() -> None:
    suite = parse_suite(
        {
            "name": "errors",
            "reference_date": "2026-01-15",
            "cases": [
                {
                    "id": "empty",
                    "goal": "   ",
                    "lang": "en",
                    "expect": {
                        "specific": "missing",
                        "measurable": "missing",
                        "time_bound": "missing",
                    },
                },
                {
                    "id": "ok",
                    "goal": "Double our TikTok followers within 6 months",
                    "lang": "en",
                    "expect": {"specific": "met", "measurable": "met", "time_bound": "met"},
                },
            ],
        }
    )
    run = run_suite(suite, engine="rules")
    assert [c.id for c in run.cases] == ["empty", "ok"]
    assert run.cases[0].predicted is None and run.cases[0].error.startswith("input: ")
    assert run.summary.errors == 1
    # the error counts against the engine: a missed flag on each of S, M and T
    assert run.metrics["specific"].fn == 1


@needs_rules
def test_async_runner_keeps_order() -> None:
    suite = load_suite(LADDER)
    a = run_suite(suite, engine="rules")
    b = run_suite(suite, engine="rules", concurrency=4)
    assert [c.id for c in b.cases] == [c.id for c in a.cases]
    assert b.metrics == a.metrics and b.concurrency == 4


@needs_rules
def test_cli_eval_suite_writes_run_and_reports(tmp_path: Path) -> None:
    out, md, html = tmp_path / "run.json", tmp_path / "r.md", tmp_path / "r.html"
    res = CliRunner().invoke(
        cli_app(),
        [
            "eval",
            str(LADDER),
            "--engine",
            "rules",
            "--out",
            str(out),
            "--report-md",
            str(md),
            "--report-html",
            str(html),
            "--quiet",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "ladder: 12 cases · engine rules" in res.output
    assert "S+M+T all right" in res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["engine"] == "rules" and len(data["cases"]) == 12
    assert "## Per criterion" in md.read_text(encoding="utf-8")
    assert "<svg" in html.read_text(encoding="utf-8")
    # options before the suite path work too
    res2 = CliRunner().invoke(cli_app(), ["eval", "--engine", "rules", "-q", str(LADDER)])
    assert res2.exit_code == 0, res2.output


def test_cli_bad_suite_and_engine(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: x\ncases:\n  - {id: a, goal: g, lang: en, expect: {specific: ok}}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    res = runner.invoke(cli_app(), ["eval", str(bad)])
    assert res.exit_code == 2
    assert "cases[0] (id 'a').expect.specific" in res.output and "Traceback" not in res.output
    res = runner.invoke(cli_app(), ["eval", str(tmp_path / "none.yaml")])
    assert res.exit_code == 2 and "no such suite file" in res.output
    res = runner.invoke(cli_app(), ["eval", str(LADDER), "--engine", "gpt"])
    assert res.exit_code == 2 and "--engine must be one of auto, rules, llm" in res.output


def test_cli_llm_without_a_model_says_how_to_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    res = CliRunner().invoke(cli_app(), ["eval", str(LADDER), "--engine", "llm", "-q"])
    assert res.exit_code == 2, res.output
    assert "OPENAI_API_KEY" in res.output and "Traceback" not in res.output


def test_cli_help_lists_both_spellings() -> None:
    runner = CliRunner()
    res = runner.invoke(cli_app(), ["eval", "--help"])
    assert res.exit_code == 0
    assert "compare" in res.output and "SUITE.yaml" in res.output
    res = runner.invoke(cli_app(), ["eval", "compare", "--help"])
    assert res.exit_code == 0 and "--fail-on-regression" in res.output
