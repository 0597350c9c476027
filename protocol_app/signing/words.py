"""Names of agreements, organisations, sides and people in the language of a signing paper.

English never prints a Russian word: a missing English text is transliterated and marked (``words``); names of people come from
``name_forms.person_name`` (the one place that formats them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from protocol_app import words
from protocol_app.model import Agreement, Attendee, NewPerson, Organisation, Side
from protocol_app.name_forms import (
    Form,
    attendee_country,
    attendee_name,
    person_name,
    suggest_cyrillic,
)
from protocol_app.names import in_cyrillic_or_latin, is_cyrillic
from protocol_app.words import english, pick


def no_signatory(lang: str) -> str:
    """The words that stand where a party's missing signatory would be named."""
    return words.word("no_signatory", lang)


def ordinal(n: int) -> str:
    """An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# A chair at the signing table, moved from and to: (ru from, ru to, en) by how many parties sign.
_CHAIRS = {
    "left": ("с левого места", "на левое место", "the left chair"),
    "right": ("с правого места", "на правое место", "the right chair"),
    "sole": (
        "с места единственного подписанта",
        "на место единственного подписанта",
        "the sole signatory's chair",
    ),
    "nth": ("с {n}-го места слева", "на {n}-е место слева", "the {nth} chair from the left"),
}


def chair(place: int, count: int, lang: str, way: str) -> str:
    """A signatory's chair (``place`` 0 the leftmost of ``count``) as moved ``way`` "from" or "to" it:
    «с левого места», «на 3-е место слева»; "from the left chair", "to the 3rd chair from the left";
    one party signing alone has the sole signatory's chair."""
    key = "sole" if count == 1 else ("left", "right")[place] if count == 2 else "nth"
    ru_from, ru_to, en = _CHAIRS[key]
    ru, en = (ru_from, f"from {en}") if way == "from" else (ru_to, f"to {en}")
    return (en if lang == "en" else ru).format(n=place + 1, nth=ordinal(place + 1))


def title(agr: Agreement, lang: str) -> str:
    """The agreement's title in ``lang`` (in English never a Russian word: see ``words.english``)."""
    return pick(lang, agr.title, agr.title_en)


def organisation(org: Organisation | None, lang: str, short: bool = False) -> str:
    """The organisation's full (or short, when it has one) name in ``lang``."""
    if org is None:
        return ""
    if lang == "en":
        full = english(org.name, org.name_en)
        brief = org.short_name_en or (
            english(org.short_name, "") if org.short_name and not org.name_en else ""
        )
    else:
        full, brief = org.name, org.short_name
    return (brief or full) if short else full


def side(s: Side, lang: str) -> str:
    return pick(lang, s.name, s.name_en)


def name(att: Attendee, lang: str, form: str = "text") -> str:
    """A participant's name: Name Surname in running text, Surname Name Patronymic in lists."""
    return attendee_name(att, lang, form)


def read_aloud(person: NewPerson, country: str = "") -> str:
    """The name a Russian announcer reads aloud, in running-text order: the Russian paper's name when its
    letters are Cyrillic or Latin; else the Cyrillic form of a Han name (Palladius: «Ван Цзяньго»); else the
    passport's Latin spelling ("Khalid bin Saeed Al Qasimi"), with an honorific written in Cyrillic."""
    said = person_name(person, "ru", Form.TEXT, country)
    if in_cyrillic_or_latin(said):
        return said
    if cyrillic := suggest_cyrillic(person):
        return cyrillic
    latin = person_name(replace(person, honorific=""), "en", Form.TEXT, country)
    honorific = person.honorific.strip() if is_cyrillic(person.honorific) else ""
    return f"{honorific} {latin}".strip()


def position(att: Attendee, lang: str) -> str:
    """The position as stored, in ``lang`` when there is one."""
    person = att.person
    return pick(lang, person.position, person.position_en)


