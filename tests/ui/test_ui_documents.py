"""The Documents page: an export started and finished off the GUI thread; Cancel stops and leaves nothing."""

from __future__ import annotations

import threading

import pytest
from pypdf import PdfReader


def _choose(page, kind: str, fmt: str, lang: str, folder) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.format.setCurrentIndex(page.format.findData(fmt))
    page.language.setCurrentIndex(page.language.findData(lang))
    page.folder.setText(str(folder))


@pytest.mark.parametrize(
    ("kind", "needle"), [("attendees", "Русских"), ("signing", "Минский"), ("pack", "Русских")]
)
def test_export_pdf_from_the_documents_page(window, qtbot, tmp_path, kind, needle):
    page = window.show_page("documents")
    _choose(page, kind, "pdf", "ru", tmp_path)
    if not page.current_kind().available:
        pytest.skip(f"{kind} core not installed")
    assert page.make.isEnabled() and not page.open_file.isEnabled()
    with qtbot.waitSignal(page.done, timeout=60000) as signal:
        page.make.click()
        assert page.cancel.isEnabled()
    paths = signal.args[0]
    assert len(paths) == 1 and paths[0].exists() and paths[0].parent == tmp_path
    text = "".join(p.extract_text() for p in PdfReader(paths[0]).pages)
    assert needle in text
    assert page.open_file.isEnabled() and page.show_folder.isEnabled()
    assert str(paths[0]) in page.status.text()
    assert not page.cancel.isEnabled() and page.make.isEnabled()


def test_attendee_list_in_both_languages_gives_two_files(window, qtbot, tmp_path):
    page = window.show_page("documents")
    _choose(page, "attendees", "xlsx", "ru,en", tmp_path)
    if not page.current_kind().available:
        pytest.skip("exporting core not installed")
    with qtbot.waitSignal(page.done, timeout=60000) as signal:
        page.make.click()
    assert sorted(p.name for p in signal.args[0]) == [
        "attendees-2023-07-11-en.xlsx",
        "attendees-2023-07-11-ru.xlsx",
    ]


def test_pack_with_chosen_sections_only(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    page = window.show_page("documents")
    _choose(page, "pack", "pdf", "en", tmp_path)
    if not page.current_kind().available:
        pytest.skip("pack core not installed")
    codes = [page.sections.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.sections.count())]
    assert "participants" in codes and "signing" in codes
    with qtbot.waitSignal(page.done, timeout=120000) as full:
        page.make.click()
    for i in range(page.sections.count()):
        if page.sections.item(i).data(Qt.ItemDataRole.UserRole) != "participants":
            page.sections.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert page.chosen_sections() == ["participants"]
    page.folder.setText(str(tmp_path / "short"))
    with qtbot.waitSignal(page.done, timeout=120000) as short:
        page.make.click()
    full_pages = len(PdfReader(full.args[0][0]).pages)
    short_reader = PdfReader(short.args[0][0])
    assert len(short_reader.pages) < full_pages
    assert "Russkikh" in "".join(p.extract_text() for p in short_reader.pages)


def test_cancel_stops_the_job_and_leaves_nothing(window, qtbot, tmp_path):
    from ui.document_kinds import finish

    page = window.show_page("documents")
    _choose(page, "signing", "pdf", "ru", tmp_path)
    release = threading.Event()

    def slow_writer(db, event_id, folder, fmt, lang, options, progress):
        path = folder / "half.pdf"
        path.write_bytes(b"%PDF-1.4 half")
        release.wait(10)
        return finish([path], progress)

    page.current_kind().write = slow_writer
    page.current_kind().modules = ()
    page._update_buttons()
    job = page.start_export()
    assert job is not None
    page.cancel.click()
    release.set()
    qtbot.waitUntil(lambda: page.job is None, timeout=20000)
    assert "Cancelled" in page.status.text()
    assert not (tmp_path / "half.pdf").exists()
    assert not page.open_file.isEnabled()
