"""The change log between offices: version vectors, per-field merge, conflicts.

Every write of a record that travels (every record type but staff) appends a change:
its origin office, that office's next sequence number, the fields it set (as stored
in SQL) and the vector of what the origin had seen when it made it. Changes from other
offices are applied in the order they were made (a change waits until everything it
saw is here), and a field then holds every write that no later write has seen: the
"heads". One head means the field is settled; heads with different values are a
conflict, kept with all values until a person decides, while the value already in
force here stays. Deleting and restoring write the pseudo-field `_live`, which every
edit writes too, so a deletion that crosses an edit is a conflict like any other.
Wall clocks decide nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain.fields import specs
from ..domain.records import ALL_TYPES, CSV_TYPES, Record
from . import audit, search
from .clock import now_utc
from .errors import PermissionDenied, UsageError
from .rows import BOOKKEEPING, column_fields, copy, from_sql, link_fields, to_sql

# In dependency order, so that a baseline and a bundle create what others point to first.
SYNCED: tuple[str, ...] = tuple(CSV_TYPES) + ("checkin_schedules", "attachments")
LIVE = "_live"
# A merge of two records (or its undo) travels as a change of the merged record of its
# own: `_merge` holds the merge's id, the kept record, the names that became
# also-known-as names and the field choices; `undo` marks the undo. The kept record's
# new values travel as the ordinary change just before it.
MERGE = "_merge"


def field_values(record: Record) -> dict:
    """The record's declared fields as SQL stores them (links as lists of ids)."""
    out = {}
    for name, spec in specs(type(record)).items():
        value = getattr(record, name)
        out[name] = list(value or []) if spec.kind in ("links", "roles") else to_sql(spec, value)
    return out


def _dumps(value) -> str:
    return _ENCODE(value)


# One encoder for every change (json.dumps with settings makes a new one per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


# -- vectors ----------------------------------------------------------------------------------

def vector(conn) -> dict[str, int]:
    """What this office holds: per origin, the last sequence number applied (no gaps)."""
    return dict(conn.execute("SELECT origin, seq FROM seen_vector"))


def _vector_id(conn, deps: dict[str, int]) -> int:
    body = _dumps(deps)
    conn.execute("INSERT OR IGNORE INTO change_vectors (body) VALUES (?)", (body,))
    return conn.execute("SELECT id FROM change_vectors WHERE body = ?", (body,)).fetchone()[0]


def _origin(vault) -> str | None:
    cached = getattr(vault, "_office_origin", None)
    if cached is None:
        cached = current_origin(vault.conn)
        if cached is not None:
            vault._office_origin = cached
    return cached


def current_origin(conn) -> str | None:
    """The origin of this office's changes: its office id, and after a restore the id
    and the epoch (`office.2`), so that no sequence number is ever issued twice."""
    row = conn.execute("SELECT origin FROM office_epochs ORDER BY epoch DESC LIMIT 1").fetchone()
    if row is not None:
        return row[0]
    row = conn.execute("SELECT office_id FROM office_identity").fetchone()
    return row[0] if row else None


def office_of(origin: str | None) -> str | None:
    """The office that made changes of `origin` (whatever its epoch)."""
    return origin.split(".", 1)[0] if origin else origin


# Bundle numbers of an epoch start at (epoch - 1) times this: above any number the
# office sent before, so a peer never takes a bundle made after a restore for a replay.
BUNDLES_PER_EPOCH = 1_000_000


