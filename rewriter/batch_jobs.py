"""Sheets sent to the provider's batch engine from the web page: a folder per job in the user cache."""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from rewriter.settings import Settings

BATCH_ENGINE_MIN_GOALS = 1_000  # the page suggests the batch engine from this many distinct goals
RESULT_NAME = "result.xlsx"  # the merged rows; CSV is made from it on request
_RECORD = "job.json"


class JobError(Exception):
    """A job cannot be sent or checked now; `reason` names why (the page says it in its terms).

    reasons: no_model, other_address, busy, provider, changed, lost, gone.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail = reason, detail


@dataclass
class Job:
    """One sheet sent to the provider's batch engine, as kept in its job.json."""

    id: str
    file_name: str
    column: str
    created: str  # ISO time, UTC
    model: str
    base_url: str | None
    rows: int | None = None
    status: str = "sending"  # sending, running, done
    checked: str | None = None
    requests: int = 0
    completed: int = 0
    failed: int = 0
    batches: int = 0
    provider_status: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)  # rows ok / fallback / error, cost
    problems: list[str] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return jobs_dir() / self.id

    @property
    def input(self) -> Path:
        return self.folder / ("input" + Path(self.file_name).suffix.lower())

    @property
    def result(self) -> Path:
        return self.folder / RESULT_NAME

    @property
    def finished(self) -> bool:
        return self.status == "done" and self.result.is_file()

    @property
    def share(self) -> float:
        """How much of the work the provider reports done (0..1)."""
        if self.status == "done":
            return 1.0
        return min((self.completed + self.failed) / self.requests, 1.0) if self.requests else 0.0


def jobs_dir() -> Path:
    """The folder holding one sub-folder per job (the user cache folder, XDG_CACHE_HOME on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("smartgoal", appauthor=False)) / "batch-jobs"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _save(job: Job) -> None:
    tmp = job.folder / (_RECORD + ".tmp")
    tmp.write_text(
        json.dumps(dataclasses.asdict(job), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    os.replace(tmp, job.folder / _RECORD)


def load_job(job_id: str) -> Job:
    """The job with this id; JobError("gone") when it is not (or no longer) on this machine."""
    if not job_id.isalnum():
        raise JobError("gone")
    try:
        data = json.loads((jobs_dir() / job_id / _RECORD).read_text(encoding="utf-8"))
        names = {f.name for f in dataclasses.fields(Job)}
        return Job(**{k: v for k, v in data.items() if k in names})
    except (OSError, ValueError, TypeError):
        raise JobError("gone") from None


def list_jobs() -> list[Job]:
    """Every job kept on this machine, newest first (an unreadable folder is skipped)."""
    root = jobs_dir()
    if not root.is_dir():
        return []
    jobs = []
    for entry in root.iterdir():
        try:
            jobs.append(load_job(entry.name))
        except JobError:
            continue
    return sorted(jobs, key=lambda j: j.created, reverse=True)


def distinct_goals(table: Any, column: str) -> int:
    """How many different goal texts the column holds (blank cells not counted)."""
    from rewriter.batch import plan_columns
    from rewriter.tables import cell_text

    at = plan_columns(table, column).goal
    seen: set[str] = set()
    for cells in table.rows():
        text = " ".join(cell_text(cells[at]).split())
        if text:
            seen.add(text)
    return len(seen)


def provider_message(exc: BaseException, settings: Settings | None) -> str:
    """The provider's error as one short line, the API key never in it."""
    text = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
    key = settings.openai_api_key.get_secret_value() if settings and settings.openai_api_key else ""
    return text.replace(key, "***") if key else text


def _options(job: Job, settings: Settings, today: date | None = None) -> Any:
    from rewriter.batch import BatchOptions
    from rewriter.engines import with_model

    return BatchOptions(column=job.column, engine=with_model(), settings=settings, today=today)


def _sent(job: Job) -> bool:
    """Whether anything of this job may have reached the provider (an upload was started)."""
    from rewriter.batch_provider import JobState, job_folder

    state = JobState(job_folder(job.result))
    try:
        return state.exists() and any(p.status != "built" for p in state.load().parts)
    except Exception:  # noqa: BLE001 - an unreadable state: keep the job, to be safe
        return True


