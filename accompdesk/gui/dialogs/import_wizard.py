"""The import wizard: choose a file, see it as read, adjust the mapping, read the check
report, import with a progress bar whose cancel leaves the vault as it was.

The file is read into memory once; every step reads from those bytes. The check and
the import run on a worker with its own connection (see `worker`); the check is a dry
run, so it finds what the import would. The import is one transaction: cancelling it,
or closing the wizard while it runs, rolls it back.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QProgressBar, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWizard, QWizardPage)

from ...domain.records import CSV_TYPES
from ...exchange import importer, mapping as mappings, profiles
from ...exchange.report import write_report
from ...exchange.sheet import ENCODINGS
from ...vault.errors import VaultError
from ..common import i18n
from ..common.catalogues import exchange as translations
from ..common.formatting import format_count
from ..common.messages import error_text, problem_text
from ..common.worker import Worker

PREVIEW_ROWS = 20
SAMPLE_VALUES = 3


_TABLES = {
    "incidents": QT_TRANSLATE_NOOP("Tables", "Incidents"),
    "persons": QT_TRANSLATE_NOOP("Tables", "Persons"),
    "organisations": QT_TRANSLATE_NOOP("Tables", "Organisations"),
    "authorities": QT_TRANSLATE_NOOP("Tables", "Authorities"),
    "officials": QT_TRANSLATE_NOOP("Tables", "Officials"),
    "meetings": QT_TRANSLATE_NOOP("Tables", "Meetings"),
    "commitments": QT_TRANSLATE_NOOP("Tables", "Commitments"),
    "volunteers": QT_TRANSLATE_NOOP("Tables", "Volunteers"),
    "accompaniments": QT_TRANSLATE_NOOP("Tables", "Accompaniments"),
    "checkins": QT_TRANSLATE_NOOP("Tables", "Check-ins"),
    "alerts": QT_TRANSLATE_NOOP("Tables", "Alerts"),
}


def table_names() -> dict[str, str]:
    """The tables an import can fill, as people call them, in the window's language."""
    return {t: QCoreApplication.translate("Tables", _TABLES[t]) for t in CSV_TYPES}


def _message(exc: BaseException) -> str:
    """The error in the window's language (never the English sentence of the command line)."""
    return error_text(exc)


class ImportWizard(QWizard):
    imported = Signal(str, int)  # table, records written

    def __init__(self, vault, table: str | None = None, parent=None):
        translations.ensure()
        super().__init__(parent)
        self.vault = vault
        self.data: bytes | None = None
        self.filename = ""
        self.plan: importer.Plan | None = None
        self.options = importer.Options()
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self, table)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.import_page):
            self.addPage(page)
        self.resize(900, 620)

    @property
    def table(self) -> str:
        return self.file_page.table_combo.currentData()

    def busy(self) -> Worker | None:
        for page in (self.check_page, self.import_page):
            if page.worker is not None and page.worker.running():
                return page.worker
        return None

    def reject(self) -> None:
        # Closing while the import runs cancels it and waits for the rollback, so the
        # vault is as it was before the wizard goes away.
        worker = self.busy()
        if worker is not None:
            worker.stop()
        super().reject()


# -- 1. the file --------------------------------------------------------------------------

