"""Restoring a backup: copy it to a new place, open and verify the copy, then switch.

The backup itself is never opened in place (opening sets the journal mode and may
migrate, which would change it), and the current vault is never overwritten: a
switch moves it, unchanged, to a safety name beside it, and only with an explicit
confirmation. A vault found damaged is left exactly as it was unless the person
asks to switch, and even then its bytes are kept under the safety name.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import os
from dataclasses import dataclass, field

from . import changelog, journal, roles
from .errors import InputRejected, NoKey, UsageError, VaultDamaged
from .fsutil import atomic_rename, atomic_write, copy_file, fsync_dir, remove
from .locking import EXCLUSIVE, vault_lock
from .keyslots import SlotFile
from ..domain import clock

SIDECARS = ("", "-wal", "-shm", ".keys")
# What holding and opening a vault makes beside it (locks, failed unlocks).
_OPEN_SIDECARS = (".lock", ".keys.lock", ".attempts")


@dataclass
class Restored:
    vault: object  # the open Vault at its new place
    checks: list = field(default_factory=list)  # verify.Check
    digests: dict = field(default_factory=dict)  # table -> (rows, sha256)

    @property
    def counts(self) -> dict[str, int]:
        return {table: rows for table, (rows, _digest) in self.digests.items()}


def is_backup(path: str) -> bool:
    return os.path.isfile(path) and os.path.isfile(path + ".keys")


def find_backups(folder: str) -> list[str]:
    """Backups in a folder (a vault file with its key-slot file), newest first."""
    if not folder or not os.path.isdir(folder):
        return []
    found = [p for p in glob.glob(os.path.join(glob.escape(folder), "*.vault")) if is_backup(p)]
    return sorted(found, key=os.path.getmtime, reverse=True)


def latest_backup(candidates: list[str]) -> str | None:
    """The newest backup among files and folders (a remembered path, its folder …)."""
    found = []
    for item in candidates:
        if item and os.path.isdir(item):
            found += find_backups(item)
        elif item and is_backup(item):
            found.append(item)
    return max(found, key=os.path.getmtime) if found else None


def staff_in(backup_path: str) -> list[str]:
    """Who can open a backup: the staff members named in its key-slot file."""
    return SlotFile.load(backup_path + ".keys").users


def restored_name(folder: str, backup_path: str, when: dt.datetime | None = None) -> str:
    stem = os.path.splitext(os.path.basename(backup_path))[0]
    stamp = (when or clock.local_now()).strftime("%Y%m%d-%H%M%S")
    return os.path.join(folder, f"{stem}-restored-{stamp}.vault")


def safety_name(current_path: str, when: dt.datetime | None = None) -> str:
    stem, ext = os.path.splitext(current_path)
    stamp = (when or clock.local_now()).strftime("%Y%m%d-%H%M%S")
    return f"{stem}-before-restore-{stamp}{ext or '.vault'}"


def _occupied(path: str) -> bool:
    return any(os.path.exists(path + s) for s in SIDECARS)


def _remove(path: str) -> None:
    for suffix in (*SIDECARS, ".partial"):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    for leftover in journal.temp_leftovers(path):
        remove(leftover)


def check_backup_file(backup_path: str) -> None:
    """Refuse a backup whose vault file cannot be a vault (empty, cut short)."""
    from .connection import check_file_shape

    try:
        check_file_shape(backup_path)
    except VaultDamaged:
        size = os.path.getsize(backup_path)
        what = "empty" if size == 0 else f"cut short ({size} bytes)"
        raise VaultDamaged("vault.restore.backup_was_not_restored", backup_path=backup_path, what=what) from None


def copy_backup(backup_path: str, dest: str) -> None:
    """Copy a backup and its key-slot file to `dest`, which must be free."""
    backup_path, dest = os.path.abspath(backup_path), os.path.abspath(dest)
    if not is_backup(backup_path):
        raise UsageError("vault.restore.not_backup_vault_file", backup_path=backup_path)
    if not os.path.isdir(os.path.dirname(dest)):
        raise UsageError("vault.restore.folder_does_not_exist", folder=os.path.dirname(dest))
    if dest == backup_path:
        raise UsageError("vault.restore.restore_into_new_place")
    check_backup_file(backup_path)
    cut_short = os.path.exists(dest + ".partial") and not os.path.exists(dest)
    if not cut_short and _occupied(dest):
        raise UsageError("vault.restore.already_exists_was_left", dest=dest)
    with vault_lock(dest, EXCLUSIVE):
        partial = dest + ".partial"
        if os.path.exists(partial) and not os.path.exists(dest):
            _remove(dest)  # a restore into this name was cut short: its leftovers are ours
        if _occupied(dest):
            raise UsageError("vault.restore.already_exists_was_left", dest=dest)
        try:
            copy_file(backup_path, partial)
            with open(backup_path + ".keys", "rb") as fh:
                atomic_write(dest + ".keys", fh.read())
            atomic_rename(partial, dest)
        except BaseException:
            _remove(dest)
            raise


def table_digests(conn) -> dict[str, tuple[int, str]]:
    """Rows and a SHA-256 of every table's content, to compare two vaults."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    out = {}
    for table in tables:
        columns = len(conn.execute(f'SELECT * FROM "{table}" LIMIT 0').description)
        order = ", ".join(str(i) for i in range(1, columns + 1))
        digest, rows = hashlib.sha256(), 0
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
            digest.update(repr(row).encode("utf-8"))
            rows += 1
        out[table] = (rows, digest.hexdigest())
    return out


