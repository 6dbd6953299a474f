"""The window's own three record forms (persons, organisations, incidents), by table."""

from __future__ import annotations

from ...areas.incidents.form import IncidentForm
from ...areas.organisations.form import OrganisationForm
from ...areas.persons.form import PersonForm
from .record_form import RecordForm

FORMS: dict[str, type[RecordForm]] = {f.TABLE: f for f in (PersonForm, OrganisationForm, IncidentForm)}
