"""Backups restored into a new place, verified, and switched to only with confirmation."""

from __future__ import annotations

import os

import pytest

from accompdesk.vault import restore
from accompdesk.vault.backup import backup
from accompdesk.vault.errors import UsageError, VaultDamaged
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE
from ..factories import fill_every_type

RECORD_TABLES = ("persons", "organisations", "incidents", "authorities", "officials", "meetings",
                 "commitments", "volunteers", "accompaniments", "checkins", "alerts", "attachments",
                 "attachment_blobs")


def _bytes(path):
    with open(path, "rb") as fh:
        return fh.read()


def test_round_trip_keeps_every_record(vault, tmp_path):
    fill_every_type(vault)
    before = restore.table_digests(vault.conn)
    copy = backup(vault, str(tmp_path))
    backup_bytes = _bytes(copy)
    done = restore.restore(copy, str(tmp_path / "elsewhere.vault"), passphrase=PASSPHRASE)
    try:
        assert all(c.ok for c in done.checks)
        for table in RECORD_TABLES:
            assert done.digests[table] == before[table], table
        assert done.counts["persons"] == vault.persons.count()
    finally:
        done.vault.close()
    assert _bytes(copy) == backup_bytes  # the backup was never opened in place


def test_restore_never_overwrites(vault, tmp_path):
    copy = backup(vault, str(tmp_path))
    with pytest.raises(UsageError):
        restore.restore(copy, vault.path, passphrase=PASSPHRASE)
    with pytest.raises(UsageError):
        restore.restore(copy, copy, passphrase=PASSPHRASE)


def test_a_damaged_backup_is_refused_and_its_copy_removed(vault, tmp_path):
    copy = backup(vault, str(tmp_path))
    with open(copy, "r+b") as fh:
        fh.seek(5000)
        fh.write(b"\x00" * 64)
    target = str(tmp_path / "bad.vault")
    with pytest.raises(VaultDamaged):
        restore.restore(copy, target, passphrase=PASSPHRASE)
    assert not os.path.exists(target) and not os.path.exists(target + ".keys")


def test_switch_needs_confirmation_and_keeps_a_safety_copy(vault, vault_path, tmp_path):
    from accompdesk.domain.records import Person

    vault.persons.add(Person(full_name="En la copia"))
    copy = backup(vault, str(tmp_path))
    vault.persons.add(Person(full_name="Sólo en la actual"))
    vault.close()
    current = _bytes(vault_path)
    done = restore.restore(copy, str(tmp_path / "restored.vault"), passphrase=PASSPHRASE)
    with pytest.raises(UsageError):
        restore.switch(done.vault, vault_path, confirmed=False, passphrase=PASSPHRASE)
    assert _bytes(vault_path) == current
    switched, safety = restore.switch(done.vault, vault_path, confirmed=True, passphrase=PASSPHRASE)
    try:
        assert switched.path == os.path.abspath(vault_path)
        assert [p.full_name for p in switched.persons.list()] == ["En la copia"]
    finally:
        switched.close()
    assert _bytes(safety) == current and os.path.exists(safety + ".keys")
    with Vault.open(safety, passphrase=PASSPHRASE) as kept:
        assert kept.persons.count() == 2


def test_latest_backup_is_the_newest(vault, tmp_path):
    folder = tmp_path / "drive"
    folder.mkdir()
    first = backup(vault, str(folder / "a.vault"))
    second = backup(vault, str(folder / "b.vault"))
    os.utime(first, (1, 1))
    assert restore.latest_backup([str(folder), first]) == second
    assert restore.find_backups(str(folder)) == [second, first]
    assert restore.staff_in(second) == ["coordinadora"]
