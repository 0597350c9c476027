"""Chinese names through the command line as an officer meets them: written in Han letters without a space,
given names of one character (李明), no pinyin given; a package imported twice, a signatory named 王建国, the
English list and its "Latin name" column, and the names the command line prints."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from cli_helpers import run_main
from openpyxl import load_workbook

from protocol_app.model import NewParticipant, NewPerson
from protocol_app.store import directory, open_store, participants

ATTENDEES = """\
ФИО;Должность;Организация;Сторона;Роль;Фамилия (лат.);Имя (лат.)
Иванов Дмитрий Павлович;Министр;Правительство области;Россия;глава делегации;;
王建国;Заместитель министра;Министерство промышленности КНР;Делегация КНР;глава делегации;Wang;Jianguo
李明;Вице-губернатор;Правительство провинции Хэйлунцзян;Делегация КНР;подписант;;
赵磊;Председатель совета директоров;Машиностроительная корпорация;Делегация КНР;подписант;;
张伟;Директор департамента;Министерство промышленности КНР;Делегация КНР;член делегации;;
刘德华;Советник;Министерство промышленности КНР;Делегация КНР;эксперт;;
欧阳修文;Советник;Министерство промышленности КНР;Делегация КНР;эксперт;;
"""
PARTS = """\
Фамилия;Имя;Должность;Сторона;Роль
王;小明;Советник;Делегация КНР;эксперт
"""
AGREEMENTS = """\
Наименование;Уровень;Сторона 1;Подписант 1;Сторона 2;Подписант 2
Меморандум о промышленной кооперации;межведомственное;Правительство области;Иванов Дмитрий Павлович;\
Министерство промышленности КНР;王建国
Контракт на поставку оборудования;корпоративное;Правительство области;Иванов Д.П.;\
Машиностроительная корпорация;赵磊
"""


def _ok(store: Path, *args: str) -> str:
    done = run_main(store, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """An event with a Russian host side and a Chinese delegation, its attendees imported from a list."""
    path = tmp_path / "store.sqlite"
    _ok(path, "event", "create", "--title", "Форум", "--date", "2026-07-08")
    _ok(path, "side", "add", "--event", "1", "--name", "Россия", "--host", "--country", "RU")
    _ok(path, "side", "add", "--event", "1", "--name", "Делегация КНР", "--guest", "--country", "CN")
    for name, text in (("attendees.csv", ATTENDEES), ("parts.csv", PARTS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        _ok(path, "import", "attendees", "--event", "1", str(tmp_path / name))
    return path


def _names(store: Path) -> list[str]:
    return [a["full_name"] for a in json.loads(_ok(store, "attendees", "--event", "1", "--json"))]


def _english_list(store: Path, tmp_path: Path) -> dict[str, str]:
    """The English CSV list: each row's "Latin name" by its "Full name"."""
    out = tmp_path / "list.csv"
    _ok(store, "export", "attendees", "--event", "1", "--format", "csv", "--lang", "en", "-o", str(out))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    return {r["Full name"]: r["Latin name"] for r in rows}


def test_a_second_import_of_a_package_creates_nobody_when_given_names_are_one_han_letter(store, tmp_path):
    package = tmp_path / "event.pdpkg"
    _ok(store, "package", "export", "--event", "1", "-o", str(package))
    other = tmp_path / "other.sqlite"
    first = json.loads(_ok(other, "package", "import", str(package), "--json"))
    again = json.loads(_ok(other, "package", "import", str(package), "--json"))
    assert first["created"] > 0
    assert (again["created"], again["updated"], again["conflicts"]) == (0, 0, [])
    names = _names(other)
    assert sorted(names) == sorted(_names(store))
    assert len(names) == len(set(names)) == 8  # 李明, 赵磊, 张伟 once each


def test_a_chinese_signatory_written_without_a_space_is_found(store, tmp_path):
    agreements = tmp_path / "agreements.csv"
    agreements.write_text(AGREEMENTS, encoding="utf-8")
    _ok(store, "import", "agreements", "--event", "1", str(agreements))
    signing = json.loads(_ok(store, "signing", "--event", "1", "--json"))
    signatories = {
        item["title"]: [p["signatory"]["name"] for p in item["parties"]] for item in signing["items"]
    }
    assert signatories == {
        "Меморандум о промышленной кооперации": ["Иванов Дмитрий Павлович", "王建国"],
        "Контракт на поставку оборудования": ["Иванов Дмитрий Павлович", "赵磊"],
    }


def test_chinese_names_without_pinyin_are_surname_first_in_an_english_list(store, tmp_path):
    listed = _english_list(store, tmp_path)
    assert listed["LIU Dehua"] == "Liu Dehua"  # 刘德华: was "DEHUA Liu"
    assert listed["OUYANG Xiuwen"] == "Ouyang Xiuwen"  # 欧阳修文, a surname of two letters
    assert listed["WANG Xiaoming"] == "Wang Xiaoming"  # 王 / 小明 in two columns
    assert listed["LI Ming"] == "Li Ming"


def test_a_pinyin_suggestion_an_older_store_kept_as_one_text_is_still_surname_first(store, tmp_path):
    db = open_store(store)
    person = directory.add_person(
        db, NewPerson("周", "星驰", latin_name="Xingchi Zhou", latin_suggested=True)
    )
    participants.add_participant(db, NewParticipant(event_id=1, person_id=person, side_id=2))
    db.close()
    assert _english_list(store, tmp_path)["ZHOU Xingchi"] == "Zhou Xingchi"


def test_the_latin_name_column_writes_each_name_in_its_own_order(store, tmp_path):
    listed = _english_list(store, tmp_path)
    assert listed["WANG Jianguo"] == "Wang Jianguo"  # was "Jianguo Wang" beside "WANG Jianguo"
    assert listed["IVANOV Dmitrii"] == "Dmitrii Ivanov"
    out = tmp_path / "list.xlsx"
    _ok(store, "export", "attendees", "--event", "1", "--format", "xlsx", "--lang", "ru", "-o", str(out))
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if "Имя латиницей" in r)
    name, latin = header.index("ФИО"), header.index("Имя латиницей")
    by_name = {r[name]: r[latin] for r in rows if r[name]}
    assert by_name["王建国"] == "Wang Jianguo"
    assert by_name["Иванов Дмитрий Павлович"] == "Dmitrii Ivanov"


def test_han_names_are_printed_without_a_space(store):
    assert "王建国" in _names(store) and "欧阳修文" in _names(store)
    listing = _ok(store, "attendees", "--event", "1")
    shown = _ok(store, "event", "show", "1")
    for text in (listing, shown):
        assert "1. 王建国 — Заместитель министра" in text
        assert "王 建国" not in text and "李 明" not in text
