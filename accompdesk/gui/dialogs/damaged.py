"""The screen for a vault found damaged at unlock: it says the file was left as it
is, offers the latest verified backup, and explains what the recovery key can and
cannot do here."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...vault import errors
from . import known_backups as known
from .ui.ui_backup_damaged import Ui_DamagedVaultDialog
from ..common.safety_texts import describe


def is_damage(exc: BaseException) -> bool:
    """An unlock error that this screen is for (not a wrong passphrase)."""
    return isinstance(exc, (errors.VaultDamaged, errors.SchemaTooNew)) or (
        isinstance(exc, errors.NoKey) and "key-slot file" in str(exc))


def slot_file_problem(exc: BaseException) -> bool:
    """The key slots cannot be read, but the vault file itself may be whole."""
    return isinstance(exc, errors.SlotFileDamaged) or (
        isinstance(exc, errors.NoKey) and "key-slot file" in str(exc))


class DamagedVaultDialog(QDialog):
    restore_requested = Signal(str)  # a backup to restore ("" to choose one)
    recovery_requested = Signal()  # unlock with the recovery key instead

    def __init__(self, vault_path: str, error: BaseException, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DamagedVaultDialog()
        self.ui.setupUi(self)
        self.vault_path = vault_path
        self.ui.problem.setText(self.tr("What was found: %1").replace("%1", describe(error)))
        backups = known.backups(settings, vault_path)
        self.latest = backups[0] if backups else ""
        if self.latest:
            self.ui.backup_info.setText(self.tr(
                "The latest backup found is %1. Opening it copies it to a new place and checks the "
                "copy first; the damaged vault and the backup both stay as they are.")
                .replace("%1", self.latest))
        else:
            self.ui.backup_info.setText(self.tr(
                "No backup was found where backups were written from this computer. If you have one "
                "on a drive, connect it and choose it."))
        self.ui.open_backup_button.setEnabled(bool(self.latest))
        if slot_file_problem(error):
            self.ui.heading.setText(self.tr("The vault's key slots cannot be read"))
            self.ui.recovery_explain.setText(self.tr(
                "The vault file itself may be whole: what cannot be read is its key-slot file, which "
                "holds each staff member's passphrase slot. The recovery key — the 64 digits printed "
                "when the vault was created or last re-keyed — opens the vault without any key slot. "
                "Try it first; then a coordinator adds the staff members again."))
        else:
            self.ui.recovery_explain.setText(self.tr(
                "The recovery key opens the same damaged file, so it cannot repair it. It matters for "
                "backups: a backup opens with the passphrases and the recovery key that were current "
                "when it was made. Keep every recovery key paper until no backup needs it."))
            self.ui.recovery_button.setEnabled(False)
        self.ui.open_backup_button.clicked.connect(lambda: self._restore(self.latest))
        self.ui.choose_backup_button.clicked.connect(lambda: self._restore(""))
        self.ui.recovery_button.clicked.connect(self._recovery)
        self.ui.button_box.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("%1 — AccompDesk").replace("%1", self.ui.heading.text()))

    def _restore(self, path: str) -> None:
        self.accept()
        self.restore_requested.emit(path)

    def _recovery(self) -> None:
        self.accept()
        self.recovery_requested.emit()


def fingerprint(path: str) -> tuple[int, int]:
    """Size and modification time: enough for tests and logs to show a file was not touched."""
    stat = os.stat(path)
    return stat.st_size, stat.st_mtime_ns
