"""No module of the library binds a top-level name twice: a second pattern of the same name
silently replaces the first for every rule that uses it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

LIBRARY = Path(__file__).resolve().parent.parent / "rewriter"


def _bound_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):  # a bare annotation binds nothing
                names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("module", sorted(LIBRARY.rglob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(module: Path) -> None:
    names = _bound_names(ast.parse(module.read_text(encoding="utf-8")))
    assert [n for n, count in names.items() if count > 1] == []


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("import re\n_END = re.compile('a')\n_END = re.compile('b')\n")
    assert _bound_names(tree)["_END"] == 2
