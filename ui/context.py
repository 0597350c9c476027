"""What every page needs: the open store, the undo stack, the settings, and the UI language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from protocol_app.store.connection import Store
from protocol_app.words import label
from ui.commands import StoreCommand, execute
from ui.settings import Settings


class Changes(QObject):
    """Tells every page that the store changed (after any command, undo or redo)."""

    changed = Signal()


@dataclass
class AppContext:
    """The open store and its companions, shared by the main window and its pages."""

    db: Store
    path: Path
    settings: Settings
    stack: QUndoStack
    read_only: bool = False
    language: str = "ru"
    changes: Changes = field(default_factory=Changes)

    def word(self, kind: str, code: str) -> str:
        """The UI-language word for a code of the model (role, level, status...)."""
        return label(kind, code, self.language)

    def run(self, parent: QWidget, command: StoreCommand) -> bool:
        """Do a change with undo; a mistake is shown in words and nothing changes."""
        if self.read_only:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("AppContext", "Read-only"),
                QCoreApplication.translate(
                    "AppContext", "This store is open read-only; changes are not possible."
                ),
            )
            return False
        problem = execute(self.stack, command)
        if problem:
            QMessageBox.warning(parent, QCoreApplication.translate("AppContext", "Cannot do that"), problem)
            return False
        return True

    def refresh(self) -> None:
        """Ask every page to read the store again."""
        self.changes.changed.emit()
