"""Signing page over ``protocol_app.signing``: the ceremony's order and timing, the problems found, the
announcer's script; drag agreements to another place or move them up and down (the order then is set by hand,
the times follow at once), back to the rule, status."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from protocol_app.model import AgreementStatus
from protocol_app.name_forms import Form, person_name
from protocol_app.signing import Item, SigningPlan, set_status, signing_plan, words
from protocol_app.signing.edit import OrderChange, apply_order, order_state, reordering
from protocol_app.signing.script import script, slot_time
from protocol_app.signing.timing import format_time
from protocol_app.store.events import get_event, update_event
from ui.commands import StoreCommand, change_command, fields_command
from ui.context import AppContext
from ui.list_view import ListView
from ui.pages.base import EventPage
from ui.table_model import ROW_ROLE, Column, RowsModel


class RowDrag(QObject):
    """Drag a row of a table onto another row: press on a row, move (a line shows where it goes, the
    selection stays), release; ``dropped(source row, target row)``. Plain clicks select as before."""

    def __init__(self, table: QTableView, dropped: Callable[[int, int], None]) -> None:
        super().__init__(table)
        self.table, self.dropped = table, dropped
        self.start: QPoint | None = None
        self.row = -1
        self.dragging = False
        self.line = QFrame(table.viewport())
        self.line.setFrameShape(QFrame.Shape.HLine)
        self.line.setStyleSheet("background: #1565c0; color: #1565c0;")
        self.line.setFixedHeight(3)
        self.line.hide()
        table.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent):
            return False
        kind, pos = event.type(), event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self.start, self.row, self.dragging = pos, self.table.rowAt(pos.y()), False
        elif kind == QEvent.Type.MouseMove and self.start is not None and self.row >= 0:
            if not self.dragging and (pos - self.start).manhattanLength() < QApplication.startDragDistance():
                return False
            self.dragging = True
            self.table.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self._show_line(self._target(pos))
            return True  # no selection extended while dragging
        elif kind == QEvent.Type.MouseButtonRelease and self.start is not None:
            dragging, source, target = self.dragging, self.row, self._target(pos)
            self.start, self.dragging = None, False
            self.line.hide()
            self.table.viewport().unsetCursor()
            if dragging:
                if target != source:
                    self.dropped(source, target)
                return True
        return False

    def _target(self, pos: QPoint) -> int:
        row = self.table.rowAt(pos.y())
        last = self.table.model().rowCount() - 1
        return last if row < 0 and pos.y() > 0 else max(row, 0)

    def _show_line(self, target: int) -> None:
        top = self.table.rowViewportPosition(target)
        y = top if target <= self.row else top + self.table.rowHeight(target)
        self.line.setGeometry(0, y - 1, self.table.viewport().width(), 3)
        self.line.show()
        self.line.raise_()


class SigningPage(EventPage):
    """The signing order as the core computes it, its problems and the script, with order changes undoable."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.plan: SigningPlan | None = None
        self.model: RowsModel[Item] = RowsModel(self._columns(), self._load)
        self.list = ListView(self.model)
        self.list.setObjectName("signing")
        self.list.table.setSortingEnabled(False)
        self.list.search.setPlaceholderText(self.tr("Search the signing order"))
        self.list.add_action(
            self.tr("Move up"),
            lambda: self.move_selected(-1),
            shortcut="Ctrl+Up",
            needs_selection=True,
            object_name="up",
        )
        self.list.add_action(
            self.tr("Move down"),
            lambda: self.move_selected(1),
            shortcut="Ctrl+Down",
            needs_selection=True,
            object_name="down",
        )
        self.list.add_action(self.tr("Order by the rule"), self.follow_rule, object_name="rule")
        self.drag = RowDrag(self.list.table, self._dropped)
        self.list.add_separator()
        for status in AgreementStatus:
            self.list.add_action(
                self.tr("Mark: %1").replace("%1", ctx.word("agreement_status", status.value)),
                partial(self.mark, status.value),
                needs_selection=True,
                button=False,
            )
        self.start = QLineEdit()
        self.start.setObjectName("start")
        self.start.setPlaceholderText(self.tr("HH:MM"))
        self.start.setMaximumWidth(80)
        self.start.editingFinished.connect(self._start_edited)
        self.timing = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ceremony starts at")))
        top.addWidget(self.start)
        top.addWidget(self.timing, 1)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.script = QPlainTextEdit()
        self.script.setObjectName("script")
        self.script.setReadOnly(True)
        lower = QSplitter()
        box1, box2 = QWidget(), QWidget()
        l1, l2 = QVBoxLayout(box1), QVBoxLayout(box2)
        l1.addWidget(QLabel(self.tr("Problems")))
        l1.addWidget(self.problems)
        l2.addWidget(QLabel(self.tr("Announcer's script")))
        l2.addWidget(self.script)
        lower.addWidget(box1)
        lower.addWidget(box2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(lower)
        split.setSizes([400, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _columns(self) -> list[Column]:
        lang = self.ctx.language
        return [
            Column(
                self.tr("No."),
                lambda i: str(i.order) + (" ✋" if i.explicit else ""),
                key=lambda i: i.order,
                tooltip=lambda i: (
                    self.tr("order set by hand") if i.explicit else self.tr("order by the rule")
                ),
            ),
            Column(self.tr("Time"), lambda i: slot_time(i.slot)),
            Column(self.tr("Title"), lambda i: words.title(i.agreement, lang)),
            Column(self.tr("Level"), lambda i: self.ctx.word("level", i.agreement.level)),
            Column(
                self.tr("Signatories, left to right"),
                lambda i: "; ".join(
                    f"{words.organisation(p.organisation, lang, short=True)}: {person_name(p.signatory.person, 'ru', Form.SHORT) if p.signatory else '—'}"
                    for p in sorted(i.parties, key=lambda p: p.place)
                ),
            ),
            Column(
                self.tr("In the presence of"),
                lambda i: "; ".join(person_name(w.person, "ru", Form.SHORT) for w in i.witnesses),
            ),
            Column(self.tr("Originals"), lambda i: str(i.agreement.originals), align_right=True),
            Column(self.tr("Status"), lambda i: self.ctx.word("agreement_status", i.agreement.status)),
        ]

    def _load(self) -> list[Item]:
        if self.event_id is None:
            self.plan = None
            return []
        self.plan = signing_plan(self.ctx.db, self.event_id)
        return list(self.plan.items)

    def refresh(self) -> None:
        self.list.reload(keep=lambda i: i.agreement.id)
        self.list.table.resizeColumnsToContents()
        self.list.table.setColumnWidth(2, min(self.list.table.columnWidth(2), 380))
        self.problems.clear()
        self.script.clear()
        if self.plan is None:
            self.start.clear()
            return
        lang = self.ctx.language
        self.start.setText(self.plan.event.signing_start)
        for problem in self.plan.problems:
            self.problems.addItem(problem.text(lang))
        if not self.plan.problems:
            self.problems.addItem(self.tr("No problems found."))
        table = self.plan.timetable
        self.timing.setText(
            self.tr("%n signing(s)", "", len(self.plan.items))
            + (self.tr(", ends at %1").replace("%1", format_time(table.end)) if table else "")
        )
        lines = []
        for entry in script(self.plan, lang):
            head = f"{entry.order}. " if entry.order else ""
            lines.append(f"{head}{entry.time}".strip())
            lines += [f"    {line}" for line in entry.lines]
        self.script.setPlainText("\n".join(lines))

    # changes --------------------------------------------------------------------------------------------
    def move_selected(self, step: int) -> bool:
        """Move the selected agreement up (-1) or down (+1); the whole order is then set by hand."""
        chosen = self.list.selected()
        if len(chosen) != 1 or self.plan is None:
            return False
        return self.move_to(chosen[0], chosen[0].order + step)

    def move_to(self, item: Item, position: int) -> bool:
        """Put one agreement of the order at ``position`` (1 = first): one step of undo; the times follow."""
        if self.plan is None or not 1 <= position <= len(self.plan.items) or position == item.order:
            return False
        db, event_id = self.ctx.db, self.shown_event
        change = reordering(db, event_id, item.agreement.id, position)
        text = self.tr("Move agreement %1 to %2").replace("%1", str(item.order)).replace("%2", str(position))
        return self.ctx.run(
            self, change_command(db, text, change, lambda c: apply_order(db, c), self.ctx.refresh)
        )

    def _dropped(self, source: int, target: int) -> None:
        """A row dragged onto another: the agreement takes that one's place in the order."""
        model = self.model
        item, there = model.index(source, 0).data(ROW_ROLE), model.index(target, 0).data(ROW_ROLE)
        if item is not None and there is not None:
            self.move_to(item, there.order)

    def follow_rule(self) -> bool:
        """Forget the order set by hand: the rule orders the ceremony again."""
        db, event_id = self.ctx.db, self.shown_event
        before = order_state(db, event_id)
        change = OrderChange(event_id, before, dict.fromkeys(before))
        return self.ctx.run(
            self,
            change_command(
                db, self.tr("Order by the rule"), change, lambda c: apply_order(db, c), self.ctx.refresh
            ),
        )

    def mark(self, status: str) -> bool:
        """Set the status of the selected agreements."""
        chosen = self.list.selected()
        if not chosen:
            return False
        db = self.ctx.db
        old = {i.agreement.id: i.agreement.status for i in chosen}
        ids = list(old)

        def undo() -> None:
            for agreement_id, value in old.items():
                set_status(db, [agreement_id], value)

        text = self.tr("Mark %1").replace("%1", self.ctx.word("agreement_status", status))
        return self.ctx.run(
            self, StoreCommand(db, text, lambda: set_status(db, ids, status), undo, self.ctx.refresh)
        )

    def _start_edited(self) -> None:
        if self.event_id is None:
            return
        text = self.start.text().strip()
        before = get_event(self.ctx.db, self.event_id)
        if text == before.signing_start:
            return
        db = self.ctx.db
        if not self.ctx.run(
            self,
            fields_command(
                db,
                self.tr("Ceremony start %1").replace("%1", text),
                before,
                {"signing_start": text},
                lambda e: update_event(db, e),
                self.ctx.refresh,
            ),
        ):
            self.start.setText(before.signing_start)
