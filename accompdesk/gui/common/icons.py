"""SVG icons drawn in the palette's text colour, so they read on light and dark themes
and stay sharp on high-DPI screens.

Each icon is drawn when Qt first asks for it at a size, not when it is made: the
window makes dozens of icons (menus, navigation) that are not on screen yet, and
drawing them all up front was a good part of the time to the unlock window."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPalette, QPixmap

from ...resources import icon_file


def _text_colour() -> str:
    app = QGuiApplication.instance()
    colour = app.palette().color(QPalette.ColorRole.WindowText) if app else QColor("black")
    return colour.name()


def icon(name: str) -> QIcon:
    return _icon(name, _text_colour())


@lru_cache(maxsize=None)
def _icon(name: str, colour: str) -> QIcon:
    svg = icon_file(name).read_text(encoding="utf-8").replace("currentColor", colour)
    return QIcon(SvgIconEngine(svg.encode("utf-8")))


class SvgIconEngine(QIconEngine):
    """Draws the SVG at the exact size and device pixel ratio asked for, once per size;
    the disabled look is the style's, as for icons made of pixmaps."""

    def __init__(self, svg: bytes):
        super().__init__()
        self._svg = svg
        self._renderer = None
        self._drawn: dict[tuple, QPixmap] = {}

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg)

    def key(self) -> str:
        return "accompdesk-svg"

    def isNull(self) -> bool:
        return not self._svg

    def actualSize(self, size: QSize, mode, state) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:
        side = min(size.width(), size.height())
        key = (side, scale, mode == QIcon.Mode.Disabled)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._draw(side, scale, disabled=key[2])
            self._drawn[key] = drawn
        return drawn

    def paint(self, painter, rect, mode, state) -> None:
        # The application's highest pixel ratio, not painter.device()'s: PySide6 spends
        # milliseconds looking for a Python type for a device it has no wrapper for.
        app = QGuiApplication.instance()
        scale = app.devicePixelRatio() if app is not None else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self.scaledPixmap(QSize(side, side), mode, state, scale)
        painter.drawPixmap(QRect(rect.x() + (rect.width() - side) // 2, rect.y() + (rect.height() - side) // 2,
                                 side, side), pixmap)

    def _draw(self, side: int, scale: float, *, disabled: bool) -> QPixmap:
        from PySide6.QtGui import QPainter  # here: its enums are made when it is first loaded
        from PySide6.QtSvg import QSvgRenderer

        if self._renderer is None:
            self._renderer = QSvgRenderer(QByteArray(self._svg))
        pixels = max(1, round(side * scale))
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        self._renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if disabled:
            # The style's disabled look, as an icon made of pixmaps gets it.
            pixmap = QIcon(pixmap).pixmap(QSize(side, side), scale, QIcon.Mode.Disabled)
        return pixmap


def clear_cache() -> None:
    """After the palette changes (light to dark), icons are drawn again."""
    _icon.cache_clear()
