"""English papers print no Russian word: with every English text filled in, the pack, the list, the signing
papers and the place cards have no Cyrillic letter; with some missing, each paper's warnings name them row by
row, the paper marks the transliteration, and ``--strict`` refuses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from pdf_text import text_of_pdf

from protocol_app.cli.main import main
from protocol_app.english_texts import english_warnings, missing_english
from protocol_app.errors import UserError
from protocol_app.exporting import export_attendees
from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide
from protocol_app.pack import write_pack
from protocol_app.seating.place_cards import write_place_cards
from protocol_app.seating.plans import auto_plan
from protocol_app.signing.export import write_signing
from protocol_app.store import directory, events, participants
from protocol_app.store.connection import open_store
from protocol_app.words import Lang, english

CYRILLIC = re.compile("[\u0400-\u052f]")


def pdf_text(path: Path) -> str:
    return text_of_pdf(path, " ")


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.footer.paragraphs] + [p.text for p in section.header.paragraphs]
    return " ".join(parts)


def english_papers(db, event_id: int, folder: Path) -> dict[str, str]:
    """The text of every English paper of the event, by paper."""
    db.execute("UPDATE people SET language = 'en'")  # both faces of every card are read in English
    db.execute("UPDATE agreements SET languages = 'en'")  # the originals are in the agreements' languages
    texts = {
        "pack.pdf": pdf_text(write_pack(db, event_id, folder / "pack.pdf", "pdf", "en")),
        "pack.docx": docx_text(write_pack(db, event_id, folder / "pack.docx", "docx", "en")),
        "list.pdf": pdf_text(export_attendees(db, event_id, folder / "list.pdf", lang="en")),
        "list.docx": docx_text(export_attendees(db, event_id, folder / "list.docx", lang="en")),
        "signing.pdf": pdf_text(write_signing(db, event_id, folder / "signing.pdf", "pdf", "en")),
        "signing.docx": docx_text(write_signing(db, event_id, folder / "signing.docx", "docx", "en")),
    }
    cards = folder / "cards.pdf"
    write_place_cards(auto_plan(db, event_id, "negotiation"), cards)
    texts["cards.pdf"] = pdf_text(cards)
    return texts


def test_an_event_with_every_english_text_yields_english_papers_with_no_cyrillic_letter(demo_db, tmp_path):
    db, event_id = demo_db
    assert missing_english(db, event_id) == []
    for paper, text in english_papers(db, event_id, tmp_path).items():
        assert not CYRILLIC.findall(text), (paper, sorted(set(CYRILLIC.findall(text))))
        assert "transliterated" not in text, paper


def test_missing_english_texts_are_named_row_by_row_and_marked_in_the_papers(demo_db, tmp_path):
    db, event_id = demo_db
    db.execute("UPDATE participants SET position_en = '' WHERE id IN (SELECT MIN(id) FROM participants)")
    db.execute(
        "UPDATE organisations SET name_en = '', short_name_en = '' WHERE id = (SELECT MIN(id) FROM organisations)"
    )
    db.execute("UPDATE sides SET name_en = '' WHERE host = 1")
    missing = missing_english(db, event_id)
    fields = [m.field for m in missing]
    assert fields.count("side") == 1 and fields.count("position") == 1 and fields.count("organisation") == 1
    position = next(m for m in missing if m.field == "position")
    assert position.row == "Русских Алексей Юрьевич" and position.text == "Губернатор Ульяновской области"
    assert "Губернатор Ульяновской области" in position.message("en")
    assert position.message("ru").startswith("нет текста на английском: должность (Русских Алексей Юрьевич)")
    papers = english_papers(db, event_id, tmp_path)
    for paper, text in papers.items():
        assert not CYRILLIC.findall(text), paper  # transliterated, and marked as such
    assert "Gubernator Ulianovskoi oblasti (transliterated)" in papers["list.docx"]
    assert [w["field"] for w in english_warnings(db, event_id, Lang.EN, "cards")] == ["side"]
    with pytest.raises(UserError, match="the English paper is not made"):
        english_warnings(db, event_id, Lang.EN, "list", strict=True)
    assert english_warnings(db, event_id, Lang.RU, "list", strict=True) == []  # a Russian paper needs none


def test_pack_and_export_give_the_warnings_in_json_and_strict_refuses(tmp_path, capsys):
    store = tmp_path / "s.sqlite"
    db = open_store(store)
    event_id = events.create_event(db, NewEvent(title="Визит", title_en="Visit", date="2026-07-07"))
    side = events.add_side(db, NewSide(event_id=event_id, name="Россия", name_en="Russia", host=True))
    person = directory.add_person(db, NewPerson("Орлов", "Константин", position="Министр"))
    participants.add_participant(db, NewParticipant(event_id=event_id, person_id=person, side_id=side))
    db.conn.close()
    out = tmp_path / "list.csv"
    args = ["--db", str(store), "export", "attendees", "--event", "1", "-o", str(out), "--lang", "en"]
    assert main([*args, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [(w["field"], w["row"], w["text"]) for w in record["warnings"]] == [
        ("position", "Орлов Константин", "Министр")
    ]
    out.unlink()
    assert main([*args, "--strict"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Министр" in err and not out.exists()
    pack = ["--db", str(store), "pack", "--event", "1", "--format", "pdf", "-o", str(tmp_path / "p.pdf")]
    assert main([*pack, "--lang", "ru", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == []
    assert main([*pack, "--lang", "ru+en", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"][0]["message"].startswith(
        "нет текста на английском"
    )


def test_a_missing_english_text_is_transliterated_and_marked():
    assert english("Губернатор", "") == "Gubernator (transliterated)"
    assert english("Губернатор", "Governor") == "Governor"
    assert english("OJSC Gomselmash", "") == "OJSC Gomselmash"
