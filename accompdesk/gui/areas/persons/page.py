"""A defender's page: who they are, their organisation, risk and consent, and a timeline
of the incidents that affected them, their accompaniments and the meetings where they
were raised."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget, QGroupBox)

from ....domain.fields import specs
from ....domain.records import Person
from ...common import i18n
from ...common.formatting import format_date, format_value, vocab_label
from ...common.icons import icon
from ...common.lookups import records_linking

INCIDENT_DATE, INCIDENT_KIND, INCIDENT_SUMMARY, INCIDENT_ROLE = range(4)


class DefenderPage(QWidget):
    open_requested = Signal(str, str)
    edit_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.person: Person | None = None
        self.back_button = QPushButton(icon("back"), self.tr("&Back to the list"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.person and self.edit_requested.emit("persons", self.person.id))
        self.name = QLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.subtitle = QLabel(self)
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addStretch(1)
        head.addWidget(self.edit_button)

        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        fields = specs(Person)
        for name in ("organisation_id", "region", "risk_level", "consent_level", "accompaniment_status",
                     "checkin_protocol"):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[name] = value
            self.facts.addRow(fields[name].label(i18n.language()), value)
        facts_box = QGroupBox(self.tr("Profile"), self)
        facts_box.setLayout(self.facts)

        self.incidents = self._tree([self.tr("Date"), self.tr("Kind"), self.tr("Summary"), self.tr("Role")],
                                    INCIDENT_SUMMARY)
        self.incidents.itemActivated.connect(
            lambda item, _c: self.open_requested.emit("incidents", item.data(0, Qt.ItemDataRole.UserRole)))
        self.accompaniments = self._tree([self.tr("Starts"), self.tr("Kind"), self.tr("Place"), self.tr("Status")],
                                         2)
        self.meetings = self._tree([self.tr("Date"), self.tr("Purpose")], 1)
        self.incidents_box = self._box(self.tr("Incidents that affected them"), self.incidents)
        self.accompaniments_box = self._box(self.tr("Accompaniments"), self.accompaniments)
        self.meetings_box = self._box(self.tr("Meetings where they were raised"), self.meetings)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addWidget(facts_box, 1)
        top.addWidget(self.accompaniments_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.incidents_box, 2)
        layout.addWidget(self.meetings_box, 1)
        session.changed.connect(self._on_changed)

    def _tree(self, headers: list[str], free_text: int) -> QTreeWidget:
        """Short columns (dates, kinds, roles) take the width of their content; the one
        free-text column takes the rest and is the one cut, its full text on hover."""
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == free_text
                                        else QHeaderView.ResizeMode.ResizeToContents)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        return tree

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _on_changed(self, table: str) -> None:
        if self.person is not None and table in ("persons", "incidents", "organisations") and self.isVisible():
            self.show_person(self.person.id)

    def show_person(self, person_id: str) -> None:
        vault = self.session.vault
        person = vault.persons.get(person_id, include_deleted=True)
        self.person = person
        fields = specs(Person)
        self.name.setText(person.full_name)
        parts = [vocab_label(fields["kind"], person.kind)]
        if person.alias:
            parts.append(self.tr("published as “%1”").replace("%1", person.alias))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        organisation = ""
        if person.organisation_id:
            organisation = vault.organisations.get(person.organisation_id, include_deleted=True).title
        self.fact_labels["organisation_id"].setText(organisation or "—")
        for name in ("region", "risk_level", "consent_level", "accompaniment_status", "checkin_protocol"):
            self.fact_labels[name].setText(format_value(fields[name], getattr(person, name)) or "—")

        from ....domain.records import Incident

        incident_fields = specs(Incident)
        self.incidents.clear()
        incidents = records_linking(vault, "incidents", "affected_persons", person.id,
                                    order_by="occurred_on", descending=True)
        for incident in incidents:
            role = incident.affected_person_roles[incident.affected_persons.index(person.id)] \
                if person.id in incident.affected_persons else ""
            item = QTreeWidgetItem([format_date(incident.occurred_on, incident.date_precision),
                                    vocab_label(incident_fields["kind"], incident.kind), incident.summary,
                                    vocab_label(incident_fields["affected_person_roles"], role)])
            item.setData(0, Qt.ItemDataRole.UserRole, incident.id)
            self.incidents.addTopLevelItem(item)
        self.incidents_box.setTitle(self.tr("Incidents that affected them (%1)").replace("%1", str(len(incidents))))

        from ....domain.records import Accompaniment

        accompaniment_fields = specs(Accompaniment)
        self.accompaniments.clear()
        for acc in vault.accompaniments.list(filters={"person_id": person.id}, order_by="starts_at",
                                             descending=True, limit=200, with_links=False):
            self.accompaniments.addTopLevelItem(QTreeWidgetItem([
                acc.starts_at.strftime("%Y-%m-%d %H:%M") if acc.starts_at else "",
                vocab_label(accompaniment_fields["kind"], acc.kind), acc.place,
                vocab_label(accompaniment_fields["status"], acc.status)]))
        self.meetings.clear()
        for meeting in records_linking(vault, "meetings", "persons", person.id, order_by="held_on", descending=True):
            self.meetings.addTopLevelItem(QTreeWidgetItem([
                meeting.held_on.isoformat() if meeting.held_on else "", meeting.purpose]))
