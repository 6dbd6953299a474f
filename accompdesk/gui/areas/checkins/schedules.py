"""The check-in schedules: who is called, how often, at what time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...common.models.columns import Column
from ...common.models.record_table import RecordTableModel
from ...common.list_view import ListView

COLUMNS = (Column("person_id", None, link_table="persons"),
           Column("organisation_id", None, link_table="organisations"),
           Column("frequency", "frequency"), Column("weekday", "weekday", hidden_by_default=True),
           Column("at_time", "at_time"), Column("active", "active"), Column("notes", None))


translate = QCoreApplication.translate


class ScheduleListView(ListView):
    def __init__(self, session, settings, parent=None):
        model = RecordTableModel(session.vault, "checkin_schedules", COLUMNS)
        super().__init__(
            session, model, settings,
            title=translate("ScheduleList", "Check-in schedules"),
            new_text=translate("ScheduleList", "&New schedule"),
            empty_text=translate("ScheduleList", "No one has a check-in schedule yet. Press “New schedule” "
                                 "to call someone every day, on weekdays or once a week."),
            widths={"person_id": 220, "organisation_id": 220, "frequency": 140, "at_time": 70, "active": 60},
            parent=parent)
        model.setParent(self)

    def count_text(self, n: int) -> str:
        return self.tr("%n schedule(s)", "", n)

    def watched_tables(self) -> tuple[str, ...]:
        return ("checkin_schedules", "persons", "organisations")


class ScheduleDialog(QDialog):
    def __init__(self, session, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ScheduleList", "Check-in schedules"))
        self.list = ScheduleListView(session, settings, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
