"""The Ranks dialog: the rank ladder (PROTOCOL.md section 4a), where the officer changes a level or ranks a
position the ladder does not know; the positions of the event that are not ranked yet are offered first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.ladder import SUPPORT_LEVEL, rung_name
from protocol_app.precedence import unranked_positions
from protocol_app.store import ranks
from protocol_app.store.participants import list_attendees
from ui.i18n import current_language


class RanksDialog(QDialog):
    """The ladder as a table (position, English, level, rung); a level is changed in place, a position is
    ranked with the field below. Every change is saved at once."""

    def __init__(
        self, db: Database, event_id: int | None, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.event_id, self.language = db, event_id, language
        self.setWindowTitle(self.tr("Rank ladder"))
        self.resize(920, 600)
        self.unranked = QListWidget()
        self.unranked.setObjectName("unranked")
        self.unranked.setMaximumHeight(110)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("ranks")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Position"), self.tr("Position (English)"), self.tr("Level"), self.tr("Rung")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.position = QLineEdit()
        self.position.setObjectName("position")
        self.unranked.currentTextChanged.connect(self.position.setText)
        self.position.setPlaceholderText(self.tr("Position, as officers write it"))
        self.level = QSpinBox()
        self.level.setObjectName("level")
        self.level.setRange(1, 999)
        self.level.setValue(150)
        self.level.setToolTip(
            self.tr("10 head of state … 150 advisers and specialists; from 160 support staff")
        )
        self.rank_button = QPushButton(self.tr("Rank"))
        self.rank_button.setObjectName("rank")
        self.rank_button.clicked.connect(self.rank_position)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        add = QHBoxLayout()
        for widget in (self.position, self.level, self.rank_button):
            add.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.unranked_label = QLabel(self.tr("Positions of this event not on the ladder (rank each once):"))
        for part in (self.unranked_label, self.unranked, self.table):
            layout.addWidget(part)
        layout.addLayout(add)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        rows = ranks.list_ranks(self.db)
        self.table.setRowCount(len(rows))
        for i, rank in enumerate(rows):
            for j, text in enumerate((rank.position, rank.position_en)):
                self.table.setItem(i, j, QTableWidgetItem(text))
            spin = QSpinBox()
            spin.setRange(1, 999)
            spin.setValue(rank.level)
            spin.setKeyboardTracking(False)  # saved when typed out (Enter, leaving the cell), not per digit
            spin.valueChanged.connect(lambda value, p=rank.position: self._set(p, value))
            self.table.setCellWidget(i, 2, spin)
            self.table.setItem(i, 3, QTableWidgetItem(self._rung(rank.level)))
        self.table.resizeColumnsToContents()
        missing = (
            unranked_positions(list_attendees(self.db, self.event_id), rows)
            if self.event_id is not None
            else []
        )
        self.unranked.clear()
        self.unranked.addItems(missing)
        self.unranked.setVisible(bool(missing))
        self.unranked_label.setVisible(bool(missing))

    def _rung(self, level: int) -> str:
        words = rung_name(level, self.language)
        return words if level < SUPPORT_LEVEL else f"{words} ({self.tr('never before officials')})"

    def _set(self, position: str, level: int) -> None:
        ranks.rank_position(self.db, position, level)
        row = next(
            i
            for i in range(self.table.rowCount())
            if (item := self.table.item(i, 0)) and item.text() == position
        )
        self.table.setItem(row, 3, QTableWidgetItem(self._rung(level)))

    def rank_position(self) -> None:
        """Rank the position in the field at the chosen level (a new row, or the row of that name)."""
        try:
            if not self.position.text().strip():
                raise UserError(self.tr("Write the position first"))
            ranks.rank_position(self.db, self.position.text(), self.level.value())
        except UserError as exc:
            self.problem.setText(exc.text(current_language()))
            return
        self.problem.clear()
        self.position.clear()
        self.reload()
