"""The llm engine against the loopback stub: valid replies, re-asks, fallbacks, shapes, methods."""

from __future__ import annotations

import json
import shutil
import time

import pytest

from rewriter.errors import SettingsError
from rewriter.llm.engine import llm_rewrite
from rewriter.llm.prompts import DEFAULT_PROMPTS_DIR, RECHECK_SECONDS, load_prompts
from tests.llm_fixtures import CTX, GOAL_EN, GOAL_VI, valid_reply, with_rewrite
from tests.stub_server import content, error, json_reply, tool_call


def test_valid_reply_is_one_call_and_a_full_llm_report(stub_server, tmp_path):
    stub_server.script(json_reply(valid_reply("en")))
    settings = stub_server.settings(tmp_path)
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)

    assert report.engine == "llm"
    assert report.model == "stub-model"
    assert report.prompt_version == load_prompts().version
    assert report.rewrite.text == valid_reply("en")["rewrite"]["text"]
    assert [a.label for a in report.alternatives] == ["conservative", "ambitious"]
    assert report.warnings == []
    assert report.usage.model_calls == 1 and stub_server.calls == 1
    req = stub_server.requests[0]
    assert report.usage.prompt_tokens == req.prompt_tokens > 0
    assert report.usage.completion_tokens > 0
    assert report.usage.latency_ms > 0 and not report.usage.cached
    # json_schema: strict schema sent, goal delimited as data, rules readings as hints
    fmt = req.json["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert f"<goal>\n{GOAL_EN}\n</goal>" in req.last_user
    assert '"platform":"TikTok"' in req.last_user
    assert req.json["model"] == "stub-model" and req.json["temperature"] == 0.0


def test_invalid_then_valid_reasks_with_the_errors(stub_server, tmp_path):
    bad = with_rewrite(valid_reply("en"), "Grow our audience")
    stub_server.script(json_reply(bad), json_reply(valid_reply("en")))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path))

    assert report.engine == "llm" and report.usage.model_calls == 2
    second = stub_server.requests[1]
    # the re-ask carries the bad reply and what was wrong with it
    assert second.messages[-2]["role"] == "assistant"
    assert "Grow our audience" in second.messages[-2]["content"]
    repair = second.last_user
    assert "cannot be used" in repair and "rewrite:" in repair
    assert len(second.messages) == len(stub_server.requests[0].messages) + 2


def test_always_invalid_falls_back_to_rules_with_a_warning(stub_server, tmp_path):
    bad = with_rewrite(valid_reply("en"), "Grow our audience")
    stub_server.script(*[json_reply(bad)] * 3)
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path))

    assert report.engine == "rules" and report.prompt_version is None
    assert stub_server.calls == 3 and report.usage.model_calls == 3
    assert report.usage.prompt_tokens > 0  # what the failed attempts cost is still reported
    assert any("3 replies failed the checks" in w for w in report.warnings)
    assert report.rewrite.text != "Grow our audience"


def test_max_repairs_zero_means_one_call(stub_server, tmp_path):
    stub_server.script(content("not json at all"))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path, max_repairs=0))
    assert report.engine == "rules" and stub_server.calls == 1
    assert any("not a JSON object" in w for w in report.warnings)


@pytest.mark.parametrize(
    "reply",
    [
        json_reply(valid_reply("en"), fenced=True),
        content("Here is the review:\n" + json.dumps(valid_reply("en")) + "\nHope it helps."),
        json_reply({"report": valid_reply("en")}),  # a wrapper key
        json_reply([valid_reply("en")]),  # a one-item list
    ],
    ids=["fenced", "prose-around", "wrapped", "list"],
)
def test_forgivable_shapes_are_read_in_one_call(stub_server, tmp_path, reply):
    stub_server.script(reply)
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path))
    assert report.engine == "llm" and stub_server.calls == 1


def test_case_and_key_slips_are_forgiven(stub_server, tmp_path):
    data = valid_reply("en")
    data["criteria"]["time-bound"] = data["criteria"].pop("time_bound")
    data["criteria"]["relevant"]["status"] = "Unknown"
    stub_server.script(json_reply(data))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path))
    assert report.engine == "llm" and report.criteria.relevant.status == "unknown"


@pytest.mark.parametrize(
    "first",
    [content(None), content(""), json_reply({"foo": 1}), json_reply("just a string"), content("{")],
    ids=["none", "empty", "wrong-shape", "json-string", "broken-json"],
)
def test_unusable_replies_are_reasked_not_crashed_on(stub_server, tmp_path, first):
    stub_server.script(first, json_reply(valid_reply("en")))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path))
    assert report.engine == "llm" and report.usage.model_calls == 2
    assert "cannot be used" in stub_server.requests[1].last_user


def test_wrong_shape_errors_name_the_fields(stub_server, tmp_path):
    stub_server.script(
        json_reply({"criteria": {}, "rewrite": {"text": ""}}), json_reply(valid_reply("en"))
    )
    llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path))
    repair = stub_server.requests[1].last_user
    assert "criteria.specific" in repair and "rewrite.text" in repair


