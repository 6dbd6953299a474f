"""Merging two records into one, undoing it, and remembering pairs that are not one.

A merge rewrites rows in many tables (every link to the merged record moves to the
kept one). Each row it touches is kept before and after, in the vault, so an undo
puts back exactly what was there, and refuses when someone has changed those rows
since. The merged record is never deleted: it is hidden (soft-deleted) and names
the record it went into.
"""

from __future__ import annotations

import json
import uuid

from ..domain.fields import specs
from ..domain.records import ALL_TYPES
from . import audit, search
from .clock import now_utc
from .errors import RecordNotFound, UsageError
from .rows import digest, link_table

MERGEABLE = ("persons", "organisations", "authorities", "officials")
_NAME_FIELD = {"persons": "full_name", "organisations": "name", "authorities": "name",
               "officials": "full_name"}


def check_table(table: str) -> None:
    if table not in MERGEABLE:
        raise UsageError("vault.merges.duplicates_are_looked_for", items=', '.join(MERGEABLE), table=table)


def references(table: str) -> tuple[list[tuple[str, str]], list[str]]:
    """([(owner table, link column)], [link tables]) that point at records of `table`."""
    columns, link_tables = [], []
    for owner, record_type in ALL_TYPES.items():
        for name, spec in specs(record_type).items():
            if spec.target != table:
                continue
            if spec.kind == "link":
                columns.append((owner, name))
            elif spec.kind == "links":
                link_tables.append(link_table(owner, name))
    return columns, link_tables


# -- reading -------------------------------------------------------------------------------

def _rows(conn, table: str, where: str, args) -> list[dict]:
    cur = conn.execute(f"SELECT * FROM {table} WHERE {where}", args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


def not_same_pairs(conn, table: str) -> set[frozenset]:
    return {frozenset(r) for r in conn.execute(
        "SELECT first_id, second_id FROM not_duplicates WHERE record_table = ?", (table,))}


def also_known_as(conn, table: str, record_id: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM also_known_as WHERE record_table = ? AND record_id = ? ORDER BY id",
        (table, record_id))]


