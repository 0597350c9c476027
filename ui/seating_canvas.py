"""The Qt renderer of a seating drawing: the core computes the shapes once (``PlanDrawing.shapes``, in
millimetres, origin bottom left); this draws the same shapes into a QGraphicsScene, vector and zoomable, next to
the core's PDF and PNG renderers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

from protocol_app import flags
from protocol_app.seating.shapes import PT, Circle, FlagImage, Line, Poly, Rect, Shape, Text

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
    scene: QGraphicsScene, shapes: list[Shape], size_mm: tuple[float, float], family: str = "PT Sans"
) -> None:
    """Add ``shapes`` to ``scene`` (one scene unit = one millimetre, y downwards) on a white sheet."""
    width, height = size_mm
    scene.addRect(QRectF(0, 0, width, height), QPen(Qt.PenStyle.NoPen), QBrush(Qt.GlobalColor.white))

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
            _flag(scene, shape, height)
    scene.setSceneRect(QRectF(0, 0, width, height))


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


def _flag(scene: QGraphicsScene, shape: FlagImage, height: float) -> None:
    """A party's flag: the SVG itself (vector), its own image, or the neutral mark."""
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
        scene.addRect(QRectF(shape.x, top, w, h), _pen(flags.NEUTRAL_LINE, 0.3), _brush(flags.NEUTRAL_FILL))


class ZoomView(QGraphicsView):
    """A view of the drawing: the wheel zooms (Ctrl not needed), dragging pans, double click fits again."""

    def wheelEvent(self, event) -> None:
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.scale(factor, factor)

    def mouseDoubleClickEvent(self, event) -> None:
        self.fit()
        super().mouseDoubleClickEvent(event)

    def fit(self) -> None:
        """Show the whole drawing."""
        if not self.sceneRect().isEmpty():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
