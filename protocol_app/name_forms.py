"""Every written form of a person's name, as PROTOCOL.md 4b lists them, in Russian and English papers.

The one place that writes a name for a paper, a plan or a card:

- Russian and other given-name-first names: lists «Фамилия Имя Отчество» / "SURNAME Given name", running text
  «Имя Отчество Фамилия» / "Given name Surname", plans and cards «Фамилия И.О.» / "G. Surname".
- Chinese, Korean, Vietnamese and Hungarian names: surname first in every language and never cut to initials
  (王伟, WANG Wei); a Russian paper shows the stored Cyrillic form (Palladius's system: Ван Вэй) when filled.
- Arabic names keep their particles (bin, ibn, Al, Abu) and are never cut to initials; they sort by the family
  name without its article. Honorifics (H.E., Sheikh, Dr) live in their own field and head running text and cards.

The Latin name is the passport's surname and given names (``latin_surname``, ``latin_given``); an older
``latin_name`` ("Given Surname" in one text) is split with the surname recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

import pymorphy3
import pymorphy3_dicts_ru

from protocol_app.names import (
    ARABIC_PARTICLES,
    arabic_family,
    fold,
    gender_of,
    icao_latin,
    is_cyrillic,
    is_east_asian,
)

if TYPE_CHECKING:
    from protocol_app.model import Attendee, NewPerson


class NameOrder(StrEnum):
    """Which part of a person's name comes first; ``AUTO`` decides by the script and the country."""

    AUTO = ""
    SURNAME_FIRST = "surname_first"
    GIVEN_FIRST = "given_first"


class Form(StrEnum):
    """Where a name is printed: a list, running text, a seating plan, a place card."""

    LIST = "list"
    TEXT = "text"
    SHORT = "short"
    CARD = "card"


# Countries whose names are written surname first (ISO 3166 alpha-2).
SURNAME_FIRST_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "VN", "HU"})
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_RUSSIAN_WORD = re.compile(r"^[А-ЯЁа-яё-]+$")
_ARTICLES = ("al-", "el-", "al ", "el ", "аль-", "эль-", "аль ", "эль ")


def _words(text: str) -> list[str]:
    return text.replace("-", " ").casefold().split()


def is_arabic(person: NewPerson) -> bool:
    """True for a name with Arabic particles (bin, ibn, Al, Abu) or in Arabic script."""
    text = " ".join(
        (person.surname, person.given_name, person.latin_surname, person.latin_given, person.latin_name)
    )
    return bool(_ARABIC_SCRIPT.search(text)) or not ARABIC_PARTICLES.isdisjoint(_words(text))


def surname_first(person: NewPerson, country: str = "") -> bool:
    """True when the person's name is written surname first: the person's own order when set, else by the
    script of the name (Han, Hangul), else by the country of the side or organisation."""
    return _order(person, country)[0]


def takes_initials(person: NewPerson, country: str = "") -> bool:
    """False for names never cut to initials: surname-first names and Arabic names."""
    return not _order(person, country)[1]


def _order(person: NewPerson, country: str) -> tuple[bool, bool]:
    """(written surname first, never cut to initials): the script of the name looked at once for both."""
    if person.name_order:
        first = person.name_order == NameOrder.SURNAME_FIRST
        return first, first or is_arabic(person)
    if is_east_asian(person.surname + person.given_name):
        return True, True
    if is_arabic(person):  # an Arabic name is given first wherever its bearer works
        return False, True
    first = country.upper() in SURNAME_FIRST_COUNTRIES
    return first, first


@dataclass(frozen=True)
class LatinSplit:
    """A Latin name split into the passport's surname and given names; ``sure`` is False for a guess."""

    surname: str
    given: str
    sure: bool


