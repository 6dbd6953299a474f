"""The records the office keeps (DESIGN.md "Records").

Every record has a UUID, who made and last changed it and when, and a soft-delete
mark, so that records from two offices can later be merged without collisions.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass

from . import vocab as V
from .fields import (DIPLOMATIC, INTERNAL, LONG, PUBLIC, boolean, date, datetime_, integer, link, links,
                     roles, text, vocab)


# `Commitment.text` shadows the helper inside its class body.
_text = text


def new_id() -> str:
    return str(uuid.uuid4())


# The hex digit that holds the variant: its two high bits are 10 (RFC 4122), as uuid4 sets them.
_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def new_ids(count: int) -> list[str]:
    """`count` ids as new_id makes them (random version 4 UUIDs), from one read of the
    system's random source: an import gives one to every row."""
    raw = os.urandom(16 * count).hex()
    return [f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"
            for h in (raw[i:i + 32] for i in range(0, 32 * count, 32))]


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

    full_name: str = text("Full name", required=True, searchable=True,
                          audience=PUBLIC, rule="consent")
    alias: str = text("Alias for publication", searchable=True,
                      audience=PUBLIC, rule="consent")
    aka: str = text("Also known as", max_len=2000, multiline=True,
                    searchable=True, audience=INTERNAL, rule="consent")
    gender: str = vocab("Gender", V.GENDER, "unknown", audience=PUBLIC)
    kind: str = vocab("Kind", V.PERSON_KIND, "community_leader", audience=PUBLIC)
    organisation_id: str | None = link("Organisation", "organisations", audience=PUBLIC)
    region: str = text("Region", audience=PUBLIC)
    # Public: an urgent alert says who is at extreme risk; that is why it is written.
    risk_level: str = vocab("Risk level", V.RISK_LEVEL, "medium", audience=PUBLIC)
    accompaniment_status: str = vocab("Accompaniment status",
                                      V.ACCOMPANIMENT_STATUS, "active", audience=DIPLOMATIC)
    checkin_protocol: str = text("Safety check-in protocol",
                                 max_len=2000, multiline=True, audience=INTERNAL)
    consent_level: str = vocab("Consent level", V.CONSENT_LEVEL, "internal",
                               audience=INTERNAL)
    contact: str = text("Contact details", max_len=500, multiline=True,
                        audience=INTERNAL)
    notes: str = text("Notes", max_len=LONG, multiline=True, searchable=True, audience=INTERNAL)
    # Internal: a cédula or passport number identifies the person whatever the name says.
    id_number: str = text("Identity document number", max_len=40, audience=INTERNAL)


