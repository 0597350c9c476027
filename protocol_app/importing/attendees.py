"""Importing a list of attendees into an event: plan every row in memory, then write all in one transaction.

A person already in the directory (found by ``matching``) is reused and updated, never duplicated; a row that
repeats an earlier row of the same file (same side, same position) is merged into it with a warning. The same
name on another side or with another position is an error: two namesakes, or one person listed twice, and only
the user knows which (two people are told apart by their passport spellings in the Latin name column). A new
attendee with precedence 1 and no role is the head of the delegation (docs/PROTOCOL.md: the principal is
precedence 1 of a side).

Position, organisation and honorific (H.E., Sheikh) are facts of the event: they are kept with the
participation, and the directory takes them as the defaults for the next event only from the person's latest
event (by date), so a list never changes another event's papers. A row that moves a person of the event to
another side, or gives another position than the event holds, is said in the report's warnings with its row;
so is every fuzzy match. The organisations the list adds to the directory are in the report's
``new_organisations``, each with its row.

An unknown side is an error: sides are set up on purpose (host and guests), and a misspelt delegation must not
quietly become a third side. A row holding only a side's name (a section title such as «Республика Беларусь»)
sets the side of the rows below it; a total row at the foot of a list («Итого: 12», «Всего», "Total") is skipped
with a warning. A name cell that holds digits (a phone, a number) is an error, not a person; one written like a
spreadsheet formula (= + @ first) is kept as text with a warning (exports neutralise it). A file with no rows
under its header is an error.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar, Unpack

from sqlite_utils import Database

from protocol_app.collector import long_lived
from protocol_app.errors import UserError
from protocol_app.importing.matching import Found, PeopleIndex
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
from protocol_app.importing.values import parse_date, parse_gender, parse_number, parse_role
from protocol_app.model import (
    NewOrganisation,
    NewPerson,
    Organisation,
    Participant,
    Person,
    Role,
    Side,
)
from protocol_app.name_forms import (
    LatinSplit,
    passport_latin,
    split_latin,
    suggest_gender,
    suggest_latin,
    surname_first,
    takes_initials,
)
from protocol_app.names import (
    NameParts,
    gender_of,
    icao_latin,
    is_article,
    is_cyrillic,
    is_east_asian,
    is_initial,
    one_script,
    split_full_name,
    uncap,
)
from protocol_app.precedence import UnrankedRows
from protocol_app.store import imports
from protocol_app.store.changes import Recorder
from protocol_app.store.directory import is_latin, validate_person
from protocol_app.store.events import find_side, get_event, list_sides
from protocol_app.store.ranks import list_ranks
from protocol_app.words import Said, said

T = TypeVar("T")
_PRINCIPAL, _MEMBER = Role.PRINCIPAL.value, Role.MEMBER.value
# A row's texts taken as they are into a person.
_TEXT_FIELDS = ("position", "position_en", "phone", "email", "language", "notes", "passport", "honorific")
# Fields a row may bring for a person already known; empty cells never erase what the store holds.
_PERSON_FIELDS = ("phone", "email", "language", "notes", "passport", "birth_date")
# Facts of one event: kept with the participation; the directory takes them as the defaults for the next
# event only from the person's latest event.
_EVENT_FIELDS = ("position", "position_en")
# The fields a new person of a list can hold: those ``_Planner._row`` and ``_merge`` set, and the organisation
# (the others keep the table's defaults; the insert reads only these).
_NEW_PERSON_COLUMNS = ("surname", "given_name", "patronymic", "latin_name", "latin_suggested", "latin_surname",
                       "latin_given", "gender", "birth_date", "organisation_id", *_TEXT_FIELDS)  # fmt: skip
# Of those, the fields a row fills only from a column of their own (``_Planner._row``): a file without the column
# leaves them at the table's defaults.
_FROM_OWN_COLUMN = frozenset({*_TEXT_FIELDS, "birth_date"})
# The cells a person's name is read from, in the order an error names their column.
_NAME_FIELDS = ("full_name", "surname", "given_name", "patronymic", "latin_name", "latin_surname")
# The cells a passport's Latin name is read from.
_LATIN_FIELDS = frozenset({"latin_name", "latin_surname", "latin_given"})
# Not a name: a formula or a cell written for a spreadsheet (= + @ first), or digits (a phone, a number).
_FORMULA = ("=", "+", "@")
_DIGIT = re.compile(r"\d")


@dataclass
class _NewPart:
    """A participation the import adds, of a person found or new (a new person's id is known once the new
    people are written), in a new organisation (``org``: its id is known once it is written) or in the
    organisation ``organisation_id``."""

    side_id: int
    role: str
    precedence: int | None
    position: str = ""
    position_en: str = ""
    organisation_id: int | None = None
    org: NewOrganisation | None = None
    honorific: str = ""


# The columns of a new participation the import sets (the others keep the table's defaults).
_PART_COLUMNS = ("event_id", "person_id", "side_id", "role", "precedence", "position", "position_en",
                 "organisation_id", "honorific")  # fmt: skip


@dataclass
class _Plan:
    """The changes an import makes, computed before anything is written."""

    orgs: OrganisationCache
    event_id: int
    new_people: list[NewPerson] = field(default_factory=list)
    person_org: dict[int, NewOrganisation] = field(default_factory=dict)  # id(person) -> organisation
    changed_people: dict[int, tuple[Person, set[str]]] = field(default_factory=dict)
    new_parts: list[tuple[_NewPart, NewPerson]] = field(default_factory=list)
    changed_parts: dict[int, Participant] = field(default_factory=dict)
    part_org: dict[int, NewOrganisation] = field(default_factory=dict)  # id(participant) -> organisation
    person_columns: tuple[str, ...] = _NEW_PERSON_COLUMNS  # the fields of new people the file can fill


def import_attendees(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    *,
    side: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    **reading: Unpack[Reading],
) -> ImportReport:
    """Import the attendee list at ``path`` into the event; nothing is written with ``dry_run`` or any error.

    ``side`` names the side for rows that give none (the file has no side column). File-level problems (not a
    table, no header row, unknown sheet) raise ``UserError``; row problems are in the report. ``progress``
    is called as ``progress(rows_done, rows_total)`` now and then (from the calling thread). ``reading`` says
    how to read the file where the user chose (``Reading``: encoding, separator, sheet, mapping).
    """
    with long_lived() as settled:
        source = open_source("attendees", path, **reading)
        settled()  # the file's rows live until the import ends
        return _import_source(db, event_id, source, side, dry_run, progress, settled)


def import_attendee_source(
    db: Database,
    event_id: int,
    source: Source,
    *,
    side: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """``import_attendees`` for a file already read (the UI's wizard reads it once for the preview)."""
    with long_lived() as settled:
        return _import_source(db, event_id, source, side, dry_run, progress, settled)


def _import_source(
    db: Database,
    event_id: int,
    source: Source,
    side: str | None,
    dry_run: bool,
    progress: Progress | None,
    settled: Callable[[], None],
) -> ImportReport:
    event = get_event(db, event_id)
    report = ImportReport("attendees", source.file, dry_run=dry_run)
    for warning in source.header.warnings:
        report.warn(source.header.row, warning)
    planner = _Planner(db, event.id, source, report, side)
    plan = planner.run(progress, settled)
    report.new_organisations = planner.orgs.added()
    for row, message in planner.unranked.warnings():
        report.warn(row, message)
    if report.errors or dry_run:
        return report
    settled()  # the plan lives until the writes end
    with db.atomic():
        recorder = Recorder(db, _TABLES)
        _apply(db, plan, recorder)
        report.change_set = recorder.finish()
    report.written = True
    return report


class _Planner:
    def __init__(self, db: Database, event_id: int, source: Source, report: ImportReport, side: str | None):
        self.event_id = event_id
        self.source = source
        self.report = report
        self.orgs = OrganisationCache(db)
        self.plan = _Plan(self.orgs, event_id)
        self.db = db
        self.sides = list_sides(db, event_id)
        self.side_cache: dict[str, Side | None] = {}
        self.people: PeopleIndex[NewPerson] = PeopleIndex(imports.load_people(db))
        self.parts = imports.load_participants(db, event_id)
        self.later = imports.later_events(db, event_id)  # people with a later event than this one
        self.seen: dict[int, tuple[int, Side, str]] = {}  # id(person) -> first row naming it, side, position
        self.rows = 0  # rows that name a person (not section titles, not totals)
        self.precedences: dict[tuple[int, int], tuple[int, int]] = {}  # (side, precedence) -> (row, person)
        self.new_parts: dict[int, _NewPart] = {}  # id(person) -> participation planned by this import
        self.unranked = UnrankedRows(list_ranks(db))  # positions the rank ladder does not know
        self.default_side = self._default_side(side)
        self.single_name = "given_name" in source.header.fields() and not (
            {"full_name", "surname"} & source.header.fields().keys()
        )
        if self.single_name:
            report.warn(source.header.row, said("one_name_column"))
        self.text_fields = [name for name in _TEXT_FIELDS if name in source.header.fields()]
        self.plan.person_columns = _person_columns(source.header.fields().keys())
        self.name_fields = [name for name in _NAME_FIELDS if name in source.header.fields()]
        self.script_fields = [
            *self.name_fields,
            *(["latin_given"] if "latin_given" in source.header.fields() else []),
        ]
        self.name_field = self.name_fields[0] if self.name_fields else "full_name"  # «Итого» under ФИО
        self.latin_columns = not _LATIN_FIELDS.isdisjoint(source.header.fields())

    def _default_side(self, name: str | None) -> Side | None:
        if name:
            found = self._side(name)
            if found is None:
                raise UserError(said("unknown_side", text=name, sides=self._side_names()))
            return found
        if "side" not in self.source.header.fields():
            if len(self.sides) == 1:
                return self.sides[0]
            if any(r.lone and self._side(r.lone) for r in self.source.records()):
                return None  # rows naming a side head their sections
            raise UserError(
                said("no_side_column", count=len(self.sides), sides=self._side_names()),
                file=self.source.file,
            )
        return None

    def _side(self, name: str) -> Side | None:
        """The event's side called ``name`` (events.find_side), looked up once per distinct name."""
        if name not in self.side_cache:
            self.side_cache[name] = find_side(self.db, self.event_id, name)
        return self.side_cache[name]

    def _side_names(self) -> str:
        return ", ".join(s.name for s in self.sides) or "none yet (add them first)"

    def run(self, progress: Progress | None = None, settled: Callable[[], None] = lambda: None) -> _Plan:
        """The plan of every row; ``settled()`` after each row that names a person (``long_lived``)."""
        section: Side | None = None
        total = self.source.data_rows() if progress else 0
        for done, record in enumerate(self.source.records()):
            if progress and done % PROGRESS_EVERY == 0:
                progress(done, total)
            if record.lone and (found := self._side(record.lone)):
                section = found
                continue
            name = record.get(self.name_field)  # mostly the first cell, checked once then
            if TOTAL_ROW.match(record.first) or (name != record.first and TOTAL_ROW.match(name)):
                skip_total(self.report, record)
                continue
            self.rows += 1
            self._row(record, section)
            settled()
        check_rows(self.report, self.source, self.rows)
        return self.plan

    def _row(self, rec: Record, section: Side | None) -> None:
        report = self.report
        errors_before = len(report.errors)
        get = rec.values.get
        self._one_script(rec)
        if not self._name_cells_ok(rec):
            self._row_side(rec, section)  # its errors too, all in one report
            return
        names = self._names(rec)
        side = self._row_side(rec, section)
        role = self._cell(rec, "role", parse_role) if get("role") else None
        precedence = self._cell(rec, "precedence", parse_number) if get("precedence") else None
        birth = self._cell(rec, "birth_date", parse_date) if get("birth_date") else None
        gender = (self._cell(rec, "gender", parse_gender) if get("gender") else None) or names.gender
        surname, given_name = names.surname, names.given_name
        gender = gender or suggest_gender(NewPerson(surname, given_name, names.patronymic))
        if surname == "" or len(report.errors) > errors_before:
            if surname == "":
                self._name_error(rec)
            return
        if is_initial(given_name) and takes_initials(
            NewPerson(surname, given_name), side.country if side else ""
        ):
            report.warn(rec.row, said("only_initials", surname=surname))
        latin, suggested = self._latin(rec, surname, given_name, side)
        if not (latin.surname or latin.given):
            name = " ".join(p for p in (surname, given_name) if p)
            report.warn(rec.row, said("no_latin_name", name=name))
        incoming = NewPerson(
            surname=surname,
            given_name=given_name,
            patronymic=names.patronymic,
            latin_name=passport_latin(latin.surname, latin.given),
            latin_surname=latin.surname,  # a suggestion too: its parts, never split again by a guess
            latin_given=latin.given,
            latin_suggested=suggested,
            gender=gender,
            birth_date=birth,
        )
        for name in self.text_fields:  # the person's texts the file has columns for (the others stay "")
            setattr(incoming, name, get(name, ""))
        try:
            validate_person(incoming)
        except UserError as exc:
            report.error(
                rec.row,
                rec.column(exc.column or "surname"),
                exc.said if isinstance(exc.said, Said) else exc.message,
            )
            return
        assert side is not None  # no side is an error, and a row with an error ends above
        org = self.orgs.get(get("organisation", ""), rec.row)
        if org is not None and get("organisation_en"):
            self.orgs.english(org, get("organisation_en", ""))
        found = self._person(rec, incoming, org, side)
        if found is None:
            return
        person, repeat = found
        self._participation(rec, person, repeat, side, role, precedence, incoming, org)
        self.unranked.add(rec.row, incoming.position or person.position, incoming.position_en, role)
        if precedence is not None and side is not None:
            first = self.precedences.setdefault((side.id, precedence), (rec.row, id(person)))
            if first[1] != id(person):
                report.warn(
                    rec.row,
                    said("precedence_repeated", precedence=precedence, side=side.name, other=first[0]),
                )

    # -- the cells of a row -------------------------------------------------------------------------

    def _names(self, rec: Record) -> NameParts:
        get = rec.values.get
        surname, given, patronymic = get("surname", ""), get("given_name", ""), get("patronymic", "")
        full = get("full_name", "") or (given if self.single_name else "")
        if not full and not surname and (latin := get("latin_name", "")):
            full = latin
        if not full and not surname and get("latin_surname"):
            surname, given = get("latin_surname", ""), given or get("latin_given", "")
        parts = split_full_name(full)
        if not (surname or patronymic or (given and not self.single_name)):
            return parts
        surname = uncap(surname) or parts.surname
        given = (uncap(given) if not self.single_name else "") or parts.given_name
        patronymic = uncap(patronymic) or parts.patronymic
        return NameParts(surname, given, patronymic, gender_of(patronymic) or parts.gender)

    def _name_error(self, rec: Record) -> None:
        self.report.error(rec.row, self._name_column(rec), said("no_name"))

    @staticmethod
    def _name_column(rec: Record) -> str:
        """The header of the column the row's name is read from (ФИО, else Фамилия, ...)."""
        return rec.column(next((c for c in _NAME_FIELDS if c in rec.headers), ""))

    def _one_script(self, rec: Record) -> None:
        """A name cell whose Cyrillic word holds a Latin look-alike letter (or a Latin word a Cyrillic one),
        as a keyboard in the other layout leaves it, is read in one script (``names.one_script``), with a
        warning: «Смирновa» with a Latin «a» is Смирнова, found and sorted as she is."""
        for name in self.script_fields:
            text = rec.values.get(name)
            if text and (fixed := one_script(text)) != text:
                rec.values[name] = fixed
                self.report.warn(rec.row, said("mixed_letters", column=rec.column(name), text=text))

    def _name_cells_ok(self, rec: Record) -> bool:
        """False (with an error for each) when a name cell holds digits (a phone, a number), not a name.

        A cell written like a spreadsheet formula (= + @ first, no digits) is kept as the text it is, with a
        warning: it may be a real name mangled by a partner's spreadsheet, and every export writes it as text.
        """
        ok = True
        get = rec.values.get
        for name in self.name_fields:
            text = get(name)
            if not text:
                continue
            if _DIGIT.search(text):
                self.report.error(
                    rec.row,
                    rec.column(name),
                    said("digits_in_name", text=text[:60]),
                )
                ok = False
            elif text[0] in _FORMULA:
                self.report.warn(
                    rec.row,
                    said("formula_in_name", column=rec.column(name), text=text[:60]),
                )
        return ok

    def _latin(
        self, rec: Record, surname: str, given_name: str, side: Side | None
    ) -> tuple[LatinSplit, bool]:
        """The passport's Latin surname and given names the row gives (two columns, or one split with the
        surname recognised: a warning asks when unsure), else the name if it is Latin already, else a
        suggested spelling (ICAO for Cyrillic, pinyin for Chinese); ``True`` with a suggestion."""
        if not self.latin_columns:
            return _suggested_latin(surname, given_name)
        get = rec.values.get
        if get("latin_surname") or get("latin_given"):
            return LatinSplit(uncap(get("latin_surname", "")), get("latin_given", ""), True), False
        if text := " ".join(get("latin_name", "").split()):
            order = surname_first(NewPerson(surname, given_name), side.country if side else "")
            split = split_latin(text, cyrillic_surname=surname, surname_first=order)
            if not split.sure:
                self.report.warn(
                    rec.row,
                    said("latin_surname_unsure", text=text, surname=split.surname),
                )
            return split, False
        return _suggested_latin(surname, given_name)

    def _row_side(self, rec: Record, section: Side | None) -> Side | None:
        text = rec.get("side")
        if text:
            found = self._side(text)
            if found is None:
                self.report.error(
                    rec.row,
                    rec.column("side"),
                    said("unknown_side", text=text, sides=self._side_names()),
                )
            return found
        side = section or self.default_side
        if side is None:
            self.report.error(rec.row, rec.column("side"), said("no_side"))
        return side

    def _cell(self, rec: Record, name: str, parse: Callable[[str], T]) -> T | None:
        """The parsed value of a cell; None for a blank cell, or an error in the report for a wrong one."""
        text = rec.values.get(name)
        if not text:
            return None
        try:
            return parse(text)
        except ValueError as exc:
            self.report.error(rec.row, rec.column(name), getattr(exc, "said", None) or str(exc))
            return None

    # -- people and participation ---------------------------------------------------------------------

    def _person(
        self, rec: Record, incoming: NewPerson, org: NewOrganisation | None, side: Side
    ) -> tuple[NewPerson, bool] | None:
        """The person the row names (found or new) and whether an earlier row of the file named him too;
        None (an error in the report) for a name an earlier row gives for another side or position."""
        latin = "" if incoming.latin_suggested else incoming.latin_name
        how, fitting, score = self.people.find_all(
            incoming.surname, incoming.given_name, incoming.patronymic, latin, incoming.gender
        )
        if latin and len(fitting) > 1:  # namesakes: the passport spelling tells which one
            key = _text_key(latin)
            fitting = [p for p in fitting if _text_key(p.latin_name) == key] or fitting
        found = Found(fitting[0], how, score, len(fitting) - 1) if fitting else None
        first = self.seen.get(id(found.person)) if found is not None else None
        if found is None or (first is not None and _namesakes(found.person, incoming)):
            person = incoming
            self.plan.new_people.append(person)
            if org is not None:
                self.plan.person_org[id(person)] = org
            self.people.add(person)
            self.seen[id(person)] = (rec.row, side, incoming.position)
            return person, False
        person = found.person
        written = f"{incoming.full_name}"
        if first is not None:
            if not self._same_attendee(rec, written, first, side, incoming.position):
                return None
            self.report.warn(rec.row, said("repeated_row", written=written, other=first[0]))
            how = "repeated"
        else:
            self.seen[id(person)] = (rec.row, side, incoming.position)
            how = found.how
            if found.ambiguous:
                self.report.warn(
                    rec.row,
                    said(
                        "ambiguous_person", count=found.ambiguous + 1, name=person.full_name, id=_id(person)
                    ),
                )
        self.report.matched(rec.row, written, _id(person), person.full_name, how, found.score)
        self._merge(rec.row, person, incoming, org)
        return person, first is not None

    def _same_attendee(
        self, rec: Record, name: str, first: tuple[int, Side, str], side: Side, position: str
    ) -> bool:
        """True when a row naming the person of an earlier row can only mean him again: the same side, and
        no other position; else an error that names both rows and how to resolve it."""
        row, first_side, first_position = first
        other_position = bool(position and first_position) and _text_key(position) != _text_key(
            first_position
        )
        if first_side.id == side.id and not other_position:
            return True
        if first_side.id != side.id:
            what = f"side {first_side.name!r} there, {side.name!r} here"
        else:
            what = f"position {first_position!r} there, {position!r} here"
        latin = self.source.header.fields().get("latin_name")
        column = repr(latin.header) if latin is not None else "a Latin name column (Имя латиницей)"
        self.report.error(
            rec.row,
            self._name_column(rec),
            f"{name} is in rows {row} and {rec.row} ({what}): if they are two people, tell them apart by "
            f"their passport spellings in {column}; if one, remove the duplicate row",
        )
        return False

    def _merge(self, row: int, person: NewPerson, incoming: NewPerson, org: NewOrganisation | None) -> None:
        """Update the person a row names with what the row brings (empty cells erase nothing); the defaults
        of the next event (position, organisation) and the honorific only from the person's latest event."""
        changed: set[str] = set()
        for name in ("given_name", "patronymic", "gender"):
            if getattr(incoming, name) and not getattr(person, name):
                setattr(person, name, getattr(incoming, name))
                changed.add(name)
        if _english_for_russian(incoming.position, person.position):
            incoming.position_en, incoming.position = incoming.position, ""
        latest = not isinstance(person, Person) or person.id not in self.later
        for name in _PERSON_FIELDS + _EVENT_FIELDS if latest else _PERSON_FIELDS:
            value = getattr(incoming, name)
            if value and value != getattr(person, name):
                setattr(person, name, value)
                changed.add(name)
        if self._honorific(row, person, incoming.honorific, latest):
            changed.add("honorific")
        changed |= self._mend_family_name(row, person, incoming)
        better = not person.latin_name or (person.latin_suggested and not incoming.latin_suggested)
        if incoming.latin_name and better and incoming.latin_name != person.latin_name:
            person.latin_name, person.latin_suggested = incoming.latin_name, incoming.latin_suggested
            person.latin_surname, person.latin_given = incoming.latin_surname, incoming.latin_given
            changed |= {"latin_name", "latin_suggested", "latin_surname", "latin_given"}
        if org is not None and latest:
            if not isinstance(person, Person):
                self.plan.person_org[id(person)] = org
            elif not isinstance(org, Organisation) or org.id != person.organisation_id:
                self.plan.person_org[id(person)] = org
                changed.add("organisation_id")
        if changed and isinstance(person, Person):
            entry = self.plan.changed_people.setdefault(person.id, (person, set()))
            entry[1].update(changed)

    def _honorific(self, row: int, person: NewPerson, new: str, latest: bool) -> bool:
        """Take a new or changed honorific (H.E., Sheikh, Dr) into the directory's person from the person's
        latest event only (the default for the next event), as with the position; True when taken. The
        honorific is a fact of the event (``_participation`` gives it to this event's participation): a change
        from what this event said (its participation's, else the directory's) is said in the report's
        changes, for a person the store holds (one first met in this file is new, not updated)."""
        if not new:
            return False
        part = self.parts.get(person.id) if isinstance(person, Person) else None
        taken = latest and _text_key(new) != _text_key(person.honorific)
        old = person.honorific if part is None else part.honorific
        if isinstance(person, Person) and (part is not None or taken) and _text_key(new) != _text_key(old):
            code = "honorific_changes" if old else "honorific_added"
            self.report.changed(row, said(code, name=person.full_name, old=old, new=new))
        if taken:
            person.honorific = new
        return taken

    def _mend_family_name(self, row: int, person: NewPerson, incoming: NewPerson) -> set[str]:
        """The names mended when a row gives the Latin name a stored person has, whose family name an older
        import cut from its article ("Abdulla bin Touq Al" / "Marri" for "Abdulla bin Touq" / "Al Marri"):
        the Latin parts, and the name when it was taken from them; said in the report's changes."""
        if not isinstance(person, Person) or not _article_cut(person, incoming):
            return set()
        changed = {"latin_surname", "latin_given"}
        if (person.surname, person.given_name) == (person.latin_surname, person.latin_given):
            person.surname, person.given_name = incoming.latin_surname, incoming.latin_given
            changed |= {"surname", "given_name"}
        person.latin_surname, person.latin_given = incoming.latin_surname, incoming.latin_given
        self.report.changed(
            row, said("family_name_mended", name=incoming.latin_name, surname=person.latin_surname)
        )
        return changed

    def _participation(
        self,
        rec: Record,
        person: NewPerson,
        repeat: bool,
        side: Side | None,
        role: str | None,
        precedence: int | None,
        incoming: NewPerson,
        org: NewOrganisation | None,
    ) -> None:
        """Enter the person into the event, or update the participation, with the facts of this event."""
        assert side is not None
        part: Participant | _NewPart | None = (
            self.parts.get(person.id) if isinstance(person, Person) else None
        )
        if part is None:
            part = self.new_parts.get(id(person))
        if part is None:
            org = org or self.plan.person_org.get(id(person))
            new = _NewPart(
                side.id,
                role or (_PRINCIPAL if precedence == 1 else _MEMBER),
                precedence,
                incoming.position or person.position,
                incoming.position_en or person.position_en,
                person.organisation_id if org is None else None,
                org,
                incoming.honorific or person.honorific,
            )
            self.plan.new_parts.append((new, person))
            self.new_parts[id(person)] = new
            self.report.created += 1
            return
        if isinstance(part, Participant):
            self._said(rec, person, part, side, incoming)
        before = (part.side_id, part.role, part.precedence, part.position, part.position_en, part.honorific)
        part.side_id = side.id
        part.role = role or part.role
        part.precedence = precedence if precedence is not None else part.precedence
        part.position = incoming.position or part.position
        part.position_en = incoming.position_en or part.position_en
        if incoming.honorific and _text_key(incoming.honorific) != _text_key(part.honorific):
            part.honorific = incoming.honorific
        moved_org = org is not None and (not isinstance(org, Organisation) or org.id != part.organisation_id)
        if moved_org and isinstance(part, _NewPart):
            part.org = org
        elif moved_org:
            assert org is not None
            self.plan.part_org[id(part)] = org
        after = (part.side_id, part.role, part.precedence, part.position, part.position_en, part.honorific)
        if isinstance(part, Participant) and (before != after or moved_org):
            self.plan.changed_parts[part.id] = part
        person_changed = isinstance(person, Person) and person.id in self.plan.changed_people
        if (
            repeat
            or not isinstance(part, Participant)
            or not (part.id in self.plan.changed_parts or person_changed)
        ):
            self.report.skipped += 1
        else:
            self.report.updated += 1

    def _said(
        self, rec: Record, person: NewPerson, part: Participant, side: Side, incoming: NewPerson
    ) -> None:
        """Warn, with the row, when a list moves a person of the event to another side or gives another
        position than the event holds (a second list, or a correction: the officer should know)."""
        if part.side_id != side.id:
            old = next((s.name for s in self.sides if s.id == part.side_id), "?")
            self.report.warn(rec.row, said("side_moves", name=person.full_name, old=old, new=side.name))
        for name in _EVENT_FIELDS:
            new, old_value = getattr(incoming, name), getattr(part, name)
            if new and old_value and new != old_value and _text_key(new) != _text_key(old_value):
                self.report.warn(
                    rec.row,
                    said(f"{name}_changes", name=person.full_name, old=old_value, new=new),
                )


def _person_columns(fields: Collection[str]) -> tuple[str, ...]:
    """The columns of ``_NEW_PERSON_COLUMNS`` a file with columns for ``fields`` can fill: a text or the birth
    date only from its own column, except the English position, which a position in Latin letters fills too
    (``_merge``). The insert reads only these; the table fills in the others, which no row can change."""
    filled = {*fields, "position_en"} if "position" in fields else set(fields)
    return tuple(c for c in _NEW_PERSON_COLUMNS if c not in _FROM_OWN_COLUMN or c in filled)


def _namesakes(person: NewPerson, incoming: NewPerson) -> bool:
    """Two people of one name, told apart by the passport spellings the rows give."""
    if incoming.latin_suggested or person.latin_suggested or not (incoming.latin_name and person.latin_name):
        return False
    return _text_key(incoming.latin_name) != _text_key(person.latin_name)


def _article_cut(person: NewPerson, incoming: NewPerson) -> bool:
    """True when ``incoming`` splits the stored person's Latin name with the family name's article that the
    stored parts left at the end of the given names: the same words, the article moved to the surname."""
    if incoming.latin_suggested or incoming.latin_surname == person.latin_surname:  # nearly every row
        return False
    old, new = person.latin_surname.split(), incoming.latin_surname.split()
    same = f"{person.latin_given} {person.latin_surname}".split() == incoming.latin_name.split()
    return same and len(new) > 1 and new[1:] == old and is_article(new[0])


def _id(person: NewPerson) -> int | None:
    """The id of a person the store holds; None for one first met in an earlier row of this file."""
    return person.id if isinstance(person, Person) else None


def _text_key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


@lru_cache(maxsize=65536)
def _cyrillic(part: str) -> bool:
    return is_cyrillic(part)


@lru_cache(maxsize=65536)
def _suggested_latin(surname: str, given_name: str) -> tuple[LatinSplit, bool]:
    """The name itself when it is Latin already, else a suggested spelling (ICAO for Cyrillic, pinyin for
    Chinese), ``True`` with a suggestion; no Latin name (blank parts) for a name in another script (Arabic,
    Devanagari), which the project does not spell in Latin letters; once per distinct name (a list repeats
    its names and surnames)."""
    if is_east_asian(surname + given_name):
        return LatinSplit(*suggest_latin(surname, given_name), sure=False), True
    if not (_cyrillic(surname) or _cyrillic(given_name)):
        if not is_latin(surname + given_name):
            return LatinSplit("", "", False), False
        return LatinSplit(surname, given_name, True), False
    first, second = _icao(given_name), _icao(surname)  # icao_latin(given_name, surname), by parts
    return LatinSplit(second or "", first or "", False), True


@lru_cache(maxsize=65536)
def _icao(part: str) -> str | None:
    """``icao_latin`` of one name part (None for a blank one): the parts of a list repeat, whole names not."""
    return icao_latin(part, "") if part.split() else None


def _english_for_russian(new: str, old: str) -> bool:
    """A position in Latin letters for a person whose position is in Russian: the English wording of it."""
    return bool(new) and not _cyrillic(new) and _cyrillic(old)


_TABLES = ("organisations", "people", "participants")  # what an attendee list writes, parents first


def _apply(db: Database, plan: _Plan, recorder: Recorder) -> None:
    orgs = plan.orgs
    orgs.write(db, recorder)
    org_ids, person_org = orgs.ids(), plan.person_org  # org_ids: by id(organisation), one lookup a row
    for person in plan.new_people:
        org = person_org.get(id(person))
        person.organisation_id = org_ids[id(org)] if org else None
    new_ids = imports.insert_people(db, plan.new_people, recorder, plan.person_columns)
    person_ids = dict(zip(map(id, plan.new_people), new_ids, strict=True))
    changes = []
    for person, names in plan.changed_people.values():
        org = person_org.get(id(person))
        if org is not None:
            person.organisation_id = org_ids[id(org)]
        changes.append((person, names))
    recorder.will_change("people", (p.id for p, _ in changes))
    imports.update_people(db, changes)
    for part in plan.changed_parts.values():
        if (org := plan.part_org.get(id(part))) is not None:
            part.organisation_id = org_ids[id(org)]
    event_id = plan.event_id
    rows = [  # in the order of _PART_COLUMNS; a new person's id: inserted above
        (
            event_id,
            person.id if isinstance(person, Person) else person_ids[id(person)],
            part.side_id,
            part.role,
            part.precedence,
            part.position,
            part.position_en,
            part.organisation_id if part.org is None else org_ids[id(part.org)],
            part.honorific,
        )
        for part, person in plan.new_parts
    ]
    imports.insert_rows(db, "participants", _PART_COLUMNS, rows, recorder)
    changed = list(plan.changed_parts.values())
    recorder.will_change("participants", (p.id for p in changed))
    imports.update_participants(db, changed)
