"""The faster digest writes the same text as before: audit entries made by older
versions still match the records they describe."""

from __future__ import annotations

import hashlib
import json

from accompdesk.domain.records import ALL_TYPES
from accompdesk.vault.rows import ADDED_LATER, canonical, copy, digest

from ..factories import fill_every_type


def _old_digest(record) -> str:
    # Fields added later are not in older versions' text while they hold their first value.
    values = {k: v for k, v in canonical(record).items() if k not in ADDED_LATER or ADDED_LATER[k] != v}
    body = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _old_field_digests(record) -> str:
    # As field digests were first written: each canonical field but the id, by name,
    # hashed apart under a key made of the record's id.
    import base64

    names, packed = [], []
    for name, value in sorted(canonical(record).items()):
        if name == "id" or (name in ADDED_LATER and ADDED_LATER[name] == value):
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
        names.append(name)
        packed.append(hashlib.blake2b(f"{name}\x00{text}".encode("utf-8"), digest_size=4,
                                      key=record.id.encode("utf-8")[:64]).digest())
    tag = hashlib.blake2b("\x00".join(names).encode("utf-8"), digest_size=4).hexdigest()
    return f"f1:{tag}:{base64.b64encode(b''.join(packed)).decode('ascii')}"


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
    # A language staff set is part of the record like any field.
    incident = vault.incidents.get(ids["incidents"])
    incident.text_language = "es"
    assert digest(incident) == _old_digest(incident)
    assert '"text_language":"es"' in json.dumps(canonical(incident), ensure_ascii=False, separators=(",", ":"))


def test_digest_is_unchanged_for_odd_values():
    from accompdesk.domain.records import Person

    odd = Person(full_name='Comillas "dobles" \\ barra\n\t control \x01 y emoji \U0001F600', alias=None,
                 notes="\u2028 separador")
    assert digest(odd) == _old_digest(odd)


def test_both_digests_at_once_are_the_two_digests_made_apart(vault):
    """The import's one-pass `digests` writes what `digest` and `field_digests` write,
    so verify reads its audit entries as it reads every other."""
    from accompdesk.domain.records import Person
    from accompdesk.vault.rows import changed_fields, digests, field_digests

    ids = fill_every_type(vault)
    records = [vault.repo(table).get(record_id) for table, record_id in ids.items()]
    records += [t(id=f"00000000-0000-4000-8000-00000000000{i}") for i, t in enumerate(ALL_TYPES.values())][:9]
    records.append(Person(id="11111111-2222-4333-8444-555555555555", alias=None,
                          full_name='Comillas "dobles" \\ y emoji \U0001F600', notes="\u2028 separador"))
    for record in records:
        whole, fields = digests(record)
        assert whole == digest(record) == _old_digest(record), record.TABLE
        assert fields == field_digests(record) == _old_field_digests(record), record.TABLE
        assert changed_fields(fields, record) == []
        if hasattr(record, "text_language"):
            # Set by staff, the language is digested like every field; at "auto" it is left out.
            for language in ("es", "auto"):
                other = copy(record)
                other.text_language = language
                assert digests(other) == (_old_digest(other), _old_field_digests(other)), record.TABLE
    assert len(records) == len(ids) + 10
