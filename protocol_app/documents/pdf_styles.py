"""The look of the PDF writer: page geometry, paragraph styles, table style, and runs turned into markup.

PT Serif is the body face, PT Sans the face of headings, tables, captions and page furniture. User text is
escaped for reportlab's paragraph mini-markup and split into font runs (see ``glyphs``), so any name prints.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from protocol_app.documents import glyphs
from protocol_app.documents.model import Run
from protocol_app.fonts import SANS, SERIF

PAGE_SIZES = {"portrait": A4, "landscape": landscape(A4)}
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 25 * mm, 15 * mm, 22 * mm, 20 * mm

ACCENT = colors.HexColor("#1f3864")  # dark navy for headings and rules
GRID = colors.HexColor("#6b7480")
HEAD_FILL = colors.HexColor("#e3e8ef")
ZEBRA_FILL = colors.HexColor("#f4f6f9")
MUTED = colors.HexColor("#555555")

ZWSP = "\u200b"
ELLIPSIS = "\u2026"
MAX_HEADING = 300  # characters of a heading, a caption or the running header
MAX_CELL = 300  # characters of a table cell (of each paragraph in a cell)
LONG_WORD = 30
WORD_PIECE = 12
_LONG_WORD = re.compile(rf"[^\s\u200b]{{{LONG_WORD + 1},}}")

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def _teach_reportlab_russian_words() -> None:
    """Let reportlab break an over-long word at its own hyphen when it is Russian or in «guillemets».

    reportlab's word-splitting patterns know only А-я (no ё, і, ў) and only English quotes, so it cut
    «Научно-производственный» as «Н|аучно-производственный» in a narrow column. The patterns are private
    module attributes; where a reportlab version lacks them nothing is changed.
    """
    from reportlab.platypus import paragraph as rl

    if not all(hasattr(rl, n) for n in ("_hy_letters", "_hy_shy", "_hy_pfx_pat", "_hy_sfx_pat")):
        return
    letters = rl._hy_letters + "\u0400-\u04ff"
    rl._hy_letters_pat = re.compile(f"^[{letters}]+$")
    rl._hy_shy_letters_pat = re.compile(f"^[{rl._hy_shy}{letters}]+$")
    rl._hy_pfx_pat = re.compile(rl._hy_pfx_pat.pattern.replace("]+", "\xab\u2039]+"))
    rl._hy_sfx_pat = re.compile(rl._hy_sfx_pat.pattern.replace("]+$", "\xbb\u203a]+$"))


_teach_reportlab_russian_words()


def frame_size(orientation: str) -> tuple[float, float]:
    """Width and height (points) of the text frame on a page of ``orientation``."""
    width, height = PAGE_SIZES[orientation]
    return width - MARGIN_LEFT - MARGIN_RIGHT, height - MARGIN_TOP - MARGIN_BOTTOM


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name: the model's paragraph styles, h1-h3, cell, head, toc1-2."""
    glyphs.register()
    # a word too long for its line (a narrow table column) breaks at its own hyphen before anywhere else
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=11, leading=14.5, spaceAfter=5, embeddedHyphenation=1
    )
    sans = ParagraphStyle("sans", fontName=SANS, fontSize=11, leading=14, embeddedHyphenation=1)
    centred = ParagraphStyle("centred", parent=sans, alignment=TA_CENTER)
    bold_sans = ParagraphStyle("bold_sans", parent=sans, fontName=glyphs.face(SANS, bold=True))
    heading = ParagraphStyle("heading", parent=bold_sans, keepWithNext=1)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=11.5, spaceAfter=3),
        "note": ParagraphStyle("note", parent=body, fontSize=9.5, leading=12, textColor=MUTED, spaceAfter=4),
        "caption": ParagraphStyle(
            "caption", parent=centred, fontSize=9, leading=11, textColor=MUTED, spaceBefore=3
        ),
        "table_caption": ParagraphStyle(
            "table_caption", parent=sans, fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=3
        ),
        "title": ParagraphStyle(
            "title",
            parent=bold_sans,
            fontSize=22,
            leading=27,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=12,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=centred, fontSize=14, leading=18, spaceAfter=6),
        "h1": ParagraphStyle(
            "h1", parent=heading, fontSize=15, leading=19, textColor=ACCENT, spaceBefore=10, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2", parent=heading, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=8, spaceAfter=5
        ),
        "h3": ParagraphStyle("h3", parent=heading, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=sans, fontSize=9, leading=11),
        "head": ParagraphStyle("head", parent=bold_sans, fontSize=9, leading=11),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=11, leading=15, spaceBefore=2),
        "toc2": ParagraphStyle("toc2", parent=body, fontSize=10, leading=13.5, leftIndent=6 * mm),
        "furniture": ParagraphStyle("furniture", parent=sans, fontSize=8.5, leading=10, textColor=MUTED),
    }


