"""The engine registry: one list of engines feeds the CLI, the settings, the API and the page."""

from __future__ import annotations

from typing import get_args

import pytest
from typer.testing import CliRunner

from rewriter import engines
from rewriter.api import pick_engine, rewrite
from rewriter.cli import app
from rewriter.errors import SettingsError
from rewriter.report import GoalReport
from rewriter.settings import get_settings


def test_every_choice_is_named_in_both_languages():
    for choice in engines.choices():
        en, vi = engines.label(choice, "en"), engines.label(choice, "vi")
        assert en and vi
    assert engines.label("rules", "vi") == "quy tắc (ngoại tuyến)"


def test_the_report_and_the_settings_accept_exactly_the_registered_engines():
    assert set(get_args(GoalReport.model_fields["engine"].annotation)) == set(engines.names())
    for choice in engines.choices():
        assert get_settings(engine=choice).engine == choice
    with pytest.raises(SettingsError):
        get_settings(engine="magic")


def test_auto_means_the_model_engine_only_when_a_model_is_configured():
    offline = get_settings(engine="auto", openai_api_key=None, openai_base_url=None)
    online = get_settings(engine="auto", openai_base_url="http://127.0.0.1:9/v1")
    assert offline.resolved_engine() == engines.offline() == "rules"
    assert online.resolved_engine() == engines.with_model() == "llm"
    assert not offline.lacks_model()
    assert offline.lacks_model("llm")


def test_an_engine_without_its_model_says_so_once_in_the_same_words(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    settings = get_settings(openai_api_key=None, openai_base_url=None)
    with pytest.raises(SettingsError) as err:
        rewrite("Grow our TikTok followers", engine="llm", settings=settings)
    assert str(err.value) == engines.no_model_message("llm")
    assert "--engine rules" in str(err.value)


def test_an_unknown_engine_is_refused_with_the_choices():
    with pytest.raises(SettingsError, match="auto, rules, llm"):
        pick_engine("magic", get_settings())
    result = CliRunner().invoke(app, ["rewrite", "Grow sales", "--engine", "magic"])
    assert result.exit_code == 2
    assert "--engine must be one of auto, rules, llm, not 'magic'" in result.output


@pytest.mark.parametrize(
    ("model", "name", "base_url"),
    [
        ("ollama:qwen2.5:7b", "qwen2.5:7b", "http://localhost:11434/v1"),
        ("openai:gpt-4o-mini", "gpt-4o-mini", None),
        ("qwen2.5:7b", "qwen2.5:7b", None),  # Ollama's own tag, not a provider
        ("gpt-4o", "gpt-4o", None),
    ],
)
def test_a_provider_model_string_names_the_model_and_its_server(model, name, base_url):
    settings = get_settings(model=model, openai_base_url=None, openai_api_key=None)
    assert (settings.model, settings.openai_base_url) == (name, base_url)
    assert settings.resolved_engine() == ("llm" if base_url else "rules")


def test_an_explicit_base_url_wins_over_the_providers_address():
    settings = get_settings(model="ollama:llama3.1", openai_base_url="http://10.0.0.5:11434/v1")
    assert (settings.model, settings.openai_base_url) == ("llama3.1", "http://10.0.0.5:11434/v1")


def test_a_misspelt_engine_in_the_settings_is_refused_not_sent_anywhere():
    with pytest.raises(SettingsError, match="engine must be one of auto, rules, llm, not 'LLM'"):
        get_settings().resolved_engine("LLM")
