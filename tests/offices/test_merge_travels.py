"""A merge travels in bundles as a change of its own: the receiving office merges the
same pair in one transaction (links moved, the other record merged into the kept one,
its names kept as also-known-as names, the narrower consent), audited; a replay
changes nothing; a merge that crosses an edit of the merged record is applied and the
edit listed as a conflict; an undo travels too. Real vaults, real bundles."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import Accompaniment, CheckInSchedule, Incident, Meeting, Organisation, Person
from accompdesk.domain.records import Authority
from accompdesk.services import merging, offices
from accompdesk.vault import audit, changelog, merges
from accompdesk.vault.verify import verify

from .helpers import carry, make_office, open_conflicts, state, trust


@pytest.fixture
def three(tmp_path):
    """north, south and east, each trusting the others; north's records reached all."""
    north, south, east = (make_office(tmp_path, n) for n in ("north", "south", "east"))
    trust(north, south)
    trust(north, east)
    trust(south, east)
    org = north.organisations.add(Organisation(name="ASOMUJER", region="Cauca"))
    keep = north.persons.add(Person(full_name="Ana Milena Pacheco Gómez", region="Cauca", consent_level="public",
                                    alias="La profe"))
    other = north.persons.add(Person(full_name="Ana M. Pacheco", organisation_id=org.id, consent_level="internal",
                                     contact="+57 300 111 2222"))
    battalion = north.authorities.add(Authority(name="Batallón Pichincha", kind="battalion"))
    alone = north.incidents.add(Incident(summary="Amenaza", occurred_on=dt.date(2025, 5, 1), kind="threat",
                                         affected_persons=[other.id]))
    both = north.incidents.add(Incident(summary="Seguimiento", occurred_on=dt.date(2025, 6, 1),
                                        kind="surveillance", affected_persons=[keep.id, other.id],
                                        affected_person_roles=["victim", "witness"]))
    meeting = north.meetings.add(Meeting(held_on=dt.date(2025, 6, 10), authority_id=battalion.id,
                                         purpose="Plantear la amenaza", persons=[other.id]))
    acc = north.accompaniments.add(Accompaniment(person_id=other.id, place="Juzgado",
                                                 starts_at=dt.datetime(2025, 7, 1, 8),
                                                 ends_at=dt.datetime(2025, 7, 1, 12)))
    schedule = north.repo("checkin_schedules").add(CheckInSchedule(person_id=other.id, at_time="18:00"))
    for dst in (south, east):
        carry(north, dst)
    ids = dict(keep=keep.id, other=other.id, alone=alone.id, both=both.id, meeting=meeting.id,
               accompaniment=acc.id, schedule=schedule.id)
    yield north, south, east, ids
    for v in (north, south, east):
        v.close()


def _merge(vault, keep_id, other_id, **take):
    plan = merging.plan(vault, "persons", keep_id, other_id, take=take or None)
    return merging.merge(vault, plan)


def _merged_here(vault, ids, merge_id):
    """Every link on the kept record, the other one merged into it, consent narrowed."""
    keep, other = ids["keep"], ids["other"]
    row = vault.conn.execute("SELECT merged_into, deleted_at IS NOT NULL FROM persons WHERE id = ?",
                             (other,)).fetchone()
    assert tuple(row) == (keep, 1)
    assert vault.incidents.get(ids["alone"]).affected_persons == [keep]
    assert vault.incidents.get(ids["both"]).affected_persons == [keep]
    assert vault.meetings.get(ids["meeting"]).persons == [keep]
    assert vault.accompaniments.get(ids["accompaniment"]).person_id == keep
    assert vault.repo("checkin_schedules").get(ids["schedule"]).person_id == keep
    kept = vault.persons.get(keep)
    assert kept.consent_level == "internal"  # the narrower of public and internal
    assert "Ana M. Pacheco" in kept.aka.splitlines()
    assert "Ana M. Pacheco" in merges.also_known_as(vault.conn, "persons", keep)
    (merge,) = merges.merges(vault.conn, "persons", keep)
    assert merge["id"] == merge_id and merge["merged_id"] == other and not merge["undone_at"]
    entries = [e for e in audit.entries(vault.conn, action="merge") if e.detail.startswith(f"merge {merge_id}:")]
    assert entries, "the merge is audited where it is applied"
    assert [c for c in verify(vault) if not c.ok] == []


