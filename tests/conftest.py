"""Shared test settings: a fixed reference date and no user cache outside the repo."""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No key, no base URL, no .env, and the caches inside the test's temp folder."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SMARTGOAL_ENGINE", "SMARTGOAL_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SMARTGOAL_CACHE_PATH", str(tmp_path_factory.mktemp("cache") / "cache.sqlite"))
    # the user cache folder (sheets sent to the provider's batch engine are kept there)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))