class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, table: str | None):
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file, as saved by any spreadsheet. "
                                 "Nothing is imported until the last step."))
        self.table_combo = QComboBox()
        for code, name in table_names().items():
            self.table_combo.addItem(name, code)
        if table in CSV_TYPES:
            self.table_combo.setCurrentIndex(list(CSV_TYPES).index(table))
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detect"), None)
        for code, name in ENCODINGS.items():
            if code != "utf-8-sig":
                self.encoding_combo.addItem(name, code)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Detect"), None)
        for char, name in ((",", self.tr("Comma")), (";", self.tr("Semicolon")), ("\t", self.tr("Tab")),
                           ("|", self.tr("Vertical bar"))):
            self.delimiter_combo.addItem(name, char)
        self.sheet_combo = QComboBox()
        self.profile_combo = QComboBox()
        self.read_as = QLabel()
        self.read_as.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Alt and the underlined letter reach each field, as in the window's other dialogs;
        # the file's label leads to its Choose button (the path itself is read-only).
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Import &into"), self.table_combo)
        form.addRow(file_label, path_row)
        form.addRow(self.tr("Text &encoding"), self.encoding_combo)
        form.addRow(self.tr("&Columns separated by"), self.delimiter_combo)
        form.addRow(self.tr("&Sheet"), self.sheet_combo)
        form.addRow(self.tr("Saved &mapping"), self.profile_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.read_as)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("The first rows, as read:")))
        layout.addWidget(self.preview, 1)
        self._fill_profiles()
        for combo in (self.encoding_combo, self.delimiter_combo, self.sheet_combo, self.profile_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.table_combo.currentIndexChanged.connect(self._table_changed)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a spreadsheet"), "",
                                              self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;"
                                                      "All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file into memory (never a temporary copy) and show it."""
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            self._show_error(self.tr("Cannot read the file: %1.").replace("%1", exc.strerror or str(exc)))
            return
        self.owner.data, self.owner.filename = data, path
        self.path_edit.setText(path)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.blockSignals(False)
        self.reload()

    def _table_changed(self) -> None:
        self._fill_profiles()
        self.reload()

    def _fill_profiles(self) -> None:
        self.profile_combo.blockSignals(True)
        current = self.profile_combo.currentData()
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("(suggested from the headers)"), None)
        for name in profiles.names(self.owner.vault, self.table_combo.currentData()):
            self.profile_combo.addItem(name, name)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.profile_combo.blockSignals(False)

    def select_profile(self, name: str) -> None:
        self._fill_profiles()
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(name), 0))

    def reload(self) -> None:
        owner = self.owner
        owner.plan = None
        self.error.clear()
        if owner.data is None:
            self.completeChanged.emit()
            return
        profile_name = self.profile_combo.currentData()
        try:
            profile = profiles.load(owner.vault, profile_name) if profile_name else None
            owner.plan = importer.prepare(owner.vault, self.table_combo.currentData(), owner.data,
                                          owner.filename,
                                          profile=profile, encoding=self.encoding_combo.currentData(),
                                          delimiter=self.delimiter_combo.currentData(),
                                          sheet=self.sheet_combo.currentData())
            if profile is not None:
                owner.options.month_first = profile.month_first
        except VaultError as exc:
            self._show_error(_message(exc))
            return
        sheet = owner.plan.sheet
        if sheet.kind == "xlsx" and self.sheet_combo.count() == 0:
            self.sheet_combo.blockSignals(True)
            for name in sheet.sheet_names:
                self.sheet_combo.addItem(name, name)
            self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(sheet.kind == "xlsx")
        self.encoding_combo.setEnabled(sheet.kind == "csv")
        self.delimiter_combo.setEnabled(sheet.kind == "csv")
        self.read_as.setText(self._describe(sheet))
        self._fill_preview(sheet)
        self.completeChanged.emit()

    def _describe(self, sheet) -> str:
        if sheet.kind == "xlsx":
            how = self.tr("Excel workbook, sheet %1").replace("%1", sheet.sheet_name or "")
        else:
            how = self.tr("%1 text, columns separated by %2").replace(
                "%1", ENCODINGS.get(sheet.encoding, sheet.encoding or "")).replace(
                "%2", self.delimiter_combo.itemText(max(self.delimiter_combo.findData(sheet.delimiter), 0)).lower())
        rows = self.tr("header on row %1, %2 rows below it").replace("%1", str(sheet.header_row)).replace(
            "%2", format_count(len(sheet.rows)))
        return self.tr("Read as: %1; %2.").replace("%1", how).replace("%2", rows)

    def _fill_preview(self, sheet) -> None:
        rows = sheet.rows[:PREVIEW_ROWS]
        width = max([len(sheet.header)] + [len(r) for r in rows])
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([sheet.column_name(i) for i in range(width)])
        self.preview.setVerticalHeaderLabels([str(sheet.row_number(i)) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))

    def _show_error(self, message: str) -> None:
        self.owner.plan = None
        self.error.setText(message)
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.read_as.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.plan is not None


# -- 2. the mapping -----------------------------------------------------------------------

