"""Metric computation on hand-made confusion matrices (positive class = flagged as not met)."""

from __future__ import annotations

import pytest

from rewriter.evaluation.metrics import criteria_metrics, flagged, percentile, score_pairs
from tests.eval_fixtures import case, make_run, smt


def pairs(tp: int, fp: int, fn: int, tn: int) -> list[tuple[str, str]]:
    """(expected, predicted) pairs that make exactly this confusion matrix."""
    return (
        [("missing", "missing")] * tp
        + [("met", "partial")] * fp
        + [("partial", "met")] * fn
        + [("met", "met")] * tn
    )


def test_flagged_is_anything_but_met() -> None:
    assert [flagged(s) for s in ("met", "partial", "missing", "unknown")] == [
        False,
        True,
        True,
        True,
    ]


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "tn", "precision", "recall", "f1", "accuracy"),
    [
        (8, 2, 2, 8, 0.8, 0.8, 0.8, 0.8),
        (6, 2, 4, 8, 0.75, 0.6, 0.6667, 0.7),  # f1 = 2*.75*.6/1.35
        (10, 0, 0, 5, 1.0, 1.0, 1.0, 1.0),
        (0, 3, 5, 2, 0.0, 0.0, 0.0, 0.2),
        (1, 9, 0, 0, 0.1, 1.0, 0.1818, 0.1),
    ],
)
def test_confusion_matrices(tp, fp, fn, tn, precision, recall, f1, accuracy) -> None:
    m = score_pairs(pairs(tp, fp, fn, tn))
    assert (m.tp, m.fp, m.fn, m.tn, m.n) == (tp, fp, fn, tn, tp + fp + fn + tn)
    assert m.precision == pytest.approx(precision, abs=1e-4)
    assert m.recall == pytest.approx(recall, abs=1e-4)
    assert m.f1 == pytest.approx(f1, abs=1e-4)
    assert m.accuracy == pytest.approx(accuracy, abs=1e-4)


def test_exact_status_is_stricter_than_the_flag() -> None:
    # partial vs missing: both flagged (a true positive) but not the same status.
    m = score_pairs(
        [("partial", "missing"), ("missing", "missing"), ("met", "met"), ("unknown", "partial")]
    )
    assert (m.tp, m.tn) == (3, 1)
    assert m.accuracy == 1.0
    assert m.exact == 0.5


def test_empty_denominators() -> None:
    nothing_to_find = score_pairs([("met", "met")] * 3)
    assert (nothing_to_find.precision, nothing_to_find.recall, nothing_to_find.f1) == (
        1.0,
        1.0,
        1.0,
    )
    never_flags = score_pairs([("missing", "met"), ("met", "met")])
    assert (never_flags.precision, never_flags.recall, never_flags.f1) == (0.0, 0.0, 0.0)


def test_no_answer_counts_against_the_engine() -> None:
    # An error (predicted None) is a missed flag on a not-met label and a false flag on a met one.
    m = score_pairs([("missing", None), ("met", None)])
    assert (m.tp, m.fp, m.fn, m.tn) == (0, 1, 1, 0)
    assert m.exact == 0.0


def test_only_labeled_criteria_are_scored() -> None:
    out = criteria_metrics(
        [
            (
                {"specific": "met", "measurable": "missing", "time_bound": "met"},
                {
                    "specific": "met",
                    "measurable": "met",
                    "time_bound": "met",
                    "relevant": "unknown",
                },
            ),
            (
                {"specific": "met", "measurable": "met", "time_bound": "met", "relevant": "met"},
                {
                    "specific": "met",
                    "measurable": "met",
                    "time_bound": "met",
                    "relevant": "unknown",
                },
            ),
        ]
    )
    assert list(out) == ["specific", "measurable", "relevant", "time_bound"]
    assert out["relevant"].n == 1 and out["relevant"].fp == 1
    assert out["measurable"].fn == 1


def test_run_summary_smt_language_and_tags() -> None:
    run = make_run(
        [
            case("a", smt("met", "met", "met"), smt("met", "met", "met"), lang="en", tags=["x"]),
            case(
                "b",
                smt("met", "missing", "missing"),
                smt("met", "missing", "partial"),
                lang="vi",
                tags=["x"],
            ),
            case("c", smt("missing", "missing", "missing"), None, lang="vi", error="input: empty"),
            case(
                "d",
                smt("met", "met", "partial"),
                smt("met", "met", "partial"),
                lang="vi",
                tags=["y"],
            ),
        ]
    )
    s = run.summary
    assert s.n == 4 and s.errors == 1
    assert s.smt_all_right == 0.5
    assert s.by_language["en"].smt_all_right == 1.0
    assert s.by_language["vi"].n == 3
    assert s.by_language["vi"].smt_all_right == pytest.approx(1 / 3, abs=1e-4)
    assert s.by_tag["x"].n == 2 and s.by_tag["x"].smt_all_right == 0.5
    assert set(run.metrics) == {"specific", "measurable", "time_bound"}
    # the positive class holds: b's time_bound partial vs missing is a true positive, not exact
    assert run.metrics["time_bound"].tp == 2 and run.metrics["time_bound"].exact == 0.5


def test_rewrite_latency_usage_and_cost() -> None:
    from rewriter.evaluation.run import CaseUsage, Pricing, summarize

    cases = [
        case(
            "a",
            smt("met", "met", "met"),
            smt("met", "met", "met"),
            rewrite_checked=True,
            latency_ms=10.0,
            usage=CaseUsage(model_calls=1, prompt_tokens=1000, completion_tokens=200),
        ),
        case(
            "b",
            smt("met", "met", "met"),
            smt("met", "met", "met"),
            rewrite_checked=True,
            latency_ms=30.0,
            rewrite_problems=["numbers not in the goal: 7"],
            usage=CaseUsage(model_calls=2, prompt_tokens=3000, completion_tokens=600),
        ),
        case(
            "c",
            smt("missing", "missing", "missing"),
            smt("missing", "missing", "missing"),
            latency_ms=20.0,
        ),
    ]
    s = summarize(cases, Pricing(input_per_mtok=0.15, output_per_mtok=0.60))
    assert s.rewrite.checked == 2 and s.rewrite.passed == 0.5
    assert s.rewrite.problems == {"numbers not in the goal": 1}  # grouped by kind
    assert s.latency_ms["p50"] == 20.0
    assert s.latency_ms["p95"] == pytest.approx(29.0)
    assert s.usage.model_calls_per_goal == 1.0
    assert s.usage.tokens_per_goal == pytest.approx(4800 / 3, abs=0.1)
    # 4000 prompt tokens at $0.15/M + 800 completion tokens at $0.60/M
    assert s.usage.cost_usd == pytest.approx(0.0006 + 0.00048)
    assert summarize(cases).usage.cost_usd is None


def test_percentile() -> None:
    assert percentile([], 50) == 0.0
    assert percentile([5.0], 95) == 5.0
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile(list(range(1, 101)), 95) == pytest.approx(95.05)
