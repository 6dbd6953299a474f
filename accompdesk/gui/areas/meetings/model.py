"""Meetings found by the meeting list's filters, one row each, sorted on Python values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ....domain.records import Authority, Commitment, Meeting
from ....domain.vocab import AUTHORITY_LEVEL
from ...common.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE, TABLE_ROLE
from ...common.chain.text import commitment_summary, label, status_colour


class MeetingTableModel(QAbstractTableModel):
    DATE, STATUS, AUTHORITY, LEVEL, PURPOSE, INCIDENTS, COMMITMENTS = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.meetings: list[Meeting] = []
        self.authorities: dict[str, Authority] = {}
        self.commitments: dict[str, list[Commitment]] = {}

    def set_rows(self, meetings: list[Meeting], authorities: dict[str, Authority],
                 commitments: dict[str, list[Commitment]]) -> None:
        self.beginResetModel()
        self.meetings, self.authorities, self.commitments = meetings, authorities, commitments
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.meetings)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Date"), self.tr("Status"), self.tr("Authority"), self.tr("Level"), self.tr("Purpose"),
                    self.tr("Incidents"), self.tr("Commitments")][section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.meetings[index.row()]
        authority = self.authorities.get(m.authority_id or "")
        column = index.column()
        items = self.commitments.get(m.id, [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [m.held_on.isoformat() if m.held_on else "", label(Meeting, "status", m.status),
                    authority.name if authority else "", label(Authority, "level", authority.level) if authority else "",
                    m.purpose, str(len(m.incidents)) if m.incidents else "", commitment_summary(items)][column]
        if role == SORT_ROLE:
            return [m.held_on or dt.date.min, m.status, authority.name.casefold() if authority else "",
                    AUTHORITY_LEVEL.rank(authority.level) if authority and authority.level in AUTHORITY_LEVEL else -1,
                    m.purpose.casefold(), len(m.incidents), len(items)][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COMMITMENTS:
            colours = [status_colour(c) for c in items]
            return next((c for c in colours if c is not None and c.name() == "#c62828"), None)
        if role == ID_ROLE:
            return m.id
        if role == RECORD_ROLE:
            return m
        if role == TABLE_ROLE:
            return "meetings"
        return None
