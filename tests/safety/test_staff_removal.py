"""Removing a staff member rekeys: a copy of their old slot opens nothing current."""

from __future__ import annotations

import json

import pytest

from accompdesk.vault import staff
from accompdesk.vault.errors import NoKey
from accompdesk.vault.keyslots import FAST_KDF, SlotFile
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE


def test_removed_members_old_slot_no_longer_opens_the_vault(vault, vault_path):
    staff.add_staff(vault, "saliente", "saliente passphrase", "staff", kdf=FAST_KDF)
    old_slot_file = open(vault_path + ".keys", "rb").read()
    old_key = vault.raw_key
    recovery = staff.remove_staff(vault, "saliente")
    assert vault.raw_key != old_key
    assert recovery.replace(" ", "") == vault.raw_key.hex()
    assert [m.name for m in staff.list_staff(vault) if m.has_slot] == ["coordinadora"]
    vault.close()
    with pytest.raises(NoKey):
        Vault.open(vault_path, passphrase="saliente passphrase", user="saliente")
    # Their copy of the old slot file still unwraps the old key, which opens nothing now.
    copied = str(vault_path) + ".copied"
    with open(copied + ".keys", "wb") as fh:
        fh.write(old_slot_file)
    _user, key = SlotFile.load(copied + ".keys").unlock("saliente passphrase", "saliente")
    assert key == old_key
    with pytest.raises(NoKey):
        Vault.open(vault_path, recovery_key=key.hex())
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.user == "coordinadora"
        assert any(e.action == "rekey" and "saliente" in e.detail for e in again.audit_entries())


def test_slot_file_names_no_one_removed(vault, vault_path):
    staff.add_staff(vault, "saliente", "saliente passphrase", "staff", kdf=FAST_KDF)
    staff.remove_staff(vault, "saliente")
    data = json.loads(open(vault_path + ".keys", encoding="utf-8").read())
    assert [s["user"] for s in data["slots"]] == ["coordinadora"]
