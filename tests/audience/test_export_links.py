"""A link prints the linked record's name only where that name's audience reaches: the
volunteers on a past accompaniment are named for a diplomatic table, not a public one."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from accompdesk.domain import clock
from accompdesk.domain.disclosure import WithheldSummary
from accompdesk.domain.records import Accompaniment, Person, Volunteer
from accompdesk.exchange.export import export_table


@pytest.mark.parametrize("audience, named", [("public", False), ("diplomatic", True), ("internal", True)])
def test_volunteers_on_a_plan_follow_their_names_audience(vault, tmp_path, audience, named):
    rosa = vault.persons.add(Person(full_name="Rosa Quispe Mamani", consent_level="public"))
    ingrid = vault.volunteers.add(Volunteer(full_name="Ingrid Solberg", nationalities="Norway"))
    past = dt.datetime.combine(clock.today() - dt.timedelta(days=10), dt.time(8, 0))
    vault.accompaniments.add(Accompaniment(person_id=rosa.id, place="Toribío", starts_at=past,
                                           ends_at=past + dt.timedelta(hours=2), volunteers=[ingrid.id]))
    path = tmp_path / "a.csv"
    summary = WithheldSummary(audience)
    assert export_table(vault, "accompaniments", str(path), audience=audience, summary=summary) == 1
    text = path.read_text("utf-8-sig")
    assert ("Ingrid Solberg" in text) is named
    assert "Toribío" in text and "Rosa Quispe Mamani" in text
    rows = list(csv.reader(open(path, encoding="utf-8-sig")))
    assert ("Volunteers" in summary.text()) is (not named)
    assert len(rows) == (2 if audience == "internal" else 3)
