"""The operations forms: compiled from their Designer files, open clean, bind every field
(dates with times and lists of volunteers too), warn and flag conflicts as they are edited."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from accompdesk.domain.records import ALL_TYPES, Incident, new_id
from accompdesk.gui.areas.alerts.form import AlertForm
from accompdesk.gui.areas.checkins.form import CheckInScheduleForm
from accompdesk.gui.areas.roster.form import AccompanimentForm
from accompdesk.gui.areas.volunteers.form import VolunteerForm
from accompdesk.gui.common.operations.form_opener import form_classes
from accompdesk.vault.checkin_due import schedules_repo

from ....operations.week_data import at
from tests.gui.fixtures.operations import qt_warnings_fail, private_settings, settings, session, office_week, made_on  # noqa: F401 - fixtures used by name

FORMS = form_classes()


def qdt(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


@pytest.fixture
def open_form(session):
    made = []

    def make(cls, record, is_new=False):
        form = cls(session, record, is_new=is_new)
        form.show()
        made.append(form)
        return form

    yield make
    for form in made:
        form.close_silently()


@pytest.mark.parametrize("table", sorted(FORMS))
def test_every_form_opens_clean_with_every_field_bound(open_form, table):
    form = open_form(FORMS[table], ALL_TYPES[table](id=new_id()), is_new=True)
    assert not form.is_dirty
    from accompdesk.domain.fields import specs

    bound = set(form.binder.bindings)
    wanted = {n for n, s in specs(ALL_TYPES[table]).items() if s.kind != "roles"}
    assert bound == wanted, f"not bound: {wanted - bound}"
    assert form.windowTitle().startswith("New ")


def test_accompaniment_form_flags_a_double_booking_and_clears_it_when_moved(open_form, qtbot, vault, office_week):
    stored = office_week.accompaniments["office_mon"]
    form = open_form(AccompanimentForm, vault.accompaniments.get(stored.id))
    assert form.ui.conflicts.isVisible()
    assert "Jana Löwe is in two places at once" in form.ui.conflicts.text()
    flagged = [form.ui.volunteers_edit.list.item(i).text() for i in range(form.ui.volunteers_edit.list.count())]
    assert flagged == ["Jana Löwe — double-booked", "Marieke de Vries"]

    form.ui.starts_at_edit.setDateTime(qdt(at(0, 13)))  # Monday 13:00, after the escort ends at 12:00
    assert form.is_dirty and form.undo_stack.count() == 1
    qtbot.waitUntil(lambda: not form.ui.conflicts.isVisible(), timeout=2000)
    assert form.save()
    assert vault.accompaniments.get(stored.id).starts_at == at(0, 13)
    form.undo_stack.undo()
    assert form.ui.starts_at_edit.value() == at(0, 9)


def test_accompaniment_form_drafts_keep_times_and_volunteers(open_form, session, vault, office_week):
    v = office_week.volunteers
    form = open_form(AccompanimentForm, ALL_TYPES["accompaniments"](id=new_id()), is_new=True)
    form.ui.starts_at_edit.set_value(at(2, 20))
    form.ui.starts_at_edit.value_changed.emit()
    form.ui.volunteers_edit.add([v[0].id, v[5].id])
    payload = form.draft_payload()
    assert payload["values"]["starts_at"] == "2026-11-25T20:00"
    assert payload["values"]["volunteers"] == f"{v[0].id};{v[5].id}"
    again = open_form(AccompanimentForm, ALL_TYPES["accompaniments"](id=form.record.id), is_new=True)
    again.apply_draft(payload, "draft-id")
    assert again.ui.starts_at_edit.value() == at(2, 20)
    assert again.ui.volunteers_edit.value() == [v[0].id, v[5].id]
    assert again.is_dirty


def test_new_accompaniment_must_say_who_and_when(open_form, vault, office_week):
    form = open_form(AccompanimentForm, ALL_TYPES["accompaniments"](id=new_id()), is_new=True)
    assert not form.save()
    assert form.summary.isVisible()
    starts_error = form.binder.errors.get("starts_at")
    assert starts_error is not None and starts_error.text() == "Starts: is required."
    form.ui.place.setText("Vereda Nueva")
    form.ui.person_id.set_value(office_week.persons[0].id)
    form.ui.starts_at_edit.setDateTime(qdt(at(3, 8)))
    form.ui.ends_at_edit.setDateTime(qdt(at(3, 11)))
    form.ui.volunteers_edit.add([office_week.volunteers[6].id, office_week.volunteers[7].id])
    assert form.save()
    saved = vault.accompaniments.get(form.record.id)
    assert (saved.place, saved.starts_at, len(saved.volunteers)) == ("Vereda Nueva", at(3, 8), 2)


def test_volunteer_form_warns_of_departure_before_plans(open_form, qtbot, vault, office_week, on_day):
    on_day(dt.datetime(2026, 11, 23, 9, 0))  # the Monday of the office week: the plans lie ahead
    astrid = office_week.volunteers[8]
    form = open_form(VolunteerForm, vault.volunteers.get(astrid.id))
    assert form.ui.warnings.isVisible()
    assert "after Thu 26 Nov 2026" in form.ui.warnings.text()
    form.ui.departure_on.setDate(QDate(2027, 1, 31))
    qtbot.waitUntil(lambda: not form.ui.warnings.isVisible(), timeout=2000)


def test_volunteer_form_warns_of_a_visa_running_out(open_form, qtbot, vault):
    volunteer = ALL_TYPES["volunteers"](id=new_id(), full_name="Voluntaria Ficticia")
    form = open_form(VolunteerForm, volunteer, is_new=True)
    assert not form.ui.warnings.isVisible()
    soon = dt.date.today() + dt.timedelta(days=10)
    form.ui.visa_expires_on.setDate(QDate(soon.year, soon.month, soon.day))
    qtbot.waitUntil(lambda: form.ui.warnings.isVisible(), timeout=2000)
    assert "The visa runs out on" in form.ui.warnings.text()


def test_alert_form_links_to_its_incident(open_form, qtbot, vault):
    incident = vault.incidents.add(Incident(summary="Amenaza ficticia", occurred_on=dt.date(2026, 3, 4),
                                            kind="threat"))
    form = open_form(AlertForm, ALL_TYPES["alerts"](id=new_id()), is_new=True)
    assert not form.ui.open_incident_button.isEnabled()
    form.ui.incident_id.set_value(incident.id)
    qtbot.waitUntil(lambda: form.ui.open_incident_button.isEnabled(), timeout=2000)
    with qtbot.waitSignal(form.open_requested) as opened:
        form.ui.open_incident_button.click()
    assert opened.args == ["incidents", incident.id]
    with qtbot.waitSignal(form.alert_document_requested) as asked:
        form.ui.alert_document_button.click()
    assert asked.args == [incident.id, form.record.id]
    form.ui.activated_at_edit.setDateTime(qdt(dt.datetime(2026, 3, 4, 22, 0)))
    form.ui.alerted.setPlainText("Embajada de Noruega; red de emergencia")
    assert form.save()
    assert vault.alerts.get(form.record.id).activated_at == dt.datetime(2026, 3, 4, 22, 0)


def test_schedule_form_asks_the_day_only_for_weekly_calls(open_form, qtbot, vault, office_week):
    form = open_form(CheckInScheduleForm, ALL_TYPES["checkin_schedules"](id=new_id()), is_new=True)
    assert not form.ui.weekday_edit.isEnabled()
    form.ui.frequency.set_value("weekly")
    qtbot.waitUntil(lambda: form.ui.weekday_edit.isEnabled(), timeout=2000)
    form.ui.person_id.set_value(office_week.persons[1].id)
    form.ui.at_time.setText("18:00")
    form.ui.weekday_edit.set_value(3)
    assert form.save()
    stored = schedules_repo(vault).get(form.record.id)
    assert (stored.frequency, stored.weekday, stored.at_time, stored.active) == ("weekly", 3, "18:00", True)


@pytest.mark.parametrize("language, typed, label", [
    ("en", "Norw", "Norway"), ("es", "Norue", "Noruega"), ("es", "NO", "Noruega"), ("en", "colom", "Colombia"),
])
def test_nationalities_are_chosen_from_the_country_vocabulary(open_form, qtbot, vault, language, typed, label):
    """Issue 15: a nationality is an ISO 3166 country, picked by its name in the window's
    language and stored as its code, so that "Noruega" and "Embassy of Norway" meet on NO."""
    from PySide6.QtCore import Qt

    from accompdesk.domain.records import Volunteer
    from accompdesk.gui.common import i18n

    i18n.install(language)
    try:
        form = open_form(VolunteerForm, Volunteer(id=new_id(), full_name="Ingrid Dahl"), is_new=True)
        field = form.ui.nationalities_edit
        assert field.combo.findText(label) >= 0  # every country, labelled in the window's language
        qtbot.keyClicks(field.combo.lineEdit(), typed)
        qtbot.keyClick(field.combo.lineEdit(), Qt.Key.Key_Return)
        assert [field.chosen.item(i).text() for i in range(field.chosen.count())] == [label]
        field.combo.setEditText("Canadá" if language == "es" else "Canada")
        assert field.add_typed() is True
        assert field.add_typed() is False  # a country is there once
        for wrong in ("Atlantis", "land"):  # not a country; part of several
            field.combo.setEditText(wrong)
            assert field.add_typed() is False
        assert form.is_dirty
        assert form.save()
        code = {"Norway": "NO", "Noruega": "NO", "Colombia": "CO"}[label]
        stored = vault.volunteers.list()[0]
        assert stored.nationalities == f"{code}; CA"
    finally:
        i18n.install("en")


def test_older_free_text_nationalities_are_shown_as_countries_and_not_rewritten(open_form, vault):
    from accompdesk.domain.records import Volunteer

    kept = vault.volunteers.add(Volunteer(full_name="Ingrid Dahl", nationalities="Noruega; Xlandia"))
    form = open_form(VolunteerForm, vault.volunteers.get(kept.id))
    field = form.ui.nationalities_edit
    assert [field.chosen.item(i).text() for i in range(field.chosen.count())] == ["Norway", "Xlandia"]
    assert field.chosen.item(1).toolTip() != ""
    assert not form.is_dirty
    form.ui.full_name.setText("Ingrid Dahl Berg")
    assert form.save()
    assert vault.volunteers.get(kept.id).nationalities == "Noruega; Xlandia"  # untouched field, unchanged
    field.chosen.item(1).setSelected(True)
    field.remove_selected()
    assert form.save()
    assert vault.volunteers.get(kept.id).nationalities == "NO"
