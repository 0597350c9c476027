"""The preview of a document: its PDF's pages one at a time, with page navigation, zoom and Print.

Pages are rendered by a job off the GUI thread (``ui.workers``); a page asked for while another renders
waits for it, so the last one asked for is the one shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from protocol_app.errors import UserError
from ui.i18n import error_in_words
from ui.preview_render import page_count, page_size_points, render_page
from ui.printing import new_printer, papers, print_dialog, print_pdf
from ui.workers import Progress, Task, start

ZOOMS = (50, 75, 100, 125, 150, 200)
SCREEN_DPI = 96
MARGIN = 12  # pixels of grey around the page


class PreviewPane(QWidget):
    """Shows a PDF: page N of M, back and forward, zoom, and Print (the print dialog with the paper)."""

    rendered = Signal(int)  # the page (from 0) now shown
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: Path | None = None
        self.pages = 0
        self.page = 0
        self.image: QImage | None = None
        self.dialog: QPrintDialog | None = None
        self._job: Task | None = None
        self._job_page: tuple[tuple[Path, int, int], float] = (Path(), 0, 0), 1.0  # what the job renders
        self._wanted: tuple[Path, int, int] | None = None
        self.back = QToolButton()
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.back.setObjectName("preview_back")
        self.forward = QToolButton()
        self.forward.setArrowType(Qt.ArrowType.RightArrow)
        self.forward.setObjectName("preview_forward")
        self.number = QSpinBox()
        self.number.setObjectName("preview_page")
        self.number.setMinimum(1)
        self.of = QLabel()
        self.zoom = QComboBox()
        self.zoom.setObjectName("preview_zoom")
        self.zoom.addItem(self.tr("Fit width"), 0)
        for percent in ZOOMS:
            self.zoom.addItem(f"{percent} %", percent)
        self.paper = QComboBox()
        self.paper.setObjectName("preview_paper")
        self.print_button = QPushButton()
        self.print_button.setObjectName("preview_print")
        self.view = QLabel()
        self.view.setObjectName("preview_view")
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMargin(MARGIN)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        bar = QHBoxLayout()
        for widget in (self.back, self.number, self.of, self.forward):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.paper_label = QLabel()
        for control in (self.zoom, self.paper_label, self.paper, self.print_button):
            bar.addWidget(control)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        self.back.clicked.connect(lambda: self.show_page(self.page - 1))
        self.forward.clicked.connect(lambda: self.show_page(self.page + 1))
        self.number.valueChanged.connect(lambda value: self.show_page(value - 1))
        self.zoom.currentIndexChanged.connect(lambda _i: self.show_page(self.page))
        self.print_button.clicked.connect(self.ask_to_print)
        self.set_cards(False)
        self.retranslate()
        self.clear(self.tr("Nothing to preview yet."))

    def retranslate(self) -> None:
        self.back.setToolTip(self.tr("Previous page"))
        self.forward.setToolTip(self.tr("Next page"))
        self.zoom.setToolTip(self.tr("Zoom"))
        self.paper_label.setText(self.tr("Paper"))
        self.print_button.setText(self.tr("Print…"))
        self._update_controls()

    def set_cards(self, cards: bool) -> None:
        """Offer the card-stock sizes (place cards) or only the usual papers."""
        self.paper.clear()
        for name, size in papers(cards):
            self.paper.addItem(name, size)

    def clear(self, message: str) -> None:
        """Show ``message`` instead of a page (nothing to preview, or why it failed)."""
        self.pdf, self.pages, self.page, self.image = None, 0, 0, None
        self.view.setPixmap(QPixmap())
        self.view.setMinimumSize(0, 0)
        self.view.setText(message)
        self.view.setWordWrap(True)
        self._update_controls()

    def load(self, pdf: Path) -> None:
        """Preview ``pdf`` from its first page (or the page shown, when the same document is made again)."""
        self.pdf, self.image = pdf, None
        self.pages = page_count(pdf)
        self.show_page(min(self.page, self.pages - 1))

    def show_page(self, number: int) -> None:
        """Render page ``number`` (from 0) at the chosen zoom, off the GUI thread."""
        if self.pdf is None or not 0 <= number < self.pages:
            return
        self.page = number
        self._update_controls()
        self._wanted = (self.pdf, number, self.zoom.currentData())
        if self._job is None:
            self._render_next()

    def _render_next(self) -> None:
        if self._wanted is None:
            return
        pdf, number, percent = wanted = self._wanted
        self._wanted = None
        ratio = self.devicePixelRatioF() or QGuiApplication.primaryScreen().devicePixelRatio()
        scale = percent / 100 * SCREEN_DPI / 72 * ratio
        bar = self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent
        )  # the page is taller: room for it
        room = self.scroll_area.width() - 2 * self.scroll_area.frameWidth() - bar - 2 * MARGIN
        width = max(room, 100) * ratio

        def render(_progress: Progress) -> QImage:
            fit = width / page_size_points(pdf, number)[0]
            return render_page(pdf, number, scale or fit)

        self._job = Task(render)
        self._job_page = wanted, ratio
        # bound methods, not a lambda: Qt drops the connection when this pane is deleted before the page is
        # rendered (a lambda would run on a deleted pane)
        self._job.signals.finished.connect(self._rendered)
        self._job.signals.failed.connect(self._failed)
        start(self._job)

    def _rendered(self, image: QImage) -> None:
        (wanted, ratio), self._job = self._job_page, None
        if self._wanted is not None:  # asked for another page meanwhile
            self._render_next()
            return
        if wanted[0] != self.pdf:
            return
        self.image = image
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.view.setWordWrap(False)
        self.view.setMinimumSize(  # the whole page, scrolled when larger than the pane, never cut
            round(image.width() / ratio) + 2 * MARGIN, round(image.height() / ratio) + 2 * MARGIN
        )
        self.view.setPixmap(pixmap)
        self.rendered.emit(wanted[1])

    def _failed(self, message: str) -> None:
        self._job = None
        self.clear(self.tr("The page cannot be shown: %1").replace("%1", message))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom.currentData() == 0 and self.pdf is not None:  # "fit width" follows the window
            self.show_page(self.page)

    def _update_controls(self) -> None:
        has = self.pdf is not None
        self.number.blockSignals(True)
        self.number.setMaximum(max(self.pages, 1))
        self.number.setValue(self.page + 1)
        self.number.blockSignals(False)
        self.of.setText(self.tr("of %1").replace("%1", str(self.pages)) if has else "")
        self.back.setEnabled(has and self.page > 0)
        self.forward.setEnabled(has and self.page < self.pages - 1)
        for widget in (self.number, self.zoom, self.paper, self.print_button):
            widget.setEnabled(has)

    def ask_to_print(self) -> QPrintDialog | None:
        """Open the print dialog (window-modal, not blocking); the pages go out when it is accepted."""
        if self.pdf is None:
            return None
        pdf = self.pdf
        printer = new_printer(pdf, self.paper.currentData())
        self.dialog = print_dialog(self, printer, self.pages)
        self.dialog.finished.connect(lambda result: self._print(pdf, printer) if result else None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.show()
        return self.dialog

    def _print(self, pdf: Path, printer: QPrinter) -> None:
        try:
            count = print_pdf(pdf, printer)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Not printed"), error_in_words(exc))
            return
        self.printed.emit(count)
