"""The briefing pack: what the principal reads, checked in the PDF and DOCX files themselves."""

from __future__ import annotations

import re
import unicodedata
from io import BytesIO
from pathlib import Path

import docx
import pytest
from pdf_text import page_texts, text_of_pdf
from PIL import Image
from pypdf import PdfReader
from test_documents_pdf import shipped_fonts

from protocol_app.cli.main import main
from protocol_app.demo import demo_event
from protocol_app.demo_docs import pack as demo_pack
from protocol_app.documents.model import Heading, PageBreak, TableOfContents
from protocol_app.errors import UserError
from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Status
from protocol_app.name_forms import person_name
from protocol_app.pack import build_pack, write_pack
from protocol_app.precedence import ordered_attendees
from protocol_app.store import directory, events, participants
from protocol_app.store.agreements import list_agreements


def flat(text: str) -> str:
    """Extracted text with line breaks made spaces (cells wrap titles), or nothing after a word's own hyphen."""
    return re.sub(r"\s+", " ", re.sub(r"-\n", "-", text))


def pdf_text(path: Path) -> str:
    return flat(text_of_pdf(path, " "))


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return flat(" ".join(parts))


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    """The demo's four packs, written as ``demo --out`` writes them, with the store they came from."""
    from protocol_app.demo import build_demo
    from protocol_app.store import open_store

    db = open_store(memory=True)
    event_id = build_demo(db)
    out = tmp_path_factory.mktemp("demo")
    files = {p.name: p for p in demo_pack.write(db, event_id, out)}
    yield db, event_id, files
    db.close()


def test_demo_writes_russian_and_english_packs_in_pdf_and_docx(demo_files):
    _, _, files = demo_files
    assert set(files) == {"pack-ru.pdf", "pack-ru.docx", "pack-en.pdf", "pack-en.docx"}
    assert all(f.stat().st_size > 5000 for f in files.values())


@pytest.mark.parametrize("name", ["pack-ru.pdf", "pack-ru.docx"])
def test_russian_pack_holds_every_name_and_title_of_the_article(demo_files, name):
    db, event_id, files = demo_files
    text = pdf_text(files[name]) if name.endswith(".pdf") else docx_text(files[name])
    for attendee, _ in ordered_attendees(db, event_id):
        assert person_name(attendee.person, "ru", "list") in text
    for agreement in list_agreements(db, event_id):
        assert agreement.title in text
    for org in demo_event()["organisations"].values():
        assert org["name"] in text, org["name"]
    assert "Алексей Юрьевич Русских" in text and "Пётр Александрович Пархомчик" in text
    assert "11 июля 2023 г." in text


@pytest.mark.parametrize("name", ["pack-en.pdf", "pack-en.docx"])
def test_english_pack_uses_english_names_titles_and_dates(demo_files, name):
    db, event_id, files = demo_files
    text = pdf_text(files[name]) if name.endswith(".pdf") else docx_text(files[name])
    for attendee, _ in ordered_attendees(db, event_id):
        assert person_name(attendee.person, "en", "list") in text
    for title_en in {a["title_en"] for a in demo_event()["agreements"]}:
        assert title_en in text
    assert "11 July 2023" in text
    assert "Participants" in text and "Участники" not in text


