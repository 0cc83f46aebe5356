"""The built-in chat client: ChatOpenAI handing the openai client its messages as plain JSON."""

from __future__ import annotations

from typing import Any

from langchain_openai import ChatOpenAI


class PlainMessagesChatOpenAI(ChatOpenAI):
    """ChatOpenAI whose request sends the messages as langchain built them.

    The openai client walks every message against its typed parameters (each one against six
    message shapes) before sending it: with the prompt's examples that is most of a call's own
    CPU (3-4 ms, a large part of each re-ask of a batch). The messages langchain builds are
    already plain JSON, so they travel in the request's extra body, which the client merges into
    the JSON as it is: `messages` keeps its place and its value, the server sees the same JSON.
    """

    def _get_request_payload(
        self, input_: Any, *, stop: list[str] | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        payload = super()._get_request_payload(input_, stop=stop, **kwargs)
        messages = payload.get("messages")
        if isinstance(messages, list) and messages:
            payload["messages"] = []  # a required argument; the extra body's value replaces it
            payload["extra_body"] = {**(payload.get("extra_body") or {}), "messages": messages}
        return payload


def sent_payload(model: Any, messages: list[Any], **kwargs: Any) -> dict[str, Any]:
    """The request body the model's client sends for `messages`, with the extra body merged as
    the openai client merges it (for a batch's request file)."""
    body: dict[str, Any] = model._get_request_payload(messages, **kwargs)
    body.update(body.pop("extra_body", None) or {})
    return body
