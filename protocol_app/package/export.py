"""Writing an event package: a Protocol Desk store (same schema, same migrations) holding one event, its sides,
people, organisations, agreements, programme, plans and settings, copied row by row with their ids."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from protocol_app.outputs import write_output
from protocol_app.package.graph import EVENTS, TableInfo, directory_tables, event_tables, quote, read_tables
from protocol_app.store import open_store
from protocol_app.store.connection import Store
from protocol_app.store.events import get_event

Rows = dict[str, list[dict[str, Any]]]


def export_package(db: Store, event_id: int, path: str | os.PathLike[str]) -> tuple[Path, dict[str, int]]:
    """Write the event ``event_id`` of ``db`` as a package at ``path`` (personal data: readable by the user
    only); returns the path and how many rows of each table it holds."""
    with db.reading():  # one consistent snapshot of the event, whoever writes meanwhile
        get_event(db, event_id)  # NotFound when there is no such event
        rows = event_rows(db.conn, event_id)
    target = write_output(Path(path), lambda partial: _write_store(partial, rows), personal=True)
    return target, {name: len(table) for name, table in rows.items() if table}


def event_rows(conn: sqlite3.Connection, event_id: int) -> Rows:
    """Every row that belongs to the event, and the directory rows they point at, by table (parents first)."""
    tables = read_tables(conn)
    owned = event_tables(tables)
    rows: Rows = {}
    kept: dict[tuple[str, str], set[Any]] = {}  # (table, column) -> values kept, for the children's keys
    for name in owned:
        info = tables[name]
        if name == EVENTS:
            found = _select(conn, info, "id = ?", [event_id])
        else:
            links = [fk for fk in info.fks if fk.table in rows and fk.table != name]
            found = [
                row
                for row in _select(conn, info)
                if any(row[fk.column] in kept.get((fk.table, fk.column_to), ()) for fk in links)
            ]
        rows[name] = found
        _remember(tables, name, found, kept)
    directory = directory_tables(tables, owned)
    for name in reversed(directory):  # children first: people before the organisations they point at
        info = tables[name]
        wanted = _wanted(tables, rows, name)
        rows[name] = [row for row in _select(conn, info) if any(row[c] in v for c, v in wanted.items())]
    return {name: rows[name] for name in [*directory, *owned]}


def _wanted(tables: dict[str, TableInfo], rows: Rows, name: str) -> dict[str, set[Any]]:
    """Values of ``name``'s columns that the rows gathered so far point at."""
    wanted: dict[str, set[Any]] = {}
    for child, table in rows.items():
        for fk in tables[child].fks:
            if fk.table == name:
                wanted.setdefault(fk.column_to, set()).update(
                    r[fk.column] for r in table if r[fk.column] is not None
                )
    return wanted


def _remember(
    tables: dict[str, TableInfo],
    name: str,
    found: list[dict[str, Any]],
    kept: dict[tuple[str, str], set[Any]],
) -> None:
    for info in tables.values():
        for fk in info.fks:
            if fk.table == name:
                kept.setdefault((name, fk.column_to), set()).update(row[fk.column_to] for row in found)


def _select(
    conn: sqlite3.Connection, info: TableInfo, where: str = "", params: Iterable[Any] = ()
) -> list[dict]:
    columns = ", ".join(quote(c) for c in info.columns)
    sql = f"SELECT {columns} FROM {quote(info.name)}" + (f" WHERE {where}" if where else "")
    return [dict(zip(info.columns, row, strict=True)) for row in conn.execute(sql, list(params))]


def _write_store(partial: Path, rows: Rows) -> None:
    """A fresh store at ``partial`` (migrated as this version's stores are) with ``rows`` copied in as they are."""
    partial.unlink()  # the store is created afresh, private, by open_store
    package = open_store(partial)
    try:
        with package.atomic():
            package.conn.execute("PRAGMA defer_foreign_keys = ON")
            for name, table in rows.items():
                if not table:
                    continue
                columns = list(table[0])
                sql = (
                    f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})"
                )
                package.conn.executemany(sql, [[row[c] for c in columns] for row in table])
        package.conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    finally:
        package.close()
