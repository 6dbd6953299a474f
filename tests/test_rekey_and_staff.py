"""Rekeying, staff slots, backups: the key changes and nobody is locked out by accident."""

from __future__ import annotations

import os
import shutil

import pytest

from accompdesk.domain.records import Person
from accompdesk.vault import journal
from accompdesk.vault import rekey as rekey_module
from accompdesk.vault.backup import backup
from accompdesk.vault.errors import NoKey, UsageError, WrongPassphrase
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.staff import add_staff, change_passphrase, list_staff, remove_staff
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from .conftest import PASSPHRASE


def test_rekey_changes_the_key_and_keeps_every_slot(new_vault, vault_path):
    vault, old_recovery = new_vault
    add_staff(vault, "beatriz", "beatriz passphrase", kdf=FAST_KDF)
    vault.persons.add(Person(full_name="Persona"))
    new_recovery = rekey_module.rekey(vault)
    assert new_recovery != old_recovery
    vault.close()
    with pytest.raises(NoKey):
        Vault.open(vault_path, recovery_key=old_recovery)
    os.unlink(vault_path + ".attempts")  # that wrong key would make the next try wait
    with Vault.open(vault_path, recovery_key=new_recovery) as v:
        assert v.persons.count() == 1
    with Vault.open(vault_path, passphrase="beatriz passphrase") as v:
        assert v.user == "beatriz" and all(c.ok for c in verify(v))
    assert not os.path.exists(vault_path + ".rekey")
    assert not os.path.exists(vault_path + ".keys.rekey")


def test_removed_member_old_slot_no_longer_opens_the_vault(vault, vault_path):
    add_staff(vault, "saliente", "saliente passphrase", kdf=FAST_KDF)
    stolen_slot_file = vault_path + ".stolen"
    shutil.copy(vault_path + ".keys", stolen_slot_file)
    remove_staff(vault, "saliente")
    assert [m.name for m in list_staff(vault)] == ["coordinadora"]
    vault.close()
    with pytest.raises(NoKey):
        Vault.open(vault_path, passphrase="saliente passphrase", user="saliente")
    # Their copy of the old slot file still unwraps the old key, which opens nothing now:
    # a key that does not open this vault (exit 3), not a damaged vault.
    shutil.copy(stolen_slot_file, vault_path + ".keys")
    with pytest.raises(NoKey, match="does not open the current vault"):
        Vault.open(vault_path, passphrase="saliente passphrase", user="saliente")


def test_cannot_remove_yourself(vault):
    with pytest.raises(UsageError):
        remove_staff(vault, "coordinadora")


def test_change_own_passphrase_needs_the_old_one(vault, vault_path):
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault, "coordinadora", "new passphrase 123", old_passphrase="not it at all",
                          kdf=FAST_KDF)
    change_passphrase(vault, "coordinadora", "new passphrase 123", old_passphrase=PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, passphrase=PASSPHRASE)
    os.unlink(vault_path + ".attempts")  # that wrong try would make the next one wait
    Vault.open(vault_path, passphrase="new passphrase 123").close()


def test_rekey_interrupted_before_the_swap_leaves_the_old_key(vault, vault_path, monkeypatch):
    vault.persons.add(Person(full_name="Antes"))

    def die_before_deciding(path):
        raise SystemExit("power cut")

    monkeypatch.setattr(journal, "decide_rekey", die_before_deciding)
    with pytest.raises(SystemExit):
        rekey_module.rekey(vault)
    monkeypatch.undo()
    vault.close()
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.persons.count() == 1
    assert not os.path.exists(vault_path + ".keys.rekey")


def test_rekey_interrupted_between_the_two_renames_finishes_at_next_unlock(new_vault, vault_path, monkeypatch):
    vault, old_recovery = new_vault
    vault.persons.add(Person(full_name="Durante"))
    real_rename = journal.atomic_rename
    calls = []

    def die_on_second_rename(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise SystemExit("power cut")
        real_rename(src, dst)

    monkeypatch.setattr(journal, "atomic_rename", die_on_second_rename)
    with pytest.raises(SystemExit):
        rekey_module.rekey(vault)
    monkeypatch.undo()
    vault.close()
    # The database now wants the new key, the slot file still wraps the old one.
    with pytest.raises(NoKey):
        Vault.open(vault_path, recovery_key=old_recovery)
    os.unlink(vault_path + ".attempts")
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.persons.count() == 1
    assert not os.path.exists(vault_path + ".keys.rekey")
    Vault.open(vault_path, passphrase=PASSPHRASE).close()


def test_backup_is_a_verified_copy_that_opens(vault, tmp_path):
    vault.persons.add(Person(full_name="Respaldada"))
    dest = tmp_path / "usb"
    dest.mkdir()
    target = backup(vault, str(dest))
    assert os.path.exists(target) and os.path.exists(target + ".keys")
    assert not [n for n in os.listdir(dest) if n.endswith(".partial")]
    with Vault.open(target, passphrase=PASSPHRASE) as copy:
        assert [p.full_name for p in copy.persons.list()] == ["Respaldada"]
        assert all(c.ok for c in verify(copy))
    assert [e.action for e in vault.audit_entries()][-2:] == ["backup", "settings"]
    from accompdesk.vault import settings
    assert settings.load(vault).last_backup_path == target


def test_backup_refuses_to_overwrite(vault, tmp_path):
    target = backup(vault, str(tmp_path / "b.vault"))
    with pytest.raises(UsageError):
        backup(vault, target)
