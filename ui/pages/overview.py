"""Overview page: what the event is, where and when, how many people and documents, and the form to edit it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from protocol_app.formatting import date_range
from protocol_app.model import Event
from protocol_app.store import events, ui_queries
from ui.commands import edit_command
from ui.context import AppContext
from ui.dialogs.event import EventDialog
from ui.pages.base import EventPage
from ui.widgets import WrappedRichLabel


class OverviewPage(EventPage):
    """A summary of the chosen event, with an Edit button for its form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = WrappedRichLabel()
        self.summary.setObjectName("summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit event…"))
        self.edit_button.clicked.connect(self.edit_event)
        self.edit_button.setEnabled(not ctx.read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        if self.event_id is None:
            self.summary.setText(self.tr("No event chosen. Create one with Event › New event."))
            self.edit_button.setEnabled(False)
            return
        self.edit_button.setEnabled(not self.ctx.read_only)
        self.summary.setText(self._html())

    def _html(self) -> str:
        db, lang = self.ctx.db, self.ctx.language
        event = events.get_event(db, self.shown_event)
        counts = ui_queries.event_counts(db, event.id)
        sides = events.list_sides(db, event.id)
        en = lang == "en"
        title = (event.title_en or event.title) if en else event.title
        place = ", ".join(
            x
            for x in (
                (event.city_en or event.city, event.venue_en or event.venue)
                if en
                else (event.city, event.venue)
            )
            if x
        )
        rows = [
            (self.tr("Date"), date_range(event.date, event.end_date, lang)),
            (self.tr("Place"), place or "—"),
            (
                self.tr("Sides"),
                "; ".join(
                    f"{s.name_in(lang)} ({self.ctx.word('side', 'host' if s.host else 'guest')})"
                    for s in sides
                )
                or "—",
            ),
            (self.tr("Participants"), str(counts.get("participants", 0))),
            (self.tr("Agreements"), str(counts.get("agreements", 0))),
            (self.tr("Programme items"), str(counts.get("programme_items", 0))),
        ]
        purpose = (event.purpose_en or event.purpose) if en else event.purpose
        points = (event.points_en or event.points) if en else event.points
        html = [f"<h2>{escape(title)}</h2>", "<table cellspacing='6'>"]
        html += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
        html.append("</table>")
        purpose_head, points_head = self.tr("Purpose of the meeting"), self.tr("Points to raise")
        if purpose:
            html.append(f"<h3>{escape(purpose_head)}</h3><p>{escape(purpose)}</p>")
        if points:
            items = "".join(f"<li>{escape(p)}</li>" for p in points.splitlines() if p.strip())
            html.append(f"<h3>{escape(points_head)}</h3><ul>{items}</ul>")
        return "".join(html)

    def edit_event(self) -> None:
        if self.event_id is None:
            return
        before = events.get_event(self.ctx.db, self.event_id)
        dialog = EventDialog(self.ctx.word, before, self, language=self.ctx.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_event(before, Event.of(dialog.result_event(), before.id))

    def save_event(self, before: Event, after: Event) -> bool:
        """Save the event's new fields (one step of undo)."""
        db = self.ctx.db
        text = self.tr("Edit event %1").replace("%1", after.title)
        return self.ctx.run(
            self,
            edit_command(db, text, before, after, lambda e: events.update_event(db, e), self.ctx.refresh),
        )
