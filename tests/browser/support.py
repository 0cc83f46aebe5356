"""Pieces for the real-browser tests: Debian's Chromium, a served app, waits and screenshots.

The `browser` and `served_app` fixtures (one of each for all the browser tests) are in
tests/browser/conftest.py.
Screenshots go to .cache/screenshots (or $SMARTGOAL_SCREENSHOTS, e.g. docs/screenshots when
refreshing the README's pictures).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.app_fixtures import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT_MS = 30_000
SCREENSHOTS = Path(os.environ.get("SMARTGOAL_SCREENSHOTS") or ROOT / ".cache" / "screenshots")


class ServedApp(NamedTuple):
    url: str
    cache: Path  # the app's user cache folder (sheets sent to the provider's batch engine)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_app(tmp: Path, env: dict[str, str]) -> Iterator[str]:
    """`streamlit run app.py` on a free loopback port with `env`; yields its URL, stops it after."""
    port = _free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true",
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
        "--client.toolbarMode", "minimal",
    ]  # fmt: skip
    log = (tmp / "streamlit.log").open("wb")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.read() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("streamlit did not start:\n" + (tmp / "streamlit.log").read_text())
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def settled(page) -> None:
    """The last run is over: nothing stale, no running icon."""
    page.wait_for_function(
        """() => !document.querySelector('[data-stale="true"]')
            && !document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')""",
        polling="raf",
    )


def until_shown(page, act, shown, tries: int = 3, wait_ms: int = 30_000, fresh=None) -> None:
    """Act, then wait for what it shows; on a loaded machine a rerun that was still on its way
    can swallow a click or an upload, so the action is done again once the page has settled
    (a user would click again too). A page that lost its connection to the server ignores an
    upload however often it is made: `fresh`, when given, opens the page anew (as a user would
    reload it) before the last try. The last wait's timeout is the test's failure."""
    for attempt in range(tries):
        if fresh is not None and attempt == tries - 1 and attempt > 0:
            fresh()
        settled(page)
        act()
        try:
            shown.wait_for(timeout=wait_ms)
            return
        except PlaywrightTimeoutError as exc:
            if attempt == tries - 1:
                # what the page showed instead is the clue to a failure seen only on a busy machine
                shot = shoot(page, "until-shown-failed")
                text = page.locator('[data-testid="stMain"]').inner_text()
                status = page.locator('[data-testid="stStatusWidget"]')
                said = status.inner_text() if status.count() else "(no status shown)"
                raise AssertionError(
                    f"not shown; the page said:\n{text}\nits status: {said}\n(screenshot {shot})"
                ) from exc


def shoot(page, name: str) -> Path:
    """A screenshot of the whole page (Streamlit scrolls inside its main block)."""
    height = page.evaluate(
        "() => document.querySelector('[data-testid=\"stMainBlockContainer\"]').scrollHeight"
    )
    page.set_viewport_size({"width": 1400, "height": min(int(height) + 40, 4000)})
    page.wait_for_timeout(400)  # let the resize settle
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1400, "height": 1000})
    return path


def rewrite_and_time(page, goal: str, button: str = "Rewrite", label: str = "Your goal") -> float:
    """Fill the goal, click, and wait for its report; milliseconds from click to rendered."""
    page.get_by_role("textbox", name=label).fill(goal)
    started = time.perf_counter()
    page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_function(
        """g => {
            // The new report is shown and the run is over: no element left from the last run.
            const shown = document.querySelector('.st-key-sg_result .sg-goal');
            const final = document.querySelector('.st-key-sg_final textarea');
            return shown && shown.textContent === g && final && final.value.trim().length > 0
                && !document.querySelector('[data-stale="true"]')
                && !document.querySelector('[data-testid="stStatusWidgetRunningIcon"]');
        }""",
        arg=goal,
        polling="raf",
        timeout=WAIT_MS,
    )
    return (time.perf_counter() - started) * 1000


def type_until_kept(page, wanted: dict[str, str]) -> None:
    """Type each sidebar field's value (by widget key) until the page keeps it: a value typed
    while a rerun is on its way can be lost on a busy machine."""
    sidebar = page.locator('[data-testid="stSidebar"]')
    for _ in range(5):
        for name, value in wanted.items():
            field = sidebar.locator(f".st-key-{name} input")
            if field.input_value() != value:
                field.fill(value)
                field.press("Enter")
                settled(page)
        page.wait_for_timeout(300)
        settled(page)
        if all(sidebar.locator(f".st-key-{n} input").input_value() == v for n, v in wanted.items()):
            return
