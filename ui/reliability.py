"""Keeping the user's work safe: one writer per store (a lock file), a warning for network drives, and a
dialog with the log file for any unexpected error."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths, QStorageInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from protocol_app.logfile import failure_text, private_log_handler
from ui.i18n import error_in_words

NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb2",
    "afpfs",
    "webdav",
    "davfs",
    "fuse.sshfs",
}

log = logging.getLogger("protocol_desk")


class StoreLock:
    """A lock file beside the store (``store.sqlite.lock``) held while a window writes to it."""

    def __init__(self, store: Path) -> None:
        self.path = store.with_name(store.name + ".lock")
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone

    def acquire(self) -> bool:
        """Take the lock; False when another running Protocol Desk holds it."""
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError and self._lock.removeStaleLockFile():
            return self._lock.tryLock(0)
        return False

    def holder(self) -> str:
        """ "host, process id" of the program holding the lock, for the message; empty when unknown."""
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app), or a bool-led tuple in older bindings
        if not info or (isinstance(info[0], bool) and not info[0]):
            return ""
        pid, host = (info[1], info[2]) if isinstance(info[0], bool) else (info[0], info[1])
        return f"{host}, {pid}"

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def is_network_path(path: Path) -> bool:
    """Whether ``path`` lies on a network share (SMB, NFS, ...), where SQLite locking is not reliable."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    target = path if path.exists() else path.parent
    info = QStorageInfo(str(target))
    kind = bytes(info.fileSystemType().data()).decode(errors="replace").lower()
    return kind in NETWORK_FILESYSTEMS or kind.startswith(("nfs", "cifs", "smb"))


def log_file() -> Path:
    """The log file of the app, in the app's local data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    folder = Path(base or Path.home() / ".protocol-desk") / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "protocol-desk.log"


def setup_logging() -> Path:
    """Send the app's log to ``log_file()``; returns its path."""
    path = log_file()
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        handler = private_log_handler(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


ErrorShower = Callable[[str, Path], None]


def _show_error(message: str, path: Path) -> None:

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Reliability", "Unexpected error"))
    box.setText(
        QCoreApplication.translate("Reliability", "Something went wrong: {message}").format(message=message)
        + "\n\n"
        + QCoreApplication.translate(
            "Reliability", "Your data is safe: every change was saved when you made it."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("Reliability", "Details are in the log file:\n{path}").format(path=path)
    )
    box.exec()


def install_excepthook(show: ErrorShower = _show_error) -> None:
    """Log any uncaught exception with its traceback and tell the user in a dialog (the app keeps running)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        path = setup_logging()
        log.error("unexpected error: %s", failure_text("window", value, tb))
        for handler in log.handlers:
            handler.flush()
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        show(error_in_words(value) or kind.__name__, path)

    sys.excepthook = hook
