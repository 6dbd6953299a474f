"""A Spanish Excel file through `accompdesk-cli import`: mapping, dry run, report,
--skip-invalid, ten planted errors, canonical files through the same command."""

from __future__ import annotations

import csv
import datetime as dt
import io

from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE
from .helpers import office, run, spanish_excel_csv, vault_state

HEADER = "Fecha del hecho;Resumen;Tipo de agresión;Lugar;Departamento;Descripción;Presunto responsable;Gravedad"


def good_rows(n: int) -> list[str]:
    meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
    out = []
    for i in range(n):
        day, month = 13 + i % 15, 1 + i % 12
        date = f"{day} de {meses[month - 1]} de 2023" if i % 3 == 0 else f"{day:02d}/{month:02d}/2023"
        out.append(f"{date};Amenaza número {i};{'Amenaza' if i % 2 else 'hostigamiento'};Vereda {i};"
                   f"Cauca;\"Relato {i}: “váyanse”; línea\r\ndos\";Ejército;{'Alta' if i % 2 else 'media'}")
    return out


def test_spanish_excel_file_imports_with_the_suggested_mapping(capsys, vault, vault_path, tmp_path):
    vault.close()
    f = tmp_path / "incidentes.csv"
    f.write_bytes(spanish_excel_csv([HEADER] + good_rows(30)))
    code, out, err = run(capsys, "--vault", vault_path, "import", "incidents", f)
    assert code == 0, err
    assert "Imported 30 incidents: 30 new, 0 updated." in out
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        incidents = {i.summary: i for i in again.incidents.list()}
        first = incidents["Amenaza número 0"]
        assert first.occurred_on == dt.date(2023, 1, 13)
        assert first.kind == "harassment" and first.severity == "medium"
        assert first.perpetrator_type == "army" and first.region == "Cauca"
        assert first.description == "Relato 0: “váyanse”; línea\ndos"
        assert incidents["Amenaza número 1"].occurred_on == dt.date(2023, 2, 14)
        assert incidents["Amenaza número 1"].kind == "threat"


def test_dry_run_prints_the_mapping_and_changes_nothing(capsys, vault, vault_path, tmp_path):
    office(vault)
    before = vault_state(vault)
    vault.close()
    f = tmp_path / "incidentes.csv"
    f.write_bytes(spanish_excel_csv([HEADER + ";Observaciones internas"] +
                                    [r + ";nota" for r in good_rows(5)]))
    code, out, err = run(capsys, "--vault", vault_path, "import", "incidents", f, "--dry-run",
                         "--map", "Observaciones internas=-")
    assert code == 0, err
    assert "Windows-1252, semicolon-separated" in out
    assert "Fecha del hecho" in out and "occurred_on (Date)" in out
    assert "Tipo de agresión" in out and "kind (Kind)" in out
    assert "Observaciones internas" in out and "(not imported)  [--map]" in out
    assert "Would import 5 incidents: 5 new, 0 updated." in out
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert vault_state(again) == before


def ten_errors_file() -> bytes:
    rows = good_rows(40)
    planted = {
        3: "31/02/2023;Fecha imposible;Amenaza;x;Cauca;d;Ejército;Alta",
        7: "15/03/2023;;Amenaza;x;Cauca;sin resumen;Ejército;Alta",
        11: "15/03/2023;Tipo desconocido;Amenazas de muerte;x;Cauca;d;Ejército;Alta",
        14: "15/03/2099;Fecha futura;Amenaza;x;Cauca;d;Ejército;Alta",
        18: "03/15/2023;Mes primero;Amenaza;x;Cauca;d;Ejército;Alta",
        21: "15/03/2023;Gravedad rara;Amenaza;x;Cauca;d;Ejército;Altísima",
        25: "ayer;Sin fecha;Amenaza;x;Cauca;d;Ejército;Alta",
        29: "15/03/2023;" + "R" * 301 + ";Amenaza;x;Cauca;d;Ejército;Alta",
        33: "15/03/2023;Responsable raro;Amenaza;x;Cauca;d;Marcianos;Alta",
        36: "15/03/2023;Celdas de más;Amenaza;x;Cauca;d;Ejército;Alta;sobra",
    }
    for index, line in planted.items():
        rows[index] = line
    return spanish_excel_csv([HEADER] + rows)


