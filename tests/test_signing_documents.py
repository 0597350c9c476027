"""The signing papers read back from PDF and DOCX say what the plan says; the pack section too."""

from __future__ import annotations

import docx
import pytest
from pdf_text import text_of_pdf
from pypdf import PdfReader

from protocol_app.documents.model import Heading, Table
from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide
from protocol_app.signing import pack_blocks, signing_document, signing_plan
from protocol_app.signing.export import write_signing
from protocol_app.store import directory, events, participants


def pdf_text(path) -> str:
    return text_of_pdf(path, "\n")


def docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo_plan(demo_db):
    db, event_id = demo_db
    return db, event_id, signing_plan(db, event_id)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_papers_name_every_title_signatory_original_and_time(demo_plan, tmp_path, fmt):
    db, event_id, plan = demo_plan
    path = write_signing(db, event_id, tmp_path / f"signing.{fmt}", fmt, "ru+en")
    text = squash(pdf_text(path) if fmt == "pdf" else docx_text(path))
    for heading in (
        "Порядок подписания",
        "Signing order",
        "Сценарий для ведущего",
        "Подлинные экземпляры",
        "Папки подписантов",
        "Замечаний нет",
    ):
        assert heading in text
    for item in plan.items:
        assert squash(item.agreement.title) in text
        assert squash(item.agreement.title_en) in text
        assert f"{item.order}.1" in text and f"{item.order}.2" in text  # its originals
        for party in item.parties:
            person = party.signatory.person
            assert person.full_name in text  # the order table and the folders
            assert f"{person.given_name} {person.patronymic} {person.surname}" in text  # the script
    assert "10:50–10:53" in text and "10:59–11:02" in text
    assert "В присутствии" in text and "Пётр Александрович Пархомчик" in text
    assert "In the presence of" in text
    assert "Время / Time № Наименование документа / Title" in text  # a word the same in both, once
    assert "№ / №" not in text


def test_english_only_papers_use_english_words(demo_plan, tmp_path):
    db, event_id, _plan = demo_plan
    text = squash(pdf_text(write_signing(db, event_id, tmp_path / "s.pdf", "pdf", "en")))
    assert "Signing order" in text and "Порядок подписания" not in text
    assert "Viktor Shevchuk" in text and "Agreement on Scientific and Technical Cooperation" in text


def test_a_signatory_who_is_not_a_participant_shows_in_the_papers(demo_plan, tmp_path):
    db, event_id, plan = demo_plan
    other = events.create_event(db, NewEvent(title="Другое", date="2024-01-01"))
    side = events.add_side(db, NewSide(other, "Сторона", True))
    person = directory.add_person(db, NewPerson("Чужой"))
    stranger = participants.add_participant(db, NewParticipant(other, person, side))
    # planted past the store's checks: the first party of the first signing is signed by a stranger
    first = plan.items[0]
    db.execute(
        "UPDATE agreement_parties SET signatory_id = ? WHERE agreement_id = ? AND position = ?",
        [stranger, first.agreement.id, first.parties[0].number],
    )
    for fmt in ("pdf", "docx"):
        path = write_signing(db, event_id, tmp_path / f"p.{fmt}", fmt, "ru")
        text = squash(pdf_text(path) if fmt == "pdf" else docx_text(path))
        assert "не участвует в мероприятии" in text
        assert "Замечаний нет" not in text


def test_document_blocks_follow_the_plan(demo_plan):
    _, _, plan = demo_plan
    doc = signing_document(plan, ["ru"])
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables[0].rows) == 4  # the order table: one row per signing
    assert [h.text for h in doc.blocks if isinstance(h, Heading) and h.level == 1][:3] == [
        "Замечания",
        "Порядок подписания",
        "Сценарий для ведущего",
    ]


