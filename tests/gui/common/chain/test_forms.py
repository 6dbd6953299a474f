"""The chain forms: compiled from ui/, loaded through pytest-qt, officials offered by date,
lists of links undoable and kept in drafts, commitments and their history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from accompdesk.domain.records import Commitment, Meeting
from accompdesk.vault.store import Vault

from ....conftest import PASSPHRASE
from ....chain.builders import meeting, official
from tests.gui.fixtures.chain import qt_warnings_fail, gui, session, office, settings, window, areas, forms  # noqa: F401 - fixtures used by name

@pytest.mark.parametrize("table", ["authorities", "officials", "meetings", "commitments"])
def test_each_form_opens_new_and_existing(forms, qtbot, office, vault, table):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 1), [office.by_unit],
                commitments=[("Investigar", dt.date(2026, 10, 1), "pending")])
    existing = {"authorities": office.brigade.id, "meetings": m.id,
                "officials": official(vault, office.brigade, "General Uno", dt.date(2025, 1, 1)).id,
                "commitments": vault.commitments.list()[0].id}[table]
    new = forms.open_new(table)
    old = forms.open_record(table, existing)
    for form in (new, old):
        qtbot.addWidget(form)
        assert form.isVisible()
        assert not form.is_dirty
    assert old.windowTitle().endswith(old.noun())
    assert new.heading.text() == new.new_title()
    assert forms.open_record(table, existing) is old  # one window per record


def meeting_form(forms, qtbot, record=None, existing=None):
    form = forms.open_record("meetings", existing) if existing else forms.open_new("meetings", record)
    qtbot.addWidget(form)
    return form


def set_date(field, day: dt.date) -> None:
    field.setDate(QDate(day.year, day.month, day.day))


def test_officials_are_offered_from_those_in_post_on_the_date(forms, qtbot, office, vault):
    before = official(vault, office.battalion, "Coronel Antes", dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    now = official(vault, office.battalion, "Coronel Ahora", dt.date(2026, 1, 1))
    liaison = official(vault, office.battalion, "Capitana de Enlace", None, None, position="Enlace de DDHH")
    official(vault, office.brigade, "General de la Brigada", dt.date(2020, 1, 1))
    form = meeting_form(forms, qtbot, Meeting(authority_id=office.battalion.id))
    editor = form.ui.officials_list
    assert editor.offered_ids() == []  # no date yet
    assert "Choose the authority and the date" in editor.hint.text()
    set_date(form.ui.held_on, dt.date(2025, 6, 1))
    assert set(editor.offered_ids()) == {before.id, liaison.id}
    set_date(form.ui.held_on, dt.date(2026, 3, 1))
    assert set(editor.offered_ids()) == {now.id, liaison.id}
    editor.set_checked(now.id, True)
    assert form.current_record().officials == [now.id]
    # Someone ticked stays shown (and ticked) if the date moves out of their post.
    set_date(form.ui.held_on, dt.date(2025, 6, 1))
    assert set(editor.offered_ids()) == {before.id, liaison.id, now.id}
    assert form.current_record().officials == [now.id]
    editor.show_all.setChecked(True)
    assert set(editor.offered_ids()) == {before.id, now.id, liaison.id}
    # Another authority: its officials.
    form.ui.authority_id.set_value(office.brigade.id)
    form.binder._changed("authority_id")
    assert "General de la Brigada" in [editor.list.item(i).text().split(" — ")[0] for i in range(editor.list.count())]


def test_a_meeting_is_saved_with_its_lists_and_each_list_edit_is_undoable(forms, qtbot, office, vault):
    now = official(vault, office.battalion, "Coronel Ahora", dt.date(2026, 1, 1))
    form = meeting_form(forms, qtbot, Meeting(authority_id=office.battalion.id))
    set_date(form.ui.held_on, dt.date(2026, 9, 5))
    form.ui.purpose.setText("Plantear la amenaza")
    form.ui.officials_list.set_checked(now.id, True)
    form.ui.incidents_list.add_records([vault.incidents.get(office.by_unit.id)])
    form.ui.persons_list.add_records([office.ana])
    assert form.is_dirty
    form.undo_stack.undo()  # the person raised: taken back
    assert form.ui.persons_list.value() == []
    form.undo_stack.redo()
    assert form.ui.persons_list.value() == [office.ana.id]
    assert form.save()
    stored = vault.meetings.get(form.record.id)
    assert (stored.officials, stored.incidents, stored.persons) == ([now.id], [office.by_unit.id], [office.ana.id])
    assert stored.status == "held"
    form.ui.incidents_list.list.setCurrentRow(0)
    form.ui.incidents_list.remove_selected()
    assert form.save()
    assert vault.meetings.get(form.record.id).incidents == []


def test_a_held_meeting_cannot_lie_in_the_future_but_a_planned_one_can(forms, qtbot, office):
    form = meeting_form(forms, qtbot, Meeting(authority_id=office.brigade.id, purpose="Seguimiento"))
    set_date(form.ui.held_on, dt.date.today() + dt.timedelta(days=10))
    assert not form.save()
    assert form.binder.errors["held_on"].isVisible()
    form.ui.status.set_value("planned")
    form.binder._changed("status")
    assert form.save()


def test_the_lists_survive_a_lock_as_a_draft(window, forms, qtbot, office, vault, session):
    form = meeting_form(forms, qtbot, Meeting(authority_id=office.brigade.id, purpose="Borrador"))
    form.ui.incidents_list.add_records([vault.incidents.get(office.by_place.id)])
    record_id = form.record.id
    session.lock()
    assert forms.open_forms == {}
    session.unlock_with(Vault.open(vault.path, passphrase=PASSPHRASE))
    restored = forms.open_forms[("meetings", record_id)]
    qtbot.addWidget(restored)
    assert restored.ui.incidents_list.value() == [office.by_place.id]
    assert restored.ui.purpose.text() == "Borrador"
    assert restored.is_dirty
    assert window.workspace.notice.label.text() == \
        "1 unsaved form of the chain of command came back as typed."
    session.lock()  # closes the vault opened here


def test_adding_a_commitment_saves_the_meeting_first_and_its_history_is_shown(forms, qtbot, office, vault):
    form = meeting_form(forms, qtbot, Meeting(authority_id=office.brigade.id, purpose="Reunión"))
    set_date(form.ui.held_on, dt.date(2026, 9, 5))
    form.ui.commitments.add_button.click()
    assert not form.is_new
    commitment_form = forms.open_forms[next(k for k in forms.open_forms if k[0] == "commitments")]
    qtbot.addWidget(commitment_form)
    assert commitment_form.ui.meeting_id.value() == form.record.id
    commitment_form.ui.text.setPlainText("Investigar la amenaza")
    set_date(commitment_form.ui.due_on, dt.date(2026, 10, 1))
    assert commitment_form.save()
    assert commitment_form.ui.history.rows()[0][2] == "Pending"
    commitment_form.ui.status.set_value("broken")
    commitment_form.binder._changed("status")
    commitment_form.ui.status_note.setPlainText("Archivó el caso sin investigar")
    assert commitment_form.save()
    rows = commitment_form.ui.history.rows()
    assert [r[2] for r in rows] == ["Pending", "Pending → Broken"]
    assert rows[1][1] == vault.user and rows[1][3] == "Archivó el caso sin investigar"
    panel = form.ui.commitments
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(panel.STATUS) == "Broken"


def test_a_meeting_plans_the_next_one(forms, qtbot, office, vault):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 5), [office.by_unit])
    m.next_meeting_on = dt.date.today() + dt.timedelta(days=20)
    vault.meetings.update(m)
    form = meeting_form(forms, qtbot, existing=m.id)
    form.ui.plan_next_button.click()
    planned = next(f for (t, i), f in forms.open_forms.items() if t == "meetings" and i != m.id)
    qtbot.addWidget(planned)
    record = planned.current_record()
    assert (record.status, record.authority_id, record.follows_meeting_id) == ("planned", office.brigade.id, m.id)
    assert record.held_on == m.next_meeting_on and record.incidents == [office.by_unit.id]
    assert planned.save()
    assert vault.meetings.get(planned.record.id).purpose.startswith("Follow-up: ")


def test_a_new_official_is_started_from_the_meeting(forms, qtbot, office):
    form = meeting_form(forms, qtbot, Meeting(authority_id=office.battalion.id))
    form.ui.officials_list.new_button.click()
    official_form = next(f for (t, _i), f in forms.open_forms.items() if t == "officials")
    qtbot.addWidget(official_form)
    assert official_form.ui.authority_id.value() == office.battalion.id


def test_commitment_status_history_in_the_vault(vault, office):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 1))
    c = vault.commitments.add(Commitment(meeting_id=m.id, text="Patrullar"))
    c.status = "kept"
    vault.commitments.update(c)
    assert [h[3] for h in vault.commitments.history(c.id)] == ["pending", "kept"]


def test_a_long_official_wraps_instead_of_scrolling_sideways(forms, qtbot, office, vault):
    long_name = official(vault, office.battalion, "Teniente Coronel María Fernanda Valderrama Quintero",
                         dt.date(2024, 1, 1), dt.date(2025, 12, 31),
                         position="Comandante encargada del Batallón de Infantería de Selva")
    form = meeting_form(forms, qtbot, Meeting(authority_id=office.battalion.id))
    form.resize(760, 700)
    form.show()
    qtbot.waitExposed(form)
    editor = form.ui.officials_list
    set_date(form.ui.held_on, dt.date(2026, 6, 1))  # out of post: the longest line
    editor.show_all.setChecked(True)
    assert editor.offered_ids() == [long_name.id]
    lines = editor.list
    qtbot.waitUntil(lambda: lines.viewport().width() > 0)
    text = lines.item(0).text()
    assert lines.fontMetrics().horizontalAdvance(text) > lines.viewport().width()  # it is long
    assert lines.horizontalScrollBar().maximum() == 0
    assert lines.visualItemRect(lines.item(0)).width() <= lines.viewport().width()
