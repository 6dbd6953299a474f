"""One action for a backup: choose a folder or a removable drive, write an encrypted
copy, check it by opening it, and record when (in the vault, and where on this
computer, so a damaged vault can still be restored)."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...vault import roles
from ..common.formatting import format_stamp
from . import known_backups as known
from .backup_drives import removable_drives
from .ui.ui_backup_dialog import Ui_BackupDialog
from ..common.safety_texts import describe
from ..common.worker import Worker, file_size, percent


class BackupDialog(QDialog):
    backed_up = Signal(str)  # the verified backup's path

    def __init__(self, vault, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.settings = settings
        self.job: Worker | None = None
        self.target = ""
        self.ui.drive.addItem(self.tr("None: use the folder below"), "")
        for label, root in removable_drives():
            self.ui.drive.addItem(label, root)
        self.ui.drive.currentIndexChanged.connect(self._drive_chosen)
        folders = known.folders(settings)
        self.ui.folder.setText(folders[0] if folders else "")
        self.ui.folder.textChanged.connect(self._update)
        self.ui.browse_button.clicked.connect(self.browse)
        self.ui.start_button.clicked.connect(self.start)
        self.ui.button_box.rejected.connect(self.reject)
        from ...vault import settings as office

        self._days = office.load(vault).backup_reminder_days
        self.ui.reminder_days.setValue(self._days)
        self.ui.reminder_days.setSuffix(self.tr(" days"))
        self.ui.reminder_days.setEnabled(roles.may(vault.role, "office settings"))
        self.show_last_backup()
        self._update()

    def show_last_backup(self) -> None:
        from ...vault import settings as office

        current = office.load(self.vault)
        if current.last_backup_at:
            self.ui.last_backup.setText(self.tr("Last backup: %1, %2.")
                                        .replace("%1", format_stamp(current.last_backup_at))
                                        .replace("%2", current.last_backup_path))
        else:
            self.ui.last_backup.setText(self.tr("No backup of this vault has been made yet."))

    def _drive_chosen(self) -> None:
        root = self.ui.drive.currentData()
        if root:
            self.ui.folder.setText(root)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the backup"),
                                                  self.ui.folder.text())
        if folder:
            self.ui.folder.setText(folder)

    def _update(self) -> None:
        idle = self.job is None
        self.ui.start_button.setEnabled(idle and os.path.isdir(self.ui.folder.text().strip()))
        for widget in (self.ui.drive, self.ui.folder, self.ui.browse_button):
            widget.setEnabled(idle)

    def start(self) -> None:
        from ...vault.backup import backup_name, free_space_ok

        folder = self.ui.folder.text().strip()
        try:
            roles.require(self.vault, "backup")
        except Exception as exc:  # noqa: BLE001 - said in one sentence
            self.ui.status.setText(describe(exc))
            return
        if not free_space_ok(folder, file_size(self.vault.path)):
            self.ui.status.setText(self.tr("There is not enough free space in that folder for a backup."))
            return
        self.save_reminder_days()
        self.target = os.path.join(folder, backup_name(self.vault.path))
        target, vault = self.target, self.vault
        self.ui.status.setText(self.tr("Writing and checking the backup…"))
        self.ui.progress.setValue(0)
        self.ui.progress.show()
        # On a connection of its own: locking closes the window's, and the backup goes on.
        self.job = Worker(lambda own, _progress, _cancelled: _backup_and_check(own, target), self,
                          own_vault=vault, watch_file=lambda: target + ".partial",
                          expected_bytes=file_size(vault.path), kind="backup")
        self.job.progressed.connect(self._progress)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self._update()
        self.job.start()

    def _progress(self, _phase: str, done: int, total: int) -> None:
        if total > 0:
            self.ui.progress.setValue(percent(done, total))

    def _done(self, path: str) -> None:
        seconds = self.job.seconds
        self.job = None
        self.ui.progress.setValue(100)
        known.remember(self.settings, path)
        self.ui.status.setText(self.tr("Backup written and verified in %1 s: %2. Keep the drive "
                                       "somewhere other than this computer.")
                               .replace("%1", f"{seconds:.1f}").replace("%2", path))
        self.show_last_backup()
        self._update()
        self.backed_up.emit(path)

    def _failed(self, exc) -> None:
        self.job = None
        self.ui.progress.hide()
        self.ui.status.setText(self.tr("No backup was made: %1").replace("%1", describe(exc)))
        self._update()

    def save_reminder_days(self) -> None:
        days = self.ui.reminder_days.value()
        if days != self._days and self.ui.reminder_days.isEnabled():
            from ...vault import settings as office

            office.save(self.vault, backup_reminder_days=days)
            self._days = days

    def before_lock(self) -> None:
        """The window locks and this dialog goes; a backup being written goes on, on its
        own connection, and where it went is remembered when it ends, as `_done` would."""
        job, self.job = self.job, None
        if job is None or not job.running():
            return
        for signal in (job.progressed, job.succeeded, job.failed):
            signal.disconnect()
        job.setParent(None)  # kept alive by the worker module until its outcome is delivered
        settings = self.settings
        job.succeeded.connect(lambda path: known.remember(settings, path))

    def reject(self) -> None:
        if self.job is None:
            self.save_reminder_days()
            super().reject()


def _backup_and_check(vault, target: str) -> str:
    """The service's backup (checked by opening the copy), and its key slots read back."""
    from ...vault.backup import backup
    from ...vault.errors import VaultDamaged
    from ...vault.keyslots import SlotFile

    path = backup(vault, target)
    if SlotFile.load(path + ".keys").users != SlotFile.load(vault.keys_path).users:
        raise VaultDamaged("gui.safety.backup_dialog.backup_s_key_slot")
    return path
