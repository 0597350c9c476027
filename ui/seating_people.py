"""The people of a seating plan beside the drawing: a searchable list (thousands of people) with each one's
side, rank and seat; "without a seat only"; drag a person onto a seat of the drawing, or pick him or her up
(Space or Enter) and drop on the seat chosen in the drawing."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QVBoxLayout, QWidget

from protocol_app.name_forms import attendee_name
from protocol_app.seating.context import SeatingContext
from protocol_app.seating.plans import SeatedPlan
from ui.list_view import ListView
from ui.plan_people import PerPerson
from ui.seating_canvas import ATTENDEE_MIME
from ui.table_model import ROW_ROLE, Column, RowsModel


class PeoplePanel(QWidget):
    """The list of the plan's people; ``place`` asks to seat the chosen person at the seat chosen in the
    drawing."""

    place = Signal(int)  # attendee id
    show_seat = Signal(str)  # seat id of the person double-clicked

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.seated: SeatedPlan | None = None
        self._seat_of: dict[int, str] = {}
        self._names = PerPerson(self._make_name)
        columns: list[Column[int]] = [
            Column(self.tr("Person"), self.name),
            Column(self.tr("Side"), self._side),
            Column(self.tr("Precedence"), self._rank, key=self._rank_key, align_right=True),
            Column(self.tr("Seat"), lambda a: self._seat_of.get(a, "")),
        ]
        self.model: RowsModel[int] = RowsModel(columns, self._load)
        self.list = ListView(self.model)
        self.list.setObjectName("people")
        self.list.table.setSortingEnabled(True)
        self.list.search.setPlaceholderText(self.tr("Search people and seats"))
        self.list.add_action(
            self.tr("Seat at the chosen seat"), self._place, needs_selection=True, object_name="place"
        )
        self.list.activated.connect(self._activated)
        self.unseated_only = QCheckBox(self.tr("Without a seat only"))
        self.unseated_only.setObjectName("unseated_only")
        self.unseated_only.toggled.connect(lambda _: self.list.reload(keep=lambda a: a))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unseated_only)
        layout.addWidget(self.list, 1)
        self._drag = _DragOut(self)
        self.list.table.viewport().installEventFilter(self._drag)

    def name(self, aid: int) -> str:
        """The person's name as the list writes it (made once for the people the plan was opened with)."""
        return self._names.get(self.seated.ctx, aid) if self.seated is not None else "?"

    def _side(self, aid: int) -> str:
        """The person's delegation, named in the window's language (three delegations are three names)."""
        att = self.seated.ctx.attendees.get(aid) if self.seated is not None else None
        return att.side.name_in(self.language) if att else ""

    def _make_name(self, ctx: SeatingContext, aid: int) -> str:
        att = ctx.attendees.get(aid)
        return attendee_name(att, self.language) if att else "?"

    def _rank(self, aid: int) -> str:
        return str(self.seated.ctx.precedence(aid)) if self.seated else ""

    def _rank_key(self, aid: int) -> tuple:
        return self.seated.ctx.key(aid) if self.seated else ()

    def _load(self) -> list[int]:
        if self.seated is None:
            return []
        people = self.seated.ctx.ordered(self.seated.ctx.attendees)
        if self.unseated_only.isChecked():
            people = [a for a in people if a not in self._seat_of]
        return people

    def show_plan(self, seated: SeatedPlan | None) -> None:
        """List the people of ``seated`` with their seats."""
        self.seated = seated
        self._seat_of = {a: s.id for a, s in seated.plan.seat_of().items()} if seated else {}
        self.list.reload(keep=lambda a: a)
        self.list.table.resizeColumnsToContents()

    def seats_changed(self) -> None:
        """Seats changed in the plan shown: the seat column follows (the list is read again when only those
        without a seat are shown, since its rows change)."""
        if self.seated is None:
            return
        self._seat_of = {a: s.id for a, s in self.seated.plan.seat_of().items()}
        if self.unseated_only.isChecked():
            self.list.reload(keep=lambda a: a)
            return
        self.model.reload() if self.list.search.text() else self._repaint_seats()

    def _repaint_seats(self) -> None:
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(self.model.index(0, 3), self.model.index(rows - 1, 3))

    def choose(self, aid: int) -> None:
        """Show and select a person in the list."""
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ROW_ROLE) == aid:
                self.list.table.selectRow(row)
                self.list.table.scrollTo(self.model.index(row, 0))
                return

    def _place(self) -> None:
        chosen = self.list.selected()
        if len(chosen) == 1:
            self.place.emit(chosen[0])

    def _activated(self, aid: int) -> None:
        seat = self._seat_of.get(aid)
        if seat:
            self.show_seat.emit(seat)
        else:
            self.place.emit(aid)


class _DragOut(QObject):
    """Starts dragging a person out of the list (onto a seat of the drawing) when the mouse moves far
    enough with the button held."""

    def __init__(self, panel: PeoplePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.start: QPoint | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent):
            return False
        kind, pos = event.type(), event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress:
            self.start = pos if event.button() == Qt.MouseButton.LeftButton else None
        elif kind == QEvent.Type.MouseButtonRelease:
            self.start = None
        elif kind == QEvent.Type.MouseMove and self.start is not None:
            if (pos - self.start).manhattanLength() < QApplication.startDragDistance():
                return False
            index = self.panel.list.table.indexAt(self.start)
            self.start = None
            if index.isValid():
                self._drag(index.data(ROW_ROLE))
            return True
        return False

    def _drag(self, aid: int) -> None:
        mime = QMimeData()
        mime.setData(ATTENDEE_MIME, QByteArray(str(aid).encode()))
        mime.setText(self.panel.name(aid))
        drag = QDrag(self.panel.list.table)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)
