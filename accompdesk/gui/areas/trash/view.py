"""The Trash: records moved there are kept, and come back with Restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from ...common.icons import icon
from ...common.messages import error_text
from ...common.models.roles import ID_ROLE, TABLE_ROLE
from ...common.models.sort_proxy import ValueSortProxy
from .model import TABLES, TrashModel


class TrashView(QWidget):
    restore_requested = Signal(list)  # [(table, id)]

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = TrashModel(session.vault, self)
        self.proxy = ValueSortProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("Trash"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        explain = QLabel(self.tr("Records moved to the Trash are kept, hidden from lists and searches, "
                                 "and can be restored."), self)
        explain.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(TrashModel.DELETED_AT, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TrashModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # The other columns as wide as their names (longer in Spanish) and their first
        # values, a moment on one line.
        stamp = self.view.fontMetrics().horizontalAdvance("2026-12-31 23:59") + 12
        for column in (TrashModel.KIND, TrashModel.DELETED_AT, TrashModel.DELETED_BY):
            width = max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
            header.resizeSection(column, max(width, stamp) if column == TrashModel.DELETED_AT else width)
        self.view.setAccessibleName(self.tr("Records in the Trash"))
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = QLabel(self.tr("The Trash is empty."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(icon("trash"), self.tr("&Delete for good…"), self)
        self.purge_button.clicked.connect(self.purge_selected)
        self.purge_button.setVisible(session.vault.role == "coordinator")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update)
        session.changed.connect(self._on_changed)
        self._update()

    def _on_changed(self, table: str) -> None:
        if table in TABLES:
            self.model.refresh()
            self._update()

    def _update(self) -> None:
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        chosen = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

    def selected(self) -> list[tuple[str, str]]:
        return [(i.data(TABLE_ROLE), i.data(ID_ROLE)) for i in self.view.selectionModel().selectedRows()]

    def restore_selected(self) -> None:
        items = self.selected()
        if items:
            self.restore_requested.emit(items)

    def purge_selected(self) -> None:
        items = self.selected()
        if not items:
            return
        answer = QMessageBox.warning(
            self, self.tr("Delete for good?"),
            self.tr("%n record(s) will be removed from the vault for good. This cannot be undone; "
                    "the audit log keeps a note that it happened.", "", len(items)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            for table, record_id in items:
                self.session.vault.repo(table).purge(record_id)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
        for table in sorted({t for t, _ in items}):
            self.session.notify(table)
