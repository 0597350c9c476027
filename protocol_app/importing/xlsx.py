"""Reading XLSX safely: the cells are read from the workbook's XML by this module, with every limit checked
on the same streamed parse that produces the values.

The zip directory is checked first (a zip bomb is refused by its declared sizes, and Python's zipfile never
reads past a declared size and checks each member's CRC). Then the workbook, its relationships, the shared
strings, the styles and the one sheet are parsed as streams with defusedxml (no DTD, no entities), by
namespace rather than by prefix, and each limit (sheets, rows, columns, cells, shared strings and their
length, XML elements and depth) is checked as the element is read: a far cell reference, a huge shared string
or a million empty elements end the read with a ``UserError`` that says where, before memory grows.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from protocol_app.errors import UserError
from protocol_app.importing.reading import MAX_COLUMNS, MAX_ROWS, RawTable, cell_text

MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all parts together
MAX_PART = 128 * 1024 * 1024
MAX_RATIO = 150  # uncompressed / compressed, for parts over 1 MB
MAX_MEMBERS = 2000
MAX_SHEETS = 255
MAX_CELLS = 1_000_000  # filled cells of the sheet read
MAX_TEXT = 32_767  # characters in one cell: Excel's own limit
MAX_SHARED = 1_000_000  # shared strings
MAX_SHARED_CHARS = 16 * 1024 * 1024  # all shared strings together
MAX_ELEMENTS = 4_000_000  # XML elements in one part
MAX_DEPTH = 64
MAX_HELD = 10_000  # elements inside one cell or string
_CHUNK = 1 << 20
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SHARED_TYPE = "/sharedStrings"
_STYLES_TYPE = "/styles"
_READ_AT_END = {f"{_MAIN}{tag}" for tag in ("c", "si", "is", "r")}
_REF = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")


class _Workbook:
    """The parts of the workbook that say where the sheets, the shared strings and the styles are."""

    def __init__(self) -> None:
        self.sheets: list[tuple[str, str, bool]] = []  # (name, part, visible)
        self.shared = "xl/sharedStrings.xml"
        self.styles = "xl/styles.xml"
        self.date1904 = False


def read_xlsx(file: Path, *, sheet: str | None = None) -> RawTable:
    """The rows of one sheet (the first visible one unless ``sheet`` names one) of an XLSX file."""
    with _opened(file) as zf:
        book = _workbook(file, zf)
        names = [name for name, _, _ in book.sheets]
        name, part = _choose(file, book, sheet)
        shared = _shared_strings(file, zf, book.shared)
        dates = _date_styles(file, zf, book.styles)
        rows = _sheet_rows(file, zf, name, part, shared, dates, book.date1904)
    return RawTable(rows=rows, format="xlsx", sheet=name, sheet_names=names)


def check_workbook(file: Path) -> dict[str, str]:
    """Check the zip and the workbook of ``file``; returns {sheet name: its part in the zip} in workbook order."""
    with _opened(file) as zf:
        return {name: part for name, part, _ in _workbook(file, zf).sheets}


@contextmanager
def _opened(file: Path) -> Iterator[zipfile.ZipFile]:
    """The zip of ``file`` with its directory checked; damage anywhere in it becomes one worded error."""
    try:
        with zipfile.ZipFile(file) as zf:
            _check_directory(file, zf.infolist())
            if "xl/workbook.xml" not in zf.namelist():
                raise UserError("a zip archive, but not an Excel workbook (.xlsx)", file=str(file))
            yield zf
    except zipfile.BadZipFile as exc:
        raise UserError(f"a damaged or not a real XLSX file ({exc})", file=str(file)) from None
    except (zlib.error, EOFError) as exc:
        raise UserError(f"a damaged XLSX file: a part does not unpack ({exc})", file=str(file)) from None
    except (OSError, RuntimeError, NotImplementedError) as exc:  # encrypted, unknown compression
        raise UserError(f"cannot open the workbook ({exc})", file=str(file)) from None


def _check_directory(file: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise UserError(f"the workbook holds {len(infos)} parts: refused (a zip bomb?)", file=str(file))
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise UserError(
            f"the workbook unpacks to {total / 2**20:,.0f} MB: refused as a zip bomb", file=str(file)
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _CHUNK and ratio > MAX_RATIO:
            raise UserError(
                f"part {info.filename} unpacks from {info.compress_size:,} to {info.file_size:,} bytes: "
                "refused as a zip bomb",
                file=str(file),
            )
        if info.file_size > MAX_PART:
            raise UserError(
                f"part {info.filename} unpacks to {info.file_size / 2**20:,.0f} MB: too big for a list "
                f"(up to {MAX_ROWS:,} rows are read); split it",
                file=str(file),
            )


def _events(file: Path, zf: zipfile.ZipFile, part: str) -> Iterator[tuple[str, Element]]:
    """Stream the XML of ``part`` as ("start" | "end", element), refusing a DTD, entities, too many elements
    or too deep a nesting as they come. Once read, an element leaves its parent (unless the parent is a cell
    or a string, which reads its children when it ends), so memory holds one row at a time."""
    try:
        stream: IO[bytes] = zf.open(part)
    except KeyError:
        raise UserError(f"the workbook lacks its part {part}", file=str(file)) from None
    stack: list[Element] = []
    count = held = 0
    with stream:
        try:
            for event, element in iterparse(stream, ("start", "end"), forbid_dtd=True):
                if event == "start":
                    stack.append(element)
                    count += 1
                    if count > MAX_ELEMENTS or len(stack) > MAX_DEPTH:
                        what = "elements" if count > MAX_ELEMENTS else "levels of nesting"
                        raise UserError(f"part {part} has too many XML {what}: refused", file=str(file))
                    yield event, element
                    continue
                yield event, element
                stack.pop()
                if not stack:
                    continue
                if stack[-1].tag in _READ_AT_END:
                    held += 1
                    if held > MAX_HELD:
                        raise UserError(
                            f"part {part}: a cell with too many XML elements: refused", file=str(file)
                        )
                else:
                    stack[-1].remove(element)
                    held = 0
        except DefusedXmlException:
            raise UserError(
                f"part {part} uses XML entities: refused as an XML bomb", file=str(file)
            ) from None
        except SyntaxError as exc:  # ElementTree.ParseError
            raise UserError(f"part {part} is not valid XML ({exc})", file=str(file)) from None


def _relationships(file: Path, zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """{relationship id: (target part, type)} of the part whose relationships are in ``part``."""
    found: dict[str, tuple[str, str]] = {}
    if part not in zf.namelist():
        return found
    base = posixpath.dirname(posixpath.dirname(part))
    for event, element in _events(file, zf, part):
        if event == "end" and element.tag == f"{_PKG}Relationship":
            target = element.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{base}/{target}")
            found[element.get("Id", "")] = (path, element.get("Type", ""))
            element.clear()
    return found


def _workbook(file: Path, zf: zipfile.ZipFile) -> _Workbook:
    book = _Workbook()
    rels = _relationships(file, zf, "xl/_rels/workbook.xml.rels")
    for target, kind in rels.values():
        if kind.endswith(_SHARED_TYPE):
            book.shared = target
        elif kind.endswith(_STYLES_TYPE):
            book.styles = target
    seen: set[str] = set()
    for event, element in _events(file, zf, "xl/workbook.xml"):
        if event != "end":
            continue
        if element.tag == f"{_MAIN}workbookPr":
            book.date1904 = element.get("date1904", "") in ("1", "true")
        elif element.tag == f"{_MAIN}sheet":
            name = element.get("name", "")
            if name.casefold() in seen:
                raise UserError(f"the workbook has two sheets named {name!r}: damaged", file=str(file))
            seen.add(name.casefold())
            if len(seen) > MAX_SHEETS:
                raise UserError(f"the workbook has more than {MAX_SHEETS} sheets: refused", file=str(file))
            target = rels.get(element.get(f"{_REL}id", ""))
            visible = element.get("state", "visible") == "visible"
            book.sheets.append((name, target[0] if target else "", visible))
            element.clear()
    if not book.sheets:
        raise UserError("the workbook has no sheets", file=str(file))
    return book


def _choose(file: Path, book: _Workbook, sheet: str | None) -> tuple[str, str]:
    """The (name, part) of the sheet named ``sheet`` (any case), or of the first visible sheet."""
    names = [name for name, _, _ in book.sheets]
    if sheet is None:
        found = next(((n, p) for n, p, visible in book.sheets if visible), None)
        if found is None:
            raise UserError("every sheet of the workbook is hidden; name one with --sheet", file=str(file))
    else:
        wanted = sheet.strip().casefold()
        found = next(((n, p) for n, p, _ in book.sheets if n == sheet or n.casefold() == wanted), None)
        if found is None:
            raise UserError(f"no sheet {sheet!r}; the sheets are: {', '.join(names)}", file=str(file))
    if not found[1]:
        raise UserError(f"sheet {found[0]!r} has no part in the workbook: damaged", file=str(file))
    return found


def _text(element: Element) -> str:
    """The text of a shared or inline string: its ``t``, or its runs' ``t`` (phonetic hints left out)."""
    direct = element.find(f"{_MAIN}t")
    if direct is not None:
        return direct.text or ""
    return "".join(t.text or "" for t in element.iterfind(f"{_MAIN}r/{_MAIN}t"))


