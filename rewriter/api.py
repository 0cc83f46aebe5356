"""The library API every front end calls: analyze(), rewrite(), arewrite()."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rewriter.errors import SettingsError
from rewriter.extras import needs_extra
from rewriter.report import GoalContext, GoalReport
from rewriter.rules.engine import rules_report
from rewriter.settings import Settings, get_settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


def analyze(goal: str, context: GoalContext | None = None) -> GoalReport:
    """The rules engine's report: offline, deterministic, no key needed.

    Raises GoalInputError for unusable text (empty, too long).
    """
    return rules_report(goal, context or GoalContext())


def pick_engine(engine: str | None, settings: Settings, chat_model: Any = None) -> str:
    """The engine that will answer ("rules" or "llm"); SettingsError when llm has no model."""
    name = settings.resolved_engine(engine)
    if chat_model is not None and engine in (None, "auto", "llm"):
        return "llm"
    if name == "llm" and chat_model is None and (why := settings.key_redirect()):
        raise SettingsError(why)
    if name == "llm" and not settings.model_configured():
        raise SettingsError(
            "The llm engine needs a model: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local "
            "OpenAI-compatible server (Ollama, vLLM, LM Studio), or use --engine rules."
        )
    return name


def _route(
    context: GoalContext | None, engine: str | None, settings: Settings | None, chat_model: Any
) -> tuple[Settings, GoalContext, str]:
    settings = settings or get_settings()
    return settings, context or GoalContext(), pick_engine(engine, settings, chat_model)


def rewrite(
    goal: str,
    context: GoalContext | None = None,
    *,
    engine: str | None = None,
    settings: Settings | None = None,
    chat_model: BaseChatModel | None = None,
) -> GoalReport:
    """Analyse a goal and rewrite it SMART with the chosen engine (auto: llm if configured)."""
    settings, context, name = _route(context, engine, settings, chat_model)
    if name == "rules":
        return rules_report(goal, context, max_chars=settings.max_goal_chars)
    with needs_extra("llm", "the llm engine"):  # lazy: the rules path imports no LLM library
        from rewriter.llm.engine import llm_rewrite

    return llm_rewrite(goal, context, settings=settings, chat_model=chat_model)


async def arewrite(
    goal: str,
    context: GoalContext | None = None,
    *,
    engine: str | None = None,
    settings: Settings | None = None,
    chat_model: BaseChatModel | None = None,
) -> GoalReport:
    """Async rewrite(); the llm engine awaits the model, the rules engine answers at once."""
    settings, context, name = _route(context, engine, settings, chat_model)
    if name == "rules":
        return rules_report(goal, context, max_chars=settings.max_goal_chars)
    with needs_extra("llm", "the llm engine"):
        from rewriter.llm.engine import allm_rewrite

    return await allm_rewrite(goal, context, settings=settings, chat_model=chat_model)
