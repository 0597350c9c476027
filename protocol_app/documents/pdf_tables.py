"""Tables of the document model as reportlab tables: relative widths, repeated header, spans, wrapping cells."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, TableStyle
from reportlab.platypus import Table as RLTable

from protocol_app.documents import glyphs
from protocol_app.documents.model import Cell, CellLike, Table, is_paragraphs, runs
from protocol_app.documents.pdf_styles import (
    GRID,
    HEAD_FILL,
    MAX_CELL,
    ZEBRA_FILL,
    clipped,
    clipped_text,
    markup,
    plain_markup,
    style_for,
)
from protocol_app.fonts import SANS

_PADDING = 4  # left and right cell padding, points
_BASE_COMMANDS = [
    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("FONTNAME", (0, 0), (-1, -1), SANS),  # for empty cells: no unembedded Helvetica
    ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def table_flowables(table: Table, frame_width: float | None = None) -> list[Flowable]:
    """The caption (above, as official papers place it) and the table itself.

    With ``frame_width`` (points) known, a plain-text cell that fits on one line in the main font is passed
    as a string, not a Paragraph: it looks the same and spares reportlab a line-breaking pass per cell
    (a 3,000-row list writes several times faster).
    """
    out: list[Flowable] = []
    if table.caption:
        caption = Paragraph(plain_markup(table.caption, SANS), style_for("table_caption"))
        caption.keepWithNext = 1
        out.append(caption)
    total = sum(max(col.width, 0.01) for col in table.columns)
    widths = [f"{100 * max(col.width, 0.01) / total:.4f}%" for col in table.columns]
    data: list[list[object]] = []
    commands = list(_BASE_COMMANDS)
    cell_style = style_for("cell")
    commands += [
        ("FONTSIZE", (0, 0), (-1, -1), cell_style.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell_style.leading),
    ]
    room = (
        [frame_width * max(col.width, 0.01) / total - 2 * _PADDING for col in table.columns]
        if frame_width
        else [0.0] * len(table.columns)
    )
    if table.header:
        data.append(
            [
                Paragraph(plain_markup(col.title, SANS, bold=True), style_for("head", col.align))
                for col in table.columns
            ]
        )
        head = len(data) - 1
        commands += [
            ("BACKGROUND", (0, head), (-1, head), HEAD_FILL),
            ("VALIGN", (0, head), (-1, head), "MIDDLE"),
        ]
    offset = len(data)
    for r, row in enumerate(table.rows):
        cells: list[object] = []
        for c, col in enumerate(table.columns):
            value = row[c] if c < len(row) else ""
            cells.append(_plain(value, room[c], cell_style.fontSize) or _cell(value, col.align))
            if isinstance(value, Cell) and (value.colspan > 1 or value.rowspan > 1):
                # A span never reaches past the table (reportlab fails on it; the DOCX writer clamps too).
                last_col = min(c + value.colspan, len(table.columns)) - 1
                last_row = min(r + value.rowspan, len(table.rows)) - 1 + offset
                commands.append(("SPAN", (c, r + offset), (last_col, last_row)))
        data.append(cells)
    commands += [
        ("ALIGN", (c, offset), (c, -1), col.align.upper())
        for c, col in enumerate(table.columns)
        if col.align in ("center", "right")
    ]
    if table.zebra and table.rows:
        commands.append(("ROWBACKGROUNDS", (0, offset), (-1, -1), [None, ZEBRA_FILL]))
    if not data:
        return out
    flowable = LongTable(
        data,
        colWidths=widths,
        repeatRows=1 if table.header else 0,
        style=TableStyle(commands),
        hAlign="LEFT",
    )
    flowable.spaceAfter = 6  # space, not a Spacer: it vanishes at a page's foot instead of making a page
    out.append(flowable)
    return out


def _plain(value: CellLike | None, room: float, size: float) -> str | None:
    """``value`` as a plain string when it prints on one line in the main font, else None."""
    if not isinstance(value, str) or not value or room <= 0 or "\n" in value:
        return None
    if glyphs.font_runs(value, SANS) != [(value, SANS)]:
        return None
    return value if stringWidth(value, SANS, size) <= room else None


def _cell(value: CellLike | None, align: str) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return (
            Paragraph(plain_markup(clipped_text(value, MAX_CELL), SANS), style_for("cell", align))
            if value
            else ""
        )
    content = value.content
    cell_align = value.align if value.align != "left" else align
    if is_paragraphs(content):
        return [
            Paragraph(
                markup(clipped(runs(p.content), MAX_CELL), SANS, bold=value.bold),
                style_for("head" if value.bold else "cell", cell_align),
            )
            for p in content
        ]
    items = clipped(runs(content), MAX_CELL)
    if not any(run.text for run in items):
        return ""
    style = style_for("head" if value.bold else "cell", cell_align)
    return Paragraph(markup(items, SANS, bold=value.bold), style)


class KeepWithTableStart(KeepTogether):
    """Keeps headings and captions with what follows; before a table, with its first rows only.

    platypus keeps a keep-with-next heading together with the whole next flowable, so a heading before a
    long table moves to a new page and leaves the page before it blank. Here the group goes on when the
    heading, the header row and the first data rows fit; the table then splits itself across pages.
    """

    START_ROWS = 3

    def split(self, aW: float, aH: float) -> list[Flowable]:
        *lead, last = self._content
        if lead and isinstance(last, RLTable):
            need = sum(f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in lead)
            last.wrap(aW, aH)
            need += sum(last._rowHeights[: self.START_ROWS + (1 if last.repeatRows else 0)])
            if need <= aH:
                return list(self._content)
        return super().split(aW, aH)
