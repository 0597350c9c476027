"""Forms that take what officers type: dates as ДД.ММ.ГГГГ or ISO in every date field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from protocol_app.words import said


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
    _type(qtbot, dialog.end, "31.12.2027")
    dialog.title_ru.selectAll()
    qtbot.keyClick(dialog.title_ru, Qt.Key.Key_Delete)  # the core's rule, in the form's words
    assert not _ok(dialog) and "The event needs a title." in dialog.problems.text()
    _type(qtbot, dialog.start, "abc")  # letters are not taken at all
    assert dialog.start.text() == ""


def test_a_day_picked_on_the_calendar_is_put_in(window, qtbot):
    from PySide6.QtWidgets import QTableView

    from ui.dialogs.event import EventDialog

    dialog = EventDialog(window.ctx.word, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.start, "01.07.2027")
    calendar = dialog.start.show_calendar()
    view = calendar.findChild(QTableView)
    model = view.model()
    day = next(  # the 15th of the month shown (rows 1.. hold the weeks, column 0 the week number)
        model.index(r, c)
        for r in range(1, model.rowCount())
        for c in range(1, model.columnCount())
        if model.index(r, c).data() == 15
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(day).center())
    assert dialog.start.text() == "15.07.2027" and dialog.result_event().date == "2027-07-15"
    assert not calendar.isVisible()


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


def _edit_role_in_place(qtbot, page, row: int, role: str) -> None:
    """F2 on the Role cell of ``row``, pick ``role`` in the combo box, Enter."""
    from PySide6.QtWidgets import QComboBox

    table = page.list.table
    column = [c.header for c in page.model.columns].index("Role")
    table.setCurrentIndex(page.list.model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    (combo,) = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
    combo.setCurrentIndex(combo.findData(role))
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def test_an_edit_in_place_keeps_the_row_and_the_scroll_and_warns_nothing(window, qtbot, qtlog):
    page = window.show_page("participants")
    table = page.list.table
    window.resize(1000, 420)  # fewer rows than people on screen: the table scrolls
    column = [c.header for c in page.model.columns].index("Role")
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    row = page.list.model.rowCount() - 2
    table.scrollToBottom()
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    who = page.list.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 3)[0].id
    _edit_role_in_place(qtbot, page, row, "expert")  # sorts first: the row would jump to the top
    qtbot.waitUntil(lambda: page.list.model.index(row, column).data() == "expert", timeout=5000)
    assert page.list.current()[0].id == who and table.currentIndex().row() == row
    assert page.list.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 3)[0].id == who
    assert table.verticalScrollBar().value() == scrolled
    assert not [r for r in qtlog.records if "commitData" in r.message]
    window.stack.undo()
    assert page.list.model.index(row, column).data() != "expert"


def test_the_edit_button_edits_a_side_in_place(window, qtbot):
    from PySide6.QtWidgets import QLineEdit, QToolButton

    page = window.show_page("sides")
    table = page.list.table
    table.setCurrentIndex(page.list.model.index(0, 1))  # the English name
    edit = next(b for b in page.list.findChildren(QToolButton) if b.defaultAction().objectName() == "edit")
    assert edit.text() == "Edit"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, "Ulyanovsk Oblast")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.list.model.index(0, 1).data() == "Ulyanovsk Oblast", timeout=5000)
    assert window.stack.canUndo()


def test_removal_asks_first(window, qtbot, messages, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = window.show_page("participants")
    count = page.model.rowCount()
    page.list.table.selectRow(0)
    name = page.list.selected()[0][0].person.full_name
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    page.remove_action.trigger()
    assert page.model.rowCount() == count  # "No": nobody removed
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    page.remove_action.trigger()
    assert page.model.rowCount() == count - 1 and name in asked[0] and "Undo" in asked[0]


def test_every_list_says_what_to_do_on_an_empty_event(window, qtbot):
    from protocol_app.model import NewEvent
    from protocol_app.store.events import create_event

    event_id = create_event(window.ctx.db, NewEvent(title="Empty", date="2027-07-07"))
    window._refresh_events()
    window.select_event(event_id)
    for key, words in (
        ("sides", "Add side"),
        ("participants", "Add person"),
        ("agreements", "Add agreement"),
        ("programme", "Add item"),
    ):
        page = window.show_page(key)
        assert page.list.empty.isVisible() and words in page.list.empty.text(), key


WIDE_LIST = (
    "№;ФИО;Должность;Должность (англ.);Организация;Сторона;Роль;Старшинство;Телефон;E-mail;Пол;Паспорт;"
    "Дата рождения;Примечание\r\n"
    "1;Сидоров Пётр Ильич;Министр промышленности и торговли Ульяновской области;Minister of Industry;"
    "Правительство Ульяновской области;Ульяновская область;глава делегации;1;+7 900 000-00-01;"
    "sidorov@example.ru;м;4510 123456;01.02.1970;прилетает накануне вечером рейсом из Москвы\r\n"
)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_whole_mapping_is_in_view_at_1280x800_in_words(window, qtbot, tmp_path, lang):
    from ui import i18n
    from ui.import_wizard import ImportWizard, wizard_size

    i18n.install_language(lang)
    path = tmp_path / "list.csv"
    path.write_bytes(WIDE_LIST.encode("cp1251"))
    wizard = ImportWizard(window.ctx, window.current_event_id(), window)
    qtbot.addWidget(wizard)
    wizard.resize(*wizard_size(1280, 800))
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    reading = wizard.reading_page
    mapping = reading.mapping
    assert mapping.rowCount() == 14
    qtbot.waitUntil(lambda: mapping.viewport().isVisible())
    assert mapping.verticalScrollBar().maximum() == 0 and mapping.horizontalScrollBar().maximum() == 0
    viewport = mapping.viewport().rect()
    for row in range(mapping.rowCount()):
        combo = mapping.cellWidget(row, 2)
        assert viewport.contains(combo.geometry()), mapping.item(row, 0).text()
    fields = {mapping.item(r, 0).text(): mapping.cellWidget(r, 2).currentText() for r in range(14)}
    summary = reading.format.text() + reading.separator.currentText()
    if lang == "en":
        assert fields["ФИО"] == "Full name (surname, name, patronymic)"
        assert fields["Должность (англ.)"] == "Position (English)"
        assert summary == "CSV file, header in row 1, 1 data row; (semicolon)"
    else:
        assert fields["ФИО"].startswith("ФИО") and fields["Должность (англ.)"] == "Должность (англ.)"
        assert not any("a" <= c.lower() <= "z" for c in summary.replace("CSV", ""))
    wizard.reject()


def test_the_agreement_form_filters_organisations_by_side_and_offers_languages(window, qtbot):
    from PySide6.QtGui import QFontMetrics

    page = window.show_page("agreements")
    dialog = page._dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.parties
    assert table.rowCount() == 2
    sides = [table.cellWidget(r, 1).currentText() for r in range(2)]
    orgs = [
        {table.cellWidget(r, 0).itemText(i) for i in range(table.cellWidget(r, 0).count())} for r in range(2)
    ]
    assert sides[0] != sides[1] and orgs[0] and orgs[1] and not orgs[0] & orgs[1]
    assert "Правительство Ульяновской области" in orgs[sides.index("Ulyanovsk Region")]
    signatory = table.cellWidget(0, 2)
    signatory.setCurrentIndex(1)
    width = QFontMetrics(signatory.font()).horizontalAdvance(signatory.currentText())
    assert table.columnWidth(2) > width  # the whole name shows
    assert [b.text() for b in dialog.language_boxes.values()][:2] == ["Russian", "English"]
    qtbot.keyClicks(dialog.title_ru, "Memorandum")
    checked = [code for code, box in dialog.language_boxes.items() if box.isChecked()]
    assert checked == ["ru"]  # a new agreement: Russian, as the model says
    for code in checked:
        qtbot.mouseClick(dialog.language_boxes[code], Qt.MouseButton.LeftButton)
    assert "languages" in dialog.problems.text()
    qtbot.mouseClick(dialog.language_boxes["ru"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.language_boxes["be"], Qt.MouseButton.LeftButton)
    table.cellWidget(0, 0).setCurrentIndex(0)
    table.cellWidget(1, 0).setCurrentIndex(0)
    assert _ok(dialog), dialog.problems.text()
    assert dialog.result_form().agreement.languages == "ru,be"


def test_qt_own_dialogs_speak_russian(window, qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    window.set_language("ru")
    dialog = QFileDialog(window, "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    words = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton) if w.text()]
    assert "&Имя файла:" in words and "Отмена" in words
    assert all(any("а" <= c.lower() <= "я" for c in word) for word in words), words
    dialog.reject()
    window.set_language("en")


def test_a_long_event_title_can_be_read_whole(window):
    model = window.events_list.model
    title = model.index(0, 1).data()
    assert len(title) > 40 and model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == title
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # a short date needs none


def test_the_person_form_refuses_what_the_core_refuses_in_the_windows_language(window, qtbot):
    window.set_language("ru")
    page = window.show_page("participants")
    dialog = page._dialog(page.model.rows()[0][0])
    dialog.show()
    assert _ok(dialog), dialog.problems.text()
    _type(qtbot, dialog.latin, "Petr0v")  # a zero for an o: not a name as a passport writes it
    assert not _ok(dialog)
    assert dialog.problems.text() == said("bad_latin_name", value="Petr0v").text("ru")
    _type(qtbot, dialog.latin, "Petrov")
    _type(qtbot, dialog.email, "petrov@mid")  # no domain: refused by imports and the CLI alike
    assert not _ok(dialog) and dialog.problems.text() == said("bad_email", value="petrov@mid").text("ru")
    _type(qtbot, dialog.email, "petrov@mid.ru")
    assert _ok(dialog), dialog.problems.text()
    dialog.reject()


def test_the_agreement_form_says_the_cores_words_in_the_windows_language(window, qtbot):
    window.set_language("ru")
    page = window.show_page("agreements")
    dialog = page._dialog(page.model.rows()[0])
    dialog.show()
    assert _ok(dialog), dialog.problems.text()
    for box in dialog.language_boxes.values():
        if box.isChecked():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not _ok(dialog) and dialog.problems.text() == said("no_languages").text("ru")
    qtbot.mouseClick(dialog.language_boxes["ru"], Qt.MouseButton.LeftButton)
    assert _ok(dialog), dialog.problems.text()
    dialog.reject()


def test_the_event_form_sets_the_round_table_and_the_ceremony_around_the_signing(window, qtbot):
    """Talks of three or more delegations (the order of the guests, the letter drawn, where the senior guest
    sits) and the opening and closing around the signing are set in the form, as on the command line."""
    from protocol_app.store import events
    from ui.dialogs.event import EventDialog

    page = window.show_page("overview")
    before = events.get_event(window.ctx.db, page.shown_event)
    dialog = EventDialog(window.ctx.word, before, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.delegation_letter.isEnabled()  # by rank: no letter to give
    dialog.delegation_order.setFocus()
    qtbot.keyClick(dialog.delegation_order, Qt.Key.Key_Down)  # alphabetically
    assert dialog.delegation_letter.isEnabled()
    _type(qtbot, dialog.delegation_letter, "7")
    assert not _ok(dialog) and "one letter" in dialog.problems.text()
    qtbot.keyClick(dialog.delegation_letter, Qt.Key.Key_Backspace)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # a Russian key (QTest types Latin-1 only)
        QApplication.sendEvent(
            dialog.delegation_letter, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, "к")
        )
    assert dialog.delegation_letter.text() == "к"
    dialog.senior_guest.setFocus()
    qtbot.keyClick(dialog.senior_guest, Qt.Key.Key_Down)  # opposite the host
    _type(qtbot, dialog.opening, "5")
    _type(qtbot, dialog.closing, "10")
    assert _ok(dialog), dialog.problems.text()
    assert page.save_event(before, dialog.result_event())
    saved = events.get_event(window.ctx.db, before.id)
    assert (saved.delegation_order, saved.delegation_letter, saved.senior_guest) == (
        "alphabet",
        "К",
        "opposite",
    )
    assert (saved.opening_minutes, saved.closing_minutes) == (5, 10)
    window.stack.undo()
    assert events.get_event(window.ctx.db, before.id) == before
    again = EventDialog(window.ctx.word, saved, page)  # the form shows what is stored
    assert again.delegation_order.currentData() == "alphabet" and again.delegation_letter.text() == "К"
    assert again.senior_guest.currentData() == "opposite" and again.opening.value() == 5
