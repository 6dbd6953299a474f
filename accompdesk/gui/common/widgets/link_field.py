"""One linked record (a person's organisation, an incident's perpetrator unit): its
name, typed into at once with the matching records offered below it, a button to open
the full picker, and a button to clear it."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ....domain.vocab import fold
from ..icons import icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
OFFERED = 500  # records loaded for typing; the picker searches the whole table


class _Titles(QStringListModel):
    """The table's record titles, with their ids and accent-free forms."""

    def __init__(self, records, parent=None):
        super().__init__([r.title for r in records], parent)
        self._ids = [r.id for r in records]
        self._folded = [fold(r.title) for r in records]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == FOLDED_ROLE:
            return self._folded[index.row()]
        return super().data(index, role)


class _WordFilter(QSortFilterProxyModel):
    """Rows whose title holds every typed word, accents and case aside ("nambu" finds "Ñambú")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt's name
        folded = self.sourceModel().index(row, 0, parent).data(FOLDED_ROLE) or ""
        return all(word in folded for word in self._words)


class LinkField(QWidget):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.table = ""
        self._id: str | None = None
        self.display = QLineEdit(self)
        self.display.setPlaceholderText(self.tr("Type to find, or choose…"))
        self.matches = _WordFilter(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self.matches)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.display)
        self.completer.popup().activated.connect(self._picked)
        self.display.textEdited.connect(self._typed)
        self.display.returnPressed.connect(self._enter)
        self.display.editingFinished.connect(self._left)
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
        self.setFocusProxy(self.display)
        self._update()

    def configure(self, session, table: str) -> None:
        self.session, self.table = session, table
        self.matches.setSourceModel(None)

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

    def _title(self) -> str:
        if self._id and self.session is not None and self.session.is_unlocked:
            try:
                return self.session.vault.repo(self.table).get(self._id, include_deleted=True).title
            except Exception:  # noqa: BLE001 - a link to a record that is gone shows its id
                return self._id
        return ""

    def _show_title(self) -> None:
        # A long title shows its start (the record's kind and who), not its end.
        self.display.setText(self._title())
        self.display.setCursorPosition(0)

    def _update(self) -> None:
        self._show_title()
        self.clear_button.setEnabled(self._id is not None)

    # -- typing -------------------------------------------------------------------------

    def _load(self) -> bool:
        if self.session is None or not self.session.is_unlocked or not self.table:
            return False
        if self.matches.sourceModel() is None:
            records = self.session.vault.repo(self.table).list(limit=OFFERED, with_links=False)
            self.matches.setSourceModel(_Titles(records, self))
        return True

    def _typed(self, text: str) -> None:
        if not self._load():
            return
        self.matches.set_text(text)
        if text.strip() and self.matches.rowCount():
            self.completer.complete()
            self.completer.popup().setCurrentIndex(self.matches.index(0, 0))
        else:
            self.completer.popup().hide()

    def _picked(self, index) -> None:
        record_id = index.data(ID_ROLE)
        self.completer.popup().hide()
        if record_id:
            self._set(record_id, user=True)
            self._show_title()

    def _enter(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._picked(popup.currentIndex())
            return
        text = self.display.text().strip()
        if not text or text == self._title():
            return
        if self._load():
            self.matches.set_text(text)
            if self.matches.rowCount() == 1:
                self._picked(self.matches.index(0, 0))
                return
        self.choose(text)

    def _left(self) -> None:
        # Text that picked nothing is not a value: the field shows what it holds.
        if not self.completer.popup().isVisible() and self.display.text() != self._title():
            self._show_title()

    def choose(self, text: str = "") -> None:
        from .record_picker import RecordPickerDialog

        dialog = RecordPickerDialog(self.session, self.table, multiple=False, parent=self.window())
        typed = text if isinstance(text, str) else ""
        if typed:
            dialog.search.setText(typed)
        if dialog.exec() == RecordPickerDialog.DialogCode.Accepted and dialog.chosen:
            self._set(dialog.chosen[0].id, user=True)
