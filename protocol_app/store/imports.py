"""Bulk reads and writes for importing lists: the directory and an event's participation in a few queries.

The import plans every change in memory first (see ``protocol_app.importing``) and then writes it here, inside
the caller's transaction; reading thousands of rows one query each would be slow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter, itemgetter

from sqlite_utils import Database

from protocol_app.model import NewOrganisation, NewParticipant, NewPerson, Organisation, Participant, Person
from protocol_app.store.bulk import column_defaults
from protocol_app.store.changes import Recorder
from protocol_app.store.rows import BOOL_FIELDS, from_row

PERSON_COLUMNS = tuple(f.name for f in fields(NewPerson) if f.name != "photo")
_PARTICIPANT_COLUMNS = tuple(f.name for f in fields(NewParticipant))
_PARTICIPANT_ROW = attrgetter(*_PARTICIPANT_COLUMNS)


def load_people(db: Database) -> list[Person]:
    """Every person of the directory, without photos (they are not needed to find or update people)."""
    order = [f.name for f in fields(NewPerson)]  # selected in the draft's order: built positionally
    select = ", ".join("NULL" if name == "photo" else name for name in order)
    flags = [i for i, name in enumerate(order) if name in BOOL_FIELDS]
    people = []
    for row in db.conn.execute(f"SELECT id, {select} FROM people ORDER BY id"):
        values = list(row[1:])
        for i in flags:
            values[i] = bool(values[i])
        people.append(Person(*values, id=row[0]))
    return people


def load_participants(db: Database, event_id: int) -> dict[int, Participant]:
    """The participants of an event by person id."""
    columns = ["id", *_PARTICIPANT_COLUMNS]
    cursor = db.conn.execute(f"SELECT {', '.join(columns)} FROM participants WHERE event_id = ?", [event_id])
    parts = (Participant(**dict(zip(columns, row, strict=True))) for row in cursor)
    return {p.person_id: p for p in parts}


def later_events(db: Database, event_id: int) -> set[int]:
    """The people who take part in an event later than this one: the directory keeps their later facts."""
    cursor = db.conn.execute(
        "SELECT DISTINCT p.person_id FROM participants p JOIN events e ON e.id = p.event_id "
        "WHERE p.event_id != ? AND e.date > (SELECT date FROM events WHERE id = ?)",
        [event_id, event_id],
    )
    return {row[0] for row in cursor}


def load_organisations(db: Database) -> list[Organisation]:
    return [from_row(Organisation, r) for r in db["organisations"].rows_where(order_by="id")]


def insert_organisations(db: Database, orgs: list[NewOrganisation]) -> list[int]:
    """Insert new organisations; returns their ids, in order."""
    ids = []
    for org in orgs:
        cursor = db.conn.execute(
            "INSERT INTO organisations (name, name_en, short_name, short_name_en, country) VALUES (?, ?, ?, ?, ?)",
            [org.name, org.name_en, org.short_name, org.short_name_en, org.country],
        )
        ids.append(int(cursor.lastrowid or 0))
    return ids


def insert_people(
    db: Database, people: list[NewPerson], recorder: Recorder, columns: Sequence[str] = PERSON_COLUMNS
) -> range:
    """Insert new people; returns their ids, in order. Only ``columns`` are read from them: a caller that
    knows its people leave the other fields at their defaults names fewer (the table fills those in)."""
    pick = attrgetter(*columns)  # one C call for a person's fields
    rows = list(map(pick, people)) if len(columns) > 1 else [(pick(p),) for p in people]
    return insert_rows(db, "people", columns, rows, recorder)


def update_people(db: Database, changes: list[tuple[Person, set[str]]]) -> None:
    """Write the named fields of people already stored."""
    for person, names in changes:
        columns = sorted(names)
        db.conn.execute(
            f"UPDATE people SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [*(_value(person, c) for c in columns), person.id],
        )


def insert_participants(db: Database, parts: list[NewParticipant], recorder: Recorder) -> range:
    """Enter people into the event; returns the participants' ids, in order."""
    return insert_rows(db, "participants", _PARTICIPANT_COLUMNS, list(map(_PARTICIPANT_ROW, parts)), recorder)


