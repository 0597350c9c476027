"""Documents: one model (``model``) and two writers, PDF (``pdf``) and DOCX (``docx``); ``render`` picks one."""

from __future__ import annotations

from pathlib import Path

from protocol_app.documents.model import Document
from protocol_app.errors import UserError

FORMATS = ("pdf", "docx")


def render(doc: Document, path: Path | str, template: Path | None = None) -> Path:
    """Write ``doc`` to ``path`` as PDF or DOCX, chosen by the file's suffix; returns the path."""
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "pdf":
        from protocol_app.documents.pdf import write_pdf

        write_pdf(doc, path)
    elif suffix == "docx":
        from protocol_app.documents.docx import write_docx

        write_docx(doc, path, template=template)
    else:
        raise UserError(f"cannot write {path.name}: the file name must end in .pdf or .docx", file=str(path))
    return path


__all__ = ["FORMATS", "Document", "render"]
