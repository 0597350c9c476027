"""The DOCX writer, checked by reading the file back with python-docx (and LibreOffice where installed)."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from pypdf import PdfReader
from test_documents_pdf import ARABIC, BELARUSIAN, CHINESE, Plan, sample

from protocol_app.documents import render
from protocol_app.documents.docx import default_template, write_docx
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
)
from protocol_app.errors import UserError


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "sample.docx"
    render(sample(), path)
    return docx.Document(str(path)), path


def body_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_text_and_styles_read_back(word):
    document, _ = word
    paragraphs = {p.text: p for p in document.paragraphs}
    assert paragraphs["Цель встречи"].style.name == "Heading 1"
    assert paragraphs["Гости"].style.name == "Heading 2"
    styled = paragraphs["Текст с жирным и курсивом <b>&amp; 5 < 6"]
    assert [r.text for r in styled.runs if r.bold] == ["жирным"]
    assert [r.text for r in styled.runs if r.italic] == ["курсивом"]
    text = body_text(document)
    assert BELARUSIAN in text and CHINESE in text and ARABIC in text
    assert [p.style.name for p in document.paragraphs if p.text in ("первый пункт", "второй пункт")] == [
        "List Bullet",
        "List Bullet",
    ]


def test_arabic_runs_are_marked_right_to_left(word):
    document, _ = word
    runs = [r for p in document.paragraphs for r in p.runs if r.text == ARABIC]
    assert runs and runs[0]._r.rPr.find(qn("w:rtl")) is not None


def test_table_header_repeats_widths_and_merged_cells(word):
    document, _ = word
    table = document.tables[0]
    assert len(table.rows) == 1 + 120 + 1
    first = table.rows[0]._tr
    assert first.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in table.rows[0].cells] == ["№", "ФИО", "Должность"]
    widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert widths[2] > widths[1] > widths[0]
    assert sum(widths) == pytest.approx(Mm(170).twips, rel=0.01)  # the template's text width
    last = table.rows[-1]
    assert last.cells[0].text == "объединённая ячейка" and last.cells[1].text == "объединённая ячейка"
    assert table.style.name == "Protocol Table"


def test_landscape_section_and_back(word):
    document, _ = word
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    landscape = document.sections[1]
    assert landscape.page_width > landscape.page_height
    assert document.sections[1].header.is_linked_to_previous  # the running header continues


def test_header_footer_and_page_fields(word):
    document, _ = word
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Иннопром-2023 · 11 июля 2023 г."
    footer = section.footer.paragraphs[0]
    instructions = [i.text.strip() for i in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Справочные материалы\tСтр. ")


def test_contents_is_a_toc_field_with_visible_entries(word):
    document, _ = word
    xml = document.element.body.xml
    assert 'TOC \\o "1-2"' in xml
    entries = [p.text.split("\t")[0] for p in document.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert entries == ["Цель встречи", "Участники", "Гости", "Рассадка", "Контакты"]
    assert document.settings.element.find(qn("w:updateFields")) is not None
    bookmarks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    assert len(bookmarks) == 5


def test_figure_is_embedded_with_caption(word):
    document, _ = word
    assert len(document.inline_shapes) == 1
    assert "Схема рассадки" in body_text(document)


def test_numbered_lists_restart(tmp_path):
    doc = Document(title="x").add(
        BulletList(["a", "b"], ordered=True), Paragraph("между"), BulletList(["c", "d"], ordered=True)
    )
    write_docx(doc, tmp_path / "n.docx")
    document = docx.Document(str(tmp_path / "n.docx"))
    second = next(p for p in document.paragraphs if p.text == "c")
    num_id = second._p.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    num = numbering.num_having_numId(num_id)
    assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_big_table_is_complete(tmp_path):
    rows = [[str(i), f"Фамилия{i} Имя Отчество", "Должность", "Организация"] for i in range(3000)]
    doc = Document(title="x").add(
        Table([Column("№"), Column("ФИО"), Column("Должность"), Column("Орг.")], rows)
    )
    out = BytesIO()
    write_docx(doc, out)
    table = docx.Document(BytesIO(out.getvalue())).tables[0]
    assert len(table.rows) == 3001
    assert table.rows[-1].cells[1].text == "Фамилия2999 Имя Отчество"


def test_vertical_merge(tmp_path):
    doc = Document(title="x").add(
        Table([Column("A"), Column("B")], [[Cell("вниз", rowspan=2), "1"], [None, "2"], ["x", "3"]])
    )
    write_docx(doc, tmp_path / "v.docx")
    table = docx.Document(str(tmp_path / "v.docx")).tables[0]
    assert table.cell(1, 0).text == "вниз" and table.cell(2, 0).text == "вниз"  # one merged cell
    assert table.cell(3, 0).text == "x"


def test_control_characters_do_not_break_the_file(tmp_path):
    doc = Document(title="x").add(Paragraph("Иванов\x0bИван\x00"), Table([Column("A")], [["\x07ячейка"]]))
    write_docx(doc, tmp_path / "c.docx")
    document = docx.Document(str(tmp_path / "c.docx"))
    assert document.paragraphs[0].text == "ИвановИван"


def test_a_letterhead_template_changes_the_look_without_code(tmp_path):
    """A ministry's own template: other font, margins and a logo in the header; the writer follows it."""
    letterhead = docx.Document(str(default_template()))
    letterhead.styles["Normal"].font.name = "Times New Roman"
    letterhead.styles["Normal"].font.size = Pt(14)
    section = letterhead.sections[0]
    section.left_margin = Mm(30)
    logo = section.header.paragraphs[0].insert_paragraph_before()
    logo.add_run().add_picture(BytesIO(Plan().to_png()), width=Mm(20))
    template = tmp_path / "letterhead.docx"
    letterhead.save(str(template))

    doc = Document(title="x", header="Событие").add(
        Paragraph([Run("Текст")]), Table([Column("A"), Column("B")], [["1", "2"]])
    )
    write_docx(doc, tmp_path / "out.docx", template=template)
    out = docx.Document(str(tmp_path / "out.docx"))
    assert out.styles["Normal"].font.name == "Times New Roman"
    assert out.sections[0].left_margin.mm == pytest.approx(30, abs=0.1)
    header = out.sections[0].header
    assert header._element.xpath(".//pic:pic")  # the logo is still there
    assert "Событие" in [p.text for p in header.paragraphs]
    grid = [int(g.get(qn("w:w"))) for g in out.tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert sum(grid) == pytest.approx(Mm(210 - 30 - 15).twips, rel=0.01)  # tables follow the margins


def test_template_without_placeholders_still_gets_header_and_page_numbers(tmp_path):
    plain = docx.Document()
    template = tmp_path / "plain.docx"
    plain.save(str(template))
    doc = Document(title="x", header="Событие", footer="Подвал").add(Paragraph("Текст"))
    write_docx(doc, tmp_path / "out.docx", template=template)
    section = docx.Document(str(tmp_path / "out.docx")).sections[0]
    assert "Событие" in [p.text for p in section.header.paragraphs]
    assert any("Подвал" in p.text and "Стр." in p.text for p in section.footer.paragraphs)


def test_unreadable_template_is_a_user_error(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_text("not a word file")
    with pytest.raises(UserError, match="template"):
        write_docx(Document(title="x"), tmp_path / "o.docx", template=bad)


def test_unknown_suffix_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match=r"\.pdf or \.docx"):
        render(Document(title="x"), tmp_path / "pack.odt")


def test_image_figure(tmp_path):
    doc = Document(title="x").add(
        Heading("Фото"), Figure(image=Plan().to_png(), caption="Подпись", width_mm=50)
    )
    write_docx(doc, tmp_path / "i.docx")
    shapes = docx.Document(str(tmp_path / "i.docx")).inline_shapes
    assert len(shapes) == 1 and shapes[0].width == Mm(50)


def test_libreoffice_converts_the_docx(word, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) not installed")
    _, path = word
    result = subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / (Path(path).stem + ".pdf")
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Участник 0120" in text and CHINESE in text
    assert len(reader.pages) >= 4
    assert any(float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages)


def test_page_break_is_kept_by_the_next_paragraph_or_put_before_a_table(tmp_path):
    doc = Document(title="x").add(
        Paragraph("первая"), PageBreak(), Paragraph("вторая"), PageBreak(), Table([Column("A")], [["1"]])
    )
    write_docx(doc, tmp_path / "b.docx")
    document = docx.Document(str(tmp_path / "b.docx"))
    second = next(p for p in document.paragraphs if p.text == "вторая")
    assert second.paragraph_format.page_break_before
    breaks = document.element.body.xpath(".//w:br[@w:type='page']")
    assert len(breaks) == 1  # the one before the table; no empty paragraph that could spill onto a blank page


def test_logo_in_the_same_paragraph_as_the_header_placeholder_stays(tmp_path):
    letterhead = docx.Document(str(default_template()))
    paragraph = letterhead.sections[0].header.paragraphs[0]
    paragraph.runs[0]._r.addprevious(paragraph.add_run()._r)  # an empty run first, then the logo into it
    paragraph.runs[0].add_picture(BytesIO(Plan().to_png()), width=Mm(15))
    template = tmp_path / "logo.docx"
    letterhead.save(str(template))
    write_docx(Document(title="x", header="Событие").add(Paragraph("Текст")), tmp_path / "o.docx", template)
    header = docx.Document(str(tmp_path / "o.docx")).sections[0].header.paragraphs[0]
    assert header.text == "Событие"
    assert header._p.xpath("./w:r[1]//pic:pic")  # the logo, still first
