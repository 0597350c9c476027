"""The form for an event: titles, dates, place, ceremony settings, purpose and points; for a new event also
the names of its host and guest sides."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from protocol_app.errors import UserError
from protocol_app.model import Event, InterpreterSeat, NewEvent, SeniorSide
from protocol_app.store.events import validate_event
from ui.dialogs.base import FormDialog
from ui.widgets import DateField


class EventDialog(FormDialog):
    """Create or edit an event; the OK button stays off while something is wrong, and the form says what."""

    def __init__(
        self,
        word: Callable[[str, str], str],
        event: Event | None = None,
        parent: QWidget | None = None,
        language: str = "ru",
    ) -> None:
        super().__init__(parent)
        self._language = language  # of the window: the core's messages are shown in it
        self.setObjectName("EventDialog")
        self.new = event is None
        self.setWindowTitle(self.tr("New event") if self.new else self.tr("Edit event"))
        self._event = (
            copy.deepcopy(event)
            if event
            else NewEvent(title="", date=QDate.currentDate().toString("yyyy-MM-dd"))
        )
        self._build()
        self._load()
        self.validate()

    def _build(self) -> None:
        self.title_ru, self.title_en = QLineEdit(), QLineEdit()
        self.start = DateField()
        self.start.setObjectName("start")
        self.has_end = QCheckBox(self.tr("several days, until"))
        self.end = DateField()
        self.end.setObjectName("end")
        self.city, self.city_en, self.venue, self.venue_en = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.host_side, self.guest_side = QLineEdit(), QLineEdit()
        self.host_side.setPlaceholderText(self.tr("e.g. Ulyanovsk Region"))
        self.guest_side.setPlaceholderText(self.tr("e.g. Republic of Belarus"))
        self.senior = QComboBox()
        self.senior.addItem(self.tr("right hand (usual)"), SeniorSide.RIGHT.value)
        self.senior.addItem(self.tr("left hand"), SeniorSide.LEFT.value)
        self.interpreter = QComboBox()
        self.interpreter.addItem(self.tr("at the head's right"), InterpreterSeat.RIGHT.value)
        self.interpreter.addItem(self.tr("on a chair behind the head"), InterpreterSeat.BEHIND.value)
        self.signing_minutes = QSpinBox()
        self.signing_minutes.setRange(1, 60)
        self.signing_minutes.setSuffix(self.tr(" min"))
        self.signing_start = QLineEdit()
        self.signing_start.setPlaceholderText(self.tr("HH:MM"))
        self.opening, self.closing = QSpinBox(), QSpinBox()
        for box in (self.opening, self.closing):
            box.setRange(0, 120)
            box.setSuffix(self.tr(" min"))
            box.setSpecialValueText(self.tr("none"))
        # talks of three or more delegations: the order of the guest delegations round the table
        self.delegation_order = QComboBox()
        self.delegation_order.setObjectName("delegation_order")
        self.delegation_order.addItem(self.tr("by their heads' rank"), "rank")
        self.delegation_order.addItem(self.tr("alphabetically, from a letter drawn by lot"), "alphabet")
        self.delegation_letter = QLineEdit()
        self.delegation_letter.setObjectName("delegation_letter")
        self.delegation_letter.setMaxLength(1)
        self.delegation_letter.setPlaceholderText(self.tr("e.g. K"))
        self.senior_guest = QComboBox()
        self.senior_guest.setObjectName("senior_guest")
        self.senior_guest.addItem(self.tr("at the host's right"), "right")
        self.senior_guest.addItem(self.tr("opposite the host"), "opposite")
        self.purpose, self.purpose_en = QPlainTextEdit(), QPlainTextEdit()
        self.points, self.points_en = QPlainTextEdit(), QPlainTextEdit()
        self.contacts = QPlainTextEdit()

        main = QFormLayout()
        main.addRow(self.tr("Title (Russian)"), self.title_ru)
        main.addRow(self.tr("Title (English)"), self.title_en)
        main.addRow(self.tr("Date"), self.start)
        main.addRow(self.has_end, self.end)
        main.addRow(self.tr("City (Russian)"), self.city)
        main.addRow(self.tr("City (English)"), self.city_en)
        main.addRow(self.tr("Venue (Russian)"), self.venue)
        main.addRow(self.tr("Venue (English)"), self.venue_en)
        if self.new:
            main.addRow(self.tr("Host side"), self.host_side)
            main.addRow(self.tr("Guest side"), self.guest_side)
        first = QWidget()
        first.setLayout(main)
        ceremony = QFormLayout()
        ceremony.addRow(self.tr("Senior side"), self.senior)
        ceremony.addRow(self.tr("Interpreter sits"), self.interpreter)
        ceremony.addRow(self.tr("One signing takes"), self.signing_minutes)
        ceremony.addRow(self.tr("Signing starts at"), self.signing_start)
        ceremony.addRow(self.tr("Opening remarks before the signing"), self.opening)
        ceremony.addRow(self.tr("Closing and photo after the signing"), self.closing)
        ceremony.addRow(self.tr("Talks of three or more delegations: guests"), self.delegation_order)
        ceremony.addRow(self.tr("Letter drawn by lot"), self.delegation_letter)
        ceremony.addRow(self.tr("The senior guest delegation sits"), self.senior_guest)
        second = QWidget()
        second.setLayout(ceremony)
        brief = QFormLayout()
        brief.addRow(self.tr("Purpose (Russian)"), self.purpose)
        brief.addRow(self.tr("Purpose (English)"), self.purpose_en)
        brief.addRow(self.tr("Points to raise (Russian)"), self.points)
        brief.addRow(self.tr("Points to raise (English)"), self.points_en)
        brief.addRow(self.tr("Contacts"), self.contacts)
        third = QWidget()
        third.setLayout(brief)
        tabs = QTabWidget()
        tabs.addTab(first, self.tr("Event"))
        tabs.addTab(second, self.tr("Ceremony"))
        tabs.addTab(third, self.tr("Briefing"))
        self._finish(tabs)
        for edit in (
            self.title_ru,
            self.signing_start,
            self.host_side,
            self.guest_side,
            self.delegation_letter,
        ):
            edit.textChanged.connect(self.validate)
        self.delegation_order.currentIndexChanged.connect(self._letter_wanted)
        self.delegation_order.currentIndexChanged.connect(self.validate)
        for date_edit in (self.start, self.end):
            date_edit.textChanged.connect(self.validate)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.has_end.toggled.connect(self.validate)
        self.resize(600, 480)

    def _load(self) -> None:
        e = self._event
        self.title_ru.setText(e.title)
        self.title_en.setText(e.title_en)
        self.start.set_iso(e.date)
        self.has_end.setChecked(bool(e.end_date))
        self.end.setEnabled(bool(e.end_date))
        self.end.set_iso(e.end_date or e.date)
        self.city.setText(e.city)
        self.city_en.setText(e.city_en)
        self.venue.setText(e.venue)
        self.venue_en.setText(e.venue_en)
        self.senior.setCurrentIndex(max(self.senior.findData(e.senior_side), 0))
        self.interpreter.setCurrentIndex(max(self.interpreter.findData(e.interpreter_seat), 0))
        self.signing_minutes.setValue(e.signing_minutes)
        self.signing_start.setText(e.signing_start)
        self.opening.setValue(e.opening_minutes)
        self.closing.setValue(e.closing_minutes)
        self.delegation_order.setCurrentIndex(max(self.delegation_order.findData(e.delegation_order), 0))
        self.delegation_letter.setText(e.delegation_letter)
        self.senior_guest.setCurrentIndex(max(self.senior_guest.findData(e.senior_guest), 0))
        self._letter_wanted()
        self.purpose.setPlainText(e.purpose)
        self.purpose_en.setPlainText(e.purpose_en)
        self.points.setPlainText(e.points)
        self.points_en.setPlainText(e.points_en)
        self.contacts.setPlainText(e.contacts)

    def result_event(self) -> NewEvent:
        """The event as filled in (the stored one when the form edits one)."""
        e = copy.deepcopy(self._event)
        e.title = self.title_ru.text().strip()
        e.title_en = self.title_en.text().strip()
        e.date = self.start.iso() or ""
        e.end_date = self.end.iso() if self.has_end.isChecked() else None
        e.city, e.city_en = self.city.text().strip(), self.city_en.text().strip()
        e.venue, e.venue_en = self.venue.text().strip(), self.venue_en.text().strip()
        e.senior_side = self.senior.currentData()
        e.interpreter_seat = self.interpreter.currentData()
        e.signing_minutes = self.signing_minutes.value()
        e.signing_start = self.signing_start.text().strip()
        e.opening_minutes, e.closing_minutes = self.opening.value(), self.closing.value()
        e.delegation_order = self.delegation_order.currentData()
        e.delegation_letter = (
            self.delegation_letter.text().strip().upper() if e.delegation_order == "alphabet" else ""
        )
        e.senior_guest = self.senior_guest.currentData()
        e.purpose, e.purpose_en = self.purpose.toPlainText().strip(), self.purpose_en.toPlainText().strip()
        e.points, e.points_en = self.points.toPlainText().strip(), self.points_en.toPlainText().strip()
        e.contacts = self.contacts.toPlainText().strip()
        return e

    def _letter_wanted(self) -> None:
        """The letter drawn by lot matters only when the guests go alphabetically."""
        self.delegation_letter.setEnabled(self.delegation_order.currentData() == "alphabet")

    def side_names(self) -> tuple[str, str]:
        """The names typed for the host and the guest side of a new event."""
        return self.host_side.text().strip(), self.guest_side.text().strip()

    def problems_found(self) -> list[str]:
        """What keeps the event from being saved: the days as typed, the side names of a new event, then the
        core's rules (``validate_event``, the one check the command line and the imports use), worded for the
        form where a field's own words are clearer."""
        found = []
        if self.start.iso() is None:
            found.append(self.tr("The date is a day DD.MM.YYYY, e.g. 07.07.2027."))
        if self.has_end.isChecked() and self.end.iso() is None:
            found.append(self.tr("The last day is a day DD.MM.YYYY, e.g. 09.07.2027."))
        host, guest = self.side_names()
        if self.new and host and host == guest:
            found.append(self.tr("The host and the guest side need different names."))
        if not found:
            try:
                validate_event(self.result_event())
            except UserError as exc:
                words = {
                    "title": self.tr("The event needs a title."),
                    "end_date": self.tr("The last day is before the first day."),
                    "signing_start": self.tr("The signing start is a time HH:MM, e.g. 14:30."),
                    "delegation_letter": self.tr("The letter drawn by lot is one letter, e.g. K."),
                }
                found.append(words.get(exc.column or "") or exc.text(self._language))
        return found
