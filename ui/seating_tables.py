"""The table chooser beside the seating editor: a banquet of several tables is seen whole (the overview) or
one table at a time, as the printed plan gives an overview page and then a page per table. Editing works in
either; a person goes to another table through the list of people or "Go to seat"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ui.seating_canvas import SeatingCanvas


class TableChooser(QComboBox):
    """ "All tables" or "Table 3": what the canvas shows; follows the canvas when it shows another table
    (a double click on a table, a breach or a seat chosen at another table)."""

    def __init__(self, canvas: SeatingCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setObjectName("table_view")
        self.setToolTip(
            self.tr(
                "The whole plan, or one table at a time (a double click on a table shows it alone). "
                "To seat someone from another table here, drag him or her from the list of people."
            )
        )
        self.currentIndexChanged.connect(lambda _: self.canvas.show_table(self.currentData() or ""))
        canvas.table_shown.connect(self._follow)
        self.setVisible(False)

    def show_plan(self) -> None:
        """Offer the tables of the plan now on the canvas, keeping the table shown when it is still there."""
        keep = self.currentData() or ""
        tables = self.canvas.tables()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All tables"), "")
        for item in tables:
            self.addItem(self.tr("Table %1").replace("%1", item.table.label), item.table.id)
        self.setCurrentIndex(max(self.findData(keep), 0))
        self.blockSignals(False)
        self.setVisible(len(tables) > 1)
        self.canvas.show_table(self.currentData() or "", fit=False)

    def _follow(self, table_id: str) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(table_id), 0))
        self.blockSignals(False)
