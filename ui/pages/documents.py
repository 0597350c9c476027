"""Documents page: attendee lists, signing papers and briefing packs, written off the GUI thread with a
progress bar and Cancel; when done, "Open the file" and "Show in folder"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.document_kinds import DocumentKind, document_kinds
from ui.pages.base import EventPage
from ui.workers import Job, start


class DocumentsPage(EventPage):
    """Choose a document, its format, language and sections, and where to write it; then make it."""

    done = Signal(list)  # the paths written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kinds = document_kinds()
        self.job: Job | None = None
        self.written: list[Path] = []
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in self.kinds:
            suffix = "" if kind.available else self.tr(" (not available yet)")
            self.kind.addItem(kind.title + suffix, kind.key)
        self.format = QComboBox()
        self.format.setObjectName("format")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, text in (
            ("ru", self.tr("Russian")),
            ("en", self.tr("English")),
            ("ru,en", self.tr("Russian and English")),
        ):
            self.language.addItem(text, code)
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMaximumHeight(140)
        self.sections_label = QLabel(self.tr("Sections and options"))
        self.folder = QLineEdit(ctx.settings.export_dir or _documents_folder())
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.make = QPushButton(self.tr("Make the document"))
        self.make.setObjectName("make")
        self.make.clicked.connect(self.start_export)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.cancel_export)
        self.cancel.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file = QPushButton(self.tr("Open the file"))
        self.open_file.setObjectName("open_file")
        self.open_file.clicked.connect(lambda: self._open(self.written[0]))
        self.show_folder = QPushButton(self.tr("Show in folder"))
        self.show_folder.setObjectName("show_folder")
        self.show_folder.clicked.connect(lambda: self._open(self.written[0].parent))
        for button in (self.open_file, self.show_folder):
            button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language of the document"), self.language)
        form.addRow(self.sections_label, self.sections)
        form.addRow(self.tr("Folder"), folder_row)
        run_row = QHBoxLayout()
        run_row.addWidget(self.make)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel)
        after = QHBoxLayout()
        after.addWidget(self.open_file)
        after.addWidget(self.show_folder)
        after.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addLayout(after)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.language.setCurrentIndex(max(self.language.findData(ctx.settings.document_language), 0))
        self._kind_chosen()

    def current_kind(self) -> DocumentKind:
        return self.kinds[self.kind.currentIndex()]

    def _kind_chosen(self) -> None:
        kind = self.current_kind()
        self.format.clear()
        for fmt in kind.formats:
            self.format.addItem(fmt.upper(), fmt)
        at = self.format.findData(self.ctx.settings.export_format)
        self.format.setCurrentIndex(max(at, 0))
        self.sections.clear()
        for code, text, checked in kind.sections:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        self.sections.setVisible(bool(kind.sections))
        self.sections_label.setVisible(bool(kind.sections))
        self.note.setText(
            "" if kind.available else self.tr("This document is not available in this version yet.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.make.setEnabled(not running and self.current_kind().available and self.event_id is not None)
        self.cancel.setEnabled(running)

    def refresh(self) -> None:
        self._update_buttons()

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for documents"), self.folder.text())
        if name:
            self.folder.setText(name)

    def chosen_sections(self) -> list[str]:
        return [
            self.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        ]

    def start_export(self) -> Job | None:
        """Start writing the chosen document in the background; returns the job."""
        kind = self.current_kind()
        if self.event_id is None or not kind.available or kind.write is None or self.job is not None:
            return None
        folder = Path(self.folder.text().strip() or _documents_folder())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.status.setText(
                self.tr("Cannot use the folder %1: %2")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or str(exc))
            )
            return None
        fmt, lang, sections = self.format.currentData(), self.language.currentData(), self.chosen_sections()
        settings = self.ctx.settings
        settings.export_dir, settings.export_format, settings.document_language = str(folder), fmt, lang
        event_id, write = self.event_id, kind.write
        self.job = Job(
            lambda db, progress: write(db, event_id, folder, fmt, lang, sections, progress), self.ctx.path
        )
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        self.written = []
        self.progress.setValue(0)
        self.status.setText(self.tr("Working…"))
        for button in (self.open_file, self.show_folder):
            button.setEnabled(False)
        self._update_buttons()
        return start(self.job)

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if text:
            self.status.setText(text)

    def _finished(self, paths: list[Path]) -> None:
        self.job = None
        self.written = [Path(p) for p in paths]
        self.progress.setValue(100)
        self.status.setText(self.tr("Written: %1").replace("%1", ", ".join(str(p) for p in self.written)))
        for button in (self.open_file, self.show_folder):
            button.setEnabled(bool(self.written))
        self._update_buttons()
        self.done.emit(self.written)

    def _failed(self, message: str) -> None:
        self.job = None
        self.progress.setValue(0)
        self.status.setText(self.tr("Not written: %1").replace("%1", message))
        self._update_buttons()

    def _cancelled(self) -> None:
        self.job = None
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled; nothing was written."))
        self._update_buttons()

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _documents_folder() -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(base or Path.home()) / "Protocol Desk")
