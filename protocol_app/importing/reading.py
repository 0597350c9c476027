"""Reading a partner's table (CSV or XLSX) into rows of text, with the row numbers the file shows.

CSV: a byte-order mark first, then strict UTF-8, then Windows-1251, and only then charset-normalizer; the
separator is sniffed among ``;`` ``,`` and tab (or taken from Excel's ``sep=`` line); quoted fields may hold new
lines; the file is streamed, never held whole. XLSX: read by ``xlsx`` from the workbook's XML as a stream,
with its limits checked on that same parse. Every limit (file size, rows, columns) ends in a ``UserError``
that says which limit, before much memory is used.
"""

from __future__ import annotations

import _csv
import codecs
import csv
import io
import itertools
import os
import re
from pathlib import Path

from protocol_app.errors import UserError
from protocol_app.importing.table import MAX_COLUMNS, MAX_ROWS, RawTable
from protocol_app.importing.xlsx import read_xlsx
from protocol_app.words import said

MAX_FILE_BYTES = 32 * 1024 * 1024  # a list of 50,000 people is about 5 MB
SEPARATORS = (";", "\t", ",")
_SNIFF_ROWS = 30
_UPPER = re.compile("[А-Я]")
_LOWER = re.compile("[а-я]")

ENCODING_ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "cp1251": "cp1251",
    "windows-1251": "cp1251",
    "win1251": "cp1251",
}


def read_table(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    separator: str | None = None,
    sheet: str | None = None,
) -> RawTable:
    """Read ``path`` as XLSX (by its content, not its name) or as CSV; raises ``UserError`` for what is not."""
    file = Path(path)
    if not file.is_file():
        raise UserError(said("no_such_file"), file=str(file))
    size = file.stat().st_size
    if size == 0:
        raise UserError(said("file_empty"), file=str(file))
    if size > MAX_FILE_BYTES:
        raise UserError(
            said("file_too_big", mb=f"{size / 2**20:.0f}", most=MAX_FILE_BYTES // 2**20),
            file=str(file),
        )
    with file.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(file, sheet=sheet)
    _refuse_binary(file, head)
    if sheet:
        raise UserError(said("csv_no_sheets"), file=str(file))
    return read_csv(file, encoding=encoding, separator=separator)


def _refuse_binary(file: Path, head: bytes) -> None:
    kinds = {
        b"\xd0\xcf\x11\xe0": "file_xls",
        b"%PDF": "file_pdf",
        b"\x89PNG": "file_image",
        b"\xff\xd8\xff": "file_image",
        b"\x1f\x8b": "file_gzip",
        b"Rar!": "file_rar",
        b"7z\xbc\xaf": "file_7z",
    }
    for magic, what in kinds.items():
        if head.startswith(magic):
            raise UserError(said(what), file=str(file))


def read_csv(file: Path, *, encoding: str | None = None, separator: str | None = None) -> RawTable:
    """Decode and parse a CSV file (see the module's note for the order encodings are tried in).

    The file is streamed, never held whole: memory stays bounded by the rows kept (``MAX_ROWS`` at most).
    """
    used = detect_encoding(file, encoding)
    try:
        with file.open(encoding=used, newline="") as handle:
            head = handle.read(65536).removeprefix("\ufeff")  # a BOM left by an encoding given by hand
            hint = re.match(r"sep=(.)\r?\n", head[:8])  # Excel's own first line: sep=;
            separator = _separator(
                separator or (hint.group(1) if hint else None) or sniff_separator(head), file
            )
            handle.seek(0)
            lines = iter(handle)
            first = 1
            if hint:
                next(lines)
                first = 2
            top = [line.removeprefix("\ufeff") for line in itertools.islice(lines, 1)]  # a BOM given by hand
            rows = _parse(csv.reader(itertools.chain(top, lines), delimiter=separator), first, file)
    except UnicodeDecodeError as exc:
        raise UserError(said("wrong_encoding", encoding=used, reason=exc.reason), file=str(file)) from None
    return RawTable(rows=rows, format="csv", encoding=used, separator=separator)


def _separator(separator: str, file: Path) -> str:
    names = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ","}
    separator = names.get(separator.lower(), separator)
    if separator not in SEPARATORS:
        raise UserError(said("bad_separator"), file=str(file))
    return separator


def _parse(reader: _csv.Reader, first: int, file: Path) -> list[tuple[int, list[str]]]:
    """The records with their row numbers as a spreadsheet shows them (``first`` for the first): a record whose
    quoted cell holds line breaks is one row, however many lines of the file it takes, so the rows below it
    keep the spreadsheet's numbers. Stops at the row limit (a million rows cost no memory)."""
    rows: list[tuple[int, list[str]]] = []
    append, strip = rows.append, str.strip
    row = first  # the number of the record read next: an error below is in it
    last = first + MAX_ROWS
    try:
        for cells in reader:
            if row > last:
                raise UserError(said("too_many_rows", most=f"{MAX_ROWS:,}"), file=str(file))
            if len(cells) > MAX_COLUMNS:
                raise UserError(said("too_many_columns", most=MAX_COLUMNS), file=str(file), row=row)
            append((row, list(map(strip, cells))))
            row += 1
    except csv.Error as exc:
        raise UserError(said("bad_csv", reason=exc), file=str(file), row=row) from None
    except UnicodeDecodeError as exc:
        raise UserError(
            said("wrong_encoding", encoding=exc.encoding, reason=exc.reason), file=str(file), row=row
        ) from None
    return rows


def detect_encoding(file: Path, encoding: str | None = None) -> str:
    """The file's encoding: the one given, else a BOM, strict UTF-8, Windows-1251, and the detector last."""
    if encoding:
        name = ENCODING_ALIASES.get(encoding.lower(), encoding)
        try:
            codecs.lookup(name)
        except LookupError:
            raise UserError(said("unknown_encoding", value=encoding), file=str(file)) from None
        return name
    with file.open("rb") as handle:
        head = handle.read(1 << 20)
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if head.startswith(bom):
            return name
    if b"\x00" in head[:65536]:
        raise UserError(said("binary_file"), file=str(file))
    if _decodes(file, "utf-8"):
        return "utf-8"
    if _decodes(file, "cp1251") and _plausible_russian(head[:20_000].decode("cp1251", errors="replace")):
        return "cp1251"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None or not _decodes(file, best.encoding):
        raise UserError(said("encoding_unknown"), file=str(file))
    return best.encoding


def _decodes(file: Path, encoding: str) -> bool:
    """True when the whole file decodes strictly as ``encoding`` (read in pieces, never whole)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with file.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _plausible_russian(text: str) -> bool:
    """Windows-1251 decodes any bytes; a KOI8-R file read as 1251 shows mostly capital letters: refuse that."""
    sample = text[:20_000]
    upper, lower = len(_UPPER.findall(sample)), len(_LOWER.findall(sample))
    return upper + lower < 20 or lower >= upper


def sniff_separator(text: str) -> str:
    """The separator among ; tab , that splits the first rows into the most columns most consistently."""
    head = "\n".join(text[:65536].splitlines()[:_SNIFF_ROWS])
    best, best_score = ";", (0, 0)
    for sep in SEPARATORS:
        counts = [len(r) for r in csv.reader(io.StringIO(head, newline=""), delimiter=sep) if any(r)]
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        common = max(set(multi), key=multi.count)
        score = (multi.count(common), common)
        if score > best_score:
            best, best_score = sep, score
    return best
