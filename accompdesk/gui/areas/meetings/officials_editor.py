"""Officials present at a meeting, offered from those in post at the authority on its date.

Someone ticked earlier stays shown even when the dates say they were not in post, so
that a wrong date in the record of posts never hides who the office met.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ....vault.chain import in_post
from ...common.icons import icon
from ...common.chain.text import official_line, post_period


class OfficialsEditor(QWidget):
    value_changed = Signal()
    new_official_requested = Signal(str)  # authority id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.authority_id: str | None = None
        self.day: dt.date | None = None
        self._chosen: list[str] = []
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(72)
        # A long name, post and period wrap onto a second line instead of scrolling sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemChanged.connect(self._item_changed)
        self.show_all = QCheckBox(self.tr("Show everyone who ever held a post here"), self)
        self.show_all.toggled.connect(lambda _on: self._reload())
        self.new_button = QPushButton(icon("add"), self.tr("New official…"), self)
        self.new_button.clicked.connect(lambda: self.authority_id and self.new_official_requested.emit(self.authority_id))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.show_all)
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._reload()

    def configure(self, session) -> None:
        self.session = session

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)

    def set_context(self, authority_id: str | None, day: dt.date | None) -> None:
        """The authority and date of the meeting: who is offered follows them."""
        if (authority_id, day) != (self.authority_id, self.day):
            self.authority_id, self.day = authority_id, day
            self._reload()

    def value(self) -> list[str]:
        return list(self._chosen)

    def set_value(self, ids: list[str]) -> None:
        self._chosen = list(ids)
        self._reload()

    def offered_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _officials(self):
        if self.session is None or not self.session.is_unlocked:
            return [], {}
        repo = self.session.vault.officials
        here = repo.list(filters={"authority_id": self.authority_id}, order_by="start_on", descending=True,
                         with_links=False) if self.authority_id else []
        chosen = {o.id: o for o in repo.list(filters={"id": self._chosen}, include_deleted=True,
                                             with_links=False)} if self._chosen else {}
        return here, chosen

    def _reload(self) -> None:
        here, chosen = self._officials()
        offered = [o for o in here if self.show_all.isChecked() or (self.day is not None and in_post(o, self.day))]
        offered_ids = {o.id for o in offered}
        extra = [chosen[i] for i in self._chosen if i in chosen and i not in offered_ids]
        self.list.blockSignals(True)
        self.list.clear()
        for official in offered + extra:
            text = f"{official_line(official)}  ({post_period(official)})"
            if self.day is not None and not in_post(official, self.day):
                text += "  " + self.tr("— not in post on this date")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, official.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if official.id in self._chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.new_button.setEnabled(self.authority_id is not None)
        if not self.authority_id or self.day is None:
            self.hint.setText(self.tr("Choose the authority and the date: the officials in post then are offered here."))
        elif not offered:
            self.hint.setText(self.tr("Nobody is recorded in post here on this date. Add the official, or show "
                                      "everyone who held a post."))
        else:
            self.hint.setText(self.tr("Tick who was present."))

    def _item_changed(self, item: QListWidgetItem) -> None:
        official_id = item.data(Qt.ItemDataRole.UserRole)
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked and official_id not in self._chosen:
            self._chosen.append(official_id)
        elif not ticked and official_id in self._chosen:
            self._chosen.remove(official_id)
        else:
            return
        self.value_changed.emit()

    def set_checked(self, official_id: str, ticked: bool) -> None:
        """Tick or untick as a person would (tests, keyboard helpers)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == official_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
