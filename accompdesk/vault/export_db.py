"""Copying the whole database into a new encrypted file (for backups and rekeying)."""

from __future__ import annotations

import os

from .connection import connect
from .errors import VaultDamaged
from .fsutil import fsync_file
from .migrations import version

_TABLES_TO_COUNT = ("persons", "organisations", "incidents", "authorities", "meetings",
                    "audit_log", "attachment_blobs")


def export_to(conn, target: str, raw_key: bytes) -> None:
    """Write an encrypted copy of `conn`'s database to `target` (which must not exist),
    then reopen it and check that it is whole before returning."""
    if os.path.exists(target):
        os.unlink(target)
    schema = version(conn)
    hexed = raw_key.hex()
    assert len(hexed) == 64 and all(c in "0123456789abcdef" for c in hexed)
    conn.execute(f"ATTACH DATABASE ? AS export_target KEY \"x'{hexed}'\"", (target,))
    try:
        conn.execute("SELECT sqlcipher_export('export_target')")
        # sqlcipher_export does not copy user_version; without it the copy would re-migrate.
        conn.execute(f"PRAGMA export_target.user_version = {int(schema)}")
    finally:
        conn.execute("DETACH DATABASE export_target")
    _rechain_for_new_key(conn, target, raw_key)
    fsync_file(target)
    check_copy(conn, target, raw_key)


def _rechain_for_new_key(conn, target: str, raw_key: bytes) -> None:
    """A copy under another key (a rekey) carries the audit chain under that key's HMAC."""
    from . import audit
    from .derived_keys import audit_key

    old_key = audit.chain_key(conn)
    if audit_key(raw_key) == old_key:
        return
    copy = connect(target, raw_key)
    try:
        copy.execute("BEGIN IMMEDIATE")
        try:
            audit.rechain_from_key(copy, old_key)
        except BaseException:
            copy.execute("ROLLBACK")
            raise
        copy.execute("COMMIT")
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        copy.close()


def check_copy(conn, target: str, raw_key: bytes) -> None:
    copy = connect(target, raw_key)
    try:
        if version(copy) != version(conn):
            raise VaultDamaged("The copy has a different schema version than the vault.")
        problems = copy.execute("PRAGMA cipher_integrity_check").fetchall()
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if problems or result != "ok":
            raise VaultDamaged("The copy does not pass its integrity check.")
        for table in _TABLES_TO_COUNT:
            if (copy.execute(f"SELECT count(*) FROM {table}").fetchone()
                    != conn.execute(f"SELECT count(*) FROM {table}").fetchone()):
                raise VaultDamaged(f"The copy does not hold the same {table} as the vault.")
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        copy.close()
