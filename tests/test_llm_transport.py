"""Timeouts, 429, 5xx, bad keys, dead servers and settings errors: retried, then a fallback report."""

from __future__ import annotations

import socket

import pytest

from rewriter import api
from rewriter.errors import SettingsError
from rewriter.llm.engine import llm_rewrite
from rewriter.settings import Settings
from tests.llm_fixtures import CTX, GOAL_EN, valid_reply
from tests.stub_server import error, json_reply, slow


def _fallback_warning(report) -> str:
    assert report.engine == "rules", report.warnings
    assert report.rewrite.text  # the user still gets a usable report
    return " ".join(report.warnings)


def test_timeout_is_retried_by_the_client_then_answers(stub_server, tmp_path):
    # the answer after the retry must come within the timeout even on a loaded machine
    stub_server.script(slow(3.0), json_reply(valid_reply("en")))
    settings = stub_server.settings(tmp_path, timeout=1.0, max_retries=1)
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert report.engine == "llm"
    assert stub_server.calls == 2  # two HTTP attempts ...
    assert report.usage.model_calls == 1  # ... for one model call of ours


def test_timeout_for_good_becomes_a_fallback(stub_server, tmp_path):
    stub_server.script(slow(1.0))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path, timeout=0.2))
    assert "no answer within 0.2 s after 1 attempt(s)" in _fallback_warning(report)


@pytest.mark.parametrize("status", [429, 500, 503])
def test_rate_limit_and_server_errors_are_retried(stub_server, tmp_path, status):
    stub_server.script(error(status), error(status), json_reply(valid_reply("en")))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path, max_retries=2))
    assert report.engine == "llm" and stub_server.calls == 3


@pytest.mark.parametrize(("status", "words"), [(429, "HTTP 429 (rate limit)"), (500, "HTTP 500")])
def test_errors_that_persist_become_a_fallback(stub_server, tmp_path, status, words):
    stub_server.script(*[error(status)] * 2)
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path, max_retries=1))
    text = _fallback_warning(report)
    assert words in text and "after 2 attempt(s)" in text
    assert stub_server.calls == 2 and report.usage.model_calls == 1


def test_bad_key_is_not_retried_and_not_echoed(stub_server, tmp_path):
    stub_server.script(error(401, "Incorrect API key provided: sk-secret-123"))
    settings = stub_server.settings(tmp_path, openai_api_key="sk-secret-123", max_retries=2)
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    text = _fallback_warning(report)
    assert "rejected the API key" in text and "sk-secret-123" not in report.model_dump_json()
    assert stub_server.calls == 1
    assert stub_server.requests[0].headers["authorization"] == "Bearer sk-secret-123"


def test_unreachable_server_becomes_a_fallback(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings(
        openai_base_url=f"http://127.0.0.1:{port}/v1", max_retries=0, cache_enabled=False
    )
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)
    assert f"cannot connect to http://127.0.0.1:{port}/v1" in _fallback_warning(report)


def test_base_url_without_key_works_for_local_servers(stub_server, tmp_path):
    stub_server.script(json_reply(valid_reply("en")))
    settings = stub_server.settings(tmp_path, openai_api_key=None)
    assert llm_rewrite(GOAL_EN, CTX, settings=settings).engine == "llm"
    assert stub_server.requests[0].headers["authorization"] == "Bearer not-needed"


def test_engine_llm_without_key_or_base_url_is_a_clear_settings_error(monkeypatch):
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    settings = Settings(_env_file=None, engine="llm", cache_enabled=False)
    with pytest.raises(SettingsError, match="OPENAI_API_KEY.*OPENAI_BASE_URL"):
        llm_rewrite(GOAL_EN, CTX, settings=settings)
    with pytest.raises(SettingsError, match="--engine rules"):
        api.rewrite(GOAL_EN, CTX, engine="llm", settings=settings)
    # auto without a model quietly uses the rules engine
    assert api.rewrite(GOAL_EN, CTX, engine="auto", settings=settings).engine == "rules"


def test_bad_settings_values_are_rejected_with_the_variable_name(monkeypatch):
    monkeypatch.setenv("SMARTGOAL_STRUCTURED_METHOD", "xml")
    with pytest.raises(ValueError, match="SMARTGOAL_STRUCTURED_METHOD"):
        Settings(_env_file=None)


def test_settings_come_from_the_environment(monkeypatch, stub_server, tmp_path):
    monkeypatch.setenv("OPENAI_BASE_URL", stub_server.base_url)
    monkeypatch.setenv("SMARTGOAL_MODEL", "llama3.2")
    monkeypatch.setenv("SMARTGOAL_STRUCTURED_METHOD", "json_mode")
    monkeypatch.setenv("SMARTGOAL_CACHE", "0")
    monkeypatch.setenv("SMARTGOAL_TIMEOUT", "3")
    stub_server.script(json_reply(valid_reply("en")))
    report = api.rewrite(GOAL_EN, CTX, settings=Settings(_env_file=None))  # auto -> llm
    assert report.engine == "llm" and report.model == "llama3.2"
    assert stub_server.requests[0].json["response_format"] == {"type": "json_object"}
