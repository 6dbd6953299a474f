"""Draws an accompaniment in the week grid as a card: its first line bold, every line
cut to the cell's width (the tooltip has all of it), a heavy dark border when it has a
conflict, so that problems show without relying on colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from .model import ACCOMPANIMENT_ROLE, CONFLICT_ROLE

LINES = 3
PAD = 4
INK = QColor("#111111")  # cards are always light, whatever the theme
PROBLEM_BORDER = QColor("#8a1c14")
BORDER = QColor("#7d8694")


class CardDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        if index.column() == 0 or not index.data(ACCOMPANIMENT_ROLE):
            super().paint(painter, option, index)
            return
        painter.save()
        rect = QRectF(option.rect).adjusted(2, 2, -2, -2)
        problems = index.data(CONFLICT_ROLE) or 0
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setBrush(brush if isinstance(brush, QBrush) else QBrush(QColor("#e8eef8")))
        painter.setPen(QPen(PROBLEM_BORDER if problems else BORDER, 2.5 if problems else 1))
        painter.drawRoundedRect(rect, 4, 4)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
        text_rect = rect.adjusted(PAD + 2, PAD, -PAD, -PAD)
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
        y = text_rect.top()
        for i, line in enumerate(lines[:LINES]):
            font = QFont(option.font)
            font.setBold(i == 0)
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(INK)
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(QRectF(text_rect.left(), y, text_rect.width(), metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
            y += metrics.lineSpacing()
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        base = super().sizeHint(option, index)
        if index.column() == 0:
            return base
        metrics = QFontMetrics(option.font)
        return QSize(base.width(), metrics.lineSpacing() * LINES + 2 * PAD + 6)
