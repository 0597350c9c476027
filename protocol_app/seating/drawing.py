"""A seating plan drawn: one list of shapes in millimetres, rendered as vector PDF and as PNG.

``PlanDrawing`` implements the ``Graphic`` protocol of ``documents/model.py``: tables, numbered seats in the
colour of their side, names (Surname N.P.), the parties' flags, the entrance and a legend. Small plans
write each name at its seat; large ones (many tables or rows) number the seats and list the names by table
beside the plan, so that 200 people stay readable on A4 landscape. ``plan_pages`` draws a big banquet as an
overview of the numbered tables with their hosts, then one drawing per table with its guests' full names.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from protocol_app import flags
from protocol_app.model import Layout
from protocol_app.name_forms import Form, attendee_country, attendee_name, label_lines, surname_line
from protocol_app.seating.context import SeatingContext
from protocol_app.seating.geometry import ASSISTANT, BEHIND, END, SEAT, STANDING, Flag, Plan, Seat, Table
from protocol_app.seating.layouts import PITCH
from protocol_app.seating.shapes import (
    PT,
    Circle,
    FlagImage,
    Line,
    Poly,
    Rect,
    Shape,
    Text,
    box,
    hits,
    render_pdf,
    render_png,
    text_width,
)
from protocol_app.words import label, pick

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

WIDTH_MM, HEIGHT_MM = 267.0, 150.0
NAME_SIZE, MIN_NAME_SIZE = 8.0, 4.2  # points
READABLE = 6.0  # points: a plan whose smallest name would print smaller is drawn as an overview and tables
OVERVIEW_FROM = 12  # tables: a banquet of more is always drawn as an overview and one drawing per table
ROWS_PAGE = 80  # people: a page of a big hall holds the rows of about as many
LEGEND_MM = 13.0
SIDE_COLOURS = [
    ("#2f5d9e", "#d6e4f5"),
    ("#a8322d", "#f6d6d3"),
    ("#2e7d4f", "#d5eedd"),
    ("#b8741a", "#f7e3c6"),
    ("#6a3d9a", "#e6dcf2"),
    ("#00838f", "#d0eef0"),
    ("#8d6e63", "#efe4df"),
    ("#c2185b", "#f8d7e5"),
    ("#558b2f", "#e3efd5"),
    ("#37474f", "#dde3e6"),
]
NEUTRAL = ("#6b6b6b", "#ffffff")
WORDS: dict[str, dict[str, Any]] = {
    "ru": {
        "entrance": "Вход",
        "stage": "Сцена",
        "audience": "Зрители",
        "signing": "Стол подписания",
        "table": "Стол",
        "row": "Ряд",
        "rows": "Ряды",
        "behind": "стул позади (переводчик)",
        "standing": "место стоя",
        "standing_rows": "Стоят",
        "senior": {"right": "старшая сторона — правая", "left": "старшая сторона — левая"},
        "seat": "номер места",
        "flag": "флаг",
        "empty": "свободно",
        "overview": "Столы и их хозяева",
        "overview_rows": "Зал по рядам",
    },
    "en": {
        "entrance": "Entrance",
        "stage": "Stage",
        "audience": "Audience",
        "signing": "Signing table",
        "table": "Table",
        "row": "Row",
        "rows": "Rows",
        "behind": "chair behind (interpreter)",
        "standing": "standing place",
        "standing_rows": "Standing",
        "senior": {"right": "senior side: right", "left": "senior side: left"},
        "seat": "seat number",
        "flag": "flag",
        "empty": "empty",
        "overview": "Tables and their hosts",
        "overview_rows": "The hall by rows",
    },
}


@dataclass
class PlanDrawing:
    """A plan as a ``Graphic``: computed once as shapes, drawn to PDF (vector) or PNG (raster)."""

    plan: Plan
    ctx: SeatingContext
    lang: str = "ru"
    width_mm: float = WIDTH_MM
    height_mm: float = HEIGHT_MM
    tables: tuple[str, ...] = ()  # only these tables (or rows), their people's full names listed beside
    overview: bool = False  # the tables numbered with their hosts, no names at the seats
    shapes: list[Shape] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lang = "en" if self.lang == "en" else "ru"
        self.shapes = _Composer(self).compose()

    def size_mm(self) -> tuple[float, float]:
        return (self.width_mm, self.height_mm)

    def draw_pdf(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        """Vector drawing into the box (points), keeping the proportions, centred."""
        render_pdf(self.shapes, canvas, x, y, width, height, self.size_mm())

    def to_png(self, dpi: int = 200) -> bytes:
        """The drawing as a PNG (white background) at ``dpi``."""
        image = render_png(self.shapes, self.size_mm(), max(dpi, 72))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", dpi=(dpi, dpi))
        return buffer.getvalue()

    def names(self) -> list[str]:
        """Every name written on the drawing."""
        return [s.text for s in self.shapes if isinstance(s, Text) and s.role == "name"]

    def smallest_name(self) -> float:
        """The size (points) of the smallest name as printed on A4 landscape (a grown sheet shrinks)."""
        sizes = [s.size for s in self.shapes if isinstance(s, Text) and s.role == "name"]
        return min(sizes, default=NAME_SIZE) * min(WIDTH_MM / self.width_mm, HEIGHT_MM / self.height_mm)


def plan_pages(plan: Plan, ctx: SeatingContext, lang: str = "ru") -> list[tuple[str, PlanDrawing]]:
    """The drawings a plan is printed and shown as, each with its sub-caption: the whole plan (caption "")
    when its names are readable. Else an overview, then the parts in order with their people's full names:
    a banquet of more than ``OVERVIEW_FROM`` tables, or one whose names would print smaller than
    ``READABLE``, as its numbered tables with their hosts, then one drawing per table; a hall (theatre,
    presidium) as its rows, then a drawing of a few rows at a time."""
    words = WORDS["en" if lang == "en" else "ru"]
    many = plan.layout == Layout.BANQUET and len(plan.tables) > OVERVIEW_FROM
    whole = None if many else PlanDrawing(plan, ctx, lang)
    if whole is not None and (whole.smallest_name() >= READABLE or len(plan.tables) < 2):
        return [("", whole)]
    if plan.layout not in (Layout.BANQUET, Layout.THEATRE, Layout.PRESIDIUM):
        return [("", whole or PlanDrawing(plan, ctx, lang))]
    title = words["overview" if plan.layout == Layout.BANQUET else "overview_rows"]
    pages = [(str(title), PlanDrawing(plan, ctx, lang, overview=True))]
    group: list[Table] = []
    people = 0
    for table in plan.tables:
        seated = sum(seat.attendee_id in ctx.attendees for seat in table.seats)
        if not seated:
            continue
        if group and (plan.layout == Layout.BANQUET or people + seated > ROWS_PAGE):
            pages.append(_part(plan, ctx, lang, group))
            group, people = [], 0
        group.append(table)
        people += seated
    if group:
        pages.append(_part(plan, ctx, lang, group))
    return pages


def _part(plan: Plan, ctx: SeatingContext, lang: str, tables: list[Table]) -> tuple[str, PlanDrawing]:
    """A page of a big plan: a table ('Стол 3'), or rows ('Ряды 4–5'), with its caption."""
    words = WORDS["en" if lang == "en" else "ru"]
    drawing = PlanDrawing(plan, ctx, lang, tables=tuple(t.id for t in tables))
    if plan.layout == Layout.BANQUET:
        return (f"{words['table']} {tables[0].label or tables[0].id}", drawing)
    names = [t.label if t.label.isdigit() else str(t.seats[0].row) if t.seats else t.id for t in tables]
    if len(names) == 1:
        return (f"{words['row']} {names[0]}", drawing)
    return (f"{words['rows']} {names[0]}–{names[-1]}", drawing)


class _Composer:
    """Turns the geometry into shapes: scale metres to the page, then draw tables, seats, names, legend."""

    def __init__(self, drawing: PlanDrawing) -> None:
        self.d = drawing
        self.plan, self.ctx, self.words = drawing.plan, drawing.ctx, WORDS[drawing.lang]
        if drawing.tables:  # a table (or rows) of a big plan, its full names listed beside it
            tables = [self.plan.table(t) for t in drawing.tables]
            ids = {seat.id for t in tables for seat in t.seats}
            self.plan = Plan(self.plan.layout, self.plan.senior_side, tables, entrance=(tables[0].x, tables[0].y),
                             flags=[f for f in self.plan.flags if f.seat_id in ids])  # fmt: skip
        self.out: list[Shape] = []
        sides = sorted({a.side.id: a.side for a in self.ctx.attendees.values()}.values(),
                       key=lambda s: (not s.host, s.position, s.id))  # fmt: skip
        self.sides = sides
        self.colour = {s.id: SIDE_COLOURS[i % len(SIDE_COLOURS)] for i, s in enumerate(sides)}
        seats = [s for s in self.plan.seats() if s.kind != BEHIND]
        self.index_mode = not drawing.overview and (
            (len(self.plan.tables) > 4 and len(seats) > 40) or len(seats) > 90
        )
        self.stagger: dict[str, float] = {}  # a long table's side -> how much deeper every other name goes
        self.hosts_beside = False  # an overview whose hosts do not fit under their tables lists them

    def compose(self) -> list[Shape]:
        """The shapes of the plan. Names that would overlap another label, a chair or a round table are
        written smaller, a step at a time; when even the smallest does not fit, the seats are numbered
        and the names listed by table beside the plan."""
        self.caps: dict[str, float] = {}
        if self.d.overview:  # the hosts under their tables, or listed beside the plan when too narrow there
            shapes = self._compose()
            if (
                self.listing
                or min((t.size for t in shapes if isinstance(t, Text) and t.role), default=9) >= READABLE
            ):
                return shapes
            self.hosts_beside = True
            return self._compose()
        for _ in range(8):
            shapes = self._compose()
            crowded = [] if self.index_mode or self.d.overview else self._crowded()
            if not crowded:
                return shapes
            for seat_id in crowded:
                self.caps[seat_id] = self.caps.get(seat_id, NAME_SIZE) * 0.85
            if any(cap < MIN_NAME_SIZE for cap in self.caps.values()):
                break
        self.index_mode = True
        return self._compose()

    @property
    def listing(self) -> bool:
        """Whether names are listed beside the plan (a crowded plan, a table's page, an overview's hosts)."""
        return self.index_mode or bool(self.d.tables) or self.hosts_beside

    def _crowded(self) -> list[str]:
        """Seats whose name overlaps another label, a chair or a round table."""
        drawn = [s for s in self.out if not isinstance(s, (Text, Line)) and s not in self.tables_drawn]
        texts = [(t, box(t)) for t in self.out if isinstance(t, Text)]  # each box measured once
        chairs = [(c, box(c)) for c in drawn + self.round_tables]
        result = []
        for seat_id, lines in self.labels.items():
            mine = {id(t) for t in lines}
            for line in lines:
                b = box(line)
                if any(hits(b, t, tb) for t, tb in texts if id(t) not in mine) or any(
                    hits(b, c, cb) for c, cb in chairs
                ):
                    result.append(seat_id)
                    break
        return result

    def _compose(self) -> list[Shape]:
        self.out = []
        self.labels: dict[str, list[Text]] = {}
        self.tables_drawn: list[Shape] = []
        self.round_tables: list[Shape] = []
        width, height = self.d.size_mm()
        area_w = width * (0.58 if self.listing else 1.0)
        self._fit(area_w, height - LEGEND_MM)
        for table in self.plan.tables:
            self._table(table)
        for flag in self.plan.flags:
            self._flag(flag)
        if not self.d.tables:
            self._entrance()
        if self.d.overview and self.plan.layout == Layout.BANQUET:
            for table in self.plan.tables if not self.listing else []:
                self._host(table)
        else:
            for seat in self.plan.seats():
                self._seat(seat)
        for table in self.plan.tables if self.d.overview or self.index_mode else []:
            self._row_number(table)
        if self.listing and not self._index(area_w + 4, width, height - 2):
            self.d.width_mm, self.d.height_mm = width * 1.25, height * 1.25  # a bigger sheet (a poster)
            return self._compose()
        self._legend(width)
        return self.out

    # --- scale -------------------------------------------------------------------------------------------------
    def _fit(self, area_w: float, area_h: float) -> None:
        x0, y0, x1, y1 = self.plan.bounds()
        pad = 0.3 if self.index_mode else 0.9
        x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - 0.3, y1 + pad
        self.scale = min(area_w / (x1 - x0), area_h / (y1 - y0), 60.0)
        used_w, used_h = (x1 - x0) * self.scale, (y1 - y0) * self.scale
        self.ox = (area_w - used_w) / 2 - x0 * self.scale
        self.oy = LEGEND_MM + (area_h - used_h) / 2 - y0 * self.scale

    def p(self, x: float, y: float) -> tuple[float, float]:
        return (self.ox + x * self.scale, self.oy + y * self.scale)

    def mm(self, metres: float) -> float:
        return metres * self.scale

    # --- elements ----------------------------------------------------------------------------------------------
    def _table(self, table: Table) -> None:
        if table.shape in ("row", "standing") or (not table.width and not table.height):
            return
        if table.shape == "oval":
            self.out.append(Poly(_stadium(self, table), "#f4efe6", "#8a7a5c", 0.6))
            self.tables_drawn.append(self.out[-1])
            return
        if table.shape == "round":
            cx, cy = self.p(table.x, table.y)
            self.out.append(Circle(cx, cy, self.mm(table.width / 2), "#f4efe6", "#8a7a5c", 0.6))
            self.tables_drawn.append(self.out[-1])
            self.round_tables.append(self.out[-1])
            self.out.append(Text(cx, cy - 1.2, str(table.label), max(5.0, min(11.0, self.mm(0.5) * 2)), True,
                                 "middle", "#5c4f36"))  # fmt: skip
            return
        x, y = self.p(table.x - table.width / 2, table.y - table.height / 2)
        fill = "#efe9f7" if table.shape == "stage" else "#f4efe6"
        self.out.append(Rect(x, y, self.mm(table.width), self.mm(table.height), fill, "#8a7a5c", 0.6))
        self.tables_drawn.append(self.out[-1])
        label = {"stage": self.words["stage"], "signing": self.words["signing"]}.get(table.label, "")
        if label:
            cx, cy = self.p(table.x, table.y)
            size = min(7.0, self.mm(table.height) / PT * 0.7)  # within the table (a tiny stage of a big hall)
            self.out.append(Text(cx, cy - size * PT * 0.3 if table.shape == "stage" else cy - 3, label, size, False,
                                 "middle", "#5c4f36"))  # fmt: skip
        elif table.label and table.label.isdigit() and (self.index_mode or self.d.overview):
            cx, cy = self.p(table.x, table.y)
            self.out.append(Text(cx, cy - 1.2, table.label, 7, True, "middle", "#5c4f36"))

    def _seat_colours(self, seat: Seat) -> tuple[str, str]:
        aid = seat.attendee_id
        if aid in self.ctx.attendees:
            return self.colour[self.ctx.attendees[aid].side.id]
        return NEUTRAL

    def _seat(self, seat: Seat) -> None:
        cx, cy = self.p(seat.x, seat.y)
        r = max(0.6, min(3.6, self.mm(0.2)))
        stroke, fill = self._seat_colours(seat)
        if seat.kind in (STANDING, ASSISTANT):
            self.out.append(Poly(_diamond(cx, cy, r), fill, stroke, 0.6))
        elif seat.kind == BEHIND:
            self.out.append(Rect(cx - r, cy - r, 2 * r, 2 * r, fill, stroke, 0.6, dash=True))
        else:
            self.out.append(Circle(cx, cy, r, fill, stroke, 0.8 if seat.locked else 0.5))
        if seat.number and seat.kind not in (BEHIND, END) and not self.d.overview:
            size = max(3.0, min(7.0, r * 2.0))
            self.out.append(Text(cx, cy - size * 0.12, str(seat.number), size, False, "middle", "#222222"))
        if seat.attendee_id in self.ctx.attendees and not (self.index_mode or self.d.overview):  # else listed
            self._name(seat, r)

    def _row_number(self, table: Table) -> None:
        """The number of a row of chairs, left of its first chair (an overview or a list of a hall)."""
        if table.shape != "row" or not table.seats:
            return
        first = min(table.seats, key=lambda seat: seat.x)
        x, y = self.p(first.x, first.y)
        size = min(7.0, max(4.0, self.mm(0.5) / PT))
        self.out.append(Text(x - max(0.6, min(3.6, self.mm(0.2))) - 1.5, y - size * PT * 0.3, str(first.row), size,
                             True, "end", "#5c4f36"))  # fmt: skip

    def _host(self, table: Table) -> None:
        """The host of a table (its first seat) written under it, on the overview of a big plan."""
        host = next((s for s in table.seats if s.kind == SEAT and s.offset == 0), None)
        if host is None or host.attendee_id not in self.ctx.attendees:
            return
        text = self._label_text(host.attendee_id or 0)
        surname, _, initials = text.rpartition(" ")
        lines = [surname, initials] if surname and initials else [text]
        room = self.mm(table.width + (2 * 0.45 + 1.2 if table.shape == "round" else 0))
        size = min(NAME_SIZE, NAME_SIZE * room / max(text_width(lines[0], NAME_SIZE, True), 1))
        cx, cy = self.p(table.x, table.y - table.height / 2)
        for i, line in enumerate(lines):
            self.out.append(Text(cx, cy - 1.2 - size * 0.3 - i * size * 0.38, line, size, i == 0, "middle",
                                 "#111111", role="name"))  # fmt: skip

    def _label_text(self, aid: int) -> str:
        return attendee_name(self.ctx.attendees[aid], self.d.lang, Form.SHORT)

    def _name(self, seat: Seat, r: float) -> None:
        """The name beside its seat: on the table in front of a chair at a table (like a place card),
        outwards at a round table or an end, below a chair without a table, behind a chair behind."""
        att = self.ctx.attendees[seat.attendee_id or 0]
        lines = self._lines(seat.attendee_id or 0)
        bold = surname_line(att.person, self.d.lang, attendee_country(att))
        role = self.ctx.role(seat.attendee_id or 0)
        if role in ("interpreter", "secretary"):
            lines.append(label("role", role, self.d.lang))
        room = self._label_room(seat)
        size = self.caps.get(seat.id, NAME_SIZE)
        widest = max(text_width(line, size, True) for line in lines[:2])
        if widest > room:
            size = max(MIN_NAME_SIZE, size * room / widest)
        table = self.plan.table(seat.table_id)
        fx, fy = seat.facing
        if table.shape == "round":
            angle = math.atan2(seat.y - table.y, seat.x - table.x)
            ux, uy, gap = math.cos(angle), math.sin(angle), r + 0.8
        elif table.ring or seat.kind in (END, BEHIND):  # round an oval or a long table: outwards
            ux, uy, gap = -fx, -fy, r + 0.8 + self._deeper(seat)
        elif seat.kind in (STANDING, ASSISTANT) or table.shape in ("row", "standing"):
            ux, uy, gap = 0.0, -1.0, r + 0.6
        else:
            ux, uy, gap = fx, fy, self.mm(0.45) + 0.8 + self._deeper(seat)
        cx, cy = self.p(seat.x, seat.y)
        ax, ay = cx + ux * gap, cy + uy * gap
        anchor = "start" if ux > 0.35 else "end" if ux < -0.35 else "middle"
        step = size * 0.38
        if uy > 0.35:  # the block grows upwards from the anchor
            first = ay + 0.08 * size + (len(lines) - 1) * step
        elif uy < -0.35:  # the block hangs below the anchor
            first = ay - 0.27 * size
        else:  # centred on the anchor
            first = ay + (len(lines) * step) / 2 - 0.27 * size
        for i, line in enumerate(lines):
            if i == 2:  # the role of an interpreter or a note-taker, small and grey
                shape = Text(ax, first - i * step, line, size * 0.8, False, anchor, "#777777")
            else:
                shape = Text(ax, first - i * step, line, size, i == bold, anchor, "#111111", role="name")
            self.out.append(shape)
            self.labels.setdefault(seat.id, []).append(shape)

    def _lines(self, aid: int) -> list[str]:
        """The lines of a person's name at his or her seat (surname and initials, in the plan's language)."""
        att = self.ctx.attendees[aid]
        return label_lines(att.person, self.d.lang, attendee_country(att))

    def _row_of(self, seat: Seat) -> list[Seat]:
        """The chairs of a long table's side that ``seat`` sits on, left to right."""
        table = self.plan.table(seat.table_id)
        return sorted(
            (s for s in table.seats if s.kind == seat.kind and abs(s.y - seat.y) < 0.2), key=lambda s: s.x
        )

    def _staggered(self, seat: Seat) -> float:
        """Millimetres by which every other name along a long table's side goes further onto the table,
        so that each name has two chairs' width: the depth of one block of name lines when the names do
        not fit one chair's width and the table (its half, with chairs on both sides) holds two blocks;
        else 0. One answer per side of a table."""
        table = self.plan.table(seat.table_id)
        if (
            table.shape != "rect"
            or table.ring
            or seat.kind not in (SEAT, BEHIND)
            or abs(seat.facing[1]) < 0.7
        ):
            return 0.0
        key = f"{table.id}:{seat.kind}:{round(seat.y, 1)}"
        if key not in self.stagger:
            row = [s for s in self._row_of(seat) if s.attendee_id in self.ctx.attendees]
            lines = (
                3
                if any(self.ctx.role(s.attendee_id or 0) in ("interpreter", "secretary") for s in row)
                else 2
            )
            block = (0.34 + (lines - 1) * 0.38) * NAME_SIZE + 0.6
            both = any(s.kind == SEAT and abs(s.y - seat.y) > 0.2 for s in table.seats)
            depth = (
                self.mm(table.height) / (2 if both else 1) if seat.kind == SEAT else 99.0
            )  # behind: outwards
            widest = max((text_width(line, NAME_SIZE, True) for s in row
                          for line in self._lines(s.attendee_id or 0)[:2]), default=0.0)  # fmt: skip
            fits = widest <= self._pitch_room(seat, 1)
            self.stagger[key] = block if len(row) > 1 and not fits and 2 * block + 1.4 <= depth else 0.0
        return self.stagger[key]

    def _deeper(self, seat: Seat) -> float:
        """How much further onto the table this seat's name goes (every other chair of a staggered side;
        never the chair with a flag in front of it, a head's, whose name would run into the flag)."""
        shift = self._staggered(seat)
        if not shift:
            return 0.0
        row = self._row_of(seat)
        flagged = {flag.seat_id for flag in self.plan.flags}
        base = next((i for i, s in enumerate(row) if s.id in flagged), 0)
        return shift if (row.index(seat) - base) % 2 else 0.0

    def _pitch_room(self, seat: Seat, chairs: int) -> float:
        """The width of ``chairs`` chairs' steps along the seat's row, less a margin (millimetres)."""
        table = self.plan.table(seat.table_id)
        pitch = min(
            (abs(o.x - seat.x) for o in table.seats if o is not seat and o.row == seat.row and o.kind == seat.kind
             and abs(o.y - seat.y) < 0.2),
            default=1.2,
        )  # fmt: skip
        return max(8.0, self.mm(pitch * chairs) * 0.92)

    def _label_room(self, seat: Seat) -> float:
        """Millimetres a name may take across: the distance to the next seat of its row (of the next but
        one when the names of a long table are staggered), or a margin."""
        table = self.plan.table(seat.table_id)
        if seat.kind == END:
            return 24.0
        if table.shape == "round":
            return max(14.0, self.mm(1.2))
        if table.ring:
            return max(8.0, self.mm(PITCH) * 0.92) if abs(seat.facing[1]) > 0.7 else 24.0
        room = self._pitch_room(seat, 2 if self._staggered(seat) else 1)
        if table.shape == "rect" and seat.kind == SEAT:  # a name on a long table stays on it
            edge = min(seat.x - (table.x - table.width / 2), table.x + table.width / 2 - seat.x)
            room = min(room, max(8.0, 2 * self.mm(edge) - 1.0))
        return room

    def _flag(self, flag: Flag) -> None:
        x, y = self.p(flag.x, flag.y)
        side_id = getattr(flag, "side_id", None)  # a delegation's flag; older plans name host or guest
        side = next((s for s in self.sides if s.id == side_id), None) or next(
            (s for s in self.sides if s.host == (getattr(flag, "side", "") == "host")), None
        )
        country = getattr(flag, "country", "") or (side.country if side else "")
        mark = flags.mark_of(country, side.flag_image if side else None)
        w, h = max(3.0, self.mm(0.28)), max(2.0, self.mm(0.18))
        x0 = x - w / 2
        self.out.append(Line([(x0, y - h * 0.9), (x0, y + h)], "#444444", 0.5))
        self.out.append(FlagImage(x0, y, w, h, mark))

    def _entrance(self) -> None:
        x, y = self.p(*self.plan.entrance)
        w = 14.0
        self.out.append(Line([(x - w / 2, y), (x + w / 2, y)], "#333333", 1.6))
        self.out.append(Poly([(x, y + 4.5), (x - 2, y + 1.5), (x + 2, y + 1.5)], "#333333", None, 0))
        self.out.append(Text(x + w / 2 + 2, y - 1, self.words["entrance"], 7, True, "start", "#333333"))
        if self.plan.layout == Layout.SIGNING:
            self.out.append(Text(x, y + 8, self.words["audience"], 7, False, "middle", "#777777"))

    def _index(self, x0: float, x1: float, top: float) -> bool:
        """The names by table (or row), in columns to the right of the plan; False when they do not fit
        beside each other even at the smallest size."""
        entries: list[tuple[str, str, str | None]] = []
        word = self.words["row" if self.plan.layout == Layout.THEATRE else "table"]
        for table in self.plan.tables:
            seated = [s for s in table.seats if s.attendee_id in self.ctx.attendees]
            host = next((s for s in seated if s.kind == SEAT and s.offset == 0), None)
            if self.d.overview:  # the overview: each table's number and host
                if host is not None:
                    entries.append((table.label, self._label_text(host.attendee_id or 0), "#5c4f36"))
                continue
            if not seated:
                continue
            heading = {"signing": self.words["signing"], "standing": self.words["standing_rows"]}.get(
                table.label
            )
            entries.append(("", heading or f"{word} {table.label or table.id}", None))
            for seat in sorted(seated, key=lambda s: (s.kind == BEHIND, s.number)):
                mark = "»" if seat.kind == BEHIND else str(seat.number)  # » a chair behind
                aid = seat.attendee_id or 0
                text = (attendee_name(self.ctx.attendees[aid], self.d.lang, Form.LIST) if self.d.tables
                        else self._label_text(aid))  # fmt: skip
                entries.append((mark, text, self._seat_colours(seat)[0]))
        if not entries:
            return True
        bottom = LEGEND_MM + 2
        size = 7.0
        # a width grows with the size: the widest name measured once
        widest_at_1 = max(text_width(text, 1.0, True) for _, text, _ in entries)
        while size > 4.0:
            per_col = int((top - bottom) / (size * 0.4))
            columns = math.ceil(len(entries) / max(per_col, 1))
            widest = widest_at_1 * size + size * 1.35 + 2
            if columns * widest <= x1 - x0:
                break
            size -= 0.25
        fits = math.ceil(len(entries) / max(1, int((top - bottom) / (size * 0.4)))) * widest <= x1 - x0
        per_col = max(1, int((top - bottom) / (size * 0.4)))
        col_w = (x1 - x0) / max(1, math.ceil(len(entries) / per_col))
        for i, (mark, text, colour) in enumerate(entries):
            col, row = divmod(i, per_col)
            x, y = x0 + col * col_w, top - size * 0.4 * (row + 1)
            if colour is None:
                self.out.append(Text(x, y, text, size, True, "start", "#333333"))
                continue
            self.out.append(Circle(x + size * 0.12, y + size * 0.12, size * 0.1, colour, None, 0))
            self.out.append(Text(x + size * 0.55, y, mark, size, False, "start", "#555555"))
            self.out.append(Text(x + size * 1.35, y, text, size, False, "start", "#111111", role="name"))
        return fits

    def _legend(self, width: float) -> None:
        y = 4.0
        x = 2.0
        self.out.append(Line([(0, LEGEND_MM - 2), (width, LEGEND_MM - 2)], "#bbbbbb", 0.3))
        for side in self.sides:
            stroke, fill = self.colour[side.id]
            self.out.append(Circle(x + 1.6, y + 1.2, 1.6, fill, stroke, 0.5))
            name = pick(self.d.lang, side.name, side.name_en)
            self.out.append(Text(x + 4.5, y + 0.2, name, 7, False, "start", "#222222"))
            x += 8 + text_width(name, 7)
        items: list[tuple[Shape | None, str]] = [(Circle(x + 1.6, y + 1.2, 1.6, "#ffffff", "#6b6b6b", 0.5),
                                           f"1 — {self.words['seat']}")]  # fmt: skip
        kinds = {s.kind for s in self.plan.seats()}
        if self.d.overview:  # no seats drawn
            items, kinds = [], set()
        if BEHIND in kinds:
            items.append(
                (Rect(0, y - 0.4, 3.2, 3.2, "#ffffff", "#6b6b6b", 0.5, dash=True), self.words["behind"])
            )
        if STANDING in kinds:
            items.append((Poly(_diamond(0, y + 1.2, 1.6), "#ffffff", "#6b6b6b", 0.5), self.words["standing"]))
        items.append((None, self.words["senior"][self.plan.senior_side]))
        for shape, text in items:
            if shape is not None:
                self.out.append(_moved(shape, x))
            self.out.append(Text(x + 4.5, y + 0.2, text, 7, False, "start", "#222222"))
            x += 9 + text_width(text, 7)


def _stadium(composer: _Composer, table: Table) -> list[tuple[float, float]]:
    """The outline of an oval table (two half circles joined by straight edges), in millimetres."""
    radius = table.height / 2
    straight = table.width - table.height
    points = []
    for end, start in ((1, -math.pi / 2), (-1, math.pi / 2)):
        cx = table.x + end * straight / 2
        for k in range(13):
            angle = start + math.pi * k / 12
            points.append(composer.p(cx + radius * math.cos(angle), table.y + radius * math.sin(angle)))
    return points


def _diamond(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    return [(cx, cy + r), (cx + r, cy), (cx, cy - r), (cx - r, cy)]


def _moved(shape: Shape, x: float) -> Shape:
    """A legend symbol placed at ``x`` (symbols are made at x = 0, circles at their own x)."""
    if isinstance(shape, Rect):
        shape.x += x
    elif isinstance(shape, Poly):
        shape.points = [(px + x + 1.6, py) for px, py in shape.points]
    return shape
