"""The llm engine: prompts -> chat model -> validated reply -> rules re-check -> re-ask -> fallback.

Public entry points (all return a GoalReport; a failing model never raises, it falls back to the
rules engine's report with a warning saying why):

    llm_rewrite(goal, context=None, *, settings=None, chat_model=None) -> GoalReport
    async allm_rewrite(goal, context=None, *, settings=None, chat_model=None) -> GoalReport
    async arewrite_many(items, *, settings=None, chat_model=None, concurrency=None,
                        on_result=None) -> list[GoalReport | Exception]
        items: goals as str, (goal, GoalContext | dict | None) or {"goal": ..., "context": ...};
        results come back in input order; at most `concurrency` (default settings.concurrency)
        goals are in flight; a goal the rules engine rejects (empty, too long) gives its
        GoalInputError in its slot instead of a report, so no row is ever lost;
        on_result(index, result) is called (sync or async) as each goal finishes.
    build_chain(*, settings=None, chat_model=None) -> Runnable  (invoke/batch/ainvoke/abatch)

Raised: GoalInputError (unusable goal text), SettingsError (no key, base URL or chat model).
One model call per goal when the first reply passes the checks; at most 1 + settings.max_repairs.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import time
import weakref
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.runnables import Runnable, RunnableLambda

from rewriter import limits
from rewriter.checks import RewriteChecks, rewrite_problems
from rewriter.defects import defects, named
from rewriter.engines import no_model_message
from rewriter.errors import GoalInputError, SettingsError
from rewriter.llm.cache import ReportCache, cache_key, open_cache
from rewriter.llm.goal_summary import GoalSummary
from rewriter.llm.prompts import PromptSet, compact_json, load_prompts
from rewriter.llm.schema import (
    TOOL_NAME,
    ReplyError,
    ReplyOut,
    parse_reply,
    response_format_json_schema,
    screen_text,
    tool_spec,
)
from rewriter.report import Criteria, GoalContext, GoalReport, Rewrite, Usage
from rewriter.rules.engine import Analysis, finish, rules_analysis
from rewriter.rules.messages import msg
from rewriter.settings import Settings, get_settings
from rewriter.text.language import is_unaccented
from rewriter.text.normalize import clean_goal

if TYPE_CHECKING:  # langchain_openai is imported when the built-in client is first made
    from langchain_openai import ChatOpenAI

OPENAI_DEFAULT_BASE = "https://api.openai.com/v1"
NO_MODEL = no_model_message("llm")
_GOAL_TAG = re.compile(r"<\s*(/?)\s*goal\s*>", re.I)
# A reply that asks the user for a secret is an injection, never advice: it is not shown.
# The lookahead holds every word's first letter: most places fail on it at once (twice as fast
# over a reply's texts; it allows nothing more, as the words all begin with one of them).
_SECRET_ASK = re.compile(
    r"(?=[apscomk])\b(?:api[\s_-]?key|password|passcode|secret|access[\s_-]?token|credential|otp|"
    r"m[aậ]t kh[aẩ]u|kh[oó]a api|m[aã] otp)s?\b",
    re.I,
)
_ECHO_LIMIT = 4000  # characters of a bad reply sent back with the re-ask


# --- the chat model -------------------------------------------------------------------------

# base URL, API key, model, temperature, timeout, retries: one client per distinct set
_ModelKey = tuple[str | None, str, str, float, float, int]


def _chat_openai(key: _ModelKey, for_async: bool) -> ChatOpenAI:
    from rewriter.llm.plain_messages import PlainMessagesChatOpenAI
    from rewriter.llm.transport import async_client, sync_client

    base_url, api_key, model, temperature, timeout, retries = key
    # The openai client retries timeouts, 429 and 5xx itself, with backoff and Retry-After.
    # Our transport makes `timeout` a total per attempt (connect to last byte) and caps the
    # decoded reply, so a dripping or decompression-bomb reply cannot hold a call or memory.
    clients = (
        {"http_async_client": async_client(base_url, timeout)}
        if for_async
        else {"http_client": sync_client(base_url, timeout)}
    )
    return PlainMessagesChatOpenAI(
        model=model,
        base_url=base_url,
        api_key=api_key,
        temperature=temperature,
        timeout=timeout,
        max_retries=retries,
        **clients,
    )


_sync_models: dict[_ModelKey, ChatOpenAI] = {}
# langchain-openai shares one async HTTP client per process; its pooled connections belong to
# the event loop that opened them and break under the next asyncio.run(). One client per loop.
_async_models: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[_ModelKey, ChatOpenAI]]
_async_models = weakref.WeakKeyDictionary()


def make_chat_model(settings: Settings, *, for_async: bool = False) -> ChatOpenAI:
    """The built-in client: ChatOpenAI on OPENAI_BASE_URL (or OpenAI) with the settings' limits.

    Reused across calls (one per settings, and per event loop for async use).
    """
    if not settings.model_configured():
        raise SettingsError(NO_MODEL)
    if why := settings.key_redirect():
        raise SettingsError(why)
    api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    key: _ModelKey = (
        settings.openai_base_url,
        api_key or "not-needed",  # local servers ignore the key, the client insists on one
        settings.model,
        settings.temperature,
        settings.timeout,
        settings.max_retries,
    )
    if not for_async:
        if key not in _sync_models:
            _sync_models[key] = _chat_openai(key, for_async=False)
        return _sync_models[key]
    per_loop = _async_models.setdefault(asyncio.get_running_loop(), {})
    if key not in per_loop:
        per_loop[key] = _chat_openai(key, for_async=True)
    return per_loop[key]


_BOUND: dict[tuple[int, str], tuple[BaseChatModel, Runnable[Any, Any]]] = {}


def _bind(model: BaseChatModel, method: str) -> Runnable[Any, Any]:
    """Ask for the reply shape the way the method says; the reply is validated by us either way.

    A dict schema (not a pydantic class) keeps the raw reply: with_structured_output would turn a
    wrong shape into None and invalid JSON into an exception, losing what a re-ask needs.
    The binding is made once per model and method (a batch binds once per goal otherwise).
    """
    known = _BOUND.get((id(model), method))
    if known is not None and known[0] is model:  # the entry holds the model: its id is not reused
        return known[1]
    if len(_BOUND) > 32:
        _BOUND.clear()
    bound = _bind_new(model, method)
    _BOUND[(id(model), method)] = (model, bound)
    return bound


def _bind_new(model: BaseChatModel, method: str) -> Runnable[Any, Any]:
    if method == "function_calling":
        try:
            return model.bind_tools([tool_spec()], tool_choice=TOOL_NAME)
        except NotImplementedError:
            return model
    from langchain_openai.chat_models.base import BaseChatOpenAI

    if isinstance(model, BaseChatOpenAI):
        fmt = response_format_json_schema() if method == "json_schema" else {"type": "json_object"}
        # Sent as extra_body, the same JSON on the wire: as a typed parameter the openai client
        # walks the whole schema for every request, a quarter of a batch's CPU.
        return model.bind(extra_body={"response_format": fmt})
    return model  # other chat models: the prompt and examples carry the JSON shape


def _identity(model: BaseChatModel, settings: Settings, built_in: bool) -> tuple[str, str | None]:
    name = getattr(model, "model_name", None) or getattr(model, "model", None)
    base = getattr(model, "openai_api_base", None)
    if built_in:
        base = settings.openai_base_url or OPENAI_DEFAULT_BASE
    return str(name or type(model).__name__), base


# --- one goal -------------------------------------------------------------------------------


@dataclass
class _Job:
    settings: Settings
    context: GoalContext
    # the rules engine's reading of the goal (hints and checks), or the summary of it a batch
    # saved when it built the request
    analysis: Analysis | GoalSummary
    today: date
    prompts: PromptSet
    model: Runnable[Any, Any]  # the chat model, bound to the reply shape
    client: Any  # the chat model itself
    model_name: str
    key: str | None
    cache: ReportCache | None
    started: float
    usage: Usage = field(default_factory=Usage)

    @cached_property
    def rules(self) -> GoalReport:
        """The rules engine's whole report, written only when a fallback needs it."""
        analysis = self.analysis
        if isinstance(analysis, GoalSummary):  # the rewrite needs the whole reading
            analysis = rules_analysis(
                analysis.goal, self.context, max_chars=self.settings.max_goal_chars
            )
        return finish(analysis)


