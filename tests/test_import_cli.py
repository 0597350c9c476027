"""``import attendees|agreements`` and ``export attendees`` on the command line (docs/CLI.md contract)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import openpyxl

from protocol_app.cli.main import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def attendee_count(capsys, db: str) -> int:
    return len(json.loads(run(capsys, "--db", db, "attendees", "--event", "1", "--json")[1]))


def test_import_json_dry_run_and_real(capsys, store_path, tmp_path):
    db = str(store_path)
    run(capsys, "--db", db, "demo")
    before = attendee_count(capsys, db)
    path = write_csv(tmp_path / "list.csv", [["ФИО", "Должность", "Организация", "Сторона", "Приоритет"],
                                            ["Жук Ірына Пятроўна", "Советник", "ААТ «Гомсельмаш»",
                                             "Республика Беларусь", "10"]])  # fmt: skip
    code, out, err = run(
        capsys, "--db", db, "import", "attendees", "--event", "1", str(path), "--dry-run", "--json"
    )
    report = json.loads(out)
    assert code == 0 and err == ""
    assert {"created", "updated", "skipped", "errors", "warnings"} <= report.keys()
    assert report["created"] == 1 and report["dry_run"] and not report["written"]
    assert attendee_count(capsys, db) == before
    code, out, _ = run(capsys, "--db", db, "import", "attendees", "--event", "1", str(path), "--json")
    assert code == 0 and json.loads(out)["written"]
    assert attendee_count(capsys, db) == before + 1
    code, out, _ = run(capsys, "--db", db, "import", "attendees", "--event", "1", str(path))
    assert code == 0 and out.startswith("created 0, updated 0, skipped 1")


def test_import_error_is_exit_2_with_row_and_column_and_nothing_written(capsys, store_path, tmp_path):
    db = str(store_path)
    run(capsys, "--db", db, "demo")
    before = attendee_count(capsys, db)
    path = write_csv(tmp_path / "bad.csv", [["ФИО", "Сторона"], ["Иванов Иван", "Республика Беларусь"],
                                           ["Петров Пётр", "Казахстан"]])  # fmt: skip
    code, out, err = run(capsys, "--db", db, "import", "attendees", "--event", "1", str(path), "--json")
    assert code == 2
    assert json.loads(out)["errors"] == [
        {"row": 3, "column": "Сторона", "message": json.loads(out)["errors"][0]["message"]}
    ]
    assert err.count("\n") == 1 and "row 3" in err and "'Сторона'" in err and "nothing was written" in err
    assert attendee_count(capsys, db) == before
    code, out, err = run(capsys, "--db", db, "import", "attendees", "--event", "1", str(path), "--json",
                         "--lang", "ru")  # fmt: skip
    assert code == 2 and json.loads(out)["errors"][0]["message"].startswith(
        "у мероприятия нет стороны «Казахстан»"
    )


def test_import_options_sheet_and_map(capsys, store_path, tmp_path):
    db = str(store_path)
    run(capsys, "--db", db, "demo")
    book = openpyxl.Workbook()
    book.active.title = "Пусто"
    sheet = book.create_sheet("Гости")
    sheet.append(["Сотрудник", "Делегация"])
    sheet.append(["Новик Сергей Васильевич", "Республика Беларусь"])
    path = tmp_path / "guests.xlsx"
    book.save(path)
    args = ["--db", db, "import", "attendees", "--event", "1", str(path), "--sheet", "Гости", "--json"]
    code, _, err = run(capsys, *args)
    assert code == 2 and "no header row" in err
    code, out, _ = run(capsys, *args, "--map", "Сотрудник=full_name")
    assert code == 0 and json.loads(out)["matches"][0]["how"] == "exact"


def test_import_agreements_unknown_signatory(capsys, store_path, tmp_path):
    db = str(store_path)
    run(capsys, "--db", db, "demo")
    path = write_csv(tmp_path / "agr.csv", [["Наименование", "Сторона 1", "Подписант 1"],
                                           ["Соглашение", "ПАО «Ростсельмаш»", "Никто Никто Никтович"]])  # fmt: skip
    code, out, err = run(capsys, "--db", db, "import", "agreements", "--event", "1", str(path))
    assert code == 2 and "'Подписант 1'" in err and "row 2" in err
    assert "error: row 2, column 'Подписант 1'" in out


def test_export_attendees_all_formats(capsys, store_path, tmp_path):
    db = str(store_path)
    run(capsys, "--db", db, "demo")
    for fmt in ("csv", "xlsx", "docx", "pdf"):
        target = tmp_path / f"list.{fmt}"
        code, out, _ = run(capsys, "--db", db, "export", "attendees", "--event", "1", "--format", fmt, "-o",
                           str(target), "--json")  # fmt: skip
        assert code == 0 and json.loads(out) == {
            "file": str(target),
            "files": [str(target)],
            "format": fmt,
            "warnings": [],  # a Russian list needs no English texts
        }
        assert target.stat().st_size > 0
    cp = tmp_path / "cp.csv"
    code, _, _ = run(capsys, "--db", db, "export", "attendees", "--event", "1", "--format", "csv", "-o", str(cp),
                     "--encoding", "cp1251", "--lang", "en")  # fmt: skip
    assert code == 0 and cp.read_bytes().decode("cp1251").startswith("No.;Side")
    code, _, err = run(
        capsys, "--db", db, "export", "attendees", "--event", "1", "--format", "odt", "-o", "x"
    )
    assert code == 2 and err.count("\n") == 1


def test_demo_out_writes_the_attendee_list_in_four_formats(capsys, store_path, tmp_path):
    code, out, _ = run(capsys, "--db", str(store_path), "demo", "--out", str(tmp_path), "--json")
    files = {Path(f).name for f in json.loads(out)["files"]}
    assert code == 0 and {"attendees.csv", "attendees.xlsx", "attendees.docx", "attendees.pdf"} <= files


def test_the_text_report_says_each_update_in_the_language_asked_and_each_new_organisation(
    capsys, store_path, tmp_path
):
    """Without --json the report's lines say what an update changed in the language of --lang, and name each
    organisation the import adds to the directory."""
    db = str(store_path)
    run(capsys, "--db", db, "demo")
    header = ["Наименование", "Уровень", "Сторона 1", "Подписант 1", "Сторона 2", "Подписант 2"]
    first = ["Соглашение о поставках", "корпоративное", "ПАО «Ростсельмаш»", "Волков Дмитрий Сергеевич",
             "ООО «Новая марка»", "Новик Сергей Васильевич"]  # fmt: skip
    path = write_csv(tmp_path / "agreements.csv", [header, first])
    code, out, err = run(capsys, "--db", db, "import", "agreements", "--event", "1", str(path))
    assert code == 0, err
    assert "  new organisation: row 2: ООО «Новая марка»" in out.splitlines()
    changed = [*first[:5], "Лукашевич Александр Михайлович"]
    path = write_csv(tmp_path / "again.csv", [header, changed])
    code, out, err = run(
        capsys, "--db", db, "import", "agreements", "--event", "1", str(path), "--lang", "ru"
    )
    assert code == 0, err
    updated = [line for line in out.splitlines() if line.startswith("  updated: row 2: ")]
    assert len(updated) == 1 and "Новик" in updated[0] and "Лукашевич" in updated[0], out
    assert not re.search(r"[a-z]{4,}", updated[0].removeprefix("  updated: row 2: ")), updated[0]
