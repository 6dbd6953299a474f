"""Backups: an encrypted copy of the vault and its slot file, checked before it counts."""

from __future__ import annotations

import datetime as dt
import os
import shutil

from .errors import UsageError
from .export_db import export_to
from .audit import file_head
from .fsutil import atomic_rename
from .keyslots import database_salt, write_sealed_copy
from ..domain import clock


def backup_name(vault_path: str, when: dt.datetime | None = None) -> str:
    stem = os.path.splitext(os.path.basename(vault_path))[0] or "vault"
    stamp = (when or clock.local_now()).strftime("%Y%m%d-%H%M%S")
    return f"{stem}-backup-{stamp}.vault"


def backup(vault, dest: str) -> str:
    """Write a verified backup to `dest` (a folder, or a file path); returns its path."""
    from . import roles

    roles.require(vault, "backup")
    dest = os.path.abspath(dest)
    target = os.path.join(dest, backup_name(vault.path)) if os.path.isdir(dest) else dest
    if not os.path.isdir(os.path.dirname(target)):
        raise UsageError(f"The folder {os.path.dirname(target)} does not exist.")
    if os.path.exists(target) or os.path.exists(target + ".keys"):
        raise UsageError(f"{target} already exists; choose another name.")
    if os.path.abspath(target) == os.path.abspath(vault.path):
        raise UsageError("A backup cannot replace the vault itself.")
    partial = target + ".partial"
    try:
        export_to(vault.conn, partial, vault.raw_key)
        # The backup's slot file is its manifest: sealed, with the copy's audit head.
        write_sealed_copy(vault.keys_path, target + ".keys", vault.raw_key,
                          file_head(partial, vault.raw_key), database_salt(partial))
        atomic_rename(partial, target)
    except BaseException:
        for leftover in (partial, partial + "-wal", partial + "-shm"):
            if os.path.exists(leftover):
                os.unlink(leftover)
        raise
    vault.record_audit("backup", detail=os.path.basename(target))
    from . import settings
    from .clock import now_utc
    settings.save(vault, last_backup_at=now_utc(), last_backup_path=target)
    return target


def free_space_ok(folder: str, needed: int) -> bool:
    return shutil.disk_usage(folder).free > needed * 2