def _resolve(
    settings: Settings | None, context: GoalContext | None, chat_model: Any
) -> tuple[Settings, GoalContext]:
    settings = settings or get_settings()
    if chat_model is None and not settings.model_configured():
        raise SettingsError(NO_MODEL)
    return settings, context or GoalContext()


def _prepare(
    goal: str,
    context: GoalContext,
    settings: Settings,
    chat_model: Any,
    for_async: bool,
    summary: GoalSummary | None = None,
) -> _Job | GoalReport:
    """Cache lookup, rules analysis, prompts; a GoalReport when the cache already has it.

    `summary`: the goal's analysis as saved when its batch request was built (not read again).
    """
    started = time.perf_counter()
    goal = clean_goal(goal, settings.max_goal_chars)  # GoalInputError
    today = context.today or date.today()
    prompts = load_prompts(settings.prompts_dir)
    built_in = chat_model is None
    model = make_chat_model(settings, for_async=for_async) if built_in else chat_model
    model_name, base_url = _identity(model, settings, built_in)
    cache = key = None
    if settings.cache_enabled:
        cache = open_cache(settings.cache_path)
        key = cache_key(
            base_url=base_url,
            model=model_name,
            prompt_version=prompts.version,
            method=settings.structured_method,
            temperature=settings.temperature,
            goal=goal,
            context=context.model_dump(mode="json", exclude_none=True),
            today=today.isoformat(),
        )
        hit = cache.get(key)
        if hit is not None and not _trusted(hit, goal, context, today):
            hit = None  # edited or written under other limits: asked again, then overwritten
        if hit is not None:
            elapsed = (time.perf_counter() - started) * 1000
            return hit.model_copy(
                update={"usage": Usage(cached=True, latency_ms=round(elapsed, 3))}
            )
    analysis: Analysis | GoalSummary
    if summary is not None and summary.goal == goal:  # only goals are summarised
        analysis = summary
    else:
        analysis = rules_analysis(goal, context, max_chars=settings.max_goal_chars)
        if not analysis.readings.is_goal:
            return finish(analysis)  # not a goal: nothing for a model to rewrite, no call made
    return _Job(
        settings=settings,
        context=context,
        analysis=analysis,
        today=today,
        prompts=prompts,
        model=_bind(model, settings.structured_method),
        client=model,
        model_name=model_name,
        key=key,
        cache=cache,
        started=started,
    )


