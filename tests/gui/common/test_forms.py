"""Record forms (QTest.keyClicks types ASCII only: Qt asserts on other keys). Creating and editing through the form, inline problems, undo, drafts across a lock."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from accompdesk.vault.drafts import drafts
from tests.conftest import PASSPHRASE
from tests.gui.helpers import add_people
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def error_text(form, field):
    label = form.binder.errors.get(field)
    return label.text() if label is not None and not label.isHidden() else ""


def test_a_new_incident_shows_what_is_missing_and_then_saves(window, vault):
    org, ana, jose = add_people(vault)
    form = window.forms.open_new("incidents")
    assert form.windowTitle().startswith("New incident")
    assert not form.save()
    assert error_text(form, "summary") == "Summary: is required."
    assert error_text(form, "occurred_on") == "Date: is required."
    assert error_text(form, "kind") == "Kind: is required."
    assert "problem" in form.summary.text()
    assert vault.incidents.count() == 0

    QTest.keyClicks(form.ui.summary, "Threat by phone to Ana Lucia")
    form.ui.occurred_on.set_value(dt.date.today() + dt.timedelta(days=3))
    form.ui.occurred_on.value_changed.emit()
    form.validate()
    assert error_text(form, "summary") == ""
    assert "is in the future" in error_text(form, "occurred_on")
    form.ui.occurred_on.set_value(dt.date(2024, 5, 2))
    form.ui.kind.set_value("threat")
    form.ui.date_precision.set_value("month")
    form.ui.affected_persons.add_records([ana, jose])
    form.ui.affected_persons.model.setData(form.ui.affected_persons.current_role_index(1), "witness")
    assert form.save()
    stored = vault.incidents.get(form.record.id)
    assert stored.summary == "Threat by phone to Ana Lucia"
    assert stored.occurred_on == dt.date(2024, 5, 2)
    assert stored.date_precision == "month"
    assert stored.affected_persons == [ana.id, jose.id]
    assert stored.affected_person_roles == ["victim", "witness"]
    assert not form.is_dirty
    incidents_list = window.workspace.view("incidents")
    assert incidents_list.model.rowCount() == 1


def test_editing_an_incident_updates_it(window, vault):
    org, ana, jose = add_people(vault)
    form = window.forms.open_new("persons")
    QTest.keyClicks(form.ui.full_name, "Rosa Elvira Talaigua")
    form.ui.risk_level.set_value("extreme")
    assert form.save()
    person_id = form.record.id
    form.close()
    form = window.forms.open_record("persons", person_id)
    assert form.ui.full_name.text() == "Rosa Elvira Talaigua"
    assert form.ui.risk_level.value() == "extreme"
    form.ui.full_name.selectAll()
    QTest.keyClicks(form.ui.full_name, "Rosa Elvira Talaigua Rodriguez")
    assert form.is_dirty
    assert form.save()
    assert vault.persons.get(person_id).full_name == "Rosa Elvira Talaigua Rodriguez"


def test_too_long_text_is_explained_next_to_the_field(window):
    form = window.forms.open_new("organisations")
    form.ui.notes.setPlainText("x" * 20_001)
    form.validate()
    assert error_text(form, "notes") == "Notes: is 20,001 characters long; at most 20,000 fit."


def test_undo_and_redo_while_the_form_is_open(window):
    form = window.forms.open_new("incidents")
    form.show()
    form.ui.summary.setFocus()
    QTest.keyClicks(form.ui.summary, "Raid on the office")
    form.ui.kind.set_value("raid")
    form.ui.severity.set_value("high")
    assert form.undo_stack.count() == 3  # typing one field is one step
    form.undo_stack.undo()
    assert form.ui.severity.value() == "medium"
    form.undo_stack.undo()
    assert form.ui.kind.value() is None
    # Ctrl+Z inside a text field undoes through the form's stack too.
    form.ui.summary.setFocus()
    QTest.keyClick(form.ui.summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.ui.summary.text() == ""
    assert not form.undo_stack.canUndo()
    form.undo_stack.redo()
    assert form.ui.summary.text() == "Raid on the office"
    form.undo_stack.redo()
    assert form.ui.kind.value() == "raid"


def test_a_half_filled_form_survives_a_lock(qtbot, window, vault):
    org, ana, jose = add_people(vault)
    form = window.forms.open_new("incidents")
    record_id = form.record.id
    QTest.keyClicks(form.ui.summary, "Surveillance of the lawyers' office")
    form.ui.kind.set_value("surveillance")
    form.ui.affected_persons.add_records([jose])
    window.lock()
    assert window.forms.open_forms == {}
    assert not window.session.is_unlocked

    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)
    restored = window.forms.open_forms[("incidents", record_id)]
    assert restored.ui.summary.text() == "Surveillance of the lawyers' office"
    assert restored.ui.kind.value() == "surveillance"
    assert restored.ui.affected_persons.value() == ([jose.id], ["victim"])
    assert restored.is_dirty
    assert "came back" in window.workspace.notice.label.text()
    restored.ui.occurred_on.set_value(dt.date(2024, 2, 1))
    assert restored.save()
    assert drafts(window.session.vault) == []
    assert window.session.vault.incidents.get(record_id).summary == "Surveillance of the lawyers' office"


def test_an_edit_to_a_saved_record_survives_a_lock(qtbot, window, vault):
    org, ana, jose = add_people(vault)
    form = window.forms.open_record("persons", ana.id)
    form.ui.full_name.selectAll()
    QTest.keyClicks(form.ui.full_name, "Ana Lucia Pito Quintero")
    window.lock()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)
    restored = window.forms.open_forms[("persons", ana.id)]
    assert not restored.is_new
    assert restored.ui.full_name.text() == "Ana Lucia Pito Quintero"
    assert window.session.vault.persons.get(ana.id).full_name == "Ana Lucía Pito"  # not saved yet


def test_trash_and_restore_with_undo(window, vault):
    org, ana, jose = add_people(vault)
    window.show_area("persons")
    listing = window.workspace.view("persons")
    assert listing.model.rowCount() == 2
    window.move_to_trash("persons", [jose.id])
    assert listing.model.rowCount() == 1
    notice = window.workspace.notice
    assert notice.isVisibleTo(window) and notice.action_button.isVisibleTo(window)
    assert notice.label.text() == "1 person moved to the Trash."
    notice.action_button.click()  # Undo, offered at once
    assert listing.model.rowCount() == 2
    assert vault.persons.get(jose.id).full_name == jose.full_name

    window.move_to_trash("persons", [jose.id])
    window.show_area("trash")
    trash = window.workspace.view("trash")
    assert trash.model.rowCount() == 1
    trash.view.selectRow(0)
    trash.restore_selected()
    assert trash.model.rowCount() == 0
    assert listing.model.rowCount() == 2
    window.undo_stack.undo()  # Ctrl+Z undoes the restore
    assert trash.model.rowCount() == 1


def test_a_name_typed_in_the_picker_can_become_a_new_person(window, vault, monkeypatch):
    from accompdesk.gui.common.widgets.record_picker import RecordPickerDialog

    dialog = RecordPickerDialog(window.session, "persons", parent=window)
    dialog.search.setText("Dolores Epieyú")
    dialog.run_search()
    assert dialog.model.rowCount() == 0
    assert dialog.add_button.isVisibleTo(dialog)
    dialog.add_new()
    assert dialog.chosen[0].full_name == "Dolores Epieyú"
    assert vault.persons.count() == 1


def test_enter_adds_a_name_not_found_and_says_which_defaults_it_took(window, vault, qtbot):
    from PySide6.QtCore import Qt

    from accompdesk.gui.common.widgets.record_picker import RecordPickerDialog

    dialog = RecordPickerDialog(window.session, "persons", parent=window)
    qtbot.keyClicks(dialog.search, "Dolores Epieyu & hermanas")
    dialog.run_search()
    assert dialog.add_button.text() == "&Add “Dolores Epieyu && hermanas” as a new person"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    added = vault.persons.list()
    assert [p.full_name for p in added] == ["Dolores Epieyu & hermanas"] and dialog.chosen[0].id == added[0].id
    note = dialog.defaults_note
    assert "Consent level: Internal" in note and "Kind: " in note
    assert dialog.defaults_notice.isVisible()
    dialog.defaults_notice.close()


def test_enter_picks_the_first_match_when_there_is_one(window, vault, qtbot):
    from PySide6.QtCore import Qt

    from accompdesk.domain.records import Person
    from accompdesk.gui.common.widgets.record_picker import RecordPickerDialog

    ana = vault.persons.add(Person(full_name="Ana Lucía Pito"))
    dialog = RecordPickerDialog(window.session, "persons", multiple=False, parent=window)
    qtbot.keyClicks(dialog.search, "pito")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert [r.id for r in dialog.chosen] == [ana.id] and vault.persons.count() == 1


@pytest.mark.parametrize("table, name, kind_label", [
    ("persons", "Dolores Epieyu", "Consent level: "),
    ("organisations", "Junta de Accion Comunal de La Esperanza", "Consent level: "),
    ("authorities", "Batallon de Infanteria 9", "Level: "),
])
def test_quick_added_record_offers_to_change_its_defaults_from_the_notice(window, vault, qtbot, table, name,
                                                                         kind_label):
    """Issue 19 §6: the notice says which defaults were taken and opens the new record's form."""
    from PySide6.QtWidgets import QWidget

    from accompdesk.gui.common.widgets.record_picker import RecordPickerDialog

    form = window.forms.open_new("incidents")
    dialog = RecordPickerDialog(window.session, table, multiple=False, parent=form)
    qtbot.keyClicks(dialog.search, name)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    added = vault.repo(table).list()
    assert [r.title for r in added] == [name]
    assert kind_label in dialog.defaults_note
    notice = dialog.defaults_notice
    assert notice.isVisible() and dialog.change_button is not None
    assert dialog.change_button in notice.buttons() and dialog.change_button.text() == "&Change…"
    dialog.change_button.click()
    qtbot.waitUntil(lambda: not notice.isVisible())

    def open_form_of_new_record():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QWidget) and w.isVisible()
                and getattr(w, "record", None) is not None and w.record.id == added[0].id]

    qtbot.waitUntil(lambda: bool(open_form_of_new_record()))
    opened = open_form_of_new_record()[0]
    assert opened.record.title == name
    opened.close_silently()
    form.close_silently()


