"""Long work off the GUI thread: a job runs in the thread pool on its own store connection, reports progress,
and can be cancelled between steps; it never touches widgets (results come back through signals)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal
from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.store import open_store
from ui.i18n import error_in_words
from ui.reliability import log, setup_logging


class Cancelled(Exception):
    """The user pressed Cancel; the job stops at its next step."""


class Progress:
    """Handed to a job: ``step(done, total, text)`` reports and raises ``Cancelled`` when asked to stop."""

    def __init__(self, signals: JobSignals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    def step(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progress.emit(int(done * 100 / max(total, 1)), text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


JobFunction = Callable[[Database, Progress], Any]


class JobSignals(QObject):
    """What a job tells the GUI thread."""

    progress = Signal(int, str)  # percent, what is being done
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a message in words
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``work(progress)`` off the GUI thread: work that needs no store (rendering a page)."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._work = work
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the job to stop at its next step."""
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(Progress(self.signals, self._cancel))
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(error_in_words(exc))
        except Exception as exc:
            setup_logging()
            log.error("job failed\n%s", traceback.format_exc())
            self.signals.failed.emit(f"{exc.__class__.__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


class Job(Task):
    """Runs ``function(db, progress)`` on a fresh connection to the store file (or the given db)."""

    def __init__(self, function: JobFunction, store: Path | None, db: Database | None = None) -> None:
        super().__init__(partial(_on_store, function, store, db))


def _on_store(function: JobFunction, store: Path | None, db: Database | None, progress: Progress) -> Any:
    if db is not None:
        return function(db, progress)
    own = open_store(store)
    try:
        return function(own, progress)
    finally:
        own.close()


_running: set[Task] = set()
AnyTask = TypeVar("AnyTask", bound=Task)


def start(job: AnyTask) -> AnyTask:
    """Put ``job`` into the global thread pool."""
    _running.add(job)
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(lambda *_args, j=job: _running.discard(j))
    QThreadPool.globalInstance().start(job)
    return job


def shutdown(timeout_ms: int = 30000) -> bool:
    """Cancel every running job, wait for the pool to finish, and hand the jobs' last signals (a job that
    ended before it was cancelled: its answer) to the pages now, while the window's store is still open."""
    for job in list(_running):
        job.cancel()
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)  # a signal from a job's thread is one
    _running.clear()
    return done
