"""Merging an event package into a store: the same people and organisations are matched, not doubled; the
event is matched by title and date, its rows by their unique keys; a field that differs is reported as a
conflict and left as the store has it, an empty one is filled in. Everything in one transaction."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from protocol_app.errors import UserError
from protocol_app.importing.matching import PeopleIndex
from protocol_app.names import fold
from protocol_app.package.check import open_package
from protocol_app.package.graph import EVENTS, TableInfo, directory_tables, event_tables, quote, read_tables
from protocol_app.store.imports import load_people
from protocol_app.words import said

# Rows without a unique key in the schema are told apart by these columns (after their links are mapped).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    EVENTS: ("title", "date"),
    "agreements": ("event_id", "title"),
    "programme_items": ("event_id", "start", "title"),
    "seating_plans": ("event_id", "layout", "name", "agreement_id"),
    "organisations": ("name",),
}
_LABEL_COLUMNS = ("title", "name", "seat", "kind")


@dataclass
class Conflict:
    """A field the package says otherwise than the store; the store's value is kept."""

    table: str
    row: str
    column: str
    ours: str
    theirs: str


@dataclass
class PackageReport:
    """What an import did (or, with a dry run, would do): rows created and updated by table, conflicts."""

    event_id: int | None
    event_title: str
    event_matched: bool
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "created": sum(self.created.values()),
            "updated": sum(self.updated.values()),
            "conflicts": [vars(c) for c in self.conflicts],
            "event": {"id": self.event_id, "title": self.event_title, "matched": self.event_matched},
            "tables": {
                name: {"created": self.created.get(name, 0), "updated": self.updated.get(name, 0)}
                for name in sorted(self.created.keys() | self.updated.keys())
            },
            "matched": self.matched,
            "dry_run": self.dry_run,
        }


class _DryRun(Exception):
    """Raised inside the transaction of a dry run, to roll it back."""


def import_package(db: Any, path: str | os.PathLike[str], *, dry_run: bool = False) -> PackageReport:
    """Merge the package at ``path`` into ``db`` in one transaction (rolled back with ``dry_run``)."""
    tables = read_tables(db.conn)
    with open_package(path, tables) as package:
        rows = _read(package, tables)
    merge = _Merge(db, tables, rows)
    try:
        with db.atomic():
            db.conn.execute("PRAGMA defer_foreign_keys = ON")
            merge.run()
            if dry_run:
                raise _DryRun
    except _DryRun:
        merge.report.dry_run = True
        if not merge.report.event_matched:
            merge.report.event_id = None  # the event's id would be given when it is created
    except sqlite3.IntegrityError as exc:  # a row this store's rules refuse (a tampered package)
        words = " ".join(str(exc).split())
        raise UserError(said("package_row_refused", reason=words), file=str(path)) from None
    return merge.report


def _read(package: sqlite3.Connection, tables: dict[str, TableInfo]) -> dict[str, list[dict[str, Any]]]:
    """The package's rows of the event's tables and the directory's, in the columns both stores have."""
    theirs = read_tables(package)
    owned = event_tables(tables)
    rows = {}
    for name in [*directory_tables(tables, owned), *owned]:
        if name not in theirs:
            continue
        columns = [c for c in theirs[name].columns if c in tables[name].columns]
        cursor = package.execute(f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(name)}")
        rows[name] = [dict(zip(columns, row, strict=True)) for row in cursor]
    _participants_honorifics(rows)
    return rows


def _participants_honorifics(rows: dict[str, list[dict[str, Any]]]) -> None:
    """A package from before ``m009_participant_honorific`` has no honorific per participation: each takes its
    person's, as the migration does for an old store."""
    parts, people = rows.get("participants", []), rows.get("people", [])
    if not parts or "honorific" in parts[0] or not people or "honorific" not in people[0]:
        return
    honorifics = {person["id"]: person["honorific"] for person in people}
    for part in parts:
        part["honorific"] = honorifics.get(part["person_id"], "")


