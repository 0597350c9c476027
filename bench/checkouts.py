"""Running the same bench code in two checkouts, each in a fresh interpreter with that checkout first on the path
(``compare_import.py``, ``check_import_same.py``)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def checkout_pair(parser: argparse.ArgumentParser) -> tuple[argparse.Namespace, Path, Path]:
    """The command line's two checkouts (A and B, resolved) and its other options."""
    parser.add_argument("a", type=Path, help="checkout A (e.g. the main branch)")
    parser.add_argument("b", type=Path, help="checkout B (e.g. a branch's worktree)")
    options = parser.parse_args()
    return options, options.a.resolve(), options.b.resolve()


def run_in(checkout: Path, code: str, *args: str, what: str) -> Any:
    """Run ``code`` (a Python script given ``checkout`` and ``args`` as its arguments) in a fresh interpreter
    with ``checkout`` on the path; the JSON of its last line of output. A failure stops the bench, saying why."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(checkout), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"{what} failed in {checkout}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])
