"""Screenshots of every page of the desktop app on the demo event, in Russian and English, taken under the
offscreen Qt platform, into docs/screenshots/ (ru-overview.png, en-participants.png, ...).

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
from protocol_app.store import open_store  # noqa: E402


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
        for key in window.pages:
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
        participants = window.pages["participants"][1]
        dialog = participants._dialog(participants.model.row(0)[0])
        dialog.show()
        settle(app)
        path = args.out / f"{lang}-person-form.png"
        dialog.grab().save(str(path))
        dialog.close()
        written.append(path)
    window.close()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
