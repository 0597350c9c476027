"""Do two checkouts read XLSX sheets alike? A few thousand varied and mutated sheets, each read by both.

A speed change of the XLSX reader must keep its results and its refusals. This writes workbooks whose sheet
and shared strings are drawn at random (seeded: the same files on every run) from what partners' files and
hostile ones hold: cells with and without references, wrong rows, far or lower-case columns, every cell type,
date styles, numbers of every shape, phonetic hints, rich text, prefixes, quoting, comments, deep nesting,
long text, plus byte-level damage to some of them. Each checkout reads every file in a fresh process
(``read_table``) and gives, per file, the rows it read or the refusal's words with its file and row. Exit 1
when any file reads differently.

Run: ``python bench/check_xlsx_same.py /work/main .``.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import sys
import tempfile
import zipfile
from collections import Counter
from datetime import datetime
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkouts import checkout_pair, run_in

from protocol_app.importing.xlsx_stream import letters

_CHILD = """
import hashlib, json, sys
checkout, folder = sys.argv[1:3]
sys.path[:0] = [checkout]
from pathlib import Path
import protocol_app
assert protocol_app.__file__.startswith(checkout), protocol_app.__file__
from protocol_app.errors import UserError
from protocol_app.importing.reading import read_table

out = {}
for path in sorted(Path(folder).glob("*.xlsx")):
    try:
        table = read_table(path)
        got = ["rows", table.rows, table.sheet, table.sheet_names]
        said = f"{len(table.rows)} rows"
    except UserError as exc:
        got = ["refused", str(exc), exc.file, exc.row]
        said = str(exc).split(": ", 1)[-1][:70]
    except Exception as exc:  # a crash is a finding too: it must read the same in both
        got = ["crashed", repr(exc)]
        said = f"CRASH {exc!r}"[:70]
    out[path.name] = [hashlib.sha256(json.dumps(got, ensure_ascii=False).encode()).hexdigest(), said]
