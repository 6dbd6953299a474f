"""Every backup carries the audit head in its manifest (its sealed key-slot file), so a
backup whose log was cut or rewritten is refused by restore; a vault written before the
chain had a key is re-chained at open and verifies."""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import contextmanager

import pytest
import sqlcipher3

from accompdesk.domain.records import Person
from accompdesk.vault import audit
from accompdesk.vault.backup import backup
from accompdesk.vault.errors import VaultDamaged
from accompdesk.vault.keyslots import SlotFile, seal_problem
from accompdesk.vault.restore import restore
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from ..conftest import PASSPHRASE


@contextmanager
def raw(path: str, recovery: str):
    """The vault as any SQLCipher 4 tool opens it with the recovery key (closed after)."""
    conn = sqlcipher3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{recovery.replace(' ', '')}'\"")
        yield conn
    finally:
        conn.close()


@pytest.fixture
def backed_up(new_vault, vault_path, tmp_path):
    vault, recovery = new_vault
    for name in ("Uno", "Dos", "Tres"):
        vault.persons.add(Person(full_name=name))
    folder = tmp_path / "backups"
    folder.mkdir()
    target = backup(vault, str(folder))
    return vault, recovery, target


def test_the_backup_manifest_holds_the_backups_own_head_sealed(backed_up):
    vault, recovery, target = backed_up
    manifest = SlotFile.load(target + ".keys")
    assert seal_problem(manifest, vault.raw_key) is None
    with raw(target, recovery) as conn:
        count, last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert manifest.audit_head == {"count": count, "hash": last}
    # The vault went on (its backup entry): the backup's head is its own, not the vault's.
    assert audit.head(vault.conn)[0] > count


def test_a_backup_restores_and_verifies(backed_up, tmp_path):
    _vault, _recovery, target = backed_up
    done = restore(target, str(tmp_path / "restored.vault"), passphrase=PASSPHRASE)
    with done.vault:
        assert all(c.ok for c in done.checks)
        assert done.vault.persons.count() == 3


@pytest.mark.parametrize("cut", ["tail", "rewritten"])
def test_a_backup_whose_log_was_cut_or_rewritten_is_refused_by_restore(backed_up, tmp_path, cut):
    _vault, recovery, target = backed_up
    with raw(target, recovery) as conn:
        if cut == "tail":
            conn.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
        else:
            conn.execute("UPDATE audit_log SET hash = ? WHERE seq = (SELECT max(seq) FROM audit_log)",
                         (hashlib.sha256(b"x").hexdigest(),))
    dest = tmp_path / "restored.vault"
    with pytest.raises(VaultDamaged, match="audit"):
        restore(target, str(dest), passphrase=PASSPHRASE)
    assert not os.path.exists(dest)


# -- vaults from before the keyed chain -------------------------------------------------------

def _make_legacy(path: str, recovery: str, *, break_at: int | None = None) -> int:
    """Turn a vault into what the previous version wrote: plain SHA-256 chain, no meta row,
    slot file without a seal; optionally with entry `break_at` altered as it was then."""
    with raw(path, recovery) as conn:
        rows = conn.execute("SELECT seq, at, user, action, record_table, record_id, before_digest, "
                            "after_digest, detail FROM audit_log ORDER BY seq").fetchall()
        prev = "0" * 64
        for row in rows:
            body = json.dumps([*row, prev], ensure_ascii=False, separators=(",", ":"))
            digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ?, fields = '' WHERE seq = ?",
                         (prev, digest, row[0]))
            prev = digest
        if break_at is not None:
            conn.execute("UPDATE audit_log SET user = 'mallory' WHERE seq = ?", (break_at,))
        conn.execute("DELETE FROM meta WHERE key = 'audit_chain'")
    data = json.loads(open(path + ".keys", encoding="utf-8").read())
    for key in ("mac", "audit_head", "vault_salt"):
        data.pop(key, None)
    with open(path + ".keys", "w", encoding="utf-8") as fh:
        json.dump(data, fh)
    return len(rows)


def test_a_vault_from_before_the_keyed_chain_is_rechained_and_verifies(new_vault, vault_path):
    vault, recovery = new_vault
    person = vault.persons.add(Person(full_name="Antigua"))
    vault.close()
    entries = _make_legacy(vault_path, recovery)
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        checks = verify(again)
        assert all(c.ok for c in checks), checks
        assert again.verify_audit() == (True, f"{entries} audit entries, chain intact")
        assert again.persons.get(person.id).full_name == "Antigua"
    slots = SlotFile.load(vault_path + ".keys")
    assert slots.mac and slots.audit_head["count"] == entries


def test_an_old_vault_with_an_altered_entry_still_names_it_after_the_upgrade(new_vault, vault_path):
    vault, recovery = new_vault
    for name in ("Uno", "Dos", "Tres"):
        vault.persons.add(Person(full_name=name))
    vault.close()
    _make_legacy(vault_path, recovery, break_at=3)
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        ok, message = again.verify_audit()
    assert not ok
    assert message.startswith("audit entry 3 ")
