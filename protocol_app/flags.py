"""Flags of the parties: a country by its ISO 3166 code or its name (pycountry, Russian names from its gettext
catalogue), the flag-icons set (MIT, resources/flags) drawn into a PDF (vector, with svglib) or a Pillow image,
a region's own flag or emblem given as an image file, and a neutral mark for a side with no flag, never a wrong
one.

The PNG flags for Pillow are made from the SVGs once, by ``scripts/rasterise_flags.py``: the core has no SVG
rasteriser without Qt or cairo. The screen draws the SVG itself (``svg_path``, QtSvg).
"""

from __future__ import annotations

import gettext
import io
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry

from protocol_app import fonts
from protocol_app.errors import UserError
from protocol_app.words import said

if TYPE_CHECKING:  # imported where used: Pillow, reportlab and svglib cost time only a drawing needs
    from PIL import Image
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

MAX_IMAGE_BYTES = 2 * 1024 * 1024  # a flag or emblem file, as given
MAX_IMAGE_SIDE = 4000  # pixels, either way, before it is read
STORED_SIDE = 480  # pixels: the stored image is at most this wide or high
NEUTRAL_FILL, NEUTRAL_LINE = "#eeeeee", "#8a8a8a"

# Names officers write that pycountry does not give (its Russian names are the formal ones); no guess for an
# ambiguous name such as «Корея»: never a wrong flag.
_ALIASES = {
    "россия": "RU", "рф": "RU", "белоруссия": "BY", "рб": "BY", "сша": "US", "великобритания": "GB",
    "кнр": "CN", "кндр": "KP", "оаэ": "AE", "молдавия": "MD", "киргизстан": "KG", "кыргызстан": "KG",
    "южная корея": "KR", "usa": "US", "uk": "GB", "russia": "RU",
}  # fmt: skip
_DISPLAY_RU = {"US": "Соединённые Штаты Америки"}  # pycountry's catalogue writes «штаты»


@cache
def _russian() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