def test_every_section_is_in_the_docx_in_order(demo_files):
    _, _, files = demo_files
    document = docx.Document(str(files["pack-ru.docx"]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    expected = [
        "Цель встречи",
        "Программа и сценарий",
        "Участники",
        "Рассадка",
        "Порядок подписания",
        "Контакты",
    ]
    assert headings == [f"{n}. {h}" for n, h in enumerate(expected, 1)]
    assert "Содержание" in [p.text for p in document.paragraphs]
    assert document.paragraphs[1].text == "СПРАВОЧНЫЕ МАТЕРИАЛЫ"


def test_pdf_pages_cover_contents_and_numbered_sections(demo_files):
    _, _, files = demo_files
    reader = PdfReader(files["pack-ru.pdf"])
    pages = [flat(text) for text in page_texts(files["pack-ru.pdf"])]
    assert "СПРАВОЧНЫЕ МАТЕРИАЛЫ" in pages[0] and "Стр. 1" not in pages[0]  # a cover without furniture
    assert "Содержание" in pages[1]
    assert f"Стр. 2 из {len(pages)}" in pages[1]
    assert "Встреча Губернатора Ульяновской области" in pages[1]  # the running header
    fonts = {
        str(f["/BaseFont"]).split("+")[-1] for p in reader.pages for f in p["/Resources"]["/Font"].values()
    }
    assert fonts <= set(shipped_fonts())


def test_seating_plans_are_on_landscape_pages(demo_files):
    _, _, files = demo_files
    reader = PdfReader(files["pack-ru.pdf"])
    texts = page_texts(files["pack-ru.pdf"])
    seating = [
        p
        for p, text in zip(reader.pages, texts, strict=True)
        if "Рассадка" in text and "Содержание" not in text
    ]
    assert seating
    for page in seating:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    last = reader.pages[-1]
    assert float(last.mediabox.width) < float(last.mediabox.height)  # back to portrait for the contacts


def test_bilingual_pack_puts_russian_first_and_english_below(demo_db, tmp_path):
    db, event_id = demo_db
    path = write_pack(db, event_id, tmp_path / "pack.pdf", "pdf", "ru+en")
    text = pdf_text(path)
    assert "Участники / Participants" in text
    ru, en = "Русских Алексей Юрьевич", "RUSSKIKH Aleksei"
    assert ru in text and en in text and text.index(ru) < text.index(en)
    assert "11 июля 2023 г. / 11 July 2023" in text


def test_sections_can_be_chosen_and_are_renumbered(demo_db):
    db, event_id = demo_db
    doc = build_pack(db, event_id, "ru", "signing,participants")
    headings = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1]
    assert headings == ["1. Участники", "2. Порядок подписания"]
    assert not any(isinstance(b, TableOfContents) for b in doc.blocks)
    assert doc.header_on_first_page  # no cover: the first page has the header
    assert not isinstance(doc.blocks[0], PageBreak) and not isinstance(doc.blocks[-1], PageBreak)


def test_unknown_section_is_refused():
    with pytest.raises(UserError, match="unknown pack section 'agenda'"):
        build_pack(None, 1, "ru", "participants,agenda")  # refused before the store is read


def test_empty_sections_are_left_out(db):
    event_id = events.create_event(db, NewEvent(title="Рабочая встреча", date="2024-03-05", city="Минск"))
    side = events.add_side(db, NewSide(event_id=event_id, name="Сторона", host=True))
    person = directory.add_person(db, NewPerson(surname="Петров", given_name="Пётр", position="Директор"))
    participants.add_participant(db, NewParticipant(event_id=event_id, person_id=person, side_id=side))
    doc = build_pack(db, event_id, "ru")
    headings = [b.text.split(". ", 1)[1] for b in doc.blocks if isinstance(b, Heading) and b.level == 1]
    # no purpose, programme, agreements or contacts stored (the seating module draws a table for anyone)
    assert [h for h in headings if h != "Рассадка"] == ["Участники"]


def test_cancelled_participants_are_left_out_and_tentative_marked(db):
    event_id = events.create_event(db, NewEvent(title="Встреча", date="2024-03-05"))
    side = events.add_side(db, NewSide(event_id=event_id, name="Сторона", host=True))
    for surname, status in (("Отменённый", Status.CANCELLED), ("Возможный", Status.TENTATIVE)):
        person = directory.add_person(db, NewPerson(surname=surname, given_name="Иван"))
        participants.add_participant(
            db, NewParticipant(event_id=event_id, person_id=person, side_id=side, status=status.value)
        )
    text = str(build_pack(db, event_id, "ru", "participants").blocks)
    assert "Отменённый" not in text
    assert "Возможный" in text and "участие не подтверждено" in text


def test_chinese_and_arabic_names_print_in_their_own_script(db, tmp_path):
    event_id = events.create_event(db, NewEvent(title="Многосторонняя встреча", date="2024-05-20"))
    host = events.add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    guest = events.add_side(db, NewSide(event_id=event_id, name="Гости", host=False))
    names = {"王": "毅", "بن سلمان": "محمد", "Иванов": "Иван"}
    for surname, given in names.items():
        person = directory.add_person(db, NewPerson(surname=surname, given_name=given, position="Министр"))
        side = host if surname == "Иванов" else guest
        participants.add_participant(db, NewParticipant(event_id=event_id, person_id=person, side_id=side))
    pdf = write_pack(db, event_id, tmp_path / "p.pdf", "pdf", "ru")
    text = unicodedata.normalize("NFKC", pdf_text(pdf))  # Arabic is printed in presentation forms
    assert "王毅" in text and "بن سلمان محمد" in text and "Иванов Иван" in text  # surname first
    for page in PdfReader(pdf).pages:

        def visit(chunk, _cm, _tm, font, _size):
            if font and chunk.strip():
                cmap = shipped_fonts()[str(font["/BaseFont"]).split("+")[-1]]
                assert all(ord(ch) in cmap for ch in chunk if not ch.isspace()), chunk

        page.extract_text(visitor_text=visit)
    word = write_pack(db, event_id, tmp_path / "p.docx", "docx", "ru")
    assert "王毅" in docx_text(word) and "بن سلمان محمد" in docx_text(word)


def test_biography_and_photo_when_stored(db, tmp_path):
    photo = BytesIO()
    Image.new("RGB", (300, 400), (120, 130, 160)).save(photo, "JPEG")
    event_id = events.create_event(db, NewEvent(title="Визит", date="2024-05-20"))
    side = events.add_side(db, NewSide(event_id=event_id, name="Сторона", host=True))
    person = directory.add_person(
        db,
        NewPerson(
            surname="Сидоров",
            given_name="Семён",
            position="Министр",
            biography="Родился в 1970 году в Ульяновске.",
            photo=photo.getvalue(),
        ),
    )
    participants.add_participant(db, NewParticipant(event_id=event_id, person_id=person, side_id=side))
    pdf = write_pack(db, event_id, tmp_path / "b.pdf", "pdf", "ru")
    assert "Родился в 1970 году в Ульяновске." in pdf_text(pdf)
    assert any("/XObject" in p["/Resources"] for p in PdfReader(pdf).pages)
    word = write_pack(db, event_id, tmp_path / "b.docx", "docx", "ru", "participants")
    assert len(docx.Document(str(word)).inline_shapes) == 1


def test_cli_pack_writes_the_file_and_refuses_bad_input(capsys, store_path, tmp_path):
    db = str(store_path)
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "pack.docx"
    code = main(["--db", db, "pack", "--event", "1", "--format", "docx", "-o", str(out), "--lang", "ru+en"])
    assert code == 0 and out.exists()
    assert "Порядок подписания / Signing order" in docx_text(out)
    bad = tmp_path / "bad.pdf"
    code = main(["--db", db, "pack", "--event", "1", "--format", "pdf", "-o", str(bad), "--lang", "de"])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1 and not bad.exists()
    code = main(["--db", db, "pack", "--event", "1", "--format", "pdf", "-o", str(bad), "--sections", "x"])
    assert code == 2 and not bad.exists()
    assert not list(tmp_path.glob(".*partial"))


def test_file_name_and_format_must_agree(demo_db, tmp_path):
    db, event_id = demo_db
    with pytest.raises(UserError, match=r"ends in \.pdf but the format asked is docx"):
        write_pack(db, event_id, tmp_path / "pack.pdf", "docx")
    assert not (tmp_path / "pack.pdf").exists()
    assert (
        write_pack(db, event_id, tmp_path / "pack", "pdf", sections="participants").read_bytes()[:5]
        == b"%PDF-"
    )


def test_cover_of_a_multilateral_event_names_four_sides_and_counts_the_rest(db, tmp_path):
    event_id = events.create_event(db, NewEvent(title="Форум", date="2024-07-08"))
    for k in range(10):
        side = events.add_side(db, NewSide(event_id=event_id, name=f"Сторона {k + 1}", host=k == 0))
        person = directory.add_person(db, NewPerson(surname=f"Глава{k + 1}", given_name="Иван"))
        participants.add_participant(db, NewParticipant(event_id=event_id, person_id=person, side_id=side))
    pages = page_texts(write_pack(db, event_id, tmp_path / "f.pdf", "pdf", "ru"))
    cover = flat(pages[0])
    assert "Сторона 4" in cover and "Сторона 5" not in cover
    assert "Делегации других сторон: 6" in cover
    assert "Содержание" in pages[1]  # the cover is one page


def test_a_pack_of_nothing_is_refused_not_written(db, tmp_path):
    event_id = events.create_event(db, NewEvent(title="Визит", date="2024-05-01"))
    target = tmp_path / "pack.pdf"
    with pytest.raises(UserError, match="nothing to put in the pack"):
        write_pack(db, event_id, target, "pdf", sections="signing")
    assert not target.exists()


def test_a_multi_day_event_heads_its_pages_with_all_its_days(db):
    event_id = events.create_event(db, NewEvent(title="Иннопром", date="2023-07-10", end_date="2023-07-13"))
    assert build_pack(db, event_id, "ru").header.endswith("10–13 июля 2023 г.")
    assert build_pack(db, event_id, "en").header.endswith("10–13 July 2023")
