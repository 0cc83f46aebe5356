"""The projection as a few lines of text, for the terminal."""

from __future__ import annotations

from rewriter.history.model import Forecast
from rewriter.rules.messages import fmt_date, fmt_pct, fmt_value

_BARS = "▁▂▃▄▅▆▇█"
_WORDS = {
    "en": {
        "history": "History",
        "used": "used",
        "of": "of",
        "projection": "Projection to",
        "pace": "pace",
        "needs": "target needs",
        "chance": "chance of the target",
        "month": "/month",
        "method": "model",
    },
    "vi": {
        "history": "Số liệu",
        "used": "dùng",
        "of": "trên",
        "projection": "Dự báo đến",
        "pace": "tốc độ",
        "needs": "mục tiêu cần",
        "chance": "khả năng đạt mục tiêu",
        "month": "/tháng",
        "method": "mô hình",
    },
}


def spark(values: list[float]) -> str:
    if not values:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    return "".join(_BARS[min(7, int((v - lo) / span * 7.999))] for v in values)


def forecast_lines(fc: Forecast, language: str, unit: str | None = None) -> list[str]:
    """History sparkline, the pace, the projection with its 80% interval, the chance; then the notes."""
    w = _WORDS["vi" if language == "vi" else "en"]
    used = [p for p in fc.points if p.used]
    lines = []
    if fc.points:
        line = f"{w['history']} {spark([p.value for p in used])} {len(used)} {w['of']} {len(fc.points)} {w['used']}"
        if fc.history_pace_pct is not None:
            line += f" · {w['pace']} {fmt_pct(fc.history_pace_pct, language)}{w['month']}"
        if fc.needed_pace_pct is not None:
            line += f" · {w['needs']} {fmt_pct(fc.needed_pace_pct, language)}{w['month']}"
        lines.append(line)
    if fc.projected is not None and fc.deadline is not None:

        def v(x: float | None) -> str:
            return fmt_value(round(x or 0.0, 1 if abs(x or 0) < 100 else 0), unit, language)

        line = (
            f"{w['projection']} {fmt_date(fc.deadline, language)}: {v(fc.projected)} "
            f"(80%: {v(fc.low)} – {v(fc.high)}) · {w['method']} {fc.method}"
        )
        if fc.probability is not None:
            line += f" · {w['chance']} {fmt_pct(round(fc.probability * 100), language)}"
        lines.append(line)
    lines.extend(f"  · {n}" for n in fc.notes)
    return lines
