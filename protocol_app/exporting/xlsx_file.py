"""The attendee list as XLSX (openpyxl): typed columns, a bold frozen header, autofilter, widths, A4 print setup.

openpyxl stores any string that starts with ``=`` as a formula; such cells are forced to text (and marked with a
quote prefix, as Excel does for text typed with a leading apostrophe), so a name never runs as a formula.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from protocol_app.exporting.cells import is_formula_like
from protocol_app.exporting.listing import AttendeeList

_WIDTH_PER_UNIT = 9.0
_MAX_WIDTH = 60


def write_xlsx(listing: AttendeeList, path: Path) -> None:
    """Write the list as one sheet that prints on A4 landscape, header repeated on every page."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Участники" if listing.lang == "ru" else "Participants")
    last = get_column_letter(len(listing.columns))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(listing.rows) + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    sheet.oddFooter.center.text = "&P / &N"
    sheet.oddHeader.center.text = listing.subtitle[:200].replace("&", "&&")
    for i, width in enumerate(_widths(listing), 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    wrap = Alignment(vertical="top", wrap_text=True)
    header = []
    for column in listing.columns:
        cell = WriteOnlyCell(sheet, column.title)
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(vertical="center", wrap_text=True)
        header.append(cell)
    sheet.append(header)
    date_format = "DD.MM.YYYY" if listing.lang == "ru" else "YYYY-MM-DD"
    text_style = date_style = None  # made by the first text (date) cell, then given to every other one
    for row in listing.rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                text_style = text_style or _style(sheet, alignment=wrap)
                cell = Cell(sheet, row=1, column=1, value=value, style_array=text_style)
                if is_formula_like(value):
                    cell.data_type = "s"  # text, never a formula
                    cell.quotePrefix = True
            elif isinstance(value, date):
                date_style = date_style or _style(sheet, number_format=date_format)
                cell = Cell(sheet, row=1, column=1, value=value, style_array=date_style)
            else:
                cell = WriteOnlyCell(sheet, value)
            cells.append(cell)
        sheet.append(cells)
    book.save(path)


def _style(sheet: Worksheet, **style: object) -> StyleArray:
    """The style of a cell given ``style`` (alignment=..., number_format=...), to be given to many cells (each
    copies it): setting a style on every cell makes openpyxl hash the style each time, a third of the writing
    of a 3,000-row list."""
    cell = WriteOnlyCell(sheet)
    for name, value in style.items():
        setattr(cell, name, value)
    return cell._style  # the cell's style array (openpyxl's Cell takes one as ``style_array``)


def _widths(listing: AttendeeList) -> list[float]:
    """Column widths in characters: the longest value (first 500 rows), within the column's share."""
    widths = []
    for i, column in enumerate(listing.columns):
        longest = max([len(column.title), *(len(str(r[i])) for r in listing.rows[:500] if r[i] is not None)])
        widths.append(min(max(longest + 2, 6), _MAX_WIDTH, column.width * _WIDTH_PER_UNIT * 2))
    return widths
