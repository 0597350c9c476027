"""Row numbers as a spreadsheet shows them: a quoted cell with line breaks (witnesses on separate lines, which
the lists allow) is one row, so the rows below it keep their numbers in the report, for every kind of list."""

from __future__ import annotations

from protocol_app.importing import import_agreements, import_attendees
from tests.test_import_agreements_identity import SEED, WITNESSES, empty_ceremony, partner_file

ON_LINES = WITNESSES.replace("; ", "\n")  # «Русских Алексей Юрьевич» and «Пархомчик ...» on two lines


def test_an_agreement_below_a_multi_line_cell_is_reported_in_its_spreadsheet_row(demo_db, tmp_path):
    db, event_id = empty_ceremony(demo_db)
    rows = [[*row[:7], ON_LINES] for row in SEED]
    rows[2][4] = "Неизвестный Иван Иванович"  # the third agreement: row 4 of the sheet (the header is row 1)
    path = partner_file(tmp_path / "agreements.csv", rows)
    assert path.read_bytes().count(b"\n") == 1 + 2 * len(SEED)  # each witness cell takes two lines
    report = import_agreements(db, event_id, path)
    assert [(e.row, e.column) for e in report.errors] == [(4, "Подписант 1")]
    assert "Неизвестный Иван Иванович" in report.errors[0].message and not report.written


def test_repeats_below_multi_line_cells_name_their_spreadsheet_rows(demo_db, tmp_path):
    db, event_id = empty_ceremony(demo_db)
    rows = [[*SEED[0][:7], ON_LINES], [*SEED[1][:7], ON_LINES], [*SEED[1][:7], ON_LINES]]
    report = import_agreements(db, event_id, partner_file(tmp_path / "agreements.csv", rows))
    assert report.ok and (report.created, report.skipped) == (2, 1)
    assert [w.row for w in report.warnings] == [4] and "repeats row 3" in report.warnings[0].message


def test_an_attendee_below_a_multi_line_cell_is_reported_in_its_spreadsheet_row(demo_db, tmp_path):
    db, event_id = demo_db
    header = ["ФИО", "Сторона", "Примечание"]
    rows = [
        ["Иванов Иван Иванович", "Ульяновская область", "вегетарианец\nприлетает 9 июля\nрейс SU 1234"],
        ["Петров Пётр Петрович", "Ульяновская область", ""],
        ["Сидоров Сидор Сидорович", "Атлантида", ""],
    ]
    report = import_attendees(db, event_id, partner_file(tmp_path / "people.csv", rows, header))
    assert [(e.row, e.column) for e in report.errors] == [(4, "Сторона")]
    assert "Атлантида" in report.errors[0].message
