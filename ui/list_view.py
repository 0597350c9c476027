"""A list of core rows on screen: search box, sortable multi-select table, buttons and a context menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.table_model import ROW_ROLE, RowsModel


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a coded column (role, status, level...) with a combo box of its words."""

    def __init__(self, model: RowsModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def _choices(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, str]] | None:
        column = self._model.columns[index.column()]
        return column.choices() if column.choices else None

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        choices = self._choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code, text in choices:
            combo.addItem(text, code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(at, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Send the value once the view has closed the editor: the change reloads the model, and a reload
        under an open editor makes Qt warn "commitData called with an editor that does not belong to this
        view" (and may put the value into another row)."""
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        else:
            value = editor.metaObject().userProperty().read(editor)
        target = QPersistentModelIndex(index)
        QTimer.singleShot(
            0, lambda: target.isValid() and model.setData(target, value, Qt.ItemDataRole.EditRole)
        )


class ListView(QWidget):
    """Search box over a table of a ``RowsModel``; actions become buttons and context-menu entries."""

    activated = Signal(object)  # the row object, on double click or Enter

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: type any part of a name, position, organisation…"))
        self.search.textChanged.connect(model.set_search)
        self.search.textChanged.connect(self._update_count)
        self.count = QLabel()
        self._hint = ""
        self.empty = QLabel()  # what to do when there is nothing to list yet
        self.empty.setObjectName("empty_hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.empty.hide()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegate(ChoiceDelegate(model, self.table))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(50)
        header.setSectionsMovable(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._activated)  # Enter, or a double click that edits nothing
        model.modelReset.connect(self._update_count)
        self.buttons = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.buttons.addStretch(1)
        self._menu_actions: list[QAction | None] = []

    def add_action(
        self,
        text: str,
        handler: Callable[[], object],  # what it returns is ignored
        *,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        needs_selection: bool = False,
        button: bool = True,
        object_name: str = "",
    ) -> QAction:
        """An action of the list: a button below it, an entry of its context menu, a keyboard shortcut."""
        action = QAction(text, self)
        if object_name:
            action.setObjectName(object_name)
        action.triggered.connect(handler)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        action.setProperty("needs_selection", needs_selection)
        if button:
            tool = QToolButton()
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.insertWidget(self.buttons.count() - 1, tool)
        self._menu_actions.append(action)
        return action

    def add_new_action(self, text: str, handler: Callable[[], object]) -> QAction:
        """The button that adds a row (Ctrl+N)."""
        return self.add_action(text, handler, shortcut=QKeySequence.StandardKey.New, object_name="add")

    def add_edit_action(self, handler: Callable[[], None] | None = None) -> QAction:
        """The Edit button (F2 / Ctrl+E): ``handler`` (a form: "Edit…"), or else the current cell edited in
        place ("Edit")."""
        return self.add_action(
            self.tr("Edit…") if handler else self.tr("Edit"),
            handler or self.edit_in_place,
            shortcut="Ctrl+E",
            needs_selection=True,
            object_name="edit",
        )

    def add_print_action(self, text: str, handler: Callable[[], object]) -> QAction:
        """The button that prints the list's paper (Ctrl+P)."""
        return self.add_action(text, handler, shortcut=QKeySequence.StandardKey.Print, object_name="print")

    def add_delete_action(self, text: str, handler: Callable[[], object]) -> QAction:
        """The button that deletes the rows selected (Delete)."""
        return self.add_action(
            text,
            handler,
            shortcut=QKeySequence.StandardKey.Delete,
            needs_selection=True,
            object_name="remove",
        )

    def edit_in_place(self) -> None:
        """Open the editor of the current cell, or of the row's first editable cell."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            editable = [
                c
                for c in range(self.model.columnCount())
                if self.model.index(index.row(), c).flags() & Qt.ItemFlag.ItemIsEditable
            ]
            if not editable:
                return
            index = self.model.index(index.row(), editable[0])
            self.table.setCurrentIndex(index)
        self.table.edit(index)

    def set_empty_hint(self, text: str) -> None:
        """What the list says, instead of an empty table, while it has no rows."""
        self._hint = text
        self._update_count()

    def add_separator(self) -> None:
        self._menu_actions.append(None)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        has_selection = bool(self.selected())
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            elif has_selection or not action.property("needs_selection"):
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(index.data(ROW_ROLE))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.empty.setText(self._hint)
        self.empty.setVisible(bool(self._hint) and total == 0)
        self.count.setText(
            self.tr("%n row(s)", "", total)
            if shown == total
            else self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )

    def selected(self) -> list[Any]:
        """The row objects selected, in the order shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ROW_ROLE) for r in rows]

    def current(self) -> Any:
        """The row object under the cursor (or None)."""
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def reload(self, keep: Callable[[Any], Any] | None = None) -> None:
        """Read the rows again, keeping the selection, the current cell and the scroll of rows whose ``keep``
        key is unchanged."""
        keys = {keep(r) for r in self.selected()} if keep else set()
        current = self.table.currentIndex()
        current_key = keep(current.data(ROW_ROLE)) if keep and current.isValid() else None
        scrolled = (self.table.verticalScrollBar().value(), self.table.horizontalScrollBar().value())
        self.model.row_key = keep
        self.model.reload()  # the search and the order stay
        if keep and (keys or current_key is not None):
            selection = self.table.selectionModel()
            for r in range(self.model.rowCount()):
                key = keep(self.model.index(r, 0).data(ROW_ROLE))
                if key in keys:
                    selection.select(
                        self.model.index(r, 0),
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
                if key == current_key:
                    at = self.model.index(r, current.column())
                    selection.setCurrentIndex(at, selection.SelectionFlag.NoUpdate)
        self.table.verticalScrollBar().setValue(scrolled[0])
        self.table.horizontalScrollBar().setValue(scrolled[1])
        self._update_count()
