"""Cell values of partners' lists read into the model's codes: roles, levels, gender, numbers, dates, languages.

Each ``parse_*`` takes the cell's text (not blank) and returns the value, or raises ``ValueError`` whose message
says what is wrong in words; the import puts it in its report with the row and column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from protocol_app.languages import known_language
from protocol_app.model import Level, Role
from protocol_app.words import LABELS, WordedError, code_for, said

# Words partners write besides the labels (words.LABELS) and the codes themselves.
ROLE_WORDS = {
    "глава": Role.PRINCIPAL,
    "руководитель делегации": Role.PRINCIPAL,
    "head": Role.PRINCIPAL,
    "head of delegation": Role.PRINCIPAL,
    "член": Role.MEMBER,
    "участник": Role.MEMBER,
    "delegate": Role.MEMBER,
    "переводчица": Role.INTERPRETER,
    "translator": Role.INTERPRETER,
    "журналист": Role.PRESS,
    "фотограф": Role.PRESS,
    "помощник": Role.SECRETARY,
    "assistant": Role.SECRETARY,
}
LEVEL_WORDS = {
    "государственное": Level.INTERSTATE,
    "правительственное": Level.INTERGOVERNMENTAL,
    "ведомственное": Level.INTERAGENCY,
    "inter-agency": Level.INTERAGENCY,
    "interdepartmental": Level.INTERAGENCY,
    "региональное": Level.INTERREGIONAL,
    "научное": Level.SCIENTIFIC,
    "science": Level.SCIENTIFIC,
    "коммерческое": Level.CORPORATE,
    "commercial": Level.CORPORATE,
}
GENDERS = {"м": "m", "муж": "m", "мужской": "m", "m": "m", "male": "m", "ж": "f", "жен": "f", "женский": "f",
           "f": "f", "female": "f", "w": "f"}  # fmt: skip
_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def _code_of(kind: str, text: str, more_words: Mapping[str, object], form: str = "") -> str:
    """The code of ``kind`` ("role", "level") a word names, in Russian or English (or its other ``form``);
    a worded refusal listing the words there are when it names none."""
    code = code_for(kind, text) or more_words.get(text.strip().casefold())
    if code is None and form:
        code = code_for(kind, form) or more_words.get(form)
    if code is None:
        words = ", ".join(f"{ru} / {en}" for ru, en in LABELS[kind].values())
        raise WordedError(said(f"unknown_{kind}", text=text, words=words))
    return str(code)


def parse_role(text: str) -> str:
    """A role code from its Russian or English word («глава делегации», "interpreter", "principal")."""
    return _code_of("role", text, ROLE_WORDS)


_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")


def parse_level(text: str) -> str:
    """An agreement level code from its word («межрегиональное», "corporate"), the Russian adjective in any
    gender or number («корпоративный», «межправительственная», «научно-технические»)."""
    return _code_of("level", text, LEVEL_WORDS, _ADJECTIVE_END.sub("ое", text.strip().casefold()))


def parse_gender(text: str) -> str:
    """ "m" or "f" from м/ж, муж./жен., m/f, male/female."""
    code = GENDERS.get(text.strip().casefold().rstrip("."))
    if code is None:
        raise WordedError(said("bad_gender", text=text))
    return code


MAX_NUMBER = 99_999


def parse_number(text: str) -> int:
    """A whole number from 1 to ``MAX_NUMBER`` (precedence, originals, order)."""
    text = text.strip()
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= MAX_NUMBER:
        raise WordedError(said("bad_number", text=text[:30], most=f"{MAX_NUMBER:,}"))
    return int(text)


def parse_date(text: str) -> str:
    """An ISO date from DD.MM.YYYY (also with / or -) or YYYY-MM-DD."""
    match = _DATE.match(text.strip())
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day).isoformat()
        return date.fromisoformat(text.strip()[:10]).isoformat()
    except ValueError:
        raise WordedError(said("bad_date", text=text)) from None


_AND = {"и", "and", "&"}  # «русский и английский», "Russian and English"


def parse_languages(text: str) -> str:
    """Language codes, comma separated, from «русский, английский», "ru/en", «рус. и белорусский», "Modern
    Greek and English" (``languages.known_language``); a word no standard names a language is a worded
    refusal (a typo would otherwise print as a language whose text the party supplies)."""
    codes: list[str] = []
    for part in re.split(r"[,;/+]+", text.strip().casefold()):
        words = [w for w in part.split() if w not in _AND]
        at = 0
        while at < len(words):
            code, length = _language_at(words, at)
            at += length
            if code not in codes:
                codes.append(code)
    return ",".join(codes)


def _language_at(words: list[str], at: int) -> tuple[str, int]:
    """The language named at ``words[at]`` and how many words name it: one word known by itself and followed
    by one known or by none («русский английский»), else a name of three or two words ("Modern Greek",
    «норвежский букмол»), else the one word."""
    single = known_language(words[at])
    if single is not None and (at + 1 == len(words) or known_language(words[at + 1]) is not None):
        return single, 1
    for length in (3, 2):
        if at + length <= len(words) and (code := known_language(" ".join(words[at : at + length]))):
            return code, length
    if single is None:
        raise WordedError(said("unknown_language", text=words[at]))
    return single, 1
