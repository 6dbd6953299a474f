"""The restore wizard refuses what `restore` refuses: an empty or cut-short backup, and a
backup of another vault; the backup and the office vault are left as they were."""

from __future__ import annotations

import hashlib
import os

import pytest

from accompdesk.domain.records import Person
from accompdesk.vault.backup import backup
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from ...conftest import PASSPHRASE


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


@pytest.fixture
def settings(qapp, tmp_path, monkeypatch):
    from accompdesk.gui.common import i18n
    from accompdesk.gui.common.catalogues import safety as translations
    from accompdesk.gui.common.settings import open_settings

    monkeypatch.setenv("ACCOMPDESK_SETTINGS", str(tmp_path / "settings.ini"))
    i18n.install("en")
    translations.install("en")
    return open_settings()


@pytest.mark.parametrize("how", ["empty", "cut short", "another vault"])
def test_the_wizard_refuses_a_backup_that_is_not_this_vault_whole(how, qtbot, settings, vault, tmp_path):
    from accompdesk.gui.dialogs.restore import CHECK, RestoreWizard

    vault.persons.add(Person(full_name="En la oficina"))
    usb = tmp_path / "usb"
    usb.mkdir()
    if how == "another vault":
        other, _ = Vault.create(str(tmp_path / "other" / "other.vault"), "coordinadora", PASSPHRASE,
                                kdf=FAST_KDF)
        with other:
            target = backup(other, str(usb / "copy.vault"))
    else:
        target = backup(vault, str(usb / "copy.vault"))
        if how == "empty":
            open(target, "wb").close()
        else:
            os.truncate(target, os.path.getsize(target) // 2 + 10)
    backup_before, office_before = _digest(target), vault.persons.count()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    wizard = RestoreWizard(vault.path, settings, backup_path=target)
    qtbot.addWidget(wizard)
    wizard.ui.folder.setText(str(elsewhere))
    wizard.show()
    wizard.next()
    wizard.ui.passphrase.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentId() == CHECK
    qtbot.waitUntil(lambda: wizard.job is None, timeout=60_000)
    assert wizard.restored is None
    assert wizard.ui.check_error.isVisible()
    said = wizard.ui.check_error.text()
    assert ("another vault" if how == "another vault" else "backup") in said, said
    assert [n for n in os.listdir(elsewhere) if not n.endswith(".lock")] == []
    assert _digest(target) == backup_before
    assert vault.persons.count() == office_before
    wizard.close()
