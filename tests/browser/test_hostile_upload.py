"""In a real browser: while one session's upload is refused, another session's rewrite is not slowed."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.adversarial import bombs
from tests.app_fixtures import MODEL_ENV
from tests.browser.support import WAIT_MS, rewrite_and_time, serve_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.slow,
    pytest.mark.timeout(180),
]


def _greedy_workbook(path: Path, count: int = 900_000) -> Path:
    """Valid, under every limit, and about 15 s of parsing: what an unknown bomb would cost."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst {bombs._NS} count="{count}" uniqueCount="{count}">'
    body = "".join(
        f"<si><t>goal number {i} for the hostile upload test</t></si>" for i in range(count)
    )
    path.write_bytes(bombs.workbook(bombs._sheet(bombs._GOALS), head + body + "</sst>", level=1))
    return path


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Its own app: the upload budget is cut to 3 s, too tight for the other tests' uploads."""
    tmp = tmp_path_factory.mktemp("webapp-upload")
    env = {k: v for k, v in os.environ.items() if k not in MODEL_ENV}
    env.update(HOME=str(tmp), SMARTGOAL_UPLOAD_SECONDS="3")  # the test's small budget
    yield from serve_app(tmp, env)


def test_a_rewrite_stays_quick_while_another_session_uploads_a_greedy_file(
    browser, app_url: str, tmp_path: Path
) -> None:
    greedy = _greedy_workbook(tmp_path / "greedy.xlsx")
    contexts = [browser.new_context(), browser.new_context()]
    try:
        uploader, writer = (c.new_page() for c in contexts)
        for p in (uploader, writer):
            p.set_default_timeout(WAIT_MS)
        writer.goto(app_url)
        writer.get_by_role("textbox", name="Your goal").wait_for()
        rewrite_and_time(writer, "Grow our TikTok followers")  # warm
        quiet = rewrite_and_time(writer, "Double our TikTok followers")

        uploader.goto(f"{app_url}/batch")
        uploader.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
            str(greedy)
        )
        time.sleep(0.5)  # the upload is being read now
        busy = rewrite_and_time(writer, "Double our TikTok followers within 6 months")
        uploader.get_by_text("took more than 3 s").wait_for()
    finally:
        for c in contexts:
            c.close()
    assert busy < max(3 * quiet, 3000), (quiet, busy)
