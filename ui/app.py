"""Start the desktop app: the QApplication with the shipped fonts and the interface language, the error
dialog for anything unexpected, the store (with its lock), and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from protocol_app.errors import UserError
from protocol_app.fonts import all_font_files
from protocol_app.store import default_store_path
from ui import i18n
from ui.i18n import error_in_words
from ui.main_window import MainWindow
from ui.reliability import install_excepthook, setup_logging
from ui.session import open_for_window
from ui.settings import Settings


def register_fonts() -> list[str]:
    """Register the shipped fonts with Qt (the same files the PDF writer uses); returns the families."""
    families: set[str] = set()
    for path in all_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def prepare_app(settings: Settings) -> QApplication:
    """The QApplication, with names, fonts (PT Sans for the interface) and the chosen language installed."""
    running = QApplication.instance()  # typed QCoreApplication; a test's or an earlier call's QApplication
    app = running if isinstance(running, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Protocol Desk")
    app.setOrganizationName("ProtocolDesk")
    families = register_fonts()
    if "PT Sans" in families:
        font = QFont("PT Sans")
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    i18n.install_language(i18n.effective_language(settings.language))
    return app


def run(db_path: str | None = None) -> int:
    """Open the main window on the store at ``db_path`` (the last or default store when None)."""
    settings = Settings()
    app = prepare_app(settings)
    setup_logging()
    install_excepthook()
    path = Path(db_path) if db_path else Path(settings.last_store or default_store_path())
    if not db_path and settings.last_store and not path.exists():
        path = default_store_path()
    try:
        store = open_for_window(path)
    except UserError as exc:
        QMessageBox.critical(None, "Protocol Desk", error_in_words(exc))
        return 2
    if store is None:
        return 0
    settings.last_store = str(path)
    settings.add_recent(str(path))
    window = MainWindow(store, settings)
    window.show()
    return app.exec()


def main() -> None:
    """The gui-script entry point."""
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
