"""Per-criterion scores: precision, recall and F1 of flagging a criterion as not met."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from pydantic import BaseModel

from rewriter.report import CRITERIA


def flagged(status: str | None) -> bool:
    """The positive class: the criterion is flagged as not met (partial, missing or unknown)."""
    return status != "met"


class CriterionMetrics(BaseModel):
    """Scores for one criterion over the cases that label it."""

    precision: float
    recall: float
    f1: float
    accuracy: float  # flagged / not flagged agrees with the label: (tp + tn) / n
    exact: float  # the exact status (met/partial/missing/unknown) agrees with the label
    tp: int
    fp: int
    fn: int
    tn: int
    n: int


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


def score_pairs(pairs: Iterable[tuple[str, str | None]]) -> CriterionMetrics:
    """Score (expected, predicted) status pairs; predicted None means the engine gave no answer.

    No answer counts against the engine either way: a missed flag when the label is not met,
    a false flag when it is met. Empty denominators: with nothing to find and nothing flagged,
    precision and recall are 1.0; otherwise 0.0.
    """
    tp = fp = fn = tn = exact = n = 0
    for expected, predicted in pairs:
        n += 1
        exact += predicted is not None and predicted == expected
        want = flagged(expected)
        got = (not want) if predicted is None else flagged(predicted)
        if want and got:
            tp += 1
        elif want:
            fn += 1
        elif got:
            fp += 1
        else:
            tn += 1
    precision = _ratio(tp, tp + fp, 1.0 if fn == 0 else 0.0)
    recall = _ratio(tp, tp + fn, 1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return CriterionMetrics(
        precision=round(precision, 4),
        recall=round(recall, 4),
        f1=round(f1, 4),
        accuracy=round(_ratio(tp + tn, n, 0.0), 4),
        exact=round(_ratio(exact, n, 0.0), 4),
        tp=tp,
        fp=fp,
        fn=fn,
        tn=tn,
        n=n,
    )


def criteria_metrics(
    cases: Sequence[tuple[dict[str, str], dict[str, str] | None]],
) -> dict[str, CriterionMetrics]:
    """One entry per criterion that at least one case labels, in CRITERIA order.

    `cases` holds (expected, predicted) status maps; only labeled criteria are scored.
    """
    out: dict[str, CriterionMetrics] = {}
    for name in CRITERIA:
        pairs = [
            (exp[name], pred.get(name) if pred else None)
            for exp, pred in cases
            if exp.get(name) is not None
        ]
        if pairs:
            out[name] = score_pairs(pairs)
    return out


def all_right(
    expected: dict[str, str], predicted: dict[str, str] | None, names: Sequence[str]
) -> bool:
    """Every named criterion has exactly the labeled status."""
    return predicted is not None and all(predicted.get(k) == expected.get(k) for k in names)


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100), 0.0 for no values."""
    if not values:
        return 0.0
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)
