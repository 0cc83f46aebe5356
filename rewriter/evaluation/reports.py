"""Markdown (to paste in a review) and self-contained HTML (inline SVG chart) for runs and comparisons."""

from __future__ import annotations

from html import escape

from rewriter.evaluation.compare import Comparison
from rewriter.evaluation.run import RunFile
from rewriter.report import CRITERIA
from rewriter.rules.messages import criterion_name

NAMES = {criterion: criterion_name(criterion, "en") for criterion in CRITERIA}  # data/messages.yaml
PALETTE = ("#4C78A8", "#F58518", "#54A24B", "#B279A2")


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def _md_cell(text: object) -> str:
    """Text from a run file as inert Markdown: HTML escaped, table pipes and newlines kept out."""
    return escape(str(text), quote=False).replace("|", "\\|").replace("\n", " ")


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _run_header(run: RunFile) -> list[tuple[str, str]]:
    return [
        ("Suite", f"{run.suite.name} ({run.suite.cases} cases, {run.suite.hash})"),
        ("Engine", run.engine),
        ("Model", run.model or "—"),
        ("Prompt version", run.prompt_version or "—"),
        ("Date", run.date.isoformat()),
        ("Reference date", str(run.suite.reference_date or "—")),
    ]


def failing_cases(run: RunFile, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(id, goal, what was wrong) for cases with a wrong status or an error."""
    out = []
    for c in run.cases:
        if c.error:
            out.append((c.id, c.goal, f"error: {c.error}"))
            continue
        wrong = c.wrong()
        if wrong:
            detail = ", ".join(
                f"{k} {c.predicted.get(k) if c.predicted else '—'} (want {c.expected[k]})"
                for k in wrong
            )
            out.append((c.id, c.goal, detail))
    return out[:limit] if limit else out


def metrics_rows(run: RunFile) -> list[dict[str, object]]:
    """One row per criterion, for a table in the web page."""
    return [
        {
            "criterion": NAMES[k],
            "precision": m.precision,
            "recall": m.recall,
            "f1": m.f1,
            "accuracy": m.accuracy,
            "exact": m.exact,
            "n": m.n,
        }
        for k, m in run.metrics.items()
    ]


def case_rows(run: RunFile) -> list[dict[str, object]]:
    """One row per case: labels, predictions, what was wrong, rewrite and its problems."""
    rows = []
    for c in run.cases:
        row: dict[str, object] = {
            "id": c.id,
            "lang": c.lang,
            "goal": c.goal,
            "tags": ", ".join(c.tags),
        }
        for k, v in c.expected.items():
            row[f"{k} expected"] = v
            row[f"{k} got"] = c.predicted.get(k) if c.predicted else None
        row["wrong"] = ", ".join(c.wrong())
        row["rewrite"] = c.rewrite
        row["rewrite problems"] = "; ".join(c.rewrite_problems)
        row["error"] = c.error
        row["latency ms"] = c.latency_ms
        rows.append(row)
    return rows


def compare_rows(cmp: Comparison) -> list[dict[str, object]]:
    """One row per criterion: F1 in A and B and the deltas."""
    rows = []
    for d in cmp.metrics:
        row: dict[str, object] = {
            "criterion": NAMES.get(d.criterion, d.criterion),
            "f1 A": d.a.get("f1"),
            "f1 B": d.b.get("f1"),
        }
        row.update({f"Δ{f}": v for f, v in d.delta.items()})
        rows.append(row)
    return rows


# ---------------------------------------------------------------- Markdown


def run_markdown(run: RunFile, max_failures: int = 40) -> str:
    s = run.summary
    lines = [f"# Eval run: {run.suite.name} · {run.engine}", ""]
    lines += [f"- **{k}:** {_md_cell(v)}" for k, v in _run_header(run)]
    lines += [
        "",
        "## Per criterion (positive class = flagged as not met)",
        "",
        "| criterion | precision | recall | F1 | accuracy | exact status | n |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, m in run.metrics.items():
        lines.append(
            f"| {NAMES[name]} | {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} | "
            f"{m.accuracy:.3f} | {m.exact:.3f} | {m.n} |"
        )
    lines += [
        "",
        f"**S, M and T all right:** {_pct(s.smt_all_right)} · "
        f"**language detected:** {_pct(s.language_detected)} · **errors:** {s.errors}",
        "",
        "## By language",
        "",
        "| language | n | S+M+T right | F1 S | F1 M | F1 T |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for lang, b in s.by_language.items():
        lines.append(
            f"| {lang} | {b.n} | {_pct(b.smt_all_right)} | {b.f1.get('specific', 0):.3f} | "
            f"{b.f1.get('measurable', 0):.3f} | {b.f1.get('time_bound', 0):.3f} |"
        )
    lines += [
        "",
        "## By tag",
        "",
        "| tag | n | S+M+T right | exact S | exact M | exact T |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for tag, b in s.by_tag.items():
        lines.append(
            f"| {_md_cell(tag)} | {b.n} | {_pct(b.smt_all_right)} | {b.exact.get('specific', 0):.2f} | "
            f"{b.exact.get('measurable', 0):.2f} | {b.exact.get('time_bound', 0):.2f} |"
        )
    lines += [
        "",
        "## Rewrites",
        "",
        f"{s.rewrite.checked} rewrites checked; {_pct(s.rewrite.passed)} pass every check "
        "(re-analysed S, M and T met, goal's language, every number sourced).",
    ]
    if s.rewrite.problems:
        lines += ["", "| problem | cases |", "|---|---:|"]
        lines += [f"| {_md_cell(p)} | {n} |" for p, n in list(s.rewrite.problems.items())[:15]]
    u = s.usage
    cost = f"${u.cost_usd:.4f} (${u.cost_per_goal_usd:.6f}/goal)" if u.cost_usd is not None else "—"
    lines += [
        "",
        "## Cost and speed",
        "",
        f"- latency p50 {s.latency_ms['p50']:.1f} ms, p95 {s.latency_ms['p95']:.1f} ms",
        f"- model calls per goal {u.model_calls_per_goal:.2f}, tokens per goal {u.tokens_per_goal:.0f} "
        f"(prompt {u.prompt_tokens_per_goal:.0f}, completion {u.completion_tokens_per_goal:.0f}), "
        f"cached {_pct(u.cached_share)}",
        f"- cost estimate: {cost}",
    ]
    fails = failing_cases(run)
    if fails:
        lines += [
            "",
            f"## Cases with a wrong status ({len(fails)})",
            "",
            "| id | goal | wrong |",
            "|---|---|---|",
        ]
        lines += [
            f"| {_md_cell(i)} | {_md_cell(_short(g))} | {_md_cell(d)} |"
            for i, g, d in fails[:max_failures]
        ]
        if len(fails) > max_failures:
            lines.append(f"\n…and {len(fails) - max_failures} more (see the run file).")
    return "\n".join(lines) + "\n"


def compare_markdown(cmp: Comparison, max_cases: int = 30) -> str:
    lines = [
        "# Eval comparison",
        "",
        f"- **A:** {_md_cell(cmp.a_label)}",
        f"- **B:** {_md_cell(cmp.b_label)}",
    ]
    if not cmp.same_suite:
        lines.append(
            "- **Warning:** the runs used different suites (hashes differ); deltas mix suite and engine changes."
        )
    lines += [
        "",
        "| criterion | F1 A | F1 B | ΔF1 | precision Δ | recall Δ | accuracy Δ |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for d in cmp.metrics:
        a_f1 = f"{d.a['f1']:.3f}" if "f1" in d.a else "—"
        b_f1 = f"{d.b['f1']:.3f}" if "f1" in d.b else "—"
        deltas = [
            f"{d.delta[f]:+.3f}" if f in d.delta else "—"
            for f in ("f1", "precision", "recall", "accuracy")
        ]
        lines.append(
            f"| {NAMES.get(d.criterion, d.criterion)} | {a_f1} | {b_f1} | "
            + " | ".join(deltas)
            + " |"
        )
    (a_smt, b_smt), (a_rw, b_rw) = cmp.smt_all_right, cmp.rewrite_passed
    lines += [
        "",
        f"S+M+T all right: {_pct(a_smt)} → {_pct(b_smt)} · rewrites passing: {_pct(a_rw)} → {_pct(b_rw)}",
        "",
    ]
    if cmp.regressions:
        lines.append(f"**Regressions (F1 drop > {cmp.threshold}):** " + "; ".join(cmp.regressions))
    else:
        lines.append(f"No criterion's F1 dropped by more than {cmp.threshold}.")
    for title, group in (("Worse", cmp.worse), ("Better", cmp.better), ("Mixed", cmp.mixed)):
        if not group:
            continue
        lines += [
            "",
            f"## {title} ({len(group)})",
            "",
            "| id | goal | fixed | broken |",
            "|---|---|---|---|",
        ]
        for c in group[:max_cases]:
            lines.append(
                f"| {_md_cell(c.id)} | {_md_cell(_short(c.goal))} | {', '.join(c.fixed) or '—'} | "
                f"{', '.join(c.broken) or '—'} |"
            )
        if len(group) > max_cases:
            lines.append(f"\n…and {len(group) - max_cases} more.")
    if cmp.only_in_a or cmp.only_in_b:
        lines += ["", f"Cases only in A: {len(cmp.only_in_a)}; only in B: {len(cmp.only_in_b)}."]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- HTML


def bar_chart_svg(groups: list[str], series: dict[str, list[float]], title: str) -> str:
    """A grouped vertical bar chart of 0..1 values as inline SVG (no script, no network)."""
    width, height, left, bottom, top = 640, 300, 40, 40, 30
    plot_w, plot_h = width - left - 10, height - top - bottom
    n_series = max(1, len(series))
    group_w = plot_w / max(1, len(groups))
    bar_w = group_w * 0.8 / n_series
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{tick:.2f}</text>'
        )
    for gi, group in enumerate(groups):
        gx = left + gi * group_w + group_w * 0.1
        for si, (name, values) in enumerate(series.items()):
            val = max(0.0, min(1.0, values[gi] if gi < len(values) else 0.0))
            h = plot_h * val
            x = gx + si * bar_w
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[si % len(PALETTE)]}"><title>{escape(group)} {escape(name)}: {val:.3f}</title></rect>'
            )
            parts.append(
                f'<text x="{x + (bar_w - 2) / 2:.1f}" y="{top + plot_h - h - 3:.1f}" text-anchor="middle" '
                f'font-size="9">{val:.2f}</text>'
            )
        parts.append(
            f'<text x="{gx + group_w * 0.4:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
            f'font-size="12">{escape(group)}</text>'
        )
    for si, name in enumerate(series):
        lx = left + si * 150
        parts.append(
            f'<rect x="{lx}" y="6" width="12" height="12" fill="{PALETTE[si % len(PALETTE)]}"/>'
        )
        parts.append(f'<text x="{lx + 16}" y="16" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:960px;color:#222;padding:0 1rem}
table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.9rem}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
th{background:#f4f4f4} .chart{max-width:640px;width:100%} .warn{color:#a33;font-weight:600}
.good{color:#2a7a2a} .bad{color:#a33} dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}
dt{font-weight:600}
"""


def _page(title: str, body: list[str]) -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )


def _table(head: list[str], rows: list[list[object]], numeric_from: int = 1) -> str:
    out = ["<table><thead><tr>", *(f"<th>{escape(h)}</th>" for h in head), "</tr></thead><tbody>"]
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            cls = ' class="n"' if i >= numeric_from else ""
            out.append(f"<td{cls}>{escape(str(cell))}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def run_html(run: RunFile, max_failures: int = 200) -> str:
    s = run.summary
    names = [NAMES[k] for k in run.metrics]
    chart = bar_chart_svg(
        names,
        {
            "precision": [m.precision for m in run.metrics.values()],
            "recall": [m.recall for m in run.metrics.values()],
            "F1": [m.f1 for m in run.metrics.values()],
        },
        "Precision, recall and F1 of flagging each criterion as not met",
    )
    body = [
        f"<h1>Eval run: {escape(run.suite.name)} · {escape(run.engine)}</h1>",
        "<dl>"
        + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in _run_header(run))
        + "</dl>",
        "<h2>Per criterion</h2>",
        chart,
        _table(
            ["criterion", "precision", "recall", "F1", "accuracy", "exact status", "n"],
            [
                [
                    NAMES[k],
                    f"{m.precision:.3f}",
                    f"{m.recall:.3f}",
                    f"{m.f1:.3f}",
                    f"{m.accuracy:.3f}",
                    f"{m.exact:.3f}",
                    m.n,
                ]
                for k, m in run.metrics.items()
            ],
        ),
        f"<p>S, M and T all right: <b>{_pct(s.smt_all_right)}</b> · language detected: "
        f"{_pct(s.language_detected)} · errors: {s.errors}</p>",
        "<h2>By language</h2>",
        _table(
            ["language", "n", "S+M+T right", "F1 S", "F1 M", "F1 T"],
            [
                [
                    k,
                    b.n,
                    _pct(b.smt_all_right),
                    *(f"{b.f1.get(c, 0):.3f}" for c in ("specific", "measurable", "time_bound")),
                ]
                for k, b in s.by_language.items()
            ],
        ),
        "<h2>By tag</h2>",
        _table(
            ["tag", "n", "S+M+T right", "exact S", "exact M", "exact T"],
            [
                [
                    k,
                    b.n,
                    _pct(b.smt_all_right),
                    *(f"{b.exact.get(c, 0):.2f}" for c in ("specific", "measurable", "time_bound")),
                ]
                for k, b in s.by_tag.items()
            ],
        ),
        "<h2>Rewrites</h2>",
        f"<p>{s.rewrite.checked} checked; {_pct(s.rewrite.passed)} pass every check.</p>",
        _table(["problem", "cases"], [[p, n] for p, n in s.rewrite.problems.items()])
        if s.rewrite.problems
        else "",
        "<h2>Cost and speed</h2>",
        _table(
            ["latency p50 ms", "latency p95 ms", "calls/goal", "tokens/goal", "cost USD"],
            [
                [
                    f"{s.latency_ms['p50']:.1f}",
                    f"{s.latency_ms['p95']:.1f}",
                    f"{s.usage.model_calls_per_goal:.2f}",
                    f"{s.usage.tokens_per_goal:.0f}",
                    "—" if s.usage.cost_usd is None else f"{s.usage.cost_usd:.4f}",
                ]
            ],
            numeric_from=0,
        ),
    ]
    fails = failing_cases(run, max_failures)
    if fails:
        body += [
            f"<h2>Cases with a wrong status ({len(failing_cases(run))})</h2>",
            _table(["id", "goal", "wrong"], [list(f) for f in fails], numeric_from=99),
        ]
    return _page(f"Eval run {run.suite.name} {run.engine}", body)