class _Merge:
    def __init__(self, db: Any, tables: dict[str, TableInfo], rows: dict[str, list[dict]]):
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self.tables = tables
        self.owned = set(event_tables(tables))
        self.rows = rows
        self.ids: dict[str, dict[Any, Any]] = {}  # table -> package id -> store id
        event = rows[EVENTS][0]
        self.report = PackageReport(0, event["title"], False)
        self._people: _People | None = None
        self._taken: dict[str, set[Any]] = {}  # directory rows already matched to a package row

    def run(self) -> None:
        for name, rows in self.rows.items():
            info = self.tables[name]
            self.ids[name] = {}
            for row in rows:
                self._one(info, row)
            self._self_links(info, rows)
        self.report.event_id = self.ids[EVENTS][self.rows[EVENTS][0]["id"]]

    def _one(self, info: TableInfo, row: dict[str, Any]) -> None:
        mapped = self._mapped(info, row)
        found = self._find(info, mapped)
        if found is None:
            new = self._insert(info, mapped)
            self.report.created[info.name] = self.report.created.get(info.name, 0) + 1
        else:
            new = found
            if info.name == EVENTS:
                self.report.event_matched = True
            elif info.name not in self.owned:
                self.report.matched[info.name] = self.report.matched.get(info.name, 0) + 1
            self._compare(info, found, mapped)
        if info.rowid_pk:
            self.ids[info.name][row[info.pk[0]]] = new

    def _mapped(self, info: TableInfo, row: dict[str, Any]) -> dict[str, Any]:
        """The row with its links turned into the store's ids (links to the same table are set later)."""
        mapped = dict(row)
        for fk in info.fks:
            value = row.get(fk.column)
            if fk.column not in row or value is None:
                continue
            if fk.table == info.name:
                mapped[fk.column] = None
            elif fk.table in self.ids:
                mapped[fk.column] = self.ids[fk.table].get(value)
            elif not self._exists(fk.table, fk.column_to, value):  # a table the package does not carry
                mapped[fk.column] = None
        return mapped

    def _exists(self, table: str, column: str, value: Any) -> bool:
        sql = f"SELECT 1 FROM {quote(table)} WHERE {quote(column)} = ?"
        return self.conn.execute(sql, [value]).fetchone() is not None

    def _find(self, info: TableInfo, mapped: dict[str, Any]) -> Any:
        """The store's row this package row is (its id, or its key as a tuple), or None."""
        if info.name == "people":
            return self._people_index().find(mapped, self._taken.setdefault("people", set()))
        keys = [*info.unique]  # SQL's unique keys never hold NULL as a value: such a key matches nothing
        if not info.rowid_pk:
            keys.append(tuple(info.pk))
        keys = [key for key in keys if all(mapped.get(c) is not None for c in key)]
        if info.name in NATURAL_KEYS:
            keys.append(NATURAL_KEYS[info.name])
        if not keys and info.name not in self.owned:
            keys.append(tuple(c for c in info.columns if c not in info.pk))
        for key in keys:
            if any(c not in mapped for c in key):
                continue
            found = self._lookup(info, key, mapped)
            if found is not None:
                return found
        return None

    def _lookup(self, info: TableInfo, key: tuple[str, ...], mapped: dict[str, Any]) -> Any:
        folded = info.name == "organisations"
        where = " AND ".join(
            f"lower(trim({quote(c)})) = lower(trim(?))" if folded else f"{quote(c)} IS ?" for c in key
        )
        select = ", ".join(quote(c) for c in info.pk) or "rowid"
        taken = self._taken.setdefault(info.name, set())
        for row in self.conn.execute(
            f"SELECT {select} FROM {quote(info.name)} WHERE {where}", [mapped[c] for c in key]
        ):
            found = row[0] if info.rowid_pk else tuple(row)
            if found not in taken:
                taken.add(found)
                return found
        return None

    def _insert(self, info: TableInfo, mapped: dict[str, Any]) -> Any:
        values = {c: v for c, v in mapped.items() if not (info.rowid_pk and c in info.pk)}
        sql = (
            f"INSERT INTO {quote(info.name)} ({', '.join(quote(c) for c in values)}) "
            f"VALUES ({', '.join('?' for _ in values)})"
        )
        cursor = self.conn.execute(sql, list(values.values()))
        found = cursor.lastrowid if info.rowid_pk else tuple(values[c] for c in info.pk)
        self._taken.setdefault(info.name, set()).add(found)
        if info.name == "people" and self._people:
            self._people.taken.add(found)
        return found

    def _where_pk(self, info: TableInfo, found: Any) -> tuple[str, list[Any]]:
        values = [found] if info.rowid_pk else list(found)
        return " AND ".join(f"{quote(c)} = ?" for c in info.pk), values

    def _compare(self, info: TableInfo, found: Any, mapped: dict[str, Any]) -> None:
        """Fill the store's empty fields from the package; report fields that differ."""
        where, params = self._where_pk(info, found)
        columns = [c for c in mapped if c not in info.pk and not _self_link(info, c)]
        if not columns:
            return
        ours = self.conn.execute(
            f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(info.name)} WHERE {where}", params
        ).fetchone()
        fill = {}
        for column, our in zip(columns, ours, strict=True):
            their = mapped[column]
            if their == our or _unset(info, column, their):
                continue
            if _unset(info, column, our):
                fill[column] = their
            else:
                self._conflict(info, found, column, our, their)
        if fill:
            sets = ", ".join(f"{quote(c)} = ?" for c in fill)
            self.conn.execute(
                f"UPDATE {quote(info.name)} SET {sets} WHERE {where}", [*fill.values(), *params]
            )
            self.report.updated[info.name] = self.report.updated.get(info.name, 0) + 1

    def _self_links(self, info: TableInfo, rows: list[dict[str, Any]]) -> None:
        """Links of a table to itself (an interpreter to the principal), once all its rows have store ids."""
        for fk in (fk for fk in info.fks if fk.table == info.name and info.rowid_pk):
            for row in rows:
                if row.get(fk.column) is None:
                    continue
                found = self.ids[info.name][row[info.pk[0]]]
                their = self.ids[info.name].get(row[fk.column])
                sql = f"SELECT {quote(fk.column)} FROM {quote(info.name)} WHERE {quote(info.pk[0])} = ?"
                our = self.conn.execute(sql, [found]).fetchone()[0]
                if our == their:
                    continue
                if our is None:
                    self.conn.execute(
                        f"UPDATE {quote(info.name)} SET {quote(fk.column)} = ? WHERE {quote(info.pk[0])} = ?",
                        [their, found],
                    )
                else:
                    self._conflict(info, found, fk.column, our, their)

    def _conflict(self, info: TableInfo, found: Any, column: str, ours: Any, theirs: Any) -> None:
        self.report.conflicts.append(
            Conflict(
                info.name,
                self._label(info.name, found),
                column,
                self._describe(info, column, ours),
                self._describe(info, column, theirs),
            )
        )

    def _describe(self, info: TableInfo, column: str, value: Any) -> str:
        """A value as a person reads it: a link as the row it points at, bytes by their size."""
        if isinstance(value, bytes):
            return f"({len(value)} bytes)"
        fk = next((fk for fk in info.fks if fk.column == column), None)
        if fk and value is not None and self.tables[fk.table].rowid_pk:
            return self._label(fk.table, value)
        return "" if value is None else str(value)

    def _label(self, table: str, found: Any) -> str:
        """A row as a person reads it: a person's name, a title or a name, else what it belongs to."""
        info = self.tables[table]
        where, params = self._where_pk(info, found)
        cursor = self.conn.execute(f"SELECT * FROM {quote(table)} WHERE {where}", params)
        names = [d[0] for d in cursor.description]
        row = dict(zip(names, cursor.fetchone(), strict=True))
        if "surname" in row:
            return " ".join(str(row[c]) for c in ("surname", "given_name", "patronymic") if row.get(c))
        for column in _LABEL_COLUMNS:
            if row.get(column):
                return str(row[column])
        for fk in info.fks:
            if fk.table not in (EVENTS, table) and row.get(fk.column) is not None:
                return self._label(fk.table, row[fk.column])
        return f"{table} {found}"

    def _people_index(self) -> _People:
        if self._people is None:
            self._people = _People(self.db)
        return self._people


