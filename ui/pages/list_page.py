"""What the pages that are one list of the event's rows share (participants, agreements, programme, sides):
the list over its model, what it says while empty, and adding and deleting rows with undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from protocol_app.model import Stored
from ui.commands import add_command, delete_command, group_command
from ui.context import AppContext
from ui.list_view import ListView
from ui.pages.base import EventPage
from ui.table_model import Column, RowsModel
from ui.widgets import confirm_removal

R = TypeVar("R")


class ListPage(EventPage, Generic[R]):
    """An event page over a list of rows: ``self.list`` shows ``self.model``, whose columns and rows the page
    gives (``_columns``, ``_load``); the page adds the list's actions and lays it out."""

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        search_key: Callable[[R], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.model: RowsModel[R] = RowsModel(self._columns(), self._load, search_key)
        self.list = ListView(self.model)
        self.list.setObjectName(name)

    def _columns(self) -> list[Column[R]]:
        """The list's columns: each page gives its own."""
        raise NotImplementedError

    def _load(self) -> list[R]:
        """The rows of the chosen event: each page reads its own."""
        raise NotImplementedError

    def show_rows(self, empty_hint: str, keep: Callable[[R], object]) -> None:
        """Read the rows again (keeping selected the rows whose ``keep`` key is unchanged), the columns as wide
        as their text; while there are none the list says ``empty_hint``, or how to choose an event."""
        self.list.set_empty_hint(
            empty_hint
            if self.event_id is not None
            else self.tr("Choose an event on the left, or create one with Event › New event.")
        )
        self.list.reload(keep=keep)
        self.list.table.resizeColumnsToContents()

    def add_with_undo(
        self,
        text: str,
        draft: object,
        stored: type[Stored],
        add: Callable[[Any], int],
        remove: Callable[[int], None],
    ) -> bool:
        """Store ``draft`` with the core ``add`` (which returns its id), as one step of undo named ``text``
        (``remove`` takes it away); on redo it comes back as a ``stored`` object under the same id."""
        current = draft

        def do() -> int:
            nonlocal current
            new_id = add(current)
            current = stored.of(current, new_id)
            return new_id

        return self.ctx.run(self, add_command(self.ctx.db, text, do, remove, self.ctx.refresh))

    def delete_with_undo(
        self,
        question: str,
        text: str,
        table: str,
        ids: list[int],
        delete: Callable[[int], None],
        *,
        title: str = "",
        note: str = "",
    ) -> bool:
        """Ask ``question`` (titled ``title``, default "Delete"; ``note`` says that undo brings the rows back),
        then delete the rows ``ids`` of ``table`` with the core ``delete``, as one step of undo named ``text``.
        """
        note = note or self.tr("Edit › Undo brings it back.")
        if not confirm_removal(self, title or self.tr("Delete"), question + " " + note):
            return False
        db = self.ctx.db
        parts = [delete_command(db, "", table, row_id, delete, self.ctx.refresh) for row_id in ids]
        return self.ctx.run(self, group_command(db, text, parts, self.ctx.refresh))
