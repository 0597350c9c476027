"""One set of rules per object, in the core: the forms, the command line and the imports refuse alike."""

from __future__ import annotations

import pytest

from protocol_app.errors import UserError
from protocol_app.importing import import_agreements, import_attendees
from protocol_app.model import NewAgreement, NewEvent, NewOrganisation, NewPerson, NewSide, Party
from protocol_app.store.agreements import add_agreement
from protocol_app.store.directory import add_organisation, add_person, validate_person
from protocol_app.store.events import add_side, create_event
from tests.test_import_attendees import write_csv


@pytest.mark.parametrize(
    ("field", "value", "column"),
    [
        ("latin_surname", "Петров", "latin_surname"),
        ("latin_given", "Ivan2", "latin_given"),
        ("latin_name", "Wang 王", "latin_name"),
        ("email", "petrov@", "email"),
        ("email", "petrov@mid", "email"),
        ("birth_date", "07.07.1975", "birth_date"),
        ("seniority_date", "2015-02-30", "seniority_date"),
    ],
)
def test_a_person_breaking_a_rule_is_refused_with_the_field_named(db, field, value, column):
    person = NewPerson(surname="Петров", given_name="Иван", **{field: value})
    with pytest.raises(UserError) as caught:
        add_person(db, person)
    assert caught.value.column == column
    assert value in caught.value.text("en") and value in caught.value.text("ru")
    assert db["people"].count == 0


def test_passport_latin_names_with_accents_and_marks_are_accepted():
    for surname, given in (("Müller", "Hans-Jürgen"), ("Çelik", "Ayşe"), ("O'Neil", "J. R."), ("Petrov", "")):
        person = NewPerson(surname="Петров", latin_surname=surname, latin_given=given, email="a.b@mid.ru")
        validate_person(person)
        assert surname in person.latin_name


def test_an_import_refuses_a_latin_name_in_cyrillic_and_writes_nothing(db, tmp_path):
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    rows = [
        ["ФИО", "Сторона", "Фамилия (лат.)", "E-mail"],
        ["Петров Иван Ильич", "Россия", "Петров", "p@mid.ru"],
    ]
    report = import_attendees(db, event_id, write_csv(tmp_path / "latin.csv", rows))
    assert [(e.row, e.column) for e in report.errors] == [(2, "Фамилия (лат.)")]  # the file's own column
    assert db["people"].count == 0


def test_an_agreement_needs_a_language_and_a_party(db):
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    side = add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    org = add_organisation(db, NewOrganisation(name="Правительство"))
    with pytest.raises(UserError) as caught:
        add_agreement(
            db, NewAgreement(event_id=event_id, title="Соглашение", parties=[Party(org, side)], languages="")
        )
    assert caught.value.column == "languages" and "языки" in caught.value.text("ru")
    with pytest.raises(UserError) as caught:
        add_agreement(db, NewAgreement(event_id=event_id, title="Соглашение"))
    assert caught.value.column == "parties"
    assert db["agreements"].count == 0


def test_an_import_reports_an_agreement_without_languages_on_its_row(db, tmp_path):
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    add_side(db, NewSide(event_id=event_id, name="Беларусь", host=False))
    rows = [["Наименование", "Сторона 1", "Сторона 2", "Языки"], ["Соглашение", "Минпром", "Минпром РБ", ";"]]
    report = import_agreements(db, event_id, write_csv(tmp_path / "agreements.csv", rows))
    assert [(e.row, e.column) for e in report.errors] == [(2, "Языки")]
    assert db["agreements"].count == 0
