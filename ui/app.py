"""Start the desktop app: a QApplication, the store, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from protocol_app.errors import UserError
from protocol_app.store import open_store


def run(db_path: str | None = None) -> int:
    """Open the main window on the store at ``db_path`` (default store when None); returns the exit code."""
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Protocol Desk")
    app.setOrganizationName("ProtocolDesk")
    try:
        db = open_store(db_path)
    except UserError as exc:
        QMessageBox.critical(None, "Protocol Desk", str(exc))
        return 2
    window = MainWindow(db)
    window.show()
    return app.exec()


def main() -> None:
    """The gui-script entry point."""
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
