"""Small widgets the pages and forms share: a date field that takes what an officer types (07.07.2027 or
2027-07-07), the question asked before something is removed, and the word said when an action of the window
needs an event and none is chosen."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QMessageBox, QStyle, QWidget

from protocol_app.formatting import numeric_date
from protocol_app.importing.values import parse_date


class WrappedRichLabel(QLabel):
    """A label of rich text that wraps, which keeps the height its text takes at each width.

    Qt lays such a text out again each time a layout asks its height for a width, and the window's layouts ask
    at every pass (the pages' stack measures every page built, shown or not): the overview's summary was laid
    out some thousands of times in a session. The heights are forgotten when the text, font or style changes.
    """

    _FORGET = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        if text != self.text():  # the same text again (a refresh) keeps its layout, as QLabel does
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in self._FORGET:
            self._heights.clear()
        super().changeEvent(event)


class DateValidator(QValidator):
    """Lets through what may still become a date; a full date in DD.MM.YYYY or YYYY-MM-DD is Acceptable."""

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Acceptable, text, pos
        if any(c not in "0123456789.-/ " for c in stripped) or len(stripped) > 10:
            return QValidator.State.Invalid, text, pos
        try:
            parse_date(stripped)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class DateField(QLineEdit):
    """A date typed as ДД.ММ.ГГГГ (or ISO), shown as ДД.ММ.ГГГГ, given to the core as ISO; a calendar button.

    ``iso()`` is the date (None when empty or not a date yet); ``is_valid()`` says whether the text is empty
    or a whole date.
    """

    date_changed = Signal(str)  # the ISO date, "" when empty or not a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(DateValidator(self))
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.setMaxLength(10)
        self.setMaximumWidth(
            self.fontMetrics().horizontalAdvance("00.00.00000") + 56
        )  # a date, and the button
        self.calendar_action = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self.calendar_action.setToolTip(self.tr("Choose on a calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        self.textChanged.connect(lambda _text: self.date_changed.emit(self.iso() or ""))
        self.editingFinished.connect(self._tidy)

    def iso(self) -> str | None:
        """The date typed, as YYYY-MM-DD; None when the field is empty or holds no whole date."""
        try:
            return parse_date(self.text()) if self.text().strip() else None
        except ValueError:
            return None

    def is_valid(self) -> bool:
        return not self.text().strip() or self.iso() is not None

    def set_iso(self, iso: str | None) -> None:
        """Show the ISO date ``iso`` as DD.MM.YYYY (empty for None)."""
        self.setText(numeric_date(iso) if iso else "")

    def _tidy(self) -> None:
        iso = self.iso()
        if iso and self.text() != numeric_date(iso):
            self.set_iso(iso)  # 7.7.2027 and 2027-07-07 are shown as 07.07.2027

    def show_calendar(self) -> QCalendarWidget:
        """Pop up a calendar under the field; a click on a day puts it in."""
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        iso = self.iso()
        if iso:
            self.calendar.setSelectedDate(QDate.fromString(iso, "yyyy-MM-dd"))
        self.calendar.clicked.connect(self._picked)
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        return self.calendar

    def _picked(self, day: QDate) -> None:
        self.set_iso(day.toString("yyyy-MM-dd"))
        if self.calendar is not None:
            self.calendar.close()


class EventWindow(Protocol):
    """A window with an events list: the event chosen there."""

    def current_event_id(self) -> int | None: ...
    def window(self) -> QWidget: ...  # the window itself: the parent of its message boxes


def chosen_event(window: EventWindow, title: str) -> int | None:
    """The event chosen in the window; with none, None, and a message titled ``title`` (what the action is)
    says to choose or create one first."""
    event_id = window.current_event_id()
    if event_id is None:
        QMessageBox.information(
            window.window(),
            title,
            QCoreApplication.translate("Widgets", "Choose or create an event first."),
        )
    return event_id


def confirm_removal(parent: QWidget, title: str, question: str) -> bool:
    """Ask before removing; True when the officer said yes (No is the default button)."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
