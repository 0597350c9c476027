"""File → Export event package, Import event package, Open read-only; and the change list on the Documents
page."""

from __future__ import annotations

from pathlib import Path

from pdf_text import text_of_pdf
from PySide6.QtWidgets import QFileDialog

from protocol_app.store.participants import list_attendees, save_attendee


def _file_action(window, name: str):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.objectName() == name)


def _export(window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    _file_action(window, "export_package").trigger()


def test_the_file_menu_offers_the_package_actions(window):
    texts = [_file_action(window, n).text() for n in ("export_package", "import_package", "open_read_only")]
    assert texts == ["&Export event package…", "I&mport event package…", "Open &read-only…"]


def test_an_event_exported_and_imported_into_an_empty_store(window, monkeypatch, messages, tmp_path):
    package = tmp_path / "event.pdpkg"
    _export(window, monkeypatch, package)
    assert package.exists() and str(package) in window.statusBar().currentMessage()
    assert window.switch_store(tmp_path / "empty.sqlite")
    assert window.events_list.model.rowCount() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    _file_action(window, "import_package").trigger()
    kind, _title, text = messages[-1]
    assert kind == "question" and "a new event" in text and "conflicts: 0" in text
    assert window.events_list.model.rowCount() == 1
    assert window.current_event_id() is not None
    _file_action(window, "import_package").trigger()  # the second time: nothing new
    assert "the same event as in this store" in messages[-1][2] and "New rows: 0" in messages[-1][2]
    assert window.events_list.model.rowCount() == 1


def test_a_damaged_package_is_refused_in_words(window, monkeypatch, messages, tmp_path):
    bad = tmp_path / "bad.pdpkg"
    bad.write_text("not a package")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    _file_action(window, "import_package").trigger()
    assert messages[-1][0] == "warning" and "not an SQLite database" in messages[-1][2]


def test_a_package_opens_read_only_and_stays_as_it_was(window, monkeypatch, tmp_path):
    package = tmp_path / "event.pdpkg"
    _export(window, monkeypatch, package)
    before = package.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    _file_action(window, "open_read_only").trigger()
    assert window.ctx.read_only and "(read-only)" in window.windowTitle()
    assert window.events_list.model.rowCount() == 1
    assert not _file_action(window, "import_package").isEnabled()
    assert package.read_bytes() == before
    assert str(package) not in window.settings.recent_files


def test_changes_since_the_last_list_from_the_documents_page(window, qtbot, tmp_path):
    page = window.show_page("documents")

    def make(kind: str, fmt: str) -> list[Path]:
        page.kind.setCurrentIndex(page.kind.findData(kind))
        page.format.setCurrentIndex(page.format.findData(fmt))
        page.language.setCurrentIndex(page.language.findData("en"))
        page.folder.setText(str(tmp_path))
        with qtbot.waitSignal(page.done, timeout=60000) as signal:
            page.make.click()
        return signal.args[0]

    make("attendees", "xlsx")
    db, event_id = window.ctx.db, window.current_event_id()
    attendee = list_attendees(db, event_id)[0]
    attendee.person.position = attendee.person.position_en = "Acting Governor"
    save_attendee(db, attendee.person, attendee.participant)  # this event's position
    paths = make("changes", "pdf")
    text = " ".join(text_of_pdf(paths[0], " ").split())
    assert "Changes to the list of participants" in text and "Acting Governor" in text
