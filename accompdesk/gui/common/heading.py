"""The title of an area, as large as the office window's own list titles."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    return title
