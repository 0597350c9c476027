"""A fresh install: ``protocol-app`` opens the window on a new default store, and the store is remembered."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def test_run_opens_the_window_on_a_new_default_store(qapp, tmp_path, monkeypatch):
    import ui.app as app_module
    from ui.settings import Settings

    store = tmp_path / "data" / "protocol-desk.sqlite"
    ini = str(tmp_path / "settings.ini")
    monkeypatch.setattr(app_module, "default_store_path", lambda: store)
    monkeypatch.setattr(app_module, "Settings", lambda: Settings(QSettings(ini, QSettings.Format.IniFormat)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put it back after
    seen = []

    def look_and_close() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()
        ]
        seen.extend(w.windowTitle() for w in windows)
        for w in windows:
            w.close()

    QTimer.singleShot(300, look_and_close)
    assert app_module.run(None) == 0
    assert store.exists()
    assert seen and seen[0].startswith("protocol-desk.sqlite")
    assert Settings(QSettings(ini, QSettings.Format.IniFormat)).recent_files == [str(store)]
