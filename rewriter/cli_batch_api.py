"""CLI: `smartgoal batch --via batch-api`, `--export-jsonl` and `--import-results` (the provider's batch engine)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer


def run_provider(
    input: Path,
    output: Path,
    options: Any,
    *,
    resume: bool,
    retry_online: bool,
    wait: bool,
    export_jsonl: Path | None,
    import_results: list[Path] | None,
) -> int:
    """Run one of the provider-batch modes; the exit code."""
    from rewriter.batch import BatchInputError
    from rewriter.batch_provider import (
        ProviderSummary,
        export_requests,
        job_folder,
        run_via_batch_api,
    )
    from rewriter.batch_provider import (
        import_results as merge_results,
    )
    from rewriter.cli_batch import _Display, _fail, _print_summary
    from rewriter.errors import SettingsError

    try:
        if export_jsonl is not None:
            n = export_requests(input, export_jsonl, options)
            typer.echo(f"wrote {n:,} requests (one per distinct goal) to {export_jsonl}")
            return 0
        display = _LazyDisplay(_Display)
        shown: dict[str, str] = {}

        def provider(p: Any) -> None:
            for part in p.parts:
                line = (
                    f"batch {part.number}/{len(p.parts)} {part.batch_id or ''}: {part.status}"
                    f" {part.completed:,}/{part.requests:,} done, {part.failed:,} failed"
                )
                if shown.get(str(part.number)) != line:
                    shown[str(part.number)] = line
                    typer.echo(line, err=True)
            if p.phase == "building" and shown.get("phase") != "building":
                shown["phase"] = "building"
                typer.echo("building the requests ...", err=True)

        summary: ProviderSummary | None
        try:
            if import_results:
                summary = merge_results(input, output, import_results, options, resume=resume,
                                        online=retry_online, progress=display.update)  # fmt: skip
            else:
                summary = run_via_batch_api(input, output, options, resume=resume,
                                            online=retry_online, wait=wait, on_provider=provider,
                                            progress=display.update)  # fmt: skip
        finally:
            display.close()
    except (BatchInputError, SettingsError) as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"{e.strerror or e}")
    except KeyboardInterrupt:
        typer.echo(
            f"\nInterrupted. The batches and finished rows are kept in {job_folder(output)}; "
            "run the same command with --resume to continue (nothing is sent twice).",
            err=True,
        )
        return 130
    except Exception as e:  # the provider refused or the network failed: resumable
        import openai

        if not isinstance(e, openai.OpenAIError):
            raise
        return _fail(
            f"the provider answered: {_safe(e, options)}; run the same command with --resume "
            "to try again (batches already sent are kept)"
        )
    if summary is None:
        typer.echo(
            f"The batches are running at the provider; results come back within 24 hours. Run "
            f"the same command with --resume to collect them ({job_folder(output)}).",
        )
        return 0
    _print_summary(summary.rows)
    _print_provider(summary)
    return 0


class _LazyDisplay:
    """The rows progress bar, started when the merge starts (the batches print lines before)."""

    def __init__(self, make: Any):
        self._make = make
        self._display: Any = None

    def update(self, p: Any) -> None:
        if self._display is None:
            self._display = self._make().__enter__()
        self._display.update(p)

    def close(self) -> None:
        if self._display is not None:
            self._display.__exit__(None, None, None)


def _safe(exc: Exception, options: Any) -> str:
    text = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
    key = options.settings.openai_api_key if options.settings else None
    secret = key.get_secret_value() if key else ""
    return text.replace(secret, "***") if secret else text


def _money(value: float | None) -> str:
    return "–" if value is None else f"${value:,.4f}"


def _print_provider(s: Any) -> None:
    c = s.cost
    lines = [
        f"provider batches: {len(s.parts)}; requests: {s.requests:,}; answered: {s.answered:,}"
        f"; asked online: {s.online_asks:,}",
        f"batch tokens: {c.batch_prompt:,} prompt, {c.batch_completion:,} completion = "
        f"{_money(c.batch_usd)} at the batch price; online re-asks: "
        f"{c.online_prompt + c.online_completion:,} tokens = {_money(c.online_usd)}",
        f"the online path would have cost {_money(c.all_online_usd)}",
    ]
    if c.batch_usd is None:
        lines.append("set SMARTGOAL_PRICE_INPUT / _OUTPUT (and SMARTGOAL_BATCH_PRICE_*) for costs")
    lines += [f"warning: {p}" for p in s.problems]
    typer.echo("\n".join(lines))
