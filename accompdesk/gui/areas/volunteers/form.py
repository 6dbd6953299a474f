"""The volunteer form: it warns about visas and departures against what the vault holds."""

from __future__ import annotations

from ....domain import clock
from ....vault import roster
from ...common.operations import texts
from ...common.operations.record_forms import OperationsForm, show_lines
from .ui.ui_volunteer_form import Ui_VolunteerForm


class VolunteerForm(OperationsForm):
    TABLE = "volunteers"
    UI_CLASS = Ui_VolunteerForm

    def noun(self) -> str:
        return self.tr("Volunteer")

    def new_title(self) -> str:
        return self.tr("New volunteer")

    def check(self) -> None:
        today = clock.today()
        found = roster.warnings_for(self.session.vault, self.current_record(), today)
        show_lines(self.ui.warnings, [texts.warning_text(w, today) for w in found])
