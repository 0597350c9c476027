"""Participants page: everyone entered into the event, in list order, with precedence and its reason."""

from __future__ import annotations

import copy
from functools import partial
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from protocol_app.model import Attendee, Participant, Person, Role, Status
from protocol_app.name_forms import attendee_country, latin_name
from protocol_app.precedence import Standing, ordered_attendees, unranked_positions
from protocol_app.store import directory, events, participants
from protocol_app.store.ranks import list_ranks
from ui.commands import StoreCommand, add_command, fields_command, refused_command
from ui.context import AppContext
from ui.dialogs.person import PersonDialog, PersonForm, mask_passport
from ui.pages.list_page import ListPage
from ui.pages.paper_printer import PaperPrinter
from ui.table_model import Column, coded_column

Row = tuple[Attendee, Standing]


class ParticipantsPage(ListPage[Row]):
    """The attendee list: add, edit (form or in place), remove with undo; search as you type."""

    import_requested = Signal()  # the window opens the import wizard

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "participants", _search_key, parent)
        self.add_action = self.list.add_new_action(self.tr("Add person…"), self.add_person)
        self.edit_action = self.list.add_edit_action(self.edit_current)
        self.paper_printer = PaperPrinter(self, "attendees", [])
        self.print_action = self.list.add_print_action(self.tr("Print the list…"), self.paper_printer.start)
        self.import_action = self.list.add_action(
            self.tr("Import a list…"), self.import_requested.emit, object_name="import"
        )
        self.list.add_separator()
        self.remove_action = self.list.add_delete_action(self.tr("Remove from event"), self.remove_selected)
        self.list.activated.connect(lambda row: self.edit_row(row))
        self.unranked = QLabel()  # positions the rank ladder does not know, for the officer to rank once
        self.unranked.setObjectName("unranked")
        self.unranked.setWordWrap(True)
        self.unranked.setStyleSheet("color: #8a5a00;")
        self.unranked.linkActivated.connect(self.list.search.setText)  # a position shows its people
        layout = QVBoxLayout(self)
        layout.addWidget(self.unranked)
        layout.addWidget(self.list)

    def _columns(self) -> list[Column[Row]]:
        word = self.ctx.word
        return [
            Column(
                self.tr("No."),
                lambda r: str(r[1].precedence),
                key=lambda r: (not r[0].side.host, r[0].side.position, r[1].precedence),
                align_right=True,
                tooltip=lambda r: r[1].reason_text(self.ctx.language),
            ),
            Column(
                self.tr("Name"),
                lambda r: r[0].person.full_name,
                key=lambda r: r[0].person.full_name.casefold(),
            ),
            Column(self.tr("Latin name"), lambda r: latin_name(r[0].person, attendee_country(r[0]))),
            Column(self.tr("Position"), lambda r: _position(r, self.ctx.language)),
            Column(self.tr("Organisation"), lambda r: _organisation(r, self.ctx.language)),
            Column(self.tr("Side"), lambda r: r[0].side.name_in(self.ctx.language)),
            coded_column(
                self.tr("Role"), lambda r: r[0].participant.role, partial(word, "role"), Role, self._set_role
            ),
            coded_column(
                self.tr("Status"),
                lambda r: r[0].participant.status,
                partial(word, "status"),
                Status,
                self._set_status,
            ),
            Column(
                self.tr("Precedence set"),
                lambda r: str(r[0].participant.precedence or ""),
                key=lambda r: r[0].participant.precedence or 10**6,
                edit=self._set_precedence,
                align_right=True,
            ),
            Column(self.tr("Why this place"), lambda r: r[1].reason_text(self.ctx.language)),
            Column(self.tr("Phone"), lambda r: r[0].person.phone),
            Column(self.tr("E-mail"), lambda r: r[0].person.email),
            Column(self.tr("Passport"), lambda r: mask_passport(r[0].person.passport)),
        ]

    def _load(self) -> list[Row]:
        if self.event_id is None:
            return []
        return ordered_attendees(self.ctx.db, self.event_id)

    def refresh(self) -> None:
        self.show_rows(
            self.tr(
                "No participants yet: add people one by one with “Add person…”, or import a list from Excel or CSV with “Import a list…”."
            ),
            keep=lambda r: r[0].id,
        )
        missing = unranked_positions((r[0] for r in self.model.rows()), list_ranks(self.ctx.db))
        links = "; ".join(f'<a href="{escape(m, quote=True)}">{escape(m)}</a>' for m in missing)
        self.unranked.setText(
            self.tr("Positions not ranked: %1. Rank each once in Settings → Rank ladder.").replace(
                "%1", links
            )
        )
        self.unranked.setVisible(bool(missing))

    # in-place edits -------------------------------------------------------------------------------------
    def _edit_participant(self, row: Row, text: str, **changes: object) -> None:
        before = row[0].participant
        self.ctx.run(
            self,
            fields_command(self.ctx.db, text, before, changes, self._save_participant, self.ctx.refresh),
        )

    def _save_participant(self, part: Participant) -> None:
        participants.update_participant(self.ctx.db, part)

    def _set_role(self, row: Row, value: str) -> None:
        self._edit_participant(
            row, self.tr("Change role of %1").replace("%1", row[0].person.full_name), role=value
        )

    def _set_status(self, row: Row, value: str) -> None:
        self._edit_participant(
            row, self.tr("Change status of %1").replace("%1", row[0].person.full_name), status=value
        )

    def _set_precedence(self, row: Row, value: str) -> None:
        text = value.strip()
        if text and (not text.isdigit() or int(text) < 1):
            self.ctx.run(
                self,
                refused_command(
                    self.ctx.db,
                    self.tr("Precedence is a whole number from 1 (the highest), or empty for the rules."),
                ),
            )
            return
        self._edit_participant(
            row,
            self.tr("Change precedence of %1").replace("%1", row[0].person.full_name),
            precedence=int(text) if text else None,
        )

    # dialogs --------------------------------------------------------------------------------------------
    def _dialog(self, att: Attendee | None = None) -> PersonDialog:
        db = self.ctx.db
        sides = events.list_sides(db, self.event_id) if self.event_id else []
        listed = directory.list_organisations(db)
        orgs = [o.name for o in listed]
        org = att.organisation.name if att and att.organisation else ""
        known = None
        if att is None:  # a new participant may be someone the directory already holds
            names: dict[int | None, str] = {o.id: o.name for o in directory.list_organisations(db)}
            taken = {r[0].person.id for r in self.model.all_rows()}
            known = [
                (p, names.get(p.organisation_id, "")) for p in directory.list_people(db) if p.id not in taken
            ]
        dialog = PersonDialog(
            sides,
            orgs,
            self.ctx.word,
            att.person if att else None,
            att.participant if att else None,
            org,
            self,
            known,
            {o.name: o.name_en for o in listed},
            language=self.ctx.language,
            others=[
                (a.participant.id, f"{a.person.full_name} ({a.side.name})")
                for a in (r[0] for r in self.model.all_rows())
                if att is None or a.participant.id != att.participant.id
            ],
        )
        return dialog

    def add_person(self) -> None:
        """Open the form for a new person of this event."""
        if self.event_id is None:
            return
        dialog = self._dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_form(dialog.result_form())

    def add_form(self, form: PersonForm) -> bool:
        """Enter a person into the event (one step of undo): a new one, or one the directory holds."""
        db, event_id = self.ctx.db, self.shown_event
        person, part = form.person, form.participant
        part.event_id = event_id
        existing = directory.get_person(db, person.id) if isinstance(person, Person) else None
        stored = [person] if isinstance(person, Person) else []  # a new one as stored: redo keeps its id

        def add() -> int:  # on redo, the participation comes back under its id too
            nonlocal part
            draft = stored[0] if stored else person
            draft.organisation_id = _organisation_id(db, form.organisation, form.organisation_en)
            if existing is not None:
                directory.update_person(db, stored[0])
            else:
                stored[:] = [Person.of(draft, directory.add_person(db, draft))]
            part.person_id = stored[0].id
            part = Participant.of(part, participants.add_participant(db, part))
            return part.id

        def remove(participant_id: int) -> None:
            participants.delete_participant(db, participant_id)
            if existing is None:
                directory.delete_person(db, stored[0].id)
            else:
                directory.update_person(db, copy.deepcopy(existing))

        text = self.tr("Add %1").replace("%1", person.full_name)
        return self.ctx.run(self, add_command(db, text, add, remove, self.ctx.refresh))

    def edit_current(self) -> None:
        row = self.list.current()
        if row is not None:
            self.edit_row(row)

    def edit_row(self, row: Row) -> None:
        """Open the form for a person of the list."""
        dialog = self._dialog(row[0])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_form(row[0], dialog.result_form())

    def save_form(self, att: Attendee, form: PersonForm) -> bool:
        """Save a changed person and participation (one step of undo)."""
        db = self.ctx.db
        before = (att.person, att.participant, att.person.organisation_id)

        def save(state: tuple[Person, Participant, int | None]) -> None:
            person, part, org_id = copy.deepcopy(state)
            person.organisation_id = org_id
            participants.save_attendee(db, person, part)  # the facts of this event stay with it

        new_org: list[int | None] = []

        def do() -> None:
            if not new_org:
                new_org.append(_organisation_id(db, form.organisation, form.organisation_en))
            person = Person.of(form.person, att.person.id)  # the form edits this attendee
            save((person, Participant.of(form.participant, att.id), new_org[0]))

        command = StoreCommand(
            db,
            self.tr("Edit %1").replace("%1", form.person.full_name),
            do,
            lambda: save(before),
            self.ctx.refresh,
        )
        return self.ctx.run(self, command)

    def remove_selected(self) -> None:
        """Take the selected people out of the event (they stay in the directory; undo brings all back)."""
        rows = self.list.selected()
        if not rows:
            return
        question = (
            self.tr("Remove %1 from this event?").replace("%1", rows[0][0].person.full_name)
            if len(rows) == 1
            else self.tr("Remove %n people from this event?", "", len(rows))
        )
        if len(rows) == 1:
            text = self.tr("Remove %1").replace("%1", rows[0][0].person.full_name)
        else:
            text = self.tr("Remove %n people", "", len(rows))
        db = self.ctx.db
        self.delete_with_undo(
            question,
            text,
            "participants",
            [r[0].id for r in rows],
            lambda pid: participants.delete_participant(db, pid),
            title=self.tr("Remove"),
            note=self.tr("They stay in the directory; Edit › Undo brings them back."),
        )


