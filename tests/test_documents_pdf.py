"""The PDF writer, checked by reading the PDF back: text, fonts, glyphs, header, page numbers, orientation."""

from __future__ import annotations

import unicodedata
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from pdf_text import text_of_pdf
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile
from threads import at_once

from protocol_app.documents import glyphs, render
from protocol_app.documents.model import (
    BulletList,
    Cell,
    Column,
    Document,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Table,
    TableOfContents,
)
from protocol_app.documents.pdf import write_pdf
from protocol_app.fonts import CJK, SANS, SERIF

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
CHINESE = "王毅"
ARABIC = "محمد بن سلمان"
BELARUSIAN = "Лукашэнка Аляксандр Рыгоравіч з Шклоўшчыны"


class Plan:
    """A small Graphic, as the seating module provides one."""

    def __init__(self):
        self.boxes: list[tuple[float, float, float, float]] = []

    def size_mm(self):
        return (280.0, 140.0)

    def draw_pdf(self, canvas, x, y, width, height):
        self.boxes.append((x, y, width, height))
        canvas.rect(x, y, width, height)
        canvas.setFont(SANS, 10)
        canvas.drawString(x + 10, y + 10, "Стол переговоров")

    def to_png(self, dpi=200):
        from PIL import Image

        out = BytesIO()
        Image.new("RGB", (560, 280), "white").save(out, "PNG")
        return out.getvalue()


def sample(rows: int = 120) -> Document:
    doc = Document(title="Проба", header="Иннопром-2023 · 11 июля 2023 г.", footer="Справочные материалы")
    doc.add(
        TableOfContents(),
        Heading("Цель встречи"),
        Paragraph(
            ["Текст с ", Run("жирным", bold=True), " и ", Run("курсивом", italic=True), " <b>&amp; 5 < 6"]
        ),
        Paragraph(f"Белорусская сторона: {BELARUSIAN}."),
        BulletList(["первый пункт", "второй пункт"]),
        Heading("Участники", level=1),
        Table(
            [Column("№", 0.4, "right"), Column("ФИО", 2), Column("Должность", 3)],
            [[str(i), f"Участник {i:04d}", "Заместитель министра " * (1 + i % 3)] for i in range(1, rows + 1)]
            + [[Cell("объединённая ячейка", colspan=2), None, "последняя строка"]],
            caption="Таблица 1. Участники",
        ),
        Heading("Гости", level=2),
        Paragraph(f"Китай: {CHINESE}. Саудовская Аравия: {ARABIC}. Знак вне шрифтов: \U0001f600."),
        PageBreak("landscape"),
        Heading("Рассадка"),
        Figure(graphic=Plan(), caption="Схема рассадки"),
        PageBreak("portrait"),
        Heading("Контакты"),
        Paragraph("Протокольная служба"),
    )
    return doc


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> PdfReader:
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    render(sample(), path)
    return PdfReader(path)


def text_of(reader: PdfReader) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def test_text_reads_back_with_names_in_every_script(pdf):
    text = text_of(pdf)
    assert BELARUSIAN in text.replace("\n", " ")
    assert CHINESE in text
    assert ARABIC in text
    assert "Участник 0001" in text and "Участник 0120" in text
    assert "<b>&amp; 5 < 6" in text  # user text is escaped, not read as markup
    assert "\U0001f600" not in text


def test_header_and_page_numbers_on_every_page(pdf):
    total = len(pdf.pages)
    assert total >= 5
    for number, page in enumerate(pdf.pages, start=1):
        text = page.extract_text()
        assert "Иннопром-2023 · 11 июля 2023 г." in text
        assert f"Стр. {number} из {total}" in text
        assert "Справочные материалы" in text


def test_table_header_repeats_on_each_page_of_the_table(pdf):
    pages = [p.extract_text() for p in pdf.pages]
    table_pages = [t for t in pages if "Участник 0" in t]
    assert len(table_pages) >= 2
    for text in table_pages:
        assert "ФИО" in text and "Должность" in text