class _People:
    """The store's people, found by passport, by name and date of birth, or by the import's name matching."""

    def __init__(self, db: Any) -> None:
        people = load_people(db)
        self.index = PeopleIndex(people)
        self.by_passport = {_key(p.passport): p.id for p in people if p.passport.strip()}
        self.by_birth = {
            (fold(p.surname), fold(p.given_name), fold(p.patronymic), p.birth_date): p.id
            for p in people
            if p.birth_date
        }
        self.people = {p.id: p for p in people}
        self.taken: set[Any] = set()

    def find(self, row: dict[str, Any], taken: set[Any]) -> int | None:
        candidates = []
        if (row.get("passport") or "").strip():
            candidates.append(self.by_passport.get(_key(row["passport"])))
        if row.get("birth_date"):
            key = (fold(row["surname"]), fold(row.get("given_name", "")), fold(row.get("patronymic", "")))
            candidates.append(self.by_birth.get((*key, row["birth_date"])))
        how, fitting, _ = self.index.find_all(
            row["surname"],
            row.get("given_name", ""),
            row.get("patronymic", ""),
            "" if row.get("latin_suggested") else row.get("latin_name", ""),
            row.get("gender", ""),
        )
        if (
            how in ("exact", "no patronymic", "patronymic slip")
            and len(fitting) == 1
            and not self._contradicts(fitting[0], row)
        ):
            candidates.append(fitting[0].id)
        for found in candidates:
            if found is not None and found not in taken and found not in self.taken:
                taken.add(found)
                self.taken.add(found)
                return found
        return None

    @staticmethod
    def _contradicts(person: Any, row: dict[str, Any]) -> bool:
        """Another date of birth or another passport: another person of the same name."""
        birth, passport = row.get("birth_date"), (row.get("passport") or "").strip()
        return bool(
            (birth and person.birth_date and birth != person.birth_date)
            or (passport and person.passport.strip() and _key(passport) != _key(person.passport))
        )


def _key(passport: str) -> str:
    return "".join(passport.split()).upper()


def _self_link(info: TableInfo, column: str) -> bool:
    return any(fk.column == column and fk.table == info.name for fk in info.fks)


def _unset(info: TableInfo, column: str, value: Any) -> bool:
    """Whether a field holds nothing anybody entered: NULL, empty text, or the column's default."""
    return value is None or value == "" or (column in info.defaults and info.defaults[column] == value)
