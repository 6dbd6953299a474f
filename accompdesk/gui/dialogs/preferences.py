"""Preferences: this computer's (language, idle lock, page size, declared in settings.py)
and, for coordinators, the office's (office_page.py), on a page of their own."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox,
                               QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from ..common import i18n
from ..common.settings import IDLE_LOCK_MINUTES, LANGUAGE, PAGE_SIZE, PAGE_SIZES, Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, session=None):
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.office_page = None
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
        here = QWidget(self)
        here_layout = QVBoxLayout(here)
        here_layout.addLayout(form)
        here_layout.addWidget(note)
        here_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(here, self.tr("This &computer"))
        if session is not None and session.is_unlocked:
            from .office_page import OfficePage, may_edit

            if may_edit(session.vault):
                self.office_page = OfficePage(session.vault, self)
                self.tabs.addTab(self.office_page, self.tr("&Office"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.office_page is not None and not self._keep_office():
            return
        language = self.language.currentData()
        self.language_changed = language != self.settings.get(LANGUAGE)
        self.chosen_language = language
        self.settings.set(LANGUAGE, language)
        self.settings.set(IDLE_LOCK_MINUTES, self.idle.value())
        self.settings.set(PAGE_SIZE, self.page_size.currentData())
        self.settings.sync()
        super().accept()


    def _keep_office(self) -> bool:
        page = self.office_page
        found = page.problems()
        page.show_problems(found)
        if found:
            self.tabs.setCurrentWidget(page)
            page.show_problems(found)  # again, now that the page shows: the cursor goes there
            return False
        try:
            saved = page.save()
        except Exception as exc:  # noqa: BLE001 - one sentence; the dialog stays open as typed
            from ..common.messages import error_text

            QMessageBox.warning(self, self.tr("Office settings not kept"), error_text(exc))
            return False
        if saved is not None:
            self.session.notify("settings")
        return True


def _system_page_size() -> str:
    from PySide6.QtCore import QLocale

    return "Letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem \
        else "A4"
