"""What a bulk write (an import) changed, row by row, so that it can be undone and redone later without
touching anything another window or the command line wrote meanwhile.

A ``Recorder`` is opened inside the write's transaction: it notes the highest rowid of each table it watches
(``BEGIN IMMEDIATE`` keeps other writers out until the commit), is told which rows the write is about to
update or delete, and at the end reads them again. The result is a ``ChangeSet``: rows created (with their
values), rows updated (the changed columns, before and after) and rows deleted (with their values).

``apply_changes`` moves every row of a change set from its before-state to its after-state in one
transaction, only where the row still holds the before-state; undo applies ``changes.reversed()``, redo the
change set itself. A row that no longer holds what the change expects (someone changed it meanwhile), or a
row to delete that another row now refers to, is left as it is and returned as a ``Conflict``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

Row = Mapping[str, Any]


@dataclass(frozen=True)
class RowChange:
    """One row of ``table`` going from ``before`` to ``after``: None for "no such row" (created or deleted);
    for an updated row only the columns that changed."""

    table: str
    rowid: int
    before: Row | None
    after: Row | None

    def reversed(self) -> RowChange:
        return RowChange(self.table, self.rowid, self.after, self.before)


@dataclass(frozen=True)
class ChangeSet:
    """The row changes of one operation, in the order they are applied (parent tables first)."""

    rows: tuple[RowChange, ...] = ()

    def reversed(self) -> ChangeSet:
        """The change that undoes this one."""
        return ChangeSet(tuple(change.reversed() for change in reversed(self.rows)))

    def created(self) -> dict[str, list[int]]:
        """The rowids of the rows created, by table."""
        return _by_table(c for c in self.rows if c.before is None)

    def updated(self) -> dict[str, list[int]]:
        """The rowids of the rows updated, by table."""
        return _by_table(c for c in self.rows if c.before is not None and c.after is not None)

    def deleted(self) -> dict[str, list[int]]:
        """The rowids of the rows deleted, by table."""
        return _by_table(c for c in self.rows if c.after is None)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Conflict:
    """A row a change left alone: ``reason`` is "changed" (it no longer holds what the change expects, e.g.
    someone edited it meanwhile) or "referenced" (a row to delete that another row now refers to)."""

    table: str
    rowid: int
    reason: str


@dataclass
class ApplyResult:
    """What ``apply_changes`` did: how many rows it changed, and the rows it left alone."""

    applied: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


class Recorder:
    """Records what a write changes in ``tables`` (parents first); open it inside the write's transaction."""

    def __init__(self, db: Database, tables: Sequence[str]) -> None:
        self._db = db
        self._tables = list(tables)
        self._start = {
            t: db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM [{t}]").fetchone()[0] for t in tables
        }
        self._before: dict[str, dict[int, dict[str, Any]]] = {t: {} for t in tables}

    def will_change(self, table: str, rowids: Iterable[int | None]) -> None:
        """Note these rows of ``table`` before the write updates or deletes them."""
        self.will_change_where(table, "rowid IN (SELECT value FROM json_each(?))", [_ids(rowids)])

    def will_change_where(self, table: str, where: str, params: Sequence[Any] = ()) -> None:
        """Note the rows of ``table`` matching ``where`` before the write updates or deletes them."""
        known = self._before[table]
        for rowid, row in _rows(self._db, table, where, params):
            known.setdefault(rowid, row)

    def finish(self) -> ChangeSet:
        """The rows changed since the recorder was opened."""
        changes: list[RowChange] = []
        for table in self._tables:
            before = self._before[table]
            now = dict(_rows(self._db, table, "rowid IN (SELECT value FROM json_each(?))", [_ids(before)]))
            for rowid, old in before.items():
                new = now.get(rowid)
                if new is None:
                    changes.append(RowChange(table, rowid, old, None))
                elif new != old:
                    names = [n for n in old if old[n] != new[n]]
                    changes.append(
                        RowChange(table, rowid, {n: old[n] for n in names}, {n: new[n] for n in names})
                    )
            for rowid, row in _rows(self._db, table, "rowid > ?", [self._start[table]]):
                if rowid not in before:
                    changes.append(RowChange(table, rowid, None, row))
        return ChangeSet(tuple(changes))


