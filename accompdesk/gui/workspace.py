"""What the unlocked window shows: navigation, the current area, a message bar.

The workspace is built at unlock and destroyed at lock, so nothing it showed
outlives the open vault.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QFrame, QListWidget, QListWidgetItem, QScrollArea, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from .areas import AREAS, BY_KEY
from .common.icons import icon
from .common.notice import NoticeBar

LIST_TABLES = ("persons", "organisations", "incidents")


class Workspace(QWidget):
    area_changed = Signal(str)

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        # Every table, tree and list: a cut cell's full text on hover. Installed with the
        # first workspace, not at launch: the locked window has no lists, and the filter's
        # module builds Qt's namespace, which the unlock window does without.
        from .common.widgets import elided_tips

        elided_tips.install()
        self.window_ = window
        self.session = window.session
        self.settings = window.settings
        self.notice = NoticeBar(self)

        self.nav = QListWidget(self)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setAccessibleName(self.tr("Areas of the record"))
        for area in AREAS:
            item = QListWidgetItem(icon(area.icon), area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
        # As wide as its longest title in this language ("Llamadas de seguridad"), never a
        # horizontal scrollbar.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMinimumWidth(max(150, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth()
                                     + self.nav.style().pixelMetric(self.nav.style().PixelMetric.PM_ScrollBarExtent)
                                     + 8))
        self.pages = QStackedWidget(self)
        self.views: dict[str, QWidget] = {}
        self._frames: dict[str, QScrollArea] = {}
        self._factories: dict | None = None

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        state = self.settings.layout("workspace/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([180, 900])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.notice)
        self.nav.currentRowChanged.connect(self._nav_changed)

    # -- areas --------------------------------------------------------------------------

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(AREAS):
            self._show(AREAS[row].key)

    def show_area(self, key: str) -> None:
        if key in BY_KEY:
            self.nav.setCurrentRow([a.key for a in AREAS].index(key))  # calls _show
        else:
            self._show(key)

    @property
    def current_area(self) -> str:
        widget = self.pages.currentWidget()
        for key, frame in self._frames.items():
            if frame is widget:
                return key
        return ""

    def view(self, key: str) -> QWidget:
        if key not in self.views:
            view = self._build(key)
            self.views[key] = view
            # On a small screen or at a large scale factor an area scrolls inside the
            # window instead of pushing the window (and its toolbar) past the screen's edge.
            frame = QScrollArea(self.pages)
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            frame.setWidget(view)
            self._frames[key] = frame
            self.pages.addWidget(frame)
        return self.views[key]

    def _show(self, key: str) -> None:
        self.view(key)
        self.pages.setCurrentWidget(self._frames[key])
        if key not in BY_KEY:
            self.nav.blockSignals(True)
            self.nav.clearSelection()
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
        self.area_changed.emit(key)

    def contributed_factories(self) -> dict:
        """Areas the chain-of-command and operations packages build, by key."""
        if self._factories is None:
            # The same packages gui.areas lists, so none can be missing here.
            from .common import chain
            from .areas import offices, reports
            from .common.operations import areas as operations

            self._factories = {}
            self._factories.update(chain.areas(self.window_))
            self._factories.update(operations.areas(self.window_))
            self._factories.update(reports.areas(self.window_))
            self._factories.update(offices.areas(self.window_))
        return self._factories

    def _build(self, key: str) -> QWidget:
        w = self.window_
        if key not in LIST_TABLES and key not in ("trash", "search", "person", "duplicates"):
            factories = self.contributed_factories()
            if key in factories:
                return factories[key](self)
        if key in LIST_TABLES:
            from .common.record_list import RecordListView

            view = RecordListView(self.session, key, self.settings, self)
            view.open_requested.connect(w.open_record)
            view.new_requested.connect(w.new_record)
            view.delete_requested.connect(w.move_to_trash)
            view.export_requested.connect(w.export_list)
            return view
        if key == "trash":
            from .areas.trash.view import TrashView

            view = TrashView(self.session, self)
            view.restore_requested.connect(w.restore_from_trash)
            return view
        if key == "search":
            from .areas.search.view import SearchResultsView

            view = SearchResultsView(self.session, self)
            view.open_requested.connect(w.open_record)
            return view
        if key == "duplicates":
            from .areas.duplicates.view import PossibleDuplicatesView

            return PossibleDuplicatesView(self.session, self)
        if key == "person":
            from .areas.persons.page import DefenderPage

            view = DefenderPage(self.session, self)
            view.open_requested.connect(w.open_record)
            view.edit_requested.connect(w.edit_record)
            view.back_requested.connect(lambda: self.show_area("persons"))
            return view
        from .common.placeholder import PlaceholderView

        area = BY_KEY[key]
        return PlaceholderView(area.title, area.icon, self)

    def list_view(self, table: str):
        return self.view(table)

    def save_layout(self) -> None:
        self.settings.set_layout("workspace/splitter", self.splitter.saveState())
        for view in self.views.values():
            if hasattr(view, "save_layout"):
                view.save_layout()
