"""Every table, tree and list of the window shows a cell's full text in a tooltip when
the cell is too narrow for it ("Familiar de la…"), and no tooltip when it is not.

One filter on the application serves every item view, whatever its model or delegate,
so no view can forget it. A model's own tooltip (one that says more than the cell)
is left to Qt."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyleOptionViewItem, QToolTip

_WIDE = 1_000_000


def cell_is_cut(view: QAbstractItemView, index) -> bool:
    """Whether the cell at `index` shows less than its whole text."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text.strip():
        return False
    rect = view.visualRect(index)
    # A cell that runs past the edge of the view is cut there too (a list's long line).
    shown = rect.intersected(view.viewport().rect())
    if shown.width() <= 0:
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = rect
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    if wraps:
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    delegate = view.itemDelegateForIndex(index)
    needed = delegate.sizeHint(option, index)
    if not wraps:
        return needed.width() > shown.width()
    # A wrapping cell is cut when its lines need more height than the row has.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = max(1, shown.width() - 2 * margin)
    lines = view.fontMetrics().boundingRect(QRect(0, 0, width, _WIDE),
                                            int(Qt.TextFlag.TextWordWrap), text)
    return lines.height() > rect.height()


class ElidedTips(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ToolTip:
            return False
        view = watched.parent()
        if not isinstance(view, QAbstractItemView) or watched is not view.viewport():
            return False
        index = view.indexAt(event.pos())
        if not index.isValid():
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own and own != text:
            return False
        if cell_is_cut(view, index):
            QToolTip.showText(event.globalPos(), str(text), watched, view.visualRect(index))
        else:
            QToolTip.hideText()
            event.ignore()
        return True


def install(app: QApplication | None = None) -> ElidedTips:
    """Install the filter once on the application (later calls return the same one)."""
    app = app or QApplication.instance()
    found = app.findChild(ElidedTips, "elidedTips")
    if found is not None:
        return found
    tips = ElidedTips(app)
    tips.setObjectName("elidedTips")
    app.installEventFilter(tips)
    return tips
