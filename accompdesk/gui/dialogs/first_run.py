"""First run: create the vault, show the recovery key once, and make sure it was kept.

The vault is created when the person leaves the passphrase page (a commit page:
there is no way back to it), because only then does a recovery key exist to show.
If the wizard is cancelled after that, the new, empty vault is removed again, so
no one is left with a vault whose recovery key they never saw.
"""

from __future__ import annotations

import os
from typing import Callable

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget,
                               QWizard, QWizardPage)

from ..common import passphrase_strength
from ..common.worker import Worker
from ..common.icons import icon
from ..common.messages import error_text
from ...vault.keyslots import MIN_PASSPHRASE


def _create_vault(path: str, user: str, passphrase: str, kdf: dict | None):
    from ...vault.store import Vault

    return Vault.create(path, user, passphrase, kdf=kdf)


class IntroPage(QWizardPage):
    def __init__(self, path: str):
        super().__init__()
        self.setTitle(self.tr("Welcome to AccompDesk"))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        text = QLabel(self.tr(
            "AccompDesk keeps the office's record in an encrypted vault on this computer. "
            "Nothing in it can be read without a staff member's passphrase or the vault's "
            "recovery key.\n\nThese steps create the vault: your name and passphrase first, "
            "then the recovery key, which you print or write down and keep somewhere safe."))
        text.setWordWrap(True)
        where = QLabel(self.tr("The vault will be created at:"))
        path_label = QLabel(path)
        path_label.setWordWrap(True)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(where)
        layout.addWidget(path_label)
        layout.addStretch(1)


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("You and your passphrase"))
        self.setSubTitle(self.tr("You will be the vault's first coordinator. Choose a passphrase "
                                 "of at least %n characters: a few unrelated words are easy to "
                                 "remember and hard to guess.", "", MIN_PASSPHRASE))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(100)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.strength = QProgressBar()
        self.strength.setRange(0, len(passphrase_strength.LEVELS) - 1)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.mismatch = QLabel()
        self.mismatch.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        # The office, asked now so that the first roster printed carries its number.
        self.office_name = QLineEdit()
        self.office_name.setMaxLength(200)
        self.office_name.setPlaceholderText(self.tr("Field office"))
        self.office_name.setAccessibleName(self.tr("Office name"))
        self.emergency_number = QLineEdit()
        self.emergency_number.setMaxLength(60)
        self.emergency_number.setPlaceholderText(self.tr("+57 300 555 0148"))
        self.emergency_number.setAccessibleName(self.tr("Emergency number"))
        self.number_problem = QLabel()
        self.number_problem.setWordWrap(True)
        self.number_problem.setStyleSheet("color: #b3261e;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.strength.setFixedWidth(140)
        strength_row = QHBoxLayout()
        strength_row.setContentsMargins(0, 0, 0, 0)
        strength_row.addWidget(self.strength)
        strength_row.addWidget(self.hint, 1)
        form = QFormLayout(self)
        for text, widget in ((self.tr("Your &name:"), self.name),
                             (self.tr("&Passphrase:"), self.passphrase),
                             (self.tr("&Again:"), self.repeat)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if widget is self.passphrase:
                form.addRow("", strength_row)
        form.addRow("", self.mismatch)
        office_note = QLabel(self.tr("Your office (both can be changed later under Preferences, Office):"))
        office_note.setWordWrap(True)
        form.addRow(office_note)
        for text, widget in ((self.tr("&Office name:"), self.office_name),
                             (self.tr("&Emergency number:"), self.emergency_number)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.number_problem)
        form.addRow(self.error)
        form.addRow(self.busy)
        for field in (self.name, self.passphrase, self.repeat, self.emergency_number):
            field.textChanged.connect(self._changed)
        self._changed()

    def _hint_text(self, level: str) -> str:
        return {
            "too_short": self.tr("Too short: at least %n characters.", "", MIN_PASSPHRASE),
            "weak": self.tr("Weak: add another word or two."),
            "fair": self.tr("Fair: another word would make it much harder to guess."),
            "strong": self.tr("Strong."),
            "very_strong": self.tr("Very strong."),
        }[level]

    def _changed(self) -> None:
        level = passphrase_strength.level(self.passphrase.text())
        self.strength.setValue(passphrase_strength.LEVELS.index(level))
        self.hint.setText(self._hint_text(level) if self.passphrase.text() else "")
        differs = bool(self.repeat.text()) and self.repeat.text() != self.passphrase.text()
        self.mismatch.setText(self.tr("The two passphrases are not the same.") if differs else "")
        number = self.emergency_number.text().strip()
        self.number_problem.setText(
            self.tr("Emergency number: “%1” is not a telephone number (digits, spaces, + and - only).")
            .replace("%1", number) if not self._number_ok() else "")
        self.completeChanged.emit()

    def _number_ok(self) -> bool:
        from ...domain.office import problem

        return problem("emergency_number", self.emergency_number.text().strip()) is None

    def office_changes(self) -> dict:
        changes = {}
        if self.office_name.text().strip():
            changes["office_name"] = self.office_name.text().strip()
        if self.emergency_number.text().strip():
            changes["emergency_number"] = self.emergency_number.text().strip()
        return changes

    def isComplete(self) -> bool:
        return (bool(self.name.text().strip()) and len(self.passphrase.text()) >= MIN_PASSPHRASE
                and self.passphrase.text() == self.repeat.text() and self._number_ok())

    def validatePage(self) -> bool:
        """Create the vault; the page waits, painting, while Argon2 runs in the background."""
        self.error.setText("")
        self.busy.show()
        self.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        outcome: dict = {}
        loop = QEventLoop()
        w = self._wizard
        # Plain values only: the worker thread must not touch a widget.
        creator, args = w.creator, (w.path, self.name.text().strip(), self.passphrase.text(), w.kdf)
        call = Worker(lambda: creator(*args))  # no parent: it goes when this method ends
        call.succeeded.connect(lambda result: (outcome.update(result=result), loop.quit()))
        call.failed.connect(lambda exc: (outcome.update(error=exc), loop.quit()))
        call.start()
        loop.exec()
        QGuiApplication.restoreOverrideCursor()
        self.setEnabled(True)
        self.busy.hide()
        if "error" in outcome:
            self.error.setText(error_text(outcome["error"]))
            return False
        w.vault, w.recovery_key = outcome["result"]
        if self.office_changes():
            from ...vault import settings

            settings.save(w.vault, **self.office_changes())
        self.passphrase.clear()
        self.repeat.clear()
        return True


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("This key opens the vault if every passphrase is forgotten. "
                                 "It is shown only this once."))
        explain = QLabel(self.tr(
            "Print it or write it down now, and keep the paper somewhere safe, away from this "
            "computer. Anyone who has it can open the vault."))
        explain.setWordWrap(True)
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.print_button = QPushButton(icon("print"), self.tr("&Print the recovery key…"))
        self.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(icon("save"), self.tr("Save as an emergency &sheet (PDF)…"))
        self.save_button.clicked.connect(self.save_sheet)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        key = self._wizard.recovery_key or ""
        groups = key.split()
        # Four lines of four groups read more easily than one long line.
        self.key_label.setText("\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.render_to(printer)

    def _vault_path(self) -> str:
        w = self._wizard
        return w.vault.path if w.vault else w.path

    def render_to(self, printer) -> None:
        from .emergency_sheet import sheet_html

        doc = QTextDocument()
        doc.setHtml(sheet_html(self._vault_path(), self._wizard.recovery_key or ""))
        doc.print_(printer)

    def save_sheet(self) -> None:
        from .emergency_sheet import save_dialog

        save_dialog(self, self._vault_path(), self._wizard.recovery_key or "")


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Did you keep the recovery key?"))
        self.setSubTitle(self.tr("The vault cannot show it again."))
        self.kept = QCheckBox(self.tr("I have &printed or written down the recovery key and put it "
                                      "in a safe place."))
        self.last_group = QLineEdit()
        self.last_group.setMaxLength(4)
        self.last_group.setMaximumWidth(90)
        self.last_group.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.last_group.setAccessibleName(self.tr("Last four characters of the recovery key"))
        label = QLabel(self.tr("To check, type the &last four characters of the recovery key:"))
        label.setWordWrap(True)
        label.setBuddy(self.last_group)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kept)
        layout.addSpacing(12)
        layout.addWidget(label)
        layout.addWidget(self.last_group)
        layout.addStretch(1)
        self.kept.toggled.connect(self.completeChanged)
        self.last_group.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        key = (self._wizard.recovery_key or "").split()
        return (self.kept.isChecked() and bool(key)
                and self.last_group.text().strip().lower() == key[-1].lower())


class FirstRunWizard(QWizard):
    """Creates the vault at `path`; after `exec()` succeeds, `vault` is open."""

    def __init__(self, path: str, parent: QWidget | None = None, *, kdf: dict | None = None,
                 creator: Callable | None = None):
        super().__init__(parent)
        self.path = path
        self.kdf = kdf
        self.creator = creator or _create_vault
        self.vault = None
        self.recovery_key: str | None = None
        self.setWindowTitle(self.tr("Create the vault — AccompDesk"))
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.intro = IntroPage(path)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.intro, self.passphrase_page, self.recovery_page, self.confirm_page):
            self.addPage(page)
        self.resize(640, 480)

    def reject(self) -> None:
        if self.vault is not None:
            answer = QMessageBox.question(
                self, self.tr("Stop creating the vault?"),
                self.tr("The new vault is empty. If you stop now, it is removed again and you "
                        "can start over. Remove it?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.remove_new_vault()
        super().reject()

    def remove_new_vault(self) -> None:
        path = self.vault.path
        self.vault.close()
        self.vault = None
        self.recovery_key = None
        for leftover in (path, path + "-wal", path + "-shm", path + ".keys"):
            if os.path.exists(leftover):
                os.unlink(leftover)
