"""One thin table model for every list: core rows shown through column descriptions, searched and sorted.

A ``Column`` says how to show one value of a row (``text``), how to sort it (``key``), and, when it is
editable in place, how to send a new value to the core (``edit``: the page turns it into an undo command).

The view shows the model itself, with no proxy model between: searching and sorting are decided here for all
rows at once (10,000 rows: a few milliseconds, where a per-row filter or comparison called back into Python
costs tens), and a proxy that passed every row through unchanged still cost a call into Python (its
``index``) for each cell the view drew or measured.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

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
LONG_TEXT = 40  # characters: a longer cell shows its whole text as a tooltip
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


def coded_column(
    header: str,
    code: Callable[[R], str],
    words: Callable[[str], str],
    codes: Iterable[str],
    edit: Callable[[R, str], None],
    key: Callable[[R], Any] | None = None,
) -> Column[R]:
    """A column of a coded value (role, status, level...): the row's ``code`` shown in ``words``, edited in
    place with a combo box of ``codes`` in words."""
    listed = [str(c) for c in codes]  # an enum's members as the plain codes the editor compares
    return Column(
        header,
        lambda row: words(code(row)),
        key=key,
        edit=edit,
        edit_value=code,
        choices=lambda: [(c, words(c)) for c in listed],
    )


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
        self._all: list[R] = []  # every row the loader gave, in its order
        self._all_search: list[str] = []
        self._rows: list[R] = []  # the rows shown: those matching the search, in the chosen order
        self._search: list[str] = []
        self._words: list[str] = []
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self.row_key: Callable[[R], Any] | None = None  # who a row is, across reloads (its id)
        self._hold_order = False  # after an edit in place: the next reload keeps the rows where they were
        plain = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        self._flags = [
            plain | Qt.ItemFlag.ItemIsEditable if c.edit is not None else plain for c in self.columns
        ]

    def reload(self) -> None:
        """Read the rows again from the core (the search and the order stay as they were)."""
        self.beginResetModel()
        before = [self.row_key(r) for r in self._rows] if self._hold_order and self.row_key else None
        self._hold_order = False
        self._all = self._loader()
        key = self._search_key or (lambda r: "\t".join(c.text(r) for c in self.columns))
        self._all_search = [key(r).casefold() for r in self._all]
        self._arrange()
        if before is not None and self.row_key is not None:
            self._keep_places(before, self.row_key)
        self.endResetModel()

    def _keep_places(self, before: list[Any], row_key: Callable[[R], Any]) -> None:
        """Put the rows back in the order ``before`` (their keys); rows new since then go last."""
        place = {k: i for i, k in enumerate(before)}
        order = sorted(range(len(self._rows)), key=lambda i: place.get(row_key(self._rows[i]), len(place)))
        self._rows = [self._rows[i] for i in order]
        self._search = [self._search[i] for i in order]

    def set_search(self, text: str) -> None:
        """Show the rows that contain each word of ``text``, in any column, ignoring case."""
        self.set_filter(text.casefold().split())

    def set_filter(self, words: list[str]) -> None:
        """Show only the rows whose text holds every one of ``words`` (lower case); [] shows all."""
        if words == self._words:
            return
        self.beginResetModel()
        self._words = list(words)
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s sort key (-1: the loader's order); selections follow their rows.
        The view calls it when a column's header is clicked."""
        self.layoutAboutToBeChanged.emit()
        previous, persistent = self._rows, self.persistentIndexList()
        self.sort_column, self.sort_order = column, order
        self._arrange()
        where = {id(r): i for i, r in enumerate(self._rows)}
        moved = [
            self.index(where[id(previous[p.row()])], p.column()) if p.row() < len(previous) else QModelIndex()
            for p in persistent
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        """Choose and order the shown rows from all rows: one pass in Python, not one call per row."""
        numbers: Sequence[int] = range(len(self._all))
        if self._words:
            words, texts = self._words, self._all_search
            if len(words) == 1:
                word = words[0]
                numbers = [i for i in numbers if word in texts[i]]
            else:
                numbers = [i for i in numbers if all(w in texts[i] for w in words)]
        if 0 <= self.sort_column < len(self.columns):
            column = self.columns[self.sort_column]
            keys = [
                _sortable(column.key(self._all[i]) if column.key else column.text(self._all[i]).casefold())
                for i in numbers
            ]
            order = sorted(
                range(len(keys)),
                key=keys.__getitem__,
                reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
            )
            numbers = [numbers[i] for i in order]
        self._rows = [self._all[i] for i in numbers]
        self._search = [self._all_search[i] for i in numbers]

    def total(self) -> int:
        """How many rows there are, shown or not."""
        return len(self._all)

    def all_rows(self) -> list[R]:
        """Every row, shown or not, in the loader's order."""
        return list(self._all)

    def search_text(self, number: int) -> str:
        """All the row's texts in one lower-case string, for the search box."""
        return self._search[number]

    def row(self, number: int) -> R:
        return self._rows[number]

    def rows(self) -> list[R]:
        """The rows shown, in the order shown (row ``n`` is at model row ``n``)."""
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
        if role == _TOOLTIP:  # a long text (an event's title) can be read whole when the column cuts it
            if column.tooltip:
                return column.tooltip(row)
            text = column.text(row)
            return text if len(text) > LONG_TEXT else None
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
        self._hold_order = True  # the page's undo command reloads the model: the row stays where it is
        try:
            column.edit(row, str(value))
        finally:
            self._hold_order = False
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


def _sortable(value: Any) -> tuple:
    """A sort key that puts empty values last and never compares numbers with text."""
    if value is None or value == "":
        return (2, "")
    if isinstance(value, tuple):
        return (0, tuple(_sortable(v) for v in value))
    if isinstance(value, int | float):
        return (0, value)
    return (1, str(value))
