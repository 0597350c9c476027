"""Reading XLSX safely: the cells are read from the workbook's XML by this program, with every limit checked
on the same streamed parse that produces the values.

The zip directory is checked first (a zip bomb is refused by its declared sizes, and Python's zipfile never
reads past a declared size and checks each member's CRC). The small parts (the workbook, its relationships,
the styles) are parsed as streams with defusedxml (no DTD, no entities); the shared strings and the one sheet
are read by ``xlsx_stream`` from expat's events. Names are matched by namespace rather than by prefix, and each
limit (sheets, rows, columns, cells, shared strings and their length, XML elements and depth) is checked as the
element is read: a far cell reference, a huge shared string or a million empty elements end the read with a
``UserError`` that says where, before memory grows. Hidden sheets are skipped unless named.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from protocol_app.errors import UserError
from protocol_app.importing.table import MAX_ROWS, RawTable
from protocol_app.importing.xlsx_stream import MAX_DEPTH, SheetReader, number_of, shared_strings
from protocol_app.words import said

MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all parts together
MAX_PART = 128 * 1024 * 1024
MAX_RATIO = 150  # uncompressed / compressed, for parts over 1 MB
MAX_MEMBERS = 2000
MAX_SHEETS = 255
MAX_SMALL_ELEMENTS = 100_000  # XML elements of the workbook, its relationships or its styles
_CHUNK = 1 << 20
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SHARED_TYPE = "/sharedStrings"
_STYLES_TYPE = "/styles"


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
        shared = shared_strings(file, zf, book.shared) if book.shared in zf.namelist() else []
        dates = _date_styles(file, zf, book.styles)
        calendar = CALENDAR_MAC_1904 if book.date1904 else CALENDAR_WINDOWS_1900
        rows = SheetReader(file, name, part, shared, dates, calendar).read(zf)
        unread = (
            []
            if sheet is not None
            else [n for n, p, shown in book.sheets if shown and n != name and _has_values(zf, p)]
        )
    return RawTable(rows=rows, format="xlsx", sheet=name, sheet_names=names, unread=unread)


_PEEK = 500  # elements of another sheet read to see whether it holds a value


def _has_values(zf: zipfile.ZipFile, part: str) -> bool:
    """Whether a sheet the import does not read holds a value (a partner's workbook may keep a delegation a
    sheet; the empty «Лист2» of a new workbook is nothing), read only as far as its first value, at most
    ``_PEEK`` elements (more than that, and it is taken to hold one). A sheet that cannot be read says no:
    it is not this import's to refuse."""
    try:
        with zf.open(part) as stream:
            for count, (_, element) in enumerate(iterparse(stream, ("end",), forbid_dtd=True)):
                tag = element.tag.rpartition("}")[2]
                if (tag in ("v", "t") and element.text) or count > _PEEK:
                    return True
                if tag == "sheetData":
                    return False
    except (KeyError, DefusedXmlException, SyntaxError, zipfile.BadZipFile, zlib.error, EOFError):
        return False
    return False


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
                raise UserError(said("zip_not_xlsx"), file=str(file))
            yield zf
    except zipfile.BadZipFile as exc:
        raise UserError(said("xlsx_damaged", reason=exc), file=str(file)) from None
    except (zlib.error, EOFError) as exc:
        raise UserError(said("xlsx_part_broken", reason=exc), file=str(file)) from None
    except (OSError, RuntimeError, NotImplementedError) as exc:  # encrypted, unknown compression
        raise UserError(said("workbook_unopened", reason=exc), file=str(file)) from None


def _check_directory(file: Path, infos: list[zipfile.ZipInfo]) -> None:
    name = str(file)
    if len(infos) > MAX_MEMBERS:
        raise UserError(said("zip_parts", count=len(infos)), file=name)
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise UserError(said("zip_bomb_total", mb=f"{total / 2**20:,.0f}"), file=name)
    for info in infos:
        part, size, packed = info.filename, info.file_size, info.compress_size
        if size > _CHUNK and size / max(packed, 1) > MAX_RATIO:
            raise UserError(
                said("zip_bomb_part", part=part, packed=f"{packed:,}", size=f"{size:,}"), file=name
            )
        if size > MAX_PART:
            raise UserError(
                said("part_too_big", part=part, mb=f"{size / 2**20:,.0f}", rows=f"{MAX_ROWS:,}"), file=name
            )


def _events(file: Path, zf: zipfile.ZipFile, part: str) -> Iterator[tuple[str, Element]]:
    """Stream the XML of a small ``part`` (the workbook, its relationships, its styles) as ("start" | "end",
    element), refusing a DTD, entities, too many elements or too deep a nesting as they come. Once its end is
    read, an element leaves its parent, so memory holds the open elements only."""
    try:
        stream: IO[bytes] = zf.open(part)
    except KeyError:
        raise UserError(said("part_missing", part=part), file=str(file)) from None
    stack: list[Element] = []
    count = 0
    with stream:
        try:
            for event, element in iterparse(stream, ("start", "end"), forbid_dtd=True):
                if event == "start":
                    stack.append(element)
                    count += 1
                    if count > MAX_SMALL_ELEMENTS or len(stack) > MAX_DEPTH:
                        what = said("xml_elements" if count > MAX_SMALL_ELEMENTS else "xml_levels")
                        raise UserError(said("xml_too_many", part=part, what=what), file=str(file))
                    yield event, element
                    continue
                yield event, element
                stack.pop()
                if stack:
                    stack[-1].remove(element)
        except DefusedXmlException:
            raise UserError(said("xml_entities", part=part), file=str(file)) from None
        except SyntaxError as exc:  # ElementTree.ParseError
            raise UserError(said("bad_xml", part=part, reason=exc), file=str(file)) from None


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
                raise UserError(said("two_sheets_named", name=name), file=str(file))
            seen.add(name.casefold())
            if len(seen) > MAX_SHEETS:
                raise UserError(said("too_many_sheets", most=MAX_SHEETS), file=str(file))
            related = rels.get(element.get(f"{_REL}id", ""))
            visible = element.get("state", "visible") == "visible"
            book.sheets.append((name, related[0] if related else "", visible))
            element.clear()
    if not book.sheets:
        raise UserError(said("no_sheets"), file=str(file))
    return book


def _choose(file: Path, book: _Workbook, sheet: str | None) -> tuple[str, str]:
    """The (name, part) of the sheet named ``sheet`` (any case), or of the first visible sheet."""
    names = [name for name, _, _ in book.sheets]
    if sheet is None:
        found = next(((n, p) for n, p, visible in book.sheets if visible), None)
        if found is None:
            raise UserError(said("all_sheets_hidden"), file=str(file))
    else:
        wanted = sheet.strip().casefold()
        found = next(((n, p) for n, p, _ in book.sheets if n == sheet or n.casefold() == wanted), None)
        if found is None:
            raise UserError(said("no_sheet", sheet=sheet, names=", ".join(names)), file=str(file))
    if not found[1]:
        raise UserError(said("sheet_no_part", sheet=found[0]), file=str(file))
    return found


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
            formats[number_of(element.get("numFmtId"))] = element.get("formatCode", "")
        elif event == "end" and tag == f"{_MAIN}xf" and in_cell_xfs:
            if is_date_format(formats.get(number_of(element.get("numFmtId")), "")):
                dates.add(index)
            index += 1
            element.clear()
    return dates
