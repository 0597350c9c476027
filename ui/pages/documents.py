"""Documents page: every paper of the event (attendee lists, the pack, signing papers, seating plans, place
cards), previewed in the window as the officer chooses language and sections, printed from there, and saved
under the file name the officer chooses. Writing runs off the GUI thread with a progress bar and Cancel."""

from __future__ import annotations

import shutil
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Signal
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
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from protocol_app.english_texts import missing_english
from protocol_app.outputs import write_output
from protocol_app.signing.gaps import paper_gaps
from protocol_app.words import Lang
from ui.context import AppContext
from ui.document_kinds import DocumentKind, WriteRequest, document_kinds, saved_language
from ui.pages.base import EventPage
from ui.preview import PreviewPane
from ui.scratch import scratch_folder, scratch_path
from ui.workers import Job, Progress, start

PREVIEW_DELAY_MS = 250  # a burst of ticks and choices makes one preview, not one each


# The paper each kind of document is, for the English texts it needs; the page where each text is entered.
_PAPERS = {
    "attendees": "list",
    "pack": "pack",
    "signing": "signing",
    "seating": "plan",
    "place-cards": "cards",
}
_FILLED_ON = {"side": "sides", "position": "participants", "organisation": "participants",
              "programme_title": "programme", "programme_place": "programme", "agreement_title": "agreements"}  # fmt: skip


