"""The operations areas inside the office window, wired the way the final message tells
the lead: the navigation lists them, the workspace builds them, a missed check-in shows
in the window's message bar whatever area is open, and records open in their forms."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import CheckInSchedule, Person
from accompdesk.gui.common.operations import areas as operations
from accompdesk.gui.common.operations.form_opener import operations_forms
from accompdesk.vault.checkin_due import schedules_repo
from tests.gui.fixtures.operations import qt_warnings_fail, private_settings, settings, session, office_week, made_on  # noqa: F401 - fixtures used by name


@pytest.fixture
def wired(monkeypatch, session, settings, qtbot):
    from accompdesk.gui import areas, main_window, workspace
    from accompdesk.gui.main_window import MainWindow

    # areas.py: "volunteers" and "roster" replace their placeholders; the others join before the Trash.
    keys = {a.key: a for a in operations.OPERATIONS_AREAS}
    merged = tuple(keys.pop(a.key, a) for a in areas.AREAS)
    merged = merged[:-1] + tuple(keys.values()) + merged[-1:]
    for module in (areas, workspace, main_window):
        monkeypatch.setattr(module, "AREAS", merged)
    monkeypatch.setattr(workspace, "BY_KEY", {a.key: a for a in merged})
    monkeypatch.setattr(areas, "BY_KEY", {a.key: a for a in merged})
    # workspace.py, Workspace._build: operations keys come from operations.areas(window).
    original = workspace.Workspace._build

    def build(self, key):
        factories = operations.areas(self.window_)
        return factories[key](self) if key in factories else original(self, key)

    monkeypatch.setattr(workspace.Workspace, "_build", build)
    w = MainWindow(session, settings, backoff=lambda _n: 0)
    qtbot.addWidget(w)
    w.show()
    w._on_unlocked()
    operations.watch_checkins(w)  # main_window.py, once, after the window is made
    yield w
    if session.is_unlocked:
        for form in list(operations_forms(w).open_forms.values()):
            form.close_silently()


def test_the_navigation_lists_the_operations_areas(wired):
    nav = wired.workspace.nav
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert "Volunteers" in titles and "Roster" in titles
    assert titles[-3:] == ["Check-ins", "Alerts", "Trash"]


def test_each_area_builds_in_the_window(wired, office_week):
    from accompdesk.gui.areas.alerts.view import AlertListView
    from accompdesk.gui.areas.checkins.view import CheckInsView
    from accompdesk.gui.areas.roster.view import WeekPlanView
    from accompdesk.gui.areas.volunteers.view import VolunteerListView

    for key, kind in (("volunteers", VolunteerListView), ("roster", WeekPlanView), ("checkins", CheckInsView),
                      ("alerts", AlertListView)):
        wired.show_area(key)
        assert wired.workspace.current_area == key
        assert isinstance(wired.workspace.view(key), kind)


def test_records_open_in_their_forms_and_the_rest_in_the_window(wired, vault, office_week):
    forms = operations_forms(wired)
    accompaniment = office_week.accompaniments["hearing"]
    forms.open_any("accompaniments", accompaniment.id)
    assert ("accompaniments", accompaniment.id) in forms.open_forms
    person = office_week.persons[0]
    forms.open_any("persons", person.id)
    assert wired.workspace.current_area == "person"  # the defender's page


def test_a_missed_check_in_shows_in_any_area(wired, qtbot, vault, made_on):
    person = vault.persons.add(Person(full_name="Persona Ficticia", alias="Colibrí"))
    with made_on(dt.date.today() - dt.timedelta(days=3)):
        schedules_repo(vault).add(CheckInSchedule(person_id=person.id, frequency="daily", at_time="00:00"))
    wired.show_area("incidents")
    watcher = operations.watch_checkins(wired)
    assert watcher.check() >= 1
    notice = wired.workspace.notice
    assert notice.isVisible() and "missed check-in" in notice.label.text()
    notice.action_button.click()
    assert wired.workspace.current_area == "checkins"
