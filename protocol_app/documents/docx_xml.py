"""WordprocessingML written as text for the DOCX writer: runs, paragraphs and whole tables.

python-docx is slow cell by cell (a 3,000-row table takes minutes); building the XML of a table as one string
and parsing it once with lxml takes well under a second. Text is escaped and stripped of characters XML forbids.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.xmlchemy import BaseOxmlElement

from protocol_app.documents.glyphs import split_arabic
from protocol_app.documents.model import Cell, CellLike, Run, Table, is_paragraphs, runs

NS = nsdecls("w")
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FIRST_TAG = re.compile(r"^<[\w:]+")
JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def text_xml(text: str) -> str:
    """Escaped text for ``w:t``, without characters XML cannot hold."""
    return escape(_FORBIDDEN.sub("", text))


def run_xml(run: Run, bold: bool = False) -> str:
    """One or more ``w:r`` for a run: line breaks as ``w:br``, tabs as ``w:tab``, Arabic marked right-to-left."""
    out = []
    for piece, rtl in split_arabic(run.text):
        props = ""
        if run.bold or bold:
            props += "<w:b/><w:bCs/>"
        if run.italic:
            props += "<w:i/><w:iCs/>"
        if rtl:
            props += "<w:rtl/>"
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        parts = []
        for i, line in enumerate(piece.split("\n")):
            if i:
                parts.append("<w:br/>")
            for j, chunk in enumerate(line.split("\t")):
                if j:
                    parts.append("<w:tab/>")
                if chunk:
                    parts.append(f'<w:t xml:space="preserve">{text_xml(chunk)}</w:t>')
        out.append(f"<w:r>{rpr}{''.join(parts)}</w:r>")
    return "".join(out)


def paragraph_xml(content: list[Run], style_id: str | None, align: str = "left", bold: bool = False) -> str:
    """A ``w:p`` (without namespace declaration) in the style ``style_id``."""
    ppr = ""
    if style_id:
        ppr += f'<w:pStyle w:val="{style_id}"/>'
    if align != "left":
        ppr += f'<w:jc w:val="{JC.get(align, "left")}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{''.join(run_xml(r, bold) for r in content)}</w:p>"


def parse(xml: str) -> BaseOxmlElement:
    """Parse one element written without a namespace declaration."""
    return parse_xml(_FIRST_TAG.sub(lambda m: f"{m.group(0)} {NS}", xml, count=1))


def table_xml(table: Table, width_twips: int, styles: dict[str, str | None]) -> str:
    """The ``w:tbl`` of ``table`` at ``width_twips``; ``styles`` maps table/text/head to style ids."""
    total = sum(max(col.width, 0.01) for col in table.columns)
    widths = [round(width_twips * max(col.width, 0.01) / total) for col in table.columns]
    style = f'<w:tblStyle w:val="{styles["table"]}"/>' if styles.get("table") else ""
    band = "0" if table.zebra else "1"
    out = [
        f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        f'<w:tblLook w:val="04A0" w:firstRow="{int(table.header)}" w:lastRow="0" w:firstColumn="0" '
        f'w:lastColumn="0" w:noHBand="{band}" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    if table.header:
        cells = "".join(
            _tc(widths[i], 1, "", paragraph_xml(runs(col.title), styles["head"], col.align, bold=True))
            for i, col in enumerate(table.columns)
        )
        out.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>")
    continued: dict[tuple[int, int], int] = {}  # (row, col) covered by a row span -> its colspan
    for r, row in enumerate(table.rows):
        cells_xml = []
        c = 0
        while c < len(table.columns):
            value = row[c] if c < len(row) else ""
            if (r, c) in continued:
                span = continued[(r, c)]
                cells_xml.append(_tc(sum(widths[c : c + span]), span, "<w:vMerge/>", "<w:p/>"))
                c += span
                continue
            colspan = min(value.colspan, len(widths) - c) if isinstance(value, Cell) else 1
            merge = ""
            if isinstance(value, Cell) and value.rowspan > 1:
                merge = '<w:vMerge w:val="restart"/>'
                for k in range(1, value.rowspan):
                    continued[(r + k, c)] = colspan
            body = _cell_body(value, table.columns[c].align, styles["text"])
            cells_xml.append(_tc(sum(widths[c : c + colspan]), colspan, merge, body))
            c += colspan
        out.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells_xml)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _tc(width: int, span: int, merge: str, body: str) -> str:
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}{merge}</w:tcPr>{body}</w:tc>'


def _cell_body(value: CellLike | None, align: str, style_id: str | None) -> str:
    if value is None or value == "":
        return f"<w:p>{_ppr(style_id)}</w:p>"
    if isinstance(value, str):
        return _text_cell(value, style_id, align)
    cell_align = value.align if value.align != "left" else align
    content = value.content
    if is_paragraphs(content):
        return "".join(paragraph_xml(p.content, style_id, cell_align, value.bold) for p in content)
    return paragraph_xml(runs(content), style_id, cell_align, value.bold)


@lru_cache(maxsize=4096)
def _text_cell(text: str, style_id: str | None, align: str) -> str:
    """The paragraph of a cell holding plain text: made once for the texts a long list repeats in every row
    (its sides, roles, organisations, positions)."""
    return paragraph_xml([Run(text)], style_id, align)


def _ppr(style_id: str | None) -> str:
    return f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id else ""
