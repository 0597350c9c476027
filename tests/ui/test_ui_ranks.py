"""The rank ladder in the window: unknown positions named on the Participants page, ranked once in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox

from protocol_app.model import NewParticipant, NewPerson
from protocol_app.store import directory, participants


def _unknown_person(window, demo_store) -> None:
    db = window.ctx.db
    side = db.execute("SELECT id FROM sides WHERE event_id = ? AND host = 1", [demo_store[1]]).fetchone()[0]
    person = directory.add_person(
        db, NewPerson(surname="Стажёров", given_name="Иван", position="Стажёр протокола")
    )
    participants.add_participant(db, NewParticipant(demo_store[1], person, side))
    window.ctx.refresh()


def test_an_unknown_position_is_named_and_ranked_once_in_the_dialog(window, demo_store, qtbot, monkeypatch):
    from ui.dialogs.ranks import RanksDialog

    _unknown_person(window, demo_store)
    page = window.show_page("participants")
    page.refresh()
    note = page.findChild(QLabel, "unranked")
    assert note.isVisible() and "Стажёр протокола" in note.text()
    note.linkActivated.emit("Стажёр протокола")  # the link shows the people of that position
    model = page.list.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Стажёров Иван"]
    page.list.search.clear()

    dialog = RanksDialog(window.ctx.db, demo_store[1], "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = dialog.findChild(QListWidget, "unranked")
    assert [offered.item(i).text() for i in range(offered.count())] == ["Стажёр протокола"]
    offered.setCurrentRow(0)  # the position goes into the field
    assert dialog.findChild(QLineEdit, "position").text() == "Стажёр протокола"
    level = dialog.findChild(QSpinBox, "level")
    level.selectAll()
    qtbot.keyClicks(level, "152")
    qtbot.mouseClick(dialog.findChild(QPushButton, "rank"), Qt.MouseButton.LeftButton)
    assert not offered.isVisible()  # nothing left to rank
    dialog.close()

    page.refresh()
    assert not note.isVisible()
    row = next(r for r in page.model.rows() if r[0].person.surname == "Стажёров")
    assert row[1].reason_text("en") == "rank table: Стажёр протокола"


def test_the_settings_menu_opens_the_rank_ladder(window, monkeypatch):
    from ui import main_window

    opened = []
    monkeypatch.setattr(main_window.RanksDialog, "exec", lambda self: opened.append(self.table.rowCount()))
    window.ranks_action.trigger()
    assert opened and opened[0] > 20  # the shipped ladder


def test_a_level_changed_in_the_table_is_saved_once_typed(window, qtbot):
    from protocol_app.store.ranks import list_ranks
    from ui.dialogs.ranks import RanksDialog

    dialog = RanksDialog(window.ctx.db, None, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(i for i in range(dialog.table.rowCount()) if dialog.table.item(i, 0).text() == "Мэр")
    spin = dialog.table.cellWidget(row, 2)
    spin.selectAll()
    qtbot.keyClicks(spin, "125")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert {r.position: r.level for r in list_ranks(window.ctx.db)}["Мэр"] == 125
    assert dialog.table.item(row, 3).text() == "mayors"