print(json.dumps(out))
"""

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_ROW_REFS = ["", "0", "-1", "01", " 4 ", "50000", "50001", "abc", "\u0663", "99999999999", "1"]
_COLUMN_REFS = ["A", "Z", "AA", "GR", "GS", "ZZZ", "XFD", "a", "AAAA", "\uff21", ""]
_KINDS = [None, "n", "n", "s", "s", "s", "inlineStr", "inlineStr", "str", "b"]
_ODD_KINDS = ["e", "d", "x", "", "S"]
_NUMBERS = ["0", "1", "007", "1.5", "-2", "45000", "45000.75", "0.4375", "123456789012345", "3.14e2"]
_ODD_NUMBERS = ["", " 5 ", "1e3", "12345678901234567890", "1e308", "-1e308", "nan", "inf", "abc", "\u0663",
                "true", "2", "&#49;", "1 2", "0x1"]  # fmt: skip
_ODD_STYLES = ["01", "", "abc", "99999999999", "\u0663", "-1", " 1"]
_TEXTS = ["Иванов Иван", "  spaced  ", "a &amp; b", "&#1060;&#1048;&#1054;", "<![CDATA[<x>]]>", "",
          "x<!-- note -->y", "line\nbreak", "Zoë", "東京", "Итого: 2"]  # fmt: skip


def _cell(rng: random.Random, row: int, column: int, shared: int, bad: float) -> str:
    """One ``<c>`` element: its reference, type, style and value, each odd with the chance ``bad``."""
    odd = lambda: rng.random() < bad  # noqa: E731
    attrs = []
    if not odd():
        ref = f"{letters(column)}{row}"
        if odd():
            ref = rng.choice(_COLUMN_REFS) + (str(row) if rng.random() < 0.7 else rng.choice(_ROW_REFS))
        quote = "'" if rng.random() < 0.1 else '"'
        attrs.append(f"r={quote}{ref}{quote}")
    kind = rng.choice(_ODD_KINDS) if odd() else rng.choice(_KINDS)
    if kind == "s" and not shared and not odd():
        kind = "n"
    if kind:
        attrs.append(f't="{kind}"')
    if rng.random() < 0.3:
        attrs.append(f's="{rng.choice(_ODD_STYLES) if odd() else rng.randrange(3)}"')
    if odd():
        attrs.append('x:r="ZZ9" xmlns:x="urn:other"')
    text = rng.choice(_TEXTS)
    if rng.random() < 0.1:
        text = f"<r><t>{text}</t></r><rPh><t>hint</t></rPh><r><t>more</t></r>"
    else:
        text = f"<t>{text}</t>"
    if kind == "inlineStr":
        body = f"<is>{text}</is>"
    elif kind == "s":
        body = f"<v>{rng.choice(_ODD_NUMBERS) if odd() else rng.randrange(max(shared, 1))}</v>"
    else:
        body = f"<v>{rng.choice(_ODD_NUMBERS) if odd() else rng.choice(_NUMBERS)}</v>"
    if odd():
        body = rng.choice(
            [f"<f>1+1</f>{body}", f"<is>{text}</is><v>3</v>", "", f"<is><t>{'x' * 40_000}</t></is>"]
        )
    return f"<c {' '.join(attrs)}>{body}</c>" if body or rng.random() < 0.5 else f"<c {' '.join(attrs)}/>"


def sheet_xml(rng: random.Random, shared: int, bad: float) -> bytes:
    """A sheet of a few rows of random cells, sometimes under a prefix, sometimes deep or with a DTD."""
    rows = []
    number = 0
    for _ in range(rng.randrange(1, 12)):
        number += rng.choice([1, 1, 1, 2, 0, -1]) if rng.random() < bad else rng.choice([1, 1, 1, 2])
        ref = rng.choice(_ROW_REFS) if rng.random() < bad else str(number)
        attr = f' r="{ref}"' if rng.random() < 0.95 else ""
        column = 0
        cells = []
        for _ in range(rng.randrange(0, 7)):
            column += rng.choice([1, 1, 1, 2, 0, -1]) if rng.random() < bad else rng.choice([1, 1, 1, 2])
            cells.append(_cell(rng, number, column, shared, bad))
        rows.append(f"<row{attr}>{''.join(cells)}</row>")
    if rng.random() < bad:
        rows.insert(rng.randrange(len(rows) + 1), _cell(rng, 1, 1, shared, bad))  # a cell outside any row
    if rng.random() < bad:
        rows.append("<row><c><is><t>" + "<b>" * 70 + "</b>" * 70 + "</t></is></c></row>")
    data = f"<sheetData>{''.join(rows)}</sheetData>"
    xml = f"<worksheet {_NS}><sheetPr/>{data}<pageMargins/></worksheet>"
    if rng.random() < 0.1:
        xml = xml.replace(_NS, _NS.replace("xmlns=", "xmlns:x=")).replace("<", "<x:").replace("<x:/", "</x:")
        xml = xml.replace("<x:!", "<!")
    if rng.random() < bad / 2:
        xml = "<!DOCTYPE worksheet [<!ENTITY a 'aaaa'>]>" + xml.replace("<sheetData>", "<sheetData>&a;")
    return xml.encode()


def shared_xml(rng: random.Random, count: int) -> bytes:
    """``count`` shared strings with phonetic hints, rich runs and blank ones."""
    items = []
    for number in range(count):
        text = rng.choice(_TEXTS) or str(number)
        shape = rng.random()
        if shape < 0.2:
            items.append(f"<si><r><t>{text}</t></r><r><t> {number}</t></r></si>")
        elif shape < 0.3:
            items.append(f"<si><t>{text}</t><rPh sb='0' eb='1'><t>ヒント</t></rPh></si>")
        else:
            items.append(f"<si><t xml:space='preserve'>{text}</t></si>")
    return f"<sst {_NS}>{''.join(items)}</sst>".encode()


def damaged(rng: random.Random, data: bytes) -> bytes:
    """``data`` with a slice deleted, repeated or replaced by a random byte."""
    at, size = rng.randrange(len(data)), rng.randrange(1, 12)
    how = rng.randrange(3)
    if how == 0:
        return data[:at] + data[at + size :]
    if how == 1:
        return data[:at] + data[at : at + size] * 2 + data[at:]
    return data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]


def base_workbook() -> bytes:
    """A workbook with shared strings and date and time styles, whose parts the corpus replaces."""
    book = openpyxl.Workbook()
    book.active.title = "Лист"
    book.active.append(["shared", datetime(2024, 1, 2), 3, datetime(2024, 1, 2, 10, 30)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_corpus(folder: Path, count: int) -> None:
    rng = random.Random(10)
    base = zipfile.ZipFile(io.BytesIO(base_workbook()))
    shared_type = (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    rels = base.read("xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/sharedStrings"/></Relationships>',
    )
    for number in range(count):
        parts = {name: base.read(name) for name in base.namelist()}
        bad = rng.choice([0, 0, 0.005, 0.02, 0.05, 0.2])
        shared = rng.randrange(0, 12) if rng.random() < 0.8 else 0
        parts["xl/worksheets/sheet1.xml"] = sheet_xml(rng, shared, bad)
        if shared:
            parts["xl/sharedStrings.xml"] = shared_xml(rng, shared)
            parts["xl/_rels/workbook.xml.rels"] = rels
            parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
                b"</Types>", shared_type.encode()
            )
        if rng.random() < 0.15:
            name = rng.choice(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
            if name in parts:
                parts[name] = damaged(rng, parts[name])
        with zipfile.ZipFile(folder / f"{number:05}.xlsx", "w", zipfile.ZIP_DEFLATED) as book:
            for name, data in parts.items():
                book.writestr(name, data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3000, help="workbooks in the corpus")
    options, a, b = checkout_pair(parser)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, options.files)
        first = run_in(a, _CHILD, str(folder), what="the reading")
        second = run_in(b, _CHILD, str(folder), what="the reading")
    differ = [name for name in first if first[name] != second.get(name)]
    refusals = Counter(
        re.sub(r"'[^']*'|\d+", "…", said.split(": ", 1)[-1])[:60]
        for _, said in first.values()
        if not said.endswith(" rows")
    )
    print(f"{len(first)} workbooks read by {a.name} and {b.name}: {sum(refusals.values())} refused")
    for said, count in refusals.most_common(20):
        print(f"  {count:5} {said}")
    for name in differ[:10]:
        print(f"DIFFERS {name}: {first[name][1]!r} / {second.get(name, ['', 'nothing'])[1]!r}")
    print("all the same" if not differ else f"{len(differ)} of {len(first)} DIFFER")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
