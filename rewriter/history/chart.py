"""The forecast as rows for a chart: the history, the projected path with its 80% band, and the target."""

from __future__ import annotations

from typing import TypedDict

from rewriter.history.model import Forecast


class ChartRow(TypedDict):
    series: str  # history | unused | projection | target
    date: str  # ISO date
    value: float
    low: float | None
    high: float | None


def chart_rows(fc: Forecast) -> list[ChartRow]:
    """Every point given (used or left out), the projection from the last value used to the deadline
    (median, 10th and 90th percentiles), and the target at the deadline."""
    rows: list[ChartRow] = [
        ChartRow(
            series="history" if p.used else "unused",
            date=p.date.isoformat(),
            value=p.value,
            low=None,
            high=None,
        )
        for p in fc.points
    ]
    if fc.path and fc.last_date is not None and fc.last_value is not None:
        # the band starts where the history ends: one line from the last value to the deadline
        rows.append(
            ChartRow(
                series="projection",
                date=fc.last_date.isoformat(),
                value=fc.last_value,
                low=fc.last_value,
                high=fc.last_value,
            )
        )
        rows += [
            ChartRow(
                series="projection", date=p.date.isoformat(), value=p.value, low=p.low, high=p.high
            )
            for p in fc.path
        ]
    if fc.target is not None and fc.deadline is not None:
        rows.append(
            ChartRow(
                series="target", date=fc.deadline.isoformat(), value=fc.target, low=None, high=None
            )
        )
    return rows
