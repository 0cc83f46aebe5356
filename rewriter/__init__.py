"""SMART Goal Rewriter: flag missing SMART criteria and rewrite goals, in English and Vietnamese."""

from rewriter.api import analyze, arewrite, rewrite
from rewriter.errors import GoalInputError, SettingsError
from rewriter.report import CRITERIA, Criteria, Criterion, Facts, GoalContext, GoalReport, Rewrite
from rewriter.settings import Settings, get_settings

__all__ = [
    "CRITERIA",
    "Criteria",
    "Criterion",
    "Facts",
    "GoalContext",
    "GoalInputError",
    "GoalReport",
    "Rewrite",
    "Settings",
    "SettingsError",
    "analyze",
    "arewrite",
    "get_settings",
    "rewrite",
]
