"""The rules path never imports the LLM stack; the llm engine loads only when asked for."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "langchain",
    "langchain_core",
    "langchain_openai",
    "openai",
    "httpx",
    "httpx2",
    "tiktoken",
    "streamlit",
    "pandas",
)


def test_rules_path_imports_no_llm_or_web_library():
    """In a fresh interpreter: the library's rules rewrite, then `smartgoal rewrite --engine
    rules` through the CLI app, and after each, no model or web library is loaded."""
    code = (
        "import sys, rewriter\n"
        "from rewriter.report import GoalContext\n"
        f"heavy = lambda: sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "rewriter.rewrite('Grow our TikTok followers', GoalContext(), engine='rules')\n"
        "print('api ' + ','.join(heavy()))\n"
        "from rewriter.cli import app\n"
        "try:\n    app(['rewrite', 'grow', '--engine', 'rules'])\nexcept SystemExit:\n    pass\n"
        "print('cli ' + ','.join(heavy()))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = [
        line.rstrip() for line in out.stdout.splitlines() if line.startswith(("api ", "cli "))
    ]
    assert loaded == ["api", "cli"]  # nothing after either name
