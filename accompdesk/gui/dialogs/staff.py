"""Staff and key slots: add a member, remove one (which rekeys), change your own
passphrase, re-issue the recovery key (which also rekeys)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget)

from ...vault import roles
from ..common.icons import icon
from .recovery_key import RecoveryKeyDialog
from .staff_forms import AddStaffDialog, ChangePassphraseDialog
from ..common.safety_texts import describe, role_label
from ..common.worker import Handover, Worker, file_size, percent

NAME, ROLE, SLOT = range(3)


class StaffDialog(QDialog):
    rekeyed = Signal()  # the vault has a new key (and the new recovery key was shown)

    def __init__(self, vault, parent: QWidget | None = None, *, kdf: dict | None = None):
        super().__init__(parent)
        from .ui.ui_staff_dialog import Ui_StaffDialog

        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.kdf = kdf
        self.job: Worker | None = None
        self.child: QDialog | None = None
        table = self.ui.staff_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Key slot")])
        table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # The role and the slot as wide as their names ("Ranura de clave") and values.
        for column in range(table.columnCount()):
            if column != NAME:
                table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.add_button.setIcon(icon("add"))
        self.ui.remove_button.setIcon(icon("remove"))
        self.ui.passphrase_button.setIcon(icon("key"))
        self.ui.add_button.clicked.connect(self.add_member)
        self.ui.remove_button.clicked.connect(self.remove_selected)
        self.ui.passphrase_button.clicked.connect(self.change_own_passphrase)
        self.ui.recovery_button.clicked.connect(self.reissue_recovery_key)
        self.ui.button_box.rejected.connect(self.reject)
        manager = roles.may(vault.role, "manage staff")
        self.ui.role_note.setText("" if manager else self.tr(
            "Only a coordinator adds or removes staff and re-issues the recovery key."))
        self.refresh()

    # -- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        from ...vault.staff import list_staff

        table = self.ui.staff_table
        table.setRowCount(0)
        for member in list_staff(self.vault):
            row = table.rowCount()
            table.insertRow(row)
            name = member.name + (self.tr(" (you)") if member.name == self.vault.user else "")
            cells = (name, role_label(member.role),
                     self.tr("yes") if member.has_slot else self.tr("no"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.name)
                table.setItem(row, column, item)
        self._update_buttons()

    def selected_name(self) -> str | None:
        items = self.ui.staff_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select(self, name: str) -> None:
        table = self.ui.staff_table
        for row in range(table.rowCount()):
            if table.item(row, NAME).data(Qt.ItemDataRole.UserRole) == name:
                table.selectRow(row)

    def _update_buttons(self) -> None:
        from ...vault.store import RECOVERY_USER

        idle = self.job is None
        manager = roles.may(self.vault.role, "manage staff")
        selected = self.selected_name()
        self.ui.add_button.setEnabled(idle and manager)
        self.ui.remove_button.setEnabled(idle and manager and bool(selected) and selected != self.vault.user)
        self.ui.recovery_button.setEnabled(idle and manager)
        self.ui.passphrase_button.setEnabled(idle and self.vault.user != RECOVERY_USER)

    # -- acts ---------------------------------------------------------------------------

    def add_member(self) -> None:
        self.child = AddStaffDialog(self.vault, self, kdf=self.kdf)
        self.child.accepted.connect(self._added)
        self.child.open()

    def _added(self) -> None:
        name = self.child.member_name
        self.refresh()
        self.select(name)
        self.ui.status.setText(self.tr("%1 can now unlock the vault with their own passphrase.")
                               .replace("%1", name))

    def change_own_passphrase(self) -> None:
        self.child = ChangePassphraseDialog(self.vault, self, kdf=self.kdf)
        self.child.accepted.connect(lambda: self.ui.status.setText(
            self.tr("Your passphrase was changed. Use the new one from now on.")))
        self.child.open()

    def remove_selected(self) -> None:
        name = self.selected_name()
        if not name:
            return
        answer = QMessageBox.question(self, self.tr("Remove %1?").replace("%1", name), self.tr(
            "%1's key slot is deleted and the vault is encrypted again under a new key, so that a "
            "copy of their old slot opens nothing. Every other passphrase keeps working; the "
            "recovery key changes and the new one is shown once, to print. This takes a while on "
            "a large vault. Remove %1?").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self.start_removal(name)

    def start_removal(self, name: str) -> None:
        from ...vault.staff import remove_staff

        vault, handover = self.vault, Handover()
        self._run(lambda: remove_staff(vault, name, before_swap=handover.give), handover,
                  self.tr("Removing %1 and re-encrypting the vault…").replace("%1", name),
                  self.tr("%1 was removed and the vault re-encrypted in %2 s.").replace("%1", name))

    def reissue_recovery_key(self) -> None:
        answer = QMessageBox.question(self, self.tr("Re-issue the recovery key?"), self.tr(
            "The vault is encrypted again under a new key. Every passphrase keeps working; the old "
            "recovery key stops working and the new one is shown once, to print. Go ahead?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.start_reissue()

    def start_reissue(self) -> None:
        from ...vault.rekey import rekey

        vault, handover = self.vault, Handover()
        self._run(lambda: rekey(vault, before_swap=handover.give), handover,
                  self.tr("Re-encrypting the vault under a new key…"),
                  self.tr("The vault was re-encrypted in %2 s; it has a new recovery key."))

    def _run(self, work, handover: Handover, running_text: str, done_text: str) -> None:
        from ...vault.rekey import _pending_db

        self.ui.status.setText(running_text)
        self.ui.progress.setValue(0)
        self.ui.progress.show()
        pending = _pending_db(self.vault.path)  # read on the work's thread: a plain value
        self.job = Worker(work, self, watch_file=lambda: pending,
                          expected_bytes=file_size(self.vault.path), handover=handover, kind="rekey")
        # The new recovery key is kept before the vault changes over to it: a crash after
        # the swap must not leave the office without a key that opens the vault.
        self.job.handed.connect(lambda key: self._show_key(key, handover))
        self.job.progressed.connect(self._progress)
        self.job.succeeded.connect(lambda key: self._rekeyed(key, done_text))
        self.job.failed.connect(self._failed)
        self._update_buttons()
        self.job.start()

    def _progress(self, _phase: str, done: int, total: int) -> None:
        if total <= 0:
            self.ui.progress.setRange(0, 0)
        else:
            self.ui.progress.setRange(0, 100)
            self.ui.progress.setValue(percent(done, total))

    def _show_key(self, key: str, handover: Handover) -> None:
        self.child = RecoveryKeyDialog(key, self.vault.path, self)
        self.child.finished.connect(lambda _result: handover.taken())
        self.child.open()

    def _rekeyed(self, key: str, done_text: str) -> None:
        seconds = self.job.seconds
        self.job = None
        self.ui.progress.hide()
        self.ui.status.setText(done_text.replace("%2", f"{seconds:.1f}"))
        self.refresh()
        self.rekeyed.emit()

    def _failed(self, exc) -> None:
        self.job = None
        self.ui.progress.hide()
        self.ui.status.setText(describe(exc))
        self.refresh()

    def reject(self) -> None:
        if self.job is None:  # a rekey runs to its end; closing now would hide its key
            super().reject()
