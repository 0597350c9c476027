"""The layout controls of the seating page: tables, seats per table, a head table and men and women alternating
for the layout shown (``sizes_changed`` asks to seat the plan again with them), and the event's settings that
every plan follows: the senior side and the interpreters' seat."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from protocol_app.model import Layout
from protocol_app.seating.plans import SeatedPlan, sizes_of


class LayoutControls(QWidget):
    """Spin boxes for the plan's sizes (Rearrange seats the plan again with them, locks kept) and choices of
    the event's settings."""

    sizes_changed = Signal(dict)  # {"tables", "seats", "head_table", "alternate"} for auto_plan
    setting_changed = Signal(str, str)  # the event's setting ("senior_side", "interpreter_seat") and value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables = self._spin("tables", 1, 500)
        self.seats = self._spin("seats", 1, 2000)
        self.head = self._spin("head_table", 0, 60)
        self.head.setSpecialValueText(self.tr("none"))
        self.alternate = QCheckBox(self.tr("Men and women alternate"))
        self.alternate.setObjectName("alternate")
        self.alternate.setToolTip(
            self.tr("At each table a man and a woman side by side where the rules allow")
        )
        self.side = QComboBox()
        self.side.setObjectName("senior_side")
        self.side.addItem(self.tr("right"), "right")
        self.side.addItem(self.tr("left"), "left")
        self.interpreters = QComboBox()
        self.interpreters.setObjectName("interpreter_seat")
        self.interpreters.addItem(self.tr("at the head's right"), "right")
        self.interpreters.addItem(self.tr("on a chair behind"), "behind")
        self.interpreters.activated.connect(
            lambda _: self.setting_changed.emit("interpreter_seat", self.interpreters.currentData())
        )
        self.side.activated.connect(
            lambda _: self.setting_changed.emit("senior_side", self.side.currentData())
        )
        self.apply = QPushButton(self.tr("Rearrange"))
        self.apply.setObjectName("rearrange")
        self.apply.setToolTip(self.tr("Seat the plan again with these sizes; locked seats are kept"))
        self.apply.clicked.connect(self._apply)
        self.tables_label, self.seats_label = QLabel(), QLabel()
        self.head_label = QLabel(self.tr("Head table, seats"))
        self.interpreters_label = QLabel(self.tr("Interpreters"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.tables_label, self.tables, self.seats_label, self.seats, self.head_label, self.head,
                       self.alternate, QLabel(self.tr("Senior side")), self.side, self.interpreters_label,
                       self.interpreters, self.apply):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)
        self.row = layout  # the page adds its own controls after the stretch
        self._shown: dict[str, int] = {}
        self._layout = ""
        self._sizes: set[str] = set()  # the sizes the plan shown has (``sizes_of``)
        for box in (self.tables, self.seats, self.head):
            box.valueChanged.connect(self._edited)
        self.alternate.toggled.connect(self._edited)

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(low, high)
        return box

    def show_plan(self, seated: SeatedPlan | None) -> None:
        """Show the sizes of ``seated`` and its event's settings (controls that do not apply to its layout
        are hidden)."""
        self.setEnabled(seated is not None)
        if seated is None:
            return
        layout = self._layout = seated.plan.layout
        sizes = sizes_of(seated.plan)
        words = {
            Layout.BANQUET: (self.tr("Tables"), self.tr("Seats per table")),
            Layout.PRESIDIUM: (self.tr("Rows"), self.tr("Seats per row")),
            Layout.THEATRE: (self.tr("Rows"), self.tr("Seats per row")),
            Layout.NEGOTIATION: ("", self.tr("Seats per side")),
            Layout.SIGNING: ("", self.tr("Standing places per row")),
        }[layout]
        self.tables_label.setText(words[0])
        self.seats_label.setText(words[1])
        widget: QWidget
        self._sizes = set(sizes)
        for widget in (self.tables_label, self.tables):
            widget.setVisible("tables" in sizes)
        for widget in (self.seats_label, self.seats):
            widget.setVisible("seats" in sizes)
        for widget in (self.head_label, self.head, self.alternate):
            widget.setVisible(layout == Layout.BANQUET)
        for widget in (self.interpreters_label, self.interpreters):
            widget.setVisible(layout == Layout.NEGOTIATION)
        for box, key in ((self.tables, "tables"), (self.seats, "seats"), (self.head, "head_table")):
            box.blockSignals(True)
            box.setValue(sizes.get(key, 0))
            box.blockSignals(False)
        self.alternate.blockSignals(True)
        self.alternate.setChecked(bool(sizes.get("alternate")))
        self.alternate.blockSignals(False)
        event = seated.ctx.event
        self.side.setCurrentIndex(max(self.side.findData(event.senior_side), 0))
        self.interpreters.setCurrentIndex(max(self.interpreters.findData(event.interpreter_seat), 0))
        self._shown = self.chosen()
        self._edited()

    def chosen(self) -> dict[str, int]:
        """The sizes and side as the controls show them."""
        sizes = {"seats": self.seats.value()} if "seats" in self._sizes else {}
        if "tables" in self._sizes:
            sizes["tables"] = self.tables.value()
        if self._layout == Layout.BANQUET:
            sizes["head_table"] = self.head.value()
            sizes["alternate"] = int(self.alternate.isChecked())
        return sizes

    def _edited(self) -> None:
        self.apply.setEnabled(self.chosen() != self._shown)

    def _apply(self) -> None:
        self.sizes_changed.emit(self.chosen())
