"""The chain of command as a tree model, re-parented by drag and drop.

A drop that would put an authority under itself or under one of its own subordinates
is refused while the drag is still over the target (the cursor says no), and refused
again, by the repository, if it ever arrives. What travels in the drag is record ids,
never names: other programs can read a drag in progress.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QObject, Qt, Signal

from ....domain.records import Authority
from ....domain.validation import ValidationError
from ....vault.chain import kind_rank, level_rank
from ...common.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE, TABLE_ROLE
from ...common.chain.text import label

MIME = "application/x-accompdesk-authority-ids"
# The tops of the chains first (national), then the international authorities that press
# them, then authorities whose superior is not recorded.
SIBLING_ORDER = {"national": 0, "international": 1, "regional": 2, "local": 3}


@dataclass
class Node:
    authority: Authority | None
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)

    @property
    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0


class AuthorityTreeModel(QAbstractItemModel):
    NAME, KIND, LEVEL, TERRITORY = range(4)
    moved = Signal(list, object)  # [(authority id, old superior id)], new superior id
    refused = Signal(str)  # why a drop was refused, in words

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.root = Node(None)
        self.nodes: dict[str, Node] = {}
        self.refresh()

    # -- content ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        authorities = self.session.vault.authorities.list(with_links=False)
        self.root = Node(None)
        self.nodes = {a.id: Node(a) for a in authorities}
        for node in sorted(self.nodes.values(), key=lambda n: (SIBLING_ORDER.get(n.authority.level, 4),
                                                               kind_rank(n.authority), n.authority.name.casefold())):
            superior = self.nodes.get(node.authority.superior_id or "")
            node.parent = superior if superior is not None else self.root
            node.parent.children.append(node)
        self.endResetModel()

    def authority(self, index: QModelIndex) -> Authority | None:
        node = self._node(index)
        return node.authority if node is not self.root else None

    def index_of(self, authority_id: str, column: int = 0) -> QModelIndex:
        node = self.nodes.get(authority_id)
        return self.createIndex(node.row, column, node) if node is not None else QModelIndex()

    def is_under(self, authority_id: str, possible_superior_id: str) -> bool:
        """Whether `authority_id` stands somewhere under `possible_superior_id`."""
        node = self.nodes.get(authority_id)
        while node is not None and node.authority is not None:
            node = node.parent
            if node is not None and node.authority is not None and node.authority.id == possible_superior_id:
                return True
        return False

    # -- QAbstractItemModel -------------------------------------------------------------------

    def _node(self, index: QModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: A003 - Qt's name
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Authority"), self.tr("Kind"), self.tr("Level"), self.tr("Territory")][section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = index.internalPointer().authority
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [a.name, label(Authority, "kind", a.kind), label(Authority, "level", a.level), a.territory][column]
        if role == SORT_ROLE:
            return [a.name.casefold(), kind_rank(a), level_rank(a), a.territory.casefold()][column]
        if role == ID_ROLE:
            return a.id
        if role == RECORD_ROLE:
            return a
        if role == TABLE_ROLE:
            return "authorities"
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled  # the empty space below the tree: make top-level
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag and drop ------------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(i.data(ID_ROLE) for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME, QByteArray("\n".join(ids).encode("ascii")))
        return data

    @staticmethod
    def ids_in(data: QMimeData) -> list[str]:
        if data is None or not data.hasFormat(MIME):
            return []
        return [i for i in bytes(data.data(MIME).data()).decode("ascii").split("\n") if i]

    def refusal(self, ids: list[str], superior_id: str | None) -> str | None:
        """Why these authorities cannot go under that one; None when they can."""
        superior = self.nodes.get(superior_id).authority if superior_id in self.nodes else None
        for authority_id in ids:
            node = self.nodes.get(authority_id)
            if node is None:
                return self.tr("That authority is no longer in the list.")
            if superior_id == authority_id:
                return self.tr("%1 cannot be its own superior.").replace("%1", node.authority.name)
            if superior_id and self.is_under(superior_id, authority_id):
                return self.tr("%1 cannot go under %2: %2 is already under it, and the chain of command "
                               "would become a circle.").replace("%1", node.authority.name) \
                    .replace("%2", superior.name)
        if all((self.nodes[i].authority.superior_id or None) == superior_id for i in ids):
            return self.tr("It is already there.")
        return None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        ids = self.ids_in(data)
        if not ids or action != Qt.DropAction.MoveAction:
            return False
        superior = self.authority(parent)
        return self.refusal(ids, superior.id if superior else None) is None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        ids = self.ids_in(data)
        superior = self.authority(parent)
        superior_id = superior.id if superior else None
        why = self.refusal(ids, superior_id) if ids else self.tr("Nothing to move.")
        if why is None:
            why = self.move(ids, superior_id)
        if why is not None:
            self.refused.emit(why)
            return False
        # The tree was rebuilt: the view finds nothing selected to remove after a move.
        return True

    def move(self, ids: list[str], superior_id: str | None) -> str | None:
        """Give these authorities a new superior, all or none; returns why not, or None."""
        vault = self.session.vault
        before = []
        try:
            with vault.transaction():
                for authority_id in ids:
                    record = vault.authorities.get(authority_id)
                    before.append((authority_id, record.superior_id))
                    record.superior_id = superior_id
                    vault.authorities.update(record)
        except ValidationError:
            return self.tr("The chain of command would become a circle; nothing was moved.")
        self.refresh()
        self.session.notify("authorities")
        self.moved.emit(before, superior_id)
        return None
