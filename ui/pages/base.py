"""What every event page shares: the app context, the chosen event, and a refresh when the store changes."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class EventPage(QWidget):
    """A page showing one aspect of the chosen event; ``refresh`` reads the store again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        ctx.changes.changed.connect(self._changed)

    def set_event(self, event_id: int | None) -> None:
        """Show ``event_id`` (None: no event chosen)."""
        self.event_id = event_id
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @property
    def shown_event(self) -> int:
        """The event shown, for what the page offers only while one is (its actions are disabled without)."""
        if self.event_id is None:
            raise RuntimeError(f"{type(self).__name__}: an action that needs an event ran with none shown")
        return self.event_id

    def _changed(self) -> None:
        if self.event_id is not None and self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read what the page shows from the store again."""
