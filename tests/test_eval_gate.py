"""The regression gate: the rules engine on core.yaml must not fall below the committed baseline."""

from __future__ import annotations

from pathlib import Path

import pytest

from rewriter.evaluation import DEFAULT_THRESHOLD, compare_runs, load_run, load_suite, run_suite
from tests.eval_fixtures import needs_rules

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "evals" / "suites" / "core.yaml"
BASELINE = ROOT / "evals" / "baselines" / "core-rules.json"
REFRESH = (
    "smartgoal eval evals/suites/core.yaml --engine rules --out evals/baselines/core-rules.json"
)


@needs_rules
def test_rules_engine_does_not_regress_on_core(monkeypatch: pytest.MonkeyPatch) -> None:
    if not BASELINE.exists():
        pytest.skip(f"no baseline yet; create it with: {REFRESH}")
    monkeypatch.setenv("SMARTGOAL_CACHE", "false")
    baseline = load_run(BASELINE)
    suite = load_suite(CORE)
    run = run_suite(suite, engine="rules", suite_path=CORE)
    cmp = compare_runs(baseline, run, DEFAULT_THRESHOLD)
    worse = ", ".join(f"{c.id} (-{'/-'.join(c.broken)})" for c in cmp.worse[:15])
    assert not cmp.regressed, (
        f"the rules engine regressed on core.yaml: {'; '.join(cmp.regressions)}. "
        f"Cases now wrong: {worse}. If the change is intended (e.g. the suite changed), "
        f"refresh the baseline with: {REFRESH}"
    )
    # A changed suite makes the comparison mean less: say so instead of passing silently.
    assert cmp.same_suite, f"core.yaml changed since the baseline; refresh it with: {REFRESH}"


def test_more_rewrite_defects_are_a_regression() -> None:
    base = load_run(BASELINE)
    worse = base.model_copy(deep=True)
    worse.summary.defects.main_rate = base.summary.defects.main_rate + 0.05
    cmp = compare_runs(base, worse, DEFAULT_THRESHOLD)
    assert cmp.regressed and any("rewrite defects" in r for r in cmp.regressions)
    assert not compare_runs(base, base, DEFAULT_THRESHOLD).regressed
