"""Importing agreement lists: parties by organisation, signatories and witnesses among the event's people."""

from __future__ import annotations

import csv
from pathlib import Path

from protocol_app.importing import import_agreements
from protocol_app.records import event_show_record
from protocol_app.store import directory
from protocol_app.store.agreements import list_agreements
from protocol_app.store.events import get_event

HEADER = ["Наименование", "Уровень", "Сторона 1", "Подписант 1", "Сторона 2", "Подписант 2", "В присутствии",
          "Экземпляров", "Языки"]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def snapshot(db) -> list:
    tables = ("agreements", "agreement_parties", "agreement_witnesses", "organisations")
    return [list(db.execute(f"SELECT * FROM {t} ORDER BY 1")) for t in tables]


def shown(db, event_id: int, title: str) -> dict:
    record = event_show_record(db, get_event(db, event_id))
    return next(a for a in record["agreements"] if a["title"] == title)


def test_agreements_import_with_parties_signatories_and_witnesses(demo_db, tmp_path):
    db, event_id = demo_db
    rows = [HEADER,
            ["Соглашение о поставках комбайнов", "корпоративное", "ПАО «Ростсельмаш»", "Волков Д.С.",
             "ОАО «Гомсельмаш»", "Лукашевич Александр Михайлович",
             "Русских Алексей Юрьевич\nПархомчик П.А.", "3", "русский, английский"],
            ["Меморандум о намерениях", "научно-техническое", "ООО «Новая организация»", "Морозова Елена",
             "Правительство Республики Беларусь", "Tatiana Klimovich", "", "", ""]]  # fmt: skip
    orgs_before = len(directory.list_organisations(db))
    report = import_agreements(db, event_id, write_csv(tmp_path / "agr.csv", rows))
    assert report.ok, report.errors
    assert report.created == 2 and report.written
    first = shown(db, event_id, "Соглашение о поставках комбайнов")
    assert first["level"] == "corporate" and first["originals"] == 3 and first["languages"] == "ru,en"
    assert [(p["organisation"], p["side"], p["signatory"]["name"]) for p in first["parties"]] == [
        ("ПАО «Ростсельмаш»", "Ульяновская область", "Волков Дмитрий Сергеевич"),
        ("ОАО «Гомсельмаш»", "Республика Беларусь", "Лукашевич Александр Михайлович"),
    ]
    assert [w["name"] for w in first["witnesses"]] == [
        "Русских Алексей Юрьевич",
        "Пархомчик Пётр Александрович",
    ]
    second = shown(db, event_id, "Меморандум о намерениях")
    assert second["level"] == "scientific"
    assert [p["signatory"]["name"] for p in second["parties"]] == [
        "Морозова Елена Александровна",
        "Климович Татьяна Сергеевна",
    ]
    assert len(directory.list_organisations(db)) == orgs_before + 1  # only the new one is created
    again = import_agreements(db, event_id, tmp_path / "agr.csv")
    assert (again.created, again.updated, again.skipped) == (0, 0, 2)
    assert len(list_agreements(db, event_id)) == 4 + 2


def test_an_unknown_signatory_is_an_error_with_row_and_column_and_nothing_is_written(demo_db, tmp_path):
    db, event_id = demo_db
    before = snapshot(db)
    rows = [HEADER,
            ["Соглашение А", "корпоративное", "ПАО «Ростсельмаш»", "Волков Д.С.", "ОАО «Гомсельмаш»",
             "Лукашевич А.М.", "", "", ""],
            ["Соглашение Б", "корпоративное", "ООО «Неизвестная»", "Иванов Иван Иванович", "ОАО «Гомсельмаш»",
             "Лукашевич А.М.", "Сидоров С.С.", "", ""]]  # fmt: skip
    report = import_agreements(db, event_id, write_csv(tmp_path / "bad.csv", rows))
    assert not report.written
    assert [(e.row, e.column) for e in report.errors] == [(3, "Подписант 1"), (3, "В присутствии")]
    assert "Иванов Иван Иванович" in report.errors[0].message
    assert snapshot(db) == before


def test_an_unknown_level_and_a_missing_title_are_errors(demo_db, tmp_path):
    db, event_id = demo_db
    rows = [HEADER,
            ["Соглашение В", "космическое", "ПАО «Ростсельмаш»", "Волков Д.С.", "ООО «Полесье ДГ»", "", "", "",
             ""],
            ["", "корпоративное", "ПАО «Ростсельмаш»", "Волков Д.С.", "", "", "", "", ""]]  # fmt: skip
    report = import_agreements(db, event_id, write_csv(tmp_path / "level.csv", rows), dry_run=True)
    assert [(e.row, e.column) for e in report.errors] == [(2, "Уровень"), (3, "Наименование")]


def test_a_total_row_is_skipped_and_a_header_only_list_is_an_error(demo_db, tmp_path):
    db, event_id = demo_db
    rows = [HEADER,
            ["Соглашение о сотрудничестве", "межрегиональное", "Правительство Ульяновской области",
             "Русских Алексей Юрьевич", "Правительство Республики Беларусь", "Пархомчик П.А.", "", "2", ""],
            ["Итого: 1 документ", "", "", "", "", "", "", "2", ""]]  # fmt: skip
    report = import_agreements(db, event_id, write_csv(tmp_path / "total.csv", rows))
    assert report.ok and report.created == 1, report.errors
    assert [w.row for w in report.warnings] == [3] and "total row" in report.warnings[0].message
    before = snapshot(db)
    empty = import_agreements(db, event_id, write_csv(tmp_path / "empty.csv", [HEADER]))
    assert not empty.written and [(e.row, e.message) for e in empty.errors] == [
        (1, "the file has no rows under its header (row 1): nothing to import")
    ]
    assert snapshot(db) == before
