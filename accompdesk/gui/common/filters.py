"""The filter bar of a record list: search as you type, vocabulary choices, a date range.

It knows nothing of models; it turns what the person chose into a `Query`.
"""

from __future__ import annotations


from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ...domain import clock
from ...domain.fields import specs
from . import i18n
from .icons import icon
from .models.record_table import Query
from .widgets.date_field import CompactDateField

VOCAB_FILTERS = {
    "persons": ("kind", "risk_level", "accompaniment_status", "consent_level"),
    "organisations": ("kind", "risk_level", "accompaniment_status", "consent_level"),
    "incidents": ("kind", "severity", "verification", "perpetrator_type", "follow_up"),
}
DATE_FILTERS = {"incidents": "occurred_on"}


class FilterBar(QWidget):
    changed = Signal()
    DEBOUNCE_MS = 250
    # One letter matches nearly every record as a prefix and costs a second on 100,000
    # incidents; searching starts with the second letter.
    MIN_SEARCH = 2

    def __init__(self, record_type: type, parent: QWidget | None = None):
        super().__init__(parent)
        self.record_type = record_type
        table = record_type.TABLE
        fields = specs(record_type)
        language = i18n.language()

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Type to search names, summaries and notes"))
        self.search.setAccessibleName(self.tr("Search this list"))
        self._debounce = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)

        self.date_field = DATE_FILTERS.get(table)
        self.date_from = self.date_to = None
        self.use_from = self.use_to = None
        if self.date_field:
            today = QDate(*clock.today().timetuple()[:3])
            self.use_from = QCheckBox(self.tr("&From"), self)
            self.date_from = CompactDateField(self)
            self.date_from.setDate(today.addYears(-1))
            self.use_to = QCheckBox(self.tr("&To"), self)
            self.date_to = CompactDateField(self)
            self.date_to.setDate(today)
            for check, edit, name in ((self.use_from, self.date_from, self.tr("From date")),
                                      (self.use_to, self.date_to, self.tr("To date"))):
                edit.setEnabled(False)
                edit.setAccessibleName(name)
                check.toggled.connect(edit.setEnabled)
                check.toggled.connect(lambda _on: self.changed.emit())
                edit.dateChanged.connect(self._date_changed)
                top.addWidget(check)
                top.addWidget(edit)

        self.clear_button = QPushButton(icon("clear"), self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        top.addWidget(self.clear_button)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for name in VOCAB_FILTERS.get(table, ()):
            spec = fields[name]
            combo = QComboBox(self)
            # The filters share the row's width rather than each taking its longest term's:
            # at 150 % four of them pushed the list's buttons out of view.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.addItem(self.tr("%1: any").replace("%1", spec.label(language)), None)
            for term in spec.vocab:
                combo.addItem(term.label(language), term.code)
            combo.setAccessibleName(spec.label(language))
            combo.setToolTip(spec.label(language))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.combos[name] = combo
            bottom.addWidget(combo, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        if self.combos:
            layout.addLayout(bottom)

    def _date_changed(self) -> None:
        if (self.use_from and self.use_from.isChecked()) or (self.use_to and self.use_to.isChecked()):
            self.changed.emit()

    def query(self) -> Query:
        filters = {name: combo.currentData() for name, combo in self.combos.items()
                   if combo.currentData() is not None}
        ranges = {}
        if self.date_field:
            low = self.date_from.value() if self.use_from.isChecked() else None
            high = self.date_to.value() if self.use_to.isChecked() else None
            if low or high:
                ranges[self.date_field] = (low, high)
        text = self.search.text().strip()
        return Query(filters=filters, ranges=ranges, text=text if len(text) >= self.MIN_SEARCH else "")

    def is_filtered(self) -> bool:
        q = self.query()
        return bool(q.filters or q.ranges or q.text)

    def clear(self) -> None:
        blocked = [w.blockSignals(True) for w in self._inputs()]
        self.search.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        if self.date_field:
            self.use_from.setChecked(False)
            self.use_to.setChecked(False)
            self.date_from.setEnabled(False)
            self.date_to.setEnabled(False)
        for widget, was in zip(self._inputs(), blocked):
            widget.blockSignals(was)
        self._debounce.stop()
        self.changed.emit()

    def _inputs(self) -> list[QWidget]:
        found: list[QWidget] = [self.search, *self.combos.values()]
        if self.date_field:
            found += [self.use_from, self.use_to, self.date_from, self.date_to]
        return found

    def apply_now(self) -> None:
        """Skip the typing pause (tests, Enter)."""
        self._debounce.stop()
        self.changed.emit()
