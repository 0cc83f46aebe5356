"""Batch with a model: a loopback OpenAI-compatible stub where some rows time out or get 500s."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from rewriter.batch import OUTPUT_COLUMNS, BatchOptions, run_batch
from tests.llm_fixtures import valid_reply
from tests.stub_server import Recorded, error, json_reply, slow

TODAY = date(2025, 1, 15)  # the example reply's deadlines are after it
GOAL = "Grow our TikTok followers"


def responder(rec: Recorded):
    body = rec.body.decode("utf-8")
    if "ZZTIMEOUT" in body:
        return slow(4.0, json_reply(valid_reply("en")))
    if "ZZFAIL" in body:
        return error(500, "upstream exploded")
    return json_reply(valid_reply("en"))


def test_every_row_survives_timeouts_and_500s(stub_server, tmp_path: Path) -> None:
    stub_server.responder = responder
    rows = [["id", "goal", "objective"]]
    plan = ["ok", "ZZTIMEOUT", "ok", "ZZFAIL", "ok", "blank", "ZZFAIL", "dup", "ok", "ZZTIMEOUT"]
    for i, kind in enumerate(plan):
        if kind == "blank":
            rows.append([str(i), "", "leads"])
        elif kind == "dup":
            rows.append([str(i), GOAL, "leads 0"])  # identical to row 0: no second call
        else:
            rows.append([str(i), GOAL, f"leads {i} {kind if kind != 'ok' else ''}".strip()])
    src = tmp_path / "in.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)

    # a good answer must come within the timeout even while the machine is busy
    settings = stub_server.settings(tmp_path, timeout=1.5, max_retries=1)
    out = tmp_path / "out.csv"
    summary = run_batch(
        src, out, BatchOptions(engine="llm", concurrency=4, today=TODAY, settings=settings)
    )

    got = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    header, body = got[0], got[1:]
    col = {name: i for i, name in enumerate(header)}
    assert header[3:] == list(OUTPUT_COLUMNS)
    assert [r[0] for r in body] == [str(i) for i in range(len(plan))]  # every row, in order
    expected = {
        "ok": "ok",
        "dup": "ok",
        "blank": "error",
        "ZZTIMEOUT": "fallback",
        "ZZFAIL": "fallback",
    }
    assert [r[col["status"]] for r in body] == [expected[k] for k in plan]
    for r, kind in zip(body, plan, strict=True):
        if kind in ("ok", "dup"):
            assert (r[col["engine"]], r[col["model"]]) == ("llm", "stub-model")
            assert r[col["rewrite"]].startswith("Grow our TikTok followers by 20%")
        elif kind == "ZZTIMEOUT":
            assert r[col["engine"]] == "rules" and "no answer within 1.5 s" in r[col["error"]]
            assert r[col["rewrite"]]  # the rules engine's rewrite stands in
        elif kind == "ZZFAIL":
            assert r[col["engine"]] == "rules" and "HTTP 500" in r[col["error"]]
        else:
            assert "goal cell is empty" in r[col["error"]]
    assert (summary.ok, summary.fallback, summary.error, summary.reused) == (5, 4, 1, 1)
    # one conversation per distinct goal that reached the model; each 500/timeout retried once
    assert summary.model_calls == 8
    assert stub_server.calls == 4 + 2 * 4
    assert summary.prompt_tokens > 0 and summary.completion_tokens > 0
    assert summary.engine == "llm" and summary.model == "stub-model"
