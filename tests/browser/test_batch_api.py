"""In a real browser: send a sheet to the provider's batch engine (loopback stub), come back, download."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from rewriter.batch import OUTPUT_COLUMNS
from tests.app_fixtures import MODEL_ENV
from tests.batch_api_stub import BatchApiStub
from tests.batch_fixtures import HEADER, write_goals_csv
from tests.browser.support import WAIT_MS, ServedApp, serve_app, settled, shoot, type_until_kept

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser"), pytest.mark.timeout(180)]
SECRET = "sk-test-BROWSER-SECRET"
PlaywrightTimeout = pytest.importorskip("playwright.sync_api").TimeoutError


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BatchApiStub]:
    with BatchApiStub(tmp_path_factory.mktemp("provider")) as stub:
        yield stub


@pytest.fixture(scope="module")
def own_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedApp]:
    """Its own app: the other browser tests' sessions (a batch still running, say) keep the
    shared one's batch page busy; this test waits on that page's buttons."""
    tmp = tmp_path_factory.mktemp("webapp-batch-api")
    env = {k: v for k, v in os.environ.items() if k not in MODEL_ENV}
    env.update(HOME=str(tmp), XDG_CACHE_HOME=str(tmp / "xdg"), SMARTGOAL_MAX_RETRIES="0",
               SMARTGOAL_CACHE_PATH=str(tmp / "llm-cache.sqlite3"), SMARTGOAL_TIMEOUT="10")  # fmt: skip
    for url in serve_app(tmp, env):
        yield ServedApp(url, tmp / "xdg")


def open_batch_page(page, url: str) -> None:
    """The app first (a new session opening /batch directly is told the page is not found)."""
    page.goto(url)
    page.get_by_role("textbox", name="Your goal").wait_for()
    page.goto(f"{url}/batch")
    page.locator('[data-testid="stFileUploader"]').wait_for()
    settled(page)


def point_at(page, provider: BatchApiStub) -> None:
    """The sidebar: the stub's address, a model name and an API key typed in."""
    sidebar = page.locator('[data-testid="stSidebar"]')
    key = sidebar.get_by_role("textbox", name="API key")
    key.fill(SECRET)
    key.press("Enter")
    sidebar.get_by_text("An API key is set for this session.").wait_for()
    settled(page)
    type_until_kept(page, {"set_base_url": provider.base_url, "set_model": "stub-model"})
    sidebar.get_by_text("Goals go to the llm engine").wait_for()


def test_send_a_sheet_to_the_batch_engine_come_back_and_download(
    browser, own_app, provider, tmp_path
):
    url, cache = own_app
    src = write_goals_csv(tmp_path / "team goals.csv", 24)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    open_batch_page(page, url)
    point_at(page, provider)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(src))
    page.get_by_text("Later, on the provider's batch engine").click(timeout=90_000)
    page.get_by_text("results come back within 24 hours").first.wait_for()
    page.get_by_role("button", name="Send to the batch engine").click()
    page.get_by_text("was sent to the provider's batch engine").wait_for(timeout=90_000)
    page.get_by_text(" goals answered, ").wait_for()
    shoot(page, "batch-api-sent")
    assert provider.uploads == 1 and provider.creates == 1
    assert SECRET not in page.content()
    context.close()

    # Come back in a new session (the key typed again), check, and download.
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    open_batch_page(page, url)
    point_at(page, provider)
    page.get_by_text("team goals.csv").first.wait_for()
    download = page.get_by_role("button", name="Download CSV")
    ready = page.get_by_text(re.compile(r"^Ready: \d+ rewritten"))
    check = page.get_by_role("button", name="Check now")
    for _ in range(10):  # the stub finishes after a check or two
        ready.or_(check).first.wait_for(timeout=90_000)
        if ready.count():
            break
        try:  # a check still merging on a loaded machine takes its button away when it ends
            check.click(timeout=5_000)
        except PlaywrightTimeout:
            continue
        settled(page)
        page.wait_for_timeout(500)
    ready.wait_for(timeout=90_000)
    shoot(page, "batch-api-ready")
    with page.expect_download() as info:
        download.click()
    assert info.value.suggested_filename == "team goals-smart.csv"
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == [*HEADER, *OUTPUT_COLUMNS]  # the online batch's columns
    assert [r["id"] for r in rows] == [str(i) for i in range(1, 25)]  # every row, in order
    assert all(r["status"] in ("ok", "fallback") and r["rewrite"] for r in rows)
    assert {r["model"] for r in rows if r["status"] == "ok"} == {"stub-model"}
    assert provider.uploads == 1 and provider.creates == 1  # nothing sent twice
    assert SECRET not in page.content() and SECRET not in text
    for path in cache.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    context.close()
