"""Each live record against the last audit entry written for it.

A change made through AccompDesk writes the record and its audit entry in one
transaction; a row edited with another tool (the recovery key opens the vault in any
SQLCipher program) has no entry that fits. The entry's per-field digests name the
field that changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.records import ALL_TYPES
from .rows import changed_fields, digest


@dataclass(frozen=True)
class Misfit:
    table: str
    record_id: str
    why: str
    fields: tuple[str, ...] = ()

    def sentence(self) -> str:
        where = f"{self.table} record {self.record_id}"
        if self.fields:
            named = ", ".join(self.fields)
            return f"{where} {self.why} (field{'s' if len(self.fields) > 1 else ''}: {named})"
        return f"{where} {self.why}"


def _last_entries(conn) -> dict[tuple[str, str], tuple[int, str, str]]:
    """(table, id) -> (seq, after digest, field digests) of the last entry that changed it."""
    last = {}
    rows = conn.execute("SELECT seq, record_table, record_id, after_digest, fields FROM audit_log "
                        "WHERE record_id != '' AND (before_digest != '' OR after_digest != '') "
                        "ORDER BY seq")
    for seq, table, record_id, after, fields in rows:
        last[(table, record_id)] = (seq, after, fields)
    return last


def _merged(conn) -> dict[tuple[str, str], tuple[int, dict | None]]:
    """Records a merge changed after their own last entry: (table, id) -> (the merge's audit
    entry, the row the merge left, or None for a record whose link rows it moved).

    A merge is one act with one audit entry (on the kept record); the rows it moved are kept
    in its `changes`, which this reads instead of an entry per record. Undone merges put
    every row back, so they excuse nothing."""
    import json

    from .merges import _rows

    out: dict[tuple[str, str], tuple[int, dict | None]] = {}
    entries = {detail.split(":", 1)[0].removeprefix("merge ").strip(): seq for seq, detail in conn.execute(
        "SELECT seq, detail FROM audit_log WHERE action = 'merge'")}
    for merge_id, changes in conn.execute("SELECT id, changes FROM merges WHERE undone_at IS NULL"):
        seq = entries.get(merge_id)
        if seq is None:
            continue  # a merge the log does not know excuses nothing
        for item in json.loads(changes):
            if item["key"] == ["id"]:
                for row in item["after"]:
                    out[(item["table"], row["id"])] = (seq, row)
            elif "__" in item["table"]:
                owner = item["table"].split("__", 1)[0]
                for row in item["before"] + item["after"]:
                    out.setdefault((owner, row["owner_id"]), (seq, None))
    return {key: value for key, value in out.items()
            if _rows(conn, key[0], "id = ?", (key[1],)) and value is not None}


def misfits(vault) -> tuple[int, list[Misfit]]:
    """(live records checked, the records that do not fit their audit entries)."""
    last = _last_entries(vault.conn)
    merged = _merged(vault.conn) if _has_merges(vault.conn) else {}
    checked, found = 0, []
    for table in ALL_TYPES:
        repo = vault.repo(table)
        present = set(repo.ids(include_deleted=True))
        live = sorted(repo.ids())
        for start in range(0, len(live), 500):
            for record in repo.list(filters={"id": live[start:start + 500]}):
                checked += 1
                entry = last.get((table, record.id))
                if entry is None:
                    found.append(Misfit(table, record.id, "has no audit entry: it was added outside "
                                                          "AccompDesk"))
                elif not entry[1]:
                    found.append(Misfit(table, record.id, f"is live, but audit entry {entry[0]} "
                                                          "deleted it: it was restored outside AccompDesk"))
                elif entry[1] != digest(record) and not _merge_left_it(vault.conn, merged, table,
                                                                       record.id, entry[0]):
                    found.append(Misfit(table, record.id, f"does not match audit entry {entry[0]}: "
                                                          "it was edited outside AccompDesk",
                                        tuple(changed_fields(entry[2], record))))
        if table == "attachments":
            found += _attachment_files(vault, live)
        for (entry_table, record_id), (seq, after, _fields) in last.items():
            if entry_table == table and after and record_id not in present:
                found.append(Misfit(table, record_id, f"is in audit entry {seq} but not in the "
                                                      "table: it was removed outside AccompDesk"))
    return checked, found


def _has_merges(conn) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'merges'").fetchone() is not None


def _merge_left_it(conn, merged, table: str, record_id: str, entry_seq: int) -> bool:
    """True if a merge after the record's last entry changed it, and it is as the merge left it."""
    from .merges import _rows

    found = merged.get((table, record_id))
    if found is None or found[0] < entry_seq:
        return False
    left = found[1]
    return left is None or _rows(conn, table, "id = ?", (record_id,)) == [left]


def _attachment_files(vault, ids: list[str]) -> list[Misfit]:
    """A file's bytes live beside its record; the record's checksum names a swapped file."""
    import hashlib

    found = []
    for start in range(0, len(ids), 200):
        chunk = ids[start:start + 200]
        rows = vault.conn.execute(
            f"SELECT a.id, a.sha256, b.data FROM attachments a LEFT JOIN attachment_blobs b "
            f"ON b.attachment_id = a.id WHERE a.id IN ({','.join('?' * len(chunk))})", chunk)
        for record_id, sha, data in rows:
            if data is None or hashlib.sha256(bytes(data)).hexdigest() != sha:
                found.append(Misfit("attachments", record_id, "holds a file that does not match its "
                                                              "checksum: it was replaced outside "
                                                              "AccompDesk", ("data",)))
    return found
