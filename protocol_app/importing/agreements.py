"""Importing a list of agreements into an event: parties by organisation, signatories and witnesses by name.

Parties' organisations are found in the directory or created. Signatories and witnesses must be people of the
event (import the attendees first): an unknown or ambiguous name is an error with its row and column. A party's
side is its signatory's side; without a signatory, the side of the organisation's people at the event; failing
that, party 1 is the host side and party 2 the first guest side (with a warning). An agreement has at least two
parties, numbered without gaps, each a different organisation: fewer, a blank party before a filled one, or one
organisation named as two parties is an error with the row and the party's column.

An agreement is its title and its parties (their organisations, in any order): several agreements often share
one standard title. A row naming an agreement the event holds updates it (the report's ``changes`` say every
change: values, signatories, sides, powers of attorney, witnesses) and never another one; the same title with
other parties is another agreement. A row naming the agreement of an earlier row is skipped with a warning when
it says the same, and is an error naming both rows when it says something else.

The report lists every name matched to a person (``matches``; a fuzzy match is also a warning, as for attendees)
and every organisation the import adds (``new_organisations``, and a warning each: a party's organisation the
directory does not know is mostly a known one spelt otherwise).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Unpack

from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.importing.headers import NUMBERED_FIELD
from protocol_app.importing.matching import PeopleIndex
from protocol_app.importing.organisations import OrganisationCache
from protocol_app.importing.report import PROGRESS_EVERY, ImportReport, Progress
from protocol_app.importing.source import (
    TOTAL_ROW,
    Reading,
    Record,
    Source,
    check_rows,
    open_source,
    skip_total,
)
from protocol_app.importing.values import parse_languages, parse_level, parse_number
from protocol_app.languages import LanguageNames
from protocol_app.model import Agreement, Attendee, NewAgreement, NewOrganisation, Organisation, Party, Person
from protocol_app.names import is_cyrillic, split_full_name
from protocol_app.store import agreements as store
from protocol_app.store.changes import Recorder
from protocol_app.store.events import get_event, list_sides
from protocol_app.store.participants import list_attendees
from protocol_app.words import Label, Said, said

_LETTERS = "abcdefghijklmnopqrstuvwxyz_"  # of a numbered field's name: party2 -> 2

# The values of an agreement a row may change, with their words in the report.
_FIELD_WORDS = {
    "title": said("agreement_title"),
    "title_en": said("agreement_title_en"),
    "level": said("agreement_level"),
    "originals": said("agreement_originals"),
    "languages": said("agreement_languages"),
    "order_no": said("agreement_order"),
    "notes": said("agreement_notes"),
}

_TABLES = (
    "organisations",
    "agreements",
    "agreement_parties",
    "agreement_witnesses",
)  # written, parents first


def import_agreements(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    **reading: Unpack[Reading],
) -> ImportReport:
    """Import the agreement list at ``path`` into the event (``reading``: how to read it, as ``open_source``);
    nothing is written with ``dry_run`` or any error."""
    source = open_source("agreements", path, **reading)
    return import_agreement_source(db, event_id, source, dry_run=dry_run, progress=progress)


def import_agreement_source(
    db: Database, event_id: int, source: Source, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    """``import_agreements`` for a file already read; ``progress(rows_done, rows_total)`` as for attendees."""
    event = get_event(db, event_id)
    report = ImportReport("agreements", source.file, dry_run=dry_run)
    for warning in source.header.warnings:
        report.warn(source.header.row, warning)
    planner = _Planner(db, event.id, report)
    planned = []
    total = source.data_rows() if progress else 0
    rows = 0
    for done, rec in enumerate(source.records()):
        if progress and done % PROGRESS_EVERY == 0:
            progress(done, total)
        if TOTAL_ROW.match(rec.first):
            skip_total(report, rec)
            continue
        rows += 1
        if (planned_row := planner.row(rec)) is not None:
            planned.append(planned_row)
    check_rows(report, source, rows)
    report.new_organisations = planner.orgs.added()
    for added in report.new_organisations:  # a party nobody at the event is of: mostly a name spelt otherwise
        report.warn(added.row, said("new_party_organisation", name=added.name))
    if report.errors or dry_run:
        return report
    with db.atomic():
        recorder = Recorder(db, _TABLES)
        planner.orgs.write(db, recorder)
        for agr, parties in planned:
            agr.parties = [party.stored(planner.orgs) for party in parties]  # organisations written above
            if not isinstance(agr, Agreement):
                store.add_agreement(db, agr)
            else:
                recorder.will_change("agreements", [agr.id])
                for table in _TABLES[2:]:
                    recorder.will_change_where(table, "agreement_id = ?", [agr.id])
                store.update_agreement(db, agr)
        report.change_set = recorder.finish()
    report.written = True
    return report


@dataclass
class _Party:
    """A party as a row names it; its organisation may be one the import adds (its id known once written)."""

    org: NewOrganisation
    side_id: int
    signatory_id: int | None
    power_of_attorney: str

    def stored(self, orgs: OrganisationCache) -> Party:
        """The agreement's party, once the organisations are written."""
        return Party(orgs.id_of(self.org), self.side_id, self.signatory_id, self.power_of_attorney)


