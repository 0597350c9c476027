"""Desktop app speed on a big event: a store with 10,000 participants in one event.

Prints the time to the first painted main window, to fill the participants table, and for one keystroke of
the search filter, against the targets (2 s, 1 s, 50 ms), with the ratio figure / target.

    python bench/bench_ui.py [--people 10000] [--keep STORE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, Qt
from PySide6.QtTest import QTest
from sample_names import GIVEN, SURNAMES  # bench/ is the script's folder

from protocol_app.model import Event, Organisation, Participant, Person, Side
from protocol_app.precedence import ordered_attendees
from protocol_app.store import directory, events, open_store, participants

POSITIONS = [
    "Министр",
    "Заместитель министра",
    "Генеральный директор",
    "Директор",
    "Советник",
    "Главный специалист",
]


def build_store(path: Path, people: int) -> int:
    """A store with one event of ``people`` participants on two sides; returns the event id."""
    db = open_store(path)
    with db.atomic():
        event_id = events.create_event(
            db, Event(title="Большой форум", date="2026-07-07", title_en="Big forum")
        )
        sides = [
            events.add_side(db, Side(event_id, "Принимающая сторона", True, name_en="Host")),
            events.add_side(db, Side(event_id, "Гости", False, name_en="Guests")),
        ]
        orgs = [
            directory.add_organisation(db, Organisation(f"Организация {i}", f"Organisation {i}"))
            for i in range(200)
        ]
        for i in range(people):
            person = Person(
                surname=f"{SURNAMES[i % len(SURNAMES)]}{i}",
                given_name=GIVEN[i % len(GIVEN)],
                latin_name=f"Person {i}",
                position=POSITIONS[i % len(POSITIONS)],
                organisation_id=orgs[i % len(orgs)],
                phone=f"+7 900 {i:07d}",
            )
            person_id = directory.add_person(db, person)
            participants.add_participant(db, Participant(event_id, person_id, sides[i % 2]))
    db.close()
    return event_id


class PaintWatch(QObject):
    """Notes when a widget is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = parser.parse_args()

    QStandardPaths.setTestModeEnabled(True)
    folder = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    store = args.keep or folder / "big.sqlite"
    if not store.exists():
        started = time.perf_counter()
        build_store(store, args.people)
        print(f"store with {args.people} participants built in {time.perf_counter() - started:.1f} s")

    from ui.app import prepare_app
    from ui.main_window import MainWindow
    from ui.session import open_for_window
    from ui.settings import Settings

    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "ru"

    # 1. first painted window: the application (fonts, translation), the store opened, the window built on
    #    the event (its Overview page), shown, first paint
    watch = PaintWatch()
    started = time.perf_counter()
    app = prepare_app(settings)
    window = MainWindow(open_for_window(store), settings)
    window.installEventFilter(watch)
    window.show()
    while watch.painted_at is None:
        app.processEvents()
    first_paint = watch.painted_at - started

    # 2. the participants table filled and painted
    page = window.pages["participants"][1]
    table = page.list.table
    table.viewport().installEventFilter(watch2 := PaintWatch())
    started = time.perf_counter()
    window.show_page("participants")
    while watch2.painted_at is None:
        app.processEvents()
    fill = watch2.painted_at - started
    rows = page.model.rowCount()
    started = time.perf_counter()
    ordered_attendees(window.ctx.db, page.event_id)
    core = time.perf_counter() - started

    # 3. keystrokes in the search box: type a name letter by letter, then delete it again; each keystroke
    #    is the filter (run on textChanged) plus a synchronous repaint of the table
    search = page.list.search
    search.setFocus()
    times = []

    def keystroke(action) -> None:
        app.processEvents()
        started = time.perf_counter()
        action()
        table.viewport().repaint()
        times.append(time.perf_counter() - started)

    for word in ("иванов12", "директор"):
        for char in word:
            keystroke(lambda c=char: search.insert(c))  # QTest cannot type Cyrillic; insert is one keystroke
        for _ in word:
            keystroke(lambda: QTest.keyClick(search, Qt.Key.Key_Backspace))
    keystroke_median = statistics.median(times)
    keystroke_max = max(times)
    shown = page.list.proxy.rowCount()
    window.close()
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)

    print(
        f"participants in the table: {rows}; of the fill, the core's ordered_attendees alone takes {core * 1000:.0f} ms"
    )
    for name, value, target in (
        ("first painted window", first_paint, 2.0),
        ("participants table filled", fill, 1.0),
        ("one filter keystroke (median)", keystroke_median, 0.050),
        ("one filter keystroke (slowest)", keystroke_max, 0.050),
    ):
        print(
            f"{name:38s} {value * 1000:8.0f} ms   target {target * 1000:6.0f} ms   ratio {value / target:5.2f}"
        )
    print(
        f"{len(times)} keystrokes: {', '.join(f'{t * 1000:.0f}' for t in times)} ms; at the end {shown} rows shown"
    )


if __name__ == "__main__":
    main()
