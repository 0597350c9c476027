"""The tables of a store as a graph of foreign keys, read from SQLite itself (never a list kept by hand), so
that a package copies and merges every table other versions add: an event's own tables are those that point
at ``events`` (directly or through another of them), the directory tables (people, organisations) are those
the event's rows point at."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

EVENTS = "events"
# Kept on this desk, never packaged: the lists this desk sent (``protocol_app.changes`` compares with them).
LOCAL_TABLES = frozenset({"list_exports"})


@dataclass(frozen=True)
class ForeignKey:
    """``column`` of a table points at ``column_to`` of ``table``."""

    column: str
    table: str
    column_to: str


@dataclass
class TableInfo:
    """A table's columns, primary key, foreign keys and unique keys (each a tuple of columns)."""

    name: str
    columns: list[str]
    pk: list[str]
    fks: list[ForeignKey]
    unique: list[tuple[str, ...]] = field(default_factory=list)
    defaults: dict[str, object] = field(default_factory=dict)  # a column's value when nobody set it

    @property
    def rowid_pk(self) -> bool:
        """Whether the table's key is one integer id (rows are told apart by it, and get new ids on merge)."""
        return len(self.pk) == 1

    def parents(self) -> set[str]:
        return {fk.table for fk in self.fks if fk.table != self.name}


def quote(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def read_tables(conn: sqlite3.Connection) -> dict[str, TableInfo]:
    """Every table of the database but SQLite's own and the migrations' table."""
    names = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not row[0].startswith(("sqlite_", "_sqlite_"))
    ]
    tables = {}
    for name in names:
        info = conn.execute(f"PRAGMA table_info({quote(name)})").fetchall()
        columns = [row[1] for row in info]
        pk = [row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5])]
        fks = []
        for row in conn.execute(f"PRAGMA foreign_key_list({quote(name)})"):
            to = row[4]
            if to is None:  # REFERENCES t without a column: t's primary key
                to = next((r[1] for r in conn.execute(f"PRAGMA table_info({quote(row[2])})") if r[5]), "id")
            fks.append(ForeignKey(row[3], row[2], to))
        unique = []
        for index in conn.execute(f"PRAGMA index_list({quote(name)})"):
            if index[2] and index[3] == "u":  # unique, made by a UNIQUE constraint
                cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({quote(index[1])})"))
                unique.append(cols)
        defaults = {row[1]: _literal(row[4]) for row in info if row[4] is not None}
        tables[name] = TableInfo(name, columns, pk, fks, unique, defaults)
    return tables


def _literal(text: str) -> object:
    """A column's DEFAULT as a value: 'text', a number, or the expression's text (never equal to a value)."""
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return object()


def event_tables(tables: dict[str, TableInfo]) -> list[str]:
    """The tables that belong to an event, parents before children: ``events`` and every table that points at
    one of them (local tables left out)."""
    owned = {EVENTS} if EVENTS in tables else set()
    grew = True
    while grew:
        grew = False
        for name, info in tables.items():
            if name not in owned and name not in LOCAL_TABLES and info.parents() & owned:
                owned.add(name)
                grew = True
    return _parents_first(tables, owned)


def directory_tables(tables: dict[str, TableInfo], owned: list[str]) -> list[str]:
    """The tables an event's rows point at that are not the event's own (people, organisations), parents first."""
    found: set[str] = set()
    todo = [parent for name in owned for parent in tables[name].parents()]
    while todo:
        name = todo.pop()
        if name in found or name in owned or name not in tables:
            continue
        found.add(name)
        todo.extend(tables[name].parents())
    return _parents_first(tables, found)


def _parents_first(tables: dict[str, TableInfo], names: set[str]) -> list[str]:
    order: list[str] = []
    left = set(names)
    while left:
        ready = sorted(n for n in left if not (tables[n].parents() & left))
        if not ready:  # a cycle between two tables: their order does not matter with deferred keys
            ready = sorted(left)
        order.extend(ready)
        left -= set(ready)
    return order
