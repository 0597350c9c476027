"""Documents: one model (``model``) and two writers, PDF (``pdf``) and DOCX (``docx``); ``render`` picks one
and writes the file through ``outputs.write_output`` (temporary file beside the target, then one rename)."""

from __future__ import annotations

from pathlib import Path

from protocol_app.documents.docx import write_docx
from protocol_app.documents.model import Document
from protocol_app.documents.pdf import write_pdf
from protocol_app.errors import UserError
from protocol_app.outputs import write_output
from protocol_app.words import said

FORMATS = ("pdf", "docx")


def render(
    doc: Document,
    path: Path | str,
    template: Path | None = None,
    *,
    fmt: str | None = None,
    personal: bool = False,
) -> Path:
    """Write ``doc`` to ``path`` as ``fmt`` (default: the file's suffix), PDF or DOCX; returns the path.

    ``personal``: the document holds personal data and is made readable by the user only.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt == "pdf":
        return write_output(path, lambda partial: write_pdf(doc, partial), personal=personal)
    if fmt == "docx":
        return write_output(path, lambda partial: write_docx(doc, partial, template), personal=personal)
    raise UserError(said("document_suffix", name=path.name), file=str(path))


__all__ = ["FORMATS", "Document", "render"]
