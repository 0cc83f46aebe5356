"""Large lists on the provider's batch engine: build the requests, upload, wait, download, merge; resumable."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import json
import multiprocessing
import os
import secrets
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from rewriter.batch import BatchInputError, BatchOptions, BatchProgress, BatchSummary, run_batch
from rewriter.errors import SettingsError
from rewriter.llm.batch_api import ENDPOINT, ReplyIndex
from rewriter.report import GoalContext
from rewriter.settings import Settings, get_settings
from rewriter.tables import InputTable

TERMINAL = ("completed", "failed", "expired", "cancelled")
SUMMARIES = "summaries.jsonl"  # each request's goal analysis, for the merge (goal_summary.py)
_STATE_VERSION = 1


@dataclass
class Part:
    """One request file and the provider batch that runs it."""

    number: int
    requests: int
    bytes: int
    file_id: str | None = None
    batch_id: str | None = None
    status: str = "built"  # built, uploading, uploaded, creating, then the provider's status
    completed: int = 0
    failed: int = 0
    total: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    downloaded: list[str] = field(default_factory=list)
    problem: str | None = None  # why it ended without every answer (expired, cancelled, ...)

    @property
    def name(self) -> str:
        return f"requests-{self.number:03d}.jsonl"


@dataclass
class ProviderProgress:
    """Passed to the progress callback while the provider works on the batches."""

    phase: str  # building, uploading, waiting, downloading
    parts: list[Part]
    requests: int = 0

    @property
    def completed(self) -> int:
        return sum(p.completed for p in self.parts)

    @property
    def failed(self) -> int:
        return sum(p.failed for p in self.parts)


@dataclass
class Cost:
    """Tokens the provider counted and what they cost at the batch price and the online one."""

    batch_prompt: int = 0
    batch_completion: int = 0
    online_prompt: int = 0  # re-asks and goals the batch did not answer
    online_completion: int = 0
    batch_usd: float | None = None
    online_usd: float | None = None  # the re-asks, at the online price
    all_online_usd: float | None = None  # every token at the online price: the online path


@dataclass
class ProviderSummary:
    rows: BatchSummary
    parts: list[Part]
    requests: int
    answered: int = 0
    unanswered: int = 0
    malformed: int = 0
    online_asks: int = 0
    cost: Cost = field(default_factory=Cost)
    problems: list[str] = field(default_factory=list)


# ---- the job folder --------------------------------------------------------------------------


def job_folder(output: Path) -> Path:
    """Where a run writing `output` keeps its requests, the batch ids and the results."""
    return output.with_name(output.name + ".batch-api")


class JobState:
    """state.json in the job folder: the run's settings and each part's file and batch ids,
    written whole and renamed into place, so a kill at any moment leaves the last good state."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / "state.json"
        self.data: dict[str, Any] = {}
        self.parts: list[Part] = []

    def exists(self) -> bool:
        return self.path.is_file()

    def load(self) -> JobState:
        try:
            self.data = json.loads(self.path.read_text(encoding="utf-8"))
            self.parts = [Part(**p) for p in self.data.get("parts", [])]
        except (OSError, ValueError, TypeError) as e:
            raise BatchInputError(
                f"{self.path} cannot be read ({e}); delete {self.folder} to start over"
            ) from None
        if self.data.get("version") != _STATE_VERSION:
            raise BatchInputError(f"{self.path} is from another version; delete {self.folder}")
        return self

    def save(self) -> None:
        self.data["version"] = _STATE_VERSION
        self.data["parts"] = [dataclasses.asdict(p) for p in self.parts]
        tmp = self.path.with_name("state.json.tmp")
        with tmp.open("w", encoding="utf-8") as f:
            json.dump(self.data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def batch_ids(self) -> list[str]:
        return [p.batch_id for p in self.parts if p.batch_id]


# ---- building the requests -------------------------------------------------------------------

_BUILD: dict[str, Any] = {}
# Below this many distinct goals the requests are built in this process: starting worker
# processes costs more than it saves (3,000 rows took 2.6 s here, 3.1 s with two workers).
POOL_MIN_REQUESTS = 2000


def _init_builder(settings: Settings, parent: int) -> None:
    from rewriter.batch_replies import init_worker

    init_worker(settings, parent)  # the same workers may check the replies (Workers)
    _BUILD["settings"] = settings


class Workers:
    """The build's worker processes, started when the list is long enough, and kept for the
    merge when the provider answers soon: starting a worker (the model client libraries, then
    the lexicon) costs about as much as checking a thousand replies."""

    # Workers idle while the provider works for longer than this are stopped (a batch may take
    # hours); the merge then starts its own.
    KEEP_SECONDS = 120.0

    def __init__(self, settings: Settings, workers: int | None = None):
        self.settings = settings
        self.workers = workers or min(os.cpu_count() or 1, 8)
        self.pool: ProcessPoolExecutor | None = None
        self.idle_since: float | None = None

    def start(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_builder,
                initargs=(self.settings, os.getpid()),
            )
        self.idle_since = None
        return self.pool

    def idle(self) -> None:
        """The build is done: the workers wait for the merge, for KEEP_SECONDS at most."""
        if self.pool is not None and self.idle_since is None:
            self.idle_since = time.monotonic()

    def expire(self) -> None:
        if self.idle_since is not None and time.monotonic() - self.idle_since > self.KEEP_SECONDS:
            self.close()

    def kept(self) -> ProcessPoolExecutor | None:
        """The running workers, if any are left and none has died."""
        self.expire()
        if self.pool is not None and getattr(self.pool, "_broken", False):
            self.close()
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool, self.idle_since = None, None


def _build_chunk(items: list[tuple[str, GoalContext]]) -> list[tuple[bytes, bytes | None] | None]:
    """Worker entry: each goal's request line and the summary line of its analysis (None: no
    model call needed, or unusable)."""
    return _build_lines(items, _BUILD["settings"])


def _build_lines(
    items: list[tuple[str, GoalContext]], settings: Settings
) -> list[tuple[bytes, bytes | None] | None]:
    from rewriter.llm.batch_api import Request, build_request
    from rewriter.llm.goal_summary import SummaryFile

    out: list[tuple[bytes, bytes | None] | None] = []
    for goal, context in items:
        try:
            req = build_request(goal, context, settings)
        except Exception:  # the row's own error is written when the rows are merged
            req = None
        if not isinstance(req, Request):
            out.append(None)
            continue
        summary = SummaryFile.line(req.custom_id, req.summary) if req.summary else None
        out.append((req.line(), summary))
    return out


class PartWriter:
    """Request lines into files of at most `max_requests` lines and `max_bytes` bytes."""

    def __init__(self, folder: Path, max_requests: int, max_bytes: int):
        self.folder, self.max_requests, self.max_bytes = folder, max_requests, max_bytes
        self.parts: list[Part] = []
        self._f: IO[bytes] | None = None

    def add(self, line: bytes) -> None:
        if len(line) > self.max_bytes:
            raise BatchInputError(
                f"one request is {len(line):,} bytes, over the provider's file limit "
                f"({self.max_bytes:,} bytes)"
            )
        part = self.parts[-1] if self.parts else None
        if (
            part is None
            or part.requests >= self.max_requests
            or part.bytes + len(line) > self.max_bytes
        ):
            self._close()
            part = Part(number=len(self.parts) + 1, requests=0, bytes=0)
            self.parts.append(part)
            self._f = (self.folder / part.name).open("wb")
        assert self._f is not None  # opened with this part, here or for an earlier line
        self._f.write(line)
        part.requests += 1
        part.bytes += len(line)

    def _close(self) -> None:
        if self._f is not None:
            self._f.flush()
            os.fsync(self._f.fileno())
            self._f.close()
            self._f = None

    def close(self) -> list[Part]:
        self._close()
        return self.parts


def _table(source: Any, options: BatchOptions) -> InputTable:
    """The input table; one already opened is used as it is (opening a CSV reads it whole once)."""
    from rewriter.batch import open_table

    if isinstance(source, InputTable):
        return source
    return open_table(source, encoding=options.encoding, sheet=options.sheet)


def _row_goals(
    source: Any, options: BatchOptions, today: date
) -> Iterator[tuple[str, GoalContext]]:
    """Each row's cleaned goal and context, as the merge will compute them (unusable rows out)."""
    from rewriter.batch import plan_columns, row_context
    from rewriter.tables import cell_text
    from rewriter.text.normalize import clean_goal

    settings = options.settings or get_settings()
    table = _table(source, options)
    plan = plan_columns(table, options.column)
    for cells in table.rows():
        raw = cell_text(cells[plan.goal])
        if not raw.strip():
            continue
        try:
            context = row_context(cells, plan, today)
            yield clean_goal(raw, settings.max_goal_chars), context
        except ValueError:
            continue  # the merge writes this row's error


def build_requests(
    source: Any,
    options: BatchOptions,
    today: date,
    writer: Callable[[bytes], object],
    *,
    workers: int | None = None,
    cancel: Callable[[], bool] | None = None,
    summaries: Callable[[bytes], object] | None = None,
    pool: Workers | None = None,
) -> int:
    """Write one request per distinct goal (with its context) through `writer`, in row order;
    the number of requests. The rules analysis behind each prompt runs on worker processes;
    `summaries` receives what the merge's checks need of each analysis (goal_summary.py).
    `pool`: workers to use and leave running (the merge may reuse them); by default they are
    started here and stopped at the end."""
    from rewriter.llm.batch_api import request_id

    settings = options.settings or get_settings()
    workers = workers or (pool.workers if pool is not None else min(os.cpu_count() or 1, 8))
    seen: set[str] = set()
    count = 0
    chunk: list[tuple[str, GoalContext]] = []
    size = 64

    def chunks() -> Iterator[list[tuple[str, GoalContext]]]:
        nonlocal chunk
        for goal, context in _row_goals(source, options, today):
            key = request_id(goal, context)
            if key in seen:
                continue
            seen.add(key)
            chunk.append((goal, context))
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    # A short list is built here: starting worker processes would take longer than the work.
    rest = chunks()
    head: list[list[tuple[str, GoalContext]]] = []
    for items in rest:
        head.append(items)
        if len(head) * size >= POOL_MIN_REQUESTS:
            break
    else:
        for items in head:
            count += _write(_build_lines(items, settings), writer, summaries)
            if cancel is not None and cancel():
                raise KeyboardInterrupt
        return count
    own = pool is None
    workers_ = Workers(settings, workers) if pool is None else pool
    try:
        executor = workers_.start()
        pending: list[Any] = []
        for items in itertools.chain(head, rest):
            pending.append(executor.submit(_build_chunk, items))
            while pending and (len(pending) > 4 * workers or pending[0].done()):
                count += _write(pending.pop(0).result(), writer, summaries)
            if cancel is not None and cancel():
                raise KeyboardInterrupt
        for f in pending:
            count += _write(f.result(), writer, summaries)
    finally:
        if own:
            workers_.close()
    return count


def _write(
    lines: list[tuple[bytes, bytes | None] | None],
    writer: Callable[[bytes], object],
    summaries: Callable[[bytes], object] | None,
) -> int:
    n = 0
    for line in lines:
        if line is not None:
            writer(line[0])
            if summaries is not None and line[1] is not None:
                summaries(line[1])
            n += 1
    return n


def export_requests(
    source: Any, target: Path, options: BatchOptions | None = None, *, today: date | None = None
) -> int:
    """Write the request file only (for vLLM run-batch, Azure or another batch runner)."""
    options = _llm_options(options)
    tmp = target.with_name(target.name + ".partial")
    try:
        with tmp.open("wb") as f:
            n = build_requests(source, options, today or options.today or date.today(), f.write)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return n


# ---- the provider ----------------------------------------------------------------------------


def _client(settings: Settings) -> Any:
    """The openai client for the Files and Batches endpoints (uploads and downloads stream)."""
    import httpx2
    import openai

    from rewriter.engines import no_model_message
    from rewriter.llm.transport import _proxy

    if not settings.model_configured():
        raise SettingsError(no_model_message())
    if why := settings.key_redirect():
        raise SettingsError(why)
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    transport = httpx2.HTTPTransport(proxy=_proxy(settings.openai_base_url))
    return openai.OpenAI(
        api_key=key or "not-needed",
        base_url=settings.openai_base_url,
        timeout=httpx2.Timeout(max(settings.timeout, 60.0)),
        max_retries=settings.max_retries,
        http_client=openai.DefaultHttpxClient(transport=transport),
    )


def _upload(client: Any, state: JobState, part: Part, token: str) -> None:
    filename = f"smartgoal-{token}-{part.name}"
    if part.status == "uploading":  # killed mid-upload last time: it may have arrived
        for f in client.files.list(purpose="batch"):
            if f.filename == filename and f.bytes == part.bytes:
                part.file_id, part.status = f.id, "uploaded"
                state.save()
                return
    part.status = "uploading"
    state.save()
    with (state.folder / part.name).open("rb") as fh:
        uploaded = client.files.create(file=(filename, fh, "application/jsonl"), purpose="batch")
    part.file_id, part.status = uploaded.id, "uploaded"
    state.save()


def _create(client: Any, state: JobState, part: Part, token: str) -> None:
    metadata = {"smartgoal_job": token, "part": str(part.number)}
    if part.status == "creating":  # killed mid-create last time: it may exist
        for b in client.batches.list(limit=100):
            if b.input_file_id == part.file_id or (b.metadata or {}) == metadata:
                part.batch_id, part.status = b.id, b.status
                state.save()
                return
    part.status = "creating"
    state.save()
    batch = client.batches.create(
        input_file_id=part.file_id, endpoint=ENDPOINT, completion_window="24h", metadata=metadata
    )
    part.batch_id, part.status = batch.id, batch.status
    state.save()


def _refresh(client: Any, state: JobState, part: Part) -> None:
    b = client.batches.retrieve(part.batch_id)
    counts = b.request_counts
    part.status = b.status
    if counts is not None:
        part.completed, part.failed, part.total = counts.completed, counts.failed, counts.total
    part.output_file_id, part.error_file_id = b.output_file_id, b.error_file_id
    if b.status in ("failed", "expired", "cancelled"):
        errors = [e.message for e in (b.errors.data if b.errors and b.errors.data else [])]
        part.problem = f"the provider's batch {b.id} {b.status}" + (
            f" ({'; '.join(str(e) for e in errors[:2])})" if errors else ""
        )
    state.save()


def _download(client: Any, state: JobState, part: Part) -> None:
    for kind, file_id in (("output", part.output_file_id), ("errors", part.error_file_id)):
        name = f"{kind}-{part.number:03d}.jsonl"
        if not file_id or name in part.downloaded:
            continue
        tmp = state.folder / (name + ".partial")
        with client.files.with_streaming_response.content(file_id) as response, tmp.open("wb") as f:
            for chunk in response.iter_bytes(1 << 20):
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, state.folder / name)
        part.downloaded.append(name)
        state.save()


