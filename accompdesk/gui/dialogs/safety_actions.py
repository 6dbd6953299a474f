"""What the main window calls: the safety menu actions, the backup reminder after
unlock, and the damaged-vault screen for unlock errors.

Every dialog opened from here shows vault data, so each is closed when the window
locks, as the window destroys its own record widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ..common.icons import icon

# vault.roles and .texts load only once the vault is open or something went wrong, so
# that the unlock window does not wait for them.


def _may(role: str, what: str) -> bool:
    from ...vault import roles

    return roles.may(role, what)


class SafetyActions(QObject):
    def __init__(self, window: QWidget, session, settings, *, kdf: dict | None = None):
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings = settings
        self.kdf = kdf
        self.dialogs: list[QDialog] = []
        self.staff_action = self._action(self.show_staff, "key")
        self.audit_action = self._action(self.show_audit_log, "timeline")
        self.backup_action = self._action(self.show_backup, "save")
        self.restore_action = self._action(self.show_restore, "restore")
        self.retranslate()
        session.locking.connect(self.close_dialogs)
        session.unlocked.connect(self.update_state)
        session.locked.connect(self.update_state)
        self.update_state()

    def _action(self, slot, icon_name: str) -> QAction:
        action = QAction(icon(icon_name), "", self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        """Texts in the current language (call when the window rebuilds its menus)."""
        self.staff_action.setText(self.tr("&Staff and key slots…"))
        self.audit_action.setText(self.tr("&Audit log…"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))

    @property
    def actions(self) -> list[QAction]:
        return [self.staff_action, self.audit_action, self.backup_action, self.restore_action]

    def add_to(self, menu: QMenu) -> None:
        """Put the actions in a menu (the window's "Vault" menu)."""
        menu.addAction(self.staff_action)
        menu.addAction(self.audit_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def update_state(self) -> None:
        unlocked = self.session.is_unlocked
        role = self.session.vault.role if unlocked else "viewer"
        self.staff_action.setEnabled(unlocked)
        self.audit_action.setEnabled(unlocked)
        self.backup_action.setEnabled(unlocked and _may(role, "backup"))
        self.restore_action.setEnabled(unlocked and _may(role, "restore"))

    # -- dialogs --------------------------------------------------------------------------

    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        dialog.open() if dialog.isModal() else dialog.show()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def close_dialogs(self) -> None:
        for dialog in list(self.dialogs):
            if getattr(dialog, "switching", False):
                continue  # the restore wizard closed the vault itself, to move it aside
            before_lock = getattr(dialog, "before_lock", None)
            if before_lock is not None:
                before_lock()  # a backup or restore still running goes on without the dialog
            dialog.done(QDialog.DialogCode.Rejected)
            self._forget(dialog)

    def show_staff(self):
        from .staff import StaffDialog

        dialog = StaffDialog(self.session.vault, self.window, kdf=self.kdf)
        dialog.setModal(True)
        return self._keep(dialog)

    def show_audit_log(self, table: str = "", record_id: str = ""):
        from .audit_log import AuditLogDialog

        dialog = AuditLogDialog(self.session.vault, self.window, page_size=self.settings.page_size())
        if record_id:
            dialog.show_record(table, record_id)
        dialog.open_record.connect(self.window.open_record)
        return self._keep(dialog)

    def show_backup(self):
        from .backup import BackupDialog

        dialog = BackupDialog(self.session.vault, self.settings, self.window)
        dialog.setModal(True)
        return self._keep(dialog)

    def show_restore(self, *, damaged: bool = False, backup_path: str = "", path: str = ""):
        from .restore import RestoreWizard

        wizard = RestoreWizard(path or self.session.path, self.settings, self.window, damaged=damaged,
                               backup_path=backup_path, before_switch=self.session.lock)
        wizard.setModal(True)
        wizard.accepted.connect(lambda: self._use_restored(wizard))
        self.dialogs.append(wizard)
        wizard.finished.connect(lambda _r, w=wizard: self._forget(w))
        wizard.open()
        return wizard

    def _use_restored(self, wizard) -> None:
        if wizard.vault is None:
            return
        if self.session.is_unlocked:
            # Forms keep what was typed as drafts in the vault they came from.
            self.session.lock()
        self.session.unlock_with(wizard.vault)
        text = self.tr("Now working on the restored vault at %1.").replace("%1", wizard.vault.path)
        if wizard.safety_path:
            text += " " + self.tr("The previous vault was kept, unchanged, as %1.").replace(
                "%1", wizard.safety_path)
        self.notify(text)

    # -- after unlock and on unlock errors ------------------------------------------------

    def check_backup_reminder(self) -> bool:
        """Call after unlock: a reminder when the last backup is older than the office allows."""
        from ...vault import settings as office
        from .backup_reminder import backup_due, days_since_backup

        if not self.session.is_unlocked:
            return False
        current = office.load(self.session.vault)
        if not backup_due(current):
            return False
        days = days_since_backup(current.last_backup_at)
        text = (self.tr("This vault has never been backed up.") if days is None
                else self.tr("The last backup is %n day(s) old.", "", days))
        self.notify(text, self.tr("&Back up now…"), self.show_backup)
        return True

    def unlock_failed(self, exc: BaseException, path: str = "") -> QDialog | None:
        """Call with each unlock error: a damaged vault gets its own screen."""
        from .damaged import DamagedVaultDialog, is_damage

        if not is_damage(exc):
            return None
        dialog = DamagedVaultDialog(path or self.session.path, exc, self.settings, self.window)
        dialog.setModal(True)
        dialog.restore_requested.connect(
            lambda backup: self.show_restore(damaged=True, backup_path=backup, path=dialog.vault_path))
        dialog.recovery_requested.connect(
            lambda: None if self.window.unlock_page.recovery_mode else self.window.unlock_page.toggle_mode())
        return self._keep(dialog)

    def notify(self, text: str, action_text: str = "", action=None) -> None:
        self.window.notify(text, action_text, action)

    def error(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ..common.safety_texts import describe

        QMessageBox.warning(self.window, self.tr("Not done"), describe(exc))
