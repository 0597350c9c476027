"""Pages of a PDF as images, through pypdfium2 (PDFium): what the preview shows and what goes to a printer.

pypdfium2 was chosen over QtPdf (bench/bench_preview.py, the demo's 10-page pack, best of five on the shared
test machine): both wrap PDFium and render about as fast (QtPdf 5 ms a page at 96 dpi and 12 ms at 150 dpi,
pypdfium2 7 and 12 ms; 10 and 13 ms through this module, QImage included), but QtPdf comes only in
PySide6-Addons, a 175 MB wheel (440 MB installed) around 6 MB of QtPdf, while pypdfium2 adds 9 MB.
PDFium is not thread-safe: every call holds one lock, so a preview job and a print never render at once.
The last document opened stays open (turning pages does not read the file again) until another is asked for
or the file changes.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2
from PySide6.QtGui import QImage

_lock = threading.Lock()
_open: tuple[Path, int, int, pypdfium2.PdfDocument] | None = None  # path, size, mtime, document


def _document(path: Path) -> pypdfium2.PdfDocument:
    """The document at ``path``, opened once while it is the one asked for (call with the lock held)."""
    global _open
    stat = Path(path).stat()
    if _open is not None and _open[:3] == (Path(path), stat.st_size, stat.st_mtime_ns):
        return _open[3]
    if _open is not None:
        _open[3].close()
        _open = None
    doc = pypdfium2.PdfDocument(str(path))
    _open = (Path(path), stat.st_size, stat.st_mtime_ns, doc)
    return doc


def page_count(path: Path) -> int:
    """How many pages the PDF at ``path`` has."""
    with _lock:
        return len(_document(path))


def page_size_points(path: Path, number: int) -> tuple[float, float]:
    """The width and height of page ``number`` (from 0) in points (1/72 inch)."""
    with _lock:
        width, height = _document(path)[number].get_size()
        return float(width), float(height)


def render_page(path: Path, number: int, scale: float) -> QImage:
    """Page ``number`` (from 0) as an image of ``scale`` pixels per point, on white."""
    with _lock:
        page = _document(path)[number]
        bitmap = page.render(scale=scale, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
        return image.copy()  # owns its pixels once PDFium's bitmap is gone
