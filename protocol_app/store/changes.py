"""What a bulk write (an import) changed, row by row, so that it can be undone and redone later without
touching anything another window or the command line wrote meanwhile.

A ``Recorder`` is opened inside the write's transaction: it notes the highest rowid of each table it watches
(``BEGIN IMMEDIATE`` keeps other writers out until the commit), is told which rows the write is about to
update or delete, and at the end reads them again. The result is a ``ChangeSet``: rows created (with their
values), rows updated (the changed columns, before and after) and rows deleted (with their values). Rows
created in bulk are kept as one ``RowBlock`` of tuples: a write that inserts them through the recorder
(``Recorder.insert``) has them checked against what it sent in one query rather than read back whole, or
not at all when no other statement changed a row since.

``apply_changes`` moves every row of a change set from its before-state to its after-state in one
transaction, only where the row still holds the before-state; undo applies ``changes.reversed()``, redo the
change set itself. A row that no longer holds what the change expects (someone changed it meanwhile), or a
row to delete that another row now refers to, is left as it is and returned as a ``Conflict``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby
from typing import Any

from sqlite_utils import Database

from protocol_app.store.bulk import filled_in, insert_many, insert_staged, stage

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
class RowBlock:
    """Rows of one table created together (or, ``created`` False, deleted together): their rowids, the
    values of ``columns`` row by row, and the values every row holds in the other columns (``same``: what an
    insert left to SQLite). 10,000 rows an import created are a few tuples, not 10,000 dicts, and are checked,
    deleted and made again in a few statements."""

    table: str
    rowids: tuple[int, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[Any, ...], ...]
    same: Mapping[str, Any] = field(default_factory=dict)
    created: bool = True

    def reversed(self) -> RowBlock:
        return replace(self, created=not self.created)

    def only(self, rowids: set[int]) -> RowBlock:
        """The block cut to those of its rows in ``rowids``."""
        kept = [(r, v) for r, v in zip(self.rowids, self.values, strict=True) if r in rowids]
        return replace(self, rowids=tuple(r for r, _ in kept), values=tuple(v for _, v in kept))

    def changes(self) -> Iterator[RowChange]:
        """The block's rows one by one."""
        for rowid, values in zip(self.rowids, self.values, strict=True):
            row = {**self.same, **dict(zip(self.columns, values, strict=True))}
            yield RowChange(self.table, rowid, *((None, row) if self.created else (row, None)))

    def __len__(self) -> int:
        return len(self.rowids)


Part = RowChange | RowBlock


