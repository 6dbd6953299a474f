"""The Reports area: choose a document, fill its options, look at its outline, save it.

Building, rendering and writing run on a worker with its own vault connection; the
area shows a busy bar and the phase, and Cancel before the write leaves no file.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
                               QScrollArea, QSplitter, QTreeWidget, QVBoxLayout, QWidget)

from ....vault.errors import VaultError
from ....vault.roles import audiences_for
from ...common.icons import icon
from ...common.messages import error_text
from ...common.save_places import ask_save_path, offer_to_open
from .ui.ui_report_options import Ui_ReportOptions
from .work import (DEFAULT_AUDIENCE, DOCUMENTS, FORMATS, Cancelled, Request, draft_job, outline_job,
                   placeholders, save_job)
from ....domain import clock

INCIDENT_CHOICES = 500  # the most recent incidents offered for an alert


class ReportsView(QWidget):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_ = window
        self.session = window.session
        self.settings = window.settings
        self._offer_open = False  # the save came from the dialog: offer Open / Show in folder
        self.worker = None
        self.path = ""
        self.written = ""

        self.options = QWidget(self)
        self.ui = Ui_ReportOptions()
        self.ui.setupUi(self.options)
        scroll = QScrollArea(self)
        scroll.setWidget(self.options)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The options scroll up and down only: the pane is never narrower than its widest
        # row (the Spanish labels are longer), so no field is cut off at the right.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll

        self.roster_note = QLabel(self.tr("The weekly roster has its own page, with a print preview "
                                          "and its own way to save it."), self)
        self.roster_note.setWordWrap(True)
        self.roster_button = QPushButton(icon("roster"), self.tr("Open the &weekly roster"), self)
        self.roster_button.clicked.connect(self.open_roster)

        self.outline = QTreeWidget(self)
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName(self.tr("Outline of the document"))
        # The column is as wide as the view; a longer first line is elided, whole in its tooltip.
        self.outline.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.outline_button = QPushButton(icon("search"), self.tr("Show the &outline"), self)
        self.outline_button.setToolTip(self.tr("Build the document and show its headings and first lines, "
                                               "as its audience will read them"))
        self.outline_button.clicked.connect(self.show_outline)
        outline_box = QGroupBox(self.tr("Outline"), self)
        outline_layout = QVBoxLayout(outline_box)
        outline_layout.addWidget(self.outline, 1)
        outline_row = QHBoxLayout()
        outline_row.addStretch(1)
        outline_row.addWidget(self.outline_button)
        outline_layout.addLayout(outline_row)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.roster_note)
        roster_row = QHBoxLayout()
        roster_row.addWidget(self.roster_button)
        roster_row.addStretch(1)
        left_layout.addLayout(roster_row)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(outline_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 500])
        self.splitter.setChildrenCollapsible(False)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Message"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(icon("save"), self.tr("&Save…"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.ask_and_save)
        self.ui.draftButton.clicked.connect(self.draft)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self._add_country_row()
        self._fill_choices()
        self.ui.documentCombo.currentIndexChanged.connect(self._document_changed)
        self.ui.followUpCheck.toggled.connect(lambda _on: self._document_changed())
        self.ui.incidentCombo.currentIndexChanged.connect(
            lambda _i: self.ui.incidentCombo.setToolTip(self.ui.incidentCombo.currentText()))
        self._document_changed()
        # Locking closes the vault: a document still being made is cancelled first.
        self.session.locking.connect(self.stop)

    # -- choices ------------------------------------------------------------------------

    def _add_country_row(self) -> None:
        """The recipient's country, for the sentence on the volunteers who are its nationals:
        chosen from ISO 3166, or recognised from the recipient's name while none is chosen."""
        from ...common import i18n
        from ...common.widgets.vocab_combo import CountryCombo

        self.country_combo = CountryCombo(self.options)
        self.country_combo.set_countries(i18n.language(), empty_text=self.tr("Recognised from the recipient, if it names one"))
        self.country_combo.setAccessibleName(self.tr("Recipient's country"))
        self.country_combo.setToolTip(self.tr("Volunteers who are its nationals are counted in the briefing"))
        self._country_chosen = False
        self.country_combo.activated.connect(lambda _i: setattr(self, "_country_chosen", True))
        self.country_combo.lineEdit().textEdited.connect(lambda _t: setattr(self, "_country_chosen", True))
        self.ui.recipientEdit.textChanged.connect(self._recipient_typed)
        label = QLabel(self.tr("Recipient's countr&y:"), self.options)
        label.setBuddy(self.country_combo)
        row, _role = self.ui.form.getWidgetPosition(self.ui.recipientEdit)
        self.ui.form.insertRow(row + 1, label, self.country_combo)

    def _recipient_typed(self, text: str) -> None:
        """"Embassy of Norway" sets Norway, until someone chooses a country themselves."""
        from ....domain.vocab import country_in

        if self._country_chosen:
            return
        code = country_in(text)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(code)) if code else 0)

    def recipient_country(self) -> str:
        """The chosen country's code; "" for none (then recognised from the recipient's name)."""
        return self.country_combo.typed_code() or ""

    def country_problem(self) -> str:
        """Text typed in the country box that names no one country: refused, never guessed."""
        combo = self.country_combo
        text = combo.currentText().strip()
        if self.document != "briefing" or not text or combo.itemText(0) == text or combo.typed_code():
            return ""
        return self.tr("“%1” is not a country; choose one from the list.").replace("%1", text)

    def _fill_choices(self) -> None:
        from ...common import i18n

        ui = self.ui
        names = {"briefing": self.tr("Embassy briefing"), "alert": self.tr("Urgent alert for an incident"),
                 "stats": self.tr("Statistics report"), "roster": self.tr("Weekly roster")}
        # The registry's documents this area makes; the audit log is exported from its own window.
        for key in DOCUMENTS:
            if key in names:
                ui.documentCombo.addItem(names[key], key)
        ui.languageCombo.addItem(self.tr("English"), "en")
        ui.languageCombo.addItem(self.tr("Spanish"), "es")
        ui.languageCombo.setCurrentIndex(1 if i18n.language() == "es" else 0)
        ui.pageSizeCombo.addItem(self.tr("A4"), "A4")
        ui.pageSizeCombo.addItem(self.tr("Letter"), "Letter")
        page = self.settings.page_size() if self.settings is not None else "A4"
        ui.pageSizeCombo.setCurrentIndex(max(0, ui.pageSizeCombo.findData(page)))
        self.set_period(None, None)

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """The given period, or the documents' default (the twelve months up to today)."""
        from ....reports.data import default_period

        if start is None or end is None:
            period = default_period()
            start, end = period.start, period.end
        self.ui.fromDate.set_value(start)
        self.ui.toDate.set_value(end)

    @property
    def document(self) -> str:
        return self.ui.documentCombo.currentData()

    def set_document(self, key: str) -> None:
        self.ui.documentCombo.setCurrentIndex(self.ui.documentCombo.findData(key))

    def allowed_audiences(self) -> tuple[str, ...]:
        return audiences_for(self.session.vault.role)

    def _document_changed(self, _index: int = 0) -> None:
        ui, document = self.ui, self.document
        report = document != "roster"
        form = ui.form
        alert, briefing = document == "alert", document == "briefing"
        form.setRowVisible(ui.incidentCombo, alert)
        form.setRowVisible(ui.followUpCheck, alert)
        form.setRowVisible(ui.changesEdit, alert and ui.followUpCheck.isChecked())
        form.setRowVisible(ui.actionsEdit, alert)
        form.setRowVisible(ui.recipientEdit, briefing)
        form.setRowVisible(self.country_combo, briefing)
        form.setRowVisible(ui.contextEdit, briefing)
        form.setRowVisible(ui.requestsEdit, briefing)
        form.setRowVisible(ui.concernsEdit, briefing)
        form.setRowVisible(ui.draftButton, briefing)
        form.setRowVisible(ui.periodLayout, document in ("briefing", "stats"))
        form.setRowVisible(ui.regionsEdit, document in ("briefing", "stats"))
        for widget in (ui.audienceCombo, ui.languageCombo, ui.pageSizeCombo, ui.formatCombo):
            form.setRowVisible(widget, report)
        self.scroll.setMinimumWidth(self.options.minimumSizeHint().width()
                                    + self.scroll.verticalScrollBar().sizeHint().width())
        self.roster_note.setVisible(not report)
        self.roster_button.setVisible(not report)
        self.save_button.setEnabled(report)
        self.outline_button.setEnabled(report)
        if not report:
            return
        if alert and ui.incidentCombo.count() == 0:
            self._fill_incidents()
        self._fill_audiences(document)
        self._fill_formats(document)
        self.outline.clear()
        self.status.clear()

    def _fill_audiences(self, document: str) -> None:
        combo = self.ui.audienceCombo
        names = {"public": self.tr("Public"), "diplomatic": self.tr("Diplomatic (confidential)"),
                 "internal": self.tr("Internal (never leaves the office)")}
        allowed = self.allowed_audiences()
        combo.clear()
        for key in allowed:
            combo.addItem(names[key], key)
        wanted = DEFAULT_AUDIENCE[document] if DEFAULT_AUDIENCE[document] in allowed else (allowed[0] if allowed else "")
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.setEnabled(bool(allowed))

    def _fill_formats(self, document: str) -> None:
        """The registry's formats for the document: the same list as the command line's."""
        combo = self.ui.formatCombo
        current = combo.currentData()
        names = {"pdf": self.tr("PDF (to send as is)"), "docx": self.tr("Word (to polish)"),
                 "xlsx": self.tr("Excel workbook (the tables)")}
        combo.clear()
        for key in FORMATS[document]:
            combo.addItem(names[key], key)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _fill_incidents(self) -> None:
        combo = self.ui.incidentCombo
        combo.clear()
        for incident in self.session.vault.incidents.list(order_by="occurred_on", descending=True,
                                                          limit=INCIDENT_CHOICES, with_links=False):
            combo.addItem(self._incident_label(incident), incident.id)

    @staticmethod
    def _incident_label(incident) -> str:
        return f"{incident.occurred_on.isoformat()} — {incident.summary}"

    def preset_alert(self, incident_id: str, alert_id: str = "") -> None:
        """Pre-set to the urgent alert for an incident (the alert form's "Urgent alert document…").

        An incident that already has an earlier alert than `alert_id` gets a follow-up."""
        self.set_document("alert")
        combo = self.ui.incidentCombo
        index = combo.findData(incident_id)
        if index < 0:
            try:
                incident = self.session.vault.incidents.get(incident_id)
            except Exception:  # noqa: BLE001 - a missing incident leaves the choice as it was
                return
            combo.insertItem(0, self._incident_label(incident), incident.id)
            index = 0
        combo.setCurrentIndex(index)
        combo.setToolTip(combo.currentText())
        alerts = self.session.vault.alerts.list(filters={"incident_id": incident_id}, order_by="activated_at",
                                                with_links=False)
        ids = [a.id for a in alerts]
        self.ui.followUpCheck.setChecked(bool(alert_id) and alert_id in ids and ids.index(alert_id) > 0)
        self.outline.clear()
        self.status.clear()

    def open_roster(self) -> None:
        self.window_.show_area("roster")

    # -- the request ----------------------------------------------------------------------

    def request(self) -> Request:
        ui = self.ui
        regions = [r.strip() for r in ui.regionsEdit.text().split(",") if r.strip()]
        return Request(
            document=self.document, audience=ui.audienceCombo.currentData() or "",
            language=ui.languageCombo.currentData(), page_size=ui.pageSizeCombo.currentData(),
            fmt=ui.formatCombo.currentData() or "pdf", recipient=ui.recipientEdit.text().strip(),
            country=self.recipient_country() if self.document == "briefing" else "",
            start=ui.fromDate.value(), end=ui.toDate.value(), regions=regions,
            context=ui.contextEdit.toPlainText(), requests=ui.requestsEdit.toPlainText(),
            incident_id=ui.incidentCombo.currentData() or "", follow_up=ui.followUpCheck.isChecked(),
            actions=ui.actionsEdit.toPlainText(), changes=ui.changesEdit.toPlainText(),
            allow_placeholders=getattr(self, "allow_placeholders", False),
            concerns=ui.concernsEdit.toPlainText())

    def suggested_name(self) -> str:
        request = self.request()
        return f"{request.document}-{clock.today().isoformat()}.{request.fmt}"

    # -- work -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.worker is not None and self.worker.running()

    def _period_typed_wrong(self) -> bool:
        """A period date that is not a date stops the work; it is never read as the default period."""
        for field in (self.ui.fromDate, self.ui.toDate):
            if field.problem():
                self.status.setText(field.problem())
                field.setFocus()
                return True
        if self.country_problem():
            self.status.setText(self.country_problem())
            self.country_combo.setFocus()
            return True
        return False

    def show_outline(self) -> None:
        if self.busy or self.document == "roster" or self._period_typed_wrong():
            return
        self.outline.clear()
        self._start(outline_job(self.request()), self._outline_ready, self.tr("Building the outline…"))

    def ask_and_save(self) -> None:
        if self.busy or self.document == "roster":
            return
        fmt = self.ui.formatCombo.currentData() or "pdf"
        filters = {"pdf": self.tr("PDF documents (*.pdf)"), "docx": self.tr("Word documents (*.docx)"),
                   "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        if not self.confirm_placeholders():
            return
        path = ask_save_path(self, self.settings, self.tr("Save the document"), self.suggested_name(), filters[fmt])
        if path:
            self.save_to(path)
            self._offer_open = True

    def confirm_placeholders(self) -> bool:
        """A briefing for anyone outside the office with its context or requests still empty:
        ask before saving it as a draft."""
        from PySide6.QtWidgets import QMessageBox

        self.allow_placeholders = False
        empty = placeholders(self.request())
        if not empty:
            return True
        if len(empty) == 2:
            text = self.tr("The context and the requests are still placeholders. "
                           "Save the briefing as a draft anyway?")
        elif empty[0] == "context":
            text = self.tr("The context is still a placeholder. Save the briefing as a draft anyway?")
        else:
            text = self.tr("The requests are still a placeholder. Save the briefing as a draft anyway?")
        answer = QMessageBox.question(self, self.tr("Placeholders left"), text)
        self.allow_placeholders = answer == QMessageBox.StandardButton.Yes
        return self.allow_placeholders

    def draft(self) -> None:
        """Fill the empty concerns and requests with what the record suggests, to edit."""
        if self.busy or self.document != "briefing":
            return
        self._start(draft_job(self.request()), self._drafted, self.tr("Drafting from the record…"))

    def _drafted(self, result) -> None:
        self._set_busy(False)
        concerns, requests = result
        if not self.ui.concernsEdit.toPlainText().strip():
            self.ui.concernsEdit.setPlainText("\n".join(concerns))
        if not self.ui.requestsEdit.toPlainText().strip():
            self.ui.requestsEdit.setPlainText("\n".join(requests))
        self.status.setText(self.tr("Drafted from the record; edit the concerns and requests before saving."))

    def save_to(self, path: str) -> None:
        """Build, render, check and write the document to `path` on the worker."""
        if self.busy or self._period_typed_wrong():
            return
        request = self.request()
        if not path.lower().endswith(f".{request.fmt}"):
            path += f".{request.fmt}"
        self.path = path
        self.written = ""
        self._start(save_job(request, path), self._saved, self.tr("Gathering the record…"))

    def _start(self, job, done, text: str) -> None:
        from ...common.worker import Worker

        self.worker = Worker(job, self, own_vault=self.session.vault, kind="report")
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(done)
        self.worker.failed.connect(self._failed)
        self._set_busy(True)
        self.status.setText(text)
        self.worker.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.save_button.setEnabled(not busy)
        self.outline_button.setEnabled(not busy)
        self.ui.documentCombo.setEnabled(not busy)

    def _progressed(self, phase: str, _done: int, _total: int) -> None:
        words = {"build": self.tr("Gathering the record…"),
                 "render": self.tr("Writing the pages and checking every name…"),
                 "write": self.tr("Saving the file…")}
        if phase in words:
            self.status.setText(words[phase])

    def cancel(self) -> None:
        if self.busy:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _outline_ready(self, document) -> None:
        from .outline import fill

        self._set_busy(False)
        fill(self.outline, document)
        self.status.setText(self.tr("The outline shows the document as its audience will read it."))

    def _saved(self, size: int) -> None:
        self._set_busy(False)
        self.written = self.path
        self.status.setText(self.tr("Written to %1 (%2 KB).").replace("%1", self.path).replace(
            "%2", str(size // 1024 + 1)))
        if self._offer_open:
            self._offer_open = False
            offer_to_open(self, self.path, self.status.text())

    def _failed(self, exc) -> None:
        self._set_busy(False)
        self._offer_open = False
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        if isinstance(exc, VaultError):
            message = error_text(exc).strip()
            if message and not message.endswith((".", "!", "?")):
                message += "."
        elif isinstance(exc, OSError):
            message = self.tr("The file could not be written: %1.").replace(
                "%1", exc.strerror or type(exc).__name__)
        else:
            message = self.tr("The document could not be made (%1).").replace("%1", type(exc).__name__)
        self.status.setText(message)

    def stop(self) -> None:
        """Wait for a running job (the area is going away); an unfinished save is cancelled."""
        if self.worker is not None:
            self.worker.stop()
