"""The idle lock while a slow job runs: its notice says what locking does to the job,
and locking loses no record and leaves no file half-written.

Each job is held at a known point by a gate on the work's own thread (the vault and
the files are real), so that the lock lands while it runs, never before or after.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time

import pytest
from PySide6.QtWidgets import QWizard

from accompdesk.vault.store import Vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import office, spanish_excel_csv, vault_state
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

HEADER = "Fecha del hecho;Resumen;Tipo de agresión;Lugar;Víctimas;Observaciones"


def digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


class Gate:
    """Put around a function the job calls: the job waits there until `go`."""

    def __init__(self, function):
        self.function = function
        self.entered = threading.Event()
        self.go = threading.Event()
        self.results: list = []

    def __call__(self, *args, **kwargs):
        self.entered.set()
        self.go.wait(60)
        result = self.function(*args, **kwargs)
        self.results.append(result)
        return result


def warning_text(window) -> str:
    window._warn_of_lock(5)
    return window.workspace.notice.label.text()


def test_locking_while_a_restore_runs_lets_it_end_and_closes_its_copy(qtbot, window, vault, settings,
                                                                       tmp_path, monkeypatch):
    from accompdesk.domain.records import Person
    from accompdesk.gui.dialogs.restore import CHECK, RestoreWizard
    from accompdesk.vault import backup, restore

    vault.persons.add(Person(full_name="Ana Lucía Pito", consent_level="internal"))
    saved = backup.backup(vault, str(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    gate = Gate(restore.restore)
    monkeypatch.setattr(restore, "restore", gate)

    wizard = window.safety.show_restore(backup_path=saved)
    assert isinstance(wizard, RestoreWizard)
    wizard.ui.folder.setText(str(elsewhere))
    wizard.next()
    wizard.ui.passphrase.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentId() == CHECK
    worker = wizard.job
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)

    text = warning_text(window)
    assert "locks in 5 seconds" in text
    assert ("The restore goes on while the window is locked; its checked copy is kept, unused, "
            "and the current vault is not changed.") in text
    assert "import" not in text and "backup" not in text

    window.lock()
    assert not window.session.is_unlocked and window.workspace is None
    current = digest(vault.path)  # as the lock left it
    gate.go.set()
    # The copy is made and checked to its end, then closed: no open connection (and its
    # key) is left behind by a wizard that is gone.
    qtbot.waitUntil(lambda: bool(gate.results) and gate.results[0].vault.conn is None, timeout=60_000)
    assert worker.done
    copy = gate.results[0].vault.path
    assert os.path.dirname(copy) == str(elsewhere)
    assert not os.path.exists(copy + ".partial")
    assert digest(vault.path) == current
    reopened = Vault.open(copy, passphrase=PASSPHRASE)
    try:
        assert [p.full_name for p in reopened.persons.list()] == ["Ana Lucía Pito"]
    finally:
        reopened.close()


def test_locking_while_an_import_runs_cancels_it_and_keeps_nothing(qtbot, window, vault, tmp_path):
    from accompdesk.gui.common import i18n
    from accompdesk.gui.dialogs.import_wizard import ImportWizard

    i18n.set_language_for_labels("en")
    office(vault)
    path = tmp_path / "grande.csv"
    path.write_bytes(spanish_excel_csv([HEADER] + [
        f"{1 + i % 28:02d}/{1 + i % 12:02d}/2023;Hecho {i};Amenaza;Vereda {i};;" for i in range(3000)]))
    window.show_area("incidents")
    window.import_spreadsheet()
    (wizard,) = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    wizard.file_page.load_file(str(path))
    wizard.next()
    with qtbot.waitSignal(wizard.check_page.finished, timeout=60_000):
        wizard.next()
    assert wizard.check_page.isComplete()
    before = vault_state(vault)

    # Hold the import at its first write (its transaction open) until it is cancelled.
    held, cancel = threading.Event(), {}

    def hold(phase, _done, _total):
        if phase == "writing" and not held.is_set():
            held.set()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not (cancel and cancel["event"].is_set()):
                time.sleep(0.01)

    page = wizard.import_page
    page.watchers.append(hold)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    worker = page.worker
    cancel["event"] = worker.cancel_event
    qtbot.waitUntil(held.is_set, timeout=60_000)

    text = warning_text(window)
    assert "Locking cancels the import; nothing of it is kept." in text
    assert "restore" not in text

    window.lock()
    assert not worker.running() and not wizard.isVisible()
    reopened = Vault.open(vault.path, passphrase=PASSPHRASE)
    try:
        assert vault_state(reopened) == before
        assert reopened.verify_audit()[0]
    finally:
        reopened.close()


def test_locking_while_a_backup_runs_lets_it_end_whole_and_recorded(qtbot, window, vault, settings,
                                                                   tmp_path, monkeypatch):
    from accompdesk.gui.dialogs import known_backups as known
    from accompdesk.vault import backup

    gate = Gate(backup.export_to)
    monkeypatch.setattr(backup, "export_to", gate)
    dialog = window.safety.show_backup()
    dialog.ui.folder.setText(str(tmp_path))
    dialog.ui.start_button.click()
    target = dialog.target
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)

    text = warning_text(window)
    assert "The backup goes on while the window is locked; it is written whole or not at all." in text

    window.lock()
    assert not dialog.isVisible()
    gate.go.set()
    qtbot.waitUntil(lambda: known.last_backup(settings) == target, timeout=60_000)
    assert os.path.exists(target) and os.path.exists(target + ".keys")
    assert not os.path.exists(target + ".partial")
    reopened = Vault.open(vault.path, passphrase=PASSPHRASE)
    try:
        assert reopened.audit_entries(action="backup")
        from accompdesk.vault import settings as office_settings

        assert office_settings.load(reopened).last_backup_path == target
    finally:
        reopened.close()


@pytest.mark.parametrize("kind", ["backup", "restore", "import", "export", "report", "bundle", "rekey"])
def test_every_kind_of_job_has_its_sentence_in_both_languages(window, kind):
    from accompdesk.gui.common import i18n
    from accompdesk.gui.common.worker import LOCK_KINDS

    assert kind in LOCK_KINDS
    english = window._lock_effects()[kind]
    i18n.install("es")
    try:
        spanish = window._lock_effects()[kind]
    finally:
        i18n.install("en")
    assert english and spanish and spanish != english


def test_a_rekey_holds_off_the_lock_until_its_new_recovery_key_is_kept(qtbot, window, vault):
    # A rekey works on the window's own connection and waits for a person to keep the new
    # recovery key: a lock then took the key's dialog away and left the work waiting for
    # ever, on a connection the lock had closed.
    from accompdesk.gui.dialogs.recovery_key import RecoveryKeyDialog

    old_key = vault.raw_key
    staff = window.safety.show_staff()
    staff.start_reissue()
    qtbot.waitUntil(lambda: isinstance(staff.child, RecoveryKeyDialog), timeout=30_000)

    text = warning_text(window)
    assert text == ("The vault is being re-encrypted: it does not lock until that ends and its new "
                    "recovery key is kept.")
    window.lock()
    assert window.session.is_unlocked and window.workspace is not None
    assert staff.child.isVisible() and staff.job is not None

    key = staff.child.ui.key_label.text().replace("\n", "").replace(" ", "")
    staff.child.ui.kept.setChecked(True)
    staff.child.ui.button_box.rejected.emit()
    qtbot.waitUntil(lambda: staff.job is None, timeout=30_000)
    assert vault.raw_key != old_key and key == vault.raw_key.hex()

    assert "locks in 5 seconds" in warning_text(window)
    window.lock()
    assert not window.session.is_unlocked
    with Vault.open(vault.path, recovery_key=key) as again:
        assert again.verify_audit()[0]


@pytest.mark.parametrize("job", ["verify", "export"])
def test_locking_while_the_audit_log_verifies_or_exports_lets_it_end(qtbot, window, vault, tmp_path,
                                                                     monkeypatch, job):
    # Both ran on the window's own connection, which the lock closes under them: the check
    # failed, and the PDF was not written.
    from accompdesk.domain.records import Person
    from accompdesk.services import documents

    vault.persons.add(Person(full_name="Ana Lucía Pito", consent_level="internal"))
    target = tmp_path / "audit.pdf"
    if job == "verify":
        gate = Gate(Vault.verify_audit)
        monkeypatch.setattr(Vault, "verify_audit", lambda self: gate(self))
    else:
        gate = Gate(documents.make)
        monkeypatch.setattr(documents, "make", gate)
    dialog = window.safety.show_audit_log()
    outcome: dict = {}
    if job == "verify":
        dialog.verify_chain()
    else:
        dialog.export_to(str(target))
    worker = dialog.job
    worker.succeeded.connect(lambda value: outcome.setdefault("ok", value))
    worker.failed.connect(lambda exc: outcome.setdefault("failed", exc))
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)

    window.lock()
    assert not window.session.is_unlocked
    gate.go.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
    assert "failed" not in outcome
    if job == "verify":
        assert outcome["ok"][0] is True
    else:
        assert target.read_bytes().startswith(b"%PDF") and not os.path.exists(str(target) + ".partial")
