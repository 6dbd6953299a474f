"""Opening the SQLCipher database: the key first, then a read to prove it, then settings.

Every setting is set and read back on every open; a connection that does not hold
them is refused rather than used, because each one protects something below.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager

import sqlcipher3

from .errors import VaultDamaged, VaultNotFound

DatabaseError = sqlcipher3.DatabaseError

# Page cache in KiB (negative = KiB for SQLite). Decrypted pages stay in memory, so
# repeated list and search queries do not pay for AES again: close to plain SQLite.
CACHE_KIB = 64 * 1024

_HEX_KEY = re.compile(r"[0-9a-f]{64}")
# SQLCipher 4's page: a vault file is whole pages, and at least one (its header).
PAGE_SIZE = 4096


class DoesNotDecrypt(VaultDamaged):
    """The key given does not decrypt the file (a wrong key, or a damaged file)."""


def check_file_shape(path: str) -> None:
    """A file that cannot be a vault is damaged: only `init` makes a vault, so nothing here
    may take an empty or cut-short file for a new one (and write into it)."""
    size = os.path.getsize(path)
    if size == 0:
        raise VaultDamaged("vault.connection.vault_file_empty_damaged", path=path)
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise VaultDamaged("vault.connection.vault_file_cut_short", path=path, size=size)


class KeyedConnection(sqlcipher3.Connection):
    """A connection that knows the audit key derived from its database key, so that the
    audit log is chained by whoever writes through it, without the raw key passed on."""

    audit_key: bytes = b""


def _quiet_sqlcipher() -> None:
    # SQLCipher logs decryption failures to stderr; the user gets our one sentence instead.
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_quiet_sqlcipher()


def _set_key(conn, raw_key: bytes) -> None:
    hexed = raw_key.hex()
    # The key is interpolated into SQL, so it is checked to be exactly hex first.
    if len(raw_key) != 32 or not _HEX_KEY.fullmatch(hexed):
        raise ValueError("the vault key must be 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{hexed}'\"")


def _pragma(conn, name: str):
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return row[0] if row else None


def configure(conn) -> None:
    """Set the connection settings and assert each one took hold."""
    version = str(_pragma(conn, "cipher_version") or "")
    # SQLCipher 4 is what the recovery key instructions and other tools assume.
    if not version.startswith("4."):
        raise VaultDamaged("vault.connection.build_sqlcipher_not_version", version=version or 'unknown')
    # WAL: a reader never sees a half-written transaction, and a commit is one append.
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    # FULL: a commit reaches the disk before it returns, so a saved record survives a power cut.
    conn.execute("PRAGMA synchronous = FULL")
    # MEMORY: sorts and temporary tables never spill decrypted rows into temp files.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Deleted content is overwritten, not left in free pages.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA busy_timeout = 5000")
    actual = {
        "journal_mode": str(mode).lower(),
        "synchronous": _pragma(conn, "synchronous"),
        "temp_store": _pragma(conn, "temp_store"),
        "secure_delete": _pragma(conn, "secure_delete"),
        "foreign_keys": _pragma(conn, "foreign_keys"),
        "cache_size": _pragma(conn, "cache_size"),
    }
    expected = {"journal_mode": "wal", "synchronous": 2, "temp_store": 2, "secure_delete": 1,
                "foreign_keys": 1, "cache_size": -CACHE_KIB}
    if actual != expected:
        wrong = sorted(k for k in expected if actual[k] != expected[k])
        raise VaultDamaged("vault.connection.vault_refused_safety_settings", items=', '.join(wrong))


def connect(path: str, raw_key: bytes, *, create: bool = False):
    """An open, keyed, checked and configured connection in autocommit mode.

    Transactions are explicit (BEGIN IMMEDIATE ... COMMIT), see `transaction`.
    """
    if create:
        if os.path.exists(path):
            raise FileExistsError(path)
        uri_mode = "rwc"
    else:
        if not os.path.isfile(path):
            raise VaultNotFound("vault.connection.there_no_vault_at", path=path)
        uri_mode = "rw"
        check_file_shape(path)
    uri = "file:" + _uri_path(path) + f"?mode={uri_mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                  factory=KeyedConnection)
    except DatabaseError:
        raise VaultDamaged("vault.connection.vault_file_cannot_opened", path=path) from None
    try:
        # The key is the connection's first act: nothing is read before it.
        _set_key(conn, raw_key)
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except DatabaseError as exc:
            if "not a database" not in str(exc):
                # The first page decrypted and authenticated, so the key is right; what
                # it points to is missing or broken.
                raise VaultDamaged("vault.connection.vault_file_damaged_table", path=path) from None
            raise DoesNotDecrypt("vault.connection.vault_does_not_decrypt") from None
        if not create and not tables:
            raise VaultDamaged("vault.connection.file_holds_no_vault", path=path)
        configure(conn)
        from .derived_keys import audit_key
        conn.audit_key = audit_key(raw_key)
    except BaseException:
        conn.close()
        raise
    return conn


def _uri_path(path: str) -> str:
    from urllib.parse import quote
    return quote(os.path.abspath(path).replace(os.sep, "/"), safe="/:")


@contextmanager
def transaction(conn):
    """One logical change: BEGIN IMMEDIATE, COMMIT, or ROLLBACK on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