def _trusted(report: GoalReport, goal: str, context: GoalContext, today: date) -> bool:
    """A cached report passes what a fresh reply must: screened, capped text and a rewrite
    that passes the checks. The cache file is the user's to edit; it is not trusted blindly."""
    if report.goal != goal or report.rewrite is None or report.engine != "llm":
        return False
    if len(report.alternatives) > limits.MAX_ALTERNATIVES:
        return False
    texts = [report.rewrite.text, *(a.text for a in report.alternatives)]
    notes = [*report.rewrite.assumptions, *report.warnings]
    for _, c in report.criteria.items():
        notes += [t for t in (c.feedback, c.evidence, c.question) if t]
    for a in report.alternatives:
        notes += [*a.assumptions, *([a.label] if a.label else [])]
    if any(len(t) > limits.MAX_REPLY_TEXT_CHARS or screen_text(t) != t for t in texts):
        return False
    if any(len(t) > limits.MAX_REPLY_NOTE_CHARS or screen_text(t) != t for t in notes):
        return False
    if _SECRET_ASK.search(" ".join(texts + notes)):
        return False
    problems = rewrite_problems(
        report.rewrite.text, report.rewrite.assumptions, goal, context, report.language, today
    )
    return not problems


def _first_messages(job: _Job) -> list[BaseMessage]:
    rules, ctx = job.analysis, job.context
    language_line: str = rules.language
    if is_unaccented(rules.goal, rules.language):
        language_line = "vi (typed without diacritics: answer without diacritics)"
    readings = rules.facts.model_dump(mode="json", exclude_none=True)
    for name in ("specific", "measurable", "time_bound"):
        readings[name] = getattr(rules.criteria, name).status
    context = ctx.model_dump(
        mode="json", exclude_none=True, exclude={"today", "language", "history"}
    )
    if rules.forecast is not None:  # computed from the history: facts, not for the model to redo
        readings["forecast"] = rules.forecast.facts()
        readings["attainable"] = rules.criteria.attainable.status
    return job.prompts.messages(
        rules.language,
        {
            "language": language_line,
            "today": job.today.isoformat(),
            "context": compact_json(context),
            "readings": compact_json(readings),
            # The goal is data: it cannot close its own delimiter.
            "goal": _GOAL_TAG.sub(lambda m: f"[{m.group(1)}goal]", rules.goal),
        },
    )


