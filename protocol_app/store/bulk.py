"""Many rows of one table written at once (an import, its redo): one statement for all, and the values SQLite
fills in for the columns an insert leaves out."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from itertools import chain
from typing import Any

_STAGING = "protocol_desk_bulk_rows"


def insert_many(conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """Insert ``rows`` (each the values of ``columns``) into ``table``, in their order, in one statement.

    The rows go first into a bare temporary table (``stage``), then into ``table`` by one INSERT ... SELECT
    (``insert_staged``): a CHECK of the form ``x IN ('a', 'b', ...)`` (participants.role, .status) builds its
    list once per statement, so one statement for all rows costs half of an executemany, which runs the
    statement once per row.
    """
    stage(conn, _STAGING, columns, rows)
    try:
        insert_staged(conn, table, columns, _STAGING)
    finally:
        conn.execute(f"DROP TABLE IF EXISTS temp.{_STAGING}")


def stage(conn: sqlite3.Connection, name: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """Put ``rows`` (each the values of ``columns``) into a new bare temporary table ``name``, in order (its
    rowids 1, 2, ...); one of that name is replaced. Created inside a transaction, it goes with a rollback."""
    conn.execute(f"DROP TABLE IF EXISTS temp.[{name}]")
    conn.execute(f"CREATE TEMP TABLE [{name}] ({', '.join(f'[{c}]' for c in columns)})")
    insert_values(conn, f"temp.[{name}]", len(columns), rows)


def insert_values(conn: sqlite3.Connection, table: str, width: int, rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (each ``width`` values, one for every column in order) into ``table``, in their order,
    a few hundred rows a statement (``VALUES (...), (...), ...``): the 10,000 rows of an import staged so
    take a third less time than by an executemany, which runs its statement once per row."""
    per = max(1, min(_ROWS_PER_STATEMENT, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    row = f"({', '.join('?' * width)})"
    full = f"INSERT INTO {table} VALUES {', '.join([row] * per)}"
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        if set(map(len, part)) != {width}:  # a short row must not shift the next into its columns
            raise ValueError(f"rows of {table} must have {width} values each")
        values = list(chain.from_iterable(part))
        conn.execute(
            full if len(part) == per else f"INSERT INTO {table} VALUES {', '.join([row] * len(part))}", values
        )


_ROWS_PER_STATEMENT = 256  # more made each statement slower to prepare than the rows it saved


def insert_staged(conn: sqlite3.Connection, table: str, columns: Sequence[str], name: str) -> None:
    """Insert the rows of the temporary table ``name`` (``stage``) into ``table``, in their order."""
    names = ", ".join(f"[{c}]" for c in columns)
    conn.execute(f"INSERT INTO [{table}] ({names}) SELECT {names} FROM temp.[{name}] ORDER BY rowid")


def column_defaults(conn: sqlite3.Connection, table: str) -> dict[str, Any]:
    """The columns SQLite fills in when an INSERT leaves them out, with the value: '', a whole number, a
    quoted text or NULL (a nullable column without a default); expressions are never left to SQLite, nor is
    the primary key."""
    return {
        name: value for name, value, primary in _columns(conn, table) if value is not _UNKNOWN and not primary
    }


def filled_in(conn: sqlite3.Connection, table: str, sent: Sequence[str]) -> dict[str, Any] | None:
    """The values SQLite gives the columns an INSERT of ``sent`` leaves out (the primary key aside: the
    rowid); None when one of them is not a constant ``column_defaults`` knows."""
    found = {}
    for name, value, primary in _columns(conn, table):
        if name in sent or primary:
            continue
        if value is _UNKNOWN:
            return None
        found[name] = value
    return found


_UNKNOWN = object()


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, Any, bool]]:
    """(name, the value SQLite stores when an insert leaves it out or ``_UNKNOWN``, primary key) of each
    column of ``table``."""
    found = []
    for _, name, _, notnull, default, primary in conn.execute(f"PRAGMA table_info([{table}])"):
        value: Any = _UNKNOWN
        if default is None:
            if not notnull:
                value = None
        elif re.fullmatch(r"-?\d+", default):
            value = int(default)
        elif re.fullmatch(r"'[^']*'", default):
            value = default[1:-1]
        found.append((name, value, bool(primary)))
    return found
