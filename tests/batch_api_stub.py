"""A loopback stub of the OpenAI Files and Batches endpoints (plus chat), for the real openai client.

    with BatchApiStub(work_dir) as stub:           # or the `batch_api` fixture (conftest)
        stub.answer = rules_answer                 # request body -> chat completion body
        settings = stub.settings(tmp_path)

Each batch walks validating -> in_progress -> completed, one step per retrieve (`steps` sets
how many retrieves stay in progress). `outcome` picks what a new batch ends as: "completed",
"expired" (after `expire_after` answers), "cancelled", "failed" (validation). Per request, the
answer callable may return a body, an `ErrorAnswer` (the line goes to the error file) or None
(the request is left unanswered, as an expired batch leaves it). `shuffle` writes the output
lines out of order; `malformed` adds a line that is not JSON. Uploads and downloads stream
through files in `work_dir`, so 100,000 requests need no memory.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from tests.stub_server import LoopbackServer, count_tokens


@dataclass
class ErrorAnswer:
    status: int = 500
    message: str = "stub: the request failed"


Answer = Callable[[dict[str, Any]], dict[str, Any] | ErrorAnswer | None]


def chat_body(content: str, prompt_tokens: int = 100) -> dict[str, Any]:
    """A chat completion body carrying `content` as the assistant message."""
    completion = count_tokens(content)
    return {
        "id": "chatcmpl-batch",
        "object": "chat.completion",
        "created": 0,
        "model": "stub-model",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content},
             "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion,
                  "total_tokens": prompt_tokens + completion},
    }  # fmt: skip


_GOAL = re.compile(r"<goal>\n?(.*?)\n?</goal>", re.S)
_TODAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def goal_of(body: dict[str, Any]) -> str:
    """The goal in the request's last user turn."""
    for message in reversed(body["messages"]):  # a re-ask ends with the list of errors
        m = _GOAL.search(str(message.get("content") or ""))
        if m and message.get("role") == "user":
            return m.group(1)
    return ""


def rules_answer(body: dict[str, Any]) -> dict[str, Any]:
    """A valid reply for any goal: the rules engine's own verdicts and rewrite, as a model would
    send them (its rewrite passes the checks the batch reply is put through)."""
    from datetime import date

    from rewriter.report import GoalContext
    from rewriter.rules.engine import rules_report

    user = next(m["content"] for m in reversed(body["messages"]) if "<goal>" in str(m["content"]))
    today = _TODAY.search(user)
    ctx = GoalContext(today=date.fromisoformat(today.group(1)) if today else None)
    report = rules_report(goal_of(body), ctx)
    reply = {
        "criteria": {
            name: {"status": c.status, "evidence": c.evidence, "feedback": c.feedback,
                   "question": c.question}
            for name, c in report.criteria.items()
        },
        "rewrite": {
            "text": report.rewrite.text if report.rewrite else goal_of(body),
            "assumptions": report.rewrite.assumptions if report.rewrite else [],
        },
        "alternatives": [
            {"label": a.label, "text": a.text, "assumptions": a.assumptions}
            for a in report.alternatives
        ],
    }  # fmt: skip
    return chat_body(json.dumps(reply, ensure_ascii=False), prompt_tokens=1400)


@dataclass
class StubBatch:
    id: str
    input_file_id: str
    metadata: dict[str, Any]
    outcome: str
    status: str = "validating"
    polls: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    created_at: int = field(default_factory=lambda: int(time.time()))

    def json(self) -> dict[str, Any]:
        return {
            "id": self.id, "object": "batch", "endpoint": "/v1/chat/completions",
            "errors": ({"object": "list", "data": [{"code": "invalid_request",
                                                      "message": "stub: validation failed"}]}
                       if self.status == "failed" else None),
            "input_file_id": self.input_file_id, "completion_window": "24h",
            "status": self.status, "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id, "created_at": self.created_at,
            "metadata": self.metadata,
            "request_counts": {"total": self.total, "completed": self.completed,
                               "failed": self.failed},
        }  # fmt: skip


