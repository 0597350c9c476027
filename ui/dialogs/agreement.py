"""The form for an agreement: titles, level, status, originals, parties with their signatories (and the power
of attorney of one who signs for an organisation not his own), witnesses."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from protocol_app.errors import UserError
from protocol_app.model import (
    Agreement,
    AgreementStatus,
    Attendee,
    Level,
    NewAgreement,
    Organisation,
    Party,
    Side,
)
from protocol_app.store.agreements import check_agreement
from ui.dialogs.base import FormDialog


@dataclass
class AgreementForm:
    """What the form gives back: the agreement and, per party, the organisation's name as typed."""

    agreement: NewAgreement  # the stored one's fields when the form edits one
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
        language: str = "ru",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AgreementDialog")
        self.setWindowTitle(self.tr("New agreement") if agreement is None else self.tr("Edit agreement"))
        self._agr = copy.deepcopy(agreement) if agreement else NewAgreement(event_id=event_id, title="")
        self._sides = sides
        self._attendees = attendees
        self._orgs = organisations
        self._word = word
        self._language = language  # of the window: the core's messages are shown in it
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
        self.language_boxes: dict[str, QCheckBox] = {}
        languages = QHBoxLayout()
        codes = list(self._language_words()) + [
            c for c in self._agr.languages.split(",") if c.strip() and c.strip() not in self._language_words()
        ]
        for code in codes:
            box = QCheckBox(self._language_words().get(code.strip(), code.strip()))
            box.setObjectName(f"language_{code.strip()}")
            box.toggled.connect(self.validate)
            self.language_boxes[code.strip()] = box
            languages.addWidget(box)
        languages.addStretch(1)
        self.duration = QSpinBox()
        self.duration.setRange(0, 60)
        self.duration.setSpecialValueText(self.tr("event default"))
        self.duration.setSuffix(self.tr(" min"))
        self.parties = QTableWidget(0, 4)
        self.parties.setObjectName("parties")
        self.parties.setHorizontalHeaderLabels(
            [
                self.tr("Organisation (those of the side's people)"),
                self.tr("Side"),
                self.tr("Signatory"),
                self.tr("Power of attorney"),
            ]
        )
        header = self.parties.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)  # whole names, never cut
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.parties.setColumnWidth(3, 230)  # «доверенность № 12 от 01.07.2023» whole
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
        form.addRow(self.tr("Languages of the texts"), languages)
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
        self.resize(1180, 700)  # fits a 1280 x 800 screen

    def _language_words(self) -> dict[str, str]:
        """The languages an agreement is usually written in here, by code, in the window's language."""
        return {
            "ru": self.tr("Russian"),
            "en": self.tr("English"),
            "be": self.tr("Belarusian"),
            "kk": self.tr("Kazakh"),
            "zh": self.tr("Chinese"),
            "ar": self.tr("Arabic"),
        }

    def _side_organisations(self, side_id: int | None) -> list[Organisation]:
        """The organisations of the side's participants first (the picker's choices); all when it has none."""
        ids = {a.organisation.id for a in self._attendees if a.side.id == side_id and a.organisation}
        own = [o for o in self._orgs if o.id in ids]
        return own or list(self._orgs)

    def _fill_organisations(self, side: QComboBox, org: QComboBox) -> None:
        typed = org.currentText()
        org.blockSignals(True)
        org.clear()
        for o in self._side_organisations(side.currentData()):
            org.addItem(o.name, o.id)
            org.setItemData(org.count() - 1, o.name, Qt.ItemDataRole.ToolTipRole)
        org.setCurrentIndex(org.findText(typed)) if org.findText(typed) >= 0 else org.setCurrentText(typed)
        org.blockSignals(False)
        self.validate()

    def add_party_row(self, party: Party | None = None) -> int:
        """A row for one party: organisation (typed or chosen), side, signatory of that side."""
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        org = QComboBox()
        org.setEditable(True)
        org.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        side = QComboBox()
        for s in self._sides:
            side.addItem(s.name_in(self._language), s.id)
        signatory = QComboBox()
        signatory.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        power = QLineEdit(party.power_of_attorney if party is not None else "")
        power.setObjectName(f"power_of_attorney_{row + 1}")
        power.setPlaceholderText(self.tr("if not his own organisation"))
        power.setToolTip(
            self.tr(
                "The power of attorney under which the signatory signs for this party's organisation when it "
                "is not his own, e.g. «доверенность № 12 от 01.07.2023»; printed in the originals."
            )
        )
        self.parties.setCellWidget(row, 0, org)
        self.parties.setCellWidget(row, 1, side)
        self.parties.setCellWidget(row, 2, signatory)
        self.parties.setCellWidget(row, 3, power)
        side.currentIndexChanged.connect(lambda _=0, s=side, g=signatory: self._fill_signatories(s, g))
        side.currentIndexChanged.connect(lambda _=0, s=side, o=org: self._fill_organisations(s, o))
        org.currentTextChanged.connect(self.validate)
        if party is not None:
            side.setCurrentIndex(max(side.findData(party.side_id), 0))
        elif row < len(self._sides):
            side.setCurrentIndex(row)
        self._fill_organisations(side, org)
        if party is not None:
            if org.findData(party.organisation_id) < 0:  # an organisation of no participant of the side
                name = next((o.name for o in self._orgs if o.id == party.organisation_id), "")
                org.addItem(name, party.organisation_id)
            org.setCurrentIndex(org.findData(party.organisation_id))
        else:
            org.setCurrentText("")
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
                position = att.person.position or att.person.position_en
                signatory.addItem(att.person.full_name, att.id)
                signatory.setItemData(
                    signatory.count() - 1,
                    f"{att.person.full_name} — {position}" if position else att.person.full_name,
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.parties.resizeColumnToContents(2)
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
        for code in a.languages.split(","):
            if code.strip() in self.language_boxes:
                self.language_boxes[code.strip()].setChecked(True)
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
        a.languages = ",".join(c for c, box in self.language_boxes.items() if box.isChecked())
        a.duration_min = self.duration.value() or None
        a.notes = self.notes.toPlainText().strip()
        names, parties = [], []
        for row in range(self.parties.rowCount()):
            org, side, sig = self._cell(row, 0), self._cell(row, 1), self._cell(row, 2)
            power = self.parties.cellWidget(row, 3)
            assert isinstance(power, QLineEdit)
            names.append(org.currentText().strip())
            org_id = (
                org.currentData()
                if org.currentIndex() >= 0 and org.itemText(org.currentIndex()) == org.currentText()
                else 0
            )
            parties.append(
                Party(
                    org_id or 0,
                    side.currentData() or 0,
                    sig.currentData(),
                    " ".join(power.text().split()),
                )
            )
        a.parties = parties
        a.witness_ids = [
            self.witnesses.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.witnesses.count())
            if self.witnesses.item(i).checkState() == Qt.CheckState.Checked
        ]
        return AgreementForm(a, names)

    def problems_found(self) -> list[str]:
        """What is wrong now, in words: a party's organisation or side not chosen, then the first rule of
        ``check_agreement`` (the core's, in the window's language) the agreement breaks. One person signing
        for two parties is allowed here: the signing order lists it as a problem."""
        found = []
        for row in range(self.parties.rowCount()):
            if not self._cell(row, 0).currentText().strip():
                found.append(
                    self.tr("Party %1: choose or type the organisation.").replace("%1", str(row + 1))
                )
            if self._cell(row, 1).currentData() is None:
                found.append(
                    self.tr("Party %1: the event has no side to choose.").replace("%1", str(row + 1))
                )
        try:
            check_agreement(self.result_form().agreement)
        except UserError as exc:
            found.append(exc.text(self._language))
        return found
