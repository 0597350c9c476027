"""One thin table model for every list: core rows shown through column descriptions; and the search proxy.

A ``Column`` says how to show one value of a row (``text``), how to sort it (``key``), and, when it is
editable in place, how to send a new value to the core (``edit``: the page turns it into an undo command).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

R = TypeVar("R")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SORT_ROLE, SEARCH_ROLE, ROW_ROLE = int(SORT_ROLE), int(SEARCH_ROLE), int(ROW_ROLE)
_ROOT = QModelIndex()
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_HANDLED = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _ALIGN, SORT_ROLE, SEARCH_ROLE, ROW_ROLE})


@dataclass
class Column(Generic[R]):
    """One column: its header, the text of a row, the sort key, and an optional in-place edit."""

    header: str
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None
    edit: Callable[[R, str], None] | None = None  # called with the row and the new text
    edit_value: Callable[[R], str] | None = None  # what the editor starts with (default: text)
    choices: Callable[[], list[tuple[str, str]]] | None = None  # (code, label) for a combo-box editor
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of core objects, one column per ``Column``; reloads from a loader function."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        loader: Callable[[], list[R]],
        search_key: Callable[[R], str] | None = None,
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self._loader = loader
        self._search_key = search_key  # the text the search box looks in (default: every column's text)
        self._rows: list[R] = []
        self._search: list[str] = []
        self.generation = 0  # counts reloads, so that cached search answers are known to be stale
        plain = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        self._flags = [
            plain | Qt.ItemFlag.ItemIsEditable if c.edit is not None else plain for c in self.columns
        ]

    def reload(self) -> None:
        """Read the rows again from the core."""
        self.beginResetModel()
        self._rows = self._loader()
        key = self._search_key or (lambda r: "\t".join(c.text(r) for c in self.columns))
        self._search = [key(r).casefold() for r in self._rows]
        self.generation += 1
        self.endResetModel()

    def search_text(self, number: int) -> str:
        """All the row's texts in one lower-case string, for the search box."""
        return self._search[number]

    def matching(self, words: list[str]) -> list[bool]:
        """For each row, whether its search text holds every one of ``words``."""
        if len(words) == 1:
            word = words[0]
            return [word in text for text in self._search]
        return [all(w in text for w in words) for text in self._search]

    def row(self, number: int) -> R:
        return self._rows[number]

    def rows(self) -> list[R]:
        return list(self._rows)

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """The index of a cell (one call into Python instead of rowCount and columnCount each time)."""
        if 0 <= row < len(self._rows) and 0 <= column < len(self.columns) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _HANDLED or not index.isValid():  # the view asks for many roles; answer fast
            return None
        number = index.row()
        if number >= len(self._rows):
            return None
        row, column = self._rows[number], self.columns[index.column()]
        if role == _DISPLAY:
            return column.text(row)
        if role == _EDIT:
            return (column.edit_value or column.text)(row)
        if role == SORT_ROLE:
            return column.key(row) if column.key else column.text(row).casefold()
        if role == SEARCH_ROLE:
            return self._search[number]
        if role == ROW_ROLE:
            return row
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip else None
        if role == _ALIGN and column.align_right:
            return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return self._flags[index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.edit is None:
            return False
        row = self._rows[index.row()]
        if str(value) == (column.edit_value or column.text)(row):
            return False
        column.edit(row, str(value))  # the page pushes an undo command; the command reloads the model
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class SearchProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key and keeps the rows whose text contains every word typed."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setDynamicSortFilter(False)
        self._words: list[str] = []
        self._accepted: list[bool] | None = None
        self._generation = -1
        self._model: RowsModel | None = None

    def set_search(self, text: str) -> None:
        """Filter by ``text``: a row stays when it contains each word, in any column, ignoring case."""
        words = text.casefold().split()
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._set_words(words)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._set_words(words)
            self.invalidateRowsFilter()

    def _set_words(self, words: list[str]) -> None:
        self._words = words
        self._accepted = None
        model = self.sourceModel()
        if words and isinstance(model, RowsModel):
            # Decided for all rows at once in Python; filterAcceptsRow then only looks the answer up.
            self._accepted, self._generation = model.matching(words), model.generation
        self._model = model if isinstance(model, RowsModel) else None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        if self._model is not None:
            if self._accepted is None or self._generation != self._model.generation:
                self._accepted, self._generation = self._model.matching(self._words), self._model.generation
            return self._accepted[source_row]
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
