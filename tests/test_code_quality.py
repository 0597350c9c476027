"""The code stays lint-clean (ruff) and type-checks (mypy: the core and the window), as the design asks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> list[str]:
    """The tool's command; a missing tool fails the test (the test extra installs it: a skip would let
    unchecked code land)."""
    assert shutil.which(name) is not None, f"{name} is not installed (pip install '.[test]')"
    return [name]


def test_ruff_finds_nothing():
    result = subprocess.run([*_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_changes_nothing():
    result = subprocess.run(
        [*_tool("ruff"), "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_core_and_the_ui_type_check():
    """``protocol_app`` and ``ui`` together, with the settings of pyproject.toml (every function typed)."""
    _tool("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "protocol_app", "ui"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
