"""Dates and names as protocol papers write them (GOST R 7.0.97-2016 for Russian dates)."""

from __future__ import annotations

from datetime import date as Date

_MONTHS_RU = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def numeric_date(iso: str) -> str:
    """11.07.2023"""
    d = Date.fromisoformat(iso)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def long_date(iso: str, lang: str = "ru") -> str:
    """«11 июля 2023 г.» in Russian, "11 July 2023" in English."""
    d = Date.fromisoformat(iso)
    if lang == "en":
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day} {_MONTHS_RU[d.month - 1]} {d.year} г."


def date_range(start: str, end: str | None, lang: str = "ru") -> str:
    """One date, or "10–13 July 2023" / «10–13 июля 2023 г.» for a span in one month."""
    if not end or end == start:
        return long_date(start, lang)
    a, b = Date.fromisoformat(start), Date.fromisoformat(end)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{long_date(end, lang)}"
    return f"{long_date(start, lang)} – {long_date(end, lang)}"


def person_name(person, lang: str = "ru", form: str = "list") -> str:
    """A person's name for documents.

    ``form``: "list" (Surname Name Patronymic, lists sorted by surname), "text" (Name Surname, running text)
    or "short" (Surname N.P., seating plans and cards). In English the passport Latin name is used when known
    (stored as "Given Surname"), else the Cyrillic name.
    """
    if lang == "en" and person.latin_name.strip():
        parts = person.latin_name.split()
        surname, given = parts[-1], " ".join(parts[:-1])
        if form == "text":
            return person.latin_name.strip()
        if form == "short":
            return f"{surname} {''.join(p[0] + '.' for p in given.split())}".strip()
        return f"{surname} {given}".strip()
    if form == "text":
        return person.display_name
    if form == "short":
        return person.short_name
    return person.full_name
