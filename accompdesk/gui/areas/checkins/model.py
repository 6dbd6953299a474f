"""The safety check-ins due: one row per expected call, the escalated ones first."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ....vault import checkin_due as due
from ...common.operations import texts
from ...common.operations.texts import translate

ITEM_ROLE = Qt.ItemDataRole.UserRole + 30
ESCALATED = QColor("#fbe1dd")


class DueListModel(QAbstractTableModel):
    TIME, WHO, STATE, LATE, NOTES = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("Operations", "Time"), QT_TRANSLATE_NOOP("Operations", "Who"),
               QT_TRANSLATE_NOOP("Operations", "Status"), QT_TRANSLATE_NOOP("Operations", "Late by"),
               QT_TRANSLATE_NOOP("Operations", "Notes"))

    def __init__(self, vault, now: Callable[[], dt.datetime], parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.now = now
        self.items: list[due.DueItem] = []
        self.subjects: dict[str, object] = {}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.items = due.due_now(self.vault, self.now())
        self.subjects = self._subjects()
        self.endResetModel()

    def _subjects(self) -> dict[str, object]:
        persons = sorted({i.person_id for i in self.items if i.person_id})
        organisations = sorted({i.organisation_id for i in self.items if i.organisation_id})
        found = {}
        if persons:
            found.update({p.id: p for p in self.vault.persons.list(filters={"id": persons}, with_links=False)})
        if organisations:
            found.update({o.id: o for o in self.vault.organisations.list(filters={"id": organisations},
                                                                          with_links=False)})
        return found

    @property
    def escalated(self) -> list[due.DueItem]:
        return [i for i in self.items if i.escalation]

    def subject_name(self, item: due.DueItem) -> str:
        subject = self.subjects.get(item.subject_id)
        if subject is None:
            return ""
        return f"{subject.title} ({subject.alias})" if subject.alias else subject.title

    def item(self, row: int) -> due.DueItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, key) -> int:
        return next((r for r, i in enumerate(self.items) if i.key == key), -1)

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Operations", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and item.escalation:
            return QBrush(ESCALATED)
        if role == Qt.ItemDataRole.ForegroundRole and item.escalation:
            return QBrush(QColor("#111111"))  # on the light background, whatever the theme
        if role == Qt.ItemDataRole.FontRole and item.escalation:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.STATE:
            return texts.escalation_text(item) or None
        return None

    def _text(self, item: due.DueItem, column: int) -> str:
        if column == self.TIME:
            return texts.moment_text(item.scheduled_at)
        if column == self.WHO:
            return self.subject_name(item)
        if column == self.STATE:
            return ("⚠ " if item.escalation else "") + texts.state_text(item.state)
        if column == self.LATE:
            return texts.late_text(item.minutes_late) if item.minutes_late else ""
        if column == self.NOTES:
            return " ".join((item.checkin.notes if item.checkin else "").split())
        return ""
