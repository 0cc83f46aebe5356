"""The library API every front end calls: analyze(), rewrite(), arewrite()."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rewriter import engines
from rewriter.engines import EngineName
from rewriter.errors import SettingsError
from rewriter.extras import needs_extra
from rewriter.report import GoalContext, GoalReport
from rewriter.rules.engine import rules_report
from rewriter.settings import Settings, get_settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


def analyze(
    goal: str, context: GoalContext | None = None, *, max_chars: int | None = None
) -> GoalReport:
    """The rules engine's report: offline, deterministic, no key needed.

    Raises GoalInputError for unusable text (empty, longer than `max_chars`, default 2000).
    """
    if max_chars is None:
        return rules_report(goal, context or GoalContext())
    return rules_report(goal, context or GoalContext(), max_chars=max_chars)


def pick_engine(engine: str | None, settings: Settings, chat_model: Any = None) -> EngineName:
    """The engine that will answer (see rewriter.engines); SettingsError when it needs a model
    and none is configured. A caller's own chat model answers unless another engine is named."""
    if why := engines.choice_error(engine, "engine"):
        raise SettingsError(why)
    if chat_model is not None and (engine in (None, engines.AUTO) or engines.needs_model(engine)):
        return engines.with_model()
    name = settings.resolved_engine(engine)
    if not engines.needs_model(name):
        return name
    if why := settings.key_redirect():
        raise SettingsError(why)
    if not settings.model_configured():
        raise SettingsError(engines.no_model_message(name))
    return name


def _route(
    context: GoalContext | None, engine: str | None, settings: Settings | None, chat_model: Any
) -> tuple[Settings, GoalContext, EngineName]:
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
    if not engines.needs_model(name):  # the offline engine
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
    if not engines.needs_model(name):  # the offline engine
        return rules_report(goal, context, max_chars=settings.max_goal_chars)
    with needs_extra("llm", "the llm engine"):
        from rewriter.llm.engine import allm_rewrite

    return await allm_rewrite(goal, context, settings=settings, chat_model=chat_model)
