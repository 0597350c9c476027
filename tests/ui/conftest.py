"""UI fixtures: a demo store file, a main window on it with its own settings file, and no blocking dialogs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def _test_paths():
    QStandardPaths.setTestModeEnabled(True)
    yield


@pytest.fixture(autouse=True)
def _quick_preview(monkeypatch):
    """The Documents page waits a quarter of a second after a change before it makes the preview (a burst of
    clicks makes one); the tests' clicks come in one burst anyway, so they wait 10 ms, not a quarter second
    every time (tests/ui/test_ui_preview.py checks that a burst still makes one preview)."""
    monkeypatch.setattr("ui.pages.documents.PREVIEW_DELAY_MS", 10)


@pytest.fixture
def messages(monkeypatch):
    """Every message box the UI would show, recorded instead of shown: (kind, title, text)."""
    seen: list[tuple[str, str, str]] = []

    def record(kind, answer):
        def show(_parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return seen


@pytest.fixture
def demo_store(tmp_path: Path, demo_file) -> tuple[Path, int]:
    """A store file holding the demo event (this test's own copy): (path, event id)."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file[0], path)
    return path, demo_file[1]


@pytest.fixture
def settings(tmp_path: Path):
    from ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, demo_store, settings, messages):
    """The main window on the demo store, shown (offscreen), English interface; closed afterwards."""
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.session import open_for_window

    settings.language = "en"
    i18n.install_language("en")
    store = open_for_window(demo_store[0])
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # waits for the window's jobs (workers.shutdown) ...
    QApplication.processEvents()  # ... and hands their last signals to its widgets while they still exist
