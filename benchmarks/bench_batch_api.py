"""Provider batch engine at scale: 100,000 goals through a loopback Files/Batches stub.

Run: .venv/bin/python benchmarks/bench_batch_api.py [--rows 100000]
Target (issue 13): building the requests and merging the results < 60 s, peak memory < 500 MB.
The stub answers every request with the rules engine's verdicts and rewrite (as a model would);
its time is the provider's and is reported apart. Work files go to .cache/bench-batch-api.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.batch_api_stub import BatchApiStub  # noqa: E402
from tests.batch_fixtures import write_goals_csv  # noqa: E402

WORK = REPO / ".cache" / "bench-batch-api"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    import langchain_openai  # noqa: F401  (imports before the clock)

    from rewriter.batch import BatchOptions
    from rewriter.batch_provider import run_via_batch_api

    src = write_goals_csv(WORK / "goals.csv", args.rows)
    marks: dict[str, tuple[float, float, float]] = {}

    def on_provider(p) -> None:
        if p.phase not in marks:
            marks[p.phase] = _clock()

    with BatchApiStub(WORK / "provider") as stub:
        # the stub answers a whole batch inside one retrieve call: on busy cores that takes over
        # the client's 60 s, so the benchmark waits longer (the time is the provider's, not counted)
        settings = stub.settings(None, batch_poll_seconds=0.5, timeout=900.0)
        marks["start"] = _clock()
        summary = run_via_batch_api(src, WORK / "out.csv",
                                    BatchOptions(settings=settings, today=date(2026, 1, 15)),
                                    on_provider=on_provider)  # fmt: skip
        marks["end"] = _clock()
    assert summary is not None
    build, build_own, build_pool = _span(marks["start"], marks["uploading"])
    provider = marks["downloading"][0] - marks["uploading"][0]
    merge, merge_own, merge_pool = _span(marks["downloading"], marks["end"])
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    ok = build + merge < 60 and own < 500 and workers < 500 and summary.rows.rows == args.rows
    r = summary.rows
    print(
        f"{args.rows:,} rows, {summary.requests:,} requests in {len(summary.parts)} file(s): "
        f"build {build:.1f} s + merge {merge:.1f} s = {build + merge:.1f} s "
        f"(provider stub {provider:.1f} s apart); peak RSS {own:.0f} MB (this process), "
        f"{workers:.0f} MB (largest worker)  [target < 60 s, < 500 MB: {'PASS' if ok else 'FAIL'}]"
    )
    print(
        f"  CPU: build {build_own:.1f} s (this process) + {build_pool:.1f} s (workers), merge "
        f"{merge_own:.1f} s + {merge_pool:.1f} s; all CPU {build_own + build_pool + merge_own + merge_pool:.1f} s "
        f"(the time on one core); load average {os.getloadavg()[0]:.1f} at the end"
    )
    print(
        f"  rows: {r.ok:,} ok, {r.fallback:,} fallback, {r.error:,} error; asked online: "
        f"{summary.online_asks:,}; batch tokens {summary.cost.batch_prompt + summary.cost.batch_completion:,}"
    )
    shutil.rmtree(WORK, ignore_errors=True)
    return 0 if ok else 1


def _clock() -> tuple[float, float, float]:
    """Wall time, this process's CPU time, and the CPU time of its finished workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter(), own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _span(
    a: tuple[float, float, float], b: tuple[float, float, float]
) -> tuple[float, float, float]:
    return b[0] - a[0], b[1] - a[1], b[2] - a[2]


if __name__ == "__main__":
    sys.exit(main())
