"""Merging per field between two internal offices: one side's change applies, both sides'
different changes become a conflict that keeps both values, a deletion against an edit
is a conflict, and a resolution travels."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import Incident, Person
from accompdesk.services import offices
from accompdesk.vault import changelog
from accompdesk.vault.errors import PermissionDenied

from .helpers import carry, make_office, open_conflicts, state, trust


@pytest.fixture
def pair(tmp_path):
    a, b = make_office(tmp_path, "team-north"), make_office(tmp_path, "team-south")
    trust(a, b)
    incident = a.incidents.add(Incident(summary="Threat at the crossroads", occurred_on=dt.date(2024, 3, 1),
                                        kind="threat", place="Vereda El Palo"))
    carry(a, b)
    yield a, b, incident.id
    a.close()
    b.close()


def _edit(vault, rid, **values):
    record = vault.incidents.get(rid)
    for k, v in values.items():
        setattr(record, k, v)
    vault.incidents.update(record)


@pytest.mark.parametrize("where", ["a", "b"])
def test_a_change_on_one_side_only_applies_on_the_other(pair, where):
    a, b, rid = pair
    src, dst = (a, b) if where == "a" else (b, a)
    _edit(src, rid, place="Vereda La Loma")
    carry(src, dst)
    carry(dst, src)
    assert dst.incidents.get(rid).place == "Vereda La Loma"
    assert state(a) == state(b)
    assert not open_conflicts(a) and not open_conflicts(b)


def test_edits_of_different_fields_merge_without_conflict(pair):
    a, b, rid = pair
    _edit(a, rid, place="Vereda La Loma")
    _edit(b, rid, severity="high")
    carry(a, b)
    carry(b, a)
    for v in (a, b):
        got = v.incidents.get(rid)
        assert (got.place, got.severity) == ("Vereda La Loma", "high")
    assert not open_conflicts(a) and not open_conflicts(b)


def test_both_sides_change_a_field_differently_is_a_conflict_and_local_stays(pair):
    a, b, rid = pair
    _edit(a, rid, place="Vereda La Loma")
    _edit(b, rid, place="Vereda El Alto")
    carry(a, b)
    carry(b, a)
    assert a.incidents.get(rid).place == "Vereda La Loma"
    assert b.incidents.get(rid).place == "Vereda El Alto"
    expected = {("incidents", rid, "place", frozenset({'"Vereda La Loma"', '"Vereda El Alto"'}))}
    assert open_conflicts(a) == open_conflicts(b) == expected
    views = offices.conflicts(a)
    assert [(v.mine, v.theirs) for v in views] == [("Vereda La Loma", [("team-south", "Vereda El Alto")])]


def test_both_sides_change_a_field_to_the_same_value_is_no_conflict(pair):
    a, b, rid = pair
    _edit(a, rid, place="Vereda La Loma")
    _edit(b, rid, place="Vereda La Loma")
    carry(a, b)
    carry(b, a)
    assert not open_conflicts(a) and not open_conflicts(b)


@pytest.mark.parametrize("keep,expected", [("mine", "Vereda La Loma"), ("theirs", "Vereda El Alto")])
def test_a_resolution_travels_and_closes_the_conflict_everywhere(pair, keep, expected):
    a, b, rid = pair
    _edit(a, rid, place="Vereda La Loma")
    _edit(b, rid, place="Vereda El Alto")
    carry(a, b)
    carry(b, a)
    [conflict] = offices.conflicts(a)
    offices.resolve(a, conflict.id, keep=keep)
    carry(a, b)
    assert a.incidents.get(rid).place == b.incidents.get(rid).place == expected
    assert not open_conflicts(a) and not open_conflicts(b)
    assert state(a) == state(b)


def test_a_new_value_resolves_and_is_checked(pair):
    a, b, rid = pair
    _edit(a, rid, severity="high")
    _edit(b, rid, severity="low")
    carry(a, b)
    carry(b, a)
    [conflict] = offices.conflicts(b)
    with pytest.raises(Exception, match="not one of"):
        offices.resolve(b, conflict.id, value="catastrophic")
    offices.resolve(b, conflict.id, value="critical")
    carry(b, a)
    assert a.incidents.get(rid).severity == b.incidents.get(rid).severity == "critical"
    assert not open_conflicts(a)


@pytest.mark.parametrize("deleter", ["a", "b"])
def test_a_deletion_against_an_edit_is_a_conflict(pair, deleter):
    a, b, rid = pair
    d, e = (a, b) if deleter == "a" else (b, a)
    d.incidents.delete(rid)
    _edit(e, rid, place="Vereda La Loma")
    carry(a, b)
    carry(b, a)
    assert open_conflicts(a) == open_conflicts(b) == {
        ("incidents", rid, changelog.LIVE, frozenset({'"deleted"', '"live"'}))}
    assert d.incidents.get(rid, include_deleted=True).deleted_at is not None  # local stays
    assert e.incidents.get(rid).deleted_at is None
    [conflict] = offices.conflicts(e)
    offices.resolve(e, conflict.id, value="deleted")
    carry(e, d)
    assert a.incidents.get(rid, include_deleted=True).deleted_at and b.incidents.get(rid, include_deleted=True).deleted_at
    assert not open_conflicts(a) and not open_conflicts(b)


def test_an_edit_after_seeing_the_other_sides_edit_replaces_it_without_conflict(pair):
    a, b, rid = pair
    _edit(a, rid, place="Vereda La Loma")
    carry(a, b)
    _edit(b, rid, place="Vereda El Alto")
    carry(b, a)
    assert a.incidents.get(rid).place == "Vereda El Alto"
    assert not open_conflicts(a)


def test_records_received_redacted_are_read_only_and_the_peers_own_records_flow_back(tmp_path):
    office, group = make_office(tmp_path, "project"), make_office(tmp_path, "country-group")
    trust(office, group, a_sees_b_as="diplomatic", b_sees_a_as="internal")
    hidden = office.persons.add(Person(full_name="Xiomara Quintero", consent_level="internal",
                                       kind="lawyer", region="Cauca", notes="lives behind the school"))
    named = office.persons.add(Person(full_name="Rosa Elvira Cely", consent_level="diplomatic",
                                      contact="+57 300", notes="internal note"))
    incident = office.incidents.add(Incident(summary="Xiomara Quintero was followed", occurred_on=dt.date(2024, 2, 2),
                                             kind="surveillance", affected_persons=[hidden.id, named.id],
                                             affected_person_roles=["victim", "witness"], source="her brother"))
    carry(office, group)
    got = group.persons.get(hidden.id)
    assert got.full_name == "a lawyer in Cauca" and got.notes == ""
    assert group.persons.get(named.id).full_name == "Rosa Elvira Cely"
    assert group.persons.get(named.id).contact == ""
    copy = group.incidents.get(incident.id)
    assert "Xiomara" not in copy.summary and copy.source == ""
    assert copy.affected_persons == [hidden.id, named.id]
    copy.summary = "edited abroad"
    with pytest.raises(PermissionDenied, match="read-only"):
        group.incidents.update(copy)
    with pytest.raises(PermissionDenied, match="read-only"):
        group.incidents.delete(incident.id)
    own = group.incidents.add(Incident(summary="Hearing in parliament", occurred_on=dt.date(2024, 5, 5),
                                       kind="other", affected_persons=[named.id], affected_person_roles=["victim"]))
    carry(group, office)
    assert office.incidents.get(own.id).summary == "Hearing in parliament"
    # and the office's next bundle does not send the group's own record back redacted
    out = offices.make_bundle(office, "country-group")
    assert out.records == 0


def test_a_change_that_saw_something_not_here_waits_and_is_not_acknowledged(pair):
    a, b, rid = pair
    origin = offices.identity(a).office_id
    seq = changelog.vector(b.conn)[origin]
    early = changelog.Change(origin, seq + 1, "incidents", rid, {"place": "X"}, {"f" * 32: 3}, "2026-01-01T00:00:00Z")
    gap = changelog.Change(origin, seq + 2, "incidents", rid, {"place": "Y"}, {}, "2026-01-01T00:00:00Z")
    with b.transaction():
        result = changelog.apply(b, [early, gap], {})
    assert result.skipped == 2
    assert changelog.vector(b.conn)[origin] == seq
    assert b.incidents.get(rid).place == "Vereda El Palo"


def test_a_change_of_links_or_their_roles_alone_reaches_the_other_office(pair):
    a, b, rid = pair
    person = a.persons.add(Person(full_name="Rosa Elvira Cely", consent_level="public"))
    record = a.incidents.get(rid)
    record.affected_persons, record.affected_person_roles = [person.id], ["victim"]
    a.incidents.update(record)
    carry(a, b)
    assert (b.incidents.get(rid).affected_persons, b.incidents.get(rid).affected_person_roles) == \
        ([person.id], ["victim"])
    record = a.incidents.get(rid)
    record.affected_person_roles = ["witness"]
    a.incidents.update(record)
    carry(a, b)
    assert b.incidents.get(rid).affected_person_roles == ["witness"]


def test_received_records_are_found_by_search_and_leave_it_when_deleted(pair):
    a, b, rid = pair
    assert [h.record_id for h in b.search("crossroads")] == [rid]
    a.incidents.delete(rid)
    carry(a, b)
    assert b.search("crossroads") == []