@pytest.mark.parametrize("table, typed, offered", [
    ("persons", "guacamaya", "guacamaya 2"),
    ("persons", "Consejo del rio", "Consejo del rio 2"),
    ("organisations", "Guacamaya", "Guacamaya 2"),
    ("organisations", "  consejo   del RIO ", "consejo del RIO 2"),
])
def test_a_taken_alias_is_refused_beside_its_field_and_a_free_one_offered(window, vault, qtbot, table, typed,
                                                                           offered):
    """Issue 15: aliases are unique within an office; a duplicate typed gets a distinct one offered."""
    from accompdesk.domain.records import Organisation, Person

    vault.persons.add(Person(full_name="Yolanda Epieyu Uriana", alias="Guacamaya"))
    vault.organisations.add(Organisation(name="Consejo Comunitario del Rio Cacari", alias="Consejo del río"))
    before = vault.repo(table).count()
    form = window.forms.open_new(table)
    title = "full_name" if table == "persons" else "name"
    QTest.keyClicks(getattr(form.ui, title), "Nueva Persona" if table == "persons" else "Nueva Junta")
    QTest.keyClicks(form.ui.alias, typed)
    assert form.save() is False
    assert vault.repo(table).count() == before
    error = form.binder.errors["alias"]
    assert error.isVisible()
    assert error.text() == (f"Alias for publication: “{' '.join(typed.split())}” is already the alias of another "
                            f"person or organisation; “{offered}” is free.")
    assert form.alias_offer.isVisible() and form.alias_offer.text() == f"Use “{offered}”"
    form.alias_offer.click()
    assert form.ui.alias.text() == offered
    assert not form.alias_offer.isVisible()
    assert form.save() is True
    assert [r.alias for r in vault.repo(table).list() if r.alias == offered] == [offered]
    form.close_silently()


