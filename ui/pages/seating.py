"""Seating page over ``protocol_app.seating``: the plan of the chosen layout on a canvas you edit (drag people
between seats, lock, unseat; the keyboard does the same), its breaches on the seats they concern, the people
with search, the layout's sizes, and the drawing as printed.

The plan in the store follows the canvas: every change is one undoable command that writes just the seats it
changed, so quitting never loses a plan. A layout without a saved plan is seated by the rules and stored.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QFont, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.model import Layout
from protocol_app.seating import drawings
from protocol_app.seating.applies import plan_for, saved_for
from protocol_app.seating.plans import (
    PlanChange,
    SeatChange,
    SeatedPlan,
    apply,
    apply_plan,
    locking,
    moving,
    replace_saved,
    reseating,
    save,
    senior_side_note,
    unseating,
)
from protocol_app.seating.validate import ERROR
from protocol_app.store import seating as seating_store
from protocol_app.store.agreements import list_agreements
from protocol_app.store.events import get_event, update_event
from ui.commands import StoreCommand, change_command, fields_command
from ui.context import AppContext
from ui.i18n import error_in_words
from ui.pages.base import EventPage
from ui.seating_canvas import SeatingCanvas, ZoomView, draw_shapes
from ui.seating_controls import LayoutControls
from ui.seating_items import Look, SeatItem, build
from ui.seating_looks import SeatLooks
from ui.seating_people import PeoplePanel
from ui.seating_tables import TableChooser
from ui.seating_wishes import WishesPanel
from ui.workers import Job, Progress, start

BREACH_SEATS = Qt.ItemDataRole.UserRole + 1
BREACH_PEOPLE = Qt.ItemDataRole.UserRole + 2


class SeatingPage(EventPage):
    """One plan at a time: the saved one for the chosen layout (seated by the rules and stored when none)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.seated: SeatedPlan | None = None
        self.job: Job | None = None
        self._marks: dict[str, str] = {}  # seat id -> "error" / "warning": the breach marks shown
        self._printed_stale = True
        self._job_choice: tuple = ()
        self._shown_key: tuple | None = None  # the plan on the canvas: its id, senior side and sizes
        names = {
            Layout.NEGOTIATION: self.tr("Negotiation table"),
            Layout.SIGNING: self.tr("Signing table"),
            Layout.BANQUET: self.tr("Banquet"),
            Layout.PRESIDIUM: self.tr("Presidium"),
            Layout.THEATRE: self.tr("Hall (theatre)"),
        }
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("layout")
        for code, name in names.items():  # as offered: the talks and the signing first
            self.layout_box.addItem(name, code)
        self.agreement = QComboBox()
        self.agreement.setObjectName("agreement")
        self.auto = QPushButton(self.tr("Seat the rest by the rules"))
        self.auto.setObjectName("auto")
        self.auto.setToolTip(self.tr("People placed or locked by hand keep their seats"))
        self.auto.clicked.connect(lambda: self.seat_by_rules())
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(lambda: self.job.cancel() if self.job else None)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.cancel.setVisible(False)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layout")))
        top.addWidget(self.layout_box)
        top.addWidget(self.agreement, 1)
        top.addStretch(1)
        top.addWidget(self.auto)
        top.addWidget(self.progress)
        top.addWidget(self.cancel)
        self.controls = LayoutControls()
        self.controls.sizes_changed.connect(self.rearrange)
        self.controls.setting_changed.connect(self._setting_changed)
        self.find_seat = QLineEdit()
        self.find_seat.setObjectName("find_seat")
        self.find_seat.setPlaceholderText(self.tr("Go to seat…"))
        self.find_seat.setMaximumWidth(150)
        self.find_seat.returnPressed.connect(self._go_to_seat)
        self.controls.row.addWidget(self.find_seat)

        self.canvas = SeatingCanvas()
        self.canvas.setObjectName("drawing")
        self.canvas.moved.connect(self.move_person)
        self.canvas.unseated.connect(self.unseat)
        self.canvas.lock_toggled.connect(self.toggle_lock)
        self.canvas.chosen.connect(self._seat_chosen)
        self.canvas.carrying.connect(self._carrying)
        self.table_view = TableChooser(self.canvas)
        self.controls.row.addWidget(self.table_view)
        self.printed = ZoomView(QGraphicsScene(self))
        self.printed.setObjectName("printed")
        self.printed.setDragMode(ZoomView.DragMode.ScrollHandDrag)
        self.printed.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.canvas, self.tr("Plan (drag people to move them)"))
        self.tabs.addTab(self.printed, self.tr("As printed"))
        self.tabs.setTabToolTip(
            0,
            self.tr(
                "Drag a person onto another seat to swap, onto an empty seat to move, off the seats to take "
                "him or her off. Keys: arrows and Tab choose a seat, Space picks up and drops, Escape puts "
                "back, L locks or unlocks, Delete takes off the seat, + and - zoom, 0 shows the whole plan."
            ),
        )
        self.tabs.currentChanged.connect(lambda _: self._show_printed())

        self.people = PeoplePanel(ctx.language)
        self.people.place.connect(self._place_chosen)
        self.people.show_seat.connect(lambda seat: self.canvas.choose([seat]))
        self.place_here = QAction(self.tr("Seat the person chosen in the list here"), self)
        self.place_here.triggered.connect(self._place_from_list)
        self.canvas.menu_extra = [self.place_here]
        self.violations = QListWidget()
        self.violations.setObjectName("violations")
        self.violations.itemClicked.connect(self.choose_breach)
        self.violations.itemActivated.connect(self.choose_breach)
        self.wishes = WishesPanel(ctx)
        self.looks = SeatLooks(ctx.language, ctx.word)
        self.people.list.add_action(
            self.tr("Keep together"),
            lambda: self.add_wish("together"),
            needs_selection=True,
            object_name="together",
        )
        self.people.list.add_action(
            self.tr("Keep apart"), lambda: self.add_wish("apart"), needs_selection=True, object_name="apart"
        )
        right = QSplitter(Qt.Orientation.Vertical)
        for title, widget, name in (
            (
                self.tr("People (drag onto a seat, or choose a seat and press Enter)"),
                self.people,
                "people_box",
            ),
            (self.tr("Breaches of the rules (click to see the seats)"), self.violations, "breaches_box"),
            (self.tr("Wishes (choose two people, then Keep together or apart)"), self.wishes, "wishes_box"),
        ):
            box = QWidget()
            box.setObjectName(name)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(QLabel(title))
            lay.addWidget(widget, 1)
            right.addWidget(box)
        right.setSizes([420, 200, 120])
        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([820, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.controls)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)
        self.layout_box.currentIndexChanged.connect(self._choice_changed)
        self.agreement.currentIndexChanged.connect(self._choice_changed)

    # choosing and showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_agreements()
        self.wishes.show_event(self.event_id)
        self._open_saved()

    def _fill_agreements(self) -> None:
        current = self.agreement.currentData()
        self.agreement.blockSignals(True)
        self.agreement.clear()
        if self.event_id is not None:
            for agr in list_agreements(self.ctx.db, self.event_id):
                title = (agr.title_en or agr.title) if self.ctx.language == "en" else agr.title
                self.agreement.addItem(f"{agr.programme_order}. {title}", agr.id)
        self.agreement.setCurrentIndex(max(self.agreement.findData(current), 0))
        self.agreement.blockSignals(False)
        self.agreement.setVisible(self._layout() == Layout.SIGNING)

    def _choice_changed(self) -> None:
        self.agreement.setVisible(self._layout() == Layout.SIGNING)
        self._open_saved()

    def _layout(self) -> Layout:
        """The layout chosen (Qt hands the item's data back as a plain string)."""
        return Layout(self.layout_box.currentData())

    def _choice(self) -> tuple:
        return (self.event_id, self._layout(), self._agreement_id())

    def _agreement_id(self) -> int | None:
        return self.agreement.currentData() if self._layout() == Layout.SIGNING else None

    def _open_saved(self) -> None:
        """Show the saved plan of the chosen layout. A plan saved on the other senior side than the event's
        setting, and not placed by hand, is seated again by the setting and stored so; a layout without a
        saved plan is seated by the rules (in the background) and stored."""
        self.seated = None
        if self.event_id is not None:
            try:
                applying = saved_for(
                    self.ctx.db,
                    self.event_id,
                    self._layout(),
                    agreement_id=self._agreement_id(),
                )
                if applying is not None:
                    self.seated = applying.seated
                    if applying.unsaved and not self.ctx.read_only:
                        save(self.ctx.db, self.seated)  # the store follows what is shown
            except UserError as exc:
                self.state.setText(error_in_words(exc))
        self.show_plan()
        if self.seated is None and self.event_id is not None:
            if self.job is None:
                self.seat_by_rules()
            elif self._job_choice != self._choice():
                self.job.cancel()  # seated for another layout: when it stops, this one is opened

    def show_plan(self) -> None:
        """Build the canvas of the current plan; list its people and its breaches. The same plan shown
        again (after a change elsewhere: a wish, a participant) keeps its zoom, scroll and chosen seats."""
        seated = self.seated
        key = (
            (seated.plan.id, seated.plan.senior_side, sorted(seated.plan.params.items())) if seated else None
        )
        same = key is not None and key == self._shown_key
        self._shown_key = key
        canvas = self.canvas
        view = (canvas.transform(), canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value())
        chosen = [i.seat_id for i in canvas.scene().selectedItems() if isinstance(i, SeatItem)]
        self._marks = {}
        if seated is not None:
            self.looks.set_plan(seated)
            canvas.set_items(build(canvas.scene(), seated.plan, self.looks.sides()))
            for item in canvas.items_by_seat.values():
                item.show_look(*self._look(item))
        else:
            canvas.scene().clear()
            canvas.set_items({})
        canvas.can_edit = not self.ctx.read_only
        self.table_view.show_plan()  # the table shown alone, kept
        if same:
            canvas.setTransform(view[0])
            canvas.horizontalScrollBar().setValue(view[1])
            canvas.verticalScrollBar().setValue(view[2])
            canvas.choose(chosen, centre=False)
        else:
            canvas.fit()
        self.people.show_plan(seated)
        self.controls.show_plan(seated)
        self.auto.setEnabled(self.event_id is not None and self.job is None and seated is not None)
        self._show_breaches()
        self._printed_stale = True
        self._show_printed()

    def _show_state(self) -> None:
        if self.seated is None:
            self.state.setText(
                self.tr("Seating…") if self.job is not None else self.tr("No plan for this layout yet.")
            )
            return
        errors = sum(v.severity == ERROR for v in self.seated.violations)
        warnings = len(self.seated.violations) - errors
        state = (
            self.tr("Open read-only: this plan is seated by the rules and is not stored.")
            if self.ctx.read_only
            else self.tr("Every change is saved as you make it; Ctrl+Z undoes it.")
        )
        counts = (
            self.tr("Breaches: %1, warnings: %2.").replace("%1", str(errors)).replace("%2", str(warnings))
        )
        note = senior_side_note(self.seated, self.ctx.language)
        self.state.setText(f"{state} {counts}" + (f" ({note})" if note else ""))

    def _look(self, item: SeatItem) -> tuple[Look, str]:
        return self.looks.look(item.seat, self._marks.get(item.seat_id, ""))

    def _show_breaches(self) -> None:
        """List the breaches and mark their seats; only seats whose mark changed are redrawn."""
        self.violations.clear()
        marks: dict[str, str] = {}
        for violation in self.seated.violations if self.seated else []:
            text = violation.text(self.ctx.language)
            item = QListWidgetItem(("⚠ " if violation.severity == ERROR else "· ") + text)
            item.setToolTip(text)
            item.setData(BREACH_SEATS, list(violation.seats))
            item.setData(BREACH_PEOPLE, list(violation.people))
            self.violations.addItem(item)
            for seat in violation.seats:
                if marks.get(seat) != ERROR:
                    marks[seat] = violation.severity
        if self.seated is not None and not self.seated.violations:
            self.violations.addItem(self.tr("The plan follows every rule."))
        changed = {s for s in marks.keys() | self._marks.keys() if marks.get(s) != self._marks.get(s)}
        self._marks = marks
        for seat in changed:
            seat_item = self.canvas.items_by_seat.get(seat)
            if seat_item is not None:
                seat_item.show_look(*self._look(seat_item))
        self._show_state()

    def choose_breach(self, item: QListWidgetItem) -> None:
        """Select the seats of a breach on the canvas (and a person without a seat in the list)."""
        seats = item.data(BREACH_SEATS) or []
        self.canvas.choose(seats)
        for aid in item.data(BREACH_PEOPLE) or []:
            self.people.choose(aid)

    def _show_printed(self) -> None:
        """Draw the plan as printed when that tab is shown (and the plan changed since)."""
        if self.tabs.currentWidget() is not self.printed or not self._printed_stale:
            return
        self._printed_stale = False
        scene = self.printed.scene()
        scene.clear()
        self.printed.home = None
        top = 0.0
        pages = drawings(self.seated, self.ctx.language) if self.seated is not None else []
        for title, page in pages:  # a big banquet: its overview, then one page per table, one under another
            if len(pages) > 1:
                scene.addSimpleText(title, QFont("PT Sans", 5)).setPos(0, top)
                top += 8
            draw_shapes(scene, page.shapes, page.size_mm(), top=top)
            if self.printed.home is None and len(pages) > 1:
                self.printed.home = QRectF(0, 0, page.size_mm()[0], top + page.size_mm()[1])
            top += page.size_mm()[1] + 6
        self.printed.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.canvas.fit()
        self.printed.fit()

    # hand edits: each an undoable command; the store follows at once ---------------------------------------
    def move_person(self, attendee_id: int, seat_id: str) -> bool:
        """Put a person into a seat: moved into an empty one, swapped with its occupant, or (from the list)
        seated; the seat is locked, as placed by hand."""
        if self.seated is None:
            return False
        try:
            change = moving(self.seated, attendee_id, seat_id)
        except UserError as exc:
            self.state.setText(error_in_words(exc))
            return False
        target = self.seated.plan.seat(seat_id)
        name = self.people.name(attendee_id)
        text = (
            self.tr("Swap %1 and %2") if target.attendee_id not in (None, attendee_id) else self.tr("Seat %1")
        )
        other = self.people.name(target.attendee_id) if target.attendee_id is not None else ""
        return self._edit(text.replace("%1", name).replace("%2", other), change)

    def unseat(self, seat_id: str) -> bool:
        """Take the person off a seat."""
        if self.seated is None or self.seated.plan.seat(seat_id).attendee_id is None:
            return False
        name = self.people.name(self.seated.plan.seat(seat_id).attendee_id or 0)
        return self._edit(
            self.tr("Take %1 off the seat").replace("%1", name), unseating(self.seated, seat_id)
        )

    def toggle_lock(self, seat_id: str) -> bool:
        """Lock a seat (seating by the rules keeps its person there) or unlock it."""
        if self.seated is None:
            return False
        seat = self.seated.plan.seat(seat_id)
        if seat.attendee_id is None and not seat.locked:
            return False
        text = self.tr("Unlock %1") if seat.locked else self.tr("Lock %1")  # %1: "Seat 4", "Table 2, seat 3"
        return self._edit(
            text.replace("%1", self.looks.where(seat)), locking(self.seated, seat_id, not seat.locked)
        )

    def _edit(self, text: str, change: SeatChange) -> bool:
        if not change:
            return False
        return self.ctx.run(self, change_command(self.ctx.db, text, change, self.apply_change, lambda: None))

    def apply_change(self, change: SeatChange) -> None:
        """Make a seat change in the store and on the canvas (redo and undo of the edit commands): only the
        seats it touched are redrawn, then the plan is checked again and its breaches marked."""
        seated = self.seated
        if seated is None or seated.plan.id != change.plan_id:  # another plan is shown: the store follows
            seating_store.change_seats(self.ctx.db, change.plan_id or 0, change.before, change.after)
            return
        apply(seated, change, self.ctx.db)
        if any(seat_id not in self.canvas.items_by_seat for seat_id in change.seats):
            self.show_plan()  # a chair behind a seat was placed (an interpreter follows his principal)
            return
        for seat_id in change.seats:
            item = self.canvas.items_by_seat.get(seat_id)
            if item is not None:
                item.show_look(*self._look(item))
        self._show_breaches()
        self.people.seats_changed()
        self._printed_stale = True
        self._show_printed()

    def _place_chosen(self, attendee_id: int) -> None:
        """Seat the person chosen in the list at the seat chosen on the canvas (or pick him or her up)."""
        item = self.canvas.current()
        if item is None:
            self.state.setText(self.tr("Choose a seat on the plan first (click it, or arrows and Tab)."))
            self.canvas.setFocus()
            return
        self.move_person(attendee_id, item.seat_id)

    def _place_from_list(self) -> None:
        chosen = self.people.list.selected()
        if len(chosen) == 1:
            self._place_chosen(chosen[0])

    def _seat_chosen(self, seat_id: str) -> None:
        self.place_here.setEnabled(bool(seat_id) and len(self.people.list.selected()) == 1)
        if seat_id and self.seated is not None:
            aid = self.seated.plan.seat(seat_id).attendee_id
            if aid is not None:
                self.people.choose(aid)

    def _carrying(self, attendee_id: int) -> None:
        if attendee_id:
            self.state.setText(
                self.tr("Moving %1: choose a seat and press Space (Escape puts back).").replace(
                    "%1", self.people.name(attendee_id)
                )
            )
        else:
            self._show_state()

    def _go_to_seat(self) -> None:
        """Choose the seat typed: its id (T3-5, H+1) or table and number (3-5, 3 5, 3/5)."""
        text = self.find_seat.text().strip().upper().replace(" ", "-").replace("/", "-")
        if self.seated is None or not text:
            return
        ids = self.canvas.items_by_seat
        seat = text if text in ids else f"T{text}" if f"T{text}" in ids else ""
        if seat:
            self.canvas.choose([seat])
            self.canvas.setFocus()
        else:
            self.state.setText(self.tr("No seat %1 in this plan.").replace("%1", self.find_seat.text()))

    # seating by the rules, other sizes --------------------------------------------------------------------
    def seat_by_rules(self, sizes: dict | None = None) -> Job | None:
        """Seat the chosen layout by the rules in the background, on the event's senior side; locked seats
        are kept. With ``sizes`` (tables, seats, head table) the plan is seated again at those sizes."""
        if self.event_id is None or self.job is not None:
            return None
        event_id, layout, agreement_id = self.event_id, self._layout(), self._agreement_id()
        current = self.seated
        plan_id = current.plan.id if current is not None else None

        def work(db: Database, progress: Progress) -> SeatedPlan:
            return plan_for(  # the saved plan seated again at its sizes (or ``sizes``), its locks kept
                db,
                event_id,
                layout,
                agreement_id=agreement_id,
                plan_id=plan_id,
                reseat=True,
                cancel=lambda: progress.cancelled,
                progress=lambda done, total: progress.step(int(done), int(total) or 1),
                **(sizes or {}),
            ).seated

        self.job = Job(work, self.ctx.path)
        self._job_choice = self._choice()
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(lambda again: self._seated(again, current, bool(sizes)))
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._failed)
        self.cancel.setVisible(True)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.auto.setEnabled(False)
        self.state.setText(self.tr("Seating…"))
        return start(self.job)

    def rearrange(self, sizes: dict) -> Job | None:
        """Seat the plan again at other sizes, locked seats kept (one undoable step)."""
        return self.seat_by_rules(sizes)

    def _progress(self, percent: int, _text: str) -> None:
        self.progress.setValue(percent)

    def _job_done(self) -> None:
        self.job = None
        self.cancel.setVisible(False)
        self.progress.setVisible(False)
        self.auto.setEnabled(self.seated is not None)

    def _seated(self, again: SeatedPlan, current: SeatedPlan | None, other_sizes: bool) -> None:
        """Keep the plan seated in the background: the first plan of a layout is stored as it is; seating
        the rest is one undoable change of the seats; other sizes replace the plan (undoable)."""
        self._job_done()
        if self._job_choice != self._choice():  # the layout was changed meanwhile
            self._open_saved()
            return
        if current is None or current is not self.seated or current.plan.id is None:
            self.seated = again
            if not self.ctx.read_only:
                save(self.ctx.db, again)
            self.show_plan()
            return
        db = self.ctx.db
        if not other_sizes and again.plan.senior_side == current.plan.senior_side:
            try:
                change = reseating(current, again)  # the same seats (and perhaps new chairs behind)
            except UserError:
                pass  # other seats: the plan is replaced
            else:
                self._edit(self.tr("Seat the rest by the rules"), change)
                return
        changes: list[PlanChange] = []

        def do() -> None:
            if changes:
                apply_plan(db, changes[0])
            else:
                changes.append(replace_saved(db, again))

        def undo() -> None:
            apply_plan(db, changes[0].reversed())

        text = self.tr("Rearrange the plan") if other_sizes else self.tr("Seat the rest by the rules")
        self.ctx.run(self, StoreCommand(db, text, do, undo, self._open_saved))

    def _failed(self, message: str = "") -> None:
        self._job_done()
        if self._job_choice != self._choice():
            self._open_saved()
            return
        self.state.setText(message or self.tr("Cancelled; the plan is as it was."))

    def _setting_changed(self, name: str, value: str) -> None:
        """Change a setting of the event (the senior side, the interpreters' seat); every plan follows it:
        one seated by the rules is seated again by it, one placed by hand says that it differs."""
        if self.event_id is None:
            return
        before = get_event(self.ctx.db, self.event_id)
        if getattr(before, name) == value:
            return
        db = self.ctx.db
        text = self.tr("Senior side") if name == "senior_side" else self.tr("Interpreters' seat")
        command = fields_command(
            db, text, before, {name: value}, lambda e: update_event(db, e), self.ctx.refresh
        )
        if not self.ctx.run(self, command):
            self.controls.show_plan(self.seated)

    def add_wish(self, kind: str) -> bool:
        """Keep the two people chosen in the list together (neighbours) or apart; one step of undo."""
        return self.wishes.add(kind, self.people.list.selected())
