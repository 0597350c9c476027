"""Tables of the document model as reportlab tables: relative widths, repeated header, spans, wrapping cells."""

from __future__ import annotations

from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle
from reportlab.platypus import Spacer as RLSpacer

from protocol_app.documents.model import Cell, CellLike, Table, runs
from protocol_app.documents.model import Paragraph as DocParagraph
from protocol_app.documents.pdf_styles import (
    GRID,
    HEAD_FILL,
    ZEBRA_FILL,
    markup,
    plain_markup,
    style_for,
)
from protocol_app.fonts import SANS

_BASE_COMMANDS = [
    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("FONTNAME", (0, 0), (-1, -1), SANS),  # for empty cells: no unembedded Helvetica
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def table_flowables(table: Table) -> list[Flowable]:
    """The caption (above, as official papers place it) and the table itself."""
    out: list[Flowable] = []
    if table.caption:
        caption = Paragraph(plain_markup(table.caption, SANS), style_for("table_caption"))
        caption.keepWithNext = 1
        out.append(caption)
    total = sum(max(col.width, 0.01) for col in table.columns)
    widths = [f"{100 * max(col.width, 0.01) / total:.4f}%" for col in table.columns]
    data: list[list[object]] = []
    commands = list(_BASE_COMMANDS)
    if table.header:
        data.append(
            [
                Paragraph(plain_markup(col.title, SANS, bold=True), style_for("head", col.align))
                for col in table.columns
            ]
        )
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    offset = len(data)
    for r, row in enumerate(table.rows):
        cells: list[object] = []
        for c, col in enumerate(table.columns):
            value = row[c] if c < len(row) else ""
            cells.append(_cell(value, col.align))
            if isinstance(value, Cell) and (value.colspan > 1 or value.rowspan > 1):
                commands.append(
                    ("SPAN", (c, r + offset), (c + value.colspan - 1, r + offset + value.rowspan - 1))
                )
        data.append(cells)
    if table.zebra and table.rows:
        commands.append(("ROWBACKGROUNDS", (0, offset), (-1, -1), [None, ZEBRA_FILL]))
    if not data:
        return out
    flowable = LongTable(
        data, colWidths=widths, repeatRows=1 if table.header else 0, style=TableStyle(commands), hAlign="LEFT"
    )
    out.append(flowable)
    out.append(RLSpacer(1, 6))
    return out


def _cell(value: CellLike | None, align: str) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return Paragraph(plain_markup(value, SANS), style_for("cell", align)) if value else ""
    content = value.content
    cell_align = value.align if value.align != "left" else align
    if isinstance(content, list) and content and all(isinstance(p, DocParagraph) for p in content):
        return [
            Paragraph(
                markup(p.content, SANS, bold=value.bold),
                style_for("head" if value.bold else "cell", cell_align),
            )
            for p in content
        ]
    items = runs(content)  # type: ignore[arg-type]
    if not any(run.text for run in items):
        return ""
    style = style_for("head" if value.bold else "cell", cell_align)
    return Paragraph(markup(items, SANS, bold=value.bold), style)
