"""The real-browser tests' fixtures: one Chromium and one served app for all of them.

Both are package-scoped: they stop as soon as the last browser test is done, because playwright's
sync API keeps an event loop running in the main thread (asyncio.run() elsewhere would fail).
The tests carry the xdist group "browser", so one xdist worker runs them all, on these two.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.app_fixtures import MODEL_ENV
from tests.browser.support import CHROMIUM, CHROMIUM_ARGS, ServedApp, serve_app


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium, launched once for every real-browser test."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    with playwright_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="package")
def served_app(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    """`streamlit run app.py` as `make run` starts it (no model configured: auto means rules),
    with its own home, user cache and LLM cache."""
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
