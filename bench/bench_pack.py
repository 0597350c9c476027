"""Bench: the briefing pack of an Innoprom-scale event (120 sides, 3,000 participants, 400 agreements).

Times the pack in PDF and DOCX and, in the same run, the floor: the same text (every paragraph and every
table cell of the pack) written by plain reportlab paragraphs and tables, with no pack logic (no fallback
fonts, contents, page furniture or section building). Prints the figures, the ratio of the PDF to the floor,
and the targets (PDF within 1.5x of the floor and under 30 s; DOCX under 30 s).

Run: python bench/bench_pack.py [--sides 120] [--participants 3000] [--agreements 400] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from protocol_app.documents import glyphs
from protocol_app.documents.docx import write_docx
from protocol_app.documents.model import Cell, Document, Heading, Paragraph, Table, runs
from protocol_app.documents.pdf import write_pdf
from protocol_app.model import (
    Level,
    NewAgreement,
    NewEvent,
    NewParticipant,
    NewPerson,
    NewProgrammeItem,
    NewSide,
    Party,
)
from protocol_app.pack import build_pack
from protocol_app.store import agreements, directory, events, open_store, participants, programme

PDF_RATIO_TARGET, PDF_TARGET_S, DOCX_TARGET_S = 1.5, 30.0, 30.0
SURNAMES = ["Иванов", "Петрова", "Сидоренко", "Лукашевич", "Ковальчук", "Смирнов", "Новик", "Жук", "Ткачук"]
GIVEN = [("Алексей", "Юрьевич"), ("Ольга", "Николаевна"), ("Пётр", "Сергеевич"), ("Ирина", "Петровна")]
POSITIONS = ["Генеральный директор", "Заместитель министра", "Директор департамента", "Советник", "Ректор"]


def build(db, sides: int, people: int, deals: int) -> int:
    """An event with ``sides`` sides, ``people`` participants spread over them and ``deals`` agreements."""
    rnd = random.Random(2023)
    with db.atomic():
        event_id = events.create_event(
            db,
            NewEvent(
                title="Иннопром-2024: деловая программа",
                title_en="Innoprom 2024: business programme",
                date="2024-07-08",
                end_date="2024-07-11",
                city="Екатеринбург",
                venue="МВЦ «Екатеринбург-ЭКСПО»",
                signing_start="10:00",
                purpose="Развитие промышленной кооперации.",
                points="\n".join(f"Вопрос для обсуждения № {i}" for i in range(1, 11)),
                contacts="Протокольная служба: +7 343 000-00-00",
            ),
        )
        for i in range(12):
            programme.add_item(
                db, NewProgrammeItem(event_id, f"{9 + i // 2:02d}:{30 * (i % 2):02d}", f"Мероприятие {i + 1}")
            )
        side_ids = [
            events.add_side(
                db, NewSide(event_id, f"Делегация {k + 1:03d}", k == 0, name_en=f"Delegation {k + 1:03d}")
            )
            for k in range(sides)
        ]
        orgs = [
            directory.get_or_add_organisation(db, f"АО «Предприятие {k + 1:03d}»").id for k in range(sides)
        ]
        members: dict[int, list[int]] = {s: [] for s in side_ids}
        for n in range(people):
            k = n % sides
            given, patronymic = rnd.choice(GIVEN)
            person = directory.add_person(
                db,
                NewPerson(
                    surname=f"{rnd.choice(SURNAMES)}-{n:04d}",
                    given_name=given,
                    patronymic=patronymic,
                    position=rnd.choice(POSITIONS),
                    organisation_id=orgs[k],
                ),
            )
            role = "principal" if n < sides else "member"
            pid = participants.add_participant(
                db, NewParticipant(event_id, person, side_ids[k], role=role, precedence=n // sides + 1)
            )
            members[side_ids[k]].append(pid)
        for d in range(deals):
            a, b = side_ids[0], side_ids[1 + d % (sides - 1)]
            agreements.add_agreement(
                db,
                NewAgreement(
                    event_id=event_id,
                    title=f"Соглашение о сотрудничестве № {d + 1} в области промышленной кооперации",
                    level=rnd.choice(list(Level)).value,
                    parties=[
                        Party(orgs[0] or 0, a, members[a][1 + d % (len(members[a]) - 1)]),
                        Party(orgs[side_ids.index(b)] or 0, b, members[b][0]),
                    ],
                    programme_order=d,
                ),
            )
    return event_id


def floor_pdf(doc: Document, path: Path, with_figures: bool = True) -> None:
    """The same text in plain reportlab: paragraphs, and tables of paragraph cells with the same relative
    widths and repeated header, one font per style, one build; the same drawings drawn as they are."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, PageBreak, SimpleDocTemplate
    from reportlab.platypus import Paragraph as P

    from protocol_app.documents.model import Figure
    from protocol_app.documents.model import PageBreak as DocPageBreak
    from protocol_app.fonts import SANS, SERIF, register_pdf_fonts

    register_pdf_fonts()
    body = ParagraphStyle("b", fontName=SERIF, fontSize=11, leading=14.5)
    cell = ParagraphStyle("c", fontName=SANS, fontSize=9, leading=11)
    story = []
    for block in doc.blocks:
        if isinstance(block, Heading | Paragraph):
            story.append(P(escape(_text(block)), body))
        elif isinstance(block, Table):
            total = sum(c.width for c in block.columns)
            widths = [f"{100 * c.width / total:.4f}%" for c in block.columns]
            rows = [[P(escape(c.title), cell) for c in block.columns]]
            rows += [[_floor_cell(c, cell) for c in row] for row in block.rows]
            grid = [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]
            story.append(LongTable(rows, repeatRows=1, colWidths=widths, style=grid))
        elif isinstance(block, DocPageBreak):
            story.append(PageBreak())
        elif isinstance(block, Figure) and block.graphic is not None and with_figures:
            story.append(_Drawing(block.graphic))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def _floor_cell(value, style):
    from reportlab.platypus import Paragraph as P

    content = value.content if isinstance(value, Cell) else None
    if isinstance(content, list) and content and isinstance(content[0], Paragraph):
        return [P(escape(_text(p)), style) for p in value.content]
    text = _text(value) if value is not None else ""
    return P(escape(text).replace("\n", "<br/>"), style) if text else ""


