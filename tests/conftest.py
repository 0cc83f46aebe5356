"""Shared test settings and fixtures: a fixed reference date, no user cache outside the repo, the
loopback servers (OpenAI-compatible chat stub, provider batch stub), the CLI in this process, and
one browser and one served app for the real-browser tests."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from click.testing import Result

from tests.app_fixtures import MODEL_ENV
from tests.batch_api_stub import BatchApiStub
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, serve_app
from tests.stub_server import StubServer

TODAY = date(2026, 11, 26)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Real-browser tests run last (in their usual order): the quick tests report first, and the
    one browser and served app they share are up only while they run."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


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


@pytest.fixture
def smartgoal(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """`smartgoal ARGS...` run in this process through Typer's runner, from the test's folder,
    plain text 120 columns wide; the result has exit_code, stdout and stderr apart."""
    from typer.testing import CliRunner

    from rewriter.cli import app

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    runner = CliRunner()

    def invoke(*args: str | Path, input: str | bytes | None = None) -> Result:
        return runner.invoke(app, [str(a) for a in args], input=input)

    return invoke


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium, launched once for every real-browser test."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    with playwright_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class ServedApp(NamedTuple):
    url: str
    cache: Path  # the app's user cache folder (sheets sent to the provider's batch engine)


@pytest.fixture(scope="session")
def served_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    """`streamlit run app.py` as `make run` starts it (no model configured: auto means rules),
    with its own home, user cache and LLM cache; shared by the real-browser tests."""
    tmp = tmp_path_factory.mktemp("webapp")
    env = {k: v for k, v in os.environ.items() if k not in MODEL_ENV}
    env.update(
        HOME=str(tmp),  # Streamlit keeps nothing in the real home
        XDG_CACHE_HOME=str(tmp / "xdg"),
        SMARTGOAL_CACHE_PATH=str(tmp / "llm-cache.sqlite3"),
        SMARTGOAL_MAX_RETRIES="0",
        SMARTGOAL_TIMEOUT="10",
    )
    for url in serve_app(tmp, env):
        yield ServedApp(url, tmp / "xdg")
