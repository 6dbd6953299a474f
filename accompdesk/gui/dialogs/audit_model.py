"""The audit log as a table model: named columns, the entry itself under ROW_ROLE,
newest first (the question is nearly always "what happened lately")."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..common.formatting import format_stamp
from ..common.models.roles import RECORD_ROLE

ROW_ROLE = RECORD_ROLE  # the AuditEntry of the row
SEQ, AT, USER, ACTION, RECORD, DETAIL = range(6)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list = []
        self._headers = (self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("Action"),
                         self.tr("Record"), self.tr("Detail"))

    def set_entries(self, entries: list) -> None:
        self.beginResetModel()
        self._entries = list(reversed(entries))
        self.endResetModel()

    @property
    def entries(self) -> list:
        """Oldest first, as the log and its PDF read."""
        return list(reversed(self._entries))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RECORD:
            return entry.record_id or None
        return None

    def cell(self, entry, column: int) -> str:
        if column == SEQ:
            return str(entry.seq)
        if column == AT:
            return format_stamp(entry.at)
        if column == USER:
            return entry.user
        if column == ACTION:
            return action_label(entry.action)
        if column == RECORD:
            return record_label(entry.record_table, entry.record_id)
        return entry.detail

    def row_of(self, seq: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.seq == seq:
                return row
        return None


def table_label(table: str) -> str:
    from ..common.safety_texts import tr

    labels = {
        "persons": tr("Defender"), "organisations": tr("Organisation"), "incidents": tr("Incident"),
        "authorities": tr("Authority"), "officials": tr("Official"), "meetings": tr("Meeting"),
        "commitments": tr("Commitment"), "volunteers": tr("Volunteer"),
        "accompaniments": tr("Accompaniment"), "checkins": tr("Check-in"), "alerts": tr("Alert"),
        "users": tr("Staff member"), "attachments": tr("Attachment"), "vault": tr("Vault"),
        "settings": tr("Office settings"), "checkin_schedules": tr("Check-in schedule"),
    }
    return labels.get(table, table)


def action_label(action: str) -> str:
    from ..common.safety_texts import tr

    labels = {
        "create": tr("created"), "update": tr("changed"), "delete": tr("moved to the Trash"),
        "restore": tr("restored from the Trash"), "purge": tr("purged"), "import": tr("imported"),
        "export": tr("exported"), "backup": tr("backup"), "rekey": tr("new key"),
        "change passphrase": tr("passphrase changed"), "settings": tr("settings changed"),
        "create vault": tr("vault created"), "restore from backup": tr("restored from a backup"),
        "switch to restored vault": tr("switched to a restored vault"),
        "save attachment copy": tr("attachment copy saved"),
    }
    return labels.get(action, action)


def record_label(table: str, record_id: str) -> str:
    if not record_id:
        return table_label(table)
    return f"{table_label(table)} {record_id[:8]}"
