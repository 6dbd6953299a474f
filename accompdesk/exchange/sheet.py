"""A file as read: its cells as text, and how it was read (encoding, delimiter, sheet).

Files come as they are: UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode text"),
Windows-1252 or Latin-1 from Spanish-language Excel, comma, semicolon, tab or bar
delimited, quoted cells with line breaks, title rows above the header, blank rows.
Everything is read from memory: an upload never becomes a temporary file.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from ..vault.errors import InputRejected, UsageError

MAX_ROWS = 1_000_000
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16",
             "cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO-8859-1)"}
# Bytes that Windows-1252 leaves undefined: a file holding one is Latin-1 (or damaged).
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
_XLSX_MAGIC = b"PK\x03\x04"
_OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass
class Sheet:
    header: list[str]
    rows: list[list[str]]          # the data rows under the header, blank ones included
    header_row: int = 1            # the spreadsheet row number of the header
    kind: str = "csv"              # csv or xlsx
    encoding: str | None = None    # for csv: a key of ENCODINGS
    delimiter: str | None = None
    sheet_name: str | None = None  # for xlsx: the worksheet read
    sheet_names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def row_number(self, index: int) -> int:
        """The spreadsheet row of data row `index` (what a person sees in Excel)."""
        return self.header_row + 1 + index

    def column_name(self, index: int) -> str:
        name = self.header[index].strip() if index < len(self.header) else ""
        return name or f"#{index + 1}"

    def describe(self) -> str:
        if self.kind == "xlsx":
            how = f"Excel workbook, sheet '{self.sheet_name}'"
        else:
            how = (f"{ENCODINGS.get(self.encoding, self.encoding)}, "
                   f"{DELIMITERS.get(self.delimiter, repr(self.delimiter))}-separated")
        return f"{how}, header on row {self.header_row}, {len(self.rows):,} rows below it"


def read_sheet(data: bytes, filename: str = "", *, encoding: str | None = None,
               delimiter: str | None = None, sheet: str | None = None,
               known_headers=None) -> Sheet:
    """The table in a CSV or XLSX file given as bytes.

    `known_headers(text) -> bool` helps find the header under title rows; without it
    the first non-blank row is the header.
    """
    if data.startswith(_OLD_EXCEL_MAGIC):
        raise InputRejected("exchange.sheet.old_excel_file_xls")
    if data.startswith(_XLSX_MAGIC) or filename.lower().endswith((".xlsx", ".xlsm")):
        from .xlsx import read_xlsx

        table, name, names = read_xlsx(data, sheet)
        result = _with_header(table, known_headers)
        result.kind, result.sheet_name, result.sheet_names = "xlsx", name, names
        return result
    if sheet:
        raise UsageError("exchange.sheet.sheet_applies_excel_workbooks")
    text, used = decode(data, encoding)
    delimiter = delimiter or sniff_delimiter(text)
    rows = _csv_rows(text, delimiter)
    result = _with_header(rows, known_headers)
    result.encoding, result.delimiter = used, delimiter
    _refuse_cut_short(text, result)
    return result


# A noncharacter, which no file holds: read after the text, it shows where the text ended.
_END = "\ufdd0"


def _csv_rows(text: str, delimiter: str) -> list[list[str]]:
    """The rows of the text; refused if it ends inside a quoted cell, as a file cut short
    does (the csv module would close the cell quietly, and the value would be cut too)."""
    ending = "" if text.endswith(("\n", "\r")) else "\n"
    try:
        rows = list(csv.reader(io.StringIO(text + ending + _END, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputRejected("exchange.sheet.file_not_readable_as", exc=exc) from None
    if rows and rows[-1] == [_END]:
        rows.pop()
        return rows
    raise InputRejected("exchange.sheet.file_ends_inside_quoted", row=len(rows))


def _refuse_cut_short(text: str, sheet: Sheet) -> None:
    """A file that stops in the middle of its last row, short of the header's cells and
    without the line break every row of a saved spreadsheet ends with, was cut short:
    importing it would empty the fields of that row's missing cells."""
    if text.endswith(("\n", "\r")) or not sheet.rows:
        return
    last = sheet.rows[-1]
    width = max((i + 1 for i, name in enumerate(sheet.header) if name), default=0)
    if 0 < len(last) < width and any(c.strip() for c in last):
        raise InputRejected("exchange.sheet.file_ends_inside_row", row=sheet.row_number(len(sheet.rows) - 1),
                            count=len(last), width=width)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with (given, or detected)."""
    if encoding:
        name = _encoding_name(encoding)
        try:
            return data.decode(name), name
        except UnicodeDecodeError as exc:
            raise InputRejected("exchange.sheet.file_not_text_byte", encoding=ENCODINGS.get(name, name),
                                byte=exc.start + 1) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if any(bytes([b]) in data for b in _CP1252_HOLES):
        return data.decode("latin-1"), "latin-1"
    # Latin-1 would turn Windows-1252's curly quotes, dashes and € into invisible
    # control characters, which are never meant; and where the file has none of
    # them the two read the same.
    return data.decode("cp1252"), "cp1252"


def _strict(data: bytes, name: str) -> tuple[str, str]:
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        raise InputRejected("exchange.sheet.file_starts_like_text", encoding=ENCODINGS[name]) from None


def _encoding_name(encoding: str) -> str:
    folded = encoding.strip().lower().replace("_", "-")
    aliases = {"utf8": "utf-8", "utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16",
               "windows-1252": "cp1252", "cp1252": "cp1252", "ansi": "cp1252",
               "latin-1": "latin-1", "latin1": "latin-1", "iso-8859-1": "latin-1"}
    if folded not in aliases:
        raise UsageError("exchange.sheet.encoding_one_utf_8", encoding=encoding)
    return aliases[folded]


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the most columns, most consistently."""
    sample = text[:65536]
    best, best_score = ",", (-1, -1)
    for candidate in DELIMITERS:
        try:
            rows = [r for r in _first_rows(sample, candidate, 30) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not rows:
            continue
        widths = [len(r) for r in rows]
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        score = (widths.count(common), common)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _first_rows(text: str, delimiter: str, count: int) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out = []
    for row in reader:
        out.append(row)
        if len(out) >= count:
            break
    if out and len(text) >= 65536:
        out.pop()  # the sample may have cut the last row short
    return out


def _with_header(rows: list[list[str]], known_headers) -> Sheet:
    candidates = [i for i, row in enumerate(rows[:20]) if any(c.strip() for c in row)]
    if not candidates:
        raise InputRejected("exchange.sheet.file_empty")
    at = candidates[0]
    if known_headers is not None:
        # Title rows ("Registro de incidentes 2023") sit above the real header: take the
        # early row that names the most known columns.
        scored = [(sum(1 for c in rows[i] if c.strip() and known_headers(c)), -i) for i in candidates[:10]]
        best = max(scored)
        if best[0] > 0:
            at = -best[1]
    header = [c.strip() for c in rows[at]]
    # Blank cells after the last name are no columns: a workbook pads its rows to the
    # sheet's widest, so a value under them is refused as beyond the header, as in a CSV.
    while header and not header[-1]:
        header.pop()
    body = rows[at + 1:]
    if len(body) > MAX_ROWS:
        raise InputRejected("exchange.sheet.file_has_more_than", limit=MAX_ROWS)
    sheet = Sheet(header=header, rows=body, header_row=at + 1)
    if at:
        sheet.notes.append("row 1 above the header was not read" if at == 1 else
                           f"rows 1 to {at} above the header were not read")
    return sheet