def test_function_calling_sends_a_forced_tool_and_reads_the_call(stub_server, tmp_path):
    stub_server.script(tool_call("{not json"), tool_call(valid_reply("en")))
    settings = stub_server.settings(tmp_path, structured_method="function_calling")
    report = llm_rewrite(GOAL_EN, CTX, settings=settings)

    assert report.engine == "llm" and report.usage.model_calls == 2
    req = stub_server.requests[0].json
    assert req["tools"][0]["function"]["name"] == "smart_goal_report"
    assert req["tool_choice"]["function"]["name"] == "smart_goal_report"
    assert "response_format" not in req
    # the bad tool call goes back as plain assistant text, so no tool-result turn is needed
    echoed = stub_server.requests[1].messages[-2]
    assert echoed["role"] == "assistant" and "{not json" in echoed["content"]


def test_json_mode_asks_for_a_json_object(stub_server, tmp_path):
    stub_server.script(json_reply(valid_reply("en"), fenced=True))
    report = llm_rewrite(
        GOAL_EN, CTX, settings=stub_server.settings(tmp_path, structured_method="json_mode")
    )
    assert report.engine == "llm"
    assert stub_server.requests[0].json["response_format"] == {"type": "json_object"}
    assert "JSON" in stub_server.requests[0].messages[0]["content"]  # json_mode requires the word


def test_vietnamese_goal_gets_the_vietnamese_example_unescaped(stub_server, tmp_path):
    stub_server.script(json_reply(valid_reply("vi")))
    report = llm_rewrite(GOAL_VI, CTX, settings=stub_server.settings(tmp_path))

    assert report.engine == "llm" and report.language == "vi"
    req = stub_server.requests[0]
    assert GOAL_VI.encode() in req.body  # UTF-8 on the wire, not \\u escapes
    assert b"\\u" not in req.body
    assert "Language: vi" in req.last_user
    example_turns = [m["content"] for m in req.messages[1:-1]]
    assert any("Tăng quy mô khán giả" in t for t in example_turns)
    assert not any("Grow our TikTok" in t for t in example_turns)  # one example, lean prompt


def test_model_cannot_break_the_smt_ladder(stub_server, tmp_path):
    data = valid_reply("en")
    data["criteria"]["measurable"] = {
        "status": "met",
        "evidence": "followers",
        "feedback": "x",
        "question": None,
    }
    stub_server.script(json_reply(data))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path))
    # "Grow our TikTok followers" has no number: the rules reading wins for S, M and T
    assert report.engine == "llm"
    assert (report.criteria.specific.status, report.criteria.measurable.status) == (
        "met",
        "missing",
    )
    assert report.criteria.time_bound.status == "missing"


def test_alternatives_failing_on_the_last_try_are_dropped_not_fatal(stub_server, tmp_path):
    data = valid_reply("en")
    data["alternatives"][0]["text"] = "Grow our audience"
    stub_server.script(json_reply(data))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path, max_repairs=0))
    assert report.engine == "llm"
    assert [a.label for a in report.alternatives] == ["ambitious"]
    assert any("Dropped alternatives" in w for w in report.warnings)


def test_prompt_version_is_a_hash_of_the_prompt_files(stub_server, tmp_path):
    copy = tmp_path / "prompts"
    shutil.copytree(DEFAULT_PROMPTS_DIR, copy)
    assert load_prompts(copy).version == load_prompts().version
    repair = copy / "repair.md"
    repair.write_text(repair.read_text(encoding="utf-8") + "\nBe brief.", encoding="utf-8")
    time.sleep(RECHECK_SECONDS + 0.1)  # the folder is looked at again at most once a second
    changed = load_prompts(copy)  # an edited file is read again, no restart needed
    assert changed.version != load_prompts().version
    stub_server.script(json_reply(valid_reply("en")), json_reply(valid_reply("en")))
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path, prompts_dir=copy))
    assert report.prompt_version == changed.version
    # a new prompt version is a new cache key: the cached answer is not reused
    report = llm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(tmp_path))
    assert stub_server.calls == 2 and not report.usage.cached


def test_missing_prompt_folder_is_a_clear_error(tmp_path):
    with pytest.raises(SettingsError, match="SMARTGOAL_PROMPTS_DIR"):
        load_prompts(tmp_path)


def test_a_vietnamese_goal_gets_its_fallback_warning_in_vietnamese(stub_server, tmp_path):
    stub_server.responder = lambda rec: error(500)
    report = llm_rewrite(
        "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng",
        CTX,
        settings=stub_server.settings(tmp_path, max_retries=0),
    )
    assert report.engine == "rules"
    assert any(
        "không đưa ra câu trả lời dùng được" in w and "HTTP 500" in w for w in report.warnings
    )


def test_text_that_is_not_a_goal_costs_no_model_call(stub_server, tmp_path):
    stub_server.script(json_reply(valid_reply("en")))
    report = llm_rewrite("What is a SMART goal?", CTX, settings=stub_server.settings(tmp_path))
    assert stub_server.calls == 0 and report.usage.model_calls == 0
    assert report.rewrite is None and report.facts.kind == "not_a_goal" and report.warnings
