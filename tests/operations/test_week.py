"""ISO weeks, the office's clock, and the days an accompaniment touches."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import Accompaniment
from accompdesk.vault import settings
from accompdesk.domain.roster import Week
from accompdesk.vault.roster import load_week

UTC = dt.timezone.utc


def test_week_plan_holds_what_crosses_its_edges(vault):
    from accompdesk.domain.records import Person

    person = vault.persons.add(Person(full_name="Persona Ficticia", alias="Ceiba"))
    settings.save(vault, minimum_team_size=0)

    def add(start, end):
        return vault.accompaniments.add(Accompaniment(person_id=person.id, place="Vereda", starts_at=start,
                                                      ends_at=end)).id

    into = add(dt.datetime(2026, 11, 22, 21, 0), dt.datetime(2026, 11, 23, 6, 0))  # Sunday before → Monday
    out_of = add(dt.datetime(2026, 11, 29, 22, 0), dt.datetime(2026, 11, 30, 6, 0))  # Sunday → next Monday
    before = add(dt.datetime(2026, 11, 22, 8, 0), dt.datetime(2026, 11, 23, 0, 0))  # ends at the week's start
    after = add(dt.datetime(2026, 11, 30, 0, 0), dt.datetime(2026, 11, 30, 9, 0))  # starts as it ends
    ids = {a.id for a in load_week(vault, Week(2026, 48)).accompaniments}
    assert into in ids and out_of in ids
    assert before not in ids and after not in ids
    assert {a.id for a in load_week(vault, Week(2026, 49)).accompaniments} == {out_of, after}