def test_an_alias_kept_as_stored_is_not_a_problem(window, vault):
    """Older records that share an alias can still be edited; the roster keeps them apart."""
    from accompdesk.domain.records import Person

    vault.persons.add(Person(full_name="Yolanda Epieyu Uriana", alias="Guacamaya"))
    older = vault.persons.add(Person(full_name="Ruben Quinonez", alias="Guacamaya"))
    form = window.forms.open_record("persons", older.id)
    QTest.keyClicks(form.ui.full_name, " Mosquera")
    assert form.save() is True
    assert vault.persons.get(older.id).full_name == "Ruben Quinonez Mosquera"
    assert form.alias_offer is None or not form.alias_offer.isVisible()
    form.close_silently()


LONG_SUMMARY = ("Amenaza contra la lideresa comunitaria de la vereda El Diviso por un grupo armado que "
                "se identificó ante la familia y dio un plazo de tres días para salir del territorio")


def test_a_long_one_line_value_opens_at_its_start_and_typing_goes_at_its_end(window, vault, qtbot):
    """The summary opened showing its last words; the start is shown until the field is
    entered or typed into, and what is typed goes after the value, as before."""
    import datetime as dt

    from PySide6.QtCore import Qt

    from accompdesk.domain.records import Incident

    threat = vault.incidents.add(Incident(summary=LONG_SUMMARY, occurred_on=dt.date(2026, 3, 5), kind="threat"))
    form = window.forms.open_record("incidents", threat.id)
    qtbot.waitExposed(form)
    summary = form.ui.summary
    assert summary.fontMetrics().horizontalAdvance(LONG_SUMMARY) > summary.width()  # it is long
    assert not summary.hasFocus()
    assert summary.cursorPosition() == 0 and summary.cursorRect().left() < summary.width() // 4
    # Typed into at once, the words go after the value (no click, no Tab first).
    QTest.keyClicks(summary, " (denunciada)")
    assert summary.text() == LONG_SUMMARY + " (denunciada)"
    form.close_silently()

    # Entered with Tab: the whole value is selected, as in any field; entered otherwise
    # (the form opening on it), the cursor waits at its end.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    for reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.OtherFocusReason):
        form = window.forms.open_record("incidents", threat.id)
        summary = form.ui.summary
        assert summary.cursorPosition() == 0
        QApplication.sendEvent(summary, QFocusEvent(QEvent.Type.FocusIn, reason))
        if reason == Qt.FocusReason.TabFocusReason:
            assert summary.selectedText() == LONG_SUMMARY
        else:
            assert summary.cursorPosition() == len(summary.text()) and not summary.hasSelectedText()
        form.close_silently()