def split_latin(text: str, *, cyrillic_surname: str = "", surname_first: bool = False) -> LatinSplit:
    """Split one Latin name into surname and given names, the surname recognised by: a comma ("SMITH, John"),
    capitals ("WANG Wei", "Saeed AL KAABI"), an Arabic family name with its article ("... Al Kaabi"), the ICAO
    spelling of the Cyrillic surname, a surname-first culture; else the last word, not sure."""
    words = text.split()
    if not words:
        return LatinSplit("", "", True)
    if "," in text:
        surname, _, given = text.partition(",")
        return LatinSplit(_title(surname.strip()), _title(given.strip()), True)
    if len(words) == 1:
        return LatinSplit(_title(words[0]), "", True)
    capitals = [i for i, w in enumerate(words) if w.isupper() and len(w.strip(".-'")) > 1]
    together = bool(capitals) and capitals == list(range(capitals[0], capitals[-1] + 1))
    if together and len(capitals) < len(words) and (capitals[0] == 0 or capitals[-1] == len(words) - 1):
        surname = " ".join(words[capitals[0] : capitals[-1] + 1])
        given = " ".join(w for i, w in enumerate(words) if i not in capitals)
        return LatinSplit(_title(surname), given, True)
    if family := arabic_family(words):  # "Abdulla bin Touq Al Marri", "Al-Marri Abdulla": Al Marri, Al-Marri
        start, end = family
        return LatinSplit(" ".join(words[start:end]), " ".join(words[:start] + words[end:]), True)
    if cyrillic_surname:
        spelled = fold(icao_latin("", cyrillic_surname))
        for n in range(len(words) - 1, 0, -1):
            if fold(" ".join(words[n:])) == spelled:
                return LatinSplit(" ".join(words[n:]), " ".join(words[:n]), True)
            if fold(" ".join(words[:n])) == spelled:
                return LatinSplit(" ".join(words[:n]), " ".join(words[n:]), True)
    if surname_first:
        return LatinSplit(words[0], " ".join(words[1:]), True)
    return LatinSplit(words[-1], " ".join(words[:-1]), len(words) == 2 and not is_cyrillic(text))


def _title(text: str) -> str:
    """A surname written in passport capitals in title case, particles kept lower case: "AL KAABI" -> "Al Kaabi"."""
    if not text.isupper():
        return text
    return " ".join(
        w.title() if w.casefold() not in ("bin", "ibn", "bint") else w.casefold() for w in text.split()
    )


def suggest_latin(surname: str, given: str) -> tuple[str, str]:
    """A Latin spelling of a name to suggest (never a passport's): pinyin for Han letters, ICAO for Cyrillic."""

    def one(text: str) -> str:
        if _HAN.search(text):
            return "".join(_pinyin().lazy_pinyin(text)).capitalize()
        return icao_latin("", text) if is_cyrillic(text) else text

    return one(surname), " ".join(one(w) for w in given.split())


def palladius(text: str) -> str:
    """The Cyrillic form of Han letters by Palladius's system (pypinyin's CYRILLIC style): 王 -> Ван."""
    pinyin = _pinyin()
    syllables = pinyin.lazy_pinyin(text, style=pinyin.Style.CYRILLIC)
    return "".join(s.rstrip("012345") for s in syllables).capitalize()


@cache
def _pinyin() -> ModuleType:
    """pypinyin, loaded when a name in Han letters first needs its reading. Its phrase dictionary, which reads
    长江 in a given name as Changjiang (not Zhangjiang), costs a process 0.3 s and 190,000 objects (which
    every full garbage collection walks again) to load; most commands and most events meet no Chinese name."""
    import pypinyin

    return pypinyin


def suggest_cyrillic(person: NewPerson) -> str:
    """The Palladius form of a Chinese name written in Han letters, surname first («Ван Вэй»); else ""."""
    if not _HAN.search(person.surname + person.given_name):
        return ""
    return " ".join(p for p in (palladius(person.surname), palladius(person.given_name)) if p)


