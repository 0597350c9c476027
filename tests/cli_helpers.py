"""Helpers of the tests that run the command line as a user does, on a store file: in a child process
(``cli``) where the process itself is the point (its limits, its pipes), else in this one (``run_main``)."""

from __future__ import annotations

import contextlib
import functools
import io
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import pkgutil
import resource
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from protocol_app.cli import commands
from protocol_app.cli.main import main
from protocol_app.model import NewEvent, NewSide
from protocol_app.store import open_store
from protocol_app.store.events import add_side, create_event

ROOT = Path(__file__).parent.parent


def cli(
    store: Path, *args: str, preexec: Callable[[], None] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """``protocol-app --db STORE ARGS`` in a child process; ``preexec`` runs in the child first (limits)."""
    return subprocess.run(
        [sys.executable, "-m", "protocol_app.cli.main", "--db", str(store), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        preexec_fn=preexec,
        timeout=timeout,
    )


def limited(store: Path, *args: str, memory: int, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """``protocol-app --db STORE ARGS`` in a child process held to ``memory`` bytes of address space, so that
    an abort or a memory error fails the test rather than the machine. The child is forked from a server
    process that has the program loaded already (multiprocessing's forkserver), not started anew: the same
    limit, without paying Python's start for every hostile file."""
    argv = ["--db", str(store), *args]
    context = _forkserver()
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_main_within, args=(argv, memory, send))
    child.start()
    send.close()
    result = None
    if receive.poll(timeout):  # the child sends its result, then ends; a child that does not is killed
        with contextlib.suppress(EOFError):
            result = receive.recv()
    child.join(10 if result is not None else 0)
    timed_out = child.is_alive()
    if timed_out:
        child.kill()
        child.join()
    receive.close()
    if result is None:
        why = f"no answer within {timeout} s" if timed_out else f"the child process ended ({child.exitcode})"
        return subprocess.CompletedProcess(argv, child.exitcode, "", why)
    return subprocess.CompletedProcess(argv, *result)


@functools.cache
def _forkserver() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    loaded = [f"{commands.__name__}.{module.name}" for module in pkgutil.iter_modules(commands.__path__)]
    context.set_forkserver_preload([__name__, *loaded])
    return context


def _main_within(argv: list[str], memory: int, send: multiprocessing.connection.Connection) -> None:
    """In the child: the limit, then the command line; its status and text go back through ``send``."""
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        done = in_process(*argv)
        result = (done.returncode, done.stdout, done.stderr)
    except BaseException:  # an escape from main() is what the test is to see, as a traceback would show it
        result = (1, "", traceback.format_exc())
    send.send(result)
    send.close()


def run_main(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``protocol-app --db STORE ARGS`` through ``main(argv)`` in this process, stdout and stderr captured:
    the exit status and the text the child process of ``cli`` gives, without starting Python again."""
    return in_process("--db", str(store), *args)


def in_process(*argv: str) -> subprocess.CompletedProcess[str]:
    """``protocol-app ARGV`` through ``main(argv)`` in this process (see ``run_main``)."""
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="") for _ in range(2))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    text = []
    for stream in (out, err):
        stream.flush()
        text.append(stream.buffer.getvalue().decode("utf-8"))
    return subprocess.CompletedProcess(["protocol-app", *argv], code, *text)


def visit_store(path: Path) -> Path:
    """A store at ``path`` with one event («Визит», 7 July 2026) and its host side «Россия»."""
    db = open_store(path)
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    db.close()
    return path
