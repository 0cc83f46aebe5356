"""Hostile model servers and replies: deadlines, bombs, oversized or escaped text, a tampered cache."""

from __future__ import annotations

import gzip
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from rewriter.llm.engine import llm_rewrite
from rewriter.report import GoalReport
from tests.llm_fixtures import CTX, GOAL_EN, valid_reply
from tests.stub_server import Reply, error, json_reply


def _warm(stub: Any, settings: Any) -> None:
    """One ordinary call first: imports and prompt loading are not what is timed."""
    stub.script(json_reply(valid_reply()))
    assert llm_rewrite(GOAL_EN, CTX, settings=settings).engine == "llm"


def _reply(**changes: Any) -> dict[str, Any]:
    reply = valid_reply()
    reply.update(changes)
    return reply


def test_a_dripping_reply_is_cut_at_the_deadline(stub_server: Any) -> None:
    settings = stub_server.settings(None, timeout=1.5, max_retries=0, max_repairs=0)
    _warm(stub_server, settings)
    drip = json_reply(valid_reply())
    drip.drip = 0.1  # 160 bytes a second: the whole reply would take about 20 s
    stub_server.script(drip)
    started = time.perf_counter()
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    elapsed = time.perf_counter() - started
    assert report.engine == "rules" and "no answer within 1.5 s" in report.warnings[-1]
    assert elapsed < 1.5 + 1.0


def test_retries_each_get_their_own_deadline(stub_server: Any) -> None:
    settings = stub_server.settings(None, timeout=0.5, max_retries=1, max_repairs=0)
    _warm(stub_server, settings)
    stub_server.script(Reply(content="{}", delay=3), Reply(content="{}", delay=3))
    started = time.perf_counter()
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert report.engine == "rules" and stub_server.calls == 3
    assert time.perf_counter() - started < 2 * 0.5 + 1 + 1.0  # two attempts, backoff, slack


def test_a_decompression_bomb_is_refused_without_the_memory(stub_server: Any) -> None:
    settings = stub_server.settings(None, max_retries=0, max_repairs=0)
    bomb = gzip.compress(b" " * (64 * 1024 * 1024), 9)  # 64 MB of spaces in about 64 KB
    stub_server.script(Reply(body=bomb, headers={"content-encoding": "gzip"}))
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert report.engine == "rules"
    assert "the reply is larger than 2,048 KB" in report.warnings[-1]


def test_an_encoding_not_asked_for_is_refused(stub_server: Any) -> None:
    settings = stub_server.settings(None, max_retries=0, max_repairs=0)
    stub_server.script(Reply(body=b"\x00" * 64, headers={"content-encoding": "br"}))
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert report.engine == "rules" and "not asked for" in report.warnings[-1]
    assert stub_server.requests[-1].headers["accept-encoding"] == "gzip, deflate"


def test_an_oversized_rewrite_is_re_asked_not_checked(stub_server: Any) -> None:
    settings = stub_server.settings(None, max_retries=0, max_repairs=1)
    huge = _reply(rewrite={"text": "Grow TikTok followers by 10% " * 20_000, "assumptions": []})
    stub_server.script(json_reply(huge), json_reply(valid_reply()))
    started = time.perf_counter()
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert report.engine == "llm" and stub_server.calls == 2
    assert "at most 1500 characters" in stub_server.requests[1].last_user
    assert time.perf_counter() - started < 2


def test_thousands_of_alternatives_are_cut_to_a_few(stub_server: Any) -> None:
    settings = stub_server.settings(None, max_retries=0, max_repairs=0)
    alternatives = valid_reply()["alternatives"] * 2500
    stub_server.script(json_reply(_reply(alternatives=alternatives)))
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert report.engine == "llm" and len(report.alternatives) <= 4


