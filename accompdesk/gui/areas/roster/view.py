"""The weekly planning view: the week's grid by volunteer or by person accompanied, the
conflicts beside it as they arise, and the roster to print when the week is right."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QHBoxLayout, QHeaderView,
                               QLabel, QListWidget, QListWidgetItem, QMenu, QMessageBox, QPushButton,
                               QSplitter, QTableView, QToolButton, QVBoxLayout, QWidget)

from ....domain import clock
from ....domain.records import Accompaniment, new_id
from ....vault import roster
from ...common.field_help import help_text
from ...common.icons import icon
from ...common.operations import texts
from .card_delegate import CardDelegate
from .printing import RosterPrinting
from .model import ACCOMPANIMENT_ROLE, BY_DEFENDER, BY_VOLUNTEER, LANE_ROLE, WeekGridModel

WATCHED = ("accompaniments", "volunteers", "persons", "organisations")
PROBLEM_STYLE = "color: #8a1c14; font-weight: bold;"


class WeekPlanView(QWidget):
    open_requested = Signal(str, str)  # table, id
    new_requested = Signal(str, object)  # table, a pre-filled record

    def __init__(self, session, settings=None, parent: QWidget | None = None, *, week: roster.Week | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.printing = RosterPrinting(session, settings, self)
        self._notifying = False
        if week is None:
            week = roster.Week.of(roster.office_now(roster.office_zone(session.vault)).date())
        self.model = WeekGridModel(session.vault, week, BY_VOLUNTEER, self)
        self.model.plan_changed.connect(self._plan_changed)
        self.model.moved.connect(self._on_moved)
        self._moved: str | None = None
        self.model.move_failed.connect(lambda text: QMessageBox.warning(self, self.tr("Not moved"), text))

        self.week_label = QLabel(self)
        self.week_label.setWhatsThis(help_text("week"))
        font = self.week_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.week_label.setFont(font)
        self.previous_button = self._tool("operations-previous", self.tr("Previous week"),
                                          lambda: self.set_week(self.model.week.shifted(-1)))
        self.next_button = self._tool("operations-next", self.tr("Next week"),
                                      lambda: self.set_week(self.model.week.shifted(1)))
        self.this_week_button = QPushButton(self.tr("&This week"), self)
        self.this_week_button.clicked.connect(self.show_this_week)
        self.by_volunteer = QPushButton(icon("volunteer"), self.tr("By &volunteer"), self)
        self.by_defender = QPushButton(icon("operations-defenders"), self.tr("By person &accompanied"), self)
        self.modes = QButtonGroup(self)
        for button, mode in ((self.by_volunteer, BY_VOLUNTEER), (self.by_defender, BY_DEFENDER)):
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.modes.addButton(button)
        self.by_volunteer.setChecked(True)
        self.new_button = QPushButton(icon("add"), self.tr("&New accompaniment"), self)
        self.new_button.clicked.connect(lambda: self.new_accompaniment(None, None))
        self.internal_box = QCheckBox(self.tr("Full names (internal roster)"), self)
        self.internal_box.setToolTip(self.tr("The roster volunteers carry names people by their alias; "
                                             "a roster with full names must not leave the office."))
        self.print_button = QPushButton(icon("print"), self.tr("&Print the roster…"), self)
        self.print_button.clicked.connect(self.print_roster)
        self.save_button = QPushButton(icon("export"), self.tr("Save the roster as &PDF or Word…"), self)
        self.save_button.clicked.connect(lambda: self.save_roster())

        # Three short rows rather than two long ones, and a week title that wraps: at 150 %
        # on a laptop every control is in view without scrolling the area sideways.
        self.week_label.setWordWrap(True)
        top = QHBoxLayout()
        for w in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(w)
        top.addWidget(self.week_label, 1)
        modes = QHBoxLayout()
        modes.addWidget(self.by_volunteer)
        modes.addWidget(self.by_defender)
        modes.addStretch(1)
        modes.addWidget(self.new_button)
        actions = QHBoxLayout()
        actions.addWidget(self.internal_box)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)

        self.grid = QTableView(self)
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("The week's plan"))
        self.grid.setWordWrap(False)
        self.grid.setItemDelegate(CardDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setDragEnabled(True)
        self.grid.setAcceptDrops(True)
        self.grid.setDropIndicatorShown(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid.setDragDropOverwriteMode(True)
        self.grid.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.grid.verticalHeader().hide()
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 170)
        # A day is never narrower than a warning sign and a time range ("⚠ 08:00–17:00"): on a
        # small screen the grid scrolls sideways instead of cutting the times off.
        padding = 2 * self.grid.style().pixelMetric(self.grid.style().PixelMetric.PM_FocusFrameHMargin) + 12
        header.setMinimumSectionSize(self.grid.fontMetrics().horizontalAdvance("⚠ 00:00–00:00") + padding)
        self.grid.doubleClicked.connect(self._activated)
        # The keyboard's way to what a double click does: open the card, or plan on that day.
        self.open_action = QAction(self.tr("Open or plan"), self.grid)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(lambda: self._activated(self.grid.currentIndex()))
        self.grid.addAction(self.open_action)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._grid_menu)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.conflicts = QListWidget(self)
        self.conflicts.setAccessibleName(self.tr("Conflicts this week"))
        self.conflicts.setWordWrap(True)
        self.conflicts.itemClicked.connect(self._conflict_clicked)
        self.conflicts.itemActivated.connect(self._conflict_activated)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.conflicts, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(modes)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        session.changed.connect(self._on_changed)
        self._plan_changed()

    def _tool(self, icon_name: str, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    # -- the week shown ----------------------------------------------------------------------

    @property
    def week(self) -> roster.Week:
        return self.model.week

    @property
    def plan(self) -> roster.WeekPlan:
        return self.model.plan

    def set_week(self, week: roster.Week) -> None:
        self.model.set_week(week)

    def show_this_week(self) -> None:
        self.set_week(roster.Week.of(roster.office_now(roster.office_zone(self.session.vault)).date()))

    def set_mode(self, mode: str) -> None:
        (self.by_volunteer if mode == BY_VOLUNTEER else self.by_defender).setChecked(True)
        self.model.set_mode(mode)

    def _on_changed(self, table: str) -> None:
        if table in WATCHED and not self._notifying and self.session.is_unlocked:
            selected = self.selected_id()
            self.model.reload()
            self.select(selected)

    def _plan_changed(self) -> None:
        week = self.model.week
        self.week_label.setText(self.tr("Week %1 · %2 – %3").replace("%1", str(week))
                                .replace("%2", texts.day_text(week.start)).replace("%3", texts.day_text(week.end)))
        self.grid.clearSpans()
        row = 0
        while row < self.model.rowCount():
            span = 1
            while row + span < self.model.rowCount() and not self.model.lanes[row + span].first:
                span += 1
            if span > 1:
                self.grid.setSpan(row, 0, span, 1)
            row += span
        self.grid.resizeRowsToContents()
        self._fill_conflicts()
        if self._moved:
            self._announce_move()

    def _on_moved(self, accompaniment_id: str) -> None:
        self._moved = accompaniment_id

    def _announce_move(self) -> None:
        """After a card moved and the plan was read again: show it, tell the other views."""
        moved, self._moved = self._moved, None
        self.select(moved)
        self._notifying = True
        try:
            self.session.notify("accompaniments")
        finally:
            self._notifying = False

    def _fill_conflicts(self) -> None:
        plan = self.model.plan
        self.conflicts.clear()
        ordered = sorted(plan.conflicts, key=lambda c: (c.is_notice, plan.get(c.accompaniment_id).starts_at))
        for c in ordered:
            a = plan.get(c.accompaniment_id)
            where = f"{texts.moment_text(a.starts_at)} · {a.place}"
            item = QListWidgetItem(icon("roster" if c.is_notice else "operations-warning"),
                                   f"{where} — {self.model.conflict_text(c)}")
            item.setData(Qt.ItemDataRole.UserRole, c.accompaniment_id)
            self.conflicts.addItem(item)
        problems = len(plan.problems)
        notices = len(plan.conflicts) - problems
        if problems:
            text = self.tr("%n conflict(s) to settle before printing the roster.", "", problems)
            self.summary.setStyleSheet(PROBLEM_STYLE)
        else:
            text = self.tr("No conflicts this week.")
            self.summary.setStyleSheet("")
        if notices:
            text += " " + self.tr("%n note(s) about the printed roster.", "", notices)
        self.summary.setText(text)

    # -- cards ---------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.grid.currentIndex()
        return index.data(ACCOMPANIMENT_ROLE) if index.isValid() else None

    def select(self, accompaniment_id: str | None) -> None:
        if not accompaniment_id:
            return
        index = self.model.index_of(accompaniment_id)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        aid = index.data(ACCOMPANIMENT_ROLE)
        if aid:
            self.open_requested.emit("accompaniments", aid)
            return
        day = self.model.day_of(index.column())
        if day is not None:
            self.new_accompaniment(day, index.data(LANE_ROLE))

    def new_accompaniment(self, day: dt.date | None, lane_key: str | None) -> None:
        """A new accompaniment on the day and for the volunteer (or person) of a cell; from
        the New button, on a day of the week being viewed."""
        record = Accompaniment(id=new_id())
        if day is None:
            # From the New button: a day of the week on screen, today if it is in it.
            today = clock.today()
            day = today if today in self.model.week.days else self.model.week.start
        if day is not None:
            record.starts_at = dt.datetime.combine(day, dt.time(9, 0))
            record.ends_at = dt.datetime.combine(day, dt.time(12, 0))
        if lane_key:
            if self.model.mode == BY_VOLUNTEER:
                record.volunteers = [lane_key]
            elif lane_key in self.model.plan.persons:
                record.person_id = lane_key
            else:
                record.organisation_id = lane_key
        self.new_requested.emit("accompaniments", record)

    def _grid_menu(self, pos) -> None:
        index = self.grid.indexAt(pos)
        a = self.model.accompaniment(index)
        if a is None:
            return
        menu = QMenu(self)
        menu.addAction(icon("open"), self.tr("&Open"), lambda: self.open_requested.emit("accompaniments", a.id))
        lane = index.data(LANE_ROLE)
        if self.model.mode == BY_VOLUNTEER and lane:
            name = self.model.plan.volunteers[lane].full_name
            menu.addAction(icon("remove"), self.tr("Take %1 off this accompaniment").replace("%1", name),
                           lambda: self.take_off(a.id, lane))
        menu.addAction(icon("clear"), self.tr("&Cancel this accompaniment"), lambda: self.cancel(a.id))
        menu.exec(self.grid.viewport().mapToGlobal(pos))

    def take_off(self, accompaniment_id: str, volunteer_id: str) -> None:
        self.model.apply_move(accompaniment_id, from_volunteer=volunteer_id, to_volunteer=None)

    def cancel(self, accompaniment_id: str) -> None:
        repo = self.session.vault.accompaniments
        repo.update(dataclasses.replace(repo.get(accompaniment_id), status="cancelled"))
        self.session.notify("accompaniments")

    def _conflict_clicked(self, item: QListWidgetItem) -> None:
        self.select(item.data(Qt.ItemDataRole.UserRole))

    def _conflict_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit("accompaniments", item.data(Qt.ItemDataRole.UserRole))

    # -- the roster ----------------------------------------------------------------------

    def print_roster(self):
        if not self._conflicts_accepted(saving=False):
            return None
        dialog = self.printing.preview(self.week, self.internal_box.isChecked())
        if dialog is not None:
            dialog.exec()
        return dialog

    def save_roster(self, path: str | None = None) -> str | None:
        if not self._conflicts_accepted(saving=True):
            return None
        return self.printing.save(self.week, self.internal_box.isChecked(), path)

    def _conflicts_accepted(self, *, saving: bool) -> bool:
        problems = len(self.model.plan.problems)
        if not problems:
            return True
        question = (self.tr("The week still has %n conflict(s). Save the roster anyway?", "", problems) if saving
                    else self.tr("The week still has %n conflict(s). Print the roster anyway?", "", problems))
        answer = QMessageBox.question(
            self, self.tr("Conflicts in this week"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
