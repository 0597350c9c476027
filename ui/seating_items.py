"""The items of the seating editor's scene, drawn from the core's geometry (``seating/geometry.py``): one item
per table (a branch per table shape), one per seat (a branch per seat kind) with the name of who sits there,
flags and the entrance. One scene unit is one centimetre on the floor; y grows downwards (away from the
stage or the head table, towards the entrance).

A seat item changes alone when its seat changes (``SeatItem.show_look``), so a drop redraws two items, not
the plan, unless the plan's name size changes with the names moved (``seating_lettering``: one size for every
name of a plan, as printed).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from protocol_app import flags
from protocol_app.model import Side
from protocol_app.seating.drawing import NEUTRAL, SIDE_COLOURS
from protocol_app.seating.geometry import ASSISTANT, BEHIND, END, SEAT, STANDING, Plan, Seat, Table
from protocol_app.seating.shapes import PT, FlagImage
from ui.seating_lettering import Lettering, Letters

CM = 100.0  # scene units per metre
SEAT_R = 21.0  # radius of a chair
_REFERENCE = 100.0  # names are measured at this size, then scaled
MIN_TEXT_PX = 5.0  # names smaller than this on screen are not drawn (the tooltip still tells)
BREACH = QColor("#d0021b")
WARNING = QColor("#e08a00")
CHOSEN = QColor("#1565c0")
TARGET = QColor("#2e7d32")
INK = QColor("#111111")
ROLE_INK = QColor("#666666")
WOOD, WOOD_EDGE = QColor("#f4efe6"), QColor("#8a7a5c")


def at(x: float, y: float) -> QPointF:
    """The scene point of a point on the floor (metres, y upwards)."""
    return QPointF(x * CM, -y * CM)


def _line_size(size: float, line: int) -> float:
    """The size of a label's line: the role under a name (its third line) smaller."""
    return size if line < 2 else size * 0.8


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("PT Sans")
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


@dataclass
class Look:
    """How a seat shows who sits there: the label lines, the side's colours, breach marks."""

    lines: tuple[str, ...] = ()
    stroke: str = NEUTRAL[0]
    fill: str = NEUTRAL[1]
    breach: str = ""  # "", "error" or "warning"
    bold: int = 0  # the line with the surname


