"""Remembering an exported attendee list: when, for whom, and what each row said (the change list compares a
later list with it, ``protocol_app.changes``)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from protocol_app.exporting.listing import AttendeeList
from protocol_app.store.list_exports import ListRow, NewListExport, record_list_export

# Left out of what is remembered: the running number and the precedence within a side only reorder.
NOT_REMEMBERED = ("number", "precedence")


def remember_list(
    db: Database, listing: AttendeeList, *, recipient: str = "", fmt: str = "", path: Path | None = None
) -> int:
    """Remember that ``listing`` was exported now (for ``recipient``, as ``fmt`` to ``path``); returns its id."""
    export = NewListExport(
        event_id=listing.event.id,
        made=datetime.now().isoformat(timespec="seconds"),
        recipient=recipient.strip(),
        lang=listing.lang,
        format=fmt,
        file=str(path or ""),
        columns=[c.key for c in listing.columns if c.key not in NOT_REMEMBERED],
    )
    return record_list_export(db, export, snapshot(listing))


def snapshot(listing: AttendeeList) -> list[ListRow]:
    """What each row of ``listing`` says, by column key, with the row's person."""
    kept = [(i, c.key) for i, c in enumerate(listing.columns) if c.key not in NOT_REMEMBERED]
    return [
        ListRow(person, {key: _plain(row[i]) for i, key in kept})
        for person, row in zip(listing.people, listing.rows, strict=True)
    ]


def _plain(value: object) -> Any:
    return value.isoformat() if isinstance(value, date) else value