class DocumentsPage(EventPage):
    """Choose a document, its format, language and sections; see it; print it or save it where you want."""

    done = Signal(list)  # the paths written
    previewed = Signal(object)  # the PDF now previewed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kinds = document_kinds()
        self.job: Job | None = None
        self.preview_job: Job | None = None
        self._preview_again = False
        self._preview_folders: list[Path] = []  # the last two previews' files (one may still be rendering)
        self.written: list[Path] = []
        self._temp = scratch_folder(self)
        self._name_chosen = False  # the officer typed a file name: keep it when the choices change
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in self.kinds:
            self.kind.addItem(kind.title, kind.key)
        self.format = QComboBox()
        self.format.setObjectName("format")
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMaximumHeight(180)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_label = QLabel(self.tr("Sections and options"))
        self.folder = QLineEdit(ctx.settings.export_dir or _documents_folder())
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.file_name = QLineEdit()
        self.file_name.setObjectName("file_name")
        self.file_name.setToolTip(self.tr("The name of the file, without the ending (.pdf, .docx…)"))
        self.file_name.textEdited.connect(self._name_edited)
        self.suffix = QLabel()
        name_row = QHBoxLayout()
        name_row.addWidget(self.file_name, 1)
        name_row.addWidget(self.suffix)
        self.make = QPushButton(self.tr("Save the document"))
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
        self.open_file.clicked.connect(lambda: self._open(self.written[0], folder=False))
        self.show_folder = QPushButton(self.tr("Show in folder"))
        self.show_folder.setObjectName("show_folder")
        self.show_folder.clicked.connect(lambda: self._open(self.written[0].parent, folder=True))
        for button in (self.open_file, self.show_folder):
            button.setEnabled(False)
        self.missing_label = QLabel(self.tr("What the papers lack (double-click one to fill it in)"))
        self.missing = QListWidget()
        self.missing.setObjectName("missing_english")
        self.missing.setMaximumHeight(140)
        self.missing.setWordWrap(True)
        self.missing.itemDoubleClicked.connect(self._fill_in)
        self.preview = PreviewPane()
        self.preview.setObjectName("preview")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.start_preview)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Language of the document"), self.language)
        form.addRow(self.sections_label, self.sections)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("File name"), name_row)
        run_row = QHBoxLayout()
        run_row.addWidget(self.make)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel)
        after = QHBoxLayout()
        after.addWidget(self.open_file)
        after.addWidget(self.show_folder)
        after.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addLayout(run_row)
        column.addWidget(self.status)
        column.addWidget(self.missing_label)
        column.addWidget(self.missing)
        column.addLayout(after)
        column.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.sections.itemChanged.connect(lambda _item: self._sections_chosen())
        self._kind_chosen()

    def current_kind(self) -> DocumentKind:
        return self.kinds[self.kind.currentIndex()]

    # choices --------------------------------------------------------------------------------------------
    def _kind_chosen(self) -> None:
        kind = self.current_kind()
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in kind.formats:
            self.format.addItem(fmt.upper(), fmt)
        self.format.setCurrentIndex(max(self.format.findData(self.ctx.settings.export_format), 0))
        self.format.blockSignals(False)
        self.language.blockSignals(True)
        self.language.clear()
        words = {
            Lang.RU: self.tr("Russian"),
            Lang.EN: self.tr("English"),
            Lang.RU_EN: self.tr("Russian and English"),
        }
        for lang in kind.languages:
            self.language.addItem(words[lang], lang.value)
        if not kind.languages:
            self.language.addItem(self.tr("each guest's own languages"), Lang.RU.value)
        self.language.setEnabled(bool(kind.languages))
        at = self.language.findData(saved_language(self.ctx.settings.document_language).value)
        self.language.setCurrentIndex(max(at, 0))
        self.language.blockSignals(False)
        self.preview.set_cards(kind.key == "place-cards")
        self._fill_choices()
        self._format_chosen()
        self._update_buttons()

    def _fill_choices(self) -> None:
        kind = self.current_kind()
        before = {
            self.sections.item(i).data(Qt.ItemDataRole.UserRole): self.sections.item(i).checkState()
            for i in range(self.sections.count())
        }
        choices = kind.choices(self.ctx.db, self.event_id, self.ctx.language) if self.event_id else []
        self.sections.blockSignals(True)
        self.sections.clear()
        for code, text, checked in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            item.setCheckState(before.get(code, state))
            self.sections.addItem(item)
        self.sections.blockSignals(False)
        self.sections.setVisible(bool(choices))
        self.sections_label.setText(
            self.tr("Plans") if kind.key in ("seating", "place-cards") else self.tr("Sections and options")
        )
        self.sections_label.setVisible(bool(choices))

    def chosen_language(self) -> Lang:
        """The language of the document chosen in the combo."""
        return Lang.parse(self.language.currentData() or Lang.RU.value)

    def _language_chosen(self) -> None:
        self._format_chosen()

    def _list_missing(self) -> None:
        """List what the chosen paper lacks, worded in the window's language, each with the page where it is
        filled in: the texts an English or bilingual paper lacks, and the gaps of the signing papers (a party
        without a signatory, a language whose text the party supplies), as the command line warns of them."""
        self.missing.clear()
        found: list[tuple[str, str]] = []
        if self.event_id is not None:
            paper = _PAPERS.get(self.current_kind().key, "pack")
            if self.chosen_language().english:
                found += [
                    (item.message(self.ctx.language), _FILLED_ON.get(item.field, "overview"))
                    for item in missing_english(self.ctx.db, self.event_id, paper)
                ]
            gaps = paper_gaps(self.ctx.db, self.event_id, paper, self.chosen_sections(), self.ctx.language)
            found += [(gap["message"], "agreements") for gap in gaps]
        for text, page in found:
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, page)
            self.missing.addItem(entry)
        self.missing_label.setVisible(bool(found))
        self.missing.setVisible(bool(found))

    def _fill_in(self, item: QListWidgetItem) -> None:
        """Go to the page where the missing text is entered."""
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _format_chosen(self) -> None:
        self._list_missing()
        fmt = self.format.currentData() or "pdf"
        self.suffix.setText(f".{fmt}")
        if not self._name_chosen and self.event_id is not None:
            kind = self.current_kind()
            self.file_name.setText(kind.default_stem(self.ctx.db, self.event_id, self.chosen_language()))
        self.schedule_preview()

    def _name_edited(self, text: str) -> None:
        self._name_chosen = bool(text.strip())

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.make.setEnabled(not running and self.event_id is not None)
        self.cancel.setEnabled(running)

    def set_event(self, event_id: int | None) -> None:
        self._name_chosen = False
        super().set_event(event_id)

    def refresh(self) -> None:
        self._fill_choices()
        self._format_chosen()
        self._update_buttons()

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for documents"), self.folder.text())
        if name:
            self.folder.setText(name)

    def _sections_chosen(self) -> None:
        """A section ticked or not: what the paper lacks is listed again (a pack without its signing section
        lacks no signatory) and the preview made again."""
        self._list_missing()
        self.schedule_preview()

    def chosen_sections(self) -> list[str]:
        return [
            self.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        ]

    # preview --------------------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        """Make the preview again shortly (after the officer's last change)."""
        if self.event_id is None:
            self.preview.clear(self.tr("Choose an event on the left to see its documents."))
            return
        if self.preview.pdf is None:  # nothing shown yet, or a message: say what is coming
            self.preview.clear(self.tr("Making the preview…"))
        self._timer.start()

    def start_preview(self) -> Job | None:
        """Write the chosen document as PDF into a private folder, off the GUI thread, and show it."""
        self._timer.stop()
        if self.event_id is None:
            return None
        if self.preview_job is not None:
            self._preview_again = True
            self.preview_job.cancel()
            return None
        kind, event_id = self.current_kind(), self.event_id
        lang, options = self.chosen_language(), self.chosen_sections()
        try:
            folder = scratch_path(self._temp)
        except OSError as exc:
            self.preview.clear(self.tr("No preview: %1").replace("%1", str(exc)))
            return None
        self._preview_folders.append(folder)
        while len(self._preview_folders) > 2:
            shutil.rmtree(self._preview_folders.pop(0), ignore_errors=True)

        def write(db: Database, progress: Progress) -> Path:
            return kind.write(WriteRequest(db, event_id, folder, "preview", "pdf", lang, options, progress))[
                0
            ]

        self.preview_job = Job(write, self.ctx.path)
        self.preview_job.signals.finished.connect(self._previewed)
        self.preview_job.signals.failed.connect(self._preview_failed)
        self.preview_job.signals.cancelled.connect(self._preview_done)
        return start(self.preview_job)

    def _preview_done(self) -> bool:
        """The preview job ended; True when another was asked for meanwhile (and started)."""
        self.preview_job = None
        if self._preview_again:
            self._preview_again = False
            self.start_preview()
            return True
        return False

    def _previewed(self, pdf: Path) -> None:
        if self._preview_done():
            return
        self.preview.load(pdf)
        self.previewed.emit(pdf)

    def _preview_failed(self, message: str) -> None:
        if self._preview_done():
            return
        self.preview.clear(self.tr("No preview: %1").replace("%1", message))
        self.previewed.emit(None)

    # saving ---------------------------------------------------------------------------------------------
    def start_export(self) -> Job | None:
        """Start writing the chosen document in the background; returns the job."""
        kind = self.current_kind()
        if self.event_id is None or self.job is not None:
            return None
        folder = Path(self.folder.text().strip() or _documents_folder())
        stem = self.file_name.text().strip().removesuffix(self.suffix.text())
        if not stem or "/" in stem or "\\" in stem:
            self.status.setText(self.tr("Type a file name without folders, e.g. %1.").replace("%1", "pack"))
            return None
        try:  # before the chosen folder is made: nothing is made when the papers cannot be
            scratch = scratch_path(self._temp)
        except OSError as exc:
            self.status.setText(str(exc))
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.status.setText(
                self.tr("Cannot use the folder %1: %2")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or str(exc))
            )
            return None
        fmt, lang, options = self.format.currentData(), self.chosen_language(), self.chosen_sections()
        settings = self.ctx.settings
        settings.export_dir, settings.export_format = str(folder), fmt
        if kind.languages:
            settings.document_language = lang.value
        event_id = self.event_id
        personal = kind.personal(options)

        def write(db: Database, progress: Progress) -> list[Path]:
            made = kind.write(WriteRequest(db, event_id, scratch, stem, fmt, lang, options, progress))
            placed = [
                write_output(folder / path.name, partial(shutil.copyfile, path), personal=personal)
                for path in made
            ]
            shutil.rmtree(scratch, ignore_errors=True)
            return placed

        self.job = Job(write, self.ctx.path)
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

    def _open(self, path: Path, folder: bool) -> bool:
        """Open the file (or its folder) with the system's program; say so in the window when that fails."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        message = (
            self.tr("The folder %1 could not be opened: the system has no file manager set up for it.")
            if folder
            else self.tr(
                "The file %1 could not be opened: the system has no program set up to open it. "
                "Open it from its folder, or print it from the preview."
            )
        ).replace("%1", str(path))
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Cannot open"), message)
        return False


def _documents_folder() -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(base or Path.home()) / "Protocol Desk")
