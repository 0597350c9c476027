"""Bulk reads and writes for importing lists: the directory and an event's participation in a few queries.

The import plans every change in memory first (see ``protocol_app.importing``) and then writes it here, inside
the caller's transaction; reading thousands of rows one query each would be slow.
"""

from __future__ import annotations

from dataclasses import fields

from sqlite_utils import Database

from protocol_app.model import Organisation, Participant, Person
from protocol_app.store.rows import BOOL_FIELDS, from_row

_PERSON_COLUMNS = [f.name for f in fields(Person) if f.name not in ("id", "photo")]
_PARTICIPANT_COLUMNS = [f.name for f in fields(Participant) if f.name != "id"]


def load_people(db: Database) -> list[Person]:
    """Every person of the directory, without photos (they are not needed to find or update people)."""
    columns = ["id", *_PERSON_COLUMNS]
    cursor = db.conn.execute(f"SELECT {', '.join(columns)} FROM people ORDER BY id")
    bools = [c for c in columns if c in BOOL_FIELDS]
    people = []
    for row in cursor:  # built directly: thousands of rows, and ``from_row`` looks up the fields each time
        values = dict(zip(columns, row, strict=True))
        for name in bools:
            values[name] = bool(values[name])
        people.append(Person(**values))
    return people


def load_participants(db: Database, event_id: int) -> dict[int, Participant]:
    """The participants of an event by person id."""
    columns = ["id", *_PARTICIPANT_COLUMNS]
    cursor = db.conn.execute(f"SELECT {', '.join(columns)} FROM participants WHERE event_id = ?", [event_id])
    parts = (Participant(**dict(zip(columns, row, strict=True))) for row in cursor)
    return {p.person_id: p for p in parts}


def load_organisations(db: Database) -> list[Organisation]:
    return [from_row(Organisation, r) for r in db["organisations"].rows_where(order_by="id")]


def insert_organisations(db: Database, orgs: list[Organisation]) -> None:
    """Insert new organisations and set their ids."""
    for org in orgs:
        cursor = db.conn.execute(
            "INSERT INTO organisations (name, name_en, short_name, short_name_en, country) VALUES (?, ?, ?, ?, ?)",
            [org.name, org.name_en, org.short_name, org.short_name_en, org.country],
        )
        org.id = int(cursor.lastrowid or 0)


def insert_people(db: Database, people: list[Person]) -> None:
    """Insert new people and set their ids."""
    sql = (
        f"INSERT INTO people ({', '.join(_PERSON_COLUMNS)}) VALUES ({', '.join('?' * len(_PERSON_COLUMNS))})"
    )
    _insert_all(db, "people", sql, people, [_person_values(p) for p in people])


def update_people(db: Database, changes: list[tuple[Person, set[str]]]) -> None:
    """Write the named fields of people already stored."""
    for person, names in changes:
        columns = sorted(names)
        db.conn.execute(
            f"UPDATE people SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [*(_value(person, c) for c in columns), person.id],
        )


def insert_participants(db: Database, parts: list[Participant]) -> None:
    """Enter people into the event and set the participants' ids."""
    sql = (
        f"INSERT INTO participants ({', '.join(_PARTICIPANT_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_PARTICIPANT_COLUMNS))})"
    )
    _insert_all(
        db, "participants", sql, parts, [[getattr(p, c) for c in _PARTICIPANT_COLUMNS] for p in parts]
    )


def update_participants(db: Database, parts: list[Participant]) -> None:
    """Save side, role and precedence of participants already stored."""
    db.conn.executemany(
        "UPDATE participants SET side_id = ?, role = ?, precedence = ? WHERE id = ?",
        [(p.side_id, p.role, p.precedence, p.id) for p in parts],
    )


def _insert_all(db: Database, table: str, sql: str, objects: list, rows: list[list[object]]) -> None:
    """One executemany, then the ids: SQLite gives new rows max(id)+1, +2, ... inside one transaction
    (the tables have no AUTOINCREMENT and nobody else writes meanwhile); checked, else row by row."""
    if not objects:
        return
    before = db.conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    db.conn.executemany(sql, rows)
    after, count = db.conn.execute(f"SELECT MAX(id), COUNT(*) FROM {table} WHERE id > ?", [before]).fetchone()
    if after - before != len(objects) or count != len(objects):  # pragma: no cover - SQLite's documented rule
        raise RuntimeError(f"new {table} rows did not get consecutive ids")
    for number, obj in enumerate(objects, before + 1):
        obj.id = number


_PERSON_BOOLS = [i for i, c in enumerate(_PERSON_COLUMNS) if c in BOOL_FIELDS]


def _person_values(person: Person) -> list[object]:
    values = [getattr(person, c) for c in _PERSON_COLUMNS]
    for i in _PERSON_BOOLS:
        values[i] = int(bool(values[i]))
    return values


def _value(obj: object, name: str) -> object:
    value = getattr(obj, name)
    return int(bool(value)) if name in BOOL_FIELDS else value