def new_epoch(vault, reason: str) -> str | None:
    """Start a new origin for this office's changes (after a restore), audited; returns
    it, or None for a vault without an office identity."""
    conn = vault.conn
    row = conn.execute("SELECT office_id FROM office_identity").fetchone()
    if row is None:
        return None
    with vault.transaction():
        last = conn.execute("SELECT coalesce(max(epoch), 1) FROM office_epochs").fetchone()[0]
        epoch = last + 1
        origin = f"{row[0]}.{epoch}"
        conn.execute("INSERT INTO office_epochs (epoch, origin, started_at, reason) VALUES (?,?,?,?)",
                     (epoch, origin, now_utc(), reason))
        conn.execute("UPDATE peers SET bundles_sent = max(bundles_sent, ?)",
                     ((epoch - 1) * BUNDLES_PER_EPOCH,))
        audit.append(conn, vault.user, "new office epoch", "office_identity", row[0], "", "",
                     f"changes from now on come from {origin} ({reason})")
    vault._office_origin = None
    return origin


def _append_many(conn, origin: str, table: str, items: list[tuple[str, dict]], made_at: str) -> None:
    _append_encoded(conn, origin, table, [(rid, _dumps(f)) for rid, f in items], made_at)


def _append_encoded(conn, origin: str, table: str, items: list[tuple[str, str]], made_at: str) -> None:
    """Changes whose fields are already their JSON text (as `_dumps` writes it)."""
    seen = vector(conn)
    start = seen.get(origin, 0)
    # What the origin had seen: everything here, its own earlier changes implied by seq.
    deps = _vector_id(conn, {o: s for o, s in seen.items() if o != origin})
    conn.executemany("INSERT INTO changes (origin, seq, record_table, record_id, fields, deps, made_at) "
                     "VALUES (?,?,?,?,?,?,?)",
                     [(origin, start + i + 1, table, rid, body, deps, made_at)
                      for i, (rid, body) in enumerate(items)])
    conn.execute("INSERT INTO seen_vector (origin, seq) VALUES (?, ?) ON CONFLICT(origin) "
                 "DO UPDATE SET seq = excluded.seq", (origin, start + len(items)))


# -- hooks the repository calls inside its transactions ----------------------------------------

def refuse_mirrored(conn, table: str, record_id: str) -> None:
    row = conn.execute("SELECT k.name FROM mirrored m LEFT JOIN known_offices k ON k.office_id = m.peer_id "
                       "WHERE m.record_table = ? AND m.record_id = ?", (table, record_id)).fetchone()
    if row is not None:
        raise PermissionDenied("vault.changelog.record_came_from_redacted", office=row[0] or 'another office')


def note_write(repo, before: Record | None, after: Record) -> None:
    if repo.table not in SYNCED or (origin := _origin(repo.vault)) is None:
        return
    conn = repo.conn
    values = field_values(after)
    if before is not None:
        refuse_mirrored(conn, repo.table, after.id)
        old = field_values(before)
        values = {k: v for k, v in values.items() if old.get(k) != v}
    values[LIVE] = "live"
    _append_many(conn, origin, repo.table, [(after.id, values)], now_utc())
    _close_conflicts(conn, repo.table, after.id, list(values), f"edited by {repo.vault.user}")


def note_live(repo, record_id: str, state: str) -> None:
    if repo.table not in SYNCED or (origin := _origin(repo.vault)) is None:
        return
    refuse_mirrored(repo.conn, repo.table, record_id)
    _append_many(repo.conn, origin, repo.table, [(record_id, {LIVE: state})], now_utc())
    _close_conflicts(repo.conn, repo.table, record_id, [LIVE], f"{state} by {repo.vault.user}")


def note_merge(repo, keep_before: Record, keep_after: Record, other_id: str, info: dict) -> None:
    """The merge as changes: the kept record's new values, then the merge itself."""
    if repo.table not in SYNCED or (origin := _origin(repo.vault)) is None:
        return
    note_write(repo, keep_before, keep_after)
    refuse_mirrored(repo.conn, repo.table, other_id)
    _append_many(repo.conn, origin, repo.table, [(other_id, {LIVE: "deleted", MERGE: info})], now_utc())
    _close_conflicts(repo.conn, repo.table, other_id, [LIVE], f"merged by {repo.vault.user}")


