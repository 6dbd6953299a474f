"""The window: the audit view names the first entry that does not fit (removed tail
included), and the excepthook says one sentence, copies a report without record
content, and leaves the vault as it was."""

from __future__ import annotations

import sys

import pytest

from accompdesk.domain.records import Person
from accompdesk.gui.common import crash
from accompdesk.gui.dialogs.audit_log import AuditLogDialog
from tests.gui.fixtures.safety import gui, qt_warnings_fail  # noqa: F401 - fixtures used by name

SECRET = "Ana Quintero Zuluaga"


@pytest.fixture
def people(vault):
    return [vault.persons.add(Person(full_name=n)) for n in ("Uno", "Dos", "Tres", "Cuatro")]


@pytest.fixture
def log(qtbot, gui, vault, people):
    d = AuditLogDialog(vault)
    qtbot.addWidget(d)
    d.show()
    return d


def press_verify(qtbot, log):
    log.ui.verify_button.click()
    qtbot.waitUntil(lambda: log.job is None, timeout=10_000)
    return log.ui.verify_result.text()


@pytest.mark.parametrize("removed", [1, 3])
def test_the_audit_view_names_a_removed_tail(qtbot, log, vault, removed):
    count = vault.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    vault.conn.execute("DELETE FROM audit_log WHERE seq > ?", (count - removed,))
    log.reload()
    text = press_verify(qtbot, log)
    assert f"Audit entry {count - removed + 1} is missing" in text
    assert "last entries were removed" in text
    assert log.current_entry().seq == count - removed  # the last entry still there


def test_the_audit_view_names_an_entry_rehashed_without_the_key(qtbot, log, vault):
    import hashlib

    vault.conn.execute("UPDATE audit_log SET user = 'mallory', "
                       "hash = ? WHERE seq = 2", (hashlib.sha256(b"anything").hexdigest(),))
    text = press_verify(qtbot, log)
    assert "Audit entry 2" in text and "altered" in text
    assert log.current_entry().seq == 2


# -- the excepthook -----------------------------------------------------------------------

def _raise_inside_a_slot():
    def handler(person_name):
        raise ValueError(f"cannot place {person_name} in the roster")
    try:
        handler(SECRET)
    except ValueError:
        return sys.exc_info()


@pytest.fixture
def hook(qapp, gui, vault, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    installed = crash.install(lambda: vault)
    yield installed
    for box in list(crash._shown):
        box.close()
        box.deleteLater()
    crash._shown.clear()


def test_the_window_installs_the_hook(qapp, gui, tmp_path, monkeypatch):
    from accompdesk.gui import main as gui_main
    from accompdesk.gui.main_window import MainWindow
    from accompdesk.gui.session import Session
    from accompdesk.gui.common.settings import open_settings

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    window = MainWindow(Session(str(tmp_path / "none.vault")), open_settings())
    gui_main._install_excepthook(window.session, window)
    assert sys.excepthook is not sys.__excepthook__
    assert sys.excepthook.__module__ == crash.__name__
    window.close()
    window.deleteLater()


def test_an_uncaught_error_shows_one_sentence_without_record_content(qtbot, hook, vault):
    exc_info = _raise_inside_a_slot()
    hook(*exc_info)
    [box] = crash._shown
    text = box.text()
    assert SECRET not in text and "roster" not in text
    assert text.count(".") == 1 and text.endswith(".")
    assert "ValueError" in text


def test_the_report_names_kind_and_place_but_no_values(qtbot, hook, vault, qapp):
    from PySide6.QtWidgets import QApplication, QMessageBox

    exc_info = _raise_inside_a_slot()
    hook(*exc_info)
    [box] = crash._shown
    [copy] = [b for b in box.buttons() if b.text() == "Copy report"]
    assert box.buttonRole(copy) == QMessageBox.ButtonRole.ActionRole
    QApplication.clipboard().setText("")
    copy.click()
    report = QApplication.clipboard().text()
    assert report == box.detailedText()
    assert "builtins.ValueError" in report
    assert "test_window_tamper.py, handler, line" in report
    assert SECRET not in report and "roster" not in report and "person_name" not in report
    assert crash._shown == [box]  # copying leaves the sentence on screen


def test_an_open_transaction_is_rolled_back_and_the_vault_stays_usable(qtbot, hook, vault):
    before = vault.persons.count()
    vault.conn.execute("BEGIN IMMEDIATE")
    vault.conn.execute("INSERT INTO meta (key, value) VALUES ('half', 'written')")
    hook(*_raise_inside_a_slot())
    assert not vault.conn.in_transaction
    assert vault.meta("half") is None
    vault.persons.add(Person(full_name="Después"))
    assert vault.persons.count() == before + 1
    from accompdesk.vault.verify import verify
    assert all(c.ok for c in verify(vault)), verify(vault)


def test_a_second_error_while_the_first_is_shown_goes_to_stderr_without_its_message(
        qtbot, hook, vault, capsys, monkeypatch):
    def failing_show(*_args):
        hook(*_raise_inside_a_slot())  # an error inside the error dialog
        raise RuntimeError(SECRET)

    monkeypatch.setattr(crash, "_show", failing_show)
    hook(*_raise_inside_a_slot())
    err = capsys.readouterr().err
    assert "builtins.ValueError" in err and SECRET not in err
