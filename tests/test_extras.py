"""The core install runs the rules engine; a feature whose extra is missing says what to install."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from rewriter.extras import EXTRAS, MissingExtraError, needs_extra

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter where the extras' modules cannot be imported, as in a core install.
_BLOCK = """
import importlib.abc, sys
BLOCKED = {blocked!r}
class _Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, _Blocker())
"""
ALL_EXTRAS = sorted(set().union(*EXTRAS.values()) | {"pyarrow"})


def _run_without_extras(
    body: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    code = _BLOCK.format(blocked=ALL_EXTRAS) + body
    clean = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT / ".cache"), **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_rules_engine_needs_no_extra() -> None:
    done = _run_without_extras("""
from datetime import date
import rewriter
from rewriter.api import analyze, rewrite
from rewriter.report import GoalContext
ctx = GoalContext(today=date(2026, 11, 30))
vi = rewrite("Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng", ctx, engine="rules")
en = analyze("Grow our Instagram followers from 2,000 to 3,000 by 31/03/2027", ctx)
print(vi.score, en.score, vi.rewrite is not None)
print(sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED))
""")
    assert done.returncode == 0, done.stderr
    scores, loaded = done.stdout.splitlines()
    assert scores.split()[2] == "True" and int(scores.split()[1]) >= 3
    assert loaded == "[]"


def test_the_llm_engine_without_its_extra_says_what_to_install() -> None:
    done = _run_without_extras(
        """
from rewriter.api import rewrite
from rewriter.extras import MissingExtraError
try:
    rewrite("Grow our Instagram followers", engine="llm")
except MissingExtraError as exc:
    print(exc)
""",
        env={"OPENAI_API_KEY": "sk-test-not-used"},
    )
    assert done.returncode == 0, done.stderr
    assert "the llm engine needs: pip install 'smartgoal-rewriter[llm]'" in done.stdout


def test_history_and_spreadsheets_without_their_extras_say_what_to_install() -> None:
    done = _run_without_extras("""
import io
from datetime import date
from rewriter.api import analyze
from rewriter.extras import MissingExtraError
from rewriter.report import GoalContext
from rewriter.tables import TableWriter
try:
    analyze("Grow followers to 5,000 by 31/03/2027", GoalContext(today=date(2026, 11, 30), history="4000, 4200, 4500"))
except MissingExtraError as exc:
    print(exc)
try:
    TableWriter(io.BytesIO(), "xlsx")
except MissingExtraError as exc:
    print(exc)
""")
    assert done.returncode == 0, done.stderr
    history, excel = done.stdout.splitlines()
    assert "pip install 'smartgoal-rewriter[history]'" in history
    assert "pip install 'smartgoal-rewriter[excel]'" in excel


def test_needs_extra_only_translates_the_extras_own_modules() -> None:
    with (
        pytest.raises(MissingExtraError, match=r"\[excel\]"),
        needs_extra("excel", "writing .xlsx files"),
    ):
        raise ModuleNotFoundError("No module named 'openpyxl'", name="openpyxl")
    with pytest.raises(ModuleNotFoundError), needs_extra("excel", "writing .xlsx files"):
        raise ModuleNotFoundError("No module named 'lxml'", name="lxml")


def test_pyproject_declares_the_extras_the_code_names() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert set(EXTRAS) <= set(extras)
    core = " ".join(project["dependencies"]).lower()
    for modules in EXTRAS.values():
        for module in modules:
            assert module.replace("_", "-") not in core, f"{module} is in the core install"
    everything = " ".join(extras["all"])
    assert all(name in everything for name in EXTRAS)
