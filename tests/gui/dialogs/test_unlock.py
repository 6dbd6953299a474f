"""The unlock page: right and wrong passphrases, the recovery key, waiting after failures."""

from __future__ import annotations

from accompdesk.gui.dialogs.unlock import UnlockPage, default_backoff
from tests.conftest import PASSPHRASE
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name


def wait_opened(qtbot, page):
    """The vault `page` opens. (pytest-qt's waitSignal corrupts memory with PySide6 6.12.0.)"""
    opened = []
    page.opened.connect(opened.append)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return opened[0]


def make_page(qtbot, path, **kwargs):
    page = UnlockPage(path, backoff=kwargs.pop("backoff", lambda _n: 0), **kwargs)
    qtbot.addWidget(page)
    page.show()
    return page


def test_staff_names_come_from_the_key_slot_file(qtbot, vault):
    page = make_page(qtbot, vault.path)
    assert [page.staff.itemText(i) for i in range(page.staff.count())] == ["coordinadora"]


def test_right_passphrase_opens_the_vault(qtbot, vault):
    vault.close()
    page = make_page(qtbot, vault.path)
    page.passphrase.setText(PASSPHRASE)
    opened_vault = wait_opened(qtbot, page)
    try:
        assert opened_vault.user == "coordinadora"
        assert page.passphrase.text() == ""  # the secret does not linger in the widget
    finally:
        opened_vault.close()


def test_wrong_passphrase_says_so_in_one_sentence(qtbot, vault):
    vault.close()
    page = make_page(qtbot, vault.path)
    page.passphrase.setText("not the passphrase at all")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert page.error.text() == "The passphrase is not right for coordinadora."
    assert page.failures == 1


def test_each_failure_waits_longer(qtbot, vault):
    vault.close()
    page = make_page(qtbot, vault.path, backoff=default_backoff)
    page.passphrase.setText("wrong passphrase one")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.failures == 1, timeout=10_000)
    assert not page.unlock_button.isEnabled()
    assert "1 s" in page.unlock_button.text()
    assert [default_backoff(n) for n in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=3_000)


def test_recovery_key_opens_the_vault(qtbot, new_vault):
    vault, recovery = new_vault
    vault.close()
    page = make_page(qtbot, vault.path)
    page.toggle_mode()
    assert page.recovery_mode
    page.recovery.setText(recovery)
    wait_opened(qtbot, page).close()


def test_a_malformed_recovery_key_is_explained(qtbot, vault):
    vault.close()
    page = make_page(qtbot, vault.path)
    page.toggle_mode()
    page.recovery.setText("1234 5678")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert "64 hexadecimal digits" in page.error.text()


def test_missing_key_file_offers_the_recovery_key(qtbot, tmp_path):
    (tmp_path / "office.vault").write_bytes(b"x")
    page = make_page(qtbot, str(tmp_path / "office.vault"))
    assert page.recovery_mode
    assert page.error.isVisible()
