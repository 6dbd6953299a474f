"""Export a list as it is shown (its filters and columns) to CSV or Excel, for an audience.

The audience decides who may be named (see `accompdesk.exchange.export`); the choices
offered are those the user's role allows, and the narrowest is the default. The file is
written by a worker on its own connection, atomically, and the export is audited.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QProgressBar, QVBoxLayout)

from ...domain.vocab import AUDIENCE
from ...exchange.export import default_columns, header_for
from ...vault.roles import audiences_for
from ..common import i18n
from ..common.catalogues import exchange as translations
from ..common.formatting import format_count
from ..common.messages import error_text
from .import_wizard import table_names
from ..common.worker import Worker


class ExportDialog(QDialog):
    exported = Signal(str, int)  # path, rows written

    def __init__(self, vault, table: str, *, columns: list[str] | None = None, filters: dict | None = None,
                 ranges: dict | None = None, text: str | None = None, order_by: str | None = None,
                 descending: bool = False, audience: str | None = None, parent=None):
        translations.ensure()
        super().__init__(parent)
        self.vault, self.table = vault, table
        self.columns = list(columns) if columns else None
        self.query = dict(filters=filters or None, ranges=ranges or None, text=text or None,
                          order_by=order_by, descending=descending)
        self.worker: Worker | None = None
        self.path = ""
        self.count = 0
        self.setWindowTitle(self.tr("Export the list"))
        language = i18n.language()
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format_combo.addItem(self.tr("CSV text (.csv)"), "csv")
        self.audience_combo = QComboBox()
        allowed = audiences_for(vault.role)
        for code in ("public", "diplomatic", "internal"):
            if code in allowed:
                self.audience_combo.addItem(AUDIENCE.label(code, language), code)
        wanted = audience if audience in allowed else "public"
        self.audience_combo.setCurrentIndex(max(self.audience_combo.findData(wanted), 0))
        self.language_combo = QComboBox()
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Español", "es")
        self.language_combo.setCurrentIndex(1 if language == "es" else 0)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Semicolon (Excel in Spanish)"), ";")
        self.delimiter_combo.addItem(self.tr("Comma"), ",")
        self.delimiter_combo.setCurrentIndex(0 if language == "es" else 1)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.audience_combo.currentIndexChanged.connect(self._explain)
        rows = vault.repo(table).count(filters=self.query["filters"], ranges=self.query["ranges"],
                                       text=self.query["text"])
        shown = self.columns or default_columns(table, "public")
        headers = ", ".join(header_for(table, c, language) for c in shown)
        self.what = QLabel(self.tr("%1: %2 rows, as filtered; columns: %3.").replace(
            "%1", table_names()[table]).replace("%2", format_count(rows)).replace("%3", headers))
        self.what.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format_combo)
        form.addRow(self.tr("&Audience"), self.audience_combo)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.tr("Columns se&parated by"), self.delimiter_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._ask_path)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._format_changed()
        self._explain()

    def _format_changed(self) -> None:
        self.delimiter_combo.setEnabled(self.format_combo.currentData() == "csv")

    def _explain(self) -> None:
        audience = self.audience_combo.currentData()
        if audience == "internal":
            text = self.tr("Internal: names everyone. The file must not leave the office.")
        elif audience == "diplomatic":
            text = self.tr("Diplomatic: people and organisations who consented only to internal use are "
                           "described, not named, in every column and inside free text.")
        else:
            text = self.tr("Public: only people and organisations who consented to publication are named; "
                           "everyone else is described, in every column and inside free text.")
        self.explanation.setText(text)

    def _ask_path(self) -> None:
        fmt = self.format_combo.currentData()
        suggested = f"{self.table}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested,
                                              self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx"
                                              else self.tr("CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the file (on a worker); `exported` or the status line tells how it went."""
        from ...exchange.export import export_table

        if self.worker is not None and self.worker.running():
            return
        fmt = self.format_combo.currentData()
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self.path = path
        # The worker thread gets plain values only, never this dialog.
        table = self.table
        settings = dict(fmt=fmt, audience=self.audience_combo.currentData(),
                        language=self.language_combo.currentData(), columns=self.columns,
                        delimiter=self.delimiter_combo.currentData(), **self.query)

        from ...domain.disclosure import WithheldSummary

        self.summary = summary = WithheldSummary(settings["audience"])

        def job(vault, progress, _cancelled):
            return export_table(vault, table, path, summary=summary,
                                progress=lambda done, total: progress("export", done, total), **settings)

        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        self.worker = Worker(job, self, own_vault=self.vault, kind="export")
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _progressed(self, _phase: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _done(self, count: int) -> None:
        self.count = count
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Exported %1 rows to %2.").replace("%1", format_count(count)).replace(
            "%2", os.path.basename(self.path)) + " " + self.summary.text(self.language_combo.currentData()))
        self.exported.emit(self.path, count)

    def _failed(self, exc) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else error_text(exc)
        self.status.setText(self.tr("Not exported: %1").replace("%1", message))

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.wait()  # an export is written whole or not at all; let it finish
        super().reject()
