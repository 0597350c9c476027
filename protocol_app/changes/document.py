"""The change list as a document (DOCX and PDF through ``protocol_app.documents``) and as table rows (XLSX):
who was added, who was removed and which fields changed since a list sent, in Russian or English."""

from __future__ import annotations

from datetime import date
from typing import Any

from protocol_app.changes.compare import ChangeList
from protocol_app.documents.model import Column, Document, Heading, Paragraph, Table
from protocol_app.exporting.listing import column_title
from protocol_app.formatting import date_range
from protocol_app.model import Event
from protocol_app.words import PAPER_WORDS

# Columns of the added and removed tables.
PERSON_COLUMNS = (("full_name", 3.4), ("position", 3.4), ("organisation", 3.0), ("side", 2.0), ("role", 1.6))

_WORDS = PAPER_WORDS["changes"]


def word(key: str, lang: str) -> str:
    """A word of the change list in ``lang`` (ru or en)."""
    ru, en = _WORDS[key]
    return en if lang == "en" else ru


def made_text(made: str, lang: str) -> str:
    """When a list was made, as people write it: 01.12.2026 10:30 (ru) or 2026-12-01 10:30 (en)."""
    day, _, clock = made.partition("T")
    return f"{display('birth_date', day, lang)} {clock[:5]}".strip()


def display(key: str, value: Any, lang: str) -> str:
    """A remembered field as a document shows it (dates as the list's language writes them)."""
    if value is None:
        return ""
    if key == "birth_date" and value:
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return day.strftime("%d.%m.%Y") if lang == "ru" else day.isoformat()
    return str(value)


def intro(changes: ChangeList, lang: str) -> str:
    """The line that says which list the changes are counted from."""
    text = word("since", lang).format(made=made_text(changes.base.made, lang))
    if changes.base.recipient:
        text += word("for", lang).format(recipient=changes.base.recipient)
    return text


def summary(changes: ChangeList, lang: str) -> str:
    return word("summary", lang).format(a=len(changes.added), r=len(changes.removed), c=len(changes.changed))


def changes_document(changes: ChangeList, event: Event, lang: str) -> Document:
    """A Document of the changes: title, event, the list they are counted from, then three tables."""
    en = lang == "en"
    name = (event.title_en or event.title) if en else event.title
    dates = date_range(event.date, event.end_date, lang)
    doc = Document(
        title=f"{word('title', lang)}: {name}", lang=lang, header=f"{name} · {dates}", orientation="landscape"
    )
    doc.add(
        Paragraph(word("title", lang), style="title", align="center"),
        Paragraph(name, style="subtitle", align="center"),
        Paragraph(dates, style="subtitle", align="center"),
        Paragraph(intro(changes, lang)),
        Paragraph(summary(changes, lang)),
    )
    if changes.empty:
        doc.add(Paragraph(word("none", lang)))
        return doc
    columns = [Column(column_title(key, lang), width) for key, width in PERSON_COLUMNS]
    for key, rows in (("added", changes.added), ("removed", changes.removed)):
        if rows:
            doc.add(
                Heading(f"{word(key, lang)} ({len(rows)})", level=2, toc=False),
                Table(
                    columns=columns,
                    rows=[[display(k, r.get(k), lang) for k, _ in PERSON_COLUMNS] for r in rows],
                ),
            )
    if changes.changed:
        doc.add(
            Heading(f"{word('changed', lang)} ({len(changes.changed)})", level=2, toc=False),
            Table(
                columns=[
                    Column(column_title("full_name", lang), 3.2),
                    Column(word("field", lang), 2.0),
                    Column(word("was", lang), 4.0),
                    Column(word("now", lang), 4.0),
                ],
                rows=[
                    [
                        display("full_name", one.row.get("full_name"), lang),
                        column_title(key, lang),
                        display(key, was, lang),
                        display(key, now, lang),
                    ]
                    for one in changes.changed
                    for key, was, now in one.fields
                ],
            ),
        )
    return doc


def change_rows(changes: ChangeList, lang: str) -> tuple[list[str], list[list[str]]]:
    """The changes as one flat table (for XLSX): change, full name, position, organisation, side, field, was,
    now; one row per person added or removed, one per field changed."""
    header = [word("change", lang)] + [column_title(k, lang) for k, _ in PERSON_COLUMNS[:4]]
    header += [word("field", lang), word("was", lang), word("now", lang)]
    rows: list[list[str]] = []
    for key, people in (("added", changes.added), ("removed", changes.removed)):
        for row in people:
            rows.append(
                [word(key, lang)] + [display(k, row.get(k), lang) for k, _ in PERSON_COLUMNS[:4]] + [""] * 3
            )
    for one in changes.changed:
        person = [display(k, one.row.get(k), lang) for k, _ in PERSON_COLUMNS[:4]]
        for key, was, now in one.fields:
            rows.append(
                [
                    word("changed", lang),
                    *person,
                    column_title(key, lang),
                    display(key, was, lang),
                    display(key, now, lang),
                ]
            )
    return header, rows