def update_participants(db: Database, parts: list[Participant]) -> None:
    """Save side, role, precedence and the facts of the event (position, organisation, honorific) of
    participants already stored."""
    db.conn.executemany(
        "UPDATE participants SET side_id = ?, role = ?, precedence = ?, position = ?, position_en = ?,"
        " organisation_id = ?, honorific = ? WHERE id = ?",
        [
            (p.side_id, p.role, p.precedence, p.position, p.position_en, p.organisation_id, p.honorific, p.id)
            for p in parts
        ],
    )


def insert_rows(
    db: Database, table: str, columns: Sequence[str], rows: list[tuple], recorder: Recorder
) -> range:
    """Insert ``rows`` (each the values of ``columns``) into ``table`` in one statement (``Recorder.insert``,
    which notes them for the change set); returns their ids, given in order. A column every row leaves at the
    table's default is not sent: SQLite fills it in itself.
    """
    if not rows:
        return range(0)
    sent, rows = _columns_to_send(db, table, list(columns), rows)
    first = recorder.insert(table, sent, rows)
    return range(first, first + len(rows))


def _columns_to_send(
    db: Database, table: str, columns: list[str], rows: list[tuple]
) -> tuple[list[str], list[tuple]]:
    """The columns some row gives a value other than the column's declared default (at least one), and the
    rows cut to them, flags held as something else than bool made 1 or 0 (as ``to_row`` does).

    A column whose first value is not its default is sent without looking further; only the others, and the
    flags (their values' types), are read down the whole column, each by one ``itemgetter`` in C, and
    compared with their default by ``tuple.count`` and their values' types: a set of a column's values
    hashed thousands of new texts, and turning all the rows into columns (``zip``) cost more than the few
    columns that need it."""
    defaults = column_defaults(db.conn, table)
    first = rows[0]
    keep: list[int] = []
    convert: list[int] = []
    for index, name in enumerate(columns):
        flag = name in BOOL_FIELDS
        maybe_default = name in defaults and (flag or _same(first[index], defaults[name]))
        if not (flag or maybe_default):
            keep.append(index)
            continue
        column = tuple(map(itemgetter(index), rows))
        if flag and set(map(type, column)) != {bool}:
            convert.append(index)
        if maybe_default and _all_default(column, defaults[name], flag):
            continue
        keep.append(index)
    keep = keep or [0]  # every value is the default: send the first column anyway (INSERT needs one)
    if keep != list(range(len(columns))):
        pick = itemgetter(*keep)
        rows = list(map(pick, rows)) if len(keep) > 1 else [(pick(row),) for row in rows]
    if flags := [keep.index(i) for i in convert if i in keep]:
        rows = [tuple(_flag(v) if i in flags else v for i, v in enumerate(row)) for row in rows]
    return [columns[i] for i in keep], rows


def _all_default(column: tuple, default: object, flag: bool) -> bool:
    """Every value of ``column`` is what SQLite stores for ``default`` (``_same``; a flag as 1 or 0)."""
    if flag:
        value = 1 if all(column) else 0 if not any(column) else None
        return value is not None and _same(value, default)
    return column.count(default) == len(column) and set(map(type, column)) == {type(default)}


def _flag(value: object) -> int:
    return 1 if value else 0


def _same(value: object, default: object) -> bool:
    """``value`` is what SQLite would store for the default: equal and of the same type (1 is not "1")."""
    return value is None if default is None else type(value) is type(default) and value == default


def _value(obj: object, name: str) -> object:
    value = getattr(obj, name)
    return int(bool(value)) if name in BOOL_FIELDS else value
