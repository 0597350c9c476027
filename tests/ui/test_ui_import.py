"""The import wizard, end to end on a Windows-1251 CSV as Russian Excel writes it."""

from __future__ import annotations

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
