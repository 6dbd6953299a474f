"""Safety check-ins: the calls due now, the outcome of each, and a missed call escalated
where no one can overlook it, with the steps of the emergency protocol to take."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ....domain.office import emergency_protocol
from ....domain.records import Alert, new_id
from ....vault import checkin_due as due
from ....vault import roster
from ....vault import settings as office_settings
from ...common import i18n
from ...common.icons import icon
from ...common.messages import error_text
from ...common.operations import texts
from ...common.operations.texts import translate
from .model import ITEM_ROLE, DueListModel

REFRESH_MS = 60_000
BANNER_STYLE = ("#escalation { border: 3px solid #8a1c14; border-radius: 4px; background: #fdf0ee; }"
                "#escalation QLabel { color: #111111; }")


class EscalationPanel(QFrame):
    """The missed call to act on: who, since when, and the protocol's steps to tick off."""

    alert_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("escalation")
        self.setStyleSheet(BANNER_STYLE)
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.own_protocol = QLabel(self)
        self.own_protocol.setWordWrap(True)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps of the emergency protocol"))
        self.steps.setMaximumHeight(110)
        self.alert_button = QPushButton(icon("operations-alert"), self.tr("Activate the emergency &network…"),
                                        self)
        self.alert_button.clicked.connect(self.alert_requested)
        self.open_button = QPushButton(icon("open"), self.tr("Open their &record"), self)
        self.open_button.clicked.connect(self.open_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.alert_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.advice)
        layout.addWidget(self.own_protocol)
        layout.addWidget(QLabel(self.tr("Emergency protocol of the office:"), self))
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        self.item: due.DueItem | None = None

    def show_item(self, item: due.DueItem, name: str, own_protocol: str, protocol: str, count: int) -> None:
        self.item = item
        head = texts.plurals().missed(count)
        self.headline.setText(f"{head} {name} — {texts.state_text(item.state)}, "
                              f"{texts.moment_text(item.scheduled_at)}")
        self.advice.setText(texts.escalation_text(item))
        self.own_protocol.setText(self.tr("Their own protocol: %1").replace("%1", " ".join(own_protocol.split()))
                                  if own_protocol.strip() else "")
        self.own_protocol.setVisible(bool(own_protocol.strip()))
        steps = due.protocol_steps(protocol)
        now = item.suggested_step(len(steps))
        previous = {self.steps.item(i).text(): self.steps.item(i).checkState() for i in range(self.steps.count())}
        self.steps.clear()
        for i, step in enumerate(steps):
            text = f"{i + 1}. {step}"
            entry = QListWidgetItem(text + ("   ← " + translate("Operations", "now") if i == now else ""))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(previous.get(entry.text(), Qt.CheckState.Unchecked))
            if i == now:
                font = QFont(entry.font())
                font.setBold(True)
                entry.setFont(font)
            self.steps.addItem(entry)
        self.alert_button.setDefault(item.escalation >= 2)


