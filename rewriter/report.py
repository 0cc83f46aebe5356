"""The GoalReport contract: what every engine returns and every front end shows."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator

from rewriter import limits
from rewriter.engines import EngineName
from rewriter.history.model import Forecast
from rewriter.history.series import HistoryError, HistoryPoint, parse_text

Status = Literal["met", "partial", "missing", "unknown"]
Language = Literal["en", "vi"]
Direction = Literal["increase", "decrease", "reach", "maintain"]
GoalKind = Literal["outcome", "habit", "milestone", "limit", "not_a_goal"]

CRITERIA: tuple[str, ...] = ("specific", "measurable", "attainable", "relevant", "time_bound")


class Criterion(BaseModel):
    """One SMART criterion's verdict."""

    status: Status
    evidence: str | None = None  # the words of the goal (or context) that show it
    feedback: str  # one sentence, in the goal's language
    question: str | None = None  # what to ask the user to settle it


class Criteria(BaseModel):
    specific: Criterion
    measurable: Criterion
    attainable: Criterion
    relevant: Criterion
    time_bound: Criterion

    def items(self) -> list[tuple[str, Criterion]]:
        return [(name, getattr(self, name)) for name in CRITERIA]


class Facts(BaseModel):
    """What can be read from the goal and context."""

    platform: str | None = None
    metric: str | None = None
    direction: Direction | None = None
    baseline: float | None = None
    target: float | None = None
    unit: str | None = None
    deadline: date | None = None
    timeframe: str | None = None
    change_pct: float | None = None  # relative change asked for (+100 = double)
    frequency: str | None = None  # "3 times a week" when the goal is a cadence
    kind: GoalKind | None = (
        None  # what sort of goal: a metric moving, a habit, a milestone, a bound
    )
    domain: str | None = None  # marketing, sales, service, hiring, product, finance, health, ...
    confidence: float | None = None  # self-rated chance of success, 0..1 ("8/10 confident")


CriterionName = Literal["specific", "measurable", "attainable", "relevant", "time_bound"]


class Edit(BaseModel):
    """One piece the rewrite added to the user's sentence, and the criterion it settles."""

    criterion: CriterionName
    text: str
    assumed: bool = True  # a suggestion to confirm, not a value the user gave


class Rewrite(BaseModel):
    text: str
    assumptions: list[str] = Field(default_factory=list)
    label: str | None = None  # e.g. "conservative" / "ambitious" for alternatives
    edits: list[Edit] = Field(default_factory=list)  # what was added, piece by piece


class Usage(BaseModel):
    """Cost of producing a report (all zero for the rules engine)."""

    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    cached: bool = False


class GoalReport(BaseModel):
    model_config = ConfigDict(protected_namespaces=())

    goal: str
    language: Language
    criteria: Criteria
    facts: Facts = Field(default_factory=Facts)
    rewrite: Rewrite | None  # None when the text is not a goal: the questions say what to add
    alternatives: list[Rewrite] = Field(default_factory=list)
    engine: EngineName = "rules"
    model: str | None = None
    prompt_version: str | None = None
    warnings: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    forecast: Forecast | None = None  # what the metric's history says, when one was given

    @computed_field  # type: ignore[prop-decorator]  # mypy refuses decorators over @property; pydantic's documented form
    @property
    def score(self) -> int:
        """How many of the five criteria are met."""
        return sum(1 for _, c in self.criteria.items() if c.status == "met")

    def statuses(self) -> dict[str, Status]:
        return {name: c.status for name, c in self.criteria.items()}


class GoalContext(BaseModel):
    """Optional facts a user adds to sharpen the report."""

    platform: str | None = None
    metric: str | None = Field(default=None, description='what to count, e.g. "followers"')
    baseline: float | None = Field(default=None, ge=0, description="current value of the metric")
    target: float | None = Field(default=None, ge=0, description="the value that counts as success")
    monthly_growth: float | None = Field(
        default=None, description="recent growth per month, in percent (5 = +5%/month)"
    )
    deadline: date | None = None
    horizon: str | None = Field(default=None, description='e.g. "6 months", "6 tháng"')
    objective: str | None = Field(default=None, description="the business objective served")
    language: Language | None = None
    today: date | None = Field(default=None, description="reference date for relative times")
    history: list[HistoryPoint] | None = Field(
        default=None,
        description='the metric\'s dated values, or pasted text ("4200, 4450, 4700")',
        exclude_if=lambda v: v is None,  # dumps without a history stay as they were (suite hashes)
    )

    @field_validator("history", mode="before")
    @classmethod
    def _history(cls, value: object, info: object) -> object:
        """Pasted text is read here: values one per month (the last this month) or date,value lines."""
        if not isinstance(value, str):
            return value
        if not value.strip():
            return None
        today = getattr(info, "data", {}).get("today") or date.today()
        try:
            return parse_text(value, today)
        except HistoryError as e:
            raise ValueError(str(e)) from e

    @field_validator("platform", "horizon", "objective")
    @classmethod
    def _text(cls, value: str | None, info: object) -> str | None:
        """Invisible characters removed; capped so reading stays fast."""
        if value is None:
            return None
        from rewriter.text.normalize import strip_invisible

        name = getattr(info, "field_name", "text")
        return limits.capped_text(strip_invisible(value), name)

    @field_validator("baseline")
    @classmethod
    def _baseline(cls, value: float | None) -> float | None:
        return None if value is None else limits.finite_number(value, "the current value")

    @field_validator("monthly_growth")
    @classmethod
    def _growth(cls, value: float | None) -> float | None:
        if value is None:
            return None
        return limits.finite_number(
            value, "monthly growth (%)", low=limits.MIN_GROWTH, high=limits.MAX_GROWTH
        )

    @field_validator("deadline", "today")
    @classmethod
    def _date(cls, value: date | None, info: object) -> date | None:
        name = getattr(info, "field_name", "date")
        return None if value is None else limits.sane_date(value, name)
