"""Settings a cloned folder cannot abuse, and a resume that refuses changed settings."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rewriter.api import rewrite
from rewriter.batch import BatchInputError, BatchOptions, checkpoint_path, run_batch
from rewriter.errors import SettingsError
from rewriter.settings import get_settings

SMARTGOAL = str(Path(sys.executable).with_name("smartgoal"))


def test_a_dotenv_cannot_send_the_environment_key_elsewhere(
    stub_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"OPENAI_BASE_URL={stub_server.base_url}\n", encoding="utf-8")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-user-secret")
    with pytest.raises(SettingsError, match="would receive the OPENAI_API_KEY"):
        rewrite("Grow our TikTok followers", engine="llm")
    assert stub_server.calls == 0  # nothing was sent


def test_the_same_setup_works_when_the_user_trusts_the_dotenv(
    stub_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"OPENAI_BASE_URL={stub_server.base_url}\n", encoding="utf-8")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-user-secret")
    monkeypatch.setenv("SMARTGOAL_TRUST_DOTENV", "1")
    monkeypatch.setenv("SMARTGOAL_MAX_RETRIES", "0")
    report = rewrite("Grow our TikTok followers", engine="llm")
    assert stub_server.calls == 1 and report.warnings  # the stub has no script: a fallback


@pytest.mark.parametrize("where", ["environment", "dotenv"])
def test_key_and_base_url_from_one_place_are_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.chdir(tmp_path)
    if where == "environment":
        monkeypatch.setenv("OPENAI_API_KEY", "sk-a")
        monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    else:
        (tmp_path / ".env").write_text(
            "OPENAI_API_KEY=sk-a\nOPENAI_BASE_URL=http://127.0.0.1:9/v1\n", encoding="utf-8"
        )
    assert get_settings().key_redirect() is None


def test_a_dotenv_that_is_not_utf8_exits_with_one_line(smartgoal, tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"SMARTGOAL_MODEL=caf\xe9\xff\n")  # in the working folder
    result = smartgoal("rewrite", "Grow our TikTok followers")
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert result.stderr.startswith("error: ") and "not UTF-8" in result.stderr
    assert result.stderr.count("\n") == 1


def test_argv_bytes_that_are_not_utf8_still_give_json(tmp_path: Path) -> None:
    result = subprocess.run(
        [SMARTGOAL.encode(), b"rewrite", b"Grow followers \xff\xfe by 10%", b"--json"],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "\ufffd" in result.stdout.decode("utf-8")


def _table(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [["goal"], *([f"Grow TikTok followers by {i}%"] for i in range(1, 8))]
        )
    return path


def test_resume_refuses_a_changed_goal_length_limit(tmp_path: Path) -> None:
    src, out = _table(tmp_path / "in.csv"), tmp_path / "out.csv"

    def options(limit: int) -> BatchOptions:
        settings = get_settings(_env_file=None, engine="rules", max_goal_chars=limit)
        return BatchOptions(engine="rules", today=date(2026, 11, 26), settings=settings)

    seen: list[int] = []
    run_batch(
        src, out, options(2000), on_row=lambda r: seen.append(1), cancel=lambda: len(seen) >= 2
    )
    assert checkpoint_path(out).is_file()
    with pytest.raises(BatchInputError, match="different max goal chars .*2000.*now 25"):
        run_batch(src, out, options(25), resume=True)
    assert run_batch(src, out, options(2000), resume=True).rows == 7


def test_a_misspelt_engine_is_refused_not_sent_to_the_model() -> None:
    with pytest.raises(SettingsError, match="one of auto, rules, llm, not 'Rules'"):
        rewrite("Grow our TikTok followers", engine="Rules")
