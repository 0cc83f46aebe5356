"""The forecast part of a GoalReport: the history used, the projection, the chance of the target."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

# Attainable from the chance of reaching the target by the deadline (see README, "Attainable
# from your history"): met from MET_FROM, partial from PARTIAL_FROM, missing below.
MET_FROM = 0.5
PARTIAL_FROM = 0.2
# The chances the suggested targets are set at: the main rewrite, the conservative and the
# ambitious alternative.
CHANCE_MAIN, CHANCE_CONSERVATIVE, CHANCE_AMBITIOUS = 0.5, 0.8, 0.2


class UsedPoint(BaseModel):
    """A value the user gave, and whether the forecast used it."""

    date: date
    value: float
    used: bool


class PathPoint(BaseModel):
    """The projection at one date: the median and the 80% interval."""

    date: date
    value: float
    low: float
    high: float


TargetLabel = Literal["main", "conservative", "ambitious"]


class DataTarget(BaseModel):
    """A target set from the projection: the value and its chance of being reached."""

    label: TargetLabel
    value: float
    chance: float


class Forecast(BaseModel):
    """What the metric's own history says about the goal."""

    method: Literal[
        "drift", "trend", "level", "pace", "none"
    ]  # pace: too few points for a forecast
    points: list[UsedPoint] = Field(default_factory=list)  # every value given, used or not
    notes: list[str] = Field(
        default_factory=list
    )  # what was done to the history, in the goal's language
    last_date: date | None = None
    last_value: float | None = None
    history_pace_pct: float | None = None  # % per month the history shows
    needed_pace_pct: float | None = None  # % per month the target needs
    target: float | None = None
    lower_is_better: bool = False
    deadline: date | None = None
    projected: float | None = None  # median at the deadline
    low: float | None = None  # 80% interval at the deadline
    high: float | None = None
    probability: float | None = None  # of reaching the target by the deadline
    path: list[PathPoint] = Field(default_factory=list)
    targets: list[DataTarget] = Field(default_factory=list)

    def facts(self) -> dict[str, object]:
        """The numbers a model is given as facts (it does not forecast on its own)."""
        keys = (
            "method",
            "last_date",
            "last_value",
            "history_pace_pct",
            "needed_pace_pct",
            "target",
            "deadline",
            "projected",
            "low",
            "high",
            "probability",
        )
        out = {k: getattr(self, k) for k in keys if getattr(self, k) is not None}
        out = {
            k: (
                v.isoformat() if isinstance(v, date) else round(v, 4) if isinstance(v, float) else v
            )
            for k, v in out.items()
        }
        out["suggested_targets"] = {t.label: t.value for t in self.targets}
        return out
