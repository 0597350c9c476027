"""Scratch folders for the files a page makes on its way (previews, papers sent to the printer)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTemporaryDir


def scratch_folder(owner: QObject) -> QTemporaryDir:
    """A new private folder in the system's temporary folder, removed with what it holds when ``owner`` is
    destroyed (the window closed), not only when Python lets go of the folder object: a preview or a paper
    holds the event's names, and a leftover folder would keep them on the disk."""
    folder = QTemporaryDir()
    owner.destroyed.connect(lambda *_: folder.remove())
    return folder


def scratch_path(folder: QTemporaryDir) -> Path:
    """A new private folder inside ``folder`` (``scratch_folder``) for one preview or paper.

    OSError, worded in the window's language, when the system's temporary folder could not give one (full,
    not writable, missing): never a folder made elsewhere. An invalid ``QTemporaryDir`` has the path "",
    which ``tempfile`` takes for the working folder, where the event's names would stay behind."""
    why = folder.errorString() if not folder.isValid() else ""
    if not why:
        try:
            return Path(tempfile.mkdtemp(dir=folder.path()))
        except OSError as exc:
            why = exc.strerror or str(exc)
    text = QCoreApplication.translate("Scratch", "No private temporary folder for the papers: %1")
    raise OSError(text.replace("%1", why))
