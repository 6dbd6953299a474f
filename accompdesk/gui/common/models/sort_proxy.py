"""Sort proxies: one that hands sorting to the SQL model, one that sorts Python values."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .roles import SORT_ROLE


class SqlSortProxy(QSortFilterProxyModel):
    """Passes sorting on to a lazy source model, which orders its query in SQL.

    Sorting here would make the proxy read every row of the source, which is what the
    lazy model exists to avoid; the proxy itself keeps the source order.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class ValueSortProxy(QSortFilterProxyModel):
    """Sorts small in-memory models on the Python value each row gives for SORT_ROLE,
    so dates sort as dates and numbers as numbers, not as the text shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
