"""Programme page: the timed steps of the event, edited in place (times, titles, place, press)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from protocol_app.model import NewProgrammeItem, ProgrammeItem
from protocol_app.store import programme
from ui.commands import add_command, delete_command, edit_command, group_command
from ui.context import AppContext
from ui.list_view import ListView
from ui.pages.base import EventPage
from ui.pages.paper_printer import PaperPrinter
from ui.table_model import Column, RowsModel
from ui.widgets import confirm_removal


class ProgrammePage(EventPage):
    """The programme in time order; every cell but the order is edited in place, with undo."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsModel[ProgrammeItem] = RowsModel(self._columns(), self._load)
        self.list = ListView(self.model)
        self.list.setObjectName("programme")
        self.list.search.setPlaceholderText(self.tr("Search the programme"))
        self.list.add_action(
            self.tr("Add item"), self.add_item, shortcut=QKeySequence.StandardKey.New, object_name="add"
        )
        self.paper_printer = PaperPrinter(self, "pack", ["programme"])
        self.print_action = self.list.add_action(
            self.tr("Print the programme…"),
            self.paper_printer.start,
            shortcut=QKeySequence.StandardKey.Print,
            object_name="print",
        )
        self.list.add_edit_action()  # the cell under the cursor, in place
        self.list.add_action(
            self.tr("Delete"),
            self.delete_selected,
            shortcut=QKeySequence.StandardKey.Delete,
            needs_selection=True,
            object_name="remove",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def _columns(self) -> list[Column[ProgrammeItem]]:
        def edit(field: str) -> Callable[[ProgrammeItem, str], None]:
            return lambda item, value: self._edit(item, **{field: value.strip()})

        word = self.ctx.word
        return [
            Column(self.tr("Start"), lambda i: i.start, edit=edit("start")),
            Column(self.tr("End"), lambda i: i.end, edit=edit("end")),
            Column(
                self.tr("Title (Russian)"), lambda i: i.title, edit=edit("title"), tooltip=lambda i: i.title
            ),
            Column(
                self.tr("Title (English)"),
                lambda i: i.title_en,
                edit=edit("title_en"),
                tooltip=lambda i: i.title_en,
            ),
            Column(self.tr("Place"), lambda i: i.place, edit=edit("place")),
            Column(
                self.tr("Press"),
                lambda i: word("press", i.press),
                edit=edit("press"),
                edit_value=lambda i: i.press,
                choices=lambda: [("open", word("press", "open")), ("closed", word("press", "closed"))],
            ),
            Column(self.tr("Who takes part"), lambda i: i.participants, edit=edit("participants")),
        ]

    def _load(self) -> list[ProgrammeItem]:
        return [] if self.event_id is None else programme.list_items(self.ctx.db, self.event_id)

    def refresh(self) -> None:
        self.list.set_empty_hint(
            self.tr(
                "No programme yet: “Add item” below adds a line; then type its time, title and place in the table."
            )
            if self.event_id is not None
            else self.tr("Choose an event on the left, or create one with Event › New event.")
        )
        self.list.reload(keep=lambda i: i.id)
        table = self.list.table
        table.resizeColumnsToContents()
        for column in (2, 3, 6):  # titles and people: wide enough to read, the rest in the tooltip or editor
            table.setColumnWidth(column, min(table.columnWidth(column), 320))

    def _edit(self, item: ProgrammeItem, **changes: object) -> None:
        after = copy.deepcopy(item)
        for key, value in changes.items():
            setattr(after, key, value)
        db = self.ctx.db
        text = self.tr("Edit programme item %1").replace("%1", item.start)
        self.ctx.run(
            self,
            edit_command(db, text, item, after, lambda i: programme.update_item(db, i), self.ctx.refresh),
        )

    def add_item(self) -> bool:
        """Add an item after the last one (start = the last end or start), to be filled in place."""
        if self.event_id is None:
            return False
        db = self.ctx.db
        items = programme.list_items(db, self.event_id)
        start = (items[-1].end or items[-1].start) if items else "10:00"
        item: NewProgrammeItem = NewProgrammeItem(
            self.event_id, start, self.tr("New item"), position=len(items) + 1
        )

        def add() -> int:  # on redo, the item comes back under its id
            nonlocal item
            item = ProgrammeItem.of(item, programme.add_item(db, item))
            return item.id

        return self.ctx.run(
            self,
            add_command(
                db,
                self.tr("Add programme item"),
                add,
                lambda i: programme.delete_item(db, i),
                self.ctx.refresh,
            ),
        )

    def delete_selected(self) -> None:
        rows = self.list.selected()
        if not rows:
            return
        question = self.tr("Delete %n programme item(s)?", "", len(rows))
        if not confirm_removal(
            self, self.tr("Delete"), question + " " + self.tr("Edit › Undo brings it back.")
        ):
            return
        db = self.ctx.db
        parts = [
            delete_command(
                db, "", "programme_items", i.id, lambda x: programme.delete_item(db, x), self.ctx.refresh
            )
            for i in rows
        ]
        self.ctx.run(
            self,
            group_command(db, self.tr("Delete %n programme item(s)", "", len(rows)), parts, self.ctx.refresh),
        )
