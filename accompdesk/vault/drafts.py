"""Drafts: half-filled forms kept encrypted in the vault, so a lock loses nothing typed.

A draft is JSON that the form wrote and only the form reads back; it is not a
record and writes no audit entry. One draft per user, form and record.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from .clock import now_utc


@dataclass(frozen=True)
class Draft:
    id: str
    user: str
    form: str
    record_id: str | None
    payload: dict
    saved_at: str


def save_draft(vault, form: str, payload: dict, record_id: str | None = None) -> Draft:
    body = json.dumps(payload, ensure_ascii=False)
    with vault.transaction():
        vault.conn.execute("DELETE FROM drafts WHERE user = ? AND form = ? AND record_id IS ?",
                           (vault.user, form, record_id))
        draft = Draft(str(uuid.uuid4()), vault.user, form, record_id, payload, now_utc())
        vault.conn.execute("INSERT INTO drafts (id, user, form, record_id, payload, saved_at) "
                           "VALUES (?,?,?,?,?,?)",
                           (draft.id, draft.user, form, record_id, body, draft.saved_at))
    return draft


def drafts(vault) -> list[Draft]:
    rows = vault.conn.execute("SELECT id, user, form, record_id, payload, saved_at FROM drafts "
                              "WHERE user = ? ORDER BY saved_at", (vault.user,))
    return [Draft(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5]) for r in rows]


def discard_draft(vault, draft_id: str) -> None:
    with vault.transaction():
        vault.conn.execute("DELETE FROM drafts WHERE id = ? AND user = ?", (draft_id, vault.user))
