"""The audit log window: filter by staff member, record, action and period; open a
record as it is now; verify the chain; export what is shown as PDF."""

from __future__ import annotations


from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from ...vault import audit, roles
from ..common.icons import icon
from .audit_model import DETAIL, RECORD, ROW_ROLE, AuditTableModel, action_label, table_label
from .ui.ui_audit_log import Ui_AuditLogDialog
from ..common.safety_texts import chain_text, describe, first_bad_entry
from ..common.worker import Worker
from ...domain import clock


def _utc(day: QDate, end: bool) -> str:
    """A local calendar day's first or last moment, as the log's UTC timestamps read."""
    moment = QDateTime(day, QTime(23, 59, 59, 999) if end else QTime(0, 0), QTimeZone.systemTimeZone())
    return moment.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzz")


class AuditLogDialog(QDialog):
    open_record = Signal(str, str)  # table, record id: the main window opens it as it is now

    def __init__(self, vault, parent: QWidget | None = None, *, page_size: str = "A4"):
        super().__init__(parent)
        self.ui = Ui_AuditLogDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.page_size = page_size
        self.job: Worker | None = None
        self.last_chain: tuple[bool, str] | None = None
        self.model = AuditTableModel(self)
        self.ui.entries.setModel(self.model)
        header = self.ui.entries.horizontalHeader()
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        self.ui.entries.verticalHeader().hide()
        self.ui.entries.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.ui.entries.doubleClicked.connect(lambda _i: self.open_current())
        today = QDate(*clock.today().timetuple()[:3])
        self.ui.since.setDate(today.addMonths(-1))
        self.ui.until.setDate(today)
        everyone = self._fill_choices()
        for combo in (self.ui.user, self.ui.action, self.ui.table):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for check, edit in ((self.ui.since_check, self.ui.since), (self.ui.until_check, self.ui.until)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.reload())
            edit.dateChanged.connect(lambda _d: self.reload())
        self.ui.record.editingFinished.connect(lambda: self.reload())
        self.ui.open_button.setIcon(icon("open"))
        self.ui.export_button.setIcon(icon("export"))
        self.ui.open_button.clicked.connect(self.open_current)
        self.ui.verify_button.clicked.connect(self.verify_chain)
        self.ui.export_button.clicked.connect(self.choose_export_file)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.export_button.setEnabled(roles.may(vault.role, "export audit log"))
        if not self.ui.export_button.isEnabled():
            self.ui.export_button.setToolTip(self.tr("Only a coordinator exports the audit log."))
        self.reload(everyone)

    # -- filters ------------------------------------------------------------------------

    def _fill_choices(self) -> list:
        """Offer the staff members, actions and kinds the log holds; returns the whole log."""
        everyone = audit.entries(self.vault.conn)
        users = sorted({e.user for e in everyone}, key=str.casefold)
        actions = sorted({e.action for e in everyone}, key=lambda a: action_label(a).casefold())
        tables = sorted({e.record_table for e in everyone}, key=lambda t: table_label(t).casefold())
        for combo, values, label in ((self.ui.user, users, str), (self.ui.action, actions, action_label),
                                     (self.ui.table, tables, table_label)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for value in values:
                combo.addItem(label(value), value)
            combo.blockSignals(False)
        return everyone

    def filters(self) -> dict:
        out = {"user": self.ui.user.currentData(), "action": self.ui.action.currentData(),
               "record_table": self.ui.table.currentData(),
               "record_id": self.ui.record.text().strip() or None}
        # A day typed wrong filters nothing; the field says why beside itself.
        if self.ui.since_check.isChecked() and self.ui.since.value() is not None:
            out["since"] = _utc(self.ui.since.date(), end=False)
        if self.ui.until_check.isChecked() and self.ui.until.value() is not None:
            out["until"] = _utc(self.ui.until.date(), end=True)
        return out

    def describe_filters(self) -> list[tuple[str, str]]:
        shown = []
        for label, combo in ((self.tr("Staff member"), self.ui.user), (self.tr("Action"), self.ui.action),
                             (self.tr("Kind of record"), self.ui.table)):
            if combo.currentData() is not None:
                shown.append((label, combo.currentText()))
        if self.ui.record.text().strip():
            shown.append((self.tr("Record"), self.ui.record.text().strip()))
        if self.ui.since_check.isChecked() and self.ui.since.value() is not None:
            shown.append((self.tr("From"), self.ui.since.date().toString("yyyy-MM-dd")))
        if self.ui.until_check.isChecked() and self.ui.until.value() is not None:
            shown.append((self.tr("Until"), self.ui.until.date().toString("yyyy-MM-dd")))
        return shown

    def show_record(self, table: str, record_id: str) -> None:
        """Only the entries of one record (its history)."""
        index = self.ui.table.findData(table)
        self.ui.table.blockSignals(True)
        self.ui.table.setCurrentIndex(max(0, index))
        self.ui.table.blockSignals(False)
        self.ui.record.setText(record_id)
        self.reload()

    def select_filter(self, combo_name: str, value) -> None:
        combo = getattr(self.ui, combo_name)
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def reload(self, entries: list | None = None) -> None:
        """Show the entries the filters select (`entries`: the whole log, already read)."""
        unfiltered = not any(self.filters().values())
        self.model.set_entries(entries if entries is not None and unfiltered
                               else audit.entries(self.vault.conn, **self.filters()))
        self.ui.count_label.setText(self.tr("%n entries shown.", "", self.model.rowCount()))
        self.ui.entries.resizeColumnsToContents()
        self._update_buttons()

    # -- the selected entry -------------------------------------------------------------

    def current_entry(self):
        index = self.ui.entries.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        from ...domain.records import ALL_TYPES

        entry = self.current_entry()
        self.ui.open_button.setEnabled(bool(entry and entry.record_id and entry.record_table in ALL_TYPES
                                            and entry.record_table != "users"))
        self.ui.verify_button.setEnabled(self.job is None)
        self.ui.export_button.setEnabled(self.job is None and roles.may(self.vault.role, "export audit log"))

    def open_current(self) -> None:
        entry = self.current_entry()
        if not entry or not self.ui.open_button.isEnabled():
            return
        repo = self.vault.repo(entry.record_table)
        if not repo.exists(entry.record_id, include_deleted=True):
            QMessageBox.information(self, self.tr("Record no longer there"), self.tr(
                "This record was purged; the audit log keeps only what was done to it."))
            return
        if not repo.exists(entry.record_id, include_deleted=False):
            QMessageBox.information(self, self.tr("Record in the Trash"), self.tr(
                "This record is in the Trash; restore it from there to open it."))
            return
        self.open_record.emit(entry.record_table, entry.record_id)

    def select_seq(self, seq: int) -> bool:
        row = self.model.row_of(seq)
        if row is None:
            return False
        self.ui.entries.selectRow(row)
        self.ui.entries.scrollTo(self.model.index(row, RECORD))
        return True

    # -- verify and export --------------------------------------------------------------

    def verify_chain(self) -> None:
        self.ui.verify_result.setText(self.tr("Checking every entry of the log…"))
        # On a connection of its own, as every job: locking closes the window's.
        self._start(Worker(lambda own, _progress, _cancelled: own.verify_audit(), self,
                           own_vault=self.vault), self._verified)

    def _start(self, job: Worker, done) -> None:
        self.job = job
        self._done = done
        self.ui.busy.show()
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        self._update_buttons()
        job.start()

    def _stop(self) -> None:
        self.job = None
        self.ui.busy.hide()
        self._update_buttons()

    def _verified(self, outcome) -> None:
        self._stop()
        ok, message = outcome
        self.last_chain = outcome
        text = chain_text(message)
        if ok:
            self.ui.verify_result.setStyleSheet("")
            self.ui.verify_result.setText(text)
            return
        self.ui.verify_result.setStyleSheet("color: #b3261e; font-weight: bold;")
        seq = first_bad_entry(message)
        # A removed tail names the first missing entry: the last one still there is shown.
        shown = seq is not None and (self.select_seq(seq) or self.select_seq(seq + 1)
                                     or self.select_seq(seq - 1))
        self.ui.verify_result.setText(text + ("" if shown else " " + self.tr(
            "(That entry is not among those shown; clear the filters to see it.)")))

    def _failed(self, exc) -> None:
        self._stop()
        self.ui.verify_result.setText(describe(exc))

    def choose_export_file(self) -> None:
        name = f"audit-log-{clock.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), name,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.export_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export_to(self, path: str) -> None:
        """The entries shown, as the registry's audit-log document (the command line's too)."""
        from ...services import documents
        from ..common import i18n

        chain = chain_text(self.last_chain[1]) if self.last_chain else self.tr("not verified")
        request = documents.Request(
            "audit-log", language=i18n.language(), page_size=self.page_size,
            entries_filter={k: v for k, v in self.filters().items() if v is not None},
            filter_lines=self.describe_filters(), chain=chain)
        self.ui.verify_result.setText(self.tr("Writing the PDF…"))
        self._start(Worker(lambda own, _progress, _cancelled: documents.make(own, request, path), self,
                           own_vault=self.vault), lambda _made: self._exported(path))

    def _exported(self, path: str) -> None:
        self._stop()
        self.ui.verify_result.setStyleSheet("")
        self.ui.verify_result.setText(self.tr("Exported %n entries to %1.", "", len(self.model.entries))
                                      .replace("%1", path))

    def before_lock(self) -> None:
        """The window locks and this dialog goes: a check or a PDF being written ends on its
        own connection (the PDF whole), with no dialog left to show it."""
        job, self.job = self.job, None
        if job is None or not job.running():
            return
        job.succeeded.disconnect(self._done)
        job.failed.disconnect(self._failed)
        job.setParent(None)  # kept alive by the worker module until its outcome is delivered

    def reject(self) -> None:
        if self.job is None:
            super().reject()