def test_contents_lists_headings_with_their_pages(pdf):
    pages = [p.extract_text() for p in pdf.pages]
    lines: dict[float, list[str]] = {}  # the contents page's text pieces by baseline

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            y = round(cm[5] + tm[5] * cm[3])
            lines.setdefault(y, []).append(text.strip())

    pdf.pages[0].extract_text(visitor_text=visit)
    for heading in ("Цель встречи", "Участники", "Гости", "Рассадка", "Контакты"):
        # where the heading really is: the first page holding it (the contents page holds it once more)
        expected = next(i for i, t in enumerate(pages, 1) if t.count(heading) > (1 if i == 1 else 0))
        row = next(pieces for pieces in lines.values() if heading in pieces)
        assert str(expected) in row, (heading, row)


def test_landscape_page_after_orientation_switch(pdf):
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pdf.pages]
    plan_page = next(i for i, p in enumerate(pdf.pages) if "Стол переговоров" in p.extract_text())
    width, height = sizes[plan_page]
    assert width > height  # A4 landscape
    assert sizes[plan_page + 1][0] < sizes[plan_page + 1][1]  # and back to portrait


def test_fonts_are_embedded_and_only_shipped_fonts_are_used(pdf):
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            assert _base(font["/BaseFont"]) in shipped_fonts()


