"""The changes of a commitment's status, oldest first: who changed it, when, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ....domain.records import Commitment
from ...common.formatting import format_stamp
from ...common.chain.text import label, status_colour


class CommitmentHistory(QWidget):
    WHEN, WHO, CHANGE, NOTE = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Note")])
        self.tree.setMinimumHeight(90)
        self.empty = QLabel(self.tr("The history begins when the commitment is saved."), self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def configure(self, session) -> None:
        self.session = session

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.tree.setAccessibleName(name)

    def set_commitment(self, commitment_id: str | None) -> None:
        self.tree.clear()
        rows = self.session.vault.commitments.history(commitment_id) if commitment_id and self.session else []
        for changed_at, changed_by, old, new, note in rows:
            change = label(Commitment, "status", new) if old is None else \
                f"{label(Commitment, 'status', old)} → {label(Commitment, 'status', new)}"
            item = QTreeWidgetItem([format_stamp(changed_at), changed_by, change, note])
            colour = status_colour(Commitment(status=new))
            if colour is not None:
                item.setForeground(self.CHANGE, colour)
            item.setToolTip(self.NOTE, note)
            self.tree.addTopLevelItem(item)
        for column in (self.WHEN, self.WHO, self.CHANGE):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        self.tree.setVisible(bool(rows))

    def rows(self) -> list[list[str]]:
        return [[self.tree.topLevelItem(i).text(c) for c in range(4)] for i in range(self.tree.topLevelItemCount())]
