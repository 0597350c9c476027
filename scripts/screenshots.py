"""Screenshots of every page of the desktop app on the demo event, in Russian and English, taken under the
offscreen Qt platform, into docs/screenshots/ (ru-overview.png, en-participants.png, ...); and the seating
editor on a banquet of 60 with interpreters, one of its tables alone, a person moved by hand
(ru-seating-banquet.png, ru-seating-table.png, ...).

    python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from protocol_app.demo import build_demo  # noqa: E402
from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Role  # noqa: E402
from protocol_app.names import icao_latin  # noqa: E402
from protocol_app.store import directory, events, open_store, participants  # noqa: E402
from ui.pages import PAGES  # noqa: E402

# A banquet of 60: the host region, and delegations from China and Germany, each head with an interpreter.
BANQUET_SIDES = [
    ("Правительство Свердловской области", "Government of Sverdlovsk Region", "Россия", True, 28),
    ("Делегация провинции Цзянсу", "Jiangsu Province delegation", "Китай", False, 17),
    ("Делегация земли Бавария", "Bavaria delegation", "Германия", False, 15),
]
SURNAMES = {
    "Россия": "Орлов Соколов Лебедев Козлов Новиков Морозов Павлов Волков Зайцев Семёнов Голубев Виноградов "
    "Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов Белов Комаров Киселёв Макаров Андреев Ковалёв "
    "Ильин Гусев Титов Кузьмин",
    "Китай": "Ван Ли Чжан Лю Чэнь Ян Хуан Чжао У Чжоу Сюй Сунь Ма Чжу Ху Го Хэ",
    "Германия": "Мюллер Шмидт Шнайдер Фишер Вебер Майер Вагнер Беккер Шульц Гофман Шефер Кох Бауэр Рихтер Кляйн",
}
GIVEN = ["Андрей", "Ольга", "Сергей", "Мария", "Дмитрий", "Елена", "Павел", "Анна", "Игорь", "Наталья"]
POSITIONS = ["Губернатор", "Заместитель губернатора", "Министр", "Заместитель министра", "Директор департамента",
             "Советник", "Главный специалист"]  # fmt: skip


def banquet_event(db) -> int:
    """An event of 60 people in three delegations with interpreters for the guests' heads."""
    event_id = events.create_event(
        db,
        NewEvent(
            title="Приём в честь делегаций", title_en="Reception for the delegations", date="2026-07-08"
        ),
    )
    for position, (name, name_en, country, host, count) in enumerate(BANQUET_SIDES):
        side = events.add_side(
            db, NewSide(event_id, name, host, name_en=name_en, country=country, position=position)
        )
        head = None
        for i, surname in enumerate(SURNAMES[country].split()[:count]):
            given = GIVEN[(i + position) % len(GIVEN)]
            interpreter = not host and i >= count - 2
            job = "Переводчик" if interpreter else POSITIONS[min(i, len(POSITIONS) - 1)]
            person = directory.add_person(
                db,
                NewPerson(
                    surname=surname, given_name=given, latin_name=icao_latin(given, surname), position=job
                ),
            )
            role = (
                Role.INTERPRETER.value
                if interpreter
                else Role.PRINCIPAL.value
                if i == 0
                else Role.MEMBER.value
            )
            added = participants.add_participant(
                db,
                NewParticipant(
                    event_id, person, side, role=role, interprets_for=head if interpreter else None
                ),
            )
            head = head or added
    return event_id


def busy(page) -> bool:
    """Whether ``page`` still works in the background (seating, a document's preview being made)."""
    if getattr(page, "job", None) is not None or getattr(page, "preview_job", None) is not None:
        return True
    timer = getattr(page, "_timer", None)
    preview = getattr(page, "preview", None)
    return bool(timer is not None and timer.isActive()) or bool(
        preview is not None and preview._job is not None
    )


def settle(app: QApplication, page=None, seconds: float = 60) -> None:
    """Let background work of ``page`` finish and the window paint."""
    deadline = time.monotonic() + seconds
    while page is not None and busy(page) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def seating_banquet(app: QApplication, window, lang: str, out: Path) -> list[Path]:
    """The seating editor on the banquet of 60 (its own store): as seated by the rules, then with a guest
    moved by hand onto the host's right (the breaches marked on their seats, the first one chosen)."""
    page = window.show_page("seating")
    page.layout_box.setCurrentIndex(page.layout_box.findData("banquet"))
    settle(app, page)
    shots = [out / f"{lang}-seating-banquet.png", out / f"{lang}-seating-table.png"]
    window.grab().save(str(shots[0]))
    page.table_view.setCurrentIndex(page.table_view.findData("T3"))  # one table alone
    settle(app)
    window.grab().save(str(shots[1]))
    page.table_view.setCurrentIndex(page.table_view.findData(""))
    plan = page.seated.plan
    junior = page.seated.ctx.of_side("guest")[5]
    page.move_person(junior, plan.tables[0].seats[1].id)
    page.violations.setCurrentRow(0)
    page.choose_breach(page.violations.item(0))
    page.canvas.resetTransform()
    page.canvas.scale(0.62, 0.62)
    page.canvas.centerOn(page.canvas.items_by_seat[plan.tables[0].seats[0].id])
    settle(app)
    shots.append(out / f"{lang}-seating-edited.png")
    window.grab().save(str(shots[-1]))
    window.stack.undo()  # the next language starts from the plan seated by the rules again
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    folder = Path(tempfile.mkdtemp(prefix="screens-"))
    store = folder / "demo.sqlite"
    db = open_store(store)
    build_demo(db)
    db.close()
    banquet_store = folder / "banquet.sqlite"
    db = open_store(banquet_store)
    banquet_event(db)
    db.close()

    from ui import i18n
    from ui.app import prepare_app
    from ui.main_window import MainWindow
    from ui.session import open_for_window
    from ui.settings import Settings

    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.export_dir = str(folder / "documents")
    app = prepare_app(settings)
    window = MainWindow(open_for_window(store), settings)
    window.resize(1400, 860)
    window.show()
    written = []
    for lang in ("ru", "en"):
        window.set_language(lang)
        i18n.install_language(lang)
        settle(app)
        for key in PAGES:
            page = window.show_page(key)
            settle(app, page)
            path = args.out / f"{lang}-{key}.png"
            window.grab().save(str(path))
            written.append(path)
        documents = window.show_page("documents")  # the preview of the pack, on its programme page
        documents.kind.setCurrentIndex(documents.kind.findData("pack"))
        settle(app, documents)
        documents.preview.show_page(3)
        settle(app, documents)
        path = args.out / f"{lang}-documents-preview.png"
        window.grab().save(str(path))
        written.append(path)
        participants = window.page("participants")
        dialog = participants._dialog(participants.model.row(0)[0])
        dialog.show()
        settle(app)
        path = args.out / f"{lang}-person-form.png"
        dialog.grab().save(str(path))
        dialog.close()
        written.append(path)
    window.close()
    banquet = MainWindow(open_for_window(banquet_store), settings)
    banquet.resize(1400, 860)
    banquet.show()
    for lang in ("ru", "en"):
        banquet.set_language(lang)
        i18n.install_language(lang)
        settle(app)
        written += seating_banquet(app, banquet, lang, args.out)
    banquet.close()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
