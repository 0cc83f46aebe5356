"""Hostile-input targets: worst analysis time, bomb refusal time and memory, model-call deadlines.

Run: .venv/bin/python benchmarks/bench_hostile.py [--strict]
Prints, against the targets of the hostile-input work:
- p100 analysis time over the adversarial goals of at most 2,000 characters (target <= 20 ms)
  and over capped context fields and model replies (<= 50 ms);
- each spreadsheet bomb's refusal time and peak RSS, each in a fresh process (<= 2 s, 300 MB);
- how far a model call runs past its deadline with a dripping or silent server (<= 1 s), and the
  peak RSS while a 1 GB gzip reply is refused (<= 50 MB over the process's baseline).
--strict exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.* when run as a script

from rewriter import analyze  # noqa: E402
from rewriter.checks import rewrite_problems  # noqa: E402
from rewriter.errors import GoalInputError  # noqa: E402
from rewriter.limits import MAX_CONTEXT_CHARS, MAX_REPLY_TEXT_CHARS  # noqa: E402
from rewriter.report import GoalContext  # noqa: E402
from tests.adversarial import bombs  # noqa: E402
from tests.adversarial.catalogue import GOALS  # noqa: E402
from tests.adversarial.test_linear_time import PIECES as LINEAR_PIECES  # noqa: E402

TODAY = date(2026, 11, 26)
# the pieces the linear-time tests repeat, then ones that only the benchmark times
PIECES = [
    *LINEAR_PIECES,
    "1,000,000 ",
    "tăng người theo dõi ",
    "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng. ",
    "Grow our TikTok followers by 10% by 31/12/2027. ",
    "( ",
    '"x" ',
    "by ",
    "a ",
]


def _repeat(piece: str, n: int) -> str:
    return (piece * (n // len(piece) + 1))[:n]


def _best(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        with contextlib.suppress(GoalInputError):
            fn()
        best = min(best, time.perf_counter() - started)
    return best


def reading_times() -> dict[str, tuple[float, str]]:
    """Worst best-of-3 time per family of input, and the input that took it."""
    ctx = GoalContext(today=TODAY)
    goals = [g for g in GOALS if len(g) <= 2000]
    goals += [_repeat(p, n) for p in PIECES for n in (500, 1000, 2000)]
    analyze("warm up", ctx)
    worst_goal = max((_best(lambda g=g: analyze(g, ctx)), g) for g in goals)
    # The same goals with the objects alive so far frozen out of the garbage collector: a full
    # collection of the caches' objects lands inside some timings (about 10 ms of the worst).
    gc.collect()
    gc.freeze()
    frozen = max((_best(lambda g=g: analyze(g, ctx)), g) for g in goals)
    gc.unfreeze()
    fields = []
    for name in ("platform", "horizon", "objective"):
        for piece in PIECES:
            value = _repeat(piece, MAX_CONTEXT_CHARS)
            c = GoalContext(today=TODAY, **{name: value})
            fields.append(
                (_best(lambda c=c: analyze("Grow our followers", c)), f"{name}={piece!r}")
            )
    replies = []
    for piece in PIECES:
        text = _repeat(piece, MAX_REPLY_TEXT_CHARS)
        replies.append(
            (
                _best(
                    lambda t=text: rewrite_problems(
                        t, [], "Grow our TikTok followers", None, "en", TODAY
                    )
                ),
                f"rewrite={piece!r}",
            )
        )
    return {
        f"goal <= 2,000 chars ({len(goals)} goals)": (worst_goal[0], repr(worst_goal[1][:30])),
        "  the same, collector's objects frozen": (frozen[0], repr(frozen[1][:30])),
        f"context field at {MAX_CONTEXT_CHARS} chars": max(fields),
        f"model rewrite at {MAX_REPLY_TEXT_CHARS} chars (checks)": max(replies),
    }


# Peak RSS from /proc (VmHWM): ru_maxrss would carry the parent's peak across exec.
_PEAK = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""
_REFUSE = (
    _PEAK
    + """
import json, sys, time
from rewriter.tables import BatchInputError, open_table
base = peak_mb()
started = time.perf_counter()
try:
    table = open_table(sys.argv[1])
    rows = sum(1 for _ in table.rows())
    outcome = f"opened, {rows} rows"