class CheckInsView(QWidget):
    open_requested = Signal(str, str)  # table, id
    new_requested = Signal(str, object)  # table, a pre-filled record
    escalations_changed = Signal(int)  # how many calls are escalated now

    def __init__(self, session, settings=None, parent: QWidget | None = None,
                 now: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.session = session
        self._now = now or (lambda: roster.office_now(roster.office_zone(session.vault)))
        self.model = DueListModel(session.vault, self._now, self)

        title = QLabel(self.tr("Safety check-ins due"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.clock = QLabel(self)
        self.refresh_button = QPushButton(icon("restore"), self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.schedules_button = QPushButton(icon("operations-checkin"), self.tr("&Schedules…"), self)
        self.schedules_button.setToolTip(self.tr("Who is called, how often and at what time"))
        # The title and the clock wrap and stack, and the call buttons have a row of their
        # own, so that at 150 % or 200 % on a laptop every button is in view, not scrolled to.
        title.setWordWrap(True)
        self.clock.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(title)
        heading.addWidget(self.clock)
        head = QHBoxLayout()
        head.addLayout(heading, 1)
        head.addWidget(self.refresh_button)
        head.addWidget(self.schedules_button)

        self.panel = EscalationPanel(self)
        self.panel.alert_requested.connect(self.new_alert)
        self.panel.open_requested.connect(self._open_subject)
        self.panel.hide()

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Check-ins due"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Time, state and lateness as wide as their words; the name takes what is left,
        # and the notes (empty until a call is made) a fair share that the person may widen.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (DueListModel.TIME, DueListModel.STATE, DueListModel.LATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueListModel.WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DueListModel.NOTES, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DueListModel.NOTES, 160)
        self.empty = QLabel(self.tr("No check-in is due. Calls appear here from the schedules, from a "
                                    "few hours before they are due until someone records how they went."),
                            self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.notes = QLineEdit(self)
        self.notes.setPlaceholderText(self.tr("What was said (optional)"))
        self.notes.setAccessibleName(self.tr("Notes on the call"))
        self.well_button = QPushButton(icon("operations-all-well"), self.tr("All &well"), self)
        self.no_answer_button = QPushButton(icon("operations-no-answer"), self.tr("No &answer"), self)
        self.concern_button = QPushButton(icon("operations-concern"), self.tr("&Concern"), self)
        for button, outcome in ((self.well_button, "all_well"), (self.no_answer_button, "no_answer"),
                                (self.concern_button, "concern")):
            button.clicked.connect(lambda _c=False, o=outcome: self.record(o))
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("The call:"), self))
        note_row.addWidget(self.notes, 1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.well_button)
        button_row.addWidget(self.no_answer_button)
        button_row.addWidget(self.concern_button)
        button_row.addStretch(1)
        calls = QVBoxLayout()
        calls.addLayout(note_row)
        calls.addLayout(button_row)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.panel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(calls)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        # Runs only while the list is on screen: a hidden or closed view reads nothing.
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        session.changed.connect(self._on_changed)
        self._update()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.timer.stop()
        super().hideEvent(event)

    # -- content -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        selected = self.selected_item()
        self.model.refresh()
        if selected is not None:
            row = self.model.row_of(selected.key)
            if row >= 0:
                self.table.selectionModel().select(self.model.index(row, 0),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)
        self._update()

    def _on_changed(self, table: str) -> None:
        if table in ("checkins", "checkin_schedules", "persons", "organisations", "settings"):
            self.refresh()

    def selected_item(self) -> due.DueItem | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def _update(self) -> None:
        self.clock.setText(self.tr("Office time %1").replace("%1", texts.moment_text(self._now())))
        has_rows = bool(self.model.rowCount())
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        chosen = self.selected_item()
        for button in (self.well_button, self.no_answer_button, self.concern_button):
            button.setEnabled(chosen is not None)
        escalated = self.model.escalated
        focus = chosen if chosen is not None and chosen.escalation else (escalated[0] if escalated else None)
        if focus is None:
            self.panel.hide()
        else:
            office = office_settings.load(self.session.vault)
            subject = self.model.subjects.get(focus.subject_id)
            self.panel.show_item(focus, self.model.subject_name(focus),
                                 getattr(subject, "checkin_protocol", "") or "",
                                 emergency_protocol(office, i18n.language()),
                                 len(escalated))
            self.panel.show()
        self.escalations_changed.emit(len(escalated))

    # -- acting --------------------------------------------------------------------------

    def record(self, outcome: str) -> None:
        item = self.selected_item()
        if item is None:
            return
        try:
            due.record_outcome(self.session.vault, item, outcome, self.notes.text(), at=self._now())
        except Exception as exc:  # noqa: BLE001 - one sentence; nothing recorded
            QMessageBox.warning(self, self.tr("Not recorded"), error_text(exc))
            return
        self.notes.clear()
        self.session.notify("checkins")

    def new_alert(self) -> None:
        """A new alert, activated now; the incident it is about is chosen in the form."""
        self.new_requested.emit("alerts", Alert(id=new_id(), activated_at=self._now()))

    def _open_subject(self) -> None:
        item = self.panel.item
        if item is not None:
            self.open_requested.emit("persons" if item.person_id else "organisations", item.subject_id)
