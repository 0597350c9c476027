"""Which shipped font prints each character, for the PDF writer.

The PT fonts cover Latin and Cyrillic (Russian, Belarusian ў і, Ukrainian); other characters are printed in the
first fallback font that has a glyph for them (Noto Sans, Noto Sans Arabic, Droid Sans Fallback for CJK).
Arabic is shaped (contextual letter forms) and put in right-to-left visual order, because reportlab draws
glyphs as given. A character no shipped font has is replaced by "?" rather than printed as an empty box.
"""

from __future__ import annotations

import re
from functools import cache

from protocol_app import fonts

NOTO = "NotoSans"  # Greek, Vietnamese and other scripts the PT fonts lack; registered here
FALLBACKS = (NOTO, fonts.ARABIC, fonts.CJK)
MISSING = "?"
_CONTROL = frozenset(map(ord, "\n\t\r"))

_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# A stretch of Arabic: Arabic letters, with spaces and Arabic punctuation between them.
_ARABIC_SPAN = re.compile(f"[{_ARABIC}](?:[{_ARABIC}\\s\u200c\u200d]*[{_ARABIC}])?")


@cache
def register() -> None:
    """Register the shipped fonts (and Noto Sans) with reportlab once."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts.register_pdf_fonts()
    pdfmetrics.registerFont(TTFont(NOTO, str(fonts.font_file("NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(f"{NOTO}-bold", str(fonts.font_file("NotoSans-Bold.ttf"))))
    for italic in (0, 1):
        addMapping(NOTO, 0, italic, NOTO)
        addMapping(NOTO, 1, italic, f"{NOTO}-bold")


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """The reportlab face name for a family (shipped or Noto Sans) in bold/italic, where the family has it."""
    if family == NOTO:
        return f"{NOTO}-bold" if bold else NOTO
    return fonts.face_name(family, bold, italic)


@cache
def cmap(face_name: str) -> frozenset[int]:
    """The code points a registered face has glyphs for."""
    from reportlab.pdfbase import pdfmetrics

    register()
    return frozenset(pdfmetrics.getFont(face_name).face.charToGlyph)


@cache
def _printable(face_name: str) -> frozenset[str]:
    """The characters a face prints, with line breaks and tabs, as a set of one-character strings."""
    return frozenset(map(chr, cmap(face_name) | _CONTROL))


def shape_arabic(text: str) -> str:
    """Arabic stretches of ``text`` shaped to presentation forms and reversed to visual (left-to-right) order."""
    if not _ARABIC_SPAN.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return _ARABIC_SPAN.sub(lambda m: get_display(arabic_reshaper.reshape(m.group(0)), base_dir="R"), text)


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds Arabic letters."""
    return _ARABIC_SPAN.search(text) is not None


def split_arabic(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_arabic) in logical order, for writers that shape text themselves (Word)."""
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in _ARABIC_SPAN.finditer(text):
        if match.start() > last:
            pieces.append((text[last : match.start()], False))
        pieces.append((match.group(0), True))
        last = match.end()
    if last < len(text) or not pieces:
        pieces.append((text[last:], False))
    return pieces


def font_runs(text: str, family: str, bold: bool = False, italic: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (text, family) pieces so that every character is printed by a face that has it.

    Arabic is shaped first. Whitespace stays in the font around it. Characters no font has become "?".
    """
    text = shape_arabic(text)
    if _printable(face(family, bold, italic)).issuperset(text):  # the common case: all in the main font
        return [(text, family)] if text else []
    pieces: list[tuple[str, str]] = []
    current = family
    buf: list[str] = []
    for ch in text:
        chosen = _family_for(ch, family, bold, italic, current)
        if chosen is None:
            ch, chosen = MISSING, family
        if chosen != current and buf:
            pieces.append(("".join(buf), current))
            buf = []
        current = chosen
        buf.append(ch)
    if buf:
        pieces.append(("".join(buf), current))
    return pieces


def _family_for(ch: str, family: str, bold: bool, italic: bool, current: str) -> str | None:
    code = ord(ch)
    if code in _CONTROL or (ch.isspace() and code in cmap(face(current, bold, italic))):
        return current  # line breaks and tabs are layout, not glyphs
    if code in cmap(face(family, bold, italic)):
        return family
    for fallback in FALLBACKS:
        if code in cmap(face(fallback, bold, italic)):
            return fallback
    return None
