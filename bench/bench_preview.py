"""Page previews: pypdfium2 against QtPdf (PySide6-Addons), rendering the demo's briefing pack.

Prints, for each library that can be imported, the time to open the PDF and render every page at 96 dpi and
at 150 dpi into a QImage, and the size the library adds to an install. QtPdf ships only in PySide6-Addons;
to measure it without installing the whole wheel, unpack its QtPdf files into a folder and pass it with
``--qtpdf-dir`` (that folder's ``PySide6`` is added to the package's path).
Run: ``python bench/bench_preview.py [--qtpdf-dir DIR]``.
"""

from __future__ import annotations

import argparse
import ctypes
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

import pypdfium2
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage

from protocol_app.demo import build_demo
from protocol_app.pack import write_pack
from protocol_app.store import open_store
from ui.preview_render import page_count, render_page


def _pdfium(path: Path, dpi: int) -> tuple[int, float]:
    started = time.perf_counter()
    pages = page_count(path)
    for number in range(pages):
        image = render_page(path, number, dpi / 72)
        assert not image.isNull()
    return pages, time.perf_counter() - started


def _pdfium_once(path: Path, dpi: int) -> tuple[int, float]:
    """pypdfium2 with the document opened once, as QtPdf is below: the libraries' own speed."""
    started = time.perf_counter()
    doc = pypdfium2.PdfDocument(str(path))
    for number in range(len(doc)):
        bitmap = doc[number].render(scale=dpi / 72, prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
        assert not image.copy().isNull()
    pages = len(doc)
    doc.close()
    return pages, time.perf_counter() - started


def _qtpdf(path: Path, dpi: int) -> tuple[int, float]:
    from PySide6.QtPdf import QPdfDocument

    started = time.perf_counter()
    doc = QPdfDocument()
    doc.load(str(path))
    for number in range(doc.pageCount()):
        points = doc.pagePointSize(number)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image: QImage = doc.render(number, size)
        assert not image.isNull()
    return doc.pageCount(), time.perf_counter() - started


def _size(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--qtpdf-dir", type=Path, help="a folder holding PySide6/QtPdf*.so and its Qt/lib")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(["bench", "-platform", "offscreen"])
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder) / "demo.sqlite")
        event_id = build_demo(db)
        pdf = write_pack(db, event_id, Path(folder) / "pack.pdf", "pdf", "ru+en")
        libraries = [
            ("pypdfium2 (the preview's ui/preview_render)", _pdfium),
            ("pypdfium2", _pdfium_once),
        ]
        if args.qtpdf_dir:
            import PySide6

            ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt/lib/libQt6Network.so.6"), ctypes.RTLD_GLOBAL)
            PySide6.__path__.append(str(args.qtpdf_dir / "PySide6"))
            libraries.append(("QtPdf", _qtpdf))
        for name, render in libraries:
            for dpi in (96, 150):
                render(pdf, dpi)  # warm up: libraries loaded, fonts cached
                runs = [render(pdf, dpi) for _ in range(5)]  # the best of five: the machine is shared
                pages, seconds = runs[0][0], min(s for _p, s in runs)
                print(
                    f"{name:10} {dpi} dpi: {pages} pages in {seconds * 1000:.0f} ms ({seconds * 1000 / pages:.1f} ms/page)"
                )
    site = Path(pypdfium2.__file__).parents[1]
    print(f"pypdfium2 installed: {sum(_size(p) for p in site.glob('pypdfium2*')):.1f} MB")
    if args.qtpdf_dir:
        print(
            f"QtPdf files alone: {_size(args.qtpdf_dir):.1f} MB (pip installs all of PySide6-Addons for them)"
        )
    del app


if __name__ == "__main__":
    main()
