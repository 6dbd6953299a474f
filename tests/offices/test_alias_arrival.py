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

from .alias_data import ALIASES, ARRIVES, MADE_HERE, TABLES, arrive, spaced, subject
from .helpers import carry

WEEK = Week.of(dt.date(2026, 3, 9))


def _arrive(alias_pair, on_day, here_table, there_table, here_alias, there_alias):
    here, _there = alias_pair
    own, newcomer, got = arrive(alias_pair, on_day, here_table, there_table, here_alias, there_alias)
    # The newcomer's own stamp travelled with it: older than this office's record.
    arrived = here.repo(there_table).get(newcomer.id)
    assert arrived.created_at < here.repo(here_table).get(own.id).created_at
    return own, newcomer, got


@pytest.mark.parametrize("here_table, there_table", TABLES)
@pytest.mark.parametrize("here_alias, there_alias", ALIASES)
def test_the_alias_stays_with_the_one_this_office_knew_first(alias_pair, on_day, here_table, there_table,
                                                            here_alias, there_alias):
    own, newcomer, _got = _arrive(alias_pair, on_day, here_table, there_table, here_alias, there_alias)
    printed = roster_aliases(alias_pair[0])
    assert printed[own.id] == spaced(here_alias)
    assert printed[newcomer.id] == f"{spaced(there_alias)} 2"


@pytest.mark.parametrize("here_table, there_table", TABLES)
def test_the_printed_roster_keeps_the_alias_on_this_office_s_own(alias_pair, on_day, here_table, there_table):
    here, _there = alias_pair
    own, newcomer, _got = _arrive(alias_pair, on_day, here_table, there_table, "El Búho", "el búho")
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


def test_an_alias_this_office_took_later_is_the_one_that_moves(alias_pair, on_day):
    """The order is this office's: a newcomer known here before the local record got its
    alias keeps it (the local one was recorded after it arrived)."""
    here, there = alias_pair
    newcomer = there.persons.add(subject("persons", "Garza", "Ximena Ortiz Lugo"))
    on_day(MADE_HERE)
    carry(there, here)
    on_day(ARRIVES)
    own = here.persons.add(subject("persons", "garza", "Rodrigo Peña Salas"))
    printed = roster_aliases(here)
    assert (printed[newcomer.id], printed[own.id]) == ("Garza", "garza 2")


def test_printed_aliases_are_one_each(alias_pair, on_day):
    """Whatever arrived, no two records print under one alias."""
    here, there = alias_pair
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


@pytest.mark.parametrize("table", ["persons", "organisations"])
@pytest.mark.parametrize("renamed", ["El Búho", "el buho", "«EL BÚHO»"])
def test_a_record_renamed_elsewhere_does_not_take_an_alias_known_here(alias_pair, on_day, table, renamed):
    """A record this office has known for long under another alias, renamed at the other
    office to this office's own alias: known here under it only now, it is the one that
    gets the number."""
    here, there = alias_pair
    newcomer = there.repo(table).add(subject(table, "Garza", "Ximena Ortiz Lugo"))
    carry(there, here)  # known here first, as Garza
    on_day(MADE_HERE)
    own = here.persons.add(subject("persons", "El Búho", "Rodrigo Peña Salas"))
    on_day(ARRIVES)
    moved = there.repo(table).get(newcomer.id)
    moved.alias = renamed
    there.repo(table).update(moved)
    carry(there, here)
    printed = roster_aliases(here)
    assert (printed[own.id], printed[newcomer.id]) == ("El Búho", f"{spaced(renamed)} 2")
    # Back to Garza and then again to the alias: still the later one.
    for alias in ("Garza", renamed):
        moved = there.repo(table).get(newcomer.id)
        moved.alias = alias
        there.repo(table).update(moved)
        carry(there, here)
    assert roster_aliases(here)[own.id] == "El Búho"


def test_an_alias_in_conflict_is_ordered_by_the_value_in_force_here(alias_pair, on_day):
    """Both offices rename one shared record at once: the value here stays in force (a
    conflict), and the alias it had here keeps its place."""
    here, there = alias_pair
    shared = there.persons.add(subject("persons", "Garza", "Ximena Ortiz Lugo"))
    carry(there, here)
    on_day(MADE_HERE)
    other = here.persons.add(subject("persons", "Turpial", "Rodrigo Peña Salas"))
    mine = here.persons.get(shared.id)
    mine.alias = "Colibrí"
    here.persons.update(mine)
    theirs = there.persons.get(shared.id)
    theirs.alias = "Turpial"
    there.persons.update(theirs)
    on_day(ARRIVES)
    carry(there, here)
    assert here.persons.get(shared.id).alias == "Colibrí"  # a conflict: the value here stays
    printed = roster_aliases(here)
    assert (printed[shared.id], printed[other.id]) == ("Colibrí", "Turpial")
    # Settled as "Turpial" here: known under it from the settling on, after the other.
    from accompdesk.services import offices

    conflict = next(c for c in offices.conflicts(here) if c.field == "alias")
    offices.resolve(here, conflict.id, keep="theirs")
    printed = roster_aliases(here)
    assert (printed[other.id], printed[shared.id]) == ("Turpial", "Turpial 2")


@pytest.mark.parametrize("forget", ["both", "first", "second"])
def test_where_the_change_log_is_silent_the_audit_log_says_which_came_first(vault, forget):
    """Records the change log knows nothing of (a vault before office identities, copies
    from a diplomatic peer): the audit log orders them, the whole group on it."""
    from accompdesk.domain.records import Person

    first = vault.persons.add(Person(full_name="Rodrigo Peña Salas", alias="El Búho"))
    second = vault.persons.add(Person(full_name="Ximena Ortiz Lugo", alias="Garza"))
    # Renamed and stamped older behind the program's back: neither the stamp nor the
    # rename, which left no trace, decides anything.
    vault.conn.execute("UPDATE persons SET alias = 'el buho', created_at = '2020-01-01T00:00:00.000000Z' "
                       "WHERE id = ?", (second.id,))
    gone = {"both": [first.id, second.id], "first": [first.id], "second": [second.id]}[forget]
    vault.conn.execute(f"DELETE FROM changes WHERE record_id IN ({','.join('?' * len(gone))})", gone)
    vault.conn.commit()
    printed = roster_aliases(vault)
    assert (printed[first.id], printed[second.id]) == ("El Búho", "el buho 2")
