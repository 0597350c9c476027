"""Events and their sides in the store."""

from __future__ import annotations

import re
from datetime import date as Date

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.flags import resolve_country
from protocol_app.model import Event, InterpreterSeat, NewEvent, NewSide, SeniorSide, Side
from protocol_app.store.rows import from_row, insert_row, to_row, update_row

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def validate_event(event: NewEvent) -> None:
    """Raise ``UserError`` naming the first field of ``event`` that is wrong."""
    if not event.title.strip():
        raise UserError("an event needs a title", column="title")
    start = _parse_date(event.date, "date")
    if event.end_date:
        end = _parse_date(event.end_date, "end_date")
        if end < start:
            raise UserError(
                f"the end date {event.end_date} is before the start date {event.date}", column="end_date"
            )
    if event.senior_side not in {s.value for s in SeniorSide}:
        raise UserError(f"senior side must be right or left, not {event.senior_side!r}", column="senior_side")
    if event.interpreter_seat not in {s.value for s in InterpreterSeat}:
        raise UserError(
            f"interpreter seat must be right or behind, not {event.interpreter_seat!r}",
            column="interpreter_seat",
        )
    if event.signing_minutes < 1:
        raise UserError("a signing takes at least one minute", column="signing_minutes")
    if event.delegation_order not in ("rank", "alphabet"):
        raise UserError(
            f"delegations are ordered by rank or alphabet, not {event.delegation_order!r}",
            column="delegation_order",
        )
    if len(event.delegation_letter) > 1 or (
        event.delegation_letter and not event.delegation_letter.isalpha()
    ):
        raise UserError(
            f"the letter drawn by lot is one letter, not {event.delegation_letter!r}",
            column="delegation_letter",
        )
    if event.senior_guest not in ("right", "opposite"):
        raise UserError(
            f"the senior guest sits at the right or opposite, not {event.senior_guest!r}",
            column="senior_guest",
        )
    if event.signing_start and not _TIME.match(event.signing_start):
        raise UserError(f"signing start must be HH:MM, not {event.signing_start!r}", column="signing_start")


def _parse_date(value: str, column: str) -> Date:
    try:
        return Date.fromisoformat(value)
    except (TypeError, ValueError):
        raise UserError(f"{value!r} is not a date of the form YYYY-MM-DD", column=column) from None


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
        raise NotFound(f"no event with id {event_id}")
    return from_row(Event, rows[0])


def resolve_event(db: Database, ref: str | int) -> Event:
    """An event by id, or by its exact title (Russian or English)."""
    text = str(ref).strip()
    if text.isdigit():
        return get_event(db, int(text))
    rows = list(db.table("events").rows_where("title = ? OR title_en = ?", [text, text], order_by="id"))
    if not rows:
        raise NotFound(f"no event with id or title {text!r}")
    if len(rows) > 1:
        ids = ", ".join(str(r["id"]) for r in rows)
        raise UserError(f"several events are titled {text!r} (ids {ids}); give the id")
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
        raise UserError("a side needs a name", column="name")
    side.country = resolve_country(side.country)
    clash = db.execute(
        "SELECT id FROM sides WHERE event_id = ? AND name = ? AND id IS NOT ?",
        [side.event_id, side.name, _id_of(side)],
    ).fetchone()
    if clash:
        raise UserError(f"the event already has a side named {side.name!r}", column="name")
    if side.host:
        other = db.execute(
            "SELECT name FROM sides WHERE event_id = ? AND host = 1 AND id IS NOT ?",
            [side.event_id, _id_of(side)],
        ).fetchone()
        if other:
            raise UserError(f"the event already has a host side ({other[0]})", column="host")


def delete_side(db: Database, side_id: int) -> None:
    """Delete a side that has no participants and no agreement parties."""
    side = get_side(db, side_id)
    used = db.execute(
        "SELECT (SELECT COUNT(*) FROM participants WHERE side_id = ?)"
        " + (SELECT COUNT(*) FROM agreement_parties WHERE side_id = ?)",
        [side_id, side_id],
    ).fetchone()[0]
    if used:
        raise UserError(f"side {side.name!r} still has participants or agreement parties")
    with db.atomic():
        db.table("sides").delete(side_id)


def get_side(db: Database, side_id: int) -> Side:
    rows = list(db.table("sides").rows_where("id = ?", [side_id]))
    if not rows:
        raise NotFound(f"no side with id {side_id}")
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
