"""The two passphrase dialogs: a new staff member's, and your own new one.

Argon2 takes about half a second on purpose, so the slot is made off the GUI
thread while the dialog waits; it closes only when the slot file is written.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.vocab import USER_ROLE
from ...vault.keyslots import MIN_PASSPHRASE
from ..common import passphrase_strength
from .ui.ui_staff_add import Ui_StaffAddDialog
from .ui.ui_staff_passphrase import Ui_StaffPassphraseDialog
from ..common.safety_texts import describe, role_label, tr
from ..common.worker import Worker


class _PassphraseDialog(QDialog):
    """Shared: strength hint, matching repeat, the slot written in the background.

    Its strings use the module-level tr(): a base class's self.tr() would look them
    up under the subclass's name at run time.
    """

    def _setup_passphrase(self) -> None:
        self.ok_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.error.hide()
        self.job: Worker | None = None
        for field in self._fields():
            field.textChanged.connect(self._changed)
        self._changed()

    def _fields(self) -> list:
        return [self.ui.passphrase, self.ui.repeat]

    def _hint(self, level: str) -> str:
        return {
            "too_short": tr("Too short: at least %n characters.", "", MIN_PASSPHRASE),
            "weak": tr("Weak: add another word or two."),
            "fair": tr("Fair: another word would make it much harder to guess."),
            "strong": tr("Strong."),
            "very_strong": tr("Very strong."),
        }[level]

    def _changed(self) -> None:
        text = self.ui.passphrase.text()
        level = passphrase_strength.level(text)
        if hasattr(self.ui, "strength"):
            self.ui.strength.setValue(passphrase_strength.LEVELS.index(level))
        hint = self._hint(level) if text else ""
        if self.ui.repeat.text() and self.ui.repeat.text() != text:
            hint = tr("The two passphrases are not the same.")
        self.ui.hint.setText(hint)
        self.ok_button.setEnabled(self.ready() and self.job is None)

    def ready(self) -> bool:
        text = self.ui.passphrase.text()
        return len(text) >= MIN_PASSPHRASE and text == self.ui.repeat.text()

    def work(self) -> Callable[[], object]:
        raise NotImplementedError

    def submit(self) -> None:
        if not self.ready() or self.job is not None:
            return
        self.ui.error.hide()
        self.ui.busy.show()
        for field in self._fields():
            field.setEnabled(False)
        self.job = Worker(self.work(), self)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self._changed()
        self.job.start()

    def _clear(self) -> None:
        for field in self._fields():
            if field.echoMode() != field.EchoMode.Normal:
                field.clear()

    def _done(self, _result) -> None:
        self.ui.busy.hide()
        self._clear()
        self.accept()

    def _failed(self, exc) -> None:
        self.job = None
        self.ui.busy.hide()
        for field in self._fields():
            field.setEnabled(True)
        self.ui.error.setText(describe(exc))
        self.ui.error.show()
        self._changed()


class AddStaffDialog(_PassphraseDialog):
    def __init__(self, vault, parent: QWidget | None = None, *, kdf: dict | None = None):
        super().__init__(parent)
        self.ui = Ui_StaffAddDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.kdf = kdf
        for code in USER_ROLE.codes:
            self.ui.role.addItem(role_label(code), code)
        self.ui.role.setCurrentIndex(self.ui.role.findData("staff"))
        self._setup_passphrase()

    def _fields(self) -> list:
        return [self.ui.name, self.ui.passphrase, self.ui.repeat]

    def ready(self) -> bool:
        return bool(self.ui.name.text().strip()) and super().ready()

    @property
    def member_name(self) -> str:
        return self.ui.name.text().strip()

    def work(self):
        from ...vault.staff import add_staff

        name, passphrase, role = self.member_name, self.ui.passphrase.text(), self.ui.role.currentData()
        return lambda: add_staff(self.vault, name, passphrase, role, kdf=self.kdf)


class ChangePassphraseDialog(_PassphraseDialog):
    def __init__(self, vault, parent: QWidget | None = None, *, kdf: dict | None = None):
        super().__init__(parent)
        self.ui = Ui_StaffPassphraseDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.kdf = kdf
        self.ui.intro.setText(self.tr("A new passphrase for %1. The vault's key does not change: "
                                      "no one else is affected.").replace("%1", vault.user))
        self._setup_passphrase()

    def _fields(self) -> list:
        return [self.ui.current, self.ui.passphrase, self.ui.repeat]

    def ready(self) -> bool:
        return bool(self.ui.current.text()) and super().ready()

    def work(self):
        from ...vault.staff import change_passphrase

        old, new = self.ui.current.text(), self.ui.passphrase.text()
        return lambda: change_passphrase(self.vault, self.vault.user, new, old_passphrase=old, kdf=self.kdf)
