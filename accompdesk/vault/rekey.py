"""Rekeying: a new raw key, the database re-encrypted, every remaining slot re-wrapped.

The steps are ordered so that a crash at any point leaves a vault that opens with
exactly one of the two keys:

1. the database is exported under the new key to `<vault>.rekey` and checked;
2. the re-wrapped slots are written to `<vault>.keys.rekey`;
3. `<vault>.rekey` is renamed over the vault (atomic: the file holds old or new);
4. `<vault>.keys.rekey` is renamed over the slot file.

If the program dies between 3 and 4, the next unlock finds the pending slot file,
sees that the database now wants the new key, and finishes step 4. Before 3, the
leftovers are removed and the vault is as it was.
"""

from __future__ import annotations

import os

from .connection import connect
from .errors import UsageError, VaultDamaged, WrongPassphrase
from .export_db import export_to
from .fsutil import atomic_rename
from .keyslots import SlotFile, format_recovery_key


def _pending_db(path: str) -> str:
    return path + ".rekey"


def _pending_keys(path: str) -> str:
    return path + ".keys.rekey"


def rekey(vault, *, drop_user: str | None = None) -> str:
    """Re-encrypt `vault` under a new key; returns the new recovery key."""
    from .store import keys_path

    vault.require("coordinator")
    path = vault.path
    slots = SlotFile.load(keys_path(path))
    if drop_user is not None:
        slots.find(drop_user)
        slots.slots = [s for s in slots.slots if s.user != drop_user]
        if not slots.slots:
            raise UsageError("The last staff member's key slot cannot be removed.")
    new_key = os.urandom(32)
    for leftover in (_pending_db(path), _pending_keys(path)):
        if os.path.exists(leftover):
            os.unlink(leftover)
    export_to(vault.conn, _pending_db(path), new_key)
    for slot in slots.slots:
        slot.rewrap(new_key)
    slots.path = _pending_keys(path)
    slots.save()

    # The old file's WAL must be folded in and gone before the new file takes its name.
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.conn.close()
    vault.conn = None
    for sidecar in (path + "-wal", path + "-shm"):
        if os.path.exists(sidecar) and os.path.getsize(sidecar) > 0 and sidecar.endswith("-wal"):
            raise VaultDamaged("Another program still has the vault open; close it and rekey again.")
        if os.path.exists(sidecar):
            os.unlink(sidecar)
    atomic_rename(_pending_db(path), path)
    atomic_rename(_pending_keys(path), keys_path(path))

    vault.conn = connect(path, new_key)
    vault._raw_key = new_key
    detail = f"removed {drop_user}" if drop_user else ""
    vault.record_audit("rekey", detail=detail)
    return format_recovery_key(new_key)


def finish_interrupted_rekey(path: str, passphrase: str, user: str | None) -> None:
    """Complete or undo a rekey that a crash interrupted (see the module's steps)."""
    from .store import keys_path

    pending_db, pending_keys = _pending_db(path), _pending_keys(path)
    if not os.path.exists(pending_keys):
        if os.path.exists(pending_db):
            os.unlink(pending_db)  # died during step 1: the vault was never touched
        return
    try:
        _, old_key = SlotFile.load(keys_path(path)).unlock(passphrase, user)
        if _opens(path, old_key):
            for leftover in (pending_db, pending_keys):
                if os.path.exists(leftover):
                    os.unlink(leftover)  # died before step 3
            return
    except WrongPassphrase:
        pass
    try:
        _, new_key = SlotFile.load(pending_keys).unlock(passphrase, user)
    except WrongPassphrase:
        return  # not this person's to finish; the normal unlock will say why
    if _opens(path, new_key):
        atomic_rename(pending_keys, keys_path(path))  # died between steps 3 and 4


def _opens(path: str, raw_key: bytes) -> bool:
    try:
        connect(path, raw_key).close()
        return True
    except VaultDamaged:
        return False
