"""Recognising a table's header row and its columns (docs/CLI.md "Input files"), in Russian or English.

Headers are compared ignoring case, spaces, ё/е and a leading «№»; an explicit mapping {header: field} overrides
recognition; columns nobody knows are reported as warnings. The header row is found below title rows and blank
rows: the first of the top rows that names the table's required field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from protocol_app.errors import UserError
from protocol_app.words import Said, said

IGNORE = "ignore"
_SEARCH_ROWS = 30

ATTENDEE_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": (
        "ФИО",
        "Ф.И.О.",
        "Фамилия, имя, отчество",
        "Фамилия имя отчество",
        "Full name",
        "Name and surname",
    ),
    "surname": ("Фамилия", "Surname", "Last name", "Family name"),
    "given_name": ("Имя", "Name", "First name", "Given name"),
    "patronymic": ("Отчество", "Patronymic", "Middle name"),
    "position": ("Должность", "Position", "Title", "Job title"),
    "position_en": (
        "Должность (англ.)",
        "Должность на английском",
        "Position (English)",
        "Position in English",
        "Position EN",
    ),
    "organisation": ("Организация", "Organisation", "Organization", "Компания", "Company"),
    "organisation_en": (
        "Организация (англ.)",
        "Организация на английском",
        "Organisation (English)",
        "Organization (English)",
        "Organisation EN",
    ),
    "side": ("Сторона", "Делегация", "Side", "Delegation"),
    "role": ("Роль", "Role"),
    "precedence": ("Приоритет", "Старшинство", "Precedence", "Rank"),
    "latin_name": (
        "Имя латиницей",
        "Латиница",
        "ФИО латиницей",
        "ФИО (латиницей)",
        "Latin name",
        "Name in passport",
        "Name as in passport",
    ),
    "latin_surname": ("Фамилия (лат.)", "Фамилия латиницей", "Surname (Latin)", "Latin surname"),
    "latin_given": ("Имя (лат.)", "Given name (Latin)", "Latin given name"),
    "honorific": ("Обращение", "Титул", "Honorific", "Form of address"),
    "phone": ("Телефон", "Тел.", "Phone", "Telephone", "Mobile", "Мобильный телефон"),
    "email": ("E-mail", "Email", "Эл. почта", "Электронная почта", "Почта", "Mail"),
    "gender": ("Пол", "Gender", "Sex"),
    "language": ("Язык", "Language"),
    "notes": ("Примечание", "Примечания", "Notes", "Note", "Comment", "Комментарий"),
    "passport": (
        "Паспорт",
        "Номер паспорта",
        "Серия и номер паспорта",
        "Passport",
        "Passport number",
        "Passport No.",
    ),
    "birth_date": ("Дата рождения", "Date of birth", "Birth date", "Birthdate", "DOB"),
}

AGREEMENT_HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("Наименование", "Название", "Наименование документа", "Title", "Document", "Agreement"),
    "title_en": ("Наименование (англ.)", "Название на английском", "Title (English)", "Title in English"),
    "level": ("Уровень", "Level"),
    "witnesses": ("В присутствии", "Witnesses", "In the presence of"),
    "originals": ("Экземпляров", "Количество экземпляров", "Originals", "Copies"),
    "languages": ("Языки", "Язык", "Languages", "Language"),
    "order": ("Порядок", "Порядок подписания", "Order", "Signing order"),
    "notes": ("Примечание", "Примечания", "Notes"),
}
_NUMBERED = (
    (re.compile(r"^(сторона|party)(\d{1,2})$"), "party"),
    (re.compile(r"^(подписант|signatory)(\d{1,2})$"), "signatory"),
    (re.compile(r"^(доверенность|powerofattorney)(\d{1,2})$"), "power_of_attorney"),
)
_PARTY_FIELDS = ("party", "signatory", "power_of_attorney")  # a party's fields, numbered: party1, signatory1
NUMBERED_FIELD = re.compile(rf"({'|'.join(_PARTY_FIELDS)})\d{{1,2}}")
NUMBER_HEADERS = {"", "№", "no", "no.", "n", "#", "п/п", "№п/п", "nn", "nр", "номер"}


def normalise(header: str) -> str:
    """A header as compared: lower case, ё as е, no spaces, no leading «№», no trailing ":" or "*"."""
    text = header.casefold().replace("ё", "е")
    text = "".join(text.split())
    if text.startswith("№") and len(text) > 1 and text not in NUMBER_HEADERS:
        text = text[1:]
    return text.rstrip(":*")


def _table(headers: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalise(h): name for name, words in headers.items() for h in words}


_TABLES = {"attendees": _table(ATTENDEE_HEADERS), "agreements": _table(AGREEMENT_HEADERS)}
REQUIRED = {"attendees": ("full_name", "surname", "latin_name", "latin_surname"), "agreements": ("title",)}


@dataclass
class Column:
    """A column of the file: its position, its header as written, and the field it fills (None: unknown)."""

    index: int
    header: str
    field: str | None


@dataclass
class HeaderMatch:
    """The header row found (its number in the file) and what each column holds."""

    row: int
    columns: list[Column]
    warnings: list[Said] = field(default_factory=list)

    def fields(self) -> dict[str, Column]:
        """The first column of each known field."""
        found: dict[str, Column] = {}
        for col in self.columns:
            if col.field and col.field != IGNORE:
                found.setdefault(col.field, col)
        return found


def field_names(kind: str, parties: int = 2) -> list[str]:
    """The fields a mapping may name for ``kind`` ("attendees" or "agreements"), the numbered fields of
    ``parties`` parties among them (a multilateral list asks for more than two)."""
    base = ATTENDEE_HEADERS if kind == "attendees" else AGREEMENT_HEADERS
    numbers = range(1, max(parties, 1) + 1)
    extra = [] if kind == "attendees" else [f"{name}{n}" for n in numbers for name in _PARTY_FIELDS]
    return [*base, *extra, IGNORE]


_PARTY_HEADERS = {"party": "Сторона", "signatory": "Подписант", "power_of_attorney": "Доверенность"}


def standard_header(field: str) -> str:
    """The header a list writes for ``field`` (its first, Russian one: «Сторона 2», «Пол»), to name a column
    the file lacks; the field's name when no list knows it."""
    if numbered := party_number(field):
        return f"{_PARTY_HEADERS[numbered[0]]} {numbered[1]}"
    headers = ATTENDEE_HEADERS.get(field) or AGREEMENT_HEADERS.get(field)
    return headers[0] if headers else field


