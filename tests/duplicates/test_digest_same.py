"""The faster digest writes the same text as before: audit entries made by older
versions still match the records they describe."""

from __future__ import annotations

import hashlib
import json

from accompdesk.domain.records import ALL_TYPES
from accompdesk.vault.rows import canonical, digest

from ..factories import fill_every_type


def _old_digest(record) -> str:
    body = json.dumps(canonical(record), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def test_digest_is_unchanged_for_every_record_type(vault):
    ids = fill_every_type(vault)
    checked = 0
    for table, record_id in ids.items():
        record = vault.repo(table).get(record_id)
        assert digest(record) == _old_digest(record), table
        checked += 1
    for record_type in ALL_TYPES.values():
        empty = record_type()
        assert digest(empty) == _old_digest(empty)
    assert checked == len(ids) and digest(None) == ""


def test_digest_is_unchanged_for_odd_values():
    from accompdesk.domain.records import Person

    odd = Person(full_name='Comillas "dobles" \\ barra\n\t control \x01 y emoji \U0001F600', alias=None,
                 notes="\u2028 separador")
    assert digest(odd) == _old_digest(odd)
