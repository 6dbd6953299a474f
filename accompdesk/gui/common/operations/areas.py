"""The operations areas of the office window, and how the window builds them.

Wiring (the main window's workspace builds areas by key):

    from .operations import areas as operations
    factories = operations.areas(window)   # key -> factory(parent) -> QWidget
    view = factories[key](workspace)       # in Workspace._build, for keys in factories
    operations.watch_checkins(window)      # once: missed check-ins escalate in any area

`OPERATIONS_AREAS` are `Area` entries for the navigation ("volunteers" and "roster"
replace the placeholders of the same keys). Operations records open in their own
forms through `operations_forms(window).open_any(table, id)`.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ...area import Area

OPERATIONS_AREAS = (
    Area("volunteers", "volunteer", QT_TRANSLATE_NOOP("Areas", "Volunteers"), True),
    Area("roster", "roster", QT_TRANSLATE_NOOP("Areas", "Roster"), True),
    Area("checkins", "operations-checkin", QT_TRANSLATE_NOOP("Areas", "Check-ins"), True),
    Area("alerts", "operations-alert", QT_TRANSLATE_NOOP("Areas", "Alerts"), True),
)


def areas(window) -> dict[str, Callable[[QWidget], QWidget]]:
    """Factories for the operations areas. `window` is the main window (or anything with its
    `session` and `settings`, and optionally `open_record`, `move_to_trash`, `notify`)."""
    from ..catalogues import operations as i18n
    from .form_opener import operations_forms

    i18n.ensure()
    forms = operations_forms(window)
    settings = window.settings

    def wire(view) -> QWidget:
        view.open_requested.connect(forms.open_any)
        new = getattr(view, "new_requested", None)
        if new is not None:
            new.connect(forms.open_new)
        delete = getattr(view, "delete_requested", None)
        if delete is not None:
            delete.connect(lambda table, ids: _trash(window, table, ids))
        return view

    def volunteers(parent: QWidget) -> QWidget:
        from ...areas.volunteers.view import VolunteerListView
        return wire(VolunteerListView(window.session, settings, parent))

    def roster(parent: QWidget) -> QWidget:
        from ...areas.roster.view import WeekPlanView
        return wire(WeekPlanView(window.session, settings, parent))

    def checkins(parent: QWidget) -> QWidget:
        from ...areas.checkins.view import CheckInsView
        from ...areas.checkins.schedules import ScheduleDialog

        view = wire(CheckInsView(window.session, settings, parent))

        def schedules() -> None:
            dialog = ScheduleDialog(window.session, settings, view)
            wire(dialog.list)
            dialog.exec()

        view.schedules_button.clicked.connect(schedules)
        return view

    def alerts(parent: QWidget) -> QWidget:
        from ...areas.alerts.view import AlertListView
        return wire(AlertListView(window.session, settings, parent))

    return {"volunteers": volunteers, "roster": roster, "checkins": checkins, "alerts": alerts}


def _trash(window, table: str, ids: list[str]) -> None:
    window.move_to_trash(table, ids)


def open_record(window, table: str, record_id: str) -> None:
    """Open a volunteer, accompaniment, alert or check-in schedule in its form."""
    from .form_opener import operations_forms

    operations_forms(window).open_record(table, record_id)


def watch_checkins(window):
    """Missed check-ins announced in the window's message bar, whichever area is shown."""
    from ...areas.checkins.watch import CheckInWatcher, OBJECT_NAME

    found = window.findChild(CheckInWatcher, OBJECT_NAME)
    return found if found is not None else CheckInWatcher(window)
