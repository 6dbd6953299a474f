"""A fictional office week: ten volunteers, five defenders (three people, two
organisations) and the accompaniments of ISO week 2026-W48, with known conflicts.

Every name here is invented.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from accompdesk.domain.records import Accompaniment, Organisation, Person, Volunteer
from accompdesk.vault import settings
from accompdesk.domain.roster import Week

WEEK = Week(2026, 48)  # Monday 23 to Sunday 29 November 2026
MONDAY = WEEK.start
EMERGENCY = "+57 300 555 0148"

VOLUNTEERS = [
    ("Lea Brunner", "Suiza", "alemán, francés, español"),
    ("Håkon Sæther", "Noruega", "noruego, español"),
    ("Jana Löwe", "Alemania", "alemán, español"),
    ("Siobhán Ní Bhriain", "Irlanda", "inglés, irlandés, español"),
    ("Marieke de Vries", "Países Bajos", "neerlandés, español"),
    ("Tomás Aguirre Llorente", "España", "español, euskera"),
    ("Chloé Marchand", "Francia", "francés, español"),
    ("Émile Ødegård", "Canadá; Noruega", "francés, inglés, español"),
    ("Astrid Lindqvist", "Suecia", "sueco, español"),
    ("Giulia Ferrandi", "Italia", "italiano, español"),
]
PERSONS = [
    # full name, alias, kind, consent
    ("Yolanda Epieyú Uriana", "Guacamaya", "indigenous_leader", "internal"),
    ("Rubén Darío Quiñónez Mosquera", "Mangle", "afro_descendant_leader", "diplomatic"),
    ("Marta Cecilia Londoño Peña", "", "lawyer", "public"),  # no alias: described on paper
]
ORGANISATIONS = [
    ("Consejo Comunitario del Río Cacarí", "Consejo del río", "afro_descendant_organisation", "diplomatic"),
    ("Asociación Campesina de Peñas Blancas", "La Asociación", "peasant_organisation", "internal"),
]


@dataclass
class OfficeWeek:
    volunteers: list[Volunteer] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    accompaniments: dict[str, Accompaniment] = field(default_factory=dict)

    def names(self) -> list[str]:
        """Full names of everyone accompanied: none may appear on an alias roster."""
        return [p.full_name for p in self.persons] + [o.name for o in self.organisations]


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))


def fill_week(vault) -> OfficeWeek:
    settings.save(vault, emergency_number=EMERGENCY, office_name="Oficina de terreno Norte",
                  minimum_team_size=2)
    week = OfficeWeek()
    for i, (name, nation, languages) in enumerate(VOLUNTEERS):
        departure = dt.date(2027, 3, 1)
        visa = dt.date(2027, 2, 20)
        if i == 8:
            departure = MONDAY + dt.timedelta(days=3)  # leaves on Thursday
        if i == 9:
            visa = MONDAY + dt.timedelta(days=4)  # visa runs out on Friday
        week.volunteers.append(vault.volunteers.add(Volunteer(
            full_name=name, nationalities=nation, languages=languages, team="Norte" if i < 5 else "Sur",
            arrival_on=dt.date(2026, 3, 1) if i != 7 else MONDAY + dt.timedelta(days=2),
            departure_on=departure, visa_expires_on=visa, status="in_field",
            emergency_contact="+00 555 0100 (ficticio)")))
    for name, alias, kind, consent in PERSONS:
        week.persons.append(vault.persons.add(Person(full_name=name, alias=alias, kind=kind,
                                                     consent_level=consent, region="Alto Yarumal")))
    for name, alias, kind, consent in ORGANISATIONS:
        week.organisations.append(vault.organisations.add(Organisation(
            name=name, alias=alias, kind=kind, consent_level=consent, region="Río Ñambú")))
    v = [x.id for x in week.volunteers]
    p = [x.id for x in week.persons]
    o = [x.id for x in week.organisations]
    plan = {
        # key: (person, organisation, kind, place, meeting point, start, end, volunteers)
        "hearing": (p[0], None, "court_hearing", "Juzgado Promiscuo de San Isidro",
                    "Parque principal, frente a la iglesia", at(0, 8), at(0, 13), [v[0], v[1]]),
        # Jana is in two places at once on Monday morning.
        "escort_mon": (p[1], None, "escort", "Vereda La Esperanza", "Terminal de transporte",
                       at(0, 7), at(0, 12), [v[2], v[3]]),
        "office_mon": (None, o[0], "office_presence", "Sede del Consejo, casa de Marta Cecilia Londoño Peña",
                       "Sede", at(0, 9), at(0, 17), [v[2], v[4]]),
        "travel": (p[2], None, "travel", "Carretera San Isidro – Puerto Cacarí", "Estación de servicio El Cruce",
                   at(1, 6), at(1, 15), [v[5], v[6]]),
        # Across midnight, Friday to Saturday.
        "overnight": (None, o[1], "overnight_presence", "Finca comunitaria Peñas Blancas", "Tienda de Don Efraín",
                      at(4, 19), at(5, 7), [v[0], v[5]]),
        # Only one volunteer: fewer than the minimum team size.
        "event": (None, o[0], "public_event", "Plaza de Puerto Cacarí", "Muelle", at(2, 14), at(2, 18), [v[6]]),
        # Émile arrives on Wednesday: a Tuesday accompaniment is before his arrival.
        "escort_tue": (p[0], None, "escort", "Resguardo Jotomana", "Parque principal", at(1, 9), at(1, 16),
                       [v[7], v[1]]),
        # Astrid leaves on Thursday: a Friday accompaniment is after her departure.
        "escort_fri": (p[1], None, "escort", "Vereda El Diviso", "Terminal de transporte", at(4, 8), at(4, 12),
                       [v[8], v[3]]),
        # Giulia's visa ends on Friday: Saturday is after it.
        "escort_sat": (p[2], None, "escort", "Juzgado de Puerto Cacarí", "Muelle", at(5, 9), at(5, 12),
                       [v[9], v[4]]),
        "phone": (p[0], None, "phone_checkin", "Oficina", "", at(3, 18), at(3, 18, 30), [v[1]]),
        "unassigned": (p[2], None, "escort", "Vereda Monteloro", "Parque principal", at(6, 10), at(6, 14), []),
        "cancelled": (p[1], None, "escort", "Vereda El Limón", "Terminal", at(3, 8), at(3, 12), [v[2]]),
    }
    for key, (person, org, kind, place, meeting, start, end, team) in plan.items():
        week.accompaniments[key] = vault.accompaniments.add(Accompaniment(
            person_id=person, organisation_id=org, kind=kind, place=place, meeting_point=meeting,
            starts_at=start, ends_at=end, volunteers=team,
            status="cancelled" if key == "cancelled" else "planned",
            notes="Nota interna: no va al papel."))
    return week
