"""Dates as protocol papers write them (GOST R 7.0.97-2016 for Russian dates); names: ``name_forms``."""

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
