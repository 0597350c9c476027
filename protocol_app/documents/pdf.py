"""The PDF writer: a ``Document`` laid out on A4 with reportlab platypus.

Portrait and landscape page templates (a ``PageBreak`` may switch), the event's name in the running header,
"page N of M" in the footer, a contents with page numbers and links, a PDF outline, and fonts from
resources/fonts with fallbacks so that every character prints.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer

from protocol_app.documents import glyphs
from protocol_app.documents.model import (
    BulletList,
    Document,
    Figure,
    Heading,
    PageBreak,
    Spacer,
    Table,
    TableOfContents,
    runs,
)
from protocol_app.documents.model import (
    Paragraph as DocParagraph,
)
from protocol_app.documents.pdf_flowables import DeferredCanvas, GraphicFlowable, HeadingFlowable, TocEntry
from protocol_app.documents.pdf_styles import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MAX_HEADING,
    MUTED,
    PAGE_SIZES,
    clipped,
    clipped_text,
    family_of,
    frame_size,
    markup,
    plain_markup,
    style_for,
    styles,
)
from protocol_app.documents.pdf_tables import KeepWithTableStart, table_flowables
from protocol_app.fonts import SANS, SERIF

CAPTION_ROOM = 24.0  # points kept free under a figure for its caption


def write_pdf(doc: Document, target: Path | BinaryIO) -> None:
    """Write ``doc`` as an A4 PDF to a path or a binary file object."""
    glyphs.register()
    out: str | BinaryIO = str(target) if isinstance(target, Path | str) else target
    story = _Story(doc).flowables()
    template = BaseDocTemplate(
        out,
        pagesize=PAGE_SIZES[doc.orientation],
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=doc.title,
        author=doc.author,
        creator="Protocol Desk",
        lang="en" if doc.lang == "en" else "ru",
    )
    template.keepTogetherClass = KeepWithTableStart
    order = [doc.orientation] + [o for o in PAGE_SIZES if o != doc.orientation]
    template.addPageTemplates([_page_template(name, doc) for name in order])
    template.build(story, canvasmaker=_canvas_class(doc))


def page_label(page: int, total: int, lang: str) -> str:
    """'Стр. 2 из 9' / 'Page 2 of 9' (both for a bilingual document)."""
    ru, en = f"Стр. {page} из {total}", f"Page {page} of {total}"
    return en if lang == "en" else f"{ru} / {en}" if "+" in lang else ru


def _page_template(orientation: str, doc: Document) -> PageTemplate:
    width, height = frame_size(orientation)
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def header(canv: Canvas, _template: BaseDocTemplate) -> None:
        if canv.getPageNumber() == 1 and not doc.header_on_first_page:
            return
        if doc.header:
            para = Paragraph(plain_markup(clipped_text(doc.header, MAX_HEADING), SANS), styles()["furniture"])
            para.wrap(width, MARGIN_TOP)
            top = PAGE_SIZES[orientation][1] - MARGIN_TOP + 6 * mm
            para.drawOn(canv, MARGIN_LEFT, top)
            canv.saveState()
            canv.setStrokeColor(ACCENT)
            canv.setLineWidth(0.6)
            canv.line(MARGIN_LEFT, top - 2, MARGIN_LEFT + width, top - 2)
            canv.restoreState()

    return PageTemplate(id=orientation, frames=[frame], onPage=header, pagesize=PAGE_SIZES[orientation])


def _canvas_class(doc: Document) -> type[DeferredCanvas]:
    def furniture(canv: Canvas, page: int, total: int) -> None:
        if page == 1 and not doc.header_on_first_page:
            return
        page_width = canv._pagesize[0]
        width = page_width - MARGIN_LEFT - MARGIN_RIGHT
        y = MARGIN_BOTTOM - 10 * mm
        canv.saveState()
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_LEFT, y + 11, MARGIN_LEFT + width, y + 11)
        label = page_label(page, total, doc.lang)
        canv.setFont(SANS, 8.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(MARGIN_LEFT + width, y + 2, label)
        label_w = canv.stringWidth(label, SANS, 8.5)
        if doc.footer:
            text = Paragraph(plain_markup(clipped_text(doc.footer, MAX_HEADING), SANS), styles()["furniture"])
            text.wrap(width - label_w - 6 * mm, 20)
            text.drawOn(canv, MARGIN_LEFT, y)
        canv.restoreState()

    return type("PackCanvas", (DeferredCanvas,), {"furniture": staticmethod(furniture)})


class _Story:
    """Turns the blocks of a document into platypus flowables, tracking the page orientation."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.orientation = doc.orientation
        self.keys = {id(block): f"h{i}" for i, block in enumerate(doc.blocks) if isinstance(block, Heading)}

    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = []
        for block in self.doc.blocks:
            out.extend(self.block(block))
        return out

    def block(self, block: object) -> list[Flowable]:
        if isinstance(block, Heading):
            return [self.heading(block)]
        if isinstance(block, DocParagraph):
            return [self.paragraph(block)]
        if isinstance(block, BulletList):
            return [self.bullets(block)]
        if isinstance(block, Table):
            return table_flowables(block, frame_size(self.orientation)[0])
        if isinstance(block, Figure):
            return self.figure(block)
        if isinstance(block, PageBreak):
            return self.page_break(block)
        if isinstance(block, TableOfContents):
            return self.contents(block)
        if isinstance(block, Spacer):
            return [RLSpacer(1, block.height_mm * mm)]
        raise TypeError(f"not a document block: {block!r}")

    def heading(self, block: Heading) -> Flowable:
        level = min(max(block.level, 1), 3)
        style = styles()[f"h{level}"]
        items = clipped(runs(block.text), MAX_HEADING)
        text = markup(items, SANS, bold=True)
        return HeadingFlowable(text, style, self.keys[id(block)], "".join(r.text for r in items), level - 1)

    def paragraph(self, block: DocParagraph) -> Flowable:
        style = style_for(block.style, block.align)
        if not block.content:
            return RLSpacer(1, style.leading)
        family, bold = family_of(style)
        return Paragraph(markup(block.content, family, bold), style)

    def bullets(self, block: BulletList) -> Flowable:
        style = styles()["body"]
        items = [ListItem(Paragraph(markup(runs(item), SERIF), style)) for item in block.items]
        if block.ordered:
            return ListFlowable(
                items, bulletType="1", bulletFormat="%s.", bulletFontName=SERIF, leftIndent=7 * mm
            )
        return ListFlowable(
            items, bulletType="bullet", start="•", bulletFontName=SERIF, bulletFontSize=9, leftIndent=6 * mm
        )

    def figure(self, block: Figure) -> list[Flowable]:
        frame_w, frame_h = frame_size(self.orientation)
        width = min(block.width_mm * mm if block.width_mm else frame_w, frame_w)
        max_h = frame_h - (CAPTION_ROOM if block.caption else 0)
        parts: list[Flowable] = []
        if block.graphic is not None:
            parts.append(GraphicFlowable(block.graphic, width, max_h))
        elif block.image:
            img_w, img_h = ImageReader(BytesIO(block.image)).getSize()
            ratio = img_h / img_w if img_w else 1.0
            w, h = width, width * ratio
            if h > max_h:
                w, h = max_h / ratio, max_h
            parts.append(Image(BytesIO(block.image), width=w, height=h, hAlign="CENTER"))
        if block.caption:
            caption = clipped_text(block.caption, MAX_HEADING)
            parts.append(Paragraph(plain_markup(caption, SANS), styles()["caption"]))
        return [KeepTogether(parts)] if parts else []

    def page_break(self, block: PageBreak) -> list[Flowable]:
        out: list[Flowable] = []
        if block.orientation and block.orientation != self.orientation:
            out.append(NextPageTemplate(block.orientation))
            self.orientation = block.orientation
        out.append(RLPageBreak())
        return out

    def contents(self, block: TableOfContents) -> list[Flowable]:
        out: list[Flowable] = [Paragraph(plain_markup(block.title, SANS, bold=True), styles()["h1"])]
        for item in self.doc.blocks:
            if isinstance(item, Heading) and item.toc and item.level <= 2:
                out.append(TocEntry(markup(runs(item.text), SERIF), self.keys[id(item)], item.level))
        return out