class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the columns to fields"))
        self.setSubTitle(self.tr("Suggested from the headers; change any of them. "
                                 "Columns left as “not imported” are ignored."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                              self.tr("Field")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.month_first = QCheckBox(self.tr("Dates are written &month first (03/15/2024)"))
        self.skip_invalid = QCheckBox(self.tr("Import the &valid rows and leave out rows with problems"))
        self.keep_duplicates = QCheckBox(self.tr("Import rows that &look like records already in the vault"))
        self.save_button = QPushButton(self.tr("&Save this mapping…"))
        self.save_button.clicked.connect(self._ask_profile_name)
        self.values_button = QPushButton(self.tr("&Read the values as…"))
        self.values_button.setToolTip(self.tr("Say what the values of a column mean, such as 3 in a "
                                              "1–5 severity column"))
        self.values_button.clicked.connect(self.edit_values)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QHBoxLayout()
        buttons.addWidget(self.values_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.month_first)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.keep_duplicates)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        plan = self.owner.plan
        language = i18n.language()
        fields = mappings.targets(plan.table)
        self.table.setRowCount(len(plan.mapping.columns))
        self.combos = []
        for row, column in enumerate(plan.mapping.columns):
            self.table.setItem(row, 0, QTableWidgetItem(column.header))
            samples = []
            for cells in plan.sheet.rows:
                value = cells[column.index].strip() if column.index < len(cells) else ""
                if value:
                    samples.append(" ".join(value.split())[:40])
                if len(samples) >= SAMPLE_VALUES:
                    break
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for name, spec in fields.items():
                label = spec.label(language) if spec is not None else self.tr("Record id")
                combo.addItem(f"{label} ({name})", name)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._changed(r))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.month_first.setChecked(self.owner.options.month_first)
        self.skip_invalid.setChecked(self.owner.options.skip_invalid)
        self.keep_duplicates.setChecked(self.owner.options.keep_duplicates)
        self.error.clear()

    def _changed(self, row: int) -> None:
        column = self.owner.plan.mapping.columns[row]
        column.field = self.combos[row].currentData()
        column.source = "wizard"
        self.error.clear()

    def value_dialog(self):
        from .value_map import ValueMapDialog

        return ValueMapDialog(self.owner.plan, self)

    def edit_values(self) -> None:
        dialog = self.value_dialog()
        if dialog.exec():
            self.apply_values(dialog)

    def apply_values(self, dialog) -> None:
        plan = self.owner.plan
        plan.value_maps = dialog.value_maps()
        plan.scale_suggestions = {h: v for h, v in plan.scale_suggestions.items()
                                  if not any(c.header == h and c.field in plan.value_maps
                                             for c in plan.mapping.columns)}

    def set_field(self, header: str, field: str | None) -> None:
        """Choose the field of a column, as a person would in its combo box."""
        for row, column in enumerate(self.owner.plan.mapping.columns):
            if column.header == header:
                self.combos[row].setCurrentIndex(max(self.combos[row].findData(field), 0))
                return
        raise KeyError(header)

    def options(self) -> importer.Options:
        return importer.Options(month_first=self.month_first.isChecked(),
                                skip_invalid=self.skip_invalid.isChecked(),
                                keep_duplicates=self.keep_duplicates.isChecked())

    def validatePage(self) -> bool:
        try:
            mappings.check(self.owner.plan.mapping)
        except VaultError as exc:
            self.error.setText(_message(exc))
            return False
        self.owner.options = self.options()
        return True

    def _ask_profile_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save the mapping"),
                                        self.tr("Name (for example, the office that sends this file):"))
        if ok and name.strip():
            self.save_profile(name)

    def save_profile(self, name: str) -> bool:
        plan = self.owner.plan
        file_page = self.owner.file_page
        try:
            profiles.save(self.owner.vault, profiles.from_mapping(
                name, plan.mapping, encoding=file_page.encoding_combo.currentData(),
                delimiter=file_page.delimiter_combo.currentData(),
                month_first=self.month_first.isChecked(), value_maps=plan.value_maps,
                match=plan.match_fields))
        except VaultError as exc:
            self.error.setText(_message(exc))
            return False
        file_page.profile_combo.blockSignals(True)
        file_page.select_profile(" ".join(name.split()))
        file_page.profile_combo.blockSignals(False)
        self.error.setText(self.tr("Saved as “%1”.").replace("%1", " ".join(name.split())))
        return True


# -- 3. the check ---------------------------------------------------------------------------

SEVERITIES = ("error", "warning", "duplicate")


