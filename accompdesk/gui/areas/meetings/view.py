"""The meetings area: every meeting with an authority, filtered by authority (and those
under it), level, period, status and incident raised."""

from __future__ import annotations


from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QStackedWidget, QTableView,
                               QVBoxLayout, QWidget)

from ....domain.records import Meeting
from ....domain.vocab import AUTHORITY_LEVEL, MEETING_STATUS
from ....vault import chain
from ...common import i18n
from ...common.icons import icon
from ...common.models.roles import ID_ROLE
from ...common.models.sort_proxy import ValueSortProxy
from ...common.widgets.date_field import CompactDateField
from ...common.widgets.link_field import LinkField
from ...common.widgets.vocab_combo import VocabCombo
from .model import MeetingTableModel
from ...common.heading import heading
from ....domain import clock


class MeetingsView(QWidget):
    def __init__(self, host, forms, parent: QWidget | None = None):
        super().__init__(parent)
        self.host, self.forms, self.session = host, forms, host.session
        language = i18n.language()
        self.model = MeetingTableModel(self)
        self.proxy = ValueSortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.count_label = QLabel(self)
        self.new_button = QPushButton(icon("add"), self.tr("&New meeting"), self)
        self.new_button.clicked.connect(self._new)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Meetings"), self))
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(self.new_button)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Type to search purposes and what was said"))
        self.search.setAccessibleName(self.tr("Search the meetings"))
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.authority = LinkField(self)
        self.authority.configure(self.session, "authorities")
        self.authority.setAccessibleName(self.tr("Authority"))
        self.below = QCheckBox(self.tr("and those &under it"), self)
        self.below.setChecked(True)
        self.level = VocabCombo(self)
        self.level.set_vocabulary(AUTHORITY_LEVEL, language, allow_empty=True, empty_text=self.tr("Any level"))
        self.level.setAccessibleName(self.tr("Level"))
        self.status = VocabCombo(self)
        self.status.set_vocabulary(MEETING_STATUS, language, allow_empty=True, empty_text=self.tr("Any status"))
        self.status.setAccessibleName(self.tr("Status"))
        self.incident = LinkField(self)
        self.incident.configure(self.session, "incidents")
        self.incident.setAccessibleName(self.tr("Incident raised"))
        today = QDate(*clock.today().timetuple()[:3])
        self.use_from = QCheckBox(self.tr("&From"), self)
        self.date_from = CompactDateField(self)
        self.date_from.setDate(today.addMonths(-3))
        self.use_to = QCheckBox(self.tr("&To"), self)
        self.date_to = CompactDateField(self)
        self.date_to.setDate(today)
        for check, edit, name in ((self.use_from, self.date_from, self.tr("From date")),
                                  (self.use_to, self.date_to, self.tr("To date"))):
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.refresh())
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.clear_button = QPushButton(icon("clear"), self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        for widget in (self.below, self.level, self.status):
            signal = widget.toggled if isinstance(widget, QCheckBox) else widget.value_changed
            signal.connect(self.refresh)
        for field in (self.authority, self.incident):
            field.value_changed.connect(self.refresh)

        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 4)
        filters.addWidget(self.clear_button, 0, 4)
        filters.addWidget(QLabel(self.tr("Authority:"), self), 1, 0)
        filters.addWidget(self.authority, 1, 1)
        filters.addWidget(self.below, 1, 2)
        filters.addWidget(self.level, 1, 3)
        filters.addWidget(self.status, 1, 4)
        filters.addWidget(QLabel(self.tr("Incident raised:"), self), 2, 0)
        filters.addWidget(self.incident, 2, 1)
        period = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            period.addWidget(widget)
        period.addStretch(1)
        filters.addLayout(period, 2, 2, 1, 3)
        filters.setColumnStretch(1, 1)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MeetingTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Meetings"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MeetingTableModel.PURPOSE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((MeetingTableModel.DATE, 95), (MeetingTableModel.STATUS, 95),
                              (MeetingTableModel.AUTHORITY, 260), (MeetingTableModel.LEVEL, 95),
                              (MeetingTableModel.INCIDENTS, 70), (MeetingTableModel.COMMITMENTS, 170)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda index: self.forms.open_record("meetings", index.data(ID_ROLE)))
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        self.session.changed.connect(self._changed)
        self.refresh()

    def _changed(self, table: str) -> None:
        if self.session.is_unlocked and table in ("meetings", "commitments", "authorities"):
            self.refresh()

    def filters(self) -> dict:
        return dict(authority_id=self.authority.value(), below=self.below.isChecked(), level=self.level.value(),
                    since=self.date_from.value() if self.use_from.isChecked() else None,
                    until=self.date_to.value() if self.use_to.isChecked() else None,
                    incident_id=self.incident.value(), status=self.status.value(),
                    text=self.search.text().strip() or None)

    def is_filtered(self) -> bool:
        return any(v for k, v in self.filters().items() if k != "below")

    def refresh(self) -> None:
        self._debounce.stop()
        vault = self.session.vault
        meetings = chain.find_meetings(vault, **self.filters())
        ids = list({m.authority_id for m in meetings if m.authority_id})
        authorities = {a.id: a for a in vault.authorities.list(filters={"id": ids}, include_deleted=True,
                                                                with_links=False)} if ids else {}
        self.model.set_rows(meetings, authorities, chain.commitments_by_meeting(vault, [m.id for m in meetings]))
        self.count_label.setText(self.tr("%n meeting(s)", "", len(meetings)))
        if meetings:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty.setText(self.tr("No meeting matches these filters.") if self.is_filtered() else
                               self.tr("No meeting is recorded yet. Press “New meeting” to record one."))
            self.stack.setCurrentWidget(self.empty)

    def clear(self) -> None:
        widgets = (self.search, self.authority, self.below, self.level, self.status, self.incident,
                   self.use_from, self.use_to)
        blocked = [w.blockSignals(True) for w in widgets]
        self.search.clear()
        self.authority.set_value(None)
        self.incident.set_value(None)
        self.level.set_value(None)
        self.status.set_value(None)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)
        self.refresh()

    def show_for(self, *, authority_id: str | None = None, incident_id: str | None = None) -> None:
        """Show the meetings with an authority or about an incident (from other areas)."""
        self.clear()
        self.authority.set_value(authority_id)
        self.incident.set_value(incident_id)

    def _new(self) -> None:
        self.forms.open_new("meetings", Meeting(authority_id=self.authority.value(),
                                                incidents=[self.incident.value()] if self.incident.value() else []))

