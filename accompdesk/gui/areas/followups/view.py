"""The follow-up board: commitments overdue and due soon, grouped by the authority that made
them; meetings to hold; grave incidents never raised beyond the local level."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ....domain.records import Incident
from ....vault import chain
from ...common.icons import icon
from ...common.chain.text import WARNING_COLOUR, due_text, label
from ...common.heading import heading

ID = Qt.ItemDataRole.UserRole
TABLE = Qt.ItemDataRole.UserRole + 1


class FollowUpsView(QWidget):
    def __init__(self, host, forms, parent: QWidget | None = None):
        super().__init__(parent)
        self.host, self.forms, self.session = host, forms, host.session
        self.board: chain.FollowUpBoard | None = None
        self.soon = QSpinBox(self)
        self.soon.setRange(1, 120)
        self.soon.setValue(chain.DUE_SOON_DAYS)
        self.soon.setSuffix(self.tr(" days"))
        self.soon.setAccessibleName(self.tr("Due soon means within"))
        self.soon.valueChanged.connect(lambda _v: self.refresh())
        soon_label = QLabel(self.tr("&Due soon means within"), self)
        soon_label.setBuddy(self.soon)
        self.refresh_button = QPushButton(icon("redo"), self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Follow-up"), self))
        head.addStretch(1)
        head.addWidget(soon_label)
        head.addWidget(self.soon)
        head.addWidget(self.refresh_button)

        self.commitments = self._tree([self.tr("Authority and commitment"), self.tr("Due"), self.tr("When"),
                                       self.tr("Meeting")], self.tr("Commitments overdue and due soon"))
        self.meetings = self._tree([self.tr("Date"), self.tr("Authority"), self.tr("Meeting"), self.tr("Why")],
                                   self.tr("Meetings to hold"))
        self.unescalated = self._tree([self.tr("Date"), self.tr("Incident"), self.tr("Severity")],
                                      self.tr("Grave incidents not raised beyond the local level"))
        self.escalate_button = QPushButton(icon("chain-escalation"), self.tr("See its &escalation ladder"), self)
        self.escalate_button.clicked.connect(self._escalate)
        self.unescalated.itemSelectionChanged.connect(
            lambda: self.escalate_button.setEnabled(bool(self.unescalated.selectedItems())))
        self.escalate_button.setEnabled(False)

        self.commitments_box = self._box(self.commitments)
        self.meetings_box = self._box(self.meetings)
        self.unescalated_box = self._box(self.unescalated, self.escalate_button)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.meetings_box)
        lower.addWidget(self.unescalated_box)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.commitments_box)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        self.session.changed.connect(self._changed)
        self.refresh()

    def _tree(self, headers: list[str], name: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setAccessibleName(name)
        tree.itemActivated.connect(self._open)
        return tree

    def _box(self, tree: QTreeWidget, button: QPushButton | None = None) -> QGroupBox:
        box = QGroupBox(tree.accessibleName(), self)
        layout = QVBoxLayout(box)
        layout.addWidget(tree, 1)
        if button is not None:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.addLayout(row)
        return box

    def _changed(self, table: str) -> None:
        if self.session.is_unlocked and table in ("meetings", "commitments", "authorities", "incidents"):
            self.refresh()

    def refresh(self) -> None:
        self.board = chain.followup_board(self.session.vault, soon_days=self.soon.value())
        self._fill_commitments()
        self._fill_meetings()
        self._fill_unescalated()

    def _fill_commitments(self) -> None:
        board, tree = self.board, self.commitments
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        for group in board.groups:
            parts = []
            if group.overdue:
                parts.append(self.tr("%n overdue", "", len(group.overdue)))
            if group.due_soon:
                parts.append(self.tr("%n due soon", "", len(group.due_soon)))
            top = QTreeWidgetItem([group.authority.name, ", ".join(parts), "", ""])
            top.setFont(0, bold)
            top.setData(0, ID, group.authority.id)
            top.setData(0, TABLE, "authorities")
            if group.overdue:
                top.setIcon(0, icon("chain-unreached"))
            tree.addTopLevelItem(top)
            for due in group.overdue + group.due_soon:
                c, m = due.commitment, due.meeting
                item = QTreeWidgetItem(top, [" ".join(c.text.split()), c.due_on.isoformat(), due_text(due.days),
                                             f"{m.held_on.isoformat() if m.held_on else ''} — {m.purpose}"])
                item.setData(0, ID, c.id)
                item.setData(0, TABLE, "commitments")
                item.setToolTip(0, c.text)
                item.setToolTip(3, item.text(3))
                if due.days < 0:
                    item.setForeground(2, QColor(WARNING_COLOUR))
            top.setExpanded(True)
        self.commitments_box.setTitle(self.tr("Commitments: %1 overdue, %2 due soon")
                                      .replace("%1", str(board.overdue_count))
                                      .replace("%2", str(sum(len(g.due_soon) for g in board.groups))))
        tree.setColumnWidth(0, 420)
        tree.resizeColumnToContents(1)
        tree.resizeColumnToContents(2)
        if not board.groups:
            tree.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing is overdue or due soon.")]))

    def _fill_meetings(self) -> None:
        tree = self.meetings
        tree.clear()
        for nxt in self.board.meetings:
            why = self.tr("Planned") if nxt.planned else self.tr("Next meeting asked for at the meeting of %1") \
                .replace("%1", nxt.meeting.held_on.isoformat() if nxt.meeting.held_on else "")
            item = QTreeWidgetItem([nxt.on.isoformat(), nxt.authority.name, nxt.meeting.purpose, why])
            item.setData(0, ID, nxt.meeting.id)
            item.setData(0, TABLE, "meetings")
            for column in (1, 2, 3):
                item.setToolTip(column, item.text(column))
            if nxt.on < self.board.today:
                item.setForeground(0, QColor(WARNING_COLOUR))
                item.setToolTip(0, self.tr("This date has passed."))
            tree.addTopLevelItem(item)
        self.meetings_box.setTitle(self.tr("Meetings to hold (%1)").replace("%1", str(len(self.board.meetings))))
        for column in (0, 1):
            tree.resizeColumnToContents(column)

    def _fill_unescalated(self) -> None:
        tree = self.unescalated
        tree.clear()
        for incident in self.board.unescalated:
            item = QTreeWidgetItem([incident.occurred_on.isoformat() if incident.occurred_on else "",
                                    incident.summary, label(Incident, "severity", incident.severity)])
            item.setData(0, ID, incident.id)
            item.setData(0, TABLE, "incidents")
            item.setToolTip(1, incident.summary)
            tree.addTopLevelItem(item)
        self.unescalated_box.setTitle(self.tr("Grave incidents not raised beyond the local level (%1)")
                                      .replace("%1", str(len(self.board.unescalated))))
        tree.resizeColumnToContents(0)
        tree.setColumnWidth(1, 320)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, TABLE):
            self.forms.open_any(item.data(0, TABLE), item.data(0, ID))

    def _escalate(self) -> None:
        items = self.unescalated.selectedItems()
        if items:
            from ...common.chain import show_escalation

            show_escalation(self.host, "incidents", items[0].data(0, ID))
