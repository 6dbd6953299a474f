"""The crash-point matrix: every whole-vault operation, killed at each of its file
operations (and at sampled points inside SQLite's work), leaves a vault that opens
with exactly one key, verifies, holds the records it held (or those plus what was
being added), and opens with a recovery key the office holds.
"""

from __future__ import annotations

import glob
import os
import shutil
import sys

import pytest

from accompdesk.domain.records import Person
from accompdesk.vault import journal
from accompdesk.vault.backup import backup
from accompdesk.vault.connection import connect
from accompdesk.vault.errors import VaultDamaged, WrongPassphrase
from accompdesk.vault.keyslots import (FAST_KDF, SlotFile, database_salt, format_recovery_key,
                                       parse_recovery_key, seal_problem)
from accompdesk.vault.locking import vault_lock
from accompdesk.vault.rekey import rekey
from accompdesk.vault.restore import restore, switch
from accompdesk.vault.staff import add_staff, change_passphrase, remove_staff
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from ..conftest import PASSPHRASE
from . import crashes
from .conftest import TRIED

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the crashes are forked children")

PASSPHRASES = {"coordinadora": [PASSPHRASE], "beatriz": ["beatriz passphrase", "beatriz otra clave"],
               "saliente": ["saliente passphrase"], "nueva": ["nueva passphrase"]}
PERSONS = 5
IN_BACKUP = 3
IMPORTED = 300
SQLITE_SAMPLES = 5


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A vault with three staff members, five persons and a backup holding three of them."""
    root = tmp_path_factory.mktemp("template")
    path = str(root / "office" / "office.vault")
    vault, recovery = Vault.create(path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        add_staff(vault, "beatriz", "beatriz passphrase", kdf=FAST_KDF)
        add_staff(vault, "saliente", "saliente passphrase", kdf=FAST_KDF)
        for i in range(IN_BACKUP):
            vault.persons.add(Person(full_name=f"Persona {i}"))
        os.makedirs(root / "usb")
        saved = backup(vault, str(root / "usb" / "copy.vault"))
        for i in range(IN_BACKUP, PERSONS):
            vault.persons.add(Person(full_name=f"Persona {i}"))
    with open(root / "persons.csv", "w", encoding="utf-8") as fh:
        fh.write("id,full_name\n")
        for i in range(IMPORTED):
            fh.write(f",Importada {i}\n")
    return {"root": str(root), "recovery": recovery, "backup": saved}


class Case:
    def __init__(self, template, where):
        shutil.copytree(template["root"], where)
        self.root = str(where)
        self.path = os.path.join(self.root, "office", "office.vault")
        self.folder = os.path.join(self.root, "office")
        self.usb = os.path.join(self.root, "usb")
        self.backup = os.path.join(self.usb, "copy.vault")
        self.csv = os.path.join(self.root, "persons.csv")
        self.recovery = template["recovery"]

    def open(self, **kwargs):
        return Vault.open(self.path, passphrase=PASSPHRASE, **kwargs)


# -- the operations, as the command line and the window run them ---------------------------

def op_rekey(case):
    def run(tell):
        with case.open(exclusive=True) as vault:
            rekey(vault, before_swap=lambda key: tell(f"recovery {key}"))
    return run


def op_user_remove(case):
    def run(tell):
        with case.open(exclusive=True) as vault:
            remove_staff(vault, "saliente", before_swap=lambda key: tell(f"recovery {key}"))
    return run


def op_user_add(case):
    def run(tell):
        with case.open(exclusive=True) as vault:
            add_staff(vault, "nueva", "nueva passphrase", kdf=FAST_KDF)
    return run


def op_user_passwd(case):
    def run(tell):
        with case.open(exclusive=True) as vault:
            change_passphrase(vault, "beatriz", "beatriz otra clave", kdf=FAST_KDF)
    return run


def op_backup(case):
    def run(tell):
        with case.open() as vault:
            backup(vault, case.usb)
    return run


def op_restore(case):
    def run(tell):
        done = restore(case.backup, os.path.join(case.folder, "restored.vault"), passphrase=PASSPHRASE,
                       office_path=case.path)
        done.vault.close()
    return run


def op_restore_in_place(case):
    def run(tell):
        done = restore(case.backup, os.path.join(case.folder, "restored.vault"), passphrase=PASSPHRASE,
                       office_path=case.path)
        vault, _safety = switch(done.vault, case.path, confirmed=True, passphrase=PASSPHRASE)
        vault.close()
    return run


def op_import(case):
    def run(tell):
        from accompdesk import cli

        os.environ["ACCOMPDESK_PASSPHRASE"] = PASSPHRASE
        code = cli.main(["--vault", case.path, "import", "persons", case.csv])
        if code != 0:
            raise SystemExit(code)
    return run


OPERATIONS = {"rekey": op_rekey, "user remove": op_user_remove, "user add": op_user_add,
              "user passwd": op_user_passwd, "backup": op_backup, "restore": op_restore,
              "restore in place": op_restore_in_place, "import": op_import}


# -- what must hold after any crash -------------------------------------------------------

def _opens(path, raw_key) -> bool:
    try:
        connect(path, raw_key).close()
        return True
    except VaultDamaged:
        return False


def _slot_keys(case) -> dict[str, bytes]:
    """The raw key each staff member's slot unwraps, with whichever of their passphrases works."""
    keys = {}
    for slot in SlotFile.load(case.path + ".keys").slots:
        opened = []
        for passphrase in PASSPHRASES[slot.user]:
            try:
                opened.append(slot.unlock(passphrase))
            except WrongPassphrase:
                pass
        assert len(opened) == 1, f"{slot.user}: {len(opened)} passphrases open the slot"
        keys[slot.user] = opened[0]
    return keys


