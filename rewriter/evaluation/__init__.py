"""Eval suites: labeled goals, per-criterion scores, rewrite checks, run comparison, reports.

The public surface the CLI and the web page call:
    load_suite(path) / parse_suite(data)           -> Suite (SuiteError on bad input)
    run_suite(suite, engine=..., progress=cb)      -> RunFile (arun_suite for async)
    load_run(path) / RunFile.save(path)            run files on disk (RunFileError)
    compare_runs(a, b, threshold)                  -> Comparison (.regressions, .regressed)
    run_markdown / run_html / compare_markdown / compare_html -> str
"""

from rewriter.evaluation.compare import DEFAULT_THRESHOLD, Comparison, compare_runs, regressions
from rewriter.evaluation.metrics import CriterionMetrics, criteria_metrics, score_pairs
from rewriter.evaluation.reports import compare_html, compare_markdown, run_html, run_markdown
from rewriter.evaluation.run import CaseResult, Pricing, RunFile, RunFileError, load_run
from rewriter.evaluation.runner import Progress, arun_suite, run_suite
from rewriter.evaluation.suite import Case, Suite, SuiteError, load_suite, parse_suite

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
    "compare_html",
    "compare_markdown",
    "compare_runs",
    "criteria_metrics",
    "load_run",
    "load_suite",
    "parse_suite",
    "regressions",
    "run_html",
    "run_markdown",
    "run_suite",
    "score_pairs",
]
