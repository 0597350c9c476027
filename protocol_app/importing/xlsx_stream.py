"""The two big parts of a workbook, its sheet and its shared strings, read as a stream of expat events.

expat (in C) reports each element and piece of text to the handlers here, which keep only the cell being read,
check every limit as the element or the text arrives (rows, columns, cells, text length, elements, nesting) and
refuse a DTD or an entity before anything expands. Names are matched by namespace, never by prefix, and
attributes are read by expat whatever their quoting.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from xml.parsers import expat

from openpyxl.utils.datetime import from_excel

from protocol_app.errors import UserError
from protocol_app.importing.table import MAX_COLUMNS, MAX_ROWS, cell_text
from protocol_app.words import Said, said

MAX_CELLS = 500_000  # filled cells of the sheet read (50,000 rows of 10 columns)
MAX_TEXT = 32_767  # characters in one cell: Excel's own limit
MAX_SHARED = 1_000_000  # shared strings
MAX_SHARED_CHARS = 16 * 1024 * 1024  # all shared strings together
MAX_ELEMENTS = 3_000_000  # XML elements in one part
MAX_DEPTH = 64
MAX_QUIET = 2 * 1024 * 1024  # bytes read with no new element: one tag or text this long is refused
_CHUNK = 1 << 16
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE, _INLINE, _T, _SI, _PHONETIC = (
    _NS + tag for tag in ("row", "c", "v", "is", "t", "si", "rPh")
)
_REF = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")


class _Stream:
    """An expat parser over one part that refuses DTDs and entities; its subclass's handlers count the elements
    and the nesting (``depth``, ``count``) as each element arrives and call ``too_many()`` past a limit.

    The handlers run once per element or text (150,000 times for 10,000 rows of 5 cells), so they do their
    counting inline and keep their state in attributes rather than calling out."""

    def __init__(self, file: Path, part: str) -> None:
        self.file, self.part = file, part
        self.depth = self.count = 0

    def _refuse_dtd(self, *_: object) -> None:
        raise self.error(said("xml_dtd"))

    def error(self, message: Said) -> UserError:
        return UserError(said("in_part", part=self.part, what=message), file=str(self.file))

    def too_many(self) -> UserError:
        """The error of an element past ``MAX_ELEMENTS`` or ``MAX_DEPTH`` (the handlers count them)."""
        what = said("xml_elements" if self.count > MAX_ELEMENTS else "xml_levels")
        return self.error(said("xml_too_many_in", what=what))

    def start(self, name: str, attrs: dict[str, str]) -> None:
        raise NotImplementedError

    def end(self, name: str) -> None:
        raise NotImplementedError

    def text(self, data: str) -> None:
        raise NotImplementedError

    def run(self, zf: zipfile.ZipFile) -> None:
        """Parse the part with this stream's handlers, refusing a tag or a text longer than ``MAX_QUIET``."""
        # The parser is this call's own: it holds the handlers, which hold this reader, so a parser kept on the
        # reader would make a cycle that only the cyclic collector frees, with every cell read in it.
        # intern=None: the names are compared, never kept, so expat need not hash each into a dictionary.
        parser = expat.ParserCreate(namespace_separator="}", intern=None)
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._refuse_dtd
        parser.EntityDeclHandler = self._refuse_dtd
        parser.buffer_text = True
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text
        try:
            with zf.open(self.part) as stream:
                quiet, seen = 0, self.count
                while chunk := stream.read(_CHUNK):
                    parser.Parse(chunk, False)
                    quiet = quiet + len(chunk) if self.count == seen else 0
                    seen = self.count
                    if quiet > MAX_QUIET:  # expat holds a tag or a text this long before it reports it
                        raise self.error(said("xml_huge", mb=MAX_QUIET // 2**20))
                parser.Parse(b"", True)
        except KeyError:
            raise UserError(said("part_missing", part=self.part), file=str(self.file)) from None
        except expat.ExpatError as exc:
            raise self.error(said("xml_invalid", reason=exc)) from None


class _SharedStrings(_Stream):
    """The shared strings part: each string's text (phonetic hints left out), within its limits."""

    def __init__(self, file: Path, part: str) -> None:
        super().__init__(file, part)
        self.strings: list[str] = []
        self.pieces: list[str] = []
        self.in_t = False
        self.phonetic = self.length = self.total = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self.count += 1
        if self.count > MAX_ELEMENTS or self.depth > MAX_DEPTH:
            raise self.too_many()
        if name == _T:
            self.in_t = True
        elif name == _SI:
            self.pieces.clear()
            self.length = 0
        elif name == _PHONETIC:
            self.phonetic += 1

    def end(self, name: str) -> None:
        self.depth -= 1
        if name == _T:
            self.in_t = False
        elif name == _SI:
            if len(self.strings) >= MAX_SHARED:
                raise self.error(said("too_many_shared", most=f"{MAX_SHARED:,}"))
            self.strings.append("".join(self.pieces).strip())
        elif name == _PHONETIC:
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if not self.in_t or self.phonetic:
            return
        self.length += len(data)
        self.total += len(data)
        if self.length > MAX_TEXT:
            raise self.error(said("shared_too_long", n=len(self.strings) + 1, most=f"{MAX_TEXT:,}"))
        if self.total > MAX_SHARED_CHARS:
            raise self.error(said("shared_too_much", most=MAX_SHARED_CHARS // 2**20))
        self.pieces.append(data)


def shared_strings(file: Path, zf: zipfile.ZipFile, part: str) -> list[str]:
    """The workbook's shared strings (phonetic hints left out), each and all within their limits."""
    reader = _SharedStrings(file, part)
    reader.run(zf)
    return reader.strings


class SheetReader(_Stream):
    """Reads one sheet's cells as text into {row number: cells}, checking every limit as it goes.

    A cell's reference is checked against the row's number kept as text (``row_text``): the common "letters of
    one of the first ``MAX_COLUMNS`` columns, then the row" is found in ``_COLUMNS``; anything else goes through
    ``cell_column``, which says what is wrong with it."""

    def __init__(
        self, file: Path, name: str, part: str, shared: list[str], dates: set[int], calendar: datetime
    ) -> None:
        super().__init__(file, part)
        self.name = name
        self.shared, self.dates, self.calendar = shared, dates, calendar
        self.rows: dict[int, list[str]] = {}
        self.row = self.column = self.cells = 0
        self.row_text = "0"
        self.kind, self.style = "n", ""
        self.pieces: list[str] = []
        self.length = 0
        self.collect = False
        self.phonetic = 0

    def read(self, zf: zipfile.ZipFile) -> list[tuple[int, list[str]]]:
        self.run(zf)
        return sorted(self.rows.items())

    def where(self) -> Said:
        return said("at_cell", sheet=self.name, cell=f"{letters(self.column)}{self.row}")

    def refuse(self, message: Said) -> UserError:
        return UserError(message, file=str(self.file))

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self.count += 1
        if self.count > MAX_ELEMENTS or self.depth > MAX_DEPTH:
            raise self.too_many()
        if name == _CELL:
            if self.row < 1:
                self.row, self.row_text = 1, "1"
            ref = attrs.get("r")
            column = None
            if ref is not None and ref.endswith(self.row_text):
                column = _COLUMNS.get(ref[: -len(self.row_text)])
            self.column = self.cell_column(ref) if column is None else column
            self.kind, self.style = attrs.get("t", "n"), attrs.get("s", "")
            self.pieces.clear()
            self.length = 0
        elif name == _T:
            if self.kind == "inlineStr":
                self.collect = True
        elif name == _VALUE:
            self.collect = True
        elif name == _ROW:
            self.row = self.row_number(attrs.get("r"), self.row + 1)
            self.row_text = str(self.row)
            self.column = 0
        elif name == _PHONETIC:
            self.phonetic += 1

    def end(self, name: str) -> None:
        self.depth -= 1
        if name == _CELL:
            text = self.value("".join(self.pieces))
            if not text:
                return
            self.cells += 1
            if self.cells > MAX_CELLS:
                raise self.refuse(said("too_many_cells", where=self.where(), most=f"{MAX_CELLS:,}"))
            row = self.rows.get(self.row)
            if row is None:
                row = self.rows[self.row] = []
            column, size = self.column, len(row)
            if size == column - 1:  # the next cell, as sheets mostly hold them
                row.append(text)
            else:
                if size < column:
                    row.extend([""] * (column - size))
                row[column - 1] = text
        elif name in (_T, _VALUE):
            self.collect = False
        elif name == _PHONETIC:
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if self.collect and not self.phonetic:
            self.length += len(data)
            if self.length > MAX_TEXT:
                raise self.refuse(said("cell_too_long", where=self.where(), most=f"{MAX_TEXT:,}"))
            self.pieces.append(data)

    def row_number(self, ref: str | None, default: int) -> int:
        number = default if ref is None else number_of(ref.strip())
        if number < 1:
            raise self.refuse(said("bad_row_number", sheet=self.name, ref=ref))
        if number > MAX_ROWS:
            raise self.refuse(
                said("sheet_too_many_rows", sheet=self.name, row=f"{number:,}", most=f"{MAX_ROWS:,}")
            )
        return number

    def cell_column(self, ref: str | None) -> int:
        """The column of a cell whose reference ``ref`` is not the plain one (``_COLUMNS``), or the refusal."""
        column = self.column + 1
        if ref is not None:
            match = _REF.fullmatch(ref)
            if match is None:
                raise self.refuse(said("bad_cell_ref", sheet=self.name, row=self.row, ref=ref[:20]))
            column = column_number(match.group(1))
            if match.group(2) != self.row_text:
                self.row_number(match.group(2), self.row)
                raise self.refuse(said("cell_wrong_row", sheet=self.name, ref=ref, row=self.row))
        if column > MAX_COLUMNS:
            self.column = column
            raise self.refuse(said("sheet_too_many_columns", where=self.where(), most=MAX_COLUMNS))
        return column

    def value(self, raw: str) -> str:
        kind = self.kind
        if kind == "inlineStr":
            return raw.strip()
        if kind == "n":
            if not raw:
                return ""
            style = self.style
            return number_text(raw, bool(style) and number_of(style) in self.dates, self.calendar)
        if kind == "s":
            index = number_of(raw.strip())
            if not 0 <= index < len(self.shared):
                raise self.refuse(
                    said("bad_shared_ref", where=self.where(), ref=raw[:12], count=len(self.shared))
                )
            return self.shared[index]
        if kind == "b":
            return cell_text(raw.strip() in ("1", "true"))
        return raw.strip()  # "str" (a formula's text), "e" (#N/A), "d" (an ISO date)


def number_of(text: str | None) -> int:
    """A small whole number written in ``text``, or -1 (a digit ``int`` cannot read, such as "²", too)."""
    return int(text) if text and text.isdecimal() and len(text) < 10 else -1


@lru_cache(maxsize=1024)
def column_number(name: str) -> int:
    """The number of a column's letters (A is 1); a sheet names the same few columns in every row."""
    number = 0
    for ch in name:
        number = number * 26 + ord(ch) - 64
    return number


def letters(column: int) -> str:
    name = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name


_COLUMNS = {letters(column): column for column in range(1, MAX_COLUMNS + 1)}  # "A": 1 ... "GR": 200


def number_text(raw: str, is_date: bool, calendar: datetime) -> str:
    """A number cell as text: a date when its style shows one, else the number."""
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
