"""Batch under hostile rows, files and neighbours: every row out, one error each, clear exits."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from rewriter.batch import BatchInputError, BatchOptions, checkpoint_path, run_batch
from rewriter.output_lock import OutputLock
from rewriter.settings import get_settings
from tests.adversarial.catalogue import BATCH_ROWS

TODAY = date(2026, 11, 26)
SMARTGOAL = str(Path(sys.executable).with_name("smartgoal"))
HEADER = ["goal", "deadline", "baseline", "monthly growth", "horizon"]


def options(**kw: object) -> BatchOptions:
    settings = get_settings(_env_file=None, engine="rules")
    return BatchOptions(engine="rules", today=TODAY, settings=settings, **kw)  # type: ignore[arg-type]


def write_rows(path: Path, rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


def read_out(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_every_hostile_row_gets_its_own_status_and_none_is_lost(tmp_path: Path) -> None:
    rows = [cells for cells, _ in BATCH_ROWS]
    summary = run_batch(write_rows(tmp_path / "in.csv", rows), tmp_path / "out.csv", options())
    out = read_out(tmp_path / "out.csv")
    # the blank row is skipped as no row at all; every other row comes back, in order
    kept = [(cells, bad) for cells, bad in BATCH_ROWS if any(c.strip() for c in cells)]
    assert len(out) == len(kept) == summary.rows
    for row, (cells, bad) in zip(out, kept, strict=True):
        assert row["goal"] == cells[0]
        assert row["status"] == ("error" if bad else "ok"), (cells, row["error"])
        if bad:
            assert row["error"] and "Traceback" not in row["error"]


def test_resume_after_a_stop_on_a_bad_row_goes_past_it(tmp_path: Path) -> None:
    rows = [cells for cells, _ in BATCH_ROWS if cells[0]]
    src, out = write_rows(tmp_path / "in.csv", rows), tmp_path / "out.csv"
    seen: list[int] = []
    first = run_batch(
        src, out, options(), on_row=lambda r: seen.append(r.index), cancel=lambda: len(seen) >= 3
    )
    assert first.cancelled and checkpoint_path(out).is_file()
    second = run_batch(src, out, options(), resume=True)
    assert second.rows == len(rows) and second.resumed == first.rows
    assert len(read_out(out)) == len(rows)


def test_a_second_run_on_the_same_output_gets_a_clear_error(tmp_path: Path) -> None:
    src, out = (
        write_rows(tmp_path / "in.csv", [("Grow followers", "", "", "", "")]),
        tmp_path / "o.csv",
    )
    held = OutputLock(out.with_name("o.csv.partial"), out).acquire()  # another run, mid-way
    try:
        with pytest.raises(BatchInputError, match="another smartgoal batch is writing"):
            run_batch(src, out, options())
    finally:
        held.release()
    assert run_batch(src, out, options()).rows == 1  # free again


def test_a_second_process_is_refused_while_the_first_writes(smartgoal, tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", [("Grow followers", "", "", "", "")])
    out = tmp_path / "o.csv"
    code = (
        "import sys, time; from pathlib import Path; from rewriter.output_lock import OutputLock;"
        f"lock = OutputLock(Path({str(out) + '.partial'!r}), Path('o')).acquire();"
        "print('held', flush=True); time.sleep(30)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = smartgoal("batch", src, "-o", out, "--engine", "rules")
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert result.stderr.startswith("error: another smartgoal batch is writing")
    assert result.stderr.count("\n") == 1 and not out.exists()


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("folder", "is a folder"),
        ("missing/out.csv", "does not exist"),
        ("readonly/out.csv", "permission denied"),
    ],
)
def test_unwritable_outputs_exit_with_one_line_before_any_work(
    smartgoal, tmp_path: Path, target: str, message: str
) -> None:
    if target.startswith("readonly") and os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    (tmp_path / "folder").mkdir()
    (tmp_path / "readonly").mkdir(mode=0o500)
    src = write_rows(tmp_path / "in.csv", [("Grow followers", "", "", "", "")])
    result = smartgoal("batch", src, "-o", tmp_path / target, "--engine", "rules")
    assert result.exit_code == 2, result.output
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_an_unclosed_quote_is_reported_not_merged(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('goal,platform\n"Grow followers,TikTok\nDouble sales,web\n', encoding="utf-8")
    with pytest.raises(BatchInputError, match=r"line 2: a quote .* never closed"):
        run_batch(src, tmp_path / "out.csv", options())


def test_a_full_disk_exits_cleanly_and_keeps_the_checkpoint(smartgoal, tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    src = write_rows(tmp_path / "in.csv", [("Grow followers", "", "", "", "")] * 3)
    out = tmp_path / "out.csv"
    partial = out.with_name("out.csv.partial")
    partial.symlink_to("/dev/full")  # every write to the unfinished file fails: ENOSPC
    result = smartgoal("batch", src, "-o", out, "--engine", "rules")
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert result.stderr.startswith(f"error: cannot write {out}: No space left on device")
    assert result.stderr.count("\n") == 1 and not out.exists()


def _marked(mark: str) -> list[int]:
    pids = []
    for env in Path("/proc").glob("[0-9]*/environ"):
        try:
            if mark.encode() in env.read_bytes():
                pids.append(int(env.parent.name))
        except OSError:
            continue
    return pids


@pytest.mark.slow
@pytest.mark.parametrize("after", [0.3, 1.2])
def test_kill_9_early_in_a_large_batch_leaves_no_process_behind(
    tmp_path: Path, after: float
) -> None:
    if not Path("/proc/self/environ").exists():
        pytest.skip("needs /proc")
    import time
    import uuid

    from tests.batch_fixtures import write_goals_csv

    src = write_goals_csv(tmp_path / "in.csv", 4000)
    mark = f"SMARTGOAL_TEST_MARK={uuid.uuid4().hex}"
    key, value = mark.split("=")
    batch = subprocess.Popen(
        [
            SMARTGOAL,
            "batch",
            str(src),
            "-o",
            str(tmp_path / "out.csv"),
            "--engine",
            "rules",
            "--concurrency",
            "2",
        ],
        env={**os.environ, key: value},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(after)
    batch.kill()
    batch.wait()
    deadline = time.monotonic() + 10
    while _marked(mark) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _marked(mark) == []
