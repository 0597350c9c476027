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

from pymorphy3.analyzer import Parse

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


# Marks of a word that names one thing (an abbreviation, a place, a body, a person), which a name keeps as is.
_PROPER = frozenset({"Abbr", "Fixd", "Geox", "Orgn", "Name", "Surn", "Patr", "Init"})


def _head(text: str) -> tuple[list[Parse], Parse, int] | None:
    """The agreeing head of a name in the nominative singular: the adjectives before the first noun, read
    in the noun's gender, the noun, and how many words they are; None when the words say otherwise or are
    not all known to be Russian common words («ООО «Ромашка»», «КНР», a quote, a Latin word)."""
    words = text.split(" ")
    for count, word in enumerate(words, 1):
        if not _WORD.match(word) or (word.isupper() and len(word) > 1):
            return None
        parses = [
            p
            for p in morph().parse(word)
            if {"nomn", "sing"} <= p.tag.grammemes and p.tag.POS in ("ADJF", "NOUN")
        ]
        if not parses:
            return None
        noun = parses[0]
        if noun.tag.POS == "ADJF":
            continue
        genders = {p.tag.gender for p in parses if p.tag.POS == "NOUN"}
        if len(genders) != 1 or _PROPER & noun.tag.grammemes or noun.tag.animacy != "inan":
            return None
        adjectives = [_adjective(w, noun.tag.gender) for w in words[: count - 1]]
        known = [a for a in adjectives if a is not None]
        return (known, noun, count) if len(known) == len(adjectives) else None
    return None


def _adjective(word: str, gender: str) -> Parse | None:
    """``word`` read as an adjective in the nominative singular of ``gender``."""
    for parse in morph().parse(word):
        if parse.tag.POS == "ADJF" and {"nomn", "sing", gender} <= parse.tag.grammemes:
            return parse
    return None


def _accusative_words(text: str) -> tuple[list[str], int, str] | None:
    """The words of ``text``'s head (``_head``) in the accusative, with how many words they replace and the
    head noun's gender."""
    head = _head(text)
    if head is None:
        return None
    adjectives, noun, count = head
    want = {"accs", "inan"} if noun.tag.gender == "masc" else {"accs"}
    forms = [p.inflect(want) for p in [*adjectives, noun]]
    if any(f is None for f in forms):
        return None
    originals = text.split(" ")[:count]
    return (
        [_match_case(w, f.word) for w, f in zip(originals, forms, strict=True) if f],
        count,
        noun.tag.gender,
    )


def organisation_accusative(name: str) -> str:
    """An organisation's name after «За»: its agreeing head in the accusative («За Китайскую национальную
    машиностроительную корпорацию»). A masculine or neuter head does not change («Правительство
    Свердловской области»); a name not surely read (an abbreviation, a quote, a word not known) stays in the
    nominative, never guessed («ООО «Ромашка»», «Ромашка»)."""
    found = _accusative_words(name) if " " in name.strip() else None  # one word alone is a proper name
    if found is None:
        return name
    forms, count, _ = found
    return " ".join([*forms, *name.split(" ")[count:]])


def document_accusative(title: str) -> str | None:
    """The document a title names, as «заключили ...» says it: «настоящий меморандум» for «Меморандум о
    ...», «настоящее дополнительное соглашение», «настоящую дорожную карту»; None when the title does not
    surely tell."""
    found = _accusative_words(title)
    if found is None:
        return None
    words, _, gender = found
    this = _adjective("настоящий", "masc")
    form = this.inflect({"accs", gender} | ({"inan"} if gender == "masc" else set())) if this else None
    if form is None:
        return None
    return " ".join([form.word, words[0][:1].lower() + words[0][1:], *words[1:]])
