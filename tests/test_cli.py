"""The smartgoal CLI, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rewriter import GoalReport

SMARTGOAL = str(Path(sys.executable).with_name("smartgoal"))


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", **(env or {})}
    return subprocess.run([SMARTGOAL, *args], capture_output=True, text=True, env=full_env, timeout=60)


def test_scorecard_for_a_vague_goal() -> None:
    out = run("rewrite", "grow our audience", "--today", "2026-11-26")
    assert out.returncode == 0, out.stderr
    for label in ("Specific", "Measurable", "Attainable", "Relevant", "Time-bound", "Rewrite",
                  "Alternatives", "Assumptions to confirm"):
        assert label in out.stdout
    assert "Grow our audience (followers on Instagram) by 20% by 26 February 2027." in out.stdout
    assert "Score 0/5" in out.stdout


def test_vietnamese_scorecard_uses_vietnamese_labels() -> None:
    out = run("rewrite", "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng", "--today", "2026-11-26")
    assert out.returncode == 0
    assert "Cụ thể" in out.stdout and "Có thời hạn" in out.stdout
    assert "Điểm 3/5" in out.stdout


def test_json_is_one_goal_report() -> None:
    out = run("rewrite", "Double our TikTok followers within 6 months", "--json", "--today", "2026-11-26")
    data = json.loads(out.stdout)
    report = GoalReport.model_validate(data)
    assert report.facts.deadline.isoformat() == "2027-05-26"
    assert data["criteria"]["time_bound"]["status"] == "met"
    assert data["engine"] == "rules"


def test_lang_overrides_detection_and_context_options_sharpen() -> None:
    out = run("rewrite", "tiktok followers", "--lang", "vi", "--json", "--today", "2026-11-26",
              "--baseline", "5000", "--growth", "4", "--horizon", "6 months", "--objective", "bán hàng")
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
def test_unusable_input_exits_2_with_one_line(args: list[str], message: str) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_rules_path_imports_no_llm_or_web_library() -> None:
    code = (
        "import sys; from rewriter.cli import app\n"
        "try:\n    app(['rewrite', 'grow', '--engine', 'rules'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('langchain_core', 'langchain_openai', 'openai', 'streamlit', 'pandas', 'httpx')]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_text_that_is_not_a_goal_has_no_rewrite_in_json_or_on_screen() -> None:
    data = json.loads(run("rewrite", "What is a SMART goal?", "--json").stdout)
    assert data["rewrite"] is None and data["alternatives"] == []
    assert data["facts"]["kind"] == "not_a_goal"
    screen = run("rewrite", "What is a SMART goal?").stdout
    assert "no rewrite" in screen and " Rewrite " not in screen  # no rewrite panel
