"""clean gives every link of a list its role: the default for links without one, none
for roles without a link, and a list of its own for each record."""

from __future__ import annotations

import pytest

from accompdesk.domain import vocab as V
from accompdesk.domain.records import Incident
from accompdesk.domain.validation import clean

A, B, C = ("00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b",
           "00000000-0000-4000-8000-00000000000c")
DEFAULT = V.AFFECTED_ROLE.codes[0]


@pytest.mark.parametrize("persons, roles, expected", [
    ([], [], []),
    ([A, B], ["witness", "target"], ["witness", "target"]),
    ([A, B, C], ["witness"], ["witness", DEFAULT, DEFAULT]),
    ([A], ["witness", "target"], ["witness"]),
    ([], ["witness"], []),
    ((A, B), ("witness", "target"), ["witness", "target"]),
])
def test_every_link_has_one_role(persons, roles, expected):
    record = clean(Incident(summary="x", affected_persons=persons, affected_person_roles=roles))
    assert record.affected_person_roles == expected
    assert type(record.affected_person_roles) is list
    assert list(record.affected_persons) == list(persons)
