"""CLI: `smartgoal batch` (registered by rewriter.cli)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rewriter import engines


def register(app: typer.Typer) -> None:
    """Add the batch command to the CLI."""

    @app.command("batch")
    def batch(
        input: Annotated[Path, typer.Argument(help="Goals table: .csv (any encoding) or .xlsx.")],
        output: Annotated[Path, typer.Option("-o", "--output", help="Result: .csv or .xlsx.")],
        column: Annotated[
            str | None, typer.Option(help="Column holding the goals (default: detected).")
        ] = None,
        engine: Annotated[
            str | None,
            typer.Option(help=f"{engines.choices_help()} (default: SMARTGOAL_ENGINE, else auto)."),
        ] = None,
        concurrency: Annotated[
            int | None,
            typer.Option(help="Model calls at once (llm; default SMARTGOAL_CONCURRENCY, 4)."),
        ] = None,
        resume: Annotated[
            bool, typer.Option(help="Continue an interrupted run from its checkpoint.")
        ] = False,
        today: Annotated[
            str | None, typer.Option(help="Reference date YYYY-MM-DD for relative deadlines.")
        ] = None,
        encoding: Annotated[
            str | None, typer.Option(help="CSV encoding, e.g. cp1258 (default: detected).")
        ] = None,
        sheet: Annotated[str | None, typer.Option(help="Worksheet to read (.xlsx).")] = None,
        via: Annotated[
            str,
            typer.Option(
                help="online (calls as you go) or batch-api (the provider's batch "
                "engine: half the price, results within 24 h)."
            ),
        ] = "online",
        export_jsonl: Annotated[
            Path | None,
            typer.Option(help="Write the batch request file only (vLLM run-batch, Azure, ...)."),
        ] = None,
        import_results: Annotated[
            list[Path] | None, typer.Option(help="Merge batch results produced elsewhere.")
        ] = None,
        retry_online: Annotated[
            bool,
            typer.Option(
                help="Ask online the goals the batch did not answer well "
                "(else the rules engine answers them, with a warning)."
            ),
        ] = True,
        wait: Annotated[
            bool,
            typer.Option(
                help="batch-api: wait for the results (else send and come back with --resume)."
            ),
        ] = True,
    ) -> None:
        """Rewrite every goal in a CSV or Excel table; keeps every column and adds the results."""
        provider = via == "batch-api" or export_jsonl is not None or bool(import_results)
        if via not in ("online", "batch-api"):
            raise typer.Exit(_fail(f"--via must be online or batch-api, not {via!r}"))
        if provider:
            code = _run_provider(input, output, column, engine, concurrency, resume, today,
                                 encoding, sheet, retry_online, wait, export_jsonl, import_results)  # fmt: skip
            if code:
                raise typer.Exit(code)
            return
        code = _run(input, output, column, engine, concurrency, resume, today, encoding, sheet)
        if code:
            raise typer.Exit(code)


def _run_provider(
    input: Path, output: Path, column: str | None, engine: str | None, concurrency: int | None,
    resume: bool, today: str | None, encoding: str | None, sheet: str | None,
    retry_online: bool, wait: bool, export_jsonl: Path | None, import_results: list[Path] | None,
) -> int:  # fmt: skip
    from datetime import date

    from rewriter.batch import BatchOptions
    from rewriter.cli_batch_api import run_provider
    from rewriter.errors import SettingsError
    from rewriter.settings import get_settings

    if why := engines.choice_error(engine):
        return _fail(why)
    if engine is not None and engine != engines.AUTO and not engines.needs_model(engine):
        return _fail(
            f"the provider's batch engine runs the {engines.with_model()} engine; "
            f"drop --engine {engine}"
        )
    try:
        ref = date.fromisoformat(today) if today else None
        settings = get_settings()
    except ValueError as e:
        return _fail(str(e) if isinstance(e, SettingsError) else f"--today: {today!r} is no date")
    if output.resolve() == input.resolve():
        return _fail("the output would overwrite the input; choose another -o file")
    options = BatchOptions(column=column, engine=engines.with_model(), concurrency=concurrency,
                           today=ref, encoding=encoding, sheet=sheet, settings=settings)  # fmt: skip
    return run_provider(input, output, options, resume=resume, retry_online=retry_online,
                        wait=wait, export_jsonl=export_jsonl, import_results=import_results)  # fmt: skip


def _fail(message: str) -> int:
    typer.echo(f"error: {message}", err=True)
    return 2


def _run(
    input: Path,
    output: Path,
    column: str | None,
    engine: str | None,
    concurrency: int | None,
    resume: bool,
    today: str | None,
    encoding: str | None,
    sheet: str | None,
) -> int:
    from datetime import date

    # Imported here: `smartgoal rewrite` must start fast and never load the batch machinery.
    from rewriter.batch import BatchInputError, BatchOptions, checkpoint_path, run_batch
    from rewriter.errors import SettingsError
    from rewriter.settings import get_settings

    try:
        choice = engines.as_choice(engine)
    except ValueError as e:
        return _fail(str(e))
    if concurrency is not None and not 1 <= concurrency <= 256:
        return _fail("--concurrency must be between 1 and 256")
    try:
        ref = date.fromisoformat(today) if today else None
    except ValueError:
        return _fail(f"--today must be a date like 2026-01-31, not {today!r}")
    if output.resolve() == input.resolve():
        return _fail("the output would overwrite the input; choose another -o file")
    try:
        settings = get_settings()
    except SettingsError as e:  # a malformed SMARTGOAL_* variable, an unreadable .env
        return _fail(str(e))
    options = BatchOptions(
        column=column,
        engine=choice,
        concurrency=concurrency,
        today=ref,
        encoding=encoding,
        sheet=sheet,
        settings=settings,
    )
    if resume and not checkpoint_path(output).is_file():
        typer.echo("No checkpoint found; starting from the first row.", err=True)
    display = _Display()
    try:
        with display:
            summary = run_batch(input, output, options, progress=display.update, resume=resume)
    except (BatchInputError, SettingsError) as e:
        return _fail(str(e))
    except OSError as e:  # e.g. the disk filled up while writing
        kept = checkpoint_path(output)
        hint = f"; finished rows are kept in {kept}: free space and run again with --resume"
        return _fail(f"cannot write {output}: {e.strerror or e}" + (hint if kept.is_file() else ""))
    except KeyboardInterrupt:
        typer.echo(
            f"\nInterrupted. Finished rows are saved in {checkpoint_path(output)}; "
            "run the same command with --resume to continue.",
            err=True,
        )
        return 130
    _print_summary(summary)
    return 0


class _Display:
    """A rich progress bar on stderr: rows done / total, rate, ETA (quiet when not a terminal)."""

    def __enter__(self) -> _Display:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("[bold]Rewriting"),
            BarColumn(),
            TextColumn("{task.fields[count]} rows"),
            TextColumn("{task.fields[rate]}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}"),
            console=console,
            disable=not console.is_terminal,
        )
        self.task = self.progress.add_task("batch", total=None, count="0", rate="", counts="")
        self.progress.start()
        return self

    def update(self, p: object) -> None:
        from rewriter.batch import BatchProgress

        assert isinstance(p, BatchProgress)
        self.progress.update(
            self.task,
            completed=p.done,
            total=p.total,
            count=f"{p.done:,}/{p.total:,}" if p.total is not None else f"{p.done:,}",
            rate=f"{p.rate:,.1f} rows/s",
            counts=f"ok {p.ok:,}  fallback {p.fallback:,}  error {p.error:,}",
        )

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def _print_summary(s: object) -> None:
    from rewriter.batch import BatchSummary

    assert isinstance(s, BatchSummary)
    rate = (s.rows - s.resumed) / s.elapsed if s.elapsed > 0 else 0.0
    lines = [
        f"{s.rows:,} rows: {s.ok:,} ok, {s.fallback:,} fallback, {s.error:,} error "
        f"in {s.elapsed:.1f} s ({rate:,.0f} rows/s)",
        f"goal column: {s.goal_column}"
        + (
            f"; context: {', '.join(f'{k}={v}' for k, v in s.context_columns.items())}"
            if s.context_columns
            else ""
        ),
        f"engine: {s.engine}"
        + (f" ({s.model})" if s.model else "")
        + f"; model calls: {s.model_calls:,}; tokens: {s.tokens:,}"
        + f" ({s.prompt_tokens:,} prompt, {s.completion_tokens:,} completion)",
    ]
    if s.resumed:
        lines.append(f"resumed: {s.resumed:,} rows taken from the checkpoint")
    if s.reused:
        lines.append(f"identical goals reused: {s.reused:,} rows")
    lines.append(f"wrote {s.output}")
    typer.echo("\n".join(lines))
