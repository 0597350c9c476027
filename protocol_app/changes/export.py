"""Writing the change list to a file: PDF and DOCX through the document writers, XLSX with openpyxl."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlite_utils import Database

from protocol_app.changes.compare import ChangeList, changes_since
from protocol_app.changes.document import change_rows, changes_document, intro, summary
from protocol_app.documents.docx import write_docx
from protocol_app.documents.pdf import write_pdf
from protocol_app.errors import UserError
from protocol_app.exporting.cells import is_formula_like
from protocol_app.outputs import chosen_format, write_output
from protocol_app.store.events import get_event
from protocol_app.words import said

CHANGE_FORMATS = ("pdf", "docx", "xlsx")


def export_changes(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    *,
    since: str = "LAST",
    recipient: str | None = None,
    fmt: str | None = None,
    lang: str = "ru",
) -> tuple[Path, ChangeList]:
    """Write the changes since the list ``since`` names (for ``recipient``) to ``path``; returns the path and
    the changes. The file holds personal data: readable by the user only."""
    target = Path(path)
    fmt = chosen_format(target, fmt, CHANGE_FORMATS)
    if lang not in ("ru", "en"):
        raise UserError(said("bad_paper_language", value=lang))
    changes = changes_since(db, event_id, since, recipient)
    if fmt == "xlsx":
        write_output(target, lambda partial: _write_xlsx(changes, lang, partial), personal=True)
    else:
        doc = changes_document(changes, get_event(db, event_id), lang)
        writer = write_pdf if fmt == "pdf" else write_docx
        write_output(target, lambda partial: writer(doc, partial), personal=True)
    return target, changes


def _write_xlsx(changes: ChangeList, lang: str, path: Path) -> None:
    """One sheet: the list the changes are counted from and the summary, then one row per change."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Изменения" if lang == "ru" else "Changes")
    sheet.freeze_panes = "A4"
    for width, letter in zip((12, 34, 34, 30, 20, 16, 30, 30), "ABCDEFGH", strict=True):
        sheet.column_dimensions[letter].width = width
    header, rows = change_rows(changes, lang)
    sheet.append([_cell(sheet, intro(changes, lang))])
    sheet.append([_cell(sheet, summary(changes, lang))])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    titles = []
    for title in header:
        cell = _cell(sheet, title)
        cell.font, cell.fill = bold, fill
        titles.append(cell)
    sheet.append(titles)
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    book.save(path)


def _cell(sheet: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    """A text cell that a spreadsheet never runs as a formula."""
    cell = WriteOnlyCell(sheet, value)
    cell.alignment = Alignment(vertical="top", wrap_text=True)
    if is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell
