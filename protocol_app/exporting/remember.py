"""Remembering an exported attendee list: when, for whom, and what each row said (the change list compares a
later list with it, ``protocol_app.changes``)."""

from __future__ import annotations

from datetime import datetime
from operator import itemgetter
from pathlib import Path

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
    """What each row of ``listing`` says, by column key, with the row's person (dates as ISO text)."""
    kept = [(i, c) for i, c in enumerate(listing.columns) if c.key not in NOT_REMEMBERED]
    keys = [c.key for _, c in kept]
    at = [i for i, _ in kept]
    # itemgetter of one index gives the cell itself, not a tuple of one
    pick = itemgetter(*at) if len(at) > 1 else lambda row: [row[i] for i in at]
    dates = [c.key for _, c in kept if c.type == "date"]  # the list's dates (``datetime.date`` or None)
    rows = []
    for person, row in zip(listing.people, listing.rows, strict=True):
        values = dict(zip(keys, pick(row), strict=True))
        for key in dates:
            if values[key] is not None:
                values[key] = values[key].isoformat()
        rows.append(ListRow(person, values))
    return rows
