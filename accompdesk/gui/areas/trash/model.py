"""Records in the Trash (soft-deleted persons, organisations and incidents), newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QT_TRANSLATE_NOOP, Qt

from ...common.formatting import format_stamp
from ...common.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE, TABLE_ROLE

TABLES = ("persons", "organisations", "incidents")
KINDS = {
    "persons": QT_TRANSLATE_NOOP("Trash", "Person"),
    "organisations": QT_TRANSLATE_NOOP("Trash", "Organisation"),
    "incidents": QT_TRANSLATE_NOOP("Trash", "Incident"),
}
HEADERS = (QT_TRANSLATE_NOOP("Trash", "Kind"), QT_TRANSLATE_NOOP("Trash", "Title"),
           QT_TRANSLATE_NOOP("Trash", "Moved to the Trash"), QT_TRANSLATE_NOOP("Trash", "By"))
LIMIT_PER_TABLE = 1000


class TrashModel(QAbstractTableModel):
    KIND, TITLE, DELETED_AT, DELETED_BY = range(4)

    def __init__(self, vault, parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.rows: list[tuple[str, object]] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        from ....vault.merges import merged_ids

        rows = []
        for table in TABLES:
            # A merged record lives on in the one it went into; restoring it is an undo of the merge.
            merged = merged_ids(self.vault.conn, table)
            # deleted_at >= '' holds for every deleted record and for no live one (NULL).
            for record in self.vault.repo(table).list(ranges={"deleted_at": ("", None)}, include_deleted=True,
                                                      order_by="deleted_at", descending=True,
                                                      limit=LIMIT_PER_TABLE, with_links=False):
                if record.id not in merged:
                    rows.append((table, record))
        rows.sort(key=lambda r: r[1].deleted_at or "", reverse=True)
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Trash", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        table, record = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return QCoreApplication.translate("Trash", KINDS[table])
            if column == self.TITLE:
                return record.title
            if column == self.DELETED_AT:
                return format_stamp(record.deleted_at)
            return record.updated_by
        if role == SORT_ROLE:
            return (table, record.title.casefold(), record.deleted_at or "", record.updated_by)[column]
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return record.id
        if role == TABLE_ROLE:
            return table
        return None
