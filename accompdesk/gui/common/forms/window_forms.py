"""The three record forms: which Designer layout, which words name the record."""

from __future__ import annotations

from ...areas.incidents.ui.ui_incident_form import Ui_IncidentForm
from ...areas.organisations.ui.ui_organisation_form import Ui_OrganisationForm
from ...areas.persons.ui.ui_person_form import Ui_PersonForm
from .record_form import RecordForm


class PersonForm(RecordForm):
    TABLE = "persons"
    UI_CLASS = Ui_PersonForm

    def noun(self) -> str:
        return self.tr("Person")

    def new_title(self) -> str:
        return self.tr("New person")


class OrganisationForm(RecordForm):
    TABLE = "organisations"
    UI_CLASS = Ui_OrganisationForm

    def noun(self) -> str:
        return self.tr("Organisation")

    def new_title(self) -> str:
        return self.tr("New organisation")


class IncidentForm(RecordForm):
    TABLE = "incidents"
    UI_CLASS = Ui_IncidentForm

    def noun(self) -> str:
        return self.tr("Incident")

    def new_title(self) -> str:
        return self.tr("New incident")


FORMS: dict[str, type[RecordForm]] = {f.TABLE: f for f in (PersonForm, OrganisationForm, IncidentForm)}