def _sleep(seconds: float, cancel: Callable[[], bool] | None) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cancel is not None and cancel():
            raise KeyboardInterrupt
        time.sleep(min(0.2, max(end - time.monotonic(), 0)))


# ---- the whole run ---------------------------------------------------------------------------


def _llm_options(options: BatchOptions | None) -> BatchOptions:
    options = options or BatchOptions()
    settings = options.settings or get_settings()
    from rewriter.api import pick_engine
    from rewriter.engines import with_model

    engine = with_model()
    pick_engine(engine, settings)  # SettingsError: no key or base URL, or a redirected key
    return dataclasses.replace(options, settings=settings, engine=engine)


def _header(source: Path, table: InputTable, options: BatchOptions, today: date) -> dict[str, Any]:
    from rewriter.batch import plan_columns
    from rewriter.batch_engine import RowEngine, output_settings

    plan = plan_columns(table, options.column)
    engine = RowEngine(options)
    return {
        "input": table.name,
        "input_bytes": source.stat().st_size,
        "columns": list(plan.columns),
        "goal_column": plan.goal_column,
        "model": engine.model,
        "today": today.isoformat(),
        **output_settings(engine),
    }


def run_via_batch_api(
    source: Path,
    output: Path,
    options: BatchOptions | None = None,
    *,
    resume: bool = False,
    online: bool = True,
    wait: bool = True,
    on_provider: Callable[[ProviderProgress], None] | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    cancel: Callable[[], bool] | threading.Event | None = None,
) -> ProviderSummary | None:
    """Rewrite a table through the provider's batch engine and write `output` like run_batch.

    The requests, the batch ids and the downloaded results live in job_folder(output) until the
    output is written; `resume=True` picks up the same batches (nothing uploaded twice). With
    `wait=False` it returns None as soon as the batches are sent, or while they still run.
    """
    options = _llm_options(options)
    settings = options.settings or get_settings()  # _llm_options has set it
    is_cancelled: Callable[[], bool] = (
        cancel.is_set if isinstance(cancel, threading.Event) else (cancel or (lambda: False))
    )
    source, output = Path(source), Path(output)
    if output.is_dir():
        raise BatchInputError(f"{output} is a folder; give a file name such as goals-smart.csv")
    if not output.parent.is_dir():
        raise BatchInputError(f"the folder {output.parent} does not exist")
    folder = job_folder(output)
    state = JobState(folder)
    today = options.today or date.today()
    if state.exists() and not resume:
        ids = ", ".join(state.load().batch_ids()) or "none yet"
        raise BatchInputError(
            f"batches for {output.name} were already sent (batch ids: {ids}); run the same "
            f"command with --resume to pick them up, or delete {folder} to start over"
        )
    table = _table(source, options)  # read once for the header and the requests
    if state.exists():
        state.load()
        old = state.data["header"]
        if options.today is None:
            today = date.fromisoformat(old["today"])
        header = _header(source, table, options, today)
        changed = [k for k in header if old.get(k) != header[k]]
        if changed:
            name = changed[0].replace("_", " ")
            raise BatchInputError(
                f"the batches were sent with a different {name} ({old.get(changed[0])!r}, now "
                f"{header[changed[0]]!r}); run without --resume after deleting {folder}"
            )
    else:
        header = _header(source, table, options, today)
        folder.mkdir(exist_ok=True)
        state.data = {"header": header, "token": secrets.token_hex(6), "built": False}
        state.save()
    options = dataclasses.replace(options, today=today)

    def tell(phase: str) -> None:
        if on_provider is not None:
            on_provider(ProviderProgress(phase, state.parts, sum(p.requests for p in state.parts)))

    workers = Workers(settings)  # started by a long build, kept for a merge that comes soon
    try:
        return _send_and_merge(source, output, options, state, table, workers, tell, online=online,
                               resume=resume, wait=wait, progress=progress, cancel=cancel,
                               is_cancelled=is_cancelled)  # fmt: skip
    finally:
        workers.close()


