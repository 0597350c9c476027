"""The parts of a Word document around the text: running header and footer, page fields, contents, numbering.

The template's header and footer hold the placeholders ``{header}``, ``{footer}`` and ``{page}``; they are
replaced in place, so the template's own letterhead (a logo, a rule, its fonts) stays. A template without the
placeholders gets the event's name and the page number added as paragraphs of its Header and Footer styles.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from protocol_app.documents.docx_xml import parse, run_xml, text_xml
from protocol_app.documents.model import Run

PLACEHOLDERS = ("{header}", "{footer}", "{page}")


def page_label_runs(lang: str) -> str:
    """Runs for 'Стр. N из M' / 'Page N of M' with PAGE and NUMPAGES fields."""
    page, pages = _field_runs("PAGE", "1"), _field_runs("NUMPAGES", "1")
    ru = f"{_text('Стр. ')}{page}{_text(' из ')}{pages}"
    en = f"{_text('Page ')}{page}{_text(' of ')}{pages}"
    if lang == "en":
        return en
    return f"{ru}{_text(' / ')}{en}" if "+" in lang else ru


def fill_header_footer(document: WordDocument, section: Section, header: str, footer: str, lang: str) -> None:
    """Replace the placeholders of the section's header and footer (or add paragraphs where there are none)."""
    values = {
        "{header}": run_xml(Run(header)),
        "{footer}": run_xml(Run(footer)),
        "{page}": page_label_runs(lang),
    }
    found = set()
    for part in (section.header, section.footer):
        for paragraph in part.paragraphs:
            found |= _replace(paragraph, values)
    if "{header}" not in found and header:
        section.header.add_paragraph(header, style=_style_or_none(document, "Header"))
    if "{page}" not in found:
        paragraph = section.footer.add_paragraph(style=_style_or_none(document, "Footer"))
        if footer and "{footer}" not in found:
            paragraph._p.append(parse(run_xml(Run(footer + "\t"))))
        for run in _split_runs(page_label_runs(lang)):
            paragraph._p.append(run)


def _style_or_none(document: WordDocument, name: str) -> ParagraphStyle | None:
    try:
        style = document.styles[name]
    except KeyError:
        return None
    return style if isinstance(style, ParagraphStyle) else None


def _replace(paragraph: Paragraph, values: dict[str, str]) -> set[str]:
    text = paragraph.text
    present = {key for key in values if key in text}
    if not present:
        return set()
    p = paragraph._p
    # only the text runs are rewritten: a logo (a drawing run) in the same paragraph stays where it is
    text_runs = [
        r for r in p.findall(qn("w:r")) if r.find(qn("w:t")) is not None or r.find(qn("w:tab")) is not None
    ]
    anchor = text_runs[0]
    rpr = anchor.find(qn("w:rPr"))
    pieces = [text]
    for key in PLACEHOLDERS:
        pieces = [x for piece in pieces for x in _cut(piece, key)]
    for piece in pieces:
        xml = values[piece] if piece in values else run_xml(Run(piece))
        for run in _split_runs(xml):
            if rpr is not None and run.find(qn("w:rPr")) is None and run.find(qn("w:fldChar")) is None:
                run.insert(0, _copy(rpr))
            anchor.addprevious(run)
    for run in text_runs:
        p.remove(run)
    return present


def _cut(text: str, key: str) -> list[str]:
    out: list[str] = []
    for i, part in enumerate(text.split(key)):
        if i:
            out.append(key)
        if part:
            out.append(part)
    return out


def _split_runs(xml: str) -> list:
    if not xml:
        return []
    wrapper = parse(f"<w:p>{xml}</w:p>")
    return list(wrapper)


def _copy(element: BaseOxmlElement) -> BaseOxmlElement:
    from copy import deepcopy

    return deepcopy(element)


def _text(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text_xml(text)}</w:t></w:r>'


def _field_runs(instruction: str, placeholder: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{placeholder}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def toc_paragraphs(entries: list[tuple[str, str, int]], style_ids: dict[int, str | None]) -> list[str]:
    """The contents as a TOC field (Word updates it) whose shown result lists every entry with PAGEREF numbers.

    ``entries`` are (text, bookmark, level); levels 1 and 2 are listed.
    """
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    if not entries:
        return [f"<w:p>{begin}{end}</w:p>"]
    out = []
    for i, (text, bookmark, level) in enumerate(entries):
        style = style_ids.get(level)
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        pageref = _field_runs(f"PAGEREF {bookmark} \\h", "")
        link = (
            f'<w:hyperlink w:anchor="{bookmark}" w:history="1">{run_xml(Run(text))}<w:r><w:tab/></w:r>'
            f"{pageref}</w:hyperlink>"
        )
        out.append(f"<w:p>{ppr}{begin if i == 0 else ''}{link}{end if i == len(entries) - 1 else ''}</w:p>")
    return out


def restart_numbering(document: WordDocument, style_name: str = "List Number") -> str | None:
    """A new numbering instance of the style's list that starts again at 1; None if the style has none."""
    try:
        style = document.styles[style_name]
    except KeyError:
        return None
    ppr = style.element.pPr
    num_pr = ppr.numPr if ppr is not None else None
    if num_pr is None or num_pr.numId is None:
        return None
    numbering = document.part.numbering_part.element
    abstract = numbering.num_having_numId(num_pr.numId.val).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return str(num.numId)


def update_fields_on_open(document: WordDocument) -> None:
    """Ask Word to update fields (the contents, page references) when the document is opened."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        settings.append(parse('<w:updateFields w:val="true"/>'))
