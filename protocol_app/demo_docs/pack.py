"""The demo's briefing packs: Russian and English, each as PDF and DOCX."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from protocol_app.pack import write_pack


def write(db: Database, event_id: int, out_dir: Path) -> list[Path]:
    """Write pack-ru.pdf, pack-ru.docx, pack-en.pdf and pack-en.docx into ``out_dir``."""
    return [
        write_pack(db, event_id, out_dir / f"pack-{lang}.{fmt}", fmt, lang)
        for lang in ("ru", "en")
        for fmt in ("pdf", "docx")
    ]
