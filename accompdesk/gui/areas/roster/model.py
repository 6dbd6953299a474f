"""The week as a grid: days across, volunteers (or the people accompanied) down.

A volunteer with two accompaniments on one day gets a second lane, so that every cell
holds at most one accompaniment and can be dragged on its own; a double booking then
shows as two cards on the same day, and is flagged. An accompaniment across midnight
has a card on each day it touches. Dropping a card on another volunteer hands it over
(with Ctrl, adds them instead), on another day moves it by whole days, on "not yet
assigned" takes the volunteer off. Every change is a repository update, so it is
checked, audited and flagged at once.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from PySide6.QtCore import (QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QObject, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QBrush, QColor, QFont

from ....domain.records import Accompaniment
from ....domain.vocab import ACCOMPANIMENT_KIND
from ....vault import aliases, roster
from ...common import i18n
from ...common.operations import texts
from ...common.operations.texts import translate

MIME = "application/x-accompdesk-accompaniment"
BY_VOLUNTEER, BY_DEFENDER = "volunteers", "defenders"
UNASSIGNED = ""  # the key of the lane for accompaniments no one is on yet
ACCOMPANIMENT_ROLE = Qt.ItemDataRole.UserRole + 20  # the id in a day cell
LANE_ROLE = Qt.ItemDataRole.UserRole + 21  # the row's volunteer or person/organisation id
DAY_ROLE = Qt.ItemDataRole.UserRole + 22  # the cell's date
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 23  # number of problems (notices not counted)

CARD = QColor("#e8eef8")
PROBLEM = QColor("#fbe1dd")


@dataclass
class Lane:
    key: str  # volunteer id, person or organisation id, or UNASSIGNED
    label: str
    first: bool  # the first lane of its volunteer or person: the name column shows here
    cells: list[str | None] = field(default_factory=lambda: [None] * 7)


class WeekGridModel(QAbstractTableModel):
    """Column 0 names the row; columns 1 to 7 are Monday to Sunday."""

    plan_changed = Signal()  # after a reload: the plan (and its conflicts) is new
    move_failed = Signal(str)  # a sentence: why a drop was refused by the vault
    moved = Signal(str)  # an accompaniment was changed; the plan is read again right after

    def __init__(self, vault, week: roster.Week, mode: str = BY_VOLUNTEER, parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.week = week
        self.mode = mode
        self.plan: roster.WeekPlan | None = None
        self.printed: dict[str, str] = {}  # id -> the alias the printed roster gives them
        self.lanes: list[Lane] = []
        self.reload()

    # -- content -------------------------------------------------------------------------

    def set_week(self, week: roster.Week) -> None:
        self.week = week
        self.reload()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.plan = roster.load_week(self.vault, self.week)
        self.printed = aliases.printed(self.vault.conn)
        self.lanes = self._lanes()
        self.endResetModel()
        self.plan_changed.emit()

    def _groups(self) -> list[tuple[str, str, list[Accompaniment]]]:
        plan = self.plan
        live = [a for a in plan.accompaniments if a.status != "cancelled"]
        if self.mode == BY_VOLUNTEER:
            volunteers = sorted(plan.volunteers.values(), key=lambda v: (v.team.casefold(), v.full_name.casefold()))
            nobody = translate("Operations", "Not yet assigned")
            groups = [(UNASSIGNED, nobody, [a for a in live if not a.volunteers])]
            groups += [(v.id, v.full_name, [a for a in live if v.id in a.volunteers]) for v in volunteers]
            return groups
        subjects: dict[str, list[Accompaniment]] = {}
        for a in live:
            subjects.setdefault(a.person_id or a.organisation_id or "", []).append(a)
        groups = [(key, self.subject_label(key), items) for key, items in subjects.items()]
        return sorted(groups, key=lambda g: g[1].casefold())

    def _lanes(self) -> list[Lane]:
        lanes = []
        for key, label, items in self._groups():
            mine: list[Lane] = []
            for a in sorted(items, key=lambda a: (a.starts_at, a.id)):
                columns = [(d - self.week.start).days for d in roster.days_touched(a, self.week)]
                lane = next((ln for ln in mine if all(ln.cells[c] is None for c in columns)), None)
                if lane is None:
                    lane = Lane(key, label, not mine)
                    mine.append(lane)
                for c in columns:
                    lane.cells[c] = a.id
            lanes.extend(mine or [Lane(key, label, True)])
        return lanes

    def subject_label(self, subject_id: str | None) -> str:
        """What the planner calls them: the alias the roster prints, or the name."""
        if not subject_id:
            return ""
        subject = self.plan.persons.get(subject_id) or self.plan.organisations.get(subject_id)
        if subject is None:
            return ""
        # The printed roster's own form: two people sharing an alias are told apart here
        # as they are on the page the volunteers carry.
        return self.printed.get(subject.id) or subject.alias.strip() or subject.title

    def accompaniment(self, index: QModelIndex) -> Accompaniment | None:
        if not index.isValid() or index.column() == 0:
            return None
        aid = self.lanes[index.row()].cells[index.column() - 1]
        return self.plan.get(aid) if aid else None

    def day_of(self, column: int) -> dt.date | None:
        return self.week.days[column - 1] if 1 <= column <= 7 else None

    def index_of(self, accompaniment_id: str) -> QModelIndex:
        for row, lane in enumerate(self.lanes):
            for c, aid in enumerate(lane.cells):
                if aid == accompaniment_id:
                    return self.index(row, c + 1)
        return QModelIndex()

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lanes)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            if self.mode == BY_VOLUNTEER:
                return translate("Operations", "Volunteer")
            return translate("Operations", "Accompanied")
        return texts.day_text(self.week.days[section - 1]).rsplit(" ", 1)[0]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        lane = self.lanes[index.row()]
        if role == LANE_ROLE:
            return lane.key
        if index.column() == 0:
            return self._name_data(lane, role)
        if role == DAY_ROLE:
            return self.day_of(index.column())
        a = self.accompaniment(index)
        if a is None:
            return None
        problems = self.lane_problems(a.id, lane)
        if role == ACCOMPANIMENT_ROLE:
            return a.id
        if role == CONFLICT_ROLE:
            return len(problems)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._card_text(a, lane, self.day_of(index.column()), problems)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._card_tooltip(a)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PROBLEM if problems else CARD)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._card_text(a, lane, self.day_of(index.column()), problems).replace("\n", ", ")
        return None

    def lane_problems(self, accompaniment_id: str, lane: Lane) -> list[roster.Conflict]:
        """The problems a card shows in its row: by volunteer, those of the accompaniment as a
        whole and that volunteer's own (a partner's double booking is flagged on the partner)."""
        found = self.plan.conflicts_of(accompaniment_id, notices=False)
        if self.mode != BY_VOLUNTEER or not lane.key:
            return found
        return [c for c in found if c.volunteer_id in (None, lane.key)]

    def _stay_note(self, volunteer_id: str) -> str:
        """When a volunteer arrives, leaves or loses their visa during the week."""
        v = self.plan.volunteers.get(volunteer_id)
        if v is None:
            return ""
        week = self.week
        notes = []

        def day(d: dt.date) -> str:
            return texts.day_text(d).rsplit(" ", 2)[0]  # 'Thu 26', without month and year

        if v.arrival_on and week.start < v.arrival_on <= week.end:
            notes.append(translate("Operations", "arrives %1").replace("%1", day(v.arrival_on)))
        if v.departure_on and week.start <= v.departure_on <= week.end:
            notes.append(translate("Operations", "leaves %1").replace("%1", day(v.departure_on)))
        if v.visa_expires_on and week.start <= v.visa_expires_on <= week.end:
            notes.append(translate("Operations", "visa until %1").replace("%1", day(v.visa_expires_on)))
        return ", ".join(notes)

    def _name_data(self, lane: Lane, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if not lane.first:
                return ""
            if self.mode == BY_VOLUNTEER and lane.key:
                v = self.plan.volunteers.get(lane.key)
                extra = [x for x in (v.team if v else "", self._stay_note(lane.key)) if x]
                return "\n".join([lane.label, " · ".join(extra)]) if extra else lane.label
            return lane.label
        if role == Qt.ItemDataRole.FontRole and lane.first:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self.mode == BY_VOLUNTEER and lane.key:
            v = self.plan.volunteers.get(lane.key)
            if v is not None:
                parts = [v.full_name, v.team, v.languages]
                return "\n".join(p for p in parts if p)
        return None

    def _card_text(self, a: Accompaniment, lane: Lane, day: dt.date, problems) -> str:
        """Three lines: when and who (or what), where, with whom."""
        if self.mode == BY_VOLUNTEER:
            what = self.subject_label(a.person_id or a.organisation_id)
        else:
            what = ACCOMPANIMENT_KIND.label(a.kind, i18n.language())
        first = ("⚠ " if problems else "") + self._time_text(a, day) + (f" · {what}" if what else "")
        team = [self.plan.volunteers[v].full_name.split()[0] for v in a.volunteers
                if v in self.plan.volunteers and v != lane.key]
        if self.mode == BY_VOLUNTEER and lane.key:
            who = translate("Operations", "with %1").replace("%1", ", ".join(team)) if team \
                else translate("Operations", "alone")
        else:
            who = ", ".join(team) if team else translate("Operations", "no one assigned")
        return "\n".join([first, a.place, who])

    @staticmethod
    def _time_text(a: Accompaniment, day: dt.date) -> str:
        start, end = a.starts_at, a.ends_at
        if start.date() == end.date() or (end - start <= dt.timedelta(days=1) and end.time() == dt.time()):
            return f"{start:%H:%M}–{end:%H:%M}"
        if day == start.date():
            return translate("Operations", "from %1").replace("%1", f"{start:%H:%M}")
        if day == end.date():
            return translate("Operations", "until %1").replace("%1", f"{end:%H:%M}")
        return translate("Operations", "all day")

    def _card_tooltip(self, a: Accompaniment) -> str:
        language = i18n.language()
        subject = self.plan.subject(a)
        lines = [f"{ACCOMPANIMENT_KIND.label(a.kind, language)} — {texts.span_text(a.starts_at, a.ends_at)}"]
        if subject is not None:
            alias = self.printed.get(subject.id) or subject.alias.strip()
            lines.append(f"{subject.title} ({alias})" if alias else subject.title)
        lines.append(a.place)
        if a.meeting_point:
            lines.append(translate("Operations", "Meeting point: %1").replace("%1", a.meeting_point))
        names = [self.plan.volunteers[v].full_name for v in a.volunteers if v in self.plan.volunteers]
        lines.append(translate("Operations", "Volunteers: %1").replace("%1", ", ".join(names) or "—"))
        lines += ["⚠ " + self.conflict_text(c) for c in self.plan.conflicts_of(a.id)]
        return "\n".join(lines)

    def conflict_text(self, c: roster.Conflict) -> str:
        def volunteer(vid):
            v = self.plan.volunteers.get(vid)
            return v.full_name if v else ""

        def other(aid):
            o = self.plan.get(aid) or self.vault.accompaniments.get(aid)
            return f"{o.place} ({texts.span_text(o.starts_at, o.ends_at)})"

        return texts.conflict_text(c, volunteer, other)

    # -- dragging and dropping -------------------------------------------------------------

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return base
        if self.accompaniment(index) is not None:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            a = self.accompaniment(index)
            if a is not None:
                payload = {"id": a.id, "lane": self.lanes[index.row()].key,
                           "day": self.day_of(index.column()).isoformat()}
                mime.setData(MIME, QByteArray(json.dumps(payload).encode("utf-8")))
                break
        return mime

    def _target(self, row: int, column: int, parent: QModelIndex) -> tuple[Lane, dt.date] | None:
        if parent.isValid():
            row, column = parent.row(), parent.column()
        if not (0 <= row < len(self.lanes)) or self.day_of(column) is None:
            return None
        return self.lanes[row], self.day_of(column)

    @staticmethod
    def _payload(data: QMimeData) -> dict | None:
        if data is None or not data.hasFormat(MIME):
            return None
        try:
            return json.loads(bytes(data.data(MIME)).decode("utf-8"))
        except ValueError:
            return None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        payload, target = self._payload(data), self._target(row, column, parent)
        if payload is None or target is None:
            return False
        lane, _day = target
        # By person accompanied, a card moves in time only: who is accompanied stays.
        return self.mode == BY_VOLUNTEER or lane.key == payload["lane"]

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        payload = self._payload(data)
        lane, day = self._target(row, column, parent)
        days = (day - dt.date.fromisoformat(payload["day"])).days
        if self.mode == BY_VOLUNTEER:
            source = payload["lane"] or None
            target = lane.key or None
            keep = action == Qt.DropAction.CopyAction
            if not days and source == target:
                return False
            return self.apply_move(payload["id"], days=days, from_volunteer=source, to_volunteer=target,
                                   keep_source=keep and source is not None)
        if not days:
            return False
        return self.apply_move(payload["id"], days=days)

    def apply_move(self, accompaniment_id: str, **change) -> bool:
        try:
            roster.move(self.vault, accompaniment_id, **change)
        except Exception as exc:  # noqa: BLE001 - said in one sentence; nothing was changed
            from ...common.messages import error_text

            self.move_failed.emit(error_text(exc))
            return False
        self.moved.emit(accompaniment_id)
        # After the drag has finished with the old rows; then the whole plan is read again.
        QTimer.singleShot(0, self.reload)
        return True