class BatchApiStub(LoopbackServer):
    """`/v1/files`, `/v1/files/{id}/content`, `/v1/batches`, `/v1/batches/{id}` on 127.0.0.1."""

    def __init__(self, work: Path) -> None:
        self.work = Path(work)
        self.work.mkdir(parents=True, exist_ok=True)
        self.answer: Answer = rules_answer
        self.chat_answer: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        self.outcome = "completed"
        self.steps = 1  # retrieves that stay in_progress (with growing counts)
        self.expire_after = 0
        self.shuffle = False
        self.malformed = False
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, StubBatch] = {}
        self.uploads = 0
        self.creates = 0
        self.chat_calls = 0
        self.headers: list[dict[str, str]] = []
        self.lock = threading.Lock()
        super().__init__(self._handler())

    def settings(self, tmp_path: Path | None = None, **overrides: Any) -> Any:
        from rewriter.settings import Settings

        values: dict[str, Any] = {
            "_env_file": None, "openai_base_url": self.base_url, "openai_api_key": "sk-test-SECRET",
            "engine": "llm", "model": "stub-model", "temperature": 0.0, "timeout": 10.0,
            "max_retries": 0, "max_repairs": 2, "concurrency": 4, "prompts_dir": None,
            "structured_method": "json_schema", "cache_enabled": tmp_path is not None,
            "cache_path": (tmp_path / "llm-cache.sqlite3") if tmp_path is not None else None,
            "batch_poll_seconds": 0.01,
        }  # fmt: skip
        values.update(overrides)
        return Settings(**values)

    # ---- the provider's work ------------------------------------------------------------

    def _run(self, batch: StubBatch) -> None:
        """Answer every request of the batch, writing the output and error files."""
        src = self.files[batch.input_file_id]["path"]
        out_lines: list[bytes] = []
        out_path = self.work / f"{batch.id}-output.jsonl"
        err_path = self.work / f"{batch.id}-errors.jsonl"
        answered = 0
        with src.open("rb") as f, out_path.open("wb") as out, err_path.open("wb") as err:
            for n, raw in enumerate(f):
                req = json.loads(raw)
                batch.total += 1
                cid = req["custom_id"]
                if batch.outcome == "expired" and answered >= self.expire_after:
                    err.write(
                        _line(
                            cid,
                            None,
                            {
                                "code": "batch_expired",
                                "message": "This request could not be executed "
                                "before the completion window expired.",
                            },
                        )
                    )
                    batch.failed += 1
                    continue
                if batch.outcome == "cancelled" and n >= self.expire_after:
                    err.write(
                        _line(
                            cid,
                            None,
                            {"code": "batch_cancelled", "message": "This request was cancelled."},
                        )
                    )
                    batch.failed += 1
                    continue
                result = self.answer(req["body"])
                if result is None:
                    continue
                if isinstance(result, ErrorAnswer):
                    body = {"error": {"message": result.message, "type": "server_error"}}
                    err.write(_line(cid, {"status_code": result.status, "body": body}, None))
                    batch.failed += 1
                    continue
                answered += 1
                batch.completed += 1
                line = _line(cid, {"status_code": 200, "request_id": f"req-{n}", "body": result},
                             None)  # fmt: skip
                if self.shuffle:
                    out_lines.append(line)
                else:
                    out.write(line)
            if self.shuffle:
                random.Random(5).shuffle(out_lines)
                out.writelines(out_lines)
            if self.malformed:
                out.write(b'{"custom_id": "g-broken", "response": {"status_code": 200, "bo\n')
        batch.output_file_id = self._add_file(out_path, "batch_output") if batch.completed else None
        batch.error_file_id = self._add_file(err_path, "batch_output") if batch.failed else None

    def _add_file(self, path: Path, purpose: str) -> str:
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = {"path": path, "purpose": purpose, "filename": path.name,
                               "bytes": path.stat().st_size}  # fmt: skip
        return file_id

    def _advance(self, batch: StubBatch) -> None:
        batch.polls += 1
        if batch.status == "validating":
            if batch.outcome == "failed":
                batch.status = "failed"
            else:
                batch.status = "in_progress"
                self._run(batch)
            return
        if batch.status == "in_progress" and batch.polls > self.steps:
            batch.status = {"completed": "completed", "expired": "expired",
                            "cancelled": "cancelled"}[batch.outcome]  # fmt: skip

    def counts_shown(self, batch: StubBatch) -> dict[str, Any]:
        data = batch.json()
        if batch.status == "in_progress":  # counts grow while it runs
            share = min(batch.polls / (self.steps + 1), 1.0)
            data["request_counts"] = {"total": batch.total,
                                      "completed": int(batch.completed * share),
                                      "failed": int(batch.failed * share)}  # fmt: skip
        return data

    # ---- HTTP ---------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, obj: Any = None, path: Path | None = None) -> None:
                self.send_response(status)
                if path is not None:
                    self.send_header("content-type", "application/octet-stream")
                    self.send_header("content-length", str(path.stat().st_size))
                    self.end_headers()
                    with path.open("rb") as f:
                        shutil.copyfileobj(f, self.wfile, 1 << 20)
                    return
                data = json.dumps(obj).encode()
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _not_found(self) -> None:
                self._send(404, {"error": {"message": "not found", "type": "invalid_request"}})

            def do_GET(self) -> None:
                stub.headers.append({k.lower(): v for k, v in self.headers.items()})
                path = self.path.split("?")[0]
                with stub.lock:
                    if m := re.fullmatch(r"/v1/files/([\w-]+)/content", path):
                        f = stub.files.get(m.group(1))
                        return self._send(200, path=f["path"]) if f else self._not_found()
                    if m := re.fullmatch(r"/v1/batches/([\w-]+)", path):
                        b = stub.batches.get(m.group(1))
                        if b is None:
                            return self._not_found()
                        stub._advance(b)
                        return self._send(200, stub.counts_shown(b))
                    if path == "/v1/batches":
                        data = [b.json() for b in reversed(list(stub.batches.values()))]
                        return self._send(200, {"object": "list", "data": data,
                                                "has_more": False})  # fmt: skip
                    if path == "/v1/files":
                        data = [_file_json(i, f) for i, f in stub.files.items()]
                        return self._send(200, {"object": "list", "data": data,
                                                "has_more": False})  # fmt: skip
                self._not_found()

            def do_POST(self) -> None:
                stub.headers.append({k.lower(): v for k, v in self.headers.items()})
                length = int(self.headers.get("content-length") or 0)
                path = self.path.split("?")[0]
                if path == "/v1/files":
                    return self._upload(length)
                raw = self.rfile.read(length)
                body = json.loads(raw or b"{}")
                with stub.lock:
                    if path == "/v1/batches":
                        stub.creates += 1
                        if body.get("input_file_id") not in stub.files:
                            return self._not_found()
                        b = StubBatch(f"batch_{len(stub.batches) + 1}", body["input_file_id"],
                                      body.get("metadata") or {}, stub.outcome)  # fmt: skip
                        stub.batches[b.id] = b
                        return self._send(200, b.json())
                    if m := re.fullmatch(r"/v1/batches/([\w-]+)/cancel", path):
                        b = stub.batches.get(m.group(1))
                        if b is None:
                            return self._not_found()
                        b.status = "cancelled"
                        return self._send(200, b.json())
                if path == "/v1/chat/completions":
                    with stub.lock:
                        stub.chat_calls += 1
                    answer = stub.chat_answer or stub.answer
                    result = answer(body)
                    if not isinstance(result, dict):
                        return self._send(500, {"error": {"message": "stub: failed"}})
                    return self._send(200, result)
                self._not_found()

            def _upload(self, length: int) -> None:
                """multipart/form-data streamed to a file: the purpose field and the file part."""
                ctype = self.headers.get("content-type", "")
                boundary = ctype.split("boundary=")[-1].strip('"').encode()
                with stub.lock:
                    stub.uploads += 1
                    number = len(stub.files) + 1
                dest = stub.work / f"upload-{number}.jsonl"
                fields, filename = _read_multipart(self.rfile, length, boundary, dest)
                with stub.lock:
                    file_id = f"file-{len(stub.files) + 1}"
                    stub.files[file_id] = {
                        "path": dest,
                        "purpose": fields.get("purpose", ""),
                        "filename": filename,
                        "bytes": dest.stat().st_size,
                    }
                    self._send(200, _file_json(file_id, stub.files[file_id]))

        return Handler


