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


def test_batched_change_text_is_the_encoders_for_odd_values(vault):
    """The import writes each change's JSON itself; the text is byte for byte what the
    sorting encoder writes, for quotes, controls, emoji, None, numbers, flags and lists."""
    import datetime as dt

    from accompdesk.domain.records import Incident, Person

    ids = fill_every_type(vault)
    odd = 'Comillas "dobles" \\ barra y emoji \U0001F600 \u00f1'
    records = [
        Person(id=new_id(), full_name=odd, alias="", notes="l\u00ednea\nnueva\ttab"),
        Incident(id=new_id(), summary=odd, occurred_on=dt.date(2024, 2, 29), kind="threat", reported=True,
                 affected_persons=[ids["persons"]], affected_person_roles=["target"]),
        Incident(id=new_id(), summary="Sin fecha exacta", occurred_on=dt.date(2024, 2, 1), kind="raid",
                 date_precision="month", reported=False),
    ]
    if "accompaniments" in ids:
        records.append(copy(vault.repo("accompaniments").get(ids["accompaniments"])))
        records[-1].id = new_id()
    for record in records:
        repo = vault.repo(record.TABLE)
        with vault.transaction():
            repo.import_many([record])
        stored = repo.get(record.id)
        fields, = vault.conn.execute("SELECT fields FROM changes WHERE record_table = ? AND record_id = ?",
                                     (record.TABLE, record.id)).fetchone()
        assert fields == changelog._dumps({**changelog.field_values(stored), changelog.LIVE: "live"})


def test_batched_audit_entries_are_signed_as_one_by_one(vault):
    """The batch writes the signed text itself; each entry's hash is what `entry_hash`
    gives for it, whatever the names hold, and the chain verifies."""
    from accompdesk.vault import audit

    odd = 'Comillas "dobles" \\ y emoji \U0001F600 \u00f1 \u2028'
    with vault.transaction():
        audit.append_many(vault.conn, odd, "create", "incidents",
                          [(new_id(), "", "a" * 64, f"f1:{odd}"), (odd, "b" * 64, "", ""), (new_id(), "", "c" * 64)])
    key = audit.chain_key(vault.conn)
    last = audit.entries(vault.conn)[-3:]
    assert [e.user for e in last] == [odd] * 3 and last[1].record_id == odd
    for e in last:
        assert e.hash == audit.entry_hash(key, e.seq, e.at, e.user, e.action, e.record_table, e.record_id,
                                          e.before_digest, e.after_digest, e.detail, e.fields, e.prev_hash)
    assert audit.verify(vault.conn)[0]