def _shared_strings(file: Path, zf: zipfile.ZipFile, part: str) -> list[str]:
    strings: list[str] = []
    if part not in zf.namelist():
        return strings
    total = 0
    for event, element in _events(file, zf, part):
        if event == "end" and element.tag == f"{_MAIN}si":
            text = _text(element)
            element.clear()
            where = f"{part}, string {len(strings) + 1}"
            if len(text) > MAX_TEXT:
                raise UserError(
                    f"{where} is {len(text):,} characters long; a cell holds up to {MAX_TEXT:,}",
                    file=str(file),
                )
            total += len(text)
            if len(strings) >= MAX_SHARED or total > MAX_SHARED_CHARS:
                raise UserError(
                    f"{where}: more shared text than a list holds ({MAX_SHARED:,} strings, "
                    f"{MAX_SHARED_CHARS // 2**20} M characters); split it",
                    file=str(file),
                )
            strings.append(text)
    return strings


def _date_styles(file: Path, zf: zipfile.ZipFile, part: str) -> set[int]:
    """Indexes of the cell styles whose number format shows a date or a time."""
    if part not in zf.namelist():
        return set()
    formats: dict[int, str] = dict(BUILTIN_FORMATS)
    dates: set[int] = set()
    in_cell_xfs = False
    index = 0
    for event, element in _events(file, zf, part):
        tag = element.tag
        if tag == f"{_MAIN}cellXfs":
            in_cell_xfs = event == "start"
        elif event == "end" and tag == f"{_MAIN}numFmt":
            formats[_number(element.get("numFmtId"))] = element.get("formatCode", "")
        elif event == "end" and tag == f"{_MAIN}xf" and in_cell_xfs:
            if is_date_format(formats.get(_number(element.get("numFmtId")), "")):
                dates.add(index)
            index += 1
            element.clear()
    return dates


