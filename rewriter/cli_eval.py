"""CLI: `smartgoal eval SUITE.yaml` and `smartgoal eval compare A.json B.json` (registered by rewriter.cli)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from rewriter import engines

EXIT_BAD_INPUT = 2
EXIT_REGRESSION = 1

# the report files both eval commands can write
ReportMd = Annotated[Path | None, typer.Option("--report-md", help="write a Markdown report")]
ReportHtml = Annotated[Path | None, typer.Option("--report-html", help="write an HTML report")]


class _EvalGroup(TyperGroup):
    """`eval SUITE ...` runs a suite; `eval compare ...` compares. A bare suite path means `run`."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # typer's own click Context
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(
    cls=_EvalGroup,
    no_args_is_help=True,
    add_completion=False,
    help="Score an engine on a labeled suite, or compare two runs.\n\n"
    "  smartgoal eval SUITE.yaml [--engine rules|llm|auto] [--out RUN.json]\n\n"
    "  smartgoal eval compare A.json B.json [--fail-on-regression]",
)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(EXIT_BAD_INPUT)


def _write(path: Path, text: str, what: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise _fail(f"cannot write the {what} to {path}: {err.strerror or err}") from None
    typer.echo(f"{what} written to {path}", err=True)


@eval_app.command("run", help="Run SUITE.yaml on an engine, print the scores, save the run file.")
def run_command(
    suite: Annotated[
        Path, typer.Argument(metavar="SUITE.yaml", help="an eval suite (evals/suites/*.yaml)")
    ],
    engine: Annotated[
        str, typer.Option(help=f"{engines.choices_help()} (auto: a model when one is configured)")
    ] = "auto",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="write the run file (JSON) here")
    ] = None,
    concurrency: Annotated[
        int, typer.Option(min=1, max=64, help="goals in flight at once (model runs)")
    ] = 1,
    report_md: ReportMd = None,
    report_html: ReportHtml = None,
    model: Annotated[
        str | None, typer.Option(help="model name (overrides SMARTGOAL_MODEL)")
    ] = None,
    price_input: Annotated[
        float | None,
        typer.Option(min=0, help="USD per 1M prompt tokens (or SMARTGOAL_PRICE_INPUT)"),
    ] = None,
    price_output: Annotated[
        float | None,
        typer.Option(min=0, help="USD per 1M completion tokens (or SMARTGOAL_PRICE_OUTPUT)"),
    ] = None,
    full_reports: Annotated[
        bool,
        typer.Option("--full-reports", help="keep each case's whole GoalReport in the run file"),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    if why := engines.choice_error(engine):
        raise _fail(why)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from rewriter.errors import SettingsError
    from rewriter.evaluation import SuiteError, load_suite, run_html, run_markdown, run_suite
    from rewriter.evaluation.runner import pricing_from_env
    from rewriter.settings import get_settings

    try:
        loaded = load_suite(suite)
    except SuiteError as err:
        raise _fail(str(err)) from None
    try:
        settings = get_settings(model=model)
    except Exception as err:  # pydantic ValidationError from a bad environment variable
        raise _fail(f"bad settings: {err}") from None

    pricing = pricing_from_env()
    if price_input is not None:
        pricing.input_per_mtok = price_input
    if price_output is not None:
        pricing.output_per_mtok = price_output

    console = Console(stderr=True)
    try:
        with Progress(
            TextColumn("[bold]eval[/] {task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=quiet,
            transient=True,
        ) as bar:
            task = bar.add_task(loaded.name, total=len(loaded.cases))
            result = run_suite(
                loaded,
                engine=engine,
                settings=settings,
                concurrency=concurrency,
                progress=lambda done, total, case: bar.update(task, completed=done),
                suite_path=suite,
                pricing=pricing,
                full_reports=full_reports,
            )
    except SettingsError as err:
        raise _fail(str(err)) from None

    _print_run(result)
    if out:
        _write(out, result.to_json(), "run file")
    if report_md:
        _write(report_md, run_markdown(result), "Markdown report")
    if report_html:
        _write(report_html, run_html(result), "HTML report")


def _print_run(run: object) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from rewriter.evaluation.reports import NAMES
    from rewriter.evaluation.run import RunFile

    assert isinstance(run, RunFile)
    s = run.summary
    title = f"{run.suite.name}: {run.suite.cases} cases · engine {run.engine}"
    if run.model:
        title += f" · {run.model}"
    if run.prompt_version:
        title += f" · prompt {run.prompt_version}"
    table = Table(title=escape(title), caption="positive class = criterion flagged as not met")
    for col in ("criterion", "precision", "recall", "F1", "accuracy", "exact", "n"):
        table.add_column(col, justify="left" if col == "criterion" else "right")
    for name, m in run.metrics.items():
        table.add_row(
            NAMES[name],
            f"{m.precision:.3f}",
            f"{m.recall:.3f}",
            f"{m.f1:.3f}",
            f"{m.accuracy:.3f}",
            f"{m.exact:.3f}",
            str(m.n),
        )
    console = Console()
    console.print(table)
    langs = " · ".join(
        f"{k} {b.smt_all_right * 100:.1f}% (n={b.n})" for k, b in s.by_language.items()
    )
    console.print(f"S+M+T all right: {s.smt_all_right * 100:.1f}%  [{langs}]")
    console.print(
        f"rewrites passing checks: {s.rewrite.passed * 100:.1f}% of {s.rewrite.checked} · "
        f"errors: {s.errors} · latency p50 {s.latency_ms['p50']:.1f} ms, p95 {s.latency_ms['p95']:.1f} ms"
    )
    d = s.defects
    if d.by_class:
        classes = ", ".join(f"{k} {v}" for k, v in d.by_class.items())
        console.print(
            f"rewrite defects: {d.main_rate * 100:.1f}% of main rewrites, "
            f"{d.rate * 100:.1f}% with alternatives ({classes})"
        )
    else:
        console.print("rewrite defects: none found")
    rd = s.reading
    parts = [
        f"{k} {v * 100:.1f}% (n={rd.labeled[k]})"
        for k in ("kind", "domain", "deadline")
        if (v := getattr(rd, k)) is not None
    ]
    if rd.smart_read_met is not None:
        parts.append(f"clearly SMART read as met {rd.smart_read_met * 100:.1f}%")
    if rd.goals_called_not_goal is not None:
        parts.append(f"goals called not a goal {rd.goals_called_not_goal * 100:.1f}%")
    if parts:
        console.print("reading: " + " · ".join(parts))
    u = s.usage
    if u.model_calls_per_goal:
        cost = f" · cost ${u.cost_usd:.4f}" if u.cost_usd is not None else ""
        console.print(
            f"model calls/goal {u.model_calls_per_goal:.2f} · tokens/goal {u.tokens_per_goal:.0f}{cost}"
        )


@eval_app.command(
    "compare", help="Compare run A (reference) with run B (new): deltas and changed cases."
)
def compare_command(
    a: Annotated[
        Path, typer.Argument(metavar="A.json", help="the reference run (e.g. the baseline)")
    ],
    b: Annotated[Path, typer.Argument(metavar="B.json", help="the new run")],
    fail_on_regression: Annotated[
        bool,
        typer.Option(
            "--fail-on-regression",
            help="exit 1 when a criterion's F1 drops by more than --threshold",
        ),
    ] = False,
    threshold: Annotated[
        float, typer.Option(min=0, max=1, help="allowed F1 drop per criterion")
    ] = 0.02,
    report_md: ReportMd = None,
    report_html: ReportHtml = None,
    max_cases: Annotated[int, typer.Option(min=0, help="changed cases to list per group")] = 20,
) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from rewriter.evaluation import (
        RunFileError,
        compare_html,
        compare_markdown,
        compare_runs,
        load_run,
    )
    from rewriter.evaluation.reports import NAMES

    try:
        run_a, run_b = load_run(a), load_run(b)
    except RunFileError as err:
        raise _fail(str(err)) from None
    cmp = compare_runs(run_a, run_b, threshold)

    console = Console()
    if not cmp.same_suite:
        console.print(
            "[yellow]warning:[/] the runs used different suites; deltas mix suite and engine changes"
        )
    table = Table(title=escape(f"A: {cmp.a_label}\nB: {cmp.b_label}"))  # labels come from files
    for col in ("criterion", "F1 A", "F1 B", "ΔF1", "Δprecision", "Δrecall", "Δaccuracy"):
        table.add_column(col, justify="left" if col == "criterion" else "right")
    for d in cmp.metrics:
        table.add_row(
            NAMES.get(d.criterion, d.criterion),
            f"{d.a['f1']:.3f}" if "f1" in d.a else "—",
            f"{d.b['f1']:.3f}" if "f1" in d.b else "—",
            *(_delta_cell(d.delta.get(f)) for f in ("f1", "precision", "recall", "accuracy")),
        )
    console.print(table)
    (sa, sb), (ra, rb) = cmp.smt_all_right, cmp.rewrite_passed
    console.print(
        f"S+M+T all right {sa * 100:.1f}% → {sb * 100:.1f}% · rewrites passing {ra * 100:.1f}% → {rb * 100:.1f}%"
    )
    for title, group, color in (
        ("worse", cmp.worse, "red"),
        ("better", cmp.better, "green"),
        ("mixed", cmp.mixed, "yellow"),
    ):
        if not group:
            continue
        console.print(f"[{color}]{len(group)} case(s) {title}[/]")
        for c in group[:max_cases]:
            detail = ", ".join([*(f"+{k}" for k in c.fixed), *(f"-{k}" for k in c.broken)])
            console.print(
                f"  {escape(c.id)}: {detail}  [dim]{escape(c.goal[:70])}[/]", highlight=False
            )
        if len(group) > max_cases:
            console.print(f"  … and {len(group) - max_cases} more")
    if report_md:
        _write(report_md, compare_markdown(cmp), "Markdown report")
    if report_html:
        _write(report_html, compare_html(cmp), "HTML report")
    if cmp.regressions:
        console.print(
            f"[red]regression[/] (F1 drop > {threshold}): " + "; ".join(cmp.regressions),
            highlight=False,
        )
        if fail_on_regression:
            raise typer.Exit(EXIT_REGRESSION)
    else:
        console.print(f"no criterion's F1 dropped by more than {threshold}")


def _delta_cell(delta: float | None) -> str:
    if delta is None:
        return "—"
    color = "red" if delta < 0 else "green" if delta > 0 else "default"
    return f"[{color}]{delta:+.3f}[/]"


def register(app: typer.Typer) -> None:
    """Add the `eval` command group (run a suite / compare runs) to the CLI."""
    app.add_typer(eval_app, name="eval")