def _Drawing(graphic):
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable

    class Drawing(Flowable):
        def wrap(self, avail_width, avail_height):
            w, h = graphic.size_mm()
            self.width = min(avail_width, w * mm)
            self.height = min(self.width * h / w, avail_height * 0.9)
            return self.width, self.height

        def draw(self):
            graphic.draw_pdf(self.canv, 0, 0, self.width, self.height)

    return Drawing()


def _text(item) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, Heading):
        return item.text
    if isinstance(item, Paragraph):
        return "".join(r.text for r in item.content)
    if isinstance(item, Cell):
        content = item.content
        if isinstance(content, list) and content and isinstance(content[0], Paragraph):
            return " ".join(_text(p) for p in content)
        return "".join(r.text for r in runs(content))  # type: ignore[arg-type]
    return ""


def _seating_diagrams(db, event_id: int, lang: str) -> None:
    try:
        from protocol_app.seating import diagrams
    except ImportError:
        return
    diagrams(db, event_id, lang.split("+")[0])


def timed(step):
    start = time.perf_counter()
    result = step()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sides", type=int, default=120)
    parser.add_argument("--participants", type=int, default=3000)
    parser.add_argument("--agreements", type=int, default=400)
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--repeat", type=int, default=3, help="write PDF and floor this often, keep the best")
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="bench-pack-"))
    out.mkdir(parents=True, exist_ok=True)

    db = open_store(memory=True)
    event_id, t_data = timed(lambda: build(db, args.sides, args.participants, args.agreements))
    glyphs.register()  # once per process (the GUI and CLI pay it once too); not counted on either side
    _, t_seating = timed(lambda: _seating_diagrams(db, event_id, args.lang))
    doc, t_build = timed(lambda: build_pack(db, event_id, args.lang))
    t_pdf = t_floor = float("inf")
    for _ in range(args.repeat):  # interleaved, best of each: the machine is shared and noisy
        t_pdf = min(t_pdf, timed(lambda: write_pdf(doc, out / "pack.pdf"))[1])
        t_floor = min(t_floor, timed(lambda: floor_pdf(doc, out / "floor.pdf"))[1])
    _, t_docx = timed(lambda: write_docx(doc, out / "pack.docx"))

    from pypdf import PdfReader

    pages, floor_pages = len(PdfReader(out / "pack.pdf").pages), len(PdfReader(out / "floor.pdf").pages)
    pdf_total, docx_total = t_build + t_pdf, t_build + t_docx
    ratio, total_ratio = t_pdf / t_floor, pdf_total / t_floor
    own_ratio = (pdf_total - t_seating) / t_floor
    print(f"event: {args.sides} sides, {args.participants} participants, {args.agreements} agreements")
    print(f"store filled                 {t_data:7.2f} s (not part of the pack)")
    print(f"pack built (document)        {t_build:7.2f} s  ({len(doc.blocks)} blocks)")
    print(
        f"  of which seating plans     {t_seating:7.2f} s  (seating.diagrams: auto-seating, measured alone)"
    )
    print(f"PDF written                  {t_pdf:7.2f} s  ({pages} pages)")
    print(f"DOCX written                 {t_docx:7.2f} s")
    print(f"floor: plain reportlab       {t_floor:7.2f} s  ({floor_pages} pages, same text and drawings)")
    print(f"PDF writer / floor           {ratio:7.2f} x  (target <= {PDF_RATIO_TARGET}x)")
    print(f"PDF built+written / floor    {total_ratio:7.2f} x  ({own_ratio:.2f} x without the seating plans)")
    print(f"PDF built+written            {pdf_total:7.2f} s  (target < {PDF_TARGET_S:.0f} s)")
    print(f"DOCX built+written           {docx_total:7.2f} s  (target < {DOCX_TARGET_S:.0f} s)")
    ok = ratio <= PDF_RATIO_TARGET and pdf_total < PDF_TARGET_S and docx_total < DOCX_TARGET_S
    print("targets met" if ok else "TARGETS MISSED")
    print(f"files in {out}")


if __name__ == "__main__":
    main()
