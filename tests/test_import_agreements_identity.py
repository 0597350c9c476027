"""An agreement is its title and its parties: the seed's four agreements, three under one title, from a file
built as a partner writes it (Windows-1251, «;»)."""

from __future__ import annotations

import csv
from pathlib import Path

from protocol_app.demo import STRATEGIC
from protocol_app.importing import import_agreements
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
