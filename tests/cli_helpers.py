"""Helpers of the tests that run the command line as a user does: in a child process, on a store file."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

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


def visit_store(path: Path) -> Path:
    """A store at ``path`` with one event («Визит», 7 July 2026) and its host side «Россия»."""
    db = open_store(path)
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    db.close()
    return path
