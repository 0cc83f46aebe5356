"""Attainable from the metric's own history: reading it, projecting it, and setting targets from it."""

from rewriter.history.model import Forecast
from rewriter.history.series import HistoryError, HistoryPoint

__all__ = ["Forecast", "HistoryError", "HistoryPoint"]
