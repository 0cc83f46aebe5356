"""The first request's turns are the prompt template's own, formatted once but for the goal's turn."""

from __future__ import annotations

import pytest

from rewriter.llm.prompts import load_prompts


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_turns_are_the_templates_formatting(language: str) -> None:
    prompts = load_prompts()
    values = {
        "language": f"{language} (typed without diacritics: answer without diacritics)",
        "today": "2026-01-15",
        "context": '{"platform":"TikTok","baseline":4000}',
        "readings": '{"metric":"followers","specific":"met"}',
        "goal": "Grow {our} TikTok followers }{ by 20% {{",  # braces are the goal's own text
    }
    turns = prompts.messages(language, values)
    expected = prompts.chat.format_messages(examples=list(prompts.examples[language]), **values)
    assert turns == expected
    assert [t.type for t in turns] == ["system", "human", "ai", "human"]
    assert "Grow {our} TikTok" in str(turns[-1].content)  # the goal is not formatted itself