def note_unmerge(repo, keep_before: Record, keep_after: Record, other_id: str, merge_id: str) -> None:
    """The undo of a merge as changes: the kept record's values put back, then the undo."""
    if repo.table not in SYNCED or (origin := _origin(repo.vault)) is None:
        return
    if field_values(keep_before) != field_values(keep_after):
        note_write(repo, keep_before, keep_after)
    _append_many(repo.conn, origin, repo.table,
                 [(other_id, {LIVE: "live", MERGE: {"id": merge_id, "undo": True}})], now_utc())
    _close_conflicts(repo.conn, repo.table, other_id, [LIVE], f"merge undone by {repo.vault.user}")


def note_many(repo, records: Sequence[Record], rows: Sequence[Sequence] | None = None) -> None:
    """Changes for new records; `rows`, when given, are their SQL rows in the repository's
    column order, read instead of converting every field a second time."""
    if repo.table not in SYNCED or not records or (origin := _origin(repo.vault)) is None:
        return
    if rows is None:
        items = [(r.id, _dumps({**field_values(r), LIVE: "live"})) for r in records]
    else:
        write = _new_record_writer(repo.type)
        items = [(record.id, write(record, row)) for record, row in zip(records, rows)]
    _append_encoded(repo.conn, origin, repo.table, items, now_utc())


def _new_record_writer(record_type):
    """The `_dumps` text of a new record's change, {**field_values, LIVE: "live"}, written
    from its SQL row without the dict and the sorting encoder: an import writes one for
    every row. Keys come in sorted order, as sort_keys puts them."""
    cached = _WRITERS.get(record_type)
    if cached is not None:
        return cached
    import operator

    from .rows import columns

    stored = columns(record_type)
    lists = [n for n, s in specs(record_type).items() if s.kind in ("links", "roles")]
    names = sorted([*stored[len(BOOKKEEPING):], *lists, LIVE])
    keys = tuple(_STRING(n) + ":" for n in names)
    in_row = [n for n in names if n not in lists and n != LIVE]
    positions = [stored.index(n) for n in in_row]
    # itemgetter of one position gives the item, not a tuple
    from_row = operator.itemgetter(*positions) if len(positions) > 1 else lambda row: (row[positions[0]],)
    # The list fields and LIVE go in at their sorted places, in rising order.
    inserts = sorted((names.index(n), n) for n in [*lists, LIVE])
    live = _STRING("live")
    add, string = operator.add, _STRING

    def write(record, row) -> str:
        texts = [string(v) if type(v) is str else "null" if v is None
                 else int.__repr__(v) if type(v) is int else _dumps(v) for v in from_row(row)]
        for at, name in inserts:
            if name == LIVE:
                texts.insert(at, live)
            else:
                value = getattr(record, name)
                texts.insert(at, _dumps(list(value)) if value else "[]")
        return "{" + ",".join(map(add, keys, texts)) + "}"

    _WRITERS[record_type] = write
    return write


_WRITERS: dict[type, object] = {}
_STRING = json.encoder.encode_basestring  # the C escaper json.dumps(ensure_ascii=False) uses


def _close_conflicts(conn, table: str, record_id: str, fields: list[str], how: str) -> None:
    marks = ",".join("?" * len(fields))
    conn.execute(f"UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE record_table = ? "
                 f"AND record_id = ? AND field IN ({marks}) AND resolved_at IS NULL",
                 (now_utc(), how, table, record_id, *fields))


def baseline(conn, origin: str) -> int:
    """Every record already in the vault as one change of this office (at the upgrade)."""
    from .rows import columns, record_from_row

    total = 0
    stamp = now_utc()
    for table in SYNCED:
        rtype = ALL_TYPES[table]
        names = columns(rtype)
        rows = conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY created_at, id").fetchall()
        if not rows:
            continue
        records = [record_from_row(rtype, r) for r in rows]
        _load_links(conn, table, rtype, records)
        items = [(r.id, {**field_values(r), LIVE: "deleted" if r.deleted_at else "live"}) for r in records]
        _append_many(conn, origin, table, items, stamp)
        total += len(items)
    return total


