"""The form for an agreement: titles, level, status, originals, parties with their signatories, witnesses."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from protocol_app.model import Agreement, AgreementStatus, Attendee, Level, Organisation, Party, Side
from ui.dialogs.base import FormDialog


@dataclass
class AgreementForm:
    """What the form gives back: the agreement and, per party, the organisation's name as typed."""

    agreement: Agreement
    organisations: list[str]


class AgreementDialog(FormDialog):
    """Create or edit an agreement; OK stays off while something is wrong, and the form says what."""

    def __init__(
        self,
        event_id: int,
        sides: list[Side],
        attendees: list[Attendee],
        organisations: list[Organisation],
        word: Callable[[str, str], str],
        agreement: Agreement | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AgreementDialog")
        self.setWindowTitle(self.tr("New agreement") if agreement is None else self.tr("Edit agreement"))
        self._agr = copy.deepcopy(agreement) if agreement else Agreement(event_id=event_id, title="")
        self._sides = sides
        self._attendees = attendees
        self._orgs = organisations
        self._word = word
        self._build()
        self._load()
        self.validate()

    def _build(self) -> None:
        self.title_ru, self.title_en = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.title_ru, self.title_en):
            edit.setFixedHeight(60)
            edit.textChanged.connect(self.validate)
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(self._word("level", level.value), level.value)
        self.status = QComboBox()
        for status in AgreementStatus:
            self.status.addItem(self._word("agreement_status", status.value), status.value)
        self.originals = QSpinBox()
        self.originals.setRange(1, 20)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText("ru,en")
        self.duration = QSpinBox()
        self.duration.setRange(0, 60)
        self.duration.setSpecialValueText(self.tr("event default"))
        self.duration.setSuffix(self.tr(" min"))
        self.parties = QTableWidget(0, 3)
        self.parties.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Side"), self.tr("Signatory")]
        )
        self.parties.horizontalHeader().setStretchLastSection(True)
        self.parties.setColumnWidth(0, 300)
        self.parties.setColumnWidth(1, 160)
        add_party, remove_party = QPushButton(self.tr("Add party")), QPushButton(self.tr("Remove party"))
        add_party.clicked.connect(lambda: self.add_party_row())
        remove_party.clicked.connect(self._remove_party)
        self.witnesses = QListWidget()
        self.witnesses.setObjectName("witnesses")
        for att in self._attendees:
            item = QListWidgetItem(f"{att.person.full_name} — {att.side.name}")
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.witnesses.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)

        form = QFormLayout()
        form.addRow(self.tr("Title (Russian)"), self.title_ru)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Originals"), self.originals)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Signing takes"), self.duration)
        party_buttons = QHBoxLayout()
        party_buttons.addWidget(add_party)
        party_buttons.addWidget(remove_party)
        party_buttons.addStretch(1)
        form.addRow(self.tr("Parties"), self.parties)
        form.addRow("", party_buttons)
        form.addRow(self.tr("In the presence of"), self.witnesses)
        form.addRow(self.tr("Notes"), self.notes)
        self._finish(form)
        self.resize(760, 680)

    def add_party_row(self, party: Party | None = None) -> int:
        """A row for one party: organisation (typed or chosen), side, signatory of that side."""
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        org = QComboBox()
        org.setEditable(True)
        org.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for o in self._orgs:
            org.addItem(o.name, o.id)
        org.setCurrentText("")
        side = QComboBox()
        for s in self._sides:
            side.addItem(s.name, s.id)
        signatory = QComboBox()
        self.parties.setCellWidget(row, 0, org)
        self.parties.setCellWidget(row, 1, side)
        self.parties.setCellWidget(row, 2, signatory)
        side.currentIndexChanged.connect(lambda _=0, s=side, g=signatory: self._fill_signatories(s, g))
        org.currentTextChanged.connect(self.validate)
        if party is not None:
            at = org.findData(party.organisation_id)
            org.setCurrentIndex(at) if at >= 0 else None
            side.setCurrentIndex(max(side.findData(party.side_id), 0))
        elif row < len(self._sides):
            side.setCurrentIndex(row)
        self._fill_signatories(side, signatory)
        if party is not None and party.signatory_id is not None:
            signatory.setCurrentIndex(max(signatory.findData(party.signatory_id), 0))
        self.validate()
        return row

    def _fill_signatories(self, side: QComboBox, signatory: QComboBox) -> None:
        current = signatory.currentData()
        signatory.clear()
        signatory.addItem(self.tr("— not chosen —"), None)
        for att in self._attendees:
            if att.side.id == side.currentData():
                signatory.addItem(att.person.full_name, att.id)
        signatory.setCurrentIndex(max(signatory.findData(current), 0))

    def _remove_party(self) -> None:
        row = self.parties.currentRow()
        if row < 0:
            row = self.parties.rowCount() - 1
        if row >= 0:
            self.parties.removeRow(row)
        self.validate()

    def _load(self) -> None:
        a = self._agr
        self.title_ru.setPlainText(a.title)
        self.title_en.setPlainText(a.title_en)
        self.level.setCurrentIndex(max(self.level.findData(a.level), 0))
        self.status.setCurrentIndex(max(self.status.findData(a.status), 0))
        self.originals.setValue(a.originals)
        self.languages.setText(a.languages)
        self.duration.setValue(a.duration_min or 0)
        self.notes.setPlainText(a.notes)
        for party in a.parties:
            self.add_party_row(party)
        if not a.parties:
            for _ in range(min(2, len(self._sides))):
                self.add_party_row()
        for i in range(self.witnesses.count()):
            item = self.witnesses.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in a.witness_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _cell(self, row: int, column: int) -> QComboBox:
        widget = self.parties.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def result_form(self) -> AgreementForm:
        """The agreement as filled in, with the organisation names of its parties."""
        a = copy.deepcopy(self._agr)
        a.title = " ".join(self.title_ru.toPlainText().split())
        a.title_en = " ".join(self.title_en.toPlainText().split())
        a.level = self.level.currentData()
        a.status = self.status.currentData()
        a.originals = self.originals.value()
        a.languages = self.languages.text().strip() or "ru"
        a.duration_min = self.duration.value() or None
        a.notes = self.notes.toPlainText().strip()
        names, parties = [], []
        for row in range(self.parties.rowCount()):
            org, side, sig = self._cell(row, 0), self._cell(row, 1), self._cell(row, 2)
            names.append(org.currentText().strip())
            old = a.parties[row] if row < len(a.parties) else None
            org_id = (
                org.currentData()
                if org.currentIndex() >= 0 and org.itemText(org.currentIndex()) == org.currentText()
                else 0
            )
            parties.append(
                Party(org_id or 0, side.currentData() or 0, sig.currentData(), id=old.id if old else None)
            )
        a.parties = parties
        a.witness_ids = [
            self.witnesses.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.witnesses.count())
            if self.witnesses.item(i).checkState() == Qt.CheckState.Checked
        ]
        return AgreementForm(a, names)

    def problems_found(self) -> list[str]:
        found = []
        if not self.title_ru.toPlainText().strip():
            found.append(self.tr("The agreement needs a title in Russian."))
        if self.parties.rowCount() == 0:
            found.append(self.tr("Add at least one party."))
        for row in range(self.parties.rowCount()):
            if not self._cell(row, 0).currentText().strip():
                found.append(
                    self.tr("Party %1: choose or type the organisation.").replace("%1", str(row + 1))
                )
            if self._cell(row, 1).currentData() is None:
                found.append(
                    self.tr("Party %1: the event has no side to choose.").replace("%1", str(row + 1))
                )
        signatories = [self._cell(r, 2).currentData() for r in range(self.parties.rowCount())]
        chosen = [s for s in signatories if s is not None]
        if len(chosen) != len(set(chosen)):
            found.append(self.tr("One person signs for two parties; choose another signatory."))
        return found
