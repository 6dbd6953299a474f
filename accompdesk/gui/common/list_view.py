"""A list of records: a title, a count, a filter bar, the table, an empty state.

Every list of the window is one: the persons, organisations and incidents
(record_list.py), the volunteers, alerts and check-in schedules. Each gives its texts
and its model; the lazy model, the SQL sort proxy, the filter bar, Open and Move to
Trash, and the column layout remembered in QSettings (layout only, never what rows
show) are the same for all.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from . import i18n
from .icons import icon
from .models.roles import ID_ROLE
from .models.sort_proxy import SqlSortProxy
from .filters import FilterBar


class ListView(QWidget):
    open_requested = Signal(str, str)  # table, record id
    new_requested = Signal(str)  # table
    delete_requested = Signal(str, list)  # table, record ids

    def __init__(self, session, model, settings, *, title: str, new_text: str, empty_text: str,
                 widths: dict[str, int] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.model = model
        self.table = model.table
        self._widths = widths or {}
        self._empty_text = empty_text
        self.proxy = SqlSortProxy(self)
        self.proxy.setSourceModel(model)

        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(icon("add"), new_text, self)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.table))
        self.head = QHBoxLayout()
        self.head.addWidget(heading)
        self.head.addWidget(self.count_label)
        self.head.addStretch(1)
        self.head.addWidget(self.new_button)

        self.filters = FilterBar(model.record_type, self)
        self.filters.changed.connect(self.apply_filters)
        self.filters.search.returnPressed.connect(self.filters.apply_now)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(title)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._open_index)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        self.open_action = QAction(icon("open"), self.tr("&Open"), self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_current)
        self.delete_action = QAction(icon("trash"), self.tr("Move to &Trash"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.open_action)
        self.view.addAction(self.delete_action)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(self.head)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        restored = self._restore_layout()
        # The indicator first: turning sorting on sorts by whatever the header shows
        # (the order remembered with the layout, or the list's usual one).
        order_by, descending = model.order
        names = [c.sql_order for c in model.columns]
        if not restored and order_by in names:
            header.setSortIndicator(names.index(order_by), Qt.SortOrder.DescendingOrder if descending
                                    else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.session.changed.connect(self._on_changed)
        self._update_state()

    # -- layout memory ------------------------------------------------------------------

    def _layout_key(self) -> str:
        return f"operations/{self.table}/header"

    def _restore_layout(self) -> bool:
        header = self.view.horizontalHeader()
        state = self.settings.layout(self._layout_key()) if self.settings is not None else None
        if state is not None and header.restoreState(state):
            if self.settings.layout(self._layout_key() + "-language") != i18n.language():
                # Widths saved in another language (or before it was kept): a column is
                # made as wide as its name in this one; one the person widened stays so.
                for i in range(header.count()):
                    if not header.isSectionHidden(i):
                        header.resizeSection(i, max(header.sectionSize(i), header.sectionSizeHint(i)))
            return True
        for i, column in enumerate(self.model.columns):
            header.setSectionHidden(i, column.hidden_by_default)
            # Never narrower than the column's name: Spanish names are longer than English.
            header.resizeSection(i, max(self._widths.get(column.name, 150), header.sectionSizeHint(i)))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return False

    def save_layout(self) -> None:
        if self.settings is not None:
            self.settings.set_layout(self._layout_key(), self.view.horizontalHeader().saveState())
            self.settings.set_layout(self._layout_key() + "-language", i18n.language())

    # -- content ------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.set_query(self.filters.query())
        self._update_state()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_state()

    def _on_changed(self, table: str) -> None:
        if table in self.watched_tables():
            self.refresh()

    def watched_tables(self) -> tuple[str, ...]:
        return (self.table,)

    def count_text(self, n: int) -> str:
        """'12 volunteers': each list says it with self.tr, where lupdate sees the plural."""
        raise NotImplementedError

    def filtered_text(self) -> str:
        """What the list says when its filters leave no record."""
        return self.tr("Nothing matches this search.")

    def _update_state(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.count_text(count))
        if count:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self.filtered_text() if self.filters.is_filtered() else self._empty_text)
            self.stack.setCurrentWidget(self.empty)

    def selected_ids(self) -> list[str]:
        return [r.data(ID_ROLE) for r in self.view.selectionModel().selectedRows() if r.data(ID_ROLE)]

    def _open_index(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            self.open_requested.emit(self.table, record_id)

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._open_index(index)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(self.table, ids)

    def _row_menu(self, pos) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.delete_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))
