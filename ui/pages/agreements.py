"""Agreements page: the documents to be signed at the event, with parties, signatories and status."""

from __future__ import annotations

import copy
from functools import partial

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget
from sqlite_utils import Database

from protocol_app.model import Agreement, AgreementStatus, Level
from protocol_app.name_forms import Form, person_name
from protocol_app.store import agreements, directory, events, participants
from ui.commands import StoreCommand, fields_command, refused_command
from ui.context import AppContext
from ui.dialogs.agreement import AgreementDialog, AgreementForm
from ui.pages.list_page import ListPage
from ui.pages.paper_printer import PaperPrinter
from ui.table_model import Column, coded_column


class AgreementsPage(ListPage[Agreement]):
    """The agreements: add and edit in a form, level, status and originals in place, delete with undo."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "agreements", parent=parent)
        self._orgs: dict[int, str] = {}  # what the columns show of a party and a signatory, read in _load
        self._names: dict[int, str] = {}
        self.list.search.setPlaceholderText(self.tr("Search agreements: title, party, signatory…"))
        self.list.add_new_action(self.tr("Add agreement…"), self.add_dialog)
        self.list.add_edit_action(self.edit_current)
        self.paper_printer = PaperPrinter(self, "signing")
        self.print_action = self.list.add_print_action(
            self.tr("Print the signing papers…"), self.paper_printer.start
        )
        self.list.add_separator()
        self.list.add_delete_action(self.tr("Delete"), self.delete_selected)
        self.list.activated.connect(self.edit_agreement)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def _columns(self) -> list[Column[Agreement]]:
        word = self.ctx.word
        en = self.ctx.language == "en"
        return [
            Column(
                self.tr("No."),
                lambda a: str(a.programme_order),
                key=lambda a: a.programme_order,
                align_right=True,
            ),
            Column(
                self.tr("Title"),
                lambda a: (a.title_en or a.title) if en else a.title,
                tooltip=lambda a: a.title_en or a.title,
            ),
            coded_column(
                self.tr("Level"),
                lambda a: a.level,
                partial(word, "level"),
                Level,
                lambda a, v: self._edit(a, level=v),
                key=lambda a: list(Level).index(Level(a.level)),
            ),
            Column(
                self.tr("Parties"),
                lambda a: "; ".join(self._orgs.get(p.organisation_id, "?") for p in a.parties),
            ),
            Column(
                self.tr("Signatories"),
                lambda a: "; ".join(self._names.get(p.signatory_id or 0, "—") for p in a.parties),
            ),
            Column(
                self.tr("Originals"),
                lambda a: str(a.originals),
                key=lambda a: a.originals,
                align_right=True,
                edit=self._set_originals,
            ),
            coded_column(
                self.tr("Status"),
                lambda a: a.status,
                partial(word, "agreement_status"),
                AgreementStatus,
                lambda a, v: self._edit(a, status=v),
            ),
        ]

    def _load(self) -> list[Agreement]:
        if self.event_id is None:
            return []
        db = self.ctx.db
        en = self.ctx.language == "en"
        self._orgs = {
            o.id: ((o.short_name_en or o.name_en) if en else "") or o.short_name or o.name
            for o in directory.list_organisations(db)
        }
        self._names = {
            a.id: person_name(a.person, "ru", Form.SHORT)
            for a in participants.list_attendees(db, self.event_id)
        }
        return agreements.list_agreements(db, self.event_id)

    def refresh(self) -> None:
        self.show_rows(
            self.tr(
                "No agreements yet: add one with “Add agreement…”, or import a list with File › Import participants… (it reads agreement lists too)."
            ),
            keep=lambda a: a.id,
        )
        self.list.table.setColumnWidth(1, min(self.list.table.columnWidth(1), 420))

    def _edit(self, agr: Agreement, **changes: object) -> None:
        db = self.ctx.db
        text = self.tr("Edit agreement %1").replace("%1", str(agr.programme_order))
        self.ctx.run(
            self,
            fields_command(
                db, text, agr, changes, lambda a: agreements.update_agreement(db, a), self.ctx.refresh
            ),
        )

    def _set_originals(self, agr: Agreement, value: str) -> None:
        text = value.strip()
        if not text.isdigit() or int(text) < 1:
            self.ctx.run(
                self,
                refused_command(self.ctx.db, self.tr("The number of originals is a whole number from 1.")),
            )
            return
        self._edit(agr, originals=int(text))

    def _dialog(self, agr: Agreement | None) -> AgreementDialog:
        db, event_id = self.ctx.db, self.shown_event
        return AgreementDialog(
            event_id,
            events.list_sides(db, event_id),
            participants.list_attendees(db, event_id),
            directory.list_organisations(db),
            self.ctx.word,
            agr,
            self,
            language=self.ctx.language,
        )

    def add_dialog(self) -> None:
        if self.event_id is None:
            return
        dialog = self._dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_form(dialog.result_form())

    def add_form(self, form: AgreementForm) -> bool:
        """Store a new agreement (one step of undo)."""
        db = self.ctx.db

        def add(agr: Agreement) -> int:
            _resolve_organisations(db, form)
            return agreements.add_agreement(db, agr)

        return self.add_with_undo(
            self.tr("Add agreement"),
            form.agreement,
            Agreement,
            add,
            lambda i: agreements.delete_agreement(db, i),
        )

    def edit_current(self) -> None:
        agr = self.list.current()
        if agr is not None:
            self.edit_agreement(agr)

    def edit_agreement(self, agr: Agreement) -> None:
        dialog = self._dialog(agr)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_form(agr, dialog.result_form())

    def save_form(self, before: Agreement, form: AgreementForm) -> bool:
        """Save the changed agreement with its parties and witnesses (one step of undo)."""
        db = self.ctx.db
        old = copy.deepcopy(before)

        def do() -> None:
            _resolve_organisations(db, form)
            agreements.update_agreement(
                db, Agreement.of(copy.deepcopy(form.agreement), before.id), keep_powers=False
            )

        def undo() -> None:  # the powers of attorney as they were, an added one forgotten
            agreements.update_agreement(db, copy.deepcopy(old), keep_powers=False)

        text = self.tr("Edit agreement %1").replace("%1", str(before.programme_order))
        return self.ctx.run(self, StoreCommand(db, text, do, undo, self.ctx.refresh))

    def delete_selected(self) -> None:
        """Delete the selected agreements; undo brings them back whole (parties, witnesses, plans)."""
        rows = self.list.selected()
        if not rows:
            return
        question = (
            self.tr("Delete the agreement «%1»?").replace("%1", rows[0].title)
            if len(rows) == 1
            else self.tr("Delete %n agreement(s)?", "", len(rows))
        )
        db = self.ctx.db
        self.delete_with_undo(
            question,
            self.tr("Delete %n agreement(s)", "", len(rows)),
            "agreements",
            [a.id for a in rows],
            lambda i: agreements.delete_agreement(db, i),
        )


def _resolve_organisations(db: Database, form: AgreementForm) -> None:
    """Give every party the id of its organisation, adding to the directory those typed anew."""
    for party, name in zip(form.agreement.parties, form.organisations, strict=True):
        if not party.organisation_id:
            party.organisation_id = directory.get_or_add_organisation(db, name).id
