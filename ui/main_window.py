"""The main window: the store's events on the left, the chosen event's pages on the right; menus for the
store (new, open, recent), the event, undo and redo, import, and the interface language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date as Date
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from protocol_app.errors import UserError
from protocol_app.formatting import numeric_date
from protocol_app.model import Event, NewEvent, NewSide, Side
from protocol_app.store import events
from ui import i18n, workers
from ui.commands import add_command, delete_command
from ui.context import AppContext, Changes
from ui.dialogs.event import EventDialog
from ui.dialogs.ranks import RanksDialog
from ui.i18n import error_in_words
from ui.import_wizard import open_import_wizard
from ui.list_view import ListView
from ui.package_actions import add_package_actions
from ui.pages import PAGES, ParticipantsPage, page_titles
from ui.pages.base import EventPage
from ui.session import OpenStore, open_for_window
from ui.settings import Settings
from ui.table_model import Column, RowsModel

STORE_FILTER = "Protocol Desk (*.sqlite *.db);;*"


class MainWindow(QMainWindow):
    """The events of one store and the pages of the chosen event."""

    def __init__(self, store: OpenStore, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or Settings()
        self.store = store
        self.stack = QUndoStack(self)
        self.changes = Changes(self)  # one for the window's life: undo commands keep refreshing rebuilt pages
        self.ctx = self._context()
        self._building = False
        self._closed = False
        self._build()
        self._restore_window()

    # construction ---------------------------------------------------------------------------------------
    def _context(self) -> AppContext:
        lang = i18n.effective_language(self.settings.language)
        return AppContext(
            self.store.db,
            self.store.path,
            self.settings,
            self.stack,
            read_only=self.store.read_only,
            language=lang,
            changes=self.changes,
        )

    def _build(self) -> None:
        """Create menus, the events list and the pages in the current language."""
        self._building = True
        self.menuBar().clear()
        old = self.centralWidget()
        self.events_model: RowsModel[Event] = RowsModel(self._event_columns(), self._load_events)
        self.events_list = ListView(self.events_model)
        self.events_list.setObjectName("events")
        self.events_list.search.setPlaceholderText(self.tr("Search events"))
        self.new_event_action = self.events_list.add_action(
            self.tr("New event…"), self.new_event, object_name="new_event"
        )
        self.delete_event_action = self.events_list.add_action(
            self.tr("Delete event"),
            self.delete_event,
            needs_selection=True,
            button=False,
            object_name="delete_event",
        )
        self.events_list.table.selectionModel().currentRowChanged.connect(self._event_chosen)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.pages_stack = QStackedWidget()
        self.built: dict[str, EventPage] = {}  # the pages shown so far: each is built when first shown
        for key, title in page_titles().items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.pages_stack.addWidget(QWidget())  # holds the page's place until it is built
        self.nav.currentRowChanged.connect(self._page_chosen)
        for number in range(self.nav.count()):  # Ctrl+1 ... Ctrl+8: straight to a page
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self.nav)  # goes with the rebuilt nav
            shortcut.activated.connect(lambda n=number: self.nav.setCurrentRow(n))
        events_table = self.events_list.table
        events_table.verticalHeader().hide()
        events_table.setWordWrap(True)
        events_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(QLabel(self.tr("Events")))
        left_layout.addWidget(self.events_list, 3)
        left_layout.addWidget(QLabel(self.tr("Pages")))
        left_layout.addWidget(self.nav, 2)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 900])
        self.setCentralWidget(self.splitter)
        self.splitter.show()  # a central widget set on a shown window stays hidden otherwise
        if old is not None:
            old.deleteLater()
        self._build_menus()
        self._update_title()
        self.events_model.reload()
        header = self.events_list.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.events_list.table.resizeRowsToContents()
        self._building = False

    def _event_columns(self) -> list[Column[Event]]:
        return [
            Column(self.tr("Date"), lambda e: numeric_date(e.date), key=lambda e: e.date),
            Column(
                self.tr("Title"),
                lambda e: e.title if self.ctx.language == "ru" or not e.title_en else e.title_en,
            ),
            Column(
                self.tr("City"), lambda e: e.city if self.ctx.language == "ru" or not e.city_en else e.city_en
            ),
        ]

    def _load_events(self) -> list[Event]:
        return events.list_events(self.ctx.db)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New store…"), self.new_store, QKeySequence("Ctrl+Shift+N"))
        self._action(
            file_menu, self.tr("&Open store…"), self.open_store_dialog, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(self.tr("Recent stores"))
        self._fill_recent()
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, self.tr("&Import participants…"), self.import_participants, QKeySequence("Ctrl+I")
        )
        file_menu.addSeparator()
        add_package_actions(self, file_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        event_menu = bar.addMenu(self.tr("E&vent"))
        event_menu.addAction(self.new_event_action)
        event_menu.addAction(self.delete_event_action)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language = settings_menu.addMenu(self.tr("Interface language"))
        for code, name in (("", self.tr("As the system")), ("ru", "Русский"), ("en", "English")):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.setObjectName(f"language_{code or 'system'}")
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self.ranks_action = self._action(settings_menu, self.tr("&Rank ladder…"), self.edit_ranks)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Protocol Desk"), self.about)
        for action in (
            self.new_event_action,
            self.delete_event_action,
            self.import_action,
            self.ranks_action,
        ):
            action.setEnabled(not self.ctx.read_only)

    def _action(
        self,
        menu: QMenu,
        text: str,
        handler: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(handler)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.switch_store(Path(p)))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def _update_title(self) -> None:
        suffix = self.tr(" (read-only)") if self.ctx.read_only else ""
        self.setWindowTitle(f"{self.store.path.name}{suffix} — Protocol Desk")
        self.statusBar().showMessage(
            self.tr("Store: %1. Every change is saved as you make it.").replace("%1", str(self.store.path))
            if not self.ctx.read_only
            else self.tr("Store: %1, open read-only: another window holds it.").replace(
                "%1", str(self.store.path)
            )
        )

    def _restore_window(self) -> None:
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1280, 800)
        if not self.settings.splitter_state.isEmpty():
            self.splitter.restoreState(self.settings.splitter_state)
        self.select_event(self.settings.last_event_id or None)
        self.nav.setCurrentRow(min(max(self.settings.last_page, 0), self.nav.count() - 1))

    # events and pages -----------------------------------------------------------------------------------
    def current_event_id(self) -> int | None:
        event = self.events_list.current()
        return event.id if event else None

    def select_event(self, event_id: int | None) -> None:
        """Choose the event ``event_id`` (the first one when None or not found)."""
        model = self.events_model
        target = 0
        for row in range(model.rowCount()):
            if model.index(row, 0).data(Qt.ItemDataRole.UserRole + 3).id == event_id:
                target = row
                break
        if model.rowCount():
            self.events_list.table.selectRow(target)
            self.events_list.table.setCurrentIndex(model.index(target, 0))
        else:
            self._show_event(None)

    def _event_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = current.data(Qt.ItemDataRole.UserRole + 3) if current.isValid() else None
        self._show_event(event.id if event else None)

    def _show_event(self, event_id: int | None) -> None:
        for page in self.built.values():
            page.set_event(event_id)
        if event_id is not None:
            self.settings.last_event_id = event_id

    def _page_chosen(self, row: int) -> None:
        if row < 0:  # the list emptied (a page list being replaced): no page to build
            return
        self.page(list(PAGES)[row])
        self.pages_stack.setCurrentIndex(row)
        if not self._building:
            self.settings.last_page = row

    def page(self, key: str) -> EventPage:
        """The page ``key`` (overview, sides, participants, ...), built on the chosen event if not yet."""
        if key in self.built:
            return self.built[key]
        page = PAGES[key](self.ctx)
        if isinstance(page, ParticipantsPage):  # its "Import a list…" opens the wizard
            page.import_requested.connect(self.import_participants)
        page.set_event(self.current_event_id())  # the event the built pages show
        row = list(PAGES).index(key)
        current = self.pages_stack.currentIndex()
        placeholder = self.pages_stack.widget(row)
        self.pages_stack.insertWidget(row, page)
        if placeholder is not None:
            self.pages_stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages_stack.setCurrentIndex(current)
        self.built[key] = page
        return page

    def show_page(self, key: str) -> EventPage:
        """Switch to the page ``key`` and return it."""
        self.nav.setCurrentRow(list(PAGES).index(key))
        return self.page(key)

    def _refresh_events(self) -> None:
        chosen = self.current_event_id()
        self.events_list.reload()
        self.select_event(chosen)

    def new_event(self) -> None:
        dialog = EventDialog(self.ctx.word, parent=self, language=self.ctx.language)
        if dialog.exec():
            self.add_event(dialog.result_event(), *dialog.side_names())

    def add_event(self, event: NewEvent, host: str = "", guest: str = "") -> bool:
        """Store a new event with its host and guest sides when named (one step of undo) and choose it."""
        db = self.ctx.db
        sides: list[NewSide] = []

        made: list[Event] = []  # the event as stored: on redo it comes back under its id, and its sides too

        def add() -> int:
            draft = made[0] if made else event
            made[:] = [Event.of(draft, events.create_event(db, draft))]
            if not sides:
                sides.extend(
                    NewSide(made[0].id, name, is_host)
                    for name, is_host in ((host, True), (guest, False))
                    if name
                )
            sides[:] = [Side.of(side, events.add_side(db, side)) for side in sides]
            return made[0].id

        def refresh() -> None:
            self._refresh_events()
            self.ctx.refresh()

        done = self.ctx.run(
            self,
            add_command(
                db,
                self.tr("New event %1").replace("%1", event.title),
                add,
                lambda i: events.delete_event(db, i),
                refresh,
            ),
        )
        if done:
            self.select_event(made[0].id)
        return done

    def delete_event(self) -> None:
        event = self.events_list.current()
        if event is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete event"),
            self.tr(
                "Delete the event «%1» with its sides, participation, agreements and programme? The people stay in the directory. You can undo this."
            ).replace("%1", event.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db

        def refresh() -> None:
            self._refresh_events()
            self.ctx.refresh()

        self.ctx.run(
            self,
            delete_command(
                db,
                self.tr("Delete event %1").replace("%1", event.title),
                "events",
                event.id,
                lambda i: events.delete_event(db, i),
                refresh,
            ),
        )

    def import_participants(self) -> None:
        open_import_wizard(self)

    # stores ---------------------------------------------------------------------------------------------
    def new_store(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New store"), str(Path.home() / "protocol-desk.sqlite"), STORE_FILTER
        )
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(
                    self,
                    self.tr("New store"),
                    self.tr("%1 already exists; use Open store.").replace("%1", name),
                )
                return
            self.switch_store(path)

    def open_store_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open store"), str(self.store.path.parent), STORE_FILTER
        )
        if name:
            self.switch_store(Path(name))

    def switch_store(self, path: Path) -> bool:
        """Close the current store and open ``path`` in this window."""
        if path.resolve() == self.store.path.resolve():
            return True
        try:
            store = open_for_window(path, self)
        except UserError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the store"), error_in_words(exc))
            return False
        if store is None:
            return False
        return self.use_store(store)

    def use_store(self, store: OpenStore, *, remember: bool = True) -> bool:
        """Show ``store`` in this window in place of the current one (``remember``: in the recent stores)."""
        self._save_window()
        workers.shutdown()
        self.store.close()
        self.store = store
        self.stack.clear()
        self.settings.last_event_id = 0
        if remember:
            self.settings.last_store = str(store.path)
            self.settings.add_recent(str(store.path))
        self.ctx = self._context()
        self._build()
        self.select_event(None)
        return True

    # language -------------------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch the interface language now, and remember it."""
        self.settings.language = code
        i18n.install_language(i18n.effective_language(code))
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.LanguageChange
            and hasattr(self, "built")
            and not self._building
            and not self._closed
        ):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Rebuild menus, lists and pages in the current language, on the same event and page."""
        if self.ctx.language == i18n.effective_language(self.settings.language):
            return
        chosen, page = self.current_event_id(), self.nav.currentRow()
        self.ctx.language = i18n.effective_language(self.settings.language)
        self.ctx = self._context()
        self._build()
        self.select_event(chosen)
        self.nav.setCurrentRow(page)

    def edit_ranks(self) -> None:
        """The rank ladder, with this event's positions not ranked yet; precedence is derived again after."""
        RanksDialog(self.ctx.db, self.current_event_id(), self.ctx.language, self).exec()
        self.ctx.refresh()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Protocol Desk"),
            self.tr("Protocol Desk: seating plans, signing orders and briefing packs for protocol officers.")
            + f"\n\n{Date.today():%Y}",
        )

    # closing --------------------------------------------------------------------------------------------
    def _save_window(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_window()
        self._closed = True
        workers.shutdown()
        self.store.close()
        super().closeEvent(event)
