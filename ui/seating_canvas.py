"""The seating drawing on screen: the printed drawing (the core computes the shapes once, ``PlanDrawing.shapes``,
in millimetres, origin bottom left; ``draw_shapes`` draws the same shapes into a QGraphicsScene, vector and
zoomable, next to the core's PDF and PNG renderers), and the editor (``SeatingCanvas``), where people are
moved with the mouse or the keyboard."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QWidget,
)

from protocol_app.seating.shapes import PT, Circle, FlagImage, Line, Poly, Rect, Shape, Text
from ui.seating_items import SeatItem, TableItem, add_flag

LEGIBLE_PX = 10.0  # the smallest name the editor's view shows when it fits the plan (screen pixels)
_REFERENCE_PX = 100.0  # text is laid out at this pixel size and scaled to its size in millimetres


def _pen(colour: str | None, width: float, dash: bool = False) -> QPen:
    if not colour:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(colour))
    pen.setWidthF(max(width, 0.01) * PT)
    pen.setCosmetic(False)
    if dash:
        pen.setDashPattern([1.2 / max(width * PT, 0.01), 0.8 / max(width * PT, 0.01)])
    return pen


def _brush(colour: str | None) -> QBrush:
    return QBrush(QColor(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)


def draw_shapes(
    scene: QGraphicsScene,
    shapes: list[Shape],
    size_mm: tuple[float, float],
    family: str = "PT Sans",
    top: float = 0.0,
) -> None:
    """Add ``shapes`` to ``scene`` (one scene unit = one millimetre, y downwards) on a white sheet whose top
    edge is at ``top`` (the pages of a big plan one under another)."""
    width, sheet = size_mm
    height = top + sheet  # the scene's y of the drawing's y = 0
    scene.addRect(QRectF(0, top, width, sheet), QPen(Qt.PenStyle.NoPen), QBrush(Qt.GlobalColor.white))

    def at(x: float, y: float) -> QPointF:
        return QPointF(x, height - y)

    for shape in shapes:
        if isinstance(shape, Rect):
            rect = QRectF(shape.x, height - shape.y - shape.h, shape.w, shape.h)
            scene.addRect(
                rect, _pen(shape.stroke, shape.width if shape.width else 0, shape.dash), _brush(shape.fill)
            )
        elif isinstance(shape, Circle):
            rect = QRectF(shape.cx - shape.r, height - shape.cy - shape.r, 2 * shape.r, 2 * shape.r)
            scene.addEllipse(rect, _pen(shape.stroke, shape.width), _brush(shape.fill))
        elif isinstance(shape, Line):
            path = QPainterPath(at(*shape.points[0]))
            for point in shape.points[1:]:
                path.lineTo(at(*point))
            scene.addPath(path, _pen(shape.stroke, shape.width))
        elif isinstance(shape, Poly):
            scene.addPolygon(
                QPolygonF([at(*p) for p in shape.points]), _pen(shape.stroke, shape.width), _brush(shape.fill)
            )
        elif isinstance(shape, Text):
            _text(scene, shape, height, family)
        elif isinstance(shape, FlagImage):
            add_flag(scene, shape, height)
    scene.setSceneRect(
        scene.sceneRect().united(QRectF(0, 0, width, height)) if top else QRectF(0, 0, width, height)
    )


def _text(scene: QGraphicsScene, shape: Text, height: float, family: str) -> None:
    font = QFont(family)
    font.setPixelSize(int(_REFERENCE_PX))
    font.setBold(shape.bold)
    metrics = QFontMetricsF(font)
    scale = shape.size * PT / _REFERENCE_PX
    item = QGraphicsSimpleTextItem(shape.text)
    item.setFont(font)
    item.setBrush(QBrush(QColor(shape.colour)))
    advance = metrics.horizontalAdvance(shape.text)
    dx = -(advance / 2 if shape.anchor == "middle" else advance if shape.anchor == "end" else 0)
    item.setTransformOriginPoint(0, 0)
    item.setScale(scale)
    item.setPos(shape.x + dx * scale, height - shape.y - metrics.ascent() * scale)
    angle = getattr(shape, "angle", 0) or 0
    if angle:
        item.setTransformOriginPoint(-dx, metrics.ascent())
        item.setRotation(-angle)
    scene.addItem(item)


class ZoomView(QGraphicsView):
    """A view of the drawing: the wheel zooms (Ctrl not needed), dragging pans, double click fits again."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.scale(factor, factor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.fit()
        super().mouseDoubleClickEvent(event)

    home: QRectF | None = None  # what fitting shows (the first page of several), else the whole scene

    def fit(self) -> None:
        """Show the whole drawing (or its first page)."""
        rect = self.home if self.home is not None else self.sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)


