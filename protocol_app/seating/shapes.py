"""Simple shapes in millimetres (origin bottom left) and their two renderers: reportlab (vector) and Pillow.

Text goes through the PDF writer's glyph module, so every character is printed by a shipped font that has
it (PT Sans, then Noto, Arabic and CJK fallbacks) in the PDF and in the PNG alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from protocol_app import fonts
from protocol_app.documents import glyphs
from protocol_app.flags import Mark
from protocol_app.flags import draw_pdf as draw_flag_pdf
from protocol_app.flags import draw_pil as draw_flag_pil

if TYPE_CHECKING:  # imported where used: a PDF needs no Pillow, a PNG no reportlab
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen.canvas import Canvas

PT = 25.4 / 72  # millimetres per point


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None
    stroke: str | None
    width: float = 0.5
    dash: bool = False


@dataclass
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None
    stroke: str | None
    width: float = 0.5


@dataclass
class Line:
    points: list[tuple[float, float]]
    stroke: str
    width: float = 0.5


@dataclass
class Poly:
    points: list[tuple[float, float]]
    fill: str | None
    stroke: str | None
    width: float = 0.5


@dataclass
class Text:
    x: float
    y: float  # the baseline
    text: str
    size: float  # points
    bold: bool = False
    anchor: str = "start"  # start, middle, end
    colour: str = "#000000"
    role: str = ""  # "name" for a person's name
    angle: float = 0.0  # degrees, counter-clockwise about (x, y); PDF only (place cards)


@dataclass
class FlagImage:
    """A party's flag (or its own emblem, or the neutral mark) in the box (x, y) w x h, hanging from its top."""

    x: float
    y: float
    w: float
    h: float
    mark: Mark


Shape = Rect | Circle | Line | Poly | Text | FlagImage


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in millimetres


def box(shape: Shape) -> Box:
    """The bounding box of a shape; a text's from a little below its baseline to the top of its capitals."""
    if isinstance(shape, Text):
        width = text_width(shape.text, shape.size, shape.bold)
        x0 = shape.x - (width / 2 if shape.anchor == "middle" else width if shape.anchor == "end" else 0)
        return (x0, shape.y - 0.22 * shape.size * PT, x0 + width, shape.y + 0.72 * shape.size * PT)
    if isinstance(shape, Circle):
        return (shape.cx - shape.r, shape.cy - shape.r, shape.cx + shape.r, shape.cy + shape.r)
    if isinstance(shape, (Rect, FlagImage)):
        return (shape.x, shape.y, shape.x + shape.w, shape.y + shape.h)
    xs, ys = [p[0] for p in shape.points], [p[1] for p in shape.points]
    return (min(xs), min(ys), max(xs), max(ys))


def hits(a: Box, shape: Shape, b: Box | None = None, slack: float = 0.15) -> bool:
    """Whether box ``a`` overlaps ``shape`` (a circle by its round edge, others by their boxes; ``b``, the
    shape's box when already known); boxes that merely touch (within ``slack`` millimetres) do not."""
    if b is None:
        b = box(shape)
    if not (a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack):
        return False
    if isinstance(shape, Circle):
        nx, ny = min(max(shape.cx, a[0]), a[2]), min(max(shape.cy, a[1]), a[3])
        return (nx - shape.cx) ** 2 + (ny - shape.cy) ** 2 < (shape.r - slack) ** 2
    return True


@lru_cache(maxsize=4096)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in millimetres at ``size`` points in the sans family (with fallbacks); remembered,
    as laying out a drawing asks for the same name at the same size many times."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    glyphs.register()
    total = 0.0
    for piece, family in glyphs.font_runs(text, fonts.SANS, bold):
        total += stringWidth(piece, glyphs.face(family, bold), size)
    return total * PT


