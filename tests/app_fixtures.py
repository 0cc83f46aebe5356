"""Shared pieces for the web app's tests: paths and AppTest builders (`clean_env` is in conftest)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
PAGES = ROOT / "pages"
MODEL_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SMARTGOAL_ENGINE", "SMARTGOAL_MODEL")


def page_test(name: str, timeout: float = 30) -> AppTest:
    """An AppTest of one page file on its own (no navigation, no sidebar)."""
    return AppTest.from_file(str(PAGES / f"{name}_page.py"), default_timeout=timeout)


def app_test(timeout: float = 30) -> AppTest:
    """An AppTest of the whole app: navigation, sidebar and the default page.

    Page files are named unlike their url paths (pages/batch_page.py -> /batch): AppTest 1.67
    would otherwise resolve a rerun to the legacy pages/ script and skip app.py.
    """
    return AppTest.from_file(str(APP), default_timeout=timeout)