def test_pack_blocks_give_the_order_with_originals(demo_db):
    db, event_id = demo_db
    blocks = pack_blocks(db, event_id, "ru")
    assert isinstance(blocks[0], Heading) and blocks[0].text == "Порядок подписания"
    table = blocks[1]
    assert isinstance(table, Table)
    assert [c.title for c in table.columns] == [
        "Время",
        "№",
        "Наименование документа",
        "Стороны",
        "Подписанты",
        "Экз.",
    ]
    assert len(table.rows) == 4
    assert pack_blocks(db, event_id, "ru+en")[0].text == "Порядок подписания / Signing order"


def test_each_signing_gets_its_table_diagram(demo_plan):
    from protocol_app.documents.model import Figure
    from protocol_app.signing.diagrams import diagram_blocks

    db, _, plan = demo_plan
    blocks = diagram_blocks(db, plan, ["ru", "en"])
    figures = [b for b in blocks if isinstance(b, Figure)]
    assert len(figures) == 4
    assert figures[0].caption.startswith(
        "№ 1. Соглашение о научно-техническом сотрудничестве (Бондаренко О.В."
    )
    assert "Agreement on Scientific and Technical Cooperation" in figures[0].caption
    assert figures[0].graphic.to_png(40).startswith(b"\x89PNG")
    doc = signing_document(plan, ["ru"], blocks)
    assert doc.blocks[-1] is blocks[-1]


def test_a_ceremony_too_long_for_diagrams_gets_a_note(demo_plan):
    from protocol_app.documents.model import Figure
    from protocol_app.signing.diagrams import diagram_blocks

    db, _, plan = demo_plan
    blocks = diagram_blocks(db, plan, ["en"], limit=3)
    assert not any(isinstance(b, Figure) for b in blocks)
    assert "more than 3 agreements" in blocks[-1].content[0].text


def test_pack_section_on_portrait_paper_breaks_no_word(demo_db, tmp_path):
    from protocol_app.documents import render
    from protocol_app.documents.model import Document
    from protocol_app.store.directory import list_organisations

    db, event_id = demo_db
    doc = Document(title="pack", blocks=pack_blocks(db, event_id, "ru"), orientation="portrait")
    # a line may end after a hyphen ("Научно-" / "производственный"), never inside a word
    text = squash(pdf_text(render(doc, tmp_path / "pack.pdf"))).replace("- ", "-")
    assert "10:50–10:53" in text and "10:59–11:02" in text
    for org in list_organisations(db):
        if org.name in ("Правительство Ульяновской области", "Правительство Республики Беларусь"):
            continue  # the principals' organisations sign nothing
        assert org.name in text


def test_an_event_without_agreements_gets_one_page_saying_so(db, tmp_path):
    event_id = events.create_event(db, NewEvent(title="Пусто", date="2024-01-01"))
    path = write_signing(db, event_id, tmp_path / "empty.pdf", "pdf", "ru+en")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = squash(pdf_text(path))
    assert "Соглашений к подписанию нет." in text and "No agreements to sign." in text


def test_a_signing_table_kept_on_the_other_senior_side_says_so_under_its_diagram(demo_plan):
    from protocol_app.documents.model import Figure
    from protocol_app.seating.plans import auto_plan, save, set_locked
    from protocol_app.signing.diagrams import diagram_blocks

    db, event_id, plan = demo_plan
    first, second = (item.agreement.id for item in plan.items[:2])
    locked = auto_plan(db, event_id, "signing", senior_side="left", agreement_id=first)
    set_locked(locked, "S0", True)  # the officer locked the host signatory's chair
    save(db, locked)
    save(db, auto_plan(db, event_id, "signing", senior_side="left", agreement_id=second))
    figures = [b for b in diagram_blocks(db, plan, ["ru", "en"]) if isinstance(b, Figure)]
    assert figures[0].caption.endswith("; senior side left, while the event's setting is right")
    assert "старшая сторона — левая, а по настройке мероприятия — правая" in figures[0].caption
    assert figures[0].graphic.plan.senior_side == "left"
    assert "senior side" not in figures[1].caption and figures[1].graphic.plan.senior_side == "right"
