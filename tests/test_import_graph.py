"""No import cycles in the project, function-local imports and modules loaded by name included: between
modules, and between the packages one level under ``protocol_app`` and ``ui`` (``protocol_app.seating`` and
``protocol_app.signing`` may not import each other, whatever module does it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.sources import ROOT, nodes, python_files

PACKAGES = ("protocol_app", "ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    """Every project module by dotted name."""
    return {_module_name(p): p for p in python_files(*PACKAGES)}


def _imported(module: str, path: Path, known: set[str]) -> set[str]:
    """The project modules ``module`` imports anywhere in its source (top level, functions, guards)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in nodes(path):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known]
            names = names or [base]
        else:
            continue
        for name in names:
            while name and name not in known:  # `import a.b.c` of a function or class: its module
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found | _loaded_by_name(module, path, known)


def _loaded_by_name(module: str, path: Path, known: set[str]) -> set[str]:
    """The project modules ``module`` loads by name at run time: every module of a package it walks with
    ``pkgutil.iter_modules(P.__path__)`` and loads with ``importlib.import_module`` (the command line's
    commands, the demo's documents). A load by a name the graph cannot follow fails the test."""
    calls = [n for n in nodes(path) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]
    if not any(call.func.attr == "import_module" for call in calls):
        return set()
    names = {  # a name bound by ``from X import name`` -> the module or package it is
        alias.asname or alias.name: f"{node.module}.{alias.name}"
        for node in nodes(path)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }
    walked = []
    for call in calls:
        arg = call.args[0] if call.func.attr == "iter_modules" and call.args else None
        if isinstance(arg, ast.Name) and arg.id == "__path__":
            walked.append(module)  # its own package
        elif isinstance(arg, ast.Attribute) and arg.attr == "__path__" and isinstance(arg.value, ast.Name):
            walked.append(names.get(arg.value.id, arg.value.id))
    assert walked, f"{module} loads a module by a name the import graph cannot follow"
    return {name for name in known for package in walked if name.startswith(f"{package}.")}


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    """The project's import graph, read once for the tests of this module (they only read it)."""
    return _graph()


def _graph() -> dict[str, set[str]]:
    sources = _sources()
    known = set(sources)
    return {module: _imported(module, path, known) for module, path in sources.items()}


def _unit(module: str) -> str:
    """The package (or top-level module) one level under ``protocol_app``/``ui`` that holds ``module``."""
    return ".".join(module.split(".")[:2])


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one node (Tarjan), as a closed path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph.get(node, ())):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_path_within(graph, set(c)) for c in components]


def _path_within(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A closed path through the first node of ``component`` back to itself (breadth-first, shortest)."""
    start = min(component)
    came: dict[str, str] = {}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for succ in sorted(graph[node] & component):
                if succ == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came[path[-1]])
                    return [start, *reversed(path[:-1]), start] if node != start else [start, start]
                if succ not in came:
                    came[succ] = node
                    nxt.append(succ)
        frontier = nxt
    raise AssertionError(f"no cycle through {start}")


def _described(cycles: list[list[str]]) -> str:
    return "\n".join(" -> ".join(c) for c in cycles)


def test_the_finder_sees_local_imports_and_names_a_cycle(graph):
    assert "ui.app" in graph["protocol_app.cli.commands.gui"]  # imported inside the command's function
    assert (
        "protocol_app.store.events"
        in graph["protocol_app.signing.diagrams"] | graph["protocol_app.signing.plan"]
    )
    assert "protocol_app.cli.commands.seating" in graph["protocol_app.cli.main"]  # loaded by name
    assert "protocol_app.demo_docs.pack" in graph["protocol_app.demo_docs"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_back(graph):
    cycles = _cycles(graph)
    assert not cycles, "import cycles between modules:\n" + _described(cycles)


def test_no_package_imports_itself_back(graph):
    units: dict[str, set[str]] = {}
    for module, imported in graph.items():
        units.setdefault(_unit(module), set()).update(_unit(m) for m in imported if _unit(m) != _unit(module))
    cycles = _cycles(units)
    assert not cycles, "import cycles between packages:\n" + _described(cycles)
