"""The directory: organisations and people, shared by all events of the store."""

from __future__ import annotations

import re
import unicodedata
from datetime import date as Date

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.model import NewOrganisation, NewPerson, Organisation, Person
from protocol_app.name_forms import NameOrder, passport_latin
from protocol_app.store.rows import from_row, insert_row, to_row, update_row
from protocol_app.words import said


def add_organisation(db: Database, org: NewOrganisation) -> int:
    if not org.name.strip():
        raise UserError(said("organisation_needs_name"), column="name")
    with db.atomic():
        return insert_row(db, "organisations", to_row(org))


def update_organisation(db: Database, org: Organisation) -> None:
    get_organisation(db, org.id)
    with db.atomic():
        update_row(db, "organisations", org.id, to_row(org, exclude=("id",)))


def get_organisation(db: Database, org_id: int) -> Organisation:
    rows = list(db.table("organisations").rows_where("id = ?", [org_id]))
    if not rows:
        raise NotFound(said("no_such", what=said("of_organisation"), id=org_id))
    return from_row(Organisation, rows[0])


def list_organisations(db: Database) -> list[Organisation]:
    return [from_row(Organisation, r) for r in db.table("organisations").rows_where(order_by="name")]


def find_organisation(db: Database, name: str) -> Organisation | None:
    """An organisation whose full or short name, Russian or English, is ``name`` (case-insensitive).

    Compared in Python: SQLite's NOCASE folds ASCII letters only, not Cyrillic.
    """
    key = name.strip().casefold()
    if not key:
        return None
    for org in list_organisations(db):
        if key in {
            org.name.casefold(),
            org.name_en.casefold(),
            org.short_name.casefold(),
            org.short_name_en.casefold(),
        }:
            return org
    return None


def get_or_add_organisation(db: Database, name: str, **extra: str) -> Organisation:
    """The organisation named ``name``, created when the directory does not hold it yet."""
    found = find_organisation(db, name)
    if found:
        return found
    org = NewOrganisation(name=name.strip(), **extra)
    return Organisation.of(org, add_organisation(db, org))


_NAME_ORDERS = frozenset(o.value for o in NameOrder)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")  # name@domain.tld
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate_person(person: NewPerson) -> None:
    """Raise ``UserError`` naming the first field of ``person`` that is wrong: the one set of rules the
    form, the command line and the imports share. The Latin name is set from its passport parts."""
    if not person.surname.strip():
        raise UserError(said("needs_surname"), column="surname")
    if person.gender not in ("", "m", "f"):
        raise UserError(said("bad_person_gender", value=person.gender), column="gender")
    if not person.latin_suggested:  # as typed (a suggestion transliterates)
        for column in ("latin_surname", "latin_given", "latin_name"):
            if not is_latin(getattr(person, column)):
                raise UserError(said("bad_latin_name", value=getattr(person, column)), column=column)
    if person.email and not _EMAIL.match(person.email):
        raise UserError(said("bad_email", value=person.email), column="email")
    for column in ("seniority_date", "birth_date"):
        value = getattr(person, column)
        if value and not _is_iso_date(value):
            raise UserError(said("bad_person_date", value=value), column=column)
    if person.name_order not in _NAME_ORDERS:
        raise UserError(said("bad_name_order", value=person.name_order), column="name_order")
    if person.latin_surname or person.latin_given:  # the one-text Latin name follows the passport's parts
        person.latin_name = passport_latin(person.latin_surname, person.latin_given)


def is_latin(text: str) -> bool:
    """Written in Latin letters (accented ones too: a passport's Müller, Çelik): no letter of another
    script, no digit."""
    return not any(
        ch.isdigit() or (ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN ")) for ch in text
    )


def _is_iso_date(text: str) -> bool:
    if not _ISO_DATE.match(text):
        return False
    try:
        Date.fromisoformat(text)
    except ValueError:
        return False
    return True


def add_person(db: Database, person: NewPerson) -> int:
    validate_person(person)
    with db.atomic():
        return insert_row(db, "people", to_row(person))


def update_person(db: Database, person: Person) -> None:
    validate_person(person)
    get_person(db, person.id)
    with db.atomic():
        update_row(db, "people", person.id, to_row(person, exclude=("id",)))


def get_person(db: Database, person_id: int) -> Person:
    rows = list(db.table("people").rows_where("id = ?", [person_id]))
    if not rows:
        raise NotFound(said("no_such", what=said("of_person"), id=person_id))
    return from_row(Person, rows[0])


def list_people(db: Database) -> list[Person]:
    return [from_row(Person, r) for r in db.table("people").rows_where(order_by="surname, given_name, id")]


def delete_person(db: Database, person_id: int) -> None:
    """Delete a person who takes part in no event."""
    person = get_person(db, person_id)
    if db.execute("SELECT 1 FROM participants WHERE person_id = ?", [person_id]).fetchone():
        raise UserError(said("takes_part", name=person.full_name))
    with db.atomic():
        db.table("people").delete(person_id)
