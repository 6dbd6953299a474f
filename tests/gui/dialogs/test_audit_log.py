"""The audit log window: filters, opening a record, the verify button, the PDF."""

from __future__ import annotations

import pytest

from accompdesk.domain.records import Person
from accompdesk.gui.dialogs.audit_log import AuditLogDialog
from tests.gui.fixtures.safety import qt_warnings_fail, gui, settings  # noqa: F401 - fixtures used by name

COLUMNS = ("seq, at, user, action, record_table, record_id, before_digest, after_digest, detail, "
           "prev_hash, hash")


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


def test_an_intact_chain_says_so(qtbot, log):
    assert "intact" in press_verify(qtbot, log)


def test_a_changed_entry_is_named(qtbot, log, vault):
    vault.conn.execute("UPDATE audit_log SET user = 'mallory' WHERE seq = 3")
    text = press_verify(qtbot, log)
    assert "Audit entry 3" in text and "altered" in text
    log.reload()
    press_verify(qtbot, log)
    assert log.current_entry().seq == 3  # the entry is selected for the reader


def test_a_removed_entry_is_named(qtbot, log, vault):
    vault.conn.execute("DELETE FROM audit_log WHERE seq = 2")
    text = press_verify(qtbot, log)
    assert "Audit entry 2 is missing" in text


def test_reordered_entries_are_named(qtbot, log, vault):
    rows = vault.conn.execute(f"SELECT {COLUMNS} FROM audit_log WHERE seq IN (2, 3)").fetchall()
    vault.conn.execute("DELETE FROM audit_log WHERE seq IN (2, 3)")
    for (seq, *_rest), other in zip(rows, reversed(rows)):
        vault.conn.execute(f"INSERT INTO audit_log ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", (seq, *other[1:]))
    text = press_verify(qtbot, log)
    assert "Audit entry 2" in text


def test_filters_by_action_record_and_staff_member(log, vault, people):
    vault.persons.update(type(people[0])(**{**people[0].__dict__, "full_name": "Uno bis"}))
    log._fill_choices()
    log.select_filter("action", "update")
    assert [e.action for e in log.model.entries] == ["update"]
    log.select_filter("action", None)
    log.show_record("persons", people[1].id)
    assert {e.record_id for e in log.model.entries} == {people[1].id}
    log.show_record("persons", "")
    log.select_filter("table", None)
    log.select_filter("user", "coordinadora")
    assert log.model.rowCount() == len(vault.audit_entries())
    log.ui.since_check.setChecked(True)
    log.ui.since.setDate(log.ui.until.date().addDays(1))
    assert log.model.rowCount() == 0


def test_open_the_record_as_it_is_now(log, people):
    opened = []
    log.open_record.connect(lambda table, record_id: opened.append((table, record_id)))
    log.show_record("persons", people[2].id)
    log.ui.entries.selectRow(0)
    assert log.ui.open_button.isEnabled()
    log.ui.open_button.click()
    assert opened == [("persons", people[2].id)]


def test_export_the_filtered_log_as_pdf(qtbot, log, vault, tmp_path):
    log.select_filter("action", "create")
    press_verify(qtbot, log)
    target = tmp_path / "audit.pdf"
    log.export_to(str(target))
    qtbot.waitUntil(lambda: log.job is None, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert vault.audit_entries(action="export")[-1].record_table == "audit_log"


def test_a_viewer_cannot_export_the_log(qtbot, gui, vault, tmp_path):
    from accompdesk.vault.errors import PermissionDenied
    from accompdesk.vault.keyslots import FAST_KDF
    from accompdesk.vault.staff import add_staff
    from accompdesk.vault.store import Vault
    from accompdesk.gui.dialogs import audit_pdf

    add_staff(vault, "equipo", "equipo passphrase", "staff", kdf=FAST_KDF)
    vault.close()
    with Vault.open(vault.path, passphrase="equipo passphrase") as member:
        d = AuditLogDialog(member)
        qtbot.addWidget(d)
        assert not d.ui.export_button.isEnabled()
        document = audit_pdf.build(d.model.entries, office="x", language="en", filters=[], chain="",
                                   exported_by=member.user)
        with pytest.raises(PermissionDenied):
            audit_pdf.export(member, document, str(tmp_path / "no.pdf"))
        assert not (tmp_path / "no.pdf").exists()
