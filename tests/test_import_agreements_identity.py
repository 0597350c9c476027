"""An agreement is its title and its parties: the seed's four agreements, three under one title, from a file
built as a partner writes it (Windows-1251, «;»)."""

from __future__ import annotations

import csv
from pathlib import Path

from protocol_app.demo import demo_event
from protocol_app.importing import import_agreements
from protocol_app.signing.plan import signing_plan
from protocol_app.store.agreements import delete_agreement, list_agreements
from protocol_app.store.directory import list_organisations

HEADER = [
    "№",
    "Наименование",
    "Уровень",
    "Сторона 1",
    "Подписант 1",
    "Сторона 2",
    "Подписант 2",
    "В присутствии",
]
STRATEGIC = demo_event()["agreements"][0]["title"]  # the title of the seed's first three agreements
WITNESSES = "Русских Алексей Юрьевич; Пархомчик Пётр Александрович"
SEED = [
    ["1", STRATEGIC, "корпоративное", "ОАО «Минский завод гражданской авиации №407»", "Шевчук Виктор Николаевич",
     "АНО «Центр компетенций развития промышленности»", "Морозова Елена Александровна", WITNESSES],
    ["2", STRATEGIC, "корпоративное", "ПАО «Ростсельмаш»", "Волков Дмитрий Сергеевич",
     "ООО «Полесье ДГ»", "Новик Сергей Васильевич", WITNESSES],
    ["3", STRATEGIC, "корпоративное", "ЗАО «Микроэлектронные нормализаторы и системы»", "Егоров Игорь Петрович",
     "ОАО «Гомсельмаш»", "Лукашевич Александр Михайлович", WITNESSES],
    ["4", "Соглашение о научно-техническом сотрудничестве", "научно-техническое", "РУП «НПЦ МБК» НАН Беларуси",
     "Бондаренко Олег Викторович", "АНО ДО «АТР»", "Павлов Сергей Игоревич", WITNESSES],
]  # fmt: skip


def partner_file(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    """A list as Russian-locale Excel saves it: Windows-1251, «;»."""
    with path.open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header, *rows])
    return path


def empty_ceremony(demo_db):
    db, event_id = demo_db
    for agr in list_agreements(db, event_id):
        delete_agreement(db, agr.id or 0)
    return db, event_id


def signatories(db, event_id: int) -> list[tuple[str, list[int | None]]]:
    return [(a.title, [p.signatory_id for p in a.parties]) for a in list_agreements(db, event_id)]


def test_the_seed_file_imports_four_agreements_then_none_then_one_update(demo_db, tmp_path):
    db, event_id = empty_ceremony(demo_db)
    path = partner_file(tmp_path / "agreements.csv", SEED)
    first = import_agreements(db, event_id, path)
    assert first.ok and (first.created, first.updated, first.skipped) == (4, 0, 0), first.warnings
    assert [a.title for a in list_agreements(db, event_id)].count(STRATEGIC) == 3
    before = signatories(db, event_id)
    again = import_agreements(db, event_id, path)
    assert (again.created, again.updated, again.skipped) == (0, 0, 4) and not again.changes
    assert signatories(db, event_id) == before
    changed = [row[:] for row in SEED]
    changed[1][6] = "Иванова Мария Игоревна"
    third = import_agreements(db, event_id, partner_file(tmp_path / "changed.csv", changed))
    assert (third.created, third.updated, third.skipped) == (0, 1, 3)
    [said] = third.changes
    assert said.row == 3 and "ООО «Полесье ДГ»" in said.message
    assert "Новик Сергей Васильевич -> Иванова Мария Игоревна" in said.message
    after = signatories(db, event_id)
    assert [a for a, b in zip(after, before, strict=True) if a != b] == [after[1]]


def test_parties_in_another_order_are_the_same_agreement_and_other_parties_another(demo_db, tmp_path):
    db, event_id = empty_ceremony(demo_db)
    import_agreements(db, event_id, partner_file(tmp_path / "a.csv", SEED[:1]))
    swapped = [["1", STRATEGIC, "корпоративное", SEED[0][5], SEED[0][6], SEED[0][3], SEED[0][4], WITNESSES]]
    report = import_agreements(db, event_id, partner_file(tmp_path / "b.csv", swapped))
    assert (report.created, report.updated, report.skipped) == (0, 0, 1)
    other = [
        [
            "1",
            STRATEGIC,
            "корпоративное",
            SEED[0][3],
            SEED[0][4],
            "ООО «Полесье ДГ»",
            "Новик Сергей Васильевич",
        ]
    ]
    report = import_agreements(db, event_id, partner_file(tmp_path / "c.csv", other))
    assert report.created == 1 and len(list_agreements(db, event_id)) == 2


def test_the_same_row_twice_in_one_file_is_skipped_with_its_row(demo_db, tmp_path):
    db, event_id = empty_ceremony(demo_db)
    report = import_agreements(db, event_id, partner_file(tmp_path / "a.csv", [SEED[0], SEED[0], SEED[1]]))
    assert (report.created, report.skipped) == (2, 1)
    assert report.warnings[0].row == 3 and "repeats row 2" in report.warnings[0].message


