"""The operations areas as the main window builds them: the volunteer and alert lists, the
forms they open (kept as drafts at lock, back at unlock)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMainWindow

from accompdesk.domain.records import Alert, Incident
from accompdesk.gui.common.operations import areas as operations
from accompdesk.gui.common.operations.form_opener import operations_forms
from accompdesk.gui.areas.volunteers.view import VolunteerColumns
from tests.gui.fixtures.operations import qt_warnings_fail, private_settings, settings, session, office_week, made_on  # noqa: F401 - fixtures used by name


class Window(QMainWindow):
    """What the areas use of the main window: the session, settings, and where to send records."""

    def __init__(self, session, settings):
        super().__init__()
        self.session = session
        self.settings = settings
        self.opened: list[tuple[str, str]] = []
        self.trashed: list[tuple[str, list]] = []
        self.documents: list[tuple[str, str]] = []

    def open_record(self, table, record_id):
        self.opened.append((table, record_id))

    def show_alert_document(self, incident_id, alert_id=""):
        self.documents.append((incident_id, alert_id))

    def move_to_trash(self, table, ids):
        self.trashed.append((table, ids))
        for record_id in ids:
            self.session.vault.repo(table).delete(record_id)
        self.session.notify(table)


@pytest.fixture
def window(session, settings, qtbot):
    w = Window(session, settings)
    qtbot.addWidget(w)
    yield w
    for form in list(operations_forms(w).open_forms.values()):
        form.close_silently()


def test_areas_are_declared_for_the_navigation():
    keys = [a.key for a in operations.OPERATIONS_AREAS]
    assert keys == ["volunteers", "roster", "checkins", "alerts"]
    assert all(a.built for a in operations.OPERATIONS_AREAS)
    from accompdesk.resources import icon_file

    assert all(icon_file(a.icon).is_file() for a in operations.OPERATIONS_AREAS)


def test_every_area_builds(window, office_week):
    factories = operations.areas(window)
    assert set(factories) == {a.key for a in operations.OPERATIONS_AREAS}
    for key, make in factories.items():
        view = make(window)
        view.resize(1200, 800)
        view.show()
        view.close()


def test_volunteer_list_shows_who_needs_attention(window, office_week, on_day):
    on_day(dt.datetime(2026, 11, 23, 9, 0))  # the Monday of the office week: the plans lie ahead
    view = operations.areas(window)["volunteers"](window)
    model = view.model
    assert model.rowCount() == 10 and view.count_label.text() == "10 volunteers"
    rows = {model.record_at(r).full_name: r for r in range(model.rowCount())}
    warning = model.index(rows["Astrid Lindqvist"], VolunteerColumns.WARNINGS).data()
    assert warning.startswith("Planned for 1 accompaniment after Thu 26 Nov 2026")
    giulia = model.index(rows["Giulia Ferrandi"], VolunteerColumns.WARNINGS).data()
    assert "Fri 27 Nov 2026" in giulia and "visa" in giulia
    assert model.index(rows["Lea Brunner"], VolunteerColumns.WARNINGS).data() == ""


def test_opening_from_a_list_uses_the_operations_forms(window, qtbot, vault, office_week):
    view = operations.areas(window)["volunteers"](window)
    view.view.selectRow(0)
    first = view.model.record_at(0).id
    view.open_current()
    forms = operations_forms(window)
    assert list(forms.open_forms) == [("volunteers", first)]
    view.delete_selected()
    assert window.trashed == [("volunteers", [first])]
    assert view.model.rowCount() == 9


def test_alert_list_and_its_incident(window, qtbot, vault):
    incident = vault.incidents.add(Incident(summary="Amenaza ficticia contra la Junta",
                                            occurred_on=dt.date(2026, 3, 4), kind="threat"))
    view = operations.areas(window)["alerts"](window)
    assert view.model.rowCount() == 0 and view.stack.currentWidget() is view.empty
    vault.alerts.add(Alert(incident_id=incident.id, activated_at=dt.datetime(2026, 3, 4, 22, 0),
                           alerted="Embajada de Noruega"))
    window.session.notify("alerts")
    assert view.model.rowCount() == 1
    assert view.model.index(0, 1).data() == "Amenaza ficticia contra la Junta"
    form = operations_forms(window).open_record("alerts", view.model.record_at(0).id)
    form.ui.open_incident_button.click()
    assert window.opened == [("incidents", incident.id)]


def test_an_unsaved_form_is_kept_as_a_draft_at_lock_and_back_at_unlock(window, session, vault, office_week):
    forms = operations_forms(window)
    accompaniment = office_week.accompaniments["hearing"]
    form = forms.open_record("accompaniments", accompaniment.id)
    form.ui.meeting_point.setText("Cafetería frente al juzgado")
    assert form.is_dirty
    session.lock()
    assert forms.open_forms == {}
    session.unlock_with(vault.__class__.open(vault.path, passphrase=_passphrase()))
    again = forms.open_forms[("accompaniments", accompaniment.id)]
    assert again.ui.meeting_point.text() == "Cafetería frente al juzgado" and again.is_dirty
    again.close_silently()
    session.vault.close()


def _passphrase():
    from tests.conftest import PASSPHRASE

    return PASSPHRASE


def test_a_closed_check_in_list_stops_reading_the_vault(window, office_week):
    window.show()
    view = operations.areas(window)["checkins"](window)
    view.show()
    assert view.timer.isActive()
    view.close()
    assert not view.timer.isActive()  # it once read a vault closed after it, failing later work
