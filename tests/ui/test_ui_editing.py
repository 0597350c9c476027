"""A user adds, edits and deletes a person and an agreement, and undo brings each step back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from protocol_app.store import agreements, directory, participants


def _names(page) -> list[str]:
    return [page.model.row(r)[0].person.full_name for r in range(page.model.rowCount())]


def _fill_person(dialog, surname: str, given: str = "Иван") -> None:
    dialog.surname.setText(surname)
    dialog.given.setText(given)
    dialog.position.setText("Советник")
    dialog.organisation.setCurrentText("Новая организация")


def test_person_form_says_what_is_wrong_as_you_type(window):
    page = window.show_page("participants")
    dialog = page._dialog()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "surname" in dialog.problems.text()
    dialog.surname.setText("Петров")
    dialog.email.setText("petrov@")
    assert "e-mail" in dialog.problems.text() and not ok.isEnabled()
    dialog.email.setText("petrov@example.ru")
    dialog.latin.setText("Петров")
    assert "Latin" in dialog.problems.text()
    dialog.suggest.click()
    assert dialog.latin.text() == "Petrov" or dialog.latin.text().endswith("Petrov")
    assert ok.isEnabled() and dialog.problems.text() == ""
    dialog.reject()


def _add_person(window, surname: str):
    """The participants page after a person with ``surname`` is added through the person form."""
    page = window.show_page("participants")
    dialog = page._dialog()
    _fill_person(dialog, surname)
    assert page.add_form(dialog.result_form())
    return page


def test_add_edit_delete_person_with_undo(window):
    page = _add_person(window, "Петров")
    db, stack = window.ctx.db, window.stack
    assert "Петров Иван" in _names(page)
    att = next(
        page.model.row(r)[0]
        for r in range(page.model.rowCount())
        if page.model.row(r)[0].person.surname == "Петров"
    )
    assert att.organisation.name == "Новая организация"

    dialog = page._dialog(att)
    dialog.surname.setText("Петровский")
    assert page.save_form(att, dialog.result_form())
    assert "Петровский Иван" in _names(page) and "Петров Иван" not in _names(page)
    stack.undo()
    assert "Петров Иван" in _names(page)
    stack.redo()
    assert "Петровский Иван" in _names(page)

    row = next(r for r in range(page.model.rowCount()) if page.model.row(r)[0].person.surname == "Петровский")
    page.list.table.selectRow(row)
    page.remove_selected()
    assert "Петровский Иван" not in _names(page)
    stack.undo()
    assert "Петровский Иван" in _names(page)
    stack.undo()  # the edit
    stack.undo()  # the add
    assert all(not n.startswith("Петров") for n in _names(page))
    assert not [p for p in directory.list_people(db) if p.surname.startswith("Петров")]


def test_removed_signatory_comes_back_whole(window, demo_store):
    """Removing a signatory clears his party's signatory and witness entries; undo restores all of it."""
    page = window.show_page("participants")
    db, event_id = window.ctx.db, demo_store[1]
    before = {a.id: (a.parties, a.witness_ids) for a in agreements.list_agreements(db, event_id)}
    signatory_id = next(
        p.signatory_id for a in agreements.list_agreements(db, event_id) for p in a.parties if p.signatory_id
    )
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r)[0].id == signatory_id)
    page.list.table.selectRow(row)
    page.remove_selected()
    assert signatory_id not in {a.id for a in participants.list_attendees(db, event_id)}
    window.stack.undo()
    assert signatory_id in {a.id for a in participants.list_attendees(db, event_id)}
    after = {a.id: (a.parties, a.witness_ids) for a in agreements.list_agreements(db, event_id)}
    assert after == before


def test_in_place_edit_of_role_goes_through_undo(window):
    page = window.show_page("participants")
    column = [c.header for c in page.model.columns].index("Role")
    index = page.model.index(1, column)
    assert page.model.setData(index, "expert", Qt.ItemDataRole.EditRole)
    assert page.model.index(1, column).data() == "expert"
    window.stack.undo()
    assert page.model.index(1, column).data() != "expert"


