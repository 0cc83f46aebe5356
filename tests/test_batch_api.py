"""The provider's batch engine: requests as online, split files, status walk, partial failures,
expired and cancelled batches, out-of-order and malformed result lines.

Sending and coming back with --resume, and exporting requests then importing results from
elsewhere, are tested through the CLI: tests/test_cli_batch_api.py."""

from __future__ import annotations

import csv
import io
import json
import time
from datetime import date
from pathlib import Path

import pytest

from rewriter import batch_provider
from rewriter.batch import OUTPUT_COLUMNS, BatchOptions, run_batch
from rewriter.batch_provider import (
    job_folder,
    run_via_batch_api,
)
from rewriter.batch_replies import ReplySource
from rewriter.llm.batch_api import build_request, parse_result_line
from rewriter.llm.engine import llm_rewrite
from rewriter.settings import Settings
from tests.batch_api_stub import (
    BatchApiStub,
    ErrorAnswer,
    chat_body,
    rules_answer,
)
from tests.batch_fixtures import write_goals_csv
from tests.llm_fixtures import CTX, GOAL_VI, valid_reply
from tests.stub_server import json_reply

TODAY = date(2026, 1, 15)
SECRET = "sk-test-SECRET"


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def column(rows: list[list[str]], name: str) -> list[str]:
    i = rows[0].index(name)
    return [r[i] for r in rows[1:]]


def opts(settings, **kw) -> BatchOptions:
    return BatchOptions(settings=settings, today=TODAY, **kw)


def test_a_request_line_is_the_online_request(stub_server, tmp_path: Path) -> None:
    """Same messages, schema, model and settings as the call the online path makes."""
    for method in ("json_schema", "function_calling", "json_mode"):
        stub_server.reset()
        stub_server.script(json_reply(valid_reply("vi")))
        settings = stub_server.settings(None, structured_method=method, temperature=0.3)
        llm_rewrite(GOAL_VI, CTX, settings=settings)
        request = build_request(GOAL_VI, CTX, settings)
        assert request.body == stub_server.requests[0].json, method
        line = json.loads(request.line())
        assert line["url"] == "/v1/chat/completions" and line["method"] == "POST"
        assert GOAL_VI in request.line().decode()  # Vietnamese as text, not \\u-escaped
        assert "test-key" not in request.line().decode()


def test_result_lines_of_every_shape() -> None:
    ok = {"id": "r", "custom_id": "g-1", "error": None,
          "response": {"status_code": 200, "body": chat_body("{}")}}  # fmt: skip
    failed = {"custom_id": "g-2", "response": {"status_code": 500,
              "body": {"error": {"message": "boom", "type": "server_error"}}}, "error": None}  # fmt: skip
    expired = {"custom_id": "g-3", "response": None,
               "error": {"code": "batch_expired", "message": "not run in time"}}  # fmt: skip
    assert parse_result_line(json.dumps(ok).encode()).body is not None
    assert parse_result_line(json.dumps(failed).encode()).error == "HTTP 500: server_error: boom"
    assert parse_result_line(json.dumps(expired).encode()).error.startswith("batch_expired")
    assert parse_result_line(b'{"custom_id": "g-4", "resp') is None
    assert parse_result_line(b"[1, 2]") is None


def _run(stub: BatchApiStub, tmp_path: Path, rows: int = 60, **kw):
    src = write_goals_csv(tmp_path / "in.csv", rows)
    out = tmp_path / "out.csv"
    seen: list[tuple[str, tuple[str, ...]]] = []
    texts: list[str] = []

    def watch(p) -> None:
        seen.append((p.phase, tuple(part.status for part in p.parts)))
        folder = job_folder(out)
        texts.extend(f.read_text(encoding="utf-8") for f in folder.glob("*.json*"))

    settings = kw.pop("settings", None) or stub.settings(None, **kw.pop("limits", {}))
    summary = run_via_batch_api(src, out, opts(settings), on_provider=watch, **kw)
    return src, out, summary, seen, texts


@pytest.mark.slow
def test_split_upload_walk_and_merge_in_order(batch_api: BatchApiStub, tmp_path: Path) -> None:
    batch_api.shuffle = True  # output lines out of order
    batch_api.malformed = True  # and one line that is not JSON
    batch_api.steps = 2
    src, out, summary, seen, texts = _run(
        batch_api, tmp_path, 80, limits={"batch_max_requests": 20, "batch_max_bytes": 64 * 1024}
    )
    parts = summary.parts
    assert len(parts) >= 4 and all(p.requests <= 20 and p.bytes <= 64 * 1024 for p in parts)
    assert batch_api.uploads == len(parts) == batch_api.creates
    # one request per distinct goal (with its context)
    body = read_csv(out)[1:]
    assert summary.requests == len({(r[1], r[2], r[3], r[4]) for r in body if r[1].strip()})
    statuses = [s for _, state in seen for s in state]
    assert {"validating", "in_progress", "completed"} <= set(statuses)
    # every input row once, in order, with its status
    assert column(read_csv(out), "id") == [str(i + 1) for i in range(80)]
    assert read_csv(out)[0][6:] == list(OUTPUT_COLUMNS)
    # the stub breaks one output line per part: those rows fall back, every other one is the model's
    assert summary.rows.rows == 80 and summary.rows.ok >= 80 - len(parts)
    assert summary.malformed == len(parts) and any(
        "could not be read" in p for p in summary.problems
    )
    assert summary.cost.batch_prompt == 1400 * summary.requests
    assert not job_folder(out).exists()  # tidied once the output is written
    # the key is never written: request files, state, output
    assert texts and all(SECRET not in t for t in texts)
    assert SECRET not in out.read_text(encoding="utf-8-sig")
    assert all(h.get("authorization") == f"Bearer {SECRET}" for h in batch_api.headers)


