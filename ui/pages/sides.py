"""Sides and delegations page: the host and guest sides of the event, edited in place."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from protocol_app.model import NewSide, Side
from protocol_app.precedence import ordered_attendees
from protocol_app.store import events, ui_queries
from ui.commands import fields_command
from ui.context import AppContext
from ui.list_view import ListView
from ui.pages.list_page import ListPage
from ui.table_model import Column, RowsModel, coded_column

Row = tuple[Side, int]  # the side and its number of participants


class SidesPage(ListPage[Row]):
    """The sides of the event: names (Russian and English), country, host or guest, size of delegation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "sides", parent=parent)
        self.list.search.setPlaceholderText(self.tr("Search sides"))
        self.list.add_new_action(self.tr("Add side…"), self.add_side_dialog)
        self.list.add_edit_action()  # the cell under the cursor, in place
        self.list.add_delete_action(self.tr("Delete side"), self.delete_selected)
        self.members_title = QLabel()
        self.members_model: RowsModel = RowsModel(self._member_columns(), self._load_members)
        self.members = ListView(self.members_model)
        self.members.setObjectName("delegation")
        self.members.search.setPlaceholderText(self.tr("Search the delegation"))
        self._refreshing = False  # while the sides are read again: their delegation is shown once, after
        self.list.table.selectionModel().currentRowChanged.connect(self._side_chosen)
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

    def _side_chosen(self) -> None:
        if not self._refreshing:
            self._show_members()

    def _show_members(self) -> None:
        side = self.list.current()
        name = "" if side is None else side[0].name_in(self.ctx.language)
        self.members_title.setText(
            self.tr("Delegation: %1").replace("%1", name)
            if name
            else self.tr("Choose a side to see its delegation")
        )
        self.members.reload()
        self.members.table.resizeColumnsToContents()

    def _columns(self) -> list[Column[Row]]:
        return [
            Column(self.tr("Name (Russian)"), lambda r: r[0].name, edit=lambda r, v: self._edit(r, name=v)),
            Column(
                self.tr("Name (English)"), lambda r: r[0].name_en, edit=lambda r, v: self._edit(r, name_en=v)
            ),
            Column(self.tr("Country"), lambda r: r[0].country, edit=lambda r, v: self._edit(r, country=v)),
            coded_column(
                self.tr("Kind"),
                lambda r: "host" if r[0].host else "guest",
                partial(self.ctx.word, "side"),
                ("host", "guest"),
                lambda r, v: self._edit(r, host=v == "host"),
            ),
            Column(self.tr("People"), lambda r: str(r[1]), key=lambda r: r[1], align_right=True),
        ]

    def _load(self) -> list[Row]:
        if self.event_id is None:
            return []
        counts = ui_queries.side_counts(self.ctx.db, self.event_id)
        return [(s, counts.get(s.id, 0)) for s in events.list_sides(self.ctx.db, self.event_id)]

    def refresh(self) -> None:
        """Read the sides again, the chosen one kept (else the first chosen), and show its delegation: once,
        not for each change of the current row on the way (the reset, the row kept, the first row)."""
        self._refreshing = True
        try:
            self.show_rows(
                self.tr("No sides yet: add the host and the guest side with “Add side…” below."),
                keep=lambda r: r[0].id,
            )
            if self.list.current() is None and self.model.rowCount():
                self.list.table.setCurrentIndex(self.model.index(0, 0))
        finally:
            self._refreshing = False
        self._show_members()

    def _edit(self, row: Row, **changes: object) -> None:
        before = row[0]
        stripped = {key: v.strip() if isinstance(v, str) else v for key, v in changes.items()}
        db = self.ctx.db
        text = self.tr("Edit side %1").replace("%1", before.name)
        self.ctx.run(
            self,
            fields_command(db, text, before, stripped, lambda s: events.update_side(db, s), self.ctx.refresh),
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
        return self.add_with_undo(
            self.tr("Add side %1").replace("%1", name),
            NewSide(self.event_id, name, host),
            Side,
            lambda side: events.add_side(db, side),
            lambda i: events.delete_side(db, i),
        )

    def delete_selected(self) -> None:
        rows = self.list.selected()
        if len(rows) != 1:
            return
        side = rows[0][0]
        db = self.ctx.db
        self.delete_with_undo(
            self.tr("Delete the side «%1» with its delegation?").replace("%1", side.name),
            self.tr("Delete side %1").replace("%1", side.name),
            "sides",
            [side.id],
            lambda i: events.delete_side(db, i),
        )
