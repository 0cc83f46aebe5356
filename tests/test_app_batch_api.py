"""AppTest of the Batch page on the provider's batch engine: offer, send, progress, come back, download."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
import streamlit

from rewriter.batch_jobs import BATCH_ENGINE_MIN_GOALS, jobs_dir, list_jobs
from rewriter.web.batch_view import STATE_KEY
from rewriter.web.display import md_escape
from rewriter.web.i18n import t
from tests.app_fixtures import page_test
from tests.batch_api_stub import BatchApiStub, rules_answer
from tests.batch_fixtures import write_goals_csv

SECRET = "sk-test-SECRET"


@pytest.fixture
def cache(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user cache folder (where sent sheets are kept) inside the test's folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(clean_env / "xdg"))
    monkeypatch.setenv("SMARTGOAL_MAX_RETRIES", "0")
    return clean_env


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What each download button would serve (AppTest does not expose a download's bytes)."""
    seen: list[dict[str, Any]] = []
    real = streamlit.download_button

    def spy(label: str, data: Any = None, **kw: Any) -> Any:
        seen.append({"label": label, "data": data, **kw})
        return real(label, data, **kw)

    monkeypatch.setattr(streamlit, "download_button", spy)
    return seen


def session(stub: BatchApiStub, *, key: str | None = SECRET, base_url: str | None = None):
    """A fresh browser session on the Batch page whose sidebar points at the stub."""
    at = page_test("batch", timeout=90)
    at.session_state["set_engine"] = "llm"
    at.session_state["set_model"] = "stub-model"
    at.session_state["set_base_url"] = base_url or stub.base_url
    if key:
        at.session_state["_api_key"] = key
    return at.run()


def upload(at, path: Path):
    at.file_uploader(key="batch_file").set_value((path.name, path.read_bytes(), "text/csv"))
    return at.run()


def texts(at) -> str:
    """Every text the page shows."""
    parts = [e.value for kind in ("markdown", "caption", "error", "success", "info", "warning")
             for e in getattr(at, kind)]  # fmt: skip
    parts += [b.label for b in at.button] + [r.label for r in at.radio]
    parts += [str(p.proto.text) for p in at.get("progress")]
    return "\n".join(parts)


def progress_texts(at) -> list[str]:
    return [str(p.proto.text) for p in at.get("progress")]


def check(at):
    job = list_jobs()[0]
    at.button(key=f"job_check_{job.id}").click().run()
    assert not at.exception
    return at


@pytest.mark.slow
def test_send_see_progress_come_back_and_download(cache, batch_api, served, tmp_path) -> None:
    batch_api.steps = 2
    src = write_goals_csv(tmp_path / "goals.csv", 40)
    at = upload(session(batch_api), src)
    assert not at.exception and not at.error
    # a small sheet: offered, not chosen for the user
    assert at.radio[0].value == "now"
    at.radio[0].set_value("later").run()
    assert "24 hours" in at.info[0].value and "half the price" in at.info[0].value
    assert "--" not in at.info[0].value and "SMARTGOAL" not in texts(at)
    at.button(key="batch_send").click().run()
    assert not at.exception and not at.error
    assert at.success[0].value == t("sent", "en", name=md_escape("goals.csv"))
    assert batch_api.uploads == 1 and batch_api.creates == 1
    [job] = list_jobs()
    assert job.status == "running" and job.requests > 0
    shown = progress_texts(at)
    assert shown and f"of {job.requests} goals answered" in shown[-1]
    # a second click cannot send the same sheet twice
    assert not [b for b in at.button if b.key == "batch_send"]
    assert t("already_sent", "en") in texts(at)

    # Come back later, in a new session: the sheet is listed; check until the answers are in.
    back = session(batch_api)
    assert t("jobs_title", "en") in [s.value for s in back.subheader]
    check(back)
    assert f"of {job.requests} goals answered" in progress_texts(back)[-1]
    assert not back.download_button  # not ready yet
    check(back)
    assert back.success[0].value == t("job_ready", "en", name=md_escape("goals.csv"))
    assert batch_api.uploads == 1 and batch_api.creates == 1  # nothing sent twice
    assert progress_texts(back)[-1].startswith("Ready:")
    assert [d.label for d in back.download_button] == [
        t("download_csv", "en"),
        t("download_xlsx", "en"),
    ]
    files = {d["file_name"]: d["data"] for d in served if d["file_name"]}
    batch_csv = files["goals-smart.csv"]

    # The same rows and columns as the online batch of the same sheet on this page.
    batch_api.chat_answer = rules_answer
    online = upload(session(batch_api), src)
    online.button(key="batch_start").click().run()
    assert not online.exception
    online_csv = online.session_state[STATE_KEY].downloads["csv"]
    assert batch_csv.decode("utf-8-sig") == online_csv.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(batch_csv.decode("utf-8-sig"))))
    assert len(rows) == 41 and [r[0] for r in rows[1:]] == [str(i) for i in range(1, 41)]

    # The key never appears on the page or in the kept files.
    assert SECRET not in texts(at) + texts(back)
    for path in jobs_dir().rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path

    # Remove it from the list once downloaded.
    back.button(key=f"job_remove_{job.id}").click().run()
    assert (
        not list_jobs()
        and not back.subheader
        or t("jobs_title", "en") not in [s.value for s in back.subheader]
    )


