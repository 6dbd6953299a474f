"""Imports that update: --match finds the record, --map-value reads a column's values."""

from __future__ import annotations

import io

import pytest

from accompdesk import cli
from accompdesk.domain.records import Person
from accompdesk.exchange import importer, matching, profiles
from accompdesk.vault.errors import UsageError
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE
from .test_merge import table_digests

PERSONS = ("Nombre;Región;Riesgo;Notas\r\n"
           "Ana Milena Pacheco Gómez;Cauca;3;Nueva nota\r\n"
           "ANA MILENA PACHECO GOMEZ;Nariño;2;\r\n"
           "Jorge Ríos;Cauca;4;Líder\r\n").encode("cp1252")


@pytest.fixture
def stored(vault):
    ana = vault.persons.add(Person(full_name="Ana Milena Pacheco Gómez", region="Cauca", risk_level="low"))
    jorge = vault.persons.add(Person(full_name="Jorge Ríos", region="Cauca", risk_level="high", notes="Líder"))
    return ana, jorge


def _import(vault, data=PERSONS, dry_run=False, **kw):
    kw.setdefault("matches", ["Nombre=full_name", "Región=region"])
    kw.setdefault("value_maps", ["Riesgo:1=low", "Riesgo:2=medium", "Riesgo:3=high", "Riesgo:4=extreme"])
    return importer.import_file(vault, "persons", data, "personas.csv", dry_run=dry_run, **kw)


def test_match_updates_what_it_finds_and_creates_the_rest(vault, stored):
    ana, jorge = stored
    result = _import(vault)
    assert (result.created, result.updated, result.unchanged) == (1, 2, 0)
    assert vault.persons.get(ana.id).risk_level == "high"
    assert vault.persons.get(ana.id).notes == "Nueva nota"
    assert vault.persons.get(jorge.id).risk_level == "extreme"
    assert vault.persons.count() == 3
    new = [p for p in vault.persons.list() if p.region == "Nariño"]
    assert [p.full_name for p in new] == ["ANA MILENA PACHECO GOMEZ"] and new[0].risk_level == "medium"


def test_the_second_run_updates_and_creates_nothing(vault, stored):
    first = _import(vault)
    assert first.created + first.updated > 0
    digests = table_digests(vault)
    second = _import(vault)
    assert (second.created, second.updated) == (0, 0)
    assert second.unchanged == 3
    assert table_digests(vault) == digests


def test_the_dry_run_says_row_by_row_what_would_change(vault, stored):
    ana, jorge = stored
    digests = table_digests(vault)
    result = _import(vault, dry_run=True)
    assert table_digests(vault) == digests
    lines = [m.describe("person") for m in result.matches]
    assert lines == [
        f"row 2: would update {ana.id} (Ana Milena Pacheco Gómez): risk_level 'low' -> 'high'; "
        "notes '' -> 'Nueva nota'",
        "row 3: would create a new person",
        f"row 4: would update {jorge.id} (Jorge Ríos): risk_level 'high' -> 'extreme'",
    ]


def test_a_row_matching_two_records_is_refused(vault, stored):
    vault.persons.add(Person(full_name="Jorge Ríos", region="Cauca"))
    with pytest.raises(Exception) as info:
        _import(vault)
    assert "matches 2 records" in str(info.value.report)


@pytest.mark.parametrize("option, words", [
    ({"matches": ["Nombre"]}, "COLUMN=field"),
    ({"matches": ["Cédula=id_number"]}, "no column called Cédula"),
    ({"matches": ["Nombre=colour"]}, "no field called colour"),
    ({"value_maps": ["Riesgo=high"]}, "COLUMN:VALUE=code"),
    ({"value_maps": ["Riesgo:3=enormous"]}, "not one of the risk_level values"),
    ({"value_maps": ["Nombre:3=high"]}, "not mapped to a field with a list"),
])
def test_bad_options_are_one_sentence(vault, stored, option, words):
    digests = table_digests(vault)
    with pytest.raises(UsageError, match=words):
        _import(vault, **option)
    assert table_digests(vault) == digests


def test_numeric_scales_get_a_suggested_reading(vault):
    data = "Resumen;Fecha;Gravedad\r\nAmenaza;01/02/2024;3\r\nRobo;02/02/2024;5\r\nx;03/02/2024;1\r\n".encode()
    plan = importer.prepare(vault, "incidents", data, "i.csv")
    assert plan.scale_suggestions == {"Gravedad": {"1": "low", "2": "low", "3": "medium", "4": "high",
                                                   "5": "critical"}}
    plan = importer.prepare(vault, "incidents", data, "i.csv", value_maps=["Gravedad:3=high"])
    assert plan.scale_suggestions == {}
    assert matching.suggest_scale(None, ["1"]) == {}


