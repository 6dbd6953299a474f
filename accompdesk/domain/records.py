"""The records the office keeps (DESIGN.md "Records").

Every record has a UUID, who made and last changed it and when, and a soft-delete
mark, so that records from two offices can later be merged without collisions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from . import vocab as V
from .fields import LONG, boolean, date, datetime_, integer, link, links, roles, text, vocab


# `Commitment.text` shadows the helper inside its class body.
_text = text


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(kw_only=True)
class Record:
    id: str = ""
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    deleted_at: str | None = None

    TABLE = ""
    TITLE_FIELD = ""

    @property
    def title(self) -> str:
        return str(getattr(self, self.TITLE_FIELD, "") or "")


@dataclass(kw_only=True)
class Person(Record):
    TABLE = "persons"
    TITLE_FIELD = "full_name"

    full_name: str = text("Full name", "Nombre completo", required=True, searchable=True)
    alias: str = text("Alias for publication", "Alias para publicación", searchable=True)
    kind: str = vocab("Kind", "Tipo", V.PERSON_KIND, "community_leader")
    organisation_id: str | None = link("Organisation", "Organización", "organisations")
    region: str = text("Region", "Región")
    risk_level: str = vocab("Risk level", "Nivel de riesgo", V.RISK_LEVEL, "medium")
    accompaniment_status: str = vocab("Accompaniment status", "Estado del acompañamiento",
                                      V.ACCOMPANIMENT_STATUS, "active")
    checkin_protocol: str = text("Safety check-in protocol", "Protocolo de llamadas de seguridad",
                                 max_len=2000, multiline=True)
    consent_level: str = vocab("Consent level", "Nivel de consentimiento", V.CONSENT_LEVEL, "internal")
    contact: str = text("Contact details", "Datos de contacto", max_len=500, multiline=True)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, searchable=True)


@dataclass(kw_only=True)
class Organisation(Record):
    TABLE = "organisations"
    TITLE_FIELD = "name"

    name: str = text("Name", "Nombre", required=True, searchable=True)
    alias: str = text("Alias for publication", "Alias para publicación", searchable=True)
    kind: str = vocab("Kind", "Tipo", V.ORGANISATION_KIND, "community")
    region: str = text("Region", "Región")
    risk_level: str = vocab("Risk level", "Nivel de riesgo", V.RISK_LEVEL, "medium")
    accompaniment_status: str = vocab("Accompaniment status", "Estado del acompañamiento",
                                      V.ACCOMPANIMENT_STATUS, "active")
    checkin_protocol: str = text("Safety check-in protocol", "Protocolo de llamadas de seguridad",
                                 max_len=2000, multiline=True)
    consent_level: str = vocab("Consent level", "Nivel de consentimiento", V.CONSENT_LEVEL, "internal")
    contact: str = text("Contact details", "Datos de contacto", max_len=500, multiline=True)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, searchable=True)


@dataclass(kw_only=True)
class Authority(Record):
    TABLE = "authorities"
    TITLE_FIELD = "name"

    name: str = text("Name", "Nombre", required=True, searchable=True)
    kind: str = vocab("Kind", "Tipo", V.AUTHORITY_KIND, "other")
    level: str = vocab("Level", "Nivel", V.AUTHORITY_LEVEL, "local")
    superior_id: str | None = link("Superior", "Superior", "authorities")
    territory: str = text("Territory", "Territorio")
    contact: str = text("Contact details", "Datos de contacto", max_len=500, multiline=True)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, searchable=True)


@dataclass(kw_only=True)
class Official(Record):
    TABLE = "officials"
    TITLE_FIELD = "full_name"

    full_name: str = text("Full name", "Nombre completo", required=True, searchable=True)
    authority_id: str | None = link("Authority", "Autoridad", "authorities", required=True)
    position: str = text("Position", "Cargo", required=True)
    start_on: dt.date | None = date("In post from", "En el cargo desde")
    end_on: dt.date | None = date("In post until", "En el cargo hasta")
    contact: str = text("Contact details", "Datos de contacto", max_len=500, multiline=True)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True)


@dataclass(kw_only=True)
class Incident(Record):
    TABLE = "incidents"
    TITLE_FIELD = "summary"

    summary: str = text("Summary", "Resumen", required=True, max_len=300, searchable=True)
    occurred_on: dt.date | None = date("Date", "Fecha", required=True, past_only=True)
    date_precision: str = vocab("Date precision", "Precisión de la fecha", V.DATE_PRECISION, "exact")
    place: str = text("Place", "Lugar")
    region: str = text("Region", "Región")
    kind: str = vocab("Kind", "Tipo", V.INCIDENT_KIND, None)
    affected_persons: list[str] = links("Persons affected", "Personas afectadas", "persons",
                                        role_field="affected_person_roles")
    affected_person_roles: list[str] = roles("Roles of persons affected",
                                             "Roles de las personas afectadas", V.AFFECTED_ROLE)
    affected_organisations: list[str] = links("Organisations affected", "Organizaciones afectadas",
                                              "organisations", role_field="affected_organisation_roles")
    affected_organisation_roles: list[str] = roles("Roles of organisations affected",
                                                   "Roles de las organizaciones afectadas",
                                                   V.AFFECTED_ROLE)
    perpetrator_type: str = vocab("Alleged perpetrator", "Presunto responsable", V.PERPETRATOR_TYPE,
                                  "unknown")
    perpetrator_authority_id: str | None = link("Perpetrator unit", "Unidad responsable", "authorities")
    perpetrator_description: str = text("Perpetrator details", "Detalles del responsable", max_len=500)
    source_kind: str = vocab("Source", "Fuente", V.SOURCE_KIND, "direct_testimony")
    source: str = text("Source details", "Detalles de la fuente", max_len=500)
    verification: str = vocab("Verification", "Verificación", V.VERIFICATION_STATUS, "unverified")
    severity: str = vocab("Severity", "Gravedad", V.SEVERITY, "medium")
    description: str = text("Description", "Descripción", max_len=LONG, multiline=True, searchable=True)
    reported: bool = boolean("Reported to authorities", "Denunciado ante autoridades")
    reported_to: str = text("Reported to", "Denunciado ante", max_len=500)
    follow_up: str = vocab("Follow-up", "Seguimiento", V.FOLLOW_UP_STATUS, "open")


@dataclass(kw_only=True)
class Meeting(Record):
    TABLE = "meetings"
    TITLE_FIELD = "purpose"

    # A planned meeting may lie ahead; a held one may not (see validation).
    held_on: dt.date | None = date("Date", "Fecha", required=True)
    authority_id: str | None = link("Authority", "Autoridad", "authorities", required=True)
    place: str = text("Place", "Lugar")
    purpose: str = text("Purpose", "Propósito", required=True, max_len=300, searchable=True)
    officials: list[str] = links("Officials present", "Funcionarios presentes", "officials")
    volunteers: list[str] = links("Volunteers in the delegation", "Voluntarios en la delegación",
                                  "volunteers")
    delegation: str = text("Office delegation", "Delegación de la oficina", max_len=500)
    notes: str = text("What was said", "Lo que se dijo", max_len=LONG, multiline=True, searchable=True)
    incidents: list[str] = links("Incidents raised", "Incidentes tratados", "incidents")
    persons: list[str] = links("Persons raised", "Personas mencionadas", "persons")
    organisations: list[str] = links("Organisations raised", "Organizaciones mencionadas",
                                     "organisations")
    next_meeting_on: dt.date | None = date("Next meeting", "Próxima reunión")
    status: str = vocab("Status", "Estado", V.MEETING_STATUS, "held")
    follows_meeting_id: str | None = link("Follows the meeting", "Sigue a la reunión", "meetings")


@dataclass(kw_only=True)
class Commitment(Record):
    TABLE = "commitments"
    TITLE_FIELD = "text"

    meeting_id: str | None = link("Meeting", "Reunión", "meetings", required=True)
    text: str = text("Commitment", "Compromiso", required=True, max_len=2000, multiline=True,
                     searchable=True)
    due_on: dt.date | None = date("Due", "Plazo")
    status: str = vocab("Status", "Estado", V.COMMITMENT_STATUS, "pending")
    status_note: str = _text("Note on status", "Nota sobre el estado", max_len=2000, multiline=True)


@dataclass(kw_only=True)
class Volunteer(Record):
    TABLE = "volunteers"
    TITLE_FIELD = "full_name"

    full_name: str = text("Full name", "Nombre completo", required=True, searchable=True)
    nationalities: str = text("Nationalities", "Nacionalidades")
    languages: str = text("Languages", "Idiomas")
    team: str = text("Team", "Equipo")
    arrival_on: dt.date | None = date("Arrival", "Llegada")
    departure_on: dt.date | None = date("Departure", "Salida")
    visa_expires_on: dt.date | None = date("Visa expiry", "Vencimiento de la visa")
    emergency_contact: str = text("Emergency contact", "Contacto de emergencia", max_len=500,
                                  multiline=True)
    status: str = vocab("Status", "Estado", V.VOLUNTEER_STATUS, "in_field")
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True)


@dataclass(kw_only=True)
class Accompaniment(Record):
    TABLE = "accompaniments"
    TITLE_FIELD = "place"

    person_id: str | None = link("Person accompanied", "Persona acompañada", "persons")
    organisation_id: str | None = link("Organisation accompanied", "Organización acompañada",
                                       "organisations")
    kind: str = vocab("Kind", "Tipo", V.ACCOMPANIMENT_KIND, "escort")
    place: str = text("Place", "Lugar", required=True, searchable=True)
    meeting_point: str = text("Meeting point", "Punto de encuentro")
    starts_at: dt.datetime | None = datetime_("Starts", "Inicio", required=True)
    ends_at: dt.datetime | None = datetime_("Ends", "Fin", required=True)
    volunteers: list[str] = links("Volunteers", "Voluntarios", "volunteers")
    status: str = vocab("Status", "Estado", V.ACCOMPANIMENT_PLAN_STATUS, "planned")
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True)


@dataclass(kw_only=True)
class CheckIn(Record):
    TABLE = "checkins"
    TITLE_FIELD = "notes"

    person_id: str | None = link("Person", "Persona", "persons")
    organisation_id: str | None = link("Organisation", "Organización", "organisations")
    scheduled_at: dt.datetime | None = datetime_("Scheduled", "Programada", required=True)
    done_at: dt.datetime | None = datetime_("Called at", "Llamada a las", past_only=True)
    outcome: str = vocab("Outcome", "Resultado", V.CHECKIN_OUTCOME, "pending")
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True)


@dataclass(kw_only=True)
class CheckInSchedule(Record):
    """When a person or organisation is to be called: the safety check-in protocol."""
    TABLE = "checkin_schedules"
    TITLE_FIELD = "at_time"

    person_id: str | None = link("Person", "Persona", "persons")
    organisation_id: str | None = link("Organisation", "Organización", "organisations")
    frequency: str = vocab("Frequency", "Frecuencia", V.CHECKIN_FREQUENCY, "daily")
    weekday: int | None = integer("Day of the week (0 = Monday)", "Día de la semana (0 = lunes)",
                                  minimum=0, maximum=6)
    at_time: str = text("Time (HH:MM)", "Hora (HH:MM)", required=True, max_len=5)
    active: bool = boolean("Active", "Activo", default=True)
    notes: str = text("Notes", "Notas", max_len=2000, multiline=True)


@dataclass(kw_only=True)
class Alert(Record):
    TABLE = "alerts"
    TITLE_FIELD = "alerted"

    incident_id: str | None = link("Incident", "Incidente", "incidents", required=True)
    activated_at: dt.datetime | None = datetime_("Activated", "Activada", required=True,
                                                 past_only=True)
    alerted: str = text("Who was alerted", "A quién se alertó", required=True, max_len=2000,
                        multiline=True)
    response: str = text("Responses", "Respuestas", max_len=LONG, multiline=True)
    status: str = vocab("Status", "Estado", V.ALERT_STATUS, "active")


@dataclass(kw_only=True)
class User(Record):
    """A staff member: who signs the audit log. Their key slot lives beside the vault."""
    TABLE = "users"
    TITLE_FIELD = "name"

    name: str = text("Name", "Nombre", required=True, max_len=100)
    role: str = vocab("Role", "Rol", V.USER_ROLE, "staff")


@dataclass(kw_only=True)
class Attachment(Record):
    """A file kept encrypted inside the vault. Its bytes travel apart from the record."""
    TABLE = "attachments"
    TITLE_FIELD = "filename"

    owner_table: str = text("Record type", "Tipo de registro", required=True, max_len=40)
    owner_id: str = text("Record", "Registro", required=True, max_len=36)
    filename: str = text("File name", "Nombre del archivo", required=True, max_len=255)
    media_type: str = text("Media type", "Tipo de archivo", max_len=100)
    size: int | None = integer("Size", "Tamaño", minimum=0)
    sha256: str = text("SHA-256", "SHA-256", max_len=64)


# Tables that the canonical CSV and the command line know, in dependency order.
_CSV_ORDER: list[type[Record]] = [
    Organisation, Person, Authority, Official, Volunteer, Incident, Meeting, Commitment,
    Accompaniment, CheckIn, Alert,
]
CSV_TYPES: dict[str, type[Record]] = {t.TABLE: t for t in _CSV_ORDER}

ALL_TYPES: dict[str, type[Record]] = {**CSV_TYPES, CheckInSchedule.TABLE: CheckInSchedule,
                                      User.TABLE: User, Attachment.TABLE: Attachment}
