"""Records a meeting raised or brought along (incidents, persons, organisations,
volunteers): a list, a picker to add more, a button to take one out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ..icons import icon
from ..chain.text import line

PICKER_TITLES = {
    "incidents": QT_TRANSLATE_NOOP("LinksEditor", "Choose incidents"),
    "persons": QT_TRANSLATE_NOOP("LinksEditor", "Choose persons"),
    "organisations": QT_TRANSLATE_NOOP("LinksEditor", "Choose organisations"),
    "volunteers": QT_TRANSLATE_NOOP("LinksEditor", "Choose volunteers"),
}
ICONS = {"incidents": "incident", "persons": "person", "organisations": "organisation", "volunteers": "volunteer"}


class LinksEditor(QWidget):
    value_changed = Signal()
    open_requested = Signal(str, str)  # table, record id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.table = ""
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(72)
        self.list.setIconSize(QSize(16, 16))
        self.list.itemActivated.connect(self._open)
        self.add_button = QPushButton(icon("add"), self.tr("Add…"), self)
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(icon("remove"), self.tr("Take out"), self)
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
        self.list.itemSelectionChanged.connect(self._update)
        self._update()

    def configure(self, session, table: str) -> None:
        self.session, self.table = session, table

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", name))
        self.remove_button.setAccessibleName(self.tr("Take out of %1").replace("%1", name))

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, ids: list[str]) -> None:
        """Show these records (without telling anyone: the program set them, not the person)."""
        records = {}
        if ids and self.session is not None:
            repo = self.session.vault.repo(self.table)
            records = {r.id: r for r in repo.list(filters={"id": list(ids)}, include_deleted=True,
                                                   with_links=False)}
        self.list.clear()
        for record_id in ids:
            record = records.get(record_id)
            self._append(record_id, line(record) if record is not None else record_id)
        self._update()

    def _append(self, record_id: str, text: str) -> None:
        item = QListWidgetItem(icon(ICONS.get(self.table, "open")), text)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setToolTip(text)
        self.list.addItem(item)

    def choose(self) -> None:
        from .record_picker import RecordPickerDialog

        dialog = RecordPickerDialog(self.session, self.table, exclude=set(self.value()), parent=self.window())
        if self.table in PICKER_TITLES:
            dialog.setWindowTitle(QCoreApplication.translate("LinksEditor", PICKER_TITLES[self.table]))
        if dialog.exec() == RecordPickerDialog.DialogCode.Accepted:
            self.add_records(dialog.chosen)

    def add_records(self, records) -> None:
        present = set(self.value())
        added = False
        for record in records:
            if record.id not in present:
                self._append(record.id, line(record))
                present.add(record.id)
                added = True
        if added:
            self.value_changed.emit()

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        self._update()
        if rows:
            self.value_changed.emit()

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(self.table, item.data(Qt.ItemDataRole.UserRole))
