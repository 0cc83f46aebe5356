"""Comparing runs: deltas, better/worse cases, the regression exit code, and the reports."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rewriter.evaluation import (
    compare_html,
    compare_markdown,
    compare_runs,
    load_run,
    run_html,
    run_markdown,
)
from rewriter.evaluation.run import RunFileError
from tests.eval_fixtures import case, cli_app, make_run, smt

GOOD = smt("met", "met", "met")


def baseline():
    return make_run(
        [
            case("a", GOOD, GOOD),
            case("b", smt("met", "missing", "missing"), smt("met", "missing", "missing")),
            case("c", smt("missing", "missing", "missing"), smt("partial", "missing", "missing")),
            case("d", smt("met", "met", "partial"), smt("met", "met", "partial")),
        ]
    )


def worse_time():
    """b's time_bound now read as met (a missed flag); c's specific fixed."""
    return make_run(
        [
            case("a", GOOD, GOOD),
            case("b", smt("met", "missing", "missing"), smt("met", "missing", "met")),
            case("c", smt("missing", "missing", "missing"), smt("missing", "missing", "missing")),
            case("d", smt("met", "met", "partial"), smt("met", "met", "partial")),
        ]
    )


def test_compare_deltas_and_cases() -> None:
    a, b = baseline(), worse_time()
    cmp = compare_runs(a, b)
    deltas = {d.criterion: d for d in cmp.metrics}
    assert deltas["time_bound"].a["f1"] == 1.0
    assert deltas["time_bound"].b["f1"] == 0.8  # tp 2, fn 1: p 1.0, r 0.667
    assert deltas["time_bound"].delta["f1"] == -0.2
    assert deltas["specific"].delta["exact"] == 0.25
    assert [c.id for c in cmp.worse] == ["b"] and cmp.worse[0].broken == ["time_bound"]
    assert [c.id for c in cmp.better] == ["c"] and cmp.better[0].fixed == ["specific"]
    assert cmp.regressions == ["time_bound F1 1.000 -> 0.800 (-0.200)"]
    assert cmp.same_suite
    assert not compare_runs(a, a).regressed
    # the threshold is a tolerance: a 0.2 drop passes with 0.25
    assert not compare_runs(a, b, threshold=0.25).regressed


def test_reports_render(tmp_path: Path) -> None:
    a, b = baseline(), worse_time()
    md = run_markdown(b)
    assert "| Time-bound | 1.000 | 0.667 | 0.800 |" in md
    assert "| b |" in md and "time_bound met (want missing)" in md
    html = run_html(b)
    assert (
        html.startswith("<!doctype html>")
        and "<svg" in html
        and "http://www.w3.org/2000/svg" in html
    )
    assert "<script" not in html and "https://" not in html  # self-contained, no network
    cmd = compare_markdown(compare_runs(a, b))
    assert "**Regressions (F1 drop > 0.02):** time_bound" in cmd and "## Worse (1)" in cmd
    ch = compare_html(compare_runs(a, b))
    assert "<svg" in ch and "Regressions" in ch


def test_goal_text_is_escaped_in_html() -> None:
    run = make_run(
        [case("x", GOOD, smt("met", "met", "missing"), goal="<img src=x onerror=alert(1)> & co")]
    )
    html = run_html(run)
    assert "<img" not in html and "&lt;img src=x" in html


def test_run_file_round_trip(tmp_path: Path) -> None:
    run = make_run([case("v", GOOD, GOOD, goal="Tăng gấp đôi người theo dõi", lang="vi")])
    p = run.save(tmp_path / "runs" / "r.json")
    assert "Tăng gấp đôi" in p.read_text(encoding="utf-8")  # not \\u-escaped
    back = load_run(p)
    assert back.metrics == run.metrics and back.cases[0].goal == "Tăng gấp đôi người theo dõi"
    data = json.loads(p.read_text(encoding="utf-8"))
    for name in ("specific", "measurable", "time_bound"):
        assert {"precision", "recall", "f1", "accuracy"} <= set(data["metrics"][name])
    for key in ("engine", "model", "prompt_version", "suite", "date", "cases"):
        assert key in data
    assert data["suite"]["hash"] == "sha256:test"


def test_bad_run_files(tmp_path: Path) -> None:
    import pytest

    for text, match in (("{", "not JSON"), ('{"a": 1}', "not a smartgoal eval run file")):
        p = tmp_path / "bad.json"
        p.write_text(text, encoding="utf-8")
        with pytest.raises(RunFileError, match=match):
            load_run(p)
    with pytest.raises(RunFileError, match="no such run file"):
        load_run(tmp_path / "missing.json")


# ---------------------------------------------------------------- the CLI


def _files(tmp_path: Path) -> tuple[Path, Path]:
    return baseline().save(tmp_path / "a.json"), worse_time().save(tmp_path / "b.json")


def test_cli_compare_exit_codes(tmp_path: Path) -> None:
    a, b = _files(tmp_path)
    runner = CliRunner()
    app = cli_app()
    shown = runner.invoke(app, ["eval", "compare", str(a), str(b)])
    assert shown.exit_code == 0, shown.output
    assert "time_bound F1 1.000 -> 0.800" in shown.output
    assert "1 case(s) worse" in shown.output and "b: -time_bound" in shown.output

    gate = runner.invoke(app, ["eval", "compare", str(a), str(b), "--fail-on-regression"])
    assert gate.exit_code == 1
    loose = runner.invoke(
        app, ["eval", "compare", str(a), str(b), "--fail-on-regression", "--threshold", "0.3"]
    )
    assert loose.exit_code == 0, loose.output
    same = runner.invoke(app, ["eval", "compare", str(a), str(a), "--fail-on-regression"])
    assert same.exit_code == 0 and "no criterion's F1 dropped" in same.output
    better = runner.invoke(app, ["eval", "compare", str(b), str(a), "--fail-on-regression"])
    assert better.exit_code == 0  # B improved on A


def test_cli_compare_reports_and_bad_input(tmp_path: Path) -> None:
    a, b = _files(tmp_path)
    runner = CliRunner()
    app = cli_app()
    md, html = tmp_path / "out" / "c.md", tmp_path / "out" / "c.html"
    res = runner.invoke(
        app, ["eval", "compare", str(a), str(b), "--report-md", str(md), "--report-html", str(html)]
    )
    assert res.exit_code == 0, res.output
    assert "# Eval comparison" in md.read_text(encoding="utf-8")
    assert "<svg" in html.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["eval", "compare", str(a), str(tmp_path / "nope.json")])
    assert missing.exit_code == 2 and "no such run file" in missing.output
    assert "Traceback" not in missing.output


def test_page_helpers(tmp_path: Path) -> None:
    from rewriter.evaluation import case_rows, compare_rows, find_suites, metrics_rows, parse_run

    a, b = baseline(), worse_time()
    assert parse_run(b.to_json().encode("utf-8"), "upload.json").metrics == b.metrics
    rows = metrics_rows(b)
    assert rows[-1] == {
        "criterion": "Time-bound",
        "precision": 1.0,
        "recall": 0.6667,
        "f1": 0.8,
        "accuracy": 0.75,
        "exact": 0.75,
        "n": 4,
    }
    by_id = {r["id"]: r for r in case_rows(b)}
    assert by_id["b"]["time_bound got"] == "met" and by_id["b"]["wrong"] == "time_bound"
    assert compare_rows(compare_runs(a, b))[-1]["Δf1"] == -0.2
    (tmp_path / "one.yaml").write_text("x", encoding="utf-8")
    assert [p.name for p in find_suites(tmp_path)] == ["one.yaml"]