def test_value_maps_and_match_are_saved_in_profiles(vault, stored, capsys, vault_path, tmp_path, monkeypatch):
    plan = importer.prepare(vault, "persons", PERSONS, "p.csv", matches=["Nombre=full_name"],
                            value_maps=["Riesgo:3=high"])
    profiles.save(vault, profiles.from_mapping("mensual", plan.mapping, value_maps=plan.value_maps,
                                               match=plan.match_fields))
    loaded = profiles.load(vault, "mensual")
    assert loaded.values == {"Riesgo": {"3": "high"}} and loaded.match == ["full_name"]
    again = importer.prepare(vault, "persons", PERSONS, "p.csv", profile=loaded)
    assert again.value_maps == {"risk_level": {"3": "high"}} and again.match_fields == ["full_name"]


def test_the_command_line_imports_with_match_twice(vault, stored, capsys, vault_path, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    vault.close()
    path = tmp_path / "personas.csv"
    path.write_bytes(PERSONS)
    args = ["--vault", vault_path, "import", "persons", str(path), "--match", "Nombre=full_name",
            "--match", "Región=region"] + [f"--map-value=Riesgo:{n}={c}" for n, c in
                                           ((1, "low"), (2, "medium"), (3, "high"), (4, "extreme"))]
    assert cli.main(args + ["--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 3: would create a new person" in out and "Would import 3 persons: 1 new, 2 updated." in out
    assert cli.main(args) == 0
    assert "Imported 3 persons: 1 new, 2 updated." in capsys.readouterr().out
    assert cli.main(args) == 0
    assert ("Imported 0 persons: 0 new, 0 updated. 3 row(s) matched a record and change nothing."
            in capsys.readouterr().out)
    with Vault.open(vault_path, passphrase=PASSPHRASE, user="coordinadora") as again:
        assert again.persons.count() == 3


@pytest.mark.parametrize("written", ["Pacheco Gómez, Ana Milena", "ana milena pacheco gomez",
                                     "Ana Milena  Pacheco-Gómez"])
def test_import_sees_a_person_already_there_whatever_the_surname_order(vault, stored, written):
    data = f"Nombre;Región\r\n{written};Cauca\r\n".encode()
    result = importer.import_file(vault, "persons", data, "p.csv")
    assert (result.created, result.skipped_duplicates) == (0, 1)
    assert vault.persons.count() == 2


CEDULAS = ("Cédula;Nombre;Región;Riesgo\r\n"
           "1032456789;Ana Milena Pacheco Gómez;Cauca;3\r\n"
           "52111222;Rosa Elena Quintero;Nariño;2\r\n"
           "79888111;Jorge E. Ríos;Cauca;4\r\n").encode("cp1252")


def test_the_command_line_matches_on_the_identity_document_twice(vault, capsys, vault_path, tmp_path,
                                                                 monkeypatch):
    """The issue's example: `--match Cédula=id_number`. The first run updates the person
    whose document it knows (whatever the name says) and creates the rest; the second
    run updates nothing and creates nothing."""
    jorge = vault.persons.add(Person(full_name="Jorge Ríos", region="Cauca", risk_level="low",
                                     id_number="79888111"))
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    vault.close()
    path = tmp_path / "cedulas.csv"
    path.write_bytes(CEDULAS)
    args = ["--vault", vault_path, "import", "persons", str(path), "--match", "Cédula=id_number"] + [
        f"--map-value=Riesgo:{n}={c}" for n, c in ((1, "low"), (2, "medium"), (3, "high"), (4, "extreme"))]
    assert cli.main(args + ["--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"row 4: would update {jorge.id} (Jorge Ríos)" in out and "row 2: would create a new person" in out
    assert cli.main(args) == 0
    assert "Imported 3 persons: 2 new, 1 updated." in capsys.readouterr().out
    with Vault.open(vault_path, passphrase=PASSPHRASE, user="coordinadora") as again:
        digests = table_digests(again)
        people = {p.id_number: p for p in again.persons.list()}
        assert sorted(people) == ["1032456789", "52111222", "79888111"]
        assert people["79888111"].id == jorge.id and people["79888111"].risk_level == "extreme"
        assert people["79888111"].full_name == "Jorge E. Ríos"
    assert cli.main(args) == 0
    assert ("Imported 0 persons: 0 new, 0 updated. 3 row(s) matched a record and change nothing."
            in capsys.readouterr().out)
    with Vault.open(vault_path, passphrase=PASSPHRASE, user="coordinadora") as again:
        assert again.persons.count() == 3
        assert table_digests(again) == digests


def test_identity_documents_travel_in_the_canonical_csv(vault):
    from accompdesk.exchange import canonical

    vault.persons.add(Person(full_name="Ana Milena Pacheco Gómez", id_number="1032456789"))
    out = io.StringIO()
    canonical.export_csv(vault, "persons", out)
    text = out.getvalue()
    assert "id_number" in text.splitlines()[0] and "1032456789" in text
    records, _rows, problems, _n = canonical.parse(vault, "persons", text)
    assert not problems and [r.id_number for r in records] == ["1032456789"]
