"""Field widgets the operations forms promote to: the volunteers of an accompaniment, a
day of the week. (Dates and times use the one date field, widgets/date_field.py.)"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ..icons import icon


class VolunteersField(QWidget):
    """The volunteers assigned, in order, chosen with the record picker."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self._ids: list[str] = []
        self._flags: dict[str, str] = {}
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(80)
        self.add_button = QPushButton(icon("add"), self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(icon("remove"), self.tr("Re&move"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def configure(self, session) -> None:
        self.session = session

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)

    def value(self) -> list[str]:
        return list(self._ids)

    def set_value(self, ids: list[str] | None) -> None:
        ids = list(ids or [])
        if ids == self._ids:
            return
        self._ids = ids
        self._fill()

    def set_flags(self, flags: dict[str, str]) -> None:
        """Say next to a volunteer what is wrong (double-booked, visa…)."""
        if flags != self._flags:
            self._flags = dict(flags)
            self._fill()

    def _fill(self) -> None:
        names = {}
        if self._ids and self.session is not None and self.session.is_unlocked:
            for v in self.session.vault.volunteers.list(filters={"id": self._ids}, include_deleted=True,
                                                        with_links=False):
                names[v.id] = v.full_name
        self.list.clear()
        for vid in self._ids:
            text = names.get(vid, vid)
            item = QListWidgetItem(text)
            if vid in self._flags:
                item.setText(f"{text} — {self._flags[vid]}")
                item.setIcon(icon("operations-warning"))
            item.setData(Qt.ItemDataRole.UserRole, vid)
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def choose(self) -> None:
        from ..widgets.record_picker import RecordPickerDialog

        dialog = RecordPickerDialog(self.session, "volunteers", exclude=set(self._ids), parent=self.window())
        dialog.setWindowTitle(self.tr("Choose volunteers"))
        if dialog.exec() == RecordPickerDialog.DialogCode.Accepted:
            self.add([r.id for r in dialog.chosen])

    def add(self, ids: list[str]) -> None:
        new = [i for i in ids if i not in self._ids]
        if new:
            self._ids += new
            self._fill()
            self.value_changed.emit()

    def remove_selected(self) -> None:
        gone = {item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        if gone:
            self._ids = [i for i in self._ids if i not in gone]
            self._fill()
            self.value_changed.emit()


class WeekdayCombo(QComboBox):
    """Monday (0) to Sunday (6) in the user's language, or none."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        locale = QLocale()
        self.addItem(self.tr("— any day —"), None)
        for day in range(7):
            self.addItem(locale.dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit())

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)
