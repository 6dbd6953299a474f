"""Restoring a backup winds this office's change log back. The numbers it issued after
the backup were sent already; after the restore they must never be issued again for
other edits, and the peers must take the bundles made after it: nothing applied twice,
nothing lost."""

from __future__ import annotations

import datetime as dt
import os

from accompdesk.domain.records import Incident
from accompdesk.services import offices
from accompdesk.vault import backup, changelog
from accompdesk.vault.restore import restore, switch
from accompdesk.vault.store import Vault

from .helpers import PASSPHRASE, carry, make_office, open_conflicts, state, trust


def _restored(vault: Vault, backup_path: str) -> Vault:
    """The office vault replaced by its backup, as `restore --in-place` does it."""
    path = vault.path
    vault.close()
    done = restore(backup_path, path + ".restored", passphrase=PASSPHRASE, user="coordinadora",
                   office_path=path)
    back, _safety = switch(done.vault, path, confirmed=True, passphrase=PASSPHRASE, user="coordinadora")
    return back


def _seqs(vault: Vault) -> list[tuple[str, int]]:
    return [tuple(r) for r in vault.conn.execute("SELECT origin, seq FROM changes ORDER BY n")]


def _offices(tmp_path):
    north, south = make_office(tmp_path, "north"), make_office(tmp_path, "south")
    trust(north, south)
    first = north.incidents.add(Incident(summary="Amenaza en la vereda", occurred_on=dt.date(2026, 3, 1),
                                         kind="threat", place="Vereda Alta", region="Cauca"))
    carry(north, south)
    folder = tmp_path / "backups"
    folder.mkdir()
    kept = backup.backup(north, str(folder))
    return north, south, first, kept


def test_bundles_made_after_a_restore_are_taken_and_nothing_is_lost(tmp_path):
    north, south, first, kept = _offices(tmp_path)
    # After the backup: an edit and a new incident, sent to south.
    record = north.incidents.get(first.id)
    record.summary = "Amenaza confirmada"
    north.incidents.save(record)
    lost = north.incidents.add(Incident(summary="Seguimiento a la lideresa", occurred_on=dt.date(2026, 3, 2),
                                        kind="surveillance", region="Cauca"))
    carry(north, south)
    before_restore = _seqs(north)

    north = _restored(north, kept)
    assert north.incidents.exists(lost.id) is False  # the backup is from before
    record = north.incidents.get(first.id)
    record.place = "Vereda Baja"
    north.incidents.save(record)
    fresh = north.incidents.add(Incident(summary="Retén ilegal", occurred_on=dt.date(2026, 3, 3),
                                         kind="detention", region="Cauca"))
    result = carry(north, south)  # refused as a replay of bundle 2 before

    me = offices.identity(north).office_id
    origin = changelog.current_origin(north.conn)
    assert origin == f"{me}.2"
    # No (origin, number) the office issued before the restore was issued again.
    after = [s for s in _seqs(north) if s[0] == origin]
    assert len(after) == 2 and not set(after) & set(before_restore)
    assert sum(result.applied.created.values()) == 1 and sum(result.applied.updated.values()) == 1
    assert result.applied.conflicts == []
    at_south = south.incidents.get(first.id)
    assert (at_south.summary, at_south.place) == ("Amenaza confirmada", "Vereda Baja")
    assert south.incidents.exists(fresh.id) and south.incidents.exists(lost.id)
    # South sends north's edits from before the restore back: north has them again.
    back = carry(south, north)
    assert sum(back.applied.created.values()) == 1
    assert north.incidents.get(first.id).summary == "Amenaza confirmada"
    assert north.incidents.exists(lost.id)
    assert state(north) == state(south)
    # Every change is in each log once, whichever way it travelled.
    for vault in (north, south):
        seqs = _seqs(vault)
        assert len(seqs) == len(set(seqs))
    assert _seqs(north) and sorted(_seqs(north)) == sorted(_seqs(south))
    # Nothing more to carry either way: a second exchange changes nothing.
    again = carry(north, south)
    assert not again.applied.created and not again.applied.updated
    names = offices.conflicts(south)
    assert names == []
    for vault in (north, south):
        vault.close()


def test_the_same_field_edited_before_and_after_a_restore_is_a_conflict_not_a_loss(tmp_path):
    north, south, first, kept = _offices(tmp_path)
    record = north.incidents.get(first.id)
    record.summary = "Antes de restaurar"
    north.incidents.save(record)
    carry(north, south)
    north = _restored(north, kept)
    record = north.incidents.get(first.id)
    record.summary = "Después de restaurar"
    north.incidents.save(record)
    result = carry(north, south)
    assert result.applied.conflicts == [("incidents", first.id, "summary")]
    carry(south, north)
    assert open_conflicts(north) == open_conflicts(south) != set()
    (conflict,) = offices.conflicts(south)
    assert {conflict.mine} | {v for _o, v in conflict.theirs} == {"Antes de restaurar", "Después de restaurar"}
    # Both values came from north: one office, before and after its restore.
    assert [o for o, _v in conflict.theirs] == ["north"]
    for vault in (north, south):
        vault.close()


def test_a_vault_never_restored_keeps_its_office_id_as_origin(tmp_path):
    north = make_office(tmp_path, "north")
    assert changelog.current_origin(north.conn) == offices.identity(north).office_id
    assert os.path.exists(north.path)
    north.close()