def _send_and_merge(
    source: Path,
    output: Path,
    options: BatchOptions,
    state: JobState,
    table: InputTable,
    workers: Workers,
    tell: Callable[[str], None],
    *,
    online: bool,
    resume: bool,
    wait: bool,
    progress: Callable[[BatchProgress], None] | None,
    cancel: Callable[[], bool] | threading.Event | None,
    is_cancelled: Callable[[], bool],
) -> ProviderSummary | None:
    settings = options.settings or get_settings()  # _llm_options has set it
    folder, token = state.folder, state.data["token"]
    today = options.today or date.today()
    if not state.data.get("built"):
        tell("building")
        for stale in folder.glob("requests-*.jsonl"):
            stale.unlink()
        writer = PartWriter(folder, settings.batch_max_requests, settings.batch_max_bytes)
        try:
            with (folder / SUMMARIES).open("wb") as summaries:
                build_requests(table, options, today, writer.add, cancel=is_cancelled,
                               summaries=summaries.write, pool=workers)  # fmt: skip
        finally:
            state.parts = writer.close()
        state.data["built"] = True
        state.save()
        workers.idle()
    if not wait:
        workers.close()  # the merge is another run

    client = _client(settings)
    for part in state.parts:
        if part.file_id is None:
            tell("uploading")
            _upload(client, state, part, token)
        if part.batch_id is None:
            _create(client, state, part, token)
    tell("waiting")
    while True:
        for part in state.parts:
            if part.status not in TERMINAL:
                _refresh(client, state, part)
        tell("waiting")
        if all(p.status in TERMINAL for p in state.parts):
            break
        if not wait:
            return None
        workers.expire()
        _sleep(settings.batch_poll_seconds, is_cancelled)
    tell("downloading")
    for part in state.parts:
        _download(client, state, part)
    index = ReplyIndex()
    for part in state.parts:
        for name in part.downloaded:
            index.add_file(folder / name)
    return _merge(source, output, options, index, state.parts, online=online, resume=resume,
                  progress=progress, cancel=cancel, folder=folder,
                  pool=workers.kept())  # fmt: skip


