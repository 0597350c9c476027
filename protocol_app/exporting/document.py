"""The attendee list as a document (DOCX and PDF through ``protocol_app.documents``): a titled table whose
header repeats on every page, one table per side under the side's name, the event's name and date in the
running header."""

from __future__ import annotations

from datetime import date

from protocol_app.documents.model import Align, CellLike, Column, Document, Heading, Paragraph, Table
from protocol_app.exporting.listing import AttendeeList

# Columns a printed list shows; the side is a section row, not a column.
_DOCUMENT_COLUMNS = ("precedence", "full_name", "position", "organisation", "role", "passport", "birth_date")


def attendee_document(listing: AttendeeList) -> Document:
    """A Document of the list: title, event and date, then the table (A4 landscape when personal data is in)."""
    keys = [c.key for c in listing.columns if c.key in _DOCUMENT_COLUMNS]
    index = {c.key: i for i, c in enumerate(listing.columns)}
    columns = [
        Column(_title(c.key, c.title, listing.lang), c.width, _align(c.type))
        for c in listing.columns
        if c.key in keys
    ]
    tables: list[tuple[str, list[list[CellLike | None]]]] = []
    for side, row in zip(listing.sides, listing.rows, strict=True):
        if not tables or tables[-1][0] != side:
            tables.append((side, []))
        tables[-1][1].append([_text(row[index[k]]) for k in keys])
    header = f"{listing.subtitle} · {listing.dates}"
    doc = Document(
        title=f"{listing.title}: {listing.subtitle}",
        lang=listing.lang,
        header=header,
        orientation="landscape" if len(keys) > 5 else "portrait",
    )
    doc.add(
        Paragraph(listing.title, style="title", align="center"),
        Paragraph(listing.subtitle, style="subtitle", align="center"),
        Paragraph(listing.dates, style="subtitle", align="center"),
    )
    if not tables:
        doc.add(
            Paragraph("Участников нет." if listing.lang == "ru" else "No participants yet.", align="center")
        )
    for side, rows in tables:  # one table per side, the side's name as its heading
        doc.add(Heading(side, level=2, toc=False), Table(columns=columns, rows=rows, header=True))
    return doc


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _title(key: str, title: str, lang: str) -> str:
    if key == "precedence":  # the number within the side is the list's running number
        return "№" if lang == "ru" else "No."
    return title


def _align(kind: str) -> Align:
    return "left" if kind == "text" else "center"
