"""The bundle's one entry point: no arguments open the window, arguments run the command line.

``protocol_app.cli.main`` already opens the window when no command is given (and on ``--db FILE`` alone), so
the bundle runs it as it is. ``PROTOCOL_DESK_STARTUP_PROBE=1`` prints the wall-clock time when the main window
is first shown and quits: ``scripts/build_bundle.py --measure`` times a cold start with it.
"""

from __future__ import annotations

import os
import sys
import time


def _install_startup_probe() -> None:
    """Print ``shown <unix time>`` when the first main window is shown, then quit the application."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv)

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
                print(f"shown {time.time():.3f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    probe = Probe(app)
    app.installEventFilter(probe)


def main() -> int:
    from protocol_app.cli.main import main as cli_main

    if os.environ.get("PROTOCOL_DESK_STARTUP_PROBE"):
        _install_startup_probe()
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