def _problems(job: _Job, reply: ReplyOut) -> tuple[list[str], list[str]]:
    """Problems with the rewrite, and with the alternatives, found by the rules analysis."""
    rules = job.analysis
    figures = rules.figures if isinstance(rules, GoalSummary) else None
    check = RewriteChecks(rules.goal, job.context, rules.language, job.today, figures).problems
    main = check(reply.rewrite.text, reply.rewrite.assumptions)
    # an alternative that only changes the amounts of a rewrite that passed reads as it does
    like = None if main else reply.rewrite.text
    if _SECRET_ASK.search(" ".join([reply.rewrite.text, *reply.rewrite.assumptions])):
        main.append("the rewrite mentions a password, key or other secret: leave it out")
    if not main:
        # defects a user would reject that the reading cannot see: a second deadline, another
        # domain's vocabulary, alternatives that drift or swap order
        found = defects(rules.goal, _drafted(job, reply), labelled_not_goal=False,
                        today=job.today, goal_dates=_saved_deadlines(job))  # fmt: skip
        main += [named(d) for d in found]
    alts = []
    for i, alt in enumerate(reply.alternatives):
        label = alt.label or f"#{i + 1}"
        found = check(alt.text, alt.assumptions, like)
        if _SECRET_ASK.search(" ".join([alt.text, *alt.assumptions])):
            found.append("it mentions a password, key or other secret")
        alts += [f"alternatives[{i}] ({label}): {p}" for p in found]
    return [f"rewrite: {p}" for p in main], alts


def _drafted(job: _Job, reply: ReplyOut) -> GoalReport:
    """The reply as a report, for its defects only."""
    rules = job.analysis
    return GoalReport(
        goal=rules.goal,
        language=rules.language,
        criteria=rules.criteria,
        facts=rules.facts,
        rewrite=Rewrite(text=reply.rewrite.text, assumptions=reply.rewrite.assumptions),
        alternatives=[
            Rewrite(text=a.text, label=a.label, assumptions=a.assumptions)
            for a in reply.alternatives
        ],
        engine="llm",
    )


def _saved_deadlines(job: _Job) -> frozenset[date] | None:
    """The goal's deadlines as a batch saved them when it built the request (read on this day)."""
    rules = job.analysis
    if isinstance(rules, GoalSummary) and rules.read_on == job.today:
        return rules.deadlines
    return None


def _success(job: _Job, reply: ReplyOut, dropped: list[str]) -> GoalReport:
    rules = job.analysis
    criteria = reply.criteria.model_dump()
    # Specific, Measurable and Time-bound are readings of the text: the rules analysis is the
    # ground truth for them, so a model verdict that disagrees gives way (and the ladder holds).
    checked = ("specific", "measurable", "time_bound") + (("attainable",) if rules.forecast else ())
    for name in checked:  # with a history, Attainable is the forecast's too
        ours = getattr(rules.criteria, name)
        if criteria[name]["status"] != ours.status:
            criteria[name] = ours.model_dump()
    for name, ours in rules.criteria.items():  # a verdict asking for a secret is not shown
        words = " ".join(str(v) for v in criteria[name].values() if isinstance(v, str))
        if _SECRET_ASK.search(words):
            criteria[name] = ours.model_dump()
    alternatives = [
        Rewrite(text=a.text, assumptions=a.assumptions, label=a.label)
        for i, a in enumerate(reply.alternatives)
        if not any(d.startswith(f"alternatives[{i}]") for d in dropped)
    ]
    # The rules warnings about the goal (injection, not a goal) hold; the one about its own
    # rebuilt rewrite does not apply to the model's rewrite.
    rebuilt = msg(rules.language, "warnings.rewrite_rebuilt")
    warnings = [w for w in rules.warnings if w != rebuilt]
    if dropped:
        warnings.append(msg(rules.language, "warnings.dropped", what="; ".join(dropped[:3])))
    report = GoalReport(
        goal=rules.goal,
        language=rules.language,
        criteria=Criteria.model_validate(criteria),
        facts=rules.facts,
        rewrite=Rewrite(text=reply.rewrite.text, assumptions=reply.rewrite.assumptions),
        alternatives=alternatives,
        engine="llm",
        model=job.model_name,
        prompt_version=job.prompts.version,
        warnings=warnings,
        usage=_finish_usage(job),
        forecast=rules.forecast,
    )
    if job.cache is not None and job.key is not None:
        job.cache.put(job.key, report)
        if job.cache.error:
            report.warnings.append(msg(report.language, "warnings.cache_off", why=job.cache.error))
    return report