class People:
    """The event's attendees, found by a name as an agreement list writes it: full, short («Русских А.Ю.»)."""

    def __init__(self, attendees: list[Attendee]) -> None:
        self.by_person = {id(a.person): a for a in attendees}
        self.index: PeopleIndex[Person] = PeopleIndex(a.person for a in attendees)
        self.attendees = attendees

    def find(self, text: str) -> tuple[str, list[Attendee], float]:
        """The attendees ``text`` may mean (one when it is clear, several when ambiguous, none when unknown),
        how they were found and the score, as ``PeopleIndex.find_all`` says ("fuzzy" for a spelling slip)."""
        text = " ".join(text.split())
        parts = split_full_name(text)
        latin = "" if is_cyrillic(text) else text
        how, fitting, score = self.index.find_all(parts.surname, parts.given_name, parts.patronymic, latin)
        if not fitting and parts.given_name and not parts.patronymic:  # «Алексей Русских»: the name first
            how, fitting, score = self.index.find_all(parts.given_name, parts.surname, "")
        return how, [self.by_person[id(p)] for p in fitting], score


class _Planner:
    def __init__(self, db: Database, event_id: int, report: ImportReport) -> None:
        self.db = db
        self.event_id = event_id
        self.report = report
        self.sides = list_sides(db, event_id)
        attendees = list_attendees(db, event_id)
        self.people = People(attendees)
        self.orgs = OrganisationCache(db)
        self.org_sides: dict[int, int] = {}
        for att in attendees:
            if att.organisation is not None:
                self.org_sides.setdefault(att.organisation.id, att.side.id)
        self.names = {a.id: a.person.full_name for a in attendees}
        self.side_names = {s.id: s.name for s in self.sides}
        self.existing: dict[tuple, Agreement] = {}
        for agr in store.list_agreements(db, event_id):
            self.existing.setdefault(_key(agr.title, [p.organisation_id for p in agr.parties]), agr)
        self.seen: dict[tuple, _Planned] = {}  # the agreements of the file's rows, by key

    def row(self, rec: Record) -> tuple[NewAgreement, list[_Party]] | None:
        """The agreement a row adds or updates (with its parties); None for a row with an error or a repeat."""
        title = " ".join(rec.get("title").split())
        if not title:
            self.report.error(rec.row, rec.column("title"), said("no_title"))
            return None
        errors = len(self.report.errors)
        agr: NewAgreement = NewAgreement(event_id=self.event_id, title=title)
        parties = self._parties(rec)
        witnesses = self._witnesses(rec)
        key = _key(title, [_identity(p.org) for p in parties])
        first = self.seen.get(key)
        old = self.existing.get(key)
        stored = _Planned(None, old, old.parties) if old is not None else None
        base = first or stored
        if base is not None:  # what the row's blank cells leave as they are (its organisations: the row's)
            _keep(base, agr, parties)
        agr.title_en = rec.get("title_en") or agr.title_en
        agr.notes = rec.get("notes") or agr.notes
        if "witnesses" in rec.headers or base is None:  # a list without the column leaves them as they are
            agr.witness_ids = witnesses
        else:
            agr.witness_ids = list(base.agreement.witness_ids)
        self._values(rec, agr)
        if len(self.report.errors) == errors:  # the rules the form and the store share
            try:
                store.check_agreement(agr, parties)
            except UserError as exc:
                words = exc.said if isinstance(exc.said, Said) else exc.message
                self.report.error(rec.row, rec.column(exc.column or "title"), words)
        if len(self.report.errors) > errors:
            return None
        if first is not None:
            self._repeat(rec, first, agr, parties)
            return None
        if old is None or stored is None:  # a new agreement (stored is None when old is)
            self.seen[key] = _Planned(rec.row, agr, parties)
            self.report.created += 1
            return agr, parties
        agr = Agreement.of(agr, old.id)
        parties = _in_order(stored, parties)
        self.seen[key] = _Planned(rec.row, agr, parties)
        told = self._changes(stored, agr, parties)
        if not told:
            self.report.skipped += 1
        else:
            self.report.updated += 1
            between = _between([p.org for p in parties])
            self.report.changed(rec.row, said("agreement_changes", title=title, between=between, what=told))
        return agr, parties

    def _repeat(self, rec: Record, first: _Planned, agr: NewAgreement, parties: list[_Party]) -> None:
        """A row naming the agreement of an earlier row: skipped with a warning when it says the same, an error
        naming both rows when it says something else (only the officer knows which row is right)."""
        parties = _in_order(first, parties)
        between = _between([p.org for p in parties])
        told = self._changes(first, agr, parties)
        if told:
            self.report.error(
                rec.row,
                rec.column("title"),
                said(
                    "agreement_rows_differ",
                    title=agr.title,
                    between=between,
                    other=first.row,
                    row=rec.row,
                    what=told,
                ),
            )
            return
        self.report.warn(
            rec.row, said("repeated_agreement", title=agr.title, between=between, other=first.row)
        )
        self.report.skipped += 1

    def _changes(self, base: _Planned, new: NewAgreement, parties: list[_Party]) -> tuple[Said, ...]:
        """What ``new`` (a row's agreement, with its ``parties``) changes in ``base`` (the stored agreement, or
        an earlier row's), every change in words (empty: nothing)."""
        old = base.agreement
        told = [
            said("agreement_value_changes", field=_FIELD_WORDS[name], old=_value(name, getattr(old, name)),
                 new=_value(name, getattr(new, name)))
            for name in _FIELD_WORDS
            if getattr(old, name) != getattr(new, name)
        ]  # fmt: skip
        before = _by_organisation(base.parties)
        for number, party in enumerate(parties, 1):
            was = before.get(_identity(party.org))
            if was is None:
                continue
            facts = {"number": number, "organisation": party.org.name}
            if was.signatory_id != party.signatory_id:
                told.append(
                    said(
                        "party_signatory_changes",
                        **facts,
                        old=self._name(was.signatory_id),
                        new=self._name(party.signatory_id),
                    )
                )
            if was.side_id != party.side_id:
                told.append(
                    said(
                        "party_side_changes",
                        **facts,
                        old=self.side_names.get(was.side_id, "?"),
                        new=self.side_names.get(party.side_id, "?"),
                    )
                )
            if was.power_of_attorney != party.power_of_attorney:
                told.append(
                    said(
                        "party_power_changes",
                        **facts,
                        old=_quoted(was.power_of_attorney),
                        new=_quoted(party.power_of_attorney),
                    )
                )
        if old.witness_ids != new.witness_ids:
            names = tuple(self._name(w) for w in new.witness_ids)  # each worded in the report's language
            told.append(said("witnesses_change", names=names or said("no_one")))
        return tuple(told)

    def _name(self, participant_id: int | None) -> str | Said:
        """A signatory or a witness as a change names him: the name, or "none"."""
        if participant_id is None:
            return said("no_one")
        return self.names.get(participant_id) or said("participant_number", id=participant_id)

    def _values(self, rec: Record, agr: NewAgreement) -> None:
        """Level, originals, order and languages from their cells; a wrong one is an error in the report."""
        for name, attr, parse in (
            ("level", "level", parse_level),
            ("originals", "originals", parse_number),
            ("order", "order_no", parse_number),
            ("languages", "languages", parse_languages),
        ):
            text = rec.get(name)
            if not text:
                continue
            try:
                setattr(agr, attr, parse(text))
            except ValueError as exc:
                self.report.error(rec.row, rec.column(name), getattr(exc, "said", None) or str(exc))

    def _parties(self, rec: Record) -> list[_Party]:
        """The parties a row names, in their order; an error for a party of no organisation, an organisation
        named as two parties, a blank party before a filled one, and fewer than two parties."""
        numbers = sorted({int(n.lstrip(_LETTERS)) for n in rec.values if NUMBERED_FIELD.fullmatch(n)})
        parties: list[_Party] = []
        errors = len(self.report.errors)
        blank: list[int] = []  # the parties left blank so far
        named: dict[object, int] = {}  # an organisation -> the first party it is
        for number in numbers:
            org_text = rec.get(f"party{number}")
            signer_text = rec.get(f"signatory{number}")
            power = " ".join(rec.get(f"power_of_attorney{number}").split())
            if not (org_text or signer_text or power):
                blank.append(number)
                continue
            if blank:  # a gap: party 1 blank and party 2 filled is an agreement of one party
                gap, blank = blank[0], []
                self.report.error(
                    rec.row, rec.column(f"party{gap}"), said("party_blank", number=gap, later=number)
                )
            signer = self._person(rec, f"signatory{number}", signer_text) if signer_text else None
            org: NewOrganisation
            if not org_text:
                if signer is not None and signer.organisation is not None:
                    org = signer.organisation
                else:
                    self.report.error(
                        rec.row, rec.column(f"party{number}"), said("party_no_organisation", number=number)
                    )
                    continue
            else:
                found = self.orgs.get(org_text, rec.row)
                assert found is not None  # org_text is not blank
                org = found
            first = named.setdefault(_identity(org), number)
            if first != number:
                self.report.error(
                    rec.row,
                    rec.column(f"party{number}"),
                    said("party_repeated", number=number, first=first, organisation=org.name),
                )
                continue
            side_id = self._side(rec, number, org, signer)
            if side_id is None:
                continue
            parties.append(_Party(org, side_id, signer.id if signer else None, power))
        if not parties and len(self.report.errors) == errors:
            self.report.error(rec.row, rec.column("party1"), said("no_party"))
        elif len(parties) == 1 and len(self.report.errors) == errors:
            number = blank[0] if blank else numbers[-1] + 1
            self.report.error(rec.row, rec.column(f"party{number}"), said("one_party", number=number))
        return parties

    def _side(self, rec: Record, number: int, org: NewOrganisation, signer: Attendee | None) -> int | None:
        if signer is not None:
            return signer.side.id
        if isinstance(org, Organisation) and org.id in self.org_sides:
            return self.org_sides[org.id]
        host = [s for s in self.sides if s.host]
        guests = [s for s in self.sides if not s.host]
        ordered = host + guests
        if len(ordered) < 2 or number > 2:
            self.report.error(
                rec.row,
                rec.column(f"party{number}"),
                said("party_side_unknown", number=number, organisation=org.name),
            )
            return None
        side = ordered[number - 1]
        self.report.warn(
            rec.row, said("party_side_taken", number=number, organisation=org.name, side=side.name)
        )
        return side.id

    def _person(self, rec: Record, column: str, text: str) -> Attendee | None:
        """The attendee a cell names, listed in the report's matches (a fuzzy one also warned, as the attendee
        import does); an unknown or ambiguous name is an error."""
        how, found, score = self.people.find(text)
        if len(found) == 1:
            person = found[0].person
            self.report.matched(rec.row, text, person.id, person.full_name, how, score)
            return found[0]
        if not found:
            message = said("not_attending", text=text)
        else:
            who = "; ".join(f"{a.person.full_name} ({a.side.name})" for a in found)
            message = said("ambiguous_attendee", text=text, who=who)
        self.report.error(rec.row, rec.column(column), message)
        return None

    def _witnesses(self, rec: Record) -> list[int]:
        ids: list[int] = []
        for name in re.split(r"[;\n]", rec.get("witnesses")):
            if name.strip():
                att = self._person(rec, "witnesses", name.strip())
                if att is not None and att.id not in ids:
                    ids.append(att.id)
        return ids