except BatchInputError as e:
    outcome = "refused: " + str(e)[:90]
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "peak_mb": peak_mb(), "base_mb": base, "outcome": outcome}))
"""
)


def bomb_refusals() -> dict[str, dict[str, object]]:
    builds = {
        "A1:XFD1048576 declared, 2 goals in it": bombs.declared_range_only,
        "A1:XFD1048576 with a value at XFD1048576": bombs.declared_range_bomb,
        "one 64-million-character cell": bombs.huge_cell_bomb,
        "2,000,000 shared strings": bombs.shared_strings_bomb,
        "a 1 GB sheet part": bombs.declared_size_bomb,
    }
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in builds.items():
            path = Path(tmp) / "bomb.xlsx"
            path.write_bytes(build())
            size = path.stat().st_size
            result = subprocess.run(
                [sys.executable, "-c", _REFUSE, str(path)],
                capture_output=True,
                text=True,
                timeout=120,
                cwd=ROOT,
            )
            data = json.loads(result.stdout)
            data["file_kb"] = size / 1024
            out[name] = data
    return out


_MODEL = (
    _PEAK
    + """
import json, sys, time, zlib
sys.path.insert(0, sys.argv[1])
from tests.stub_server import StubServer, Reply, json_reply
from tests.llm_fixtures import valid_reply, GOAL_EN, CTX
from rewriter.llm.engine import llm_rewrite
out = {}
with StubServer() as stub:
    settings = stub.settings(None, timeout=2.0, max_retries=0, max_repairs=0)
    stub.script(json_reply(valid_reply()))
    llm_rewrite(GOAL_EN, CTX, settings=settings)  # warm: imports, prompts
    drip = json_reply(valid_reply()); drip.drip = 1.0  # 16 bytes a second
    silent = Reply(content="{}", delay=6)
    for name, reply in (("dripping 16 B/s", drip), ("silent for 6 s", silent)):
        stub.script(reply)
        started = time.perf_counter()
        report = llm_rewrite(GOAL_EN, CTX, settings=settings)
        out[name] = time.perf_counter() - started - settings.timeout
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)  # gzip, built 1 MB at a time
    piece = b" " * (1024 * 1024)
    body = b"".join([*(packer.compress(piece) for _ in range(1024)), packer.flush()])
    del_after = len(body)
    base = peak_mb()
    stub.script(Reply(body=body, headers={"content-encoding": "gzip"}))
    started = time.perf_counter()
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    out["gzip bomb seconds"] = time.perf_counter() - started
    out["gzip bomb extra MB"] = peak_mb() - base
    out["gzip bomb body KB"] = del_after / 1024
    out["gzip bomb warning"] = report.warnings[-1][:90]
print(json.dumps(out))
"""
)


def model_deadlines() -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _MODEL, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    if result.returncode:
        raise SystemExit(result.stderr[-2000:])
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    missed = []

    print("Reading time (worst best-of-3):")
    for name, (seconds, what) in reading_times().items():
        target = 0.050 if "field" in name or "rewrite" in name else 0.020
        ok = seconds <= target
        missed += [] if ok else [name]
        print(
            f"  {name:45} {seconds * 1000:7.1f} ms  (target <= {target * 1000:.0f} ms) {'ok' if ok else 'MISSED'}  {what}"
        )

    print("Spreadsheet bombs (each in a fresh process):")
    for name, d in bomb_refusals().items():
        ok = d["seconds"] <= 2 and d["peak_mb"] <= 300  # type: ignore[operator]
        ok = ok or str(d["outcome"]).startswith("opened")  # not a bomb: read, not refused
        missed += [] if ok else [name]
        print(
            f"  {name:40} {d['file_kb']:9,.1f} KB  {d['seconds']:5.2f} s  peak {d['peak_mb']:5.0f} MB "
            f"(process alone {d['base_mb']:.0f} MB)  {'ok' if ok else 'MISSED'}  {d['outcome']}"
        )

    print("Model calls (timeout 2 s, no retries):")
    m = model_deadlines()
    for name in ("dripping 16 B/s", "silent for 6 s"):
        ok = m[name] <= 1.0  # type: ignore[operator]
        missed += [] if ok else [name]
        print(
            f"  {name:40} past the deadline by {m[name]:.2f} s (target <= 1 s) {'ok' if ok else 'MISSED'}"
        )
    ok = m["gzip bomb extra MB"] <= 50  # type: ignore[operator]
    missed += [] if ok else ["gzip bomb"]
    print(
        f"  {'1 GB gzip reply (' + format(m['gzip bomb body KB'], ',.0f') + ' KB on the wire)':40} "
        f"refused in {m['gzip bomb seconds']:.2f} s, +{m['gzip bomb extra MB']:.0f} MB "
        f"(target <= 50 MB) {'ok' if ok else 'MISSED'}: {m['gzip bomb warning']}"
    )
    if missed:
        print("missed: " + ", ".join(missed))
        if args.strict:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