def same_vault(restored, office_path: str) -> bool:
    """Whether the restored copy is a backup of the vault at `office_path`.

    While no rekey came between, the copy's key opens the office vault and their ids are
    compared; after a rekey, a key slot keeps its key pair, so the two slot files share one.
    """
    from .connection import connect

    try:
        conn = connect(office_path, restored.raw_key)
    except (VaultDamaged, OSError):
        conn = None
    if conn is not None:
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        finally:
            conn.close()
        return row is not None and row[0] == restored.meta("vault_id")
    try:
        office = {s.public_key for s in SlotFile.load(office_path + ".keys").slots}
        copied = {s.public_key for s in SlotFile.load(restored.keys_path).slots}
    except VaultDamaged:
        return True  # the office vault cannot tell; restoring is how a damaged one is mended
    except Exception:  # noqa: BLE001 - a missing or unreadable office slot file tells nothing
        return True
    return bool(office & copied)


def _same_vault_locked(restored, office_path: str) -> bool:
    from .locking import SHARED
    # Read while no rekey or restore of the office vault can swap its files.
    with vault_lock(office_path, SHARED):
        return same_vault(restored, office_path)


def restore(backup_path: str, dest: str, *, passphrase: str | None = None, user: str | None = None,
            recovery_key: str | None = None, office_path: str | None = None) -> Restored:
    """Copy the backup to `dest`, open the copy, verify it; the copy stays open.

    A copy that fails its checks is removed again (it is ours; the backup is untouched).
    With `office_path`, a backup of another vault is refused.
    """
    from .store import Vault
    from .verify import verify

    # The lock, slot-file lock and attempts files that opening the copy makes beside it go
    # with the copy when it is refused: the folder is left as it was.
    dest = os.path.abspath(dest)
    made = [dest + s for s in _OPEN_SIDECARS if not os.path.exists(dest + s)]
    try:
        copy_backup(backup_path, dest)
    except BaseException:
        _remove_made(dest, made)
        raise
    try:
        vault = Vault.open(dest, passphrase=passphrase, user=user, recovery_key=recovery_key)
    except NoKey as exc:
        _remove(dest)
        _remove_made(dest, made)
        if exc.code != "vault.store.key_slot_does_not":
            raise
        # A backup's key-slot file is written with it, for its first bytes: one whose key
        # does not open a file that starts otherwise was damaged or replaced, not mistyped.
        raise VaultDamaged("vault.restore.backup_damaged_or_replaced", backup_path=backup_path) from None
    except BaseException:
        _remove(dest)
        _remove_made(dest, made)
        raise
    try:
        checks = verify(vault)
        failed = [c for c in checks if not c.ok]
        if failed:
            raise VaultDamaged("vault.restore.backup_does_not_pass", name=failed[0].name, message=failed[0].message)
        if office_path and os.path.isfile(office_path) and not _same_vault_locked(vault, office_path):
            raise InputRejected("vault.restore.backup_another_vault_not", file=os.path.basename(backup_path),
                                office_path=office_path)
        digests = table_digests(vault.conn)
        # The log is wound back to the backup: what this office numbered since then was
        # sent already, so its next changes come from a new origin, never the same numbers.
        changelog.new_epoch(vault, f"restored from {os.path.basename(backup_path)}")
        vault.record_audit("restore from backup", detail=os.path.basename(backup_path))
    except BaseException:
        vault.close()
        _remove(dest)
        _remove_made(dest, made)
        raise
    return Restored(vault, checks, digests)


