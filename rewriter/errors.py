"""Errors the library raises for input a user must fix."""


class GoalInputError(ValueError):
    """The goal text cannot be used (empty, too long, ...); the message says why."""


class SettingsError(ValueError):
    """The settings cannot work together (e.g. engine llm without a key or base URL)."""


def validation_message(exc: Exception) -> str:
    """A pydantic ValidationError as one line in the user's terms: "field: what is wrong"."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    parts = []
    for e in errors():
        where = ".".join(str(p) for p in e.get("loc", ())) or "value"
        text = str(e.get("msg", "")).removeprefix("Value error, ")
        parts.append(f"{where}: {text}")
    return "; ".join(parts)
