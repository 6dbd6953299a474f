"""Persons or organisations affected by an incident, each with a role, chosen with a picker."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from ....domain.vocab import AFFECTED_ROLE
from .. import i18n
from ..icons import icon
from ..models.affected_links import AffectedLinksModel
from .vocab_combo import VocabCombo


class RoleDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._widths: dict[tuple[str, str], int] = {}

    def sizeHint(self, option, index):
        """As wide as the role chooser with its longest role: the column sized to "Victim"
        cut the chooser opened in it to "Vi…"."""
        hint = super().sizeHint(option, index)
        roles = getattr(index.model(), "roles", None)
        if roles is not None:
            key = (roles.name, i18n.language())
            widths = self._widths
            if key not in widths:
                probe = VocabCombo()
                probe.set_vocabulary(roles, i18n.language())
                widths[key] = probe.sizeHint().width()
                probe.deleteLater()
            hint.setWidth(max(hint.width(), widths[key]))
        return hint

    def createEditor(self, parent, option, index):
        editor = VocabCombo(parent)
        editor.set_vocabulary(index.model().roles, i18n.language())
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor, index):
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AffectedLinksEditor(QWidget):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.table = ""
        self.model = AffectedLinksModel(AFFECTED_ROLE, self)
        self.model.edited.connect(self.value_changed)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(AffectedLinksModel.ROLE, RoleDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(AffectedLinksModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(AffectedLinksModel.ROLE,
                                                          QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(110)
        self.add_button = QPushButton(icon("add"), self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(icon("remove"), self.tr("Re&move"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def configure(self, session, table: str) -> None:
        self.session, self.table = session, table
        # Two of these sit on one tab: each button says what it adds, so each gets its own Alt+letter.
        if table == "organisations":
            self.add_button.setText(self.tr("Add an &organisation…"))
            self.remove_button.setText(self.tr("Remove organisation"))
        elif table == "persons":
            self.add_button.setText(self.tr("Add a &person…"))
            self.remove_button.setText(self.tr("Re&move person"))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def value(self) -> tuple[list[str], list[str]]:
        return self.model.value()

    def set_value(self, value: tuple[list[str], list[str]]) -> None:
        ids, roles = value
        titles = {}
        if ids and self.session is not None:
            for record in self.session.vault.repo(self.table).list(filters={"id": list(ids)},
                                                                    include_deleted=True, with_links=False):
                titles[record.id] = record.title
        roles = list(roles) + [AFFECTED_ROLE.codes[0]] * (len(ids) - len(roles))
        self.model.set_rows([(i, titles.get(i, i), r) for i, r in zip(ids, roles)])
        self._update_buttons()

    def add(self) -> None:
        from .record_picker import RecordPickerDialog

        dialog = RecordPickerDialog(self.session, self.table, exclude=set(self.model.value()[0]),
                                    parent=self.window())
        if dialog.exec() != RecordPickerDialog.DialogCode.Accepted:
            return
        self.add_records(dialog.chosen)

    def add_records(self, records) -> None:
        for record in records:
            self.model.add(record.id, record.title)

    def remove_selected(self) -> None:
        rows = [i.row() for i in self.view.selectionModel().selectedRows()]
        if rows:
            self.model.remove(rows)
        self._update_buttons()

    def current_role_index(self, row: int) -> QModelIndex:
        return self.model.index(row, AffectedLinksModel.ROLE)
