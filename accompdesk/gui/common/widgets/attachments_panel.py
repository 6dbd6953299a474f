"""Files attached to a record: stored encrypted in the vault the moment they are added,
shown inside the window where Qt can show them, saved out only on purpose."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ..icons import icon
from ..messages import error_text

TEXT_TYPES = ("text/", "application/json", "application/xml")


def human_size(size: int | None) -> str:
    size = size or 0
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} MB"


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.owner_table = ""
        self.owner_id: str | None = None
        self.setAcceptDrops(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.itemDoubleClicked.connect(lambda _item: self.view_selected())
        self.add_button = QPushButton(icon("attachment"), self.tr("&Add a file…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(icon("open"), self.tr("&View"), self)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button = QPushButton(icon("export"), self.tr("Save a &copy…"), self)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = QPushButton(icon("trash"), self.tr("Re&move"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemSelectionChanged.connect(self._update)
        self._update()

    def configure(self, session, owner_table: str) -> None:
        self.session, self.owner_table = session, owner_table

    def set_owner(self, record_id: str | None) -> None:
        self.owner_id = record_id
        self.reload()

    @property
    def repo(self):
        return self.session.vault.attachments

    def reload(self) -> None:
        self.list.clear()
        if self.owner_id and self.session is not None and self.session.is_unlocked:
            for attachment in self.repo.for_record(self.owner_table, self.owner_id):
                item = QListWidgetItem(icon("attachment"),
                                       f"{attachment.filename}  ({human_size(attachment.size)})")
                item.setData(Qt.ItemDataRole.UserRole, attachment)
                self.list.addItem(item)
        self._update()

    def _update(self) -> None:
        saved = self.owner_id is not None
        self.hint.setText(self.tr("Drop files here or add them with the button. They are stored "
                                  "encrypted inside the vault.") if saved else
                          self.tr("Save the record first; then files can be attached to it."))
        self.add_button.setEnabled(saved)
        chosen = self.list.currentItem() is not None and bool(self.list.selectedItems())
        for button in (self.view_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    def _selected(self):
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # -- adding -------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> int:
        if not self.owner_id:
            return 0
        added = 0
        for path in paths:
            try:
                data = path.read_bytes()
                media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                self.repo.add_file(self.owner_table, self.owner_id, path.name, data, media_type)
                added += 1
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Not attached"),
                                    self.tr("%1 could not be read: %2").replace("%1", path.name)
                                    .replace("%2", exc.strerror or str(exc)))
            except Exception as exc:  # noqa: BLE001 - one sentence to the person
                QMessageBox.warning(self, self.tr("Not attached"), error_text(exc))
        if added:
            self.reload()
            self.session.notify("attachments")
            self.changed.emit()
        return added

    def dragEnterEvent(self, event) -> None:
        if self.owner_id and event.mimeData().hasUrls() and \
                all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    # -- viewing, saving out, removing ----------------------------------------------------

    def view_selected(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        try:
            data = self.repo.read(attachment.id)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, attachment.filename, error_text(exc))
            return
        AttachmentViewer(attachment, data, self).exec()

    def save_selected(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Save an unencrypted copy?"),
            self.tr("The copy of %1 will not be encrypted: anyone who can reach the place you save it "
                    "can read it. Save it only where it is safe, and delete it when done.")
            .replace("%1", attachment.filename),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            return
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), attachment.filename)
        if target:
            self.save_copy(attachment, Path(target))

    def save_copy(self, attachment, target: Path) -> None:
        try:
            target.write_bytes(self.repo.read(attachment.id))
            self.session.vault.record_audit("save attachment copy", "attachments", attachment.id)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.strerror or str(exc))
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))

    def remove_selected(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        try:
            self.repo.delete(attachment.id)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Not removed"), error_text(exc))
            return
        self.reload()
        self.session.notify("attachments")
        self.changed.emit()


class AttachmentViewer(QDialog):
    """Shows an image or a text file inside the window; other kinds are only described."""

    def __init__(self, attachment, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(attachment.filename)
        layout = QVBoxLayout(self)
        media = attachment.media_type or ""
        image = QImage.fromData(data)
        if not image.isNull():
            label = QLabel(self)
            label.setPixmap(QPixmap.fromImage(image))
            area = QScrollArea(self)
            area.setWidget(label)
            layout.addWidget(area, 1)
        elif media.startswith(TEXT_TYPES):
            text = QPlainTextEdit(self)
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace"))
            layout.addWidget(text, 1)
        else:
            label = QLabel(self.tr("AccompDesk cannot show this kind of file (%1). Save a copy to open "
                                   "it with another program.").replace("%1", media or "?"), self)
            label.setWordWrap(True)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 540)
