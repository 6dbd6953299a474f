"""Hits of a whole-vault search: what kind of record, its title, the words around the match."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QT_TRANSLATE_NOOP, Qt

from ...common.models.roles import ID_ROLE, SORT_ROLE, TABLE_ROLE

KINDS = {
    "persons": QT_TRANSLATE_NOOP("SearchResults", "Person"),
    "organisations": QT_TRANSLATE_NOOP("SearchResults", "Organisation"),
    "incidents": QT_TRANSLATE_NOOP("SearchResults", "Incident"),
    "authorities": QT_TRANSLATE_NOOP("SearchResults", "Authority"),
    "officials": QT_TRANSLATE_NOOP("SearchResults", "Official"),
    "meetings": QT_TRANSLATE_NOOP("SearchResults", "Meeting"),
    "commitments": QT_TRANSLATE_NOOP("SearchResults", "Commitment"),
    "volunteers": QT_TRANSLATE_NOOP("SearchResults", "Volunteer"),
    "accompaniments": QT_TRANSLATE_NOOP("SearchResults", "Accompaniment"),
    "alerts": QT_TRANSLATE_NOOP("SearchResults", "Alert"),
    "checkins": QT_TRANSLATE_NOOP("SearchResults", "Check-in"),
}
HEADERS = (QT_TRANSLATE_NOOP("SearchResults", "Kind"), QT_TRANSLATE_NOOP("SearchResults", "Title"),
           QT_TRANSLATE_NOOP("SearchResults", "Where the words are"))
LIMIT = 200
MARKED_ROLE = Qt.ItemDataRole.UserRole + 40  # the snippet with the words found marked
LINKED_ROLE = Qt.ItemDataRole.UserRole + 41  # found through a person or organisation
MARKS = ("\x02", "\x03")


def plain(snippet: str) -> str:
    return " ".join(snippet.replace(MARKS[0], "").replace(MARKS[1], "").split())


class SearchResultsModel(QAbstractTableModel):
    KIND, TITLE, SNIPPET = range(3)

    def __init__(self, vault, parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.hits = []
        self.text = ""

    def search(self, text: str) -> None:
        self.beginResetModel()
        self.text = text
        self.hits = self.vault.search(text, limit=LIMIT, with_linked=True) if text.strip() else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SearchResults", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.KIND:
                kind = KINDS.get(hit.record_table)
                name = QCoreApplication.translate("SearchResults", kind) if kind else hit.record_table
                return f"↳ {name}" if hit.via and role == Qt.ItemDataRole.DisplayRole else name
            if column == self.TITLE:
                return hit.title
            if hit.via:
                return QCoreApplication.translate("SearchResults", "Linked to %1").replace("%1", hit.via)
            return plain(hit.snippet)
        if role == MARKED_ROLE and column == self.SNIPPET and not hit.via:
            return " ".join(hit.snippet.split())
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SNIPPET:
            return plain(hit.snippet) if not hit.via else None
        if role == LINKED_ROLE:
            return bool(hit.via)
        if role == ID_ROLE:
            return hit.record_id
        if role == TABLE_ROLE:
            return hit.record_table
        return None
