"""Restore from a backup: choose it, copy it into a new place, open and check the
copy, then use it where it is or make it the office vault.

The backup is never changed and the current vault is never overwritten: making
the copy the office vault sets the current one aside under a safety name, only
after the box that says so is ticked. For a vault found damaged the same holds:
its bytes are kept exactly as they were.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QListWidgetItem, QWidget, QWizard

from ...vault import restore as service
from ...vault import roles
from . import known_backups as known
from .ui.ui_restore_wizard import Ui_RestoreWizard
from ..common.safety_texts import check_text, describe
from ..common.worker import Worker, file_size, percent

SOURCE, WHERE, CHECK, SWITCH = range(4)


class RestoreWizard(QWizard):
    """After `accepted`, `vault` is the open restored vault (at `vault.path`)."""

    def __init__(self, current_path: str, settings, parent: QWidget | None = None, *,
                 damaged: bool = False, backup_path: str = "",
                 before_switch: Callable[[], None] | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreWizard()
        self.ui.setupUi(self)
        self.current_path = os.path.abspath(current_path)
        self.settings = settings
        self.damaged = damaged
        self.before_switch = before_switch or (lambda: None)
        self.restored: service.Restored | None = None
        self.vault = None
        self.safety_path = ""
        self.job: Worker | None = None
        self.switching = False  # while the current vault is closed and moved aside
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.ui.check_page.setCommitPage(True)
        # The check page is complete once the copy passed; a hidden field says so.
        self._passed = QLineEdit(self.ui.check_page)
        self._passed.hide()
        self.ui.check_page.registerField("restored*", self._passed)
        self.ui.check_error.hide()

        for item in known.backups(settings, current_path):
            self._add_found(item)
        self.ui.found.currentItemChanged.connect(self._found_chosen)
        self.ui.backup_path.textChanged.connect(self._source_changed)
        self.ui.browse_backup.clicked.connect(self.browse_backup)
        self.ui.browse_folder.clicked.connect(self.browse_folder)
        self.ui.folder.textChanged.connect(self._show_target)
        self.ui.use_recovery.toggled.connect(self._key_mode)
        self.ui.replace.toggled.connect(self._replace_toggled)
        self.ui.folder.setText(os.path.dirname(self.current_path))
        self.ui.backup_path.setText(backup_path or (self.ui.found.item(0).data(Qt.ItemDataRole.UserRole)
                                                    if self.ui.found.count() else ""))
        self._source_changed()

    # -- choosing -----------------------------------------------------------------------

    def _add_found(self, path: str) -> None:
        stamp = dt.datetime.fromtimestamp(os.path.getmtime(path)).strftime("%Y-%m-%d %H:%M")
        item = QListWidgetItem(f"{stamp}  —  {os.path.basename(path)}  ({os.path.dirname(path)})")
        item.setData(Qt.ItemDataRole.UserRole, path)
        self.ui.found.addItem(item)

    def _found_chosen(self, item) -> None:
        if item is not None:
            self.ui.backup_path.setText(item.data(Qt.ItemDataRole.UserRole))

    def browse_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), self.ui.folder.text(),
                                              self.tr("AccompDesk vaults (*.vault)"))
        if path:
            self.ui.backup_path.setText(path)

    def browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Restore into"), self.ui.folder.text())
        if folder:
            self.ui.folder.setText(folder)

    @property
    def backup_path(self) -> str:
        return os.path.abspath(self.ui.backup_path.text().strip()) if self.ui.backup_path.text().strip() else ""

    def _source_changed(self) -> None:
        path = self.backup_path
        self.ui.user.clear()
        if not path:
            self.ui.source_info.setText(self.tr("Choose a backup file, or one of those found."))
            return
        if not service.is_backup(path):
            self.ui.source_info.setText(self.tr("This is not a backup: a backup is a .vault file with "
                                                "its .keys file beside it."))
            return
        try:
            users = service.staff_in(path)
        except Exception as exc:  # noqa: BLE001 - the sentence is shown, the backup left alone
            self.ui.source_info.setText(describe(exc))
            return
        self.ui.user.addItems(users)
        stamp = dt.datetime.fromtimestamp(os.path.getmtime(path)).strftime("%Y-%m-%d %H:%M")
        self.ui.source_info.setText(self.tr("Written %1; %n staff member(s) can open it.", "", len(users))
                                    .replace("%1", stamp))
        self._show_target()

    def _show_target(self) -> None:
        if self.backup_path:
            self._target = service.restored_name(self.ui.folder.text().strip(), self.backup_path)
            self.ui.target_name.setText(os.path.basename(self._target))

    def _key_mode(self, recovery: bool) -> None:
        self.ui.recovery_key.setEnabled(recovery)
        for widget in (self.ui.user, self.ui.passphrase):
            widget.setEnabled(not recovery)

    def credentials(self) -> dict:
        if self.ui.use_recovery.isChecked():
            return {"recovery_key": self.ui.recovery_key.text()}
        return {"passphrase": self.ui.passphrase.text(), "user": self.ui.user.currentText() or None}

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == SOURCE:
            return service.is_backup(self.backup_path)
        if page == WHERE:
            if not os.path.isdir(self.ui.folder.text().strip()):
                return False
            secret = self.ui.recovery_key.text() if self.ui.use_recovery.isChecked() else self.ui.passphrase.text()
            return bool(secret.strip())
        if page == SWITCH and self.ui.replace.isChecked():
            return self.ui.confirm.isChecked()
        return super().validateCurrentPage()

    # -- copying and checking -----------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == CHECK:
            self.start_restore()
        elif page_id == SWITCH:
            self._describe_switch()

    def start_restore(self) -> None:
        self._show_target()
        target, backup, credentials = self._target, self.backup_path, self.credentials()
        # A backup of another vault is refused by the same check as on the command line.
        office = self.current_path if os.path.isfile(self.current_path) else None
        self._passed.clear()
        self.ui.checks.clear()
        self.ui.check_error.hide()
        self.ui.check_status.setText(self.tr("Copying the backup and checking the copy…"))
        self.ui.progress.setValue(0)
        self.job = Worker(lambda: service.restore(backup, target, office_path=office, **credentials), self,
                          watch_file=lambda: target + ".partial", expected_bytes=file_size(backup),
                          kind="restore")
        self.job.progressed.connect(
            lambda _phase, done, total: total > 0 and self.ui.progress.setValue(percent(done, total)))
        self.job.succeeded.connect(self._restored)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _restored(self, restored) -> None:
        seconds = self.job.seconds
        self.job = None
        self.restored = restored
        self.ui.progress.setValue(100)
        for check in restored.checks:
            self.ui.checks.addItem(check_text(check))
        counts = restored.counts
        self.ui.checks.addItem(self.tr("%1 defenders, %2 organisations, %3 incidents, %4 audit entries.")
                               .replace("%1", str(counts.get("persons", 0)))
                               .replace("%2", str(counts.get("organisations", 0)))
                               .replace("%3", str(counts.get("incidents", 0)))
                               .replace("%4", str(counts.get("audit_log", 0))))
        self.ui.check_status.setText(self.tr("The copy passed every check (%1 s). It is at %2.")
                                     .replace("%1", f"{seconds:.1f}").replace("%2", restored.vault.path))
        self._passed.setText("yes")

    def _failed(self, exc) -> None:
        self.job = None
        self.ui.progress.setValue(0)
        self.ui.check_status.setText(self.tr("The backup was not restored; it was left as it is."))
        self.ui.check_error.setText(describe(exc))
        self.ui.check_error.show()

    # -- switching ----------------------------------------------------------------------

    def _describe_switch(self) -> None:
        restored = self.restored.vault
        current_exists = os.path.exists(self.current_path)
        allowed = roles.may(restored.role, "restore")
        self.ui.replace.setEnabled(current_exists and allowed)
        safety = os.path.basename(service.safety_name(self.current_path))
        if self.damaged:
            intro = self.tr("The restored copy is ready. The damaged vault is still exactly as it was "
                            "found; opening the copy where it is leaves it so.")
        else:
            intro = self.tr("The restored copy is ready. The current vault has not been changed.")
        self.ui.switch_intro.setText(intro)
        if not allowed:
            note = self.tr("Only a coordinator can make a restored copy the office vault.")
        else:
            note = self.tr("Making it the office vault moves the current vault, unchanged, to %1 in "
                           "the same folder, and puts the restored copy in its place.").replace("%1", safety)
        self.ui.replace_note.setText(note)

    def _replace_toggled(self, on: bool) -> None:
        self.ui.confirm.setEnabled(on)
        if not on:
            self.ui.confirm.setChecked(False)

    def accept(self) -> None:
        if self.restored is None:
            return
        if self.ui.replace.isChecked():
            if not self.ui.confirm.isChecked():
                return
            self.switching = True
            try:
                self.before_switch()  # the current vault must be closed before it is moved
                self.vault, self.safety_path = service.switch(
                    self.restored.vault, self.current_path, confirmed=True, **self.credentials())
            except Exception as exc:  # noqa: BLE001 - moved back; said in one sentence
                self.ui.replace_note.setText(describe(exc))
                return
            finally:
                self.switching = False
        else:
            self.vault = self.restored.vault
        self._forget_secrets()
        super().accept()

    def reject(self) -> None:
        if self.job is not None:
            return  # the copy is being checked; it ends by itself
        if self.restored is not None and self.vault is None:
            self.restored.vault.close()  # the verified copy stays on disk, encrypted
        self._forget_secrets()
        super().reject()

    def before_lock(self) -> None:
        """The window locks and this wizard goes. A copy being made goes on (it cannot be
        cut short) and is closed, unused, once checked; a checked copy not yet taken into
        use is closed now. Either stays on disk, encrypted; the current vault is untouched."""
        job, self.job = self.job, None
        if job is not None and job.running():
            for signal in (job.progressed, job.succeeded, job.failed):
                signal.disconnect()
            job.setParent(None)  # kept alive by the worker module until its outcome is delivered
            job.succeeded.connect(lambda restored: restored.vault.close())
        elif self.restored is not None and self.vault is None:
            self.restored.vault.close()
        self._forget_secrets()

    def _forget_secrets(self) -> None:
        self.ui.passphrase.clear()
        self.ui.recovery_key.clear()
