"""The issue's "done": someone new creates a vault, enters three incidents affecting two
defenders, finds them again by typing a name, and locks the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtTest import QTest

from accompdesk.gui.main_window import MainWindow
from accompdesk.gui.session import Session
from accompdesk.gui.common.widgets.record_picker import RecordPickerDialog
from accompdesk.gui.dialogs.first_run import FirstRunWizard
from accompdesk.vault.keyslots import FAST_KDF
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def test_first_day_at_the_office(qtbot, tmp_path, settings):
    path = str(tmp_path / "office.vault")
    wizard = FirstRunWizard(path, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.passphrase_page.name.setText("Marta")
    wizard.passphrase_page.passphrase.setText("river mango lantern seven")
    wizard.passphrase_page.repeat.setText("river mango lantern seven")
    wizard.next()
    wizard.next()
    wizard.confirm_page.kept.setChecked(True)
    wizard.confirm_page.last_group.setText(wizard.recovery_key.split()[-1])
    wizard.accept()

    session = Session(path)
    window = MainWindow(session, settings, backoff=lambda _n: 0)
    qtbot.addWidget(window)
    window.show()
    session.unlock_with(wizard.vault)
    assert window.workspace.current_area == "incidents"
    assert "No incident is recorded yet" in window.workspace.view("incidents").empty.text()

    people = []
    for i, name in enumerate(("Ana Lucia Pito", "Jose Tumina")):
        form = window.forms.open_new("incidents")
        QTest.keyClicks(form.ui.summary, f"Threat by phone number {i + 1}")
        form.ui.occurred_on.set_value(dt.date(2024, 3, 1 + i))
        form.ui.kind.set_value("threat")
        picker = RecordPickerDialog(session, "persons", parent=form)
        picker.search.setText(name)
        picker.add_new()  # not recorded yet: added from the picker
        people.append(picker.chosen[0])
        form.ui.affected_persons.add_records(people)
        assert form.save()
        form.close()
    form = window.forms.open_new("incidents")
    QTest.keyClicks(form.ui.summary, "Raid on the association office")
    form.ui.occurred_on.set_value(dt.date(2024, 4, 2))
    form.ui.kind.set_value("raid")
    form.ui.affected_persons.add_records(people)
    assert form.save()
    form.close()
    assert window.workspace.view("incidents").model.rowCount() == 3

    window.focus_search()
    QTest.keyClicks(window.search_box, "Tumina")
    window.search_now()
    results = window.workspace.view("search")
    assert [h.title for h in results.model.hits if not h.via] == ["Jose Tumina"]
    assert len([h for h in results.model.hits if h.via == "Jose Tumina" and h.record_table == "incidents"]) == 2
    results.open_requested.emit("persons", results.model.hits[0].record_id)
    page = window.workspace.view("person")
    assert page.incidents.topLevelItemCount() == 2
    window.open_record("persons", people[0].id)
    assert page.incidents.topLevelItemCount() == 3

    window.lock()
    assert window.workspace is None and not session.is_unlocked
