"""Results of a search of the whole vault (Ctrl+F), opened with a double click or Enter."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QAction, QKeySequence, QPalette, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel, QStackedWidget,
                               QStyle, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from ...common.models.roles import ID_ROLE, TABLE_ROLE
from .model import MARKED_ROLE, MARKS, SearchResultsModel
from ...common.models.sort_proxy import ValueSortProxy


class MarkedTextDelegate(QStyledItemDelegate):
    """Draws a snippet with the words found in bold, instead of FTS5's raw markers."""

    def paint(self, painter, option, index) -> None:
        marked = index.data(MARKED_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        html = (escape(marked).replace(MARKS[0], "<b>").replace(MARKS[1], "</b>"))
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(html)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(text_rect.translated(-text_rect.topLeft()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group))
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchResultsView(QWidget):
    open_requested = Signal(str, str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = SearchResultsModel(session.vault, self)
        self.proxy = ValueSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        # Unsorted until a header is clicked: each person's linked records follow them.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(SearchResultsModel.SNIPPET, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(SearchResultsModel.KIND, 120)
        self.view.setColumnWidth(SearchResultsModel.TITLE, 280)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setItemDelegateForColumn(SearchResultsModel.SNIPPET, MarkedTextDelegate(self.view))
        self.view.doubleClicked.connect(self._open)
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open(self.view.currentIndex()))
        self.view.addAction(open_action)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    def search(self, text: str) -> None:
        self.model.search(text)
        count = self.model.rowCount()
        self.title.setText(self.tr("Search: “%1”").replace("%1", text))
        if count:
            self.stack.setCurrentWidget(self.view)
            self.view.selectRow(0)
        else:
            self.empty.setText(self.tr("Nothing in the vault matches “%1”. Names, aliases, summaries, "
                                       "descriptions and notes are searched.").replace("%1", text))
            self.stack.setCurrentWidget(self.empty)

    def enter_results(self) -> bool:
        """Moves the keyboard into the results (Down from the search box)."""
        if self.stack.currentWidget() is not self.view or not self.proxy.rowCount():
            return False
        if not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(TABLE_ROLE), index.data(ID_ROLE))
