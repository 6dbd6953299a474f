"""Choose records by typing part of a name; a name not found can be added on the spot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QLineEdit,
                               QListView, QPushButton, QVBoxLayout, QWidget)

from ..icons import icon
from ..messages import error_text
from ..models.picker import PickerModel
from ..models.roles import RECORD_ROLE

TITLES = {
    "persons": QT_TRANSLATE_NOOP("RecordPicker", "Choose persons"),
    "organisations": QT_TRANSLATE_NOOP("RecordPicker", "Choose organisations"),
    "authorities": QT_TRANSLATE_NOOP("RecordPicker", "Choose an authority"),
}
ADD_NEW = {
    "persons": QT_TRANSLATE_NOOP("RecordPicker", "&Add “%1” as a new person"),
    "organisations": QT_TRANSLATE_NOOP("RecordPicker", "&Add “%1” as a new organisation"),
    "authorities": QT_TRANSLATE_NOOP("RecordPicker", "&Add “%1” as a new authority"),
}
# The defaults a quick-added record takes, said to the person who added it.
QUICK_DEFAULTS = ("kind", "level", "consent_level", "risk_level")


class RecordPickerDialog(QDialog):
    def __init__(self, session, table: str, *, multiple: bool = True, exclude: set[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.table = table
        self.chosen = []
        self.setWindowTitle(QCoreApplication.translate("RecordPicker", TITLES.get(table, "Choose")))
        self.model = PickerModel(session.vault, table, self)
        self.model.exclude = set(exclude or ())
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Type part of a name"))
        self.search.setAccessibleName(self.tr("Search"))
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.search)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multiple
                                      else QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setAccessibleName(self.tr("Matching records"))
        self.results.doubleClicked.connect(self.accept)
        self.add_button = QPushButton(icon("add"), "", self)
        self.add_button.clicked.connect(self.add_new)
        self.add_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.textChanged.connect(self._update_add_button)
        self.search.returnPressed.connect(self._enter)
        self.results.selectionModel().selectionChanged.connect(self._update_ok)
        self.resize(460, 420)
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self.model.search(self.search.text())
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))
        self._update_ok()

    def _update_add_button(self, text: str) -> None:
        text = text.strip()
        template = ADD_NEW.get(self.table)
        self.add_button.setVisible(bool(text) and template is not None)
        if template:
            self.add_button.setText(QCoreApplication.translate("RecordPicker", template).replace(
                "%1", text.replace("&", "&&")))

    def _enter(self) -> None:
        """Enter in the search box: the first match if there is one, else add the name as new."""
        self.run_search()
        if self.results.selectionModel().selectedIndexes():
            self.accept()
        elif not self.add_button.isHidden():
            self.add_new()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.results.selectionModel().selectedIndexes()))

    def add_new(self) -> None:
        """A name not yet recorded: create the record with its defaults, to complete later."""
        from PySide6.QtWidgets import QMessageBox

        name = self.search.text().strip()
        repo = self.session.vault.repo(self.table)
        try:
            record = repo.add(repo.type(**{repo.type.TITLE_FIELD: name}))
        except Exception as exc:  # noqa: BLE001 - one sentence to the person
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.session.notify(self.table)
        self.defaults_note = self._defaults_note(record)
        # Not modal, and owned by the form below: the picker closes at once.
        note = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), self.defaults_note,
                           QMessageBox.StandardButton.Ok, self.parentWidget())
        note.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opener = self._record_opener()
        self.change_button = None
        if opener is not None:
            # The defaults are changed where they were announced: the new record's own form.
            self.change_button = note.addButton(self.tr("&Change…"), QMessageBox.ButtonRole.ActionRole)
            self.change_button.setToolTip(self.tr("Open the new record's form to change these defaults"))
            table, record_id = self.table, record.id
            self.change_button.clicked.connect(lambda: opener(table, record_id))
        note.open()
        self.defaults_notice = note
        self.chosen = [record]
        super().accept()

    def _defaults_note(self, record) -> str:
        """Which defaults the new record took, and where to change them."""
        from ....domain.fields import specs
        from .. import i18n

        language = i18n.language()
        taken = []
        for name, spec in specs(type(record)).items():
            value = getattr(record, name, None)
            if name in QUICK_DEFAULTS and spec.vocab is not None and value:
                taken.append(f"{spec.label(language)}: {spec.vocab.label(value, language)}")
        text = self.tr("“%1” was added with these defaults: %2.").replace("%1", record.title).replace(
            "%2", "; ".join(taken))
        return text + " " + self.tr("Change them now, or later from its list.")

    def _record_opener(self):
        """The main window's way to open a record's form, found above this picker."""
        from PySide6.QtWidgets import QApplication

        widget = self.parentWidget()
        while widget is not None:
            if callable(getattr(widget, "edit_record", None)):
                return widget.edit_record
            widget = widget.parentWidget()
        for top in QApplication.topLevelWidgets():
            if callable(getattr(top, "edit_record", None)) and getattr(top, "session", None) is self.session:
                return top.edit_record
        return None

    def accept(self) -> None:
        self.chosen = [i.data(RECORD_ROLE) for i in self.results.selectionModel().selectedIndexes()]
        if self.chosen:
            super().accept()
