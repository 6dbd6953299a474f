"""The office identity: made at init, made at the first open of a vault from before
offices (its records entering the change log), kept across a rekey; cards and peers."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from accompdesk.domain.records import Incident, Person
from accompdesk.services import offices
from accompdesk.vault import changelog, office
from accompdesk.vault import rekey as rekey_module
from accompdesk.vault.errors import InputRejected, PermissionDenied
from accompdesk.vault.migrations import _OFFICES, MIGRATIONS
from accompdesk.vault.store import Vault

from .helpers import PASSPHRASE, make_office

_OFFICE_TABLES = ("office_identity", "peers", "known_offices", "changes", "change_vectors", "seen_vector",
                  "peer_acks", "mirror_seen", "mirrored", "conflicts")
# What later migrations made besides columns (a column with an index cannot be dropped first).
_AFTER_OFFICES = ("DROP TABLE office_epochs", "DROP INDEX persons_id_number")


def test_init_makes_an_identity_with_a_phone_readable_fingerprint(tmp_path):
    v = make_office(tmp_path, "team-north")
    me = offices.identity(v)
    assert me.name == "team-north"
    assert re.fullmatch(r"(?:[A-Z2-7]{4} ){7}[A-Z2-7]{4}", me.fingerprint)
    assert me.age_identity.startswith("AGE-SECRET-KEY-1") and me.age_recipient.startswith("age1")
    card = json.loads(offices.card(v))
    assert set(card) == {"accompdesk_office_card", "office_id", "name", "age_recipient", "sign_public", "fingerprint"}
    assert "AGE-SECRET" not in offices.card(v)
    v.close()


def test_a_vault_from_before_offices_gets_its_identity_and_log_at_first_open(tmp_path):
    v = make_office(tmp_path, "old")
    person = v.persons.add(Person(full_name="Rosa Elvira Cely"))
    incident = v.incidents.add(Incident(summary="Threat", occurred_on=dt.date(2024, 1, 1), kind="threat",
                                        affected_persons=[person.id], affected_person_roles=["victim"]))
    v.incidents.delete(incident.id)
    # Back to the schema just before offices, as a vault made by the previous version.
    for table in _OFFICE_TABLES:
        v.conn.execute(f"DROP TABLE {table}")
    for statement in _AFTER_OFFICES:
        v.conn.execute(statement)
    # Columns that later migrations add go too, or those migrations would add them twice.
    for later in MIGRATIONS[MIGRATIONS.index(_OFFICES) + 1:]:
        for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", later if isinstance(later, str) else ""):
            v.conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    v.conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_OFFICES)}")
    path = v.path
    v.close()
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as v:
        me = offices.identity(v)
        rows = list(v.conn.execute("SELECT origin, seq, record_table, record_id, fields FROM changes ORDER BY seq"))
        assert [(r[0], r[1], r[2], r[3]) for r in rows] == [(me.office_id, 1, "persons", person.id),
                                                           (me.office_id, 2, "incidents", incident.id)]
        fields = json.loads(rows[1][4])
        assert fields["affected_persons"] == [person.id] and fields[changelog.LIVE] == "deleted"
        [entry] = v.audit_entries(action="make office identity")
        assert (entry.user, entry.detail) == ("coordinadora", me.fingerprint)
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as v:
        assert offices.identity(v) == me  # made once


def test_rekey_keeps_the_identity(tmp_path):
    v = make_office(tmp_path, "team")
    before = offices.identity(v)
    rekey_module.rekey(v)
    path = v.path
    v.close()
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as v:
        assert offices.identity(v) == before


@pytest.mark.parametrize("change", ["fingerprint", "key", "not json", "no card", "newer"])
def test_an_altered_or_foreign_card_is_refused(tmp_path, change):
    a, b = make_office(tmp_path, "a"), make_office(tmp_path, "b")
    card = json.loads(offices.card(b))
    if change == "fingerprint":
        card["fingerprint"] = "AAAA " * 7 + "AAAA"
    elif change == "key":
        card["sign_public"] = offices.identity(a).sign_public.hex()[:10]
    elif change == "newer":
        card["accompdesk_office_card"] = 9
    text = {"not json": "hello", "no card": "{}"}.get(change, json.dumps(card))
    with pytest.raises(InputRejected):
        offices.add_peer(a, text, "internal")
    assert offices.peers(a) == []
    a.close()
    b.close()


def test_own_card_and_a_second_card_of_the_same_office_are_refused(tmp_path):
    a, b = make_office(tmp_path, "a"), make_office(tmp_path, "b")
    with pytest.raises(InputRejected, match="own card"):
        offices.add_peer(a, offices.card(a), "internal")
    offices.add_peer(a, offices.card(b), "diplomatic")
    with pytest.raises(InputRejected, match="already trusted"):
        offices.add_peer(a, offices.card(b), "internal", "b again")
    [peer] = offices.peers(a)
    assert (peer.name, peer.audience, peer.fingerprint) == ("b", "diplomatic", offices.identity(b).fingerprint)
    offices.remove_peer(a, "b")
    assert offices.peers(a) == []
    offices.add_peer(a, offices.card(b), "internal")  # trusted again after removal
    assert [p.audience for p in offices.peers(a)] == ["internal"]
    a.close()
    b.close()


def test_staff_may_not_add_peers(tmp_path):
    from accompdesk.vault import staff
    from accompdesk.vault.keyslots import FAST_KDF

    a, b = make_office(tmp_path, "a"), make_office(tmp_path, "b")
    staff.add_staff(a, "staffer", "another good passphrase", "staff", kdf=FAST_KDF)
    path = a.path
    a.close()
    with Vault.open(path, passphrase="another good passphrase", user="staffer") as s:
        with pytest.raises(PermissionDenied):
            offices.add_peer(s, offices.card(b), "internal")
        with pytest.raises(PermissionDenied):
            office.rename(s, "x")
    b.close()
