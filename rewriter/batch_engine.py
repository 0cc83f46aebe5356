"""The batch's engine adapter: one goal through the library API, as a row's result."""

from __future__ import annotations

from typing import Any

from rewriter import engines
from rewriter.api import analyze, arewrite, pick_engine
from rewriter.batch_rows import BatchOptions, RowResult, error_result, report_result, unexpected
from rewriter.errors import GoalInputError
from rewriter.report import GoalContext, GoalReport
from rewriter.settings import Settings, get_settings

__all__ = ["RowEngine", "output_settings", "rules_chunk", "rules_result"]


def _row(report: GoalReport, engine: str) -> RowResult:
    """ "ok" when the chosen engine answered; "fallback" (with the API's reasons) when it fell
    back to the rules engine."""
    if report.engine == engine:
        return report_result("ok", report)
    reason = "; ".join(report.warnings) or "the model's answer was unusable"
    return report_result("fallback", report, reason)


class RowEngine:
    """The engine the batch runs (picked by the API once) and one goal's result with it."""

    def __init__(self, options: BatchOptions):
        self.settings: Settings = options.settings or get_settings()
        self.chat_model: Any = options.chat_model
        # SettingsError here, before any row: an engine that needs a model and has none
        self.name: engines.EngineName = pick_engine(options.engine, self.settings, self.chat_model)
        self.needs_model = engines.needs_model(self.name)
        self.model: str | None = (
            getattr(self.chat_model, "model_name", None) or self.settings.model
            if self.needs_model
            else None
        )

    def rules(self, goal: str, context: GoalContext) -> RowResult:
        """The offline engine's result (CPU-bound: runs on worker processes for big tables)."""
        return rules_result(goal, context, self.settings.max_goal_chars)

    async def llm(self, goal: str, context: GoalContext) -> RowResult:
        """The model engine's result; the API falls back to rules when the model fails."""
        try:
            report = await arewrite(
                goal, context, engine=self.name, settings=self.settings, chat_model=self.chat_model
            )
        except GoalInputError as e:
            return error_result(str(e), goal)
        except Exception as e:  # one row's failure is that row's error, never the batch's
            return error_result(unexpected(e), goal)
        return _row(report, self.name)


def rules_result(goal: str, context: GoalContext, max_chars: int) -> RowResult:
    """One goal through the rules engine (analyze(), with the settings' length limit)."""
    try:
        report = analyze(goal, context, max_chars=max_chars)
    except GoalInputError as e:
        return error_result(str(e), goal)
    except Exception as e:  # one row's failure is that row's error, never the batch's
        return error_result(unexpected(e), goal)
    return report_result("ok", report)


def rules_chunk(items: list[tuple[str, GoalContext]], max_chars: int) -> list[RowResult]:
    """Worker-process entry: a chunk of goals at a time keeps the hand-over cost small."""
    return [rules_result(goal, context, max_chars) for goal, context in items]


def output_settings(engine: RowEngine) -> dict[str, Any]:
    """Every setting that changes a row's output, for the checkpoint: resume refuses a change."""
    s = engine.settings
    out: dict[str, Any] = {"max_goal_chars": s.max_goal_chars}
    if engine.needs_model:
        from rewriter.llm.prompts import load_prompts

        out.update(
            base_url=s.openai_base_url,
            prompt_version=load_prompts(s.prompts_dir).version,
            structured_method=s.structured_method,
            temperature=s.temperature,
            max_repairs=s.max_repairs,
        )
    return out
