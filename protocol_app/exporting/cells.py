"""Cells safe for spreadsheets: text that a spreadsheet would run as a formula is neutralised."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula (or DDE): it starts with = + - @ tab CR LF."""
    return text.startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when it looks like a formula (OWASP CSV injection advice)."""
    return f"'{text}" if is_formula_like(text) else text
