"""How fast a body's weight can safely come down: the pace every weight rewrite is held to."""

from __future__ import annotations

import math
import re

from rewriter.text.readings import Readings

BODY_LEVEL = 30  # kilos from which a weight is a body's level to reach, not a loss to make
SAFE_LOSS_PER_WEEK = 1.0  # kilos a week a body can safely lose (two pounds)
# points of body fat a body can safely shed in a week (about one a month, as coaches hold to)
SAFE_FAT_POINTS_PER_WEEK = 0.25
POUNDS = re.compile(r"\b(?:lbs?|pounds?)\b")
# "I'm near 240 now", "giờ đang 60kg": the weight told as today's
_WEIGHT_TOLD = re.compile(r"(?<![\d.,])(\d{2,3}(?:[.,]\d)?)(?![\d.,]*\s*%)")


def safe_loss_per_week(pounds: bool) -> float:
    """The most weight safely lost in a week, in pounds or kilos."""
    return SAFE_LOSS_PER_WEEK * (2.0 if pounds else 1.0)


def weeks_to_come_down(r: Readings, now: float | None) -> int | None:
    """The weeks a body needs to lose the weight the goal names safely ("lose 20kg": twenty), or
    to come down from today's weight (`now`, or the one the goal tells after it: "get down to 200
    pounds, I'm near 240 now": twenty) to the level it names; None for any other goal."""
    target = r.target
    if r.metric is None or r.metric.key != "weight" or target is None:
        return None
    if now is None and r.today_only is not None:
        now = r.today_only.value
    if now is None and (told := r.now_clause) is not None and (n := _WEIGHT_TOLD.search(told.text)):
        now = float(n[1].replace(",", "."))
    pounds = POUNDS.search(r.folded) is not None
    level = BODY_LEVEL * (2.2 if pounds else 1.0)  # "lose 30 pounds" is a loss, not a level
    if target.value < level and r.direction == "decrease":
        loss = target.value  # "lose 20kg": the loss itself
    elif target.value >= level and now is not None and now > target.value:
        loss = now - target.value  # "get down to 75kg, I'm 84 now": from today's to the level
    else:
        return None
    return math.ceil(loss / safe_loss_per_week(pounds))
