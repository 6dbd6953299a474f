"""One linked record (a person's organisation, an incident's perpetrator unit):
its name, a button to choose another, a button to clear it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from ..icons import icon


class LinkField(QWidget):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.table = ""
        self._id: str | None = None
        self.display = QLineEdit(self)
        self.display.setReadOnly(True)
        self.choose_button = QToolButton(self)
        self.choose_button.setText(self.tr("Choose…"))
        self.choose_button.setToolButtonStyle(self.choose_button.toolButtonStyle().ToolButtonTextBesideIcon)
        self.choose_button.setIcon(icon("search"))
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(icon("clear"))
        self.clear_button.setToolTip(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear"))
        self.clear_button.clicked.connect(lambda: self._set(None, user=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.choose_button)
        self._update()

    def configure(self, session, table: str) -> None:
        self.session, self.table = session, table

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.display.setAccessibleName(name)
        self.choose_button.setAccessibleName(self.tr("Choose %1").replace("%1", name))

    def value(self) -> str | None:
        return self._id

    def set_value(self, record_id: str | None) -> None:
        self._set(record_id, user=False)

    def _set(self, record_id: str | None, *, user: bool) -> None:
        changed = record_id != self._id
        self._id = record_id or None
        self._update()
        if changed:
            self.value_changed.emit()

    def _update(self) -> None:
        title = ""
        if self._id and self.session is not None and self.session.is_unlocked:
            try:
                title = self.session.vault.repo(self.table).get(self._id, include_deleted=True).title
            except Exception:  # noqa: BLE001 - a link to a record that is gone shows its id
                title = self._id
        self.display.setText(title)
        self.clear_button.setEnabled(self._id is not None)

    def choose(self) -> None:
        from .record_picker import RecordPickerDialog

        dialog = RecordPickerDialog(self.session, self.table, multiple=False, parent=self.window())
        if dialog.exec() == RecordPickerDialog.DialogCode.Accepted and dialog.chosen:
            self._set(dialog.chosen[0].id, user=True)