def test_ten_planted_errors_are_all_reported_by_row_and_column(capsys, vault, vault_path, tmp_path):
    before = vault_state(vault)
    vault.close()
    f = tmp_path / "incidentes.csv"
    f.write_bytes(ten_errors_file())
    report = tmp_path / "informe.csv"
    code, out, err = run(capsys, "--vault", vault_path, "import", "incidents", f, "--dry-run",
                         "--report", report)
    assert code == 4
    lines = err.strip().splitlines()
    assert lines[0] == "The incidents file was rejected: 10 problem(s); nothing was imported."
    expected = ["row 5, Fecha del hecho", "row 9, Resumen", "row 13, Tipo de agresión",
                "row 16, Fecha del hecho", "row 20, Fecha del hecho", "row 23, Gravedad",
                "row 27, Fecha del hecho", "row 31, Resumen", "row 35, Presunto responsable", "row 38, #9"]
    for where, line in zip(expected, lines[1:]):
        assert line.strip().startswith(where), (where, line)
    assert "closest" in err and "Amenaza / Threat (threat)" in err
    assert "--month-first" in err
    with open(report, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["row"] for r in rows if r["severity"] == "error"] == \
        ["5", "9", "13", "16", "20", "23", "27", "31", "35", "38"]
    assert rows[0].keys() == {"row", "column", "field", "severity", "message"}
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        after = vault_state(again)
        # Nothing was imported; the only trace is the audit entry for the report written.
        assert after["incidents"] == [] and after["search"] == before["search"]
        assert after["audit"][:-1] == before["audit"]
        assert "import check report" in again.audit_entries()[-1].detail


def test_skip_invalid_imports_the_rest_and_reports_the_ten(capsys, vault, vault_path, tmp_path):
    vault.close()
    f = tmp_path / "incidentes.csv"
    f.write_bytes(ten_errors_file())
    code, out, err = run(capsys, "--vault", vault_path, "import", "incidents", f, "--skip-invalid")
    assert code == 0, err
    assert "Imported 30 incidents: 30 new, 0 updated. 10 row(s) with problems skipped." in out
    assert "row 5, Fecha del hecho" in out
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.incidents.count() == 30
        assert "10 invalid rows skipped" in again.audit_entries(action="import")[-1].detail


def test_ambiguous_dates_are_reported_unless_the_column_settles_them(capsys, vault, vault_path, tmp_path):
    vault.close()
    f = tmp_path / "a.csv"
    f.write_bytes(spanish_excel_csv(["Fecha;Resumen;Tipo", "03/04/2023;Uno;Amenaza", "05/06/2023;Dos;Amenaza"]))
    code, out, _ = run(capsys, "--vault", vault_path, "import", "incidents", f, "--dry-run")
    assert code == 0
    assert "row 2, Fecha: '03/04/2023' was read as 3 April 2023 (day first); check it." in out
    assert "row 3, Fecha: '05/06/2023' was read as 5 June 2023" in out
    settled = tmp_path / "b.csv"
    settled.write_bytes(spanish_excel_csv(["Fecha;Resumen;Tipo", "03/04/2023;Uno;Amenaza",
                                           "25/06/2023;Dos;Amenaza"]))
    code, out, _ = run(capsys, "--vault", vault_path, "import", "incidents", settled, "--dry-run")
    assert code == 0 and "check it" not in out
    code, out, _ = run(capsys, "--vault", vault_path, "import", "incidents", f, "--month-first")
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert sorted(i.occurred_on for i in again.incidents.list()) == [dt.date(2023, 3, 4), dt.date(2023, 5, 6)]


def test_month_names_set_the_date_precision(capsys, vault, vault_path, tmp_path):
    vault.close()
    f = tmp_path / "a.csv"
    f.write_bytes(spanish_excel_csv(["Fecha;Resumen;Tipo", "marzo de 2021;Mes;Amenaza", "2019;Año;Amenaza"]))
    assert run(capsys, "--vault", vault_path, "import", "incidents", f)[0] == 0
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        by = {i.summary: i for i in again.incidents.list()}
        assert (by["Mes"].occurred_on, by["Mes"].date_precision) == (dt.date(2021, 3, 1), "month")
        assert (by["Año"].occurred_on, by["Año"].date_precision) == (dt.date(2019, 1, 1), "approximate")


def test_a_missing_required_column_is_one_clear_refusal(capsys, vault, vault_path, tmp_path):
    vault.close()
    f = tmp_path / "a.csv"
    f.write_bytes(spanish_excel_csv(["Resumen;Lugar", "Uno;x"]))
    code, _, err = run(capsys, "--vault", vault_path, "import", "incidents", f)
    assert code == 4
    assert err.splitlines()[0] == "The incidents file has no column for occurred_on, kind; nothing was imported."
    assert "--map COLUMN=occurred_on" in err


