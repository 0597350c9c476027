"""Scratch folders for the files a page makes on its way (previews, papers sent to the printer)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTemporaryDir


def scratch_folder(owner: QObject) -> QTemporaryDir:
    """A new private folder in the system's temporary folder, removed with what it holds when ``owner`` is
    destroyed (the window closed), not only when Python lets go of the folder object: a preview or a paper
    holds the event's names, and a leftover folder would keep them on the disk."""
    folder = QTemporaryDir()
    owner.destroyed.connect(lambda *_: folder.remove())
    return folder
