"""Alerts: each activation of the emergency network, its incident, who was alerted and how
they responded; newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from ...common.models.columns import Column
from ...common.models.record_table import RecordTableModel
from ...common.list_view import ListView


class AlertColumns:
    ACTIVATED, INCIDENT, STATUS, ALERTED, RESPONSE = range(5)
    ALL = (Column("activated_at", "activated_at"), Column("incident_id", None, link_table="incidents"),
           Column("status", "status"), Column("alerted", "alerted"), Column("response", None))


translate = QCoreApplication.translate


class AlertListView(ListView):
    def __init__(self, session, settings, parent=None):
        model = RecordTableModel(session.vault, "alerts", AlertColumns.ALL)
        model.sort(AlertColumns.ACTIVATED, Qt.SortOrder.DescendingOrder)
        super().__init__(
            session, model, settings,
            title=translate("AlertList", "Alerts"),
            new_text=translate("AlertList", "&New alert"),
            empty_text=translate("AlertList", "No alert has been activated. When an incident needs the "
                                 "emergency network, press “New alert” to record who was alerted."),
            widths={"activated_at": 130, "incident_id": 260, "status": 80, "alerted": 300}, parent=parent)
        model.setParent(self)

    def count_text(self, n: int) -> str:
        return self.tr("%n alert(s)", "", n)

    def watched_tables(self) -> tuple[str, ...]:
        return ("alerts", "incidents")
