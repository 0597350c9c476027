"""Events and their sides in the store."""

from __future__ import annotations

import re
from datetime import date as Date

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.flags import resolve_country
from protocol_app.model import Event, InterpreterSeat, NewEvent, NewSide, SeniorSide, Side
from protocol_app.store.rows import from_row, insert_row, to_row, update_row
from protocol_app.words import said

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def validate_event(event: NewEvent) -> None:
    """Raise ``UserError`` naming the first field of ``event`` that is wrong."""
    if not event.title.strip():
        raise UserError(said("event_needs_title"), column="title")
    start = _parse_date(event.date, "date")
    if event.end_date:
        end = _parse_date(event.end_date, "end_date")
        if end < start:
            raise UserError(
                said("end_before_start_date", end=event.end_date, start=event.date), column="end_date"
            )
    if event.senior_side not in {s.value for s in SeniorSide}:
        raise UserError(said("bad_senior_side", value=event.senior_side), column="senior_side")
    if event.interpreter_seat not in {s.value for s in InterpreterSeat}:
        raise UserError(
            said("bad_interpreter_seat", value=event.interpreter_seat),
            column="interpreter_seat",
        )
    if event.signing_minutes < 1:
        raise UserError(said("signing_minute"), column="signing_minutes")
    if event.delegation_order not in ("rank", "alphabet"):
        raise UserError(
            said("bad_delegation_order", value=event.delegation_order),
            column="delegation_order",
        )
    if len(event.delegation_letter) > 1 or (
        event.delegation_letter and not event.delegation_letter.isalpha()
    ):
        raise UserError(
            said("bad_lot_letter", value=event.delegation_letter),
            column="delegation_letter",
        )
    if event.senior_guest not in ("right", "opposite"):
        raise UserError(
            said("bad_senior_guest", value=event.senior_guest),
            column="senior_guest",
        )
    if event.signing_start and not _TIME.match(event.signing_start):
        raise UserError(said("bad_signing_start", value=event.signing_start), column="signing_start")


def _parse_date(value: str, column: str) -> Date:
    try:
        return Date.fromisoformat(value)
    except (TypeError, ValueError):
        raise UserError(said("bad_iso_date", value=value), column=column) from None


def create_event(db: Database, event: NewEvent) -> int:
    """Store a new event; returns its id."""
    validate_event(event)
    with db.atomic():
        return insert_row(db, "events", to_row(event))


def update_event(db: Database, event: Event) -> None:
    """Save every field of an existing event."""
    validate_event(event)
    get_event(db, event.id)
    with db.atomic():
        update_row(db, "events", event.id, to_row(event, exclude=("id",)))


def get_event(db: Database, event_id: int) -> Event:
    rows = list(db.table("events").rows_where("id = ?", [event_id]))
    if not rows:
        raise NotFound(said("no_such", what=said("of_event"), id=event_id))
    return from_row(Event, rows[0])


def resolve_event(db: Database, ref: str | int) -> Event:
    """An event by id, or by its exact title (Russian or English)."""
    text = str(ref).strip()
    if text.isdigit():
        return get_event(db, int(text))
    rows = list(db.table("events").rows_where("title = ? OR title_en = ?", [text, text], order_by="id"))
    if not rows:
        raise NotFound(said("no_event_named", text=text))
    if len(rows) > 1:
        ids = ", ".join(str(r["id"]) for r in rows)
        raise UserError(said("events_same_title", text=text, ids=ids))
    return from_row(Event, rows[0])


def list_events(db: Database) -> list[Event]:
    """All events, the most recent first."""
    return [from_row(Event, r) for r in db.table("events").rows_where(order_by="date DESC, id DESC")]


def delete_event(db: Database, event_id: int) -> None:
    """Delete an event with its sides, participation, agreements, programme and plans (not the people)."""
    get_event(db, event_id)
    with db.atomic():
        for table in ("seating_plans", "agreements", "programme_items", "participants"):
            db.table(table).delete_where("event_id = ?", [event_id])
        db.table("sides").delete_where("event_id = ?", [event_id])
        db.table("events").delete(event_id)


def add_side(db: Database, side: NewSide) -> int:
    """Add a side to an event; the name must be new to the event."""
    get_event(db, side.event_id)
    _validate_side(db, side)
    with db.atomic():
        if not side.position:
            side.position = db.execute(
                "SELECT COALESCE(MAX(position), 0) + 1 FROM sides WHERE event_id = ?", [side.event_id]
            ).fetchone()[0]
        return insert_row(db, "sides", to_row(side))


def update_side(db: Database, side: Side) -> None:
    get_side(db, side.id)
    _validate_side(db, side)
    with db.atomic():
        update_row(db, "sides", side.id, to_row(side, exclude=("id",)))


def _validate_side(db: Database, side: NewSide) -> None:
    """Raise ``UserError`` for a side that cannot be stored; a country name becomes its ISO code."""
    if not side.name.strip():
        raise UserError(said("side_needs_name"), column="name")
    side.country = resolve_country(side.country)
    clash = db.execute(
        "SELECT id FROM sides WHERE event_id = ? AND name = ? AND id IS NOT ?",
        [side.event_id, side.name, _id_of(side)],
    ).fetchone()
    if clash:
        raise UserError(said("side_name_taken", name=side.name), column="name")
    if side.host:
        other = db.execute(
            "SELECT name FROM sides WHERE event_id = ? AND host = 1 AND id IS NOT ?",
            [side.event_id, _id_of(side)],
        ).fetchone()
        if other:
            raise UserError(said("host_side_taken", name=other[0]), column="host")


def delete_side(db: Database, side_id: int) -> None:
    """Delete a side that has no participants and no agreement parties."""
    side = get_side(db, side_id)
    used = db.execute(
        "SELECT (SELECT COUNT(*) FROM participants WHERE side_id = ?)"
        " + (SELECT COUNT(*) FROM agreement_parties WHERE side_id = ?)",
        [side_id, side_id],
    ).fetchone()[0]
    if used:
        raise UserError(said("side_in_use", name=side.name))
    with db.atomic():
        db.table("sides").delete(side_id)


def get_side(db: Database, side_id: int) -> Side:
    rows = list(db.table("sides").rows_where("id = ?", [side_id]))
    if not rows:
        raise NotFound(said("no_such", what=said("of_side"), id=side_id))
    return from_row(Side, rows[0])


def list_sides(db: Database, event_id: int) -> list[Side]:
    """The sides of an event: the host first, then guests in the order they were added."""
    rows = db.table("sides").rows_where("event_id = ?", [event_id], order_by="host DESC, position, id")
    return [from_row(Side, r) for r in rows]


def find_side(db: Database, event_id: int, name: str) -> Side | None:
    """The side of an event whose Russian or English name is ``name`` (case-insensitive)."""
    key = name.strip().casefold()
    for side in list_sides(db, event_id):
        if key in {side.name.casefold(), side.name_en.casefold()}:
            return side
    return None


def _id_of(side: NewSide) -> int | None:
    """The id of a stored side; None for a new one."""
    return side.id if isinstance(side, Side) else None
