"""The volunteers: who is in the field, until when, and whose visa or departure needs
attention before the plans that count on them."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt

from ....vault import roster
from ...common.icons import icon
from ...common.models.columns import Column
from ...common.models.record_table import RecordTableModel
from ...common.operations import texts
from ...common.list_view import ListView
from ....domain import clock

WARNINGS_COLUMN = "warnings"


def _field(name: str, hidden: bool = False) -> Column:
    return Column(name, name, hidden)


class VolunteerColumns:
    NAME, NATIONALITIES, LANGUAGES, TEAM, STATUS, ARRIVAL, DEPARTURE, VISA, WARNINGS = range(9)
    ALL = (_field("full_name"), _field("nationalities"), _field("languages", hidden=True), _field("team"),
           _field("status"), _field("arrival_on"), _field("departure_on"), _field("visa_expires_on"),
           Column(WARNINGS_COLUMN, None, header_source=QT_TRANSLATE_NOOP("Columns", "Needs attention")))


class VolunteerTableModel(RecordTableModel):
    """Volunteers with their warnings: visas running out, departures before plans."""

    def __init__(self, vault, parent=None, today=clock.today):
        self._today = today
        self._warnings: dict[str, list[roster.VolunteerWarning]] = {}
        super().__init__(vault, "volunteers", VolunteerColumns.ALL, parent)

    def refresh(self) -> None:
        # A handful of volunteers and a few weeks of plans: worked out for all at once.
        self._warnings = roster.volunteer_warnings(self._vault, self._today())
        super().refresh()

    def warnings(self, volunteer_id: str) -> list[str]:
        today = self._today()
        return [texts.warning_text(w, today) for w in self._warnings.get(volunteer_id, [])]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if column.name == WARNINGS_COLUMN and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            record = self.record_at(index.row())
            found = self.warnings(record.id) if record else []
            return " ".join(found) if role == Qt.ItemDataRole.DisplayRole else "\n".join(found)
        if column.name == "full_name" and role == Qt.ItemDataRole.DecorationRole:
            record = self.record_at(index.row())
            return icon("operations-warning") if record and record.id in self._warnings else None
        if role == Qt.ItemDataRole.ToolTipRole and column.name == "full_name":
            record = self.record_at(index.row())
            if record and record.id in self._warnings:
                return "\n".join(self.warnings(record.id))
        return super().data(index, role)


WIDTHS = {"full_name": 190, "nationalities": 130, "team": 80, "status": 100, "arrival_on": 95,
          "departure_on": 95, "visa_expires_on": 95}


translate = QCoreApplication.translate


class VolunteerListView(ListView):
    def __init__(self, session, settings, parent=None):
        model = VolunteerTableModel(session.vault)
        super().__init__(
            session, model, settings,
            title=translate("VolunteerList", "Volunteers"),
            new_text=translate("VolunteerList", "&New volunteer"),
            empty_text=translate("VolunteerList", "No volunteer is recorded yet. Press “New volunteer” to "
                                 "add the first."),
            widths=WIDTHS, parent=parent)
        model.setParent(self)

    def count_text(self, n: int) -> str:
        return self.tr("%n volunteer(s)", "", n)

    def watched_tables(self) -> tuple[str, ...]:
        # Plans change who leaves before an accompaniment.
        return ("volunteers", "accompaniments")
