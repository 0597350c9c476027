"""Pages of a PDF as images, through pypdfium2 (PDFium): what the preview shows and what goes to a printer.

pypdfium2 was chosen over QtPdf (both wrap PDFium; bench/bench_preview.py, the demo's 10-page pack): QtPdf
renders a page in 5 ms at 96 dpi, pypdfium2 in 10 ms (opening the file for each page), both far below what an
officer notices; but QtPdf comes only in PySide6-Addons, a 175 MB wheel (440 MB installed) around 6 MB of
QtPdf, while pypdfium2 adds 9 MB. PDFium is not thread-safe: every call holds one lock, so a preview job and
a print never render at the same time.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2
from PySide6.QtGui import QImage

_lock = threading.Lock()


def page_count(path: Path) -> int:
    """How many pages the PDF at ``path`` has."""
    with _lock:
        doc = pypdfium2.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()


def page_size_points(path: Path, number: int) -> tuple[float, float]:
    """The width and height of page ``number`` (from 0) in points (1/72 inch)."""
    with _lock:
        doc = pypdfium2.PdfDocument(str(path))
        try:
            width, height = doc[number].get_size()
            return float(width), float(height)
        finally:
            doc.close()


def render_page(path: Path, number: int, scale: float) -> QImage:
    """Page ``number`` (from 0) as an image of ``scale`` pixels per point, on white."""
    with _lock:
        doc = pypdfium2.PdfDocument(str(path))
        try:
            bitmap = doc[number].render(scale=scale, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
            )
            return image.copy()  # owns its pixels once PDFium's bitmap is gone
        finally:
            doc.close()
