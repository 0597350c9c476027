"""Seating page over ``protocol_app.seating``: seat a layout by the rules (off the GUI thread, with progress
and Cancel), see the drawing and every breach, change who sits where in the seat list, save with undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from protocol_app.errors import UserError
from protocol_app.formatting import person_name
from ui.commands import StoreCommand, add_command, delete_command, group_command
from ui.context import AppContext
from ui.list_view import ListView
from ui.pages.base import EventPage
from ui.pages.unavailable import UnavailablePage, core_available
from ui.table_model import Column, RowsModel
from ui.workers import Job, start

LAYOUTS = ("negotiation", "signing", "banquet", "presidium", "theatre")


def make_seating_page(ctx: AppContext) -> EventPage:
    """The seating page, or a notice while the seating core is not installed."""
    if not core_available("protocol_app.seating.plans", "protocol_app.seating.drawing"):
        return UnavailablePage(ctx, QCoreApplication.translate("Pages", "Seating"))
    return SeatingPage(ctx)


class SeatingPage(EventPage):
    """One plan at a time: the saved one for the chosen layout, or a new one seated by the rules."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.seated = None
        self.saved = False
        self.job: Job | None = None
        self._names: dict[int, str] = {}
        names = {
            "negotiation": self.tr("Negotiation table"),
            "signing": self.tr("Signing table"),
            "banquet": self.tr("Banquet"),
            "presidium": self.tr("Presidium"),
            "theatre": self.tr("Hall (theatre)"),
        }
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("layout")
        for code in LAYOUTS:
            self.layout_box.addItem(names[code], code)
        self.agreement = QComboBox()
        self.agreement.setObjectName("agreement")
        self.auto = QPushButton(self.tr("Seat by the rules"))
        self.auto.setObjectName("auto")
        self.auto.clicked.connect(self.seat_by_rules)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(lambda: self.job.cancel() if self.job else None)
        self.cancel.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save_plan)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.progress.setVisible(False)
        self.cancel.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layout")))
        top.addWidget(self.layout_box)
        top.addWidget(self.agreement, 1)
        top.addStretch(0 if self.agreement.isVisible() else 1)
        top.addWidget(self.auto)
        top.addWidget(self.progress)
        top.addWidget(self.cancel)
        top.addWidget(self.save_button)
        self.scene = QGraphicsScene(self)
        from ui.seating_canvas import ZoomView

        self.view = ZoomView(self.scene)
        self.view.setObjectName("drawing")
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.model: RowsModel = RowsModel(self._columns(), self._seats)
        self.seats = ListView(self.model)
        self.seats.setObjectName("seats")
        self.seats.table.setSortingEnabled(False)
        self.seats.search.setPlaceholderText(self.tr("Search seats and people"))
        self.violations = QListWidget()
        self.violations.setObjectName("violations")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Seats (choose a person to move him or her there)")))
        right_layout.addWidget(self.seats, 3)
        right_layout.addWidget(QLabel(self.tr("Breaches of the rules")))
        right_layout.addWidget(self.violations, 1)
        self.wishes_model: RowsModel = RowsModel(self._wish_columns(), self._load_wishes)
        self.wishes = ListView(self.wishes_model)
        self.wishes.setObjectName("wishes")
        self.wishes.search.hide()
        self.wishes.add_action(
            self.tr("Delete wish"), self.delete_wishes, needs_selection=True, object_name="delete_wish"
        )
        self.seats.add_action(
            self.tr("Keep together"),
            lambda: self.add_wish("together"),
            needs_selection=True,
            object_name="together",
        )
        self.seats.add_action(
            self.tr("Keep apart"), lambda: self.add_wish("apart"), needs_selection=True, object_name="apart"
        )
        right_layout.addWidget(
            QLabel(self.tr("Wishes (choose two people in the seats, then Keep together or apart)"))
        )
        right_layout.addWidget(self.wishes, 1)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(right)
        split.setSizes([700, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)
        self.layout_box.currentIndexChanged.connect(self._choice_changed)
        self.agreement.currentIndexChanged.connect(self._choice_changed)

    # the seat list ---------------------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        sides = {"host": self.ctx.word("side", "host"), "guest": self.ctx.word("side", "guest")}
        return [
            Column(self.tr("Seat"), lambda s: str(s.number or s.id)),
            Column(self.tr("Table"), lambda s: s.table_id),
            Column(self.tr("Side"), lambda s: sides.get(s.side or "", "")),
            Column(
                self.tr("Person"),
                self._person,
                edit=self._move_to,
                edit_value=lambda s: str(s.attendee_id or ""),
                choices=self._people,
            ),
            Column(self.tr("Locked"), lambda s: "🔒" if s.locked else ""),
        ]

    def _seats(self) -> list:
        return list(self.seated.plan.seats()) if self.seated else []

    def _person(self, seat) -> str:
        if seat.attendee_id is None or self.seated is None:
            return ""
        att = self.seated.ctx.attendees.get(seat.attendee_id)
        return person_name(att.person, self.ctx.language) if att else "?"

    def _people(self) -> list[tuple[str, str]]:
        if self.seated is None:
            return []
        return [
            (str(aid), person_name(att.person, self.ctx.language))
            for aid, att in self.seated.ctx.attendees.items()
        ]

    # choosing and showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_agreements()
        self.wishes.reload(keep=lambda c: c.id)
        if self.seated is not None and not self.saved and self.job is None and self._revalidate():
            return  # an unsaved plan (perhaps moved by hand) is kept and checked against today's data
        self._open_saved()

    def _revalidate(self) -> bool:
        """Check the plan on screen again with the event as it is now; False when it no longer fits."""
        from protocol_app.seating.context import load_context
        from protocol_app.seating.validate import validate

        try:
            ctx = load_context(self.ctx.db, self.event_id or 0)
            if any(
                s.attendee_id is not None and s.attendee_id not in ctx.attendees
                for s in self.seated.plan.seats()
            ):
                return False
            self.seated.ctx = ctx
            self.seated.violations = validate(ctx, self.seated.plan, self.seated.agreement)
        except (UserError, KeyError):
            return False
        self.show_plan()
        return True

    # wishes: two people kept together or apart -------------------------------------------------------------
    def _wish_columns(self) -> list[Column]:
        kinds = {"together": self.tr("together"), "apart": self.tr("apart")}
        return [
            Column(self.tr("Keep"), lambda c: kinds.get(c.kind, c.kind)),
            Column(self.tr("First"), lambda c: self._names.get(c.first_id, "?")),
            Column(self.tr("Second"), lambda c: self._names.get(c.second_id, "?")),
        ]

    def _load_wishes(self) -> list:
        from protocol_app.store import participants
        from protocol_app.store.seating import list_constraints

        if self.event_id is None:
            return []
        self._names = {
            a.id: person_name(a.person, self.ctx.language)
            for a in participants.list_attendees(self.ctx.db, self.event_id)
        }
        return list_constraints(self.ctx.db, self.event_id)

    def add_wish(self, kind: str) -> bool:
        """Keep the two people chosen in the seat list together (neighbours) or apart; one step of undo."""
        from protocol_app.model import SeatingConstraint
        from protocol_app.store.seating import add_constraint, delete_constraint
        from ui.pages.participants import _refused

        people = [s.attendee_id for s in self.seats.selected() if s.attendee_id is not None]
        if len(people) != 2 or self.event_id is None:
            return self.ctx.run(
                self, _refused(self.ctx, self.tr("Choose two seated people in the seat list."))
            )
        db = self.ctx.db
        wish = SeatingConstraint(self.event_id, kind, people[0], people[1])

        def add() -> int:
            wish.id = add_constraint(db, wish)
            return wish.id

        text = self.tr("Keep together") if kind == "together" else self.tr("Keep apart")
        return self.ctx.run(
            self, add_command(db, text, add, lambda i: delete_constraint(db, i), self.ctx.refresh)
        )

    def delete_wishes(self) -> bool:
        from protocol_app.store.seating import delete_constraint

        chosen = self.wishes.selected()
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

    def _fill_agreements(self) -> None:
        from protocol_app.store.agreements import list_agreements

        current = self.agreement.currentData()
        self.agreement.blockSignals(True)
        self.agreement.clear()
        if self.event_id is not None:
            for agr in list_agreements(self.ctx.db, self.event_id):
                title = (agr.title_en or agr.title) if self.ctx.language == "en" else agr.title
                self.agreement.addItem(f"{agr.programme_order}. {title}", agr.id)
        self.agreement.setCurrentIndex(max(self.agreement.findData(current), 0))
        self.agreement.blockSignals(False)
        self.agreement.setVisible(self.layout_box.currentData() == "signing")

    def _choice_changed(self) -> None:
        self.agreement.setVisible(self.layout_box.currentData() == "signing")
        self._open_saved()

    def _agreement_id(self) -> int | None:
        return self.agreement.currentData() if self.layout_box.currentData() == "signing" else None

    def _open_saved(self) -> None:
        from protocol_app.seating.plans import as_applies, find_saved

        self.seated, self.saved = None, False
        if self.event_id is not None:
            try:
                self.seated = find_saved(
                    self.ctx.db, self.event_id, self.layout_box.currentData(), self._agreement_id()
                )
            except UserError as exc:
                self.state.setText(str(exc))
            self.saved = self.seated is not None
            if self.seated is not None:
                # A plan saved on the other senior side is shown re-seated by the event's setting (not saved
                # until the user saves it), unless it was placed by hand: then the note below says so.
                shown = as_applies(self.ctx.db, self.seated)
                self.saved = shown is self.seated
                self.seated = shown
        self.show_plan()
        if self.seated is None and self.event_id is not None and not self.ctx.read_only:
            self.seat_by_rules()  # show the plan the rules give; it is kept only when saved

    def show_plan(self) -> None:
        """Draw the current plan, list its seats and its breaches."""
        from protocol_app.seating.drawing import PlanDrawing
        from ui.seating_canvas import draw_shapes  # imports the seating core: only once it is installed

        self.scene.clear()
        self.seats.reload(keep=lambda s: s.id)
        self.seats.table.resizeColumnsToContents()
        self.violations.clear()
        self.save_button.setEnabled(self.seated is not None and not self.ctx.read_only)
        self.auto.setEnabled(self.event_id is not None and self.job is None)
        if self.seated is None:
            self.state.setText(self.tr("No saved plan for this layout. Press «Seat by the rules»."))
            return
        drawing = PlanDrawing(self.seated.plan, self.seated.ctx, self.ctx.language)
        draw_shapes(self.scene, drawing.shapes, drawing.size_mm())
        self.view.fit()
        for violation in self.seated.violations:
            self.violations.addItem(violation.message)
        if not self.seated.violations:
            self.violations.addItem(self.tr("The plan follows every rule."))
        from protocol_app.seating.plans import senior_side_note

        state = (
            self.tr("Saved plan.") if self.saved else self.tr("Not saved yet: press «Save plan» to keep it.")
        )
        note = senior_side_note(self.seated, self.ctx.language)
        self.state.setText(f"{state} ({note})" if note else state)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.fit()

    # work -------------------------------------------------------------------------------------------------
    def seat_by_rules(self) -> Job | None:
        """Seat the chosen layout by the rules in the background (locked seats are kept)."""
        from protocol_app.seating.plans import auto_plan, locks_of

        if self.event_id is None or self.job is not None:
            return None
        event_id, layout, agreement_id = self.event_id, self.layout_box.currentData(), self._agreement_id()
        locks = locks_of(self.seated) if self.seated else None
        plan_id = self.seated.plan.id if self.seated else None

        def work(db, progress):
            seated = auto_plan(
                db,
                event_id,
                layout,
                agreement_id=agreement_id,
                locks=locks,
                cancel=lambda: progress.cancelled,
                progress=lambda done, total: progress.step(int(done), int(total) or 1),
            )
            seated.plan.id = plan_id  # saving replaces the stored plan it came from
            return seated

        self.job = Job(work, self.ctx.path)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._seated)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._failed)
        self.cancel.setEnabled(True)
        self.cancel.setVisible(True)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.auto.setEnabled(False)
        self.state.setText(self.tr("Seating…"))
        return start(self.job)

    def _progress(self, percent: int, _text: str) -> None:
        self.progress.setValue(percent)

    def _seated(self, seated) -> None:
        self.job = None
        self.cancel.setEnabled(False)
        self.cancel.setVisible(False)
        self.progress.setVisible(False)
        self.seated, self.saved = seated, False
        self.show_plan()

    def _failed(self, message: str = "") -> None:
        self.job = None
        self.cancel.setEnabled(False)
        self.cancel.setVisible(False)
        self.progress.setVisible(False)
        self.auto.setEnabled(True)
        self.state.setText(message or self.tr("Cancelled; the plan is as it was."))

    def _move_to(self, seat, value: str) -> None:
        from protocol_app.seating.plans import move

        if self.seated is None or not value:
            return
        try:
            move(self.seated, int(value), seat.id)
        except UserError as exc:
            self.state.setText(str(exc))
            return
        self.saved = False
        self.show_plan()

    def save_plan(self) -> bool:
        """Keep the plan in the store (replacing the saved one of this layout); one step of undo."""
        from protocol_app.seating.plans import save
        from protocol_app.store import seating as seating_store
        from protocol_app.store import ui_queries

        if self.seated is None:
            return False
        db, seated = self.ctx.db, self.seated
        old_id = seated.plan.id
        previous = [ui_queries.snapshot(db, "seating_plans", old_id)] if old_id else []

        def do() -> None:
            seated.plan.id = old_id  # a redo after undo saves the same plan again
            save(db, seated)

        def undo() -> None:
            if seated.plan.id:
                seating_store.delete_plan(db, seated.plan.id)
            for shot in previous:
                ui_queries.restore(db, shot)

        done = self.ctx.run(self, StoreCommand(db, self.tr("Save seating plan"), do, undo, self.ctx.refresh))
        if done:
            self.saved = True
            self.show_plan()
        return done
