"""The core runs without Qt: nothing under protocol_app/ imports PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import protocol_app
from tests.sources import nodes, python_files, tree

CORE = Path(protocol_app.__file__).parent
QT = {"PySide6", "PyQt5", "PyQt6", "shiboken6"}


def _imports(found: Iterable[ast.AST]):
    for node in found:
        if isinstance(node, ast.Import):
            yield node, [a.name.split(".")[0] for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node, [(node.module or "").split(".")[0]]


def test_no_core_module_imports_qt():
    offenders = []
    for path in python_files("protocol_app"):
        offenders += [
            f"{path.relative_to(CORE)}:{n.lineno}" for n, names in _imports(nodes(path)) if QT & set(names)
        ]
        # The UI may be imported lazily inside a function (the ``gui`` command), never at module level.
        top = ast.Module(
            body=[s for s in tree(path).body if isinstance(s, ast.Import | ast.ImportFrom)], type_ignores=[]
        )
        offenders += [
            f"{path.relative_to(CORE)}:{n.lineno}" for n, names in _imports(ast.walk(top)) if "ui" in names
        ]
    assert offenders == []


def test_core_imports_without_qt_installed():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import pkgutil, importlib, protocol_app\n"
        "for m in pkgutil.walk_packages(protocol_app.__path__, 'protocol_app.'):\n"
        "    importlib.import_module(m.name)\n"
        # pypinyin's phrase dictionary (0.3 s, 190,000 objects) loads when a Chinese name first needs it
        "assert 'pypinyin' not in sys.modules, 'a core module loads pypinyin on import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
