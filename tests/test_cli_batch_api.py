"""`smartgoal batch --via batch-api`, `--export-jsonl` and `--import-results`, in this process
against the loopback stub of the provider's Files and Batches endpoints.

The kill -9 and resume of the installed command, in real processes: tests/test_batch_api_kill.py.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from rewriter.batch_provider import job_folder
from tests.batch_api_stub import BatchApiStub, rules_answer
from tests.batch_fixtures import write_goals_csv

SECRET = "sk-test-CLI-SECRET"


@pytest.fixture
def provider_env(batch_api: BatchApiStub, monkeypatch: pytest.MonkeyPatch) -> BatchApiStub:
    """The provider's settings as a user sets them: environment variables."""
    for name, value in {
        "OPENAI_BASE_URL": batch_api.base_url, "OPENAI_API_KEY": SECRET,
        "SMARTGOAL_MODEL": "stub-model", "SMARTGOAL_CACHE": "false",
        "SMARTGOAL_MAX_RETRIES": "0", "SMARTGOAL_BATCH_POLL_SECONDS": "0.01",
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    return batch_api


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


@pytest.mark.slow
def test_send_come_back_with_resume_and_the_summary(
    smartgoal, provider_env, tmp_path: Path
) -> None:
    provider_env.steps = 3
    src, out = write_goals_csv(tmp_path / "in.csv", 12), tmp_path / "out.csv"
    args = ["batch", src, "-o", out, "--via", "batch-api", "--today", "2026-01-15"]

    sent = smartgoal(*args, "--no-wait")
    assert sent.exit_code == 0, sent.output
    assert "The batches are running at the provider" in sent.stdout and "--resume" in sent.stdout
    assert "building the requests ..." in sent.stderr and not out.exists()
    state = (job_folder(out) / "state.json").read_text(encoding="utf-8")
    ids = [part["batch_id"] for part in json.loads(state)["parts"]]
    assert ids == ["batch_1"] and SECRET not in state

    again = smartgoal(*args)  # sent already: never twice by mistake
    assert again.exit_code == 2 and again.stderr.count("\n") == 1
    assert "already sent (batch ids: batch_1)" in again.stderr and "--resume" in again.stderr

    done = smartgoal(*args, "--resume")
    assert done.exit_code == 0, done.output
    assert "batch 1/1 batch_1: completed" in done.stderr  # the batch sent before, picked up
    requests = len({(r["goal"], r["platform"], r["baseline"], r["deadline"]) for r in rows(out)})
    counts = re.search(r"provider batches: 1; requests: (\d+); answered: (\d+); asked online: (\d+)",
                       done.stdout)  # fmt: skip
    assert counts, done.stdout
    assert int(counts[1]) == int(counts[2]) == requests  # asked online: replies that failed checks
    assert "12 rows:" in done.stdout and "the online path would have cost" in done.stdout
    assert (provider_env.uploads, provider_env.creates) == (1, 1)
    assert [r["id"] for r in rows(out)] == [str(i) for i in range(1, 13)]
    assert not job_folder(out).exists()
    assert SECRET not in sent.output + again.output + done.output


@pytest.mark.slow
def test_export_the_requests_then_import_results_from_elsewhere(
    smartgoal, provider_env, tmp_path: Path
) -> None:
    src, requests = write_goals_csv(tmp_path / "in.csv", 10), tmp_path / "requests.jsonl"
    today = ("--today", "2026-01-15")
    exported = smartgoal("batch", src, "-o", tmp_path / "unused.csv", "--export-jsonl", requests,
                         *today)  # fmt: skip
    assert exported.exit_code == 0, exported.output
    lines = requests.read_bytes().splitlines()
    assert f"wrote {len(lines):,} requests (one per distinct goal) to {requests}" in exported.stdout
    assert SECRET.encode() not in requests.read_bytes()

    results = tmp_path / "results.jsonl"  # another engine (vLLM run-batch, say), in its own order
    with results.open("w", encoding="utf-8") as f:
        for raw in reversed(lines):
            req = json.loads(raw)
            f.write(json.dumps({"custom_id": req["custom_id"], "error": None, "response": {
                "status_code": 200, "body": rules_answer(req["body"])}}) + "\n")  # fmt: skip
    out = tmp_path / "out.csv"
    merged = smartgoal("batch", src, "-o", out, "--import-results", results, *today)
    assert merged.exit_code == 0, merged.output
    assert f"answered: {len(lines)}" in merged.stdout and "10 rows:" in merged.stdout
    assert (provider_env.uploads, provider_env.creates) == (0, 0)  # nothing sent to the provider
    merged_rows = rows(out)
    assert [r["id"] for r in merged_rows] == [str(i) for i in range(1, 11)]
    assert {r["status"] for r in merged_rows} <= {"ok", "fallback"}  # fallback: failed the checks
    assert sum(r["engine"] == "llm" for r in merged_rows) >= 8
    # the same file as sending the sheet to the provider's batch engine from here
    reference = tmp_path / "ref.csv"
    sent = smartgoal("batch", src, "-o", reference, "--via", "batch-api", *today)
    assert sent.exit_code == 0, sent.output
    assert out.read_bytes() == reference.read_bytes()


@pytest.mark.slow
def test_a_provider_that_cannot_be_reached_is_one_line_without_the_key(
    smartgoal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("SMARTGOAL_MAX_RETRIES", "0")
    src = write_goals_csv(tmp_path / "in.csv", 3)
    res = smartgoal("batch", src, "-o", tmp_path / "out.csv", "--via", "batch-api")
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit), res.output
    line = res.stderr.strip().splitlines()[-1]
    assert line.startswith("error: the provider answered: ") and "--resume" in line
    assert SECRET not in res.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--via", "batch-api", "--engine", "rules"], "drop --engine rules"),
        (["--via", "carrier-pigeon"], "--via must be online or batch-api"),
        (["--via", "batch-api", "--today", "soon"], "--today: 'soon' is no date"),
    ],
)
def test_options_that_do_not_fit_the_batch_engine_exit_2(
    smartgoal, provider_env, tmp_path: Path, args: list[str], message: str
) -> None:
    src = write_goals_csv(tmp_path / "in.csv", 3)
    res = smartgoal("batch", src, "-o", tmp_path / "out.csv", *args)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert message in res.stderr
    assert provider_env.uploads == 0 and not (tmp_path / "out.csv").exists()
