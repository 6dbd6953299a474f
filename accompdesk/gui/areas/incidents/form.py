"""The incident form: which Designer layout, which words name the record."""

from __future__ import annotations

from ...common.forms.record_form import RecordForm
from .ui.ui_incident_form import Ui_IncidentForm


class IncidentForm(RecordForm):
    TABLE = "incidents"
    UI_CLASS = Ui_IncidentForm

    def noun(self) -> str:
        return self.tr("Incident")

    def new_title(self) -> str:
        return self.tr("New incident")
