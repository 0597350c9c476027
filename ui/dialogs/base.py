"""The common frame of the form dialogs: the form, the problems in words, OK only when nothing is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget


class FormDialog(QDialog):
    """A dialog that validates as the user types: ``problems_found`` lists what is wrong, in words."""

    def _finish(self, body: QWidget | QLayout) -> None:
        """Put ``body`` above the problems label and the OK/Cancel buttons."""
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if isinstance(body, QLayout):
            layout.addLayout(body)
        else:
            layout.addWidget(body)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def problems_found(self) -> list[str]:
        """What is wrong with the form now; empty when it can be saved."""
        raise NotImplementedError

    def validate(self) -> bool:
        found = self.problems_found()
        self.problems.setText("\n".join(found))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)
        return not found

    def accept(self) -> None:
        if self.validate():
            super().accept()
