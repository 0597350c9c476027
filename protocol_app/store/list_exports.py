"""The attendee lists exported from the store: when, for whom, in which language, and what each row said."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from protocol_app.model import Stored
from protocol_app.store.bulk import insert_many
from protocol_app.store.rows import insert_row


@dataclass
class NewListExport:
    """One exported list: when (local time, ISO), for whom, its language, format, file and column keys
    (``ListExport``: the remembered one, with its id)."""

    event_id: int
    made: str
    recipient: str = ""
    lang: str = "ru"
    format: str = ""
    file: str = ""
    columns: list[str] = field(default_factory=list)


@dataclass
class ListExport(NewListExport, Stored):
    """An exported list the store remembers."""


@dataclass
class ListRow:
    """What one row of an exported list said: the person (None once deleted) and the fields by column key."""

    person_id: int | None
    fields: dict[str, Any]


# One encoder for every row: ``json.dumps`` with an option makes a new one each call, half a row's time.
_as_json = json.JSONEncoder(ensure_ascii=False).encode


def record_list_export(db: Database, export: NewListExport, rows: list[ListRow]) -> int:
    """Remember an exported list and its rows; returns its id."""
    with db.atomic():
        export_id = insert_row(
            db,
            "list_exports",
            {
                "event_id": export.event_id,
                "made": export.made,
                "recipient": export.recipient,
                "lang": export.lang,
                "format": export.format,
                "file": export.file,
                "columns": json.dumps(export.columns),
            },
        )
        insert_many(
            db.conn,
            "list_export_rows",
            ("export_id", "position", "person_id", "fields"),
            [(export_id, number, row.person_id, _as_json(row.fields)) for number, row in enumerate(rows, 1)],
        )
    return export_id


def list_exports(db: Database, event_id: int, recipient: str | None = None) -> list[ListExport]:
    """The event's exported lists, oldest first; only those for ``recipient`` when given (case ignored)."""
    sql = "SELECT * FROM list_exports WHERE event_id = ?"
    params: list[Any] = [event_id]
    if recipient is not None:
        sql += " AND lower(recipient) = lower(?)"
        params.append(recipient)
    return [_export(row) for row in db.query(sql + " ORDER BY made, id", params)]


def list_rows(db: Database, export_id: int) -> list[ListRow]:
    """The rows of an exported list, in the list's order."""
    return [
        ListRow(row["person_id"], json.loads(row["fields"]))
        for row in db.query(
            "SELECT person_id, fields FROM list_export_rows WHERE export_id = ? ORDER BY position",
            [export_id],
        )
    ]


def _export(row: dict[str, Any]) -> ListExport:
    return ListExport(
        event_id=row["event_id"],
        made=row["made"],
        recipient=row["recipient"],
        lang=row["lang"],
        format=row["format"],
        file=row["file"],
        columns=json.loads(row["columns"]),
        id=row["id"],
    )
