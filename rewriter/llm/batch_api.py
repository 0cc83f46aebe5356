"""The provider batch format: request lines built by the online chain, reply lines read back through its checks."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage

from rewriter.file_ranges import RangeReader
from rewriter.llm.goal_summary import GoalSummary
from rewriter.report import GoalContext, GoalReport
from rewriter.settings import Settings

ENDPOINT = "/v1/chat/completions"
MAX_LINE_BYTES = 2 * 1024 * 1024  # one reply line: a few KB; a longer one is refused unread


def request_id(goal: str, context: GoalContext, key: str | None = None) -> str:
    """The custom_id of a goal's request: a hash of the cleaned goal and its context (with the
    reference date), so identical rows share one request and a result finds its rows again.
    `key`: the goal and context as the batch keys identical rows, when the caller has it."""
    raw = key if key is not None else goal + "\x00" + context.model_dump_json(exclude_none=True)
    return "g-" + hashlib.blake2b(raw.encode(), digest_size=12).hexdigest()


@dataclass(frozen=True)
class Request:
    """One line of the request file."""

    custom_id: str
    body: dict[str, Any]
    summary: GoalSummary | None = None  # what the reply's checks take from the goal's analysis
    # the first messages: the same list for every request of a batch (system prompt, examples)
    shared: list[dict[str, Any]] | None = None

    def line(self) -> bytes:
        obj = {"custom_id": self.custom_id, "method": "POST", "url": ENDPOINT, "body": self.body}
        messages, shared = self.body.get("messages"), self.shared
        if not shared or not isinstance(messages, list) or messages[: len(shared)] != shared:
            return _dumps(obj).encode() + b"\n"
        # The prompt's shared messages and the reply schema are most of a line: their JSON is
        # made once. The line is the same bytes as encoding it whole (a list or an object is
        # its items' JSON joined by ",").
        head = _dumps({k: v for k, v in obj.items() if k != "body"})[:-1]
        items = []
        for key, value in self.body.items():
            if key == "messages":
                rest = _dumps(messages[len(shared) :])[1:-1]
                text = _constant_json(shared)[:-1] + ("," + rest if rest else "") + "]"
            elif key == "response_format" and isinstance(value, dict):
                text = _constant_json(value)
            else:
                text = _dumps(value)
            items.append(_dumps(key) + ":" + text)
        return (head + ',"body":{' + ",".join(items) + "}}\n").encode()


# made once: json.dumps with any argument builds an encoder per call (the same text)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dumps(obj: Any) -> str:
    return _COMPACT.encode(obj)


# JSON of values every request shares, by identity: the entry holds the value, so its id is
# not reused while it is here (the values are built once and never changed)
_CONSTANT_JSON: dict[int, tuple[Any, str]] = {}


def _constant_json(value: Any) -> str:
    known = _CONSTANT_JSON.get(id(value))
    if known is None or known[0] is not value:
        if len(_CONSTANT_JSON) > 32:
            _CONSTANT_JSON.clear()
        known = _CONSTANT_JSON[id(value)] = (value, _dumps(value))
    return known[1]


def build_request(goal: str, context: GoalContext, settings: Settings) -> Request | GoalReport:
    """The request the online path would send first for this goal, or the report when no model
    call is needed (not a goal, or already in the cache). GoalInputError for unusable text."""
    from rewriter.llm.engine import _first_messages, _prepare, make_chat_model
    from rewriter.llm.plain_messages import sent_payload

    job = _prepare(goal, context, settings, None, for_async=False)
    if isinstance(job, GoalReport):
        return job
    model = make_chat_model(settings)
    kwargs = dict(getattr(job.model, "kwargs", {}) or {})  # what _bind() asked for
    messages = _first_messages(job)
    # The client's own payload builder; the system and example turns are the same for every
    # goal, so they are converted once and the goal's turn each time.
    body = sent_payload(model, messages[-1:], **kwargs)
    shared = _converted(model, tuple(messages[:-1]))
    body["messages"] = [*shared, *body["messages"]]
    summary = GoalSummary.of(job.analysis) if not isinstance(job.analysis, GoalSummary) else None
    return Request(request_id(job.analysis.goal, context), body, summary, shared)


_PREFIXES: dict[tuple[Any, ...], list[dict[str, Any]]] = {}


def _converted(model: Any, messages: tuple[Any, ...]) -> list[dict[str, Any]]:
    from rewriter.llm.plain_messages import sent_payload

    key = (id(model), *((m.type, str(m.content)) for m in messages))
    if key not in _PREFIXES:
        if len(_PREFIXES) > 16:
            _PREFIXES.clear()
        _PREFIXES[key] = sent_payload(model, list(messages))["messages"]
    return _PREFIXES[key]


def reply_message(body: dict[str, Any], settings: Settings, model: Any = None) -> AIMessage:
    """A chat completion body from a result file, as the AIMessage the online call returns.

    `model`: the client make_chat_model(settings) gives, when the caller has it."""
    from rewriter.llm.engine import make_chat_model

    model = model or make_chat_model(settings)
    result = model._create_chat_result(body)
    message = result.generations[0].message
    if not isinstance(message, AIMessage):
        raise ValueError("the reply holds no assistant message")
    return message


class BatchReplyFailed(Exception):
    """The provider's batch did not answer a request; the message says why (for the warning)."""


