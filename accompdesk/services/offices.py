"""Bundles between offices: make one for a peer, check and receive one, settle conflicts.

An internal peer receives the change log itself (every change it has not acknowledged,
from any origin, so a project office relays between teams) and merges it field by
field. A diplomatic or public peer receives the records as that audience may see them;
its copies are read-only there, and what it sends back is only its own records.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field

from ..exchange import bundle
from ..exchange.bundle import BundleError
from ..vault import audit, changelog, office
from ..vault.changelog import LIVE, Applied, Change
from ..vault.clock import now_utc
from ..vault.errors import InputRejected, UsageError
from . import alias_clashes, bundle_audience


class BundleRejected(InputRejected):
    """A bundle refused as a whole: nothing was changed."""

    def __init__(self, code: str, reason: str = "rejected", /, **params):
        super().__init__(code, **params)
        self.reason = reason


class Cancelled(Exception):
    pass


# -- this office and its peers ------------------------------------------------------------------

def card(vault) -> str:
    return office.card(vault.conn)


def identity(vault) -> office.Identity:
    return office.identity(vault.conn)


def add_peer(vault, card_text: str, audience: str, name: str | None = None) -> office.Peer:
    # A card opened and saved in Notepad starts with a byte-order mark; it is the same card.
    return office.add_peer(vault, office.read_card(card_text.removeprefix("\ufeff")), audience, name)


def remove_peer(vault, name: str) -> office.Peer:
    return office.remove_peer(vault, name)


def peers(vault) -> list[office.Peer]:
    return office.peers(vault.conn)


def _acked(conn, peer_id: str) -> dict[str, int]:
    return dict(conn.execute("SELECT origin, seq FROM peer_acks WHERE peer_id = ?", (peer_id,)))


# -- sending ----------------------------------------------------------------------------------

@dataclass
class Outgoing:
    data: bytes
    peer: office.Peer
    changes: int
    records: int
    attachments: int


def make_bundle(vault, peer_name: str, *, everything: bool = False, progress=None) -> Outgoing:
    """The bundle for one peer: what it has not acknowledged (or everything)."""
    vault.require("staff")
    conn = vault.conn
    me = office.identity(conn)
    peer = office.peer_by_name(conn, peer_name)
    acked = _acked(conn, peer.office_id)
    payload: dict = {"mirror": [], "attachments": {}}
    changes_text, count = "[]", 0
    origins: set[str] = set()
    if peer.audience == "internal":
        changes_text, count, origins, wanted = changelog.changes_json(
            changelog.unacked_rows(conn, acked, everything=everything))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for rid, data in conn.execute("SELECT attachment_id, data FROM attachment_blobs WHERE attachment_id "
                                          f"IN ({','.join('?' * len(chunk))})", chunk):
                payload["attachments"][rid] = base64.b64encode(bytes(data)).decode()
    else:
        payload["mirror"] = _mirror(vault, peer, acked, everything, progress)
    names = office.office_names(conn)
    number = peer.bundles_sent + 1
    manifest = {"format": bundle.FORMAT, "bundle": number, "sender": me.office_id, "sender_name": me.name,
                "recipient": peer.office_id, "audience": peer.audience, "made_at": now_utc(),
                "vector": changelog.vector(conn),
                "mirror_ack": dict(conn.execute("SELECT origin, seq FROM mirror_seen WHERE peer_id = ?",
                                                (peer.office_id,))),
                "offices": {o: names.get(o) or names[changelog.office_of(o) or o]
                            for o in origins | {me.office_id, changelog.current_origin(conn) or me.office_id}
                            if o in names or changelog.office_of(o) in names},
                "counts": {"changes": count, "records": len(payload["mirror"]),
                           "attachments": len(payload["attachments"])}}
    # The changes are spliced in as stored: a first bundle of a large vault need not parse
    # and re-encode every one of them.
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    body = '{"changes":' + changes_text + "," + body[1:]
    data = bundle.seal(manifest, body.encode("utf-8"), me.sign_private, peer.age_recipient)
    with vault.transaction():
        conn.execute("UPDATE peers SET bundles_sent = ?, last_sent_at = ? WHERE office_id = ?",
                     (number, manifest["made_at"], peer.office_id))
        audit.append(conn, vault.user, "send bundle", "peers", peer.office_id, "",
                     hashlib.sha256(data).hexdigest(),
                     f"to {peer.name} ({peer.audience}): bundle {number}, {count} changes, "
                     f"{len(payload['mirror'])} records, {len(payload['attachments'])} attachments")
    return Outgoing(data, office.peer_by_name(conn, peer.name), count,
                    len(payload["mirror"]), len(payload["attachments"]))


def _mirror(vault, peer: office.Peer, acked: dict, everything: bool, progress) -> list:
    conn = vault.conn
    seen_as = bundle_audience.cast(vault, peer.audience)
    touched = [(t, r) for t, r in changelog.touched_since(conn, acked, everything=everything)
               if t in bundle_audience.MIRRORED_TABLES]
    order = {t: i for i, t in enumerate(changelog.SYNCED)}
    touched.sort(key=lambda item: order[item[0]])
    out = []
    for index, (table, rid) in enumerate(touched):
        # The peer's own records are its to keep: they do not come back redacted.
        if changelog.office_of(changelog.creator(conn, table, rid)) == peer.office_id:
            continue
        record = vault.repo(table).get(rid, include_deleted=True)
        values = changelog.field_values(record)
        values = bundle_audience.filter_values(table, rid, values, seen_as)
        bundle_audience.scan(table, values, seen_as)
        values[LIVE] = "deleted" if record.deleted_at else "live"
        out.append([table, rid, values, record.updated_at])
        if progress is not None and index % 500 == 0:
            progress(index, len(touched))
    return out


# -- receiving --------------------------------------------------------------------------------

@dataclass
class Incoming:
    peer: office.Peer
    manifest: dict
    applied: Applied
    dry_run: bool
    attachments: int = 0
    by_table: dict = field(default_factory=dict)
    # Aliases the bundle made shared, one sentence each (what the roster prints instead).
    alias_clashes: list = field(default_factory=list)


class _DryRun(Exception):
    pass


def _checked(vault, data: bytes):
    conn = vault.conn
    me = office.identity(conn)
    try:
        envelope = bundle.open_sealed(data, me.age_identity)
    except BundleError as exc:
        raise BundleRejected("services.offices.nothing_was_changed", exc.reason, exc=exc) from None
    m = envelope.manifest
    damaged = BundleRejected("services.offices.bundle_damaged_manifest_incomplete", "damaged")
    if not isinstance(m.get("format"), int):
        raise damaged
    if m["format"] > bundle.FORMAT:
        raise BundleRejected("services.offices.bundle_was_made_by", "future")
    for key, kind in (("bundle", int), ("sender", str), ("recipient", str), ("vector", dict),
                      ("mirror_ack", dict), ("offices", dict), ("made_at", str)):
        if not isinstance(m.get(key), kind):
            raise damaged
    # Counts are whole numbers (true is not a bundle number); received, they are written as such.
    if isinstance(m["bundle"], bool) or not all(
            isinstance(n, int) and not isinstance(n, bool)
            for counts in (m["vector"], m["mirror_ack"]) for n in counts.values()):
        raise damaged
    peer = office.peer_by_id(conn, m["sender"])
    if peer is None:
        raise BundleRejected("services.offices.bundle_comes_from_office", "signer")
    if not envelope.verify(peer.sign_public):
        raise BundleRejected("services.offices.bundle_s_signature_does", "signature", name=peer.name)
    if m["recipient"] != me.office_id:
        raise BundleRejected("services.offices.bundle_was_made_by_2",
                             "recipient", name=peer.name)
    if m["bundle"] <= peer.last_bundle_received:
        raise BundleRejected("services.offices.bundle_from_was_already", "replay", bundle=m['bundle'], name=peer.name)
    payload = envelope.payload()
    try:
        changes = [Change.from_json(item) for item in payload.get("changes", [])]
        mirror = payload.get("mirror", [])
        attachments = payload.get("attachments", {})
        if not isinstance(mirror, list) or not isinstance(attachments, dict):
            raise ValueError  # noqa: TRY004 - one handler below for every malformed part
    except (ValueError, TypeError):
        raise BundleRejected("services.offices.bundle_damaged_change_cannot",
                             "damaged") from None
    try:
        for change in changes:
            changelog.check_known(change)
        for item in mirror:
            table, rid, values, _stamp = item
            changelog.check_known(Change(peer.office_id, 1, table, rid, values, {}, ""))
            if table not in bundle_audience.MIRRORED_TABLES:
                raise ValueError(table)
    except (UsageError, ValueError, TypeError):
        raise BundleRejected("services.offices.bundle_holds_records_newer", "future") from None
    for change in changes:
        _check_values(vault, change.table, change.record_id, change.fields)
    for table, rid, values, _stamp in mirror:
        _check_values(vault, table, rid, values)
    if peer.audience != "internal":
        for change in changes:
            made_by = changelog.office_of(changelog.creator(conn, change.table, change.record_id))
            if changelog.office_of(change.origin) != peer.office_id or made_by not in (None, peer.office_id):
                raise BundleRejected("services.offices.peer_may_send_only", "scope", name=peer.name,
                                     audience=peer.audience)
    return peer, m, changes, mirror, attachments


# What no form or import of any AccompDesk makes: the wrong kind of value for a field, a
# code outside its vocabulary, an id that is not one. The writing of a received record
# does not validate it (a merge may join values no single form made), so these are
# looked for first, field by field as the change carries them (as SQL stores them).
# Rules about the whole record, or the day (a peer's clock runs ahead), are the sender's.

@functools.cache
def _kinds(record_type) -> dict[str, tuple[str, frozenset]]:
    from ..domain.fields import specs

    return {name: (spec.kind, frozenset(spec.vocab.codes) if spec.vocab is not None else frozenset())
            for name, spec in specs(record_type).items()}


_ID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")


def _is_id(value) -> bool:
    if isinstance(value, str) and _ID.fullmatch(value):
        return True  # the ids every AccompDesk writes, without building a UUID for each
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def _is_day(value, kind: str) -> bool:
    try:
        (dt.date if kind == "date" else dt.datetime).fromisoformat(value)
    except (ValueError, TypeError):
        return False
    return True


def _storable(kind: str, codes: frozenset, value) -> bool:
    if value is None or value == "":
        return True
    if kind == "text":
        return isinstance(value, str)
    if kind == "vocab":
        return isinstance(value, str) and value in codes
    if kind in ("date", "datetime"):
        return isinstance(value, str) and _is_day(value, kind)
    if kind == "link":
        return _is_id(value)
    if kind == "links":
        return isinstance(value, list) and all(_is_id(v) for v in value)
    if kind == "roles":
        return isinstance(value, list) and all(isinstance(v, str) and v in codes for v in value)
    if kind in ("bool", "int"):
        return isinstance(value, int) and (kind == "bool" or not isinstance(value, bool))
    return True


def _check_values(vault, table: str, record_id, values) -> None:
    kinds = _kinds(vault.repo(table).type)
    bad = "" if not isinstance(values, dict) else "id" if not _is_id(record_id) else next(
        (name for name, value in values.items() if name in kinds and not _storable(*kinds[name], value)), None)
    if bad is not None:
        raise BundleRejected("services.offices.bundle_holds_value_cannot", "damaged", table=table, field=bad)


def preview(vault, data: bytes) -> Incoming:
    return receive(vault, data, dry_run=True)


def receive(vault, data: bytes, *, dry_run: bool = False, progress=None, cancelled=None) -> Incoming:
    """Check the bundle, then apply it in one transaction (or, dry, roll it back)."""
    import sqlcipher3

    vault.require("staff")
    conn = vault.conn
    peer, m, changes, mirror, attachments = _checked(vault, data)
    result = Incoming(peer, m, Applied(), dry_run)
    try:
        with vault.transaction():
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.executemany("INSERT OR IGNORE INTO known_offices (office_id, name) VALUES (?, ?)",
                             [(k, str(v)) for k, v in m["offices"].items()])
            names = office.office_names(conn)
            shared_before = alias_clashes.shared(vault)
            def tick(done: int, total: int) -> None:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(done, total)
            changelog.apply(vault, changes, names, result.applied, progress=tick)
            _apply_mirror(vault, peer, mirror, result.applied)
            result.attachments = _store_attachments(vault, attachments)
            result.alias_clashes = alias_clashes.new_since(vault, shared_before)
            if cancelled is not None and cancelled():
                raise Cancelled()
            acks = {**m["mirror_ack"]}
            for origin, seq in m["vector"].items():
                acks[origin] = max(int(seq), int(acks.get(origin, 0)))
            # The peer's newest bundle says what it holds now. Bundles arrive in order, so
            # this replaces what it said before: a peer that restored a backup holds less,
            # and is sent again what it lost.
            conn.execute("DELETE FROM peer_acks WHERE peer_id = ?", (peer.office_id,))
            conn.executemany("INSERT INTO peer_acks (peer_id, origin, seq) VALUES (?,?,?)",
                             [(peer.office_id, o, int(s)) for o, s in acks.items()])
            if m.get("audience") != "internal":
                conn.executemany("INSERT INTO mirror_seen (peer_id, origin, seq) VALUES (?,?,?) "
                                 "ON CONFLICT(peer_id, origin) DO UPDATE SET seq = max(seq, excluded.seq)",
                                 [(peer.office_id, o, int(s)) for o, s in m["vector"].items()])
            conn.execute("UPDATE peers SET last_bundle_received = ?, last_received_at = ? WHERE office_id = ?",
                         (m["bundle"], now_utc(), peer.office_id))
            a = result.applied
            audit.append(conn, vault.user, "receive bundle", "peers", peer.office_id, "",
                         hashlib.sha256(data).hexdigest(),
                         f"from {peer.name}: bundle {m['bundle']}, {sum(a.created.values())} created, "
                         f"{sum(a.updated.values())} updated, {sum(a.deleted.values())} deleted, "
                         f"{sum(a.merged.values())} merges, {len(a.conflicts)} conflicts")
            if dry_run:
                # The deferred links are checked here too, so a dry run finds what a real one would.
                if conn.execute("PRAGMA foreign_key_check").fetchone():
                    raise sqlcipher3.IntegrityError("foreign key")
                raise _DryRun()
    except _DryRun:
        pass
    except sqlcipher3.IntegrityError:
        raise BundleRejected("services.offices.bundle_from_links_records", "links", name=peer.name) from None
    return result


def _apply_mirror(vault, peer: office.Peer, mirror: list, result: Applied) -> None:
    conn = vault.conn
    name = peer.name
    for table, rid, values, stamp in mirror:
        repo = vault.repo(table)
        row = conn.execute("SELECT peer_id FROM mirrored WHERE record_table = ? AND record_id = ?",
                           (table, rid)).fetchone()
        exists = repo.exists(rid)
        if exists and row is None:
            continue  # this office's own record: a redacted copy never overwrites it
        before = repo.get(rid, include_deleted=True) if exists else None
        record = repo.get(rid, include_deleted=True) if exists else repo.type(id=rid)
        changelog._set_fields(record, values)
        record.deleted_at = (before.deleted_at if before and before.deleted_at else stamp) \
            if values.get(LIVE) == "deleted" else None
        if before is None:
            record.created_at, record.created_by = stamp, name
        if before is not None and changelog.field_values(before) == changelog.field_values(record) \
                and bool(before.deleted_at) == bool(record.deleted_at):
            continue
        record.updated_at, record.updated_by = stamp, name
        changelog.write_record(vault, record, before, "receive")
        kind = result.created if before is None else (result.deleted if record.deleted_at else result.updated)
        result.count(kind, table)
        conn.execute("INSERT OR REPLACE INTO mirrored (record_table, record_id, peer_id) VALUES (?,?,?)",
                     (table, rid, peer.office_id))


def _store_attachments(vault, attachments: dict) -> int:
    conn = vault.conn
    stored = 0
    for rid, encoded in attachments.items():
        row = conn.execute("SELECT sha256 FROM attachments WHERE id = ?", (rid,)).fetchone()
        if row is None or conn.execute("SELECT 1 FROM attachment_blobs WHERE attachment_id = ?", (rid,)).fetchone():
            continue
        try:
            data = base64.b64decode(encoded, validate=True)
        except (ValueError, TypeError):  # not base64: its bytes cannot match the checksum either
            data = None
        if data is None or hashlib.sha256(data).hexdigest() != row[0]:
            raise BundleRejected("services.offices.attachment_bundle_does_not",
                                 "damaged")
        conn.execute("INSERT INTO attachment_blobs (attachment_id, data) VALUES (?, ?)", (rid, data))
        stored += 1
    return stored


# -- conflicts --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    record_id: str
    record_title: str
    field: str
    field_label: str
    mine: str
    theirs: list[tuple[str, str]]  # (office name, value as text)
    raised_at: str


def show_value(table: str, name: str, value) -> str:
    if name == LIVE:
        return "deleted" if value == "deleted" else "kept"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "—"
    return "—" if value in (None, "") else str(value)


def conflicts(vault) -> list[ConflictView]:
    from ..domain.fields import specs
    from ..domain.records import ALL_TYPES

    conn = vault.conn
    names = office.office_names(conn)
    out = []
    for c in changelog.conflicts(conn):
        mine = changelog.current_value(vault, c.table, c.record_id, c.field)
        record = vault.repo(c.table).get(c.record_id, include_deleted=True)
        label = "Deleted or kept" if c.field == LIVE else specs(ALL_TYPES[c.table])[c.field].label_en
        theirs = [(names.get(o, "another office"), show_value(c.table, c.field, v)) for o, _s, v in c.heads
                  if v != mine]
        out.append(ConflictView(c.id, c.table, c.record_id, record.title or c.record_id, c.field, label,
                                show_value(c.table, c.field, mine), theirs, c.raised_at))
    return out


def resolve(vault, conflict_id: int, *, keep: str | None = None, value: str | None = None) -> None:
    """Keep this office's value ('mine'), the other office's ('theirs'), or a new one."""
    from ..domain.codec import FieldValueError, from_text
    from ..domain.fields import specs
    from ..domain.records import ALL_TYPES
    from ..vault.rows import to_sql

    found = changelog.conflict(vault.conn, conflict_id)
    if found.resolved_at:
        raise UsageError("services.offices.conflict_already_resolved", conflict_id=conflict_id,
                         resolution=found.resolution)
    mine = changelog.current_value(vault, found.table, found.record_id, found.field)
    if keep == "mine":
        chosen, how = mine, "kept mine"
    elif keep == "theirs":
        others = []
        for _o, _s, v in found.heads:
            if v != mine and v not in others:
                others.append(v)
        if len(others) != 1:
            raise UsageError("services.offices.conflict_holds_values_choose", conflict_id=conflict_id,
                             count=len(others) + 1)
        chosen, how = others[0], "kept theirs"
    elif value is not None:
        if found.field == LIVE:
            words = {"kept": "live", "keep": "live", "live": "live", "deleted": "deleted", "delete": "deleted"}
            if value.strip().lower() not in words:
                raise UsageError("services.offices.deletion_conflict_settled_value")
            chosen = words[value.strip().lower()]
        else:
            spec = specs(ALL_TYPES[found.table])[found.field]
            if spec.kind in ("links", "roles"):
                raise UsageError("services.offices.list_links_settled_keep")
            try:
                chosen = to_sql(spec, from_text(spec, value))
            except FieldValueError as exc:
                raise UsageError("services.offices.message", label_en=spec.label_en, exc=exc) from None
        how = "new value"
    else:
        raise UsageError("services.offices.say_which_value_keep")
    changelog.resolve(vault, conflict_id, chosen, how)
