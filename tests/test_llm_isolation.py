"""The rules path never imports the LLM stack; the llm engine loads only when asked for."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("langchain", "langchain_core", "langchain_openai", "openai", "httpx2", "tiktoken")


def test_rules_path_imports_no_llm_library():
    code = (
        "import sys, rewriter\n"
        "from rewriter.report import GoalContext\n"
        "rewriter.rewrite('Grow our TikTok followers', GoalContext(), engine='rules')\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == ""
