"""An office year where each of the briefing's old wrong statements would show.

Nationalities typed every way staff type them; killings spread over the year with the
latest critical incidents all attacks of the last two weeks; a killed defender at
extreme risk; more incidents than the annex holds; authorities that broke promises.
"""

from __future__ import annotations

import datetime as dt

from accompdesk.domain import clock

from accompdesk.domain.records import (Authority, Commitment, Incident, Meeting, Organisation, Person,
                                       Volunteer)

TODAY = clock.today()
START = TODAY - dt.timedelta(days=365)
END = TODAY - dt.timedelta(days=1)

# (nationalities as typed, arrival days ago, departure days ago or None)
VOLUNTEERS = [
    ("Noruega", 400, None),
    ("Norway", 200, 20),
    ("Canadá; Noruega", 300, None),
    ("NO", 100, None),
    ("Canada", 300, None),
    ("Noruega", 900, 500),  # left before the period: not in the field
    ("Klingon", 100, None),
    ("Suecia, Noruega", 50, None),
]


def fill_case(vault) -> dict:
    ids: dict = {"killings": [], "attacks": []}
    for i, (nation, arrived, left) in enumerate(VOLUNTEERS):
        vault.volunteers.add(Volunteer(
            full_name=f"Voluntaria {i}", nationalities=nation,
            arrival_on=TODAY - dt.timedelta(days=arrived),
            departure_on=TODAY - dt.timedelta(days=left) if left is not None else None))
    community = vault.organisations.add(Organisation(
        name="Comunidad Los Almendros", kind="community", region="Cañaveral", risk_level="extreme",
        consent_level="diplomatic"))
    killed = vault.persons.add(Person(full_name="Teodoro Quintero Ayala", kind="community_leader",
                                      region="Cañaveral", risk_level="extreme", consent_level="diplomatic"))
    widow = vault.persons.add(Person(full_name="Marta Ayala de Quintero", kind="relative_of_disappeared",
                                     region="Cañaveral", risk_level="high", consent_level="diplomatic"))
    witness = vault.persons.add(Person(full_name="Julián Pardo Rey", kind="witness", region="Cañaveral",
                                       risk_level="high", consent_level="diplomatic"))
    leaders = [vault.persons.add(Person(full_name=f"Líder {i} Montoya", kind="peasant_leader",
                                        region=("Cañaveral", "Río Ñambú", "Sierra Alta")[i % 3],
                                        risk_level="high", consent_level="diplomatic")).id for i in range(6)]
    ids.update(killed=killed.id, widow=widow.id, witness=witness.id, community=community.id,
               leaders=leaders)

    ministry = vault.authorities.add(Authority(
        name="Ministerio de Defensa", kind="ministry", level="national",
        postal_address="Av. Principal 1\nCapital", email="despacho@mindefensa.example.org",
        salutation="Señor Ministro"))
    brigade = vault.authorities.add(Authority(
        name="Brigada 29", kind="brigade", level="regional", superior_id=ministry.id,
        territory="Cañaveral", postal_address="Cantón militar\nCañaveral",
        email="brigada29@ejercito.example.org", salutation="Señor General"))
    battalion = vault.authorities.add(Authority(
        name="Batallón Cerro Azul", kind="battalion", level="local", superior_id=brigade.id,
        territory="Cañaveral", postal_address="Vía al río, km 3\nCañaveral",
        email="bcerroazul@ejercito.example.org", salutation="Señor Comandante"))
    vault.authorities.add(Authority(name="Defensoría del Pueblo", kind="ombudsman", level="national",
                                    postal_address="Calle 55 n.º 10-32\nCapital",
                                    email="quejas@defensoria.example.org", salutation="Señor Defensor"))
    vault.authorities.add(Authority(name="Oficina de la ONU Derechos Humanos", kind="un_office",
                                    level="international", postal_address="Carrera 7 n.º 74-56\nCapital",
                                    email="oacnudh@un.example.org", salutation="Estimada Representante"))
    vault.authorities.add(Authority(name="Embajada de Noruega", kind="embassy", level="international",
                                    postal_address="Calle 90 n.º 19-41\nCapital",
                                    email="emb.bogota@mfa.example.org", salutation="Excelencia"))
    ids.update(ministry=ministry.id, brigade=brigade.id, battalion=battalion.id)

    def add(days_ago, kind, severity, summary, persons=(), roles=(), orgs=(), region="Cañaveral",
            unit=None, verification="verified"):
        return vault.incidents.add(Incident(
            summary=summary, occurred_on=TODAY - dt.timedelta(days=days_ago), place="Vereda El Cedro",
            region=region, kind=kind, severity=severity, verification=verification,
            perpetrator_type="army" if unit else "paramilitary", perpetrator_authority_id=unit,
            affected_persons=list(persons), affected_person_roles=list(roles) or ["victim"] * len(persons),
            affected_organisations=list(orgs), affected_organisation_roles=["target"] * len(orgs))).id

    # Killings over the whole year, none in the last two weeks.
    ids["the_killing"] = add(300, "killing", "critical", "Asesinato del líder Teodoro Quintero Ayala",
                             [killed.id, widow.id, witness.id], ["victim", "relative", "witness"],
                             [community.id], unit=battalion.id)
    ids["killings"].append(ids["the_killing"])
    # The demo data and many offices name the one killed as the killing's "target".
    for days, region, role in ((250, "Río Ñambú", "victim"), (190, "Sierra Alta", "victim"),
                               (120, "Cañaveral", "target"), (60, "Río Ñambú", "victim"),
                               (40, "Sierra Alta", "target")):
        ids["killings"].append(add(days, "killing", "critical", f"Asesinato en {region}",
                                   [leaders[days % 6 + 1]], [role], region=region))
    ids["disappearance"] = add(150, "disappearance", "critical", "Desaparición de un líder",
                               [leaders[1]], region="Río Ñambú")
    # The latest critical incidents: attacks of the last two weeks.
    for days in (3, 5, 7, 9, 11, 13):
        ids["attacks"].append(add(days, "attack", "critical", f"Atentado hace {days} días", [leaders[0]]))
    # Many lesser incidents, for the annex and the counts.
    for i in range(24):
        add(20 + i * 13, ("threat", "surveillance", "stigmatisation")[i % 3], ("low", "medium", "high")[i % 3],
            f"Amenaza número {i}", [leaders[i % 6]], region=("Cañaveral", "Río Ñambú")[i % 2],
            verification=("verified", "unverified")[i % 2])
    # The previous period: fewer killings.
    add(400, "killing", "critical", "Asesinato del año anterior", [leaders[2]])
    add(420, "threat", "medium", "Amenaza del año anterior", [leaders[3]])

    # Raised with the battalion only; the brigade promised and broke, a promise is overdue.
    local = vault.meetings.add(Meeting(held_on=TODAY - dt.timedelta(days=290), authority_id=battalion.id,
                                       purpose="Caso Quintero", incidents=[ids["the_killing"]]))
    regional = vault.meetings.add(Meeting(held_on=TODAY - dt.timedelta(days=100), authority_id=brigade.id,
                                          purpose="Patrón de agresiones", incidents=[ids["killings"][1]]))
    vault.commitments.add(Commitment(meeting_id=regional.id, text="Investigar el asesinato",
                                     due_on=TODAY - dt.timedelta(days=60), status="broken"))
    vault.commitments.add(Commitment(meeting_id=regional.id, text="Proteger a la comunidad",
                                     due_on=TODAY - dt.timedelta(days=30), status="pending"))
    vault.commitments.add(Commitment(meeting_id=local.id, text="Patrullar la vereda",
                                     due_on=TODAY - dt.timedelta(days=200), status="kept"))
    return ids
