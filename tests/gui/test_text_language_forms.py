"""The forms with free text let staff set its language; the choice is saved and shown again."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import Alert, Authority, Commitment, Incident, Meeting
from accompdesk.domain.vocab import TEXT_LANGUAGE
from accompdesk.gui.areas.alerts.form import AlertForm
from accompdesk.gui.areas.incidents.form import IncidentForm
from accompdesk.gui.areas.meetings.commitment_form import CommitmentForm
from accompdesk.gui.areas.meetings.form import MeetingForm
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, session  # noqa: F401 - fixtures used by name


def _records(vault) -> dict:
    incident = vault.incidents.add(Incident(summary="Amenaza a Ramón", occurred_on=dt.date(2025, 3, 4),
                                            kind="threat"))
    authority = vault.authorities.add(Authority(name="Fiscalía", kind="prosecutor", level="national"))
    meeting = vault.meetings.add(Meeting(held_on=dt.date(2025, 3, 5), authority_id=authority.id,
                                         purpose="Plantear la amenaza"))
    commitment = vault.commitments.add(Commitment(meeting_id=meeting.id, text="Investigar"))
    alert = vault.alerts.add(Alert(incident_id=incident.id, activated_at=dt.datetime(2025, 3, 5, 9),
                                   alerted="red"))
    return {"incidents": (IncidentForm, incident.id), "meetings": (MeetingForm, meeting.id),
            "commitments": (CommitmentForm, commitment.id), "alerts": (AlertForm, alert.id)}


@pytest.mark.parametrize("table", ["incidents", "meetings", "commitments", "alerts"])
@pytest.mark.parametrize("choice", ["es", "en", "auto"])
def test_the_form_round_trips_the_language_of_the_texts(session, vault, qtbot, table, choice):
    form_class, record_id = _records(vault)[table]
    start = "en" if choice == "auto" else "auto"
    record = vault.repo(table).get(record_id)
    record.text_language = start
    vault.repo(table).update(record)

    form = form_class(session, vault.repo(table).get(record_id), is_new=False)
    qtbot.addWidget(form)
    combo = form.ui.text_language
    assert combo.value() == start
    assert [combo.itemText(i) for i in range(combo.count())] == [t.en for t in TEXT_LANGUAGE.terms]
    assert form.ui.text_language_label.text().replace("&", "") == "Language of the texts"
    combo.set_value(choice)
    assert form.is_dirty
    assert form.save()
    assert vault.repo(table).get(record_id).text_language == choice
    form.close_silently()

    again = form_class(session, vault.repo(table).get(record_id), is_new=False)
    qtbot.addWidget(again)
    assert again.ui.text_language.value() == choice
    again.close_silently()


@pytest.mark.parametrize("table", ["incidents", "meetings", "commitments", "alerts"])
def test_the_spanish_window_names_the_choice_in_spanish(session, vault, qtbot, table):
    from accompdesk.gui.common import i18n

    form_class, record_id = _records(vault)[table]
    i18n.install("es")
    form = form_class(session, vault.repo(table).get(record_id), is_new=False)
    qtbot.addWidget(form)
    combo = form.ui.text_language
    assert [combo.itemText(i) for i in range(combo.count())] == ["Detectar del texto", "Español", "Inglés"]
    assert form.ui.text_language_label.text().replace("&", "") == "Idioma de los textos"
    form.close_silently()
