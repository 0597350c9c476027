"""A page whose core is not in this build yet: it says so instead of pretending."""

from __future__ import annotations

from importlib.util import find_spec

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.base import EventPage


def core_available(*modules: str) -> bool:
    """Whether every core package in ``modules`` (e.g. ``protocol_app.seating``) is installed."""
    try:
        return all(find_spec(m) is not None for m in modules)
    except ModuleNotFoundError:
        return False


class UnavailablePage(EventPage):
    """Tells the user that this part of the program is not available yet."""

    def __init__(self, ctx: AppContext, what: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("unavailable")
        text = QLabel(self.tr("%1 is not available in this version yet.").replace("%1", what))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
