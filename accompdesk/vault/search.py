"""Full-text search over names, aliases, summaries, descriptions and meeting notes (FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.fields import cache_per_type, specs
from ..domain.records import Record


# FTS5 marks the words found with these; the window turns them into bold type.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class Hit:
    record_table: str
    record_id: str
    title: str
    snippet: str
    via: str = ""  # for a linked record: the title of the record the words were found in


def linking_sources(target_table: str) -> list[tuple[str, str, bool]]:
    """(owner table, field, is a list) of every field that points at `target_table`."""
    from ..domain.records import ALL_TYPES

    found = []
    for table, record_type in ALL_TYPES.items():
        for name, spec in specs(record_type).items():
            if spec.target == target_table and spec.kind in ("link", "links"):
                found.append((table, name, spec.kind == "links"))
    return found


# Records found through a person or organisation: what staff mean by "everything on them".
_FOLLOWED = ("persons", "organisations")
_SHOWN = ("incidents", "meetings", "accompaniments", "alerts", "checkins")


def linked(conn, hits: list[Hit], *, limit: int = 50) -> list[Hit]:
    """Live records that point at the persons and organisations among `hits`, each
    after the hit it came through, grouped by kind; records already found stay once."""
    from .rows import link_table

    seen = {(h.record_table, h.record_id) for h in hits}
    out: list[Hit] = []
    for hit in hits:
        out.append(hit)
        if hit.record_table not in _FOLLOWED:
            continue
        for owner, field, is_list in linking_sources(hit.record_table):
            if owner not in _SHOWN:
                continue
            if is_list:
                sql = (f"SELECT o.id FROM {link_table(owner, field)} l JOIN {owner} o ON o.id = l.owner_id "
                       f"WHERE l.target_id = ? AND o.deleted_at IS NULL LIMIT ?")
            else:
                sql = f"SELECT id FROM {owner} WHERE {field} = ? AND deleted_at IS NULL LIMIT ?"
            for (owner_id,) in conn.execute(sql, (hit.record_id, limit)):
                if (owner, owner_id) in seen:
                    continue
                seen.add((owner, owner_id))
                out.append(Hit(owner, owner_id, _title(conn, owner, owner_id), "", via=hit.title))
    return out


def _title(conn, table: str, record_id: str) -> str:
    row = conn.execute("SELECT f.title FROM search_docs d JOIN search_fts f ON f.rowid = d.rowid "
                       "WHERE d.record_table = ? AND d.record_id = ?", (table, record_id)).fetchone()
    return row[0] if row else ""


def document(record: Record) -> tuple[str, str]:
    """(title, body) of the record's searchable text."""
    parts = [str(value or "") for value in _searchable(type(record))(record)]
    title = record.title
    return title, "\n".join(p for p in parts if p and p != title)


@cache_per_type
def _searchable(record_type: type[Record]):
    """The values of the searchable fields at once (an import indexes every row)."""
    names = [name for name, spec in specs(record_type).items() if spec.searchable]
    return lambda record: [getattr(record, name) for name in names]


def index(conn, record: Record) -> None:
    unindex(conn, record.TABLE, record.id)
    title, body = document(record)
    if not (title or body):
        return
    cur = conn.execute("INSERT INTO search_docs (record_table, record_id) VALUES (?, ?)",
                       (record.TABLE, record.id))
    conn.execute("INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
                 (cur.lastrowid, title, body))


def unindex(conn, record_table: str, record_id: str) -> None:
    row = conn.execute("SELECT rowid FROM search_docs WHERE record_table = ? AND record_id = ?",
                       (record_table, record_id)).fetchone()
    if row:
        conn.execute("DELETE FROM search_fts WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM search_docs WHERE rowid = ?", (row[0],))


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Words typed by a person, as an FTS5 query: every word, each as a prefix.

    Each word is quoted, so FTS5 operators typed by accident (AND, NEAR, quotes,
    parentheses) are searched for as words, never parsed.
    """
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search(conn, text: str, *, tables: list[str] | None = None, limit: int = 100) -> list[Hit]:
    query = fts_query(text)
    if query is None:
        return []
    sql = ("SELECT d.record_table, d.record_id, search_fts.title, "
           "snippet(search_fts, -1, char(2), char(3), '…', 12) "
           "FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid "
           "WHERE search_fts MATCH ?")
    args: list = [query]
    if tables:
        sql += f" AND d.record_table IN ({','.join('?' * len(tables))})"
        args.extend(tables)
    sql += " ORDER BY rank LIMIT ?"
    args.append(int(limit))
    return [Hit(*row) for row in conn.execute(sql, args)]


def matching_ids(conn, record_table: str, text: str) -> list[str] | None:
    """Ids of one table's records that match; None when the text has no words."""
    query = fts_query(text)
    if query is None:
        return None
    rows = conn.execute("SELECT d.record_id FROM search_fts JOIN search_docs d "
                        "ON d.rowid = search_fts.rowid WHERE search_fts MATCH ? "
                        "AND d.record_table = ?", (query, record_table))
    return [r[0] for r in rows]
