"""Writing the signing papers to DOCX or PDF through the document writers."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.signing.documents import signing_document
from protocol_app.signing.plan import signing_plan
from protocol_app.signing.words import parse_langs

FORMATS = ("pdf", "docx")


def write_signing(
    db: Database, event_id: int, path: Path, fmt: str, lang: str = "ru", start: str | None = None
) -> Path:
    """Compute the ceremony and write its papers to ``path`` as ``fmt`` (pdf or docx); returns the path."""
    if fmt not in FORMATS:
        raise UserError(f"format must be pdf or docx, not {fmt!r}", column="format")
    langs = parse_langs(lang)
    doc = signing_document(signing_plan(db, event_id, start), langs)
    if not path.parent.exists():
        raise UserError(f"the folder {str(path.parent)!r} does not exist", file=str(path))
    if fmt == "pdf":
        from protocol_app.documents.pdf import write_pdf

        write_pdf(doc, path)
    else:
        from protocol_app.documents.docx import write_docx

        write_docx(doc, path)
    return path
