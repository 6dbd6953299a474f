"""Copying the whole database into a new encrypted file (for backups and rekeying)."""

from __future__ import annotations

import os

from .connection import connect
from .errors import VaultDamaged
from .fsutil import fsync_file
from .migrations import version

_TABLES_TO_COUNT = ("persons", "organisations", "incidents", "authorities", "meetings",
                    "audit_log", "attachment_blobs")


def export_to(conn, target: str, raw_key: bytes, snapshot=None) -> None:
    """Write an encrypted copy of `conn`'s database to `target` (absent, or empty and
    ours), then reopen it and check that it is whole before returning. `snapshot()` runs
    inside the copy's transaction (to read what must match the copy exactly)."""
    if os.path.exists(target) and os.path.getsize(target) > 0:
        os.unlink(target)
    hexed = raw_key.hex()
    assert len(hexed) == 64 and all(c in "0123456789abcdef" for c in hexed)
    conn.execute(f"ATTACH DATABASE ? AS export_target KEY \"x'{hexed}'\"", (target,))
    try:
        # One write transaction: the copy is one committed state, and no writer can
        # commit between its tables.
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("SELECT sqlcipher_export('export_target')")
            # sqlcipher_export does not copy user_version; without it the copy would re-migrate.
            conn.execute(f"PRAGMA export_target.user_version = {int(version(conn))}")
            counts = _counts(conn)
            if snapshot is not None:
                snapshot()
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE export_target")
    os.chmod(target, 0o600)
    _rechain_for_new_key(conn, target, raw_key)
    fsync_file(target)
    check_copy(conn, target, raw_key, counts)


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


def _counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0] for t in _TABLES_TO_COUNT}


def check_copy(conn, target: str, raw_key: bytes, counts: dict[str, int] | None = None) -> None:
    """The copy opens, is sound, and holds what `conn` held (`counts`: as copied)."""
    counts = _counts(conn) if counts is None else counts
    copy = connect(target, raw_key)
    try:
        if version(copy) != version(conn):
            raise VaultDamaged("vault.export_db.copy_has_different_schema")
        problems = copy.execute("PRAGMA cipher_integrity_check").fetchall()
        result = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if problems or result != "ok":
            raise VaultDamaged("vault.export_db.copy_does_not_pass")
        for table in _TABLES_TO_COUNT:
            if copy.execute(f"SELECT count(*) FROM {table}").fetchone()[0] != counts[table]:
                raise VaultDamaged("vault.export_db.copy_does_not_hold", table=table)
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        copy.close()