def _fallback(job: _Job, why: str) -> GoalReport:
    report = job.rules.model_copy(deep=True)
    lang = report.language
    report.warnings.append(msg(lang, "warnings.fallback", model=job.model_name, why=why))
    if job.cache is not None and job.cache.error:
        report.warnings.append(msg(lang, "warnings.cache_off", why=job.cache.error))
    report.usage = _finish_usage(job)
    return report


def _finish_usage(job: _Job) -> Usage:
    job.usage.latency_ms = round((time.perf_counter() - job.started) * 1000, 3)
    return job.usage


def _count(job: _Job, msg: Any) -> None:
    meta = getattr(msg, "usage_metadata", None) or {}
    job.usage.prompt_tokens += int(meta.get("input_tokens") or 0)
    job.usage.completion_tokens += int(meta.get("output_tokens") or 0)


def _echo(msg: Any) -> AIMessage:
    """The bad reply as plain text, so the re-ask needs no tool-result turn."""
    calls = getattr(msg, "tool_calls", None) or []
    bad = getattr(msg, "invalid_tool_calls", None) or []
    if calls:
        text: Any = compact_json(calls[0]["args"])
    elif bad:
        text = bad[0].get("args")
    else:
        text = getattr(msg, "content", None)
    if not isinstance(text, str):
        text = str(text or "")
    return AIMessage(text[:_ECHO_LIMIT] or "(empty reply)")


def _describe(exc: BaseException, job: _Job) -> str:
    """Why the call failed, for the warning: never the key, never a traceback."""
    import openai

    from rewriter.llm.transport import ReplyTooLarge

    s = job.settings
    tries = f"after {s.max_retries + 1} attempt(s)"
    cause: BaseException | None = exc
    for _ in range(6):  # the SDK and langchain wrap the transport's error
        if cause is None or isinstance(cause, ReplyTooLarge):
            break
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, ReplyTooLarge):
        text = str(cause)
    elif isinstance(exc, openai.APITimeoutError):
        text = f"no answer within {s.timeout:g} s {tries}"
    elif isinstance(exc, openai.RateLimitError):
        wait = _retry_after(exc)
        text = (
            f"the server answered HTTP 429 (rate limit) and asked to wait {wait:g} s, too long"
            " to retry"
            if wait is not None and wait > _MAX_RETRY_AFTER
            else f"the server kept answering HTTP 429 (rate limit) {tries}"
        )
    elif isinstance(exc, openai.AuthenticationError):
        text = "the server rejected the API key (HTTP 401)"
    elif isinstance(exc, openai.APIStatusError):
        text = f"the server answered HTTP {exc.status_code}" + (
            f" {tries}" if exc.status_code >= 500 else ""
        )
    elif isinstance(exc, openai.APIConnectionError):
        text = f"cannot connect to {s.openai_base_url or OPENAI_DEFAULT_BASE} {tries}"
    elif isinstance(exc, openai.LengthFinishReasonError):
        text = "the reply was cut off at the token limit"
    else:
        text = f"{type(exc).__name__}: {str(exc)[:200]}"
    key = s.openai_api_key.get_secret_value() if s.openai_api_key else ""
    return text.replace(key, "***") if key else text


_MAX_RETRY_AFTER = 120  # seconds: the openai client does not retry a longer Retry-After


def _retry_after(exc: Any) -> float | None:
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    try:
        return float(headers.get("retry-after", ""))
    except ValueError:
        return None


def _conversation(
    job: _Job, first_sent: bool = False
) -> Generator[list[BaseMessage], Any, GoalReport]:
    """The re-ask loop as a generator: yields messages to send, receives the reply or error.

    Shared by the sync and async drivers so both behave the same. With `first_sent` the first
    reply came from elsewhere (a provider batch): the first yield is an empty list and the
    prompt is built only when a re-ask needs it.
    """
    messages = [] if first_sent else _first_messages(job)
    attempts = 1 + job.settings.max_repairs
    problems: list[str] = []
    for attempt in range(attempts):
        result = yield messages
        job.usage.model_calls += 1
        if isinstance(result, BaseException):
            # The client has already retried what is worth retrying (timeouts, 429, 5xx).
            return _fallback(job, _describe(result, job))
        _count(job, result)
        try:
            reply = parse_reply(result)
            main, alts = _problems(job, reply)
        except ReplyError as exc:
            main, alts = exc.errors, []
        if not main and (not alts or attempt == attempts - 1):
            return _success(job, reply, dropped=alts)
        problems = main + alts
        sent = messages or _first_messages(job)
        messages = [*sent, _echo(result), job.prompts.repair_message(problems)]
    summary = "; ".join(problems[:3])
    return _fallback(job, f"{attempts} replies failed the checks (last: {summary})")


