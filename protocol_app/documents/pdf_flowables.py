"""Flowables and the canvas of the PDF writer: headings with bookmarks, contents entries, graphics.

Page numbers ("page N of M") and the page numbers of the contents are known only when the last page is laid
out. Instead of laying the document out twice (platypus ``multiBuild``), the canvas keeps every page until
``save`` and then draws those numbers into the pages: the contents has a fixed height (its entries are the
document's headings, known in advance), so nothing moves. One pass, the same result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from protocol_app.documents.model import Graphic
from protocol_app.documents.pdf_styles import GRID, styles
from protocol_app.fonts import PDF_FONTS, SERIF

NUMBER_COLUMN = 14.0  # points reserved at the right of a contents entry for its page number


@dataclass
class _Slot:
    page: int
    x: float  # absolute right edge
    y: float  # absolute baseline
    key: str
    font: str
    size: float


class DeferredCanvas(Canvas):
    """A canvas that holds its pages until ``save`` to draw page numbers and contents page numbers.

    ``furniture(canvas, page, total)`` is called for every page at save time.
    """

    furniture: Callable[[Canvas, int, int], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or SERIF  # no unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.dest_pages: dict[str, int] = {}
        self.slots: list[_Slot] = []
        self.outline_level = -1

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        by_page: dict[int, list[_Slot]] = {}
        for slot in self.slots:
            by_page.setdefault(slot.page, []).append(slot)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            for slot in by_page.get(number, []):
                target = self.dest_pages.get(slot.key)
                if target is not None:
                    self.setFillColorRGB(0, 0, 0)
                    self.setFont(slot.font, slot.size)
                    self.drawRightString(slot.x, slot.y, str(target))
            if self.furniture is not None:
                self.furniture(self, number, total)
            Canvas.showPage(self)
        with PDF_FONTS:  # the fonts embedded one PDF at a time (fonts.PDF_FONTS)
            Canvas.save(self)


class HeadingFlowable(Paragraph):
    """A heading paragraph that marks its page for the contents, the PDF outline and links."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, title: str, level: int) -> None:
        super().__init__(text, style)
        self.key, self.title, self.level = key, title, level

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkPage(self.key)
        if isinstance(canv, DeferredCanvas):
            canv.dest_pages.setdefault(self.key, canv.getPageNumber())
            level = min(self.level, canv.outline_level + 1)
            canv.outline_level = level
            canv.addOutlineEntry(self.title, self.key, level=level)
        super().draw()


class TocEntry(Flowable):
    """One line of the contents: the heading's text, dot leaders, and its page number filled in at save."""

    def __init__(self, text: str, key: str, level: int):
        super().__init__()
        self.key = key
        self.style = styles()["toc1" if level <= 1 else "toc2"]
        self.para = Paragraph(text, self.style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _, self.height = self.para.wrap(avail_width - NUMBER_COLUMN - 6, avail_height)
        return avail_width, self.height

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def draw(self) -> None:
        canv = self.canv
        self.para.drawOn(canv, 0, 0)
        lines = self.para.blPara.lines
        last = lines[-1]
        extra = getattr(last, "extraSpace", None)
        if extra is None:
            extra = last[0]
        text_width = self.para.width - extra
        baseline = self.height - self.style.fontSize - (len(lines) - 1) * self.style.leading
        leader_end = self.width - NUMBER_COLUMN - 2
        if leader_end - text_width > 8:
            canv.saveState()
            canv.setStrokeColor(GRID)
            canv.setLineWidth(0.6)
            canv.setDash(0.6, 2.4)
            canv.line(text_width + 4, baseline + 1, leader_end, baseline + 1)
            canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)
        if isinstance(canv, DeferredCanvas):
            x, y = canv.absolutePosition(self.width, baseline)
            canv.slots.append(_Slot(canv.getPageNumber(), x, y, self.key, SERIF, self.style.fontSize))


class GraphicFlowable(Flowable):
    """A ``Graphic`` drawn as vector, scaled to the width asked (or the frame) and to at most ``max_height``."""

    def __init__(self, graphic: Graphic, width: float, max_height: float):
        super().__init__()
        self.graphic, self.want_width, self.max_height = graphic, width, max_height
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        natural_w, natural_h = self.graphic.size_mm()
        ratio = natural_h / natural_w if natural_w else 1.0
        width = min(self.want_width or avail_width, avail_width)
        height = width * ratio
        if height > self.max_height:
            height = self.max_height
            width = height / ratio
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        self.canv.saveState()
        self.graphic.draw_pdf(self.canv, 0, 0, self.width, self.height)
        self.canv.restoreState()
