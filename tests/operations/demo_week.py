"""Next week on the demo vault: a coordinator plans it for ten volunteers and five
defenders, from the places and meeting points the demo already knows for them.

The demo keeps only a few volunteers in the field on any day (and two about to arrive),
so the coordinator first records the newly arrived ones, as the office would.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accompdesk.domain.records import Accompaniment, Volunteer
from accompdesk.domain.roster import Week

# (weekday, hour, hours, defender, kind, team): sixteen accompaniments, two volunteers each.
PLAN = [
    (0, 7, 5, 0, "escort", (0, 1)), (0, 8, 6, 1, "court_hearing", (2, 3)), (0, 9, 8, 2, "office_presence", (4, 5)),
    (1, 6, 9, 4, "travel", (8, 9)), (1, 8, 4, 0, "escort", (0, 2)), (1, 9, 6, 1, "escort", (1, 3)),
    (2, 7, 5, 2, "escort", (4, 6)), (2, 18, 13, 4, "overnight_presence", (8, 0)),
    (3, 8, 4, 0, "court_hearing", (1, 2)), (3, 14, 3, 3, "public_event", (5, 6)),
    (4, 7, 5, 3, "escort", (7, 8)), (4, 9, 4, 0, "escort", (1, 2)), (4, 19, 12, 1, "overnight_presence", (3, 4)),
    (5, 9, 4, 2, "public_event", (5, 6)), (6, 10, 4, 4, "escort", (8, 0)), (6, 18, 1, 0, "phone_checkin", (1,)),
]


# Fictional volunteers the coordinator records first.
ARRIVED = [("Maren", "Solberg", "Noruega"), ("Jonas", "Weibel", "Suiza"), ("Clara", "Rüdiger", "Alemania"),
           ("Aoife", "Kavanagh", "Irlanda"), ("Pieter", "Janssens", "Bélgica"), ("Elin", "Hägg", "Suecia"),
           ("Bruno", "Lacombe", "Francia"), ("Irene", "Castells", "España"), ("Tove", "Lind", "Suecia"),
           ("Matteo", "Rinaldi", "Italia")]


@dataclass
class DemoWeek:
    week: Week
    volunteers: list
    defenders: list
    accompaniments: list


def plan_next_week(vault, today: dt.date) -> DemoWeek:
    week = Week.of(today).shifted(1)
    known = vault.volunteers.list(with_links=False)
    volunteers = [v for v in known if v.status == "in_field" and (v.departure_on or week.end) >= week.end][:9]
    volunteers += [v for v in known if v.status == "preparing"][:1]  # arriving later: conflicts to see
    for first, last, nation in ARRIVED[:max(0, 10 - len(volunteers))]:
        volunteers.append(vault.volunteers.add(Volunteer(
            full_name=f"{first} {last}", nationalities=nation, languages="español, inglés", team="Norte",
            arrival_on=today - dt.timedelta(days=20), departure_on=today + dt.timedelta(days=340),
            visa_expires_on=today + dt.timedelta(days=330), status="in_field",
            notes="Registro ficticio de datos de demostración.")))
    volunteers = volunteers[:10]
    defenders = [p for p in vault.persons.list(with_links=False) if p.accompaniment_status == "active"][:5]
    where = {}
    for a in vault.accompaniments.list(filters={"person_id": [d.id for d in defenders]}, with_links=False):
        where.setdefault(a.person_id, (a.place, a.meeting_point))
    made = []
    for day, hour, hours, who, kind, team in PLAN:
        defender = defenders[who]
        place, meeting = where.get(defender.id, ("Oficina del equipo", "Oficina del equipo"))
        start = dt.datetime.combine(week.days[day], dt.time(hour, 0))
        made.append(vault.accompaniments.add(Accompaniment(
            person_id=defender.id, kind=kind, place=place, meeting_point=meeting, starts_at=start,
            ends_at=start + dt.timedelta(hours=hours), volunteers=[volunteers[i].id for i in team],
            notes="Plan de la semana (demostración).")))
    return DemoWeek(week, volunteers, defenders, made)


def settle(vault, demo: DemoWeek, move) -> int:
    """What the coordinator does with the flagged week: hand each flagged volunteer's place to
    one who is free then (through `move`, the grid's drag). Returns how many moves it took."""
    from accompdesk.domain.roster import days_touched
    from accompdesk.vault.roster import load_week

    moves = 0
    for _round in range(40):
        plan = load_week(vault, demo.week)
        flagged = [c for c in plan.problems if c.volunteer_id]
        if not flagged:
            return moves
        c = flagged[0]
        a = plan.get(c.accompaniment_id)
        for v in demo.volunteers:
            if v.id in a.volunteers or (v.arrival_on and v.arrival_on > a.starts_at.date()):
                continue
            busy = [b for b in plan.accompaniments if v.id in b.volunteers and b.status != "cancelled"
                    and b.starts_at < a.ends_at and a.starts_at < b.ends_at]
            if not busy and days_touched(a):
                move(a.id, from_volunteer=c.volunteer_id, to_volunteer=v.id)
                moves += 1
                break
        else:
            raise AssertionError(f"no one is free for {a.place} at {a.starts_at}")
    raise AssertionError("the week did not settle")
