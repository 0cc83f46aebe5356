"""`smartgoal rewrite`: most behaviour in this process through Typer's runner; the installed
command itself, as a user runs it, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rewriter import GoalReport

SMARTGOAL = str(Path(sys.executable).with_name("smartgoal"))
VAGUE_REWRITE = "Grow our audience (followers on Instagram) by 20% by 26 February 2027."


def run_installed(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run([SMARTGOAL, *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.slow
def test_the_installed_command_prints_the_scorecard_and_refuses_bad_input_in_one_line() -> None:
    out = run_installed("rewrite", "grow our audience", "--today", "2026-11-26")
    assert out.returncode == 0, out.stderr
    assert VAGUE_REWRITE in out.stdout and "Score 0/5" in out.stdout
    bad = run_installed("rewrite", "grow", "--engine", "magic")
    assert bad.returncode == 2 and "--engine must be" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr


def test_scorecard_for_a_vague_goal(smartgoal) -> None:
    out = smartgoal("rewrite", "grow our audience", "--today", "2026-11-26")
    assert out.exit_code == 0, out.output
    for label in (
        "Specific",
        "Measurable",
        "Attainable",
        "Relevant",
        "Time-bound",
        "Rewrite",
        "Alternatives",
        "Assumptions to confirm",
    ):
        assert label in out.stdout
    assert VAGUE_REWRITE in out.stdout
    assert "Score 0/5" in out.stdout


def test_vietnamese_scorecard_uses_vietnamese_labels(smartgoal) -> None:
    out = smartgoal(
        "rewrite",
        "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng",
        "--today",
        "2026-11-26",
    )
    assert out.exit_code == 0
    assert "Cụ thể" in out.stdout and "Có thời hạn" in out.stdout
    assert "Điểm 3/5" in out.stdout


def test_json_is_one_goal_report(smartgoal) -> None:
    out = smartgoal(
        "rewrite", "Double our TikTok followers within 6 months", "--json", "--today", "2026-11-26"
    )
    data = json.loads(out.stdout)
    report = GoalReport.model_validate(data)
    assert report.facts.deadline.isoformat() == "2027-05-26"
    assert data["criteria"]["time_bound"]["status"] == "met"
    assert data["engine"] == "rules"


def test_lang_overrides_detection_and_context_options_sharpen(smartgoal) -> None:
    out = smartgoal(
        "rewrite",
        "tiktok followers",
        "--lang",
        "vi",
        "--json",
        "--today",
        "2026-11-26",
        "--baseline",
        "5000",
        "--growth",
        "4",
        "--horizon",
        "6 months",
        "--objective",
        "bán hàng",
    )
    data = json.loads(out.stdout)
    assert data["language"] == "vi"
    assert data["criteria"]["time_bound"]["status"] == "met"
    assert data["criteria"]["relevant"]["status"] == "met"
    assert "5.000" in data["rewrite"]["text"]  # the current value, written the Vietnamese way


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rewrite", "   "], "empty"),
        (["rewrite", "x" * 2500], "limit"),
        (["rewrite", "grow", "--today", "tomorrow"], "--today must be a date"),
        (["rewrite", "grow", "--engine", "magic"], "--engine must be"),
        (["rewrite", "grow", "--lang", "fr"], "--lang must be"),
        (["rewrite", "grow", "--engine", "llm"], "OPENAI_API_KEY"),
    ],
)
def test_unusable_input_exits_2_with_one_line(smartgoal, args: list[str], message: str) -> None:
    out = smartgoal(*args)
    assert out.exit_code == 2
    assert message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert out.stdout == ""
    assert isinstance(out.exception, SystemExit)  # an exit, not an error escaping the command


def test_text_that_is_not_a_goal_has_no_rewrite_in_json_or_on_screen(smartgoal) -> None:
    data = json.loads(smartgoal("rewrite", "What is a SMART goal?", "--json").stdout)
    assert data["rewrite"] is None and data["alternatives"] == []
    assert data["facts"]["kind"] == "not_a_goal"
    screen = smartgoal("rewrite", "What is a SMART goal?").stdout
    assert "no rewrite" in screen and " Rewrite " not in screen  # no rewrite panel
