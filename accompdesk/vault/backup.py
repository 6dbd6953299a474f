"""Backups: an encrypted copy of the vault and its slot file, checked before it counts.

The copy is made inside one SQLite write transaction while the vault holds the shared
side of its OS lock, so the database and the slot file copied with it are of one
moment: writers wait for the copy, and no rekey or slot change can run during it.
A backup that a crash or a pulled drive cut short stays a `.partial` file; the next
backup of this vault into the same folder removes it.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil

from .errors import UsageError
from .export_db import export_to
from .audit import file_head
from .fsutil import atomic_rename, fsync_dir, remove
from .keyslots import database_salt, write_sealed_copy
from ..domain import clock

PARTIAL = ".partial"
_SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


def backup_name(vault_path: str, when: dt.datetime | None = None) -> str:
    stem = os.path.splitext(os.path.basename(vault_path))[0] or "vault"
    stamp = (when or clock.local_now()).strftime("%Y%m%d-%H%M%S")
    return f"{stem}-backup-{stamp}.vault"


def _remove_partial(partial: str) -> None:
    for leftover in (partial, *(partial + s for s in _SQLITE_SIDECARS)):
        remove(leftover)


def _locked_elsewhere(path: str) -> bool:
    """Whether another backup holds `path` (its partial) while it writes it."""
    if os.name == "nt":
        return False  # Windows refuses to remove a file that is open, which protects it
    from .locking import EXCLUSIVE, _release, _try

    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    try:
        if not _try(fd, EXCLUSIVE):
            return True
        _release(fd)
        return False
    finally:
        os.close(fd)


def clean_leftovers(vault_path: str, folder: str) -> list[str]:
    """Remove what earlier backups of this vault left in `folder` when they were cut short
    (a `.partial` file, a `.keys` file without its backup); a backup still being written
    (its partial locked) is left alone."""
    stem = os.path.splitext(os.path.basename(vault_path))[0] or "vault"
    pattern = os.path.join(glob.escape(folder), f"{glob.escape(stem)}-backup-*.vault")
    removed = []
    for partial in glob.glob(pattern + PARTIAL):
        if _locked_elsewhere(partial):
            continue
        try:
            _remove_partial(partial)
        except PermissionError:
            continue
        removed.append(partial)
    hidden = os.path.join(glob.escape(folder), f".{glob.escape(stem)}-backup-*.vault.keys.tmp-*")
    for temp in glob.glob(hidden):  # a slot file copy cut short before its rename
        if remove(temp):
            removed.append(temp)
    for keys in glob.glob(pattern + ".keys"):
        target = keys[:-len(".keys")]
        if not os.path.exists(target) and not os.path.exists(target + PARTIAL):
            remove(keys)
            removed.append(keys)
    if removed:
        fsync_dir(folder)
    return removed


def backup(vault, dest: str) -> str:
    """Write a verified backup to `dest` (a folder, or a file path); returns its path."""
    from . import roles
    from .locking import EXCLUSIVE, _release, _try

    roles.require(vault, "backup")
    dest = os.path.abspath(dest)
    target = os.path.join(dest, backup_name(vault.path)) if os.path.isdir(dest) else dest
    if not os.path.isdir(os.path.dirname(target)):
        raise UsageError("vault.backup.folder_does_not_exist", folder=os.path.dirname(target))
    if os.path.exists(target) or os.path.exists(target + ".keys"):
        raise UsageError("vault.backup.already_exists_choose_another", target=target)
    if os.path.abspath(target) == os.path.abspath(vault.path):
        raise UsageError("vault.backup.backup_cannot_replace_vault")
    vault.check_current()
    clean_leftovers(vault.path, os.path.dirname(target))
    partial = target + PARTIAL
    _remove_partial(partial)
    # The partial is ours while we hold its lock; a later backup removes it only unlocked.
    fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if os.name != "nt":  # a Windows lock would also stop SQLite writing the file
            _try(fd, EXCLUSIVE)
        slot_bytes: list[bytes] = []

        def read_slots():
            with open(vault.keys_path, "rb") as fh:
                slot_bytes.append(fh.read())

        export_to(vault.conn, partial, vault.raw_key, snapshot=read_slots)
        # The backup's slot file is its manifest: the slots of the copy's moment, sealed,
        # with the copy's own audit head and database salt.
        write_sealed_copy(vault.keys_path, target + ".keys", vault.raw_key,
                          file_head(partial, vault.raw_key), database_salt(partial),
                          data=slot_bytes[0])
        atomic_rename(partial, target)
    except BaseException:
        _remove_partial(partial)
        if not os.path.exists(target):
            remove(target + ".keys")
        raise
    finally:
        if os.name != "nt":
            _release(fd)
        os.close(fd)
    vault.record_audit("backup", detail=os.path.basename(target))
    from . import settings
    from .clock import now_utc
    settings.save(vault, last_backup_at=now_utc(), last_backup_path=target)
    return target


def free_space_ok(folder: str, needed: int) -> bool:
    return shutil.disk_usage(folder).free > needed * 2
