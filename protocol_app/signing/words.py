"""Names of agreements, organisations, sides and people in the language of a signing paper.

English falls back to the Russian text where no English is stored; names of people come from
``formatting.person_name`` (the one place that formats them).
"""

from __future__ import annotations

from protocol_app.errors import UserError
from protocol_app.formatting import person_name
from protocol_app.model import Agreement, Attendee, Organisation, Side

LANGS = ("ru", "en")


def parse_langs(value: str) -> list[str]:
    """``"ru"``, ``"en"`` or ``"ru+en"`` (also ``"ru,en"``) as a list of languages."""
    parts = [p.strip() for p in value.replace(",", "+").split("+") if p.strip()]
    if not parts or any(p not in LANGS for p in parts):
        raise UserError(f"language must be ru, en or ru+en, not {value!r}", column="lang")
    return list(dict.fromkeys(parts))


def title(agr: Agreement, lang: str) -> str:
    """The agreement's title as stored, in ``lang`` when there is one."""
    return agr.title_en if lang == "en" and agr.title_en.strip() else agr.title


def organisation(org: Organisation | None, lang: str, short: bool = False) -> str:
    """The organisation's full (or short, when it has one) name in ``lang``."""
    if org is None:
        return ""
    if lang == "en":
        full = org.name_en or org.name
        brief = org.short_name_en or (org.short_name if not org.name_en else "")
    else:
        full, brief = org.name, org.short_name
    return (brief or full) if short else full


def side(s: Side, lang: str) -> str:
    return s.name_en if lang == "en" and s.name_en else s.name


def name(att: Attendee, lang: str, form: str = "text") -> str:
    """A participant's name: Name Surname in running text, Surname Name Patronymic in lists."""
    return person_name(att.person, lang, form)


def position(att: Attendee, lang: str) -> str:
    """The position as stored, in ``lang`` when there is one."""
    person = att.person
    return person.position_en if lang == "en" and person.position_en else person.position


def position_at(att: Attendee, org: Organisation | None, lang: str) -> str:
    """The position with the organisation when the position does not already name it.

    "Генеральный директор ОАО «Гомсельмаш»", "Governor of Ulyanovsk Region". An organisation whose
    name begins with its legal form (ОАО, ЗАО, ...) follows the position directly; any other goes in
    brackets, so that no Russian case has to be guessed.
    """
    pos = position(att, lang)
    org = org or att.organisation
    if org is None:
        return pos
    names = [n for n in (organisation(org, lang), organisation(org, lang, short=True)) if n]
    if not names:
        return pos
    if not pos:
        return names[0]
    if any(n.casefold() in pos.casefold() for n in names):
        return pos
    shown = organisation(org, lang, short=True)
    first = shown.split()[0] if shown.split() else ""
    if lang == "en":
        return f"{pos} of {shown}"
    if first.isupper() and len(first) >= 2:
        return f"{pos} {shown}"
    return f"{pos} ({shown})"


def name_with_position(att: Attendee, org: Organisation | None, lang: str, with_org: bool = True) -> str:
    """The person as an announcer names him or her, position with organisation and name.

    "Генеральный директор ОАО «Гомсельмаш» Александр Михайлович Лукашевич";
    "Aleksandr Lukashevich, Director General of OJSC Gomselmash". ``with_org=False`` leaves the
    organisation out (principals, whose positions already say it).
    """
    pos = position_at(att, org, lang) if with_org else position(att, lang)
    if not pos:
        return name(att, lang)
    return f"{name(att, lang)}, {pos}" if lang == "en" else f"{pos} {name(att, lang)}"
