"""Undo and redo: every change a user makes is a ``StoreCommand`` whose redo and undo call core store
functions, each inside one transaction. Deleting records a snapshot so that undo brings the object back whole;
an edit whose core function returns what it changed (a seat move, a new signing order) is undone by applying
that change reversed (``change_command``); an import, written by a job on its own connection, is undone from
the change set it returns (``written_command``).
"""

from __future__ import annotations

import copy
import sqlite3
import sys
from collections.abc import Callable
from typing import Any, Protocol, Self

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.store import ui_queries
from protocol_app.store.changes import ChangeSet, Conflict, apply_changes
from ui.i18n import current_language

Action = Callable[[], Any]


class StoreCommand(QUndoCommand):
    """A change to the store: ``do`` and ``undo`` run in one transaction each; ``refresh`` updates the views."""

    def __init__(self, db: Database, text: str, do: Action, undo: Action, refresh: Action) -> None:
        super().__init__(text)
        self.db = db
        self._do = do
        self._undo = undo
        self._refresh = refresh
        self._already_done = False

    def apply_first(self) -> None:
        """Do the change before it is pushed (so that a mistake can be shown and nothing is pushed)."""
        with self.db.atomic():
            self._do()
        self._already_done = True

    def mark_done(self) -> None:
        """The change is already in the store (written elsewhere): pushing it only refreshes the views."""
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
        else:
            self._run(self._do)
        self._refresh()

    def undo(self) -> None:
        self._run(self._undo)
        self._refresh()

    def _run(self, action: Action) -> None:
        try:
            with self.db.atomic():
                action()
        except (UserError, sqlite3.Error) as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)


def execute(stack: QUndoStack, command: StoreCommand) -> str:
    """Do ``command`` and put it on the undo stack; returns the reason in words when it could not be done."""
    try:
        command.apply_first()
    except UserError as exc:
        return exc.text(current_language())
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "read-only" in str(exc):
            return QCoreApplication.translate("Commands", "The store is open read-only.")
        raise
    stack.push(command)
    return ""


def edit_command(
    db: Database, text: str, before: Any, after: Any, save: Callable[[Any], None], refresh: Action
) -> StoreCommand:
    """Change an object: ``save`` (a core ``update_*``) with the new copy, and back with the old one."""
    old, new = copy.deepcopy(before), copy.deepcopy(after)
    return StoreCommand(db, text, lambda: save(copy.deepcopy(new)), lambda: save(copy.deepcopy(old)), refresh)


def fields_command(
    db: Database,
    text: str,
    before: Any,
    changes: dict[str, object],
    save: Callable[[Any], None],
    refresh: Action,
) -> StoreCommand:
    """Change some fields of an object (``changes``: field name to new value): ``edit_command`` with a copy of
    ``before`` so changed."""
    after = copy.deepcopy(before)
    for name, value in changes.items():
        setattr(after, name, value)
    return edit_command(db, text, before, after, save, refresh)


def refused_command(db: Database, message: str) -> StoreCommand:
    """A command that refuses with ``message`` (shown to the user; nothing is changed or pushed)."""

    def do() -> None:
        raise UserError(message)

    return StoreCommand(db, "", do, lambda: None, lambda: None)


def delete_command(
    db: Database, text: str, table: str, row_id: int, delete: Callable[[int], None], refresh: Action
) -> StoreCommand:
    """Delete with a core ``delete_*``; undo restores the row and all it took with it, under the same ids."""
    shots: list[ui_queries.Snapshot] = []

    def do() -> None:
        shots.append(ui_queries.snapshot(db, table, row_id))
        delete(row_id)

    def undo() -> None:
        ui_queries.restore(db, shots.pop())

    return StoreCommand(db, text, do, undo, refresh)


def add_command(
    db: Database, text: str, add: Callable[[], int], remove: Callable[[int], None], refresh: Action
) -> StoreCommand:
    """Add with ``add`` (returning the new id; called again on redo, keeping the id); undo calls ``remove``."""
    ids: list[int] = []

    def do() -> None:
        ids.append(add())

    def undo() -> None:
        remove(ids.pop())

    return StoreCommand(db, text, do, undo, refresh)


def group_command(db: Database, text: str, parts: list[StoreCommand], refresh: Action) -> StoreCommand:
    """Several changes done and undone together as one step (e.g. deleting several selected rows)."""

    def do() -> None:
        for part in parts:
            part._do()

    def undo() -> None:
        for part in reversed(parts):
            part._undo()

    return StoreCommand(db, text, do, undo, refresh)


class Change(Protocol):
    """What a core edit changed (``seating.plans.SeatChange``, ``signing.edit.OrderChange``...)."""

    def reversed(self) -> Self: ...


def change_command(
    db: Database, text: str, change: Change, apply: Callable[[Any], None], refresh: Action
) -> StoreCommand:
    """Make ``change`` with ``apply`` (a core function writing exactly that change); undo applies it reversed.
    ``refresh`` shows the result (a seat move redraws its seats in ``apply`` and needs none)."""
    return StoreCommand(db, text, lambda: apply(change), lambda: apply(change.reversed()), refresh)


def written_command(
    db: Database, text: str, changes: ChangeSet, refresh: Action, conflicts: Callable[[list[Conflict]], None]
) -> StoreCommand:
    """A change already written (an import, by a job on its own connection), ready to push: undo and redo
    apply its change set; rows someone else changed meanwhile are left as they are and handed to ``conflicts``.
    """

    def apply(change_set: ChangeSet) -> None:
        result = apply_changes(db, change_set)
        if result.conflicts:
            conflicts(result.conflicts)

    command = StoreCommand(db, text, lambda: apply(changes), lambda: apply(changes.reversed()), refresh)
    command.mark_done()
    return command