def _table_of(item: QGraphicsItem) -> str:
    """The table an item of the editor's scene belongs to ("" for flags, the entrance, the floor)."""
    if isinstance(item, SeatItem):
        return item.seat.table_id
    if isinstance(item, TableItem):
        return item.table.id
    return ""


ATTENDEE_MIME = "application/x-protocol-desk-attendee"  # a person dragged from the list of people


class SeatingCanvas(ZoomView):
    """The seating editor: seats as ``SeatItem``s over the plan's geometry.

    Mouse: drag a person onto another seat (swap, or move to an empty one), off every seat (unseat); drag
    a person from the list of people onto a seat; drag the floor to pan; the wheel zooms; right click for
    the seat's menu. Keyboard: arrows and Tab choose a seat, Space picks its person up and drops him or her
    on the chosen seat, Escape puts back, L locks or unlocks, Delete unseats, + and - zoom, 0 fits.
    The canvas only tells what the user asked for (signals); the page turns that into undoable commands.
    """

    moved = Signal(int, str)  # attendee id, seat id: put this person there
    unseated = Signal(str)  # seat id: take its person off
    lock_toggled = Signal(str)  # seat id
    chosen = Signal(str)  # seat id now chosen ("" none)
    carrying = Signal(int)  # attendee picked up with the keyboard (0: put back)
    table_shown = Signal(str)  # the table shown alone now ("" the whole plan)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.items_by_seat: dict[str, SeatItem] = {}
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self._press: tuple[QPoint, SeatItem | None] | None = None
        self._dragging = False
        self._ghost: QGraphicsSimpleTextItem | None = None
        self._target: SeatItem | None = None
        self._carried: SeatItem | None = None
        self.can_edit = True
        self.menu_extra: list[QAction] = []  # actions of the page for the chosen seat (e.g. seat a person)
        self.table_id = ""  # the table shown alone ("" the whole plan)
        self._tables: list[TableItem] = []

    # the scene ------------------------------------------------------------------------------------------
    def set_items(self, items: dict[str, SeatItem]) -> None:
        """The seat items of a newly built scene (the whole plan shown until ``show_table`` says otherwise)."""
        self.items_by_seat = items
        self._carried = self._target = None
        self._ghost = None
        self._press, self._dragging = None, False
        self.table_id, self.home = "", None
        self._tables = sorted(
            (
                i
                for i in self.scene().items()
                if isinstance(i, TableItem) and i.table.label.isdigit() and i.table.shape in ("round", "rect")
            ),
            key=lambda i: int(i.table.label),
        )  # fmt: skip  (held here: the scene alone would let their Python side go)

    def show_table(self, table_id: str, fit: bool = True) -> None:
        """Show one table alone, its seats and chairs behind (``table_id``), or the whole plan (""): a big
        banquet is edited a table at a time, its overview being the whole plan."""
        table_id = table_id if table_id in {t.table.id for t in self.tables()} else ""
        box = QRectF()
        for item in self.scene().items():
            if item.parentItem() is None:
                item.setVisible(not table_id or _table_of(item) == table_id)
                box = box.united(item.sceneBoundingRect()) if table_id and item.isVisible() else box
        self.home = box.adjusted(-60, -60, 60, 60) if table_id else None
        if table_id != self.table_id:
            self.table_id = table_id
            self.table_shown.emit(table_id)
        if fit:
            self.fit()

    def fit(self) -> None:
        """Show the whole plan (or the table shown alone), unless its names would then be smaller than
        ``LEGIBLE_PX`` on the screen: then as large as that, centred, the rest a scroll away."""
        lettering = next(iter(self.items_by_seat.values())).lettering if self.items_by_seat else None
        if lettering is not None:
            lettering.settle()
            scene = self.scene()
            scene.setSceneRect(scene.itemsBoundingRect().adjusted(-120, -120, 120, 120))
        super().fit()
        if lettering is None or self.transform().m11() * lettering.size >= LEGIBLE_PX:
            return
        rect = self.home if self.home is not None else self.sceneRect()
        scale = LEGIBLE_PX / lettering.size
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())

    def seat_at(self, pos: QPoint) -> SeatItem | None:
        """The seat under a point of the viewport."""
        for item in self.items(pos):
            if isinstance(item, SeatItem):
                return item
        return None

    def current(self) -> SeatItem | None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, SeatItem)]
        return chosen[0] if chosen else None

    def choose(self, seat_ids: list[str], centre: bool = True) -> None:
        """Select these seats (and show them)."""
        scene = self.scene()
        items = [self.items_by_seat[s] for s in seat_ids if s in self.items_by_seat]
        if self.table_id and any(not item.isVisible() for item in items):  # seats at another table
            tables = {item.seat.table_id for item in items}
            self.show_table(tables.pop() if len(tables) == 1 else "")
        scene.blockSignals(True)
        scene.clearSelection()
        for item in items:
            item.setSelected(True)
        scene.blockSignals(False)
        if items and centre:
            box = items[0].sceneBoundingRect()
            for item in items[1:]:
                box = box.united(item.sceneBoundingRect())
            self.ensureVisible(box, 40, 40)
        self.chosen.emit(items[0].seat_id if items else "")

    # the mouse --------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        item = self.seat_at(pos)
        self._press, self._dragging = (pos, item), False
        self.choose([item.seat_id] if item else [], centre=False)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)  # hover: tooltips
            return
        pos = event.position().toPoint()
        start, item = self._press
        if item is None:  # dragging the floor pans
            delta = pos - start
            self._press = (pos, None)
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        if item.look.lines == () or not self.can_edit:
            return
        if not self._dragging and (pos - start).manhattanLength() >= QApplication.startDragDistance():
            self._dragging = True
            self._ghost = self.scene().addSimpleText(" ".join(item.look.lines[:2]))
            self._ghost.setFont(item.label_font() or self.font())
            self._ghost.setBrush(QColor("#1565c0"))
            self._ghost.setZValue(10)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging and self._ghost is not None:
            self._ghost.setPos(self.mapToScene(pos) + QPointF(12, 12))
            self._hover_target(self.seat_at(pos), item)

    def _hover_target(self, target: SeatItem | None, source: SeatItem | None) -> None:
        if target is source:
            target = None
        if target is not self._target:
            if self._target is not None:
                self._target.mark(target=False)
            if target is not None:
                target.mark(target=True)
            self._target = target

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        _, source = self._press
        dragged = self._dragging
        target = self.seat_at(event.position().toPoint())
        self._end_drag()
        if dragged and source is not None:
            aid = source.seat.attendee_id
            if target is not None and target is not source and aid is not None:
                self.moved.emit(aid, target.seat_id)
            elif target is None:
                self.unseated.emit(source.seat_id)
        event.accept()

    def _end_drag(self) -> None:
        if self._ghost is not None:
            self.scene().removeItem(self._ghost)
        self._ghost = None
        self._hover_target(None, None)
        self._press, self._dragging = None, False
        self.viewport().unsetCursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """On a table of the whole plan: that table alone; elsewhere off the seats: fit the view again."""
        pos = event.position().toPoint()
        if self.seat_at(pos) is not None:
            return
        table = next((i for i in self.items(pos) if isinstance(i, TableItem)), None)
        if not self.table_id and table is not None and len(self.tables()) > 1:
            self.show_table(table.table.id)
        else:
            self.fit()

    def tables(self) -> list[TableItem]:
        """The numbered tables of the scene (a banquet's), each of which may be shown alone."""
        return list(self._tables)

    # a person dragged from the list of people --------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ATTENDEE_MIME) and self.can_edit:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(ATTENDEE_MIME):
            event.ignore()
            return
        target = self.seat_at(event.position().toPoint())
        self._hover_target(target, None)
        event.setAccepted(target is not None)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hover_target(None, None)

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.seat_at(event.position().toPoint())
        self._hover_target(None, None)
        data = event.mimeData().data(ATTENDEE_MIME).data()
        if target is None or not data:
            event.ignore()
            return
        event.acceptProposedAction()
        self.moved.emit(int(bytes(data).decode()), target.seat_id)

    # the keyboard ---------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, item = event.key(), self.current()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                  Qt.Key.Key_Down: (0, 1)}  # fmt: skip
        if key in arrows:
            self._step(item, arrows[Qt.Key(key)])
        elif key == Qt.Key.Key_Space and item is not None:
            self._space(item)
        elif key == Qt.Key.Key_Escape and self._carried is not None:
            self._carry(None)
        elif key == Qt.Key.Key_L and item is not None:
            self.lock_toggled.emit(item.seat_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None:
            self.unseated.emit(item.seat_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.scale(1.25, 1.25)
        elif key == Qt.Key.Key_Minus:
            self.scale(0.8, 0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go from seat to seat in the plan's order; past the last one, on to the next
        widget."""
        order = list(self.items_by_seat.values())
        item = self.current()
        if not order or not self.hasFocus():
            return super().focusNextPrevChild(forward)
        index = (
            order.index(item) + (1 if forward else -1)
            if item in order
            else (0 if forward else len(order) - 1)
        )
        if not 0 <= index < len(order):
            return super().focusNextPrevChild(forward)
        self.choose([order[index].seat_id])
        return True

    def _step(self, item: SeatItem | None, direction: tuple[int, int]) -> None:
        """Choose the nearest seat in ``direction`` from the chosen one (the first seat when none)."""
        if item is None:
            first = next(iter(self.items_by_seat.values()), None)
            if first is not None:
                self.choose([first.seat_id])
            return
        here = item.pos()
        best, best_cost = None, math.inf
        for other in self.items_by_seat.values():
            d = other.pos() - here
            along = d.x() * direction[0] + d.y() * direction[1]
            if other is item or along <= 1:
                continue
            across = abs(d.x() * direction[1]) + abs(d.y() * direction[0])
            if across > along * 1.5:
                continue
            cost = along + 2 * across
            if cost < best_cost:
                best, best_cost = other, cost
        if best is not None:
            self.choose([best.seat_id])

    def _space(self, item: SeatItem) -> None:
        if self._carried is None:
            if item.seat.attendee_id is not None and self.can_edit:
                self._carry(item)
            return
        carried = self._carried
        aid = carried.seat.attendee_id
        self._carry(None)
        if item is not carried and aid is not None:
            self.moved.emit(aid, item.seat_id)

    def _carry(self, item: SeatItem | None) -> None:
        if self._carried is not None:
            self._carried.mark(carried=False)
        self._carried = item
        if item is not None:
            item.mark(carried=True)
        self.carrying.emit(item.seat.attendee_id or 0 if item is not None else 0)

    def carried_person(self) -> int | None:
        return self._carried.seat.attendee_id if self._carried is not None else None

    # the seat's menu -------------------------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            item = self.seat_at(event.pos())
            if item is not None:
                self.choose([item.seat_id], centre=False)
        item = self.current()
        if item is None:
            return
        menu = QMenu(self)
        seat = item.seat
        lock = menu.addAction(self.tr("Unlock") if seat.locked else self.tr("Lock in this seat"))
        lock.setShortcut(QKeySequence(Qt.Key.Key_L))
        lock.setEnabled(seat.attendee_id is not None or seat.locked)
        lock.triggered.connect(lambda: self.lock_toggled.emit(seat.id))
        off = menu.addAction(self.tr("Take off the seat"))
        off.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        off.setEnabled(seat.attendee_id is not None)
        off.triggered.connect(lambda: self.unseated.emit(seat.id))
        pick = menu.addAction(self.tr("Pick up to move"))
        pick.setShortcut(QKeySequence(Qt.Key.Key_Space))
        pick.setEnabled(seat.attendee_id is not None)
        pick.triggered.connect(lambda: self._carry(item))
        for action in self.menu_extra:
            menu.addAction(action)
        where = (
            event.pos() if event.reason() == QContextMenuEvent.Reason.Mouse else self.mapFromScene(item.pos())
        )
        menu.popup(self.viewport().mapToGlobal(where))
