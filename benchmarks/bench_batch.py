"""Batch speed and memory: 100,000 goals with the rules engine; a 200 ms stub model at concurrency 16.

Run: .venv/bin/python benchmarks/bench_batch.py [--rows 100000] [--llm-rows 800] [--only rules|llm]
Targets (issue 5): rules < 60 s and peak RSS < 400 MB; llm >= 90% of 16 / 0.2 s = 80 rows/s.
Work files go to .cache/bench-batch (ignored by git) and are removed afterwards.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.batch_fixtures import write_goals_csv  # noqa: E402

WORK = REPO / ".cache" / "bench-batch"
CLI = (
    "import typer; from rewriter.cli_batch import register; "
    "app = typer.Typer(); app.callback()(lambda: None); register(app); app()"
)


def bench_rules(rows: int) -> bool:
    src = write_goals_csv(WORK / "goals.csv", rows)
    out = WORK / "rewritten.csv"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SMARTGOAL_"))}
    env.update(SMARTGOAL_CACHE="false", PYTHONPATH=str(REPO), TMPDIR=str(WORK))
    cmd = [sys.executable, "-c", CLI, "batch", str(src), "-o", str(out), "--engine", "rules",
           "--today", "2026-01-15"]  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=WORK, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)  # the child's own peak RSS, not ours
    elapsed = time.perf_counter() - started
    stdout, stderr = proc.stdout.read().decode(), proc.stderr.read().decode()  # type: ignore[union-attr]
    if os.waitstatus_to_exitcode(status) != 0:
        print(stderr or stdout)
        return False
    peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
    with out.open(encoding="utf-8-sig", newline="") as f:
        written = sum(1 for _ in csv.reader(f))  # rows (cells may hold newlines)
    ok = elapsed < 60 and peak_mb < 400 and written == rows + 1
    print(f"rules engine: {rows:,} goals in {elapsed:.1f} s ({rows / elapsed:,.0f} rows/s), "
          f"peak RSS {peak_mb:.0f} MB, {written - 1:,} rows written  "
          f"[target < 60 s, < 400 MB: {'PASS' if ok else 'FAIL'}]")  # fmt: skip
    print("  " + stdout.strip().replace("\n", "\n  "))
    return ok


STUB = """
import sys, time
sys.path.insert(0, {repo!r})
from tests.llm_fixtures import valid_reply
from http.server import ThreadingHTTPServer
from tests.stub_server import StubServer, json_reply
# A real server accepts 16 simultaneous connections; socketserver's default backlog is 5.
ThreadingHTTPServer.request_queue_size = 128
reply = valid_reply("en")
with StubServer() as stub:
    stub.responder = lambda rec: json_reply(reply, delay={delay})
    print(stub.base_url, flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin
"""


def bench_llm(rows: int, concurrency: int = 16, delay: float = 0.2) -> bool:
    # Import the model stack before the clock starts: the rate measured is the batch's, not
    # the one-off start-up (printed apart below).
    started = time.perf_counter()
    import langchain_openai  # noqa: F401

    import rewriter.llm.engine  # noqa: F401
    from rewriter.batch import BatchOptions, run_batch
    from rewriter.settings import Settings

    print(
        f"llm engine: model stack imported in {time.perf_counter() - started:.1f} s (not timed below)"
    )

    src = WORK / "llm-goals.csv"
    with src.open("w", encoding="utf-8") as f:
        f.write("goal,objective\n")
        # one goal, distinct contexts: every row is its own model call, and the example reply
        # (written for this goal) passes the checks, so each row takes exactly one call
        f.writelines(
            f"Grow our TikTok followers,more leads for campaign {i}\n" for i in range(rows)
        )
    # The model server runs in its own process, as a real one would (not on our GIL).
    server = subprocess.Popen(
        [sys.executable, "-c", STUB.format(repo=str(REPO), delay=delay)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        base_url = server.stdout.readline().strip()  # type: ignore[union-attr]
        settings = Settings(
            openai_base_url=base_url, openai_api_key="bench", engine="llm", model="stub-model",
            timeout=30.0, max_retries=0, cache_enabled=False,
        )  # fmt: skip
        options = BatchOptions(engine="llm", concurrency=concurrency, today=date(2025, 1, 15),
                               settings=settings)  # fmt: skip
        started = time.perf_counter()
        summary = run_batch(src, WORK / "llm-out.csv", options)
        elapsed = time.perf_counter() - started
    finally:
        server.stdin.close()  # type: ignore[union-attr]
        server.wait(timeout=10)
    ideal = concurrency / delay
    rate = rows / elapsed
    ok = rate >= 0.9 * ideal and summary.ok == rows
    print(f"llm engine (stub, {delay * 1000:.0f} ms per call, concurrency {concurrency}): "
          f"{rows:,} goals in {elapsed:.1f} s = {rate:.1f} rows/s, {rate / ideal:.0%} of the "
          f"ideal {ideal:.0f} rows/s; ok {summary.ok}, fallback {summary.fallback}, "
          f"error {summary.error}; model calls {summary.model_calls:,}, tokens {summary.tokens:,}"
          f"  [target >= 90%: {'PASS' if ok else 'FAIL'}]")  # fmt: skip
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--llm-rows", type=int, default=800)
    parser.add_argument("--only", choices=["rules", "llm"])
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    try:
        results = []
        if args.only in (None, "rules"):
            results.append(bench_rules(args.rows))
        if args.only in (None, "llm"):
            results.append(bench_llm(args.llm_rows))
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
