"""Programme page: the timed steps of the event, edited in place (times, titles, place, press)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QVBoxLayout, QWidget

from protocol_app.model import NewProgrammeItem, ProgrammeItem
from protocol_app.store import programme
from ui.commands import fields_command
from ui.context import AppContext
from ui.pages.list_page import ListPage
from ui.pages.paper_printer import PaperPrinter
from ui.table_model import Column, coded_column


class ProgrammePage(ListPage[ProgrammeItem]):
    """The programme in time order; every cell but the order is edited in place, with undo."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "programme", parent=parent)
        self.list.search.setPlaceholderText(self.tr("Search the programme"))
        self.list.add_new_action(self.tr("Add item"), self.add_item)
        self.paper_printer = PaperPrinter(self, "pack", ["programme"])
        self.print_action = self.list.add_print_action(
            self.tr("Print the programme…"), self.paper_printer.start
        )
        self.list.add_edit_action()  # the cell under the cursor, in place
        self.list.add_delete_action(self.tr("Delete"), self.delete_selected)
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
            coded_column(
                self.tr("Press"), lambda i: i.press, partial(word, "press"), ("open", "closed"), edit("press")
            ),
            Column(self.tr("Who takes part"), lambda i: i.participants, edit=edit("participants")),
        ]

    def _load(self) -> list[ProgrammeItem]:
        return [] if self.event_id is None else programme.list_items(self.ctx.db, self.event_id)

    def refresh(self) -> None:
        self.show_rows(
            self.tr(
                "No programme yet: “Add item” below adds a line; then type its time, title and place in the table."
            ),
            keep=lambda i: i.id,
        )
        table = self.list.table
        for column in (2, 3, 6):  # titles and people: wide enough to read, the rest in the tooltip or editor
            table.setColumnWidth(column, min(table.columnWidth(column), 320))

    def _edit(self, item: ProgrammeItem, **changes: object) -> None:
        db = self.ctx.db
        text = self.tr("Edit programme item %1").replace("%1", item.start)
        self.ctx.run(
            self,
            fields_command(db, text, item, changes, lambda i: programme.update_item(db, i), self.ctx.refresh),
        )

    def add_item(self) -> bool:
        """Add an item after the last one (start = the last end or start), to be filled in place."""
        if self.event_id is None:
            return False
        db = self.ctx.db
        items = programme.list_items(db, self.event_id)
        start = (items[-1].end or items[-1].start) if items else "10:00"
        return self.add_with_undo(
            self.tr("Add programme item"),
            NewProgrammeItem(self.event_id, start, self.tr("New item"), position=len(items) + 1),
            ProgrammeItem,
            lambda item: programme.add_item(db, item),
            lambda i: programme.delete_item(db, i),
        )

    def delete_selected(self) -> None:
        rows = self.list.selected()
        if not rows:
            return
        db = self.ctx.db
        self.delete_with_undo(
            self.tr("Delete %n programme item(s)?", "", len(rows)),
            self.tr("Delete %n programme item(s)", "", len(rows)),
            "programme_items",
            [i.id for i in rows],
            lambda i: programme.delete_item(db, i),
        )