def import_results(
    source: Path,
    output: Path,
    results: list[Path],
    options: BatchOptions | None = None,
    *,
    resume: bool = False,
    online: bool = True,
    progress: Callable[[BatchProgress], None] | None = None,
    cancel: Callable[[], bool] | threading.Event | None = None,
) -> ProviderSummary:
    """Merge result files produced elsewhere (vLLM run-batch, Azure, ...) with the same checks."""
    options = _llm_options(options)
    index = ReplyIndex()
    for path in results:
        if not Path(path).is_file():
            raise BatchInputError(f"no results file {path}")
        index.add_file(Path(path))
    return _merge(Path(source), Path(output), options, index, [], online=online, resume=resume,
                  progress=progress, cancel=cancel, folder=None)  # fmt: skip


_FROZEN = [0]  # merges running in this process with the old objects frozen
_FROZEN_LOCK = threading.Lock()


@contextmanager
def old_objects_frozen() -> Iterator[None]:
    """The cyclic garbage collector leaves alone the objects that exist when a merge starts
    (the libraries, lexicons and caches loaded). A full collection walks every object, and a
    merge's rows keep making objects that live a while: a large merge ran a dozen full
    collections of about 0.3 s each. The objects are handed back when the last merge ends
    (garbage among them is collected then)."""
    with _FROZEN_LOCK:
        _FROZEN[0] += 1
        gc.freeze()
    try:
        yield
    finally:
        with _FROZEN_LOCK:
            _FROZEN[0] -= 1
            if not _FROZEN[0]:
                gc.unfreeze()


