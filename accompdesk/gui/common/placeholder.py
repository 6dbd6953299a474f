"""Areas that later versions build (authorities, meetings, volunteers, roster, reports)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .icons import icon


class PlaceholderView(QWidget):
    def __init__(self, title: str, icon_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        picture = QLabel(self)
        picture.setPixmap(icon(icon_name).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("This part of the record comes in a later version of AccompDesk. "
                              "What you enter elsewhere is already kept for it."), self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(2)
