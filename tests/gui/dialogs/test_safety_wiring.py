"""The safety actions in a real office window: unlock errors, the damaged-vault
screen, the reminder, and the attempts-aware opener."""

from __future__ import annotations

import hashlib
import os

import pytest

from accompdesk.domain.records import Person
from accompdesk.gui.dialogs import known_backups as known
from accompdesk.gui.dialogs.safety_actions import SafetyActions
from accompdesk.gui.dialogs.damaged import DamagedVaultDialog
from accompdesk.gui.dialogs.restore import CHECK
from accompdesk.gui.dialogs.unlock_attempts import AttemptsOpener
from accompdesk.gui.session import Session
from accompdesk.vault import attempts
from accompdesk.vault.backup import backup
from accompdesk.vault.errors import VaultDamaged, WrongPassphrase

from ...conftest import PASSPHRASE
from tests.gui.fixtures.safety import qt_warnings_fail, gui, settings  # noqa: F401 - fixtures used by name


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture
def window(qtbot, settings, vault, vault_path):
    from accompdesk.gui.main_window import MainWindow

    session = Session(vault_path)
    opener = AttemptsOpener(lambda: session.path)
    w = MainWindow(session, settings, opener=opener, backoff=opener.backoff)
    w.safety = SafetyActions(w, session, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.safety.close_dialogs()
    session.lock()


def damage(path):
    with open(path, "r+b") as fh:
        fh.seek(100)
        byte = fh.read(1)
        fh.seek(100)
        fh.write(bytes([byte[0] ^ 0xFF]))


def test_damaged_vault_leads_to_the_backup_and_is_never_touched(qtbot, vault, window, settings, tmp_path):
    vault.persons.add(Person(full_name="Ana"))
    drive = tmp_path / "drive"
    drive.mkdir()
    copy = backup(vault, str(drive))
    known.remember(settings, copy)
    vault.close()
    damage(vault.path)
    damaged_sha = sha(vault.path)
    opener = AttemptsOpener(vault.path)
    with pytest.raises(VaultDamaged) as caught:
        opener(passphrase=PASSPHRASE, user="coordinadora")
    assert attempts.failures(vault.path, "coordinadora") == 0  # damage is not a guess
    screen = window.safety.unlock_failed(caught.value)
    assert isinstance(screen, DamagedVaultDialog)
    assert screen.latest == copy and screen.ui.open_backup_button.isEnabled()
    assert "recovery key" in screen.ui.recovery_explain.text()
    screen.ui.open_backup_button.click()
    wizard = window.safety.dialogs[-1]
    assert wizard.ui.backup_path.text() == copy and wizard.damaged
    wizard.next()
    wizard.ui.passphrase.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentId() == CHECK
    qtbot.waitUntil(lambda: wizard.job is None, timeout=60_000)
    wizard.next()
    assert "exactly as it was" in wizard.ui.switch_intro.text()
    wizard.accept()
    assert window.session.is_unlocked and window.session.vault.path != vault.path
    assert [p.full_name for p in window.session.vault.persons.list()] == ["Ana"]
    assert sha(vault.path) == damaged_sha  # left exactly as it was found
    assert os.path.exists(vault.path + ".keys")


def test_wrong_passphrase_is_not_the_damage_screen(window, vault):
    assert window.safety.unlock_failed(WrongPassphrase("no")) is None


def test_unlock_page_waits_as_the_attempts_file_says(qtbot, window, vault):
    vault.close()
    for _ in range(3):
        attempts.record_failure(vault.path, "coordinadora")
    page = window.unlock_page
    page.passphrase.setText("still not the right one")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert "wait" in page.error.text().lower()
    assert page._wait_left > 0 and not page.unlock_button.isEnabled()


def test_reminder_after_unlock_and_the_actions_follow_the_session(qtbot, window, vault):
    safety = window.safety
    assert not safety.backup_action.isEnabled()
    window.session.unlock_with(vault)
    assert safety.backup_action.isEnabled() and safety.restore_action.isEnabled()
    assert safety.check_backup_reminder()
    assert "never been backed up" in window.workspace.notice.label.text()
    log = safety.show_audit_log()
    assert log.isVisible()
    window.session.lock()
    assert not safety.dialogs and not safety.audit_action.isEnabled()