@dataclass(frozen=True)
class ChangeSet:
    """The changes of one operation, in the order they are applied (parent tables first): rows one by one,
    and rows created (or deleted) in bulk as blocks."""

    parts: tuple[Part, ...] = ()

    @property
    def rows(self) -> tuple[RowChange, ...]:
        """Every row change, blocks taken row by row."""
        return tuple(c for p in self.parts for c in (p.changes() if isinstance(p, RowBlock) else (p,)))

    def reversed(self) -> ChangeSet:
        """The change that undoes this one."""
        return ChangeSet(tuple(part.reversed() for part in reversed(self.parts)))

    def created(self) -> dict[str, list[int]]:
        """The rowids of the rows created, by table."""
        return self._rowids("insert")

    def updated(self) -> dict[str, list[int]]:
        """The rowids of the rows updated, by table."""
        return self._rowids("update")

    def deleted(self) -> dict[str, list[int]]:
        """The rowids of the rows deleted, by table."""
        return self._rowids("delete")

    def _rowids(self, kind: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for part in self.parts:
            if _kind(part) == kind:
                rowids = part.rowids if isinstance(part, RowBlock) else (part.rowid,)
                found.setdefault(part.table, []).extend(rowids)
        return found

    def __len__(self) -> int:
        return sum(len(p) if isinstance(p, RowBlock) else 1 for p in self.parts)


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
        self._created: dict[str, list[tuple[RowBlock, str]]] = {t: [] for t in tables}  # with its staging
        self._staged: list[str] = []  # the temporary tables of ``insert``, dropped by ``finish``
        self._changes = db.conn.total_changes  # rows changed by the connection once the last insert ended
        self._untouched: set[str] = set()  # the stagings of blocks no other statement changed a row since

    def will_change(self, table: str, rowids: Iterable[int | None]) -> None:
        """Note these rows of ``table`` before the write updates or deletes them."""
        self.will_change_where(table, "rowid IN (SELECT value FROM json_each(?))", [_ids(rowids)])

    def will_change_where(self, table: str, where: str, params: Sequence[Any] = ()) -> None:
        """Note the rows of ``table`` matching ``where`` before the write updates or deletes them."""
        known = self._before[table]
        for rowid, row in _rows(self._db, table, where, params):
            known.setdefault(rowid, row)

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> int:
        """Insert ``rows`` (each the values of ``columns``, the other columns left to their defaults) into
        ``table`` in one statement, and note them as created; returns the first new rowid, the others follow
        it one by one. SQLite gives new rows max(rowid)+1, +2, ... in the order inserted, inside one
        transaction (the tables have no AUTOINCREMENT and nobody else writes meanwhile); checked, or an error.

        The rows stay staged (``bulk.stage``) until ``finish``, which compares the table with them in one
        query: rows that still hold what was sent are taken from here, not read back.
        """
        conn = self._db.conn
        self._note_others()
        before = conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM [{table}]").fetchone()[0]
        if any(block.rowids[-1] > before for block, _ in self._created[table]):
            self._untouched.clear()  # rows of an earlier insert are gone: a rollback to a savepoint
        staged = f"protocol_desk_created_{id(self)}_{len(self._staged)}"  # this recorder's own
        stage(conn, staged, columns, rows)
        self._staged.append(staged)
        insert_staged(conn, table, columns, staged)
        last, count = conn.execute(
            f"SELECT MAX(rowid), COUNT(*) FROM [{table}] WHERE rowid > ?", [before]
        ).fetchone()
        if last - before != len(rows) or count != len(rows):  # pragma: no cover - SQLite's documented rule
            raise RuntimeError(f"new {table} rows did not get consecutive ids")
        same = filled_in(conn, table, columns)
        if same is not None and before >= self._start[table]:  # else ``finish`` reads the rows whole
            block = RowBlock(table, tuple(range(before + 1, last + 1)), tuple(columns), tuple(rows), same)
            self._created[table].append((block, staged))
            self._untouched.add(staged)
        self._changes = conn.total_changes
        return before + 1

    def _note_others(self) -> None:
        """Forget that the blocks inserted so far are untouched once some statement not of ``insert`` changed
        rows since (SQLite counts every row a statement of the connection inserts, updates or deletes,
        triggers' and foreign key actions' too; other connections cannot write inside the transaction)."""
        if self._db.conn.total_changes != self._changes:
            self._untouched.clear()

    def finish(self) -> ChangeSet:
        """The rows changed since the recorder was opened."""
        self._note_others()
        parts: list[Part] = []
        for table in self._tables:
            start = self._start[table]
            before = {rowid: row for rowid, row in self._before[table].items() if rowid <= start}
            now = dict(_rows(self._db, table, "rowid IN (SELECT value FROM json_each(?))", [_ids(before)]))
            for rowid, old in before.items():
                new = now.get(rowid)
                if new is None:
                    parts.append(RowChange(table, rowid, old, None))
                elif new != old:
                    names = [n for n in old if old[n] != new[n]]
                    parts.append(
                        RowChange(table, rowid, {n: old[n] for n in names}, {n: new[n] for n in names})
                    )
            parts.extend(self._new_rows(table, start))
        for staged in self._staged:
            self._db.conn.execute(f"DROP TABLE IF EXISTS temp.[{staged}]")
        return ChangeSet(tuple(parts))

    def _new_rows(self, table: str, start: int) -> list[RowBlock]:
        """The rows created in ``table``: those the write told of that still hold what it said, and any other
        read whole."""
        blocks = []
        for block, staged in self._created[table]:
            if not (staged in self._untouched and _all_there(self._db, block)) and not _holds_staged(
                self._db, block, staged
            ):  # changed since: compared row by row
                block = block.only(set(_compare(self._db, block)[0]))
            if block.rowids:
                blocks.append(block)
        known = sum(len(b) for b in blocks)
        if self._db.execute(f"SELECT COUNT(*) FROM [{table}] WHERE rowid > ?", [start]).fetchone()[0] > known:
            where = "rowid > ?"
            params: list[Any] = [start]
            if known:
                where += " AND rowid NOT IN (SELECT value FROM json_each(?))"
                params = [start, _ids(r for b in blocks for r in b.rowids)]
            blocks.append(_read_block(self._db, table, where, params))
        return blocks


def apply_changes(db: Database, changes: ChangeSet) -> ApplyResult:
    """Make every row of ``changes`` hold its after-state where it still holds its before-state, in one
    transaction; rows that do not (or that other rows refer to, for a delete) are left and reported.

    Consecutive changes of one kind to one table are read and checked together: a few queries per table,
    not per row (undoing an import of 10,000 people checks their references in one pass per foreign key);
    a block of rows is checked in two queries and deleted, or made again, in one statement.
    """
    result = ApplyResult()
    with db.atomic():
        for (table, kind), group in groupby(changes.parts, key=lambda p: (p.table, _kind(p))):
            run: list[RowChange] = []
            for part in group:
                if isinstance(part, RowBlock):
                    _apply_run(db, table, kind, run, result)
                    run = []
                    _apply_block(db, part, result)
                else:
                    run.append(part)
            _apply_run(db, table, kind, run, result)
    return result


def _apply_run(db: Database, table: str, kind: str, run: list[RowChange], result: ApplyResult) -> None:
    """Apply consecutive row changes of one kind to one table."""
    if not run:
        return
    current = dict(
        _rows(db, table, "rowid IN (SELECT value FROM json_each(?))", [_ids(c.rowid for c in run)])
    )
    todo: list[RowChange] = []
    for change in run:
        now = current.get(change.rowid)
        if _holds(now, change.after):
            continue  # already as wanted (e.g. redone twice)
        if _holds(now, change.before):
            todo.append(change)
        else:
            result.conflicts.append(Conflict(table, change.rowid, "changed"))
    taken: set[int] = set()
    if kind == "delete":
        rows = {c.rowid: current[c.rowid] for c in todo}
        taken = _referenced(db, table, list(rows), lambda name: _keys(rows, name))
    for change in todo:
        if change.rowid in taken:
            result.conflicts.append(Conflict(table, change.rowid, "referenced"))
            continue
        _write(db, change)
        result.applied += 1


def _apply_block(db: Database, block: RowBlock, result: ApplyResult) -> None:
    """Make the rows of a block that are absent, or delete those that hold the block's values; the others
    are conflicts."""
    table = block.table
    holding, absent, other = _compare(db, block)
    result.conflicts.extend(Conflict(table, rowid, "changed") for rowid in other)
    if block.created:
        wanted, same = set(absent), tuple(block.same.values())
        rows = [(r, *v, *same) for r, v in zip(block.rowids, block.values, strict=True) if r in wanted]
        if rows:
            insert_many(db.conn, table, ["rowid", *block.columns, *block.same], rows)
        result.applied += len(rows)
        return
    taken = _referenced(db, table, holding, lambda name: _block_keys(block, name, set(holding)))
    result.conflicts.extend(Conflict(table, rowid, "referenced") for rowid in holding if rowid in taken)
    gone = [rowid for rowid in holding if rowid not in taken]
    db.conn.execute(f"DELETE FROM [{table}] WHERE rowid IN (SELECT value FROM json_each(?))", [_ids(gone)])
    result.applied += len(gone)


def _compare(db: Database, block: RowBlock) -> tuple[list[int], list[int], list[int]]:
    """The rowids of a block's rows that hold its values, that are absent, and that hold something else."""
    table, rowids, conn = block.table, block.rowids, db.conn
    low, high = (min(rowids), max(rowids)) if rowids else (0, -1)
    params: list[Any] = [low, high]
    where = "rowid BETWEEN ? AND ?"
    consecutive = high - low == len(rowids) - 1  # distinct rowids, as an insert gives them
    if not consecutive:
        where, params = "rowid IN (SELECT value FROM json_each(?))", [_ids(rowids)]
    differing: set[int] = set()
    if block.same:
        alike = " AND ".join(f"[{c}] IS ?" for c in block.same)
        sql = f"SELECT rowid FROM [{table}] WHERE {where} AND NOT ({alike})"
        differing = {row[0] for row in conn.execute(sql, [*params, *block.same.values()])}
    columns = ", ".join(f"[{c}]" for c in block.columns)
    if (
        consecutive and not differing and rowids == tuple(sorted(rowids))
    ):  # the rows in order, compared at once
        now = conn.execute(f"SELECT {columns} FROM [{table}] WHERE {where} ORDER BY rowid", params).fetchall()
        if len(now) == len(rowids) and now == list(block.values):
            return list(rowids), [], []
    current = {
        row[0]: row[1:]
        for row in conn.execute(f"SELECT rowid, {columns} FROM [{table}] WHERE {where}", params)
    }
    holding, absent, other = [], [], []
    for rowid, values in zip(rowids, block.values, strict=True):
        now_values = current.get(rowid)
        if now_values is None:
            absent.append(rowid)
        elif now_values == values and rowid not in differing:
            holding.append(rowid)
        else:
            other.append(rowid)
    return holding, absent, other


def _holds_staged(db: Database, block: RowBlock, staged: str) -> bool:
    """Whether every row of a block (consecutive rowids, from ``Recorder.insert``) still holds the values
    staged for it and the defaults: one join of the table with the staged rows, counted (CROSS JOIN: SQLite
    goes through the staged rows and finds each row by its rowid, never the other way round)."""
    alike = [f"t.[{c}] IS s.[{c}]" for c in block.columns] + [f"t.[{c}] IS ?" for c in block.same]
    sql = (
        f"SELECT COUNT(*) FROM temp.[{staged}] s CROSS JOIN [{block.table}] t ON t.rowid = s.rowid + ?"
        f" WHERE {' AND '.join(alike)}"
    )
    params = [block.rowids[0] - 1, *block.same.values()]
    return bool(db.conn.execute(sql, params).fetchone()[0] == len(block))


def _all_there(db: Database, block: RowBlock) -> bool:
    """Whether every row of a block (consecutive rowids, from ``Recorder.insert``) is in its table: a block
    no statement changed since its insert holds what was sent, unless a rollback to a savepoint took it
    away (which SQLite does not count as a change)."""
    sql = f"SELECT COUNT(*) FROM [{block.table}] WHERE rowid BETWEEN ? AND ?"
    return bool(db.conn.execute(sql, [block.rowids[0], block.rowids[-1]]).fetchone()[0] == len(block))


def _read_block(db: Database, table: str, where: str, params: Sequence[Any]) -> RowBlock:
    """The rows of ``table`` matching ``where``, whole, as a block of rows created."""
    cursor = db.conn.execute(f"SELECT rowid AS _rowid_, * FROM [{table}] WHERE {where}", list(params))
    names = tuple(d[0] for d in cursor.description)[1:]
    rows = cursor.fetchall()
    return RowBlock(table, tuple(r[0] for r in rows), names, tuple(r[1:] for r in rows))


def _kind(part: Part) -> str:
    if isinstance(part, RowBlock):
        return "insert" if part.created else "delete"
    if part.after is None:
        return "delete"
    return "insert" if part.before is None else "update"


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


def _referenced(
    db: Database, table: str, rowids: list[int], keys: Callable[[str], dict[Any, int]]
) -> set[int]:
    """Those ``rowids`` of ``table`` that some other row refers to through a foreign key; ``keys(column)``
    gives the rows' values of a column a key points at, each with its rowid."""
    taken: set[int] = set()
    if not rowids:
        return taken
    for child, column, parent_column, _on_delete in references(db, table):
        by_value = keys(parent_column)
        if not by_value:
            continue
        sql = (
            f"SELECT DISTINCT [{column}] FROM [{child}] WHERE [{column}] IN (SELECT value FROM json_each(?))"
        )
        params = [json.dumps(list(by_value))]
        if child == table:  # a row of the same table refers to it: only rows that stay count
            sql += " AND rowid NOT IN (SELECT value FROM json_each(?))"
            params.append(_ids(rowids))
        taken.update(by_value[value] for (value,) in db.execute(sql, params))
    return taken


def _keys(rows: Mapping[int, Row], name: str) -> dict[Any, int]:
    """The values of column ``name`` in ``rows`` (by rowid), each with its rowid; NULLs left out."""
    return {row[name]: rowid for rowid, row in rows.items() if row.get(name) is not None}


def _block_keys(block: RowBlock, name: str, rowids: set[int]) -> dict[Any, int]:
    """``_keys`` of those rows of a block in ``rowids``: a column the block does not hold (the primary key an
    insert left out) is the rowid."""
    if name in block.same:  # one value in every row: a key of one row at most
        value, first = block.same[name], next((r for r in block.rowids if r in rowids), None)
        return {} if value is None or first is None else {value: first}
    if name not in block.columns:
        return {rowid: rowid for rowid in block.rowids if rowid in rowids}
    index = block.columns.index(name)
    pairs = zip(block.rowids, block.values, strict=True)
    return {values[index]: rowid for rowid, values in pairs if rowid in rowids and values[index] is not None}


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