def _load_links(conn, table, rtype, records) -> None:
    from .rows import link_table

    by_id = {r.id: r for r in records}
    for name, spec in link_fields(rtype).items():
        for r in records:
            setattr(r, name, [])
            if spec.role_field:
                setattr(r, spec.role_field, [])
        role = ", role" if spec.role_field else ""
        for row in conn.execute(f"SELECT owner_id, target_id{role} FROM {link_table(table, name)} "
                                "ORDER BY owner_id, position"):
            r = by_id.get(row[0])
            if r is not None:
                getattr(r, name).append(row[1])
                if spec.role_field:
                    getattr(r, spec.role_field).append(row[2])


# -- changes between offices ------------------------------------------------------------------

@dataclass
class Change:
    origin: str
    seq: int
    table: str
    record_id: str
    fields: dict
    deps: dict
    made_at: str

    @classmethod
    def from_json(cls, item) -> Change:
        origin, seq, table, record_id, fields, deps, made_at = item
        if not (isinstance(origin, str) and isinstance(seq, int) and isinstance(table, str)
                and isinstance(record_id, str) and isinstance(fields, dict) and isinstance(deps, dict)
                and isinstance(made_at, str) and seq > 0):
            raise ValueError("malformed change")
        return cls(origin, seq, table, record_id, fields, {str(k): int(v) for k, v in deps.items()}, made_at)

    def seen(self, origin: str, seq: int) -> bool:
        """True if this change was made by an office that had (origin, seq)."""
        if origin == self.origin:
            return seq <= self.seq
        return self.deps.get(origin, 0) >= seq


def _not_covered(conn, acked: dict[str, int], everything: bool) -> tuple[str, list]:
    """Changes beyond `acked`, one indexed range per origin (origin, seq > acked), so that a
    weekly bundle reads its few hundred rows, not the whole log."""
    if everything:
        return "SELECT n FROM changes", []
    origins = [r[0] for r in conn.execute("SELECT origin FROM seen_vector")]
    if not origins:
        return "SELECT n FROM changes WHERE 0", []
    parts = " UNION ALL ".join(["SELECT n FROM changes WHERE origin = ? AND seq > ?"] * len(origins))
    return parts, [x for o in origins for x in (o, int(acked.get(o, 0)))]


def unacked_rows(conn, acked: dict[str, int], *, everything: bool = False):
    """(origin, seq, table, record id, fields JSON, deps JSON, made at) of the changes not
    covered by `acked`, in the order they were applied here (causal); the JSON as stored."""
    picked, args = _not_covered(conn, acked, everything)
    where = "" if everything else f" WHERE c.n IN ({picked})"
    return conn.execute("SELECT c.origin, c.seq, c.record_table, c.record_id, c.fields, v.body, c.made_at "
                        f"FROM changes c JOIN change_vectors v ON v.id = c.deps{where} ORDER BY c.n",
                        [] if everything else args)


def changes_json(rows) -> tuple[str, int, set[str], list[str]]:
    """The rows as the JSON list a bundle carries, built from the stored JSON without
    parsing it again; with the count, the origins and the attachments created."""
    parts, origins, attachments = [], set(), []
    for origin, seq, table, rid, fields, deps, made_at in rows:
        parts.append(f"[{json.dumps(origin)},{int(seq)},{json.dumps(table)},{json.dumps(rid)},{fields},{deps},"
                     f"{json.dumps(made_at)}]")
        origins.add(origin)
        if table == "attachments" and '"sha256"' in fields:
            attachments.append(rid)
    return "[" + ",".join(parts) + "]", len(parts), origins, attachments


