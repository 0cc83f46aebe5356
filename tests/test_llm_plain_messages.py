"""The built-in client sends the same request JSON as a stock ChatOpenAI, without re-walking the messages."""

from __future__ import annotations

import asyncio

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from rewriter.llm.engine import _bind, make_chat_model
from tests.llm_fixtures import valid_reply
from tests.stub_server import json_reply

CONVERSATION = [
    SystemMessage("You rewrite goals as SMART goals."),
    HumanMessage("<goal>\nTăng gấp đôi số người theo dõi TikTok trong 6 tháng\n</goal>"),
    AIMessage('{"rewrite": "Tăng lên 20.000"}'),
    HumanMessage("Fix these problems: the rewrite is not Time-bound."),
]


def test_the_server_gets_the_same_bytes_as_from_a_stock_client(stub_server) -> None:
    settings = stub_server.settings(None)
    stub_server.script(*(json_reply(valid_reply("vi")) for _ in range(4)))
    stock = ChatOpenAI(
        base_url=stub_server.base_url, api_key="test-key", model=settings.model,
        temperature=settings.temperature, max_retries=0,
    )  # fmt: skip
    ours = make_chat_model(settings)
    for model in (stock, ours):
        _bind(model, settings.structured_method).invoke(CONVERSATION)

    async def ask() -> None:
        await _bind(make_chat_model(settings, for_async=True), "json_schema").ainvoke(CONVERSATION)

    asyncio.run(ask())
    stock_request, *built_in = stub_server.requests
    assert len(built_in) == 2
    for request in built_in:
        assert request.body == stock_request.body  # same keys, same order, same messages
    assert [m["role"] for m in stock_request.json["messages"]] == [
        "system", "user", "assistant", "user"
    ]  # fmt: skip
    assert "Tăng gấp đôi" in stock_request.body.decode()  # not \u-escaped
