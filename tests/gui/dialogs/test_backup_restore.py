"""Backup, reminder, restore wizard and the damaged-vault screen, through the window."""

from __future__ import annotations

import datetime as dt
import hashlib
import os


from accompdesk.domain.office import OfficeSettings
from accompdesk.gui.dialogs import known_backups as known
from accompdesk.gui.dialogs.backup import BackupDialog
from accompdesk.gui.dialogs.backup_reminder import backup_due, days_since_backup
from accompdesk.gui.dialogs.restore import CHECK, SWITCH, RestoreWizard
from accompdesk.vault import restore, settings as office
from accompdesk.vault.store import Vault

from ...conftest import PASSPHRASE
from ...factories import fill_every_type
from tests.gui.fixtures.safety import qt_warnings_fail, gui, settings  # noqa: F401 - fixtures used by name

RECORD_TABLES = ("persons", "organisations", "incidents", "authorities", "meetings", "commitments",
                 "volunteers", "accompaniments", "checkins", "alerts", "attachments")


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def make_backup_with_dialog(qtbot, vault, settings, folder):
    dialog = BackupDialog(vault, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.folder.setText(str(folder))
    assert dialog.ui.start_button.isEnabled()
    dialog.ui.start_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    return dialog


def test_backup_dialog_writes_verifies_and_records(qtbot, vault, settings, tmp_path):
    fill_every_type(vault)
    drive = tmp_path / "drive"
    drive.mkdir()
    dialog = make_backup_with_dialog(qtbot, vault, settings, drive)
    target = dialog.target
    assert os.path.exists(target) and os.path.exists(target + ".keys"), dialog.ui.status.text()
    assert "verified" in dialog.ui.status.text()
    recorded = office.load(vault)
    assert recorded.last_backup_path == target and recorded.last_backup_at
    assert known.last_backup(settings) == target and known.folders(settings) == [str(drive)]
    assert vault.audit_entries(action="backup")


def test_reminder_days_are_an_office_setting(qtbot, vault, settings, tmp_path):
    dialog = BackupDialog(vault, settings)
    qtbot.addWidget(dialog)
    dialog.ui.reminder_days.setValue(3)
    dialog.reject()
    assert office.load(vault).backup_reminder_days == 3


def test_reminder_when_the_last_backup_is_too_old():
    now = dt.datetime(2025, 3, 10, tzinfo=dt.timezone.utc)
    assert backup_due(OfficeSettings(last_backup_at=""), now)
    assert days_since_backup("2025-03-01T08:00:00.000000Z", now) == 8
    assert backup_due(OfficeSettings(backup_reminder_days=7, last_backup_at="2025-03-01T08:00:00Z"), now)
    assert not backup_due(OfficeSettings(backup_reminder_days=7, last_backup_at="2025-03-05T08:00:00Z"), now)


def run_wizard(qtbot, wizard, passphrase=PASSPHRASE):
    wizard.show()
    assert wizard.ui.backup_path.text(), "a backup is offered"
    wizard.next()
    wizard.ui.passphrase.setText(passphrase)
    wizard.next()
    assert wizard.currentId() == CHECK
    qtbot.waitUntil(lambda: wizard.job is None, timeout=60_000)
    return wizard


def test_restore_wizard_round_trip_into_a_new_place(qtbot, vault, settings, tmp_path):
    fill_every_type(vault)
    before = restore.table_digests(vault.conn)
    dialog = make_backup_with_dialog(qtbot, vault, settings, tmp_path)
    backup_bytes = digest(dialog.target)
    current_bytes = digest(vault.path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    wizard = RestoreWizard(vault.path, settings)
    qtbot.addWidget(wizard)
    wizard.ui.folder.setText(str(elsewhere))
    run_wizard(qtbot, wizard)
    assert wizard.restored is not None, wizard.ui.check_error.text()
    wizard.next()
    assert wizard.currentId() == SWITCH
    wizard.accept()
    try:
        assert os.path.dirname(wizard.vault.path) == str(elsewhere)
        after = restore.table_digests(wizard.vault.conn)
        for table in RECORD_TABLES:
            assert after[table] == before[table], table
    finally:
        wizard.vault.close()
    assert digest(dialog.target) == backup_bytes
    assert digest(vault.path) == current_bytes


def test_replacing_the_office_vault_needs_the_box_and_keeps_a_safety_copy(qtbot, vault, settings, tmp_path):
    from accompdesk.domain.records import Person

    vault.persons.add(Person(full_name="En la copia"))
    make_backup_with_dialog(qtbot, vault, settings, tmp_path)
    vault.persons.add(Person(full_name="Después de la copia"))
    closed = []
    wizard = RestoreWizard(vault.path, settings, before_switch=lambda: (vault.close(), closed.append(1)))
    qtbot.addWidget(wizard)
    run_wizard(qtbot, wizard)
    wizard.next()
    wizard.ui.replace.setChecked(True)
    wizard.accept()
    assert wizard.isVisible() and not closed  # not without the box ticked
    wizard.ui.confirm.setChecked(True)
    wizard.accept()
    try:
        assert closed and wizard.vault.path == vault.path
        assert [p.full_name for p in wizard.vault.persons.list()] == ["En la copia"]
        assert wizard.safety_path and os.path.exists(wizard.safety_path)
    finally:
        wizard.vault.close()
    with Vault.open(wizard.safety_path, passphrase=PASSPHRASE) as kept:
        assert kept.persons.count() == 2


def test_a_wrong_passphrase_leaves_nothing_behind(qtbot, vault, settings, tmp_path):
    dialog = make_backup_with_dialog(qtbot, vault, settings, tmp_path)
    wizard = RestoreWizard(vault.path, settings, backup_path=dialog.target)
    qtbot.addWidget(wizard)
    run_wizard(qtbot, wizard, passphrase="not the passphrase at all")
    assert wizard.restored is None and wizard.ui.check_error.isVisible()
    assert not os.path.exists(wizard._target)
