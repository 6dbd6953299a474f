"""The commitments an authority made at a meeting, with their status at a glance."""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ....domain.records import Commitment
from ...common.icons import icon
from ...common.chain.text import due_text, label, status_colour
from ....domain import clock


class CommitmentsPanel(QWidget):
    TEXT, DUE, STATUS, NOTE = range(4)
    add_requested = Signal()
    open_requested = Signal(str, str)  # table, record id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.meeting_id: str | None = None
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Commitment"), self.tr("Due"), self.tr("Status"), self.tr("Note on status")])
        self.tree.setAccessibleName(self.tr("Commitments made at this meeting"))
        self.tree.itemActivated.connect(lambda item, _c: self._open(item))
        self.tree.itemSelectionChanged.connect(self._update)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(icon("add"), self.tr("Add a co&mmitment…"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.open_button = QPushButton(icon("open"), self.tr("Open"), self)
        self.open_button.clicked.connect(lambda: self.tree.currentItem() and self._open(self.tree.currentItem()))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update()

    def configure(self, session) -> None:
        self.session = session
        session.changed.connect(self._changed)

    def _changed(self, table: str) -> None:
        if table == "commitments" and self.session.is_unlocked:
            self.reload()

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def commitments(self) -> list[Commitment]:
        if not self.meeting_id or self.session is None:
            return []
        return self.session.vault.commitments.list(filters={"meeting_id": self.meeting_id}, order_by="due_on")

    def reload(self) -> None:
        self.tree.clear()
        today = clock.today()
        for c in self.commitments():
            due = c.due_on.isoformat() if c.due_on else ""
            if c.due_on and c.status == "pending":
                due += f" ({due_text((c.due_on - today).days)})"
            item = QTreeWidgetItem([" ".join(c.text.split()), due, label(Commitment, "status", c.status), c.status_note])
            item.setData(self.TEXT, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(self.TEXT, c.text)
            colour = status_colour(c, today)
            if colour is not None:
                item.setForeground(self.STATUS, colour)
                item.setForeground(self.DUE, colour)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(self.DUE)
        self.tree.resizeColumnToContents(self.STATUS)
        self.tree.setColumnWidth(self.TEXT, max(self.tree.columnWidth(self.TEXT), 260))
        self._update()

    def _update(self) -> None:
        saved = self.meeting_id is not None
        count = self.tree.topLevelItemCount()
        self.hint.setText(self.tr("What the authority committed to, and whether it kept it.") if saved else
                          self.tr("Adding a commitment saves the meeting first."))
        self.hint.setVisible(not count)
        self.open_button.setEnabled(self.tree.currentItem() is not None)

    def _open(self, item: QTreeWidgetItem) -> None:
        self.open_requested.emit("commitments", item.data(self.TEXT, Qt.ItemDataRole.UserRole))
