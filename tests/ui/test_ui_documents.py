"""The Documents page: an export started and finished off the GUI thread; Cancel stops and leaves nothing."""

from __future__ import annotations

import threading

import pytest
from pdf_text import text_of_pdf
from pypdf import PdfReader

from protocol_app.words import Lang


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
    assert page.make.isEnabled() and not page.open_file.isEnabled()
    with qtbot.waitSignal(page.done, timeout=60000) as signal:
        page.make.click()
        assert page.cancel.isEnabled()
    paths = signal.args[0]
    assert len(paths) == 1 and paths[0].exists() and paths[0].parent == tmp_path
    text = text_of_pdf(paths[0], "")
    assert needle in text
    assert page.open_file.isEnabled() and page.show_folder.isEnabled()
    assert str(paths[0]) in page.status.text()
    assert not page.cancel.isEnabled() and page.make.isEnabled()


def test_attendee_list_in_both_languages_gives_two_files(window, qtbot, tmp_path):
    page = window.show_page("documents")
    _choose(page, "attendees", "xlsx", "ru+en", tmp_path)
    assert page.chosen_language() is Lang.RU_EN  # the combo carries the one language value, as everywhere
    with qtbot.waitSignal(page.done, timeout=60000) as signal:
        page.make.click()
    assert sorted(p.name for p in signal.args[0]) == [
        "attendees-2023-07-11-en.xlsx",
        "attendees-2023-07-11-ru.xlsx",
    ]
    assert window.ctx.settings.document_language == "ru+en"


def test_pack_with_chosen_sections_only(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    page = window.show_page("documents")
    _choose(page, "pack", "pdf", "en", tmp_path)
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
    assert "RUSSKIKH" in "".join(p.extract_text() for p in short_reader.pages)  # lists: SURNAME Given


def test_cancel_stops_the_job_and_leaves_nothing(window, qtbot, tmp_path):
    from ui.document_kinds import finish

    page = window.show_page("documents")
    _choose(page, "signing", "pdf", "ru", tmp_path)
    # the preview of the choice is made first (it writes with the same writer, which is about to be a slow one)
    qtbot.waitUntil(lambda: not page._timer.isActive() and page.preview_job is None, timeout=60000)
    release = threading.Event()

    def slow_writer(request):
        path = tmp_path / "half.pdf"
        path.write_bytes(b"%PDF-1.4 half")
        release.wait(10)
        return finish([path], request.progress)

    page.current_kind().write = slow_writer
    job = page.start_export()
    assert job is not None
    page.cancel.click()
    release.set()
    qtbot.waitUntil(lambda: page.job is None, timeout=20000)
    assert "Cancelled" in page.status.text()
    assert not (tmp_path / "half.pdf").exists()
    assert not page.open_file.isEnabled()


def test_the_file_name_typed_is_the_file_written(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    page = window.show_page("documents")
    _choose(page, "pack", "docx", "en", tmp_path / "out")
    assert page.file_name.text() == "pack-2023-07-11-en" and page.suffix.text() == ".docx"
    page.file_name.clear()
    qtbot.keyClicks(page.file_name, "Minister briefing")
    page.language.setCurrentIndex(page.language.findData("ru"))  # a later choice keeps the typed name
    assert page.file_name.text() == "Minister briefing"
    with qtbot.waitSignal(page.done, timeout=120000) as signal:
        qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    assert signal.args[0] == [tmp_path / "out" / "Minister briefing.docx"]
    assert (tmp_path / "out" / "Minister briefing.docx").stat().st_size > 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["Minister briefing.docx"]


def test_place_cards_and_seating_plans_are_saved_from_the_page(window, qtbot, tmp_path):
    page = window.show_page("documents")
    for kind, needle in (("place-cards", "линия сгиба"), ("seating", "Русских")):
        _choose(page, kind, "pdf", "ru", tmp_path)
        assert [page.sections.item(i).text() for i in range(page.sections.count())] == [
            "Negotiation table, seated by the rules (not saved)",
            "Signing table, seated by the rules (not saved)",
        ]  # the plans to choose from
        with qtbot.waitSignal(page.done, timeout=120000) as signal:
            page.make.click()
        (path,) = signal.args[0]
        assert path.name.startswith(f"{kind}-2023-07-11") and needle in "".join(
            p.extract_text() for p in PdfReader(path).pages
        )


def test_open_file_says_why_when_the_system_cannot(window, qtbot, tmp_path, messages, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    page = window.show_page("documents")
    _choose(page, "attendees", "pdf", "ru", tmp_path)
    with qtbot.waitSignal(page.done, timeout=60000) as signal:
        page.make.click()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) and False)
    qtbot.mouseClick(page.open_file, Qt.MouseButton.LeftButton)
    assert opened == [str(signal.args[0][0])]
    kind, _title, text = messages[-1]
    assert kind == "warning" and "could not be opened" in text and str(signal.args[0][0]) in text
    assert text == page.status.text()
    qtbot.mouseClick(page.show_folder, Qt.MouseButton.LeftButton)
    assert opened[-1] == str(tmp_path) and str(tmp_path) in messages[-1][2]
