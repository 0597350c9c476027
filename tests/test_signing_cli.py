"""``signing --json`` and ``export signing`` from the command line, for the demo and a planted problem."""

from __future__ import annotations

import itertools
import json

from pdf_text import text_of_pdf

from protocol_app.cli.main import main
from protocol_app.demo import demo_event
from protocol_app.signing.timing import parse_time


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def demo(capsys, store_path) -> str:
    assert run(capsys, "--db", str(store_path), "demo")[0] == 0
    return str(store_path)


DEMO = demo_event()


def full_name(key: str) -> str:
    person = DEMO["people"][key]
    return f"{person['surname']} {person['given_name']} {person['patronymic']}"


def test_demo_signing_json_lists_the_four_agreements_timed_without_problems(capsys, store_path):
    db = demo(capsys, store_path)
    code, out, err = run(capsys, "--db", db, "signing", "--event", "1", "--start", "14:00", "--json")
    assert code == 0 and err == ""
    record = json.loads(out)
    assert record["problems"] == []
    items = record["items"]
    assert [i["order"] for i in items] == [1, 2, 3, 4]
    expected = {
        (agreement["title"], frozenset(full_name(p["signatory"]) for p in agreement["parties"]))
        for agreement in DEMO["agreements"]
    }
    found = {(i["title"], frozenset(p["signatory"]["name"] for p in i["parties"])) for i in items}
    assert found == expected
    for item in items:
        assert len(item["parties"]) == 2 and all(p["organisation"] and p["side"] for p in item["parties"])
        assert {p["side"] for p in item["parties"]} == {"Ульяновская область", "Республика Беларусь"}
        assert all(p["signatory"]["position"] for p in item["parties"])
        assert [w["name"] for w in item["witnesses"]] == [full_name("russkikh"), full_name("parkhomchik")]
        assert item["originals"] == 2
    assert items[0]["start"] == record["start"] == "14:00"
    for before, after in itertools.pairwise(items):
        assert before["end"] == after["start"]
        assert parse_time(before["end"]) - parse_time(before["start"]) == 3
    assert record["end"] == items[-1]["end"] == "14:12"


def test_without_start_the_event_start_is_used_and_text_output_lists_items(capsys, store_path):
    db = demo(capsys, store_path)
    record = json.loads(run(capsys, "--db", db, "signing", "--event", "1", "--json")[1])
    assert record["start"] == "10:50"
    code, out, _ = run(capsys, "--db", db, "signing", "--event", "1")
    assert code == 0 and out.count("10:5") >= 3 and "Шевчук Виктор Николаевич" in out


def test_planted_problem_shows_in_json_and_in_the_papers(capsys, store_path, tmp_path):

    from protocol_app.store import open_store

    db = demo(capsys, store_path)
    store = open_store(str(store_path))
    with store.atomic():
        # the signatory of the guest party of agreement 1 is dropped from the event
        store.execute("UPDATE participants SET status = 'cancelled' WHERE id = 12")
    store.close()
    record = json.loads(run(capsys, "--db", db, "signing", "--event", "1", "--json")[1])
    problem = record["problems"][0]
    assert problem["code"] == "signatory_not_confirmed" and problem["participant_id"] == 12
    assert "Шевчук Виктор Николаевич" in problem["message_ru"]
    pdf = tmp_path / "signing.pdf"
    code, _, err = run(
        capsys, "--db", db, "export", "signing", "--event", "1", "--format", "pdf", "-o", str(pdf)
    )
    assert code == 0, err
    text = text_of_pdf(pdf, "")
    assert "Шевчук Виктор Николаевич" in text and "отменён" in text


def test_export_mistakes_are_one_line_and_write_nothing(capsys, store_path, tmp_path):
    db = demo(capsys, store_path)
    target = tmp_path / "out.pdf"
    cases = [
        ("--format", "docx", "-o", str(target)),  # suffix does not match
        ("--format", "pdf", "-o", str(target), "--lang", "fr"),
        ("--format", "pdf", "-o", str(target), "--start", "25:00"),
        ("--format", "pdf", "-o", str(tmp_path / "missing" / "out.pdf")),
    ]
    for extra in cases:
        code, out, err = run(capsys, "--db", db, "export", "signing", "--event", "1", *extra)
        assert code == 2 and out == "" and err.count("\n") == 1, (extra, err)
    assert not target.exists()
    code, _, err = run(capsys, "--db", db, "signing", "--event", "Нет такого", "--json")
    assert code == 2 and "Нет такого" in err


def test_signing_order_and_status_from_the_command_line(capsys, store_path):
    db = demo(capsys, store_path)
    code, out, _ = run(capsys, "--db", db, "signing-order", "--event", "1", "--ids", "2,1", "--json")
    assert code == 0 and json.loads(out)["order"][:2] == [2, 1]
    items = json.loads(run(capsys, "--db", db, "signing", "--event", "1", "--json")[1])["items"]
    assert [i["agreement_id"] for i in items][:2] == [2, 1]
    assert [i["explicit_order"] for i in items] == [True, True, False, False]
    code, _, err = run(capsys, "--db", db, "signing-order", "--event", "1", "--ids", "2,99")
    assert code == 2 and "99" in err
    run(capsys, "--db", db, "signing-order", "--event", "1", "--clear")
    items = json.loads(run(capsys, "--db", db, "signing", "--event", "1", "--json")[1])["items"]
    assert [i["agreement_id"] for i in items] == [4, 1, 3, 2]
    assert run(capsys, "--db", db, "agreement-status", "--ids", "1,2", "--status", "draft")[0] == 0
    problems = json.loads(run(capsys, "--db", db, "signing", "--event", "1", "--json")[1])["problems"]
    assert sorted((p["code"], p["agreement_id"]) for p in problems) == [("not_ready", 1), ("not_ready", 2)]