def _merge(
    source: Path,
    output: Path,
    options: BatchOptions,
    index: ReplyIndex,
    parts: list[Part],
    *,
    online: bool,
    resume: bool,
    progress: Callable[[BatchProgress], None] | None,
    cancel: Callable[[], bool] | threading.Event | None,
    folder: Path | None,
    pool: ProcessPoolExecutor | None = None,
) -> ProviderSummary:
    from rewriter.batch_replies import ReplySource
    from rewriter.llm.goal_summary import SummaryFile

    settings = options.settings or get_settings()  # _llm_options has set it
    # results made elsewhere come without summaries: their goals are read again
    summaries = SummaryFile(folder / SUMMARIES).load() if folder is not None else None
    replies = ReplySource(index, settings, online=online, summaries=summaries, pool=pool)
    with old_objects_frozen():
        rows = run_batch(source, output, dataclasses.replace(options, replies=replies),
                         progress=progress, cancel=cancel, resume=resume)  # fmt: skip
    summary = ProviderSummary(
        rows=rows,
        parts=parts,
        requests=sum(p.requests for p in parts) or len(index),
        answered=index.answered,
        unanswered=max(sum(p.requests for p in parts) - index.answered, 0)
        if parts
        else index.failed,
        malformed=index.malformed,
        online_asks=replies.online_asks,
    )
    for p in parts:
        if p.problem:
            missing = max(p.requests - p.completed, 0)
            summary.problems.append(
                f"{p.problem}: {missing:,} of {p.requests:,} requests had no answer; "
                + ("they were asked online" if online else "the rules engine answered them")
            )
    if index.malformed:
        summary.problems.append(f"{index.malformed:,} result lines could not be read")
    summary.cost = _cost(settings, index, rows)
    if rows.output is not None and folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
    return summary