def _value(field: str, value: object) -> object:
    """A field's value as a change names it, in the message's language: the level's word, the languages'
    names, a text quoted, "none" for no value."""
    if value is None or value == "":
        return said("no_text")
    if field == "level":
        return Label("level", str(value))
    if field == "languages":
        return LanguageNames(str(value))
    return value if isinstance(value, int) else _quoted(str(value))


def _quoted(text: str) -> Said:
    """A text quoted, or "none" for a blank one, in the message's language."""
    return said("quoted", text=text) if text else said("no_text")


def _between(orgs: list[NewOrganisation]) -> Said | str:
    """The parties' organisations as a message names them: «A и B», "A and B" (A, B and C for three)."""
    names = [o.name for o in orgs]
    return (
        said("names_and", first=", ".join(names[:-1]), last=names[-1]) if len(names) > 1 else "".join(names)
    )


def _key(title: str, organisations: list[int]) -> tuple[str, tuple[int, ...]]:
    """An agreement's identity: its title (case, ё and spaces aside) and its parties' organisations (their
    ``_identity``), in any order."""
    return " ".join(title.casefold().replace("ё", "е").split()), tuple(sorted(organisations))


def _identity(org: NewOrganisation) -> int:
    """An organisation as a row's parties are told apart: its id, or for one the import adds (one object for
    every row that names it: ``OrganisationCache``) the object's."""
    return org.id if isinstance(org, Organisation) else id(org)


