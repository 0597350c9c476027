"""The import wizard, end to end on a Windows-1251 CSV as Russian Excel writes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

CSV = (
    "№;ФИО;Должность;Организация;Сторона;Телефон\r\n"
    "1;Сидоров Пётр Ильич;Министр промышленности;Правительство Ульяновской области;Ульяновская область;+7 900 000-00-01\r\n"
    "2;Ёлкина Анна Сергеевна;Советник;ООО «Волга»;Ульяновская область;\r\n"
)


def _open(window, path):
    from ui.import_wizard import ImportWizard

    wizard = ImportWizard(window.ctx, window.current_event_id(), window)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    return wizard


def _wait_report(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.report is not None or wizard.check_page.job is None, timeout=20000)
    qtbot.waitUntil(lambda: wizard.check_page.job is None, timeout=20000)


def test_import_cp1251_end_to_end_and_undo(window, qtbot, tmp_path):
    path = tmp_path / "список.csv"
    path.write_bytes(CSV.encode("cp1251"))
    page = window.show_page("participants")
    rows = page.model.rowCount()
    wizard = _open(window, path)
    wizard.next()
    reading = wizard.reading_page
    assert reading.encoding.currentText() == "cp1251"
    assert reading.separator.currentData() == ";"
    fields = {
        reading.mapping.item(r, 0).text(): reading.mapping.cellWidget(r, 2).currentData()
        for r in range(reading.mapping.rowCount())
    }
    assert fields["ФИО"] == "full_name" and fields["Должность"] == "position"
    assert reading.rows.item(0, 1).text() == "Сидоров Пётр Ильич"
    assert page.model.rowCount() == rows  # nothing written yet
    wizard.next()
    _wait_report(qtbot, wizard)
    assert wizard.report.ok and wizard.report.created == 2 and not wizard.report.written
    assert page.model.rowCount() == rows
    with qtbot.waitSignal(wizard.result_page.done, timeout=20000):
        wizard.next()  # Import
    assert wizard.imported and "Created 2, updated 0" in wizard.result_page.view.summary.text()
    assert page.model.rowCount() == rows + 2
    names = {page.model.row(r)[0].person.full_name for r in range(page.model.rowCount())}
    assert "Ёлкина Анна Сергеевна" in names
    window.stack.undo()
    assert page.model.rowCount() == rows
    window.stack.redo()
    assert page.model.rowCount() == rows + 2


def test_wrong_encoding_chosen_and_errors_block_import(window, qtbot, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(("ФИО;Должность;Сторона\r\n;Советник;Нет такой стороны\r\n").encode("cp1251"))
    wizard = _open(window, path)
    wizard.next()
    wizard.next()
    _wait_report(qtbot, wizard)
    report = wizard.report
    assert report is not None and not report.ok
    problems = wizard.check_page.problems
    assert sorted(problems.item(r, 1).text() for r in range(problems.rowCount())) == ["Сторона", "ФИО"]
    assert wizard.check_page.problems.item(0, 0).text() == "2"  # the row number in the file
    assert not wizard.check_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.reject()


def test_changing_the_encoding_rereads_the_preview(window, tmp_path):
    path = tmp_path / "список.csv"
    path.write_bytes(CSV.encode("cp1251"))
    wizard = _open(window, path)
    wizard.next()
    reading = wizard.reading_page
    assert reading.rows.item(0, 1).text() == "Сидоров Пётр Ильич"
    reading.encoding.setCurrentText("koi8-r")  # the wrong one: no header can be read any more
    assert reading.rows.rowCount() == 0 and "header" in reading.notes.text()
    assert not reading.isComplete()
    reading.encoding.setCurrentText("cp1251")
    assert reading.rows.item(0, 1).text() == "Сидоров Пётр Ильич" and reading.isComplete()
    reading.separator.setCurrentIndex(reading.separator.findData(","))  # wrong separator: nothing fits
    assert not reading.isComplete() or reading.mapping.rowCount() <= 1
    wizard.reject()


def test_the_russian_window_words_import_problems_in_russian(window, qtbot, tmp_path):
    import re

    window.set_language("ru")
    path = tmp_path / "list.csv"
    rows = "ФИО;Должность;Сторона\r\n;Советник;Нет такой стороны\r\nЛи;Советник;\r\n"
    path.write_bytes(rows.encode("cp1251"))
    wizard = _open(window, path)
    wizard.next()
    wizard.next()
    _wait_report(qtbot, wizard)
    table = wizard.check_page.problems
    messages = [table.item(r, 3).text() for r in range(table.rowCount())]
    assert any("нет стороны «Нет такой стороны»" in m for m in messages)
    assert any("не указана сторона" in m for m in messages)
    for message in messages:  # no English sentence: no run of three English words
        assert not re.search(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b", message), message
    wizard.reject()


def test_a_third_party_of_a_multilateral_list_is_kept_through_the_wizard(window, qtbot, tmp_path):
    """A list of multilateral agreements («Сторона 3», «Подписант 3») imported in the window: the columns of
    the third party are mapped to it (not to "not imported"), a fourth party is offered to map to, and the
    agreement is stored with its three parties."""
    from protocol_app.store.agreements import list_agreements
    from protocol_app.store.directory import list_organisations

    header = "№;Наименование;Уровень;Сторона 1;Подписант 1;Сторона 2;Подписант 2;Сторона 3;Подписант 3\r\n"
    row = (
        "1;Меморандум о трёхстороннем сотрудничестве;корпоративное;ПАО «Ростсельмаш»;Волков Дмитрий Сергеевич;"
        "ООО «Полесье ДГ»;Новик Сергей Васильевич;ОАО «Гомсельмаш»;Лукашевич Александр Михайлович\r\n"
    )
    path = tmp_path / "соглашения.csv"
    path.write_bytes((header + row).encode("cp1251"))
    event_id = window.current_event_id()
    before = len(list_agreements(window.ctx.db, event_id))
    wizard = _open(window, path)
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("agreements"))
    wizard.next()
    reading = wizard.reading_page
    combos = {
        reading.mapping.item(r, 0).text(): reading.mapping.cellWidget(r, 2)
        for r in range(reading.mapping.rowCount())
    }
    assert combos["Сторона 3"].currentData() == "party3"
    assert combos["Подписант 3"].currentText() == "Signatory of party 3"
    assert combos["Сторона 3"].findData("party4") >= 0  # one more party to map an unknown column to
    wizard.next()
    _wait_report(qtbot, wizard)
    assert wizard.report.ok and wizard.report.created == 1, wizard.report.errors
    with qtbot.waitSignal(wizard.result_page.done, timeout=20000):
        wizard.next()  # Import
    agreements = list_agreements(window.ctx.db, event_id)
    assert len(agreements) == before + 1
    [new] = [a for a in agreements if a.title.startswith("Меморандум о трёхстороннем")]
    names = {o.id: o.name for o in list_organisations(window.ctx.db)}
    assert [names[p.organisation_id] for p in new.parties] == [
        "ПАО «Ростсельмаш»",
        "ООО «Полесье ДГ»",
        "ОАО «Гомсельмаш»",
    ]


def test_a_list_without_a_header_row_says_how_to_give_it_one_in_the_wizard(window, qtbot, tmp_path):
    path = tmp_path / "без заголовков.csv"
    path.write_text("1;Сидоров Пётр Ильич;Министр\n2;Ёлкина Анна Сергеевна;Советник\n", encoding="utf-8")
    wizard = _open(window, path)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.file_page  # it cannot go on: there is no mapping to give yet
    text = wizard.file_page.error.text()
    assert (
        "no header row" in text and "Add a row naming the columns" in text and "choose the file again" in text
    )


def test_what_a_list_changes_in_people_already_known_is_shown_before_the_import(window, qtbot, tmp_path):
    path = tmp_path / "титулы.csv"
    path.write_bytes(
        "ФИО;Обращение;Сторона\r\nРусских Алексей Юрьевич;Dr;Ульяновская область\r\n".encode("cp1251")
    )
    wizard = _open(window, path)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    _wait_report(qtbot, wizard)
    table = wizard.check_page.problems
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [
        "2",
        "",
        "change",
        "Русских Алексей Юрьевич: the honorific 'Dr' is added (there was none)",
    ] in rows
    wizard.reject()