# --- PDF -------------------------------------------------------------------------------------------------------
def render_pdf(
    shapes: list[Shape],
    canvas: Canvas,
    x: float,
    y: float,
    width: float,
    height: float,
    size_mm: tuple[float, float],
) -> None:
    """Draw ``shapes`` (a drawing of ``size_mm``) into the box (points) of a reportlab canvas."""
    from reportlab.lib.colors import HexColor

    glyphs.register()
    w_mm, h_mm = size_mm
    scale = min(width / w_mm, height / h_mm)
    canvas.saveState()
    canvas.translate(x + (width - w_mm * scale) / 2, y + (height - h_mm * scale) / 2)
    canvas.scale(scale, scale)  # one unit = one millimetre
    for shape in shapes:
        if isinstance(shape, Text):
            _pdf_text(canvas, shape)
            continue
        if isinstance(shape, FlagImage):
            draw_flag_pdf(canvas, shape.mark, shape.x, shape.y, shape.w, shape.h)
            continue
        fill_hex, stroke_hex = getattr(shape, "fill", None), getattr(shape, "stroke", None)
        fill = HexColor(fill_hex) if fill_hex else None
        stroke = HexColor(stroke_hex) if stroke_hex else None
        if fill is not None:
            canvas.setFillColor(fill)
        if stroke is not None:
            canvas.setStrokeColor(stroke)
        canvas.setLineWidth(max(shape.width, 0.01) * PT)
        canvas.setDash(1.2, 0.8) if getattr(shape, "dash", False) else canvas.setDash()
        flags = {"fill": int(fill is not None), "stroke": int(stroke is not None)}
        if isinstance(shape, Rect):
            canvas.rect(shape.x, shape.y, shape.w, shape.h, **flags)
        elif isinstance(shape, Circle):
            canvas.circle(shape.cx, shape.cy, shape.r, **flags)
        elif isinstance(shape, Line):
            path = canvas.beginPath()
            path.moveTo(*shape.points[0])
            for point in shape.points[1:]:
                path.lineTo(*point)
            canvas.drawPath(path, stroke=1, fill=0)
        elif isinstance(shape, Poly):
            path = canvas.beginPath()
            path.moveTo(*shape.points[0])
            for point in shape.points[1:]:
                path.lineTo(*point)
            path.close()
            canvas.drawPath(path, **flags)
    canvas.restoreState()


def _pdf_text(canvas: Canvas, shape: Text) -> None:
    from reportlab.lib.colors import HexColor

    size = shape.size * PT  # font size in millimetre units
    width = text_width(shape.text, shape.size, shape.bold)
    dx = -(width / 2 if shape.anchor == "middle" else width if shape.anchor == "end" else 0)
    canvas.saveState()
    canvas.translate(shape.x, shape.y)
    if shape.angle:
        canvas.rotate(shape.angle)
    canvas.setFillColor(HexColor(shape.colour))
    text = canvas.beginText(dx, 0)
    for piece, family in glyphs.font_runs(shape.text, fonts.SANS, shape.bold):
        text.setFont(glyphs.face(family, shape.bold), size)
        text.textOut(piece)
    canvas.drawText(text)
    canvas.restoreState()


# --- PNG -------------------------------------------------------------------------------------------------------
FILES = {
    fonts.SANS: ("PTSans-Regular.ttf", "PTSans-Bold.ttf"),
    glyphs.NOTO: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    fonts.ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    fonts.CJK: ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
}


@cache
def _pil_font(family: str, bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(str(fonts.font_file(FILES[family][int(bold)])), max(pixels, 4))


def render_png(shapes: list[Shape], size_mm: tuple[float, float], dpi: int) -> Image.Image:
    """A Pillow image of ``shapes`` at ``dpi`` (white background)."""
    from PIL import Image, ImageDraw

    k = dpi / 25.4
    w_px, h_px = round(size_mm[0] * k), round(size_mm[1] * k)
    image = Image.new("RGB", (w_px, h_px), "white")
    draw = ImageDraw.Draw(image)

    def at(x: float, y: float) -> tuple[float, float]:
        return (x * k, h_px - y * k)

    for shape in shapes:
        width = max(1, round(getattr(shape, "width", 0.5) * PT * k))
        if isinstance(shape, Rect):
            (x0, y1), (x1, y0) = at(shape.x, shape.y), at(shape.x + shape.w, shape.y + shape.h)
            draw.rectangle([x0, y0, x1, y1], fill=shape.fill, outline=shape.stroke if shape.width else None,
                           width=width)  # fmt: skip
        elif isinstance(shape, Circle):
            cx, cy = at(shape.cx, shape.cy)
            r = shape.r * k
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=shape.fill, outline=shape.stroke, width=width)
        elif isinstance(shape, Line):
            draw.line([at(*p) for p in shape.points], fill=shape.stroke, width=width)
        elif isinstance(shape, Poly):
            draw.polygon([at(*p) for p in shape.points], fill=shape.fill, outline=shape.stroke,
                         width=width if shape.stroke else 0)  # fmt: skip
        elif isinstance(shape, Text):
            _png_text(draw, shape, at, k)
        elif isinstance(shape, FlagImage):
            x0, y0 = at(shape.x, shape.y + shape.h)
            draw_flag_pil(image, shape.mark, x0, y0, shape.w * k, shape.h * k)
    return image


def _png_text(
    draw: ImageDraw.ImageDraw, shape: Text, at: Callable[[float, float], tuple[float, float]], k: float
) -> None:
    width = text_width(shape.text, shape.size, shape.bold)
    x = shape.x - (width / 2 if shape.anchor == "middle" else width if shape.anchor == "end" else 0)
    px, py = at(x, shape.y)
    pixels = round(shape.size * PT * k)
    for piece, family in glyphs.font_runs(shape.text, fonts.SANS, shape.bold):
        font = _pil_font(family, shape.bold, pixels)
        draw.text((px, py), piece, font=font, fill=shape.colour, anchor="ls")
        px += font.getlength(piece)
