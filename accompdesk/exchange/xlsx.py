"""Excel workbooks in and out (openpyxl), entirely in memory.

Reading takes cached values, never formulas, and turns typed cells into the text an
import expects (a date cell becomes an ISO date, so it is never ambiguous). Writing
makes every text cell a string; one that a spreadsheet could evaluate also gets the
quotePrefix style, which Excel and LibreOffice show as plain text, even after an edit.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from ..vault.errors import InputRejected, UsageError
from .cells import is_dangerous, xml_safe

# A workbook unpacks to far more than its size; refuse one that would fill memory.
MAX_UNPACKED = 512 * 1024 * 1024


def read_xlsx(data: bytes, sheet: str | None = None) -> tuple[list[list[str]], str, list[str]]:
    """(rows of text, the sheet read, every sheet's name)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
                raise InputRejected("exchange.xlsx.workbook_unpacks_more_than")
    except zipfile.BadZipFile:
        raise InputRejected("exchange.xlsx.file_not_readable_excel") from None
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputRejected("exchange.xlsx.workbook_cannot_read_open", kind=type(exc).__name__) from None
    try:
        names = list(book.sheetnames)
        if sheet is not None:
            if sheet not in names:
                raise UsageError("exchange.xlsx.workbook_has_no_sheet", sheet=sheet, items=', '.join(names))
            name = sheet
        else:
            name = names[0]
        rows = []
        try:
            for row in book[name].iter_rows(values_only=True):
                rows.append([_text(value) for value in row])
        except Exception as exc:
            raise InputRejected("exchange.xlsx.sheet_cannot_read", name=name, kind=type(exc).__name__) from None
    finally:
        book.close()
    while rows and not any(rows[-1]):
        rows.pop()
    return rows, name, names


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat(timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_xlsx(title: str, header: list[str], rows, kinds: list[str] | None = None,
               banner: str | None = None) -> bytes:
    """A one-sheet workbook. `kinds` says per column how to type the cells: text (the
    default), date, datetime or int; values are given as Python values or text.
    `banner`: a first row above the header (the audience the table was made for)."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=True)
    book.properties.creator = "AccompDesk"
    sheet = book.create_sheet(title=_sheet_title(title))
    bold = Font(bold=True)
    kinds = kinds or ["text"] * len(header)

    def text_cell(value: str):
        cell = WriteOnlyCell(sheet, value=xml_safe(value))
        cell.data_type = "s"  # never a formula, whatever it starts with
        if is_dangerous(value):
            cell.quotePrefix = True
        return cell

    if banner:
        sheet.append([text_cell(banner)])
    heads = []
    for name in header:
        cell = text_cell(name)
        cell.font = bold
        heads.append(cell)
    sheet.append(heads)
    for row in rows:
        out = []
        for value, kind in zip(row, kinds):
            if value is None or value == "":
                out.append(None)
            elif kind == "date" and isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                out.append(cell)
            elif kind == "datetime" and isinstance(value, dt.datetime):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm"
                out.append(cell)
            elif kind == "int" and isinstance(value, int) and not isinstance(value, bool):
                out.append(value)
            else:
                out.append(text_cell(str(value)))
        sheet.append(out)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in title).strip() or "Sheet1"
    return cleaned[:31]
