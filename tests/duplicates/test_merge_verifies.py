"""A merge is one act with one audit entry; the rows it moved must not look edited outside
the program, while an edit behind its back after the merge still shows."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import Incident, Person
from accompdesk.services import merging
from accompdesk.vault import verify


def _records_check(vault):
    return next(c for c in verify.verify(vault) if c.name == "records")


def _pair(vault):
    a = vault.persons.add(Person(full_name="Ana Milena Pacheco", region="Cauca"))
    b = vault.persons.add(Person(full_name="Ana M. Pacheco Gómez", region="Cauca"))
    threat = vault.incidents.add(Incident(summary="Amenaza ficticia", occurred_on=dt.date(2024, 1, 1),
                                          kind="threat", affected_persons=[b.id], affected_person_roles=["victim"]))
    return a, b, threat


def test_a_merge_and_its_undo_verify(vault):
    a, b, threat = _pair(vault)
    merge_id = merging.merge(vault, merging.plan(vault, "persons", a.id, b.id))
    assert vault.incidents.get(threat.id).affected_persons == [a.id]
    assert _records_check(vault).ok
    merging.undo(vault, merge_id)
    assert _records_check(vault).ok


def test_the_kept_record_edited_behind_the_merge_still_shows(vault):
    a, b, _threat = _pair(vault)
    merging.merge(vault, merging.plan(vault, "persons", a.id, b.id))
    vault.conn.execute("UPDATE persons SET consent_level = 'public' WHERE id = ?", (a.id,))
    check = _records_check(vault)
    assert not check.ok and a.id in check.message