def touched_since(conn, acked: dict[str, int], *, everything: bool = False) -> list[tuple[str, str]]:
    """(table, record id) of every record a change not covered by `acked` touched, in order."""
    picked, args = _not_covered(conn, acked, everything)
    where = "" if everything else f" WHERE c.n IN ({picked})"
    out: dict[tuple[str, str], None] = {}
    for table, rid in conn.execute(f"SELECT c.record_table, c.record_id FROM changes c{where} ORDER BY c.n",
                                   [] if everything else args):
        out[(table, rid)] = None
    return list(out)


def creator(conn, table: str, record_id: str) -> str | None:
    row = conn.execute("SELECT origin FROM changes WHERE record_table = ? AND record_id = ? ORDER BY n LIMIT 1",
                       (table, record_id)).fetchone()
    return row[0] if row else None


@dataclass
class Applied:
    """What applying a batch did, by table, and the conflicts it raised."""
    created: dict = field(default_factory=dict)
    updated: dict = field(default_factory=dict)
    deleted: dict = field(default_factory=dict)
    skipped: int = 0
    conflicts: list = field(default_factory=list)  # (table, record id, field)
    merged: dict = field(default_factory=dict)     # merges made (or undone) by another office

    def count(self, kind: dict, table: str) -> None:
        kind[table] = kind.get(table, 0) + 1


def check_known(change: Change) -> None:
    """A table or field this program does not know comes from a newer version."""
    rtype = ALL_TYPES.get(change.table)
    if rtype is None or change.table not in SYNCED:
        raise UsageError("vault.changelog.table", table=change.table)
    names = specs(rtype)
    for name in change.fields:
        if name == MERGE:
            _check_merge(change)
        elif name != LIVE and name not in names:
            raise UsageError("vault.changelog.field", table=change.table, name=name)
    if change.fields.get(LIVE, "live") not in ("live", "deleted"):
        raise UsageError("vault.changelog.state")


def _check_merge(change: Change) -> None:
    from .merges import MERGEABLE

    info = change.fields[MERGE]
    if change.table not in MERGEABLE or not isinstance(info, dict) or not isinstance(info.get("id"), str):
        raise UsageError("vault.changelog.merge")
    if info.get("undo"):
        return
    if not (isinstance(info.get("into"), str) and isinstance(info.get("names", []), list)
            and isinstance(info.get("fields", []), list) and info["into"] != change.record_id):
        raise UsageError("vault.changelog.merge")


def applicable(seen: dict[str, int], change: Change) -> str:
    """'duplicate' if here already, 'gap' if something it saw is missing, else 'ok'."""
    have = seen.get(change.origin, 0)
    if change.seq <= have:
        return "duplicate"
    if change.seq != have + 1 or any(seen.get(o, 0) < s for o, s in change.deps.items() if o != change.origin):
        return "gap"
    return "ok"


def apply(vault, changes: list[Change], names: dict[str, str], result: Applied | None = None,
          progress=None) -> Applied:
    """Apply changes from another office inside the caller's transaction."""
    conn = vault.conn
    result = result or Applied()
    seen = vector(conn)
    vectors: dict[str, int] = {}
    writer = _Writer(vault, names)
    for index, change in enumerate(changes):
        state = applicable(seen, change)
        if state != "ok":
            result.skipped += state == "gap"
            continue
        key = _dumps({o: s for o, s in change.deps.items() if o != change.origin})
        if key not in vectors:
            vectors[key] = _vector_id(conn, json.loads(key))
        conn.execute("INSERT INTO changes (origin, seq, record_table, record_id, fields, deps, made_at) "
                     "VALUES (?,?,?,?,?,?,?)", (change.origin, change.seq, change.table, change.record_id,
                                               _dumps(change.fields), vectors[key], change.made_at))
        seen[change.origin] = change.seq
        if MERGE in change.fields:
            writer.flush()
            _merge_pair(vault, change, names, result, writer)
        else:
            writer.merge(change, result)
        if progress is not None and index % 500 == 0:
            progress(index, len(changes))
    writer.flush()
    if result.created or result.updated or result.merged:
        from .merges import follow
        follow(vault)
    conn.executemany("INSERT INTO seen_vector (origin, seq) VALUES (?, ?) ON CONFLICT(origin) "
                     "DO UPDATE SET seq = excluded.seq", list(seen.items()))
    return result


