"""The escalation area: for an incident, a defender, an organisation or a region, how far
up the chain of command each incident has been raised, and the next step.

Whose record is shown is never remembered outside the vault: the area opens empty.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QSplitter,
                               QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ....domain import clock
from ....domain.records import Incident, Meeting
from ....vault import chain
from ...common.widgets.date_field import CompactDateField
from ...common.widgets.link_field import LinkField
from ...common.chain.text import incident_line, label
from .ladder import LadderWidget
from ...common.heading import heading

SCOPES = (
    ("incidents", QT_TRANSLATE_NOOP("EscalationView", "An incident")),
    ("persons", QT_TRANSLATE_NOOP("EscalationView", "A defender")),
    ("organisations", QT_TRANSLATE_NOOP("EscalationView", "An organisation")),
    ("regions", QT_TRANSLATE_NOOP("EscalationView", "A region")),
)
PERIODS = (
    ("all", QT_TRANSLATE_NOOP("EscalationView", "All time")),
    ("3m", QT_TRANSLATE_NOOP("EscalationView", "The last 3 months")),
    ("quarter", QT_TRANSLATE_NOOP("EscalationView", "The last full quarter")),
    ("12m", QT_TRANSLATE_NOOP("EscalationView", "The last 12 months")),
    ("year", QT_TRANSLATE_NOOP("EscalationView", "This year")),
    ("between", QT_TRANSLATE_NOOP("EscalationView", "Between dates")),
)
SHOW = (
    ("", QT_TRANSLATE_NOOP("EscalationView", "All their incidents")),
    ("never", QT_TRANSLATE_NOOP("EscalationView", "Never raised with anyone")),
    ("local", QT_TRANSLATE_NOOP("EscalationView", "Never raised above the local level")),
    ("brigade", QT_TRANSLATE_NOOP("EscalationView", "Never raised above the brigade")),
    ("regional", QT_TRANSLATE_NOOP("EscalationView", "Never raised above the regional level")),
    ("national", QT_TRANSLATE_NOOP("EscalationView", "Never raised above the national level")),
)
ALL = "__all__"
DATE, INCIDENT, SEVERITY, HIGHEST, NEXT = range(5)


def _t(text: str) -> str:
    return QCoreApplication.translate("EscalationView", text)


def period(code: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if code == "3m":
        return today - dt.timedelta(days=91), today
    if code == "12m":
        return today - dt.timedelta(days=365), today
    if code == "year":
        return dt.date(today.year, 1, 1), today
    if code == "quarter":
        first_month = (today.month - 1) // 3 * 3 + 1
        end = dt.date(today.year, first_month, 1) - dt.timedelta(days=1)
        return dt.date(end.year, end.month - 2, 1), end
    return None, None


class EscalationView(QWidget):
    def __init__(self, host, forms, parent: QWidget | None = None):
        super().__init__(parent)
        self.host, self.forms, self.session = host, forms, host.session
        self.escalation: chain.Escalation | None = None
        self.shown: list[chain.Ladder] = []

        self.scope = QComboBox(self)
        for code, text in SCOPES:
            self.scope.addItem(_t(text), code)
        self.scope.setAccessibleName(self.tr("Escalation of"))
        self.record = LinkField(self)
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Region"))
        self.chooser = QStackedWidget(self)
        self.chooser.addWidget(self.record)
        self.chooser.addWidget(self.region)
        self.period = QComboBox(self)
        for code, text in PERIODS:
            self.period.addItem(_t(text), code)
        self.period.setAccessibleName(self.tr("Period"))
        today = QDate(*clock.today().timetuple()[:3])
        self.date_from = CompactDateField(self)
        self.date_from.setDate(today.addMonths(-3))
        self.date_to = CompactDateField(self)
        self.date_to.setDate(today)
        for edit, name in ((self.date_from, self.tr("From date")), (self.date_to, self.tr("To date"))):
            edit.setAccessibleName(name)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.show_filter = QComboBox(self)
        for code, text in SHOW:
            self.show_filter.addItem(_t(text), code)
        self.show_filter.setAccessibleName(self.tr("Show"))

        controls = QGridLayout()
        self.of_label = QLabel(self.tr("&Escalation of:"), self)
        self.of_label.setBuddy(self.scope)
        controls.addWidget(self.of_label, 0, 0)
        controls.addWidget(self.scope, 0, 1)
        controls.addWidget(self.chooser, 0, 2, 1, 3)
        self.period_label = QLabel(self.tr("&Incidents of:"), self)
        self.period_label.setBuddy(self.period)
        controls.addWidget(self.period_label, 1, 0)
        controls.addWidget(self.period, 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        controls.addLayout(dates, 1, 2)
        self.show_label = QLabel(self.tr("S&how:"), self)
        self.show_label.setBuddy(self.show_filter)
        controls.addWidget(self.show_label, 1, 3)
        controls.addWidget(self.show_filter, 1, 4)
        controls.setColumnStretch(2, 1)

        self.incidents = QTreeWidget(self)
        self.incidents.setRootIsDecorated(False)
        self.incidents.setHeaderLabels([self.tr("Date"), self.tr("Incident"), self.tr("Severity"),
                                        self.tr("Highest level reached"), self.tr("Next step")])
        self.incidents.setAccessibleName(self.tr("Incidents and how far they were raised"))
        for column, width in ((DATE, 95), (INCIDENT, 380), (SEVERITY, 80), (HIGHEST, 260)):
            self.incidents.setColumnWidth(column, width)
        self.incidents.currentItemChanged.connect(lambda item, _prev: self._show_current(item))
        self.incidents.itemActivated.connect(self._open_incident)
        self.ladder = LadderWidget(self)
        self.ladder.open_requested.connect(self.forms.open_any)
        self.ladder.start_meeting.connect(self.start_meeting)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.incidents)
        self.splitter.addWidget(self.ladder)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Escalation"), self))
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

        self.scope.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.record.value_changed.connect(self.refresh)
        self.region.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.show_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.session.changed.connect(self._changed)
        self._scope_changed()
        self._period_changed()

    # -- choosing -----------------------------------------------------------------------------

    @property
    def scope_code(self) -> str:
        return self.scope.currentData()

    def _scope_changed(self) -> None:
        code = self.scope_code
        multiple = code != "incidents"
        for widget in (self.period_label, self.period, self.date_from, self.date_to, self.show_label,
                       self.show_filter, self.incidents):
            widget.setVisible(multiple)
        self._period_changed(refresh=False)
        if code == "regions":
            self.region.blockSignals(True)
            self.region.clear()
            self.region.addItem(self.tr("— choose a region —"), None)
            for name in chain.regions(self.session.vault):
                self.region.addItem(name, name)
            self.region.blockSignals(False)
            self.chooser.setCurrentWidget(self.region)
        else:
            self.record.blockSignals(True)
            self.record.configure(self.session, code)
            self.record.set_value(None)
            self.record.setAccessibleName(_t(dict(SCOPES)[code]))
            self.record.blockSignals(False)
            self.chooser.setCurrentWidget(self.record)
        self.refresh()

    def _period_changed(self, refresh: bool = True) -> None:
        between = self.period.currentData() == "between"
        visible = self.scope_code != "incidents"
        self.date_from.setVisible(visible and between)
        self.date_to.setVisible(visible and between)
        if refresh:
            self.refresh()

    def key(self) -> str | None:
        return self.region.currentData() if self.scope_code == "regions" else self.record.value()

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        code = self.period.currentData()
        if code == "between":
            return self.date_from.value(), self.date_to.value()
        return period(code, clock.today())

    def show_scope(self, scope: str, key: str, period_code: str = "all") -> None:
        """Show the escalation of a record (from other areas, and tests)."""
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(self.scope.findData(scope))
        self.scope.blockSignals(False)
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData(period_code))
        self.period.blockSignals(False)
        self._scope_changed()
        if scope == "regions":
            self.region.setCurrentIndex(max(0, self.region.findData(key)))
        else:
            self.record.set_value(key)

    def set_show(self, code: str) -> None:
        self.show_filter.setCurrentIndex(self.show_filter.findData(code))

    # -- computing -------------------------------------------------------------------------------

    def _changed(self, table: str) -> None:
        if self.session.is_unlocked and table in ("meetings", "commitments", "authorities", "incidents"):
            self.refresh()

    def refresh(self) -> None:
        key = self.key()
        if not key:
            self.escalation = None
            self.shown = []
            self.incidents.clear()
            self.summary.setText(self.tr("Choose whose incidents to follow up the chain of command."))
            self.ladder.clear()
            return
        since, until = self.dates() if self.scope_code != "incidents" else (None, None)
        try:
            self.escalation = chain.escalation_for(self.session.vault, self.scope_code, key, since, until)
        except Exception:  # noqa: BLE001 - a record trashed meanwhile: start again
            self.record.set_value(None)
            return
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self.escalation is None:
            return
        code = self.show_filter.currentData() if self.scope_code != "incidents" else ""
        self.shown = self.escalation.ladders if not code else \
            self.escalation.not_raised_above(None if code == "never" else code)
        if self.scope_code == "incidents":
            self.summary.setText("")
            self.ladder.show_ladder(self.shown[0])
            return
        self._fill_incidents()
        total = len(self.escalation.ladders)
        self.summary.setText(self.tr("%1 of %n incident(s) shown.", "", total).replace("%1", str(len(self.shown)))
                             if code else self.tr("%n incident(s).", "", total))

    def _fill_incidents(self) -> None:
        self.incidents.blockSignals(True)
        self.incidents.clear()
        together = QTreeWidgetItem(["", self.tr("All %n incident(s) together", "", len(self.shown)), "", "", ""])
        together.setData(0, Qt.ItemDataRole.UserRole, ALL)
        self.incidents.addTopLevelItem(together)
        for ladder in self.shown:
            i = ladder.incident
            highest, step = ladder.highest_reached, ladder.next_step
            item = QTreeWidgetItem([i.occurred_on.isoformat() if i.occurred_on else "", i.summary,
                                    label(Incident, "severity", i.severity),
                                    f"{label(type(highest.authority), 'level', highest.authority.level)} — "
                                    f"{highest.authority.name}" if highest else self.tr("Never raised"),
                                    step.authority.name if step else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, i.id)
            item.setToolTip(INCIDENT, incident_line(i))
            for column in (HIGHEST, NEXT):
                item.setToolTip(column, item.text(column))
            self.incidents.addTopLevelItem(item)
        self.incidents.blockSignals(False)
        self.incidents.setCurrentItem(together)
        self._show_current(together)

    def _show_current(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        incident_id = item.data(0, Qt.ItemDataRole.UserRole)
        if incident_id == ALL:
            self.ladder.show_summary(chain.summarise(self.shown))
            return
        ladder = next((x for x in self.shown if x.incident.id == incident_id), None)
        if ladder is not None:
            self.ladder.show_ladder(ladder)

    def _open_incident(self, item: QTreeWidgetItem, _column: int) -> None:
        incident_id = item.data(0, Qt.ItemDataRole.UserRole)
        if incident_id and incident_id != ALL:
            self.forms.open_any("incidents", incident_id)

    # -- acting --------------------------------------------------------------------------------

    def start_meeting(self, authority_id: str, incident_ids: list) -> None:
        """A meeting form with the authority and the incidents to raise, planned until held."""
        ids = list(incident_ids)
        incidents = {ladder.incident.id: ladder.incident for ladder in self.shown}
        if len(ids) == 1 and ids[0] in incidents:
            purpose = self.tr("Raise the incident: %1").replace("%1", incidents[ids[0]].summary)
        else:
            purpose = self.tr("Raise %n incident(s)", "", len(ids))
        self.forms.open_new("meetings", Meeting(authority_id=authority_id, incidents=ids, status="planned",
                                                purpose=purpose[:300]))