def all_also_known_as(conn, table: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for record_id, name in conn.execute(
            "SELECT record_id, name FROM also_known_as WHERE record_table = ? ORDER BY id", (table,)):
        out.setdefault(record_id, []).append(name)
    return out


def finder_rows(conn, table: str) -> list[tuple]:
    """(id, name, alias, region, group, also-known-as text, identity document) of every live
    record of the table."""
    check_table(table)
    name = _NAME_FIELD[table]
    alias = "alias" if table in ("persons", "organisations") else "''"
    region = {"persons": "region", "organisations": "region", "authorities": "territory",
              "officials": "''"}[table]
    group = {"persons": "organisation_id", "organisations": "''", "authorities": "superior_id",
             "officials": "authority_id"}[table]
    # The also-known-as field, where records have one, is read with the names.
    aka = "aka" if "aka" in specs(ALL_TYPES[table]) else "''"
    id_number = "id_number" if "id_number" in specs(ALL_TYPES[table]) else "''"
    return list(conn.execute(f"SELECT id, {name}, {alias}, {region}, coalesce({group}, ''), {aka}, {id_number} "
                             f"FROM {table} WHERE deleted_at IS NULL AND merged_into IS NULL"))


def shared_links(conn, table: str) -> dict[str, set[str]]:
    """The incidents and meetings each record appears in (for the finder)."""
    out: dict[str, set[str]] = {}
    columns, tables = references(table)
    for owner, column in columns:
        if owner not in ("incidents", "meetings"):
            continue
        for owner_id, target in conn.execute(
                f"SELECT id, {column} FROM {owner} WHERE {column} IS NOT NULL AND deleted_at IS NULL"):
            out.setdefault(target, set()).add(owner_id)
    for name in tables:
        if not name.startswith(("incidents__", "meetings__")):
            continue
        for owner_id, target in conn.execute(f"SELECT owner_id, target_id FROM {name}"):
            out.setdefault(target, set()).add(owner_id)
    return out


def merged_ids(conn, table: str) -> set[str]:
    """Records merged into another: hidden like deleted ones, but not in the Trash."""
    if table not in MERGEABLE:
        return set()
    return {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE merged_into IS NOT NULL")}


def merges(conn, table: str | None = None, record_id: str | None = None) -> list[dict]:
    where, args = ["1"], []
    if table:
        where.append("record_table = ?")
        args.append(table)
    if record_id:
        where.append("(kept_id = ? OR merged_id = ?)")
        args += [record_id, record_id]
    rows = _rows(conn, "merges", " AND ".join(where) + " ORDER BY merged_at", args)
    for row in rows:
        row["fields"] = json.loads(row["fields"])
        del row["changes"]
    return rows


def get_merge(conn, merge_id: str) -> dict:
    rows = _rows(conn, "merges", "id = ?", (merge_id,))
    if not rows:
        raise RecordNotFound("vault.merges.there_no_merge_id", merge_id=merge_id)
    return rows[0]


# -- not the same ----------------------------------------------------------------------------

def mark_not_same(vault, table: str, first: str, second: str) -> bool:
    """Remember that two records are two; False when it was already remembered."""
    check_table(table)
    vault.require("staff")
    if first == second:
        raise UsageError("vault.merges.record_always_same_as")
    for record_id in (first, second):
        if not vault.repo(table).exists(record_id):
            raise RecordNotFound("vault.merges.there_no_id", noun=table[:-1], record_id=record_id)
    low, high = sorted((first, second))
    conn = vault.conn
    with vault.transaction():
        cur = conn.execute("INSERT OR IGNORE INTO not_duplicates (record_table, first_id, second_id, "
                           "decided_at, decided_by) VALUES (?,?,?,?,?)",
                           (table, low, high, now_utc(), vault.user))
        if cur.rowcount:
            audit.append(conn, vault.user, "not the same", table, low, "", "", f"{low} and {high} are two records")
    return bool(cur.rowcount)


# -- merging -------------------------------------------------------------------------------

class _Changes:
    """Every row the merge touches, before and after."""

    def __init__(self, conn):
        self.conn = conn
        self.items: list[dict] = []

    def by_id(self, table: str, ids: list, work) -> None:
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        before = _rows(self.conn, table, f"id IN ({marks})", ids)
        work()
        after = _rows(self.conn, table, f"id IN ({marks})", ids)
        self.items.append({"table": table, "key": ["id"], "before": before, "after": after})

    def links(self, table: str, before: list[dict], after: list[dict]) -> None:
        self.items.append({"table": table, "key": ["owner_id", "target_id"], "before": before,
                           "after": after})


def _repoint(conn, changes: "_Changes", table: str, keep_id: str, other_id: str, owner: str, column: str,
             scope: str = "") -> int:
    """Rows of `owner` whose `column` names the other record now name the kept one
    (`scope`: the column that says which table `column` points into)."""
    where, args = f"{column} = ?", [other_id]
    if scope:
        where, args = f"{scope} = ? AND {where}", [table, other_id]
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {owner} WHERE {where}", args)
           if not (owner == table and r[0] in (keep_id, other_id))]
    sql = f"UPDATE {owner} SET {column} = ? WHERE id IN ({','.join('?' * len(ids))})"
    changes.by_id(owner, ids, lambda: conn.execute(sql, [keep_id, *ids]))
    return len(ids)


def _move_links(conn, table: str, keep_id: str, other_id: str, changes: "_Changes") -> int:
    """Every link to the other record moved to the kept one; how many."""
    columns, link_tables = references(table)
    moved = 0
    for owner, column in columns:
        moved += _repoint(conn, changes, table, keep_id, other_id, owner, column)
    for name in link_tables:
        before = _rows(conn, name, "target_id = ?", (other_id,))
        if not before:
            continue
        taken = {r[0] for r in conn.execute(f"SELECT owner_id FROM {name} WHERE target_id = ?", (keep_id,))}
        conn.execute(f"DELETE FROM {name} WHERE target_id = ?", (other_id,))
        after = [dict(r, target_id=keep_id) for r in before if r["owner_id"] not in taken]
        for row in after:
            conn.execute(f"INSERT INTO {name} ({', '.join(row)}) VALUES ({','.join('?' * len(row))})",
                         list(row.values()))
        changes.links(name, before, after)
        moved += len(before)
    moved += _repoint(conn, changes, table, keep_id, other_id, "attachments", "owner_id", scope="owner_table")
    return moved


def follow(vault, names: dict[str, str] | None = None) -> int:
    """Links that arrived from another office naming a record merged here (made there
    before that office had the merge) move to the kept record, as the merge moved the
    others; every office does the same, so they agree. The rows join the merge's own,
    so undoing it puts them back too. Inside the caller's transaction; how many moved."""
    conn = vault.conn
    total = 0
    for merge_id, table, keep_id, other_id, stored in conn.execute(
            "SELECT id, record_table, kept_id, merged_id, changes FROM merges WHERE undone_at IS NULL "
            "ORDER BY merged_at").fetchall():
        changes = _Changes(conn)
        moved = _move_links(conn, table, keep_id, other_id, changes)
        if not moved:
            continue
        items = json.loads(stored) + changes.items
        conn.execute("UPDATE merges SET changes = ? WHERE id = ?", (json.dumps(items, ensure_ascii=False), merge_id))
        # Under the merge's own id: the kept record's entries still describe the kept record.
        audit.append(conn, vault.user, "merge", "merges", merge_id, "", "",
                     f"merge {merge_id}: {moved} link(s) received since moved to {keep_id} ({table})")
        total += moved
    return total


def apply(vault, table: str, keep_id: str, other_id: str, values: dict, fields: list[dict],
          new_names: list[str], *, received: tuple[str, str] | None = None) -> str:
    """Merge `other_id` into `keep_id` in one transaction with one audit entry.

    `values` are the kept record's columns after the merge; `fields` says, field by
    field, what each record held and which was kept (kept for the record's history).
    The merge goes into the change log as a change of its own, so other offices merge
    the same pair. `received`: (merge id, office) of a merge another office made, applied
    here as it arrives (its change is already in the log; the kept record's values came
    with the change before it).
    """
    from . import changelog

    check_table(table)
    conn = vault.conn
    repo = vault.repo(table)
    keep_before = repo.get(keep_id)
    other = repo.get(other_id, include_deleted=received is not None)
    merge_id = received[0] if received else str(uuid.uuid4())
    stamp, user = now_utc(), vault.user
    changes = _Changes(conn)

    with vault.transaction():
        moved = _move_links(conn, table, keep_id, other_id, changes)
        keep_rows = _rows(conn, table, "id = ?", (keep_id,))
        _repoint(conn, changes, table, keep_id, other_id, "also_known_as", "record_id",
                 scope="record_table")  # names, not links: not counted
        known = {n.casefold() for n in also_known_as(conn, table, keep_id)}
        known |= {str(values.get(f) or "").casefold() for f in ("full_name", "name", "alias")}
        added = []
        for name in new_names:
            name = " ".join(str(name or "").split())
            if name and name.casefold() not in known:
                known.add(name.casefold())
                cur = conn.execute("INSERT INTO also_known_as (record_table, record_id, name, merge_id, "
                                   "created_at, created_by) VALUES (?,?,?,?,?,?)",
                                   (table, keep_id, name, merge_id, stamp, user))
                added.append(cur.lastrowid)
        if added:
            rows = _rows(conn, "also_known_as", f"id IN ({','.join('?' * len(added))})", added)
            changes.items.append({"table": "also_known_as", "key": ["id"], "before": [], "after": rows})
        names = [n for n in values if n not in ("id",)]
        if names:
            changes.by_id(table, [keep_id], lambda: conn.execute(
                f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)}, updated_at = ?, updated_by = ? "
                "WHERE id = ?", [values[n] for n in names] + [stamp, user, keep_id]))
        changes.by_id(table, [other_id], lambda: conn.execute(
            f"UPDATE {table} SET merged_into = ?, deleted_at = coalesce(deleted_at, ?), updated_at = ?, "
            "updated_by = ? WHERE id = ?", (keep_id, stamp, stamp, user, other_id)))
        # The kept record may have named the other as its superior: it cannot be its own.
        if table == "authorities":
            row = conn.execute("SELECT superior_id FROM authorities WHERE id = ?", (keep_id,)).fetchone()
            if row[0] == keep_id:
                conn.execute("UPDATE authorities SET superior_id = ? WHERE id = ?",
                             (other.superior_id if other.superior_id not in (keep_id, other_id) else None,
                              keep_id))
                if names:
                    changes.items[-2]["after"] = _rows(conn, table, "id = ?", (keep_id,))
                else:
                    changes.items.insert(-1, {"table": table, "key": ["id"], "before": keep_rows,
                                              "after": _rows(conn, table, "id = ?", (keep_id,))})
        search.unindex(conn, table, other_id)
        keep_after = repo.get(keep_id)
        search.index(conn, keep_after)
        if received is None:
            changelog.note_merge(repo, keep_before, keep_after, other_id,
                                 {"id": merge_id, "into": keep_id, "names": new_names, "fields": fields})
        conn.execute("INSERT INTO merges (id, record_table, kept_id, merged_id, merged_at, merged_by, fields, "
                     "changes) VALUES (?,?,?,?,?,?,?,?)",
                     (merge_id, table, keep_id, other_id, stamp, user,
                      json.dumps(fields, ensure_ascii=False), json.dumps(changes.items, ensure_ascii=False)))
        taken_fields = [f["field"] for f in fields if f.get("chosen") == "other"]
        detail = (f"merge {merge_id}: {other_id} merged into {keep_id}; {moved} link(s) moved"
                  + (f"; taken from the merged record: {', '.join(taken_fields)}" if taken_fields else "")
                  + (f"; made by {received[1]}" if received else ""))
        audit.append(conn, user, "merge", table, keep_id, digest(keep_before), digest(keep_after), detail)
    return merge_id