def _line(custom_id: str, response: dict[str, Any] | None, error: dict[str, Any] | None) -> bytes:
    obj = {"id": f"batch_req_{custom_id}", "custom_id": custom_id, "response": response,
           "error": error}  # fmt: skip
    return json.dumps(obj, ensure_ascii=False).encode() + b"\n"


def _file_json(file_id: str, f: dict[str, Any]) -> dict[str, Any]:
    return {"id": file_id, "object": "file", "bytes": f["bytes"], "created_at": 0,
            "filename": f["filename"], "purpose": f["purpose"], "status": "processed"}  # fmt: skip


def _read_multipart(
    stream: Any, length: int, boundary: bytes, dest: Path
) -> tuple[dict[str, str], str]:
    """A small streaming multipart reader: form fields in memory, the file part to `dest`."""
    fields: dict[str, str] = {}
    filename = ""
    delimiter = b"\r\n--" + boundary
    buf = b"\r\n" + stream.read(min(length, 1 << 16))
    remaining = length - (len(buf) - 2)
    out = None
    name = None
    while True:
        if out is None:
            start = buf.find(delimiter)
            head_end = buf.find(b"\r\n\r\n", start + len(delimiter))
            while head_end < 0 and remaining > 0:
                chunk = stream.read(min(remaining, 1 << 16))
                remaining -= len(chunk)
                buf += chunk
                head_end = buf.find(b"\r\n\r\n", start + len(delimiter))
            if start < 0 or head_end < 0 or buf[start + len(delimiter) :].startswith(b"--"):
                break
            head = buf[start + len(delimiter) : head_end].decode("utf-8", "replace")
            name = (re.search(r'name="([^"]*)"', head) or [None, ""])[1]
            fn = re.search(r'filename="([^"]*)"', head)
            buf = buf[head_end + 4 :]
            if fn:
                filename = fn.group(1)
                out = dest.open("wb")
            else:
                out = bytearray()  # type: ignore[assignment]
        end = buf.find(delimiter)
        while end < 0 and remaining > 0:
            keep = len(delimiter)
            if isinstance(out, bytearray):
                out += buf[:-keep]
            else:
                out.write(buf[:-keep])
            buf = buf[-keep:]
            chunk = stream.read(min(remaining, 1 << 20))
            remaining -= len(chunk)
            buf += chunk
            end = buf.find(delimiter)
        part, buf = (buf[:end], buf[end:]) if end >= 0 else (buf, b"")
        if isinstance(out, bytearray):
            out += part
            fields[name or ""] = out.decode("utf-8", "replace")
        else:
            out.write(part)
            out.close()
        out = None
        if end < 0:
            break
    return fields, filename