def party_number(field: str | None) -> tuple[str, int] | None:
    """A numbered party field split into its name and number ("signatory3" -> ("signatory", 3))."""
    if not field or not NUMBERED_FIELD.fullmatch(field):
        return None
    name = field.rstrip("0123456789")
    return name, int(field[len(name) :])


def field_for(kind: str, header: str, mapping: dict[str, str] | None = None) -> str | None:
    """The field a header names, by the mapping first, then by the tables; None when unknown."""
    key = normalise(header)
    if mapping and key in mapping:
        return mapping[key]
    if key in NUMBER_HEADERS:
        return IGNORE
    known = _TABLES[kind].get(key)
    if known or kind != "agreements":
        return known
    for pattern, name in _NUMBERED:
        match = pattern.match(key)
        if match:
            return f"{name}{int(match.group(2))}"
    return None


def check_mapping(kind: str, mapping: dict[str, str] | None) -> dict[str, str]:
    """The mapping with normalised headers; ``UserError`` for a field name that does not exist."""
    if not mapping:
        return {}
    valid = set(field_names(kind))
    checked: dict[str, str] = {}
    for header, name in mapping.items():
        name = name.strip()
        if name not in valid and not NUMBERED_FIELD.fullmatch(name):
            raise UserError(
                said("mapping_no_field", header=header, name=name, fields=", ".join(sorted(valid))),
                column=header,
            )
        checked[normalise(header)] = name
    return checked


def find_header(
    kind: str,
    rows: list[tuple[int, list[str]]],
    mapping: dict[str, str] | None = None,
    file: str | None = None,
) -> HeaderMatch:
    """The header row among the first rows: the first that names a required field and one more field."""
    mapping = check_mapping(kind, mapping)
    required = REQUIRED[kind]
    fallback: HeaderMatch | None = None
    for number, cells in rows[:_SEARCH_ROWS]:
        columns = [Column(i, cell, field_for(kind, cell, mapping)) for i, cell in enumerate(cells)]
        named = {c.field for c in columns if c.field and c.field != IGNORE}
        if not named & set(required):
            continue
        match = HeaderMatch(number, columns)
        if len(named) >= 2:
            fallback = match
            break
        fallback = fallback or match
    if fallback is None:
        expected = " / ".join(
            (ATTENDEE_HEADERS if kind == "attendees" else AGREEMENT_HEADERS)[f][0]
            for f in required
            if f in (ATTENDEE_HEADERS if kind == "attendees" else AGREEMENT_HEADERS)
        )
        raise UserError(
            said("no_header_row", rows=_SEARCH_ROWS, expected=expected),
            file=file,
        )
    _check_columns(fallback, mapping)
    return fallback


def _check_columns(match: HeaderMatch, mapping: dict[str, str]) -> None:
    headers = {normalise(c.header) for c in match.columns}
    for header in mapping:
        if header not in headers:
            raise UserError(said("mapping_no_column", header=header))
    seen: dict[str, Column] = {}
    for col in match.columns:
        if not col.header and col.field is None:
            continue
        if col.field is None:
            match.warnings.append(said("column_unknown", header=col.header))
        elif col.field != IGNORE and col.field in seen:
            match.warnings.append(
                said("columns_same_field", first=seen[col.field].header, second=col.header, field=col.field)
            )
        else:
            seen.setdefault(col.field, col)


def parse_mapping(text: str) -> dict[str, str]:
    """``"ФИО сотрудника=full_name, Моб.=phone"`` as a mapping; ``UserError`` for a part without ``=``."""
    mapping: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        header, sep, name = part.rpartition("=")
        if not sep or not header.strip() or not name.strip():
            raise UserError(said("bad_mapping", text=part.strip()))
        mapping[header.strip()] = name.strip()
    return mapping
