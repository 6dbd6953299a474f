"""The staff dialog: add, remove with rekey and the new recovery key, own passphrase."""

from __future__ import annotations

import pytest

from accompdesk.gui.dialogs.recovery_key import RecoveryKeyDialog
from accompdesk.gui.dialogs.staff import StaffDialog
from accompdesk.vault.errors import NoKey
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.staff import add_staff
from accompdesk.vault.store import Vault

from ...conftest import PASSPHRASE
from tests.gui.fixtures.safety import qt_warnings_fail, gui, settings  # noqa: F401 - fixtures used by name


@pytest.fixture
def dialog(qtbot, gui, vault):
    d = StaffDialog(vault, kdf=FAST_KDF)
    qtbot.addWidget(d)
    d.show()
    return d


def names(d):
    return [d.ui.staff_table.item(r, 0).text() for r in range(d.ui.staff_table.rowCount())]


def test_add_a_member_who_types_their_own_passphrase(qtbot, dialog, vault):
    dialog.ui.add_button.click()
    add = dialog.child
    add.ui.name.setText("nueva")
    add.ui.role.setCurrentIndex(add.ui.role.findData("viewer"))
    add.ui.passphrase.setText("nueva passphrase")
    assert not add.ok_button.isEnabled()
    add.ui.repeat.setText("nueva passphrase")
    assert add.ok_button.isEnabled()
    add.ok_button.click()
    qtbot.waitUntil(lambda: not add.isVisible(), timeout=20_000)
    assert "nueva" in names(dialog)
    with Vault.open(vault.path, passphrase="nueva passphrase", user="nueva") as opened:
        assert opened.role == "viewer"


def test_remove_rekeys_and_shows_the_new_recovery_key(qtbot, dialog, vault):
    add_staff(vault, "saliente", "saliente passphrase", "staff", kdf=FAST_KDF)
    dialog.refresh()
    old_key = vault.raw_key
    dialog.select("saliente")
    assert dialog.ui.remove_button.isEnabled()
    dialog.start_removal("saliente")
    assert not dialog.ui.add_button.isEnabled()  # nothing else while the vault is re-encrypted
    qtbot.waitUntil(lambda: isinstance(dialog.child, RecoveryKeyDialog), timeout=30_000)
    shown = dialog.child.ui.key_label.text().replace("\n", "").replace(" ", "")
    # The key is shown before the vault changes over to it, and the change waits for it.
    assert vault.raw_key == old_key and dialog.job is not None
    key_dialog = dialog.child
    key_dialog.reject()
    assert key_dialog.isVisible()  # not closed until the key is kept
    key_dialog.ui.kept.setChecked(True)
    key_dialog.ui.button_box.rejected.emit()
    assert not key_dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert vault.raw_key != old_key and shown == vault.raw_key.hex()
    assert "saliente" not in names(dialog)
    with pytest.raises(NoKey):
        Vault.open(vault.path, passphrase="saliente passphrase", user="saliente")


def test_recovery_key_prints(qtbot, dialog, vault, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog.start_reissue()
    qtbot.waitUntil(lambda: isinstance(dialog.child, RecoveryKeyDialog), timeout=30_000)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    dialog.child.render_to(printer)
    assert (tmp_path / "key.pdf").stat().st_size > 1000
    key = vault_key_from(dialog)
    dialog.child.ui.kept.setChecked(True)
    dialog.child.ui.button_box.rejected.emit()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    vault.close()
    with Vault.open(vault.path, recovery_key=key) as again:
        assert again.user == "recovery key"


def vault_key_from(dialog):
    return dialog.child.ui.key_label.text()


def test_change_own_passphrase(qtbot, dialog, vault):
    dialog.ui.passphrase_button.click()
    change = dialog.child
    change.ui.current.setText("not my passphrase")
    change.ui.passphrase.setText("a brand new passphrase")
    change.ui.repeat.setText("a brand new passphrase")
    change.ok_button.click()
    qtbot.waitUntil(lambda: change.ui.error.isVisible(), timeout=20_000)
    assert change.isVisible()
    change.ui.current.setText(PASSPHRASE)
    change.ok_button.click()
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=20_000)
    vault.close()
    Vault.open(vault.path, passphrase="a brand new passphrase").close()


def test_buttons_follow_the_role(qtbot, gui, vault):
    add_staff(vault, "visita", "visita passphrase", "viewer", kdf=FAST_KDF)
    vault.close()
    with Vault.open(vault.path, passphrase="visita passphrase") as viewer:
        d = StaffDialog(viewer, kdf=FAST_KDF)
        qtbot.addWidget(d)
        assert not d.ui.add_button.isEnabled() and not d.ui.recovery_button.isEnabled()
        assert d.ui.passphrase_button.isEnabled()
        assert d.ui.role_note.text()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_role_and_key_slot_columns_fit_their_names(qtbot, gui, vault, language):
    from accompdesk.gui.common import i18n

    i18n.install(language)
    try:
        d = StaffDialog(vault, kdf=FAST_KDF)
        qtbot.addWidget(d)
        d.show()
        header = d.ui.staff_table.horizontalHeader()
        for column in (1, 2):  # "Rol", "Ranura de clave": cut at 150 % before
            assert header.sectionSize(column) >= header.sectionSizeHint(column), \
                d.ui.staff_table.model().headerData(column, header.orientation())
    finally:
        i18n.install("en")


def test_the_recovery_key_text_starts_at_the_top(qtbot, gui, vault):
    """The explanation is not pushed down by room the dialog has to spare."""
    key_dialog = RecoveryKeyDialog("ab" * 32, vault.path)
    qtbot.addWidget(key_dialog)
    key_dialog.resize(560, 480)
    key_dialog.show()
    qtbot.waitExposed(key_dialog)
    explain = key_dialog.ui.explain
    top = key_dialog.layout().contentsMargins().top()
    assert explain.y() == top
    assert explain.height() <= explain.heightForWidth(explain.width()) + 2
    key = key_dialog.ui.key_label
    assert key.y() <= explain.geometry().bottom() + 2 * key_dialog.layout().spacing() + 2
