"""A loopback OpenAI-compatible chat server for offline tests: scripted replies, recorded requests.

Usage in a test module (the `stub_server` fixture comes from tests/conftest.py):

    from tests.stub_server import error, json_reply

    def test_x(stub_server, tmp_path):
        stub_server.script(json_reply({...}), error(500))   # one reply per request, in order
        settings = stub_server.settings(tmp_path)            # base URL, key, cache in tmp_path
        ...
        assert stub_server.requests[0].json["model"] == settings.model

When the script is empty the `responder` (a callable Recorded -> Reply) answers; without one the
server answers 500 so a missing script shows up as a fallback, never as a hang.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

_PIECE = re.compile(r"\w+|[^\w\s]+", re.UNICODE)


def _piece_tokens(piece: str) -> int:
    if not piece[0].isalnum() and piece[0] != "_":
        return math.ceil(len(piece) / 2)  # punctuation runs: `":"` and `},{` are one or two
    if piece.isascii():
        return math.ceil(len(piece) / 6)  # most English words are one token
    return math.ceil(len(piece) / 2)  # Vietnamese syllables with diacritics cost 2-3


def count_tokens(text: str) -> int:
    """Estimated tokens, near cl100k (tiktoken cannot load its encodings offline).

    Counted by word and punctuation run: an ASCII word costs one token per 6 letters, a word
    with diacritics one per 2, a punctuation run one per 2 characters.
    """
    return sum(_piece_tokens(p) for p in _PIECE.findall(text))


@dataclass
class Reply:
    """One scripted answer: a chat completion (content or tool call) or an HTTP error."""

    status: int = 200
    content: str | None = None
    tool_args: str | None = None  # the tool call's arguments, a JSON string (function_calling)
    tool_name: str = "smart_goal_report"
    finish_reason: str = "stop"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # raw body, sent as is (overrides everything above)
    delay: float = 0.0  # seconds to wait before answering (timeouts)
    drip: float = 0.0  # seconds between 16-byte pieces of the body (a slow-drip server)
    completion_tokens: int | None = None  # default: counted from the reply


def content(text: str, **kw: Any) -> Reply:
    """A plain assistant message."""
    return Reply(content=text, **kw)


def json_reply(obj: Any, *, fenced: bool = False, **kw: Any) -> Reply:
    """An assistant message whose content is `obj` as JSON (optionally in a ```json fence)."""
    text = json.dumps(obj, ensure_ascii=False)
    return Reply(content=f"```json\n{text}\n```" if fenced else text, **kw)


def tool_call(obj: Any, *, name: str = "smart_goal_report", **kw: Any) -> Reply:
    """An assistant message carrying one tool call with `obj` (or a raw string) as arguments."""
    args = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)
    return Reply(tool_args=args, tool_name=name, finish_reason="tool_calls", **kw)


def error(status: int, message: str = "stub error", *, retry_after_ms: int = 1) -> Reply:
    """An HTTP error; `retry-after-ms` keeps the openai client's backoff short in tests."""
    body = json.dumps({"error": {"message": message, "type": "stub", "code": status}}).encode()
    return Reply(status=status, body=body, headers={"retry-after-ms": str(retry_after_ms)})


def slow(seconds: float, reply: Reply | None = None) -> Reply:
    """`reply` (default: an empty-content answer) after `seconds` — for client timeouts."""
    base = reply or content("{}")
    base.delay = seconds
    return base


@dataclass
class Recorded:
    """One request the stub received."""

    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes  # the raw bytes, to check e.g. that Vietnamese is not \\u-escaped
    json: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.json.get("messages", [])

    def text_of(self, role: str) -> list[str]:
        return [_text(m.get("content")) for m in self.messages if m.get("role") == role]

    @property
    def last_user(self) -> str:
        users = self.text_of("user")
        return users[-1] if users else ""

    @property
    def goal(self) -> str | None:
        """The goal delimited in the last user message that has one (not a few-shot example)."""
        for text in reversed(self.text_of("user")):
            if m := re.search(r"<goal>\n?(.*?)\n?</goal>", text, re.S):
                return m.group(1)
        return None

    @property
    def prompt_tokens(self) -> int:
        """Messages plus the schema sent (response_format / tools), as a server would count."""
        text = "\n".join(_text(m.get("content")) for m in self.messages)
        extra = {k: self.json[k] for k in ("response_format", "tools") if k in self.json}
        return count_tokens(text) + (
            count_tokens(json.dumps(extra, ensure_ascii=False)) if extra else 0
        )


def _text(content: Any) -> str:
    if isinstance(content, list):  # content parts
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content or ""


class _Server(ThreadingHTTPServer):
    # a client with many calls in flight connects at once; the default backlog of 5 refuses some
    request_queue_size = 128
    daemon_threads = True


class LoopbackServer:
    """An HTTP server on 127.0.0.1 in a daemon thread, one thread per request; the stubs give the
    request handler."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self._httpd = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class StubServer(LoopbackServer):
    """OpenAI-compatible `/v1/chat/completions` on 127.0.0.1, one thread per request."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.responder: Callable[[Recorded], Reply] | None = None
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        super().__init__(self._handler_class())

    def script(self, *replies: Reply) -> None:
        """Queue replies; each request takes the next one."""
        with self._lock:
            self._queue.extend(replies)

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self.requests.clear()

    @property
    def calls(self) -> int:
        return sum(1 for r in self.requests if r.path.endswith("/chat/completions"))

    def settings(self, tmp_path: Path | None = None, **overrides: Any) -> Any:
        """Settings pointed at this stub: no retries, cache in tmp_path (None: cache off).

        Every llm setting is explicit, so a developer's .env or shell cannot change a test.
        """
        from rewriter.settings import Settings

        values: dict[str, Any] = {
            "_env_file": None,
            "openai_base_url": self.base_url,
            "openai_api_key": "test-key",
            "engine": "llm",
            "model": "stub-model",
            "temperature": 0.0,
            "timeout": 5.0,
            "max_retries": 0,
            "max_repairs": 2,
            "concurrency": 4,
            "prompts_dir": None,
            "structured_method": "json_schema",
            "cache_enabled": tmp_path is not None,
            "cache_path": (tmp_path / "llm-cache.sqlite3") if tmp_path is not None else None,
        }
        values.update(overrides)
        return Settings(**values)

    # --- the HTTP side -------------------------------------------------------------------

    def _next_reply(self, rec: Recorded) -> Reply:
        with self._lock:
            self.requests.append(rec)
            if self._queue:
                return self._queue.popleft()
        if self.responder is not None:
            return self.responder(rec)
        return error(500, "stub server: no scripted reply left")

    def _completion(self, rec: Recorded, reply: Reply) -> bytes:
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        if reply.tool_args is not None:
            message["tool_calls"] = [
                {
                    "id": f"call_{len(self.requests)}",
                    "type": "function",
                    "function": {"name": reply.tool_name, "arguments": reply.tool_args},
                }
            ]
        out_text = (reply.content or "") + (reply.tool_args or "")
        completion_tokens = reply.completion_tokens
        if completion_tokens is None:
            completion_tokens = count_tokens(out_text)
        prompt_tokens = rec.prompt_tokens
        payload = {
            "id": f"chatcmpl-stub-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": rec.json.get("model", "stub-model"),
            "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
        return json.dumps(payload, ensure_ascii=False).encode()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as a real server would
            disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs (~40 ms)

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                try:
                    parsed = json.loads(raw or b"{}")
                except ValueError:
                    parsed = {}
                rec = Recorded(
                    self.path, {k.lower(): v for k, v in self.headers.items()}, raw, parsed
                )
                reply = stub._next_reply(rec)
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.body if reply.body is not None else stub._completion(rec, reply)
                try:
                    self.send_response(reply.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(body)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if not reply.drip:
                        self.wfile.write(body)
                    for i in range(0, len(body) if reply.drip else 0, 16):
                        self.wfile.write(body[i : i + 16])
                        self.wfile.flush()
                        time.sleep(reply.drip)
                except OSError:  # the client gave up (timeout): nothing to answer
                    pass

        return Handler
