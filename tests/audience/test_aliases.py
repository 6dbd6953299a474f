"""Aliases name one person or organisation of the office (issue 15): which aliases read
the same, the distinct alias offered for a duplicate, and the aliases a document prints."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from accompdesk.domain.name_forms import alias_key, distinct_alias, printed_aliases


@pytest.mark.parametrize("a, b", [
    ("Defensora «Tucán»", "defensora tucan"),
    ("Guacamaya", "  GUACAMAYÁ "),
    ("El Búho", "El “Búho”"),
    ("Consejo del río", "consejo  del Rio"),
])
def test_aliases_that_read_the_same(a, b):
    assert alias_key(a) == alias_key(b)


@pytest.mark.parametrize("a, b", [("Guacamaya", "Guacamaya 2"), ("El Búho", "Búho"), ("Tucán", "Toucan")])
def test_aliases_that_differ(a, b):
    assert alias_key(a) != alias_key(b)


@pytest.mark.parametrize("typed, taken, offered", [
    ("Guacamaya", [], "Guacamaya"),
    ("Guacamaya", ["Mangle"], "Guacamaya"),
    ("Guacamaya", ["guacamaya"], "Guacamaya 2"),
    ("Guacamaya", ["Guacamaya", "Guacamaya 2"], "Guacamaya 3"),
    ("Guacamaya 2", ["Guacamaya", "Guacamaya 2"], "Guacamaya 3"),
    ("  Defensora «Tucán» ", ["Defensora «Tucan»"], "Defensora «Tucán» 2"),
    ("", ["Guacamaya"], ""),
])
def test_distinct_alias_offered(typed, taken, offered):
    assert distinct_alias(typed, taken) == offered
    if offered:
        assert alias_key(offered) not in {alias_key(t) for t in taken}


@dataclass
class Subject:
    id: str
    alias: str
    created_at: str


def test_printed_aliases_never_repeat_and_the_first_recorded_keeps_it():
    subjects = [Subject("c", "Guacamaya", "2026-03-01"), Subject("a", "guacamaya", "2026-01-01"),
                Subject("b", "Guacamaya 2", "2026-02-01"), Subject("d", "", "2026-01-01"),
                Subject("e", "Mangle", "2026-01-05")]
    printed = printed_aliases(subjects)
    assert printed == {"a": "guacamaya", "b": "Guacamaya 2", "c": "Guacamaya 3", "e": "Mangle"}
    assert len({alias_key(p) for p in printed.values()}) == len(printed)


def test_printed_aliases_follow_the_order_this_office_recorded_them_in():
    """A record's created_at travels with it between offices; the order this office first
    recorded its subjects in decides who keeps the alias. Those it has no record of came
    before it, and among themselves their created_at decides."""
    subjects = [Subject("here", "El Búho", "2026-02-01"), Subject("arrived", "el buho", "2025-01-10"),
                Subject("older", "EL BÚHO", "2026-05-01"), Subject("oldest", "El búho", "2026-04-01")]
    printed = printed_aliases(subjects, {"here": 10, "arrived": 25})
    assert printed == {"oldest": "El búho", "older": "EL BÚHO 2", "here": "El Búho 3", "arrived": "el buho 4"}
    assert printed_aliases(subjects[:2], {"here": 10, "arrived": 25}) == {"here": "El Búho", "arrived": "el buho 2"}
