"""SVG icons drawn in the palette's text colour, so they read on light and dark themes
and stay sharp on high-DPI screens."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ...resources import icon_file

_SIZES = (16, 20, 24, 32, 48, 64)


def _text_colour() -> str:
    app = QGuiApplication.instance()
    colour = app.palette().color(QPalette.ColorRole.WindowText) if app else QColor("black")
    return colour.name()


def icon(name: str) -> QIcon:
    return _icon(name, _text_colour())


@lru_cache(maxsize=None)
def _icon(name: str, colour: str) -> QIcon:
    svg = icon_file(name).read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:
        for ratio in (1.0, 2.0):
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


def clear_cache() -> None:
    """After the palette changes (light to dark), icons are drawn again."""
    _icon.cache_clear()
