"""Opening a store for the window: the lock against a second writer, the network-drive warning, read-only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from protocol_app.errors import UserError
from protocol_app.store import open_store, ui_queries
from protocol_app.store.connection import Store
from ui.reliability import StoreLock, is_network_path


@dataclass
class OpenStore:
    """A store opened by the window, with its lock (None when opened read-only)."""

    db: Store
    path: Path
    lock: StoreLock | None
    read_only: bool

    def close(self) -> None:
        self.db.close()
        if self.lock:
            self.lock.release()


def ask_read_only(parent: QWidget | None, path: Path, holder: str) -> bool:
    """Ask whether to open a store another Protocol Desk holds, read-only; True for yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Session", "Store in use"))
    text = QCoreApplication.translate(
        "Session", "The store {path} is open in another Protocol Desk window"
    ).format(path=path)
    if holder:
        text += f" ({holder})"
    box.setText(text + ".")
    box.setInformativeText(
        QCoreApplication.translate(
            "Session", "Open it read-only here (you can look and export, not change), or not at all?"
        )
    )
    read = box.addButton(
        QCoreApplication.translate("Session", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is read


def warn_network(parent: QWidget | None, path: Path) -> None:
    """Warn that a store on a network drive can be damaged when the connection drops."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Session", "Store on a network drive"),
        QCoreApplication.translate(
            "Session",
            "The store {path} is on a network drive. If the connection drops while the program writes, the "
            "store can be damaged, and two people opening it at once cannot be told apart reliably. Keep the "
            "store on this computer and copy it to the network for sharing.",
        ).format(path=path),
    )


def open_for_window(
    path: Path,
    parent: QWidget | None = None,
    *,
    ask: Callable[[QWidget | None, Path, str], bool] = ask_read_only,
    warn: Callable[[QWidget | None, Path], None] = warn_network,
) -> OpenStore | None:
    """Open the store at ``path`` for this window; None when the user declines. Raises ``UserError``."""
    if is_network_path(path):
        warn(parent, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = StoreLock(path)
    if not lock.acquire():
        if not ask(parent, path, lock.holder()):
            return None
        if not path.exists():
            raise UserError(f"{path} does not exist")
        db = open_store(path)
        ui_queries.set_read_only(db)
        return OpenStore(db, path, None, True)
    try:
        db = open_store(path)
    except UserError:
        lock.release()
        raise
    return OpenStore(db, path, lock, False)
