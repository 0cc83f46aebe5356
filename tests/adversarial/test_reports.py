"""Run files are data: markup and HTML in them are shown as typed, never interpreted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODEL = "[link=http://evil.example]gpt[/link]<img src=x onerror=alert(1)>"
GOAL = "<script>alert(1)</script> [bold red]grow[/] followers"


def _hostile_run(path: Path, flip: bool) -> Path:
    data = json.loads((ROOT / "evals/baselines/core-rules.json").read_text(encoding="utf-8"))
    data["model"] = MODEL
    case = data["cases"][0]
    case["goal"] = GOAL
    if flip:  # change one verdict so the case is listed as changed
        name = next(iter(case["predicted"]))
        case["predicted"][name] = "met" if case["predicted"][name] != "met" else "missing"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_compare_shows_markup_and_html_from_run_files_as_text(
    smartgoal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _hostile_run(tmp_path / "a.json", False), _hostile_run(tmp_path / "b.json", True)
    md = tmp_path / "cmp.md"
    monkeypatch.setenv("COLUMNS", "400")
    result = smartgoal("eval", "compare", a, b, "--report-md", md)
    assert result.exit_code == 0, result.output
    assert "[link=http://evil.example]" in result.stdout  # printed as typed, not a hyperlink
    assert "\x1b]8;" not in result.stdout
    report = md.read_text(encoding="utf-8")
    assert "<script>" not in report and "<img" not in report
    assert "&lt;script&gt;" in report or "&lt;img" in report
