"""The chain as a Runnable, the async many-goals helper, and chat models a library user brings."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_openai import ChatOpenAI

from rewriter import api
from rewriter.errors import GoalInputError
from rewriter.llm.engine import allm_rewrite, arewrite_many, build_chain, llm_rewrite
from rewriter.report import GoalReport
from tests.llm_fixtures import CTX, GOAL_EN, GOAL_VI, TODAY, valid_reply
from tests.stub_server import json_reply

CTX_DICT = {"today": TODAY.isoformat()}


def _by_goal(rec):
    """A valid reply in the goal's language, whatever the goal."""
    return json_reply(valid_reply("vi" if "Tăng" in (rec.goal or "") else "en"))


def test_runnable_invoke_batch_ainvoke_abatch(stub_server, tmp_path):
    stub_server.responder = _by_goal
    chain = build_chain(settings=stub_server.settings(None))  # cache off: every call asks

    one = chain.invoke({"goal": GOAL_EN, "context": CTX_DICT})
    assert isinstance(one, GoalReport) and one.engine == "llm"
    many = chain.batch([(GOAL_EN, CTX), {"goal": GOAL_VI, "context": CTX_DICT}])
    assert [r.language for r in many] == ["en", "vi"]
    assert asyncio.run(chain.ainvoke((GOAL_VI, CTX))).language == "vi"
    reports = asyncio.run(chain.abatch([(GOAL_EN, CTX)] * 3, config={"max_concurrency": 2}))
    assert all(r.engine == "llm" for r in reports)
    assert stub_server.calls == 1 + 2 + 1 + 3


def test_runnable_batch_can_return_input_errors(stub_server):
    stub_server.responder = _by_goal
    chain = build_chain(settings=stub_server.settings(None))
    out = chain.batch([(GOAL_EN, CTX), "   "], return_exceptions=True)
    assert isinstance(out[0], GoalReport) and isinstance(out[1], GoalInputError)


def test_arewrite_many_bounds_concurrency_keeps_order_and_every_row(stub_server, tmp_path):
    lock, state = threading.Lock(), {"now": 0, "peak": 0}

    def responder(rec):
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        return _by_goal(rec)

    stub_server.responder = responder
    settings = stub_server.settings(None)
    items = [(GOAL_EN, CTX), (GOAL_VI, CTX), "", {"goal": GOAL_EN, "context": CTX_DICT}] * 3
    seen: list[int] = []
    results = asyncio.run(
        arewrite_many(
            items, settings=settings, concurrency=3, on_result=lambda i, r: seen.append(i)
        )
    )

    assert len(results) == len(items) and sorted(seen) == list(range(len(items)))
    assert 2 <= state["peak"] <= 3  # concurrent, and never more than asked
    for item, result in zip(items, results, strict=True):
        if item == "":
            assert isinstance(result, GoalInputError)
        else:
            assert isinstance(result, GoalReport) and result.engine == "llm"
    assert [r.language for r in results if isinstance(r, GoalReport)][:2] == ["en", "vi"]


def test_arewrite_many_accepts_async_callbacks_and_uses_the_cache(stub_server, tmp_path):
    stub_server.responder = _by_goal
    settings = stub_server.settings(tmp_path, concurrency=2)
    done: list[int] = []

    async def on_result(i, r):
        done.append(i)

    results = asyncio.run(
        arewrite_many([(GOAL_EN, CTX)] * 2, settings=settings, on_result=on_result)
    )
    again = asyncio.run(arewrite_many([(GOAL_EN, CTX)], settings=settings))
    assert len(done) == 2 and all(isinstance(r, GoalReport) for r in results)
    assert again[0].usage.cached


def test_async_entry_points_match_sync(stub_server, tmp_path):
    stub_server.responder = _by_goal
    settings = stub_server.settings(None)
    a = llm_rewrite(GOAL_VI, CTX, settings=settings)
    b = asyncio.run(allm_rewrite(GOAL_VI, CTX, settings=settings))
    c = asyncio.run(api.arewrite(GOAL_VI, CTX, engine="llm", settings=settings))
    assert (
        a.model_dump(exclude={"usage"})
        == b.model_dump(exclude={"usage"})
        == c.model_dump(exclude={"usage"})
    )


def test_async_retries_and_fallback_behave_like_sync(stub_server, tmp_path):
    from tests.stub_server import error

    stub_server.script(error(500), json_reply({"bad": 1}), json_reply(valid_reply("en")))
    report = asyncio.run(
        allm_rewrite(GOAL_EN, CTX, settings=stub_server.settings(None, max_retries=1))
    )
    assert report.engine == "llm" and report.usage.model_calls == 2 and stub_server.calls == 3


def test_a_users_own_chat_openai_instance(stub_server, tmp_path):
    stub_server.script(json_reply(valid_reply("en")))
    model = ChatOpenAI(base_url=stub_server.base_url, api_key="k", model="my-model", max_retries=0)
    report = api.rewrite(GOAL_EN, CTX, chat_model=model, settings=stub_server.settings(tmp_path))
    assert report.engine == "llm" and report.model == "my-model"
    assert stub_server.requests[0].json["model"] == "my-model"


def test_any_langchain_chat_model_works(tmp_path):
    bad = AIMessage('```json\n{"oops": true}\n```')
    good = AIMessage(json.dumps(valid_reply("en")))
    model = GenericFakeChatModel(messages=iter([bad, good]))
    from rewriter.settings import Settings

    settings = Settings(
        _env_file=None,
        cache_path=tmp_path / "c.sqlite3",
        structured_method="function_calling",
        max_repairs=2,
    )
    report = llm_rewrite(GOAL_EN, CTX, settings=settings, chat_model=model)
    assert report.engine == "llm" and report.usage.model_calls == 2
    assert report.model == "GenericFakeChatModel"


def test_a_chat_model_that_raises_becomes_a_fallback(tmp_path):
    class Broken(GenericFakeChatModel):
        def _generate(self, *a, **k):
            raise RuntimeError("backend exploded")

    from rewriter.settings import Settings

    settings = Settings(_env_file=None, cache_enabled=False)
    report = llm_rewrite(GOAL_EN, CTX, settings=settings, chat_model=Broken(messages=iter([])))
    assert report.engine == "rules"
    assert any("RuntimeError: backend exploded" in w for w in report.warnings)


@pytest.mark.parametrize("bad", [42, None])
def test_many_helper_keeps_a_slot_for_nonsense_items(stub_server, bad):
    stub_server.responder = _by_goal
    out = asyncio.run(arewrite_many([bad, (GOAL_EN, CTX)], settings=stub_server.settings(None)))
    assert isinstance(out[0], GoalInputError) and isinstance(out[1], GoalReport)