def test_the_receiving_office_merges_the_same_pair_with_its_own_links_too(three):
    north, south, east, ids = three
    # South links the other record before the merge reaches it: that link moves too.
    late = south.incidents.add(Incident(summary="Retén", occurred_on=dt.date(2025, 8, 1), kind="detention",
                                        affected_persons=[ids["other"]]))
    merge_id = _merge(north, ids["keep"], ids["other"])
    result = carry(north, south)
    assert result.applied.merged == {"persons": 1}
    assert result.applied.conflicts == []
    _merged_here(south, ids, merge_id)
    assert south.incidents.get(late.id).affected_persons == [ids["keep"]]
    # North receives south's incident, made before south had the merge: it lands on the kept record.
    back = carry(south, north)
    assert back.applied.created == {"incidents": 1}
    assert north.incidents.get(late.id).affected_persons == [ids["keep"]]
    _merged_here(north, ids, merge_id)
    assert state(north) == state(south)


def test_a_replayed_or_relayed_merge_changes_nothing(three):
    north, south, east, ids = three
    merge_id = _merge(north, ids["keep"], ids["other"])
    out = offices.make_bundle(north, "south")
    offices.receive(south, out.data)
    carry(north, east)
    before = {name: south.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
              for name in ("changes", "merges", "audit_log", "also_known_as")}
    with pytest.raises(offices.BundleRejected):
        offices.receive(south, out.data)  # the same bundle twice
    # South relays north's merge to east, which has it already from north.
    relayed = carry(south, east)
    assert relayed.applied.merged == {} and relayed.applied.created == {} and relayed.applied.updated == {}
    again = carry(east, south)
    assert again.applied.merged == {} and again.applied.updated == {}
    after = {name: south.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
             for name in ("changes", "merges", "also_known_as")}
    assert after == {k: v for k, v in before.items() if k != "audit_log"}
    for v in (south, east):
        _merged_here(v, ids, merge_id)
        assert len(merges.merges(v.conn, "persons")) == 1
    assert state(north) == state(south) == state(east)


def test_two_offices_merging_the_same_pair_merge_it_once(three):
    north, south, east, ids = three
    first = _merge(north, ids["keep"], ids["other"])
    _merge(south, ids["keep"], ids["other"])
    carry(north, south)
    carry(south, north)
    for v in (north, south):
        assert v.conn.execute("SELECT merged_into FROM persons WHERE id = ?", (ids["other"],)).fetchone()[0] \
            == ids["keep"]
        assert v.incidents.get(ids["alone"]).affected_persons == [ids["keep"]]
    assert open_conflicts(north) == open_conflicts(south) == set()
    assert [m["id"] for m in merges.merges(north.conn, "persons")] == [first]
    assert state(north) == state(south)


def test_a_merge_crossing_an_edit_of_the_merged_record_is_applied_and_the_edit_is_a_conflict(three):
    north, south, east, ids = three
    record = south.persons.get(ids["other"])
    record.contact = "+57 310 999 0000"  # south learns a new number for "Ana M. Pacheco"
    south.persons.save(record)
    merge_id = _merge(north, ids["keep"], ids["other"])
    at_south = carry(north, south)
    at_north = carry(south, north)
    assert at_south.applied.merged == {"persons": 1}
    assert ("persons", ids["other"], changelog.LIVE) in at_south.applied.conflicts
    assert ("persons", ids["other"], changelog.LIVE) in at_north.applied.conflicts
    for v in (north, south):
        _merged_here(v, ids, merge_id)
        # The edit is not lost: it stays on the merged record, and the conflict says so.
        assert v.persons.get(ids["other"], include_deleted=True).contact == "+57 310 999 0000"
        (conflict,) = offices.conflicts(v)
        assert (conflict.record_id, conflict.field, conflict.mine) == (ids["other"], changelog.LIVE, "deleted")
    assert open_conflicts(north) == open_conflicts(south)
    assert state(north) == state(south)


