"""A batch's merge checks each reply against the goal summary saved when its request was built:
the same report as reading the goal again, and a missing or damaged summary is read again."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rewriter.llm.batch_api import Request, build_request, check_reply
from rewriter.llm.goal_summary import GoalSummary, SummaryFile, parse_summary
from rewriter.report import GoalContext, GoalReport
from rewriter.settings import Settings
from tests.batch_api_stub import chat_body, rules_answer

TODAY = date(2026, 1, 15)
GOALS = [
    ("Grow our TikTok followers", GoalContext(today=TODAY)),
    ("Double our Instagram followers within 6 months", GoalContext(today=TODAY, baseline=4000)),
    ("Tăng tương tác trên Facebook thêm 20% trước cuối năm", GoalContext(today=TODAY)),
    ("tang luot truy cap website tu Zalo them 15% trong 3 thang", GoalContext(today=TODAY)),
    ("Submit the Q4 tax report by 13 December", GoalContext(today=TODAY)),
    ("Get 500 leads from LinkedIn", GoalContext(today=TODAY, deadline=date(2026, 9, 30))),
]


@pytest.fixture(scope="module")
def settings() -> Settings:
    # a model is configured but never called: a reply is checked without asking again
    return Settings(_env_file=None, openai_base_url="http://127.0.0.1:9/v1", openai_api_key="x",
                    model="stub-model", cache_enabled=False, prompts_dir=None,
                    structured_method="json_schema")  # fmt: skip


def _request(goal: str, ctx: GoalContext, settings: Settings) -> Request:
    req = build_request(goal, ctx, settings)
    assert isinstance(req, Request)
    return req


def _shown(report: GoalReport) -> dict[str, Any]:
    data = report.model_dump(mode="json")
    data["usage"].pop("latency_ms")
    return data


def _replies(req: Request) -> list[dict[str, Any]]:
    """A reply that passes the checks, one whose rewrite fails them, one that is no JSON, and one
    whose rewrite adds a second deadline (the goal's own deadlines are saved in the summary)."""
    good = rules_answer(req.body)
    reply = json.loads(good["choices"][0]["message"]["content"])
    later = json.loads(json.dumps(reply))
    later["rewrite"]["text"] = later["rewrite"]["text"].rstrip(".") + " by 30/11/2027."
    reply["rewrite"]["text"] = "Be better"
    return [good, chat_body(json.dumps(reply)), chat_body("no JSON here"),
            chat_body(json.dumps(later))]  # fmt: skip


@pytest.mark.parametrize(("goal", "ctx"), GOALS)
def test_a_saved_summary_gives_the_report_of_reading_the_goal_again(
    goal: str, ctx: GoalContext, settings: Settings
) -> None:
    req = _request(goal, ctx, settings)
    assert req.summary is not None
    saved = parse_summary(SummaryFile.line(req.custom_id, req.summary))
    assert saved == req.summary  # the file keeps every value
    for body in _replies(req):
        with_summary = check_reply(goal, ctx, body, settings, saved)
        read_again = check_reply(goal, ctx, body, settings)
        assert _shown(with_summary) == _shown(read_again)


def test_not_a_goal_and_a_history_are_not_summarised(settings: Settings) -> None:
    assert not isinstance(build_request("hello there", GoalContext(today=TODAY), settings), Request)
    ctx = GoalContext(today=TODAY, history="4200, 4450, 4700, 4900")
    assert _request("Grow our TikTok followers to 6000", ctx, settings).summary is None


def test_a_damaged_or_foreign_summary_is_read_again(settings: Settings, tmp_path: Path) -> None:
    goal, ctx = GOALS[0]
    req = _request(goal, ctx, settings)
    assert req.summary is not None
    line = SummaryFile.line(req.custom_id, req.summary)
    path = tmp_path / "summaries.jsonl"
    # a good line, a line of another version, a line cut short by a kill
    other = json.loads(line)
    other.update(custom_id="g-other", v=99)
    foreign = json.dumps(other, ensure_ascii=False, separators=(",", ":")).encode()
    path.write_bytes(line + foreign + b"\n" + line[:40])
    summaries = SummaryFile(path).load()
    assert len(summaries) == 2
    assert parse_summary(summaries.raw(req.custom_id)) == req.summary
    assert parse_summary(summaries.raw("g-other")) is None
    assert summaries.raw("g-unknown") is None
    summaries.close()
    for bad in (
        b"not json",
        b"[]",
        b'{"v": 1}',
        json.dumps({**other, "v": 1, "numbers": ["x"]}).encode(),
    ):
        assert parse_summary(bad) is None
    assert len(SummaryFile(tmp_path / "missing.jsonl").load()) == 0
    assert GoalSummary.loads({"v": 1, "language": "fr"}) is None
