"""Whole-vault operations wait for every other holder of the vault, in this process and in
others; a writer never commits into a file that a rekey has thrown away, and two slot
changes never write the slot file over each other."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from accompdesk import cli
from accompdesk.domain.records import Person
from accompdesk.vault import keyslots, locking
from accompdesk.vault.keyslots import FAST_KDF, SlotFile
from accompdesk.vault.rekey import rekey
from accompdesk.vault.staff import add_staff, list_staff, remove_staff
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from ..conftest import PASSPHRASE

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def waits(monkeypatch):
    """Set when someone starts waiting for the vault's lock."""
    started = threading.Event()
    monkeypatch.setattr(locking, "waiting_notice", lambda sentence: started.set())
    return started


def _in_thread(work):
    box = {}

    def run():
        try:
            box["result"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, box


@pytest.mark.parametrize("whole_vault", ["rekey", "user remove"])
def test_a_rekey_waits_for_an_open_writer_and_keeps_its_commits(whole_vault, vault, vault_path, waits):
    """Failure 2: the rekey used to copy a snapshot and swap it in under a running writer."""
    add_staff(vault, "saliente", "saliente passphrase", kdf=FAST_KDF)
    vault.persons.add(Person(full_name="Antes"))
    other = Vault.open(vault_path, passphrase=PASSPHRASE)
    work = (lambda: rekey(other)) if whole_vault == "rekey" else (lambda: remove_staff(other, "saliente"))
    thread, box = _in_thread(work)
    assert waits.wait(30), "the rekey did not wait for the open vault"
    # The writer commits while the rekey waits, then closes.
    for i in range(20):
        vault.persons.add(Person(full_name=f"Durante {i}"))
    vault.close()
    thread.join(60)
    assert "error" not in box, box.get("error")
    other.close()
    with Vault.open(vault_path, recovery_key=box["result"]) as again:
        assert again.persons.count() == 21
        assert all(c.ok for c in verify(again))


def test_two_slot_changes_at_once_keep_both_slots(vault, vault_path, monkeypatch):
    """Failure 3: each read the slot file, added its slot and wrote it back over the other's."""
    first = Vault.open(vault_path, passphrase=PASSPHRASE)
    second = Vault.open(vault_path, passphrase=PASSPHRASE)
    vault.close()
    real_load = SlotFile.load.__func__
    both_read = threading.Barrier(2)

    def load_then_pause(cls, path):
        slots = real_load(cls, path)
        try:
            both_read.wait(timeout=1)  # the old code let both read before either wrote
        except threading.BrokenBarrierError:
            pass
        return slots

    monkeypatch.setattr(keyslots.SlotFile, "load", classmethod(load_then_pause))

    def add(vault_, name):
        def work():
            try:
                add_staff(vault_, name, f"{name} passphrase", kdf=FAST_KDF)
            finally:
                vault_.close()
        return work

    threads = [_in_thread(add(first, "ana")), _in_thread(add(second, "bruno"))]
    for thread, box in threads:
        thread.join(60)
        assert "error" not in box, box.get("error")
    monkeypatch.undo()
    assert sorted(SlotFile.load(vault_path + ".keys").users) == ["ana", "bruno", "coordinadora"]
    for name in ("ana", "bruno"):
        with Vault.open(vault_path, passphrase=f"{name} passphrase", user=name) as again:
            assert [m.name for m in list_staff(again) if not m.has_slot] == []


def test_a_second_whole_vault_command_is_refused_in_one_sentence(vault, vault_path, monkeypatch, capsys):
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv(locking.ENV_TIMEOUT, "0.3")
    code = cli.main(["--vault", vault_path, "rekey"])
    waited, refused = capsys.readouterr().err.strip().split("\n")
    assert code == 2
    assert waited == "Waiting for another AccompDesk to finish with the vault…"
    assert refused.startswith("The vault is busy: another AccompDesk") and refused.endswith(".")
    vault.persons.add(Person(full_name="Sigue"))  # the open vault was not touched
    vault.close()
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.persons.count() == 1


def test_a_writer_waits_with_a_message_while_a_rekey_runs(vault, vault_path, tmp_path):
    vault.close()
    held = Vault.open(vault_path, passphrase=PASSPHRASE, exclusive=True)
    csv = tmp_path / "p.csv"
    csv.write_text("id,full_name\n,Una\n,Dos\n", encoding="utf-8")
    env = dict(os.environ, ACCOMPDESK_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen([sys.executable, "-m", "accompdesk.cli", "--vault", vault_path, "import",
                             "persons", str(csv)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stderr.readline()
        assert first.strip() == "Waiting for another AccompDesk to finish with the vault…"
        recovery = rekey(held)
    finally:
        held.close()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Imported 2 persons" in out
    with Vault.open(vault_path, recovery_key=recovery) as again:
        assert again.persons.count() == 2


def test_the_new_recovery_key_is_printed_before_the_swap(vault, vault_path):
    """Failure 4: a crash right after the swap lost the new key, which had not been printed."""
    vault.persons.add(Person(full_name="Guardada"))
    vault.close()
    dies_after_swap = (
        "import os, sys\n"
        "from accompdesk.vault import journal\n"
        "real = journal.atomic_rename\n"
        "def rename(src, dst):\n"
        "    real(src, dst)\n"
        "    os._exit(9)  # the power goes right after the database is swapped\n"
        "journal.atomic_rename = rename\n"
        "from accompdesk import cli\n"
        "sys.exit(cli.main(sys.argv[1:]))\n")
    env = dict(os.environ, ACCOMPDESK_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run([sys.executable, "-c", dies_after_swap, "--vault", vault_path, "rekey"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 9
    printed = [line.strip() for line in proc.stdout.splitlines() if line.startswith("  ")]
    assert len(printed) == 1
    with Vault.open(vault_path, recovery_key=printed[0]) as again:
        assert [p.full_name for p in again.persons.list()] == ["Guardada"]
        assert [e.action for e in again.audit_entries()][-1] == "rekey"
        assert all(c.ok for c in verify(again))
    assert not os.path.exists(vault_path + ".keys.rekey")
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.persons.count() == 1


@pytest.mark.parametrize("held,wanted,granted", [
    ("shared", "shared", True), ("shared", "exclusive", False),
    ("exclusive", "shared", False), ("exclusive", "exclusive", False)])
def test_the_lock_sides(held, wanted, granted, tmp_path):
    from accompdesk.vault.errors import VaultBusy

    path = str(tmp_path / "office.vault")
    first, second = locking.VaultLock(path), locking.VaultLock(path)
    first.acquire(held)
    try:
        if granted:
            second.acquire(wanted, timeout=0)
            assert second.mode == wanted
        else:
            with pytest.raises(VaultBusy):
                second.acquire(wanted, timeout=0.1)
            assert second.mode is None
        # Going back from exclusive to shared lets other readers in, without a gap.
        first.acquire(locking.SHARED)
        third = locking.VaultLock(path)
        third.acquire(locking.SHARED, timeout=0)
        third.close()
    finally:
        first.close()
        second.close()
    assert oct(os.stat(path + ".lock").st_mode & 0o777) == "0o600"


def test_a_writer_held_up_by_another_writer_gets_one_sentence_and_exit_2(vault, vault_path, tmp_path,
                                                                          monkeypatch, capsys):
    csv = tmp_path / "p.csv"
    csv.write_text("id,full_name\n,Una\n", encoding="utf-8")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    vault.conn.execute("BEGIN IMMEDIATE")  # another program's long write transaction
    try:
        code = cli.main(["--vault", vault_path, "import", "persons", str(csv)])
    finally:
        vault.conn.execute("ROLLBACK")
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("The vault is busy") and "\n" not in err and "Traceback" not in err
    assert vault.persons.count() == 0
