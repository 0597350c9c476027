"""The preview on the Documents page: every kind of document shown page by page, navigation and zoom, the
preview following language and sections, and printing (to a PDF file, read back)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_text import page_texts, text_of_pdf
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolButton

KINDS = ["attendees", "pack", "signing", "seating", "place-cards"]


def _text(path: Path) -> str:
    return text_of_pdf(path, "")


def _blank(image) -> bool:
    """True when the image is one colour (nothing drawn)."""
    small = image.scaled(60, 80)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    return len(colours) < 2


def _documents(window, qtbot):
    """The Documents page, shown, once its first preview is on screen."""
    with qtbot.waitSignal(window.page("documents").preview.rendered, timeout=60000):
        page = window.show_page("documents")
    return page


def _preview_of(page, qtbot, change) -> Path:
    """Do ``change`` (a click, a choice) and wait until the preview shows the new document; its PDF."""
    with qtbot.waitSignal(page.previewed, timeout=60000) as made:
        change()
    assert made.args[0] is not None, page.preview.view.text()
    qtbot.waitUntil(
        lambda: page.preview.image is not None and page.preview.pdf == made.args[0], timeout=20000
    )
    return made.args[0]


def _choose_kind(page, qtbot, key: str) -> Path:
    return _preview_of(page, qtbot, lambda: page.kind.setCurrentIndex(page.kind.findData(key)))


@pytest.mark.parametrize("key", KINDS)
def test_each_kind_of_document_is_previewed_page_by_page(window, qtbot, key):
    page = _documents(window, qtbot)
    pdf = page.preview.pdf if page.current_kind().key == key else _choose_kind(page, qtbot, key)
    pane = page.preview
    assert pane.pages == len(PdfReader(pdf).pages) >= 1
    assert pane.of.text() == f"of {pane.pages}"
    assert not pane.view.pixmap().isNull() and not _blank(pane.image)
    assert pane.print_button.isEnabled()


def test_pages_are_turned_and_zoomed(window, qtbot):
    page = _documents(window, qtbot)
    _choose_kind(page, qtbot, "pack")
    pane = page.preview
    assert pane.pages > 2 and not pane.back.isEnabled()
    assert pane.zoom.currentText() == "Fit width"
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.zoom.setCurrentIndex(pane.zoom.findData(75))
    first_width = pane.image.width()
    with qtbot.waitSignal(pane.rendered, timeout=20000) as shown:
        qtbot.mouseClick(pane.forward, Qt.MouseButton.LeftButton)
    assert shown.args == [1] and pane.number.value() == 2 and pane.back.isEnabled()
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.zoom.setCurrentIndex(pane.zoom.findData(150))
    assert pane.image.width() == pytest.approx(first_width * 2, rel=0.02)
    with qtbot.waitSignal(pane.rendered, timeout=20000) as shown:
        pane.number.setValue(pane.pages)
    assert shown.args == [pane.pages - 1] and not pane.forward.isEnabled()


def test_preview_follows_the_language_and_the_sections(window, qtbot):
    page = _documents(window, qtbot)
    russian = _choose_kind(page, qtbot, "pack")
    english = _preview_of(page, qtbot, lambda: page.language.setCurrentIndex(page.language.findData("en")))
    assert "Участники" in _text(russian) and "Participants" in _text(english)
    whole = page.preview.pages

    def keep_only_participants():
        for i in range(page.sections.count()):
            item = page.sections.item(i)
            if item.data(Qt.ItemDataRole.UserRole) != "participants":
                item.setCheckState(Qt.CheckState.Unchecked)

    made = []
    page.start_preview = lambda: made.append(type(page).start_preview(page))  # counts the previews begun
    short = _preview_of(page, qtbot, keep_only_participants)
    assert page.preview.pages < whole and "RUSSKIKH" in _text(short)
    assert len(made) == 1 and not page._timer.isActive()  # a burst of unticked sections makes one preview


def test_print_from_the_preview_to_a_pdf_file(window, qtbot, tmp_path, monkeypatch):
    import ui.preview
    from ui.printing import new_printer

    target = tmp_path / "printed.pdf"

    def printer_to_file(pdf, paper):  # what the officer picks in the dialog: "Print to file", page 2
        printer = new_printer(pdf, paper)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return printer

    monkeypatch.setattr(ui.preview, "new_printer", printer_to_file)
    page = _documents(window, qtbot)
    pdf = _choose_kind(page, qtbot, "signing")
    assert page.preview.paper.currentText() == "A4"
    qtbot.mouseClick(page.preview.print_button, Qt.MouseButton.LeftButton)
    dialog = page.preview.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.printer().pageLayout().pageSize().id().name == "A4" and dialog.printer().copyCount() == 1
    with qtbot.waitSignal(page.preview.printed, timeout=20000) as printed:
        dialog.accept()
    assert printed.args == [1] and not dialog.isVisible()
    assert _text(target) == page_texts(pdf)[1]


def test_pages_painted_for_a_printer_fill_the_paper(qapp, tmp_path, window, qtbot):
    from ui.preview_render import render_page
    from ui.printing import new_printer, paint_pages, papers

    page = _documents(window, qtbot)
    pdf = _choose_kind(page, qtbot, "place-cards")
    tent = dict(papers(cards=True))["Tent card 210×99 mm"]
    printer = new_printer(pdf, tent)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cards.pdf"))
    assert paint_pages(pdf, [0, 1], printer) == 2
    out = PdfReader(tmp_path / "cards.pdf")
    assert len(out.pages) == 2
    width, height = float(out.pages[0].mediabox.width), float(out.pages[0].mediabox.height)
    assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) in {(210, 99), (99, 210)}
    assert not _blank(render_page(tmp_path / "cards.pdf", 0, 0.5))


@pytest.mark.parametrize(
    ("key", "paper", "needle"),
    [
        ("participants", "attendees", "Русских"),
        ("agreements", "signing", "Минский"),
        ("programme", "pack", "Протокольная"),
    ],
)
def test_each_page_prints_its_paper(window, qtbot, tmp_path, monkeypatch, key, paper, needle):
    import ui.printing
    from ui.printing import new_printer

    target = tmp_path / f"{paper}.pdf"

    def printer_to_file(pdf, size):  # "Print to file" chosen in the dialog
        printer = new_printer(pdf, size)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(ui.printing, "new_printer", printer_to_file)
    page = window.show_page(key)
    button = next(
        b
        for b in page.list.buttons.parentWidget().findChildren(QToolButton)
        if b.defaultAction() is page.print_action
    )
    with qtbot.waitSignal(page.paper_printer.ready, timeout=60000) as ready:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = ready.args[0]
    assert dialog.isVisible() and dialog.printer().pageLayout().pageSize().id().name == "A4"
    with qtbot.waitSignal(page.paper_printer.printed, timeout=20000):
        dialog.accept()
    assert needle in _text(target)


def test_a_page_taller_than_the_window_scrolls_and_is_not_cut(window, qtbot):
    page = _documents(window, qtbot)
    pane = page.preview
    assert pane.zoom.currentData() == 0  # fit width: an A4 page is taller than the pane
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        window.resize(1400, 860)  # the page follows the width
    height = pane.image.height() / pane.view.pixmap().devicePixelRatio()
    assert height > pane.scroll_area.viewport().height()
    assert pane.view.height() >= height and pane.scroll_area.verticalScrollBar().maximum() > 0
    assert pane.scroll_area.horizontalScrollBar().maximum() == 0  # fits the width: no sideways scrolling


def test_the_previewed_papers_leave_the_disk_with_the_page(window, qtbot):
    """A preview holds the event's names: its files go when the page goes (the window closed, the program
    quit), whatever Python still holds."""
    page = _documents(window, qtbot)
    pdf = page.preview.pdf
    assert pdf is not None and pdf.exists()
    kept = page  # a reference left behind, as a signal connection or a test may leave one
    page.deleteLater()
    qtbot.waitUntil(lambda: not pdf.exists(), timeout=5000)
    assert not pdf.parent.parent.exists()  # the page's whole scratch folder
    assert kept is page


def test_without_a_temporary_folder_the_page_says_so_and_writes_no_paper_elsewhere(
    window, qtbot, tmp_path, monkeypatch
):
    """The system's temporary folder full or missing: the preview and the saving say why they cannot work, and
    no paper with the event's names lands anywhere else (the working folder, the folder chosen to save in)."""
    here, out = tmp_path / "working", tmp_path / "papers"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "missing"))  # the page's private folder cannot be made
    page = window.show_page("documents")
    qtbot.waitUntil(lambda: "No private temporary folder" in page.preview.view.text(), timeout=10000)
    assert page.preview.view.text().startswith("No preview: ")
    page.folder.setText(str(out))
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("No private temporary folder for the papers: ")
    assert page.job is None and list(here.iterdir()) == [] and not out.exists()
