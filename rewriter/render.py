"""Terminal rendering of a GoalReport: the scorecard the CLI prints."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from rewriter.report import GoalReport
from rewriter.rules.messages import criterion_name

ICONS = {"met": "✅", "partial": "🟡", "missing": "❌", "unknown": "❔"}
# criterion names come from data/messages.yaml (criterion_name), shared with the web app
LABELS = {
    "en": {
        "rewrite": "Rewrite",
        "alternatives": "Alternatives",
        "assumptions": "Assumptions to confirm",
        "warnings": "Warnings",
        "score": "Score",
        "ask": "Ask",
        "evidence": "evidence",
    },
    "vi": {
        "rewrite": "Bản viết lại",
        "alternatives": "Phương án khác",
        "assumptions": "Giả định cần xác nhận",
        "warnings": "Cảnh báo",
        "score": "Điểm",
        "ask": "Hỏi",
        "evidence": "bằng chứng",
    },
}


def scorecard(report: GoalReport) -> Group:
    """The report as a rich renderable: criteria table, rewrite, alternatives, assumptions."""
    t = LABELS[report.language]
    table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
    table.add_column(width=2)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for name, c in report.criteria.items():
        body = Text(c.feedback)
        if c.evidence:
            body.append(f"\n{t['evidence']}: ", style="dim").append(
                f"“{c.evidence}”", style="italic"
            )
        if c.question:
            body.append(f"\n{t['ask']}: ", style="dim").append(c.question, style="cyan")
        table.add_row(ICONS[c.status], criterion_name(name, report.language), body)
    parts: list[RenderableType] = [
        Text.assemble((report.goal, "bold"), f"   {t['score']} {report.score}/5", style=""),
        table,
    ]
    if report.forecast is not None:
        from rewriter.history.text import forecast_lines

        parts.extend(Text(line) for line in forecast_lines(report.forecast, report.language))
    if report.rewrite is not None:
        parts.append(Panel(Text(report.rewrite.text), title=t["rewrite"], border_style="green"))
    if report.alternatives:
        lines = [
            Text.assemble((f"• {a.label or ''}: ", "bold"), a.text) for a in report.alternatives
        ]
        parts.append(Panel(Text("\n").join(lines), title=t["alternatives"]))
    if report.rewrite is not None and report.rewrite.assumptions:
        parts.append(Text(t["assumptions"], style="bold"))
        parts.extend(Text(f"  ☐ {a}") for a in report.rewrite.assumptions)
    for w in report.warnings:
        parts.append(Text(f"⚠ {w}", style="yellow"))  # Text shows markup as typed
    engine = report.engine + (f" · {report.model}" if report.model else "")
    parts.append(Text(engine, style="dim"))
    return Group(*parts)