def compare_html(cmp: Comparison, max_cases: int = 100) -> str:
    names = [NAMES.get(d.criterion, d.criterion) for d in cmp.metrics]
    chart = bar_chart_svg(
        names,
        {
            "A F1": [d.a.get("f1", 0.0) for d in cmp.metrics],
            "B F1": [d.b.get("f1", 0.0) for d in cmp.metrics],
        },
        "F1 per criterion, A vs B",
    )
    body = [
        "<h1>Eval comparison</h1>",
        f"<dl><dt>A</dt><dd>{escape(cmp.a_label)}</dd><dt>B</dt><dd>{escape(cmp.b_label)}</dd></dl>",
    ]
    if not cmp.same_suite:
        body.append(
            '<p class="warn">The runs used different suites; deltas mix suite and engine changes.</p>'
        )
    body += [
        chart,
        _table(
            ["criterion", "F1 A", "F1 B", "ΔF1", "Δ precision", "Δ recall", "Δ accuracy"],
            [
                [
                    NAMES.get(d.criterion, d.criterion),
                    f"{d.a['f1']:.3f}" if "f1" in d.a else "—",
                    f"{d.b['f1']:.3f}" if "f1" in d.b else "—",
                    *(
                        f"{d.delta[f]:+.3f}" if f in d.delta else "—"
                        for f in ("f1", "precision", "recall", "accuracy")
                    ),
                ]
                for d in cmp.metrics
            ],
        ),
    ]
    if cmp.regressions:
        body.append('<p class="bad">Regressions: ' + escape("; ".join(cmp.regressions)) + "</p>")
    else:
        body.append(f'<p class="good">No criterion F1 dropped by more than {cmp.threshold}.</p>')
    for title, group in (("Worse", cmp.worse), ("Better", cmp.better), ("Mixed", cmp.mixed)):
        if group:
            body += [
                f"<h2>{title} ({len(group)})</h2>",
                _table(
                    ["id", "goal", "fixed", "broken"],
                    [
                        [c.id, c.goal, ", ".join(c.fixed) or "—", ", ".join(c.broken) or "—"]
                        for c in group[:max_cases]
                    ],
                    numeric_from=99,
                ),
            ]
    return _page("Eval comparison", body)