@dataclass(kw_only=True)
class Organisation(Record):
    TABLE = "organisations"
    TITLE_FIELD = "name"

    name: str = text("Name", required=True, searchable=True, audience=PUBLIC, rule="consent")
    alias: str = text("Alias for publication", searchable=True,
                      audience=PUBLIC, rule="consent")
    aka: str = text("Also known as", max_len=2000, multiline=True,
                    searchable=True, audience=INTERNAL, rule="consent")
    kind: str = vocab("Kind", V.ORGANISATION_KIND, "community", audience=PUBLIC)
    region: str = text("Region", audience=PUBLIC)
    # Public: an urgent alert says who is at extreme risk; that is why it is written.
    risk_level: str = vocab("Risk level", V.RISK_LEVEL, "medium", audience=PUBLIC)
    accompaniment_status: str = vocab("Accompaniment status",
                                      V.ACCOMPANIMENT_STATUS, "active", audience=DIPLOMATIC)
    checkin_protocol: str = text("Safety check-in protocol",
                                 max_len=2000, multiline=True, audience=INTERNAL)
    consent_level: str = vocab("Consent level", V.CONSENT_LEVEL, "internal",
                               audience=INTERNAL)
    contact: str = text("Contact details", max_len=500, multiline=True,
                        audience=INTERNAL)
    notes: str = text("Notes", max_len=LONG, multiline=True, searchable=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Authority(Record):
    TABLE = "authorities"
    TITLE_FIELD = "name"

    name: str = text("Name", required=True, searchable=True, audience=PUBLIC)
    kind: str = vocab("Kind", V.AUTHORITY_KIND, "other", audience=PUBLIC)
    level: str = vocab("Level", V.AUTHORITY_LEVEL, "local", audience=PUBLIC)
    superior_id: str | None = link("Superior", "authorities", audience=PUBLIC)
    territory: str = text("Territory", audience=PUBLIC)
    # An authority's address is where appeals go (urgent alerts print it); not a person's contact.
    contact: str = text("Contact details", max_len=500, multiline=True, audience=PUBLIC)
    postal_address: str = text("Postal address", max_len=500, multiline=True,
                               audience=PUBLIC)
    email: str = text("Email", audience=PUBLIC)
    salutation: str = text("Salutation", audience=PUBLIC)
    notes: str = text("Notes", max_len=LONG, multiline=True, searchable=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Official(Record):
    TABLE = "officials"
    TITLE_FIELD = "full_name"

    full_name: str = text("Full name", required=True, searchable=True, audience=PUBLIC)
    authority_id: str | None = link("Authority", "authorities", required=True, audience=PUBLIC)
    position: str = text("Position", required=True, audience=PUBLIC)
    start_on: dt.date | None = date("In post from", audience=PUBLIC)
    end_on: dt.date | None = date("In post until", audience=PUBLIC)
    contact: str = text("Contact details", max_len=500, multiline=True,
                        audience=INTERNAL)
    # Where appeals to this official go, as printed in urgent actions: their office, not their home.
    postal_address: str = text("Postal address", max_len=500, multiline=True,
                               audience=PUBLIC)
    email: str = text("Email", audience=PUBLIC)
    salutation: str = text("Salutation", audience=PUBLIC)
    notes: str = text("Notes", max_len=LONG, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Incident(Record):
    TABLE = "incidents"
    TITLE_FIELD = "summary"

    summary: str = text("Summary", required=True, max_len=300, searchable=True, audience=PUBLIC)
    occurred_on: dt.date | None = date("Date", required=True, past_only=True, audience=PUBLIC)
    date_precision: str = vocab("Date precision", V.DATE_PRECISION, "exact",
                                audience=PUBLIC)
    place: str = text("Place", audience=PUBLIC)
    region: str = text("Region", audience=PUBLIC)
    kind: str = vocab("Kind", V.INCIDENT_KIND, None, audience=PUBLIC)
    affected_persons: list[str] = links("Persons affected", "persons",
                                        role_field="affected_person_roles", audience=PUBLIC)
    affected_person_roles: list[str] = roles("Roles of persons affected", V.AFFECTED_ROLE,
                                             audience=PUBLIC)
    affected_organisations: list[str] = links("Organisations affected",
                                              "organisations", role_field="affected_organisation_roles",
                                              audience=PUBLIC)
    affected_organisation_roles: list[str] = roles("Roles of organisations affected",
                                                   V.AFFECTED_ROLE, audience=PUBLIC)
    perpetrator_type: str = vocab("Alleged perpetrator", V.PERPETRATOR_TYPE,
                                  "unknown", audience=PUBLIC)
    perpetrator_authority_id: str | None = link("Perpetrator unit", "authorities",
                                                audience=PUBLIC)
    perpetrator_description: str = text("Perpetrator details", max_len=500,
                                        audience=DIPLOMATIC)
    source_kind: str = vocab("Source", V.SOURCE_KIND, "direct_testimony", audience=PUBLIC)
    source: str = text("Source details", max_len=500, audience=INTERNAL)
    verification: str = vocab("Verification", V.VERIFICATION_STATUS, "unverified",
                              audience=PUBLIC)
    severity: str = vocab("Severity", V.SEVERITY, "medium", audience=PUBLIC)
    description: str = text("Description", max_len=LONG, multiline=True, searchable=True,
                            audience=PUBLIC)
    reported: bool = boolean("Reported to authorities", audience=PUBLIC)
    reported_to: str = text("Reported to", max_len=500, audience=DIPLOMATIC)
    follow_up: str = vocab("Follow-up", V.FOLLOW_UP_STATUS, "open", audience=PUBLIC)
    text_language: str = vocab("Language of the texts", V.TEXT_LANGUAGE, "auto", audience=PUBLIC)


@dataclass(kw_only=True)
class Meeting(Record):
    TABLE = "meetings"
    TITLE_FIELD = "purpose"

    # A planned meeting may lie ahead; a held one may not (see validation).
    held_on: dt.date | None = date("Date", required=True, audience=PUBLIC)
    authority_id: str | None = link("Authority", "authorities", required=True, audience=PUBLIC)
    place: str = text("Place", audience=PUBLIC)
    purpose: str = text("Purpose", required=True, max_len=300, searchable=True, audience=PUBLIC)
    officials: list[str] = links("Officials present", "officials", audience=PUBLIC)
    volunteers: list[str] = links("Volunteers in the delegation",
                                  "volunteers", audience=PUBLIC, rule="volunteers")
    delegation: str = text("Office delegation", max_len=500,
                           audience=PUBLIC, rule="volunteers")
    notes: str = text("What was said", max_len=LONG, multiline=True, searchable=True,
                      audience=INTERNAL)
    incidents: list[str] = links("Incidents raised", "incidents", audience=PUBLIC)
    persons: list[str] = links("Persons raised", "persons", audience=PUBLIC)
    organisations: list[str] = links("Organisations raised",
                                     "organisations", audience=PUBLIC)
    next_meeting_on: dt.date | None = date("Next meeting", audience=DIPLOMATIC)
    status: str = vocab("Status", V.MEETING_STATUS, "held", audience=PUBLIC)
    follows_meeting_id: str | None = link("Follows the meeting", "meetings",
                                          audience=PUBLIC)
    text_language: str = vocab("Language of the texts", V.TEXT_LANGUAGE, "auto", audience=PUBLIC)


@dataclass(kw_only=True)
class Commitment(Record):
    TABLE = "commitments"
    TITLE_FIELD = "text"

    meeting_id: str | None = link("Meeting", "meetings", required=True, audience=PUBLIC)
    text: str = text("Commitment", required=True, max_len=2000, multiline=True,
                     searchable=True, audience=PUBLIC)
    due_on: dt.date | None = date("Due", audience=PUBLIC)
    status: str = vocab("Status", V.COMMITMENT_STATUS, "pending", audience=PUBLIC)
    status_note: str = _text("Note on status", max_len=2000, multiline=True,
                             audience=INTERNAL)
    text_language: str = vocab("Language of the texts", V.TEXT_LANGUAGE, "auto", audience=PUBLIC)


@dataclass(kw_only=True)
class Volunteer(Record):
    TABLE = "volunteers"
    TITLE_FIELD = "full_name"

    full_name: str = text("Full name", required=True, searchable=True, audience=DIPLOMATIC)
    nationalities: str = text("Nationalities", audience=DIPLOMATIC)
    languages: str = text("Languages", audience=DIPLOMATIC)
    team: str = text("Team", audience=INTERNAL)
    arrival_on: dt.date | None = date("Arrival", audience=DIPLOMATIC)
    departure_on: dt.date | None = date("Departure", audience=INTERNAL)
    visa_expires_on: dt.date | None = date("Visa expiry", audience=INTERNAL)
    emergency_contact: str = text("Emergency contact", max_len=500,
                                  multiline=True, audience=INTERNAL)
    status: str = vocab("Status", V.VOLUNTEER_STATUS, "in_field", audience=DIPLOMATIC)
    notes: str = text("Notes", max_len=LONG, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Accompaniment(Record):
    TABLE = "accompaniments"
    TITLE_FIELD = "place"

    person_id: str | None = link("Person accompanied", "persons", audience=PUBLIC)
    organisation_id: str | None = link("Organisation accompanied",
                                       "organisations", audience=PUBLIC)
    kind: str = vocab("Kind", V.ACCOMPANIMENT_KIND, "escort", audience=PUBLIC)
    place: str = text("Place", required=True, searchable=True, audience=PUBLIC, rule="whereabouts")
    meeting_point: str = text("Meeting point", audience=INTERNAL)
    starts_at: dt.datetime | None = datetime_("Starts", required=True,
                                              audience=PUBLIC, rule="whereabouts")
    ends_at: dt.datetime | None = datetime_("Ends", required=True, audience=PUBLIC, rule="whereabouts")
    volunteers: list[str] = links("Volunteers", "volunteers",
                                  audience=PUBLIC, rule="whereabouts")
    status: str = vocab("Status", V.ACCOMPANIMENT_PLAN_STATUS, "planned", audience=PUBLIC)
    notes: str = text("Notes", max_len=LONG, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class CheckIn(Record):
    TABLE = "checkins"
    TITLE_FIELD = "notes"

    person_id: str | None = link("Person", "persons", audience=INTERNAL)
    organisation_id: str | None = link("Organisation", "organisations", audience=INTERNAL)
    scheduled_at: dt.datetime | None = datetime_("Scheduled", required=True, audience=INTERNAL)
    done_at: dt.datetime | None = datetime_("Called at", past_only=True, audience=INTERNAL)
    outcome: str = vocab("Outcome", V.CHECKIN_OUTCOME, "pending", audience=INTERNAL)
    notes: str = text("Notes", max_len=LONG, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class CheckInSchedule(Record):
    """When a person or organisation is to be called: the safety check-in protocol."""
    TABLE = "checkin_schedules"
    TITLE_FIELD = "at_time"

    person_id: str | None = link("Person", "persons", audience=INTERNAL)
    organisation_id: str | None = link("Organisation", "organisations", audience=INTERNAL)
    frequency: str = vocab("Frequency", V.CHECKIN_FREQUENCY, "daily", audience=INTERNAL)
    weekday: int | None = integer("Day of the week (0 = Monday)",
                                  minimum=0, maximum=6, audience=INTERNAL)
    at_time: str = text("Time (HH:MM)", required=True, max_len=5, audience=INTERNAL)
    active: bool = boolean("Active", default=True, audience=INTERNAL)
    notes: str = text("Notes", max_len=2000, multiline=True, audience=INTERNAL)


@dataclass(kw_only=True)
class Alert(Record):
    TABLE = "alerts"
    TITLE_FIELD = "alerted"

    incident_id: str | None = link("Incident", "incidents", required=True, audience=PUBLIC)
    activated_at: dt.datetime | None = datetime_("Activated", required=True,
                                                 past_only=True, audience=PUBLIC)
    alerted: str = text("Who was alerted", required=True, max_len=2000,
                        multiline=True, audience=INTERNAL)
    response: str = text("Responses", max_len=LONG, multiline=True, audience=DIPLOMATIC)
    status: str = vocab("Status", V.ALERT_STATUS, "active", audience=PUBLIC)
    text_language: str = vocab("Language of the texts", V.TEXT_LANGUAGE, "auto", audience=PUBLIC)


@dataclass(kw_only=True)
class User(Record):
    """A staff member: who signs the audit log. Their key slot lives beside the vault."""
    TABLE = "users"
    TITLE_FIELD = "name"

    name: str = text("Name", required=True, max_len=100, audience=INTERNAL)
    role: str = vocab("Role", V.USER_ROLE, "staff", audience=INTERNAL)


@dataclass(kw_only=True)
class Attachment(Record):
    """A file kept encrypted inside the vault. Its bytes travel apart from the record."""
    TABLE = "attachments"
    TITLE_FIELD = "filename"

    owner_table: str = text("Record type", required=True, max_len=40, audience=INTERNAL)
    owner_id: str = text("Record", required=True, max_len=36, audience=INTERNAL)
    filename: str = text("File name", required=True, max_len=255, audience=INTERNAL)
    media_type: str = text("Media type", max_len=100, audience=INTERNAL)
    size: int | None = integer("Size", minimum=0, audience=INTERNAL)
    sha256: str = text("SHA-256", max_len=64, audience=INTERNAL)


# Tables that the canonical CSV and the command line know, in dependency order.
_CSV_ORDER: list[type[Record]] = [
    Organisation, Person, Authority, Official, Volunteer, Incident, Meeting, Commitment,
    Accompaniment, CheckIn, Alert,
]
CSV_TYPES: dict[str, type[Record]] = {t.TABLE: t for t in _CSV_ORDER}

ALL_TYPES: dict[str, type[Record]] = {**CSV_TYPES, CheckInSchedule.TABLE: CheckInSchedule,
                                      User.TABLE: User, Attachment.TABLE: Attachment}
