"""The model's reply shape, its strict JSON schema, and lenient parsing of what servers send back."""

from __future__ import annotations

import copy
import json
import re
from functools import cache
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from rewriter import limits
from rewriter.report import CRITERIA, Status
from rewriter.text.normalize import strip_invisible

# Terminal escape sequences whole (CSI such as ESC[2J, OSC such as hyperlinks), then any
# control character left.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_SPACES = re.compile(r"\s{2,}")


def screen_text(value: object) -> object:
    """Model text as plain words: invisible and control characters out, whitespace single."""
    if not isinstance(value, str):
        return value
    if value.isprintable() and "  " not in value:
        # the usual case, cheaply: printable text holds no control, escape or invisible
        # character and no whitespace but the plain space, so only the ends change
        return value.strip()
    text = _CONTROLS.sub(" ", _ESCAPES.sub("", strip_invisible(value)))
    return _SPACES.sub(" ", text).strip()


# Model text: screened, then length-capped (a longer field fails validation and is re-asked).
Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=limits.MAX_REPLY_TEXT_CHARS),
    BeforeValidator(screen_text),  # listed last: it wraps the constrained string, so runs first
]
Note = Annotated[
    str, StringConstraints(max_length=limits.MAX_REPLY_NOTE_CHARS), BeforeValidator(screen_text)
]

TOOL_NAME = "smart_goal_report"


class CriterionOut(BaseModel):
    model_config = ConfigDict(extra="ignore")

    status: Status
    evidence: Note | None = None
    feedback: Note
    question: Note | None = None


class CriteriaOut(BaseModel):
    model_config = ConfigDict(extra="ignore")

    specific: CriterionOut
    measurable: CriterionOut
    attainable: CriterionOut
    relevant: CriterionOut
    time_bound: CriterionOut


class RewriteOut(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: Text
    assumptions: list[Note] = Field(default_factory=list)


class AlternativeOut(RewriteOut):
    label: Note | None = None


class ReplyOut(BaseModel):
    """What the model must return: verdicts for the goal, a rewrite and alternatives."""

    model_config = ConfigDict(extra="ignore")

    criteria: CriteriaOut
    rewrite: RewriteOut
    alternatives: list[AlternativeOut] = Field(default_factory=list)


def _strict(node: Any) -> Any:
    """OpenAI strict mode: every property required, no extra keys, no defaults or length limits."""
    if isinstance(node, dict):
        out = {
            k: _strict(v)
            for k, v in node.items()
            if k not in ("default", "title", "minLength", "maxLength", "description")
        }
        if out.get("type") == "object" and "properties" in out:
            out["required"] = list(out["properties"])
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_strict(v) for v in node]
    return node


def _build_schema() -> dict[str, Any]:
    schema: dict[str, Any] = _strict(ReplyOut.model_json_schema())
    # Order the alternative's fields label-first for readability; keys stay the same.
    alt = schema["$defs"]["AlternativeOut"]
    alt["properties"] = {"label": alt["properties"].pop("label"), **alt["properties"]}
    alt["required"] = list(alt["properties"])
    return schema


REPLY_SCHEMA: dict[str, Any] = _build_schema()


@cache
def response_format_json_schema() -> dict[str, Any]:
    """Built once: the schema is large and the same for every request (never mutate it)."""
    return {
        "type": "json_schema",
        "json_schema": {"name": TOOL_NAME, "strict": True, "schema": copy.deepcopy(REPLY_SCHEMA)},
    }


@cache
def tool_spec() -> dict[str, Any]:
    """Built once, like response_format_json_schema (never mutate it)."""
    return {
        "type": "function",
        "function": {
            "name": TOOL_NAME,
            "description": "Return the SMART review and the rewrite of the goal.",
            "parameters": copy.deepcopy(REPLY_SCHEMA),
        },
    }


# --- lenient reading of replies ---------------------------------------------------------------

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)
_KEY_FOLD = re.compile(r"[^a-z]")
_CRITERIA_KEYS = {_KEY_FOLD.sub("", c): c for c in CRITERIA}


class ReplyError(ValueError):
    """The reply cannot be used; `errors` are short sentences to send back to the model."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def extract_json(text: str) -> Any:
    """The JSON value in a reply: bare, in a ```json fence, or the outermost {...} in prose."""
    text = text.strip()
    candidates = [text]
    candidates += [m.group(1).strip() for m in _FENCE.finditer(text)]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    for cand in candidates:
        try:
            return json.loads(cand)
        except ValueError:
            continue
    raise ReplyError(["The reply was not a JSON object. Reply with one JSON object only."])


def _normalise(data: Any) -> Any:
    """Forgive harmless shape slips: a wrapper key, `time-bound`, `"Met"`, a bare rewrite string."""
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict):
        return data
    if "criteria" not in data:
        inner = [v for v in data.values() if isinstance(v, dict) and "criteria" in v]
        if len(inner) == 1:
            data = inner[0]
    data = dict(data)
    crit = data.get("criteria")
    if isinstance(crit, dict):
        fixed = {}
        for key, value in crit.items():
            name = _CRITERIA_KEYS.get(_KEY_FOLD.sub("", str(key).lower()), key)
            if isinstance(value, dict) and isinstance(value.get("status"), str):
                value = {**value, "status": value["status"].strip().lower()}
            fixed[name] = value
        data["criteria"] = fixed
    if isinstance(data.get("rewrite"), str):
        data["rewrite"] = {"text": data["rewrite"], "assumptions": []}
    if data.get("alternatives") is None:
        data["alternatives"] = []
    # Counts are capped, not refused: the first items are kept (5,000 alternatives -> 4).
    if isinstance(data["alternatives"], list):
        data["alternatives"] = data["alternatives"][: limits.MAX_ALTERNATIVES]
        for alt in data["alternatives"]:
            _cap_assumptions(alt)
    _cap_assumptions(data.get("rewrite"))
    return data


def _cap_assumptions(rewrite: Any) -> None:
    if isinstance(rewrite, dict) and isinstance(rewrite.get("assumptions"), list):
        rewrite["assumptions"] = rewrite["assumptions"][: limits.MAX_REPLY_ITEMS]


def _errors_of(exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors()[:8]:  # enough to fix the reply, short enough to resend
        where = ".".join(str(p) for p in err["loc"]) or "reply"
        out.append(f"{where}: {err['msg']}")
    return out


def parse_reply(raw: Any) -> ReplyOut:
    """Validate a reply (AIMessage, dict, or text); raises ReplyError with fixable messages."""
    data = raw
    if hasattr(raw, "content") and hasattr(raw, "tool_calls"):  # an AIMessage
        data = _from_message(raw)
    elif isinstance(raw, str):
        data = extract_json(raw)
    try:
        return ReplyOut.model_validate(_normalise(data))
    except ValidationError as exc:
        raise ReplyError(_errors_of(exc)) from None


def _from_message(msg: Any) -> Any:
    for call in msg.tool_calls or []:
        return call.get("args")
    for bad in getattr(msg, "invalid_tool_calls", None) or []:
        if isinstance(bad.get("args"), str) and bad["args"].strip():
            return extract_json(bad["args"])
    content = msg.content
    if isinstance(content, list):  # content parts
        content = "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    if not content or not str(content).strip():
        raise ReplyError(["The reply was empty. Reply with the JSON object."])
    return extract_json(str(content))
