"""Run a suite through rewriter.rewrite()/arewrite() and score it: the only way evals call an engine."""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic_settings import BaseSettings, SettingsConfigDict

from rewriter.api import pick_engine
from rewriter.defects import defects
from rewriter.engines import needs_model
from rewriter.errors import GoalInputError, SettingsError
from rewriter.evaluation.run import CaseResult, CaseUsage, Pricing, RunFile, SuiteInfo, build_run
from rewriter.evaluation.suite import Case, Suite
from rewriter.report import GoalReport

if TYPE_CHECKING:
    from rewriter.settings import Settings

Progress = Callable[[int, int, CaseResult], None]
"""Called after each case: (done, total, result). Keep it quick; it runs on the event loop."""


class PriceSettings(BaseSettings):
    """Token prices for the cost estimate, from the environment (USD per million tokens)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    smartgoal_price_input: float | None = None
    smartgoal_price_output: float | None = None


def pricing_from_env() -> Pricing:
    s = PriceSettings()
    return Pricing(input_per_mtok=s.smartgoal_price_input, output_per_mtok=s.smartgoal_price_output)


def _result(
    case: Case,
    report: GoalReport | None,
    error: str | None,
    latency_ms: float,
    today: date | None,
    full: bool = False,
) -> CaseResult:
    expected: dict[str, str] = dict(case.expect.labeled())
    reading = case.expect.reading()
    case_fields: dict[str, Any] = {
        "id": case.id,
        "goal": case.goal,
        "lang": case.lang,
        "tags": case.tags,
        "expected": expected,
        "expected_reading": reading,
    }
    if report is None:
        return CaseResult(**case_fields, error=error, latency_ms=round(latency_ms, 3))
    checked = case.check_rewrite
    problems = _rewrite_problems(case, report, today) if checked else []
    not_goal = case.expect.kind == "not_a_goal" or not case.check_rewrite
    found = defects(case.goal, report, not_goal, case.goal_context(today).today or date.today())
    u = report.usage
    return CaseResult(
        **case_fields,
        predicted={k: v for k, v in report.statuses().items() if k in expected},
        statuses=dict(report.statuses()),
        language=report.language,
        engine=report.engine,
        model=report.model,
        prompt_version=report.prompt_version,
        facts=report.facts.model_dump(mode="json", exclude_none=True),
        rewrite=report.rewrite.text if report.rewrite else None,
        assumptions=list(report.rewrite.assumptions) if report.rewrite else [],
        alternatives=[a.text for a in report.alternatives],
        rewrite_checked=checked,
        rewrite_problems=problems,
        defects=found,
        warnings=list(report.warnings),
        latency_ms=round(latency_ms, 3),
        usage=CaseUsage(
            model_calls=u.model_calls,
            prompt_tokens=u.prompt_tokens,
            completion_tokens=u.completion_tokens,
            cached=u.cached,
        ),
        report=report.model_dump(mode="json") if full else None,
    )


def _rewrite_problems(case: Case, report: GoalReport, today: date | None) -> list[str]:
    """The shared rewrite checks (re-analysis, deadline, language, numbers) plus key words kept."""
    from rewriter.checks import rewrite_problems
    from rewriter.evaluation.keyword_checks import keyword_problems

    ctx = case.goal_context(today)
    if report.rewrite is None:
        return ["no rewrite: the goal was read as text that is not a goal"]
    text, assumptions = report.rewrite.text, report.rewrite.assumptions
    try:
        day = ctx.today or date.today()  # as the engine does when no reference date is set
        found = list(rewrite_problems(text, assumptions, case.goal, ctx, case.lang, day))
        return found + keyword_problems(case.goal, text, case.lang, day)
    except Exception as err:  # a crashing check is itself a finding about the rewrite
        return [f"rewrite check failed: {type(err).__name__}: {err}"]


def _error_text(err: Exception) -> str:
    if isinstance(err, GoalInputError):
        return f"input: {err}"
    return f"{type(err).__name__}: {err}"[:500]


def _suite_info(suite: Suite, path: str | Path | None) -> SuiteInfo:
    return SuiteInfo(
        name=suite.name,
        path=str(path) if path else None,
        hash=suite.content_hash(),
        cases=len(suite.cases),
        reference_date=suite.reference_date,
    )


def _finish(
    suite: Suite,
    results: list[CaseResult],
    *,
    engine_name: str,
    path: str | Path | None,
    concurrency: int,
    pricing: Pricing | None,
) -> RunFile:
    llm = [c for c in results if c.engine and needs_model(c.engine)]
    model = next((c.model for c in llm if c.model), None)
    prompt = next((c.prompt_version for c in llm if c.prompt_version), None)
    return build_run(
        results,
        suite=_suite_info(suite, path),
        engine=engine_name,
        model=model,
        prompt_version=prompt,
        concurrency=concurrency,
        pricing=pricing if pricing is not None else pricing_from_env(),
    )


def run_suite(
    suite: Suite,
    *,
    engine: str | None = "rules",
    settings: Settings | None = None,
    chat_model: Any = None,
    concurrency: int = 1,
    progress: Progress | None = None,
    suite_path: str | Path | None = None,
    pricing: Pricing | None = None,
    full_reports: bool = False,
) -> RunFile:
    """Run every case and score the run: arun_suite() on an event loop of its own.

    Cases that fail are recorded, never dropped. Raises SettingsError when the engine cannot
    run at all (e.g. llm without a model). Each case keeps its statuses, facts, rewrite and
    usage; `full_reports` also keeps the whole GoalReport. Called from code already running an
    event loop, it runs on a helper thread (await arun_suite() there instead).
    """
    run = functools.partial(
        arun_suite, suite, engine=engine, settings=settings, chat_model=chat_model,
        concurrency=concurrency, progress=progress, suite_path=suite_path, pricing=pricing,
        full_reports=full_reports,
    )  # fmt: skip
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(run())
    with concurrent.futures.ThreadPoolExecutor(1) as helper:
        return helper.submit(lambda: asyncio.run(run())).result()


async def arun_suite(
    suite: Suite,
    *,
    engine: str | None = "rules",
    settings: Settings | None = None,
    chat_model: Any = None,
    concurrency: int = 4,
    progress: Progress | None = None,
    suite_path: str | Path | None = None,
    pricing: Pricing | None = None,
    full_reports: bool = False,
) -> RunFile:
    """Run every case through arewrite(), up to `concurrency` at once, in the suite's order.

    Cases that fail are recorded, never dropped; SettingsError when the engine cannot run.
    """
    from rewriter.api import arewrite
    from rewriter.settings import get_settings

    settings = settings or get_settings()
    engine_name = pick_engine(engine, settings, chat_model)  # SettingsError before any case
    limit = asyncio.Semaphore(max(1, concurrency))
    total = len(suite.cases)
    results: list[CaseResult | None] = [None] * total
    done = 0

    async def one(i: int, case: Case) -> None:
        nonlocal done
        ctx = case.goal_context(suite.reference_date)
        async with limit:
            start = time.perf_counter()
            report: GoalReport | None = None
            error: str | None = None
            try:
                report = await arewrite(
                    case.goal, ctx, engine=engine, settings=settings, chat_model=chat_model
                )
            except SettingsError:
                raise
            except Exception as err:  # recorded per case; the run goes on
                error = _error_text(err)
            elapsed = (time.perf_counter() - start) * 1000
        result = _result(case, report, error, elapsed, suite.reference_date, full_reports)
        results[i] = result
        done += 1
        if progress:
            progress(done, total, result)

    await asyncio.gather(*(one(i, c) for i, c in enumerate(suite.cases)))
    return _finish(
        suite, [r for r in results if r is not None], engine_name=engine_name,
        path=suite_path, concurrency=max(1, concurrency), pricing=pricing,
    )  # fmt: skip
