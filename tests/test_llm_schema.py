"""The reply schema sent to servers (OpenAI strict mode rules) and the lenient reply reader."""

from __future__ import annotations

import pytest

from rewriter.llm.schema import REPLY_SCHEMA, ReplyError, extract_json, parse_reply
from tests.llm_fixtures import valid_reply


def _objects(node):
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for v in node.values():
            yield from _objects(v)
    elif isinstance(node, list):
        for v in node:
            yield from _objects(v)


def test_schema_meets_openai_strict_mode():
    objects = list(_objects(REPLY_SCHEMA))
    assert len(objects) >= 5
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert sorted(obj["required"]) == sorted(obj["properties"])
    text = str(REPLY_SCHEMA)
    for banned in ("'default'", "minLength", "maxLength"):
        assert banned not in text


def test_schema_statuses_are_the_contract_statuses():
    status = REPLY_SCHEMA["$defs"]["CriterionOut"]["properties"]["status"]
    assert set(status["enum"]) == {"met", "partial", "missing", "unknown"}


@pytest.mark.parametrize(
    "text",
    ['{"a": 1}', '```json\n{"a": 1}\n```', '```\n{"a": 1}\n```', 'Sure! {"a": 1} Done.'],
)
def test_extract_json_finds_the_object(text):
    assert extract_json(text) == {"a": 1}


def test_extract_json_says_what_to_fix():
    with pytest.raises(ReplyError) as err:
        extract_json("I cannot help with that.")
    assert "one JSON object" in err.value.errors[0]


def test_parse_reply_keeps_defaults_for_optional_parts():
    data = valid_reply("en")
    del data["alternatives"]
    data["rewrite"] = data["rewrite"]["text"]  # a bare string is read as the rewrite text
    reply = parse_reply(data)
    assert reply.alternatives == [] and reply.rewrite.assumptions == []
