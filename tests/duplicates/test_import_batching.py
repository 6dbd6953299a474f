"""The import's batched writing stores what record-by-record writing stores: the
change each new record sends to other offices, and the audit digests verify reads."""

from __future__ import annotations

import json

from accompdesk.domain.records import new_id
from accompdesk.vault import changelog
from accompdesk.vault.rows import copy, digest, field_digests

from ..factories import fill_every_type


def test_batched_changes_hold_every_field_as_one_by_one_would(vault):
    ids = fill_every_type(vault)
    compared = 0
    for table, record_id in ids.items():
        if table not in changelog.SYNCED:
            continue
        repo = vault.repo(table)
        twin = copy(repo.get(record_id))
        twin.id = new_id()
        with vault.transaction():
            repo.import_many([twin])
        stored = repo.get(twin.id)
        fields, = vault.conn.execute("SELECT fields FROM changes WHERE record_table = ? AND record_id = ?",
                                     (table, twin.id)).fetchone()
        expected = {**changelog.field_values(stored), changelog.LIVE: "live"}
        assert json.loads(fields) == json.loads(changelog._dumps(expected)), table
        assert fields == changelog._dumps(expected), table
        entry = vault.conn.execute("SELECT after_digest, fields FROM audit_log WHERE record_table = ? AND "
                                   "record_id = ? AND action = 'create'", (table, twin.id)).fetchone()
        assert entry == (digest(stored), field_digests(stored)), table
        compared += 1
    assert compared >= 9
