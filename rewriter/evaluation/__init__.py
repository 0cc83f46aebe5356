"""Eval suites: labeled goals, per-criterion scores, rewrite checks, run comparison, reports.

The public surface the CLI and the web page call:
    find_suites(folder) -> [Path]; load_suite(path) / parse_suite(data) -> Suite (SuiteError)
    run_suite(suite, engine=..., progress=cb)      -> RunFile (arun_suite for async)
    load_run(path) / parse_run(bytes) / RunFile.save(path) / RunFile.to_json()   (RunFileError)
    compare_runs(a, b, threshold)                  -> Comparison (.regressions, .regressed)
    run_markdown / run_html / compare_markdown / compare_html -> str
    metrics_rows(run) / case_rows(run) / compare_rows(cmp)   -> table rows for the page
"""

from rewriter.evaluation.compare import DEFAULT_THRESHOLD, Comparison, compare_runs, regressions
from rewriter.evaluation.metrics import CriterionMetrics, criteria_metrics, score_pairs
from rewriter.evaluation.reports import (
    case_rows,
    compare_html,
    compare_markdown,
    compare_rows,
    metrics_rows,
    run_html,
    run_markdown,
)
from rewriter.evaluation.run import CaseResult, Pricing, RunFile, RunFileError, load_run, parse_run
from rewriter.evaluation.runner import Progress, arun_suite, run_suite
from rewriter.evaluation.suite import Case, Suite, SuiteError, find_suites, load_suite, parse_suite

__all__ = [
    "DEFAULT_THRESHOLD",
    "Case",
    "CaseResult",
    "Comparison",
    "CriterionMetrics",
    "Pricing",
    "Progress",
    "RunFile",
    "RunFileError",
    "Suite",
    "SuiteError",
    "arun_suite",
    "case_rows",
    "compare_html",
    "compare_markdown",
    "compare_rows",
    "compare_runs",
    "criteria_metrics",
    "find_suites",
    "load_run",
    "load_suite",
    "metrics_rows",
    "parse_run",
    "parse_suite",
    "regressions",
    "run_html",
    "run_markdown",
    "run_suite",
    "score_pairs",
]
