"""Wishes of the seating page: two people to be kept together (neighbours) or apart, with undo."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from protocol_app.model import NewSeatingConstraint, SeatingConstraint
from protocol_app.name_forms import attendee_name
from protocol_app.store import participants
from protocol_app.store.seating import add_constraint, delete_constraint, list_constraints
from ui.commands import add_command, delete_command, group_command, refused_command
from ui.context import AppContext
from ui.list_view import ListView
from ui.table_model import Column, RowsModel


class WishesPanel(QWidget):
    """The event's wishes; ``add`` keeps two people together or apart, Delete wish removes the chosen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kinds = {"together": self.tr("together"), "apart": self.tr("apart")}
        columns: list[Column[SeatingConstraint]] = [
            Column(self.tr("Keep"), lambda c: kinds.get(c.kind, c.kind)),
            Column(self.tr("First"), lambda c: self._names.get(c.first_id, "?")),
            Column(self.tr("Second"), lambda c: self._names.get(c.second_id, "?")),
        ]
        self.ctx = ctx
        self.event_id: int | None = None
        self._names: dict[int, str] = {}
        self.model: RowsModel[SeatingConstraint] = RowsModel(columns, self._load)
        self.list = ListView(self.model)
        self.list.setObjectName("wishes")
        self.list.search.hide()
        self.list.add_action(
            self.tr("Delete wish"), self.delete_chosen, needs_selection=True, object_name="delete_wish"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def _load(self) -> list[SeatingConstraint]:
        if self.event_id is None:
            return []
        self._names = {
            a.id: attendee_name(a, self.ctx.language)
            for a in participants.list_attendees(self.ctx.db, self.event_id)
        }
        return list_constraints(self.ctx.db, self.event_id)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.list.reload(keep=lambda c: c.id)

    def add(self, kind: str, people: list[int]) -> bool:
        """Keep two people together (neighbours) or apart; one step of undo."""

        if len(people) != 2 or self.event_id is None:
            return self.ctx.run(self, refused_command(self.ctx.db, self.tr("Choose two people in the list.")))
        db = self.ctx.db
        wish: NewSeatingConstraint = NewSeatingConstraint(self.event_id, kind, people[0], people[1])

        def add() -> int:  # on redo, the wish comes back under its id
            nonlocal wish
            wish = SeatingConstraint.of(wish, add_constraint(db, wish))
            return wish.id

        text = self.tr("Keep together") if kind == "together" else self.tr("Keep apart")
        return self.ctx.run(
            self, add_command(db, text, add, lambda i: delete_constraint(db, i), self.ctx.refresh)
        )

    def delete_chosen(self) -> bool:
        chosen = self.list.selected()
        if not chosen:
            return False
        db = self.ctx.db
        parts = [
            delete_command(
                db, "", "seating_constraints", c.id, lambda i: delete_constraint(db, i), self.ctx.refresh
            )
            for c in chosen
        ]
        return self.ctx.run(self, group_command(db, self.tr("Delete wish"), parts, self.ctx.refresh))
