"""Checking a vault: encryption pages, database structure, links, audit chain and its
head, each live record against its audit entries, and the sealed slot file."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from . import audit, record_check
from ..domain.messages import Message
from .errors import NoKey, VaultDamaged
from .keyslots import SlotFile, seal_problem


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str  # a Message where the vault wrote it; SQLite's own words as they come


def verify(vault) -> list[Check]:
    checks = []
    conn = vault.conn
    # The slot file first: its head is sealed after each commit, so a snapshot taken after
    # reading it holds at least the entries it records.
    slots, slot_problem = None, None
    try:
        slots = SlotFile.load(vault.keys_path)
    except (VaultDamaged, NoKey) as exc:
        slot_problem = Check("key slots", False, exc.message)
    try:
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        checks.append(Check("encryption", not bad_pages,
                            Message("vault.verify.pages_authenticate") if not bad_pages
                            else Message("vault.verify.pages_fail", count=len(bad_pages), first=bad_pages[0][0])))
        # One read snapshot for the checks that compare tables with each other: a record
        # committed by another program between reading the log and reading the records
        # would otherwise look added behind the program's back.
        snapshot = not conn.in_transaction
        if snapshot:
            conn.execute("BEGIN")
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            checks.append(Check("structure", rows == ["ok"],
                                Message("vault.verify.structure_sound") if rows == ["ok"] else rows[0]))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            checks.append(Check("links", not fk, Message("vault.verify.links_sound") if not fk
                                else Message("vault.verify.links_missing", count=len(fk), table=fk[0][0])))
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
        return Check("records", True, Message("vault.verify.records_match", count=checked))
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
            return Check("key slots", False, Message("vault.verify.slot_of_user", user=slot.user,
                                                     problem=str(exc).rstrip(".")))
    return Check("key slots", True, Message("vault.verify.slots_sealed", count=len(slots.slots)))


def _head(conn, slots: SlotFile, raw_key: bytes) -> Check:
    """The head kept in the sealed slot file against the log: removed last entries show."""
    kept = slots.audit_head
    if kept is None or seal_problem(slots, raw_key):
        return Check("audit head", kept is None and not slots.mac,
                     Message("vault.verify.no_head_yet") if kept is None and not slots.mac
                     else Message("vault.verify.head_untrusted"))
    count, last = audit.head(conn)
    if kept["count"] > count:
        return Check("audit head", False,
                     Message("vault.verify.head_entries_missing", entry=count + 1, recorded=kept["count"], ends=count))
    if kept["count"] > 0:
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (kept["count"],)).fetchone()
        if row is None or row[0] != kept["hash"]:
            return Check("audit head", False,
                         Message("vault.verify.head_rewritten", entry=kept["count"]))
    later = count - kept["count"]
    if later:
        return Check("audit head", True, Message("vault.verify.head_kept_and_later", count=kept["count"], later=later))
    return Check("audit head", True, Message("vault.verify.head_kept", count=kept["count"]))


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