class ReplyFailedChecks(Exception):
    """The batch reply failed the checks, and the caller asks the model again itself."""


async def finish_from_reply(
    goal: str,
    context: GoalContext,
    reply: dict[str, Any] | BaseException,
    settings: Settings,
    *,
    online: bool = True,
    summary: GoalSummary | None = None,
    rules_fallback: bool = True,
) -> GoalReport:
    """The report the online path would give when its first reply is `reply` (a chat completion
    body from the batch, or why there is none): the same parsing, checks and repairs.

    A reply that fails the checks is re-asked online (with the errors, as online) when `online`;
    otherwise, and when the batch gave no reply, the rules engine's report with a warning.
    `summary`: the goal's analysis saved when the request was built (the goal is not read again).
    `rules_fallback=False` (with `online` off): a reply that fails the checks raises
    ReplyFailedChecks instead of writing the rules engine's report (its caller re-asks it).
    """
    from rewriter.llm.engine import _conversation, _fallback, _prepare

    # without a re-ask the model is never called: the sync client (no event loop needed)
    job = _prepare(goal, context, settings, None, for_async=online, summary=summary)
    if isinstance(job, GoalReport):
        return job
    conv = _conversation(job, first_sent=True)
    messages = next(conv)
    result: Any
    if isinstance(reply, BatchReplyFailed):  # no reply to check: no model call was used
        conv.close()
        return _fallback(job, str(reply))
    if isinstance(reply, BaseException):
        result = reply
    else:
        try:
            result = reply_message(reply, settings, job.client)
        except Exception as exc:  # a body the client cannot read: like a bad reply
            result = ValueError(f"the batch reply cannot be read ({exc})"[:300])
    first = True
    while True:
        if not first:
            if not online:
                conv.close()
                if not rules_fallback:
                    raise ReplyFailedChecks
                return _fallback(job, "the batch reply failed the checks; re-asking online is off")
            try:
                result = await job.model.ainvoke(messages)
            except Exception as exc:
                result = exc
        first = False
        try:
            messages = conv.send(result)
        except StopIteration as stop:
            report: GoalReport = stop.value  # what _conversation returns
            return report


def check_reply(
    goal: str,
    context: GoalContext,
    reply: dict[str, Any] | BaseException,
    settings: Settings,
    summary: GoalSummary | None = None,
    rules_fallback: bool = True,
) -> GoalReport:
    """finish_from_reply() with no re-ask, run to its end here: without a re-ask nothing is
    awaited, so no event loop is needed (a loop per goal costs more than some checks)."""
    coro = finish_from_reply(goal, context, reply, settings, online=False, summary=summary,
                             rules_fallback=rules_fallback)  # fmt: skip
    try:
        coro.send(None)
    except StopIteration as stop:
        report: GoalReport = stop.value
        return report
    coro.close()
    raise RuntimeError("checking a batch reply without a re-ask awaited a model call")