def _number(text: str | None) -> int:
    return int(text) if text and text.isdigit() and len(text) < 10 else -1


def _sheet_rows(
    file: Path,
    zf: zipfile.ZipFile,
    name: str,
    part: str,
    shared: list[str],
    dates: set[int],
    date1904: bool,
) -> list[tuple[int, list[str]]]:
    """The filled rows of the sheet, each with its number, as text; limits checked cell by cell."""
    rows: dict[int, list[str]] = {}
    row_number = cells = 0
    column = 0
    calendar = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
    for event, element in _events(file, zf, part):
        tag = element.tag
        if event == "start":
            if tag == f"{_MAIN}row":
                row_number = _row_number(file, name, element.get("r"), row_number + 1)
                column = 0
            elif tag == f"{_MAIN}c":
                row_number = max(row_number, 1)
                column = _cell_place(file, name, element.get("r"), row_number, column + 1)
            continue
        if tag == f"{_MAIN}row":
            element.clear()
        elif tag == f"{_MAIN}c":
            place = f"sheet {name!r}, cell {_letters(column)}{row_number}"
            text = _cell_value(file, place, element, shared, dates, calendar)
            element.clear()
            if text:
                cells += 1
                if cells > MAX_CELLS:
                    raise UserError(
                        f"{place}: more than {MAX_CELLS:,} filled cells; split it", file=str(file)
                    )
                row = rows.setdefault(row_number, [])
                if len(row) < column:
                    row.extend([""] * (column - len(row)))
                row[column - 1] = text
        elif tag == f"{_MAIN}sheetData":
            element.clear()
    return sorted(rows.items())


