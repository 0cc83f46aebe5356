"""Shared test settings and fixtures: a fixed reference date, no user cache outside the repo, and
the loopback servers (OpenAI-compatible chat stub, provider batch stub) every module may ask for."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.app_fixtures import MODEL_ENV
from tests.batch_api_stub import BatchApiStub
from tests.stub_server import StubServer

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No key, no base URL, no .env, and the caches inside the test's temp folder."""
    for name in MODEL_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SMARTGOAL_CACHE_PATH", str(tmp_path_factory.mktemp("cache") / "cache.sqlite"))
    # the user cache folder (sheets sent to the provider's batch engine are kept there)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No model configured, the LLM cache in tmp_path, and the test's folder as the working
    folder (Settings read ./.env: a developer's must not reach the tests)."""
    for name in MODEL_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SMARTGOAL_CACHE_PATH", str(tmp_path / "llm-cache.sqlite3"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def stub_server() -> Iterator[StubServer]:
    """A started loopback OpenAI-compatible chat stub; stopped after the test."""
    with StubServer() as server:
        yield server


@pytest.fixture
def batch_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BatchApiStub]:
    """A started loopback stub of the provider's Files and Batches endpoints (and chat)."""
    with BatchApiStub(tmp_path_factory.mktemp("provider")) as stub:
        yield stub