def test_wrong_precedence_typed_in_place_is_refused_in_words(window, messages):
    page = window.show_page("participants")
    column = [c.header for c in page.model.columns].index("Precedence set")
    page.model.setData(page.model.index(0, column), "first", Qt.ItemDataRole.EditRole)
    assert messages and "whole number" in messages[-1][2]
    assert not window.stack.canUndo()


def test_add_edit_delete_agreement_with_undo(window, demo_store):
    page = window.show_page("agreements")
    db, event_id = window.ctx.db, demo_store[1]
    dialog = page._dialog(None)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "title" in dialog.problems.text()
    dialog.title_ru.setPlainText("Соглашение о сотрудничестве в области туризма")
    for row in range(dialog.parties.rowCount()):
        dialog._cell(row, 0).setCurrentText(f"Туристическая организация {row + 1}")
    dialog._cell(0, 2).setCurrentIndex(1)
    dialog.witnesses.item(0).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled(), dialog.problems.text()
    assert page.add_form(dialog.result_form())
    assert page.model.rowCount() == 5
    added = next(a for a in agreements.list_agreements(db, event_id) if "туризма" in a.title)
    assert len(added.parties) == 2 and added.parties[0].signatory_id is not None and added.witness_ids

    dialog = page._dialog(added)
    dialog.title_ru.setPlainText("Соглашение о туризме")
    dialog.originals.setValue(3)
    assert page.save_form(added, dialog.result_form())
    assert agreements.get_agreement(db, added.id).originals == 3
    window.stack.undo()
    assert agreements.get_agreement(db, added.id).title.endswith("туризма")
    window.stack.redo()

    whole = agreements.get_agreement(db, added.id)
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).id == added.id)
    page.list.table.selectRow(row)
    page.delete_selected()
    assert page.model.rowCount() == 4
    window.stack.undo()
    assert page.model.rowCount() == 5
    assert agreements.get_agreement(db, added.id) == whole


def test_search_filters_as_you_type(window, qtbot):
    page = window.show_page("participants")
    qtbot.keyClicks(page.list.search, "kuz")  # each keystroke filters; Latin names are searched too
    assert page.list.model.rowCount() == 1
    assert page.list.model.index(0, 1).data().startswith("Кузнецова")
    page.list.search.setText("Генеральный  директор")  # pasted: words in any case
    shown = page.list.model.rowCount()
    assert 0 < shown < page.model.total()
    for r in range(shown):
        assert "генеральный директор" in page.model.row(r)[0].person.position.casefold()
    page.list.search.setText("BELARUS 407")  # words found in different columns (side, organisation)
    shown = [page.list.model.index(r, 1).data() for r in range(page.list.model.rowCount())]
    assert shown == ["Шевчук Виктор Николаевич"]  # the director of the Minsk plant No. 407
    page.list.search.clear()
    assert page.list.model.rowCount() == page.model.total() == 18


def test_new_event_with_sides_and_undo(window):
    from protocol_app.model import NewEvent

    count = window.events_model.rowCount()
    assert window.add_event(
        NewEvent(title="Визит делегации", date="2026-12-01"), "Свердловская область", "Казахстан"
    )
    assert window.events_model.rowCount() == count + 1
    sides = window.show_page("sides")
    assert sides.model.rowCount() == 2
    window.stack.undo()
    assert window.events_model.rowCount() == count