# Words of an organisation's name that do not tell one body from another: legal forms and kinds of body
# (stems, casefolded). The other words with a capital letter name the body ("Ульяновской", "Gomselmash").
_LEGAL_FORMS = frozenset(
    "ао оао зао пао ооо одо ано до нко руп уп гуп муп фгуп фгбу гбу ип "  # noqa: SIM905 (reads as a list)
    "jsc ojsc cjsc pjsc llc ltd ano ae inc llp plc gmbh ag sa of the and for in at on to".split()
)
# Kinds of body and ordinary words of names (English capitalises every word of a name).
_GENERIC_STEMS = tuple(
    "правительств администрац министерств мэри губернатор республик федерац российск государств "  # noqa: SIM905
    "национальн агентств центр компан корпорац завод предприят унитарн университет академи институт "
    "палат комитет департамент управлен посольств генеральн консульств совет союз ассоциац банк фонд "
    "объединен научн производ технолог развит промышлен торгов инновац исследоват автономн некоммерч "
    "открыт закрыт акционерн общество организац образоват межрегион "
    "government administration ministry governor republic federation russian state national agency "
    "centre center company corporation plant works enterprise unitary university academy institute "
    "chamber committee department embassy consulate general council union association bank fund office "
    "scien production system technolog development industr trade innovation research international "
    "region federal municipal public joint stock limited open closed autonomous non-profit organi "
    "education higher engineering competence multifunctional unmanned civil aviation agricultural "
    "machinery cooperation".split()
)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _stem(word: str) -> str:
    """A crude stem that survives Russian case endings: «Ульяновской» and «Ульяновская» share «ульяновс»."""
    word = word.casefold()
    return word if len(word) < 5 else word[: max(5, len(word) - 3)]


def _body_words(names: list[str]) -> set[str]:
    """The stems of the words that name the body itself (a region, a city, a proper name, an acronym)."""
    stems = set()
    for text in names:
        for word in _WORD.findall(text):
            folded = word.casefold()
            if not word[0].isupper() or folded in _LEGAL_FORMS or folded.startswith(_GENERIC_STEMS):
                continue
            stems.add(_stem(word))
    return stems


def names_body(pos: str, org: Organisation, lang: str) -> bool:
    """The position already names the organisation: its name, its short name, or a word of the name that
    tells the body apart (the Governor of Ulyanovsk Region of the Government of Ulyanovsk Region)."""
    names = [n for n in (organisation(org, lang), organisation(org, lang, short=True)) if n]
    if any(n.casefold() in pos.casefold() for n in names):
        return True
    said = [w.casefold() for w in _WORD.findall(pos)]
    for stem in _body_words(names):
        if any(w == stem or (len(stem) >= 5 and w.startswith(stem)) for w in said):
            return True
    return False


def position_at(att: Attendee, org: Organisation | None, lang: str) -> str:
    """The position with the organisation, unless the position already names it.

    "Генеральный директор ОАО «Гомсельмаш»", "Director General, OJSC Gomselmash"; "Governor of Ulyanovsk
    Region" stays as it is for the Government of Ulyanovsk Region. In Russian an organisation whose name
    begins with its legal form (ОАО, ЗАО, ...) follows the position directly and any other goes in
    brackets, so that no Russian case has to be guessed; in English it follows after a comma.
    """
    pos = position(att, lang)
    org = org or att.organisation
    if org is None:
        return pos
    shown = organisation(org, lang, short=True)
    if not shown:
        return pos
    if not pos:
        return organisation(org, lang)
    if names_body(pos, org, lang):
        return pos
    first = shown.split()[0] if shown.split() else ""
    if lang == "en":
        return f"{pos}, {shown}"
    if first.isupper() and len(first) >= 2:
        return f"{pos} {shown}"
    return f"{pos} ({shown})"


def name_with_position(
    att: Attendee, org: Organisation | None, lang: str, with_org: bool = True, aloud: bool = False
) -> str:
    """The person as an announcer names him or her, position with organisation and name.

    "Генеральный директор ОАО «Гомсельмаш» Александр Михайлович Лукашевич";
    "Aleksandr Lukashevich, Director General, OJSC Gomselmash". ``with_org=False`` leaves the
    organisation out (principals, whose positions already say it); ``aloud`` gives a Russian text the name
    as it is read aloud (``read_aloud``), never Han or Arabic letters.
    """
    pos = position_at(att, org, lang) if with_org else position(att, lang)
    said = read_aloud(att.person, attendee_country(att)) if aloud and lang == "ru" else name(att, lang)
    if not pos:
        return said
    return f"{said}, {pos}" if lang == "en" else f"{pos} {said}"
