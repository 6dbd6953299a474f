"""The sealed slot file under the vault lock: the head written after each commit takes
turns through the slot file's own lock, and the slot files that rekey and slot changes
write are sealed for their database from the first byte, so no crash point leaves one
that `verify` would call unsealed (the crash-point matrix checks that at every point)."""

from __future__ import annotations

import pytest

from accompdesk.domain.records import Person
from accompdesk.vault import audit, journal
from accompdesk.vault.keyslots import (FAST_KDF, SlotFile, database_salt, parse_recovery_key,
                                       seal_problem)
from accompdesk.vault.locking import ENV_TIMEOUT, slot_file_lock
from accompdesk.vault.rekey import rekey
from accompdesk.vault.staff import add_staff, change_passphrase, remove_staff
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from ..conftest import PASSPHRASE


def _head(vault) -> dict:
    count, last = audit.head(vault.conn)
    return {"count": count, "hash": last}


def test_the_head_is_written_only_by_the_holder_of_the_slot_file_lock(vault, monkeypatch):
    vault.persons.add(Person(full_name="Antes"))
    before = SlotFile.load(vault.keys_path).audit_head
    assert before == _head(vault)
    monkeypatch.setenv(ENV_TIMEOUT, "0")  # a resealer that finds it held gives up at once
    with slot_file_lock(vault.keys_path):
        vault.persons.add(Person(full_name="Durante"))
        assert SlotFile.load(vault.keys_path).audit_head == before
    # The commit stood; the head catches up at the next one, and verify was never wrong.
    assert all(c.ok for c in verify(vault))
    vault.persons.add(Person(full_name="Después"))
    assert SlotFile.load(vault.keys_path).audit_head == _head(vault)
    assert vault.persons.count() == 3


def test_a_held_vault_lock_does_not_stop_a_writer_resealing(vault, vault_path):
    """An ordinary writer holds the vault's shared side; the slot file lock is another
    file, so taking it never waits for the vault lock (no deadlock with a reader)."""
    other = Vault.open(vault_path, passphrase=PASSPHRASE)
    try:
        vault.persons.add(Person(full_name="Una"))
        other.persons.add(Person(full_name="Otra"))
        assert SlotFile.load(vault.keys_path).audit_head == _head(other)
    finally:
        other.close()
    assert all(c.ok for c in verify(vault))


@pytest.mark.parametrize("drop", [None, "beatriz"])
def test_rekey_writes_its_pending_slot_file_sealed_for_the_new_file(vault, drop):
    add_staff(vault, "beatriz", "beatriz passphrase", kdf=FAST_KDF)
    vault.persons.add(Person(full_name="Persona"))
    seen = []

    def before_swap(recovery):
        key = parse_recovery_key(recovery)
        pending = SlotFile.load(journal.pending_keys(vault.path))
        seen.append((seal_problem(pending, key), pending.vault_salt,
                     database_salt(journal.pending_db(vault.path)), pending.audit_head,
                     audit.file_head(journal.pending_db(vault.path), key)))

    if drop:
        remove_staff(vault, drop, before_swap=before_swap)
    else:
        rekey(vault, before_swap=before_swap)
    (problem, salt, pending_salt, head, pending_head), = seen
    assert problem is None
    assert salt == pending_salt and salt
    assert (head["count"], head["hash"]) == pending_head
    assert all(c.ok for c in verify(vault))


@pytest.mark.parametrize("change", ["add", "passwd"])
def test_slot_changes_save_the_slot_file_sealed(vault, change, monkeypatch):
    """The slot file is written inside the change's transaction; a crash before the
    commit's reseal must still find it sealed (with a head that only trails the log)."""
    written = []
    real_save = SlotFile.save

    def save(self):
        real_save(self)
        written.append(SlotFile.load(self.path))

    monkeypatch.setattr(SlotFile, "save", save)
    if change == "add":
        add_staff(vault, "nueva", "nueva passphrase", kdf=FAST_KDF)
    else:
        change_passphrase(vault, vault.user, "otra clave bastante larga", kdf=FAST_KDF,
                          old_passphrase=PASSPHRASE)
    assert written
    for slots in written:
        assert seal_problem(slots, vault.raw_key) is None
        assert slots.audit_head["count"] <= audit.head(vault.conn)[0]
