"""The demo event's attendee list in all four formats (Russian; PDF also in English)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from protocol_app.exporting import export_attendees


def write(db: Database, event_id: int, out_dir: Path) -> list[Path]:
    """Write attendees.csv, .xlsx, .docx, .pdf and attendees-en.pdf into ``out_dir``."""
    files = [
        export_attendees(db, event_id, out_dir / f"attendees.{fmt}") for fmt in ("csv", "xlsx", "docx", "pdf")
    ]
    files.append(export_attendees(db, event_id, out_dir / "attendees-en.pdf", lang="en"))
    return files
