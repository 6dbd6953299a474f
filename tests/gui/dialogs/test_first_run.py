"""The first-run wizard creates the vault, shows the recovery key once, and checks it was kept."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QWizard

from accompdesk.gui.dialogs.first_run import FirstRunWizard
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def test_wizard_creates_the_vault_and_asks_for_the_recovery_key(qtbot, tmp_path):
    path = str(tmp_path / "office.vault")
    wizard = FirstRunWizard(path, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    assert not page.isComplete()
    page.name.setText("Marta")
    page.passphrase.setText("short")
    assert page.hint.text().startswith("Too short")
    page.passphrase.setText("river mango lantern seven")
    page.repeat.setText("river mango lantern sevem")
    assert not page.isComplete()
    assert page.mismatch.text()
    page.repeat.setText("river mango lantern seven")
    assert page.isComplete()
    wizard.next()  # creates the vault: the passphrase page is a commit page
    assert wizard.currentPage() is wizard.recovery_page
    assert wizard.vault is not None and os.path.exists(path)
    key = wizard.recovery_key
    assert key and wizard.recovery_page.key_label.text().replace("\n", " ") == key
    wizard.next()
    confirm = wizard.confirm_page
    assert not confirm.isComplete()
    confirm.kept.setChecked(True)
    confirm.last_group.setText("zzzz")
    assert not confirm.isComplete()
    confirm.last_group.setText(key.split()[-1])
    assert confirm.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted
    wizard.vault.close()
    # The passphrase and the recovery key both open what the wizard made.
    Vault.open(path, passphrase="river mango lantern seven").close()
    Vault.open(path, recovery_key=key).close()


def test_cancelling_after_creation_removes_the_empty_vault(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = str(tmp_path / "office.vault")
    wizard = FirstRunWizard(path, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    page.name.setText("Marta")
    page.passphrase.setText("river mango lantern seven")
    page.repeat.setText("river mango lantern seven")
    wizard.next()
    assert os.path.exists(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    wizard.reject()
    assert not os.path.exists(path) and not os.path.exists(path + ".keys")


def test_recovery_sheet_prints(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    path = str(tmp_path / "office.vault")
    wizard = FirstRunWizard(path, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    page.name.setText("Marta")
    page.passphrase.setText("river mango lantern seven")
    page.repeat.setText("river mango lantern seven")
    wizard.next()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    wizard.recovery_page.render_to(printer)
    assert (tmp_path / "key.pdf").stat().st_size > 1000
    wizard.remove_new_vault()
