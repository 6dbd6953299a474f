"""A date edit that can also be empty: the day before the earliest allowed date
stands for "no date" and shows as a blank."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget
from ...domain import clock

EMPTY = QDate(1899, 12, 31)  # the validation rules refuse anything before 1900


class DateField(QDateEdit):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(" ")
        self.setDate(EMPTY)
        self.dateChanged.connect(lambda _d: self.value_changed.emit())

    def value(self) -> dt.date | None:
        date = self.date()
        if date == EMPTY or not date.isValid():
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(EMPTY if value is None else QDate(value.year, value.month, value.day))

    def focusInEvent(self, event) -> None:
        # An empty field starts from today, so typing or the calendar begins somewhere near.
        if self.value() is None:
            self.calendarWidget().setSelectedDate(QDate(*clock.today().timetuple()[:3]))
        super().focusInEvent(event)
