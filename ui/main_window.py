"""The main window: the events of the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView
from sqlite_utils import Database

from protocol_app.model import Event
from protocol_app.store.events import list_events


class EventsModel(QAbstractTableModel):
    """The store's events, one row each."""

    COLUMNS = ("date", "title", "city")

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._rows: list[Event] = list_events(db)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return str(getattr(self._rows[index.row()], self.COLUMNS[index.column()]) or "")
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Date"), self.tr("Title"), self.tr("City"))[section]
        return None


class MainWindow(QMainWindow):
    """Lists the events of the store."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Protocol Desk"))
        self.events_view = QTableView()
        self.events_view.setModel(EventsModel(db))
        self.events_view.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(self.events_view)
        self.resize(1000, 640)
