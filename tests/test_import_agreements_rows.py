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


def demo_store(path: Path, capsys) -> str:
    """The demo store at ``path`` (event 1: the seed's people and agreements)."""
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    return str(path)


@pytest.fixture
def store(store_path, capsys) -> str:
    return demo_store(store_path, capsys)


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


def agreement_rows(store: str, capsys) -> list[tuple]:
    """What the store holds of the agreements, to see that a refused file writes nothing."""
    return [(a["title"], [p["organisation"] for p in a["parties"]]) for a in agreements(store, capsys)]


@pytest.mark.parametrize(
    "party2",
    [["ПАО «Ростсельмаш»", "Новик Сергей Васильевич"], ["ПАО  \u201cРОСТСЕЛЬМАШ\u201d", "Волков Д.С."]],
    ids=["same-name", "same-organisation-spelt-otherwise"],
)
def test_one_organisation_as_two_parties_is_an_error_naming_the_repeated_party(
    store, capsys, tmp_path, party2
):
    before = agreement_rows(store, capsys)
    row = [*ROW[:4], *party2, ROW[6]]
    path = partner_file(tmp_path / "same.csv", [ROW, row], HEADER)
    code, report, err = imported(store, capsys, path)
    assert code == 2 and not report["written"]
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(3, "Сторона 2")]
    assert "party 2 is the same organisation as party 1 (ПАО «Ростсельмаш»)" in report["errors"][0]["message"]
    assert f"{path}, row 3, column 'Сторона 2': party 2 is the same organisation" in err
    assert agreement_rows(store, capsys) == before


@pytest.mark.parametrize(
    ("cells", "column", "said"),
    [
        (["", "", *ROW[4:6]], "Сторона 1", "party 1 is blank while party 2 is filled"),
        (
            [*ROW[2:4], "", ""],
            "Сторона 2",
            "the agreement names one party, and an agreement has at least two",
        ),
    ],
    ids=["party-1-blank", "party-2-blank"],
)
def test_an_agreement_of_fewer_than_two_parties_is_an_error_with_row_and_column(
    store, capsys, tmp_path, cells, column, said
):
    before = agreement_rows(store, capsys)
    path = partner_file(tmp_path / "one.csv", [ROW, [TITLE + " X", "корпоративное", *cells, ""]], HEADER)
    code, report, err = imported(store, capsys, path)
    assert code == 2 and [(e["row"], e["column"]) for e in report["errors"]] == [(3, column)]
    assert said in report["errors"][0]["message"] and f"row 3, column '{column}'" in err
    assert agreement_rows(store, capsys) == before


def test_a_blank_party_between_two_filled_ones_is_an_error(store, capsys, tmp_path):
    header = [*HEADER[:6], "Сторона 3", "Подписант 3"]
    row = [*ROW[:4], "", "", "ОАО «Гомсельмаш»", "Лукашевич Александр Михайлович"]
    code, report, _ = imported(store, capsys, partner_file(tmp_path / "gap.csv", [row], header))
    assert code == 2 and [(e["row"], e["column"]) for e in report["errors"]] == [(2, "Сторона 2")]
    assert "party 2 is blank while party 3 is filled" in report["errors"][0]["message"]


def test_parties_named_by_their_signatories_alone_are_two_parties(store, capsys, tmp_path):
    row = [TITLE, "корпоративное", "", "Волков Д.С.", "", "Новик С.В.", ""]
    code, report, _ = imported(store, capsys, partner_file(tmp_path / "signers.csv", [row], HEADER))
    assert code == 0 and report["created"] == 1, report["errors"]
    [stored] = [a for a in agreements(store, capsys) if a["title"] == TITLE]
    assert [p["organisation"] for p in stored["parties"]] == ["ПАО «Ростсельмаш»", "ООО «Полесье ДГ»"]


