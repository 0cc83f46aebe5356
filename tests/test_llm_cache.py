"""The SQLite report cache: a repeat question costs no model call; the key covers what matters."""

from __future__ import annotations

from datetime import date

from rewriter.llm.cache import default_cache_path, open_cache
from rewriter.llm.engine import llm_rewrite
from rewriter.report import GoalContext
from tests.llm_fixtures import CTX, GOAL_EN, valid_reply
from tests.stub_server import json_reply


def test_second_identical_call_makes_no_request(stub_server, tmp_path):
    stub_server.responder = lambda rec: json_reply(valid_reply("en"))
    settings = stub_server.settings(tmp_path)
    first = llm_rewrite(GOAL_EN, CTX, settings=settings)
    second = llm_rewrite(
        "  Grow our   TikTok followers ", CTX, settings=settings
    )  # same, normalised

    assert stub_server.calls == 1
    assert second.usage.cached and second.usage.model_calls == 0
    assert second.usage.prompt_tokens == 0 and second.usage.latency_ms < first.usage.latency_ms
    assert second.model_dump(exclude={"usage"}) == first.model_dump(exclude={"usage"})
    assert (tmp_path / "llm-cache.sqlite3").is_file()


def test_key_covers_today_context_model_and_base_url(stub_server, tmp_path):
    stub_server.responder = lambda rec: json_reply(valid_reply("en"))
    settings = stub_server.settings(tmp_path)
    llm_rewrite(GOAL_EN, CTX, settings=settings)
    llm_rewrite(GOAL_EN, GoalContext(today=date(2025, 1, 16)), settings=settings)
    llm_rewrite(GOAL_EN, GoalContext(today=date(2025, 1, 15), baseline=1000), settings=settings)
    llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path, model="other-model"))
    llm_rewrite(
        GOAL_EN, CTX, settings=stub_server.settings(tmp_path, structured_method="json_mode")
    )
    assert stub_server.calls == 5
    llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert stub_server.calls == 5


def test_fallbacks_are_not_cached(stub_server, tmp_path):
    stub_server.script(*[json_reply({"nope": 1})] * 3, json_reply(valid_reply("en")))
    settings = stub_server.settings(tmp_path)
    assert llm_rewrite(GOAL_EN, CTX, settings=settings).engine == "rules"
    assert llm_rewrite(GOAL_EN, CTX, settings=settings).engine == "llm"  # asked again
    assert stub_server.calls == 4


def test_cache_off_asks_every_time(stub_server, tmp_path):
    stub_server.responder = lambda rec: json_reply(valid_reply("en"))
    settings = stub_server.settings(tmp_path, cache_enabled=False)
    for _ in range(2):
        assert not llm_rewrite(GOAL_EN, CTX, settings=settings).usage.cached
    assert stub_server.calls == 2
    assert not (tmp_path / "llm-cache.sqlite3").exists()


def test_a_broken_cache_file_only_turns_the_cache_off(stub_server, tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    stub_server.responder = lambda rec: json_reply(valid_reply("en"))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path, cache_path=path))
    assert report.engine == "llm"
    assert any(w.startswith("Cache off:") for w in report.warnings)


def test_default_cache_lives_in_the_user_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "smartgoal" / "llm-cache.sqlite3"


def test_cache_path_may_be_a_folder(tmp_path):
    cache = open_cache(tmp_path)
    assert cache.path == tmp_path.resolve() / "llm-cache.sqlite3"
