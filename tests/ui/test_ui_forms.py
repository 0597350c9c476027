"""Forms that take what officers type: dates as ДД.ММ.ГГГГ or ISO in every date field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def _type(qtbot, field, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _ok(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


@pytest.mark.parametrize(
    ("typed", "iso", "shown"),
    [
        ("07.07.2027", "2027-07-07", "07.07.2027"),
        ("2027-07-09", "2027-07-09", "09.07.2027"),
        ("7.7.2027", "2027-07-07", "07.07.2027"),
    ],
)
def test_event_dates_are_typed(window, qtbot, typed, iso, shown):
    from ui.dialogs.event import EventDialog

    dialog = EventDialog(window.ctx.word, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_ru, "Visit")
    _type(qtbot, dialog.start, typed)
    qtbot.mouseClick(dialog.has_end, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog.end, "10.07.2027")
    assert _ok(dialog), dialog.problems.text()
    event = dialog.result_event()
    assert (event.date, event.end_date) == (iso, "2027-07-10")
    dialog.start.editingFinished.emit()  # what leaving the field does: the date shown the usual way
    assert dialog.start.text() == shown


def test_event_date_half_typed_or_ending_before_it_starts_is_refused(window, qtbot):
    from ui.dialogs.event import EventDialog

    dialog = EventDialog(window.ctx.word, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_ru, "Visit")
    _type(qtbot, dialog.start, "07.07.20")
    assert not _ok(dialog) and "DD.MM.YYYY" in dialog.problems.text()
    _type(qtbot, dialog.start, "31.12.2027")
    qtbot.mouseClick(dialog.has_end, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog.end, "01.12.2027")
    assert not _ok(dialog) and "before the first day" in dialog.problems.text()
    _type(qtbot, dialog.start, "abc")  # letters are not taken at all
    assert dialog.start.text() == ""


def test_a_day_picked_on_the_calendar_is_put_in(window, qtbot):
    from PySide6.QtCore import QDate

    from ui.dialogs.event import EventDialog

    dialog = EventDialog(window.ctx.word, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    calendar = dialog.start.show_calendar()
    calendar.clicked.emit(QDate(2027, 7, 7))
    assert dialog.start.text() == "07.07.2027" and dialog.result_event().date == "2027-07-07"


def test_dates_of_birth_and_seniority_are_typed(window, qtbot):
    page = window.show_page("participants")
    row = page.model.rows()[0]
    dialog = page._dialog(row[0])
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.birth, "01.02.1970")
    _type(qtbot, dialog.seniority, "2015-03-04")
    assert _ok(dialog), dialog.problems.text()
    person = dialog.result_form().person
    assert (person.birth_date, person.seniority_date) == ("1970-02-01", "2015-03-04")
    _type(qtbot, dialog.birth, "31.02.1970")
    assert not _ok(dialog) and "DD.MM.YYYY" in dialog.problems.text()
