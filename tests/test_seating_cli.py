"""``seating`` on the command line: the JSON contract of docs/CLI.md, saved plans, drawings, mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_text import page_texts, text_of_pdf
from pypdf import PdfReader

from protocol_app.cli.main import main
from protocol_app.store import open_store
from protocol_app.store.events import get_event, list_sides, update_event, update_side


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_store(capsys, store_path) -> str:
    assert run(capsys, "--db", str(store_path), "demo")[0] == 0
    return str(store_path)


def _seats(record) -> list[dict]:
    return [seat for table in record["tables"] for seat in table["seats"]]


@pytest.mark.parametrize(("senior", "s"), [("right", 1), ("left", -1)])
def test_done_when_demo_negotiation_json(capsys, demo_store, senior, s):
    code, out, err = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "negotiation",
                         "--senior-side", senior, "--json")  # fmt: skip
    assert code == 0, err
    record = json.loads(out)
    assert record["layout"] == "negotiation" and record["senior_side"] == senior
    assert record["violations"] == []
    seats = _seats(record)
    for side in ("host", "guest"):
        row = [x for x in seats if x["side"] == side and x["kind"] == "seat"]
        assert len({x["y"] for x in row}) == 1 and {x["row"] for x in row} == {1}  # each side its own row
        by_prec = {x["precedence"]: x["offset"] for x in row}
        assert [by_prec[p] for p in (1, 2, 3, 4, 5)] == [0, s, -s, 2 * s, -2 * s]
    heads = [x for x in seats if x["precedence"] == 1]
    assert {x["offset"] for x in heads} == {0} and len({x["x"] for x in heads}) == 1
    for seat in seats:
        assert set(seat) >= {
            "id",
            "row",
            "offset",
            "x",
            "y",
            "side",
            "attendee_id",
            "name",
            "role",
            "precedence",
        }
    assert {"id", "shape", "seats"} <= set(record["tables"][0])


def test_plan_is_saved_and_reopened_with_a_hand_placement(capsys, demo_store):
    code, out, _ = run(
        capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "negotiation", "--json"
    )
    first = json.loads(out)
    fifth = next(x for x in _seats(first) if x["side"] == "host" and x["precedence"] == 5)
    code, out, err = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "negotiation",
                         "--place", f"H+1={fifth['attendee_id']}", "--json")  # fmt: skip
    assert code == 0, err
    placed = json.loads(out)
    assert placed["plan_id"] == first["plan_id"]
    seat = next(x for x in _seats(placed) if x["id"] == "H+1")
    assert seat["attendee_id"] == fifth["attendee_id"] and seat["locked"]
    assert any(v["rule"] == "order" for v in placed["violations"])  # the officer's choice is reported
    again = json.loads(run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "negotiation",
                           "--json")[1])  # fmt: skip
    assert _seats(again) == _seats(placed)


def test_pdf_and_png_of_the_plan(capsys, demo_store, tmp_path):
    pdf, png = tmp_path / "plan.pdf", tmp_path / "plan.png"
    code, _, err = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "signing",
                       "--pdf", str(pdf), "--png", str(png))  # fmt: skip
    assert code == 0, err
    text = text_of_pdf(pdf, "")
    assert "Шевчук" in text and "Морозова" in text and "Церемония подписания" in text
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_mistakes_are_one_line_and_exit_2(capsys, demo_store):
    code, out, err = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "negotiation",
                         "--place", "Z9=1")  # fmt: skip
    assert code == 2 and out == "" and "no seat 'Z9'" in err and err.count("\n") == 1
    code, _, err = run(
        capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "banquet", "--seats", "0"
    )
    assert code == 2 and "--seats" in err
    code, _, err = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "signing",
                       "--agreement", "999")  # fmt: skip
    assert code == 2 and "999" in err
    # nothing of the failed commands was stored: the plan of the first mistake was not saved
    code, out, _ = run(
        capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "negotiation", "--json"
    )
    assert json.loads(out)["violations"] == []


def test_export_place_cards(capsys, demo_store, tmp_path):
    target = tmp_path / "cards.pdf"
    code, out, err = run(capsys, "--db", demo_store, "export", "place-cards", "--event", "1", "--layout",
                         "negotiation", "-o", str(target))  # fmt: skip
    assert code == 0, err
    assert "18 place cards" in out
    assert len(PdfReader(target).pages) == 18


def _seating_json(capsys, store: str, *extra: str) -> dict:
    code, out, err = run(capsys, "--db", store, "seating", "--event", "1", "--layout", "negotiation", *extra,
                         "--json")  # fmt: skip
    assert code == 0, err
    return json.loads(out)


def test_a_one_off_senior_side_is_not_kept_for_the_next_run(capsys, demo_store):
    once = _seating_json(capsys, demo_store, "--senior-side", "left")
    assert once["senior_side"] == "left"
    again = _seating_json(capsys, demo_store)  # no --senior-side: the event's setting (right) applies
    assert again["senior_side"] == "right"
    assert again["plan_id"] == once["plan_id"]  # the saved plan was seated again, not a second one made
    assert once["event_senior_side"] == "right" and "left" in once["notes"][0]  # the one-off said so
    assert again["notes"] == []
    heads = {x["side"]: x["offset"] for x in _seats(again) if x["precedence"] == 2 and x["kind"] == "seat"}
    assert heads == {"host": 1, "guest": 1}  # number 2 at the head's right hand again
    assert _seating_json(capsys, demo_store)["senior_side"] == "right"


def test_a_hand_placed_plan_on_the_other_side_is_kept_and_says_so(capsys, demo_store):
    first = _seating_json(capsys, demo_store)
    fifth = next(x for x in _seats(first) if x["side"] == "host" and x["precedence"] == 5)
    placed = _seating_json(
        capsys, demo_store, "--senior-side", "left", "--place", f"H+1={fifth['attendee_id']}"
    )
    assert placed["senior_side"] == "left"
    kept = _seating_json(capsys, demo_store)
    assert kept["senior_side"] == "left" and _seats(kept) == _seats(placed)  # the officer's work is kept
    assert kept["event_senior_side"] == "right"
    assert len(kept["notes"]) == 1 and "event's setting is right" in kept["notes"][0]
    code, out, _ = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "negotiation")
    assert code == 0 and "старшая сторона — левая, а по настройке мероприятия — правая" in out
    assert "placed by hand" in out
    reseated = _seating_json(capsys, demo_store, "--reseat")  # seated by the setting, the lock kept
    assert reseated["senior_side"] == "right" and reseated["notes"] == []
    seat = next(x for x in _seats(reseated) if x["id"] == "H+1")
    assert seat["attendee_id"] == fifth["attendee_id"] and seat["locked"]


def test_the_signing_table_defaults_to_the_first_agreement_signed(capsys, demo_store):
    code, out, err = run(capsys, "--db", demo_store, "signing", "--event", "1", "--json")
    assert code == 0, err
    first_signed = json.loads(out)["items"][0]
    assert "научно-техническом" in first_signed["title"]  # the demo's ceremony opens with it
    code, out, err = run(
        capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "signing", "--json"
    )
    assert code == 0, err
    record = json.loads(out)
    assert record["agreement_id"] == first_signed["agreement_id"]
    signatories = {p["signatory"]["id"] for p in first_signed["parties"]}
    at_table = {x["attendee_id"] for x in _seats(record) if x["row"] == 1 and x["id"].startswith("S")}
    assert at_table == signatories
    code, out, _ = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "signing")
    assert out.startswith("Церемония подписания: Соглашение о научно-техническом сотрудничестве")


def test_a_negotiation_table_too_long_is_refused_in_one_line_with_advice(capsys, demo_store):
    code, out, err = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "negotiation",
                         "--seats", "30")  # fmt: skip
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "22.9 m long" in err and "theatre layout" in err and "rows behind" in err


def test_a_banquet_of_many_tables_prints_an_overview_then_a_page_per_table(capsys, demo_store, tmp_path):
    pdf = tmp_path / "banquet.pdf"
    code, _, err = run(capsys, "--db", demo_store, "seating", "--event", "1", "--layout", "banquet",
                       "--tables", "14", "--seats", "4", "--pdf", str(pdf))  # fmt: skip
    assert code == 0, err
    pages = page_texts(pdf)
    assert "Столы и их хозяева" in pages[0] and "Стол 1" in pages[1] and "Стол 2" in pages[2]
    assert "Русских" in pages[0]  # the host of table 1 on the overview


def test_reseat_keeps_the_banquet_sizes_and_no_alternate_ends_the_alternation(
    capsys, demo_store, short_search
):
    """``--reseat`` seats the saved banquet again at its own tables and seats, men and women still
    alternating; a size given changes that size only; ``--no-alternate`` ends the alternation."""
    seat = ("--db", demo_store, "seating", "--event", "1", "--layout", "banquet", "--json")
    code, out, err = run(capsys, *seat, "--tables", "3", "--seats", "8", "--alternate")
    assert code == 0, err
    first = json.loads(out)
    code, out, err = run(capsys, *seat, "--reseat")
    assert code == 0, err
    again = json.loads(out)
    assert again["plan_id"] == first["plan_id"]
    assert again["params"] == {"tables": 3, "seats": 8, "head_table": 0, "alternate": 1}
    assert [len(table["seats"]) for table in again["tables"]] == [8, 8, 8]
    code, out, err = run(capsys, *seat, "--seats", "9", "--no-alternate")
    assert code == 0, err
    assert json.loads(out)["params"] == {"tables": 3, "seats": 9, "head_table": 0}


def test_a_plan_drawn_in_english_names_what_it_lacks_in_english(capsys, demo_store, tmp_path):
    """The event's title and a delegation without English names: the plan is drawn (their Russian words marked
    transliterated) and the officer is told, in the JSON and in the text, as the other papers tell him."""
    db = open_store(Path(demo_store))
    event = get_event(db, 1)
    event.title_en = ""
    update_event(db, event)
    guest = next(s for s in list_sides(db, 1) if not s.host)
    guest.name_en = ""
    update_side(db, guest)
    db.close()
    args = ["--db", demo_store, "seating", "--event", "1", "--layout", "negotiation", "--lang", "en"]
    code, out, err = run(capsys, *args, "--pdf", str(tmp_path / "plan.pdf"), "--json")
    assert code == 0, err
    warnings = json.loads(out)["warnings"]
    assert [(w["code"], w["field"], w["text"]) for w in warnings] == [
        ("no_english", "event_title", event.title),
        ("no_english", "side", guest.name),
    ]
    code, out, _ = run(capsys, *args, "--png", str(tmp_path / "plan.png"))
    assert code == 0 and f"warning: no English text for a side: «{guest.name}»" in out.splitlines()
    code, out, _ = run(capsys, *args[:-2], "--pdf", str(tmp_path / "plan-ru.pdf"), "--json")
    assert json.loads(out)["warnings"] == []  # a Russian plan lacks nothing
