"""Files as they come: encodings, delimiters, quoted line breaks, blank and title rows."""

from __future__ import annotations

import pytest

from accompdesk.exchange.sheet import decode, read_sheet, sniff_delimiter
from accompdesk.vault.errors import InputRejected, UsageError

from .helpers import xlsx

TEXT = "Nombre;Región\r\nÁngela Muñoz;Nariño\r\n"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("cp1252"), "cp1252"),
    # Windows-1252's curly quotes and euro sign sit where Latin-1 has control characters.
    ((TEXT + "“Comillas” – 5 €;x\r\n").encode("cp1252"), "cp1252"),
    # A byte Windows-1252 leaves undefined can only be Latin-1.
    (TEXT.encode("latin-1") + b"Se\x81or;x\r\n", "latin-1"),
])
def test_encodings_are_detected_and_shown(data, encoding):
    text, used = decode(data)
    assert used == encoding
    assert "Ángela Muñoz" in text and "Nariño" in text
    sheet = read_sheet(data, "personas.csv")
    assert sheet.encoding == encoding
    assert sheet.rows[0] == ["Ángela Muñoz", "Nariño"]
    assert "header on row 1" in sheet.describe()


def test_curly_quotes_read_as_windows_1252_not_as_control_characters():
    text, _ = decode("“Nos van a matar” – dijo".encode("cp1252"))
    assert text == "“Nos van a matar” – dijo"


def test_a_given_encoding_that_does_not_fit_is_one_sentence():
    with pytest.raises(InputRejected, match="not UTF-8 text"):
        decode("Muñoz".encode("cp1252"), "utf-8")
    with pytest.raises(UsageError, match="encoding is one of"):
        decode(b"x", "ebcdic")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_detected(delimiter):
    rows = [["Fecha", "Resumen", "Lugar"], ["15/03/2024", "Amenaza, con coma; y punto y coma", "Toribío"],
            ["16/03/2024", "Otra", "Jambaló"]]
    import csv
    import io
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    assert sniff_delimiter(out.getvalue()) == delimiter
    sheet = read_sheet(out.getvalue().encode("utf-8"))
    assert sheet.header == rows[0] and sheet.rows == rows[1:]


def test_quoted_line_breaks_blank_rows_and_title_rows():
    data = ("Registro de agresiones 2023;;\r\n"
            ";;\r\n"
            "Fecha;Resumen;Descripción\r\n"
            "15/03/2024;Amenaza;\"Primera línea\r\nsegunda línea; con punto y coma\"\r\n"
            ";;\r\n"
            "16/03/2024;Otra;ok\r\n").encode("cp1252")
    from accompdesk.exchange.mapping import is_known_header

    sheet = read_sheet(data, known_headers=is_known_header("incidents"))
    assert sheet.header == ["Fecha", "Resumen", "Descripción"]
    assert sheet.header_row == 3
    assert sheet.rows[0][2] == "Primera línea\r\nsegunda línea; con punto y coma"
    assert sheet.row_number(0) == 4 and sheet.row_number(2) == 6
    assert sheet.notes == ["rows 1 to 2 above the header were not read"]


def test_xlsx_typed_cells_become_text_and_dates_iso():
    import datetime as dt

    data = xlsx([["Fecha", "Resumen", "Número"], [dt.datetime(2024, 3, 15), "Amenaza", 3.0],
                 [None, None, None], [dt.date(2024, 3, 16), "=1+1 as text", 7]])
    sheet = read_sheet(data, "x.xlsx")
    assert sheet.kind == "xlsx" and sheet.sheet_name == "Hoja1"
    assert sheet.rows[0] == ["2024-03-15", "Amenaza", "3"]
    assert sheet.rows[1] == ["", "", ""]
    assert sheet.rows[2][0] == "2024-03-16"


def test_unreadable_files_are_rejected_in_one_sentence():
    with pytest.raises(InputRejected, match="old Excel file"):
        read_sheet(b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "viejo.xls")
    with pytest.raises(InputRejected, match="not a readable Excel workbook"):
        read_sheet(b"PK\x03\x04broken", "roto.xlsx")
    with pytest.raises(InputRejected, match="empty"):
        read_sheet(b"\r\n \r\n", "vacio.csv")
    with pytest.raises(UsageError, match="no sheet called"):
        read_sheet(xlsx([["a"]]), "x.xlsx", sheet="Otra")
