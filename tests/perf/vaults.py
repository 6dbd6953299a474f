"""Demo vaults of given sizes, built once and cached by size and schema version.

Demo data is fictional; the plain SQLite copies exist only to measure what the
encryption costs, and live beside the cached vaults (ignored by git).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time

from accompdesk.vault.migrations import LATEST
from accompdesk.vault.store import Vault

CACHE = os.path.join(os.path.dirname(__file__), ".cache")
PASSPHRASE = "benchmark passphrase"


def vault_path(scale: int) -> str:
    return os.path.join(CACHE, f"demo-{scale}-schema{LATEST}.vault")


def plain_path(scale: int) -> str:
    return os.path.join(CACHE, f"demo-{scale}-schema{LATEST}.plain.sqlite")


def ensure(scale: int, log=print) -> tuple[str, str]:
    """(encrypted vault, plain copy) with about `scale` incidents, built if missing."""
    os.makedirs(CACHE, exist_ok=True)
    path, plain = vault_path(scale), plain_path(scale)
    if os.path.exists(path) and os.path.exists(plain) and os.path.exists(path + ".keys"):
        return path, plain
    for stale in (path, path + ".keys", path + "-wal", path + "-shm", plain):
        if os.path.exists(stale):
            os.unlink(stale)
    from accompdesk.services.demo import fill_demo

    start = time.perf_counter()
    log(f"building a demo vault of {scale:,} incidents (cached for later runs)…")
    building = path + ".building"
    for stale in (building, building + ".keys"):
        if os.path.exists(stale):
            os.unlink(stale)
    # Slots use the default (calibrated) Argon2id so that unlock is measured as in the field.
    vault, _ = Vault.create(building, "benchmark", PASSPHRASE, kdf=None)
    try:
        fill_demo(vault, scale)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        vault.conn.execute("ATTACH DATABASE ? AS plain KEY ''", (plain,))
        vault.conn.execute("SELECT sqlcipher_export('plain')")
        vault.conn.execute("DETACH DATABASE plain")
    finally:
        vault.close()
    os.replace(building + ".keys", path + ".keys")
    os.replace(building, path)
    log(f"  built in {time.perf_counter() - start:.1f} s")
    return path, plain


def open_plain(plain: str):
    conn = sqlite3.connect(plain, isolation_level=None)
    # The same settings as the vault's connection, so only encryption differs.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def scratch_copy(scale: int, folder: str) -> str:
    """A throwaway copy of a cached vault, for benchmarks that write."""
    path = vault_path(scale)
    target = os.path.join(folder, os.path.basename(path))
    shutil.copy(path, target)
    shutil.copy(path + ".keys", target + ".keys")
    return target
