"""Small store queries the desktop app needs: counts, a read-only switch, and whole-row snapshots to undo a
delete (an import is undone from the change set it returns, ``store.changes``).

A snapshot records a row and everything a delete would take with it (rows removed by ``ON DELETE CASCADE``
and columns cleared by ``ON DELETE SET NULL``), found from the schema's foreign keys, so that undoing a
delete brings the object back whole, with its links, under the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from protocol_app.store.changes import references


@dataclass
class Snapshot:
    """Rows to re-insert (parents first) and cleared references to set again, to undo one delete."""

    rows: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)  # table, rowid, row
    cleared: list[tuple[str, int, str, Any]] = field(default_factory=list)  # table, rowid, column, value


def event_counts(db: Database, event_id: int) -> dict[str, int]:
    """How many sides, participants, agreements and programme items an event holds."""
    tables = ("sides", "participants", "agreements", "programme_items")
    sql = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM {t} WHERE event_id = ?" for t in tables)
    return {name: int(count) for name, count in db.execute(sql, [event_id] * len(tables)).fetchall()}


def side_counts(db: Database, event_id: int) -> dict[int, int]:
    """The number of participants of each side of an event, by side id."""
    rows = db.execute(
        "SELECT side_id, COUNT(*) FROM participants WHERE event_id = ? GROUP BY side_id", [event_id]
    ).fetchall()
    return {int(side): int(count) for side, count in rows}


def person_event_count(db: Database, person_id: int) -> int:
    """In how many events a person takes part."""
    return int(db.execute("SELECT COUNT(*) FROM participants WHERE person_id = ?", [person_id]).fetchone()[0])


def set_read_only(db: Database) -> None:
    """Refuse every write on this connection from now on (a second window on a store another one holds)."""
    db.execute("PRAGMA query_only = ON")


def is_read_only(db: Database) -> bool:
    """Whether writes on this connection are refused."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def snapshot(db: Database, table: str, row_id: int) -> Snapshot:
    """Everything deleting row ``row_id`` of ``table`` would remove or clear, to restore it afterwards."""
    shot = Snapshot()
    _collect(db, table, "id", row_id, shot, set())
    return shot


def _collect(db: Database, table: str, column: str, value: Any, shot: Snapshot, seen: set) -> None:
    cursor = db.execute(f"SELECT rowid AS _rowid_, * FROM [{table}] WHERE [{column}] = ?", [value])
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        rowid = row.pop("_rowid_")
        if (table, rowid) in seen:
            continue
        seen.add((table, rowid))
        shot.rows.append((table, rowid, row))
        for child, child_col, parent_col, on_delete in references(db, table):
            if on_delete == "CASCADE":
                _collect(db, child, child_col, row.get(parent_col, rowid), shot, seen)
            elif on_delete == "SET NULL":
                for (child_rowid,) in db.execute(
                    f"SELECT rowid FROM [{child}] WHERE [{child_col}] = ?", [row.get(parent_col, rowid)]
                ).fetchall():
                    shot.cleared.append((child, child_rowid, child_col, row.get(parent_col, rowid)))


def restore(db: Database, shot: Snapshot) -> None:
    """Put back what ``snapshot`` recorded, in one transaction (foreign keys checked at its end, as the rows
    come back in the order they were found, not necessarily parents first)."""
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        for table, rowid, row in shot.rows:
            columns = ", ".join(f"[{name}]" for name in row)
            marks = ", ".join("?" * (len(row) + 1))
            db.execute(f"INSERT INTO [{table}] (rowid, {columns}) VALUES ({marks})", [rowid, *row.values()])
        for table, rowid, column, value in shot.cleared:
            db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?", [value, rowid])
