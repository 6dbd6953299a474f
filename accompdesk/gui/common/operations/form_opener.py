"""Open operations forms (volunteer, accompaniment, alert, check-in schedule), beside the
window's own."""

from __future__ import annotations

from ....domain.records import Record
from ..forms.area_forms import AreaForms

OBJECT_NAME = "operationsForms"
TABLES = ("volunteers", "accompaniments", "alerts", "checkin_schedules")


def form_classes() -> dict:
    from ...areas.alerts.form import AlertForm
    from ...areas.checkins.form import CheckInScheduleForm
    from ...areas.roster.form import AccompanimentForm
    from ...areas.volunteers.form import VolunteerForm

    return {f.TABLE: f for f in (VolunteerForm, AccompanimentForm, AlertForm, CheckInScheduleForm)}


class OperationsForms(AreaForms):
    OBJECT_NAME = OBJECT_NAME

    def form_classes(self) -> dict:
        return form_classes()

    def prefill(self, table: str, record: Record) -> None:
        if table == "alerts":  # an alert is recorded as it is raised
            from ....vault.roster import office_now, office_zone

            record.activated_at = office_now(office_zone(self.session.vault))

    def connect_form(self, form) -> None:
        document = getattr(form, "alert_document_requested", None)
        if document is not None:
            document.connect(self.host.show_alert_document)


def operations_forms(host) -> OperationsForms:
    """The host's operations form opener, made on first use; restores drafts if the vault is open."""
    found = host.findChild(OperationsForms, OBJECT_NAME)
    if found is None:
        found = OperationsForms(host)
        if host.session.is_unlocked:
            found.restore_drafts()
    return found