def submit_job(
    data: bytes,
    file_name: str,
    column: str,
    settings: Settings,
    *,
    rows: int | None = None,
    today: date | None = None,
    on_provider: Callable[[Any], None] | None = None,
) -> Job:
    """Keep the sheet in a new job folder and send it to the provider's batch engine.

    Returns the job (status running, or done when the provider finished at once). Nothing is
    kept when nothing was sent; JobError or BatchInputError say why.
    """
    if not settings.model_configured():
        raise JobError("no_model")
    job = Job(
        id=secrets.token_hex(6), file_name=Path(file_name).name or "goals.csv", column=column,
        created=_now(), model=settings.model, base_url=settings.openai_base_url, rows=rows,
    )  # fmt: skip
    job.folder.mkdir(parents=True)
    job.input.write_bytes(data)
    _save(job)
    lock = _lock(job, 0)
    try:
        _advance(job, settings, resume=False, today=today, on_provider=on_provider)
    except BaseException:
        if not _sent(job):
            shutil.rmtree(job.folder, ignore_errors=True)
        raise
    finally:
        lock.release()
    return job


def check_job(job_id: str, settings: Settings, *, busy_wait: float = 120.0) -> Job:
    """Ask the provider how the job's batches are doing; once they are all over, download the
    answers and write the result (the same checks and re-asks as the online batch).

    A check already running for this job (another window) is waited for, up to `busy_wait`
    seconds; then this one goes on from where it left the job.
    """
    job = load_job(job_id)
    lock = _lock(job, busy_wait)
    try:
        job = load_job(job_id)  # another check may have moved it on while this one waited
        if job.status == "done":
            return job
        if not settings.model_configured():
            raise JobError("no_model")
        if (settings.openai_base_url or None) != (job.base_url or None):
            # the key goes only where the user's own settings point
            raise JobError("other_address", job.base_url or "https://api.openai.com/v1")
        from rewriter.batch_provider import JobState, job_folder

        if not JobState(job_folder(job.result)).exists():
            raise JobError("lost")
        _advance(job, settings.model_copy(update={"model": job.model}), resume=True)
        return job
    finally:
        lock.release()


def _lock(job: Job, wait: float) -> Any:
    """The job's lock, so one check at a time talks to the provider and writes the result."""
    import time

    from rewriter.output_lock import OutputBusy, OutputLock

    end = time.monotonic() + wait
    while True:
        try:
            return OutputLock(job.folder / "check.lock", job.folder).acquire()
        except OutputBusy:
            if time.monotonic() >= end:
                raise JobError("busy") from None
            time.sleep(0.2)


def _advance(
    job: Job,
    settings: Settings,
    *,
    resume: bool,
    today: date | None = None,
    on_provider: Callable[[Any], None] | None = None,
) -> None:
    import openai

    from rewriter.batch_provider import run_via_batch_api
    from rewriter.errors import SettingsError
    from rewriter.output_lock import OutputBusy
    from rewriter.tables import BatchInputError

    def seen(p: Any) -> None:
        job.requests = p.requests
        job.completed, job.failed, job.batches = p.completed, p.failed, len(p.parts)
        job.provider_status = [part.status for part in p.parts]
        if on_provider is not None:
            on_provider(p)

    try:
        summary = run_via_batch_api(job.input, job.result, _options(job, settings, today),
                                    resume=resume, wait=False, on_provider=seen)  # fmt: skip
    except OutputBusy:
        raise JobError("busy") from None
    except SettingsError as exc:
        raise JobError("no_model", str(exc)) from None
    except BatchInputError as exc:
        if resume and "were sent with a different" in str(exc):
            what = str(exc).split("a different ", 1)[1].split(" (", 1)[0]
            raise JobError("changed", what) from None
        raise
    except openai.OpenAIError as exc:
        raise JobError("provider", provider_message(exc, settings)) from None
    finally:
        job.checked = _now()
        job.status = "running" if job.batches else job.status
        _save(job)
    if summary is not None:
        rows = summary.rows
        job.status = "done"
        job.rows = rows.rows
        job.summary = {
            "ok": rows.ok, "fallback": rows.fallback, "error": rows.error,
            "answered": summary.answered, "online_asks": summary.online_asks,
            "batch_usd": summary.cost.batch_usd, "online_usd": summary.cost.online_usd,
            "all_online_usd": summary.cost.all_online_usd,
        }  # fmt: skip
        job.problems = list(summary.problems)
        _save(job)


def job_result(job: Job, fmt: str) -> bytes:
    """The finished rows as .xlsx or .csv bytes (the online batch's columns and cells)."""
    if not job.finished:
        raise JobError("lost")
    if fmt == "xlsx":
        return job.result.read_bytes()
    import io

    from rewriter.tables import TableWriter, open_table

    table = open_table(job.result)
    buffer = io.BytesIO()
    writer = TableWriter(buffer, "csv")
    writer.write(list(table.columns))
    for row in table.rows():
        writer.write(row)
    writer.close()
    return buffer.getvalue()


def remove_job(job_id: str) -> None:
    """Forget a job on this machine (its batches at the provider are not touched)."""
    job = load_job(job_id)
    shutil.rmtree(job.folder, ignore_errors=True)
