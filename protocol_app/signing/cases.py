"""Russian cases the signing papers need (pymorphy3): the genitive of the announcer's «в присутствии ...»,
the accusative of an organisation after «За» and of the document's kind («заключили настоящий меморандум»).
The gender that chooses a person's forms is the person's, else the one ``name_forms.suggest_gender`` reads
from the patronymic, the name or the surname.

Only the words that change are inflected: the head of a position (adjectives and the first noun:
«Генеральный директор ОАО ...» -> «Генерального директора ОАО ...») and the parts of a name, each
chosen by the person's gender. When any word cannot be inflected with confidence, the caller gets
``None`` and keeps the nominative list form; no case is ever guessed. A name the announcer reads in Latin
letters or in a Cyrillic form of a Chinese, Korean or Arabic name is not inflected.
"""

from __future__ import annotations

import re

from protocol_app.model import NewPerson
from protocol_app.name_forms import morph, suggest_gender
from protocol_app.names import is_cyrillic
from protocol_app.signing import words

_INDECLINABLE_SURNAME = re.compile(r"(ых|их|ко|аго|яго|[еиоуэюы])$", re.IGNORECASE)
_WORD = re.compile(r"^[А-ЯЁа-яё-]+$")
_CONSONANTS = "бвгджзклмнпрстфхцчшщ"


def _match_case(original: str, inflected: str) -> str:
    """Give ``inflected`` the capitals (and the ё) of ``original``."""
    chars = list(inflected)
    for i, ch in enumerate(original[: len(chars)]):
        if ch == "ё" and chars[i] == "е" and original.casefold() != "пётр":
            chars[i] = "ё"
        if ch == "Ё" or (ch.isupper() and chars[i] != "ё"):
            chars[i] = chars[i].upper()
    return "".join(chars)


def _inflect(word: str, want: str, gender: str | None = None) -> str | None:
    """``word`` (nominative) in the genitive, reading it as a ``want`` (Name, Patr, Surn, NOUN, ADJF)."""
    if not _WORD.match(word):
        return None
    for parse in morph().parse(word):
        tag = parse.tag
        if "nomn" not in tag or "sing" not in tag:
            continue
        if want in ("Name", "Patr", "Surn") and want not in tag:
            continue
        if want in ("NOUN", "ADJF") and want != tag.POS:
            continue
        if gender and tag.gender and tag.gender != gender and want != "NOUN" and want != "ADJF":
            continue
        form = parse.inflect({"gent"})
        if form is not None:
            return _match_case(word, form.word)
    return None


def _gender(person: NewPerson) -> str | None:
    gender = person.gender if person.gender in ("m", "f") else suggest_gender(person)
    return {"m": "masc", "f": "femn"}.get(gender)


def name_genitive(person: NewPerson, country: str = "") -> str | None:
    """«Алексея Юрьевича Русских» for Алексей Юрьевич Русских; a name that is not Russian as the announcer
    reads it, uninflected (``words.read_aloud``: «Ван Цзяньго», "Khalid bin Saeed Al Qasimi"); None when
    not sure."""
    if person.name_cyrillic.strip() or not _russian(person):
        return words.read_aloud(person, country)
    gender = _gender(person)
    if gender is None:
        return None
    parts = []
    for word, kind in ((person.given_name, "Name"), (person.patronymic, "Patr")):
        if word:
            form = _inflect(word, kind, gender)
            if form is None:
                return None
            parts.append(form)
    surname = _surname_genitive(person.surname, gender)
    if surname is None:
        return None
    return " ".join([*parts, surname])


def _russian(person: NewPerson) -> bool:
    """True for a name written in Cyrillic letters only, as Russian names are (not 王伟, not "John Smith")."""
    letters = [ch for ch in person.surname + person.given_name + person.patronymic if ch.isalpha()]
    return bool(letters) and all(is_cyrillic(ch) for ch in letters)


def _surname_genitive(surname: str, gender: str) -> str | None:
    if "-" in surname:
        pieces = [_surname_genitive(p, gender) for p in surname.split("-")]
        return None if None in pieces else "-".join(p for p in pieces if p)
    if _INDECLINABLE_SURNAME.search(surname):
        return surname
    form = _inflect(surname, "Surn", gender)
    if form is not None:
        return form
    last = surname[-1:].casefold()
    if gender == "femn" and last not in "ая":
        return surname  # a woman's surname ending in a consonant does not change
    if gender == "masc" and last and last in _CONSONANTS:
        return surname + "а"  # Новик -> Новика, Лукашевич -> Лукашевича
    if gender == "masc" and last == "ь":
        return surname[:-1] + "я"
    return None


def position_genitive(position: str) -> str | None:
    """«Губернатора Ульяновской области» for «Губернатор Ульяновской области»; None when not sure."""
    words = position.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        if word == "и" and out:  # «Чрезвычайный и Полномочный Посол»
            out.append(word)
            continue
        form = _inflect(word, "ADJF") if word else None
        if form is not None:
            out.append(form)
            continue
        noun = _inflect(word, "NOUN") if word else None
        if noun is None:
            return None
        return " ".join([*out, noun, *words[i + 1 :]])
    return None