def test_a_multilateral_agreement_has_three_parties(demo_db, tmp_path):
    db, event_id = empty_ceremony(demo_db)
    header = [*HEADER[:7], "Сторона 3", "Подписант 3"]
    row = ["1", "Меморандум о трёхстороннем сотрудничестве", "корпоративное", *SEED[1][3:7],
           "ОАО «Гомсельмаш»", "Лукашевич Александр Михайлович"]  # fmt: skip
    report = import_agreements(db, event_id, partner_file(tmp_path / "m.csv", [row], header))
    assert report.ok and report.created == 1, report.errors
    [agr] = list_agreements(db, event_id)
    names = {o.id: o.name for o in list_organisations(db)}
    assert [names[p.organisation_id] for p in agr.parties] == [
        "ПАО «Ростсельмаш»",
        "ООО «Полесье ДГ»",
        "ОАО «Гомсельмаш»",
    ]
    again = import_agreements(db, event_id, partner_file(tmp_path / "m.csv", [row], header))
    assert (again.created, again.skipped) == (0, 1)


def test_a_power_of_attorney_column_records_it_per_party_and_a_change_is_an_update(demo_db, tmp_path):
    """«Доверенность 1»: the signatory of party 1 signs for an organisation not his own; the signing problem
    goes; the same file again changes nothing; another text updates that agreement, and the report says so."""
    db, event_id = empty_ceremony(demo_db)
    header = [*HEADER[:5], "Доверенность 1", *HEADER[5:]]
    other = ["1", "Соглашение о поставках", "корпоративное", "ПАО «Ростсельмаш»", "Шевчук Виктор Николаевич"]
    rows = [[*other, "", *SEED[0][5:]], [*SEED[1][:5], "", *SEED[1][5:]]]

    def problems() -> list[str]:
        plan = signing_plan(db, event_id)
        return [p.code for p in plan.problems if p.code == "signatory_other_organisation"]

    import_agreements(db, event_id, partner_file(tmp_path / "none.csv", rows, header))
    assert problems() == ["signatory_other_organisation"]
    rows[0][5] = "доверенность № 12 от 01.07.2023"
    first = import_agreements(db, event_id, partner_file(tmp_path / "power.csv", rows, header))
    assert (first.created, first.updated, first.skipped) == (0, 1, 1) and problems() == []
    [said] = first.changes
    assert said.row == 2 and "power of attorney of party 1 (ПАО «Ростсельмаш»)" in said.message
    assert "none -> 'доверенность № 12 от 01.07.2023'" in said.message
    powers = {a.title: [p.power_of_attorney for p in a.parties] for a in list_agreements(db, event_id)}
    assert powers == {"Соглашение о поставках": ["доверенность № 12 от 01.07.2023", ""], STRATEGIC: ["", ""]}
    again = import_agreements(db, event_id, partner_file(tmp_path / "power.csv", rows, header))
    assert (again.created, again.updated, again.skipped) == (0, 0, 2) and not again.changes
    rows[0][5] = ""  # a blank cell keeps what is stored, as every blank cell of a known agreement
    blank = import_agreements(db, event_id, partner_file(tmp_path / "blank.csv", rows, header))
    assert (blank.updated, blank.skipped) == (0, 2) and problems() == []
    rows[0][5] = "доверенность № 14"
    changed = import_agreements(db, event_id, partner_file(tmp_path / "changed.csv", rows, header))
    assert changed.updated == 1 and "'доверенность № 12 от 01.07.2023' -> 'доверенность № 14'" in (
        changed.changes[0].message
    )


def test_a_power_of_attorney_for_a_party_the_row_does_not_name_is_an_error(demo_db, tmp_path):
    db, event_id = empty_ceremony(demo_db)
    header = [*HEADER[:7], "Power of attorney 3"]
    report = import_agreements(
        db, event_id, partner_file(tmp_path / "a.csv", [[*SEED[0][:7], "доверенность № 3"]], header)
    )
    assert not report.ok and not list_agreements(db, event_id)
    assert report.errors[0].row == 2 and "party 3 has no organisation" in report.errors[0].message


def test_an_update_names_each_value_in_the_report_language_never_none_or_a_code(demo_db, tmp_path):
    """A change of level, languages, order and notes is told in words: the level's word, the languages'
    names, "none" where there was nothing; in Russian with --lang ru."""
    db, event_id = empty_ceremony(demo_db)
    import_agreements(db, event_id, partner_file(tmp_path / "first.csv", SEED[3:]))
    header = [*HEADER, "Порядок", "Языки", "Примечание"]
    row = [*SEED[3][:2], "межрегиональное", *SEED[3][3:], "3", "русский и английский", "прим"]
    report = import_agreements(db, event_id, partner_file(tmp_path / "again.csv", [row], header))
    assert report.updated == 1
    english, russian = report.changes[0].text("en"), report.changes[0].text("ru")
    assert "level: scientific and technical -> interregional" in english, english
    assert "languages: Russian -> Russian, English" in english and "order: none -> 3" in english
    assert "уровень: научно-техническое -> межрегиональное" in russian, russian
    assert "языки: русский -> русский, английский" in russian and "примечание: нет -> «прим»" in russian
    assert "None" not in english + russian


def test_a_party_the_file_has_no_column_for_is_named_by_its_usual_header(demo_db, tmp_path):
    db, event_id = empty_ceremony(demo_db)
    one = partner_file(tmp_path / "one.csv", [[*SEED[0][:5]]], HEADER[:5])
    report = import_agreements(db, event_id, one)
    assert [(e.row, e.column) for e in report.errors] == [(2, "Сторона 2")]
