"""A layout is named by the ``Layout`` enum, never by a string spelled out again in the code."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from protocol_app.model import Layout
from tests.sources import ROOT, nodes, python_files

NAMES = {layout.value for layout in Layout}
# calls whose positional arguments include a layout
TAKES_LAYOUT = {"Plan", "build", "find_plan", "find_saved", "auto_plan", "plan_for", "saved_for", "seat_plan"}


def _layout_literals(node: ast.AST) -> list[str]:
    """The layout names spelled as string constants in ``node`` (a constant, or a tuple/list/set of them)."""
    items = node.elts if isinstance(node, ast.Tuple | ast.List | ast.Set) else [node]
    return [i.value for i in items if isinstance(i, ast.Constant) and i.value in NAMES]


def _spelled(walked: Iterable[ast.AST]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in walked:
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any("layout" in ast.unparse(side) for side in sides):
                found += [(node.lineno, name) for side in sides for name in _layout_literals(side)]
        elif isinstance(node, ast.Call):
            func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            args = list(node.args) if func in TAKES_LAYOUT else []
            args += [k.value for k in node.keywords if k.arg in ("layout", "choices")]
            found += [(node.lineno, name) for arg in args for name in _layout_literals(arg)]
    return found


def test_no_layout_name_spelled_outside_the_enum():
    spelled = []
    for path in python_files("protocol_app", "ui"):
        if path.relative_to(ROOT).as_posix() in ("protocol_app/model.py", "protocol_app/words.py"):
            continue
        spelled += [f"{path.relative_to(ROOT)}:{line}: {name!r}" for line, name in _spelled(nodes(path))]
    assert spelled == [], "layout names spelled as strings (use Layout):\n" + "\n".join(spelled)


def test_the_check_finds_a_layout_spelled_out():
    source = 'if plan.layout == "banquet":\n    pass\nauto_plan(db, 1, "signing")\nx.add_argument(choices=["theatre"])\n'
    assert [name for _, name in _spelled(ast.walk(ast.parse(source)))] == ["banquet", "signing", "theatre"]
