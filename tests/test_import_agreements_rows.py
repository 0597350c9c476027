"""What a row of an agreement list may say that the officer must hear of, on the command line as a partner's
file is written (Windows-1251, «;»): names taken by fuzzy matching, a party named twice or left blank, a row
that repeats an earlier one but says something else, and everything an update changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from protocol_app.cli.main import main
from tests.test_import_agreements_identity import partner_file

HEADER = ["Наименование", "Уровень", "Сторона 1", "Подписант 1", "Сторона 2", "Подписант 2", "В присутствии"]
TITLE = "Соглашение о поставках"
ROW = [TITLE, "корпоративное", "ПАО «Ростсельмаш»", "Волков Дмитрий Сергеевич", "ООО «Полесье ДГ»",
       "Новик Сергей Васильевич", "Русских Алексей Юрьевич"]  # fmt: skip


@pytest.fixture
def store(store_path, capsys) -> str:
    """The demo store (event 1: the seed's people and agreements)."""
    assert main(["--db", str(store_path), "demo"]) == 0
    capsys.readouterr()
    return str(store_path)


def agreements(store: str, capsys) -> list[dict]:
    assert main(["--db", store, "event", "show", "1", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["agreements"]


def imported(store: str, capsys, path: Path, *more: str) -> tuple[int, dict, str]:
    """Exit code, the JSON report and stderr of ``import agreements``."""
    try:
        code = main(["--db", store, "import", "agreements", "--event", "1", str(path), "--json", *more])
    except SystemExit as exc:  # pragma: no cover - the CLI returns its code
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_names_taken_by_fuzzy_matching_are_listed_and_warned_with_their_row(store, capsys, tmp_path):
    row = [*ROW[:3], "Волкв Дмитрий Сергеевич", *ROW[4:6], "Руских Алексей Юрьевич"]
    code, report, _ = imported(store, capsys, partner_file(tmp_path / "a.csv", [row], HEADER))
    assert code == 0 and report["created"] == 1
    fuzzy = [(m["row"], m["name"], m["person"], m["how"]) for m in report["matches"] if m["how"] == "fuzzy"]
    assert fuzzy == [
        (2, "Волкв Дмитрий Сергеевич", "Волков Дмитрий Сергеевич", "fuzzy"),
        (2, "Руских Алексей Юрьевич", "Русских Алексей Юрьевич", "fuzzy"),
    ]
    warned = [w["message"] for w in report["warnings"] if w["row"] == 2]
    assert len(warned) == 2 and all("spelling slip" in w for w in warned)
    assert "Волкв Дмитрий Сергеевич is taken for Волков Дмитрий Сергеевич" in warned[0]
    [stored] = [a for a in agreements(store, capsys) if a["title"] == TITLE]
    assert stored["parties"][0]["signatory"]["name"] == "Волков Дмитрий Сергеевич"
    code, russian, _ = imported(store, capsys, tmp_path / "a.csv", "--dry-run", "--lang", "ru")
    assert "Волкв Дмитрий Сергеевич отнесено к Волков Дмитрий Сергеевич" in russian["warnings"][0]["message"]


def test_the_text_report_lists_the_fuzzy_match(store, capsys, tmp_path):
    row = [*ROW[:5], "Новикк Сергей Васильевич", ROW[6]]
    path = partner_file(tmp_path / "a.csv", [row], HEADER)
    assert main(["--db", store, "import", "agreements", "--event", "1", str(path)]) == 0
    out = capsys.readouterr().out
    assert "row 2: Новикк Сергей Васильевич = Новик Сергей Васильевич (fuzzy)" in out
