"""The batch runner with the rules engine: columns kept, order, statuses, reuse, cancel, resume."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
import typer
from openpyxl import load_workbook
from typer.testing import CliRunner

from rewriter.batch import (
    OUTPUT_COLUMNS,
    BatchInputError,
    BatchOptions,
    checkpoint_path,
    open_table,
    plan_columns,
    run_batch,
    stream_batch,
)
from rewriter.settings import get_settings
from tests.batch_fixtures import HEADER, goal_rows, write_goals_csv

TODAY = date(2026, 1, 15)
REPO = Path(__file__).resolve().parents[1]


def options(**kw) -> BatchOptions:
    settings = get_settings(engine="rules", cache_enabled=False, openai_base_url=None)
    return BatchOptions(engine="rules", today=TODAY, settings=settings, **kw)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_every_row_kept_in_order_with_results(tmp_path: Path) -> None:
    rows = [
        ["id", "Mục tiêu", "platform", "current", "note"],
        ["1", "Grow our audience", "", "", '=HYPERLINK("http://x")'],
        ["2", "Double our TikTok followers within 6 months", "TikTok", "1200", "a"],
        ["3", "", "Facebook", "", "blank goal"],
        ["4", "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng", "", "", "vi"],
        ["5", "Grow sales", "", "lots", "bad baseline"],
        ["6", "Double our TikTok followers within 6 months", "TikTok", "1200", "same as 2"],
        ["7", "x" * 3000, "", "", "too long"],
    ]
    src = write_csv(tmp_path / "in.csv", rows)
    out = tmp_path / "out.csv"
    summary = run_batch(src, out, options())
    got = read_csv(out)
    header, body = got[0], got[1:]
    assert header == rows[0] + list(OUTPUT_COLUMNS)
    assert [r[0] for r in body] == ["1", "2", "3", "4", "5", "6", "7"]
    col = {name: i for i, name in enumerate(header)}
    status = [r[col["status"]] for r in body]
    assert status == ["ok", "ok", "error", "ok", "error", "ok", "error"]
    assert "Mục tiêu cell is empty" in body[2][col["error"]]
    assert "current 'lots' is not a number" in body[4][col["error"]]
    assert "3,000 characters" in body[6][col["error"]]
    assert body[0][col["note"]] == '\'=HYPERLINK("http://x")'  # neutralised
    assert body[3][col["language"]] == "vi" and body[1][col["language"]] == "en"
    for r in (body[0], body[1], body[3]):
        assert r[col["rewrite"]] and r[col["engine"]] == "rules" and r[col["model"]] == ""
        assert 0 <= int(r[col["score"]]) <= 5
        assert {r[col[c]] for c in ("specific", "measurable", "time_bound")} <= {
            "met", "partial", "missing", "unknown",
        }  # fmt: skip
    assert body[0][col["specific"]] == "missing"  # the article's ladder, bottom rung
    assert body[5][len(rows[0]) :] == body[1][len(rows[0]) :]  # identical goal and context
    assert (summary.rows, summary.ok, summary.error, summary.reused) == (7, 4, 3, 1)
    assert summary.output == out and not checkpoint_path(out).exists()
    assert summary.goal_column == "Mục tiêu"
    assert summary.context_columns == {"platform": "platform", "baseline": "current"}


def test_context_columns_change_the_report(tmp_path: Path) -> None:
    rows = [
        ["goal", "deadline"],
        ["Double our TikTok followers", "2026-06-30"],
        ["Double our TikTok followers", ""],
    ]
    out = tmp_path / "out.csv"
    run_batch(write_csv(tmp_path / "in.csv", rows), out, options())
    body = read_csv(out)[1:]
    tb = 2 + OUTPUT_COLUMNS.index("time_bound")
    assert body[0][tb] == "met" and body[1][tb] != "met"


def test_xlsx_in_and_out_round_trip(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Q1"
    ws.append(["Goal", "Hiện tại", "Owner"])
    ws.append(["Tăng người theo dõi TikTok lên gấp đôi trong 6 tháng", 1500, "=1+1"])
    ws.append(["-Grow sales", None, "Bình"])
    ws["C2"].data_type = "s"  # text that looks like a formula (as typed after an apostrophe)
    wb.save(tmp_path / "in.xlsx")
    out = tmp_path / "out.xlsx"
    summary = run_batch(tmp_path / "in.xlsx", out, options())
    assert summary.rows == 2
    ws = load_workbook(out).active
    assert ws.title == "Q1"
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == ["Goal", "Hiện tại", "Owner", *OUTPUT_COLUMNS]
    # the user's own cells come back as typed: text cells, never formulas, no ' added
    assert values[1][:3] == ["Tăng người theo dõi TikTok lên gấp đôi trong 6 tháng", 1500, "=1+1"]
    assert values[2][0] == "-Grow sales"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert values[1][3] == "ok" and isinstance(values[1][3 + OUTPUT_COLUMNS.index("score")], int)
    # and the workbook reads back as a table with the same cells
    table = open_table(out)
    assert [list(r) for r in table.rows()][0][:3] == values[1][:3]


def test_stream_to_a_buffer_with_progress_and_rows(tmp_path: Path) -> None:
    src = write_goals_csv(tmp_path / "in.csv", 300)
    seen, rows = [], []
    buf = io.BytesIO()
    summary = run_batch(
        src.read_bytes(), buf, options(), name="upload.csv", format="xlsx",
        progress=seen.append, on_row=rows.append,
    )  # fmt: skip
    assert summary.rows == 300 and summary.output is None
    assert [r.index for r in rows] == list(range(300))
    assert seen[-1].done == seen[-1].total == 300 and seen[0].done == 0
    assert open_table(buf.getvalue(), name="out.xlsx").total == 300


def test_stream_batch_memory_window(tmp_path: Path) -> None:
    """The generator reads lazily: the first row comes out before the table is read through."""
    src = write_goals_csv(tmp_path / "in.csv", 2000)
    table = open_table(src)
    plan = plan_columns(table)  # reads a sample of rows first
    read = 0
    original = table._rows

    def counting():
        nonlocal read
        for row in original():
            read += 1
            yield row

    table._rows = counting
    gen = stream_batch(table, options(window=32), plan=plan)
    first = next(gen)
    assert first.index == 0 and read <= 33
    gen.close()


@pytest.mark.slow
def test_cancel_then_resume_equals_uninterrupted(tmp_path: Path) -> None:
    src = write_goals_csv(tmp_path / "in.csv", 1500)
    full = tmp_path / "full.csv"
    run_batch(src, full, options())

    out = tmp_path / "out.csv"
    stop = threading.Event()

    def on_row(row) -> None:
        if row.index == 700:
            stop.set()

    summary = run_batch(src, out, options(), cancel=stop, on_row=on_row)
    assert summary.cancelled and 700 < summary.rows < 1500
    assert not out.exists() and summary.checkpoint == checkpoint_path(out)
    again = run_batch(src, out, options(), resume=True)
    assert again.resumed == summary.rows and again.rows == 1500
    assert out.read_bytes() == full.read_bytes()
    assert not checkpoint_path(out).exists()


def test_resume_refuses_a_changed_input(tmp_path: Path) -> None:
    src = write_goals_csv(tmp_path / "in.csv", 200)
    out = tmp_path / "out.csv"
    stop = threading.Event()
    run_batch(src, out, options(), cancel=stop, on_row=lambda r: r.index == 50 and stop.set())
    write_goals_csv(src, 200, seed=99)
    with pytest.raises(BatchInputError, match="does not match the input"):
        run_batch(src, out, options(), resume=True)
    with pytest.raises(BatchInputError, match="different engine"):
        run_batch(src, out, BatchOptions(engine="llm", settings=get_settings(
            openai_base_url="http://127.0.0.1:9/v1", cache_enabled=False)), resume=True)  # fmt: skip


# ---- the CLI -------------------------------------------------------------------------------------


def cli_app() -> typer.Typer:
    from rewriter.cli import app

    return app


def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SMARTGOAL_"))}
    env.update(SMARTGOAL_ENGINE="rules", SMARTGOAL_CACHE="false", TMPDIR=str(tmp_path))
    env["PYTHONPATH"] = str(REPO)
    return env


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ("", [], "is empty"),
        ("goal,platform\n", [], "header row but no goal rows"),
        (
            "owner,note\nAn,Grow sales\n",
            [],
            "cannot tell which column holds the goals; columns: owner, note",
        ),
        ("goal,Goals\na,b\n", [], "several columns could hold the goals (goal, Goals)"),
        ("goal\nGrow\n", ["--column", "nope"], "no column named 'nope'; columns: goal"),
        ("goal\nGrow\n", ["--today", "31/12/2026"], "--today must be a date"),
        ("goal\nGrow\n", ["--engine", "magic"], "--engine must be one of"),
        ("goal\nGrow\n", ["--engine", "llm"], "The llm engine needs a model"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    tmp_path, monkeypatch, content, args, message
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the repo
    for k in list(os.environ):
        if k.startswith(("OPENAI_", "SMARTGOAL_")):
            monkeypatch.delenv(k)
    (tmp_path / "in.csv").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli_app(), ["batch", "in.csv", "-o", "out.csv", *args])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and message in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out.csv").exists()


def test_cli_runs_and_summarises(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SMARTGOAL_CACHE", "false")
    write_csv(
        tmp_path / "in.csv",
        [["goal", "who"], ["Grow our audience", "An"], ["", "Chi"], ["Grow our audience", ""]],
        "cp1258",
    )
    result = CliRunner().invoke(
        cli_app(),
        ["batch", "in.csv", "-o", "out.xlsx", "--engine", "rules", "--today", "2026-01-15"],
    )
    assert result.exit_code == 0, result.output
    assert "3 rows: 2 ok, 0 fallback, 1 error" in result.output
    assert "model calls: 0; tokens: 0" in result.output
    assert "identical goals reused: 1 rows" in result.output
    assert (tmp_path / "out.xlsx").is_file()


def children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(c) for c in (task / "children").read_text().split()]
    return out


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_killed_then_interrupted_mid_run_then_resume_gives_the_same_file(tmp_path: Path) -> None:
    """`smartgoal batch` in a real process, stopped by kill -9, resumed and stopped again by
    Ctrl-C (SIGINT) mid-run; --resume then finishes a file identical to an uninterrupted run's."""
    n = 2_000  # the rules engine runs on worker processes from 2,000 rows
    src = tmp_path / "in.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(goal_rows(n))
    base = [sys.executable, "-m", "rewriter.cli", "batch", str(src), "--today", "2026-01-15"]
    env = cli_env(tmp_path)
    full = tmp_path / "full.csv"
    subprocess.run([*base, "-o", str(full)], env=env, check=True, capture_output=True, timeout=120)

    out = tmp_path / "out.csv"
    ckpt = checkpoint_path(out)
    done_before, resume = 0, []
    for sig in (signal.SIGKILL, signal.SIGINT):
        size = ckpt.stat().st_size if ckpt.exists() else 0
        proc = subprocess.Popen(
            [*base, "-o", str(out), *resume], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if ckpt.exists() and ckpt.stat().st_size > size + 30_000:  # about a hundred more rows
                break
            time.sleep(0.01)
        workers = children(proc.pid)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
        if sig == signal.SIGKILL:
            assert proc.returncode == -signal.SIGKILL
        else:
            assert proc.returncode == 130 and "--resume" in err and "Traceback" not in err
        assert workers, "the rules engine should run on worker processes for this many rows"
        gone_by = time.monotonic() + 10
        while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < gone_by:
            time.sleep(0.05)
        assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()], "orphaned workers"
        assert not out.exists(), "the run finished before it could be stopped"
        lines = ckpt.read_bytes().count(b"\n") - 1
        assert done_before < lines < n, (sig.name, done_before, lines)  # kept, and went on
        done_before, resume = lines, ["--resume"]

    done = subprocess.run([*base, "-o", str(out), "--resume"], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "resumed:" in done.stdout and f"{n:,} rows:" in done.stdout
    assert out.read_bytes() == full.read_bytes()
    assert not ckpt.exists()
    assert {p.name for p in tmp_path.iterdir()} == {"in.csv", "full.csv", "out.csv"}


def test_a_row_that_is_not_a_goal_keeps_its_place_with_no_rewrite(tmp_path: Path) -> None:
    src = write_csv(
        tmp_path / "in.csv", [["goal"], ["Grow our audience"], ["What is a SMART goal?"]]
    )
    out = tmp_path / "out.csv"
    run_batch(src, out, options())
    header, *body = read_csv(out)
    col = {name: i for i, name in enumerate(header)}
    assert [r[col["status"]] for r in body] == ["ok", "ok"]
    assert body[0][col["rewrite"]] and body[1][col["rewrite"]] == ""
    assert body[1][col["specific"]] == "missing"
