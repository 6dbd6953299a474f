"""The check-in schedule form: who is called, how often, at what time."""

from __future__ import annotations

from ...common.operations.record_forms import OperationsForm
from .ui.ui_checkin_schedule_form import Ui_CheckInScheduleForm


class CheckInScheduleForm(OperationsForm):
    TABLE = "checkin_schedules"
    UI_CLASS = Ui_CheckInScheduleForm

    def __init__(self, session, record, *, is_new: bool, parent=None):
        super().__init__(session, record, is_new=is_new, parent=parent)
        self.ui.at_time.setPlaceholderText(self.tr("HH:MM, such as 18:00"))
        # The domain's label explains the stored number; this field shows day names.
        self.ui.weekday_label.setText(self.tr("Day of the week"))
        self._assign_mnemonics()

    def noun(self) -> str:
        return self.tr("Check-in schedule")

    def new_title(self) -> str:
        return self.tr("New check-in schedule")

    def check(self) -> None:
        weekly = self.binder.value("frequency") == "weekly"
        self.ui.weekday_edit.setEnabled(weekly)
        self.ui.weekday_label.setEnabled(weekly)
