"""The fonts shipped in resources/fonts, and their one registration with reportlab.

PT Sans and PT Serif (ParaType, made for Russian) with bold and italic faces; Noto Sans Arabic and Droid Sans
Fallback (CJK) for scripts the PT fonts lack. The UI registers the same files with Qt.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

SANS = "PTSans"
SERIF = "PTSerif"
ARABIC = "NotoSansArabic"
CJK = "DroidSansFallback"

FAMILIES: dict[str, dict[str, str]] = {
    SANS: {
        "normal": "PTSans-Regular.ttf",
        "bold": "PTSans-Bold.ttf",
        "italic": "PTSans-Italic.ttf",
        "boldItalic": "PTSans-BoldItalic.ttf",
    },
    SERIF: {
        "normal": "PTSerif-Regular.ttf",
        "bold": "PTSerif-Bold.ttf",
        "italic": "PTSerif-Italic.ttf",
        "boldItalic": "PTSerif-BoldItalic.ttf",
    },
    ARABIC: {"normal": "NotoSansArabic-Regular.ttf", "bold": "NotoSansArabic-Bold.ttf"},
    CJK: {"normal": "DroidSansFallbackFull.ttf"},
}


def font_file(name: str) -> Path:
    """The path of a shipped font file (extracted to a real file if the package is zipped)."""
    resource = files("resources") / "fonts" / name
    with as_file(resource) as path:
        if not path.exists():
            raise FileNotFoundError(f"font {name} is missing from resources/fonts")
        return Path(path)


def all_font_files() -> list[Path]:
    """Every shipped font file, for the UI's font database."""
    return [font_file(f) for faces in FAMILIES.values() for f in faces.values()]


def face_name(family: str, bold: bool = False, italic: bool = False) -> str:
    """The reportlab font name of a face, e.g. ``PTSans-Bold``."""
    faces = FAMILIES[family]
    key = "boldItalic" if bold and italic else "bold" if bold else "italic" if italic else "normal"
    key = key if key in faces else ("bold" if bold and "bold" in faces else "normal")
    return face_name_for_key(family, key)


PDF_FONTS = threading.RLock()
"""Held while reportlab's TrueType faces are registered and around every ``canvas.save()`` (where a PDF's fonts
are embedded). The faces are shared by the process, and embedding subsets a face by reading its font file
through one cursor: two PDFs saved at once in two threads (the window's preview and a paper saved or printed
beside it) read each other's glyphs, which broke one of them or gave it wrong letters."""


def register_pdf_fonts() -> None:
    """Register every shipped face with reportlab once; later calls do nothing."""
    with PDF_FONTS:
        _register_pdf_fonts()


@cache
def _register_pdf_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for family, faces in FAMILIES.items():
        for key, filename in faces.items():
            pdfmetrics.registerFont(TTFont(face_name_for_key(family, key), str(font_file(filename))))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(family, bold, italic, face_name(family, bool(bold), bool(italic)))


def face_name_for_key(family: str, key: str) -> str:
    return family if key == "normal" else f"{family}-{key}"
