"""Comparing the attendee list as it is now with a list exported before (remembered by
``protocol_app.exporting.remember``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.exporting.listing import PERSONAL, attendee_list
from protocol_app.exporting.remember import snapshot
from protocol_app.store.events import get_event
from protocol_app.store.list_exports import ListExport, list_exports, list_rows
from protocol_app.words import said

# The fields a change list compares (those the list had).
COMPARED = ("side", "full_name", "position", "organisation", "role", "latin_name", "passport", "birth_date")


@dataclass
class Changed:
    """A person on both lists whose fields differ: (field key, what the list said, what it says now)."""

    row: dict[str, Any]
    fields: list[tuple[str, str, str]]


@dataclass
class ChangeList:
    """The changes since the list ``base``: rows added and removed (fields by key), and rows changed."""

    event_id: int
    base: ListExport
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def find_base(db: Database, event_id: int, since: str, recipient: str | None = None) -> ListExport:
    """The remembered list ``since`` names: ``LAST`` (the latest), or the latest made on or before a date
    (YYYY-MM-DD, or YYYY-MM-DDTHH:MM); only lists for ``recipient`` when given. ``UserError`` when none."""
    exports = list_exports(db, event_id, recipient)
    for_whom = said("for_recipient", recipient=recipient) if recipient else ""
    title = get_event(db, event_id).title
    if not exports:
        raise UserError(said("no_list_yet", title=title, for_whom=for_whom), column="since")
    if since.strip().upper() == "LAST":
        return exports[-1]
    try:
        moment = datetime.fromisoformat(since.strip())
    except ValueError:
        raise UserError(
            said("bad_since", value=since),
            column="since",
        ) from None
    limit = since.strip() + ("T23:59:59" if len(since.strip()) == 10 else "")
    earlier = [e for e in exports if e.made <= limit]
    if not earlier:
        raise UserError(
            said(
                "no_list_before",
                title=title,
                for_whom=for_whom,
                date=f"{moment:%Y-%m-%d}",
                first=exports[0].made[:10],
            ),
            column="since",
        )
    return earlier[-1]


def changes_since(
    db: Database, event_id: int, since: str = "LAST", recipient: str | None = None
) -> ChangeList:
    """What changed in the event's attendee list since the remembered list ``since`` names (see ``find_base``),
    compared in that list's language and with its columns (personal data only if it had them)."""
    base = find_base(db, event_id, since, recipient)
    personal = any(k in base.columns for k in PERSONAL)
    now = attendee_list(db, event_id, lang=base.lang, include_personal=personal)
    current = snapshot(now)
    keys = [k for k in COMPARED if k in base.columns]
    before = {row.person_id: row.fields for row in list_rows(db, base.id) if row.person_id is not None}
    after = {row.person_id: row.fields for row in current if row.person_id is not None}
    changes = ChangeList(event_id=event_id, base=base)
    for row in list_rows(db, base.id):
        if row.person_id is None or row.person_id not in after:
            changes.removed.append(row.fields)
    for row in current:
        old = before.get(row.person_id) if row.person_id is not None else None
        if old is None:
            changes.added.append(row.fields)
            continue
        differ = [(k, _text(old.get(k)), _text(row.fields.get(k))) for k in keys]
        differ = [d for d in differ if d[1] != d[2]]
        if differ:
            changes.changed.append(Changed(row.fields, differ))
    return changes


def _text(value: object) -> str:
    return "" if value is None else str(value)