def _cost(settings: Settings, index: ReplyIndex, rows: BatchSummary) -> Cost:
    cost = Cost(index.prompt_tokens, index.completion_tokens)
    cost.online_prompt = max(rows.prompt_tokens - index.prompt_tokens, 0)
    cost.online_completion = max(rows.completion_tokens - index.completion_tokens, 0)
    p_in, p_out = settings.price_input, settings.price_output
    b_in = settings.batch_price_input if settings.batch_price_input is not None else _half(p_in)
    b_out = settings.batch_price_output if settings.batch_price_output is not None else _half(p_out)
    cost.batch_usd = _usd(cost.batch_prompt, cost.batch_completion, b_in, b_out)
    cost.online_usd = _usd(cost.online_prompt, cost.online_completion, p_in, p_out)
    cost.all_online_usd = _usd(cost.batch_prompt + cost.online_prompt,
                               cost.batch_completion + cost.online_completion, p_in, p_out)  # fmt: skip
    return cost


def _half(price: float | None) -> float | None:
    return None if price is None else price / 2  # the usual batch discount


def _usd(prompt: int, completion: int, p_in: float | None, p_out: float | None) -> float | None:
    if p_in is None or p_out is None:
        return None
    return (prompt * p_in + completion * p_out) / 1_000_000
