"""Make the PNG flags of resources/flags/png/ from the SVGs of resources/flags/4x3/ (run after updating them).

The PNG plans draw flags with Pillow, which cannot read SVG; the core has no SVG rasteriser without Qt or cairo.
So each SVG is drawn by svglib into a PDF page (as in PDF plans) and rasterised by poppler's ``pdftoppm``, at
``WIDTH`` x ``HEIGHT`` pixels: large enough for a flag of up to 17 mm on a 200 dpi plan. Needs poppler-utils.

    python scripts/rasterise_flags.py
"""

from __future__ import annotations

import logging
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image
from reportlab.graphics import renderPDF
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

ROOT = Path(__file__).resolve().parent.parent / "resources" / "flags"
WIDTH, HEIGHT = 160, 120


def main() -> int:
    logging.disable(logging.WARNING)  # svglib names every SVG feature it leaves out
    svgs = sorted((ROOT / "4x3").glob("*.svg"))
    out = ROOT / "png"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "flags.pdf"
        canvas = Canvas(str(pdf), pagesize=(WIDTH, HEIGHT))
        for svg in svgs:
            drawing = svg2rlg(str(svg))
            canvas.scale(WIDTH / drawing.width, HEIGHT / drawing.height)
            renderPDF.draw(drawing, canvas, 0, 0)
            canvas.showPage()
        canvas.save()
        subprocess.run(["pdftoppm", "-png", "-r", "72", "-aa", "yes", "-aaVector", "yes", str(pdf),
                        str(Path(tmp) / "p")], check=True)  # fmt: skip
        pages = sorted(Path(tmp).glob("p-*.png"))
        for svg, page in zip(svgs, pages, strict=True):
            image = Image.open(page).convert("RGB").resize((WIDTH, HEIGHT))
            image.save(out / f"{svg.stem}.png", optimize=True)
    print(f"{len(svgs)} flags written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
