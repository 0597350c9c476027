"""Organisations named by a list: one known organisation however its name is typed (quotes, dashes, «№ 407»),
and every organisation an import adds is said in the report with the row that names it."""

from __future__ import annotations

import json

import pytest

from protocol_app.cli.main import main
from protocol_app.importing.organisations import org_key
from tests.test_import_agreements_identity import SEED, partner_file
from tests.test_import_agreements_rows import HEADER, ROW, demo_store, imported


@pytest.fixture
def store(store_path, capsys) -> str:
    return demo_store(store_path, capsys)


def organisations(store: str) -> list[str]:
    from protocol_app.store import open_store
    from protocol_app.store.directory import list_organisations

    return sorted(o.name for o in list_organisations(open_store(store)))


def test_one_name_typed_with_other_quotes_dashes_and_spacing_is_one_key():
    stored = "ОАО «Минский завод гражданской авиации №407»"
    for typed in ('ОАО "Минский завод гражданской авиации № 407"', "ОАО “Минский завод гражданской авиации №  407”",
                  "оао «минский завод гражданской авиации №407»"):  # fmt: skip
        assert org_key(typed) == org_key(stored), typed
    assert org_key("РУП «Научно – производственный центр»") == org_key("РУП «Научно-производственный центр»")
    assert org_key("ОАО «Минский завод № 408»") != org_key("ОАО «Минский завод №407»")


def test_a_seed_agreement_with_its_organisations_typed_otherwise_is_the_same_agreement(
    store, capsys, tmp_path
):
    before = organisations(store)
    row = SEED[0][1:]  # the seed's first agreement, as a partner types the names
    row[2] = 'ОАО "Минский завод гражданской авиации № 407"'
    row[4] = "АНО “Центр компетенций развития промышленности”"
    code, report, _ = imported(store, capsys, partner_file(tmp_path / "typed.csv", [row], HEADER))
    assert code == 0 and (report["created"], report["updated"], report["skipped"]) == (0, 0, 1), report
    assert report["new_organisations"] == [] and report["warnings"] == []
    assert organisations(store) == before


def test_an_agreement_import_says_which_organisations_it_adds(store, capsys, tmp_path):
    new = [*ROW[:4], "ООО «Новая организация»", "Новик Сергей Васильевич", ROW[6]]
    path = partner_file(tmp_path / "new.csv", [ROW, new, new], HEADER)
    code, report, _ = imported(store, capsys, path, "--dry-run", "--lang", "ru")
    assert code == 0 and report["new_organisations"] == [{"row": 3, "name": "ООО «Новая организация»"}]
    assert (3, "«ООО «Новая организация»» нет в справочнике: организация добавляется") in [
        (w["row"], w["message"].split(";")[0]) for w in report["warnings"]
    ]
    code, report, _ = imported(store, capsys, path)
    assert code == 0 and report["created"] == 2 and "ООО «Новая организация»" in organisations(store)
    said = [w["message"] for w in report["warnings"] if w["row"] == 3 and "directory" in w["message"]]
    assert said == [
        "'ООО «Новая организация»' is not in the directory: it is added as a new organisation; if it is one the "
        "directory knows, spelt otherwise, correct the name"
    ]


def test_an_attendee_import_lists_the_organisations_it_adds(store, capsys, tmp_path):
    header = ["ФИО", "Организация", "Сторона"]
    rows = [
        ["Русских Алексей Юрьевич", "Правительство Ульяновской области", "Ульяновская область"],
        ["Орлов Олег Олегович", "АО «Ульяновский – автомобильный завод»", "Ульяновская область"],
        ["Шевчук Виктор Николаевич", 'ОАО "Минский завод гражданской авиации № 407"', "Республика Беларусь"],
        ["Соколов Семён Семёнович", "АО «Ульяновский-автомобильный завод»", "Ульяновская область"],
    ]
    path = partner_file(tmp_path / "people.csv", rows, header)
    assert main(["--db", store, "import", "attendees", "--event", "1", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["new_organisations"] == [{"row": 3, "name": "АО «Ульяновский – автомобильный завод»"}]
    assert "ОАО «Минский завод гражданской авиации №407»" in organisations(store)
    assert not any("Минский" in name and "№ 407" in name for name in organisations(store))