def test_no_character_falls_back_to_a_missing_glyph(pdf):
    checked = 0
    for page in pdf.pages:

        def visit(text, _cm, _tm, font, _size):
            nonlocal checked
            if not font or not text.strip():
                return
            cmap = shipped_fonts()[_base(font["/BaseFont"])]
            missing = {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
            assert not missing, (font["/BaseFont"], missing)
            checked += len(text)

        page.extract_text(visitor_text=visit)
    assert checked > 1000


def test_font_runs_choose_a_face_with_every_glyph():
    glyphs.register()
    text = f"Ivanov Иванов ў і Ў І {CHINESE} {ARABIC} Ελλάδα \u2116 «»"
    for family in (SERIF, SANS):
        for bold in (False, True):
            pieces = glyphs.font_runs(text, family, bold)
            for piece, fam in pieces:
                cmap = glyphs.cmap(glyphs.face(fam, bold))
                assert all(ord(ch) in cmap for ch in piece), (piece, fam)
    families = {fam for _, fam in glyphs.font_runs(text, SERIF)}
    assert CJK in families and "NotoSansArabic" in families


def test_arabic_is_shaped_and_right_to_left():
    shaped = glyphs.shape_arabic(ARABIC)
    assert shaped != ARABIC
    assert all("\ufb50" <= ch <= "\ufeff" or ch == " " for ch in shaped)  # contextual presentation forms
    # visual order: the last word of the name is drawn first (leftmost)
    assert unicodedata.normalize("NFKC", shaped.split(" ")[0])[::-1] == "سلمان"


def test_graphic_is_drawn_as_vector_inside_the_page(tmp_path):
    plan = Plan()
    doc = Document(title="x").add(PageBreak("landscape"), Figure(graphic=plan, caption="План"))
    write_pdf(doc, tmp_path / "plan.pdf")
    assert plan.boxes
    x, y, width, height = plan.boxes[-1]
    assert width == pytest.approx(2 * height, rel=0.01)  # the natural 280 x 140 mm proportion kept
    assert x >= 0 and y >= 0 and x + width <= 297 * 72 / 25.4 and y + height <= 210 * 72 / 25.4


def test_image_figure_and_write_to_file_object(tmp_path):
    out = BytesIO()
    doc = Document(title="x").add(Figure(image=Plan().to_png(), caption="Фото"), Paragraph("после"))
    write_pdf(doc, out)
    reader = PdfReader(BytesIO(out.getvalue()))
    assert "Фото" in reader.pages[0].extract_text()
    assert "/XObject" in reader.pages[0]["/Resources"]


def test_cover_page_without_header_when_asked(tmp_path):
    doc = Document(title="x", header="ШАПКА", header_on_first_page=False)
    doc.add(Paragraph("Обложка", style="title"), PageBreak(), Paragraph("Текст"))
    render(doc, tmp_path / "cover.pdf")
    pages = PdfReader(tmp_path / "cover.pdf").pages
    assert "ШАПКА" not in pages[0].extract_text()
    assert "ШАПКА" in pages[1].extract_text() and "Стр. 2 из 2" in pages[1].extract_text()


def test_english_page_label(tmp_path):
    render(Document(title="x", lang="en").add(Paragraph("Text")), tmp_path / "en.pdf")
    assert "Page 1 of 1" in PdfReader(tmp_path / "en.pdf").pages[0].extract_text()


def _base(name: str) -> str:
    return str(name).lstrip("/").split("+", 1)[-1]


@cache
def shipped_fonts() -> dict[str, frozenset[int]]:
    """PostScript name -> code points, for every font file in resources/fonts."""
    out = {}
    for path in FONTS_DIR.glob("*.ttf"):
        font = TTFontFile(str(path))
        out[font.name.decode() if isinstance(font.name, bytes) else font.name] = frozenset(font.charToGlyph)
    return out


@pytest.mark.parametrize("lead", ["heading", "caption"])
def test_a_long_table_starts_under_its_heading_not_on_the_next_page(tmp_path, lead):
    rows = [[str(i), f"Участник {i}", "Генеральный директор"] for i in range(1, 301)]
    columns = [Column("№", 0.4), Column("ФИО", 2), Column("Должность", 2)]
    doc = Document(title="Список").add(Paragraph("Список участников", style="title"))
    if lead == "heading":
        doc.add(Heading("Республика Беларусь", level=2, toc=False), Table(columns=columns, rows=rows))
    else:
        doc.add(Table(columns=columns, rows=rows, caption="Республика Беларусь"))
    path = tmp_path / "long.pdf"
    write_pdf(doc, path)
    pages = PdfReader(path).pages
    first = pages[0].extract_text()
    assert "Республика Беларусь" in first and "Участник 1" in first
    assert len(pages) > 1 and "ФИО" in pages[1].extract_text(), "the header row repeats on the next page"


def test_short_and_long_cells_both_print_whole(tmp_path):
    long_text = (
        "Республиканское унитарное предприятие «Научно-производственный центр многофункциональных комплексов»"
    )
    doc = Document(title="Т").add(
        Table(columns=[Column("Коротко", 1), Column("Длинно", 1)], rows=[["Минск", long_text]])
    )
    path = tmp_path / "cells.pdf"
    write_pdf(doc, path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Минск" in text
    assert "многофункциональных" in text and "комплексов»" in text


def test_a_span_past_the_table_edge_is_clamped(tmp_path):
    doc = Document(title="Т").add(
        Table(
            columns=[Column("А"), Column("Б")],
            rows=[[Cell("через всю строку", colspan=5), None], ["x", Cell("вниз", rowspan=4)]],
        )
    )
    write_pdf(doc, tmp_path / "span.pdf")
    text = PdfReader(tmp_path / "span.pdf").pages[0].extract_text()
    assert "через всю строку" in text and "вниз" in text


def test_a_table_that_fills_its_page_leaves_no_blank_page_before_a_page_break(tmp_path):
    # Tables of every length around one page: whichever ends at the page's foot must not push the space
    # after it onto a page of its own (a blank page, then the break's page).
    for rows in range(38, 48):
        doc = Document(title="Т", header="Шапка").add(
            Table(
                columns=[Column("№"), Column("Текст", 4)], rows=[[str(i), f"строка {i}"] for i in range(rows)]
            ),
            PageBreak(),
            Paragraph("После разрыва"),
        )
        path = tmp_path / f"t{rows}.pdf"
        write_pdf(doc, path)
        for number, page in enumerate(PdfReader(path).pages, 1):
            body = [
                line
                for line in page.extract_text().splitlines()
                if "Шапка" not in line and "Стр." not in line
            ]
            assert any(line.strip() for line in body), f"{rows} rows: page {number} is blank"


def test_two_pdfs_written_at_once_in_two_threads_each_keep_their_own_letters():
    """The window's preview and a paper saved beside it write PDFs in two threads at once: each gets its own
    glyphs (reportlab subsets a shared font through one cursor; ``fonts.PDF_FONTS`` takes turns). The
    threads are switched as often as Python allows, so that the two embeddings meet."""
    import random

    letters = [chr(c) for c in range(0x4E00, 0x9FA5)]  # Chinese names: the big fallback font, a long subset
    failed: list[str] = []

    def write(seed: int) -> None:
        draw = random.Random(seed)
        for _ in range(4):
            text = "".join(draw.choice(letters) for _ in range(300))
            buffer = BytesIO()
            try:
                write_pdf(Document(title="Список").add(Paragraph(text)), buffer)
            except Exception as exc:
                failed.append(repr(exc))
                continue
            if text[:150] not in text_of_pdf(buffer.getvalue()).replace("\n", "").replace("\x00", ""):
                failed.append("wrong letters")

    at_once(write)
    assert not failed, failed
