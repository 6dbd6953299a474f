"""The records the office keeps (DESIGN.md "Records").

Every record has a UUID, who made and last changed it and when, and a soft-delete
mark, so that records from two offices can later be merged without collisions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from . import vocab as V
from .fields import (DIPLOMATIC, INTERNAL, LONG, PUBLIC, boolean, date, datetime_, integer, link, links,
                     roles, text, vocab)


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

    full_name: str = text("Full name", "Nombre completo", required=True, searchable=True,
                          audience=PUBLIC, rule="consent")
    alias: str = text("Alias for publication", "Alias para publicación", searchable=True,
                      audience=PUBLIC, rule="consent")
    aka: str = text("Also known as", "También conocido/a como", max_len=2000, multiline=True,
                    searchable=True, audience=INTERNAL, rule="consent")
    gender: str = vocab("Gender", "Género", V.GENDER, "unknown", audience=PUBLIC)
    kind: str = vocab("Kind", "Tipo", V.PERSON_KIND, "community_leader", audience=PUBLIC)
    organisation_id: str | None = link("Organisation", "Organización", "organisations", audience=PUBLIC)
    region: str = text("Region", "Región", audience=PUBLIC)
    # Public: an urgent alert says who is at extreme risk; that is why it is written.
    risk_level: str = vocab("Risk level", "Nivel de riesgo", V.RISK_LEVEL, "medium", audience=PUBLIC)
    accompaniment_status: str = vocab("Accompaniment status", "Estado del acompañamiento",
                                      V.ACCOMPANIMENT_STATUS, "active", audience=DIPLOMATIC)
    checkin_protocol: str = text("Safety check-in protocol", "Protocolo de llamadas de seguridad",
                                 max_len=2000, multiline=True, audience=INTERNAL)
    consent_level: str = vocab("Consent level", "Nivel de consentimiento", V.CONSENT_LEVEL, "internal",
                               audience=INTERNAL)
    contact: str = text("Contact details", "Datos de contacto", max_len=500, multiline=True,
                        audience=INTERNAL)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, searchable=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Organisation(Record):
    TABLE = "organisations"
    TITLE_FIELD = "name"

    name: str = text("Name", "Nombre", required=True, searchable=True, audience=PUBLIC, rule="consent")
    alias: str = text("Alias for publication", "Alias para publicación", searchable=True,
                      audience=PUBLIC, rule="consent")
    aka: str = text("Also known as", "También conocido/a como", max_len=2000, multiline=True,
                    searchable=True, audience=INTERNAL, rule="consent")
    kind: str = vocab("Kind", "Tipo", V.ORGANISATION_KIND, "community", audience=PUBLIC)
    region: str = text("Region", "Región", audience=PUBLIC)
    # Public: an urgent alert says who is at extreme risk; that is why it is written.
    risk_level: str = vocab("Risk level", "Nivel de riesgo", V.RISK_LEVEL, "medium", audience=PUBLIC)
    accompaniment_status: str = vocab("Accompaniment status", "Estado del acompañamiento",
                                      V.ACCOMPANIMENT_STATUS, "active", audience=DIPLOMATIC)
    checkin_protocol: str = text("Safety check-in protocol", "Protocolo de llamadas de seguridad",
                                 max_len=2000, multiline=True, audience=INTERNAL)
    consent_level: str = vocab("Consent level", "Nivel de consentimiento", V.CONSENT_LEVEL, "internal",
                               audience=INTERNAL)
    contact: str = text("Contact details", "Datos de contacto", max_len=500, multiline=True,
                        audience=INTERNAL)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, searchable=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Authority(Record):
    TABLE = "authorities"
    TITLE_FIELD = "name"

    name: str = text("Name", "Nombre", required=True, searchable=True, audience=PUBLIC)
    kind: str = vocab("Kind", "Tipo", V.AUTHORITY_KIND, "other", audience=PUBLIC)
    level: str = vocab("Level", "Nivel", V.AUTHORITY_LEVEL, "local", audience=PUBLIC)
    superior_id: str | None = link("Superior", "Superior", "authorities", audience=PUBLIC)
    territory: str = text("Territory", "Territorio", audience=PUBLIC)
    # An authority's address is where appeals go (urgent alerts print it); not a person's contact.
    contact: str = text("Contact details", "Datos de contacto", max_len=500, multiline=True, audience=PUBLIC)
    postal_address: str = text("Postal address", "Dirección postal", max_len=500, multiline=True,
                               audience=PUBLIC)
    email: str = text("Email", "Correo electrónico", audience=PUBLIC)
    salutation: str = text("Salutation", "Encabezamiento", audience=PUBLIC)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, searchable=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Official(Record):
    TABLE = "officials"
    TITLE_FIELD = "full_name"

    full_name: str = text("Full name", "Nombre completo", required=True, searchable=True, audience=PUBLIC)
    authority_id: str | None = link("Authority", "Autoridad", "authorities", required=True, audience=PUBLIC)
    position: str = text("Position", "Cargo", required=True, audience=PUBLIC)
    start_on: dt.date | None = date("In post from", "En el cargo desde", audience=PUBLIC)
    end_on: dt.date | None = date("In post until", "En el cargo hasta", audience=PUBLIC)
    contact: str = text("Contact details", "Datos de contacto", max_len=500, multiline=True,
                        audience=INTERNAL)
    # Where appeals to this official go, as printed in urgent actions: their office, not their home.
    postal_address: str = text("Postal address", "Dirección postal", max_len=500, multiline=True,
                               audience=PUBLIC)
    email: str = text("Email", "Correo electrónico", audience=PUBLIC)
    salutation: str = text("Salutation", "Encabezamiento", audience=PUBLIC)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Incident(Record):
    TABLE = "incidents"
    TITLE_FIELD = "summary"

    summary: str = text("Summary", "Resumen", required=True, max_len=300, searchable=True, audience=PUBLIC)
    occurred_on: dt.date | None = date("Date", "Fecha", required=True, past_only=True, audience=PUBLIC)
    date_precision: str = vocab("Date precision", "Precisión de la fecha", V.DATE_PRECISION, "exact",
                                audience=PUBLIC)
    place: str = text("Place", "Lugar", audience=PUBLIC)
    region: str = text("Region", "Región", audience=PUBLIC)
    kind: str = vocab("Kind", "Tipo", V.INCIDENT_KIND, None, audience=PUBLIC)
    affected_persons: list[str] = links("Persons affected", "Personas afectadas", "persons",
                                        role_field="affected_person_roles", audience=PUBLIC)
    affected_person_roles: list[str] = roles("Roles of persons affected",
                                             "Roles de las personas afectadas", V.AFFECTED_ROLE,
                                             audience=PUBLIC)
    affected_organisations: list[str] = links("Organisations affected", "Organizaciones afectadas",
                                              "organisations", role_field="affected_organisation_roles",
                                              audience=PUBLIC)
    affected_organisation_roles: list[str] = roles("Roles of organisations affected",
                                                   "Roles de las organizaciones afectadas",
                                                   V.AFFECTED_ROLE, audience=PUBLIC)
    perpetrator_type: str = vocab("Alleged perpetrator", "Presunto responsable", V.PERPETRATOR_TYPE,
                                  "unknown", audience=PUBLIC)
    perpetrator_authority_id: str | None = link("Perpetrator unit", "Unidad responsable", "authorities",
                                                audience=PUBLIC)
    perpetrator_description: str = text("Perpetrator details", "Detalles del responsable", max_len=500,
                                        audience=DIPLOMATIC)
    source_kind: str = vocab("Source", "Fuente", V.SOURCE_KIND, "direct_testimony", audience=PUBLIC)
    source: str = text("Source details", "Detalles de la fuente", max_len=500, audience=INTERNAL)
    verification: str = vocab("Verification", "Verificación", V.VERIFICATION_STATUS, "unverified",
                              audience=PUBLIC)
    severity: str = vocab("Severity", "Gravedad", V.SEVERITY, "medium", audience=PUBLIC)
    description: str = text("Description", "Descripción", max_len=LONG, multiline=True, searchable=True,
                            audience=PUBLIC)
    reported: bool = boolean("Reported to authorities", "Denunciado ante autoridades", audience=PUBLIC)
    reported_to: str = text("Reported to", "Denunciado ante", max_len=500, audience=DIPLOMATIC)
    follow_up: str = vocab("Follow-up", "Seguimiento", V.FOLLOW_UP_STATUS, "open", audience=PUBLIC)
    text_language: str = vocab("Language of the texts", "Idioma de los textos", V.TEXT_LANGUAGE, "auto",
                               audience=PUBLIC)


@dataclass(kw_only=True)
class Meeting(Record):
    TABLE = "meetings"
    TITLE_FIELD = "purpose"

    # A planned meeting may lie ahead; a held one may not (see validation).
    held_on: dt.date | None = date("Date", "Fecha", required=True, audience=PUBLIC)
    authority_id: str | None = link("Authority", "Autoridad", "authorities", required=True, audience=PUBLIC)
    place: str = text("Place", "Lugar", audience=PUBLIC)
    purpose: str = text("Purpose", "Propósito", required=True, max_len=300, searchable=True, audience=PUBLIC)
    officials: list[str] = links("Officials present", "Funcionarios presentes", "officials", audience=PUBLIC)
    volunteers: list[str] = links("Volunteers in the delegation", "Voluntarios en la delegación",
                                  "volunteers", audience=PUBLIC, rule="volunteers")
    delegation: str = text("Office delegation", "Delegación de la oficina", max_len=500,
                           audience=PUBLIC, rule="volunteers")
    notes: str = text("What was said", "Lo que se dijo", max_len=LONG, multiline=True, searchable=True,
                      audience=INTERNAL)
    incidents: list[str] = links("Incidents raised", "Incidentes tratados", "incidents", audience=PUBLIC)
    persons: list[str] = links("Persons raised", "Personas mencionadas", "persons", audience=PUBLIC)
    organisations: list[str] = links("Organisations raised", "Organizaciones mencionadas",
                                     "organisations", audience=PUBLIC)
    next_meeting_on: dt.date | None = date("Next meeting", "Próxima reunión", audience=DIPLOMATIC)
    status: str = vocab("Status", "Estado", V.MEETING_STATUS, "held", audience=PUBLIC)
    follows_meeting_id: str | None = link("Follows the meeting", "Sigue a la reunión", "meetings",
                                          audience=PUBLIC)
    text_language: str = vocab("Language of the texts", "Idioma de los textos", V.TEXT_LANGUAGE, "auto",
                               audience=PUBLIC)


@dataclass(kw_only=True)
class Commitment(Record):
    TABLE = "commitments"
    TITLE_FIELD = "text"

    meeting_id: str | None = link("Meeting", "Reunión", "meetings", required=True, audience=PUBLIC)
    text: str = text("Commitment", "Compromiso", required=True, max_len=2000, multiline=True,
                     searchable=True, audience=PUBLIC)
    due_on: dt.date | None = date("Due", "Plazo", audience=PUBLIC)
    status: str = vocab("Status", "Estado", V.COMMITMENT_STATUS, "pending", audience=PUBLIC)
    status_note: str = _text("Note on status", "Nota sobre el estado", max_len=2000, multiline=True,
                             audience=INTERNAL)
    text_language: str = vocab("Language of the texts", "Idioma de los textos", V.TEXT_LANGUAGE, "auto",
                               audience=PUBLIC)


@dataclass(kw_only=True)
class Volunteer(Record):
    TABLE = "volunteers"
    TITLE_FIELD = "full_name"

    full_name: str = text("Full name", "Nombre completo", required=True, searchable=True, audience=DIPLOMATIC)
    nationalities: str = text("Nationalities", "Nacionalidades", audience=DIPLOMATIC)
    languages: str = text("Languages", "Idiomas", audience=DIPLOMATIC)
    team: str = text("Team", "Equipo", audience=INTERNAL)
    arrival_on: dt.date | None = date("Arrival", "Llegada", audience=DIPLOMATIC)
    departure_on: dt.date | None = date("Departure", "Salida", audience=INTERNAL)
    visa_expires_on: dt.date | None = date("Visa expiry", "Vencimiento de la visa", audience=INTERNAL)
    emergency_contact: str = text("Emergency contact", "Contacto de emergencia", max_len=500,
                                  multiline=True, audience=INTERNAL)
    status: str = vocab("Status", "Estado", V.VOLUNTEER_STATUS, "in_field", audience=DIPLOMATIC)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Accompaniment(Record):
    TABLE = "accompaniments"
    TITLE_FIELD = "place"

    person_id: str | None = link("Person accompanied", "Persona acompañada", "persons", audience=PUBLIC)
    organisation_id: str | None = link("Organisation accompanied", "Organización acompañada",
                                       "organisations", audience=PUBLIC)
    kind: str = vocab("Kind", "Tipo", V.ACCOMPANIMENT_KIND, "escort", audience=PUBLIC)
    place: str = text("Place", "Lugar", required=True, searchable=True, audience=PUBLIC, rule="whereabouts")
    meeting_point: str = text("Meeting point", "Punto de encuentro", audience=INTERNAL)
    starts_at: dt.datetime | None = datetime_("Starts", "Inicio", required=True,
                                              audience=PUBLIC, rule="whereabouts")
    ends_at: dt.datetime | None = datetime_("Ends", "Fin", required=True, audience=PUBLIC, rule="whereabouts")
    volunteers: list[str] = links("Volunteers", "Voluntarios", "volunteers",
                                  audience=PUBLIC, rule="whereabouts")
    status: str = vocab("Status", "Estado", V.ACCOMPANIMENT_PLAN_STATUS, "planned", audience=PUBLIC)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class CheckIn(Record):
    TABLE = "checkins"
    TITLE_FIELD = "notes"

    person_id: str | None = link("Person", "Persona", "persons", audience=INTERNAL)
    organisation_id: str | None = link("Organisation", "Organización", "organisations", audience=INTERNAL)
    scheduled_at: dt.datetime | None = datetime_("Scheduled", "Programada", required=True, audience=INTERNAL)
    done_at: dt.datetime | None = datetime_("Called at", "Llamada a las", past_only=True, audience=INTERNAL)
    outcome: str = vocab("Outcome", "Resultado", V.CHECKIN_OUTCOME, "pending", audience=INTERNAL)
    notes: str = text("Notes", "Notas", max_len=LONG, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class CheckInSchedule(Record):
    """When a person or organisation is to be called: the safety check-in protocol."""
    TABLE = "checkin_schedules"
    TITLE_FIELD = "at_time"

    person_id: str | None = link("Person", "Persona", "persons", audience=INTERNAL)
    organisation_id: str | None = link("Organisation", "Organización", "organisations", audience=INTERNAL)
    frequency: str = vocab("Frequency", "Frecuencia", V.CHECKIN_FREQUENCY, "daily", audience=INTERNAL)
    weekday: int | None = integer("Day of the week (0 = Monday)", "Día de la semana (0 = lunes)",
                                  minimum=0, maximum=6, audience=INTERNAL)
    at_time: str = text("Time (HH:MM)", "Hora (HH:MM)", required=True, max_len=5, audience=INTERNAL)
    active: bool = boolean("Active", "Activo", default=True, audience=INTERNAL)
    notes: str = text("Notes", "Notas", max_len=2000, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Alert(Record):
    TABLE = "alerts"
    TITLE_FIELD = "alerted"

    incident_id: str | None = link("Incident", "Incidente", "incidents", required=True, audience=PUBLIC)
    activated_at: dt.datetime | None = datetime_("Activated", "Activada", required=True,
                                                 past_only=True, audience=PUBLIC)
    alerted: str = text("Who was alerted", "A quién se alertó", required=True, max_len=2000,
                        multiline=True, audience=INTERNAL)
    response: str = text("Responses", "Respuestas", max_len=LONG, multiline=True, audience=DIPLOMATIC)
    status: str = vocab("Status", "Estado", V.ALERT_STATUS, "active", audience=PUBLIC)
    text_language: str = vocab("Language of the texts", "Idioma de los textos", V.TEXT_LANGUAGE, "auto",
                               audience=PUBLIC)


@dataclass(kw_only=True)
class User(Record):
    """A staff member: who signs the audit log. Their key slot lives beside the vault."""
    TABLE = "users"
    TITLE_FIELD = "name"

    name: str = text("Name", "Nombre", required=True, max_len=100, audience=INTERNAL)
    role: str = vocab("Role", "Rol", V.USER_ROLE, "staff", audience=INTERNAL)


@dataclass(kw_only=True)
class Attachment(Record):
    """A file kept encrypted inside the vault. Its bytes travel apart from the record."""
    TABLE = "attachments"
    TITLE_FIELD = "filename"

    owner_table: str = text("Record type", "Tipo de registro", required=True, max_len=40, audience=INTERNAL)
    owner_id: str = text("Record", "Registro", required=True, max_len=36, audience=INTERNAL)
    filename: str = text("File name", "Nombre del archivo", required=True, max_len=255, audience=INTERNAL)
    media_type: str = text("Media type", "Tipo de archivo", max_len=100, audience=INTERNAL)
    size: int | None = integer("Size", "Tamaño", minimum=0, audience=INTERNAL)
    sha256: str = text("SHA-256", "SHA-256", max_len=64, audience=INTERNAL)


# Tables that the canonical CSV and the command line know, in dependency order.
_CSV_ORDER: list[type[Record]] = [
    Organisation, Person, Authority, Official, Volunteer, Incident, Meeting, Commitment,
    Accompaniment, CheckIn, Alert,
]
CSV_TYPES: dict[str, type[Record]] = {t.TABLE: t for t in _CSV_ORDER}

ALL_TYPES: dict[str, type[Record]] = {**CSV_TYPES, CheckInSchedule.TABLE: CheckInSchedule,
                                      User.TABLE: User, Attachment.TABLE: Attachment}