def online_rows(stub: BatchApiStub, src: Path, tmp_path: Path) -> list[list[str]]:
    """The same sheet through the online path (the stub answering as the model would)."""
    answer, stub.chat_answer = stub.chat_answer, rules_answer
    online = tmp_path / "online.csv"
    run_batch(src, online, opts(stub.settings(None), engine="llm"))
    stub.chat_answer = answer
    return read_csv(online)


@pytest.mark.slow
@pytest.mark.parametrize("keep", [batch_provider.Workers.KEEP_SECONDS, 0.0])
def test_same_rows_as_the_online_path(
    batch_api: BatchApiStub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep: float
) -> None:
    """The batch's replies go through the same parsing, checks and re-asks: equal output.
    Here through the worker processes a long list gets (the other tests' short lists are built
    and checked in this process), so both paths are held to the online one: the merge on the
    build's own workers (the provider answered soon), and on new ones (they were stopped)."""
    monkeypatch.setattr(batch_provider, "POOL_MIN_REQUESTS", 0)
    monkeypatch.setattr(ReplySource, "POOL_MIN_REPLIES", 0)
    monkeypatch.setattr(batch_provider.Workers, "KEEP_SECONDS", keep)
    src, out, summary, _, _ = _run(batch_api, tmp_path, 40)
    asked = batch_api.chat_calls  # re-asks of replies that failed the checks
    assert read_csv(out) == online_rows(batch_api, src, tmp_path)
    assert batch_api.chat_calls - asked >= summary.requests  # online: one call or more a goal


@pytest.mark.slow
def test_partial_failures_are_asked_online_or_fall_back(
    batch_api: BatchApiStub, tmp_path: Path
) -> None:
    def flaky(body):
        goal = body["messages"][-1]["content"]
        return ErrorAnswer(500) if "TikTok" in goal else rules_answer(body)

    batch_api.answer = flaky
    batch_api.chat_answer = rules_answer
    src, out, summary, _, _ = _run(batch_api, tmp_path, 50)
    rows = read_csv(out)
    assert any("TikTok" in g for g in column(rows, "goal"))
    assert summary.online_asks >= summary.requests - summary.answered > 0
    assert batch_api.chat_calls >= summary.online_asks
    assert rows == online_rows(batch_api, src, tmp_path)  # re-asked online, answered there

    out2 = tmp_path / "rules.csv"
    calls = batch_api.chat_calls
    run_via_batch_api(src, out2, opts(batch_api.settings(None)), online=False)
    rows = read_csv(out2)
    for goal, status, error, engine in zip(column(rows, "goal"), column(rows, "status"),
                                           column(rows, "error"), column(rows, "engine"), strict=True):  # fmt: skip
        if "TikTok" in goal:
            assert (status, engine) == ("fallback", "rules") and "HTTP 500" in error
    assert batch_api.chat_calls == calls  # nothing asked online


@pytest.mark.slow
def test_a_reply_that_fails_the_checks_is_re_asked_online(
    batch_api: BatchApiStub, tmp_path: Path
) -> None:
    batch_api.answer = lambda body: chat_body(json.dumps({"criteria": {}, "rewrite": "no"}))
    batch_api.chat_answer = rules_answer
    src, out, summary, _, _ = _run(batch_api, tmp_path, 10)
    assert summary.online_asks == summary.requests  # every reply failed: every goal re-asked
    assert batch_api.chat_calls >= summary.requests
    assert summary.rows.model_calls >= 2 * summary.requests  # the batch reply, then the re-ask
    assert column(read_csv(out), "status").count("ok") >= 8


@pytest.mark.slow
@pytest.mark.parametrize("outcome", ["expired", "cancelled", "failed"])
def test_expired_cancelled_failed_batches_are_reported_and_requeued(
    batch_api: BatchApiStub, tmp_path: Path, outcome: str
) -> None:
    batch_api.outcome = outcome
    batch_api.expire_after = 5
    batch_api.chat_answer = rules_answer
    src, out, summary, _, _ = _run(batch_api, tmp_path, 30)
    rows = read_csv(out)
    assert any(outcome in p for p in summary.problems)
    answered = 0 if outcome == "failed" else 5
    assert summary.answered == answered
    assert summary.online_asks >= summary.requests - answered
    assert rows == online_rows(batch_api, src, tmp_path)


def test_build_workers_are_kept_for_a_merge_that_comes_soon(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Workers idle while the provider works are stopped after KEEP_SECONDS; until then the
    merge gets the same running pool."""
    workers = batch_provider.Workers(Settings(), workers=1)
    try:
        assert workers.kept() is None  # never started: a short list was built in-process
        pool = workers.start()
        workers.idle()
        assert workers.kept() is pool
        monkeypatch.setattr(batch_provider.Workers, "KEEP_SECONDS", 0.0)
        time.sleep(0.01)
        assert workers.kept() is None
    finally:
        workers.close()
