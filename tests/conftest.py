"""Shared test settings and fixtures: a fixed reference date, no user cache outside the repo, the
loopback servers (OpenAI-compatible chat stub, provider batch stub) and the CLI in this process.
The real-browser tests' browser and served app: tests/browser/conftest.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import Result

from tests.app_fixtures import MODEL_ENV
from tests.batch_api_stub import BatchApiStub
from tests.stub_server import StubServer

TODAY = date(2026, 11, 26)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first and the real-browser ones last, each in their usual order: with
    xdist (make test) the longest jobs start early, so no worker is left with one at the end
    (xdist hands out the browser group, its biggest unit, first of all)."""
    items.sort(key=lambda item: (item.get_closest_marker("browser") is not None,
                                 item.get_closest_marker("slow") is None))  # fmt: skip


@pytest.fixture(autouse=True)
def _isolated_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No key, no base URL, no .env, and the caches inside the test's temp folder."""
    for name in MODEL_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(
        "SMARTGOAL_CACHE_PATH", str(tmp_path_factory.mktemp("cache") / "cache.sqlite")
    )
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
