"""A record list over a repository query that reads only the pages on screen.

The row count comes from one COUNT query, so the scroll bar is right at once; rows
are read a page at a time when a view asks for them, and only the most recently
used pages stay in memory. Filtering, searching and sorting are SQL (see
`SqlSortProxy`): sorting 100,000 rows in Python would mean reading them all.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ....domain.records import Record
from .columns import COLUMNS, Column
from .roles import ID_ROLE, RECORD_ROLE, SORT_ROLE, TABLE_ROLE

DEFAULT_ORDER = {"incidents": ("occurred_on", True)}


@dataclass
class Query:
    filters: dict = field(default_factory=dict)
    ranges: dict = field(default_factory=dict)
    text: str = ""
    include_deleted: bool = False


class RecordTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    KEPT_PAGES = 40

    def __init__(self, vault, table: str, columns: tuple[Column, ...] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._vault = vault
        self._repo = vault.repo(table)
        self.table = table
        self.record_type = self._repo.type
        self.columns = columns or COLUMNS[table]
        self._query = Query()
        self._order_by, self._descending = DEFAULT_ORDER.get(table, (self.record_type.TITLE_FIELD, False))
        self._count = 0
        self._pages: OrderedDict[int, list[Record]] = OrderedDict()
        self._titles: dict[tuple[str, str], str] = {}
        self.page_reads = 0  # for tests and measurements: how many pages were read
        self.refresh()

    # -- the query ----------------------------------------------------------------------

    @property
    def query(self) -> Query:
        return self._query

    def set_query(self, query: Query) -> None:
        self._query = query
        self.refresh()

    @property
    def order(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    def refresh(self) -> None:
        self.beginResetModel()
        q = self._query
        self._count = self._repo.count(filters=q.filters or None, ranges=q.ranges or None,
                                       text=q.text or None, include_deleted=q.include_deleted)
        self._pages.clear()
        self._titles.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        sql_order = self.columns[column].sql_order
        if sql_order is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._order_by = sql_order
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self._update_persistent_indexes()
        self.layoutChanged.emit()

    def _update_persistent_indexes(self) -> None:
        # After a new order, old positions mean nothing; selections are dropped.
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, QModelIndex())

    # -- reading pages ------------------------------------------------------------------

    def record_at(self, row: int) -> Record | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _read_page(self, number: int) -> list[Record]:
        q = self._query
        page = self._repo.list(filters=q.filters or None, ranges=q.ranges or None, text=q.text or None,
                               order_by=self._order_by, descending=self._descending,
                               limit=self.PAGE_SIZE, offset=number * self.PAGE_SIZE,
                               include_deleted=q.include_deleted, with_links=False)
        self.page_reads += 1
        self._load_link_titles(page)
        self._pages[number] = page
        while len(self._pages) > self.KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    def _load_link_titles(self, page: list[Record]) -> None:
        for column in self.columns:
            if not column.link_table:
                continue
            wanted = {getattr(r, column.name) for r in page} - {None, ""}
            wanted = [w for w in wanted if (column.link_table, w) not in self._titles]
            if not wanted:
                continue
            for record in self._vault.repo(column.link_table).list(
                    filters={"id": wanted}, include_deleted=True, with_links=False):
                self._titles[(column.link_table, record.id)] = record.title

    def _link_title(self, table: str, record_id: str) -> str:
        return self._titles.get((table, record_id), "")

    def row_of(self, record_id: str) -> int:
        """The row of a record among the pages read so far; -1 if not read (or not there)."""
        for number, page in self._pages.items():
            for offset, record in enumerate(page):
                if record.id == record_id:
                    return number * self.PAGE_SIZE + offset
        return -1

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header(self.record_type)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record, self._link_title)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return record.id
        if role == TABLE_ROLE:
            return self.table
        if role == SORT_ROLE:
            return column.sort_value(record)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