def test_usage_errors_in_the_mapping_exit_2(capsys, vault, vault_path, tmp_path):
    vault.close()
    f = tmp_path / "a.csv"
    f.write_bytes(spanish_excel_csv(["Fecha;Resumen;Tipo", "15/03/2023;Uno;Amenaza"]))
    for args, words in [(["--map", "Nada=summary"], "no column called Nada"),
                        (["--map", "Fecha=volcano"], "no field called volcano"),
                        (["--map", "Fecha"], "COLUMN=field"),
                        (["--map", "Fecha=occurred_on", "--map", "Resumen=occurred_on"],
                         "Both Fecha and Resumen are mapped to occurred_on"),
                        (["--profile", "nunca"], "no import profile called nunca"),
                        (["--encoding", "ebcdic"], "encoding is one of"),
                        (["--sheet", "Hoja1"], "--sheet applies to Excel")]:
        code, _, err = run(capsys, "--vault", vault_path, "import", "incidents", f, *args)
        assert code == 2, (args, err)
        assert words in err, (args, err)
        assert len(err.strip().splitlines()) == 1


def test_canonical_files_go_through_the_same_command_with_formula_cells(capsys, vault, vault_path, tmp_path):
    from accompdesk.domain.records import Incident

    vault.incidents.add(Incident(summary="=HYPERLINK(\"http://x\",\"clic\")", occurred_on=dt.date(2024, 1, 2),
                                 kind="threat", description="@SUM(1)\n-2+3", place="+57 300"))
    vault.close()
    out = tmp_path / "incidents.csv"
    assert run(capsys, "--vault", vault_path, "export", "incidents", "-o", out)[0] == 0
    text = out.read_text("utf-8")
    assert "'=HYPERLINK" in text and "'@SUM(1)" in text and "'+57 300" in text
    other = tmp_path / "other.vault"
    assert run(capsys, "--vault", other, "init", "--user", "segunda")[0] == 0
    code, _, err = run(capsys, "--vault", other, "import", "incidents", out)
    assert code == 0, err
    with Vault.open(str(other), passphrase=PASSPHRASE) as again:
        incident = again.incidents.list()[0]
        assert incident.summary == "=HYPERLINK(\"http://x\",\"clic\")"
        assert incident.description == "@SUM(1)\n-2+3" and incident.place == "+57 300"
    again_out = tmp_path / "again.csv"
    run(capsys, "--vault", other, "export", "incidents", "-o", again_out)
    assert again_out.read_bytes() == out.read_bytes()


def test_xlsx_foreign_file_imports(capsys, vault, vault_path, tmp_path):
    from .helpers import xlsx

    vault.close()
    f = tmp_path / "incidentes.xlsx"
    f.write_bytes(xlsx([["Informe 2023"], [], ["Fecha", "Resumen", "Tipo", "Lugar"],
                        [dt.datetime(2023, 4, 3), "Amenaza en Excel", "Amenaza", "Suárez"],
                        ["04/05/2023", "Fecha como texto", "Seguimiento", "Buenos Aires"]]))
    code, out, err = run(capsys, "--vault", vault_path, "import", "incidents", f, "--dry-run")
    assert code == 0, err
    assert "Excel workbook, sheet 'Hoja1', header on row 3" in out
    # The typed date is unambiguous; the text one is reported.
    assert "row 4" not in out and "row 5, Fecha: '04/05/2023' was read as 4 May 2023" in out
    assert run(capsys, "--vault", vault_path, "import", "incidents", f)[0] == 0
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert {i.occurred_on for i in again.incidents.list()} == {dt.date(2023, 4, 3), dt.date(2023, 5, 4)}


def test_report_of_a_clean_dry_run_lists_the_notes(capsys, vault, vault_path, tmp_path):
    vault.close()
    f = tmp_path / "a.csv"
    f.write_bytes(spanish_excel_csv(["Fecha;Resumen;Tipo", "03/04/2023;=cmd|' /C calc'!A0;Amenaza"]))
    report = tmp_path / "r.csv"
    code, out, err = run(capsys, "--vault", vault_path, "import", "incidents", f, "--dry-run",
                         "--report", report)
    assert code == 0, err
    data = report.read_text("utf-8-sig")
    assert "warning" in data and "3 April 2023" in data
    # A message quoting a cell is itself neutralised in the report.
    rows = list(csv.reader(io.StringIO(data)))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_every_problem_of_a_row_is_listed(vault):
    from accompdesk.exchange import importer
    from accompdesk.vault.errors import InputRejected

    data = spanish_excel_csv(["Fecha;Resumen;Tipo;Víctimas;Roles", "31/02/2023;;Volcán;Nadie;Víctima"])
    try:
        importer.import_file(vault, "incidents", data, "x.csv")
    except InputRejected as exc:
        report = exc.report
    assert [(row, column) for row, column, _ in report] == \
        [(2, "Fecha"), (2, "Resumen"), (2, "Tipo"), (2, "Víctimas")]
