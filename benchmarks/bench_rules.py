"""Rules engine speed: goals per second (analysis + rewrite) and the CLI's cold start."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import goals  # noqa: E402

from rewriter import GoalContext, analyze  # noqa: E402

TARGET_RATE = 5000
TARGET_COLD_S = 1.0


def throughput(n: int = 20000) -> float:
    corpus = goals(n)
    ctx = GoalContext(today=date(2026, 11, 26))
    analyze(corpus[0], ctx)  # load the lexicon outside the timing
    start = time.perf_counter()
    for goal in corpus:
        analyze(goal, ctx)
    return n / (time.perf_counter() - start)


def cold_start(runs: int = 5) -> float:
    exe = Path(sys.executable).with_name("smartgoal")
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(exe), "rewrite", "Grow our audience", "--engine", "rules"],
                       check=True, capture_output=True, env={**os.environ, "NO_COLOR": "1"})
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    rate = throughput()
    print(f"rules engine: {rate:,.0f} goals/s (target >= {TARGET_RATE:,})")
    cold = cold_start()
    print(f"cold start `smartgoal rewrite --engine rules`: {cold:.2f} s best of 5 (target < {TARGET_COLD_S} s)")
    sys.exit(0 if rate >= TARGET_RATE and cold < TARGET_COLD_S else 1)
