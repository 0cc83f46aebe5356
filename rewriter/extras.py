"""Optional install extras: the rules engine needs none; a feature that needs one says which."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rewriter.errors import SettingsError

# extra -> the top-level modules it installs (pyproject.toml [project.optional-dependencies])
EXTRAS: dict[str, frozenset[str]] = {
    "llm": frozenset({"openai", "langchain_core", "langchain_openai"}),
    "web": frozenset({"streamlit", "pandas", "altair"}),
    "excel": frozenset({"openpyxl"}),
    "history": frozenset({"numpy"}),
}
PACKAGE = "smartgoal-rewriter"


class MissingExtraError(SettingsError):
    """A feature was asked for whose optional dependencies are not installed."""


def install_hint(extra: str) -> str:
    return f"pip install '{PACKAGE}[{extra}]'"


@contextmanager
def needs_extra(extra: str, feature: str) -> Iterator[None]:
    """Imports inside the block belong to `extra`: a missing one becomes a MissingExtraError
    that names the command to run ("the llm engine needs: pip install 'smartgoal-rewriter[llm]'")."""
    try:
        yield
    except ModuleNotFoundError as err:
        missing = (err.name or "").split(".")[0]
        if missing not in EXTRAS[extra]:
            raise
        raise MissingExtraError(
            f"{feature} needs: {install_hint(extra)} ({missing} is not installed)"
        ) from err
