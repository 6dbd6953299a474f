"""Showing a new recovery key once, with a way to print it."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ..common.icons import icon
from .ui.ui_staff_recovery_key import Ui_StaffRecoveryKeyDialog
from ..common.safety_texts import recovery_key_lines


class RecoveryKeyDialog(QDialog):
    """Closing needs the box ticked: the key cannot be shown again."""

    def __init__(self, key: str, vault_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StaffRecoveryKeyDialog()
        self.ui.setupUi(self)
        self._key = key
        self._path = vault_path
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.ui.key_label.setFont(font)
        self.ui.key_label.setText(recovery_key_lines(key))
        self.ui.print_button.setIcon(icon("print"))
        self.ui.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(icon("save"), self.tr("Save as an emergency &sheet (PDF)…"), self)
        self.save_button.clicked.connect(self.save_sheet)
        self.ui.print_row.insertWidget(self.ui.print_row.indexOf(self.ui.print_button), self.save_button)
        self.close_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.ui.kept.toggled.connect(self.close_button.setEnabled)
        self.ui.button_box.rejected.connect(self.reject)

    def reject(self) -> None:
        if self.ui.kept.isChecked():
            self._key = ""
            self.ui.key_label.clear()
            super().reject()

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.render_to(printer)

    def render_to(self, printer) -> None:
        from .emergency_sheet import sheet_html

        doc = QTextDocument()
        doc.setHtml(sheet_html(self._path, self._key, replaces_earlier=True))
        doc.print_(printer)

    def save_sheet(self) -> None:
        from .emergency_sheet import save_dialog

        save_dialog(self, self._path, self._key, replaces_earlier=True)
