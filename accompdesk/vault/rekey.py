"""Rekeying: a new raw key, the database re-encrypted, every remaining slot re-wrapped.

It runs with the vault alone (the exclusive side of its OS lock), so no committed
write of another AccompDesk can fall between the copy and the swap. The steps and
what a crash at each one leaves are in `journal`: until the decision file is
written the old key opens the vault; from then on the new one does, and the new
recovery key has been handed over before that (`before_swap`).
"""

from __future__ import annotations

import os

from . import audit, journal
from .connection import connect
from .errors import UsageError, VaultBusy
from .export_db import export_to
from .fsutil import fsync_file
from .keyslots import SlotFile, database_salt, format_recovery_key

# Kept for callers that watch the copy grow (the window's progress bar).
_pending_db = journal.pending_db
_pending_keys = journal.pending_keys


def rekey(vault, *, drop_user: str | None = None, before_swap=None) -> str:
    """Re-encrypt `vault` under a new key; returns the new recovery key.

    `before_swap(recovery_key)` is called once the new key is ready and before the
    vault changes over to it: whoever runs the rekey must have the key in hand (printed,
    shown and confirmed) by then. If it raises, nothing was changed.
    `drop_user` removes that member's slot and user record in the same step.
    """
    vault.require("coordinator")
    with vault.exclusive():
        return _rekey_alone(vault, drop_user, before_swap)


def _rekey_alone(vault, drop_user, before_swap) -> str:
    from .store import Vault, keys_path

    path = vault.path
    slots = SlotFile.load(keys_path(path))
    if drop_user is not None:
        slots.find(drop_user)
        slots.slots = [s for s in slots.slots if s.user != drop_user]
        if not slots.slots:
            raise UsageError("vault.rekey.last_staff_member_s")
    journal.discard_rekey(path)
    new_key = os.urandom(32)
    old_key = vault.raw_key
    try:
        export_to(vault.conn, journal.pending_db(path), new_key)
        # The rekey's own record is in the new database before it takes the vault's place.
        copy = Vault(journal.pending_db(path), connect(journal.pending_db(path), new_key), new_key,
                     vault.user, vault.role)
        try:
            with copy.transaction():
                if drop_user is not None:
                    for user in copy.users.list(filters={"name": drop_user}):
                        copy.users.delete(user.id)
                copy.record_audit("rekey", detail=f"removed {drop_user}" if drop_user else "")
            copy.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            new_head = audit.head(copy.conn)
        finally:
            copy.close()
        fsync_file(journal.pending_db(path))
        for slot in slots.slots:
            slot.rewrap(new_key)
        slots.path = journal.pending_keys(path)
        # Sealed from the start for the new file, with its head (the rekey's own entry
        # included): whichever side of the decision a crash falls on, the slot file in
        # place is sealed for the database beside it.
        slots.seal_key = new_key
        slots.audit_head = {"count": new_head[0], "hash": new_head[1]}
        slots.vault_salt = database_salt(journal.pending_db(path))
        slots.save()
        recovery = format_recovery_key(new_key)
        if before_swap is not None:
            before_swap(recovery)
        # Everything committed to the old file goes into it, so its log can go.
        busy, _frames, _done = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        vault.conn.close()
        vault.conn = None
        wal = path + "-wal"
        if busy or (os.path.exists(wal) and os.path.getsize(wal) > 0):
            raise VaultBusy("vault.rekey.another_program_still_reading")
    except BaseException:
        journal.discard_rekey(path)
        if vault.conn is None:
            vault.swapped(connect(path, old_key), old_key)
        raise
    journal.decide_rekey(path)
    journal.finish_rekey(path)
    vault.swapped(connect(path, new_key), new_key)
    return recovery