def test_a_programme_item_and_a_side_added_and_deleted_by_the_buttons_with_undo(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QToolButton

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    def click(page, name: str) -> None:
        (button,) = [b for b in page.list.findChildren(QToolButton) if b.defaultAction().objectName() == name]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def ids(page, key) -> set[int]:
        return {key(page.model.row(r)).id for r in range(page.model.rowCount())}

    def select(page, row_id: int, key) -> None:
        (row,) = [r for r in range(page.model.rowCount()) if key(page.model.row(r)).id == row_id]
        page.list.table.selectRow(row)

    for name, add, key in (
        ("programme", lambda page: click(page, "add"), lambda item: item),
        ("sides", lambda page: page.add_side("Третья сторона"), lambda row: row[0]),
    ):
        page = window.show_page(name)
        before = ids(page, key)
        add(page)
        (added,) = ids(page, key) - before
        window.stack.undo()
        assert ids(page, key) == before, name
        window.stack.redo()
        assert ids(page, key) == before | {added}, name  # back under its id
        select(page, added, key)
        click(page, "remove")
        assert ids(page, key) == before, name
        window.stack.undo()
        assert ids(page, key) == before | {added}, name


def test_programme_edited_in_place(window):
    page = window.show_page("programme")
    rows = page.model.rowCount()
    assert page.add_item()
    assert page.model.rowCount() == rows + 1
    title_col = 2
    new_row = next(r for r in range(page.model.rowCount()) if page.model.row(r).title == "New item")
    page.model.setData(page.model.index(new_row, title_col), "Пресс-подход")
    assert any(page.model.row(r).title == "Пресс-подход" for r in range(page.model.rowCount()))
    page.model.setData(page.model.index(new_row, 0), "25:00")  # not a time: refused, nothing changes
    assert window.stack.count() == 2


def test_a_new_person_undone_and_redone_comes_back_under_the_same_ids(window):
    """Redo of an add gives the person and the participation their first ids (later steps refer to them)."""
    page = _add_person(window, "Сидоров")
    db, stack = window.ctx.db, window.stack
    added = next(r[0] for r in page.model.rows() if r[0].person.surname == "Сидоров")
    stack.undo()
    assert "Сидоров Иван" not in _names(page)
    assert not [p for p in directory.list_people(db) if p.surname == "Сидоров"]
    stack.redo()
    again = next(r[0] for r in page.model.rows() if r[0].person.surname == "Сидоров")
    assert (again.id, again.person.id) == (added.id, added.person.id)
    assert participants.get_participant(db, added.id).person_id == added.person.id


def test_add_someone_the_directory_already_holds(window):
    from protocol_app.model import NewPerson

    db = window.ctx.db
    known_id = directory.add_person(db, NewPerson("Орлова", "Наталья", "Игоревна", position="Посол"))
    page = window.show_page("participants")
    dialog = page._dialog()
    offers = [t for t in dialog._known if t.startswith("Орлова")]
    assert offers == [f"Орлова Наталья Игоревна — Посол (#{known_id})"]
    assert not any(t.startswith("Русских") for t in dialog._known)  # already in the event: not offered
    assert dialog.take_known(offers[0])
    assert dialog.surname.text() == "Орлова" and dialog.position.text() == "Посол"
    dialog.position_en.setText("Ambassador")
    assert page.add_form(dialog.result_form())
    added = next(r[0] for r in page.model.rows() if r[0].person.surname == "Орлова")
    assert added.person.id == known_id and added.person.position_en == "Ambassador"
    assert len([p for p in directory.list_people(db) if p.surname == "Орлова"]) == 1
    window.stack.undo()
    assert not any(r[0].person.surname == "Орлова" for r in page.model.rows())
    assert (
        directory.get_person(db, known_id).position_en == ""
    )  # the person is as before, still in the directory


def test_delete_the_event_and_undo_brings_everything_back(window, demo_store):
    db = window.ctx.db
    tables = ("agreement_witnesses", "agreement_parties", "agreements", "participants", "people", "sides")
    tables += ("organisations", "programme_items", "events")

    def dump() -> dict:
        return {t: list(db.execute(f"SELECT rowid, * FROM [{t}] ORDER BY rowid")) for t in tables}

    before = dump()
    window.delete_event()  # the question is answered Yes
    assert window.events_model.rowCount() == 0
    assert db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 0
    window.stack.undo()
    assert window.events_model.rowCount() == 1
    assert dump() == before
    assert window.show_page("participants").model.rowCount() == 18


def test_edit_the_event_from_the_overview_with_undo(window, demo_store):
    from protocol_app.store import events
    from ui.dialogs.event import EventDialog

    page = window.show_page("overview")
    db = window.ctx.db
    before = events.get_event(db, demo_store[1])
    dialog = EventDialog(window.ctx.word, before, page)
    dialog.city_en.setText("Ekaterinburg")
    dialog.signing_start.setText("25:00")
    assert "HH:MM" in dialog.problems.text()
    dialog.signing_start.setText("11:30")
    assert dialog.validate()
    assert page.save_event(before, dialog.result_event())
    assert "Ekaterinburg" in page.summary.text()
    window.stack.undo()
    assert events.get_event(db, demo_store[1]) == before


def test_sorting_by_a_column_keeps_the_selection(window):
    from PySide6.QtCore import Qt

    page = window.show_page("participants")
    table, model = page.list.table, page.list.model
    table.selectRow(0)  # Русских, the head of the host side
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by name
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert [r[0].person.surname for r in page.list.selected()] == ["Русских"]
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == max(names, key=str.casefold)
    column = [c.header for c in page.model.columns].index("Precedence set")
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)  # numbers, empty ones last
    page.list.search.setText("директор")  # the order stays while searching
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert shown == sorted(shown, key=lambda t: (t == "", int(t) if t else 0))


