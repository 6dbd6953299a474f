"""The audit log: every change, chained with an HMAC under a key derived from the
database key, so that an edited, removed or reordered entry shows when the chain is
verified, even to someone who recomputed the chain with a plain hash.

The chain's head (how many entries, and the last one's hash) is also kept outside
the table, in the sealed key-slot file, so that removing the last entries shows too
(see `verify`). Entries for a record carry its digest and a short digest per field,
so that a row edited behind the program's back is named down to the field.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Callable

from ..domain.messages import Message
from .clock import now_utc

GENESIS = "0" * 64
SCHEME = "hmac-sha256-v1"  # meta 'audit_chain' once the log is chained under a key
_META = "audit_chain"


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
    fields: str = ""


_COLUMNS = ("seq, at, user, action, record_table, record_id, before_digest, after_digest, "
            "detail, prev_hash, hash, fields")
_INSERT = f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"


def chain_key(conn) -> bytes:
    """The connection's audit key (connection.connect derives it with the database key)."""
    key = getattr(conn, "audit_key", None)
    if not key:
        raise RuntimeError("this connection was not opened by accompdesk.vault.connection")
    return key


def entry_hash(key: bytes, seq: int, at: str, user: str, action: str, record_table: str,
               record_id: str, before_digest: str, after_digest: str, detail: str, fields: str,
               prev_hash: str) -> str:
    body = _ENCODE([SCHEME, seq, at, user, action, record_table, record_id, before_digest,
                    after_digest, detail, fields, prev_hash])
    # The one-shot HMAC (the same value as hmac.new(...).hexdigest()) runs in C: an
    # import hashes one entry per row.
    return hmac.digest(key, body.encode("utf-8"), "sha256").hex()


# json.dumps with these settings builds a new encoder on every call; an import hashes
# one entry per row. The text is the same.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def legacy_hash(e: AuditEntry) -> str:
    """The unkeyed SHA-256 that chained the log before SCHEME (entries had no fields)."""
    body = json.dumps([e.seq, e.at, e.user, e.action, e.record_table, e.record_id, e.before_digest,
                       e.after_digest, e.detail, e.prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _hash_of(key: bytes, e: AuditEntry, prev_hash: str | None = None) -> str:
    return entry_hash(key, e.seq, e.at, e.user, e.action, e.record_table, e.record_id,
                      e.before_digest, e.after_digest, e.detail, e.fields,
                      e.prev_hash if prev_hash is None else prev_hash)


def head(conn) -> tuple[int, str]:
    """(entries, last hash): what the key-slot file and backups keep outside the table."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


def file_head(path: str, raw_key: bytes) -> tuple[int, str]:
    """The head of the audit log in another file of this vault (a backup being written)."""
    from .connection import connect

    conn = connect(path, raw_key)
    try:
        return head(conn)
    finally:
        conn.close()


def append(conn, user: str, action: str, record_table: str, record_id: str,
           before_digest: str = "", after_digest: str = "", detail: str = "",
           fields: str = "") -> None:
    """Add an entry; call inside the transaction of the change it records."""
    key = chain_key(conn)
    seq, prev = head(conn)
    seq += 1
    at = now_utc()
    digest = entry_hash(key, seq, at, user, action, record_table, record_id, before_digest,
                        after_digest, detail, fields, prev)
    conn.execute(_INSERT, (seq, at, user, action, record_table, record_id, before_digest,
                           after_digest, detail, prev, digest, fields))


def append_many(conn, user: str, action: str, record_table: str, items: list[tuple]) -> None:
    """Entries for many records at once: (record_id, before_digest, after_digest[, fields])."""
    key = chain_key(conn)
    seq, prev = head(conn)
    rows = []
    at = now_utc()  # one act, one moment: the entries of a batch share it
    # The text entry_hash signs, with what the entries of a batch share written once:
    # an import signs one entry per row.
    text = _STRING
    shared = f",{text(at)},{text(user)},{text(action)},{text(record_table)},"
    start = f"[{text(SCHEME)},"
    hmac_digest = hmac.digest
    for item in items:
        record_id, before, after = item[:3]
        fields = item[3] if len(item) > 3 else ""
        seq += 1
        body = (f"{start}{seq}{shared}{text(record_id)},{text(before)},{text(after)},\"\","
                f"{text(fields)},{text(prev)}]")
        digest = hmac_digest(key, body.encode("utf-8"), "sha256").hex()
        rows.append((seq, at, user, action, record_table, record_id, before, after, "", prev, digest,
                     fields))
        prev = digest
    conn.executemany(_INSERT, rows)


_STRING = json.encoder.encode_basestring  # the C escaper json.dumps(ensure_ascii=False) uses


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


def _walk(conn, batch: int = 5000):
    """Every entry in order, read in batches so a long log is never held whole."""
    last = 0
    while True:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
                            (last, batch)).fetchall()
        if not rows:
            return
        for row in rows:
            yield AuditEntry(*row)
        last = rows[-1][0]


def _describe(e: AuditEntry) -> str:
    return f"{e.at}, {e.user}, {e.action}"


def first_misfit(conn, hash_of: Callable[[AuditEntry], str]) -> tuple[int, Message | None]:
    """(entries that fit, None) or (entries before the misfit, why the next does not fit)."""
    prev, expected_seq, count = GENESIS, 1, 0
    for e in _walk(conn):
        if e.seq != expected_seq:
            return count, Message("vault.audit.entry_missing", entry=expected_seq, next=e.seq)
        if e.prev_hash != prev:
            return count, Message("vault.audit.entry_does_not_follow", entry=e.seq, previous=e.seq - 1)
        if hash_of(e) != e.hash:
            return count, Message("vault.audit.entry_altered", entry=e.seq, described=_describe(e))
        prev, expected_seq, count = e.hash, expected_seq + 1, count + 1
    return count, None


def verify(conn) -> tuple[bool, Message]:
    """(True, summary) or (False, the first entry that does not fit and why)."""
    key = chain_key(conn)
    count, problem = first_misfit(conn, lambda e: _hash_of(key, e))
    if problem:
        return False, problem
    return True, Message("vault.audit.chain_intact", count=count)


def _rechain(conn, old_hash: Callable[[AuditEntry], str]) -> int:
    """Re-hash, under this connection's key, every entry that fits the chain under
    `old_hash`; stops at the first that does not, so that it still shows afterwards.
    Call inside a transaction. Returns the entries re-hashed."""
    key = chain_key(conn)
    fits, _problem = first_misfit(conn, old_hash)
    prev, done, updates = GENESIS, 0, []
    for e in _walk(conn):
        if done == fits:
            break
        new = _hash_of(key, e, prev)
        updates.append((prev, new, e.seq))
        prev, done = new, done + 1
        if len(updates) >= 5000:
            conn.executemany("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", updates)
            updates = []
    conn.executemany("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", updates)
    return done


def rechain_from_key(conn, old_key: bytes) -> int:
    """After the database was copied under a new key (rekey): the chain follows the key."""
    return _rechain(conn, lambda e: _hash_of(old_key, e))


def upgrade(conn) -> bool:
    """Chain a log written before SCHEME under the key; True if it did anything.

    An entry that did not fit the old chain is left as it was, so `verify` still names it.
    """
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META,)).fetchone()
    if row and row[0] == SCHEME:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        _rechain(conn, legacy_hash)
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                     "SET value = excluded.value", (_META, SCHEME))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return True


def meta_row() -> tuple[str, str]:
    """The meta row a new vault is created with."""
    return (_META, SCHEME)
