"""The audit log: every change, hash-chained so that an edited, removed or reordered
entry shows when the chain is verified."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .clock import now_utc

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user: str
    action: str
    record_table: str
    record_id: str
    before_digest: str
    after_digest: str
    detail: str
    prev_hash: str
    hash: str


_COLUMNS = ("seq, at, user, action, record_table, record_id, before_digest, after_digest, "
            "detail, prev_hash, hash")


def entry_hash(seq: int, at: str, user: str, action: str, record_table: str, record_id: str,
               before_digest: str, after_digest: str, detail: str, prev_hash: str) -> str:
    body = json.dumps([seq, at, user, action, record_table, record_id, before_digest,
                       after_digest, detail, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(conn, user: str, action: str, record_table: str, record_id: str,
           before_digest: str = "", after_digest: str = "", detail: str = "") -> None:
    """Add an entry; call inside the transaction of the change it records."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = now_utc()
    digest = entry_hash(seq, at, user, action, record_table, record_id, before_digest,
                        after_digest, detail, prev)
    conn.execute(f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                 (seq, at, user, action, record_table, record_id, before_digest, after_digest,
                  detail, prev, digest))


def append_many(conn, user: str, action: str, record_table: str,
                items: list[tuple[str, str, str]]) -> None:
    """Entries for many records at once: (record_id, before_digest, after_digest)."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    rows = []
    at = now_utc()  # one act, one moment: the entries of a batch share it
    for record_id, before, after in items:
        seq += 1
        digest = entry_hash(seq, at, user, action, record_table, record_id, before, after, "", prev)
        rows.append((seq, at, user, action, record_table, record_id, before, after, "", prev, digest))
        prev = digest
    conn.executemany(f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)


def entries(conn, *, record_table: str | None = None, record_id: str | None = None,
            user: str | None = None, action: str | None = None, since: str | None = None,
            until: str | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Entries, oldest first; `since`/`until` are ISO timestamps or dates (inclusive)."""
    where, args = [], []
    for column, value in (("record_table", record_table), ("record_id", record_id), ("user", user),
                          ("action", action)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if since:
        where.append("at >= ?")
        args.append(since)
    if until:
        where.append("at <= ?")
        args.append(until + ("T99" if len(until) == 10 else ""))  # a whole day when given a date
    sql = f"SELECT {_COLUMNS} FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [AuditEntry(*row) for row in conn.execute(sql, args)]


def verify(conn) -> tuple[bool, str]:
    """(True, summary) or (False, the first entry that does not fit and why)."""
    prev, expected_seq, count = GENESIS, 1, 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):
        e = AuditEntry(*row)
        if e.seq != expected_seq:
            return False, f"audit entry {expected_seq} is missing (the next one is {e.seq})"
        if e.prev_hash != prev:
            return False, f"audit entry {e.seq} does not follow entry {e.seq - 1}"
        recomputed = entry_hash(e.seq, e.at, e.user, e.action, e.record_table, e.record_id,
                                e.before_digest, e.after_digest, e.detail, e.prev_hash)
        if recomputed != e.hash:
            return False, f"audit entry {e.seq} ({e.at}, {e.user}, {e.action}) has been altered"
        prev, expected_seq, count = e.hash, expected_seq + 1, count + 1
    return True, f"{count} audit entries, chain intact"
