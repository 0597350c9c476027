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
from itertools import groupby
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
    transaction; rows that do not (or that other rows refer to, for a delete) are left and reported.

    Consecutive changes of one kind to one table are read and checked together: a few queries per table,
    not per row (undoing an import of 10,000 people checks their references in one pass per foreign key).
    """
    result = ApplyResult()
    with db.atomic():
        for (table, kind), group in groupby(changes.rows, key=lambda c: (c.table, _kind(c))):
            run = list(group)
            where = "rowid IN (SELECT value FROM json_each(?))"
            current = dict(_rows(db, table, where, [_ids(c.rowid for c in run)]))
            todo: list[RowChange] = []
            for change in run:
                now = current.get(change.rowid)
                if _holds(now, change.after):
                    continue  # already as wanted (e.g. redone twice)
                if _holds(now, change.before):
                    todo.append(change)
                else:
                    result.conflicts.append(Conflict(table, change.rowid, "changed"))
            taken = (
                _referenced(db, table, {c.rowid: current[c.rowid] for c in todo})
                if kind == "delete"
                else set()
            )
            for change in todo:
                if change.rowid in taken:
                    result.conflicts.append(Conflict(table, change.rowid, "referenced"))
                    continue
                _write(db, change)
                result.applied += 1
    return result


def _kind(change: RowChange) -> str:
    if change.after is None:
        return "delete"
    return "insert" if change.before is None else "update"


def _write(db: Database, change: RowChange) -> None:
    """Move one row to its after-state (checked beforehand)."""
    table, after = change.table, change.after
    if after is None:
        db.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [change.rowid])
    elif change.before is None:
        columns = ", ".join(f"[{n}]" for n in after)
        marks = ", ".join("?" * (len(after) + 1))
        db.execute(
            f"INSERT INTO [{table}] (rowid, {columns}) VALUES ({marks})", [change.rowid, *after.values()]
        )
    else:
        sets = ", ".join(f"[{n}] = ?" for n in after)
        db.execute(f"UPDATE [{table}] SET {sets} WHERE rowid = ?", [*after.values(), change.rowid])


def references(db: Database, table: str) -> list[tuple[str, str, str, str]]:
    """(child table, child column, parent column, on_delete) of every foreign key pointing at ``table``."""
    found = []
    for child in db.table_names():
        for fk in db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
            # id, seq, table, from, to, on_update, on_delete, match
            if fk[2] == table:
                found.append((child, fk[3], fk[4] or "id", str(fk[6]).upper()))
    return found


def _referenced(db: Database, table: str, rows: Mapping[int, Row]) -> set[int]:
    """The rowids of those ``rows`` of ``table`` that some other row refers to through a foreign key."""
    taken: set[int] = set()
    for child, column, parent_column, _on_delete in references(db, table):
        by_value = {
            row[parent_column]: rowid for rowid, row in rows.items() if row.get(parent_column) is not None
        }
        if not by_value:
            continue
        sql = (
            f"SELECT DISTINCT [{column}] FROM [{child}] WHERE [{column}] IN (SELECT value FROM json_each(?))"
        )
        params = [json.dumps(list(by_value))]
        if child == table:  # a row of the same table refers to it: only rows that stay count
            sql += " AND rowid NOT IN (SELECT value FROM json_each(?))"
            params.append(_ids(rows))
        taken.update(by_value[value] for (value,) in db.execute(sql, params))
    return taken


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