# ---- result files --------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultLine:
    """One line of a provider's output or error file."""

    custom_id: str
    body: dict[str, Any] | None  # the chat completion, when the request succeeded
    error: str | None  # why it failed, in a few words
    usage: tuple[int, int]  # prompt, completion tokens the provider counted


def parse_result_line(raw: bytes) -> ResultLine | None:
    """A result line (OpenAI Batch API, Azure, vLLM run-batch); None when it cannot be read."""
    if len(raw) > MAX_LINE_BYTES:
        return None
    try:
        obj = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("custom_id"), str):
        return None
    response, error = obj.get("response"), obj.get("error")
    body = response.get("body") if isinstance(response, dict) else None
    status = response.get("status_code", 200) if isinstance(response, dict) else None
    usage = body.get("usage") if isinstance(body, dict) else None
    tokens = (0, 0)
    if isinstance(usage, dict):
        tokens = (_int(usage.get("prompt_tokens")), _int(usage.get("completion_tokens")))
    if error or not isinstance(body, dict) or status != 200 or "choices" not in body:
        return ResultLine(obj["custom_id"], None, _error_text(error, status, body), tokens)
    return ResultLine(obj["custom_id"], body, None, tokens)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


def _error_text(error: Any, status: Any, body: Any) -> str:
    inner = body.get("error") if isinstance(body, dict) else None
    for source in (error, inner):
        if isinstance(source, dict):
            code = str(source.get("code") or source.get("type") or "").strip()
            message = str(source.get("message") or "").strip()
            text = f"{code}: {message}" if code and message else code or message
            if text:
                return (f"HTTP {status}: " if isinstance(status, int) else "") + text[:200]
    if isinstance(status, int) and status != 200:
        return f"HTTP {status}"
    return "no usable reply"


class ReplyIndex:
    """Where each request's result lies in the downloaded result files (custom_id -> offset),
    so rows are merged in input order however the provider ordered its lines; memory holds
    offsets, not replies. A success wins over a failure for the same request."""

    def __init__(self) -> None:
        self.files: list[Path] = []
        self._where: dict[str, tuple[int, int, int, bool]] = {}  # file, offset, length, ok
        self._readers: dict[int, RangeReader] = {}
        self.malformed = 0
        self.prompt_tokens = 0  # counted by the provider, each request once
        self.completion_tokens = 0

    def __len__(self) -> int:
        return len(self._where)

    @property
    def answered(self) -> int:
        return sum(1 for spot in self._where.values() if spot[3])

    @property
    def failed(self) -> int:
        return len(self._where) - self.answered

    def add_file(self, path: Path) -> None:
        number = len(self.files)
        self.files.append(path)
        offset = 0
        with path.open("rb") as f:
            for raw in f:
                start, offset = offset, offset + len(raw)
                if not raw.strip():
                    continue
                line = parse_result_line(raw)
                if line is None:
                    self.malformed += 1
                    continue
                known = self._where.get(line.custom_id)
                ok = line.body is not None
                if known is not None and (known[3] or not ok):
                    continue  # the first success stands; a second failure adds nothing
                self.prompt_tokens += line.usage[0]
                self.completion_tokens += line.usage[1]
                self._where[line.custom_id] = (number, start, len(raw), ok)

    def ok(self, custom_id: str) -> bool | None:
        """True: answered; False: the provider reported a failure; None: no line for it."""
        spot = self._where.get(custom_id)
        return None if spot is None else spot[3]

    def raw(self, custom_id: str) -> bytes:
        number, offset, length, _ = self._where[custom_id]
        reader = self._readers.get(number)
        if reader is None:
            reader = self._readers[number] = RangeReader(self.files[number])
        return reader.read(offset, length)

    def get(self, custom_id: str) -> ResultLine | None:
        return parse_result_line(self.raw(custom_id)) if custom_id in self._where else None

    def close(self) -> None:
        for reader in self._readers.values():
            reader.close()
        self._readers.clear()
