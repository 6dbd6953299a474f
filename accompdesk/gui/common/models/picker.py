"""Records offered in a picker: the title and one detail that tells namesakes apart."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from ....domain.fields import specs
from ....domain.records import Record
from ..formatting import vocab_label
from .roles import ID_ROLE, RECORD_ROLE, SORT_ROLE

LIMIT = 100


def detail(record: Record) -> str:
    fields = specs(type(record))
    parts = []
    if "kind" in fields and fields["kind"].vocab and getattr(record, "kind", None):
        parts.append(vocab_label(fields["kind"], record.kind))
    for name in ("region", "territory", "place"):
        value = getattr(record, name, "")
        if value:
            parts.append(value)
            break
    return " · ".join(parts)


class PickerModel(QAbstractListModel):
    def __init__(self, vault, table: str, parent: QObject | None = None):
        super().__init__(parent)
        self.repo = vault.repo(table)
        self.records: list[Record] = []
        self.exclude: set[str] = set()

    def search(self, text: str) -> None:
        self.beginResetModel()
        found = self.repo.list(text=text.strip() or None, limit=LIMIT + len(self.exclude), with_links=False)
        self.records = [r for r in found if r.id not in self.exclude][:LIMIT]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            extra = detail(record)
            return f"{record.title} — {extra}" if extra else record.title
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return record.id
        if role == SORT_ROLE:
            return record.title.casefold()
        return None
