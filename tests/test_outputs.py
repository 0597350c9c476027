"""Every document the program writes goes one way: a failed write keeps the old file and leaves no half file,
links and devices are never replaced, personal data is private, and no text is too long for the PDF."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import docx
import pytest
from cli_helpers import run_main
from reportlab.pdfgen.canvas import Canvas

from protocol_app.errors import UserError
from protocol_app.exporting import export_attendees

ROOT = Path(__file__).parent.parent
LONG_NAME = "Щ" * 5000


@pytest.fixture
def store(demo_file, tmp_path) -> Path:
    path = tmp_path / "store.sqlite"
    shutil.copy(demo_file[0], path)
    return path


def cli(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line with the usual umask, so the modes of the files it writes are what a user gets."""
    umask = os.umask(0o022)
    try:
        return run_main(store, *args)
    finally:
        os.umask(umask)


def mistake(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr


def test_a_failed_export_keeps_the_good_file_and_leaves_no_half_file(demo_db, tmp_path, monkeypatch):
    db, event_id = demo_db
    target = tmp_path / "list.pdf"
    export_attendees(db, event_id, target)
    good = target.read_bytes()

    def disk_full(canvas):
        with open(canvas._filename, "wb") as handle:
            handle.write(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Canvas, "save", disk_full)
    with pytest.raises(UserError, match="old file is kept"):
        export_attendees(db, event_id, target)
    assert target.read_bytes() == good
    with pytest.raises(UserError, match="nothing was written"):
        export_attendees(db, event_id, tmp_path / "new.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["list.pdf"]  # no half file, no 0-byte file


def test_a_link_or_a_device_is_never_replaced(store, tmp_path):
    real = tmp_path / "real.pdf"
    real.write_bytes(b"%PDF- the user's own file")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    mistake(cli(store, "pack", "--event", "1", "--format", "pdf", "-o", str(link)), "link")
    assert link.is_symlink() and real.read_bytes() == b"%PDF- the user's own file"
    mistake(cli(store, "pack", "--event", "1", "--format", "pdf", "-o", "/dev/null"), "device")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_personal_exports_are_readable_by_the_user_only(store, tmp_path):
    for fmt in ("csv", "xlsx", "docx", "pdf"):
        private, usual = tmp_path / f"personal.{fmt}", tmp_path / f"usual.{fmt}"
        assert (
            cli(store, "export", "attendees", "--event", "1", "--personal", "-o", str(private)).returncode
            == 0
        )
        assert cli(store, "export", "attendees", "--event", "1", "-o", str(usual)).returncode == 0
        assert stat.S_IMODE(private.stat().st_mode) == 0o600, fmt
        assert stat.S_IMODE(usual.stat().st_mode) == 0o644, fmt


def test_seating_checks_both_targets_before_writing_either(store, tmp_path):
    pdf, png = tmp_path / "plan.pdf", tmp_path / "missing" / "plan.png"
    mistake(
        cli(store, "seating", "--event", "1", "--layout", "negotiation", "--pdf", str(pdf), "--png", str(png))
    )
    assert not pdf.exists() and not png.parent.exists()


def test_a_2000_letter_word_in_an_agreement_title_prints(store, tmp_path):
    conn = sqlite3.connect(store)
    conn.execute("UPDATE agreements SET title = ?", ("Соглашение о " + "Ж" * 2000,))
    conn.commit()
    conn.close()
    pdf = tmp_path / "signing.pdf"
    result = cli(store, "seating", "--event", "1", "--layout", "signing", "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_5000_letter_name_prints_in_every_pdf_and_stays_whole_in_docx(store, tmp_path):
    conn = sqlite3.connect(store)
    conn.execute(
        "UPDATE people SET surname = ? WHERE id IN (SELECT person_id FROM participants LIMIT 3)", (LONG_NAME,)
    )
    conn.commit()
    conn.close()
    for args in (
        ["export", "attendees", "--event", "1", "-o", str(tmp_path / "list.pdf")],
        ["pack", "--event", "1", "--format", "pdf", "-o", str(tmp_path / "pack.pdf")],
        ["export", "signing", "--event", "1", "--format", "pdf", "-o", str(tmp_path / "signing.pdf")],
        ["export", "attendees", "--event", "1", "-o", str(tmp_path / "list.docx")],
    ):
        result = cli(store, *args)
        assert result.returncode == 0, result.stderr
    word = docx.Document(str(tmp_path / "list.docx"))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    assert any(LONG_NAME in text for text in cells)