def test_a_large_sheet_is_offered_the_batch_engine_first(cache, batch_api, tmp_path) -> None:
    n = BATCH_ENGINE_MIN_GOALS + 5
    src = tmp_path / "big.csv"
    src.write_text("goal\n" + "".join(f"Grow our TikTok followers to {i}\n" for i in range(n)),
                   encoding="utf-8")  # fmt: skip
    at = upload(session(batch_api), src)
    assert not at.exception
    assert at.radio[0].value == "later"
    assert at.radio[0].label == t("when_label", "en", goals=f"{n:,}")
    assert [b.key for b in at.button if b.key == "batch_send"]
    # the online run stays one click away
    at.radio[0].set_value("now").run()
    assert [b.key for b in at.button if b.key == "batch_start"]
    assert t("later_suggested", "en", min="1,000") in [c.value for c in at.caption]


def test_no_offer_without_a_model(cache, tmp_path) -> None:
    at = page_test("batch").run()
    src = write_goals_csv(tmp_path / "goals.csv", 5)
    upload(at, src)
    assert not at.radio and [b.key for b in at.button if b.key == "batch_start"]


@pytest.mark.slow
def test_coming_back_without_the_key_or_to_another_address_says_what_to_do(
    cache, batch_api, tmp_path
) -> None:
    src = write_goals_csv(tmp_path / "goals.csv", 10)
    at = upload(session(batch_api), src)
    at.radio[0].set_value("later").run()
    at.button(key="batch_send").click().run()
    assert not at.error

    no_key = session(batch_api, key=None)
    # the stub's address alone counts as a configured model: take it away to see the message
    no_key.session_state["set_base_url"] = ""
    no_key.run()
    check(no_key)
    assert no_key.error[0].value == t("job_fix_no_model", "en")

    other = session(batch_api, base_url="http://127.0.0.1:9/v1")
    check(other)
    assert other.error[0].value == t(
        "job_fix_other_address", "en", detail=md_escape(batch_api.base_url)
    )
    assert batch_api.creates == 1 and list_jobs()[0].status == "running"


@pytest.mark.slow
def test_the_provider_down_is_a_message_and_the_batch_is_kept(cache, tmp_path) -> None:
    with BatchApiStub(tmp_path / "provider") as stub:
        src = write_goals_csv(tmp_path / "goals.csv", 10)
        at = upload(session(stub), src)
        at.radio[0].set_value("later").run()
        at.button(key="batch_send").click().run()
        assert not at.error
    back = session(stub)  # the provider no longer answers
    check(back)
    error = back.error[0].value
    assert error.startswith(t("job_fix_provider", "en", detail="")[:40])
    assert SECRET not in error and "--" not in error
    assert list_jobs()[0].status == "running"


@pytest.mark.slow
def test_sending_speaks_vietnamese(cache, batch_api, tmp_path) -> None:
    src = write_goals_csv(tmp_path / "goals.csv", 10)
    at = session(batch_api)
    at.session_state["ui_lang"] = "vi"
    upload(at, src)
    assert at.radio[0].label.startswith(t("when_label", "vi", goals="")[:15])
    at.radio[0].set_value("later").run()
    assert at.info[0].value.startswith(t("later_explained", "vi", min="1.000")[:40])
    at.button(key="batch_send").click().run()
    assert at.success[0].value == t("sent", "vi", name=md_escape("goals.csv"))
    assert at.subheader[-1].value == t("jobs_title", "vi")