def apply_changes(db: Database, changes: ChangeSet) -> ApplyResult:
    """Make every row of ``changes`` hold its after-state where it still holds its before-state, in one
    transaction; rows that do not (or that other rows refer to, for a delete) are left and reported."""
    result = ApplyResult()
    referrers: dict[str, list[tuple[str, str, str, str]]] = {}
    with db.atomic():
        for change in changes.rows:
            current = dict(_rows(db, change.table, "rowid = ?", [change.rowid])).get(change.rowid)
            if _holds(current, change.after):
                continue  # already as wanted (e.g. redone twice)
            if not _holds(current, change.before):
                result.conflicts.append(Conflict(change.table, change.rowid, "changed"))
                continue
            if change.after is None:
                if change.table not in referrers:
                    referrers[change.table] = references(db, change.table)
                if _referenced(db, current or {}, referrers[change.table]):
                    result.conflicts.append(Conflict(change.table, change.rowid, "referenced"))
                    continue
                db.execute(f"DELETE FROM [{change.table}] WHERE rowid = ?", [change.rowid])
            elif change.before is None:
                names = list(change.after)
                columns = ", ".join(f"[{n}]" for n in names)
                marks = ", ".join("?" * (len(names) + 1))
                db.execute(
                    f"INSERT INTO [{change.table}] (rowid, {columns}) VALUES ({marks})",
                    [change.rowid, *change.after.values()],
                )
            else:
                sets = ", ".join(f"[{n}] = ?" for n in change.after)
                db.execute(
                    f"UPDATE [{change.table}] SET {sets} WHERE rowid = ?",
                    [*change.after.values(), change.rowid],
                )
            result.applied += 1
    return result


def references(db: Database, table: str) -> list[tuple[str, str, str, str]]:
    """(child table, child column, parent column, on_delete) of every foreign key pointing at ``table``."""
    found = []
    for child in db.table_names():
        for fk in db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
            # id, seq, table, from, to, on_update, on_delete, match
            if fk[2] == table:
                found.append((child, fk[3], fk[4] or "id", str(fk[6]).upper()))
    return found


def _referenced(db: Database, row: Row, referrers: list[tuple[str, str, str, str]]) -> bool:
    """Whether any row refers to ``row`` through a foreign key."""
    for child, column, parent_column, _on_delete in referrers:
        value = row.get(parent_column)
        if (
            value is not None
            and db.execute(f"SELECT 1 FROM [{child}] WHERE [{column}] = ? LIMIT 1", [value]).fetchone()
        ):
            return True
    return False


def _holds(current: Row | None, state: Row | None) -> bool:
    """Whether a row (None: absent) is in ``state``: absent, or holding those column values."""
    if state is None or current is None:
        return state is None and current is None
    return all(current.get(name) == value for name, value in state.items())


def _rows(
    db: Database, table: str, where: str, params: Sequence[Any]
) -> Iterable[tuple[int, dict[str, Any]]]:
    cursor = db.execute(f"SELECT rowid AS _rowid_, * FROM [{table}] WHERE {where}", list(params))
    names = [d[0] for d in cursor.description][1:]
    for values in cursor.fetchall():
        yield values[0], dict(zip(names, values[1:], strict=True))


def _ids(rowids: Iterable[int | None]) -> str:
    """Rowids as a JSON list, for ``json_each`` (one parameter however many rows)."""
    return json.dumps([rowid for rowid in rowids if rowid is not None])


def _by_table(changes: Iterable[RowChange]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for change in changes:
        found.setdefault(change.table, []).append(change.rowid)
    return found