def _row_number(file: Path, sheet: str, ref: str | None, default: int) -> int:
    number = default if ref is None else _number(ref.strip())
    if number < 1:
        raise UserError(f"sheet {sheet!r}: a row is numbered {ref!r}: damaged", file=str(file))
    if number > MAX_ROWS:
        raise UserError(
            f"sheet {sheet!r}, row {number:,}: the sheet has more than {MAX_ROWS:,} rows; split it into "
            "smaller lists",
            file=str(file),
        )
    return number


def _cell_place(file: Path, sheet: str, ref: str | None, row: int, default: int) -> int:
    """The column (1-based) of a cell, from its reference or after the previous cell; limits checked."""
    column = default
    if ref is not None:
        match = _REF.fullmatch(ref.strip())
        if match is None:
            raise UserError(f"sheet {sheet!r}, row {row}: a cell is at {ref[:20]!r}: damaged", file=str(file))
        column = 0
        for ch in match.group(1):
            column = column * 26 + ord(ch) - 64
        _row_number(file, sheet, match.group(2), row)
        if int(match.group(2)) != row:
            raise UserError(f"sheet {sheet!r}: cell {ref} stands in row {row}: damaged", file=str(file))
    if column > MAX_COLUMNS:
        raise UserError(
            f"sheet {sheet!r}, cell {_letters(column)}{row}: the sheet uses more than {MAX_COLUMNS} columns",
            file=str(file),
        )
    return column


def _letters(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_value(
    file: Path, place: str, cell: Element, shared: list[str], dates: set[int], calendar: datetime
) -> str:
    """The text of one cell: a shared or inline string, a number, a date (by its style), a truth value."""
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        found = cell.find(f"{_MAIN}is")
        text = _text(found) if found is not None else ""
    else:
        value = cell.find(f"{_MAIN}v")
        raw = (value.text or "") if value is not None else ""
        if kind == "s":
            index = _number(raw.strip())
            if not 0 <= index < len(shared):
                raise UserError(
                    f"{place} refers to shared string {raw[:12]!r}; the workbook has {len(shared)}",
                    file=str(file),
                )
            text = shared[index]
        elif kind == "b":
            text = cell_text(raw.strip() in ("1", "true"))
        elif kind == "n" and raw:
            text = _number_text(raw, _number(cell.get("s")) in dates, calendar)
        else:  # "str" (a formula's text), "e" (an error such as #N/A), "d" (an ISO date)
            text = raw
    if len(text) > MAX_TEXT:
        raise UserError(
            f"{place} holds {len(text):,} characters; a cell holds up to {MAX_TEXT:,}", file=str(file)
        )
    return cell_text(text)


def _number_text(raw: str, is_date: bool, calendar: datetime) -> str:
    try:
        number = float(raw)
    except ValueError:
        return raw.strip()
    if is_date:
        try:
            return cell_text(from_excel(number, calendar))
        except (ValueError, OverflowError):
            return raw.strip()
    return cell_text(number)