def _search_key(row: Row) -> str:
    """What the search box looks in: names, positions, organisation, side, contacts (not the passport)."""
    att = row[0]
    p, org, side = att.person, att.organisation, att.side
    parts = [p.full_name, p.latin_name, p.position, p.position_en, side.name, side.name_en, p.phone, p.email]
    if org is not None:
        parts += [org.name, org.name_en, org.short_name, org.short_name_en]
    return "\t".join(parts)


def _position(row: Row, lang: str) -> str:
    """The position in the interface language when known, else in the other one."""
    p = row[0].person
    return (p.position_en or p.position) if lang == "en" else (p.position or p.position_en)


def _organisation(row: Row, lang: str) -> str:
    """The organisation's short name (else full name), in English when the interface is and one is known."""
    org = row[0].organisation
    if org is None:
        return ""
    english = (org.short_name_en or org.name_en) if lang == "en" else ""
    return english or org.short_name or org.name


def _organisation_id(db: Database, name: str, name_en: str = "") -> int | None:
    """The id of the organisation named ``name``, created in the directory when new (with its English name,
    which an organisation already known takes too when given); None for no name."""
    if not name.strip():
        return None
    org = directory.get_or_add_organisation(db, name, name_en=name_en)
    if name_en and org.name_en != name_en:
        org.name_en = name_en
        directory.update_organisation(db, org)
    return org.id
