"""A model's correct answer outside the metric catalogue is kept on the first call."""

from __future__ import annotations

from datetime import date

from rewriter.llm.engine import llm_rewrite
from rewriter.report import GoalContext
from tests.llm_fixtures import valid_reply, with_rewrite
from tests.stub_server import json_reply

GOAL = "Improve our email open rate"


def test_a_good_answer_about_an_uncatalogued_metric_is_accepted_at_once(stub_server, tmp_path):
    answer = "Increase our email open rate from 22% to 30% by 31 March 2027."
    reply = with_rewrite(
        valid_reply("en"),
        answer,
        [
            "A 22% open rate today and the 30% target are assumptions to confirm.",
            "Deadline 31 March 2027 is a suggestion.",
        ],
    )
    reply["alternatives"] = []
    stub_server.script(json_reply(reply))
    report = llm_rewrite(
        GOAL, GoalContext(today=date(2026, 11, 30)), settings=stub_server.settings(tmp_path)
    )

    assert report.engine == "llm", report.warnings
    assert report.usage.model_calls == 1 and stub_server.calls == 1
    assert report.rewrite.text == answer
    assert not any("rules engine" in w for w in report.warnings)


def test_a_goal_typed_without_diacritics_gets_the_vietnamese_example(stub_server, tmp_path):
    stub_server.script(json_reply(valid_reply("vi")))
    llm_rewrite(
        "tang nguoi theo doi tiktok",
        GoalContext(today=date(2025, 1, 15)),
        settings=stub_server.settings(tmp_path),
    )
    sent = stub_server.requests[0]
    example_turn = sent.messages[1]["content"]
    assert (
        "Tăng quy mô khán giả" in example_turn
    )  # the Vietnamese few-shot goal, not the English one
    assert not any("Grow our TikTok followers" in t for t in sent.text_of("user"))
    # the goal's own turn still asks for an answer without diacritics
    assert "Language: vi (typed without diacritics" in sent.last_user


def test_a_reply_with_a_defect_the_reading_cannot_see_is_asked_again_by_name(stub_server, tmp_path):
    # a finance goal with no channel: the first answer imports social vocabulary
    goal = "Cut monthly cloud spend to $35,000 by 30 June 2027"
    first = with_rewrite(
        valid_reply("en"),
        "Cut monthly cloud spend to $35,000 by 30 June 2027 and share it on LinkedIn.",
    )
    first["alternatives"] = []
    second = with_rewrite(valid_reply("en"), "Cut monthly cloud spend to $35,000 by 30 June 2027.")
    second["alternatives"] = []
    stub_server.script(json_reply(first), json_reply(second))
    report = llm_rewrite(
        goal, GoalContext(today=date(2026, 11, 30)), settings=stub_server.settings(tmp_path)
    )

    assert report.engine == "llm", report.warnings
    assert (
        stub_server.calls == 2
        and report.rewrite.text == "Cut monthly cloud spend to $35,000 by 30 June 2027."
    )
    repair = stub_server.requests[1].last_user
    assert "foreign_vocabulary" in repair and "do not add a platform" in repair
