"""What the office knows of one authority: where it stands in the chain, who holds its
posts (and held them, with dates), and the meetings held with it and what it committed to."""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ....domain.records import Authority, Commitment, Meeting
from ....vault import chain
from ...common.icons import icon
from ...common.chain.text import label, post_period, status_colour
from ....domain import clock

ID = Qt.ItemDataRole.UserRole
TABLE = Qt.ItemDataRole.UserRole + 1


def _fit_columns(tree: QTreeWidget, stretch: int) -> None:
    """One column takes the room left; the others are as wide as what they hold."""
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


class AuthorityDetails(QWidget):
    open_requested = Signal(str, str)  # table, id
    new_requested = Signal(str, object)  # table, record to start from
    edit_requested = Signal(str)  # authority id

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.authority: Authority | None = None
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit the authority…"), self)
        self.edit_button.clicked.connect(lambda: self.authority and self.edit_requested.emit(self.authority.id))

        self.officials = QTreeWidget(self)
        self.officials.setRootIsDecorated(False)
        self.officials.setHeaderLabels([self.tr("Name"), self.tr("Position"), self.tr("In post")])
        self.officials.setAccessibleName(self.tr("Officials and their dates in post"))
        self.officials.itemActivated.connect(self._open)
        _fit_columns(self.officials, stretch=1)
        self.former = QCheckBox(self.tr("Show &former officials"), self)
        self.former.toggled.connect(lambda _on: self._load_officials())
        self.new_official = QPushButton(icon("add"), self.tr("New o&fficial…"), self)
        self.new_official.clicked.connect(self._start_official)
        officials_box = QGroupBox(self.tr("Officials"), self)
        box = QVBoxLayout(officials_box)
        box.addWidget(self.officials, 1)
        row = QHBoxLayout()
        row.addWidget(self.former)
        row.addStretch(1)
        row.addWidget(self.new_official)
        box.addLayout(row)

        self.meetings = QTreeWidget(self)
        self.meetings.setHeaderLabels([self.tr("Meeting or commitment"), self.tr("Date or due"), self.tr("Status")])
        self.meetings.setAccessibleName(self.tr("Meetings with this authority and what it committed to"))
        self.meetings.itemActivated.connect(self._open)
        _fit_columns(self.meetings, stretch=0)
        self.new_meeting = QPushButton(icon("meeting"), self.tr("New &meeting…"), self)
        self.new_meeting.clicked.connect(self._start_meeting)
        meetings_box = QGroupBox(self.tr("Meetings and commitments"), self)
        box = QVBoxLayout(meetings_box)
        box.addWidget(self.meetings, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_meeting)
        box.addLayout(row)

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addWidget(officials_box, 2)
        layout.addWidget(meetings_box, 3)
        self.show_authority(None)

    def show_authority(self, authority_id: str | None) -> None:
        vault = self.session.vault
        self.authority = vault.authorities.get(authority_id) if authority_id and \
            vault.authorities.exists(authority_id, include_deleted=False) else None
        for widget in (self.edit_button, self.new_official, self.new_meeting, self.former):
            widget.setEnabled(self.authority is not None)
        if self.authority is None:
            self.heading.setText(self.tr("Choose an authority in the tree"))
            self.facts.setText(self.tr("Drag an authority onto another to change its superior; drop it on the "
                                       "empty space below the tree to put it at the top."))
            self.officials.clear()
            self.meetings.clear()
            return
        a = self.authority
        self.heading.setText(a.name)
        above = [x.name for x in vault.authorities.chain_above(a.id)[1:] if x.deleted_at is None]
        lines = [" · ".join(p for p in (label(Authority, "kind", a.kind), label(Authority, "level", a.level),
                                        a.territory) if p)]
        lines.append(self.tr("Above it: %1").replace("%1", " › ".join(above)) if above else
                     self.tr("No superior recorded: it stands at the top of its chain."))
        if a.contact:
            lines.append(a.contact)
        self.facts.setText("\n".join(lines))
        self._load_officials()
        self._load_meetings()

    def _load_officials(self) -> None:
        self.officials.clear()
        if self.authority is None:
            return
        today = clock.today()
        for o in self.session.vault.officials.list(filters={"authority_id": self.authority.id},
                                                   order_by="start_on", descending=True, with_links=False):
            current = chain.in_post(o, today)
            if not current and not self.former.isChecked():
                continue
            item = QTreeWidgetItem([o.full_name, o.position, post_period(o)])
            item.setToolTip(1, o.position)
            item.setData(0, ID, o.id)
            item.setData(0, TABLE, "officials")
            if not current:
                for column in range(3):
                    item.setForeground(column, self.palette().placeholderText())
            self.officials.addTopLevelItem(item)

    def _load_meetings(self) -> None:
        self.meetings.clear()
        meetings = chain.find_meetings(self.session.vault, authority_id=self.authority.id)
        commitments = chain.commitments_by_meeting(self.session.vault, [m.id for m in meetings])
        today = clock.today()
        for m in meetings:
            item = QTreeWidgetItem([m.purpose, m.held_on.isoformat() if m.held_on else "",
                                    label(Meeting, "status", m.status)])
            item.setToolTip(0, m.purpose)
            item.setData(0, ID, m.id)
            item.setData(0, TABLE, "meetings")
            for c in commitments.get(m.id, []):
                child = QTreeWidgetItem([" ".join(c.text.split()), c.due_on.isoformat() if c.due_on else "",
                                         label(Commitment, "status", c.status)])
                child.setData(0, ID, c.id)
                child.setData(0, TABLE, "commitments")
                child.setToolTip(0, c.text)
                colour = status_colour(c, today)
                if colour is not None:
                    child.setForeground(2, colour)
                item.addChild(child)
            self.meetings.addTopLevelItem(item)
            item.setExpanded(True)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_requested.emit(item.data(0, TABLE), item.data(0, ID))

    def _start_official(self) -> None:
        from ....domain.records import Official

        if self.authority is not None:
            self.new_requested.emit("officials", Official(authority_id=self.authority.id))

    def _start_meeting(self) -> None:
        if self.authority is not None:
            self.new_requested.emit("meetings", Meeting(authority_id=self.authority.id))
