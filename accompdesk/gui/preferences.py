"""Preferences: language, idle lock, page size. Each option is declared in settings.py."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox,
                               QVBoxLayout, QWidget)

from . import i18n
from .settings import IDLE_LOCK_MINUTES, LANGUAGE, PAGE_SIZE, PAGE_SIZES, Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language_changed = False
        self.chosen_language = settings.get(LANGUAGE)

        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system (%1)").replace("%1", i18n.LANGUAGES[i18n.system_language()]), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))

        self.idle = QSpinBox(self)
        self.idle.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setValue(settings.get(IDLE_LOCK_MINUTES))

        self.page_size = QComboBox(self)
        self.page_size.addItem(self.tr("As the system (%1)").replace("%1", _system_page_size()), "")
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.get(PAGE_SIZE))))

        form = QFormLayout()
        for text, widget in ((self.tr("&Language:"), self.language),
                             (self.tr("Lock after &idle time:"), self.idle),
                             (self.tr("&Page size:"), self.page_size)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        note = QLabel(self.tr("These preferences are kept on this computer for you. The record itself "
                              "stays only in the encrypted vault."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        language = self.language.currentData()
        self.language_changed = language != self.settings.get(LANGUAGE)
        self.chosen_language = language
        self.settings.set(LANGUAGE, language)
        self.settings.set(IDLE_LOCK_MINUTES, self.idle.value())
        self.settings.set(PAGE_SIZE, self.page_size.currentData())
        self.settings.sync()
        super().accept()


def _system_page_size() -> str:
    from PySide6.QtCore import QLocale

    return "Letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem \
        else "A4"
