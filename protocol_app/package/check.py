"""Opening an event package someone sent: hostile input until proven a Protocol Desk store of this version or
an older one, holding one event. Nothing here writes to the file: it is opened read-only and immutable."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from protocol_app.errors import UserError
from protocol_app.package.graph import EVENTS, TableInfo, quote, read_tables
from protocol_app.store.connection import schema_names
from protocol_app.store.schema import MIGRATION_SET
from protocol_app.words import said

MAX_PACKAGE_BYTES = 256 * 1024 * 1024  # an event with photos of a few hundred people is a few megabytes
_SQLITE_HEADER = b"SQLite format 3\x00"


@contextlib.contextmanager
def open_package(
    path: str | os.PathLike[str], target: dict[str, TableInfo], *, one_event: bool = True
) -> Iterator[sqlite3.Connection]:
    """The package at ``path``, read-only, once checked against ``target`` (the tables of the store it goes
    into): a regular file within the size limit, an undamaged SQLite database, a Protocol Desk store of known
    migrations whose tables and columns the target has, holding one event (any number without ``one_event``).
    ``UserError`` otherwise."""
    file = Path(path)
    _check_file(file)
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise UserError(said("package_unopened", reason=exc), file=str(file)) from None
    try:
        try:
            _check_contents(conn, file, target, one_event)
        except sqlite3.DatabaseError as exc:
            raise UserError(said("package_damaged_or_not", reason=exc), file=str(file)) from None
        yield conn
    finally:
        conn.close()


def _check_file(file: Path) -> None:
    if not file.exists():
        raise UserError(said("does_not_exist"), file=str(file))
    if file.is_symlink() or not file.is_file():
        raise UserError(said("not_regular_file"), file=str(file))
    size = file.stat().st_size
    if size > MAX_PACKAGE_BYTES:
        raise UserError(
            said("package_too_big", mb=f"{size / 1e6:.0f}", most=f"{MAX_PACKAGE_BYTES / 1e6:.0f}"),
            file=str(file),
        )
    with open(file, "rb") as handle:
        if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise UserError(said("not_sqlite_package"), file=str(file))


def _check_contents(
    conn: sqlite3.Connection, file: Path, target: dict[str, TableInfo], one_event: bool
) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise UserError(said("package_damaged", problems="; ".join(problems)), file=str(file))
    tables = read_tables(conn)
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone():
        raise UserError(said("other_sqlite_package"), file=str(file))
    applied = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
    ]
    known = schema_names()
    newer = [name for name in applied if name not in known]
    if newer:
        raise UserError(
            said("newer_package", schema=newer[-1]),
            file=str(file),
        )
    if known[0] not in applied:
        raise UserError(said("other_sqlite_package"), file=str(file))
    for name, info in tables.items():
        if name not in target:
            raise UserError(said("unknown_table", name=name), file=str(file))
        unknown = [c for c in info.columns if c not in target[name].columns]
        if unknown:
            raise UserError(said("unknown_column", column=f"{name}.{unknown[0]}"), file=str(file))
    if conn.execute("PRAGMA foreign_key_check").fetchone():
        raise UserError(said("package_dangling"), file=str(file))
    events = conn.execute(f"SELECT COUNT(*) FROM {quote(EVENTS)}").fetchone()[0]
    if one_event and events != 1:
        raise UserError(said("package_events", count=events), file=str(file))