def test_an_undone_merge_is_undone_at_the_other_offices(three):
    north, south, east, ids = three
    merge_id = _merge(north, ids["keep"], ids["other"])
    carry(north, south)
    before_undo = state(south)
    merging.undo(north, merge_id)
    result = carry(north, south)
    assert result.applied.merged == {"persons": 1} and result.applied.conflicts == []
    for v in (north, south):
        assert v.conn.execute("SELECT merged_into, deleted_at FROM persons WHERE id = ?",
                              (ids["other"],)).fetchone() == (None, None)
        assert v.incidents.get(ids["alone"]).affected_persons == [ids["other"]]
        assert v.incidents.get(ids["both"]).affected_persons == [ids["keep"], ids["other"]]
        assert v.accompaniments.get(ids["accompaniment"]).person_id == ids["other"]
        assert v.persons.get(ids["keep"]).consent_level == "public"
        assert merges.merges(v.conn, "persons")[0]["undone_at"]
        assert [c for c in verify(v) if not c.ok] == []
    assert state(north) == state(south) != before_undo
    # Undoing again is refused here, and a replay of the undo changes nothing there.
    again = carry(north, south)
    assert again.applied.merged == {}


def test_a_merge_and_its_undo_travel_from_the_command_line(three, tmp_path, capsys, monkeypatch):
    import re

    from accompdesk import cli
    from accompdesk.vault.store import Vault

    from .helpers import PASSPHRASE

    north, south, east, ids = three
    paths = {"north": north.path, "south": south.path}
    north.close()
    south.close()
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)

    def run(*args):
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    out = run("--vault", paths["north"], "merge", "persons", ids["keep"], ids["other"])
    merge_id = re.search(r"merge undo (\S+)", out).group(1)
    run("--vault", paths["north"], "send", "south", "-o", tmp_path / "1.adx")
    out = run("--vault", paths["south"], "receive", tmp_path / "1.adx", "--dry-run")
    assert "persons: 0 new, 1 updated, 0 deleted, 1 merge(s) made or undone as the sender did" in out
    run("--vault", paths["south"], "receive", tmp_path / "1.adx")
    assert f"{merge_id}" in run("--vault", paths["south"], "merge", "history", "persons", ids["keep"])
    run("--vault", paths["north"], "merge", "undo", merge_id)
    run("--vault", paths["north"], "send", "south", "-o", tmp_path / "2.adx")
    run("--vault", paths["south"], "receive", tmp_path / "2.adx")
    run("--vault", paths["south"], "verify")
    with Vault.open(paths["south"], passphrase=PASSPHRASE, user="coordinadora") as v:
        assert v.conn.execute("SELECT merged_into FROM persons WHERE id = ?", (ids["other"],)).fetchone()[0] is None
        assert v.incidents.get(ids["alone"]).affected_persons == [ids["other"]]
        assert merges.merges(v.conn, "persons")[0]["undone_at"]


def test_undoing_a_pair_both_offices_merged_undoes_it_at_both(three):
    north, south, east, ids = three
    first = _merge(north, ids["keep"], ids["other"])
    _merge(south, ids["keep"], ids["other"])
    carry(north, south)
    carry(south, north)
    merging.undo(north, first)
    carry(north, south)
    carry(south, north)
    for v in (north, south):
        assert v.conn.execute("SELECT merged_into, deleted_at FROM persons WHERE id = ?",
                              (ids["other"],)).fetchone() == (None, None)
        assert all(m["undone_at"] for m in merges.merges(v.conn, "persons"))
        assert v.incidents.get(ids["alone"]).affected_persons == [ids["other"]]
    assert state(north) == state(south)
    assert open_conflicts(north) == open_conflicts(south) == set()
