"""The Reports area of the office window: briefing, urgent alert and statistics documents.

Wiring into the main window:

- areas/__init__.py: `REPORTS_AREAS` replaces the "reports" placeholder.
- workspace.py, `Workspace._build(key)`: `reports.areas(self.window_)` gives the factory.
- main_window.py: `show_alert_document(incident_id, alert_id)` calls
  `reports.show_alert_document(self, incident_id, alert_id)`, which opens the area
  pre-set to the urgent alert for that incident.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ...area import Area

REPORTS_AREAS = (Area("reports", "reports", QT_TRANSLATE_NOOP("Areas", "Reports"), True),)


def areas(window) -> dict[str, Callable[[QWidget], QWidget]]:
    from ...common.catalogues import reports as i18n

    i18n.ensure()

    def reports(parent: QWidget) -> QWidget:
        from .view import ReportsView
        return ReportsView(window, parent)

    return {"reports": reports}


def show_alert_document(window, incident_id: str, alert_id: str = "") -> None:
    """Open the Reports area pre-set to the urgent alert for `incident_id`."""
    if window.workspace is None or not incident_id:  # locked, or no incident
        return
    window.workspace.show_area("reports")
    window.workspace.view("reports").preset_alert(incident_id, alert_id)
