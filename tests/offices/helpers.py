"""Offices for the tests: real encrypted vaults that trust each other, and ways to compare them."""

from __future__ import annotations

import hashlib
import json
import os

from accompdesk.services import offices
from accompdesk.vault import changelog
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

PASSPHRASE = "correct horse battery staple"


def make_office(folder, name: str) -> Vault:
    vault, _ = Vault.create(os.path.join(str(folder), f"{name}.vault"), "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    return vault


def trust(a: Vault, b: Vault, a_sees_b_as: str = "internal", b_sees_a_as: str = "internal") -> None:
    offices.add_peer(a, offices.card(b), a_sees_b_as, offices.identity(b).name)
    offices.add_peer(b, offices.card(a), b_sees_a_as, offices.identity(a).name)


def carry(src: Vault, dst: Vault, **kw):
    """Make a bundle at src for dst and receive it there."""
    out = offices.make_bundle(src, offices.identity(dst).name)
    return offices.receive(dst, out.data, **kw)


def table_digests(vault: Vault) -> dict[str, str]:
    """Every table's rows, hashed: equal digests mean nothing changed."""
    conn = vault.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'search_fts%' ORDER BY name")]
    out = {}
    for table in tables:
        h = hashlib.sha256()
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            h.update(json.dumps([r if not isinstance(r, bytes) else r.hex() for r in row]).encode())
        out[table] = h.hexdigest()
    return out


def state(vault: Vault, tables=changelog.SYNCED) -> dict:
    """(table, id) -> declared values and live/deleted, without stamps."""
    out = {}
    for table in tables:
        for record in vault.repo(table).list(include_deleted=True):
            values = changelog.field_values(record)
            values[changelog.LIVE] = "deleted" if record.deleted_at else "live"
            out[(table, record.id)] = values
    return out


def open_conflicts(vault: Vault) -> set:
    return {(c.table, c.record_id, c.field, frozenset(json.dumps(h[2]) for h in c.heads))
            for c in changelog.conflicts(vault.conn)}
