"""Two offices and the records whose aliases meet when a bundle arrives (issue 15)."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import Organisation, Person

from .helpers import carry, make_office, trust

MADE_THERE = dt.datetime(2025, 1, 10, 10, 0)   # the other office records its newcomer
MADE_HERE = dt.datetime(2026, 2, 2, 10, 0)     # this office records its own, a year later
ARRIVES = dt.datetime(2026, 3, 2, 10, 0)       # the bundle arrives here

# (this office's alias, the newcomer's): the same alias to a reader, as typed
ALIASES = [("El Búho", "El Búho"), ("el buho", "El Búho"), ("El Búho", "«EL BUHO»")]
# (this office's record, the newcomer)
TABLES = [("persons", "persons"), ("persons", "organisations"), ("organisations", "persons"),
          ("organisations", "organisations")]


def subject(table: str, alias: str, name: str):
    if table == "persons":
        return Person(full_name=name, alias=alias, consent_level="internal", kind="lawyer")
    return Organisation(name=name, alias=alias, consent_level="internal")


def spaced(alias: str) -> str:
    return " ".join(alias.split())


def open_pair(folder, on_day):
    """(here, there): two internal offices that trust each other, made on MADE_THERE."""
    on_day(MADE_THERE)
    here, there = make_office(folder, "sur"), make_office(folder, "norte")
    trust(here, there)
    return here, there


def arrive(pair, on_day, here_table, there_table, here_alias, there_alias, *, dry_run=False):
    """(this office's own record, the newcomer, the bundle's result): the newcomer made at
    the other office first, this office's own later, then the bundle carried here."""
    here, there = pair
    newcomer = there.repo(there_table).add(subject(there_table, there_alias, "Ximena Ortiz Lugo"))
    on_day(MADE_HERE)
    own = here.repo(here_table).add(subject(here_table, here_alias, "Rodrigo Peña Salas"))
    on_day(ARRIVES)
    return own, newcomer, carry(there, here, dry_run=dry_run)
