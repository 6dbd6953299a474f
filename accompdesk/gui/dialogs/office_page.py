"""The Office page of the preferences: what the office is called, the number volunteers
call, how it writes dates, its time zone and team minimum, its emergency protocol and
the letterhead of its documents. Coordinators only; kept in the vault, each change
audited (vault/settings.py). `accompdesk-cli office set` is its twin.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from ...domain import dates as domain_dates
from ...domain import office
from ...domain.office import OfficeSettings
from ..common import dates, i18n

PROBLEM_STYLE = "color: #b3261e;"


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))))


def may_edit(vault) -> bool:
    from ...vault import roles

    return roles.may(vault.role, "office settings")


class OfficePage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None):
        super().__init__(parent)
        from ...vault import settings

        self.vault = vault
        self.loaded = settings.load(vault)

        self.office_name = QLineEdit(self)
        self.office_name.setMaxLength(200)
        self.emergency_number = QLineEdit(self)
        self.emergency_number.setMaxLength(60)
        self.emergency_number.setPlaceholderText(self.tr("+57 300 555 0148"))
        self.locale = QComboBox(self)
        self.locale.addItem(self.tr("As the window's language"), "")
        for code in office.LOCALES:
            loc = QLocale(code)
            self.locale.addItem(f"{loc.nativeLanguageName()} ({loc.nativeTerritoryName()})", code)
        self.date_format = QComboBox(self)
        self.date_format.addItem(self.tr("As the locale"), "")
        example = dt.date(2026, 11, 28)
        for pattern, order in domain_dates.FORMATS.items():
            shown = pattern.replace("yyyy", self.tr("yyyy", "the letters of a year in a date pattern"))
            self.date_format.addItem(f"{shown}  ({domain_dates.written(example, order)})", pattern)
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItem("", "")
        self.time_zone.lineEdit().setPlaceholderText(self.tr("This computer's"))
        for zone in _zones():
            self.time_zone.addItem(zone, zone)
        self.time_zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.minimum_team_size = QSpinBox(self)
        self.minimum_team_size.setRange(1, 10)
        self.minimum_team_size.setSuffix(self.tr(" volunteers"))
        self.emergency_protocol = QPlainTextEdit(self)
        self.emergency_protocol.setTabChangesFocus(True)
        self.letterhead = QPlainTextEdit(self)
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setPlaceholderText(self.tr("The office's name, address and how to reach it, as the "
                                                   "head of its documents"))
        for text_box in (self.emergency_protocol, self.letterhead):
            text_box.setMinimumHeight(text_box.fontMetrics().lineSpacing() * 4 + 12)

        self.labels: dict[str, QLabel] = {}
        self.problems_shown: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, text in self._rows():
            widget = getattr(self, name)
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            problem = QLabel(self)
            problem.setObjectName(f"{name}_problem")
            problem.setStyleSheet(PROBLEM_STYLE)
            problem.setWordWrap(True)
            form.addRow("", problem)
            form.setRowVisible(problem, False)
            self.labels[name], self.problems_shown[name] = label, problem
        self._form = form
        note = QLabel(self.tr("These settings are the office's: they are kept in the vault, every staff member "
                              "sees them, and each change is written in the audit log."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.load(self.loaded)

    def _rows(self):
        return (("office_name", self.tr("Office &name:")),
                ("emergency_number", self.tr("&Emergency number:")),
                ("locale", self.tr("Loc&ale:")),
                ("date_format", self.tr("&Dates typed as:")),
                ("time_zone", self.tr("&Time zone:")),
                ("minimum_team_size", self.tr("Team &minimum:")),
                ("emergency_protocol", self.tr("Emergency &protocol:")),
                ("letterhead", self.tr("Document &letterhead:")))

    # -- values ---------------------------------------------------------------------------

    def load(self, settings: OfficeSettings) -> None:
        self.office_name.setText(settings.office_name)
        self.emergency_number.setText(settings.emergency_number)
        self.locale.setCurrentIndex(max(0, self.locale.findData(settings.locale)))
        self.date_format.setCurrentIndex(max(0, self.date_format.findData(settings.date_format)))
        index = self.time_zone.findData(settings.time_zone)
        if index >= 0:
            self.time_zone.setCurrentIndex(index)
        else:
            self.time_zone.setEditText(settings.time_zone)
        self.minimum_team_size.setValue(settings.minimum_team_size)
        # The default protocol in the window's language; kept as stored unless edited.
        shown = office.emergency_protocol(settings, i18n.language())
        self._protocol = (settings.emergency_protocol, shown)
        self.emergency_protocol.setPlainText(shown)
        self.letterhead.setPlainText(settings.letterhead)

    def values(self) -> dict:
        return {"office_name": self.office_name.text().strip(),
                "emergency_number": self.emergency_number.text().strip(),
                "locale": self.locale.currentData() or "",
                "date_format": self.date_format.currentData() or "",
                "time_zone": self.time_zone.currentText().strip(),
                "minimum_team_size": self.minimum_team_size.value(),
                "emergency_protocol": self._protocol_value(),
                "letterhead": self.letterhead.toPlainText().strip()}

    def _protocol_value(self) -> str:
        text = self.emergency_protocol.toPlainText().strip()
        stored, shown = self._protocol
        return stored if text == shown.strip() else text

    def changes(self) -> dict:
        return {k: v for k, v in self.values().items() if getattr(self.loaded, k) != v}

    def problems(self) -> dict[str, str]:
        """What is wrong with what was changed (a value kept before, by the command line say,
        does not stop other changes)."""
        from zoneinfo import available_timezones

        found = {}
        for name, value in self.changes().items():
            problem = office.problem(name, value, zones=available_timezones() if name == "time_zone" else None)
            if problem:
                found[name] = self._sentence(*problem)
        return found

    def _sentence(self, code: str, args: tuple) -> str:
        if code == "empty":
            return self.tr("Give the office a name: it heads its documents.")
        if code == "not_a_phone":
            return self.tr("“%1” is not a telephone number: digits, spaces, + and - only.").replace("%1", args[0])
        if code == "not_a_zone":
            return self.tr("“%1” is not a time zone: choose one from the list, such as "
                           "America/Bogota.").replace("%1", args[0])
        return self.tr("This value cannot be kept.")

    def show_problems(self, found: dict[str, str]) -> None:
        """Each problem beside its field, naming it; the cursor goes to the first."""
        for name, label in self.problems_shown.items():
            text = found.get(name, "")
            if text:
                field = self.labels[name].text().replace("&", "").rstrip(":")
                text = f"{field}: {text}"
            label.setText(text)
            self._form.setRowVisible(label, bool(text))
            getattr(self, name).setAccessibleDescription(text)
        for name, _text in self._rows():
            if name in found:
                getattr(self, name).setFocus()
                break

    def save(self) -> OfficeSettings | None:
        """Keep what changed; None if nothing did. Raises the vault's errors."""
        from ...vault import settings

        changes = self.changes()
        if not changes:
            return None
        self.loaded = settings.save(self.vault, **changes)
        dates.set_office(self.loaded)
        return self.loaded