class SeatItem(QGraphicsItem):
    """One seat: its chair (circle, dashed square behind, diamond standing), number, lock and breach marks,
    and the name beside it. Selectable; the editor view moves people between these."""

    def __init__(
        self,
        seat: Seat,
        outward: tuple[float, float],
        inward_label: bool,
        room: float = 200.0,
        lettering: Lettering | None = None,
        along_row: int = 0,
    ) -> None:
        super().__init__()
        self.seat = seat
        self.look = Look()
        self.carried = False  # picked up with the keyboard, to be dropped on another seat
        self.target = False  # the seat under a person being dragged
        self.setPos(at(seat.x, seat.y))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a repaint blits, unless it changed
        ux, uy = outward if not inward_label else (-outward[0], -outward[1])
        self._direction = (ux, -uy)  # scene y grows downwards
        self._room = room  # how wide a name may be (scene units) before it runs into the next one
        # 0: the name is not written along a row of chairs; else 1 or 2, every other chair of its row, the
        # 2nd going further out when the plan's names are staggered
        self.along_row = along_row
        self.lettering = lettering if lettering is not None else Lettering()
        self.lettering.add(self)
        self._bounds = QRectF()
        self._measured: list[tuple[float, float, float]] = []  # each line: width, ascent, height at 1 unit
        self._layout: list[tuple[QPointF, str, QFont, QColor]] = []

    @property
    def seat_id(self) -> str:
        return self.seat.id

    def show_look(self, look: Look, tooltip: str) -> None:
        """Show ``look`` (who sits here now) and say ``tooltip`` on hover."""
        if look != self.look:
            self.look = look
            self._measured = self._measure()
            self.lay_out_again()
            self.lettering.changed()  # the plan's name size may change with this name
        self.setToolTip(tooltip)

    def lay_out_again(self) -> None:
        """Place the name again at the plan's name size (``lettering``)."""
        self.prepareGeometryChange()
        self._layout = self._lay_out()
        self._bounds = QRectF()
        self.update()

    def mark(self, *, carried: bool | None = None, target: bool | None = None) -> None:
        if carried is not None:
            self.carried = carried
        if target is not None:
            self.target = target
        self.update()

    def label_font(self) -> QFont | None:
        """The font of the name's first line (None for an empty seat)."""
        return self._layout[0][2] if self._layout else None

    def _measure(self) -> list[tuple[float, float, float]]:
        """Each label line's width, ascent and height at a size of one scene unit."""
        result = []
        for i, line in enumerate(self.look.lines):
            size = _line_size(_REFERENCE, i)
            m = QFontMetricsF(_font(size, i == self.look.bold))
            result.append((m.horizontalAdvance(line) / size, m.ascent() / size, m.height() / size))
        return result

    def lines(self, surnames: bool = False) -> list[int]:
        """Which label lines are written: all, or the surname's alone (``surnames``)."""
        return (
            [self.look.bold] if surnames and len(self.look.lines) > 1 else list(range(len(self.look.lines)))
        )

    def fitting_size(self, largest: float, staggered: bool, surnames: bool) -> float:
        """The largest size (up to ``largest``) at which the widest of the name's first two lines fits
        its room: the next chair's width, two chairs' along a staggered row."""
        room = self._room * (2 if staggered and self.along_row else 1)
        widest = max((self._measured[i][0] for i in self.lines(surnames) if i < 2), default=0.0)
        return min(largest, room / widest) if widest else largest

    def _placed(self, letters: Letters) -> list[tuple[int, float, float, float, float, float]]:
        """Each line written: its index, left, baseline, width, ascent and height (item coordinates),
        beside the chair in the label's direction (every other name of a staggered row further out)."""
        shown = self.lines(letters.surnames)
        if not shown:
            return []
        ux, uy = self._direction
        size = letters.size
        step = size * 1.05
        height = step * len(shown)
        gap = SEAT_R + 4 + (letters.deeper if letters.staggered and self.along_row == 2 else 0.0)
        ax, ay = ux * gap, uy * gap
        if uy > 0.35:  # below the chair: the block hangs from the anchor
            top = ay
        elif uy < -0.35:  # above the chair: the block stands on the anchor
            top = ay - height
        else:
            top = ay - height / 2
        placed = []
        for n, i in enumerate(shown):
            w, asc, h = (v * _line_size(size, i) for v in self._measured[i])
            x = ax if ux > 0.35 else ax - w if ux < -0.35 else ax - w / 2
            placed.append((i, x, top + n * step + asc, w, asc, h))
        return placed

    def name_boxes(self, letters: Letters) -> list[QRectF]:
        """The scene rectangles the name's lines would take written with ``letters``."""
        x0, y0 = self.pos().x(), self.pos().y()
        return [QRectF(x0 + x, y0 + y - asc, w, h) for _, x, y, w, asc, h in self._placed(letters)]

    def chair_box(self) -> QRectF:
        """The scene rectangle of the chair."""
        return QRectF(self.pos().x() - SEAT_R, self.pos().y() - SEAT_R, 2 * SEAT_R, 2 * SEAT_R)

    def _lay_out(self) -> list[tuple[QPointF, str, QFont, QColor]]:
        """The label lines written, with their baseline points, fonts and colours, in the plan's letters
        (the role under a name grey)."""
        size = self.lettering.size
        return [
            (QPointF(x, y), self.look.lines[i], _font(_line_size(size, i), i == self.look.bold),
             INK if i < 2 else ROLE_INK)
            for i, x, y, _, _, _ in self._placed(self.lettering.letters)
        ]  # fmt: skip

    def name_rects(self) -> list[QRectF]:
        """The rectangles (item coordinates) of the name's lines as drawn."""
        rects = []
        for point, line, font, _ in self._layout:
            m = QFontMetricsF(font)
            rects.append(QRectF(point.x(), point.y() - m.ascent(), m.horizontalAdvance(line), m.height()))
        return rects

    def boundingRect(self) -> QRectF:
        if self._bounds.isNull():
            box = QRectF(-SEAT_R - 6, -SEAT_R - 6, 2 * SEAT_R + 12, 2 * SEAT_R + 12)
            for rect in self.name_rects():
                box = box.united(rect)
            self._bounds = box
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), SEAT_R + 4, SEAT_R + 4)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        look, r, kind = self.look, SEAT_R, self.seat.kind
        if self.isSelected() or self.carried or self.target:
            colour = TARGET if self.target else CHOSEN
            painter.setPen(QPen(colour, 5, Qt.PenStyle.DashLine if self.carried else Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 9, r + 9)
        if kind == BEHIND:
            r *= 0.75  # two interpreters' chairs behind one seat stand side by side
        if look.breach == "error":
            painter.setPen(QPen(BREACH, 4.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 4, r + 4)
        elif look.breach:  # a warning: only less good
            painter.setPen(QPen(WARNING, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 3, r + 3)
        pen = QPen(QColor(look.stroke), 4 if self.seat.locked else 1.6)
        if kind == BEHIND:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor("#c8e6c9") if self.target else QColor(look.fill)))
        if kind in (STANDING, ASSISTANT):
            painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
        elif kind == BEHIND:
            painter.drawRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7))
        else:
            painter.drawEllipse(QPointF(0, 0), r, r)
        if self.seat.locked:
            self._lock(painter)
        if lod * 12 >= MIN_TEXT_PX and self.seat.number and kind not in (BEHIND, END):
            painter.setFont(_font(14))
            painter.setPen(QColor("#222222"))
            painter.drawText(
                QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(self.seat.number)
            )
        if lod * self.lettering.size >= MIN_TEXT_PX:
            for point, line, font, colour in self._layout:
                painter.setFont(font)
                painter.setPen(colour)
                painter.drawText(point, line)

    def _lock(self, painter: QPainter) -> None:
        """A small padlock at the chair's upper right."""
        painter.setPen(QPen(QColor("#333333"), 2))
        painter.setBrush(QColor("#ffd54f"))
        x, y = SEAT_R * 0.55, -SEAT_R * 1.05
        painter.drawRect(QRectF(x, y + 6, 14, 10))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(x + 2.5, y, 9, 12), 0, 180 * 16)


