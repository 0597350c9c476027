"""The project's own Python sources for the tests that read them (import graph, layers, layout names, words):
each file read, parsed and walked once per test process, not once per test."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def python_files(*folders: str) -> list[Path]:
    """The ``.py`` files under the project's ``folders`` (e.g. "protocol_app", "ui"), in a stable order."""
    return [path for folder in folders for path in _files(folder)]


@cache
def _files(folder: str) -> tuple[Path, ...]:
    return tuple(sorted((ROOT / folder).rglob("*.py")))


@cache
def tree(path: Path) -> ast.Module:
    """The parsed source of ``path`` (shared: read it, never change it)."""
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


@cache
def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of ``path``'s source, as ``ast.walk`` gives them."""
    return tuple(ast.walk(tree(path)))
