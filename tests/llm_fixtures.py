"""Replies and goals shared by the llm tests: the prompt examples' own replies are valid ones."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from rewriter.report import GoalContext

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
TODAY = date(2025, 1, 15)  # the examples' reference date: their deadlines are after it
CTX = GoalContext(today=TODAY)
GOAL_EN = "Grow our TikTok followers"
GOAL_VI = "Tăng quy mô khán giả"


def valid_reply(language: str = "en") -> dict[str, Any]:
    """A reply that passes every check for GOAL_EN / GOAL_VI with CTX (from prompts/examples)."""
    data = yaml.safe_load((PROMPTS / "examples" / f"{language}.yaml").read_text(encoding="utf-8"))
    return copy.deepcopy(data["reply"])


def with_rewrite(
    reply: dict[str, Any], text: str, assumptions: list[str] | None = None
) -> dict[str, Any]:
    out = copy.deepcopy(reply)
    out["rewrite"] = {"text": text, "assumptions": assumptions or []}
    return out
