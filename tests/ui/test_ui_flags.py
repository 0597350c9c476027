"""The seating canvas draws each party's flag: the SVG itself, a region's own image, or the neutral mark."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene

from protocol_app import flags
from protocol_app.seating.shapes import FlagImage
from ui.seating_canvas import draw_shapes


def test_the_canvas_draws_flags_images_and_the_neutral_mark(qapp):
    own = io.BytesIO()
    Image.new("RGB", (60, 40), "#1f4e9e").save(own, format="PNG")
    shapes = [
        FlagImage(10, 10, 20, 15, flags.mark_of("CN")),
        FlagImage(40, 10, 20, 15, flags.mark_of("", own.getvalue())),
        FlagImage(70, 10, 20, 15, flags.mark_of("Нарния")),
    ]
    scene = QGraphicsScene()
    draw_shapes(scene, shapes, (100, 40))
    svg = [i for i in scene.items() if isinstance(i, QGraphicsSvgItem)]
    pictures = [i for i in scene.items() if isinstance(i, QGraphicsPixmapItem)]
    neutral = [i for i in scene.items() if isinstance(i, QGraphicsRectItem) and i.rect().width() < 30]
    assert len(svg) == 1 and svg[0].sceneBoundingRect().width() == 20  # 4:3 in the 20 x 15 box
    assert len(pictures) == 1 and round(pictures[0].sceneBoundingRect().width(), 3) == 20
    assert len(neutral) == 1 and neutral[0].brush().color().name() == flags.NEUTRAL_FILL