def llm_rewrite(
    goal: str,
    context: GoalContext | None = None,
    *,
    settings: Settings | None = None,
    chat_model: BaseChatModel | None = None,
) -> GoalReport:
    """Analyse and rewrite one goal with the model (cached); falls back to rules on failure.

    Runs allm_rewrite() on the process's background loop, so the per-attempt deadline is exact
    (a blocking socket read cannot be interrupted; an awaited one can).
    """
    from rewriter.llm.loop import run

    return run(allm_rewrite(goal, context, settings=settings, chat_model=chat_model))


async def allm_rewrite(
    goal: str,
    context: GoalContext | None = None,
    *,
    settings: Settings | None = None,
    chat_model: BaseChatModel | None = None,
) -> GoalReport:
    """Async llm_rewrite(): awaits the model, so many goals can share one event loop."""
    settings, context = _resolve(settings, context, chat_model)
    job = _prepare(goal, context, settings, chat_model, for_async=True)
    if isinstance(job, GoalReport):
        return job
    conv = _conversation(job)
    messages = next(conv)
    while True:
        try:
            result: Any = await job.model.ainvoke(messages)
        except Exception as exc:
            result = exc
        try:
            messages = conv.send(result)
        except StopIteration as stop:
            report: GoalReport = stop.value  # what _conversation returns
            return report


# --- many goals, and the Runnable ---------------------------------------------------------

GoalInput = str | tuple[Any, ...] | Mapping[str, Any]


def coerce_input(item: GoalInput) -> tuple[str, GoalContext]:
    """A goal from str, (goal, context) or {"goal": ..., "context": ...}; context may be a dict."""
    ctx: Any = None
    if isinstance(item, str):
        goal = item
    elif isinstance(item, tuple):
        goal, ctx = (item + (None,))[:2]
    elif isinstance(item, Mapping):
        goal, ctx = item.get("goal", ""), item.get("context")
    else:
        raise GoalInputError(f"Expected a goal text, got {type(item).__name__}.")
    if isinstance(ctx, Mapping):
        ctx = GoalContext.model_validate(ctx)
    return str(goal or ""), ctx or GoalContext()


async def arewrite_many(
    items: Iterable[GoalInput],
    *,
    settings: Settings | None = None,
    chat_model: BaseChatModel | None = None,
    concurrency: int | None = None,
    on_result: Callable[[int, GoalReport | Exception], Any] | None = None,
) -> list[GoalReport | Exception]:
    """Rewrite many goals with at most `concurrency` in flight; results in input order.

    A slot holds the GoalReport, or the exception for that goal (GoalInputError for unusable
    text) so a batch never loses a row. SettingsError is raised at once, before any goal.
    """
    settings, _ = _resolve(settings, None, chat_model)
    gate = asyncio.Semaphore(concurrency or settings.concurrency)

    async def one(index: int, item: GoalInput) -> GoalReport | Exception:
        async with gate:
            try:
                goal, ctx = coerce_input(item)
                result: GoalReport | Exception = await allm_rewrite(
                    goal, ctx, settings=settings, chat_model=chat_model
                )
            except Exception as exc:  # the row keeps its slot with the reason
                result = exc
        if on_result is not None:
            ret = on_result(index, result)
            if inspect.isawaitable(ret):
                await ret
        return result

    return list(await asyncio.gather(*(one(i, item) for i, item in enumerate(items))))


def build_chain(
    *, settings: Settings | None = None, chat_model: BaseChatModel | None = None
) -> Runnable[GoalInput, GoalReport]:
    """The llm engine as a Runnable: input str | (goal, context) | {"goal", "context"}, output
    GoalReport. batch/abatch honour config={"max_concurrency": n}."""
    settings, _ = _resolve(settings, None, chat_model)

    def invoke(item: GoalInput) -> GoalReport:
        goal, ctx = coerce_input(item)
        return llm_rewrite(goal, ctx, settings=settings, chat_model=chat_model)

    async def ainvoke(item: GoalInput) -> GoalReport:
        goal, ctx = coerce_input(item)
        return await allm_rewrite(goal, ctx, settings=settings, chat_model=chat_model)

    return RunnableLambda(invoke, afunc=ainvoke, name="smartgoal_llm_rewrite")
