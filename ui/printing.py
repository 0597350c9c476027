"""Printing a PDF the program wrote: the print dialog (paper, copies, page range) and the pages sent out.

On a printer each page is rendered by PDFium at the printer's resolution and fitted to the paper. When the
officer prints to a PDF file, the chosen pages are copied as they are (text, fonts and lines kept) and the
file is written through ``protocol_app.outputs``.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSizeF, Qt, QTemporaryDir, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from protocol_app.errors import UserError
from protocol_app.outputs import write_output
from protocol_app.words import Lang
from ui.document_kinds import document_kinds, saved_language
from ui.i18n import error_in_words
from ui.preview_render import page_count, page_size_points, render_page
from ui.workers import Job, start

PRINT_DPI = 300  # pages go to the printer at most this fine: sharp on paper, 9 MB a page, not 140


def papers(cards: bool = False) -> list[tuple[str, QPageSize]]:
    """The paper sizes offered (A4 first); for place cards, the card-stock sizes tent cards are printed on."""
    sizes = [
        ("A4", QPageSize(QPageSize.PageSizeId.A4)),
        ("A5", QPageSize(QPageSize.PageSizeId.A5)),
        ("Letter", QPageSize(QPageSize.PageSizeId.Letter)),
    ]
    if cards:
        sizes += [
            (
                QCoreApplication.translate("Printing", "Card stock A4 (210×297 mm)"),
                QPageSize(QPageSize.PageSizeId.A4),
            ),
            (
                QCoreApplication.translate("Printing", "Card stock A5 (148×210 mm)"),
                QPageSize(QPageSize.PageSizeId.A5),
            ),
            (
                QCoreApplication.translate("Printing", "Tent card 210×99 mm"),
                QPageSize(QSizeF(210, 99), QPageSize.Unit.Millimeter, "Tent 210x99"),
            ),
        ]
    return sizes


def new_printer(pdf: Path, paper: QPageSize) -> QPrinter:
    """A printer set up for ``pdf``: the paper, the page's orientation, one copy, every page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    width, height = page_size_points(pdf, 0)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setCopyCount(1)
    printer.setDocName(pdf.stem)
    printer.setFromTo(1, page_count(pdf))
    return printer


def print_dialog(parent: QWidget, printer: QPrinter, pages: int) -> QPrintDialog:
    """The print dialog for a document of ``pages`` pages (page range and copies offered), not yet shown."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog


def chosen_pages(printer: QPrinter, pages: int) -> list[int]:
    """The pages (from 0) the printer's range asks for: all, or from..to as the dialog set them."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first == 0:
        return list(range(pages))
    return list(range(max(first, 1) - 1, min(last or pages, pages)))


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Send the chosen pages of ``pdf`` to ``printer``; returns how many pages went out."""
    numbers = chosen_pages(printer, page_count(pdf))
    target = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
        return copy_pages(pdf, numbers, Path(target))
    return paint_pages(pdf, numbers, printer)


def copy_pages(pdf: Path, numbers: list[int], target: Path) -> int:
    """Write the pages ``numbers`` of ``pdf`` to ``target`` as they are."""
    reader = PdfReader(pdf)
    writer = PdfWriter()
    for number in numbers:
        writer.add_page(reader.pages[number])
    write_output(target, lambda partial: writer.write(str(partial)))
    return len(numbers)


def paint_pages(pdf: Path, numbers: list[int], printer: QPrinter) -> int:
    """Render each page at the printer's resolution and fit it, centred, on the printer's paper."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer could not be started."))
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for at, number in enumerate(numbers):
            if at:
                printer.newPage()
            width, height = page_size_points(pdf, number)
            fit = min(area.width() / width, area.height() / height)  # device pixels per point
            image = render_page(pdf, number, min(fit, PRINT_DPI / 72))
            x = area.x() + (area.width() - width * fit) / 2
            y = area.y() + (area.height() - height * fit) / 2
            painter.drawImage(QRectF(x, y, width * fit, height * fit), image)
    finally:
        painter.end()
    return len(numbers)


class PaperPrinter(QObject):
    """Prints one of the event's papers from any page: makes its PDF off the GUI thread, then opens the
    print dialog (window-modal, not blocking); the pages go out when the dialog is accepted."""

    ready = Signal(object)  # the print dialog, open
    printed = Signal(int)  # pages sent
    failed = Signal(str)

    def __init__(self, page, key: str, options: list[str] | None = None) -> None:
        super().__init__(page)
        self.page, self.key, self.options = page, key, options
        self.job: Job | None = None
        self.dialog: QPrintDialog | None = None
        self._folder = QTemporaryDir()

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
        event_id, folder = self.page.event_id, Path(self._folder.path())

        def write(db, progress) -> Path:
            return kind.write(db, event_id, folder, self.key, "pdf", lang, options, progress)[0]

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
        printer = new_printer(pdf, papers(cards)[0][1])
        self.dialog = print_dialog(self.page, printer, page_count(pdf))
        self.dialog.finished.connect(lambda result: result and self._print(pdf, printer))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.show()
        self.ready.emit(self.dialog)

    def _print(self, pdf: Path, printer: QPrinter) -> None:
        try:
            self.printed.emit(print_pdf(pdf, printer))
        except (OSError, UserError) as exc:
            QMessageBox.warning(
                self.page, QCoreApplication.translate("Printing", "Not printed"), error_in_words(exc)
            )
