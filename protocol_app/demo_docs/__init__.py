"""The documents ``demo --out DIR`` writes.

Each module here has ``write(db, event_id, out_dir) -> list[Path]`` and writes the documents of one
feature (attendee lists, seating plans, signing papers, briefing packs) for the demo event.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from sqlite_utils import Database


def write_all(db: Database, event_id: int, out_dir: Path) -> list[Path]:
    """Write every feature's demo documents into ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        written += module.write(db, event_id, out_dir)
    return written
