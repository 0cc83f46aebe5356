"""The `smartgoal` command line: rewrite one goal; batch and eval commands plug in."""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated, Literal, NoReturn, Optional

import typer

from rewriter import cli_batch, cli_eval, engines

app = typer.Typer(
    help="Make goals SMART: flag missing criteria and rewrite them (English and Vietnamese).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str) -> NoReturn:
    """One-line error on stderr, exit code 2 (unusable input or settings)."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} must be a date like 2026-12-31, not {value!r}")


@app.command()
def rewrite(
    goal: Annotated[str, typer.Argument(help="The goal to analyse, in quotes.")],
    engine: Annotated[
        str | None,
        typer.Option(help=f"{engines.choices_help()} (default: SMARTGOAL_ENGINE or auto)"),
    ] = None,  # noqa: UP045
    today: Annotated[
        str | None, typer.Option(help="Reference date YYYY-MM-DD for 'within 6 months'.")
    ] = None,  # noqa: UP045
    lang: Annotated[Optional[str], typer.Option(help="en | vi (default: detected)")] = None,  # noqa: UP045
    json_out: Annotated[bool, typer.Option("--json", help="Print one GoalReport as JSON.")] = False,
    platform: Annotated[str | None, typer.Option(help="Context: the platform or channel.")] = None,  # noqa: UP045
    baseline: Annotated[
        float | None, typer.Option(help="Context: the metric's current value.")
    ] = None,  # noqa: UP045
    growth: Annotated[
        float | None, typer.Option(help="Context: recent growth per month, in %.")
    ] = None,  # noqa: UP045
    deadline: Annotated[Optional[str], typer.Option(help="Context: deadline YYYY-MM-DD.")] = None,  # noqa: UP045
    horizon: Annotated[
        str | None, typer.Option(help='Context: horizon such as "6 months".')
    ] = None,  # noqa: UP045
    objective: Annotated[
        str | None, typer.Option(help="Context: the business objective served.")
    ] = None,  # noqa: UP045
    history: Annotated[
        str | None,
        typer.Option(
            help='Context: the metric\'s history, a CSV/XLSX file or "v1,v2,..." (one a month).'
        ),
    ] = None,  # noqa: UP045
) -> None:
    """Analyse one goal and print its SMART scorecard and rewrite."""
    from pydantic import ValidationError

    from rewriter.api import rewrite as run
    from rewriter.errors import GoalInputError, SettingsError, validation_message
    from rewriter.report import GoalContext

    if why := engines.choice_error(engine):
        fail(why)
    if lang not in (None, "en", "vi"):
        fail(f"--lang must be en or vi, not {lang!r}")
    language: Literal["en", "vi"] | None = "en" if lang == "en" else "vi" if lang == "vi" else None
    from rewriter.history.inputs import history_arg
    from rewriter.history.series import HistoryError

    try:
        reference = parse_date(today, "--today")
        points = history_arg(history, reference or date.today()) if history else None
        context = GoalContext(
            platform=platform,
            baseline=baseline,
            monthly_growth=growth,
            deadline=parse_date(deadline, "--deadline"),
            horizon=horizon,
            objective=objective,
            language=language,
            today=reference,
            history=points,
        )
        report = run(goal, context, engine=engine)
    except HistoryError as exc:
        fail("--history: " + exc.message(lang or "en"))
    except (GoalInputError, SettingsError) as exc:
        fail(str(exc))
    except ValidationError as exc:
        fail(validation_message(exc))
    if json_out:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
        return
    from rich.console import Console

    from rewriter.render import scorecard

    Console().print(scorecard(report))


cli_batch.register(app)
cli_eval.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
