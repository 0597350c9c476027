"""The issue's "done when" story on a fresh store: create an event, import a cp1251 list, fix a name, undo it,
export a PDF attendee list; all through the window."""

from __future__ import annotations

import pytest
from pdf_text import text_of_pdf

LIST = (
    "№;Фамилия;Имя;Отчество;Должность;Организация;Сторона\r\n"
    "1;Иванов;Иван;Иванович;Губернатор Свердловской области;Правительство Свердловской области;Свердловская область\r\n"
    "2;Петрова;Мария;Сергеевна;Министр международных связей;Правительство Свердловской области;Свердловская область\r\n"
    "3;Ахметов;Ерлан;;Аким;Акимат;Казахстан\r\n"
)


@pytest.fixture
def fresh_window(qtbot, tmp_path, settings, messages):
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.session import open_for_window

    settings.language = "en"
    i18n.install_language("en")
    win = MainWindow(open_for_window(tmp_path / "new.sqlite"), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_new_user_story(fresh_window, qtbot, tmp_path):
    from ui.dialogs.event import EventDialog
    from ui.import_wizard import ImportWizard

    win = fresh_window
    assert win.events_model.rowCount() == 0
    dialog = EventDialog(win.ctx.word, parent=win)
    dialog.title_ru.setText("Визит делегации Казахстана")
    dialog.host_side.setText("Свердловская область")
    dialog.guest_side.setText("Казахстан")
    assert dialog.validate()
    assert win.add_event(dialog.result_event(), *dialog.side_names())
    assert win.current_event_id() is not None

    csv = tmp_path / "delegation.csv"
    csv.write_bytes(LIST.encode("cp1251"))
    wizard = ImportWizard(win.ctx, win.current_event_id(), win)
    wizard.show()
    wizard.file_page.path.setText(str(csv))
    wizard.next()
    assert wizard.reading_page.encoding.currentText() == "cp1251"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.job is None and wizard.report is not None, timeout=20000)
    assert wizard.report.ok, wizard.report.errors
    with qtbot.waitSignal(wizard.result_page.done, timeout=20000):
        wizard.next()  # Import
    wizard.accept()
    page = win.show_page("participants")
    assert page.model.rowCount() == 3

    row = next(r for r in page.model.rows() if r[0].person.surname == "Ахметов")
    dialog = page._dialog(row[0])
    dialog.surname.setText("Ахмедов")
    assert page.save_form(row[0], dialog.result_form())
    assert any(r[0].person.surname == "Ахмедов" for r in page.model.rows())
    win.stack.undo()
    assert any(r[0].person.surname == "Ахметов" for r in page.model.rows())

    docs = win.show_page("documents")
    docs.kind.setCurrentIndex(docs.kind.findData("attendees"))
    docs.format.setCurrentIndex(docs.format.findData("pdf"))
    docs.language.setCurrentIndex(docs.language.findData("ru"))
    docs.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(docs.done, timeout=60000) as done:
        docs.make.click()
    text = text_of_pdf(done.args[0][0], "")
    assert "Ахметов" in text and "Петрова" in text
