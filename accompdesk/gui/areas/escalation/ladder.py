"""An escalation ladder drawn as a tree: the levels, lowest first; under each, its rungs
(authorities), the meetings where the incidents were raised and what was committed.

Rungs never reached are marked in words, colour and an icon, so that they stand out
for anyone, whatever the colours of their screen.
"""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ....domain.records import Authority, Commitment
from ....domain.vocab import AUTHORITY_LEVEL
from ....vault.chain import Escalation, Ladder, Rung, SummaryRung
from ...common import i18n
from ...common.icons import icon
from ...common.chain.text import WARNING_COLOUR, authority_line, commitment_summary, label, sentence_case, status_colour
from ....domain import clock

ID = Qt.ItemDataRole.UserRole
TABLE = Qt.ItemDataRole.UserRole + 1
RUNG, RAISED, COMMITTED = range(3)


class LadderWidget(QWidget):
    open_requested = Signal(str, str)  # table, id
    start_meeting = Signal(str, list)  # authority id, incident ids to raise

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.basis = QLabel(self)
        self.basis.setWordWrap(True)
        self.gaps = QLabel(self)
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        font = QFont(self.next_label.font())
        font.setBold(True)
        self.next_label.setFont(font)
        self.next_button = QPushButton(icon("chain-next"), self.tr("Start a &meeting with it…"), self)
        self.next_button.clicked.connect(self._start_next)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Authority"), self.tr("Raised"), self.tr("Committed")])
        self.tree.setAccessibleName(self.tr("Escalation ladder"))
        self.tree.itemActivated.connect(self._open)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.setColumnWidth(RUNG, 340)
        self.tree.setColumnWidth(RAISED, 240)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.basis)
        layout.addWidget(self.gaps)
        layout.addLayout(next_row)
        layout.addWidget(self.tree, 1)
        self._next: tuple[str, list[str]] | None = None
        self._incidents_of: dict[str, list[str]] = {}
        self.clear()

    # -- filling ----------------------------------------------------------------------------

    def clear(self, text: str = "") -> None:
        self.tree.clear()
        self.basis.setText(text)
        self.gaps.hide()
        self._set_next(None, [], "")

    def _set_next(self, authority: Authority | None, incident_ids: list[str], text: str) -> None:
        self._next = (authority.id, incident_ids) if authority is not None else None
        self.next_label.setText(text)
        self.next_label.setVisible(bool(text))
        self.next_button.setVisible(authority is not None)

    def _level_items(self, levels: set[str]) -> dict[str, QTreeWidgetItem]:
        items = {}
        language = i18n.language()
        for term in AUTHORITY_LEVEL:
            if term.code in levels:
                item = QTreeWidgetItem([sentence_case(self.tr("%1 level").replace("%1", term.label(language).lower()))])
                font = QFont(item.font(RUNG))
                font.setBold(True)
                item.setFont(RUNG, font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)
                items[term.code] = item
        return items

    def show_ladder(self, ladder: Ladder) -> None:
        self.tree.clear()
        incident = ladder.incident
        if ladder.basis == "unit":
            unit = next((r.authority for r in ladder.rungs if r.authority.id == incident.perpetrator_authority_id),
                        None)
            self.basis.setText(self.tr("The chain above the unit responsible: %1.")
                               .replace("%1", unit.name if unit else "?"))
        elif ladder.basis == "territory":
            where = ", ".join(p for p in (incident.place, incident.region) if p)
            self.basis.setText(self.tr("No unit is recorded as responsible: the territorial authorities of %1.")
                               .replace("%1", where))
        else:
            self.basis.setText(self.tr("Neither a responsible unit nor an authority of the place is recorded: "
                                       "record the unit or the territory of the authorities to see the whole "
                                       "chain."))
        self._show_gaps(ladder.gaps)
        step = ladder.next_step
        self._incidents_of = {r.authority.id: [incident.id] for r in ladder.rungs}
        levels = self._level_items({r.authority.level for r in ladder.rungs})
        for rung in ladder.rungs:
            self._rung_item(levels[rung.authority.level], rung, rung is step)
        self._fit()
        if step is not None:
            self._set_next(step.authority, [incident.id], self.tr("Next step: %1 (%2 level).")
                           .replace("%1", step.authority.name).replace("%2", label(Authority, "level", step.authority.level).lower()))
        else:
            self._set_next(None, [], self.tr("Every rung of the chain has been reached or has a meeting planned."))

    def show_summary(self, escalation: Escalation) -> None:
        self.tree.clear()
        total = len(escalation.ladders)
        self.basis.setText(self.tr("%n incident(s) together: how far each authority has heard of them.", "", total))
        self._show_gaps([g for ladder in escalation.ladders for g in ladder.gaps])
        steps: dict[str, list[str]] = {}
        for incident, rung in escalation.next_steps:
            steps.setdefault(rung.authority.id, []).append(incident.id)
        self._incidents_of = {r.authority.id: sorted(r.on_chain_for - r.raised_for) for r in escalation.rungs}
        levels = self._level_items({r.authority.level for r in escalation.rungs})
        for rung in escalation.rungs:
            self._summary_item(levels[rung.authority.level], rung, total, len(steps.get(rung.authority.id, [])))
        self._fit()
        if steps:
            by_rung = {r.authority.id: r for r in escalation.rungs}
            best = max(steps, key=lambda aid: (len(steps[aid]), -AUTHORITY_LEVEL.rank(by_rung[aid].authority.level)))
            self._set_next(by_rung[best].authority, steps[best],
                           self.tr("Next step for %n incident(s): %1.", "", len(steps[best]))
                           .replace("%1", by_rung[best].authority.name))
        else:
            self._set_next(None, [], self.tr("Every rung of every chain has been reached or has a meeting planned.")
                           if total else "")

    def _fit(self) -> None:
        self.tree.resizeColumnToContents(RUNG)
        self.tree.setColumnWidth(RUNG, min(max(self.tree.columnWidth(RUNG), 300), 560))
        self.tree.resizeColumnToContents(RAISED)
        self.tree.setColumnWidth(RAISED, min(max(self.tree.columnWidth(RAISED), 200), 360))

    def _show_gaps(self, gaps: list[Authority]) -> None:
        names = sorted({g.name for g in gaps})
        self.gaps.setText(self.tr("No superior is recorded above %1: complete the chain of command in "
                                  "Authorities.").replace("%1", ", ".join(names)))
        self.gaps.setVisible(bool(names))

    def _mark_unreached(self, item: QTreeWidgetItem, text: str, is_next: bool) -> None:
        item.setIcon(RUNG, icon("chain-next" if is_next else "chain-unreached"))
        item.setText(RAISED, text)
        item.setForeground(RAISED, QColor(WARNING_COLOUR))
        font = QFont(item.font(RUNG))
        font.setBold(True)
        item.setFont(RUNG, font)

    def _rung_item(self, parent: QTreeWidgetItem, rung: Rung, is_next: bool) -> None:
        item = QTreeWidgetItem(parent, [self._rung_name(rung.authority, rung.on_chain), "", ""])
        item.setData(0, ID, rung.authority.id)
        item.setData(0, TABLE, "authorities")
        if rung.reached:
            item.setIcon(RUNG, icon("chain-reached"))
            item.setText(RAISED, self.tr("Raised %1").replace("%1", ", ".join(
                r.meeting.held_on.isoformat() for r in rung.raised if r.meeting.held_on)))
        elif rung.planned:
            item.setIcon(RUNG, icon("chain-planned"))
            item.setText(RAISED, self.tr("Meeting planned %1").replace("%1", ", ".join(
                m.held_on.isoformat() for m in rung.planned if m.held_on)))
        else:
            self._mark_unreached(item, self.tr("Never raised — next step") if is_next else self.tr("Never raised"),
                                 is_next)
        item.setText(COMMITTED, self._commitment_summary(rung.commitments))
        for raised in rung.raised:
            self._meeting_item(item, raised)
        item.setExpanded(rung.reached)

    def _summary_item(self, parent: QTreeWidgetItem, rung: SummaryRung, total: int, next_for: int) -> None:
        item = QTreeWidgetItem(parent, [self._rung_name(rung.authority, bool(rung.on_chain_for)), "", ""])
        item.setData(0, ID, rung.authority.id)
        item.setData(0, TABLE, "authorities")
        chained = len(rung.on_chain_for)
        if rung.reached:
            item.setIcon(RUNG, icon("chain-reached"))
            item.setText(RAISED, self.tr("Raised for %1 of %2").replace("%1", str(len(rung.raised_for)))
                         .replace("%2", str(chained or len(rung.raised_for))))
        elif rung.planned:
            item.setIcon(RUNG, icon("chain-planned"))
            item.setText(RAISED, self.tr("Meeting planned"))
        else:
            self._mark_unreached(item, self.tr("Never raised (%n incident(s) on this chain)", "", chained),
                                 next_for > 0)
        if next_for:
            item.setToolTip(RAISED, self.tr("The next step for %n incident(s)", "", next_for))
        item.setText(COMMITTED, self._commitment_summary(rung.commitments))
        for raised in rung.raised:
            self._meeting_item(item, raised, show_count=total > 1)
        item.setExpanded(False)

    def _rung_name(self, authority: Authority, on_chain: bool) -> str:
        name = authority_line(authority)
        return name if on_chain else self.tr("%1 — outside the chain").replace("%1", name)

    def _meeting_item(self, parent: QTreeWidgetItem, raised, show_count: bool = False) -> None:
        m = raised.meeting
        text = f"{m.held_on.isoformat() if m.held_on else ''} — {m.purpose}"
        if show_count:
            text += "  " + self.tr("(%n of these incidents)", "", len(raised.incident_ids))
        item = QTreeWidgetItem(parent, [text, "", self._commitment_summary(raised.commitments)])
        item.setIcon(RUNG, icon("meeting"))
        item.setData(0, ID, m.id)
        item.setData(0, TABLE, "meetings")
        today = clock.today()
        for c in raised.commitments:
            child = QTreeWidgetItem(item, [" ".join(c.text.split()), "", label(Commitment, "status", c.status)])
            child.setData(0, ID, c.id)
            child.setData(0, TABLE, "commitments")
            child.setToolTip(0, c.text)
            if c.due_on:
                child.setText(RAISED, self.tr("due %1").replace("%1", c.due_on.isoformat()))
            colour = status_colour(c, today)
            if colour is not None:
                child.setForeground(COMMITTED, colour)
        item.setExpanded(True)

    def _commitment_summary(self, commitments: list[Commitment]) -> str:
        return commitment_summary(commitments)

    # -- acting ---------------------------------------------------------------------------------

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, TABLE):
            self.open_requested.emit(item.data(0, TABLE), item.data(0, ID))

    def _start_next(self) -> None:
        if self._next is not None:
            self.start_meeting.emit(*self._next)

    def _menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None or item.data(0, TABLE) != "authorities":
            return
        authority_id = item.data(0, ID)
        menu = QMenu(self)
        menu.addAction(icon("meeting"), self.tr("Start a &meeting with this authority…"),
                       lambda: self.start_meeting.emit(authority_id, self._incidents_of.get(authority_id, [])))
        menu.addAction(icon("open"), self.tr("&Open the authority"), lambda: self._open(item))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- for tests and for reading aloud ----------------------------------------------------------

    def rows(self) -> list[tuple[str, str, str]]:
        """(level, authority cell, raised cell) for every rung, top to bottom."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            level = self.tree.topLevelItem(i)
            for j in range(level.childCount()):
                rung = level.child(j)
                out.append((level.text(RUNG), rung.text(RUNG), rung.text(RAISED)))
        return out