class CheckPage(QWizardPage):
    finished = Signal()

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.owner = wizard
        self.worker: Worker | None = None
        self.issues: list[importer.Issue] = []
        self.result: importer.ImportResult | None = None
        self.errors = 0
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is read and tried, and nothing is kept: this is what the "
                                 "import would do."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.progress = QProgressBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QTableWidget(0, 4)
        self.report.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Kind"),
                                               self.tr("Problem or note")])
        for column in range(3):
            self.report.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.report.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.report.verticalHeader().hide()
        self.report.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.save_button = QPushButton(self.tr("&Save the report as CSV…"))
        self.save_button.clicked.connect(self._ask_report_path)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self._stop()
        self.issues, self.result, self.errors = [], None, 0
        self.report.setRowCount(0)
        self.save_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self.progress.setRange(0, 0)
        plan, options = self.owner.plan, self.owner.options

        def job(vault, progress, cancelled):
            checked = importer.examine(vault, plan, options, progress=progress, cancelled=cancelled)
            if checked.errors and not options.skip_invalid:
                return checked, None
            return checked, importer.write(vault, checked, dry_run=True, progress=progress,
                                           cancelled=cancelled)

        self.worker = Worker(job, self, own_vault=self.owner.vault, kind="import")
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self._stop()

    def _stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        self.worker = None

    def _progressed(self, phase: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _done(self, outcome) -> None:
        if self.sender() is not self.worker:
            return  # a check that was superseded
        checked, result = outcome
        self.result = result
        self.issues = result.issues if result is not None else list(checked.issues)
        self.errors = sum(1 for i in self.issues if i.severity == "error")
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._fill_report()
        table = table_names()[self.owner.table].lower()
        if result is None:
            self.summary.setText(self.tr("%1 problem(s) stop this file: fix them in the file, or go back "
                                         "and choose to leave rows with problems out. Nothing was imported.")
                                 .replace("%1", str(self.errors)))
        else:
            text = self.tr("Ready to import %1 %2: %3 new, %4 updated.").replace(
                "%1", str(result.created + result.updated)).replace("%2", table).replace(
                "%3", str(result.created)).replace("%4", str(result.updated))
            if result.skipped_duplicates:
                text += " " + self.tr("%1 likely duplicate(s) will be skipped.").replace(
                    "%1", str(result.skipped_duplicates))
            if result.skipped_invalid:
                text += " " + self.tr("%1 row(s) with problems will be left out.").replace(
                    "%1", str(result.skipped_invalid))
            self.summary.setText(text)
        self.save_button.setEnabled(bool(self.issues))
        self.finished.emit()
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        if self.sender() is not self.worker:
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.issues = [importer.Issue(r, c, m) for r, c, m in getattr(exc, "report", [])]
        self.errors = max(1, len(self.issues))
        self._fill_report()
        self.summary.setText(self.tr("The file cannot be imported: %1").replace("%1", _message(exc)))
        self.save_button.setEnabled(bool(self.issues))
        self.finished.emit()
        self.completeChanged.emit()

    def _fill_report(self) -> None:
        kinds = {"error": self.tr("Problem"), "warning": self.tr("Note"), "duplicate": self.tr("Duplicate")}
        self.report.setRowCount(len(self.issues))
        for row, issue in enumerate(self.issues):
            for col, value in enumerate((str(issue.row), issue.column, kinds.get(issue.severity, issue.severity),
                                         problem_text(issue.message))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # long messages are cut in the cell
                self.report.setItem(row, col, item)

    def _ask_report_path(self) -> None:
        base = os.path.splitext(os.path.basename(self.owner.filename))[0] or "import"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), f"{base}-report.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.save_report(path)

    def save_report(self, path: str) -> bool:
        try:
            write_report(self.owner.vault, path, self.issues, table=self.owner.table,
                         source=os.path.basename(self.owner.filename))
        except (VaultError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Report not saved"), _message(exc) if isinstance(exc, VaultError)
                                else str(exc.strerror or exc))
            return False
        return True

    def isComplete(self) -> bool:
        return self.result is not None and (self.result.created + self.result.updated) > 0


# -- 4. the import --------------------------------------------------------------------------

class ImportPage(QWizardPage):
    finished = Signal(bool)  # True if imported, False if cancelled or refused

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.owner = wizard
        self.worker: Worker | None = None
        self.result: importer.ImportResult | None = None
        self.done = False
        # Plain callables the worker thread calls with each progress step (tests use one).
        self.watchers: list = []
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.phase = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done, self.result = False, None
        self.summary.clear()
        self.phase.setText(self.tr("Reading and checking the rows…"))
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        plan, options = self.owner.plan, self.owner.options

        def job(vault, progress, cancelled):
            checked = importer.examine(vault, plan, options, progress=progress, cancelled=cancelled)
            return importer.write(vault, checked, progress=progress, cancelled=cancelled)

        self.worker = Worker(job, self, own_vault=self.owner.vault, kind="import")
        for watcher in self.watchers:
            self.worker.watch(watcher)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._imported)
        self.worker.failed.connect(self._failed)
        self.worker.start()
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.worker is not None and self.worker.running():
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(self.tr("Cancelling: undoing everything written so far…"))

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if self.worker is not None and self.worker.cancelled:
            return
        self.phase.setText(self.tr("Writing to the vault…") if phase == "writing"
                           else self.tr("Reading and checking the rows…"))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _imported(self, result) -> None:
        self.result, self.done = result, True
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.phase.setText(self.tr("Done."))
        table = table_names()[self.owner.table].lower()
        self.summary.setText(self.tr("Imported %1 %2: %3 new, %4 updated.").replace(
            "%1", str(result.created + result.updated)).replace("%2", table).replace(
            "%3", str(result.created)).replace("%4", str(result.updated)))
        self.owner.imported.emit(self.owner.table, result.created + result.updated)
        self.finished.emit(True)
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.done = True
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, importer.ImportCancelled):
            self.phase.setText(self.tr("Cancelled."))
            self.summary.setText(self.tr("The import was cancelled; the vault is exactly as it was."))
        else:
            self.phase.setText(self.tr("Not imported."))
            self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", _message(exc)))
        self.finished.emit(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
