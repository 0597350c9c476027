"""Conversion between dataclasses of the model and table rows; shared by the store modules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import MISSING, fields
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any, TypeVar

from sqlite_utils import Database

T = TypeVar("T")

BOOL_FIELDS = {"host", "latin_suggested", "sample", "locked"}


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def from_row(cls: type[T], row: dict[str, Any], prefix: str = "") -> T:
    """Build ``cls`` from a row, ignoring columns the dataclass does not have; with ``prefix``, from the
    columns so named only (``o_name`` for ``name``: one table's columns in a joined row)."""
    return row_reader(cls, tuple(row), prefix)(tuple(row.values()))  # type: ignore[arg-type]  # as below


@lru_cache(maxsize=256)  # the store's queries: a few dozen shapes of row
def row_reader(cls: type[T], columns: tuple[str, ...], prefix: str = "") -> Callable[[Sequence[Any]], T]:
    """A function that builds ``cls`` from a row given as values in the order of ``columns`` (a cursor's),
    as ``from_row`` does from a dict: made once per class and columns, so a list of thousands of rows does
    not match every column name to a field again for each row. Of two columns of one name the last counts.

    A plain dataclass (no ``__post_init__``, every field the row lacks with a plain default) is filled in
    without calling its ``__init__``, which takes half the time of a row for its 30 keyword arguments."""
    names = _field_names(cls)  # type: ignore[arg-type]  # mypy: type[T] is not Hashable (every class is)
    chosen: dict[str, int] = {}
    for i, column in enumerate(columns):
        if prefix and not column.startswith(prefix):
            continue
        name = column[len(prefix) :]
        if name in names:
            chosen[name] = i
    flags = tuple(name for name in chosen if name in BOOL_FIELDS)
    rest = _unread_defaults(cls, tuple(chosen))
    through_init = rest is None
    if rest is None:  # ``__init__`` is given what the row holds
        order, places, defaults = tuple(chosen), tuple(chosen.values()), ()
    else:  # every field in the order ``__init__`` sets them: from the row, or from the defaults put after it
        order = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]  # a dataclass, as above
        defaults = tuple(rest.values())
        after = {name: len(columns) + n for n, name in enumerate(rest)}
        places = tuple(chosen[name] if name in chosen else after[name] for name in order)
    take = _picker(places)

    def read(row: Sequence[Any]) -> T:
        values = dict(zip(order, take((*row, *defaults) if defaults else row), strict=True))
        for name in flags:
            values[name] = bool(values[name])
        if through_init:
            return cls(**values)
        made = object.__new__(cls)
        made.__dict__ = values
        return made

    return read


def _picker(places: tuple[int, ...]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """The values at ``places`` of a row, as a tuple."""
    if len(places) == 1:
        return lambda row: (row[places[0]],)
    return itemgetter(*places) if places else lambda row: ()


def _unread_defaults(cls: type, read: tuple[str, ...]) -> dict[str, Any] | None:
    """The defaults of the fields of ``cls`` that a row does not hold, when an object can be made without its
    ``__init__`` (see ``row_reader``); None when it cannot: a ``__post_init__``, slots, or a field the row
    lacks that has no plain default (a required one, a ``default_factory``)."""
    if hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        return None
    rest = {}
    for f in fields(cls):
        if f.name not in read:
            if f.default is MISSING:
                return None
            rest[f.name] = f.default
    return rest


def to_row(obj: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The columns of a dataclass (a stored object's ``id`` too), without ``exclude``."""
    row = {f.name: getattr(obj, f.name) for f in fields(obj) if f.name not in exclude}  # asdict copies deeply
    for key in BOOL_FIELDS & row.keys():
        row[key] = int(bool(row[key]))
    return row


def insert_row(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert ``row`` into ``table`` (the columns of a model dataclass: texts, numbers, bytes, None); returns
    the new row's id. One INSERT, not sqlite-utils' ``insert``, which reads the table's columns and primary
    key first: a row is added in a third of the time (a test's 1,000 guests, an officer's typing alike). Through
    ``Database.execute``, which commits a write made outside a transaction, as ``insert`` did."""
    columns = ", ".join(f'"{name}"' for name in row)
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(row))})'
    pk = db.execute(sql, list(row.values())).lastrowid
    if pk is None:  # pragma: no cover - SQLite always gives a rowid
        raise RuntimeError(f"no id for the new row of {table}")
    return int(pk)


def update_row(db: Database, table: str, row_id: int, row: dict[str, Any]) -> None:
    """Update the row ``row_id`` of ``table`` with ``row``."""
    db.table(table).update(row_id, row)
