"""The DOCX writer: a ``Document`` in Word, starting from templates/briefing.docx (or a user's letterhead).

Every look comes from the template's styles, looked up by their English names (Title, Heading 1-3, Normal,
List Bullet, List Number, Caption, TOC 1-2, Table Text, Protocol Table ...); a style the template lacks falls
back to Normal (or Table Grid for tables). Landscape pages are sections of their own; tables are written as XML
in one piece, so a table of thousands of rows takes a fraction of a second.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Emu, Length, Mm

from protocol_app.documents.docx_parts import (
    fill_header_footer,
    restart_numbering,
    toc_paragraphs,
    update_fields_on_open,
)
from protocol_app.documents.docx_xml import paragraph_xml, parse, table_xml
from protocol_app.documents.model import (
    BulletList,
    Document,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableOfContents,
    runs,
)
from protocol_app.errors import UserError
from protocol_app.words import said

PARAGRAPH_STYLES = {
    "body": "Normal",
    "small": "Small",
    "note": "Note",
    "caption": "Caption",
    "title": "Title",
    "subtitle": "Subtitle",
}
FIGURE_DPI = 200
TWIPS_PER_EMU = 1 / 635


def default_template() -> Path:
    """templates/briefing.docx, the shipped base of every Word document."""
    with as_file(files("templates").joinpath("briefing.docx")) as path:
        return Path(path)


def write_docx(doc: Document, target: Path | BinaryIO, template: Path | None = None) -> None:
    """Write ``doc`` as DOCX to a path or binary file object, styled by ``template`` (default: briefing.docx)."""
    template = Path(template) if template else default_template()
    try:
        word = docx.Document(str(template))
    except Exception as exc:  # python-docx raises several kinds for a file that is not a Word document
        raise UserError(said("template_unreadable", reason=exc), file=str(template)) from exc
    _Writer(word, doc).write()
    if isinstance(target, Path | str):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        word.save(str(target))
    else:
        word.save(target)


def _set(length: Length | None) -> Length:
    """A page size or margin, which the template sets (python-docx reads an unset one as None)."""
    if length is None:
        raise ValueError("the Word template leaves a page size or margin unset")
    return length


class _Writer:
    """Appends the blocks of a document to a python-docx document made from the template."""

    def __init__(self, word: WordDocument, doc: Document) -> None:
        self.word, self.doc = word, doc
        self.body = word.element.body
        self.style_ids = {style.name: style.style_id for style in word.styles}
        self.bookmarks = {id(b): f"_Toc{i:05d}" for i, b in enumerate(doc.blocks) if isinstance(b, Heading)}
        self.bookmark_no = 0
        self.first_number_list = True
        self.pending_break = False

    def write(self) -> None:
        self._clear_body()
        section = self.word.sections[0]
        self._orient(section, self.doc.orientation)
        section.different_first_page_header_footer = not self.doc.header_on_first_page
        fill_header_footer(self.word, section, self.doc.header, self.doc.footer, self.doc.lang)
        props = self.word.core_properties
        props.title, props.author, props.language = self.doc.title, self.doc.author, self.doc.lang
        for block in self.doc.blocks:
            self.block(block)
        if any(isinstance(b, TableOfContents) for b in self.doc.blocks):
            update_fields_on_open(self.word)

    def _clear_body(self) -> None:
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)

    def style(self, name: str, fallback: str | None = "Normal") -> str | None:
        return self.style_ids.get(name) or (self.style_ids.get(fallback) if fallback else None)

    def append(self, xml: str) -> BaseOxmlElement:
        element = parse(xml)
        if self.pending_break and element.tag != qn("w:p"):
            self.body.sectPr.addprevious(parse('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'))
            self.pending_break = False
        self.body.sectPr.addprevious(element)
        self._claim_break(element)
        return element

    def _claim_break(self, p: BaseOxmlElement) -> None:
        """A page break is 'page break before' on the next paragraph: no blank page after a full one."""
        if self.pending_break:
            p.get_or_add_pPr().pageBreakBefore_val = True
            self.pending_break = False

    def block(self, block: object) -> None:
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Paragraph):
            style = self.style(PARAGRAPH_STYLES.get(block.style, "Normal"))
            self.append(paragraph_xml(block.content, style, block.align))
        elif isinstance(block, BulletList):
            self.bullets(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure):
            self.figure(block)
        elif isinstance(block, PageBreak):
            self.page_break(block)
        elif isinstance(block, TableOfContents):
            self.contents(block)
        elif isinstance(block, Spacer):
            twips = round(block.height_mm * 56.7)
            self.append(f'<w:p><w:pPr><w:spacing w:before="{twips}" w:after="0"/></w:pPr></w:p>')
        else:
            raise TypeError(f"not a document block: {block!r}")

    def heading(self, block: Heading) -> None:
        level = min(max(block.level, 1), 3)
        style = self.style(f"Heading {level}")
        element = self.append(paragraph_xml(runs(block.text), style))
        name = self.bookmarks[id(block)]
        self.bookmark_no += 1
        ppr = element.find(qn("w:pPr"))
        start = parse(f'<w:bookmarkStart w:id="{self.bookmark_no}" w:name="{name}"/>')
        (ppr.addnext if ppr is not None else lambda e: element.insert(0, e))(start)
        element.append(parse(f'<w:bookmarkEnd w:id="{self.bookmark_no}"/>'))
        if not block.toc and ppr is not None:
            ppr.append(parse('<w:outlineLvl w:val="9"/>'))  # kept out of Word's contents

    def bullets(self, block: BulletList) -> None:
        style = self.style("List Number" if block.ordered else "List Bullet")
        num_id = None
        if block.ordered:
            num_id = None if self.first_number_list else restart_numbering(self.word)
            self.first_number_list = False
        for item in block.items:
            element = self.append(paragraph_xml(runs(item), style))
            if num_id is not None:
                element.find(qn("w:pPr")).append(
                    parse(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
                )

    def table(self, block: Table) -> None:
        if block.caption:
            element = self.append(paragraph_xml(runs(block.caption), self.style("Caption"), "left"))
            ppr = element.find(qn("w:pPr"))
            ppr.append(parse("<w:keepNext/>"))
            ppr.append(parse('<w:jc w:val="left"/>'))  # table captions stand above the table, flush left
        styles = {
            "table": self.style("Protocol Table", "Table Grid"),
            "text": self.style("Table Text"),
            "head": self.style("Table Heading", "Table Text") or self.style("Normal"),
        }
        self.append(table_xml(block, self.text_width_twips(), styles))
        self.append(f'<w:p><w:pPr><w:pStyle w:val="{self.style("Normal")}"/></w:pPr></w:p>')

    def figure(self, block: Figure) -> None:
        if block.graphic is not None:
            data = block.graphic.to_png(FIGURE_DPI)
            natural_w, natural_h = block.graphic.size_mm()
        elif block.image:
            data = block.image
            from PIL import Image as PILImage

            with PILImage.open(BytesIO(data)) as image:
                natural_w, natural_h = image.size
        else:
            return
        section = self._last_section()
        text_w = _set(section.page_width) - _set(section.left_margin) - _set(section.right_margin)
        text_h = _set(section.page_height) - _set(section.top_margin) - _set(section.bottom_margin) - Mm(25)
        width = min(Mm(block.width_mm) if block.width_mm else text_w, text_w)
        ratio = natural_h / natural_w if natural_w else 1.0
        if width * ratio > text_h:
            width = int(text_h / ratio)
        paragraph = self.word.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = bool(block.caption)
        paragraph.add_run().add_picture(BytesIO(data), width=Emu(int(width)))
        self._claim_break(paragraph._p)
        if block.caption:
            self.append(paragraph_xml(runs(block.caption), self.style("Caption"), "center"))

    def page_break(self, block: PageBreak) -> None:
        current = self._last_section()
        wanted = block.orientation
        is_landscape = current.orientation == WD_ORIENT.LANDSCAPE
        if wanted is None or (wanted == "landscape") == is_landscape:
            self.pending_break = True
            return
        self.pending_break = False
        section = self.word.add_section(WD_SECTION.NEW_PAGE)
        section.different_first_page_header_footer = False
        self._orient(section, wanted)

    def contents(self, block: TableOfContents) -> None:
        self.append(paragraph_xml(runs(block.title), self.style("TOC Heading", "Heading 1")))
        entries = [
            (b.text, self.bookmarks[id(b)], b.level)
            for b in self.doc.blocks
            if isinstance(b, Heading) and b.toc and b.level <= 2
        ]
        ids = {1: self.style("TOC 1"), 2: self.style("TOC 2", "TOC 1")}
        for xml in toc_paragraphs(entries, ids):
            self.append(xml)

    def _last_section(self) -> Section:
        """The section being written: the body's own ``sectPr`` (``Document.sections[-1]`` finds the same one
        by searching the whole body, which made a paper of 400 agreements quadratic)."""
        sect_pr = self.word.element.body.sectPr
        return Section(sect_pr, self.word.part) if sect_pr is not None else self.word.sections[-1]

    def text_width_twips(self) -> int:
        section = self._last_section()
        width = _set(section.page_width) - _set(section.left_margin) - _set(section.right_margin)
        return round(width * TWIPS_PER_EMU)

    @staticmethod
    def _orient(section: Section, orientation: str) -> None:
        landscape = orientation == "landscape"
        width, height = _set(section.page_width), _set(section.page_height)
        if (width > height) != landscape:
            section.page_width, section.page_height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
