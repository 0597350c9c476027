"""Build templates/briefing.docx, the Word base of every document (run once; the .docx is committed).

The DOCX writer takes its whole look from this file: A4 and margins, fonts (PT Serif body, PT Sans headings and
tables), the styles it uses by their English names, and the running header and footer with the placeholders
``{header}``, ``{footer}`` and ``{page}`` (replaced by the event's name, the footer text and "page N of M").
A ministry can put its own letterhead file in its place: same style names, any fonts, margins or logo.

    python templates/make_templates.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

SERIF, SANS = "PT Serif", "PT Sans"
ACCENT = RGBColor(0x1F, 0x38, 0x64)
MUTED = RGBColor(0x55, 0x55, 0x55)
TEXT_WIDTH_MM = 170  # A4 210 mm less the 25 mm and 15 mm margins


def build(path: Path) -> None:
    """Write the briefing template to ``path``."""
    doc = Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(15)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)

    _styles(doc)
    _header_footer(doc)
    doc.core_properties.title = "Protocol Desk briefing template"
    doc.core_properties.author = "Protocol Desk"
    doc.save(path)


def _font(style, name: str, size: float, bold: bool = False, italic: bool = False, color=None) -> None:
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), name)
    fonts.set(qn("w:hAnsi"), name)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    color_el = rpr.find(qn("w:color"))
    if color_el is not None:
        rpr.remove(color_el)
    if color is not None:
        style.font.color.rgb = color


def _spacing(style, before: float = 0, after: float = 0, keep_next: bool = False, align=None) -> None:
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.keep_with_next = keep_next
    if align is not None:
        fmt.alignment = align


def _paragraph_style(doc, name: str, base: str = "Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles[base]
        style.quick_style = True
        return style


def _styles(doc) -> None:
    normal = doc.styles["Normal"]
    _font(normal, SERIF, 11)
    _spacing(normal, after=5)
    normal.paragraph_format.line_spacing = 1.1
    lang = parse_xml(f'<w:lang {nsdecls("w")} w:val="ru-RU" w:eastAsia="zh-CN" w:bidi="ar-SA"/>')
    normal.element.get_or_add_rPr().append(lang)

    _font(doc.styles["Title"], SANS, 22, bold=True, color=ACCENT)
    _spacing(doc.styles["Title"], before=0, after=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    title_ppr = doc.styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    _font(doc.styles["Subtitle"], SANS, 14, color=RGBColor(0, 0, 0))
    _spacing(doc.styles["Subtitle"], after=6, align=WD_ALIGN_PARAGRAPH.CENTER)
    for level, size, before, after in ((1, 15, 12, 8), (2, 12.5, 10, 5), (3, 11, 8, 3)):
        style = doc.styles[f"Heading {level}"]
        _font(style, SANS, size, bold=True, color=ACCENT if level < 3 else None)
        _spacing(style, before=before, after=after, keep_next=True)
    _font(doc.styles["TOC Heading"], SANS, 15, bold=True, color=ACCENT)
    _spacing(doc.styles["TOC Heading"], before=0, after=8, keep_next=True)

    caption = doc.styles["Caption"]
    _font(caption, SANS, 9, color=MUTED)
    _spacing(caption, before=3, after=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    for name in ("List Bullet", "List Number"):
        _spacing(doc.styles[name], after=3)

    small = _paragraph_style(doc, "Small")
    _font(small, SERIF, 9)
    _spacing(small, after=3)
    note = _paragraph_style(doc, "Note")
    _font(note, SERIF, 9.5, color=MUTED)
    _spacing(note, after=4)
    cell = _paragraph_style(doc, "Table Text")
    _font(cell, SANS, 9)
    _spacing(cell, after=0)
    cell.paragraph_format.line_spacing = 1.0
    head = _paragraph_style(doc, "Table Heading", base="Table Text")
    _font(head, SANS, 9, bold=True)
    for level, indent in ((1, 0), (2, 6)):
        toc = _paragraph_style(doc, f"TOC {level}")
        _font(toc, SERIF, 11 if level == 1 else 10)
        _spacing(toc, before=2 if level == 1 else 0, after=2)
        toc.paragraph_format.left_indent = Mm(indent)
        toc.paragraph_format.tab_stops.add_tab_stop(
            Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
    for name in ("Header", "Footer"):
        style = doc.styles[name]
        _font(style, SANS, 8.5, color=MUTED)
        style.paragraph_format.tab_stops.clear_all()
        style.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
    _table_style(doc)


def _table_style(doc) -> None:
    """'Protocol Table': thin grey grid, shaded bold header row, light banded rows when asked."""
    xml = f"""
    <w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="ProtocolTable">
      <w:name w:val="Protocol Table"/>
      <w:basedOn w:val="TableNormal"/>
      <w:uiPriority w:val="59"/>
      <w:qFormat/>
      <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
      <w:tblPr>
        <w:tblStyleRowBandSize w:val="1"/>
        <w:tblBorders>
          <w:top w:val="single" w:sz="4" w:space="0" w:color="6B7480"/>
          <w:left w:val="single" w:sz="4" w:space="0" w:color="6B7480"/>
          <w:bottom w:val="single" w:sz="4" w:space="0" w:color="6B7480"/>
          <w:right w:val="single" w:sz="4" w:space="0" w:color="6B7480"/>
          <w:insideH w:val="single" w:sz="4" w:space="0" w:color="6B7480"/>
          <w:insideV w:val="single" w:sz="4" w:space="0" w:color="6B7480"/>
        </w:tblBorders>
        <w:tblCellMar>
          <w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>
          <w:bottom w:w="50" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>
        </w:tblCellMar>
      </w:tblPr>
      <w:tblStylePr w:type="firstRow">
        <w:rPr><w:b/></w:rPr>
        <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E3E8EF"/><w:vAlign w:val="center"/></w:tcPr>
      </w:tblStylePr>
      <w:tblStylePr w:type="band2Horz">
        <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F4F6F9"/></w:tcPr>
      </w:tblStylePr>
    </w:style>"""
    doc.styles.element.append(parse_xml(xml))


def _header_footer(doc) -> None:
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    header.text = "{header}"
    ppr = header._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" w:color="1F3864"/></w:pBdr>'
        )
    )
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.text = "{footer}\t{page}"
    footer._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="1" w:color="1F3864"/></w:pBdr>'
        )
    )


if __name__ == "__main__":
    build(Path(__file__).with_name("briefing.docx"))
