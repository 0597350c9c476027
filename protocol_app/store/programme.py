"""The programme of an event: timed items of the scenario."""

from __future__ import annotations

import re

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.model import NewProgrammeItem, ProgrammeItem
from protocol_app.store.events import get_event
from protocol_app.store.rows import from_row, insert_row, to_row, update_row
from protocol_app.words import said

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def validate_item(item: NewProgrammeItem) -> None:
    if not item.title.strip():
        raise UserError(said("item_needs_title"), column="title")
    for column in ("start", "end"):
        value = getattr(item, column)
        if (value or column == "start") and not _TIME.match(value or ""):
            raise UserError(said("bad_time", what=column, value=value), column=column)
    if item.end and item.end < item.start:
        raise UserError(said("ends_before_start", end=item.end, start=item.start), column="end")
    if item.press not in ("open", "closed"):
        raise UserError(said("bad_press", value=item.press), column="press")


def add_item(db: Database, item: NewProgrammeItem) -> int:
    get_event(db, item.event_id)
    validate_item(item)
    with db.atomic():
        return insert_row(db, "programme_items", to_row(item))


def update_item(db: Database, item: ProgrammeItem) -> None:
    get_item(db, item.id)
    validate_item(item)
    with db.atomic():
        update_row(db, "programme_items", item.id, to_row(item, exclude=("id",)))


def get_item(db: Database, item_id: int) -> ProgrammeItem:
    rows = list(db.table("programme_items").rows_where("id = ?", [item_id]))
    if not rows:
        raise NotFound(said("no_such", what=said("of_item"), id=item_id))
    return from_row(ProgrammeItem, rows[0])


def list_items(db: Database, event_id: int) -> list[ProgrammeItem]:
    """The programme in time order."""
    rows = db.table("programme_items").rows_where("event_id = ?", [event_id], order_by="start, position, id")
    return [from_row(ProgrammeItem, r) for r in rows]


def delete_item(db: Database, item_id: int) -> None:
    get_item(db, item_id)
    with db.atomic():
        db.table("programme_items").delete(item_id)
