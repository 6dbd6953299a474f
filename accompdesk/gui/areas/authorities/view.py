"""The authorities area: the chain of command as a tree (re-parented by dragging) and,
beside it, the chosen authority's officials, meetings and commitments."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QPushButton, QSplitter, QTreeView, QVBoxLayout, QWidget)

from ....domain.records import Authority, Meeting, Official
from ...common.icons import icon
from ...common.models.roles import ID_ROLE
from .model import AuthorityTreeModel
from .reparent import Reparent
from .details import AuthorityDetails
from ...common.heading import heading


class AuthoritiesView(QWidget):
    def __init__(self, host, forms, parent: QWidget | None = None):
        super().__init__(parent)
        self.host, self.forms, self.session = host, forms, host.session
        self.model = AuthorityTreeModel(self.session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.count_label = QLabel(self)
        self.new_button = QPushButton(icon("add"), self.tr("&New authority"), self)
        self.new_button.clicked.connect(lambda: self.forms.open_new("authorities"))
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Chain of command"), self))
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(self.new_button)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Type to find an authority by name, kind or territory"))
        self.search.setAccessibleName(self.tr("Find an authority"))
        self.search.textChanged.connect(self._filter)

        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Chain of command"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        # DragDrop rather than InternalMove: the model decides what a drop may do, and a
        # drop that arrives from elsewhere is checked the same way.
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AuthorityTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AuthorityTreeModel.KIND, 130), (AuthorityTreeModel.LEVEL, 80),
                              (AuthorityTreeModel.TERRITORY, 130)):
            header.resizeSection(column, width)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.doubleClicked.connect(lambda index: self._open(index))
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show(current))

        self.details = AuthorityDetails(self.session, self)
        self.details.open_requested.connect(self.forms.open_any)
        self.details.new_requested.connect(self.forms.open_new)
        self.details.edit_requested.connect(lambda aid: self.forms.open_record("authorities", aid))

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        self.hint = QLabel(self.tr("Drag an authority onto its superior to move it in the chain."), left)
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)

        self._expanded: set[str] = set()
        self._current: str | None = None
        self.model.modelAboutToBeReset.connect(self._remember_expanded)
        self.model.modelReset.connect(self._restore_expanded)
        self.model.moved.connect(self._moved)
        self.model.refused.connect(self._tell)
        self.session.changed.connect(self._changed)
        self.tree.expandToDepth(1)
        self._update_count()

    # -- content ----------------------------------------------------------------------------

    def _changed(self, table: str) -> None:
        if not self.session.is_unlocked:
            return
        if table == "authorities":
            self.model.refresh()
        if table in ("authorities", "officials", "meetings", "commitments"):
            self.details.show_authority(self.details.authority.id if self.details.authority else None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n authority(ies)", "", len(self.model.nodes)))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _remember_expanded(self) -> None:
        self._expanded = set()
        self._current = self.current_id()
        for node_id in self.model.nodes:
            index = self.proxy.mapFromSource(self.model.index_of(node_id))
            if index.isValid() and self.tree.isExpanded(index):
                self._expanded.add(node_id)

    def _restore_expanded(self) -> None:
        for node_id in self._expanded:
            index = self.proxy.mapFromSource(self.model.index_of(node_id))
            if index.isValid():
                self.tree.setExpanded(index, True)
        self._update_count()
        if self._current:
            self.select(self._current)

    def current_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self.tree.selectionModel().selectedRows()]

    def select(self, authority_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(authority_id))
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.setCurrentIndex(index)

    def _show(self, index: QModelIndex) -> None:
        self.details.show_authority(index.data(ID_ROLE) if index.isValid() else None)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.forms.open_record("authorities", index.data(ID_ROLE))

    # -- moving -----------------------------------------------------------------------------

    def _moved(self, before: list, superior_id) -> None:
        names = [self.model.nodes[aid].authority.name for aid, _old in before if aid in self.model.nodes]
        superior = self.model.nodes.get(superior_id or "")
        text = (self.tr("%1 now stands under %2.").replace("%2", superior.authority.name) if superior else
                self.tr("%1 now stands at the top of its chain.")).replace("%1", ", ".join(names))
        self.host.undo_stack.push(Reparent(self.session, before, superior_id))
        self._tell(text, self.tr("&Undo"), self.host.undo_stack.undo)
        if before:
            self.select(before[0][0])

    def move_under(self, ids: list[str], superior_id: str | None) -> bool:
        """Re-parent as a drop would, with the same refusals (the menu, the keyboard, tests)."""
        why = self.model.refusal(ids, superior_id) or self.model.move(ids, superior_id)
        if why is not None:
            self._tell(why)
            return False
        return True

    def _tell(self, text: str, action_text: str = "", action=None) -> None:
        self.last_message = text
        self.host.notify(text, action_text, action)

    def _choose_superior(self, ids: list[str]) -> None:
        from ...common.widgets.record_picker import RecordPickerDialog

        dialog = RecordPickerDialog(self.session, "authorities", multiple=False, exclude=set(ids), parent=self.window())
        dialog.setWindowTitle(self.tr("Choose the new superior"))
        if dialog.exec() == RecordPickerDialog.DialogCode.Accepted and dialog.chosen:
            self.move_under(ids, dialog.chosen[0].id)

    def _menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            aid = index.data(ID_ROLE)
            ids = self.selected_ids() or [aid]
            menu.addAction(icon("open"), self.tr("&Open"), lambda: self.forms.open_record("authorities", aid))
            menu.addAction(icon("add"), self.tr("New &subordinate authority"),
                           lambda: self.forms.open_new("authorities", Authority(superior_id=aid)))
            menu.addAction(icon("add"), self.tr("New o&fficial"),
                           lambda: self.forms.open_new("officials", Official(authority_id=aid)))
            menu.addAction(icon("meeting"), self.tr("New &meeting"),
                           lambda: self.forms.open_new("meetings", Meeting(authority_id=aid)))
            menu.addSeparator()
            menu.addAction(self.tr("Move &under…"), lambda: self._choose_superior(ids))
            top = QAction(self.tr("Put at the &top of its chain"), menu)
            top.triggered.connect(lambda: self.move_under(ids, None))
            top.setEnabled(any(self.model.nodes[i].authority.superior_id for i in ids))
            menu.addAction(top)
        else:
            menu.addAction(icon("add"), self.tr("&New authority"), lambda: self.forms.open_new("authorities"))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
