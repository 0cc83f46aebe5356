"""kill -9 of `smartgoal batch --via batch-api` while the batches run and while results merge:
--resume picks up the same batches (nothing sent twice) and writes the uninterrupted file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rewriter.batch import checkpoint_path
from rewriter.batch_provider import job_folder
from tests.batch_api_stub import BatchApiStub
from tests.batch_fixtures import write_goals_csv

REPO = Path(__file__).resolve().parents[1]
SECRET = "sk-test-SECRET"


def env_for(stub: BatchApiStub, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SMARTGOAL_"))}
    env.update(
        OPENAI_BASE_URL=stub.base_url, OPENAI_API_KEY=SECRET, SMARTGOAL_MODEL="stub-model",
        SMARTGOAL_CACHE="false", SMARTGOAL_MAX_RETRIES="0", SMARTGOAL_BATCH_POLL_SECONDS="0.05",
        SMARTGOAL_BATCH_MAX_REQUESTS="200", TMPDIR=str(tmp_path), PYTHONPATH=str(REPO),
    )  # fmt: skip
    return env


def wait_for(check, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not check():
        time.sleep(0.01)
    assert check(), "the run never reached the point to stop it at"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_kill_9_while_waiting_and_while_merging_then_resume(
    batch_api: BatchApiStub, tmp_path: Path
) -> None:
    n = 600  # three provider batches of 200 requests
    src = write_goals_csv(tmp_path / "in.csv", n)
    base = [sys.executable, "-m", "rewriter.cli", "batch", str(src), "--via", "batch-api",
            "--today", "2026-01-15"]  # fmt: skip
    env = env_for(batch_api, tmp_path)
    full = tmp_path / "full.csv"
    done = subprocess.run([*base, "-o", str(full)], env=env, capture_output=True, text=True,
                          timeout=180)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"{n:,} rows:" in done.stdout and "the online path would have cost" in done.stdout
    sent = (batch_api.uploads, batch_api.creates)

    # 1. killed while the provider works: the batch ids are on disk, nothing is sent again
    out = tmp_path / "out.csv"
    state = job_folder(out) / "state.json"
    batch_api.steps = 10**9  # the batches stay in progress until released
    proc = subprocess.Popen([*base, "-o", str(out)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip
    wait_for(lambda: any(b.polls >= 2 for b in list(batch_api.batches.values())[sent[1] :]))
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL and state.is_file() and not out.exists()
    uploads = batch_api.uploads
    batch_api.steps = 1

    # 2. resumed, then killed again while the results merge into rows
    ckpt = checkpoint_path(out)
    proc = subprocess.Popen([*base, "-o", str(out), "--resume"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    wait_for(lambda: ckpt.exists() and ckpt.stat().st_size > 20_000)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert not out.exists() and state.is_file()
    assert batch_api.uploads == uploads  # the same batches were picked up

    # 3. resumed to the end: the same file as the uninterrupted run, nothing sent twice
    done = subprocess.run([*base, "-o", str(out), "--resume"], env=env, capture_output=True,
                          text=True, timeout=180)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "resumed:" in done.stdout
    assert out.read_bytes() == full.read_bytes()
    assert (batch_api.uploads - sent[0], batch_api.creates - sent[1]) == sent
    assert not job_folder(out).exists() and not ckpt.exists()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
