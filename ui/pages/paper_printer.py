"""Printing one of the event's papers from the page that shows its list (participants, agreements,
programme)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox
from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.words import Lang
from ui import printing
from ui.document_kinds import WriteRequest, document_kinds, saved_language
from ui.i18n import error_in_words
from ui.pages.base import EventPage
from ui.preview_render import page_count
from ui.scratch import scratch_folder, scratch_path
from ui.workers import Job, Progress, start


class PaperPrinter(QObject):
    """Prints one of the event's papers from any page: makes its PDF off the GUI thread, then opens the
    print dialog (window-modal, not blocking); the pages go out when the dialog is accepted."""

    ready = Signal(object)  # the print dialog, open
    printed = Signal(int)  # pages sent
    failed = Signal(str)

    def __init__(self, page: EventPage, key: str, options: list[str] | None = None) -> None:
        super().__init__(page)
        self.page, self.key, self.options = page, key, options
        self.job: Job | None = None
        self.dialog: QPrintDialog | None = None
        self._folder = scratch_folder(self)

    def start(self) -> Job | None:
        """Make the paper for the page's event and ask where to print it."""
        if self.page.event_id is None or self.job is not None:
            return None
        kind = next(k for k in document_kinds() if k.key == self.key)
        options = (
            self.options
            if self.options is not None
            else [
                c
                for c, _w, on in kind.choices(self.page.ctx.db, self.page.event_id, self.page.ctx.language)
                if on
            ]
        )
        saved = saved_language(self.page.ctx.settings.document_language)
        lang = saved if saved in kind.languages else (kind.languages or (Lang.RU,))[0]
        try:
            folder = scratch_path(self._folder)
        except OSError as exc:
            self._failed(str(exc))
            return None
        event_id = self.page.event_id

        def write(db: Database, progress: Progress) -> Path:
            return kind.write(WriteRequest(db, event_id, folder, self.key, "pdf", lang, options, progress))[0]

        self.job = Job(write, self.page.ctx.path)
        self.job.signals.finished.connect(lambda pdf: self._ask(Path(pdf), cards=self.key == "place-cards"))
        self.job.signals.failed.connect(self._failed)
        return start(self.job)

    def _failed(self, message: str) -> None:
        self.job = None
        QMessageBox.warning(self.page, QCoreApplication.translate("Printing", "Not printed"), message)
        self.failed.emit(message)

    def _ask(self, pdf: Path, cards: bool) -> None:
        self.job = None
        printer = printing.new_printer(pdf, printing.papers(cards)[0][1])
        self.dialog = printing.print_dialog(self.page, printer, page_count(pdf))
        self.dialog.finished.connect(lambda result: self._print(pdf, printer) if result else None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.show()
        self.ready.emit(self.dialog)

    def _print(self, pdf: Path, printer: QPrinter) -> None:
        try:
            self.printed.emit(printing.print_pdf(pdf, printer))
        except (OSError, UserError) as exc:
            QMessageBox.warning(
                self.page, QCoreApplication.translate("Printing", "Not printed"), error_in_words(exc)
            )
