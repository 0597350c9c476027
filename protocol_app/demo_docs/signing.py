"""The demo's signing papers: order, problems, script, originals and folders, in PDF and DOCX."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from protocol_app.signing.export import write_signing


def write(db: Database, event_id: int, out_dir: Path) -> list[Path]:
    """Write the bilingual signing papers of the demo event as PDF and DOCX."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_signing(db, event_id, out_dir / f"signing.{fmt}", fmt, "ru+en") for fmt in ("pdf", "docx")]
