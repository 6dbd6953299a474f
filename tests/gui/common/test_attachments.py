"""Attachments: stored encrypted in the vault from the form, shown inside, saved out only on purpose."""

from __future__ import annotations

import hashlib

from tests.gui.helpers import add_people
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def test_files_attach_to_a_saved_record_and_come_back_out(window, vault, tmp_path):
    org, ana, jose = add_people(vault)
    form = window.forms.open_record("persons", ana.id)
    panel = form.ui.attachments
    assert panel.add_button.isEnabled()
    photo = tmp_path / "threat-note.txt"
    photo.write_text("Leave the village within two days.", encoding="utf-8")
    assert panel.add_files([photo]) == 1
    assert panel.list.count() == 1
    stored = vault.attachments.for_record("persons", ana.id)[0]
    assert stored.filename == "threat-note.txt" and stored.media_type == "text/plain"
    assert vault.attachments.read(stored.id) == photo.read_bytes()
    out = tmp_path / "copy.txt"
    panel.save_copy(stored, out)  # after the warning, in the real window
    assert hashlib.sha256(out.read_bytes()).hexdigest() == stored.sha256
    assert any(e.action == "save attachment copy" for e in vault.audit_entries())
    panel.list.setCurrentRow(0)
    panel.remove_selected()
    assert panel.list.count() == 0 and vault.attachments.for_record("persons", ana.id) == []


def test_a_new_record_is_saved_before_files_attach(window):
    form = window.forms.open_new("incidents")
    panel = form.ui.attachments
    assert not panel.add_button.isEnabled()
    assert "Save the record first" in panel.hint.text()
