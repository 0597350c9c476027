"""Helpers of the tests that run the command line as a user does, on a store file: in a child process
(``cli``) where the process itself is the point (its limits, its pipes), else in this one (``run_main``)."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from protocol_app.cli.main import main
from protocol_app.model import NewEvent, NewSide
from protocol_app.store import open_store
from protocol_app.store.events import add_side, create_event

ROOT = Path(__file__).parent.parent


def cli(
    store: Path, *args: str, preexec: Callable[[], None] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """``protocol-app --db STORE ARGS`` in a child process; ``preexec`` runs in the child first (limits)."""
    return subprocess.run(
        [sys.executable, "-m", "protocol_app.cli.main", "--db", str(store), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        preexec_fn=preexec,
        timeout=timeout,
    )


def run_main(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``protocol-app --db STORE ARGS`` through ``main(argv)`` in this process, stdout and stderr captured:
    the exit status and the text the child process of ``cli`` gives, without starting Python again."""
    return in_process("--db", str(store), *args)


def in_process(*argv: str) -> subprocess.CompletedProcess[str]:
    """``protocol-app ARGV`` through ``main(argv)`` in this process (see ``run_main``)."""
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="") for _ in range(2))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    text = []
    for stream in (out, err):
        stream.flush()
        text.append(stream.buffer.getvalue().decode("utf-8"))
    return subprocess.CompletedProcess(["protocol-app", *argv], code, *text)


def visit_store(path: Path) -> Path:
    """A store at ``path`` with one event («Визит», 7 July 2026) and its host side «Россия»."""
    db = open_store(path)
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    db.close()
    return path
