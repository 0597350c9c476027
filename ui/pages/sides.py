"""Sides and delegations page: the host and guest sides of the event, edited in place."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from protocol_app.model import NewSide, Side
from protocol_app.precedence import ordered_attendees
from protocol_app.store import events, ui_queries
from ui.commands import add_command, delete_command, edit_command
from ui.context import AppContext
from ui.list_view import ListView
from ui.pages.base import EventPage
from ui.table_model import Column, RowsModel
from ui.widgets import confirm_removal

Row = tuple[Side, int]  # the side and its number of participants


class SidesPage(EventPage):
    """The sides of the event: names (Russian and English), country, host or guest, size of delegation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowsModel[Row] = RowsModel(self._columns(), self._load)
        self.list = ListView(self.model)
        self.list.setObjectName("sides")
        self.list.search.setPlaceholderText(self.tr("Search sides"))
        self.list.add_action(
            self.tr("Add side…"),
            self.add_side_dialog,
            shortcut=QKeySequence.StandardKey.New,
            object_name="add",
        )
        self.list.add_edit_action()  # the cell under the cursor, in place
        self.list.add_action(
            self.tr("Delete side"),
            self.delete_selected,
            shortcut=QKeySequence.StandardKey.Delete,
            needs_selection=True,
            object_name="remove",
        )
        self.members_title = QLabel()
        self.members_model: RowsModel = RowsModel(self._member_columns(), self._load_members)
        self.members = ListView(self.members_model)
        self.members.setObjectName("delegation")
        self.members.search.setPlaceholderText(self.tr("Search the delegation"))
        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_members())
        split = QSplitter(Qt.Orientation.Vertical)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.members_title)
        lower_layout.addWidget(self.members)
        split.addWidget(self.list)
        split.addWidget(lower)
        split.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _member_columns(self) -> list[Column]:
        return [
            Column(
                self.tr("No."),
                lambda r: str(r[1].precedence),
                key=lambda r: r[1].precedence,
                align_right=True,
            ),
            Column(self.tr("Name"), lambda r: r[0].person.full_name),
            Column(
                self.tr("Position"),
                lambda r: (
                    (r[0].person.position_en or r[0].person.position)
                    if self.ctx.language == "en"
                    else (r[0].person.position or r[0].person.position_en)
                ),
            ),
            Column(self.tr("Role"), lambda r: self.ctx.word("role", r[0].participant.role)),
            Column(self.tr("Why this place"), lambda r: r[1].reason_text(self.ctx.language)),
        ]

    def _load_members(self) -> list:
        side = self.list.current()
        if side is None or self.event_id is None:
            return []
        return [(a, st) for a, st in ordered_attendees(self.ctx.db, self.event_id) if a.side.id == side[0].id]

    def _show_members(self) -> None:
        side = self.list.current()
        name = (
            ""
            if side is None
            else (side[0].name_en or side[0].name)
            if self.ctx.language == "en"
            else side[0].name
        )
        self.members_title.setText(
            self.tr("Delegation: %1").replace("%1", name)
            if name
            else self.tr("Choose a side to see its delegation")
        )
        self.members.reload()
        self.members.table.resizeColumnsToContents()

    def _columns(self) -> list[Column[Row]]:
        kinds = lambda: [("host", self.ctx.word("side", "host")), ("guest", self.ctx.word("side", "guest"))]  # noqa: E731
        return [
            Column(self.tr("Name (Russian)"), lambda r: r[0].name, edit=lambda r, v: self._edit(r, name=v)),
            Column(
                self.tr("Name (English)"), lambda r: r[0].name_en, edit=lambda r, v: self._edit(r, name_en=v)
            ),
            Column(self.tr("Country"), lambda r: r[0].country, edit=lambda r, v: self._edit(r, country=v)),
            Column(
                self.tr("Kind"),
                lambda r: self.ctx.word("side", "host" if r[0].host else "guest"),
                edit=lambda r, v: self._edit(r, host=v == "host"),
                edit_value=lambda r: "host" if r[0].host else "guest",
                choices=kinds,
            ),
            Column(self.tr("People"), lambda r: str(r[1]), key=lambda r: r[1], align_right=True),
        ]

    def _load(self) -> list[Row]:
        if self.event_id is None:
            return []
        counts = ui_queries.side_counts(self.ctx.db, self.event_id)
        return [(s, counts.get(s.id, 0)) for s in events.list_sides(self.ctx.db, self.event_id)]

    def refresh(self) -> None:
        self.list.set_empty_hint(
            self.tr("No sides yet: add the host and the guest side with “Add side…” below.")
            if self.event_id is not None
            else self.tr("Choose an event on the left, or create one with Event › New event.")
        )
        self.list.reload(keep=lambda r: r[0].id)
        self.list.table.resizeColumnsToContents()
        if self.list.current() is None and self.list.proxy.rowCount():
            self.list.table.setCurrentIndex(self.list.proxy.index(0, 0))
        self._show_members()

    def _edit(self, row: Row, **changes: object) -> None:
        before = row[0]
        after = copy.deepcopy(before)
        for key, value in changes.items():
            setattr(after, key, value.strip() if isinstance(value, str) else value)
        db = self.ctx.db
        text = self.tr("Edit side %1").replace("%1", before.name)
        self.ctx.run(
            self, edit_command(db, text, before, after, lambda s: events.update_side(db, s), self.ctx.refresh)
        )

    def add_side_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add side"), self.tr("Name of the side (Russian):"))
        if ok and name.strip():
            self.add_side(name.strip())

    def add_side(self, name: str, host: bool = False) -> bool:
        """Add a side to the event (one step of undo)."""
        if self.event_id is None:
            return False
        db = self.ctx.db
        side: NewSide = NewSide(self.event_id, name, host)

        def add() -> int:  # on redo, the side comes back under its id
            nonlocal side
            side = Side.of(side, events.add_side(db, side))
            return side.id

        return self.ctx.run(
            self,
            add_command(
                db,
                self.tr("Add side %1").replace("%1", name),
                add,
                lambda i: events.delete_side(db, i),
                self.ctx.refresh,
            ),
        )

    def delete_selected(self) -> None:
        rows = self.list.selected()
        if len(rows) != 1:
            return
        side = rows[0][0]
        question = self.tr("Delete the side «%1» with its delegation?").replace("%1", side.name)
        if not confirm_removal(
            self, self.tr("Delete"), question + " " + self.tr("Edit › Undo brings it back.")
        ):
            return
        db = self.ctx.db
        text = self.tr("Delete side %1").replace("%1", side.name)
        self.ctx.run(
            self,
            delete_command(db, text, "sides", side.id, lambda i: events.delete_side(db, i), self.ctx.refresh),
        )
