"""Reading a few fields of many records: the same values as whole records, and the
place names through an index (what a one-year briefing of a big vault reads)."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import Incident, Organisation, Person
from accompdesk.vault.errors import UsageError


@pytest.fixture
def filled(vault):
    people = [vault.persons.add(Person(full_name=f"Persona {i} Quispe", kind="lawyer", region="Cauca"))
              for i in range(3)]
    group = vault.organisations.add(Organisation(name="Colectivo Tierra", kind="community"))
    day = dt.date(2026, 3, 1)
    incidents = []
    for i in range(6):
        incidents.append(vault.incidents.add(Incident(
            summary=f"Hecho {i}", occurred_on=day + dt.timedelta(days=i), kind=("threat", "killing")[i % 2],
            severity=("low", "critical")[i % 2], region=("Cauca", "Nariño")[i % 2], place=f"Vereda {i}",
            description="Descripción " * (i + 1), verification="verified",
            affected_persons=[p.id for p in people[: i % 3 + 1]],
            affected_person_roles=["victim", "witness", "relative"][: i % 3 + 1],
            affected_organisations=[group.id] if i % 2 else [], affected_organisation_roles=["target"] if i % 2 else [])))
    vault.incidents.delete(incidents[5].id)
    return vault, incidents


FIELDS = [["kind"], ["occurred_on", "severity"], ["affected_persons", "affected_person_roles"],
          ["affected_organisations"], ["description", "place", "region", "affected_organisation_roles"]]


@pytest.mark.parametrize("names", FIELDS)
@pytest.mark.parametrize("include_deleted", [False, True])
def test_read_fields_gives_what_whole_records_give(filled, names, include_deleted):
    vault, _ = filled
    ranges = {"occurred_on": (dt.date(2026, 3, 2), dt.date(2026, 3, 6))}
    records = vault.incidents.list(ranges=ranges, order_by="occurred_on", include_deleted=include_deleted)
    rows = vault.incidents.read_fields(names, ranges=ranges, order_by="occurred_on",
                                       include_deleted=include_deleted)
    assert [r["id"] for r in rows] == [r.id for r in records]
    assert len(rows) == (5 if include_deleted else 4)
    for row, record in zip(rows, records):
        for name in names:
            assert row[name] == getattr(record, name), name


def test_read_fields_filters_like_list(filled):
    vault, incidents = filled
    rows = vault.incidents.read_fields(["summary"], filters={"kind": "killing"})
    assert sorted(r["summary"] for r in rows) == ["Hecho 1", "Hecho 3"]  # Hecho 5 is deleted
    rows = vault.incidents.read_fields(["description"], filters={"id": [incidents[0].id, incidents[2].id]})
    assert {r["id"]: r["description"] for r in rows} == {incidents[0].id: "Descripción",
                                                         incidents[2].id: ("Descripción " * 3).strip()}


def test_read_fields_refuses_an_unknown_field(filled):
    vault, _ = filled
    with pytest.raises(UsageError, match="incidents has no field called nickname"):
        vault.incidents.read_fields(["kind", "nickname"])


@pytest.mark.parametrize("column", ["place", "region"])
def test_the_places_of_incidents_are_read_from_an_index(filled, column):
    """Migration 10: every document reads the places incidents name (deleted ones too);
    without an index that read every incident of the vault."""
    vault, _ = filled
    sql = f"SELECT DISTINCT {column} FROM incidents WHERE {column} IS NOT NULL AND {column} != ''"
    plan = " ".join(str(step[-1]) for step in vault.conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert f"COVERING INDEX incidents_{column}" in plan
    expected = {f"Vereda {i}" for i in range(6)} if column == "place" else {"Cauca", "Nariño"}
    assert set(vault.incidents.distinct(column)) == expected
