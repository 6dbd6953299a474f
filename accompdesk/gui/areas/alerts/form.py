"""The alert form: an activation of the emergency network, and its urgent alert document."""

from __future__ import annotations

from PySide6.QtCore import Signal

from ...common.operations.record_forms import OperationsForm
from .ui.ui_alert_form import Ui_AlertForm


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
