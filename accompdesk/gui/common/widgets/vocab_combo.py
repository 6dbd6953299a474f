"""A choice from a controlled vocabulary, labelled in the user's language, holding the code;
and the countries of ISO 3166 (a nationality, a briefing's recipient) chosen the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QListView, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ....domain.vocab import Vocabulary, fold


class VocabCombo(QComboBox):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocabulary: Vocabulary | None = None
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit())

    def set_vocabulary(self, vocabulary: Vocabulary, language: str, *, allow_empty: bool = False,
                       empty_text: str = "") -> None:
        self.blockSignals(True)
        self.vocabulary = vocabulary
        self.clear()
        if allow_empty:
            self.addItem(empty_text, None)
        for term in vocabulary:
            self.addItem(term.label(language), term.code)
        self.blockSignals(False)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else (0 if code is None and self.count() else -1))


class CountryCombo(VocabCombo):
    """One country of ISO 3166, found by typing part of its name in the window's language
    (or its code), held as its code."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Not as wide as the longest of 250 names: the field would push its form sideways.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_countries(self, language: str, *, empty_text: str | None = None) -> None:
        from ....domain.vocab import COUNTRY

        self.blockSignals(True)
        self.vocabulary = COUNTRY
        self.clear()
        if empty_text is not None:
            self.addItem(empty_text, None)
        for term in sorted(COUNTRY, key=lambda t: fold(t.label(language))):
            self.addItem(term.label(language), term.code)
        self.setCurrentIndex(0 if empty_text is not None else -1)
        self.blockSignals(False)

    def typed_code(self) -> str | None:
        """The country of what stands in the box, chosen or typed ("Noruega", "norway", "NO")."""
        from ....domain.vocab import country_of

        text = self.currentText().strip()
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == text:
            return self.currentData()
        if not text:
            return None
        code = country_of(text)
        if code is None:
            # Part of one country's name ("Norue") is that country; part of several is none.
            wanted = fold(text)
            found = {self.itemData(i) for i in range(self.count())
                     if self.itemData(i) and wanted in fold(self.itemText(i))}
            code = found.pop() if len(found) == 1 else None
        return code


class CountriesField(QWidget):
    """Nationalities: countries of ISO 3166 chosen by name in either language, stored as
    codes ("NO; CA"). What an older record holds that names no known country is shown as
    written and kept until someone removes it; an untouched record is never rewritten."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._parts: list[tuple[str | None, str]] = []
        self.chosen = QListWidget(self)
        self.chosen.setFlow(QListView.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.setMaximumHeight(self.fontMetrics().height() * 3)
        self.combo = CountryCombo(self)
        self.combo.lineEdit().setPlaceholderText(self.tr("Type a country…"))
        self.combo.lineEdit().returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.chosen.selectedItems())))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen)
        layout.addLayout(row)
        self.setFocusProxy(self.combo)
        self.language = "en"
        self.combo.set_countries(self.language)
        self._fill()

    def configure(self, _session=None) -> None:
        from .. import i18n

        self.language = i18n.language()
        self.combo.set_countries(self.language)
        self._fill()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.combo.setAccessibleName(name)
        self.chosen.setAccessibleName(name)

    def value(self) -> str:
        return self._text

    def set_value(self, text: str | None) -> None:
        from ....domain.vocab import nationality_parts

        self._text = text or ""
        self._parts = nationality_parts(self._text)
        self._fill()

    def codes(self) -> list[str]:
        return [code for code, _part in self._parts if code]

    def _fill(self) -> None:
        from ....domain.vocab import COUNTRY

        self.chosen.clear()
        for code, part in self._parts:
            item = QListWidgetItem(COUNTRY.label(code, self.language) if code else part)
            if code is None:
                item.setToolTip(self.tr("Not a country AccompDesk knows; kept as written"))
            self.chosen.addItem(item)
        self.chosen.setVisible(bool(self._parts))
        self.remove_button.setEnabled(bool(self.chosen.selectedItems()))

    def _changed_to(self, parts: list[tuple[str | None, str]]) -> None:
        self._parts = parts
        self._text = "; ".join(code or part for code, part in parts)
        self._fill()
        self.value_changed.emit()

    def add_typed(self) -> bool:
        code = self.combo.typed_code()
        if code is None or code in self.codes():
            return False
        self._changed_to([*self._parts, (code, code)])
        self.combo.setCurrentIndex(-1)
        self.combo.clearEditText()
        return True

    def remove_selected(self) -> None:
        rows = {self.chosen.row(item) for item in self.chosen.selectedItems()}
        if rows:
            self._changed_to([p for i, p in enumerate(self._parts) if i not in rows])
