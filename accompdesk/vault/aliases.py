"""The aliases of the office's persons and organisations, and when this office first
recorded each of their holders.

An alias names one person or organisation to the volunteers on duty (issue 15). Where
two records share one, the one this office learnt of first under that alias keeps it on
the roster. A record's created_at cannot say which: a record from another office's
bundle keeps the stamp it was made with there. What the vault keeps of its own order can:

- the change log (an office with an identity): every write made or received here has its
  place in it (`changes.n`, in the order applied here), and the writes of the alias say
  since when the record has been known here under the alias it has now; so a record known
  here as "Garza" and renamed "Turpial" at another office does not take "Turpial" from the
  one this office has called so for months;
- the audit log, where the change log is silent (no identity; redacted copies from a
  diplomatic or public peer): its first entry for a record is the moment it was written
  here (made, imported or received).

Each group of records sharing an alias is ordered on one of the two, never a mix.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.name_forms import alias_key, printed_aliases

TABLES = ("persons", "organisations")


@dataclass(frozen=True)
class Holder:
    table: str
    id: str
    alias: str
    created_at: str
    deleted: bool


def holders(conn, *, include_deleted: bool = True) -> list[Holder]:
    """Every person and organisation with an alias (read without the rest of the record:
    the roster asks for them on every build)."""
    out = []
    live = "" if include_deleted else " AND deleted_at IS NULL"
    for table in TABLES:
        out += [Holder(table, rid, alias, created_at or "", deleted is not None) for rid, alias, created_at, deleted
                in conn.execute(f"SELECT id, alias, created_at, deleted_at FROM {table} "
                                f"WHERE trim(alias) <> ''{live}")]
    return out


def first_recorded(conn, found: Iterable[Holder]) -> dict[str, int]:
    """id -> the sequence number of this office's first audit entry for the record."""
    out: dict[str, int] = {}
    for table, chunk in _chunks(found):
        out.update(conn.execute(f"SELECT record_id, min(seq) FROM audit_log WHERE record_table = ? "
                                f"AND record_id IN ({','.join('?' * len(chunk))}) GROUP BY record_id",
                                [table, *chunk]))
    return out


def _chunks(found: Iterable[Holder], size: int = 500):
    """(table, ids) in chunks that a query's IN list can take."""
    by_table: dict[str, list[str]] = {}
    for holder in found:
        by_table.setdefault(holder.table, []).append(holder.id)
    for table, ids in by_table.items():
        for start in range(0, len(ids), size):
            yield table, ids[start:start + size]


def known_since(conn, groups: Iterable[list[Holder]]) -> dict[str, int]:
    """id -> since when this office has known the record under the alias it has now, as a
    number that only grows, comparable within each group (records that share an alias)."""
    groups = [list(group) for group in groups]
    everyone = [h for group in groups for h in group]
    runs = _alias_runs(conn, everyone)
    first = None
    out: dict[str, int] = {}
    for group in groups:
        if all(h.id in runs for h in group):
            out.update((h.id, runs[h.id]) for h in group)
            continue
        if first is None:
            first = first_recorded(conn, everyone)
        out.update((h.id, first[h.id]) for h in group if h.id in first)
    return out


def _alias_runs(conn, found: list[Holder]) -> dict[str, int]:
    """id -> the place in the change log of the first write of the latest unbroken run of
    writes giving the record its present alias (or of its first change, if none did)."""
    import json

    wanted = {h.id: h for h in found}
    history: dict[str, list[tuple[int, str | None]]] = {}
    for table, chunk in _chunks(found):
        for rid, n, fields in conn.execute(
                f"SELECT record_id, n, fields FROM changes WHERE record_table = ? "
                f"AND record_id IN ({','.join('?' * len(chunk))}) ORDER BY n", [table, *chunk]):
            alias = json.loads(fields).get("alias") if '"alias"' in fields else None
            history.setdefault(rid, []).append((n, None if alias is None else alias_key(str(alias))))
    out: dict[str, int] = {}
    for rid, writes in history.items():
        now = alias_key(wanted[rid].alias)
        since = None
        # From the newest back: writes of another alias after the present one's are
        # values that were never in force here (a conflict keeps the one in force).
        for n, key in reversed(writes):
            if key is None:
                continue
            if key == now:
                since = n
            elif since is not None:
                break
        out[rid] = since if since is not None else writes[0][0]
    return out


def sharing(found: Iterable[Holder]) -> list[list[Holder]]:
    """The holders grouped by alias, only the aliases held by more than one."""
    groups: dict[str, list[Holder]] = {}
    for holder in found:
        groups.setdefault(alias_key(holder.alias), []).append(holder)
    return [group for group in groups.values() if len(group) > 1]


def printed(conn) -> dict[str, str]:
    """id -> the alias the roster prints for each person and organisation that has one:
    never two of them under one alias, the one this office recorded first keeping it."""
    found = holders(conn)
    groups = sharing(found)
    return printed_aliases(found, known_since(conn, groups) if groups else None)


def came_from(conn, table: str, record_id: str) -> str | None:
    """The name of the office a record came from; None when it was made here."""
    from . import changelog, office

    origin = changelog.office_of(changelog.creator(conn, table, record_id))
    if origin is None:
        row = conn.execute("SELECT peer_id FROM mirrored WHERE record_table = ? AND record_id = ?",
                           (table, record_id)).fetchone()
        if row is None:
            return None
        origin = row[0]
    own = conn.execute("SELECT office_id FROM office_identity").fetchone()
    if own is not None and origin == own[0]:
        return None
    return office.office_names(conn).get(origin) or origin
