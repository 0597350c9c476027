"""Drawings of seating plans have no overlapping labels: a check over the boxes of the drawn shapes (a label
against another label, a chair, a flag, a round or oval table, or the edge of a rectangular one), on every
page of every layout from 2 to 1,000 people; big plans print as an overview and pages of readable names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from protocol_app.errors import UserError
from protocol_app.model import NewAgreement, NewEvent, NewParticipant, NewPerson, NewSide, Party
from protocol_app.seating.context import load_context
from protocol_app.seating.drawing import READABLE, PlanDrawing, plan_pages
from protocol_app.seating.layouts import build
from protocol_app.seating.plans import auto_plan
from protocol_app.seating.shapes import PT, Circle, FlagImage, Poly, Rect, Text, text_width
from protocol_app.store import agreements, directory, events, participants

sys.path.insert(0, str(Path(__file__).parent))
from test_seating_delegations import _event as talks_event

# The drawings are the point here, not how well the search seats (see short_search in conftest.py).
pytestmark = pytest.mark.usefixtures("short_search")

Box = tuple[float, float, float, float]
SLACK = 0.15  # millimetres: boxes that merely touch do not overlap


def _text_box(t: Text) -> Box:
    width = text_width(t.text, t.size, t.bold)
    x0 = t.x - (width / 2 if t.anchor == "middle" else width if t.anchor == "end" else 0)
    return (x0, t.y - 0.22 * t.size * PT, x0 + width, t.y + 0.72 * t.size * PT)


def _shape_box(s) -> Box:
    if isinstance(s, Circle):
        return (s.cx - s.r, s.cy - s.r, s.cx + s.r, s.cy + s.r)
    if isinstance(s, Rect):
        return (s.x, s.y, s.x + s.w, s.y + s.h)
    xs, ys = [p[0] for p in s.points], [p[1] for p in s.points]
    return (min(xs), min(ys), max(xs), max(ys))


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] - SLACK and b[0] < a[2] - SLACK and a[1] < b[3] - SLACK and b[1] < a[3] - SLACK


def _inside(a: Box, b: Box) -> bool:
    return a[0] >= b[0] - SLACK and a[2] <= b[2] + SLACK and a[1] >= b[1] - SLACK and a[3] <= b[3] + SLACK


def _cuts(a: Box, c: Circle) -> bool:
    """Whether box ``a`` reaches into circle ``c``."""
    nx, ny = min(max(c.cx, a[0]), a[2]), min(max(c.cy, a[1]), a[3])
    return (nx - c.cx) ** 2 + (ny - c.cy) ** 2 < (c.r - SLACK) ** 2


GRID = 20.0  # millimetres: the cells that find the shapes a label may touch


def _cells(box: Box) -> list[tuple[int, int]]:
    """The grid cells ``box`` covers: two boxes that touch share one (the checks below need them to)."""
    xs = range(int(box[0] // GRID), int(box[2] // GRID) + 1)
    return [(i, j) for i in xs for j in range(int(box[1] // GRID), int(box[3] // GRID) + 1)]


def _near(boxes: list[Box]):
    """For a box, the indexes (in order) of those of ``boxes`` sharing a cell with it: only they can
    overlap, cut or hold it, so checking them alone finds what checking every pair finds."""
    grid: dict[tuple[int, int], list[int]] = {}
    for k, box in enumerate(boxes):
        for cell in _cells(box):
            grid.setdefault(cell, []).append(k)
    return lambda box: sorted({k for cell in _cells(box) for k in grid.get(cell, ())})


def overlaps(drawing: PlanDrawing) -> list[str]:
    """Every overlap of a label with another label, a chair or a round/oval table, in words."""
    texts = [s for s in drawing.shapes if isinstance(s, Text)]
    chairs = [s for s in drawing.shapes if (isinstance(s, Circle) and s.r <= 3.7) or
              (isinstance(s, Poly) and len(s.points) == 4) or (isinstance(s, Rect) and s.dash)]  # fmt: skip
    tables = [s for s in drawing.shapes if (isinstance(s, Circle) and s.r > 3.7) or
              (isinstance(s, Poly) and len(s.points) > 4)]  # fmt: skip
    boards = [
        _shape_box(s) for s in drawing.shapes if isinstance(s, Rect) and not s.dash
    ]  # long tables, stage
    flags = [(s.x, s.y, s.x + s.w, s.y + s.h) for s in drawing.shapes if isinstance(s, FlagImage)]
    boxes = [(_text_box(t), t) for t in texts]
    chair_boxes, table_boxes = [_shape_box(c) for c in chairs], [_shape_box(t) for t in tables]
    near_label, near_chair = _near([a for a, _ in boxes]), _near(chair_boxes)
    near_table, near_board, near_flag = _near(table_boxes), _near(boards), _near(flags)
    found = []
    for i, (a, ta) in enumerate(boxes):
        for j in near_label(a):
            b, tb = boxes[j]
            if j > i and _overlap(a, b):
                found.append(f"label {ta.text!r} over label {tb.text!r}")
        close = [(chairs[k], chair_boxes[k]) for k in near_chair(a)]
        own = [c for c, box in close if _inside(a, box)]  # a seat number inside its chair
        for c, box in close:
            if c not in own and (_cuts(a, c) if isinstance(c, Circle) else _overlap(a, box)):
                found.append(f"label {ta.text!r} over a chair at {c!r}")
        for k in near_table(a):
            table = tables[k]
            if isinstance(table, Circle) and not _inside(a, table_boxes[k]) and _cuts(a, table):
                found.append(f"label {ta.text!r} over a round table")
        for board in map(boards.__getitem__, near_board(a)):  # on a long table or off it, not across its edge
            if _overlap(a, board) and not _inside(a, board):
                found.append(f"label {ta.text!r} across the edge of a table at {board}")
        for flag in map(flags.__getitem__, near_flag(a)):
            if _overlap(a, flag):
                found.append(f"label {ta.text!r} over a flag at {flag}")
    return found


def _crowd(db, count: int, delegations: int) -> int:
    event_id = events.create_event(db, NewEvent(title="Приём", date="2024-07-10"))
    sides = [
        events.add_side(
            db, NewSide(event_id=event_id, name=f"Делегация {k}" if k else "Хозяева", host=k == 0)
        )
        for k in range(delegations)
    ]
    for i in range(count):
        person = directory.add_person(
            db, NewPerson(surname=f"Константинопольская{i}", given_name="Мария", patronymic="Ивановна")
        )
        participants.add_participant(
            db,
            NewParticipant(event_id=event_id, person_id=person, side_id=sides[i % delegations],
                        precedence=i // delegations + 1),
        )  # fmt: skip
    return event_id


@pytest.mark.parametrize("count", [3, 4, 6])
def test_talks_of_several_delegations(count):
    db, event_id = talks_event(count)
    for lang in ("ru", "en"):
        seated = auto_plan(db, event_id, "negotiation")
        assert overlaps(PlanDrawing(seated.plan, seated.ctx, lang)) == []


@pytest.mark.parametrize("people", [2, 12, 40])
def test_banquets_seated_by_the_rules(db, people):
    event_id = _crowd(db, people, 4)
    seated = auto_plan(db, event_id, "banquet", seats=8)
    assert overlaps(PlanDrawing(seated.plan, seated.ctx)) == []


@pytest.mark.parametrize("people", [300, 1000])
def test_large_banquets(db, people):
    """The drawing of a large banquet (names listed by table beside the plan): seats filled in order."""
    event_id = _crowd(db, people, 8)
    ctx = load_context(db, event_id)
    plan = build("banquet", "right", {"tables": people // 10, "seats": 10})
    for seat, aid in zip(plan.seats(), ctx.ordered(ctx.attendees), strict=False):
        seat.attendee_id = aid
    assert overlaps(PlanDrawing(plan, ctx)) == []


@pytest.mark.parametrize("layout", ["presidium", "theatre"])
def test_rows_across_delegations(db, layout):
    event_id = _crowd(db, 18, 3)
    seated = auto_plan(db, event_id, layout)
    assert overlaps(PlanDrawing(seated.plan, seated.ctx)) == []


def test_signing_of_three_parties(db):
    event_id = _crowd(db, 15, 4)
    ctx = load_context(db, event_id)
    org = directory.get_or_add_organisation(db, "Организация").id or 0
    heads = [ctx.head_of(s.id or 0) for s in ctx.delegations()][:3]
    parties = [Party(org, ctx.side_id(h or 0), h) for h in heads]
    agreement_id = agreements.add_agreement(
        db, NewAgreement(event_id=event_id, title="Соглашение", parties=parties)
    )
    seated = auto_plan(db, event_id, "signing", agreement_id=agreement_id)
    assert overlaps(PlanDrawing(seated.plan, seated.ctx)) == []


def _delegations(db, count: int, delegations: int) -> int:
    """``count`` people in ``delegations`` delegations: each led by a head, with an interpreter (a chair
    behind the head, or a seat at a row's end), a note-taker, then members, long surnames throughout."""
    event_id = events.create_event(db, NewEvent(title="Форум", date="2024-07-10"))
    sides = [
        events.add_side(
            db, NewSide(event_id=event_id, name=f"Делегация {k}" if k else "Хозяева", host=k == 0)
        )
        for k in range(delegations)
    ]
    heads: dict[int, int] = {}
    for i in range(count):
        k, rank = i % delegations, i // delegations
        person = directory.add_person(
            db, NewPerson(surname=f"Константинопольская{i}", given_name="Мария", patronymic="Ивановна")
        )
        role = ["principal", "interpreter", "secretary"][rank] if rank < 3 else "member"
        extra = {"interprets_for": heads[k]} if role == "interpreter" else {}
        pid = participants.add_participant(
            db,
            NewParticipant(event_id=event_id, person_id=person, side_id=sides[k], precedence=rank + 1, role=role,
                        **extra),
        )  # fmt: skip
        heads.setdefault(k, pid)
    return event_id


def _pages(db, layout: str, people: int, delegations: int, **options) -> list[tuple[str, PlanDrawing]]:
    event_id = _delegations(db, people, delegations)
    if layout == "signing":
        ctx = load_context(db, event_id)
        org = directory.get_or_add_organisation(db, "Организация").id or 0
        heads = [ctx.head_of(s.id or 0) for s in ctx.delegations()][:3]
        parties = [Party(org, ctx.side_id(h or 0), h) for h in heads]
        options["agreement_id"] = agreements.add_agreement(
            db, NewAgreement(event_id=event_id, title="Соглашение", parties=parties)
        )
    seated = auto_plan(db, event_id, layout, **options)
    return plan_pages(seated.plan, seated.ctx, "ru")


EVERY_LAYOUT = [
    ("negotiation", 2, 2, {}),
    ("negotiation", 12, 2, {}),
    ("negotiation", 38, 2, {}),  # 19 a side: the longest table drawn
    ("negotiation", 9, 3, {}),
    ("negotiation", 40, 5, {}),
    ("signing", 2, 2, {}),
    ("signing", 40, 3, {}),
    ("presidium", 2, 2, {}),
    ("presidium", 40, 3, {}),
    ("presidium", 300, 4, {}),
    ("theatre", 40, 3, {}),
    ("theatre", 1000, 8, {}),
    ("banquet", 2, 2, {}),
    ("banquet", 12, 3, {}),
    ("banquet", 60, 4, {"head_table": 6}),
    ("banquet", 300, 5, {"head_table": 8}),
]


@pytest.mark.parametrize(("layout", "people", "delegations", "options"), EVERY_LAYOUT)
def test_every_layout_every_page_without_overlaps_and_names_readable(
    db, layout, people, delegations, options
):
    pages = _pages(db, layout, people, delegations, **options)
    names = [name for _, page in pages for name in page.names()]
    assert sum("Константинопольская" in n for n in names) >= min(
        people, 20
    )  # the people's names on the pages
    for caption, page in pages:
        assert overlaps(page) == [], caption
    if people > 12:  # a long surname at a small table may print smaller; in a crowd never
        assert min(page.smallest_name() for _, page in pages) >= READABLE


def test_a_banquet_of_1000_prints_an_overview_then_a_page_per_table(db):
    pages = _pages(db, "banquet", 1000, 8, seats=10)
    captions = [caption for caption, _ in pages]
    assert captions[0] == "Столы и их хозяева" and captions[1:4] == ["Стол 1", "Стол 2", "Стол 3"]
    assert len(pages) == 101
    overview, first = pages[0][1], pages[1][1]
    assert overview.names() == [] or overview.smallest_name() >= READABLE  # the hosts: under or beside
    assert "Константинопольская0 Мария Ивановна" in first.names()  # the full name on the table's page
    for _, page in pages[:3] + pages[-2:]:
        assert overlaps(page) == [] and page.smallest_name() >= READABLE


def test_a_negotiation_table_too_long_to_draw_is_refused_with_advice(db):
    event_id = _delegations(db, 60, 2)
    with pytest.raises(UserError, match=r"theatre layout.*rows behind"):
        auto_plan(db, event_id, "negotiation")
    event_id = _delegations(db, 80, 8)  # a round table of eight delegations: a long ring refused alike
    with pytest.raises(UserError, match="m long"):
        auto_plan(db, event_id, "negotiation")


@pytest.mark.parametrize("members", [1, 2, 4])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_small_negotiation_with_a_long_foreign_head_name_writes_it_at_his_seat(db, members, lang):
    event_id = events.create_event(db, NewEvent(title="Переговоры", date="2024-07-10"))
    for host, country in ((True, "RU"), (False, "DE")):
        side = events.add_side(db, NewSide(event_id=event_id, name=country, host=host, country=country))
        for i in range(members + 1):
            person = directory.add_person(
                db,
                NewPerson(surname="Шварценбергер-Хоэнлоэ", given_name="Максимилиан Фридрих",
                       latin_surname="SCHWARZENBERGER-HOHENLOHE", latin_given="Maximilian Friedrich")
                if not host and i == 0
                else NewPerson(surname=f"Петров{i}", given_name="Пётр", patronymic="Петрович"),
            )  # fmt: skip
            participants.add_participant(
                db, NewParticipant(event_id=event_id, person_id=person, side_id=side, precedence=i + 1)
            )
    seated = auto_plan(db, event_id, "negotiation")
    drawing = PlanDrawing(seated.plan, load_context(db, event_id), lang)
    surname = "Шварценбергер-Хоэнлоэ" if lang == "ru" else "Schwarzenberger-Hohenlohe"
    names = [n.upper() for n in drawing.names()]
    assert surname.upper() in names  # at his seat, in front of the flags, not listed beside the plan
    assert overlaps(drawing) == [] and drawing.smallest_name() >= READABLE