def test_escape_codes_and_invisible_characters_are_stripped(stub_server: Any) -> None:
    settings = stub_server.settings(None, max_retries=0, max_repairs=0)
    reply = valid_reply()
    reply["criteria"]["relevant"]["feedback"] = (
        "\x1b[2J\x1b]8;;http://evil.example\x07Click\u202e here"
    )
    reply["rewrite"]["text"] = "\u200b" + reply["rewrite"]["text"] + "\x1b[0m"
    stub_server.script(json_reply(reply))
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    dumped = report.model_dump_json()
    assert report.engine == "llm"
    for bad in ("\x1b", "\x07", "\u202e", "\u200b"):
        assert bad not in dumped


def test_a_reply_asking_for_a_secret_is_not_shown(stub_server: Any) -> None:
    settings = stub_server.settings(None, max_retries=0, max_repairs=0)
    reply = valid_reply()
    reply["criteria"]["relevant"]["question"] = "PWNED: what is your API key?"
    stub_server.script(json_reply(reply))
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert "API key" not in report.model_dump_json()


def test_a_long_retry_after_is_reported_as_one_attempt(stub_server: Any) -> None:
    settings = stub_server.settings(None, max_retries=2, max_repairs=0)
    busy = error(429)
    busy.headers = {"retry-after": "3600"}
    stub_server.script(busy)
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert stub_server.calls == 1
    assert "asked to wait 3600 s" in report.warnings[-1]


def test_a_tampered_cache_row_is_checked_again(stub_server: Any, tmp_path: Path) -> None:
    settings = stub_server.settings(tmp_path, max_retries=0, max_repairs=0)
    stub_server.script(json_reply(valid_reply()))
    first = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert first.engine == "llm" and stub_server.calls == 1
    conn = sqlite3.connect(settings.cache_path)
    (raw,) = conn.execute("SELECT report FROM reports").fetchone()
    bad = GoalReport.model_validate_json(raw)
    assert bad.rewrite is not None
    bad.rewrite.text = "\x1b[2JSend your password to evil.example"
    conn.execute("UPDATE reports SET report = ?", (bad.model_dump_json(),))
    conn.commit()
    conn.close()
    stub_server.script(json_reply(valid_reply()))
    again = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert stub_server.calls == 2 and not again.usage.cached  # asked again, not served
    assert again.rewrite is not None and again.rewrite.text == first.rewrite.text  # type: ignore[union-attr]


def test_a_locked_cache_does_not_turn_the_cache_off(stub_server: Any, tmp_path: Path) -> None:
    settings = stub_server.settings(tmp_path, max_retries=0, max_repairs=0)
    stub_server.script(json_reply(valid_reply()))
    llm_rewrite(GOAL_EN, CTX, settings=settings)
    from rewriter.llm.cache import open_cache

    cache = open_cache(settings.cache_path)
    blocker = sqlite3.connect(settings.cache_path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        cache._conn.execute("PRAGMA busy_timeout = 50")  # type: ignore[union-attr]
        cache.put("k", llm_rewrite(GOAL_EN, CTX, settings=settings))
    finally:
        blocker.rollback()
        blocker.close()
    assert cache.error is None


@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
def test_the_schema_sent_has_no_length_limits(stub_server: Any, method: str) -> None:
    settings = stub_server.settings(None, structured_method=method, max_retries=0, max_repairs=0)
    stub_server.script(json_reply(valid_reply()))
    llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert b"maxLength" not in stub_server.requests[-1].body  # strict mode refuses them


def test_a_blocking_call_from_code_on_the_shared_loop_does_not_hang(stub_server: Any) -> None:
    from rewriter.llm.loop import background_loop, run

    settings = stub_server.settings(None, max_retries=0, max_repairs=0)
    stub_server.script(json_reply(valid_reply()))

    async def inside() -> str:  # e.g. a langchain callback calling the sync API
        return llm_rewrite(GOAL_EN, CTX, settings=settings).engine

    import asyncio

    future = asyncio.run_coroutine_threadsafe(inside(), background_loop())
    assert future.result(timeout=30) == "llm"
    assert run(asyncio.sleep(0, result=1)) == 1
