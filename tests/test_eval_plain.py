"""An eval run in plain words: goals right, goals missed, accuracy per criterion for A and B."""

from __future__ import annotations

from pathlib import Path

from rewriter.evaluation import load_suite, run_suite
from rewriter.evaluation.plain import accuracy_rows, plain_summary

LADDER = Path(__file__).resolve().parents[1] / "evals" / "suites" / "ladder.yaml"


def test_a_clean_run_is_right_on_every_goal_and_a_changed_verdict_is_named() -> None:
    run = run_suite(load_suite(LADDER), engine="rules")
    plain = plain_summary(run)
    assert (plain.right, plain.n, plain.missed) == (len(run.cases), len(run.cases), [])
    assert plain.share == 1.0
    # one verdict flipped: that goal is missed, with what was expected and what was said
    case = run.cases[0]
    criterion = next(iter(case.expected))
    wrong = "met" if case.expected[criterion] != "met" else "missing"
    bad = run.model_copy(deep=True)
    bad.cases[0].predicted = {**(case.predicted or {}), criterion: wrong}
    missed = plain_summary(bad).missed
    assert [m.id for m in missed] == [case.id]
    assert missed[0].wrong == {criterion: (case.expected[criterion], wrong)}
    assert plain_summary(bad).right == len(run.cases) - 1


def test_accuracy_rows_put_run_a_beside_run_b() -> None:
    run = run_suite(load_suite(LADDER), engine="rules")
    only_b = accuracy_rows(run)
    assert {r["run"] for r in only_b} == {"B"} and len(only_b) == len(run.metrics)
    both = accuracy_rows(run, run)
    assert [r["run"] for r in both] == ["A"] * len(run.metrics) + ["B"] * len(run.metrics)
    assert all(r["accuracy"] == 1.0 for r in both)
