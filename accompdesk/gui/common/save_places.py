"""Where files are saved: every save dialog starts in the same folder (the user's
Documents folder, then the last folder chosen), and after a save the window offers to
open the file or show it in its folder."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .settings import Option

# Only the folder is remembered, never a file name (which could name a person).
LAST_FOLDER = Option("paths/last_save_folder", "", str)


def tr(text: str) -> str:
    # lupdate gives module-level tr() calls the empty context; lookups must use the same.
    return QCoreApplication.translate("", text)


def documents_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and os.path.isdir(folder) else os.path.expanduser("~")


def start_folder(settings) -> str:
    remembered = settings.get(LAST_FOLDER) if settings is not None else ""
    return remembered if remembered and os.path.isdir(remembered) else documents_folder()


def remember(settings, path: str) -> None:
    if settings is not None:
        settings.set(LAST_FOLDER, os.path.dirname(os.path.abspath(path)))


def ask_save_path(parent: QWidget, settings, title: str, name: str, filters: str) -> str:
    """A save dialog that starts where the last one ended; "" if the user stopped."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, os.path.join(start_folder(settings), name), filters)
    if path:
        remember(settings, path)
    return path


def offer_to_open(parent: QWidget, path: str, message: str = "") -> QMessageBox:
    """Saved: Open, Show in folder, or Close. Returns the box (shown non-modally)."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Saved"),
                      message or tr("Saved as %1.").replace("%1", os.path.basename(path)),
                      QMessageBox.StandardButton.Close, parent)
    open_button = box.addButton(tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
    open_button.clicked.connect(lambda: open_path(path))
    folder_button.clicked.connect(lambda: open_path(os.path.dirname(os.path.abspath(path))))
    box.setDefaultButton(open_button)
    box.open()
    return box


def open_path(path: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
