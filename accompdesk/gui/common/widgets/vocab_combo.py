"""A choice from a controlled vocabulary, labelled in the user's language, holding the code."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ....domain.vocab import Vocabulary


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