def test_enter_on_a_row_opens_its_form(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    page = window.show_page("agreements")
    opened = []
    monkeypatch.setattr(page, "edit_agreement", lambda agr: opened.append(agr.id))
    page.list.activated.disconnect()
    page.list.activated.connect(page.edit_agreement)
    page.list.table.setFocus()
    page.list.table.setCurrentIndex(page.list.model.index(1, 1))
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert opened == [page.list.model.index(1, 0).data(Qt.ItemDataRole.UserRole + 3).id]


def _choose(qtbot, box, text: str) -> None:
    """Choose the item of a combo box that starts with ``text``, with the keyboard, as a person does."""
    box.setFocus()
    target = next(i for i in range(box.count()) if box.itemText(i).startswith(text))
    while box.currentIndex() != target:
        qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up)


def test_an_interpreter_and_a_spouse_are_linked_in_the_person_form_with_undo(window, qtbot):
    """Whom an interpreter interprets for, and whose spouse one is: chosen among the event's participants."""
    page = _add_person(window, "Ковальчук")
    db = window.ctx.db
    att = next(a for a in (r[0] for r in page.model.all_rows()) if a.person.surname == "Ковальчук")
    dialog = page._dialog(att)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.interprets.isEnabled()  # a member interprets for nobody
    assert all(
        "Ковальчук" not in dialog.spouse.itemText(i) for i in range(dialog.spouse.count())
    )  # not herself
    _choose(qtbot, dialog.role, window.ctx.word("role", "interpreter"))
    assert dialog.interprets.isEnabled()
    _choose(qtbot, dialog.interprets, "Пархомчик")
    _choose(qtbot, dialog.spouse, "Русских")
    assert page.save_form(att, dialog.result_form())
    stored = participants.get_participant(db, att.participant.id)
    head = {a.person.surname: a.participant.id for a in (r[0] for r in page.model.all_rows())}
    assert (stored.interprets_for, stored.partner_id) == (head["Пархомчик"], head["Русских"])
    again = page._dialog(
        next(a for a in (r[0] for r in page.model.all_rows()) if a.person.surname == "Ковальчук")
    )
    assert again.interprets.currentText().startswith("Пархомчик") and again.spouse.currentText().startswith(
        "Русских"
    )
    window.stack.undo()
    stored = participants.get_participant(db, att.participant.id)
    assert (stored.role, stored.interprets_for, stored.partner_id) == ("member", None, None)
