"""Every field of every record type declares the widest audience it may reach, and the one
reading of those declarations (domain.disclosure) is what exports follow."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from accompdesk.domain.disclosure import (field_allowed, field_audience, filter_record, lies_ahead,
                                          visible_fields, withheld_fields)
from accompdesk.domain.fields import FieldSpec, specs, text
from accompdesk.domain.records import (ALL_TYPES, Accompaniment, Meeting, Person, Record, Volunteer)
from accompdesk.domain.vocab import AUDIENCE
from accompdesk.exchange.export import default_columns
from accompdesk.domain.records import CSV_TYPES

AUDIENCES = ("public", "diplomatic", "internal")
EVERY_FIELD = [(table, name) for table, record_type in ALL_TYPES.items() for name in specs(record_type)]

# The list: what never leaves the office, whatever the record.
INTERNAL_ONLY = {
    ("persons", "notes"), ("persons", "contact"), ("persons", "checkin_protocol"), ("persons", "aka"),
    ("organisations", "notes"), ("organisations", "contact"), ("organisations", "checkin_protocol"),
    ("organisations", "aka"), ("authorities", "notes"), ("officials", "contact"), ("officials", "notes"),
    ("volunteers", "emergency_contact"), ("volunteers", "visa_expires_on"), ("volunteers", "notes"),
    ("volunteers", "departure_on"), ("volunteers", "team"), ("accompaniments", "meeting_point"),
    ("accompaniments", "notes"), ("meetings", "notes"), ("incidents", "source"),
    ("commitments", "status_note"), ("alerts", "alerted"),
    *((t, n) for t in ("checkins", "checkin_schedules", "users", "attachments") for n in specs(ALL_TYPES[t])),
}


@pytest.mark.parametrize("table, name", EVERY_FIELD, ids=[f"{t}.{n}" for t, n in EVERY_FIELD])
def test_every_field_declares_its_audience(table, name):
    spec = specs(ALL_TYPES[table])[name]
    assert spec.audience in AUDIENCE, f"{table}.{name} has no audience: it could not be exported"
    assert field_audience(spec) in AUDIENCE
    if (table, name) in INTERNAL_ONLY:
        assert field_audience(spec) == "internal"
        assert not field_allowed(spec, "diplomatic") and not field_allowed(spec, "public")
    assert field_allowed(spec, "internal")


def test_a_field_without_a_declaration_cannot_be_exported():
    @dataclasses.dataclass(kw_only=True)
    class Sketch(Record):
        TABLE = "sketches"
        said: str = text("Said")  # no audience
        shown: str = text("Shown", audience="public")

    assert specs(Sketch)["said"].audience is None
    for audience in AUDIENCES:
        assert not field_allowed(specs(Sketch)["said"], audience)
        assert visible_fields(Sketch, audience) == ["shown"]
        assert filter_record(Sketch(said="secreto", shown="visible"), audience) == {"shown": "visible"}


@pytest.mark.parametrize("table", list(CSV_TYPES))
@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_table_for_an_audience_holds_only_its_allowed_columns(table, audience):
    columns = [c for c in default_columns(table, audience) if c != "id"]
    fields = specs(CSV_TYPES[table])
    assert columns == [n for n, s in fields.items() if field_allowed(s, audience)]
    assert set(withheld_fields(CSV_TYPES[table], audience)) == set(fields) - set(columns)


def test_meeting_delegation_follows_its_members():
    volunteers_name = field_audience(specs(Volunteer)["full_name"])
    assert volunteers_name == "diplomatic"
    for name in ("volunteers", "delegation"):
        assert field_audience(specs(Meeting)[name]) == volunteers_name
    assert "delegation" in visible_fields(Meeting, "diplomatic")
    assert "delegation" not in visible_fields(Meeting, "public")


NOW = dt.datetime(2026, 3, 10, 12, 0)


def _accompaniment(days: int, person: str = "p1") -> Accompaniment:
    start = NOW + dt.timedelta(days=days)
    return Accompaniment(person_id=person, place="Vereda La Esperanza", meeting_point="Parque",
                         starts_at=start, ends_at=start + dt.timedelta(hours=4), kind="escort",
                         notes="llevar chaleco")


@pytest.mark.parametrize("audience", ["public", "diplomatic"])
def test_plans_ahead_and_a_withheld_persons_whereabouts(audience):
    assert lies_ahead(_accompaniment(2), NOW) and not lies_ahead(_accompaniment(-2), NOW)
    # Ongoing counts as ahead: it says where someone is now.
    assert lies_ahead(Accompaniment(starts_at=NOW - dt.timedelta(hours=1), ends_at=NOW + dt.timedelta(hours=1)), NOW)
    assert filter_record(_accompaniment(2), audience, now=NOW) is None
    past = filter_record(_accompaniment(-2), audience, now=NOW)
    assert past["place"] == "Vereda La Esperanza" and "meeting_point" not in past and "notes" not in past
    withheld = filter_record(_accompaniment(-2), audience, withheld_ids={"p1"}, now=NOW)
    assert not {"place", "starts_at", "ends_at", "volunteers"} & set(withheld)
    assert withheld["kind"] == "escort"
    assert filter_record(_accompaniment(2), "internal", withheld_ids={"p1"}, now=NOW)["meeting_point"] == "Parque"


def test_a_withheld_persons_own_names_do_not_go():
    person = Person(id="p1", full_name="Ana Pérez", alias="La Profe", aka="Anita", kind="lawyer",
                    consent_level="internal", notes="vive en el Cedro")
    assert filter_record(person, "public") == {"gender": "unknown", "kind": "lawyer", "organisation_id": None,
                                               "region": "", "risk_level": "medium"}
    assert filter_record(person, "internal")["notes"] == "vive en el Cedro"
    named = dataclasses.replace(person, consent_level="public")
    assert filter_record(named, "public")["full_name"] == "Ana Pérez"
    assert "full_name" not in filter_record(named, "public", withheld_ids={"p1"})


def test_specs_carry_the_attribute():
    assert "audience" in {f.name for f in dataclasses.fields(FieldSpec)}
