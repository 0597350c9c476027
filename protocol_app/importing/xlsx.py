"""Reading XLSX safely: the zip directory and the XML are checked before python-calamine reads a sheet.

A zip bomb is refused by the uncompressed sizes the zip directory declares (and Python's zipfile never reads
past a declared size, and checks each member's CRC, so a lying directory is caught too). An XML bomb is refused
by its DTD: a workbook never needs one, so any ``<!DOCTYPE`` in a part's prolog ends the import, and the
workbook's own parts are parsed with defusedxml. Rows and the used columns of the chosen sheet are counted in the
XML first, so a million-row sheet is refused before it is loaded.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from protocol_app.errors import UserError
from protocol_app.importing.reading import MAX_COLUMNS, MAX_ROWS, RawTable, cell_text

MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all parts together
MAX_PART = 128 * 1024 * 1024
MAX_RATIO = 150  # uncompressed / compressed, for parts over 1 MB
MAX_MEMBERS = 2000
_CHUNK = 1 << 20
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})(\d{1,7})"')
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def read_xlsx(file: Path, *, sheet: str | None = None) -> RawTable:
    """The rows of one sheet (the first unless ``sheet`` names one) of a checked XLSX file."""
    parts = check_workbook(file)
    names = list(parts)
    if not names:
        raise UserError("the workbook has no sheets", file=str(file))
    if sheet is None:
        sheet = names[0]
    elif sheet not in parts:
        found = next((n for n in names if n.casefold() == sheet.strip().casefold()), None)
        if found is None:
            raise UserError(f"no sheet {sheet!r}; the sheets are: {', '.join(names)}", file=str(file))
        sheet = found
    _check_sheet_size(file, parts[sheet])
    return RawTable(rows=_calamine_rows(file, sheet), format="xlsx", sheet=sheet, sheet_names=names)


def check_workbook(file: Path) -> dict[str, str]:
    """Check the zip and XML of ``file``; returns {sheet name: its part in the zip} in workbook order."""
    try:
        with zipfile.ZipFile(file) as zf:
            infos = zf.infolist()
            _check_directory(file, infos)
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise UserError("a zip archive, but not an Excel workbook (.xlsx)", file=str(file))
            for info in infos:
                _check_part(file, zf, info)
            return _sheet_parts(file, zf)
    except zipfile.BadZipFile as exc:
        raise UserError(f"a damaged or not a real XLSX file ({exc})", file=str(file)) from None
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


def _check_part(file: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Read the whole part (CRC-checked, never past its declared size); an XML part (whatever its name, in
    UTF-8 or UTF-16) must declare no DTD in its prolog."""
    with zf.open(info) as part:
        head = part.read(_CHUNK)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
        root = re.search(rb"<[A-Za-z_]", head)
        prolog = (head[: root.start()] if root else head).upper()
        if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
            raise UserError(
                f"part {info.filename} declares a DTD (XML entities): refused as an XML bomb", file=str(file)
            )
        while part.read(_CHUNK):
            pass


def _parse(file: Path, zf: zipfile.ZipFile, name: str):
    try:
        return fromstring(zf.read(name), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise UserError(f"part {name} uses XML entities: refused as an XML bomb", file=str(file)) from None
    except Exception as exc:
        raise UserError(f"part {name} is not valid XML ({exc})", file=str(file)) from None


def _sheet_parts(file: Path, zf: zipfile.ZipFile) -> dict[str, str]:
    workbook = _parse(file, zf, "xl/workbook.xml")
    targets: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in zf.namelist():
        for rel in _parse(file, zf, "xl/_rels/workbook.xml.rels").iter(f"{_NS_PKG}Relationship"):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            targets[rel.get("Id", "")] = path
    parts: dict[str, str] = {}
    for element in workbook.iter(f"{_NS_MAIN}sheet"):
        parts[element.get("name", "")] = targets.get(element.get(f"{_NS_REL}id", ""), "")
    return parts


def _check_sheet_size(file: Path, part: str) -> None:
    """Count the sheet's rows and find its last used row and column in the XML, before loading it."""
    if not part:
        return
    rows = max_row = max_col = 0
    tail = b""
    try:
        with zipfile.ZipFile(file) as zf, zf.open(part) as xml:
            while chunk := xml.read(_CHUNK):
                data = tail + chunk
                cut = max(data.rfind(b"<"), 0)  # keep an element cut in two for the next chunk
                body, tail = data[:cut], data[cut:]
                rows += len(_ROW.findall(body))
                for col, row in _REF.findall(body):
                    max_row = max(max_row, int(row))
                    max_col = max(max_col, _column_number(col))
                if max(rows, max_row) > MAX_ROWS:
                    raise UserError(
                        f"the sheet has more than {MAX_ROWS:,} rows; split it into smaller lists",
                        file=str(file),
                    )
                if max_col > MAX_COLUMNS:
                    raise UserError(
                        f"the sheet uses column {col.decode()} (more than {MAX_COLUMNS} columns)",
                        file=str(file),
                    )
    except KeyError:
        raise UserError(f"the workbook lacks its sheet part {part}", file=str(file)) from None


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def _calamine_rows(file: Path, sheet: str) -> list[tuple[int, list[str]]]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(file))
        data = workbook.get_sheet_by_name(sheet)
        first_row = data.start[0] if data.start else 0
        first_col = data.start[1] if data.start else 0
        values = data.to_python(skip_empty_area=True)
    except Exception as exc:  # calamine raises its own ZipError, XmlError, CalamineError...
        raise UserError(f"cannot read the sheet {sheet!r} ({exc})", file=str(file)) from None
    pad = [""] * first_col
    return [(first_row + i + 1, pad + [cell_text(v) for v in row]) for i, row in enumerate(values)]
