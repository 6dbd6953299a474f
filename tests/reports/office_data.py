"""A small office record for the document tests: consent at every level, names in several
scripts, free texts that mention the withheld by name, and hostile text."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import (Accompaniment, Alert, Authority, Commitment, Incident, Meeting,
                                       Official, Organisation, Person, Volunteer)

TODAY = dt.date.today()
PERIOD_START = TODAY - dt.timedelta(days=200)
PERIOD_END = TODAY - dt.timedelta(days=1)

# consent level -> names that must appear exactly when the audience allows them
PUBLIC_NAMES = ["Rosa Quispe Mamani", "अर्जुन शर्मा", "李娜"]
DIPLOMATIC_NAMES = ["Aurelio Ñañez", "Colectivo Tierra Libre"]
INTERNAL_NAMES = ["María José Pérez", "La Mona", "فاطمة الزهراء", "王小明",
                  "Asociación Campesina del Sur", "ACS", "Xochiquetzal Tóez"]

# The vault refuses control characters; the renderers' own test feeds them directly.
HOSTILE = ("<img src=/etc/passwd> & &amp; <b>bold?</b> <font face=\"x\"> "
           "\u202eevil\u202c e\u0301\u0301 ")
LONG_TEXT = ("Descripción larga. " * 1100)[:19_900]


def fill_office(vault) -> dict:
    ids = {}
    org_internal = vault.organisations.add(Organisation(
        name="Asociación Campesina del Sur", alias="ACS", kind="peasant_organisation",
        region="Cañaveral", risk_level="high", consent_level="internal"))
    org_diplomatic = vault.organisations.add(Organisation(
        name="Colectivo Tierra Libre", kind="lawyers_collective", region="Cañaveral",
        risk_level="extreme", consent_level="diplomatic"))
    people = {
        "rosa": Person(full_name="Rosa Quispe Mamani", kind="indigenous_leader", region="Cañaveral",
                       risk_level="extreme", consent_level="public"),
        "arjun": Person(full_name="अर्जुन शर्मा", kind="journalist", region="Cañaveral",
                        risk_level="high", consent_level="public"),
        "lina": Person(full_name="李娜", kind="lawyer", region="Río Ñambú", risk_level="high",
                       consent_level="public"),
        "aurelio": Person(full_name="Aurelio Ñañez", kind="trade_unionist", region="Cañaveral",
                          risk_level="high", consent_level="diplomatic"),
        "maria": Person(full_name="María José Pérez", alias="La Mona", kind="community_leader",
                        region="Cañaveral", risk_level="extreme", consent_level="internal",
                        organisation_id=org_internal.id),
        "fatima": Person(full_name="فاطمة الزهراء", kind="womens_rights_defender", region="Río Ñambú",
                         risk_level="high", consent_level="internal"),
        "xiao": Person(full_name="王小明", kind="environmental_defender", region="Río Ñambú",
                       risk_level="high", consent_level="internal"),
        "xochi": Person(full_name="Xochiquetzal Tóez", kind="indigenous_leader", region="Cañaveral",
                        risk_level="medium", consent_level="internal"),
    }
    for key, person in people.items():
        ids[key] = vault.persons.add(person).id
    ids["org_internal"], ids["org_diplomatic"] = org_internal.id, org_diplomatic.id

    ministry = vault.authorities.add(Authority(name="Ministerio de Defensa", kind="ministry",
                                               level="national", contact="Av. Principal 1, Capital"))
    brigade = vault.authorities.add(Authority(name="Brigada 29", kind="brigade", level="regional",
                                              superior_id=ministry.id, territory="Cañaveral"))
    battalion = vault.authorities.add(Authority(name="Batallón Cerro Azul", kind="battalion",
                                                level="local", superior_id=brigade.id,
                                                territory="Cañaveral", contact="Vía al río, km 3"))
    vault.officials.add(Official(full_name="Coronel Émile Ødegård", authority_id=battalion.id,
                                 position="Comandante", start_on=TODAY - dt.timedelta(days=900)))
    ids["battalion"] = battalion.id

    def incident(days_ago, kind, severity, summary, description, persons=(), orgs=(), unit=None):
        return vault.incidents.add(Incident(
            summary=summary, occurred_on=TODAY - dt.timedelta(days=days_ago), place="Vereda El Cedro",
            region="Cañaveral", kind=kind, severity=severity, perpetrator_type="army" if unit else "unknown",
            perpetrator_authority_id=unit, description=description,
            affected_persons=[ids[p] for p in persons], affected_person_roles=["victim"] * len(persons),
            affected_organisations=list(orgs), affected_organisation_roles=["target"] * len(orgs),
            verification="verified")).id

    ids["main_incident"] = incident(
        10, "attack", "critical", "Atentado contra MARIA JOSE PEREZ y Rosa Quispe Mamani",
        "Hombres armados dispararon contra la casa de maría josé pérez («La Mona»), lideresa de la "
        "ACS. Rosa Quispe Mamani y Aurelio Ñañez fueron testigos. 王小明被威胁. "
        "فاطمة الزهراء denunció los hechos. " + HOSTILE,
        persons=("maria", "rosa", "aurelio"), orgs=(org_internal.id,), unit=battalion.id)
    ids["long_incident"] = incident(40, "threat", "high", "Amenaza a la Asociacion Campesina del Sur", LONG_TEXT + " La Mona.",
             persons=("xochi",), orgs=(org_internal.id, org_diplomatic.id))
    incident(70, "surveillance", "medium", "Seguimiento a अर्जुन शर्मा y 李娜",
             "Vehículo sin placas frente a la oficina del Colectivo Tierra Libre.",
             persons=("arjun", "lina"), orgs=(org_diplomatic.id,))
    incident(120, "killing", "critical", "Asesinato en Río Ñambú; XOCHIQUETZAL TOEZ presente",
             "فاطمة الزهراء y 王小明 acompañaban a la familia.", persons=("fatima", "xiao"))
    incident(260, "threat", "low", "Amenaza anterior al periodo", "Panfleto.", persons=("rosa",))

    meeting = vault.meetings.add(Meeting(
        held_on=TODAY - dt.timedelta(days=8), authority_id=brigade.id, purpose="Reunión sobre la ACS",
        delegation="Dos voluntarias", notes="Se habló de María José Pérez.", incidents=[ids["main_incident"]]))
    vault.commitments.add(Commitment(meeting_id=meeting.id, text="Investigar el ataque a La Mona",
                                     due_on=TODAY - dt.timedelta(days=1), status="pending"))
    vault.commitments.add(Commitment(meeting_id=meeting.id, text="Patrullaje en la vereda", status="kept"))
    volunteer = vault.volunteers.add(Volunteer(full_name="Ingrid Þórsdóttir", nationalities="Norway; Iceland",
                                               arrival_on=TODAY - dt.timedelta(days=300)))
    vault.volunteers.add(Volunteer(full_name="Jean Dupont", nationalities="France",
                                   arrival_on=TODAY - dt.timedelta(days=300)))
    start = dt.datetime.combine(TODAY - dt.timedelta(days=20), dt.time(8, 0))
    vault.accompaniments.add(Accompaniment(person_id=ids["maria"], place="Vereda El Cedro", starts_at=start,
                                           ends_at=start + dt.timedelta(hours=6), volunteers=[volunteer.id],
                                           status="done"))
    vault.alerts.add(Alert(incident_id=ids["main_incident"],
                           activated_at=dt.datetime.combine(TODAY - dt.timedelta(days=9), dt.time(9, 0)),
                           alerted="Embajadas; red de emergencia",
                           response="La Brigada respondió; La Mona fue trasladada."))
    return ids
