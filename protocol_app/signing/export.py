"""Writing the signing papers to DOCX or PDF through the document writers."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from protocol_app.documents import FORMATS, render
from protocol_app.errors import UserError
from protocol_app.signing.diagrams import diagram_blocks
from protocol_app.signing.documents import signing_document
from protocol_app.signing.plan import signing_plan
from protocol_app.words import Lang, said

__all__ = ["FORMATS", "write_signing"]


def write_signing(
    db: Database,
    event_id: int,
    path: Path,
    fmt: str,
    lang: str = "ru",
    start: str | None = None,
    diagrams: bool = True,
) -> Path:
    """Compute the ceremony and write its papers to ``path`` as ``fmt`` (pdf or docx); returns the path.

    ``diagrams``: add the signing-table drawing of each agreement (from the seating package).
    """
    if fmt not in FORMATS:
        raise UserError(said("bad_format", formats="pdf, docx", value=fmt), column="format")
    if path.suffix.lower() != f".{fmt}":
        raise UserError(said("suffix_must_be", suffix=f".{fmt}"), file=str(path))
    langs = Lang.parse(lang).langs
    plan = signing_plan(db, event_id, start)
    doc = signing_document(plan, langs, diagram_blocks(db, plan, langs) if diagrams else None)
    return render(doc, path)