def test_a_repeat_row_that_says_something_else_is_an_error_naming_both_rows(store, capsys, tmp_path):
    before = agreement_rows(store, capsys)
    other_signatory = [*ROW[:5], "Иванова Мария Игоревна", ROW[6]]
    other_level = [ROW[0], "научно-техническое", *ROW[2:]]
    path = partner_file(tmp_path / "twice.csv", [ROW, other_signatory, other_level], HEADER)
    code, report, err = imported(store, capsys, path)
    assert code == 2 and not report["written"] and agreement_rows(store, capsys) == before
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(3, "Наименование"), (4, "Наименование")]
    signatory, level = (e["message"] for e in report["errors"])
    assert "is in rows 2 and 3, and the rows differ" in signatory
    assert (
        "the signatory of party 2 (ООО «Полесье ДГ»): Новик Сергей Васильевич -> Иванова Мария Игоревна"
        in (signatory)
    )
    assert "is in rows 2 and 4" in level and "level: corporate -> scientific and technical" in level
    assert "row 3, column 'Наименование'" in err and "rows 2 and 3" in err


def test_a_true_repeat_written_otherwise_stays_a_warning(store, capsys, tmp_path):
    """The parties in the other order and the names by initials: the same agreement, said the same way."""
    same = [TITLE, "", ROW[4], "Новик С.В.", ROW[2], "Волков Д.С.", "Русских А.Ю."]  # the level kept
    code, report, _ = imported(store, capsys, partner_file(tmp_path / "same.csv", [ROW, same], HEADER))
    assert code == 0 and (report["created"], report["skipped"]) == (1, 1), report["errors"]
    assert [(w["row"], w["message"]) for w in report["warnings"]] == [
        (3, f"the agreement {TITLE!r} between ПАО «Ростсельмаш» and ООО «Полесье ДГ» repeats row 2; the row "
            "is skipped")
    ]  # fmt: skip
    assert [a["title"] for a in agreements(store, capsys)].count(TITLE) == 1


def test_an_update_reports_the_new_signatory_and_the_side_that_comes_with_him(store, capsys, tmp_path):
    """The seed's second agreement signed for ООО «Полесье ДГ» by a host's man: his side is the party's now."""
    [seed] = [a for a in agreements(store, capsys) if a["parties"][0]["organisation"] == "ПАО «Ростсельмаш»"]
    witnesses = "; ".join(w["name"] for w in seed["witnesses"])
    row = [seed["title"], "корпоративное", *ROW[2:5], "Смирнов Андрей Викторович", witnesses]
    code, report, _ = imported(store, capsys, partner_file(tmp_path / "update.csv", [row], HEADER))
    assert code == 0 and (report["created"], report["updated"]) == (0, 1), report["errors"]
    [change] = report["changes"]
    assert change["row"] == 2
    assert (
        "the signatory of party 2 (ООО «Полесье ДГ»): Новик Сергей Васильевич -> Смирнов Андрей Викторович"
        in (change["message"])
    )
    assert (
        "the side of party 2 (ООО «Полесье ДГ»): 'Республика Беларусь' -> 'Ульяновская область'"
        in (change["message"])
    )
    [stored] = [a for a in agreements(store, capsys) if a["id"] == seed["id"]]
    assert stored["parties"][1]["side"] == "Ульяновская область"
    row[5] = "Новик Сергей Васильевич"  # back: in Russian, with --lang ru
    code, russian, _ = imported(
        store, capsys, partner_file(tmp_path / "back.csv", [row], HEADER), "--lang", "ru"
    )
    assert code == 0 and russian["changes"][0]["message"].startswith(
        f"«{seed['title']}» между ПАО «Ростсельмаш» и"
    )
    assert (
        "подписант стороны 2 (ООО «Полесье ДГ»): Смирнов Андрей Викторович -> Новик Сергей Васильевич"
        in (russian["changes"][0]["message"])
    )


def test_a_list_without_a_witnesses_column_keeps_the_witnesses(store, capsys, tmp_path):
    before = agreements(store, capsys)
    rows = [[a["title"], *[x for p in a["parties"] for x in (p["organisation"], p["signatory"]["name"])]]
            for a in before]  # fmt: skip
    code, report, _ = imported(
        store, capsys, partner_file(tmp_path / "bare.csv", rows, HEADER[:1] + HEADER[2:6])
    )
    assert code == 0 and (report["updated"], report["skipped"]) == (0, len(before)), report["changes"]
    assert agreements(store, capsys) == before