def heads(history: list[Change], name: str) -> list[Change]:
    """The writes of a field that no other write of it has seen."""
    writers = [c for c in history if name in c.fields]
    return [c for c in writers
            if not any(o is not c and o.seen(c.origin, c.seq) for o in writers)]


def _history(conn, table: str, record_id: str) -> list[Change]:
    return [Change(o, s, table, record_id, json.loads(f), json.loads(d), m) for o, s, f, d, m in conn.execute(
        "SELECT c.origin, c.seq, c.fields, v.body, c.made_at FROM changes c JOIN change_vectors v "
        "ON v.id = c.deps WHERE c.record_table = ? AND c.record_id = ? ORDER BY c.n", (table, record_id))]


class _Writer:
    """Writes merged records: new ones in batches, others one by one."""

    def __init__(self, vault, names: dict[str, str]):
        self.vault = vault
        self.conn = vault.conn
        self.names = names
        self.pending: dict[str, list[Record]] = {}
        self.pending_ids: set[tuple[str, str]] = set()

    def merge(self, change: Change, result: Applied) -> None:
        repo = self.vault.repo(change.table)
        key = (change.table, change.record_id)
        if key in self.pending_ids:
            self.flush()
        exists = repo.exists(change.record_id)
        if not exists:
            record = repo.type(id=change.record_id)
            _set_fields(record, change.fields)
            record.created_at = record.updated_at = change.made_at
            record.created_by = record.updated_by = self.names.get(change.origin, "another office")
            record.deleted_at = change.made_at if change.fields.get(LIVE) == "deleted" else None
            self.pending.setdefault(change.table, []).append(record)
            self.pending_ids.add(key)
            result.count(result.created, change.table)
            return
        before = repo.get(change.record_id, include_deleted=True)
        current = field_values(before)
        current[LIVE] = "deleted" if before.deleted_at else "live"
        history = _history(self.conn, change.table, change.record_id)
        had_open = self.conn.execute("SELECT 1 FROM conflicts WHERE record_table = ? AND record_id = ? AND "
                                     "resolved_at IS NULL LIMIT 1", (change.table, change.record_id)).fetchone()
        settled: dict = {}
        for name, value in change.fields.items():
            tops = heads(history, name)
            values = {_dumps(h.fields[name]) for h in tops}
            if len(tops) == 1 or _dumps(current.get(name)) not in values:
                settled[name] = value
            open_ = len(values) > 1
            if open_ or had_open:
                self._conflict(change.table, change.record_id, name, tops if open_ else None, change)
            if open_:
                result.conflicts.append((change.table, change.record_id, name))
        changed = {k: v for k, v in settled.items() if current.get(k) != v}
        if not changed:
            return
        record = copy(before)
        _set_fields(record, {k: v for k, v in changed.items() if k != LIVE})
        if LIVE in changed:
            record.deleted_at = change.made_at if changed[LIVE] == "deleted" else None
            result.count(result.deleted if changed[LIVE] == "deleted" else result.updated, change.table)
        else:
            result.count(result.updated, change.table)
        record.updated_at, record.updated_by = change.made_at, self.names.get(change.origin, "another office")
        links = any(k in repo._links or k in _role_fields(repo) for k in changed)
        write_record(self.vault, record, before, "receive", links=links)

    def _conflict(self, table, record_id, name, tops, change) -> None:
        conn = self.conn
        if tops is None:
            conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE record_table = ? AND "
                         "record_id = ? AND field = ? AND resolved_at IS NULL",
                         (now_utc(), f"settled by {self.names.get(change.origin, 'another office')}",
                          table, record_id, name))
            return
        body = _dumps(sorted([h.origin, h.seq, h.fields[name]] for h in tops))
        updated = conn.execute("UPDATE conflicts SET heads = ? WHERE record_table = ? AND record_id = ? "
                               "AND field = ? AND resolved_at IS NULL", (body, table, record_id, name)).rowcount
        if not updated:
            conn.execute("INSERT INTO conflicts (record_table, record_id, field, heads, raised_at) "
                         "VALUES (?,?,?,?,?)", (table, record_id, name, body, now_utc()))

    def flush(self) -> None:
        for table, records in self.pending.items():
            if records:
                insert_records(self.vault, table, records, "receive")
        self.pending = {}
        self.pending_ids = set()


