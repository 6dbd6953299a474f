"""A list of persons, organisations or incidents: filters, the table, an empty state.

Which columns show and how wide they are is remembered in QSettings (layout only);
what the list shows is read from the vault each time.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QPushButton, QWidget

from ..record_actions import describe
from .icons import icon
from .list_view import ListView
from .models.record_table import RecordTableModel

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


class RecordListView(ListView):
    """Persons, organisations or incidents: the list with an Export button, a menu of its
    columns on the header, and the selection kept when the list is read again."""

    export_requested = Signal(str)  # table

    def __init__(self, session, table: str, settings, parent: QWidget | None = None):
        texts = TEXTS[table]
        model = RecordTableModel(session.vault, table)
        super().__init__(session, model, settings, title=_t(texts["title"]), new_text=_t(texts["new"]),
                         empty_text=_t(texts["empty"]), widths={"summary": 320}, parent=parent)
        model.setParent(self)
        self.texts = texts
        self.last_filter_seconds = 0.0
        self.export_button = QPushButton(icon("export"), self.tr("E&xport this list…"), self)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.table))
        self.head.insertWidget(self.head.indexOf(self.new_button), self.export_button)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    def _layout_key(self) -> str:
        return f"{self.table}/header"

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

    def watched_tables(self) -> tuple[str, ...]:
        return ("persons", "organisations") if self.table == "persons" else (self.table,)

    def count_text(self, n: int) -> str:
        return describe(self.table, n)

    def filtered_text(self) -> str:
        return self.tr("Nothing matches these filters.")

    def shown_columns(self) -> list[str]:
        """Field names of the columns on screen, in the order they are shown."""
        header = self.view.horizontalHeader()
        logical = sorted(range(header.count()), key=header.visualIndex)
        return [self.model.columns[i].name for i in logical if not header.isSectionHidden(i)]

    def select_ids(self, ids: list[str]) -> None:
        selection = self.view.selectionModel()
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                self.view.scrollTo(index)
