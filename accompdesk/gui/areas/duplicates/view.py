"""The Possible duplicates view: pairs the finder proposes, two records side by side,
field by field which value stays, Merge, Not the same, and Undo while the view is open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem,
                               QMessageBox, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ....domain.fields import specs
from ....domain.records import ALL_TYPES
from ...common import i18n
from ...common.formatting import format_value
from ...common.messages import error_text

TABLES = ("persons", "organisations", "authorities", "officials")
LIMIT = 500


class PossibleDuplicatesView(QWidget):
    merged = Signal(str)  # the merge's id

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.pairs: list = []
        self.plan = None
        self.undo_ids: list[str] = []  # merges made while the view is open, newest last

        title = QLabel(self.tr("Possible duplicates"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.table_box = QComboBox(self)
        for table, label in zip(TABLES, (self.tr("Defenders"), self.tr("Organisations"),
                                         self.tr("Authorities"), self.tr("Officials"))):
            self.table_box.addItem(label, table)
        self.table_box.setAccessibleName(self.tr("Records to look in"))
        self.table_box.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.table_box)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Pairs that may be one record"))
        self.list.currentRowChanged.connect(self._show_pair)
        self.empty = QLabel(self.tr("No possible duplicates."), self)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.keep_box = QComboBox(self)
        self.keep_box.setAccessibleName(self.tr("Record that stays"))
        self.keep_box.currentIndexChanged.connect(lambda _i: self._rebuild_plan())
        self.fields = QTableWidget(0, 4, self)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("First record"),
                                               self.tr("Second record"), self.tr("Value that stays")])
        # The field's name and the choice as wide as they need; the two records share the rest.
        header = self.fields.horizontalHeader()
        header.setStretchLastSection(False)
        fit, share = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, share, share, fit)):
            header.setSectionResizeMode(column, mode)
        self.fields.verticalHeader().hide()
        self.wider = QCheckBox(self.tr("Keep the wider consent (coordinators)"), self)
        self.wider.setVisible(session.vault.role == "coordinator")
        self.wider.toggled.connect(lambda _on: self._rebuild_plan())

        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.clicked.connect(self.merge_current)
        self.not_same_button = QPushButton(self.tr("&Not the same"), self)
        self.not_same_button.clicked.connect(self.not_same_current)
        self.undo_button = QPushButton(self.tr("&Undo the last merge"), self)
        self.undo_button.clicked.connect(self.undo_last)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_same_button)
        buttons.addWidget(self.merge_button)

        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.reasons)
        side.addWidget(self.keep_box)
        side.addWidget(self.fields, 1)
        side.addWidget(self.wider)
        side.addLayout(buttons)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.refresh()

    @property
    def table(self) -> str:
        return self.table_box.currentData()

    # -- the list of pairs ------------------------------------------------------------------

    def refresh(self) -> None:
        from ....services import dedupe

        self.pairs = dedupe.pairs(self.session.vault, self.table, limit=LIMIT)
        self.list.blockSignals(True)
        self.list.clear()
        for pair in self.pairs:
            # One name a line: side by side, the second was cut off by the narrow list.
            item = QListWidgetItem(f"{pair.score:.2f}   {pair.a.title}\n{' ' * 7}{pair.b.title}")
            item.setToolTip(f"{pair.a.title}\n{pair.b.title}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._fit_list()
        self.empty.setVisible(not self.pairs)
        self.list.setCurrentRow(0 if self.pairs else -1)
        self._show_pair(self.list.currentRow())
        self.undo_button.setEnabled(bool(self.undo_ids))

    def _fit_list(self) -> None:
        """The list of pairs as wide as its longest name, up to a third of the view."""
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(line) for i in range(self.list.count())
                      for line in self.list.item(i).text().split("\n")), default=0)
        scroll = self.list.style().pixelMetric(self.list.style().PixelMetric.PM_ScrollBarExtent)
        needed = widest + 2 * self.list.frameWidth() + scroll + 12
        self.list.setMinimumWidth(min(needed, max(200, self.width() // 3)))

    def _show_pair(self, row: int) -> None:
        pair = self.pairs[row] if 0 <= row < len(self.pairs) else None
        self.keep_box.blockSignals(True)
        self.keep_box.clear()
        if pair is not None:
            self.keep_box.addItem(self.tr("Keep the first record: %1").replace("%1", pair.a.title), 0)
            self.keep_box.addItem(self.tr("Keep the second record: %1").replace("%1", pair.b.title), 1)
            self.reasons.setText(self.tr("Score %1: %2").replace("%1", f"{pair.score:.2f}")
                                 .replace("%2", "; ".join(self.reason_text(r) for r in pair.reasons)))
        else:
            self.reasons.setText("")
        self.keep_box.blockSignals(False)
        self._rebuild_plan()

    def _current(self):
        row = self.list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _rebuild_plan(self) -> None:
        from ....services import merging

        pair = self._current()
        self.plan = None
        self.fields.setRowCount(0)
        for button in (self.merge_button, self.not_same_button):
            button.setEnabled(pair is not None)
        if pair is None:
            return
        first_kept = self.keep_box.currentData() in (0, None)
        keep, other = (pair.a, pair.b) if first_kept else (pair.b, pair.a)
        try:
            self.plan = merging.plan(self.session.vault, self.table, keep.id, other.id,
                                     wider_consent=self.wider.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.reasons.setText(error_text(exc))
            self.merge_button.setEnabled(False)
            return
        shown = [c for c in self.plan.choices if c.differs]
        self.fields.setRowCount(len(shown))
        fields = specs(ALL_TYPES[self.table])
        for row, choice in enumerate(shown):
            first, second = (choice.kept, choice.other) if first_kept else (choice.other, choice.kept)
            spec = fields.get(choice.field)
            self.fields.setItem(row, 0, QTableWidgetItem(spec.label(i18n.language()) if spec else choice.label))
            self.fields.setItem(row, 1, QTableWidgetItem(self._value_text(spec, first)))
            self.fields.setItem(row, 2, QTableWidgetItem(self._value_text(spec, second)))
            box = QComboBox(self.fields)
            box.addItem(self.tr("First record"), "first")
            box.addItem(self.tr("Second record"), "second")
            chosen_first = (choice.chosen == merging.KEPT) == first_kept
            box.setCurrentIndex(0 if chosen_first else 1)
            if choice.field == "consent_level":
                box.setEnabled(False)  # the narrower, unless a coordinator keeps the wider above
                notes = {"the wider consent, kept by a coordinator": self.tr("the wider consent, kept by a coordinator"),
                         "the narrower consent of the two": self.tr("the narrower consent of the two")}
                box.setToolTip(notes.get(choice.note, choice.note))
            box.currentIndexChanged.connect(
                lambda _i, c=choice, b=box, f=first_kept: setattr(
                    c, "chosen", merging.KEPT if (b.currentData() == "first") == f else merging.OTHER))
            self.fields.setCellWidget(row, 3, box)

    # -- acts ---------------------------------------------------------------------------------

    def merge_current(self) -> None:
        from ....services import merging

        if self.plan is None:
            return
        if self.wider.isChecked():
            answer = QMessageBox.question(
                self, self.tr("Keep the wider consent?"),
                self.tr("The merged record will be named as widely as the wider of the two consents. "
                        "Do this only if the person agreed to it."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            merge_id = merging.merge(self.session.vault, self.plan)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Not merged"), error_text(exc))
            return
        self.undo_ids.append(merge_id)
        self.session.notify(self.table)
        self.merged.emit(merge_id)
        self.refresh()

    def not_same_current(self) -> None:
        from ....services import dedupe

        pair = self._current()
        if pair is None:
            return
        try:
            dedupe.not_same(self.session.vault, self.table, pair.a.id, pair.b.id)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.refresh()

    def undo_last(self) -> None:
        from ....services import merging

        if not self.undo_ids:
            return
        try:
            merging.undo(self.session.vault, self.undo_ids[-1])
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Not undone"), error_text(exc))
            return
        self.undo_ids.pop()
        self.session.notify(self.table)
        self.refresh()

    # -- words in the window's language ----------------------------------------------------

    def reason_text(self, reason: str) -> str:
        """A reason the finder gives (in English, from the domain), in the window's language."""
        import re

        alike = re.fullmatch(r"names (\d+)% alike", reason)
        if alike:
            return self.tr("names %1% alike").replace("%1", alike.group(1))
        shared = re.fullmatch(r"(\d+) incident\(s\) or meeting\(s\) in common", reason)
        if shared:
            return self.tr("%n incident(s) or meeting(s) in common", "", int(shared.group(1)))
        fixed = {"same alias": self.tr("same alias"), "alias is the other's name": self.tr("alias is the other's name"),
                 "same region": self.tr("same region"), "different regions": self.tr("different regions"),
                 "same organisation": self.tr("same organisation"),
                 "different organisations": self.tr("different organisations")}
        return fixed.get(reason, reason)

    def _value_text(self, spec, value) -> str:
        """A value as the forms show it: vocabulary labels, the linked record's name."""
        if spec is None:
            return _text(value)
        if spec.kind == "link" and value and spec.target:
            try:
                return self.session.vault.repo(spec.target).get(value, include_deleted=True).title
            except Exception:  # noqa: BLE001 - a link to a record that is gone shows its id
                return str(value)
        if spec.kind == "links" and isinstance(value, (list, tuple)):
            return str(len(value))
        return format_value(spec, value)


def _text(value) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
