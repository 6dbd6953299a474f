"""The check-ins page: the calls due, recording how each went, a missed call escalated
with the steps of the protocol, and the reminder the window shows in any area."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMainWindow

from accompdesk.domain.records import CheckInSchedule, Organisation, Person
from accompdesk.gui.areas.checkins.watch import REMIND_SECONDS, CheckInWatcher
from accompdesk.gui.areas.checkins.view import CheckInsView
from accompdesk.vault import settings as office_settings
from accompdesk.vault.checkin_due import schedules_repo
from tests.gui.fixtures.operations import qt_warnings_fail, private_settings, settings, session, office_week, made_on  # noqa: F401 - fixtures used by name

MONDAY = dt.date(2026, 3, 2)  # in the past: recorded calls may not be dated after today


def t(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))


@pytest.fixture
def callers(vault, made_on):
    office_settings.save(vault, checkin_grace_minutes=30)
    ana = vault.persons.add(Person(full_name="Ana Ficticia Rentería", alias="Garza", kind="community_leader",
                                   checkin_protocol="Si no contesta, llamar a su hermano."))
    org = vault.organisations.add(Organisation(name="Junta Ficticia de La Cumbre", alias="La Junta"))
    repo = schedules_repo(vault)
    with made_on(MONDAY):  # the schedules start that morning (UTC midnight, the night before in the Americas)
        repo.add(CheckInSchedule(person_id=ana.id, frequency="daily", at_time="18:00"))
        repo.add(CheckInSchedule(organisation_id=org.id, frequency="weekdays", at_time="20:00"))
    return ana, org


class Clock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(t(0, 18, 45))  # Monday, 15 minutes past Ana's grace period


@pytest.fixture
def view(session, settings, qtbot, callers, clock):
    v = CheckInsView(session, settings, now=clock)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    return v


def select(view, row: int) -> None:
    view.table.selectionModel().select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)


def test_a_missed_call_is_escalated_with_the_protocol(view, callers):
    ana, _org = callers
    assert view.model.rowCount() == 2  # Ana missed at 18:00; La Junta is due at 20:00
    assert view.panel.isVisible()
    assert view.panel.headline.text().startswith("⚠ 1 missed check-in.")
    assert "Ana Ficticia Rentería (Garza)" in view.panel.headline.text()
    assert view.panel.advice.text() == "Missed: follow the protocol now."
    assert "llamar a su hermano" in view.panel.own_protocol.text()
    steps = [view.panel.steps.item(i) for i in range(view.panel.steps.count())]
    assert len(steps) == 3 and steps[0].text().endswith("← now") and steps[0].font().bold()
    assert view.model.index(0, 2).data() == "⚠ Missed" and view.model.index(0, 3).data() == "15 min"
    assert view.model.index(1, 2).data() == "Coming up"


def test_an_hour_later_the_last_step_is_the_one_to_take(view, clock):
    clock.now = t(0, 19, 31)
    view.refresh()
    steps = [view.panel.steps.item(i) for i in range(view.panel.steps.count())]
    assert steps[2].text().endswith("← now") and "emergency network" in steps[2].text()
    assert view.panel.advice.text().startswith("Still no news 1 h 1 min after the grace period")
    assert view.panel.alert_button.isDefault()


def test_recording_the_calls(view, qtbot, vault, callers, clock):
    ana, _org = callers
    assert not view.well_button.isEnabled()
    select(view, 0)
    view.notes.setText("Buzón de voz")
    view.no_answer_button.click()
    call = vault.checkins.list()[0]
    assert (call.person_id, call.outcome, call.scheduled_at) == (ana.id, "no_answer", t(0, 18))
    assert call.done_at == clock.now
    assert view.model.index(0, 2).data() == "⚠ No answer" and view.model.index(0, 4).data() == "Buzón de voz"
    assert view.notes.text() == ""
    with qtbot.waitSignal(view.escalations_changed) as told:
        select(view, 0)
        view.well_button.click()
    assert told.args == [0]
    assert not view.panel.isVisible()
    assert vault.checkins.get(call.id).outcome == "all_well"
    assert view.model.rowCount() == 1


def test_activating_the_network_starts_an_alert_now(view, qtbot, clock):
    with qtbot.waitSignal(view.new_requested) as asked:
        view.panel.alert_button.click()
    table, record = asked.args
    assert table == "alerts" and record.activated_at == clock.now and record.id


class Window(QMainWindow):
    """The little of the main window the watcher needs: the session and its message bar."""

    def __init__(self, session):
        super().__init__()
        self.session = session
        self.told: list[str] = []
        self.shown: list[str] = []

    def notify(self, text, action_text="", action=None):
        self.told.append(text)
        if action is not None:
            action()

    def show_area(self, key):
        self.shown.append(key)


def test_missed_calls_are_announced_in_any_area(session, qtbot, callers, clock):
    window = Window(session)
    qtbot.addWidget(window)
    seconds = [1000.0]
    watcher = CheckInWatcher(window, now=clock, clock=lambda: seconds[0])
    assert window.told == ["⚠ 1 missed check-in: follow the emergency protocol."]
    assert window.shown == ["checkins"]
    watcher.check()
    assert len(window.told) == 1  # the same miss, a moment later: not said again yet
    seconds[0] += REMIND_SECONDS
    watcher.check()
    assert len(window.told) == 2  # still unresolved: said again
    clock.now = t(0, 20, 40)  # La Junta's call is missed too: said at once
    assert watcher.check() == 2
    assert window.told[-1] == "⚠ 2 missed check-ins: follow the emergency protocol."
    session.lock()
    assert not watcher.timer.isActive() and watcher.count == 0


@pytest.mark.parametrize("width", [620, 1100])
def test_short_columns_are_never_cut(view, width):
    """Issue 19 §4: sizes come from content; the time, state and lateness of a call read whole,
    and the name is not squeezed to leave room for notes not yet written."""
    from PySide6.QtWidgets import QApplication

    from accompdesk.gui.areas.checkins.model import DueListModel
    from accompdesk.gui.common.widgets.elided_tips import cell_is_cut

    view.resize(width, 700)
    QApplication.processEvents()
    assert view.model.rowCount() >= 2
    for row in range(view.model.rowCount()):
        for column in (DueListModel.TIME, DueListModel.WHO, DueListModel.STATE, DueListModel.LATE):
            index = view.model.index(row, column)
            assert not cell_is_cut(view.table, index), (index.data(), view.table.columnWidth(column))
