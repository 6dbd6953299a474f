"""One record of every type, every field filled, names in several scripts."""

from __future__ import annotations

import datetime as dt

from accompdesk.domain.records import (Accompaniment, Alert, Authority, CheckIn, Commitment, Incident,
                                       Meeting, Official, Organisation, Person, Volunteer)

SECRET_WORDS = ["Xochiquetzal Ñañez", "Wayuu-Epieyú", "Tóez-Kwe'sx", "Фёдоровна", "محمد الجزائري",
                "김민지", "Batallón Ayacucho", "Amenaza-Zeta-77"]


def fill_every_type(vault) -> dict[str, str]:
    """Create one linked record of each type; returns table -> id."""
    org = vault.organisations.add(Organisation(
        name="Asociación Wayuu-Epieyú", alias="Asociación del norte", kind="indigenous_organisation",
        region="La Guajira", risk_level="high", accompaniment_status="active",
        checkin_protocol="Llamar a las 18:00;\nsi no contesta, llamar a la vocera.",
        consent_level="diplomatic", contact="Carrera 4 # 5-6", notes="Fundada en 1998."))
    person = vault.persons.add(Person(
        full_name="Xochiquetzal Ñañez Фёдоровна", alias="La maestra", kind="indigenous_leader",
        organisation_id=org.id, region="Cauca", risk_level="extreme", accompaniment_status="active",
        checkin_protocol="Diario, 7:00", consent_level="internal", contact="+57 300 000 0000",
        notes="محمد الجزائري es su abogado; 김민지 coordina."))
    person2 = vault.persons.add(Person(full_name="Tóez-Kwe'sx Yuce", kind="community_leader",
                                       consent_level="public", region="Cauca"))
    top = vault.authorities.add(Authority(name="Ministerio de Defensa", kind="ministry", level="national",
                                          territory="Nacional", contact="Bogotá", notes="—"))
    brigade = vault.authorities.add(Authority(name="Brigada 29", kind="brigade", level="regional",
                                              superior_id=top.id, territory="Cauca"))
    battalion = vault.authorities.add(Authority(name="Batallón Ayacucho", kind="battalion", level="local",
                                                superior_id=brigade.id, territory="Norte del Cauca"))
    official = vault.officials.add(Official(full_name="Coronel Émile Ødegård", authority_id=battalion.id,
                                            position="Comandante", start_on=dt.date(2024, 1, 15),
                                            end_on=dt.date(2026, 6, 30), contact="oficina", notes="x"))
    volunteer = vault.volunteers.add(Volunteer(
        full_name="Ingrid Þórsdóttir", nationalities="Iceland; Norway", languages="es, en, is",
        team="Cauca", arrival_on=dt.date(2026, 2, 1), departure_on=dt.date(2027, 2, 1),
        visa_expires_on=dt.date(2027, 1, 15), emergency_contact="Reykjavík +354", status="in_field",
        notes="Vegetariana"))
    incident = vault.incidents.add(Incident(
        summary="Amenaza-Zeta-77 contra la maestra", occurred_on=dt.date(2026, 3, 4),
        date_precision="month", place="Vereda El Tóez", region="Cauca", kind="threat",
        affected_persons=[person.id, person2.id], affected_person_roles=["victim", "witness"],
        affected_organisations=[org.id], affected_organisation_roles=["target"],
        perpetrator_type="army", perpetrator_authority_id=battalion.id,
        perpetrator_description="Dos hombres en uniforme", source_kind="direct_testimony",
        source="Testimonio \"directo\", con comillas", verification="verified", severity="high",
        description="Línea 1\nLínea 2 con <b>etiquetas</b> & signos; =SUM(A1)\n" + "ñ" * 500,
        reported=True, reported_to="Fiscalía", follow_up="in_progress"))
    meeting = vault.meetings.add(Meeting(
        held_on=dt.date(2026, 3, 10), authority_id=battalion.id, place="Base militar",
        purpose="Plantear la amenaza", officials=[official.id], volunteers=[volunteer.id],
        delegation="Coordinadora y una voluntaria", notes="El comandante se comprometió.",
        incidents=[incident.id], persons=[person.id], organisations=[org.id],
        next_meeting_on=dt.date(2026, 4, 10)))
    commitment = vault.commitments.add(Commitment(meeting_id=meeting.id, text="Investigar la amenaza",
                                                  due_on=dt.date(2026, 4, 1), status="pending",
                                                  status_note="Sin noticias"))
    accompaniment = vault.accompaniments.add(Accompaniment(
        person_id=person.id, kind="court_hearing", place="Juzgado de Santander de Quilichao",
        meeting_point="Parque central", starts_at=dt.datetime(2026, 11, 25, 8, 0),
        ends_at=dt.datetime(2026, 11, 25, 14, 30), volunteers=[volunteer.id], status="planned",
        notes="Llevar chaleco"))
    checkin = vault.checkins.add(CheckIn(organisation_id=org.id, scheduled_at=dt.datetime(2026, 3, 5, 18, 0),
                                         done_at=dt.datetime(2026, 3, 5, 18, 5), outcome="all_well",
                                         notes="Todo tranquilo"))
    alert = vault.alerts.add(Alert(incident_id=incident.id, activated_at=dt.datetime(2026, 3, 4, 22, 0),
                                   alerted="Embajada de Noruega; red de emergencia",
                                   response="La embajada llamó al comandante.", status="closed"))
    return {"organisations": org.id, "persons": person.id, "authorities": battalion.id,
            "officials": official.id, "volunteers": volunteer.id, "incidents": incident.id,
            "meetings": meeting.id, "commitments": commitment.id, "accompaniments": accompaniment.id,
            "checkins": checkin.id, "alerts": alert.id}