def _merge_pair(vault, change: Change, names: dict[str, str], result: Applied, writer: _Writer) -> None:
    """Another office merged two records (or undid a merge): the same here, in this
    transaction, audited; links this office alone has move too.

    Whatever else happened here, the merge is applied. An edit of the merged record made
    here before the merge arrived (so that office had not seen it) stays on the merged
    record and is listed as a conflict on whether that record is kept, so that a person
    decides whether the edit belongs on the kept record or the merge should be undone.
    Two offices merging the same pair merge it once; a merge that would undo another
    one (the pair merged the other way round here) is not applied and is a conflict too.
    """
    from . import merges

    conn = vault.conn
    info = change.fields[MERGE]
    table, other_id = change.table, change.record_id
    who = names.get(change.origin, "another office")
    tops = heads(_history(conn, table, other_id), LIVE)
    split = len({_dumps(h.fields[LIVE]) for h in tops}) > 1
    applied = False
    if info.get("undo"):
        # The merge itself, or this office's own merge of the same pair (made here before
        # the other office's arrived, which was then merged once): the pair is two again.
        row = conn.execute("SELECT id FROM merges WHERE undone_at IS NULL AND (id = ? OR (record_table = ? "
                           "AND merged_id = ?)) ORDER BY id = ? DESC LIMIT 1",
                           (info["id"], table, other_id, info["id"])).fetchone()
        if row is not None:
            merges.undo(vault, row[0], received=who)
            applied = True
    else:
        keep_id = info["into"]
        rows = {rid: (into, deleted) for rid, into, deleted in conn.execute(
            f"SELECT id, merged_into, deleted_at FROM {table} WHERE id IN (?, ?)", (keep_id, other_id))}
        other, kept = rows.get(other_id), rows.get(keep_id)
        if other is None or kept is None:
            pass  # not here (the changes that made them came first, so this does not happen)
        elif other[0] == keep_id:
            pass  # merged here already: the same pair, merged by two offices
        elif other[0] is not None or kept[0] is not None or kept[1] is not None:
            # One of the two went into another record here, or the kept one was deleted:
            # not merged. Those acts crossed this merge, so their writes of `_live` are
            # heads beside it, and the conflict is listed below.
            pass
        else:
            merges.apply(vault, table, keep_id, other_id, {}, list(info.get("fields", [])),
                         [str(n) for n in info.get("names", [])], received=(info["id"], who))
            applied = True
    if applied:
        result.count(result.merged, table)
    if split:
        writer._conflict(table, other_id, LIVE, tops, change)
        result.conflicts.append((table, other_id, LIVE))


def _role_fields(repo) -> set[str]:
    return {spec.role_field for spec in repo._links.values() if spec.role_field}


def _set_fields(record: Record, values: dict) -> None:
    cols = column_fields(type(record))
    for name, value in values.items():
        if name in (LIVE, MERGE):
            continue
        if name in cols:
            setattr(record, name, from_sql(cols[name], value))
        else:
            setattr(record, name, list(value or []))


