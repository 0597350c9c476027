"""File menu actions for event packages: export the chosen event as a package, import a package into this
store (a dry run first, then the merge on the user's word), and open a package or store read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStatusBar

from protocol_app.errors import UserError
from protocol_app.package import PackageReport, export_package, import_package, open_read_only
from protocol_app.store.events import get_event
from ui.context import AppContext
from ui.i18n import error_in_words
from ui.list_view import ListView
from ui.session import OpenStore
from ui.settings import Settings
from ui.widgets import EventWindow, chosen_event

PACKAGE_SUFFIX = ".pdpkg"


class Window(EventWindow, Protocol):
    """What these actions need of the main window (which adds them to its File menu; the parent of the
    dialogs)."""

    ctx: AppContext
    settings: Settings
    stack: QUndoStack
    events_list: ListView

    def select_event(self, event_id: int | None) -> None: ...
    def use_store(self, store: OpenStore, *, remember: bool = True) -> bool: ...
    def statusBar(self) -> QStatusBar: ...


def package_filter() -> str:
    return QCoreApplication.translate(
        "PackageActions", "Protocol Desk event package (*.pdpkg *.sqlite);;All files (*)"
    )


def add_package_actions(window: Window, menu: QMenu) -> list[QAction]:
    """Add Export event package, Import event package and Open read-only to ``menu``."""
    actions = []
    for name, text, handler in (
        (
            "export_package",
            QCoreApplication.translate("PackageActions", "&Export event package…"),
            lambda: export_event_package(window),
        ),
        (
            "import_package",
            QCoreApplication.translate("PackageActions", "I&mport event package…"),
            lambda: import_event_package(window),
        ),
        (
            "open_read_only",
            QCoreApplication.translate("PackageActions", "Open &read-only…"),
            lambda: open_package_read_only(window),
        ),
    ):
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(handler)
        actions.append(action)
    actions[1].setEnabled(not window.ctx.read_only)
    return actions


def export_event_package(window: Window, path: Path | None = None) -> Path | None:
    """Write the chosen event as a package (asking where unless ``path``); returns the file written."""
    event_id = chosen_event(window, QCoreApplication.translate("PackageActions", "Export event package"))
    if event_id is None:
        return None
    if path is None:
        folder = Path(window.settings.export_dir or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            window.window(),
            QCoreApplication.translate("PackageActions", "Export event package"),
            str(folder / (f"event-{get_event(window.ctx.db, event_id).date}{PACKAGE_SUFFIX}")),
            package_filter(),
        )
        if not name:
            return None
        path = Path(name)
    try:
        written, counts = export_package(window.ctx.db, event_id, path)
    except UserError as exc:
        QMessageBox.warning(
            window.window(),
            QCoreApplication.translate("PackageActions", "Export event package"),
            error_in_words(exc),
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("PackageActions", "Wrote %1: the event with %2 participants.")
        .replace("%1", str(written))
        .replace("%2", str(counts.get("participants", 0)))
    )
    return written


def describe(report: PackageReport) -> str:
    """What an import does (or would do), in the interface's language."""
    data = report.as_json()
    event = (
        QCoreApplication.translate("PackageActions", "the same event as in this store")
        if report.event_matched
        else QCoreApplication.translate("PackageActions", "a new event")
    )
    text = (
        QCoreApplication.translate(
            "PackageActions", "«%1»: %2. New rows: %3; empty fields filled in: %4; conflicts: %5."
        )
        .replace("%1", report.event_title)
        .replace("%2", event)
        .replace("%3", str(data["created"]))
        .replace("%4", str(data["updated"]))
        .replace("%5", str(len(report.conflicts)))
    )
    for conflict in report.conflicts[:10]:
        text += "\n" + (
            QCoreApplication.translate(
                "PackageActions", "%1, %2: here «%3», in the package «%4» (kept as here)"
            )
            .replace("%1", conflict.row)
            .replace("%2", conflict.column)
            .replace("%3", conflict.ours)
            .replace("%4", conflict.theirs)
        )
    return text


def import_event_package(window: Window, path: Path | None = None) -> PackageReport | None:
    """Merge a package into this store after showing what it would do; returns the report of the merge."""
    if window.ctx.read_only:
        return None
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window.window(),
            QCoreApplication.translate("PackageActions", "Import event package"),
            str(Path.home()),
            package_filter(),
        )
        if not name:
            return None
        path = Path(name)
    title = QCoreApplication.translate("PackageActions", "Import event package")
    try:
        preview = import_package(window.ctx.db, path, dry_run=True)
        answer = QMessageBox.question(
            window.window(),
            title,
            describe(preview) + "\n\n" + QCoreApplication.translate("PackageActions", "Import it?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        report = import_package(window.ctx.db, path)
    except UserError as exc:
        QMessageBox.warning(window.window(), title, error_in_words(exc))
        return None
    window.stack.clear()  # earlier steps cannot be undone across a merge of many rows
    window.events_list.reload()
    window.select_event(report.event_id)
    window.ctx.refresh()
    window.statusBar().showMessage(describe(report).splitlines()[0])
    return report


def open_package_read_only(window: Window, path: Path | None = None) -> bool:
    """Show a package (or any store) read-only in this window, the file itself left as it is."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window.window(),
            QCoreApplication.translate("PackageActions", "Open read-only"),
            str(Path.home()),
            package_filter(),
        )
        if not name:
            return False
        path = Path(name)
    try:
        db, copy = open_read_only(path)
    except UserError as exc:
        QMessageBox.warning(
            window.window(),
            QCoreApplication.translate("PackageActions", "Open read-only"),
            error_in_words(exc),
        )
        return False
    window.use_store(OpenStore(db, copy, None, True), remember=False)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "PackageActions", "%1, open read-only: a copy; the file is not changed."
        ).replace("%1", str(path))
    )
    return True
