"""The wizard's import runs off the GUI thread, and its undo takes back exactly the rows it wrote: what another
window or the command line wrote meanwhile stays."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from protocol_app.model import NewParticipant, NewPerson
from protocol_app.store import directory, open_store
from protocol_app.store.events import list_sides
from protocol_app.store.participants import add_participant

CSV = (
    "ФИО;Должность;Организация;Сторона;Телефон\r\n"
    "Сидоров Пётр Ильич;Министр промышленности;Правительство Ульяновской области;Ульяновская область;\r\n"
    "Ёлкина Анна Сергеевна;Советник;ООО «Волга»;Ульяновская область;\r\n"
)
TABLES = ("organisations", "people", "participants")


def rows(db) -> dict[str, list]:
    return {t: list(db.execute(f"SELECT * FROM {t} ORDER BY id")) for t in TABLES}


def _import(window, qtbot, tmp_path):
    """Go through the wizard to the end; returns it once the import has ended."""
    from ui.import_wizard import ImportWizard

    path = tmp_path / "список.csv"
    path.write_bytes(CSV.encode("cp1251"))
    wizard = ImportWizard(window.ctx, window.current_event_id(), window)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.job is None and wizard.report is not None, timeout=20000)
    assert wizard.report.ok, wizard.report.errors
    with qtbot.waitSignal(wizard.result_page.done, timeout=20000):
        wizard.next()  # Import
    return wizard


def test_the_import_runs_off_the_gui_thread_and_the_window_answers_meanwhile(
    window, qtbot, tmp_path, monkeypatch
):
    from ui.import_wizard import ImportChoices

    gui_answered = threading.Event()
    seen: dict = {}
    original = ImportChoices.run

    def run(self, db, event_id, *, dry_run, progress=None):
        if not dry_run:
            seen["thread"] = threading.current_thread()
            seen["gui answered"] = gui_answered.wait(20)  # only while the GUI thread runs its event loop
        return original(self, db, event_id, dry_run=dry_run, progress=progress)

    monkeypatch.setattr(ImportChoices, "run", run)
    QTimer.singleShot(0, gui_answered.set)  # runs when the GUI thread next processes events
    wizard = _import(window, qtbot, tmp_path)
    assert seen["thread"] is not threading.main_thread() and seen["gui answered"]
    assert wizard.report.written and wizard.result_page.progress.value() == 100
    assert "Created 2, updated 0, skipped 0." in wizard.result_page.view.summary.text()
    assert wizard.result_page.isComplete() and wizard.imported
    wizard.accept()


def test_undo_removes_exactly_the_imported_rows_and_keeps_what_others_wrote(
    window, qtbot, tmp_path, demo_store, messages
):
    db = window.ctx.db
    event_id = window.current_event_id()
    before = rows(db)
    page = window.show_page("participants")
    count = page.model.rowCount()
    _import(window, qtbot, tmp_path)
    assert page.model.rowCount() == count + 2

    other = open_store(demo_store[0])  # the command line, writing while the window is open
    side = list_sides(other, event_id)[0].id or 0
    newcomer = directory.add_person(other, NewPerson(surname="Новикова", given_name="Ольга"))
    add_participant(other, NewParticipant(event_id=event_id, person_id=newcomer, side_id=side))
    theirs = list(other.execute("SELECT * FROM people WHERE id = ?", [newcomer]))
    other.close()

    window.stack.undo()
    now = rows(db)
    assert now["organisations"] == before["organisations"]
    assert now["people"] == before["people"] + theirs
    assert [r for r in now["participants"] if r[2] != newcomer] == before["participants"]
    assert page.model.rowCount() == count + 1  # the newcomer stays
    assert messages == []  # nothing was in the way

    window.stack.redo()
    assert page.model.rowCount() == count + 3
    elkina = next(r[0].person.id for r in page.model.rows() if r[0].person.surname == "Ёлкина")
    other = open_store(demo_store[0])
    with other.atomic():
        other.execute("UPDATE people SET phone = '+7 900 000-00-02' WHERE id = ?", [elkina])
    other.close()
    window.stack.undo()
    assert directory.get_person(db, elkina).phone == "+7 900 000-00-02"  # kept as the other one left it
    assert page.model.rowCount() == count + 1  # her participation and Sidorov's are undone
    assert [text for kind, _title, text in messages if kind == "information"] == [
        "2 rows changed by someone else since the import were left as they are."
    ]  # her row, and the organisation it names