class TableItem(QGraphicsItem):
    """A table as its shape says: a rectangle, a round table with its number, a row of chairs (nothing drawn
    but its number), a standing area, a stage."""

    def __init__(self, table: Table) -> None:
        super().__init__()
        self.table = table
        self.setPos(at(table.x, table.y))
        self.setZValue(0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        w, h = table.width * CM, table.height * CM
        self._rect = QRectF(-w / 2, -h / 2, w, h)
        if table.shape == "row":  # a row's number at its left end
            left = min((s.x for s in table.seats), default=table.x) - table.x
            self._rect = QRectF(left * CM - 90, -20, 60, 40)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        shape, rect, label = self.table.shape, self._rect, self.table.label
        painter.setPen(QPen(WOOD_EDGE, 2))
        painter.setBrush(WOOD)
        if shape == "round":
            painter.drawEllipse(rect)
            self._label(painter, label, 34, bold=True)
        elif shape == "rect":
            painter.drawRect(rect)
            self._label(
                painter,
                QCoreApplication.translate("SeatingScene", "Signing table") if label == "signing" else "",
                16,
            )
        elif shape == "stage":
            painter.setBrush(QColor("#efe9f7"))
            painter.drawRect(rect)
            self._label(painter, QCoreApplication.translate("SeatingScene", "Stage"), 22)
        elif shape == "standing":
            painter.setPen(QPen(QColor("#bbbbbb"), 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 12, 12)
        elif shape == "row":
            self._label(
                painter, QCoreApplication.translate("SeatingScene", "Row %1").replace("%1", label), 16
            )

    def _label(self, painter: QPainter, text: str, size: float, bold: bool = False) -> None:
        if text:
            painter.setFont(_font(size, bold))
            painter.setPen(QColor("#5c4f36"))
            painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, text)


def add_flag(scene: QGraphicsScene, shape: FlagImage, height: float) -> None:
    """A party's flag: the SVG itself (vector), its own image, or the neutral mark; ``height`` turns the
    shape's y (upwards) into the scene's (downwards): the printed drawing's height, 0 in the editor."""
    w, h = flags.fitted_size(shape.mark, shape.w, shape.h)
    top = height - shape.y - shape.h
    svg = flags.svg_path(shape.mark.country) if shape.mark.image is None else None
    if shape.mark.image is not None:
        pixmap = QPixmap()
        pixmap.loadFromData(shape.mark.image)
        item = scene.addPixmap(pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setScale(w / max(pixmap.width(), 1))
        item.setPos(shape.x, top)
    elif svg is not None:
        renderer = QSvgRenderer(str(svg), scene)
        svg_item = QGraphicsSvgItem()
        svg_item.setSharedRenderer(renderer)
        size = renderer.defaultSize()
        svg_item.setScale(w / max(size.width(), 1))
        svg_item.setPos(shape.x, top)
        scene.addItem(svg_item)
    else:
        scene.addRect(
            QRectF(shape.x, top, w, h),
            QPen(QColor(flags.NEUTRAL_LINE), 0.3 * PT),
            QBrush(QColor(flags.NEUTRAL_FILL)),
        )


def _stand(scene: QGraphicsScene, x: float, y: float, mark: flags.Mark) -> None:
    """A flag stand in the editor: a pole and the flag hanging from its top (sizes in centimetres)."""
    point = at(x, y)
    w, h = 34.0, 24.0
    scene.addLine(point.x() - w / 2, point.y() - h, point.x() - w / 2, point.y() + h * 0.9,
                  QPen(QColor("#444444"), 2)).setZValue(1)  # fmt: skip
    add_flag(scene, FlagImage(point.x() - w / 2, -point.y(), w, h, mark), 0.0)


def _entrance(scene: QGraphicsScene, plan: Plan) -> None:
    point = at(*plan.entrance)
    scene.addLine(point.x() - 70, point.y(), point.x() + 70, point.y(), QPen(QColor("#333333"), 6))
    arrow = QPolygonF([point + QPointF(0, -30), point + QPointF(-12, -10), point + QPointF(12, -10)])
    scene.addPolygon(arrow, QPen(Qt.PenStyle.NoPen), QColor("#333333"))
    text = scene.addSimpleText(QCoreApplication.translate("SeatingScene", "Entrance"), _font(22, bold=True))
    text.setBrush(QColor("#333333"))
    text.setPos(point.x() + 80, point.y() - 14)


def outward(plan: Plan, seat: Seat) -> tuple[float, float]:
    """The direction (on the floor, metres, y upwards) in which a seat's name is written: away from a round
    table, onto the table in front of a chair at a long table (like a place card), outwards from an end
    chair or a chair behind, below a chair in a row or a standing place."""
    table = plan.table(seat.table_id)
    fx, fy = seat.facing
    if table.shape == "round":
        angle = math.atan2(seat.y - table.y, seat.x - table.x)
        return (math.cos(angle), math.sin(angle))
    if seat.kind == BEHIND:  # beside the chair: the first one's name to its left, a second one's to its right
        hx, hy = seat.right_hand
        return (hx, hy) if seat.id[-1].isdigit() else (-hx, -hy)
    if seat.kind == END:
        return (-fx, -fy)
    if seat.kind in (STANDING, ASSISTANT) or table.shape in ("row", "standing"):
        return (0.0, -1.0)
    return (fx, fy)


def label_room(table: Table, seat: Seat) -> float:
    """How wide (scene units) a name may be where its neighbours' names stand beside it: the distance to the
    next seat of its row when the names are written across the row, else a margin."""
    if table.shape == "round":
        return 120.0  # as printed; the names of the next table's chairs may stand closer (``Lettering``)
    if seat.kind in (END, BEHIND):
        return 200.0
    pitch = min(
        (abs(o.x - seat.x) for o in table.seats
         if o is not seat and o.row == seat.row and o.kind == seat.kind and abs(o.y - seat.y) < 0.2),
        default=2.0,
    )  # fmt: skip
    return pitch * CM * 0.94


def _obstacles(plan: Plan) -> list[QRectF]:
    """What no name may cross: the middle of a long table with chairs along both sides (each side's names
    stay on its half, as printed)."""
    result = []
    for t in plan.tables:
        ys = {round(s.y, 1) for s in t.seats if s.kind == SEAT}
        if t.shape == "rect" and min(ys, default=t.y) < t.y < max(ys, default=t.y):
            result.append(QRectF(at(t.x - t.width / 2, t.y + 0.03), at(t.x + t.width / 2, t.y - 0.03)))
    return result


def _rows(plan: Plan) -> dict[str, int]:
    """Seats whose names are written along a row of chairs: 1 or 2, every other chair of the row (from the
    chair with a flag in front of it, a head's, which stays 1: a name further out would run into the
    flag), as the printed drawing staggers the names of a long table's side."""
    flagged = {flag.seat_id for flag in plan.flags}
    result: dict[str, int] = {}
    for table in plan.tables:
        if table.shape == "round":
            continue
        rows: dict[tuple[str, int, float], list[Seat]] = {}
        for seat in table.seats:
            if seat.kind not in (END, BEHIND):
                rows.setdefault((seat.kind, seat.row, round(seat.y, 1)), []).append(seat)
        for row in rows.values():
            row.sort(key=lambda s: s.x)
            base = next((i for i, s in enumerate(row) if s.id in flagged), 0)
            result.update({s.id: 1 + (i - base) % 2 for i, s in enumerate(row)} if len(row) > 1 else {})
    return result


def side_colours(sides: list) -> dict[int | None, tuple[str, str]]:
    """Stroke and fill of each side's seats, in the colours of the printed drawing."""
    return {side.id: SIDE_COLOURS[i % len(SIDE_COLOURS)] for i, side in enumerate(sides)}


def build(scene: QGraphicsScene, plan: Plan, sides: list[Side]) -> dict[str, SeatItem]:
    """Fill ``scene`` with the plan's tables, flags, entrance and seats (empty: ``SeatItem.show`` tells who
    sits where); returns the seat items by seat id. ``sides``: the plan's sides, the host first."""
    scene.clear()
    for table in plan.tables:
        scene.addItem(TableItem(table))
    for flag in plan.flags:
        side = next((s for s in sides if s.id == flag.side_id), None) or next(
            (s for s in sides if s.host == (flag.side == "host")), None
        )
        _stand(scene, flag.x, flag.y, flags.mark_of(side.country, side.flag_image) if side else flags.Mark())
    _entrance(scene, plan)
    behind = {s.front_id for s in plan.seats() if s.kind == BEHIND}
    rows = _rows(plan)
    lettering = Lettering()
    lettering.obstacles = _obstacles(plan)
    items: dict[str, SeatItem] = {}
    for seat in plan.seats():
        table = plan.table(seat.table_id)
        item = SeatItem(
            seat,
            outward(plan, seat),
            table.shape == "round" and seat.id in behind,
            label_room(table, seat),
            lettering,
            rows.get(seat.id, 0),
        )
        scene.addItem(item)
        items[seat.id] = item
    box = scene.itemsBoundingRect()
    scene.setSceneRect(box.adjusted(-120, -120, 120, 120))
    return items