def undo(vault, merge_id: str, *, received: str | None = None) -> dict:
    """Put back every row the merge changed, as it was; one audit entry.

    Here, undo refuses when a row the merge touched has changed since. An undo another
    office made (`received`: its name) cannot be refused, so rows changed here since
    the merge keep their change and the rest are put back."""
    from . import changelog

    vault.require("staff")
    conn = vault.conn
    merge = get_merge(conn, merge_id)
    if merge["undone_at"]:
        raise UsageError("vault.merges.merge_was_already_undone", merge_id=merge_id, day=merge['undone_at'][:10])
    items = json.loads(merge["changes"])
    table = merge["record_table"]
    repo = vault.repo(table)
    with vault.transaction():
        keep_before = repo.get(merge["kept_id"], include_deleted=True)
        kept_back = 0
        for item in items:
            unchanged = []
            for row in item["after"]:
                key = [row[k] for k in item["key"]]
                current = _rows(conn, item["table"], " AND ".join(f"{k} = ?" for k in item["key"]), key)
                if current == [row]:
                    unchanged.append(row)
                elif received is None:
                    raise UsageError("vault.merges.merge_cannot_undone_records", merge_id=merge_id)
            if len(unchanged) != len(item["after"]):
                # Only what is still as the merge left it goes back.
                kept_back += len(item["after"]) - len(unchanged)
                keys = {tuple(r[k] for k in item["key"]) for r in item["after"]} - \
                    {tuple(r[k] for k in item["key"]) for r in unchanged}
                item["after"] = unchanged
                if item["key"] == ["id"]:
                    item["before"] = [r for r in item["before"] if (r["id"],) not in keys]
                else:
                    item["before"] = [r for r in item["before"] if (r["owner_id"],) not in
                                      {(k[0],) for k in keys}]
        for item in reversed(items):
            name, key = item["table"], item["key"]
            where = " AND ".join(f"{k} = ?" for k in key)
            if key == ["id"]:
                before_ids = {r["id"] for r in item["before"]}
                for row in item["after"]:
                    if row["id"] not in before_ids:
                        conn.execute(f"DELETE FROM {name} WHERE id = ?", (row["id"],))
                for row in item["before"]:
                    cols = [c for c in row if c != "id"]
                    conn.execute(f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                                 [row[c] for c in cols] + [row["id"]])
            else:
                for row in item["after"]:
                    conn.execute(f"DELETE FROM {name} WHERE {where}", [row[k] for k in key])
                for row in item["before"]:
                    conn.execute(f"INSERT INTO {name} ({', '.join(row)}) VALUES ({','.join('?' * len(row))})",
                                 list(row.values()))
        keep = repo.get(merge["kept_id"], include_deleted=True)
        other = repo.get(merge["merged_id"], include_deleted=True)
        search.index(conn, keep)
        if other.deleted_at:
            search.unindex(conn, table, other.id)
        else:
            search.index(conn, other)
        stamp = now_utc()
        conn.execute("UPDATE merges SET undone_at = ?, undone_by = ? WHERE id = ?", (stamp, vault.user, merge_id))
        detail = f"merge {merge_id} undone: {merge['merged_id']} is its own record again"
        if received is not None:
            detail += f"; undone by {received}" + (
                f"; {kept_back} row(s) changed here since the merge kept as they are" if kept_back else "")
        audit.append(conn, vault.user, "undo merge", table, merge["kept_id"], "", digest(keep), detail)
        if received is None:
            changelog.note_unmerge(repo, keep_before, keep, merge["merged_id"], merge_id)
    return merge
