"""The recovery key's emergency sheet: one printed page (or a PDF the user asked for) that
says what the key is, which vault it opens and what to do with it, as KeePass's and
Cryptomator's emergency kits do.

The PDF is written only where the user chooses, readable by its owner alone, and never in
a folder that others can write to (a temporary or shared folder).
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from html import escape

from PySide6.QtCore import QCoreApplication, QStandardPaths

_CONTEXT = ""  # lupdate gives module-level tr() calls the empty context


class SharedFolder(Exception):
    """The chosen folder can be written by others."""


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def key_check(key: str) -> str:
    """A short check value of the recovery key (not the key): tells which paper goes with
    which vault without revealing anything that helps to guess the key."""
    raw = bytes.fromhex("".join(key.split()))
    digest = hashlib.sha256(b"AccompDesk recovery key check\x00" + raw).hexdigest()[:16].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def sheet_html(vault_path: str, key: str, *, replaces_earlier: bool = False) -> str:
    groups = key.split()
    lines = "<br/>".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))
    steps = [
        tr("Print this sheet, or write the key down by hand, and keep the paper locked away from "
           "this computer: a safe, or the organisation's coordinator abroad."),
        tr("Anyone who has this key can read the whole vault. Never photograph it, send it by "
           "message or email, or keep it on this computer."),
        tr("To use it: in AccompDesk's unlock window choose “Use the recovery key”, or on the "
           "command line run accompdesk-cli with --recovery-key and type the key when asked. "
           "Any SQLCipher 4 tool also opens the vault with it as a raw key."),
        tr("If the paper may have been seen or lost, a coordinator makes a new key at once "
           "(Vault ▸ Staff and key slots ▸ Re-issue the recovery key) and destroys this sheet."),
    ]
    if replaces_earlier:
        steps.insert(0, tr("This key replaces every earlier recovery key of this vault: destroy the old paper."))
    items = "".join(f"<li>{escape(s)}</li>" for s in steps)
    title = tr("AccompDesk emergency sheet")
    vault_label = tr("Vault")
    check_label = tr("Key check")
    key_label = tr("Recovery key")
    what_label = tr("What to do with this sheet")
    return (f"<h1>{escape(title)}</h1>"
            f"<p><b>{escape(vault_label)}:</b> {escape(os.path.basename(vault_path))}<br/>"
            f"<b>{escape(check_label)}:</b> {escape(key_check(key))}</p>"
            f"<h2>{escape(key_label)}</h2>"
            f"<p style='font-family: monospace; font-size: 15pt'>{lines}</p>"
            f"<h2>{escape(what_label)}</h2><ol>{items}</ol>")


def shared_folder(folder: str) -> bool:
    """A folder others may write to (the temporary folder, a shared one): no place for the key.
    A private folder inside them is the user's own."""
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return True
    if os.name == "posix" and mode & stat.S_IWOTH:
        return True
    return os.path.realpath(folder) == os.path.realpath(tempfile.gettempdir())


def proposed_folder() -> str:
    """The user's Documents folder, or their home; never a shared one."""
    for location in (QStandardPaths.StandardLocation.DocumentsLocation,
                     QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and os.path.isdir(folder) and not shared_folder(folder):
            return folder
    return ""


def write_pdf(path: str, html: str) -> None:
    """The sheet as a one-page PDF that only its owner can read."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    if shared_folder(os.path.dirname(os.path.abspath(path)) or "."):
        raise SharedFolder(tr("This folder can be written by others: choose a private folder "
                              "for the emergency sheet."))
    # Create the file private before Qt writes into it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle(tr("AccompDesk emergency sheet"))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer
    os.chmod(path, 0o600)


def save_dialog(parent, vault_path: str, key: str, *, replaces_earlier: bool = False) -> str:
    """Warns, asks where, writes. Returns the path written, or "" if the user stopped."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    answer = QMessageBox.warning(
        parent, tr("Save the emergency sheet"),
        tr("The emergency sheet holds the recovery key: anyone who has the file can read the "
           "whole vault. Save it only to print it, then delete the file."),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Save:
        return ""
    name = tr("AccompDesk emergency sheet") + f" - {os.path.splitext(os.path.basename(vault_path))[0]}.pdf"
    start = os.path.join(proposed_folder(), name) if proposed_folder() else name
    while True:
        path, _filter = QFileDialog.getSaveFileName(parent, tr("Save the emergency sheet"), start, "PDF (*.pdf)")
        if not path:
            return ""
        try:
            write_pdf(path, sheet_html(vault_path, key, replaces_earlier=replaces_earlier))
            return path
        except SharedFolder as error:
            QMessageBox.warning(parent, tr("Save the emergency sheet"), str(error))
        except OSError:
            QMessageBox.warning(parent, tr("Save the emergency sheet"),
                                tr("The emergency sheet could not be written there: choose another folder."))
