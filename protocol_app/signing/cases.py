"""Russian genitive for the announcer's «в присутствии ...», when pymorphy3 is installed.

Only the words that change are inflected: the head of a position (adjectives and the first noun:
«Генеральный директор ОАО ...» -> «Генерального директора ОАО ...») and the parts of a name, each
chosen by the person's gender. When any word cannot be inflected with confidence, the caller gets
``None`` and keeps the nominative list form; no case is ever guessed.
"""

from __future__ import annotations

import re
from functools import cache

from protocol_app.model import Person

_INDECLINABLE_SURNAME = re.compile(r"(ых|их|ко|аго|яго|[еиоуэюы])$", re.IGNORECASE)
_WORD = re.compile(r"^[А-ЯЁа-яё-]+$")
_CONSONANTS = "бвгджзклмнпрстфхцчшщ"


@cache
def _analyzer():
    try:
        import pymorphy3
    except ImportError:  # optional: without it the script keeps the nominative
        return None
    return pymorphy3.MorphAnalyzer()


def available() -> bool:
    """Whether Russian inflection is installed."""
    return _analyzer() is not None


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
    morph = _analyzer()
    if morph is None or not _WORD.match(word):
        return None
    for parse in morph.parse(word):
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


def _gender(person: Person) -> str | None:
    if person.gender in ("m", "f"):
        return "masc" if person.gender == "m" else "femn"
    patronymic = person.patronymic.casefold()
    if patronymic.endswith(("вич", "ич")):
        return "masc"
    if patronymic.endswith(("вна", "чна", "шна")):
        return "femn"
    return None


def name_genitive(person: Person) -> str | None:
    """«Алексея Юрьевича Русских» for Алексей Юрьевич Русских; None when not sure."""
    gender = _gender(person)
    if gender is None or _analyzer() is None:
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