def _key(text: str) -> str:
    text = unicodedata.normalize("NFD", text.casefold().replace("ё", "е"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")  # «Респу́блика»: stress marks
    return " ".join(re.sub(r"[^\w\s-]", " ", text).split())


@cache
def _names() -> dict[str, str]:
    """Every name of every country, in English and Russian, by its key -> the alpha-2 code."""
    found: dict[str, str] = {}
    ru = _russian()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                found.setdefault(_key(name), country.alpha_2)
                found.setdefault(_key(ru.gettext(name)), country.alpha_2)
        found.setdefault(_key(country.alpha_3), country.alpha_2)
    found.update(_ALIASES)
    return found


def country_code(text: str) -> str | None:
    """The ISO 3166 alpha-2 code of a country given by its code (BY, BLR) or its name in Russian or English
    («Беларусь», «Республика Беларусь», "Belarus"); None when it names no country."""
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isalpha():
        found = pycountry.countries.get(alpha_2=stripped.upper())
        return found.alpha_2 if found else None
    return _names().get(_key(stripped))


def resolve_country(text: str) -> str:
    """``country_code``, or "" for no country; a name that is no country is the user's mistake."""
    if not text.strip():
        return ""
    code = country_code(text)
    if code is None:
        raise UserError(
            said("not_a_country", text=text.strip()),
            column="country",
        )
    return code


def country_name(code: str, lang: str = "en") -> str:
    """The country's short name in Russian or English ("" for an unknown code)."""
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return ""
    name = getattr(country, "common_name", None) or country.name
    if lang != "ru":
        return name
    return _DISPLAY_RU.get(country.alpha_2) or _russian().gettext(name)


# --- the files ----------------------------------------------------------------------------------------------
def _resource(folder: str, name: str) -> Path | None:
    resource = (
        files("resources") / "flags" / folder / name
    )  # one part a step: a frozen bundle's path takes one
    with as_file(resource) as path:
        return Path(path) if Path(path).is_file() else None


def svg_path(code: str) -> Path | None:
    """The flag-icons SVG (4:3) of a country, for the screen; None when there is none."""
    return _resource("4x3", f"{code.lower()}.svg") if re.fullmatch(r"[A-Za-z]{2}", code or "") else None


def png_path(code: str) -> Path | None:
    """The PNG made from the SVG (``scripts/rasterise_flags.py``), for Pillow."""
    return _resource("png", f"{code.lower()}.png") if re.fullmatch(r"[A-Za-z]{2}", code or "") else None


# --- a side's own image ---------------------------------------------------------------------------------------
def read_flag_image(path: str | Path) -> bytes:
    """A region's flag or emblem from an image file (PNG, JPEG, GIF, BMP, WebP), checked and stored as a PNG
    of at most ``STORED_SIDE`` pixels; anything else is the user's mistake."""
    from PIL import Image, UnidentifiedImageError

    file = Path(path)
    size = file.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise UserError(said("image_too_big", kb=size // 1024), file=str(file))
    data = file.read_bytes()
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in {"PNG", "JPEG", "GIF", "BMP", "WEBP"}:
                raise UserError(said("image_format_unread", format=image.format), file=str(file))
            if max(image.size) > MAX_IMAGE_SIDE:
                raise UserError(said("image_too_large", width=image.size[0], height=image.size[1], most=MAX_IMAGE_SIDE), file=str(file))  # fmt: skip
            image.load()
            picture = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise UserError(said("not_an_image", reason=exc), file=str(file)) from None
    picture.thumbnail((STORED_SIDE, STORED_SIDE))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


# --- drawing --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mark:
    """What stands for a party: its own image, else its country's flag, else the neutral mark."""

    country: str = ""
    image: bytes | None = None

    @property
    def neutral(self) -> bool:
        return self.image is None and svg_path(self.country) is None


def mark_of(country: str, image: bytes | None = None) -> Mark:
    """The mark of a side from its country (a code or a name) and its own image."""
    return Mark(country_code(country) or "" if country else "", image)


def fitted_size(mark: Mark, w: float, h: float) -> tuple[float, float]:
    """The size of the mark inside a w x h box, in its own proportions (4:3 for a flag)."""
    ratio = 4 / 3
    if mark.image is not None:
        from PIL import Image

        with Image.open(io.BytesIO(mark.image)) as image:
            ratio = image.width / max(image.height, 1)
    fw = min(w, h * ratio)
    return fw, fw / ratio


_DRAWING = threading.Lock()
"""Held while a flag's drawing (one per country and process, ``_svg_drawing``) is drawn into a document: the
window's preview and a document written at the same time draw in two threads."""


@cache
def _svg_drawing(code: str) -> Drawing | None:
    """The country's SVG as a reportlab drawing, read once per process."""
    from svglib.svglib import svg2rlg  # here, not at the top: 0.2 s that only drawing a PDF flag needs

    path = svg_path(code)
    if path is None:
        return None
    level = logging.getLogger("svglib").level
    logging.getLogger("svglib").setLevel(logging.ERROR)  # it names every SVG feature it leaves out
    try:
        drawing = svg2rlg(str(path))
    finally:
        logging.getLogger("svglib").setLevel(level)
    if drawing is None:  # pragma: no cover - svglib reads all 271 shipped SVGs (checked when added)
        return None
    fonts.register_pdf_fonts()
    drawing.initialFontName = fonts.face_name(fonts.SANS)  # not Helvetica: a PDF uses the shipped fonts only
    return drawing


def draw_pdf(canvas: Canvas, mark: Mark, x: float, y: float, w: float, h: float) -> None:
    """Draw ``mark`` into the box (x, y) w x h (the canvas's units; y up), hanging from the box's top left:
    a country's flag as one form XObject per document, an image as an image XObject."""
    from reportlab.graphics import renderPDF
    from reportlab.lib.colors import HexColor
    from reportlab.lib.utils import ImageReader

    fw, fh = fitted_size(mark, w, h)
    top = y + h - fh
    drawing = _svg_drawing(mark.country) if mark.image is None and mark.country else None
    canvas.saveState()
    if mark.image is not None:
        canvas.drawImage(ImageReader(io.BytesIO(mark.image)), x, top, fw, fh, mask="auto")
    elif drawing is not None:
        name = f"flag-{mark.country.lower()}"
        if not canvas.hasForm(name):
            canvas.beginForm(name, 0, 0, drawing.width, drawing.height)
            with _DRAWING:  # reportlab marks the drawing's nodes as it walks them: one walker at a time
                renderPDF.draw(drawing, canvas, 0, 0)
            canvas.endForm()
        canvas.translate(x, top)
        canvas.scale(fw / drawing.width, fh / drawing.height)
        canvas.doForm(name)
    else:
        canvas.setFillColor(HexColor(NEUTRAL_FILL))
        canvas.setStrokeColor(HexColor(NEUTRAL_LINE))
        canvas.setLineWidth(max(fw, fh) * 0.02)
        canvas.rect(x, top, fw, fh, fill=1, stroke=1)
    canvas.restoreState()


@cache
def _png(code: str) -> Image.Image:
    """A country's PNG flag, read once (only resized copies leave this module)."""
    from PIL import Image

    path = png_path(code)
    assert path is not None
    with Image.open(path) as image:
        return image.convert("RGBA")


def draw_pil(image: Image.Image, mark: Mark, x: float, y: float, w: float, h: float) -> None:
    """Draw ``mark`` on a Pillow image into the box at pixel (x, y) (top left) w x h, from its top left."""
    from PIL import Image, ImageDraw

    fw, fh = fitted_size(mark, w, h)
    size = (max(1, round(fw)), max(1, round(fh)))
    source = None
    if mark.image is not None:
        source = Image.open(io.BytesIO(mark.image)).convert("RGBA")
    elif png_path(mark.country) is not None:
        source = _png(mark.country.upper())
    if source is None:
        ImageDraw.Draw(image).rectangle([x, y, x + size[0], y + size[1]], fill=NEUTRAL_FILL,
                                        outline=NEUTRAL_LINE, width=max(1, round(size[0] * 0.03)))  # fmt: skip
        return
    picture = source.resize(size, Image.Resampling.LANCZOS)
    image.paste(picture, (round(x), round(y)), picture)