def style_for(name: str, align: str = "left") -> ParagraphStyle:
    """A paragraph style by the model's name (unknown names read as body), aligned as asked."""
    base = styles().get(name, styles()["body"])
    wanted = ALIGN.get(align, TA_LEFT)
    if align == "left" and base.alignment != TA_LEFT:
        return base  # the style's own alignment (centred title, caption) unless the block asks otherwise
    if base.alignment == wanted:
        return base
    return _aligned(base.name, wanted)


@cache
def _aligned(name: str, alignment: int) -> ParagraphStyle:
    base = styles()[name]
    return ParagraphStyle(f"{name}-{alignment}", parent=base, alignment=alignment)


def markup(content: list[Run], family: str, bold: bool = False) -> str:
    """Reportlab paragraph markup for ``content``: escaped, with bold/italic tags and fallback-font runs.

    ``bold`` makes every run bold (a style whose face is bold passes True so fallback runs match).
    """
    parts: list[str] = []
    for run in content:
        is_bold = bold or run.bold
        pieces = glyphs.font_runs(run.text, family, is_bold, run.italic)
        text = "".join(
            _escape(piece) if fam == family else f'<font face="{fam}">{_escape(piece)}</font>'
            for piece, fam in pieces
        )
        if run.bold and not bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def plain_markup(text: str, family: str, bold: bool = False) -> str:
    """Markup for plain text (one run)."""
    return markup([Run(text)], family, bold)


def _escape(text: str) -> str:
    return escape(breakable(text)).replace("\n", "<br/>")


def breakable(text: str) -> str:
    """``text`` with a zero-width space every ``WORD_PIECE`` letters of any word longer than ``LONG_WORD``.

    reportlab breaks a line at a zero-width space and draws nothing there; without one, its splitting of an
    over-long word (a name or a title of thousands of letters) takes time that grows with the square of the
    word and may seem never to end. Words of ordinary length keep their own hyphens as break points.
    """
    return _LONG_WORD.sub(lambda m: ZWSP.join(_pieces(m.group())), text)


def clipped(items: list[Run], limit: int) -> list[Run]:
    """The runs cut to ``limit`` characters in all, ending in «…» when cut: for a heading, a caption or a table
    cell, which reportlab cannot split across pages (the DOCX keeps the full text)."""
    out: list[Run] = []
    room = limit
    for run in items:
        if len(run.text) < room or (len(run.text) == room and run is items[-1]):
            out.append(run)
            room -= len(run.text)
            continue
        out.append(Run(run.text[: max(room - 1, 0)] + ELLIPSIS, bold=run.bold, italic=run.italic))
        break
    return out


def clipped_text(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in «…» when cut."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def _pieces(word: str) -> list[str]:
    return [word[i : i + WORD_PIECE] for i in range(0, len(word), WORD_PIECE)]


def family_of(style: ParagraphStyle) -> tuple[str, bool]:
    """The font family of a style and whether its face is bold."""
    name = style.fontName
    family = SANS if name.startswith(SANS) else SERIF
    return family, "Bold" in name or "bold" in name