def _remove_made(dest: str, made: list[str]) -> None:
    """The files opening a refused copy made beside it, once the copy itself is gone."""
    if _occupied(dest):
        return  # not ours to clear: the name holds a vault
    for path in made:
        remove(path)


def switch(restored, current_path: str, *, confirmed: bool, passphrase: str | None = None,
           user: str | None = None, recovery_key: str | None = None):
    """Make the restored vault the one at `current_path`; returns (vault, safety path).

    The vault at `current_path` must be closed. It is moved, byte for byte, to a
    safety name beside it; if anything fails on the way it is moved back.
    """
    from .store import Vault

    if not confirmed:
        raise UsageError("vault.restore.replacing_office_vault_needs")
    roles.require(restored, "restore")
    current_path = os.path.abspath(current_path)
    source = restored.path
    if source == current_path:
        raise UsageError("vault.restore.restored_vault_already_office")
    safety = safety_name(current_path)
    while _occupied(safety):
        safety = safety_name(current_path, clock.local_now() + dt.timedelta(seconds=1))
    restored.close()
    with vault_lock(current_path, EXCLUSIVE):
        # The plan is written first: a crash between two moves is finished at the next open.
        journal.recover(current_path)
        plan = journal.plan_switch(current_path, source, safety)
        moved = _move_in(current_path, plan)
    try:
        vault = Vault.open(current_path, passphrase=passphrase, user=user, recovery_key=recovery_key)
    except BaseException:
        with vault_lock(current_path, EXCLUSIVE):
            _move_back(moved)
        raise
    vault.record_audit("switch to restored vault",
                       detail=f"previous vault kept as {os.path.basename(safety)}")
    return vault, safety


def _move_in(current_path: str, plan: dict) -> list[tuple[str, str]]:
    moved: list[tuple[str, str]] = []
    try:
        for suffix in plan["current"]:
            atomic_rename(current_path + suffix, plan["safety"] + suffix)
            moved.append((plan["safety"] + suffix, current_path + suffix))
        for suffix in plan["incoming"]:
            atomic_rename(plan["source"] + suffix, current_path + suffix)
            moved.append((current_path + suffix, plan["source"] + suffix))
    except BaseException:
        _move_back(moved)
        remove(journal.switch_plan(current_path))
        raise
    remove(journal.switch_plan(current_path))
    fsync_dir(os.path.dirname(current_path))
    return moved


def _move_back(moved: list[tuple[str, str]]) -> None:
    for done, back in reversed(moved):
        if os.path.exists(done) and not os.path.exists(back):
            atomic_rename(done, back)
