"""Checking a vault: encryption pages, database structure, links, audit chain, slot file."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from . import audit
from .errors import VaultDamaged
from .keyslots import SlotFile


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str


def verify(vault) -> list[Check]:
    checks = []
    conn = vault.conn
    try:
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        checks.append(Check("encryption", not bad_pages,
                            "every page authenticates" if not bad_pages
                            else f"{len(bad_pages)} page(s) fail authentication: {bad_pages[0][0]}"))
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        checks.append(Check("structure", rows == ["ok"],
                            "database structure is sound" if rows == ["ok"] else rows[0]))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        checks.append(Check("links", not fk, "every link points to a record" if not fk
                            else f"{len(fk)} link(s) point to missing records (first in {fk[0][0]})"))
        ok, message = audit.verify(conn)
        checks.append(Check("audit", ok, message))
    except sqlcipher3.DatabaseError as exc:
        raise VaultDamaged(f"The vault is damaged: {exc}.") from None
    try:
        slots = SlotFile.load(vault.keys_path)
        checks.append(Check("key slots", True, f"{len(slots.slots)} key slot(s) readable"))
    except VaultDamaged as exc:
        checks.append(Check("key slots", False, str(exc)))
    except Exception as exc:  # a missing file is reported, not raised: the vault is open
        checks.append(Check("key slots", False, str(exc)))
    return checks
