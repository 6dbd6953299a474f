"""Records for GUI tests, written through the repositories like any other change."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import Incident, Organisation, Person


def add_people(vault):
    org = vault.organisations.add(Organisation(name="Asociación Campesina del Río Ñambú", kind="peasant_organisation",
                                               region="Cañaveral"))
    ana = vault.persons.add(Person(full_name="Ana Lucía Pito", kind="community_leader", organisation_id=org.id,
                                   region="Cañaveral", risk_level="high"))
    jose = vault.persons.add(Person(full_name="José Ñañez Tumiñá", kind="lawyer", region="Alto Yarumal"))
    return org, ana, jose


def add_incidents(vault, persons, count=3):
    out = []
    for i in range(count):
        out.append(vault.incidents.add(Incident(
            summary=f"Threat number {i + 1}", occurred_on=dt.date(2024, 1, 1) + dt.timedelta(days=i),
            kind="threat", affected_persons=[p.id for p in persons], affected_person_roles=["victim"] * len(persons))))
    return out
