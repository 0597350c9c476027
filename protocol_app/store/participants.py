"""Participation of people in events, and attendee rows (participant + person + side + organisation)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.model import Attendee, NewParticipant, Organisation, Participant, Person, Role, Side, Status
from protocol_app.store.directory import get_person, update_person
from protocol_app.store.events import get_event, get_side, list_sides
from protocol_app.store.rows import from_row, insert_row, row_reader, to_row, update_row
from protocol_app.words import said


def validate_participant(db: Database, part: NewParticipant) -> None:
    get_event(db, part.event_id)
    side = get_side(db, part.side_id)
    if side.event_id != part.event_id:
        raise UserError(said("side_other_event", name=side.name), column="side")
    if part.role not in {r.value for r in Role}:
        raise UserError(said("bad_role", value=part.role), column="role")
    if part.status not in {s.value for s in Status}:
        raise UserError(said("bad_status", value=part.status), column="status")
    if part.precedence is not None and part.precedence < 1:
        raise UserError(said("bad_precedence"), column="precedence")
    own = part.id if isinstance(part, Participant) else None
    for link, code, column in (
        (part.interprets_for, "interprets_unknown", "interprets_for"),
        (part.partner_id, "spouse_unknown", "partner_id"),
    ):
        if link is None:
            continue
        found = db.execute("SELECT event_id FROM participants WHERE id = ?", [link]).fetchone()
        if found is None or found[0] != part.event_id or link == own:
            raise UserError(said(code), column=column)


def add_participant(db: Database, part: NewParticipant) -> int:
    """Enter a person into an event; a person takes part in an event once.

    A participation that brings no position or organisation of its own takes the directory's (the latest
    known) as the facts of this event; so does one that brings no honorific.
    """
    validate_participant(db, part)
    person = db.execute(
        "SELECT position, position_en, organisation_id, honorific FROM people WHERE id = ?", [part.person_id]
    ).fetchone()
    if person is None:
        raise NotFound(said("no_such", what=said("of_person"), id=part.person_id))
    if not (part.position or part.position_en or part.organisation_id is not None):
        part.position, part.position_en, part.organisation_id = person[:3]
    part.honorific = part.honorific or person[3]
    if db.execute(
        "SELECT 1 FROM participants WHERE event_id = ? AND person_id = ?", [part.event_id, part.person_id]
    ).fetchone():
        raise UserError(said("already_takes_part"))
    with db.atomic():
        return insert_row(db, "participants", to_row(part))


def update_participant(db: Database, part: Participant) -> None:
    """Save a participation with the facts of its event (position, organisation, honorific); other events keep
    theirs."""
    get_participant(db, part.id)
    validate_participant(db, part)
    with db.atomic():
        update_row(db, "participants", part.id, to_row(part, exclude=("id",)))


def get_participant(db: Database, participant_id: int) -> Participant:
    rows = list(db.table("participants").rows_where("id = ?", [participant_id]))
    if not rows:
        raise NotFound(said("no_such", what=said("of_participant"), id=participant_id))
    return from_row(Participant, rows[0])


def delete_participant(db: Database, participant_id: int) -> None:
    """Remove a person from an event (the person stays in the directory)."""
    get_participant(db, participant_id)
    with db.atomic():
        db.table("participants").delete(participant_id)


_ATTENDEE_SQL = """
SELECT p.id AS p_id, p.event_id AS p_event_id, p.person_id AS p_person_id, p.side_id AS p_side_id,
       p.role AS p_role, p.precedence AS p_precedence, p.status AS p_status, p.notes AS p_notes,
       p.interprets_for AS p_interprets_for, p.partner_id AS p_partner_id, p.position AS p_position,
       p.position_en AS p_position_en, p.organisation_id AS p_organisation_id, p.honorific AS p_honorific,
       o.id AS o_id, o.name AS o_name, o.name_en AS o_name_en, o.short_name AS o_short_name,
       o.short_name_en AS o_short_name_en, o.country AS o_country,
       per.*
FROM participants p
JOIN people per ON per.id = p.person_id
JOIN sides s ON s.id = p.side_id
LEFT JOIN organisations o ON o.id = p.organisation_id
WHERE p.event_id = ? {where}
ORDER BY s.host DESC, s.position, s.id, p.id
"""


def list_attendees(db: Database, event_id: int, *, include_cancelled: bool = True) -> list[Attendee]:
    """Everyone entered into an event, with person, side and organisation, the host side first.

    Each person carries the position, organisation and honorific of this event (see ``Attendee``).
    """
    where = "" if include_cancelled else "AND p.status != 'cancelled'"
    cursor = db.execute(_ATTENDEE_SQL.format(where=where), [event_id])
    columns = tuple(d[0] for d in cursor.description)
    sides = {s.id: s for s in list_sides(db, event_id)}  # one Side per side, with its flag image
    read = _attendee_reader(columns)
    return [read(row, sides) for row in cursor.fetchall()]


def get_attendee(db: Database, participant_id: int) -> Attendee:
    part = get_participant(db, participant_id)
    for att in list_attendees(db, part.event_id):
        if att.id == participant_id:
            return att
    raise NotFound(
        said("no_such", what=said("of_participant"), id=participant_id)
    )  # pragma: no cover - just read


def _attendee_reader(columns: tuple[str, ...]) -> Callable[[Sequence[Any], dict[int, Side]], Attendee]:
    """Builds an ``Attendee`` from a row of ``_ATTENDEE_SQL`` (given its columns) and the event's sides; the
    attendees of one organisation share one ``Organisation``, as those of a side share its ``Side``."""
    participant = row_reader(Participant, columns, "p_")
    person_of = row_reader(Person, columns)
    organisation = row_reader(Organisation, columns, "o_")
    org_id = columns.index("o_id")
    organisations: dict[int, Organisation] = {}

    def read(row: Sequence[Any], sides: dict[int, Side]) -> Attendee:
        part = participant(row)
        person = person_of(row)
        person.position, person.position_en = part.position, part.position_en
        person.organisation_id, person.honorific = part.organisation_id, part.honorific
        org = None
        if row[org_id] is not None:
            org = organisations.get(row[org_id]) or organisations.setdefault(row[org_id], organisation(row))
        return Attendee(participant=part, person=person, side=sides[part.side_id], organisation=org)

    return read


def save_attendee(db: Database, person: Person, part: Participant) -> None:
    """Save what a form edits for one event: the person's own details and the facts of this event.

    ``person.position``, ``position_en``, ``organisation_id`` and ``honorific`` are the facts of the
    participation's event: they go to the participation, and to the directory (the default for the next event)
    only when no later event of the person holds facts of its own. One transaction.
    """
    part.position, part.position_en = person.position, person.position_en
    part.organisation_id, part.honorific = person.organisation_id, person.honorific
    with db.atomic():
        stored = get_person(db, person.id)
        if not is_latest_event(db, person.id, part.event_id):
            person = copy.copy(person)
            person.position, person.position_en = stored.position, stored.position_en
            person.organisation_id, person.honorific = stored.organisation_id, stored.honorific
        update_person(db, person)
        update_participant(db, part)


def is_latest_event(db: Database, person_id: int, event_id: int) -> bool:
    """Whether ``event_id`` is (one of) the latest of the person's events by date: its facts are the
    directory's defaults."""
    row = db.execute(
        "SELECT (SELECT date FROM events WHERE id = ?) >= COALESCE(MAX(e.date), '') FROM participants p "
        "JOIN events e ON e.id = p.event_id WHERE p.person_id = ? AND p.event_id != ?",
        [event_id, person_id, event_id],
    ).fetchone()
    return bool(row[0])