def _check_sealed_before_open(case):
    """What a crash left, put right as an open would (no key needed), before any open
    could seal it again: the slot file in place is sealed for the database beside it."""
    with vault_lock(case.path):
        journal.recover(case.path)
    keys = set(_slot_keys(case).values())
    assert len(keys) == 1
    key = keys.pop()
    slots = SlotFile.load(case.path + ".keys")
    assert seal_problem(slots, key) is None, "a crash left the slot file without its seal"
    assert slots.vault_salt == database_salt(case.path)
    assert slots.audit_head is not None


def check_after_crash(name, case, outcome):
    _check_sealed_before_open(case)
    # Opening puts right whatever the crash left half-done; no key is needed for that.
    with case.open() as vault:
        key = vault.raw_key
        checks = verify(vault)
        assert all(c.ok for c in checks), [c for c in checks if not c.ok]
        persons = vault.persons.count()
        actions = [(e.action, e.detail) for e in vault.audit_entries()]
        users = {u.name for u in vault.users.list()}
    assert not journal.pending(case.path)
    assert not glob.glob(os.path.join(case.folder, ".office.vault*.tmp-*"))
    # Exactly one key: every slot unwraps it, and it is one the office holds.
    slot_keys = _slot_keys(case)
    assert set(slot_keys.values()) == {key}
    held = [case.recovery, *outcome.printed_keys]
    assert format_recovery_key(key) in held, "the office holds no recovery key that opens the vault"
    for other in held:
        assert _opens(case.path, parse_recovery_key(other)) == (parse_recovery_key(other) == key)
    with Vault.open(case.path, recovery_key=format_recovery_key(key)) as by_recovery:
        assert by_recovery.persons.count() == persons

    rekeyed = key != parse_recovery_key(case.recovery)
    if name in ("rekey", "user remove"):
        # The new database carries its own rekey entry; the old one never had it.
        assert (("rekey", "removed saliente" if name == "user remove" else "") in actions) == rekeyed
        if name == "user remove":
            assert ("saliente" in slot_keys) == (not rekeyed)
            assert ("saliente" in users) == (not rekeyed)
    else:
        assert not rekeyed
    if name == "import":
        assert persons in (PERSONS, PERSONS + IMPORTED)
    elif name == "restore in place":
        assert persons in (PERSONS, IN_BACKUP)
        if persons == IN_BACKUP:  # switched: the office vault was kept beside it
            kept = glob.glob(os.path.join(case.folder, "office-before-restore-*.vault"))
            assert len(kept) == 1
            with Vault.open(kept[0], passphrase=PASSPHRASE) as old:
                assert old.persons.count() == PERSONS
    else:
        assert persons == PERSONS
    if name == "user add" and "nueva" in slot_keys:
        assert slot_keys["nueva"] == key
    if name == "backup":
        _check_backups(case)
    if name in ("restore", "restore in place"):
        _check_restore_again(case)


def _check_backups(case):
    """What a crashed backup left is whole or is cleared by the next backup."""
    for target in glob.glob(os.path.join(case.usb, "office-backup-*.vault")):
        with Vault.open(target, passphrase=PASSPHRASE) as copy:
            assert all(c.ok for c in verify(copy))
            assert copy.persons.count() == PERSONS
    with case.open() as vault:
        backup(vault, os.path.join(case.usb, "again.vault"))
    leftovers = [n for n in os.listdir(case.usb) if ".partial" in n or ".tmp-" in n
                 or (n.endswith(".keys") and not os.path.exists(os.path.join(case.usb, n[:-5])))]
    assert leftovers == []


def _check_restore_again(case):
    """A restore cut short does not stand in the way of the next one."""
    dest = os.path.join(case.folder, "restored.vault")
    if os.path.exists(dest) and os.path.exists(dest + ".keys"):
        with Vault.open(dest, passphrase=PASSPHRASE) as copy:
            assert all(c.ok for c in verify(copy))
    else:
        done = restore(case.backup, dest, passphrase=PASSPHRASE, office_path=case.path)
        with done.vault:
            assert done.vault.persons.count() == IN_BACKUP
    assert not [n for n in os.listdir(case.folder) if ".tmp-" in n or ".partial" in n]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_crash_point_leaves_one_key_and_every_record(name, template, tmp_path):
    clean = Case(template, tmp_path / "clean")
    whole = crashes.run(OPERATIONS[name](clean), kind="file")
    assert whole.status == 0, whole.error
    total = whole.ops  # an import's writes are all SQLite's: it makes no file operation of ours
    sqlite = crashes.run(OPERATIONS[name](Case(template, tmp_path / "steps")), kind="sqlite")
    assert sqlite.status == 0, sqlite.error
    points = [("file", n) for n in range(1, total + 1)]
    samples = SQLITE_SAMPLES * (3 if total == 0 else 1)
    step = max(1, sqlite.ops // (samples + 1))
    points += [("sqlite", n) for n in range(step, sqlite.ops + 1, step)][:samples]
    assert len(points) >= SQLITE_SAMPLES
    tried = 0
    for kind, n in points:
        case = Case(template, tmp_path / f"{kind}-{n}")
        outcome = crashes.run(OPERATIONS[name](case), kind=kind, crash_at=n)
        assert outcome.crashed, f"{kind} #{n}: {outcome.error or outcome.status}"
        try:
            check_after_crash(name, case, outcome)
        except AssertionError as exc:
            raise AssertionError(f"{name}, crash at {kind} operation #{n} "
                                 f"({[line for line in outcome.lines if line.startswith('crash')]}): {exc}")
        tried += 1
        shutil.rmtree(case.root)
    TRIED[f"crash {name}"] = tried
    print(f"{name}: {tried} crash points ({total} file operations, {sqlite.ops} SQLite steps)")
    assert tried == len(points)
