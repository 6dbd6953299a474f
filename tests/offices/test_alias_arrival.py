"""Issue 15 across offices: a bundle brings a person or organisation whose alias is
already that of one of this office's own, made earlier at the other office than this
office's was. The alias stays with the one this office learnt of first (volunteers on
duty know it by that alias); the newcomer is printed under a distinct one."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.name_forms import alias_key
from accompdesk.domain.records import Accompaniment
from accompdesk.domain.roster import Week
from accompdesk.reports.model import Table
from accompdesk.reports.roster import build_roster, roster_aliases

from .alias_data import ALIASES, ARRIVES, MADE_HERE, TABLES, open_pair, spaced, subject
from .helpers import carry

WEEK = Week.of(dt.date(2026, 3, 9))


@pytest.fixture
def pair(tmp_path, on_day):
    here, there = open_pair(tmp_path, on_day)
    yield here, there
    here.close()
    there.close()


def _arrive(pair, on_day, here_table, there_table, here_alias, there_alias):
    here, there = pair
    newcomer = there.repo(there_table).add(subject(there_table, there_alias, "Ximena Ortiz Lugo"))
    on_day(MADE_HERE)
    own = here.repo(here_table).add(subject(here_table, here_alias, "Rodrigo Peña Salas"))
    on_day(ARRIVES)
    got = carry(there, here)
    # The newcomer's own stamp travelled with it: older than this office's record.
    arrived = here.repo(there_table).get(newcomer.id)
    assert arrived.created_at < here.repo(here_table).get(own.id).created_at
    return own, newcomer, got


@pytest.mark.parametrize("here_table, there_table", TABLES)
@pytest.mark.parametrize("here_alias, there_alias", ALIASES)
def test_the_alias_stays_with_the_one_this_office_knew_first(pair, on_day, here_table, there_table,
                                                            here_alias, there_alias):
    own, newcomer, _got = _arrive(pair, on_day, here_table, there_table, here_alias, there_alias)
    printed = roster_aliases(pair[0])
    assert printed[own.id] == spaced(here_alias)
    assert printed[newcomer.id] == f"{spaced(there_alias)} 2"


@pytest.mark.parametrize("here_table, there_table", TABLES)
def test_the_printed_roster_keeps_the_alias_on_this_office_s_own(pair, on_day, here_table, there_table):
    here, _there = pair
    own, newcomer, _got = _arrive(pair, on_day, here_table, there_table, "El Búho", "el búho")
    for who, place in ((own, "Toribío"), (newcomer, "Jambaló")):
        link = "person_id" if here.persons.exists(who.id) else "organisation_id"
        here.accompaniments.add(Accompaniment(**{link: who.id}, place=place,
                                              starts_at=dt.datetime(2026, 3, 10, 8, 0),
                                              ends_at=dt.datetime(2026, 3, 10, 12, 0)))
    doc, _redactor = build_roster(here, WEEK)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    who_at = {row[3]: row[2].split("\n")[0] for row in table.rows}
    assert who_at == {"Toribío": "El Búho", "Jambaló": "el búho 2"}
    text = "\n".join(doc.texts())
    assert "Peña" not in text and "Ortiz" not in text  # aliases only


def test_an_alias_this_office_took_later_is_the_one_that_moves(pair, on_day):
    """The order is this office's: a newcomer known here before the local record got its
    alias keeps it (the local one was recorded after it arrived)."""
    here, there = pair
    newcomer = there.persons.add(subject("persons", "Garza", "Ximena Ortiz Lugo"))
    on_day(MADE_HERE)
    carry(there, here)
    on_day(ARRIVES)
    own = here.persons.add(subject("persons", "garza", "Rodrigo Peña Salas"))
    printed = roster_aliases(here)
    assert (printed[newcomer.id], printed[own.id]) == ("Garza", "garza 2")


def test_printed_aliases_are_one_each(pair, on_day):
    """Whatever arrived, no two records print under one alias."""
    here, there = pair
    for alias in ("Búho", "buho", "BÚHO 2"):
        there.persons.add(subject("persons", alias, "Ximena Ortiz Lugo"))
    on_day(MADE_HERE)
    for alias in ("búho", "Búho 2"):
        here.organisations.add(subject("organisations", alias, "Asociación Peña"))
    on_day(ARRIVES)
    carry(there, here)
    printed = roster_aliases(here)
    assert len(printed) == 5
    assert len({alias_key(p) for p in printed.values()}) == 5
