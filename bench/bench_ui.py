"""Desktop app speed on a big event: a store with 10,000 participants in one event.

Prints the time to the first painted main window, to fill the participants table, and for one keystroke of
the search filter, against the targets (2 s, 1 s, 50 ms), with the ratio figure / target. Then, on a banquet
of 1,000 guests (100 tables of 10), the time from dropping a person on another seat of the seating editor
(a real mouse release on the canvas) to the plan stored, checked again and the canvas repainted (target
50 ms median).

    python bench/bench_ui.py [--people 10000] [--guests 1000] [--drops 40] [--keep STORE] [--only seating]
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

from protocol_app.model import NewEvent, NewOrganisation, NewParticipant, NewPerson, NewSide
from protocol_app.names import icao_latin
from protocol_app.precedence import ordered_attendees
from protocol_app.store import directory, events, open_store, participants
from ui.settings import Settings

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
            db, NewEvent(title="Большой форум", date="2026-07-07", title_en="Big forum")
        )
        sides = [
            events.add_side(db, NewSide(event_id, "Принимающая сторона", True, name_en="Host")),
            events.add_side(db, NewSide(event_id, "Гости", False, name_en="Guests")),
        ]
        orgs = [
            directory.add_organisation(db, NewOrganisation(f"Организация {i}", f"Organisation {i}"))
            for i in range(200)
        ]
        for i in range(people):
            person = NewPerson(
                surname=f"{SURNAMES[i % len(SURNAMES)]}{i}",
                given_name=GIVEN[i % len(GIVEN)],
                latin_name=icao_latin(GIVEN[i % len(GIVEN)], SURNAMES[i % len(SURNAMES)]),
                position=POSITIONS[i % len(POSITIONS)],
                organisation_id=orgs[i % len(orgs)],
                phone=f"+7 900 {i:07d}",
            )
            person_id = directory.add_person(db, person)
            participants.add_participant(db, NewParticipant(event_id, person_id, sides[i % 2]))
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


def seating_drops(folder: Path, guests: int, drops: int) -> None:
    """Drop people on other seats of a banquet of ``guests`` in the seating editor; print the times."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.session import open_for_window

    store = folder / "banquet.sqlite"
    build_store(store, guests)
    settings = Settings(QSettings(str(folder / "settings-banquet.ini"), QSettings.Format.IniFormat))
    settings.language = "ru"
    app = QApplication.instance()
    window = MainWindow(open_for_window(store), settings)
    window.resize(1400, 860)
    window.show()
    page = window.show_page("seating")
    started = time.perf_counter()
    page.layout_box.setCurrentIndex(page.layout_box.findData("banquet"))
    while page.job is not None or page.seated is None:
        app.processEvents()
        time.sleep(0.005)
    seated_in = time.perf_counter() - started
    canvas = page.canvas
    viewport = canvas.viewport()
    table = page.seated.plan.tables[len(page.seated.plan.tables) // 2]
    seats = [s.id for s in table.seats]
    canvas.resetTransform()
    canvas.scale(0.45, 0.45)
    canvas.centerOn(canvas.items_by_seat[seats[0]])
    app.processEvents()
    times = []
    for i in range(drops):
        a, b = seats[i % len(seats)], seats[(i * 3 + 1) % len(seats)]
        if a == b:
            continue
        start = canvas.mapFromScene(canvas.items_by_seat[a].scenePos())
        end = canvas.mapFromScene(canvas.items_by_seat[b].scenePos())
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(viewport, start + QPoint(8, 8))
        QTest.mouseMove(viewport, end)
        app.processEvents()
        before = window.stack.count()
        watch = PaintWatch()
        viewport.installEventFilter(watch)
        t0 = time.perf_counter()
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        while watch.painted_at is None:  # until the seats that changed are painted again
            app.processEvents()
        times.append(time.perf_counter() - t0)
        viewport.removeEventFilter(watch)
        assert window.stack.count() == before + 1, "the drop made no change"
    breaches = len(page.seated.violations)
    window.close()
    median = statistics.median(times)
    print(
        f"banquet of {guests} guests ({len(page.seated.plan.tables)} tables) seated and stored in {seated_in:.1f} s"
    )
    print(
        f"{'drop to stored, checked, redrawn (median)':38s} {median * 1000:8.0f} ms   target {50:6.0f} ms"
        f"   ratio {median / 0.050:5.2f}"
    )
    print(f"{'drop to stored, checked, redrawn (max)':38s} {max(times) * 1000:8.0f} ms")
    print(f"{len(times)} drops; {breaches} breaches listed after the last one")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--guests", type=int, default=1_000)
    parser.add_argument("--drops", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    parser.add_argument("--only", choices=["seating"], help="measure only the seating editor")
    args = parser.parse_args()

    QStandardPaths.setTestModeEnabled(True)
    folder = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    if args.only == "seating":
        from ui.app import prepare_app

        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        prepare_app(settings)
        seating_drops(folder, args.guests, args.drops)
        shutil.rmtree(folder, ignore_errors=True)
        return
    store = args.keep or folder / "big.sqlite"
    if not store.exists():
        started = time.perf_counter()
        build_store(store, args.people)
        print(f"store with {args.people} participants built in {time.perf_counter() - started:.1f} s")

    from ui.app import prepare_app
    from ui.main_window import MainWindow
    from ui.session import open_for_window

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
    page = window.page("participants")
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
    shown = page.list.model.rowCount()
    window.close()

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
    seating_drops(folder, args.guests, args.drops)
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
