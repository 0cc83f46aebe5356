"""Errors the library raises for input a user must fix."""


class GoalInputError(ValueError):
    """The goal text cannot be used (empty, too long, ...); the message says why."""


class SettingsError(ValueError):
    """The settings cannot work together (e.g. engine llm without a key or base URL)."""
