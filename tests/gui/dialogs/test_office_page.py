"""The Office page of the preferences (coordinators only) and the first-run wizard's
office questions: what they set is what the vault, the date fields and the roster use."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from accompdesk.gui.common import dates, i18n
from accompdesk.gui.dialogs.preferences import PreferencesDialog
from accompdesk.gui.session import Session
from accompdesk.gui.dialogs.first_run import FirstRunWizard
from accompdesk.reports.roster import build_roster
from accompdesk.vault import settings as office_settings
from accompdesk.vault import staff
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.domain.roster import Week
from accompdesk.vault.store import Vault
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

NO_NUMBER = "[the office has not set its emergency number]"


@pytest.fixture(autouse=True)
def _office_dates():
    yield
    dates.set_office(None)


def open_preferences(qtbot, settings, session) -> PreferencesDialog:
    dialog = PreferencesDialog(settings, None, session=session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def retype(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_a_coordinator_sets_the_office_and_the_roster_carries_its_number(qtbot, settings, session, vault):
    assert NO_NUMBER in "\n".join(build_roster(vault, Week(2026, 48))[0].texts())
    dialog = open_preferences(qtbot, settings, session)
    page = dialog.office_page
    assert dialog.tabs.count() == 2 and dialog.tabs.widget(1) is page
    retype(qtbot, page.office_name, "Oficina de Barrancabermeja")
    retype(qtbot, page.emergency_number, "+57 300 555 0148")
    page.locale.setCurrentIndex(page.locale.findData("en_US"))
    page.date_format.setCurrentIndex(page.date_format.findData("yyyy-mm-dd"))
    page.time_zone.setEditText("America/Bogota")
    page.minimum_team_size.setValue(3)
    retype(qtbot, page.emergency_protocol, "1. Call the person.")
    retype(qtbot, page.letterhead, "Field office, Calle 50")
    changed = []
    session.changed.connect(changed.append)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = office_settings.load(vault)
    assert (stored.office_name, stored.emergency_number, stored.locale, stored.date_format, stored.time_zone,
            stored.minimum_team_size, stored.emergency_protocol, stored.letterhead) == (
        "Oficina de Barrancabermeja", "+57 300 555 0148", "en_US", "yyyy-mm-dd", "America/Bogota", 3,
        "1. Call the person.", "Field office, Calle 50")
    assert changed == ["settings"]
    assert dates.order() == "ymd"  # every date field now reads the office's way
    text = "\n".join(build_roster(vault, Week(2026, 48))[0].texts())
    assert "+57 300 555 0148" in text and NO_NUMBER not in text
    # Opened again, the page shows what the vault holds.
    typed = page.values()
    again = open_preferences(qtbot, settings, session)
    assert again.office_page.values() == typed


@pytest.mark.parametrize("field, text, sentence", [
    ("emergency_number", "call Ana", "Emergency number: “call Ana” is not a telephone number: digits, "
                                     "spaces, + and - only."),
    ("office_name", "   ", "Office name: Give the office a name: it heads its documents."),
    ("time_zone", "Bogota", "Time zone: “Bogota” is not a time zone: choose one from the list, such as "
                            "America/Bogota."),
])
def test_a_wrong_value_is_named_beside_its_field_and_nothing_is_kept(qtbot, settings, session, vault, field,
                                                                     text, sentence):
    before = office_settings.load(vault)
    dialog = open_preferences(qtbot, settings, session)
    dialog.tabs.setCurrentIndex(0)
    page = dialog.office_page
    widget = getattr(page, field)
    if field == "time_zone":
        widget.setEditText(text)
    else:
        retype(qtbot, widget, text)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page
    problem = page.problems_shown[field]
    assert problem.text() == sentence and not problem.isHidden()
    assert dialog.focusWidget() in (widget, getattr(widget, "lineEdit", lambda: None)())
    assert office_settings.load(vault) == before


def test_only_coordinators_see_the_office_page(qtbot, settings, vault):
    staff.add_staff(vault, "equipo", "equipo passphrase", "staff", kdf=FAST_KDF)
    member = Vault.open(vault.path, passphrase="equipo passphrase", user="equipo")
    session = Session(member.path)
    session.unlock_with(member)
    try:
        dialog = open_preferences(qtbot, settings, session)
        assert dialog.office_page is None and dialog.tabs.count() == 1
    finally:
        session.lock()


def test_the_office_page_speaks_spanish(qtbot, settings, session):
    i18n.install("es")
    dialog = open_preferences(qtbot, settings, session)
    page = dialog.office_page
    assert dialog.tabs.tabText(1) == "&Oficina"
    assert page.labels["emergency_number"].text().replace("&", "") == "Número de emergencia:"
    assert page.date_format.itemText(1).startswith("dd/mm/aaaa")
    page.emergency_number.setText("llamar")
    found = page.problems()
    assert found["emergency_number"].startswith("«llamar» no es un número de teléfono")


def test_the_wizard_asks_for_the_office_name_and_number(qtbot, tmp_path):
    path = str(tmp_path / "office.vault")
    wizard = FirstRunWizard(path, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    page.name.setText("Marta")
    page.passphrase.setText("river mango lantern seven")
    page.repeat.setText("river mango lantern seven")
    qtbot.keyClicks(page.office_name, "Oficina de Apartado")
    qtbot.keyClicks(page.emergency_number, "call me")
    assert not page.isComplete() and "is not a telephone number" in page.number_problem.text()
    page.emergency_number.clear()
    qtbot.keyClicks(page.emergency_number, "+57 300 555 0148")
    assert page.isComplete() and page.number_problem.text() == ""
    wizard.next()
    wizard.next()
    wizard.confirm_page.kept.setChecked(True)
    wizard.confirm_page.last_group.setText(wizard.recovery_key.split()[-1])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    stored = office_settings.load(wizard.vault)
    assert (stored.office_name, stored.emergency_number) == ("Oficina de Apartado", "+57 300 555 0148")
    wizard.vault.close()
    assert os.path.exists(path)


def test_a_value_kept_before_does_not_stop_another_change(qtbot, settings, session, vault):
    office_settings.save(vault, time_zone="Etc/GMT+5")  # as `office set` may keep it; not in the list
    dialog = open_preferences(qtbot, settings, session)
    page = dialog.office_page
    assert page.time_zone.currentText() == "Etc/GMT+5"
    page.minimum_team_size.setValue(4)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = office_settings.load(vault)
    assert (stored.time_zone, stored.minimum_team_size) == ("Etc/GMT+5", 4)


def test_the_default_emergency_protocol_is_shown_in_spanish_and_an_own_one_as_written(qtbot, settings,
                                                                                       session, vault):
    from accompdesk.domain.office import DEFAULT_PROTOCOL

    i18n.install("es")
    dialog = open_preferences(qtbot, settings, session)
    page = dialog.office_page
    shown = page.emergency_protocol.toPlainText()
    assert shown.startswith("1. Vuelva a llamar a la persona") and "red de emergencia" in shown
    assert "Call the person" not in shown
    # Left as shown, it is not saved: the office still has no protocol of its own, and an
    # English window shows it in English.
    assert "emergency_protocol" not in page.changes()
    dialog.accept()
    assert vault.conn.execute("SELECT count(*) FROM settings WHERE key = 'emergency_protocol'").fetchone()[0] == 0
    assert office_settings.load(vault).emergency_protocol == DEFAULT_PROTOCOL
    # A protocol the office wrote is shown as written, in any language.
    office_settings.save(vault, emergency_protocol="1. Call Marta.\n2. Call the embassy.")
    again = open_preferences(qtbot, settings, session)
    assert again.office_page.emergency_protocol.toPlainText() == "1. Call Marta.\n2. Call the embassy."
    assert again.office_page.changes() == {}
