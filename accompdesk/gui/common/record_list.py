"""A list of persons, organisations or incidents: filters, the table, an empty state.

Which columns show and how wide they are is remembered in QSettings (layout only);
what the list shows is read from the vault each time.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from .icons import icon
from ..record_actions import describe
from .models.record_table import RecordTableModel
from .models.roles import ID_ROLE
from .models.sort_proxy import SqlSortProxy
from .filters import FilterBar

TEXTS = {
    "persons": {
        "title": QT_TRANSLATE_NOOP("RecordList", "Defenders"),
        "new": QT_TRANSLATE_NOOP("RecordList", "&New person"),
        "empty": QT_TRANSLATE_NOOP("RecordList", "No one is recorded yet. Press “New person” to add "
                                   "the first defender."),
    },
    "organisations": {
        "title": QT_TRANSLATE_NOOP("RecordList", "Organisations"),
        "new": QT_TRANSLATE_NOOP("RecordList", "&New organisation"),
        "empty": QT_TRANSLATE_NOOP("RecordList", "No organisation is recorded yet. Press “New "
                                   "organisation” to add one."),
    },
    "incidents": {
        "title": QT_TRANSLATE_NOOP("RecordList", "Incidents"),
        "new": QT_TRANSLATE_NOOP("RecordList", "&New incident"),
        "empty": QT_TRANSLATE_NOOP("RecordList", "No incident is recorded yet. Press “New incident” "
                                   "to record what happened."),
    },
}


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RecordList", text, None, n)


class RecordListView(QWidget):
    open_requested = Signal(str, str)  # table, record id
    new_requested = Signal(str)  # table
    delete_requested = Signal(str, list)  # table, record ids
    export_requested = Signal(str)  # table

    def __init__(self, session, table: str, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.table = table
        self.settings = settings
        self.texts = TEXTS[table]
        self.model = RecordTableModel(session.vault, table, parent=self)
        self.proxy = SqlSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.last_filter_seconds = 0.0

        title = QLabel(_t(self.texts["title"]), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(icon("add"), _t(self.texts["new"]), self)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.table))
        # Shown by the workspace when the exchange package is there to export with.
        self.export_button = QPushButton(icon("export"), self.tr("E&xport this list…"), self)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.table))
        self.export_button.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(self.export_button)
        head.addWidget(self.new_button)

        self.filters = FilterBar(self.model.record_type, self)
        self.filters.changed.connect(self.apply_filters)
        self.filters.search.returnPressed.connect(self.filters.apply_now)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setAccessibleName(_t(self.texts["title"]))
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
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
        layout.addLayout(head)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        restored = self._restore_layout()
        # The indicator first: turning sorting on sorts by whatever the header shows
        # (the order remembered with the layout, or the list's usual one).
        order_by, descending = self.model.order
        names = [c.sql_order for c in self.model.columns]
        if not restored and order_by in names:
            header.setSortIndicator(names.index(order_by), Qt.SortOrder.DescendingOrder if descending
                                    else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.session.changed.connect(self._on_changed)
        self._update_state()

    # -- layout memory (QSettings holds widths and columns, never what rows show) -------

    def _layout_key(self) -> str:
        return f"{self.table}/header"

    def _restore_layout(self) -> bool:
        header = self.view.horizontalHeader()
        state = self.settings.layout(self._layout_key())
        if state is not None and header.restoreState(state):
            return True
        for i, column in enumerate(self.model.columns):
            header.setSectionHidden(i, column.hidden_by_default)
            header.resizeSection(i, 320 if column.name in ("summary",) else 150)
        return False

    def save_layout(self) -> None:
        self.settings.set_layout(self._layout_key(), self.view.horizontalHeader().saveState())

    def _header_menu(self, pos) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        for i, column in enumerate(self.model.columns):
            action = menu.addAction(column.header(self.model.record_type))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: (header.setSectionHidden(i, not on), self.save_layout()))
        menu.exec(header.mapToGlobal(pos))

    # -- content ------------------------------------------------------------------------

    def apply_filters(self) -> None:
        started = time.perf_counter()
        self.model.set_query(self.filters.query())
        # Reading the first page is part of what the person waits for.
        self.model.record_at(0)
        self.last_filter_seconds = time.perf_counter() - started
        self._update_state()

    def refresh(self) -> None:
        selected = self.selected_ids()
        self.model.refresh()
        self._update_state()
        if selected:
            self.model.record_at(0)
            self.select_ids(selected)

    def _on_changed(self, table: str) -> None:
        if table == self.table or (self.table == "persons" and table == "organisations"):
            self.refresh()

    def _update_state(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(describe(self.table, count))
        if count:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self.tr("Nothing matches these filters.") if self.filters.is_filtered()
                               else _t(self.texts["empty"]))
            self.stack.setCurrentWidget(self.empty)

    def shown_columns(self) -> list[str]:
        """Field names of the columns on screen, in the order they are shown."""
        header = self.view.horizontalHeader()
        logical = sorted(range(header.count()), key=header.visualIndex)
        return [self.model.columns[i].name for i in logical if not header.isSectionHidden(i)]

    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [r.data(ID_ROLE) for r in rows if r.data(ID_ROLE)]

    def select_ids(self, ids: list[str]) -> None:
        selection = self.view.selectionModel()
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                self.view.scrollTo(index)

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
