"""Shared pieces for the web app's tests: a clean environment and AppTest builders."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
PAGES = ROOT / "pages"
MODEL_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SMARTGOAL_ENGINE", "SMARTGOAL_MODEL")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No model configured, the LLM cache in tmp_path, and no stray .env read."""
    for name in MODEL_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SMARTGOAL_CACHE_PATH", str(tmp_path / "llm-cache.sqlite3"))
    monkeypatch.chdir(tmp_path)  # Settings read ./.env: keep a developer's out of the tests
    return tmp_path


def page_test(name: str, timeout: float = 30) -> AppTest:
    """An AppTest of one page file on its own (no navigation, no sidebar)."""
    return AppTest.from_file(str(PAGES / f"{name}_page.py"), default_timeout=timeout)


def app_test(timeout: float = 30) -> AppTest:
    """An AppTest of the whole app: navigation, sidebar and the default page.

    Page files are named unlike their url paths (pages/batch_page.py -> /batch): AppTest 1.67
    would otherwise resolve a rerun to the legacy pages/ script and skip app.py.
    """
    return AppTest.from_file(str(APP), default_timeout=timeout)
