"""The persons or organisations an incident affected, each with a role."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from ....domain.vocab import Vocabulary
from .. import i18n
from .roles import ID_ROLE, SORT_ROLE


class AffectedLinksModel(QAbstractTableModel):
    NAME, ROLE = range(2)
    edited = Signal()

    def __init__(self, roles: Vocabulary, parent: QObject | None = None):
        super().__init__(parent)
        self.roles = roles
        self.rows: list[list[str]] = []  # [id, title, role]

    # -- value --------------------------------------------------------------------------

    def value(self) -> tuple[list[str], list[str]]:
        return [r[0] for r in self.rows], [r[2] for r in self.rows]

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.endResetModel()

    def add(self, record_id: str, title: str, role: str | None = None) -> bool:
        if any(r[0] == record_id for r in self.rows):
            return False
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append([record_id, title, role or self.roles.codes[0]])
        self.endInsertRows()
        self.edited.emit()
        return True

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        self.edited.emit()

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("AffectedLinks", "Name"),
                    QCoreApplication.translate("AffectedLinks", "Role"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record_id, title, code = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if index.column() == self.NAME:
                return title
            return self.roles.label(code, i18n.language())
        if role == Qt.ItemDataRole.EditRole and index.column() == self.ROLE:
            return code
        if role == ID_ROLE:
            return record_id
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ROLE or role != Qt.ItemDataRole.EditRole \
                or value not in self.roles:
            return False
        if self.rows[index.row()][2] == value:
            return False
        self.rows[index.row()][2] = value
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
