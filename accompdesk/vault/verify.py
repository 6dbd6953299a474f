"""Checking a vault: encryption pages, database structure, links, audit chain and its
head, each live record against its audit entries, and the sealed slot file."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from . import audit, record_check
from .errors import NoKey, VaultDamaged
from .keyslots import SlotFile, seal_problem


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str


def verify(vault) -> list[Check]:
    checks = []
    conn = vault.conn
    # The slot file first: its head is sealed after each commit, so a snapshot taken after
    # reading it holds at least the entries it records.
    slots, slot_problem = None, None
    try:
        slots = SlotFile.load(vault.keys_path)
    except (VaultDamaged, NoKey) as exc:
        slot_problem = Check("key slots", False, str(exc))
    try:
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        checks.append(Check("encryption", not bad_pages,
                            "every page authenticates" if not bad_pages
                            else f"{len(bad_pages)} page(s) fail authentication: {bad_pages[0][0]}"))
        # One read snapshot for the checks that compare tables with each other: a record
        # committed by another program between reading the log and reading the records
        # would otherwise look added behind the program's back.
        snapshot = not conn.in_transaction
        if snapshot:
            conn.execute("BEGIN")
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            checks.append(Check("structure", rows == ["ok"],
                                "database structure is sound" if rows == ["ok"] else rows[0]))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            checks.append(Check("links", not fk, "every link points to a record" if not fk
                                else f"{len(fk)} link(s) point to missing records (first in {fk[0][0]})"))
            ok, message = audit.verify(conn)
            checks.append(Check("audit", ok, message))
            checks.append(_records(vault))
            if slot_problem is not None:
                checks.append(slot_problem)
            if slots is not None:
                checks.append(_slot_file(slots, vault.raw_key))
                checks.append(_head(conn, slots, vault.raw_key))
        finally:
            if snapshot:
                conn.execute("ROLLBACK")
    except sqlcipher3.DatabaseError as exc:
        raise VaultDamaged("vault.verify.vault_damaged", exc=exc) from None
    return checks


def _records(vault) -> Check:
    checked, found = record_check.misfits(vault)
    if not found:
        return Check("records", True, f"{checked} live records match their audit entries")
    more = f" ({len(found) - 1} more)" if len(found) > 1 else ""
    return Check("records", False, found[0].sentence() + more)


def _slot_file(slots: SlotFile, raw_key: bytes) -> Check:
    problem = seal_problem(slots, raw_key)
    if problem:
        return Check("key slots", False, problem.rstrip("."))
    for slot in slots.slots:
        try:
            slot.kdf.check_strength()
        except VaultDamaged as exc:
            return Check("key slots", False, f"the key slot of {slot.user}: {str(exc).rstrip('.')}")
    return Check("key slots", True, f"{len(slots.slots)} key slot(s), sealed for this vault")


def _head(conn, slots: SlotFile, raw_key: bytes) -> Check:
    """The head kept in the sealed slot file against the log: removed last entries show."""
    kept = slots.audit_head
    if kept is None or seal_problem(slots, raw_key):
        return Check("audit head", kept is None and not slots.mac,
                     "no audit head kept outside the log yet" if kept is None and not slots.mac
                     else "the audit head in the key-slot file cannot be trusted (see key slots)")
    count, last = audit.head(conn)
    if kept["count"] > count:
        return Check("audit head", False,
                     f"audit entry {count + 1} is missing: the key-slot file records {kept['count']} "
                     f"entries, the log ends at {count}, so its last entries were removed")
    if kept["count"] > 0:
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (kept["count"],)).fetchone()
        if row is None or row[0] != kept["hash"]:
            return Check("audit head", False,
                         f"audit entry {kept['count']} is not the one the key-slot file records "
                         "as the head: the log was rewritten")
    later = count - kept["count"]
    tail = f" and {later} written after" if later else ""
    return Check("audit head", True, f"the log holds the {kept['count']} entries the key-slot "
                                     f"file records{tail}")


def audit_and_head(vault) -> tuple[bool, str]:
    """The chain, then the head kept outside it: what the audit window shows."""
    ok, message = audit.verify(vault.conn)
    if not ok:
        return ok, message
    try:
        slots = SlotFile.load(vault.keys_path)
    except (VaultDamaged, NoKey):
        return ok, message
    head = _head(vault.conn, slots, vault.raw_key)
    return (ok, message) if head.ok else (False, head.message)
