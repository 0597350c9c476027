"""The form for a person and his or her participation in the event; it says what is wrong as you type."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from protocol_app.errors import UserError
from protocol_app.model import NewParticipant, NewPerson, Participant, Person, Role, Side, Status
from protocol_app.name_forms import (
    NameOrder,
    passport_latin,
    split_latin,
    suggest_cyrillic,
    suggest_gender,
    suggest_latin,
)
from protocol_app.store.directory import validate_person
from ui.dialogs.base import FormDialog
from ui.widgets import DateField

PHOTO_MAX_BYTES = 2_000_000


@dataclass
class PersonForm:
    """What the form gives back: the person, the participation and the organisation's name as typed (the
    stored person and participation when the form edits them, or a person taken from the directory)."""

    person: NewPerson
    participant: NewParticipant
    organisation: str
    organisation_en: str = ""  # the organisation's English name, as typed (English papers print it)


def mask_passport(number: str) -> str:
    """A passport number as shown on screen: only the last two characters visible."""
    text = number.strip()
    if not text:
        return ""
    return "•" * max(len(text) - 2, 2) + text[-2:]


class PersonDialog(FormDialog):
    """Names, Latin name, gender, positions, organisation, biography, photo, contacts; side, role, precedence."""

    def __init__(
        self,
        sides: list[Side],
        organisations: list[str],
        word: Callable[[str, str], str],
        person: Person | None = None,
        participant: Participant | None = None,
        organisation: str = "",
        parent: QWidget | None = None,
        known: list[tuple[Person, str]] | None = None,
        organisations_en: dict[str, str] | None = None,
        language: str = "ru",
        others: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New participant") if person is None else self.tr("Edit person"))
        self.setObjectName("PersonDialog")
        self._person: NewPerson = copy.deepcopy(person) if person else NewPerson(surname="")
        self._part: NewParticipant = copy.deepcopy(participant) if participant else NewParticipant(0, 0, 0)
        self._photo: bytes | None = self._person.photo
        self._word = word
        self._language = language  # of the window: the core's messages are shown in it
        self._known = {_known_text(p): (p, org) for p, org in (known or [])}
        self._english = organisations_en or {}
        self._others = others or []  # the event's other participants (id, name): whom one interprets for ...
        self._build(sides, organisations)
        self._load(organisation)
        self.validate()

    def _directory_row(self) -> QWidget:
        """A search over the people already in the directory: choosing one fills the form with him or her."""
        self.known = QLineEdit()
        self.known.setObjectName("known")
        self.known.setPlaceholderText(self.tr("type a surname to take a person already in the directory"))
        completer = QCompleter(sorted(self._known), self.known)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.take_known)
        self.known.setCompleter(completer)
        self.known_note = QLabel()
        self.known_note.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.known_note)
        return box

    def take_known(self, text: str) -> bool:
        """Fill the form with the directory's person shown as ``text`` (kept as the same person)."""
        found = self._known.get(text)
        if found is None:
            return False
        person, organisation = found
        self._person = copy.deepcopy(person)
        self._photo = person.photo
        self._load(organisation)
        self.known_note.setText(
            self.tr("Taken from the directory: changes here change this person everywhere.")
        )
        self.validate()
        return True

    # building -------------------------------------------------------------------------------------------
    def _build(self, sides: list[Side], organisations: list[str]) -> None:
        self.surname, self.given, self.patronymic = QLineEdit(), QLineEdit(), QLineEdit()
        self.latin, self.latin_given = QLineEdit(), QLineEdit()
        self.latin.setObjectName("latin_surname")
        self.latin_given.setObjectName("latin_given")
        self.latin.setPlaceholderText(self.tr("surname as in the passport, e.g. Russkikh"))
        self.latin_given.setPlaceholderText(self.tr("given names as in the passport, e.g. Aleksei"))
        self.suggest = QPushButton(self.tr("Transliterate"))
        self.suggest.setToolTip(
            self.tr("Suggest the Latin spelling (ICAO rules, pinyin for Chinese); the passport spelling wins")
        )
        self.suggest.clicked.connect(self._suggest_latin)
        self.name_order = QComboBox()
        self.name_order.setObjectName("name_order")
        for order, text in (
            (NameOrder.AUTO, self.tr("by the script and the country")),
            (
                NameOrder.SURNAME_FIRST,
                self.tr("surname first, no initials (Chinese, Korean, Vietnamese, Hungarian)"),
            ),
            (NameOrder.GIVEN_FIRST, self.tr("given name first")),
        ):
            self.name_order.addItem(text, order.value)
        self.honorific = QLineEdit()
        self.honorific.setObjectName("honorific")
        self.honorific.setPlaceholderText(self.tr("H.E., Sheikh, Dr: never part of the name"))
        self.cyrillic = QLineEdit()
        self.cyrillic.setObjectName("name_cyrillic")
        self.cyrillic.setPlaceholderText(
            self.tr("the name in Cyrillic letters for Russian papers, e.g. Ван Вэй")
        )
        self.palladius = QPushButton(self.tr("Palladius"))
        self.palladius.setToolTip(
            self.tr("Suggest the Cyrillic form of a Chinese name by Palladius's system")
        )
        self.palladius.clicked.connect(self._suggest_cyrillic)
        self.gender = QComboBox()
        for code, text in (("", self.tr("not given")), ("m", self.tr("male")), ("f", self.tr("female"))):
            self.gender.addItem(text, code)
        self.position, self.position_en = QLineEdit(), QLineEdit()
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.addItems(organisations)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation_en = QLineEdit()
        self.organisation_en.setObjectName("organisation_en")
        self.organisation_en.setPlaceholderText(self.tr("the organisation's name in English papers"))
        self.organisation.currentTextChanged.connect(
            lambda text: self.organisation_en.setText(self._english.get(text.strip(), ""))
        )
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.seniority = DateField()
        self.seniority.setObjectName("seniority")
        self.passport = QLineEdit()
        self.passport.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.passport.setToolTip(self.tr("Personal data: masked on screen, left out of exports"))
        self.birth = DateField()
        self.birth.setObjectName("birth")
        self.side = QComboBox()
        for side in sides:
            self.side.addItem(side.name_in(self._language), side.id)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(self._word("role", role.value), role.value)
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(self._word("status", status.value), status.value)
        self.precedence = QSpinBox()
        self.precedence.setRange(0, 999)
        self.precedence.setSpecialValueText(self.tr("by the rules"))
        self.interprets, self.spouse = QComboBox(), QComboBox()  # ... and whose spouse one is
        self.interprets.setObjectName("interprets_for")
        self.spouse.setObjectName("spouse_of")
        self.spouse.setToolTip(
            self.tr("A spouse takes the partner's rank and is not seated beside him or her")
        )
        for box in (self.interprets, self.spouse):
            box.addItem("—", None)  # nobody
            for participant_id, name in self._others:
                box.addItem(name, participant_id)
        self.role.currentIndexChanged.connect(self._interpreter_wanted)
        self.biography, self.biography_en = QPlainTextEdit(), QPlainTextEdit()
        self.photo = QLabel()
        self.photo.setFixedSize(120, 150)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QLabel.Shape.Box)
        choose, clear = QPushButton(self.tr("Choose photo…")), QPushButton(self.tr("Remove photo"))
        choose.clicked.connect(self._choose_photo)
        clear.clicked.connect(lambda: self._set_photo(None))

        names = QFormLayout()
        if self._known and not isinstance(self._person, Person):
            names.addRow(self.tr("From the directory"), self._directory_row())
        names.addRow(self.tr("Surname"), self.surname)
        names.addRow(self.tr("Given name"), self.given)
        names.addRow(self.tr("Patronymic"), self.patronymic)
        latin_row = QHBoxLayout()
        latin_row.addWidget(self.latin, 1)
        latin_row.addWidget(self.suggest)
        names.addRow(self.tr("Latin surname"), latin_row)
        names.addRow(self.tr("Latin given names"), self.latin_given)
        names.addRow(self.tr("Name order"), self.name_order)
        names.addRow(self.tr("Honorific"), self.honorific)
        cyrillic_row = QHBoxLayout()
        cyrillic_row.addWidget(self.cyrillic, 1)
        cyrillic_row.addWidget(self.palladius)
        names.addRow(self.tr("Name in Cyrillic"), cyrillic_row)
        names.addRow(self.tr("Gender"), self.gender)
        names.addRow(self.tr("Position (Russian)"), self.position)
        names.addRow(self.tr("Position (English)"), self.position_en)
        names.addRow(self.tr("Organisation"), self.organisation)
        names.addRow(self.tr("Organisation (English)"), self.organisation_en)
        names.addRow(self.tr("Side"), self.side)
        names.addRow(self.tr("Role"), self.role)
        names.addRow(self.tr("Status"), self.status)
        names.addRow(self.tr("Precedence"), self.precedence)
        names.addRow(self.tr("Interprets for"), self.interprets)
        names.addRow(self.tr("Spouse of"), self.spouse)
        main = QWidget()
        main.setLayout(names)

        contacts = QFormLayout()
        contacts.addRow(self.tr("Phone"), self.phone)
        contacts.addRow(self.tr("E-mail"), self.email)
        contacts.addRow(self.tr("Seniority date"), self.seniority)
        contacts.addRow(self.tr("Passport"), self.passport)
        contacts.addRow(self.tr("Date of birth"), self.birth)
        contact_page = QWidget()
        contact_page.setLayout(contacts)

        bio = QFormLayout()
        bio.addRow(self.tr("Biography (Russian)"), self.biography)
        bio.addRow(self.tr("Biography (English)"), self.biography_en)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        buttons_col = QVBoxLayout()
        buttons_col.addWidget(choose)
        buttons_col.addWidget(clear)
        buttons_col.addStretch(1)
        photo_row.addLayout(buttons_col)
        photo_row.addStretch(1)
        bio.addRow(self.tr("Photo"), photo_row)
        bio_page = QWidget()
        bio_page.setLayout(bio)

        tabs = QTabWidget()
        tabs.addTab(main, self.tr("Person"))
        tabs.addTab(contact_page, self.tr("Contacts and dates"))
        tabs.addTab(bio_page, self.tr("Biography and photo"))
        self._finish(tabs)
        for edit in (
            self.surname,
            self.given,
            self.patronymic,
            self.latin,
            self.latin_given,
            self.email,
            self.seniority,
            self.birth,
        ):
            edit.textChanged.connect(self.validate)
        self.resize(620, 520)

    def _load(self, organisation: str) -> None:
        p, part = self._person, self._part
        self.surname.setText(p.surname)
        self.given.setText(p.given_name)
        self.patronymic.setText(p.patronymic)
        surname, given = (p.latin_surname, p.latin_given) if (p.latin_surname or p.latin_given) else ("", "")
        if not (surname or given) and p.latin_name:  # an older one-text Latin name: split, surname recognised
            from_text = split_latin(p.latin_name, cyrillic_surname=p.surname)
            surname, given = from_text.surname, from_text.given
        self.latin.setText(surname)
        self.latin_given.setText(given)
        self.name_order.setCurrentIndex(max(self.name_order.findData(p.name_order), 0))
        self.honorific.setText(p.honorific)
        self.cyrillic.setText(p.name_cyrillic)
        self.gender.setCurrentIndex(max(self.gender.findData(p.gender), 0))
        self.position.setText(p.position)
        self.position_en.setText(p.position_en)
        self.organisation.setCurrentText(organisation)
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        self.seniority.set_iso(p.seniority_date)
        self.passport.setText(p.passport)
        self.birth.set_iso(p.birth_date)
        self.biography.setPlainText(p.biography)
        self.biography_en.setPlainText(p.biography_en)
        self._set_photo(p.photo)
        if part.side_id:
            self.side.setCurrentIndex(max(self.side.findData(part.side_id), 0))
        self.role.setCurrentIndex(max(self.role.findData(part.role), 0))
        self.status.setCurrentIndex(max(self.status.findData(part.status), 0))
        self.precedence.setValue(part.precedence or 0)
        self.interprets.setCurrentIndex(max(self.interprets.findData(part.interprets_for), 0))
        self.spouse.setCurrentIndex(max(self.spouse.findData(part.partner_id), 0))
        self._interpreter_wanted()

    # behaviour ------------------------------------------------------------------------------------------
    def _interpreter_wanted(self) -> None:
        """Whom one interprets for is asked of an interpreter only."""
        self.interprets.setEnabled(self.role.currentData() == Role.INTERPRETER.value)

    def _suggest_latin(self) -> None:
        surname, given = suggest_latin(self.surname.text().strip(), self.given.text().strip())
        self.latin.setText(surname)
        self.latin_given.setText(given)

    def _suggest_cyrillic(self) -> None:
        person = NewPerson(self.surname.text().strip(), self.given.text().strip())
        self.cyrillic.setText(suggest_cyrillic(person) or self.cyrillic.text())

    def _choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo"), "", self.tr("Images (*.jpg *.jpeg *.png)")
        )
        if name:
            self.load_photo(Path(name))

    def load_photo(self, path: Path) -> None:
        """Take the photo from an image file (checked to be an image of reasonable size)."""
        data = path.read_bytes()
        if len(data) > PHOTO_MAX_BYTES or QPixmap().loadFromData(data) is False:
            self.problems.setText(self.tr("%1 is not an image of at most 2 MB").replace("%1", path.name))
            return
        self._set_photo(data)

    def _set_photo(self, data: bytes | None) -> None:
        self._photo = data
        if data:
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(data))
            self.photo.setPixmap(pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.photo.clear()
            self.photo.setText(self.tr("no photo"))

    def problems_found(self) -> list[str]:
        """What is wrong with the form now, in words (empty when it can be saved): a date typed badly or
        no side to choose, then the first rule of ``validate_person`` (the core's, in the window's
        language) that the person breaks."""
        found = []
        for edit, what in (
            (self.seniority, self.tr("seniority date")),
            (self.birth, self.tr("date of birth")),
        ):
            if not edit.is_valid():
                found.append(
                    self.tr("The %1 must be a date DD.MM.YYYY, e.g. 07.07.1975.").replace("%1", what)
                )
        if self.side.count() == 0:
            found.append(self.tr("The event has no sides yet: add a side first."))
        try:
            validate_person(self.result_form().person)
        except UserError as exc:
            found.append(exc.text(self._language))
        return found

    def result_form(self) -> PersonForm:
        """The person and participation as filled in."""
        p = copy.deepcopy(self._person)
        p.surname = self.surname.text().strip()
        p.given_name = self.given.text().strip()
        p.patronymic = self.patronymic.text().strip()
        latin = (self.latin.text().strip(), self.latin_given.text().strip())
        p.latin_suggested = (
            latin == suggest_latin(p.surname, p.given_name)
            if passport_latin(*latin) != self._person.latin_name
            else p.latin_suggested
        )
        p.latin_surname, p.latin_given = latin
        p.latin_name = passport_latin(*latin)
        p.name_order = self.name_order.currentData()
        p.honorific = self.honorific.text().strip()
        p.name_cyrillic = self.cyrillic.text().strip()
        p.gender = self.gender.currentData() or suggest_gender(p)  # told by the patronymic, name or surname
        p.position = self.position.text().strip()
        p.position_en = self.position_en.text().strip()
        p.phone = self.phone.text().strip()
        p.email = self.email.text().strip()
        p.seniority_date = self.seniority.iso()
        p.passport = self.passport.text().strip()
        p.birth_date = self.birth.iso()
        p.biography = self.biography.toPlainText().strip()
        p.biography_en = self.biography_en.toPlainText().strip()
        p.photo = self._photo
        part = copy.deepcopy(self._part)
        part.side_id = self.side.currentData() or 0
        part.role = self.role.currentData()
        part.status = self.status.currentData()
        part.precedence = self.precedence.value() or None
        interpreter = part.role == Role.INTERPRETER.value
        part.interprets_for = self.interprets.currentData() if interpreter else None
        part.partner_id = self.spouse.currentData()
        return PersonForm(
            p, part, self.organisation.currentText().strip(), self.organisation_en.text().strip()
        )


def _known_text(person: Person) -> str:
    """How a person of the directory is offered: "Surname Name Patronymic — position (id)"."""
    position = person.position or person.position_en
    return f"{person.full_name}{' — ' + position if position else ''} (#{person.id})"
