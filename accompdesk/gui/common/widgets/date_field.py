"""The one date field of every form: a line to type the date in as people write it,
a calendar (weeks from Monday), and beside them, in words, the date it understood or
the sentence saying why what was typed is not a date.

Typing is read whole, never section by section, and nothing is corrected: 31/02 stays
as typed, with its sentence, and the field's value is then None. The value reaches the
form when the person leaves the field (or presses Enter), so that half a date is not
an edit of its own. DateTimeField adds the time of day beside the date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtWidgets import (QCalendarWidget, QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
                               QToolButton, QVBoxLayout, QWidget)

from ....domain.dates import Typed, read_date, read_time
from .. import dates
from ..icons import icon

PROBLEM_STYLE = "color: #b3261e;"
WORDS_STYLE = "color: palette(placeholder-text);"


class DateField(QWidget):
    value_changed = Signal()
    dateChanged = Signal(QDate)  # noqa: N815 - as QDateEdit says it, for the list filters
    WITH_TIME = False
    COMPACT = False  # in a row of filters: the words go in the tooltip, not beside

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._last = None
        self._finished = True
        self._calendar_popup: QFrame | None = None
        self._calendar: QCalendarWidget | None = None

        self.edit = QLineEdit(self)
        self.edit.setObjectName("date_text")
        self.edit.setPlaceholderText(dates.pattern())
        self.edit.setMaxLength(40)
        metrics = self.edit.fontMetrics()
        self.edit.setFixedWidth(metrics.horizontalAdvance("28 sept. 2026__") + 16)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(icon("operations-week"))
        self.calendar_button.setAutoRaise(True)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the keyboard
        self.calendar_button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.time_edit: QLineEdit | None = None
        if self.WITH_TIME:
            self.time_edit = QLineEdit(self)
            self.time_edit.setObjectName("time_text")
            self.time_edit.setPlaceholderText(self.tr("hh:mm"))
            self.time_edit.setMaxLength(12)
            self.time_edit.setFixedWidth(metrics.horizontalAdvance("12:30 pm_") + 16)
        self.words = QLabel(self)
        self.words.setObjectName("date_words")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        if self.time_edit is not None:
            layout.addWidget(self.time_edit)
        layout.addWidget(self.words, 1)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Fixed if self.COMPACT else QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Fixed)
        self.words.setVisible(not self.COMPACT)

        for line in self._lines():
            line.textEdited.connect(self._typing)
            line.editingFinished.connect(self._finish)
            line.installEventFilter(self)
        self._show()

    def _lines(self) -> list[QLineEdit]:
        return [self.edit] + ([self.time_edit] if self.time_edit is not None else [])

    # -- reading --------------------------------------------------------------------------

    def _typed_date(self) -> Typed:
        return read_date(self.edit.text(), today=dates.today(), order=dates.order())

    def _typed(self) -> Typed:
        """The whole field's reading: a date (or a date and time), nothing, or a problem."""
        day = self._typed_date()
        if day.problem or self.time_edit is None:
            return day
        time = read_time(self.time_edit.text())
        if time.problem:
            return time
        if day.value is None and time.value is None:
            return Typed()
        if day.value is None:
            return Typed(problem="no_date")
        if time.value is None:
            return Typed(problem="no_time")
        return Typed(dt.datetime.combine(day.value, time.value))

    def value(self):
        return self._typed().value

    def problem(self) -> str:
        """The sentence saying why the text is not a date, or ""."""
        return dates.problem_text(self._typed())

    def set_value(self, value) -> None:
        if value == self.value() and not self.problem():
            return  # leaves the cursor where the person is typing
        day = value.date() if isinstance(value, dt.datetime) else value
        self.edit.setText("" if day is None else dates.written(day))
        if self.time_edit is not None:
            self.time_edit.setText("" if value is None else value.strftime("%H:%M"))
        self._last = self.value()
        self._finished = True
        self._show()

    # -- as QDateEdit and QDateTimeEdit say it, for code and tests written against them --

    def date(self) -> QDate:
        value = self.value()
        if value is None:
            return QDate()
        day = value.date() if isinstance(value, dt.datetime) else value
        return QDate(day.year, day.month, day.day)

    def setDate(self, day) -> None:  # noqa: N802
        if isinstance(day, QDate):
            day = day.toPython() if day.isValid() else None
        self.set_value(day)
        self._emit_if_changed(force=True)

    def dateTime(self) -> QDateTime:  # noqa: N802
        value = self.value()
        if not isinstance(value, dt.datetime):
            return QDateTime()
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))

    def setDateTime(self, moment) -> None:  # noqa: N802
        if isinstance(moment, QDateTime):
            moment = moment.toPython().replace(second=0, microsecond=0) if moment.isValid() else None
        self.set_value(moment)
        self._emit_if_changed(force=True)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        if self.time_edit is not None:
            self.time_edit.setAccessibleName(self.tr("%1, time").replace("%1", name))

    # -- typing ---------------------------------------------------------------------------

    def _typing(self, _text: str) -> None:
        self._finished = False
        self._show()

    def _finish(self) -> None:
        self._finished = True
        typed = self._typed()
        day = self._typed_date().value
        if not typed.problem and day is not None and self.edit.text() != dates.written(day):
            # "hoy" or "28 nov 2026" is shown as the office writes dates; the words say the same.
            self.edit.setText(dates.written(day))
        self._show()
        self._emit_if_changed()

    def _emit_if_changed(self, force: bool = False) -> None:
        value = self.value()
        if value == self._last and not force:
            return
        self._last = value
        self.value_changed.emit()
        self.dateChanged.emit(self.date())

    def _show(self) -> None:
        """Beside the field: the date understood, in words, or what is wrong."""
        typed = self._typed()
        if typed.problem == "no_time" and self.time_edit.hasFocus():
            typed = self._typed_date()  # on its way to the time: say the day it understood
        if typed.problem:
            text = dates.problem_text(typed) if self._finished else ""
            self.words.setStyleSheet(PROBLEM_STYLE)
        elif typed.value is None:
            text = ""
        else:
            value = typed.value
            day = value.date() if isinstance(value, dt.datetime) else value
            text = dates.spelled(day)
            if isinstance(value, dt.datetime):
                text += value.strftime(", %H:%M")
            self.words.setStyleSheet(WORDS_STYLE)
        self.words.setText(text)
        self.edit.setAccessibleDescription(text)
        if self.COMPACT:
            self.edit.setToolTip(text)
            self.edit.setStyleSheet(PROBLEM_STYLE if typed.problem and self._finished else "")

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.edit:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.edit.setPlaceholderText(dates.pattern())
            self._show()
        super().changeEvent(event)

    # -- the calendar ---------------------------------------------------------------------

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 - as QDateEdit names it
        if self._calendar is None:
            self._calendar_popup = QFrame(self, Qt.WindowType.Popup)
            self._calendar_popup.setFrameShape(QFrame.Shape.StyledPanel)
            self._calendar = QCalendarWidget(self._calendar_popup)
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
            box = QVBoxLayout(self._calendar_popup)
            box.setContentsMargins(2, 2, 2, 2)
            box.addWidget(self._calendar)
        self._calendar.setLocale(QLocale())
        return self._calendar

    def open_calendar(self) -> None:
        calendar = self.calendarWidget()
        value = self.value()
        day = value.date() if isinstance(value, dt.datetime) else value
        day = day or dates.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._calendar_popup.adjustSize()
        self._calendar_popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._calendar_popup.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self._calendar_popup.hide()
        self.edit.setText(dates.written(day.toPython()))
        if self.time_edit is not None and not self.time_edit.text().strip():
            self.time_edit.setFocus()
        else:
            self.edit.setFocus()
        self._finish()


class DateTimeField(DateField):
    """A date and the time of day, office wall-clock time, to the minute."""

    WITH_TIME = True


class CompactDateField(DateField):
    """For a row of filters, where there is no room for the words: they are its tooltip."""

    COMPACT = True