def latin_parts(person: NewPerson, country: str = "") -> tuple[str, str]:
    """The passport's Latin surname and given names: the stored parts, else a suggested spelling an older
    store kept as one text (its parts are the suggestion's), else the one Latin text split, else the stored
    name when it is Latin already, else a suggested spelling."""
    if person.latin_surname or person.latin_given:
        return person.latin_surname, person.latin_given
    if person.latin_suggested and person.latin_name:  # an older import kept a suggestion as one text only
        suggested = suggest_latin(person.surname, person.given_name)
        if fold(passport_latin(*suggested)) == fold(person.latin_name):  # written given name first
            return suggested
    if person.latin_name.strip():
        split = split_latin(
            person.latin_name, cyrillic_surname=person.surname, surname_first=surname_first(person, country)
        )
        return split.surname, split.given
    given = " ".join(p for p in (person.given_name, person.patronymic) if p and not is_cyrillic(p))
    if not is_cyrillic(person.surname + person.given_name) and not is_east_asian(person.surname):
        return person.surname, given
    return suggest_latin(person.surname, person.given_name)


def passport_latin(surname: str, given: str) -> str:
    """The one-text Latin name older stores and the CLI JSON keep: "Given Surname"."""
    return f"{given} {surname}" if given and surname else given or surname


def latin_name(person: NewPerson, country: str = "") -> str:
    """The person's Latin name in the order of his or her own culture, as a list's "Latin name" column writes
    it: "Evgenii Kuivashev", "Wang Jianguo", "Saeed bin Rashid Al Kaabi" (no capitals, no honorific)."""
    surname, given = latin_parts(person, country)
    if surname_first(person, country):
        return " ".join(p for p in (surname, given) if p)
    return passport_latin(surname, given)


def person_name(person: NewPerson, lang: str = "ru", form: str = Form.LIST, country: str = "") -> str:
    """The person's name in ``lang`` ("ru" or "en") as ``form`` writes it (see the module's text).

    ``country``: the ISO code of the person's side or organisation, which tells the order of some names.
    """
    first, whole = _order(person, country)
    initials = not whole
    if lang == "en":
        surname, given, patronymic = *latin_parts(person, country), ""
    elif person.name_cyrillic.strip():
        return _cyrillic_form(person, form)
    else:
        surname, given, patronymic = person.surname, person.given_name, person.patronymic
    honorific = person.honorific.strip() if _fits(person.honorific, lang) else ""
    given_all = " ".join(p for p in (given, patronymic) if p)
    if first:
        caps = surname.upper() if lang == "en" and form != Form.TEXT else surname
        sep = "" if is_east_asian(surname + given) else " "
        name = sep.join(p for p in (caps, given_all) if p)
    elif form == Form.LIST:
        name = " ".join(p for p in ((surname.upper() if lang == "en" else surname), given_all) if p)
    elif form == Form.TEXT or not initials or (form == Form.CARD and lang == "en"):
        name = " ".join(p for p in (given_all, surname) if p)
    else:
        letters = "".join(_initial(w) for w in given_all.split())
        name = f"{letters} {surname}" if lang == "en" else f"{surname} {letters}"
    if honorific and form in (Form.TEXT, Form.CARD):
        return f"{honorific} {name}".strip()
    return name.strip()


def label_lines(person: NewPerson, lang: str = "ru", country: str = "") -> list[str]:
    """The plan form of a name broken into the lines of a seat's label, never inside a particle or a name:
    «Русских» / «А.Ю.», "A." / "Russkikh", "WANG" / "Wei", "王伟", "Saeed bin Rashid" / "Al Kaabi"."""
    short = person_name(person, lang, Form.SHORT, country)
    if (lang == "ru" and person.name_cyrillic.strip()) or " " not in short:
        return [short]
    if takes_initials(person, country):
        first, _, rest = short.rpartition(" ") if lang == "en" else short.partition(" ")
        return [first, rest]
    if surname_first(person, country):
        surname = latin_parts(person, country)[0].upper() if lang == "en" else person.surname
        rest = short[len(surname) :].strip() if short.startswith(surname) else ""
        return [surname, rest] if rest else short.split(" ", 1)
    surname = latin_parts(person, country)[0] if lang == "en" else person.surname
    given = short[: len(short) - len(surname)].strip() if short.endswith(surname) else ""
    return [given, surname] if given else [short]


