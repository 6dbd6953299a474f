"""Mapping suggestion from Spanish and English headers; links written as names,
including a chain of command whose superiors are named by name; ambiguity reported."""

from __future__ import annotations

import pytest

from accompdesk.domain.records import Person
from accompdesk.exchange import importer, mapping
from accompdesk.vault.errors import InputRejected, UsageError

from .helpers import office, spanish_excel_csv


@pytest.mark.parametrize("table, headers, expected", [
    ("incidents",
     ["Fecha del hecho (dd/mm/aaaa)", "RESUMEN", "Tipo de agresión", "Lugar", "Departamento", "Descripción",
      "Víctimas", "Organización", "Unidad responsable", "Presunto responsable", "Gravedad", "¿Denunciado?",
      "Columna sin nombre", ""],
     ["occurred_on", "summary", "kind", "place", "region", "description", "affected_persons",
      "affected_organisations", "perpetrator_authority_id", "perpetrator_type", "severity", "reported",
      None, None]),
    ("incidents", ["Date", "Summary", "Type", "Location", "Region", "Narrative", "Victims"],
     ["occurred_on", "summary", "kind", "place", "region", "description", "affected_persons"]),
    ("persons", ["Nombres y apellidos", "Alias", "Organización", "Nivel de riesgo", "Consentimiento", "Teléfono"],
     ["full_name", "alias", "organisation_id", "risk_level", "consent_level", "contact"]),
    ("authorities", ["Nombre", "Tipo", "Nivel", "Depende de", "Jurisdicción"],
     ["name", "kind", "level", "superior_id", "territory"]),
    # Canonical headers are field names: they map to themselves.
    ("incidents", ["id", "summary", "occurred_on", "kind"], ["id", "summary", "occurred_on", "kind"]),
    # Our own exports: field labels in either language.
    ("incidents", ["Fecha", "Resumen", "Personas afectadas", "Roles de las personas afectadas"],
     ["occurred_on", "summary", "affected_persons", "affected_person_roles"]),
])
def test_mapping_is_suggested_from_headers(table, headers, expected):
    suggested = mapping.suggest(table, headers)
    assert [c.field for c in suggested.columns] == expected


def test_one_field_goes_to_the_best_column_only():
    suggested = mapping.suggest("incidents", ["Fecha", "Fecha de registro", "Resumen"])
    assert [c.field for c in suggested.columns] == ["occurred_on", None, "summary"]


def test_map_options_override_and_name_fields_by_label():
    m = mapping.suggest("incidents", ["Fecha", "Fecha de registro", "Resumen"])
    choices = mapping.parse_map_options(m, ["fecha de registro=Fecha", "#1=-"], [c.header for c in m.columns])
    mapping.apply(m, choices, "--map")
    assert [c.field for c in m.columns] == [None, "occurred_on", "summary"]
    with pytest.raises(UsageError, match="no column called Hora"):
        mapping.column_named(["Fecha"], "Hora")


def test_persons_link_to_their_organisation_by_name_or_alias(vault):
    ids = office(vault)
    data = spanish_excel_csv(["Nombre;Organización", "Rosa Elvira Cely;acva",
                              "Julio Mina;ASOCIACION CAMPESINA DEL VALLE", "Sin Org;"])
    result = importer.import_file(vault, "persons", data, "p.csv")
    assert result.created == 3
    by_name = {p.full_name: p for p in vault.persons.list()}
    assert by_name["Rosa Elvira Cely"].organisation_id == ids["org"]
    assert by_name["Julio Mina"].organisation_id == ids["org"]
    assert by_name["Sin Org"].organisation_id is None


def test_incidents_name_defenders_and_units(vault):
    ids = office(vault)
    data = spanish_excel_csv([
        "Fecha;Resumen;Tipo;Víctimas;Roles;Unidad",
        "15/03/2023;Amenaza;Amenaza;Ana Perez Quinones; Luis Angel Mina;Víctima;Testigo;batallon ayacucho"])
    # Semicolons inside a cell must be quoted in a semicolon file; this row is broken on purpose.
    with pytest.raises(InputRejected) as info:
        importer.import_file(vault, "incidents", data, "i.csv")
    assert "has 8 cells but the header has 6" in str(info.value.report)
    data = spanish_excel_csv([
        "Fecha;Resumen;Tipo;Víctimas;Roles;Unidad",
        "15/03/2023;Amenaza;Amenaza;\"Ana Perez Quinones; Luis Angel Mina\";\"Víctima; Testigo\";batallon ayacucho",
        "16/03/2023;Otra;Amenaza;\"La Profe, Luis Ángel Mina\";;Brigada 29"])
    importer.import_file(vault, "incidents", data, "i.csv")
    by = {i.summary: i for i in vault.incidents.list()}
    assert by["Amenaza"].affected_persons == [ids["ana"], ids["luis"]]
    assert by["Amenaza"].affected_person_roles == ["victim", "witness"]
    assert by["Amenaza"].perpetrator_authority_id == ids["battalion"]
    # Commas separate names when every piece is a known name (an alias counts).
    assert by["Otra"].affected_persons == [ids["ana"], ids["luis"]]
    assert by["Otra"].perpetrator_authority_id == ids["brigade"]


