"""The command line at its edges: every user mistake exit 2 in one line, the report printed after the commit,
a closed stdout ending quietly with the import kept, and a private, rotated log without the user's data."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run_main as cli
from cli_helpers import visit_store

from protocol_app.cli import main as cli_main
from protocol_app.store import open_store

ROOT = Path(__file__).parent.parent


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return visit_store(tmp_path / "store.sqlite")


def a_list(tmp_path: Path, rows: str = "Русских Алексей Юрьевич;Россия;1\n") -> Path:
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Сторона;Приоритет\n" + rows, encoding="utf-8")
    return path


def people(store: Path) -> list[str]:
    db = open_store(store)
    try:
        return [row["surname"] for row in db["people"].rows]
    finally:
        db.close()


def mistake(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["export", "attendees", "--event", "1", "--format", "pdf", "-o"],
        ["export", "attendees", "--event", "1", "--format", "docx", "-o"],
        ["pack", "--event", "1", "--format", "pdf", "-o"],
        ["export", "signing", "--event", "1", "--format", "pdf", "-o"],
        ["seating", "--event", "1", "--layout", "negotiation", "--pdf"],
    ],
    ids=lambda a: "-".join(a[:2]) + "-" + a[-2],
)
def test_writing_into_a_missing_folder_is_one_line_and_creates_nothing(store, tmp_path, args):
    missing = tmp_path / "missing"
    mistake(cli(store, *args, str(missing / "out.pdf")), "does not exist")
    assert not missing.exists()


def test_an_encoding_that_is_no_text_encoding_is_a_mistake(store, tmp_path):
    mistake(cli(store, "import", "attendees", "--event", "1", str(a_list(tmp_path)), "--encoding", "rot13"))
    mistake(
        cli(store, "import", "attendees", "--event", "1", str(a_list(tmp_path)), "--encoding", "nonsense")
    )


def test_huge_ids_and_precedences_are_mistakes(store, tmp_path):
    huge = "1" * 23
    mistake(cli(store, "import", "attendees", "--event", huge, str(a_list(tmp_path))), "too large")
    mistake(cli(store, "event", "show", huge), "too large")
    mistake(cli(store, "agreement-status", "--ids", huge, "--status", "draft"))
    result = cli(
        store,
        "import",
        "attendees",
        "--event",
        "1",
        str(a_list(tmp_path, f"Русских Алексей;Россия;{huge}\n")),
    )
    mistake(result, "row 2", "Приоритет")
    assert people(store) == []


def test_an_empty_event_never_picks_one(store, tmp_path):
    mistake(cli(store, "import", "attendees", "--event", "", str(a_list(tmp_path)), "--dry-run"), "empty")
    mistake(cli(store, "import", "attendees", "--event", "  ", str(a_list(tmp_path))), "empty")


def test_a_closed_stdout_ends_quietly_and_the_import_is_kept(store, tmp_path):
    command = ["import", "attendees", "--event", "1", str(a_list(tmp_path))]
    child = subprocess.Popen(
        [sys.executable, "-m", "protocol_app.cli.main", "--db", str(store), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # like `| head -0`: the reader is gone before the report is printed
    error = child.stderr.read().decode()
    assert child.wait(timeout=120) == 0, error
    assert error == ""
    assert people(store) == ["Русских"]


def test_the_report_is_printed_only_after_the_commit(store, tmp_path, monkeypatch):
    """A commit that fails after the import ran (a deferred constraint): nothing says "(written)"."""
    monkeypatch.setattr(cli_main.platformdirs, "user_log_dir", lambda *a, **k: str(tmp_path / "logs"))
    conn = sqlite3.connect(store)
    conn.executescript(
        """
        CREATE TABLE trap_target (id INTEGER PRIMARY KEY);
        CREATE TABLE trap (x INTEGER REFERENCES trap_target(id) DEFERRABLE INITIALLY DEFERRED);
        CREATE TRIGGER trap_people AFTER INSERT ON people BEGIN INSERT INTO trap VALUES (999); END;
        """
    )
    conn.close()
    result = cli(store, "import", "attendees", "--event", "1", str(a_list(tmp_path)))
    assert result.returncode == 1
    assert "(written)" not in result.stdout
    assert people(store) == []


def test_the_log_is_private_rotated_and_holds_no_personal_data(store, tmp_path, monkeypatch, capsys):
    logs = tmp_path / "logs"
    logs.mkdir()
    old = logs / "protocol-app.log"
    old.write_text("x" * (1024 * 1024 + 10))
    old.chmod(0o644)
    monkeypatch.setattr(cli_main.platformdirs, "user_log_dir", lambda *a, **k: str(logs))

    secret = "Русских Алексей Юрьевич, паспорт 4510 123456"

    def explode(args):
        raise RuntimeError(secret)

    monkeypatch.setattr(cli_main, "_run", explode)
    status = cli_main.main(["--db", str(store), "events", "--json"])
    assert status == 1
    assert "details in" in capsys.readouterr().err
    text = old.read_text(encoding="utf-8")
    assert "events" in text and "RuntimeError" in text
    assert "Русских" not in text and "4510" not in text and str(store) not in text
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert (logs / "protocol-app.log.1").exists()  # the full log was rotated