def surname_line(person: NewPerson, lang: str = "ru", country: str = "") -> int:
    """Which line of ``label_lines`` holds the surname (printed bold): the second of "A." / "Russkikh" and of
    "Saeed bin Rashid" / "Al Kaabi", the first otherwise."""
    lines = label_lines(person, lang, country)
    if len(lines) < 2 or surname_first(person, country):
        return 0
    if takes_initials(person, country):
        return 1 if lang == "en" else 0
    return 1


def _cyrillic_form(person: NewPerson, form: str) -> str:
    """A Russian paper's name for a person with a stored Cyrillic form: «Ван Вэй», in a list with the name
    as its people write it: «Ван Вэй (王伟)»."""
    own = ("" if is_east_asian(person.surname) else " ").join(
        p for p in (person.surname, person.given_name) if p
    )
    if form == Form.LIST and own and own != person.name_cyrillic:
        return f"{person.name_cyrillic.strip()} ({own})"
    return person.name_cyrillic.strip()


def _initial(word: str) -> str:
    """«Анна-Мария» -> «А.-М.», "Wei" -> "W."."""
    return "-".join(f"{p[0]}." for p in word.split("-") if p)


def _fits(text: str, lang: str) -> bool:
    """True when ``text`` is written in the script of ``lang`` (a Latin honorific in an English paper)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    return is_cyrillic(text) == (lang == "ru")


def attendee_country(att: Attendee) -> str:
    """The country that tells an attendee's name order: the organisation's, else the side's."""
    return (att.organisation.country if att.organisation else "") or att.side.country


def attendee_name(att: Attendee, lang: str = "ru", form: str = Form.LIST) -> str:
    """``person_name`` of an attendee, the country taken from the organisation or side."""
    return person_name(att.person, lang, form, attendee_country(att))


_FEMALE_SURNAME = re.compile(r"(ова|ева|ёва|ина|ына|ская|цкая|ая)$", re.IGNORECASE)
_MALE_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий|ой|ый)$", re.IGNORECASE)


def suggest_gender(person: NewPerson) -> str:
    """ "m" or "f" as the patronymic tells, else the given name (a Russian name pymorphy3 knows as male or
    female, not both, like Саша), else a Russian surname's ending (Иванова, Иванов); "" when nothing tells."""
    if found := gender_of(person.patronymic):
        return found
    first = person.given_name.split()[0] if person.given_name.split() else ""
    if _RUSSIAN_WORD.match(first):
        genders = {p.tag.gender for p in morph().parse(first) if "Name" in p.tag and "nomn" in p.tag}
        if genders in ({"masc"}, {"femn"}):
            return "m" if genders == {"masc"} else "f"
    if _RUSSIAN_WORD.match(person.surname):
        if _FEMALE_SURNAME.search(person.surname):
            return "f"
        if _MALE_SURNAME.search(person.surname):
            return "m"
    return ""


@cache
def morph() -> pymorphy3.MorphAnalyzer:
    """The one Russian morphology analyser (its dictionaries take a while to load). It is given their folder:
    left to find them, it reads the entry points of every installed package, half of its loading time."""
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def sort_key(person: NewPerson) -> str:
    """The key that sorts people by family name: an Arabic family name without its article (Al Kaabi by K)."""
    surname = person.surname.casefold().replace("ё", "е")
    for article in _ARTICLES:
        if surname.startswith(article) and len(surname) > len(article):
            surname = surname[len(article) :]
            break
    return f"{surname} {person.given_name.casefold()}"