@dataclass
class _Planned:
    """An agreement a row of the file adds or updates, with the row and the parties as the row names them."""

    row: int | None  # None: an agreement the store holds
    agreement: NewAgreement
    parties: Sequence[Party | _Party]


def _keep(base: _Planned, agr: NewAgreement, parties: list[_Party]) -> None:
    """Give the agreement of a row what ``base`` (the stored agreement it updates, or an earlier row's) holds
    and a list does not say: status, times, order, the values its blank cells leave as they are, and a party's
    power of attorney for the same signatory (as update_agreement)."""
    for name in ("status", "duration_min", "programme_order", "order_no", "title_en", "notes", "level",
                 "originals", "languages"):  # fmt: skip
        setattr(agr, name, getattr(base.agreement, name))
    before = _by_organisation(base.parties)
    for party in parties:
        was = before.get(_identity(party.org))
        if not party.power_of_attorney and was is not None and was.signatory_id == party.signatory_id:
            party.power_of_attorney = was.power_of_attorney


def _by_organisation(parties: Sequence[Party | _Party]) -> dict[int, Party | _Party]:
    """The parties of a stored agreement (``Party``) or of a row (``_Party``) by their organisation's
    ``_identity``."""
    return {p.organisation_id if isinstance(p, Party) else _identity(p.org): p for p in parties}


def _in_order(base: _Planned, parties: list[_Party]) -> list[_Party]:
    """The row's parties in the order of ``base``'s (a list may name them in any order)."""
    place = {key: n for n, key in enumerate(_by_organisation(base.parties))}
    return sorted(parties, key=lambda party: place.get(_identity(party.org), len(place)))
