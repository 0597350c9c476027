"""Reliability: a second window on the same store is read-only or nothing; errors become a dialog and a log."""

from __future__ import annotations

import sys

from protocol_app.errors import UserError
from protocol_app.store import ui_queries


def test_second_window_on_the_store_opens_read_only_when_asked(demo_store, messages):
    from ui.session import open_for_window

    first = open_for_window(demo_store[0])
    asked = []
    second = open_for_window(demo_store[0], ask=lambda parent, path, holder: asked.append(path) or True)
    try:
        assert not first.read_only and asked == [demo_store[0]]
        assert second.read_only and ui_queries.is_read_only(second.db)
        assert not ui_queries.is_read_only(first.db)
    finally:
        second.close()
        first.close()


def test_second_window_declined_opens_nothing(demo_store):
    from ui.session import open_for_window

    first = open_for_window(demo_store[0])
    try:
        assert open_for_window(demo_store[0], ask=lambda *_: False) is None
    finally:
        first.close()
    again = open_for_window(demo_store[0], ask=lambda *_: False)  # the lock was released on close
    assert again is not None and not again.read_only
    again.close()


def test_read_only_window_refuses_changes_in_words(qtbot, demo_store, settings, messages):
    from ui.main_window import MainWindow
    from ui.session import open_for_window

    first = open_for_window(demo_store[0])
    second = open_for_window(demo_store[0], ask=lambda *_: True)
    win = MainWindow(second, settings)
    qtbot.addWidget(win)
    try:
        assert "read-only" in win.windowTitle()
        page = win.show_page("programme")
        assert not page.add_item()
        assert messages and "read-only" in messages[-1][2]
    finally:
        win.close()
        first.close()


def test_network_store_is_warned_about(tmp_path, monkeypatch, messages):
    import ui.session as session

    warned = []
    monkeypatch.setattr(session, "is_network_path", lambda path: True)
    store = session.open_for_window(tmp_path / "s.sqlite", warn=lambda parent, path: warned.append(path))
    store.close()
    assert warned == [tmp_path / "s.sqlite"]


def test_unc_path_counts_as_network():
    from pathlib import Path

    from ui.reliability import is_network_path

    assert is_network_path(Path("//server/share/store.sqlite"))
    assert not is_network_path(Path(sys.prefix))


def test_unexpected_error_is_logged_and_shown(qapp, monkeypatch):
    from ui import reliability

    shown = []
    old = sys.excepthook
    reliability.install_excepthook(lambda message, path: shown.append((message, path)))
    try:
        try:
            raise RuntimeError("the printer caught fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    message, path = shown[0]
    assert "printer caught fire" in message
    assert "printer caught fire" in path.read_text(encoding="utf-8")


def test_failed_change_leaves_the_store_as_it_was(window, demo_store, messages):
    """A change refused by the core changes nothing and puts nothing on the undo stack."""
    from ui.commands import StoreCommand

    db = window.ctx.db
    before = db.execute("SELECT COUNT(*) FROM programme_items").fetchone()[0]

    def half_then_fail() -> None:
        from protocol_app.model import NewProgrammeItem
        from protocol_app.store import programme

        programme.add_item(db, NewProgrammeItem(demo_store[1], "09:00", "Half"))
        raise UserError("refused after a first write")

    assert not window.ctx.run(window, StoreCommand(db, "x", half_then_fail, lambda: None, lambda: None))
    assert db.execute("SELECT COUNT(*) FROM programme_items").fetchone()[0] == before
    assert window.stack.count() == 0


def test_error_in_a_button_handler_reaches_the_dialog(qtbot, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from ui import reliability

    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reliability.install_excepthook(lambda message, path: shown.append(message))
    button = QPushButton()
    qtbot.addWidget(button)

    def boom() -> None:
        raise ValueError("no such chair")

    button.clicked.connect(boom)
    button.click()
    assert shown == ["no such chair"]


def test_photo_is_taken_from_an_image_and_a_non_image_is_refused(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from protocol_app.model import Side
    from ui.dialogs.person import PersonDialog

    image = QImage(40, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    photo = tmp_path / "photo.png"
    image.save(str(photo))
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    dialog = PersonDialog([Side(1, "Хозяева", True, id=1)], [], lambda kind, code: code)
    qtbot.addWidget(dialog)
    dialog.surname.setText("Фото")
    dialog.load_photo(text)
    assert "not an image" in dialog.problems.text() and dialog.result_form().person.photo is None
    dialog.load_photo(photo)
    assert dialog.result_form().person.photo == photo.read_bytes()
