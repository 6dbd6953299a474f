"""Full-text search over names, aliases, summaries, descriptions and meeting notes (FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.fields import specs
from ..domain.records import Record


@dataclass(frozen=True)
class Hit:
    record_table: str
    record_id: str
    title: str
    snippet: str


def document(record: Record) -> tuple[str, str]:
    """(title, body) of the record's searchable text."""
    parts = [str(getattr(record, name) or "") for name, spec in specs(type(record)).items()
             if spec.searchable]
    title = record.title
    return title, "\n".join(p for p in parts if p and p != title)


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
           "snippet(search_fts, -1, '[', ']', '…', 12) "
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
