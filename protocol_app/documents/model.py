"""The document model: what a list, a signing order or a briefing pack says, before it is Word or PDF.

Builders (attendee lists, signing papers, packs) produce a ``Document`` of blocks; the DOCX writer and the PDF
writer render the same blocks, so Word and PDF always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from typing_extensions import TypeIs

Align = Literal["left", "center", "right", "justify"]
Orientation = Literal["portrait", "landscape"]


@dataclass
class Run:
    """A piece of text with inline formatting."""

    text: str
    bold: bool = False
    italic: bool = False


Inline = str | Run
# Lists are invariant, so a list[Run] is not a list[Inline]: builders may pass any of the three.
Inlines = list[Inline] | list[Run] | list[str]


def runs(content: Inline | Inlines) -> list[Run]:
    """Normalise text, a run or a list of both to a list of runs."""
    items = content if isinstance(content, list) else [content]
    return [item if isinstance(item, Run) else Run(item) for item in items]


@dataclass
class Heading:
    """A heading; level 1 headings go into the table of contents (levels 1-2 where the writer can)."""

    text: str
    level: int = 1
    toc: bool = True


@dataclass
class Paragraph:
    """A paragraph of runs; ``style`` is one of body, small, caption, title, subtitle, note."""

    content: list[Run] = field(default_factory=list)
    style: str = "body"
    align: Align = "left"

    def __init__(self, content: Inline | Inlines = "", style: str = "body", align: Align = "left"):
        self.content = list(runs(content)) if content != "" else []
        self.style = style
        self.align = align


@dataclass
class BulletList:
    """A bulleted (or numbered) list; each item is text or runs."""

    items: list[Inline | Inlines]
    ordered: bool = False


CellContent = Inline | Inlines | list[Paragraph]


def is_paragraphs(content: CellContent) -> TypeIs[list[Paragraph]]:
    """Whether a cell's content is paragraphs (a non-empty list of them) rather than text or runs."""
    return isinstance(content, list) and bool(content) and all(isinstance(p, Paragraph) for p in content)


@dataclass
class Cell:
    """A table cell; spans merge cells to the right and below."""

    content: CellContent = ""
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False
    align: Align = "left"


CellLike = Cell | str


@dataclass
class Column:
    """A table column: its title and relative width (the writer scales widths to the text width)."""

    title: str
    width: float = 1.0
    align: Align = "left"


@dataclass
class Table:
    """A table whose header row repeats on every page; ``None`` in a row is covered by a span."""

    columns: list[Column]
    rows: list[list[CellLike | None]]
    header: bool = True
    caption: str = ""
    zebra: bool = False


class Graphic(Protocol):
    """A drawing computed once as geometry (a seating plan): vector for PDF, raster for Word."""

    def size_mm(self) -> tuple[float, float]:
        """The natural size in millimetres (width, height); writers scale it to fit."""
        ...

    def draw_pdf(self, canvas: object, x: float, y: float, width: float, height: float) -> None:
        """Draw on a reportlab canvas into the box (points, origin bottom left)."""
        ...

    def to_png(self, dpi: int = 200) -> bytes:
        """The drawing as a PNG at ``dpi``."""
        ...


@dataclass
class Figure:
    """An image (PNG/JPEG bytes) or a ``Graphic``, with a caption; ``width_mm`` 0 means the text width."""

    image: bytes | None = None
    graphic: Graphic | None = None
    caption: str = ""
    width_mm: float = 0.0


@dataclass
class PageBreak:
    """Start a new page; ``orientation`` switches the paper for the pages that follow."""

    orientation: Orientation | None = None


@dataclass
class Spacer:
    """Vertical space, e.g. on a cover page."""

    height_mm: float = 10.0


@dataclass
class TableOfContents:
    """The contents: the level 1 and 2 headings with page numbers."""

    title: str = "Содержание"


Block = Heading | Paragraph | BulletList | Table | Figure | PageBreak | TableOfContents | Spacer


@dataclass
class Document:
    """A whole document: metadata for headers and footers, then the blocks in order."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    lang: str = "ru"
    header: str = ""  # running header text, e.g. the event's name and date
    footer: str = ""  # running footer text beside the page number
    orientation: Orientation = "portrait"
    author: str = "Protocol Desk"
    header_on_first_page: bool = True  # False for a cover page without header, footer and page number

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self
