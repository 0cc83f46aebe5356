"""LLM engine speed and prompt size against the zero-latency loopback stub (no network).

Run: .venv/bin/python benchmarks/bench_llm.py [--goals N] [--strict]
Prints: chain overhead per goal (target < 20 ms), cache hit (< 5 ms), model calls per goal,
prompt tokens per goal as the stub counts them from each request, and async throughput.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.stub_server when run as a script

from langchain_core.language_models import BaseChatModel  # noqa: E402
from langchain_core.messages import AIMessage  # noqa: E402
from langchain_core.outputs import ChatGeneration, ChatResult  # noqa: E402

from rewriter.llm.engine import arewrite_many, llm_rewrite, make_chat_model  # noqa: E402
from rewriter.llm.prompts import load_prompts  # noqa: E402
from rewriter.report import GoalContext  # noqa: E402
from rewriter.rules.engine import rules_report  # noqa: E402
from rewriter.settings import Settings  # noqa: E402
from tests.llm_fixtures import TODAY, valid_reply  # noqa: E402
from tests.stub_server import StubServer, count_tokens, json_reply, tool_call  # noqa: E402

GOALS = [
    "Grow our audience",
    "Grow our TikTok followers",
    "Double our TikTok followers",
    "Double our TikTok followers within 6 months",
    "Get 500 new leads from LinkedIn by the end of Q3",
    "Tăng quy mô khán giả",
    "Tăng số lượng người theo dõi trên TikTok",
    "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng",
    "tang gap doi so nguoi theo doi tiktok",
    "Đạt 10.000 lượt truy cập website mỗi tháng trước 31/12/2025",
]
CTX = GoalContext(today=TODAY)
REPLIES = {lang: valid_reply(lang) for lang in ("en", "vi")}  # read once: no YAML in the timings
REPLY_TEXT = {lang: json.dumps(r, ensure_ascii=False) for lang, r in REPLIES.items()}


class InstantModel(BaseChatModel):
    """A chat model that answers at once, in process: what is left is the chain's own work."""

    @property
    def _llm_type(self) -> str:
        return "instant"

    def _generate(self, messages, stop=None, run_manager=None, **kw):  # noqa: ANN001
        lang = "vi" if "Language: vi" in messages[-1].content else "en"
        msg = AIMessage(REPLY_TEXT[lang])
        return ChatResult(generations=[ChatGeneration(message=msg)])


