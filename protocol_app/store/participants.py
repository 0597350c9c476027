"""Participation of people in events, and attendee rows (participant + person + side + organisation)."""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.model import Attendee, Organisation, Participant, Person, Role, Side, Status
from protocol_app.store.events import get_event, get_side
from protocol_app.store.rows import from_row, insert_row, to_row, update_row


def validate_participant(db: Database, part: Participant) -> None:
    get_event(db, part.event_id)
    side = get_side(db, part.side_id)
    if side.event_id != part.event_id:
        raise UserError(f"side {side.name!r} belongs to another event", column="side")
    if part.role not in {r.value for r in Role}:
        raise UserError(f"unknown role {part.role!r}", column="role")
    if part.status not in {s.value for s in Status}:
        raise UserError(f"unknown status {part.status!r}", column="status")
    if part.precedence is not None and part.precedence < 1:
        raise UserError("precedence is a whole number from 1 (the highest)", column="precedence")


def add_participant(db: Database, part: Participant) -> int:
    """Enter a person into an event; a person takes part in an event once."""
    validate_participant(db, part)
    if db.execute(
        "SELECT 1 FROM participants WHERE event_id = ? AND person_id = ?", [part.event_id, part.person_id]
    ).fetchone():
        raise UserError("this person already takes part in the event")
    with db.atomic():
        return insert_row(db, "participants", to_row(part))


def update_participant(db: Database, part: Participant) -> None:
    get_participant(db, part.id or 0)
    validate_participant(db, part)
    with db.atomic():
        update_row(db, "participants", part.id, to_row(part, exclude=("id",)))


def get_participant(db: Database, participant_id: int) -> Participant:
    rows = list(db.table("participants").rows_where("id = ?", [participant_id]))
    if not rows:
        raise NotFound(f"no participant with id {participant_id}")
    return from_row(Participant, rows[0])


def delete_participant(db: Database, participant_id: int) -> None:
    """Remove a person from an event (the person stays in the directory)."""
    get_participant(db, participant_id)
    with db.atomic():
        db.table("participants").delete(participant_id)


_ATTENDEE_SQL = """
SELECT p.id AS p_id, p.event_id, p.person_id, p.side_id, p.role, p.precedence, p.status, p.notes AS p_notes,
       p.interprets_for, p.partner_id,
       s.name AS s_name, s.name_en AS s_name_en, s.host AS s_host, s.country AS s_country,
       s.position AS s_position,
       o.id AS o_id, o.name AS o_name, o.name_en AS o_name_en, o.short_name AS o_short_name,
       o.short_name_en AS o_short_name_en, o.country AS o_country,
       per.*
FROM participants p
JOIN people per ON per.id = p.person_id
JOIN sides s ON s.id = p.side_id
LEFT JOIN organisations o ON o.id = per.organisation_id
WHERE p.event_id = ? {where}
ORDER BY s.host DESC, s.position, s.id, p.id
"""


def list_attendees(db: Database, event_id: int, *, include_cancelled: bool = True) -> list[Attendee]:
    """Everyone entered into an event, with person, side and organisation, the host side first."""
    where = "" if include_cancelled else "AND p.status != 'cancelled'"
    cursor = db.execute(_ATTENDEE_SQL.format(where=where), [event_id])
    columns = [d[0] for d in cursor.description]
    return [_attendee(dict(zip(columns, row, strict=True))) for row in cursor.fetchall()]


def get_attendee(db: Database, participant_id: int) -> Attendee:
    part = get_participant(db, participant_id)
    for att in list_attendees(db, part.event_id):
        if att.id == participant_id:
            return att
    raise NotFound(f"no participant with id {participant_id}")  # pragma: no cover - just read


def _attendee(row: dict) -> Attendee:
    part = Participant(
        id=row["p_id"],
        event_id=row["event_id"],
        person_id=row["person_id"],
        side_id=row["side_id"],
        role=row["role"],
        precedence=row["precedence"],
        status=row["status"],
        notes=row["p_notes"],
        interprets_for=row["interprets_for"],
        partner_id=row["partner_id"],
    )
    person = from_row(Person, row)
    side = Side(
        id=row["side_id"],
        event_id=row["event_id"],
        name=row["s_name"],
        name_en=row["s_name_en"],
        host=bool(row["s_host"]),
        country=row["s_country"],
        position=row["s_position"],
    )
    org = None
    if row["o_id"] is not None:
        org = Organisation(
            id=row["o_id"],
            name=row["o_name"],
            name_en=row["o_name_en"],
            short_name=row["o_short_name"],
            short_name_en=row["o_short_name_en"],
            country=row["o_country"],
        )
    return Attendee(participant=part, person=person, side=side, organisation=org)