def test_an_authority_chain_named_by_name_imports_in_any_row_order(vault):
    ids = office(vault)
    data = spanish_excel_csv([
        "Nombre;Tipo;Nivel;Superior",
        "Batallón de Infantería 8;Batallón;Local;Brigada Móvil 14",
        "Brigada Móvil 14;Brigada;Regional;División Séptima",
        "División Séptima;División;Regional;Ministerio de Defensa",
        "Estación de Policía Toribío;Estación de policía;local;"])
    result = importer.import_file(vault, "authorities", data, "a.csv")
    assert result.created == 4
    battalion = next(a for a in vault.authorities.list() if a.name == "Batallón de Infantería 8")
    chain = [a.name for a in vault.authorities.chain_above(battalion.id)]
    assert chain == ["Batallón de Infantería 8", "Brigada Móvil 14", "División Séptima", "Ministerio de Defensa"]
    assert vault.authorities.get(chain and ids["ministry"]).name == "Ministerio de Defensa"


def test_a_chain_with_a_bad_link_in_the_middle_names_every_row_it_breaks(vault):
    office(vault)
    data = spanish_excel_csv([
        "Nombre;Tipo;Superior",
        "Batallón 1;Batallón;Brigada X",
        "Brigada X;Brigada;División Fantasma",
        "Policía de Toribío;Estación de policía;"])
    with pytest.raises(InputRejected) as info:
        importer.import_file(vault, "authorities", data, "a.csv")
    report = info.value.report
    assert (3, "Superior", "There is no authority called 'División Fantasma'.") in report
    assert (2, "Superior", "names row 3, which cannot be imported.") in report
    result = importer.import_file(vault, "authorities", data, "a.csv",
                                  options=importer.Options(skip_invalid=True))
    assert result.created == 1 and result.skipped_invalid == 2
    assert {a.name for a in vault.authorities.list()} >= {"Policía de Toribío"}
    assert "Brigada X" not in {a.name for a in vault.authorities.list()}


def test_a_circle_in_the_chain_is_refused(vault):
    data = spanish_excel_csv(["Nombre;Superior", "Uno;Dos", "Dos;Uno"])
    with pytest.raises(InputRejected) as info:
        importer.import_file(vault, "authorities", data, "a.csv")
    assert any("circle" in m for _, _, m in info.value.report)
    assert vault.authorities.count() == 0


def test_ambiguous_and_unknown_names_are_reported_with_ids_or_closest(vault):
    ids = office(vault)
    twin = vault.persons.add(Person(full_name="Ana Pérez Quiñones", region="Nariño"))
    data = spanish_excel_csv(["Fecha;Resumen;Tipo;Víctimas;Unidad",
                              "15/03/2023;Uno;Amenaza;Ana Pérez Quiñones;",
                              "15/03/2023;Dos;Amenaza;Luis Angel Mena;Batallon Ayacuch"])
    with pytest.raises(InputRejected) as info:
        importer.import_file(vault, "incidents", data, "i.csv")
    messages = {(row, column): message for row, column, message in info.value.report}
    ambiguous = messages[(2, "Víctimas")]
    assert "is the name of 2 persons" in ambiguous and ids["ana"] in ambiguous and twin.id in ambiguous
    assert "write the id instead" in ambiguous
    assert messages[(3, "Víctimas")] == ("There is no person called 'Luis Angel Mena'; "
                                         "the closest: 'Luis Ángel Mina'.")
    assert "the closest: 'Batallón Ayacucho'" in messages[(3, "Unidad")]
    # An id settles it.
    fixed = spanish_excel_csv(["Fecha;Resumen;Tipo;Víctimas", f"15/03/2023;Uno;Amenaza;{twin.id}"])
    importer.import_file(vault, "incidents", fixed, "i.csv")
    assert vault.incidents.list()[0].affected_persons == [twin.id]


def test_an_authority_named_in_the_vault_and_in_the_file_is_ambiguous_when_both_are_kept(vault):
    office(vault)
    data = spanish_excel_csv(["Nombre;Superior", "Brigada 29;", "Batallón Nuevo;Brigada 29"])
    result = importer.import_file(vault, "authorities", data, "a.csv")
    # The file's Brigada 29 is a likely duplicate and skipped; the battalion links to the vault's.
    assert result.created == 1 and result.skipped_duplicates == 1
    new = next(a for a in vault.authorities.list() if a.name == "Batallón Nuevo")
    assert vault.authorities.get(new.superior_id).name == "Brigada 29"
    data = spanish_excel_csv(["Nombre;Superior", "Brigada 29;", "Batallón Otro;Brigada 29"])
    with pytest.raises(InputRejected) as info:
        importer.import_file(vault, "authorities", data, "a.csv",
                             options=importer.Options(keep_duplicates=True))
    assert any("is the name of 2 authorities" in m and "row 2 of this file" in m
               for _, _, m in info.value.report)
