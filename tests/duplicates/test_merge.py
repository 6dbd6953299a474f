"""Merging two records linked from everywhere, and undoing it exactly."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from accompdesk.domain.records import (Accompaniment, Alert, Authority, CheckIn, CheckInSchedule,
                                       Incident, Meeting, Official, Organisation, Person)
from accompdesk.services import dedupe, merging
from accompdesk.vault import merges
from accompdesk.vault.errors import PermissionDenied, RecordNotFound, UsageError

# What a merge may add and an undo does not take back: the record of both acts, in the
# audit log and in the change log that carries both to the other offices.
_LEDGERS = {"audit_log", "merges", "search_docs", "search_fts", "search_fts_data", "search_fts_idx",
            "search_fts_docsize", "search_fts_config", "search_fts_content", "sqlite_sequence",
            "changes", "change_vectors", "seen_vector"}


def table_digests(vault) -> dict[str, str]:
    out = {}
    for (name,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        if name in _LEDGERS:
            continue
        rows = sorted(repr(tuple(r)) for r in vault.conn.execute(f'SELECT * FROM "{name}"'))
        out[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return out


@pytest.fixture
def linked(vault):
    """Two persons who are one, the second linked from every kind of record."""
    org = vault.organisations.add(Organisation(name="ASOMUJER", region="Cauca"))
    keep = vault.persons.add(Person(full_name="Ana Milena Pacheco Gómez", region="Cauca",
                                    consent_level="public", alias="La profe"))
    other = vault.persons.add(Person(full_name="Ana M. Pacheco", region="Cauca", organisation_id=org.id,
                                     consent_level="internal", contact="+57 300 111 2222"))
    bystander = vault.persons.add(Person(full_name="Jorge Ríos", region="Cauca"))
    battalion = vault.authorities.add(Authority(name="Batallón Pichincha", kind="battalion"))
    official = vault.officials.add(Official(full_name="Mayor Ruiz", authority_id=battalion.id, position="Mayor"))
    alone = vault.incidents.add(Incident(summary="Amenaza", occurred_on=dt.date(2025, 5, 1), kind="threat",
                                         affected_persons=[other.id, bystander.id],
                                         affected_person_roles=["victim", "witness"]))
    both = vault.incidents.add(Incident(summary="Seguimiento", occurred_on=dt.date(2025, 6, 1),
                                        kind="surveillance", affected_persons=[keep.id, other.id],
                                        affected_person_roles=["victim", "victim"]))
    meeting = vault.meetings.add(Meeting(held_on=dt.date(2025, 6, 10), authority_id=battalion.id,
                                         purpose="Plantear la amenaza", officials=[official.id],
                                         incidents=[alone.id], persons=[other.id]))
    acc = vault.accompaniments.add(Accompaniment(person_id=other.id, place="Juzgado",
                                                 starts_at=dt.datetime(2025, 7, 1, 8),
                                                 ends_at=dt.datetime(2025, 7, 1, 12)))
    checkin = vault.checkins.add(CheckIn(person_id=other.id, scheduled_at=dt.datetime(2025, 7, 2, 18)))
    schedule = vault.repo("checkin_schedules").add(CheckInSchedule(person_id=other.id, at_time="18:00"))
    alert = vault.alerts.add(Alert(incident_id=alone.id, activated_at=dt.datetime(2025, 5, 1, 22),
                                   alerted="Embajada"))
    attachment = vault.attachments.add_file("persons", other.id, "denuncia.pdf", b"%PDF-1.4 x")
    return dict(keep=keep, other=other, bystander=bystander, alone=alone, both=both, meeting=meeting,
                accompaniment=acc, checkin=checkin, schedule=schedule, alert=alert, attachment=attachment,
                org=org)


def _merge(vault, keep, other, **kw):
    return merging.merge(vault, merging.plan(vault, "persons", keep, other, **kw))


def test_every_link_ends_on_the_kept_record(vault, linked):
    keep, other = linked["keep"], linked["other"]
    persons_before = vault.persons.count()
    affected_rows_before = vault.conn.execute("SELECT count(*) FROM incidents__affected_persons").fetchone()[0]
    audit_before = len(vault.audit_entries())

    merge_id = _merge(vault, keep.id, other.id)

    assert vault.incidents.get(linked["alone"].id).affected_persons == [keep.id, linked["bystander"].id]
    assert vault.incidents.get(linked["both"].id).affected_persons == [keep.id]
    assert vault.meetings.get(linked["meeting"].id).persons == [keep.id]
    assert vault.accompaniments.get(linked["accompaniment"].id).person_id == keep.id
    assert vault.checkins.get(linked["checkin"].id).person_id == keep.id
    assert vault.repo("checkin_schedules").get(linked["schedule"].id).person_id == keep.id
    assert [a.id for a in vault.attachments.for_record("persons", keep.id)] == [linked["attachment"].id]
    assert vault.attachments.for_record("persons", other.id) == []
    # The alert follows its incident, which now names the kept person.
    assert keep.id in vault.incidents.get(vault.alerts.get(linked["alert"].id).incident_id).affected_persons
    for table, column in merges.references("persons")[0]:
        assert vault.conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (other.id,)).fetchone()[0] == 0
    for name in merges.references("persons")[1]:
        assert vault.conn.execute(f"SELECT count(*) FROM {name} WHERE target_id = ?", (other.id,)).fetchone()[0] == 0

    # Counts change by exactly the one duplicate: one person fewer, one affected row fewer
    # (the incident that named both), nothing else.
    assert vault.persons.count() == persons_before - 1
    assert vault.conn.execute("SELECT count(*) FROM incidents__affected_persons").fetchone()[0] == \
        affected_rows_before - 1
    assert len(vault.audit_entries()) == audit_before + 1
    entry = vault.audit_entries()[-1]
    assert entry.action == "merge" and entry.record_id == keep.id and merge_id in entry.detail

    # Never deleted: hidden, and naming the record it went into.
    assert other.id not in {p.id for p in vault.persons.list()}
    row = vault.conn.execute("SELECT merged_into, deleted_at FROM persons WHERE id = ?", (other.id,)).fetchone()
    assert row[0] == keep.id and row[1] is not None
    assert merges.also_known_as(vault.conn, "persons", keep.id) == ["Ana M. Pacheco"]


def test_field_choices_consent_and_history(vault, linked):
    keep, other = linked["keep"], linked["other"]
    merge_id = _merge(vault, keep.id, other.id, take={"region": "kept"})
    merged = vault.persons.get(keep.id)
    assert merged.full_name == "Ana Milena Pacheco Gómez"       # the kept record's value
    assert merged.organisation_id == linked["org"].id           # empty on the kept, taken from the other
    assert merged.contact == "+57 300 111 2222"
    assert merged.consent_level == "internal"                   # the narrower of public and internal
    (record,) = merging.history(vault, "persons", keep.id)
    assert record["id"] == merge_id
    by_field = {f["field"]: f for f in record["fields"]}
    assert by_field["full_name"] == {"field": "full_name", "kept": "Ana Milena Pacheco Gómez",
                                     "other": "Ana M. Pacheco", "chosen": "kept"}
    assert by_field["consent_level"]["chosen"] == "other"


def test_take_other_and_wider_consent_only_for_coordinators(vault, linked):
    keep, other = linked["keep"], linked["other"]
    with pytest.raises(UsageError, match="narrower consent"):
        merging.plan(vault, "persons", keep.id, other.id, take={"consent_level": "kept"})
    plan = merging.plan(vault, "persons", keep.id, other.id, take={"full_name": "other"}, wider_consent=True)
    assert plan.choice("consent_level").value == "public"
    assert plan.choice("full_name").value == "Ana M. Pacheco"
    vault.role = "staff"
    with pytest.raises(PermissionDenied):
        merging.plan(vault, "persons", keep.id, other.id, wider_consent=True)


def test_undo_restores_the_vault_exactly(vault, linked):
    before = table_digests(vault)
    merge_id = _merge(vault, linked["keep"].id, linked["other"].id)
    assert table_digests(vault) != before
    merging.undo(vault, merge_id)
    assert table_digests(vault) == before
    assert vault.verify_audit()[0]
    assert {h.record_id for h in vault.search("Pacheco", tables=["persons"])} == {linked["keep"].id, linked["other"].id}
    with pytest.raises(UsageError, match="already undone"):
        merging.undo(vault, merge_id)


def test_undo_refuses_when_the_records_changed_since(vault, linked):
    merge_id = _merge(vault, linked["keep"].id, linked["other"].id)
    kept = vault.persons.get(linked["keep"].id)
    kept.notes = "edited after the merge"
    vault.persons.update(kept)
    digests = table_digests(vault)
    with pytest.raises(UsageError, match="changed since"):
        merging.undo(vault, merge_id)
    assert table_digests(vault) == digests


@pytest.mark.parametrize("keep, other, message", [
    ("same", "same", "itself"),
    ("keep", "missing", "no person"),
])
def test_bad_merges_change_nothing(vault, linked, keep, other, message):
    ids = {"same": linked["keep"].id, "keep": linked["keep"].id, "missing": "00000000-0000-4000-8000-000000000000"}
    before = table_digests(vault)
    with pytest.raises((UsageError, RecordNotFound), match=message):
        _merge(vault, ids[keep], ids[other])
    assert table_digests(vault) == before


def test_a_merged_record_is_no_longer_proposed_and_not_same_is_remembered(vault, linked):
    pairs = dedupe.find(vault, "persons")
    assert {frozenset((m.a, m.b)) for m in pairs} == {frozenset((linked["keep"].id, linked["other"].id))}
    assert merges.mark_not_same(vault, "persons", linked["other"].id, linked["keep"].id)
    assert not merges.mark_not_same(vault, "persons", linked["keep"].id, linked["other"].id)
    assert dedupe.find(vault, "persons") == []
    low = {frozenset((m.a, m.b)) for m in dedupe.find(vault, "persons", min_score=0.0)}
    assert frozenset((linked["keep"].id, linked["other"].id)) not in low


def test_merging_authorities_moves_the_chain_of_command(vault):
    top = vault.authorities.add(Authority(name="Brigada 29", kind="brigade"))
    twin = vault.authorities.add(Authority(name="Brigada XXIX", kind="brigade"))
    below = vault.authorities.add(Authority(name="Batallón Pichincha", kind="battalion", superior_id=twin.id))
    official = vault.officials.add(Official(full_name="Coronel Díaz", authority_id=twin.id, position="Comandante"))
    merging.merge(vault, merging.plan(vault, "authorities", top.id, twin.id))
    assert vault.authorities.get(below.id).superior_id == top.id
    assert vault.officials.get(official.id).authority_id == top.id
    assert merges.also_known_as(vault.conn, "authorities", top.id) == ["Brigada XXIX"]


def test_merged_names_go_into_the_also_known_as_field_redaction_reads(vault, linked):
    from accompdesk.services.merging import _add_to_aka

    class WithAka:
        full_name, alias, aka = "Ana Milena Pacheco Gómez", "La profe", "Anita\nla del río"

    record = WithAka()
    _add_to_aka(record, ["Ana M. Pacheco", "anita", "Ana Milena Pacheco Gómez", "", "Pacheco, Ana"])
    assert record.aka == "Anita\nla del río\nAna M. Pacheco\nPacheco, Ana"
    if hasattr(Person(), "aka"):  # once records carry the field, the merge itself fills it
        _merge(vault, linked["keep"].id, linked["other"].id)
        assert "Ana M. Pacheco" in vault.persons.get(linked["keep"].id).aka.splitlines()


def test_a_merged_record_comes_back_only_by_undoing_the_merge(vault, linked):
    from accompdesk.domain.validation import ValidationError

    merge_id = _merge(vault, linked["keep"].id, linked["other"].id)
    digests = table_digests(vault)
    with pytest.raises(UsageError, match="merged into"):
        vault.persons.restore(linked["other"].id)
    again = Person(id=linked["other"].id, full_name="Ana M. Pacheco")
    with pytest.raises(ValidationError, match="merged into"):
        vault.persons.add_many([again])
    assert table_digests(vault) == digests
    merging.undo(vault, merge_id)
    assert vault.persons.get(linked["other"].id).full_name == "Ana M. Pacheco"
