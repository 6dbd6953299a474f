"""The operations forms: volunteer, accompaniment, alert, check-in schedule.

Each is a RecordForm over a Designer layout (accompdesk/resources/forms/*.ui), so undo, drafts at lock and
problems below their fields work as in every other form. The volunteer form warns
about visas and departures, the accompaniment form shows its conflicts as it is
edited: both against what the vault holds.
"""

from __future__ import annotations


from PySide6.QtCore import QTimer, Signal

from ....vault import roster
from ..forms.record_form import RecordForm
from . import texts
from .texts import translate
from ..forms.extra_bindings import bind_extra_fields
from ...areas.roster.ui.ui_accompaniment_form import Ui_AccompanimentForm
from ...areas.alerts.ui.ui_alert_form import Ui_AlertForm
from ...areas.checkins.ui.ui_checkin_schedule_form import Ui_CheckInScheduleForm
from ...areas.volunteers.ui.ui_volunteer_form import Ui_VolunteerForm
from ....domain import clock

WARNING_STYLE = "color: #8a1c14; font-weight: bold;"


class OperationsForm(RecordForm):
    """A RecordForm whose layout also has fields of the kinds in extra_bindings."""

    open_requested = Signal(str, str)  # table, id: a linked record to show

    def __init__(self, session, record, *, is_new: bool, parent=None):
        super().__init__(session, record, is_new=is_new, parent=parent)
        if bind_extra_fields(self):
            self._assign_mnemonics()
        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self.check)
        self.binder.edited.connect(lambda *_a: self._check_timer.start())
        self.saved.connect(lambda *_a: self.check())
        self.check()

    def check(self) -> None:
        """Show what the office should know about the record as it stands."""

    def apply_draft(self, payload: dict, draft_id: str) -> None:
        super().apply_draft(payload, draft_id)
        self.check()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            # The undo stack is deleted with the form and says "clean" once more on its way
            # out, to a form already half gone; nothing needs to hear it any more.
            self.undo_stack.blockSignals(True)
            self._check_timer.stop()


def _show_lines(label, lines: list[str]) -> None:
    label.setText("\n".join(f"⚠ {line}" for line in lines))
    label.setStyleSheet(WARNING_STYLE)
    label.setVisible(bool(lines))
    label.setAccessibleName(translate("Operations", "Warnings"))


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
        _show_lines(self.ui.warnings, [texts.warning_text(w, today) for w in found])


class AccompanimentForm(OperationsForm):
    TABLE = "accompaniments"
    UI_CLASS = Ui_AccompanimentForm

    def noun(self) -> str:
        return self.tr("Accompaniment")

    def new_title(self) -> str:
        return self.tr("New accompaniment")

    def check(self) -> None:
        vault = self.session.vault
        record = self.current_record()
        found = roster.conflicts_for(vault, record) if record.status != "cancelled" else []
        names = {}
        if record.volunteers:
            names = {v.id: v.full_name for v in vault.volunteers.list(filters={"id": record.volunteers},
                                                                      include_deleted=True, with_links=False)}
        others = {}
        for c in found:
            if c.other_id and c.other_id not in others:
                other = vault.accompaniments.get(c.other_id)
                others[c.other_id] = f"{other.place} ({texts.span_text(other.starts_at, other.ends_at)})"
        _show_lines(self.ui.conflicts, [texts.conflict_text(c, lambda i: names.get(i, ""), others.get)
                                        for c in found])
        self.ui.volunteers_edit.set_flags({c.volunteer_id: texts.conflict_short(c) for c in found
                                           if c.volunteer_id})


class AlertForm(OperationsForm):
    TABLE = "alerts"
    UI_CLASS = Ui_AlertForm

    # The urgent-alert document belongs to the reports area; the window decides how to open it.
    alert_document_requested = Signal(str, str)  # incident id, alert id

    def __init__(self, session, record, *, is_new: bool, parent=None):
        super().__init__(session, record, is_new=is_new, parent=parent)
        self.ui.open_incident_button.clicked.connect(self._open_incident)
        self.ui.alert_document_button.clicked.connect(
            lambda: self.alert_document_requested.emit(self.binder.value("incident_id") or "", self.record.id))
        self.ui.alert_document_button.setToolTip(self.tr("Write the urgent alert about this incident for "
                                                         "embassies and networks"))

    def noun(self) -> str:
        return self.tr("Alert")

    def new_title(self) -> str:
        return self.tr("New alert")

    def check(self) -> None:
        linked = bool(self.binder.value("incident_id"))
        self.ui.open_incident_button.setEnabled(linked)
        self.ui.alert_document_button.setEnabled(linked)

    def _open_incident(self) -> None:
        incident = self.binder.value("incident_id")
        if incident:
            self.open_requested.emit("incidents", incident)


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


FORMS = {f.TABLE: f for f in (VolunteerForm, AccompanimentForm, AlertForm, CheckInScheduleForm)}