def write_record(vault, record: Record, before: Record | None, action: str, links: bool = True) -> None:
    """Write a merged or mirrored record as it is: no validation (the sender validated,
    and a merge may join values no single form produced), its links, index and audit."""
    from .rows import digest

    repo = vault.repo(record.TABLE)
    conn = vault.conn
    if before is None:
        insert_records(vault, record.TABLE, [record], action)
        return
    names = repo._columns[1:]
    conn.execute(f"UPDATE {repo.table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                 repo._row(record)[1:] + [record.id])
    if links:
        repo._write_links(record, replace=True)
    if record.deleted_at:
        search.unindex(conn, repo.table, record.id)
    else:
        search.index(conn, record)
    audit.append(conn, vault.user, action, repo.table, record.id, digest(before), digest(record))


def insert_records(vault, table: str, records: list[Record], action: str) -> None:
    from .rows import digest

    repo = vault.repo(table)
    conn = vault.conn
    conn.executemany(f"INSERT INTO {table} ({', '.join(repo._columns)}) "
                     f"VALUES ({','.join('?' * len(repo._columns))})", [repo._row(r) for r in records])
    for record in records:
        repo._write_links(record)
    # New records are not in the index yet: their documents go in as one batch.
    next_doc = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM search_docs").fetchone()[0]
    docs, texts = [], []
    for record in records:
        title, body = search.document(record)
        if not record.deleted_at and (title or body):
            docs.append((next_doc, table, record.id))
            texts.append((next_doc, title, body))
            next_doc += 1
    conn.executemany("INSERT INTO search_docs (rowid, record_table, record_id) VALUES (?,?,?)", docs)
    conn.executemany("INSERT INTO search_fts (rowid, title, body) VALUES (?,?,?)", texts)
    audit.append_many(conn, vault.user, action, table, [(r.id, "", digest(r)) for r in records])


# -- conflicts --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    record_id: str
    field: str
    heads: list  # [origin, seq, value]
    raised_at: str
    resolved_at: str | None
    resolution: str | None


def conflicts(conn, *, include_resolved: bool = False) -> list[Conflict]:
    sql = "SELECT id, record_table, record_id, field, heads, raised_at, resolved_at, resolution FROM conflicts"
    if not include_resolved:
        sql += " WHERE resolved_at IS NULL"
    return [Conflict(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7])
            for r in conn.execute(sql + " ORDER BY id")]


def conflict(conn, conflict_id: int) -> Conflict:
    for c in conflicts(conn, include_resolved=True):
        if c.id == conflict_id:
            return c
    raise UsageError("vault.changelog.there_no_conflict_see", conflict_id=conflict_id)


def current_value(vault, table: str, record_id: str, name: str):
    record = vault.repo(table).get(record_id, include_deleted=True)
    if name == LIVE:
        return "deleted" if record.deleted_at else "live"
    return field_values(record).get(name)


def resolve(vault, conflict_id: int, value, how: str) -> None:
    """Settle a conflict with `value` (as SQL stores it): written here and sent on as a
    change that has seen every value in the conflict, so every office settles alike."""
    vault.require("staff")
    found = conflict(vault.conn, conflict_id)
    if found.resolved_at:
        raise UsageError("vault.changelog.conflict_already_resolved", conflict_id=conflict_id,
                         resolution=found.resolution)
    origin = _origin(vault)
    repo = vault.repo(found.table)
    with vault.transaction():
        refuse_mirrored(vault.conn, found.table, found.record_id)
        before = repo.get(found.record_id, include_deleted=True)
        record = repo.get(found.record_id, include_deleted=True)
        if found.field == LIVE:
            if value not in ("live", "deleted"):
                raise UsageError("vault.changelog.deletion_conflict_settled_by")
            record.deleted_at = (before.deleted_at or now_utc()) if value == "deleted" else None
        else:
            _set_fields(record, {found.field: value})
        record.updated_at, record.updated_by = now_utc(), vault.user
        write_record(vault, record, before, "resolve conflict")
        # A conflict comes only from a received bundle, which needs this office's identity.
        assert origin is not None
        _append_many(vault.conn, origin, found.table, [(found.record_id, {found.field: value})], now_utc())
        vault.conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                           (now_utc(), f"{how} by {vault.user}", conflict_id))