def _reply_for(method: str):
    def respond(rec):
        lang = "vi" if "Language: vi" in rec.last_user else "en"
        data = REPLIES[lang]
        return tool_call(data) if method == "function_calling" else json_reply(data)

    return respond


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples):6.2f} ms   p90 {sorted(samples)[int(len(samples) * 0.9) - 1]:6.2f} ms"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--goals", type=int, default=200, help="goals per measurement")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()
    n = args.goals
    goals = [GOALS[i % len(GOALS)] for i in range(n)]
    over: list[str] = []

    with StubServer() as stub, tempfile.TemporaryDirectory() as tmp:
        stub.responder = _reply_for("json_schema")
        nocache = stub.settings(None)
        for g in GOALS:  # warm up imports, prompt files, client pool
            llm_rewrite(g, CTX, settings=nocache)
        stub.reset()

        # 1a. the chain's own work: rules, prompt, parse, checks, report (in-process model)
        instant, plain = InstantModel(), Settings(_env_file=None, cache_enabled=False)
        for g in GOALS:
            llm_rewrite(g, CTX, settings=plain, chat_model=instant)
        own = []
        for g in goals:
            t = time.perf_counter()
            r = llm_rewrite(g, CTX, settings=plain, chat_model=instant)
            own.append((time.perf_counter() - t) * 1000)
            assert r.engine == "llm", r.warnings

        # 1b. one goal end to end over HTTP to the loopback stub, cache off
        per_goal, calls = [], []
        for g in goals:
            t = time.perf_counter()
            r = llm_rewrite(g, CTX, settings=nocache)
            per_goal.append((time.perf_counter() - t) * 1000)
            calls.append(r.usage.model_calls)
            assert r.engine == "llm", r.warnings
        # the HTTP round trip alone, through langchain-openai and the openai client
        model = make_chat_model(nocache)
        raw = []
        for _ in range(n):
            t = time.perf_counter()
            model.invoke([("user", "hi")])
            raw.append((time.perf_counter() - t) * 1000)
        rules = []
        for g in goals:
            t = time.perf_counter()
            rules_report(g, CTX)
            rules.append((time.perf_counter() - t) * 1000)

        # 2. cache hits
        cached = stub.settings(Path(tmp))
        for g in GOALS:
            llm_rewrite(g, CTX, settings=cached)
        before = stub.calls
        hits = []
        for g in goals:
            t = time.perf_counter()
            r = llm_rewrite(g, CTX, settings=cached)
            hits.append((time.perf_counter() - t) * 1000)
            assert r.usage.cached
        assert stub.calls == before

        # 3. async many goals, bounded concurrency, cache off
        t = time.perf_counter()
        results = asyncio.run(
            arewrite_many([(g, CTX) for g in goals], settings=nocache, concurrency=8)
        )
        many_s = time.perf_counter() - t
        assert all(getattr(r, "engine", None) == "llm" for r in results)

        # 4. prompt tokens per goal, per structured-output method, counted from the requests
        tokens: dict[str, list[int]] = {}
        parts: dict[str, int] = {}
        for method in ("json_schema", "function_calling", "json_mode"):
            stub.reset()
            stub.responder = _reply_for(method)
            s = stub.settings(None, structured_method=method)
            for g in GOALS:
                llm_rewrite(g, CTX, settings=s)
            tokens[method] = [rec.prompt_tokens for rec in stub.requests]
            if method == "json_schema":
                en = next(rec for rec in stub.requests if "Language: en" in rec.last_user)
                msgs_ = en.messages
                parts = {
                    "system": count_tokens(msgs_[0]["content"]),
                    "example (user + reply)": count_tokens(
                        msgs_[1]["content"] + msgs_[2]["content"]
                    ),
                    "goal turn": count_tokens(msgs_[-1]["content"]),
                    "schema (response_format)": count_tokens(
                        json.dumps(
                            {"response_format": en.json["response_format"]}, ensure_ascii=False
                        )
                    ),
                }

    overhead = statistics.median(own)
    end_to_end = statistics.median(per_goal)
    hit = statistics.median(hits)
    print(f"LLM engine, {n} goals (EN/VI ladder), prompts {load_prompts().version}")
    print(f"  chain overhead per goal, zero-latency in-process model: {_ms(own)}   target < 20 ms")
    print("    (rules analysis, prompt, parse, rules re-check of rewrite + alternatives, report)")
    print(f"    of which rules analysis of the goal: {_ms(rules)}")
    print(f"  end to end over HTTP, zero-latency loopback stub:       {_ms(per_goal)}")
    print(f"    of which a bare ChatOpenAI round trip to the stub:   {_ms(raw)}")
    print(f"  cache hit:                          {_ms(hits)}   target < 5 ms")
    print(
        f"  model calls per goal:               {statistics.mean(calls):.2f} (first reply valid; max 1 + SMARTGOAL_MAX_REPAIRS)"
    )
    print(
        f"  async many, concurrency 8:          {n / many_s:7.1f} goals/s ({many_s * 1000 / n:.2f} ms/goal)"
    )
    print("  prompt tokens per goal (estimated from each request by the stub, ~cl100k):")
    for method, vals in tokens.items():
        print(
            f"    {method:17s} median {statistics.median(vals):5.0f}  min {min(vals)}  max {max(vals)}"
        )
    print("    json_schema, English goal: " + ", ".join(f"{k} {v}" for k, v in parts.items()))
    if overhead >= 20:
        over.append(f"chain overhead {overhead:.1f} ms >= 20 ms")
    if end_to_end >= 20:
        over.append(f"end to end over loopback HTTP {end_to_end:.1f} ms >= 20 ms")
    if hit >= 5:
        over.append(f"cache hit {hit:.1f} ms >= 5 ms")
    for line in over:
        print("  OVER TARGET:", line)
    return 1 if over and args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
