"""The one date field, typed into as a person does: click, type, Enter or Tab; in English
and in Spanish; what it understood in words beside it, or one sentence and no value."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QVBoxLayout, QWidget

from accompdesk.domain.office import OfficeSettings
from accompdesk.gui.common import dates, i18n
from accompdesk.gui.common.widgets.date_field import DateField, DateTimeField
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

D = dt.date
SATURDAY = D(2026, 11, 28)
WORDS = {"en": "Saturday 28 November 2026", "es": "sábado 28 de noviembre de 2026"}
TODAY = {"en": "Monday 30 November 2026", "es": "lunes 30 de noviembre de 2026"}
YESTERDAY = {"en": "Sunday 29 November 2026", "es": "domingo 29 de noviembre de 2026"}


@pytest.fixture(autouse=True)
def a_monday():
    with time_machine.travel(dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc), tick=False):
        yield
    dates.set_office(None)


@pytest.fixture
def form(qtbot):
    """A date field with another field after it, as in a form."""
    window = QWidget()
    field = DateField(window)
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    yield field, after
    window.close()


def type_into(qtbot, field, text: str, end=Qt.Key.Key_Return) -> None:
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)  # clicking in, then typing, is allowed
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, end)


ACCEPTED = [("28/11/2026", SATURDAY), ("28-11-26", SATURDAY), ("28 nov 2026", SATURDAY),
            ("28 de noviembre de 2026", SATURDAY), ("2026-11-28", SATURDAY), ("20261128", SATURDAY),
            ("28112026", SATURDAY), ("hoy", D(2026, 11, 30)), ("ayer", D(2026, 11, 29)),
            ("today", D(2026, 11, 30)), ("yesterday", D(2026, 11, 29))]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("text, expected", ACCEPTED)
def test_each_accepted_form_gives_its_date_in_words(qtbot, form, language, text, expected):
    i18n.install(language)
    field, _after = form
    changes = []
    field.value_changed.connect(lambda: changes.append(field.value()))
    type_into(qtbot, field, text)
    assert field.value() == expected
    assert field.problem() == ""
    words = {SATURDAY: WORDS, D(2026, 11, 30): TODAY, D(2026, 11, 29): YESTERDAY}[expected]
    assert field.words.text() == words[language]
    # Shown as the office writes dates once understood; the value reached the form once.
    assert field.edit.text() == expected.strftime("%d/%m/%Y")
    assert changes == [expected]


REJECTED = {
    "31/02/2026": ("February 2026 has no day 31.", "Febrero 2026 no tiene día 31."),
    "20260231": ("February 2026 has no day 31.", "Febrero 2026 no tiene día 31."),
    "28/13/2026": ("There is no month 13: the day and the month go as in dd/mm/yyyy.",
                   "No hay mes 13: el día y el mes van como en dd/mm/aaaa."),
    "2026": ("“2026” is not a date: write it as 28/11/2026, “28 nov 2026” or “today”.",
             "«2026» no es una fecha: escríbala como 28/11/2026, «28 nov 2026» u «hoy»."),
    "28/11": ("Write the year too, as in 28/11/2026.", "Escriba también el año, como en 28/11/2026."),
    "nov 2026": ("Which day of November 2026? Write the day too.",
                 "¿Qué día de noviembre 2026? Escriba también el día."),
    "28/11/1850": ("The year 1850 is outside the record (1900 to 2199).",
                   "El año 1850 está fuera del registro (1900 a 2199)."),
    "viernes 28 nov 2026": ("Saturday 28 November 2026 is a Saturday, not a Friday.",
                            "sábado 28 de noviembre de 2026 es sábado, no viernes."),
}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("text", list(REJECTED))
def test_each_rejected_form_says_why_keeps_the_text_and_has_no_value(qtbot, form, language, text):
    i18n.install(language)
    field, _after = form
    field.set_value(D(2025, 1, 1))
    type_into(qtbot, field, text)
    sentence = REJECTED[text][0 if language == "en" else 1]
    assert field.value() is None  # never the old value, never a corrected one
    assert field.edit.text() == text
    assert field.problem() == sentence
    assert field.words.text() == sentence


def test_year_tab_month_tab_day_is_not_a_date_made_up(qtbot, form):
    """The old field took "2026", Tab, "12", Tab, "01" for 2026-12-12."""
    field, after = form
    type_into(qtbot, field, "2026", end=Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.value() is None
    assert field.words.text().startswith("“2026” is not a date")


def test_the_office_may_write_the_month_first(qtbot, form):
    dates.set_office(OfficeSettings(date_format="mm/dd/yyyy"))
    field, _after = form
    field.edit.setPlaceholderText(dates.pattern())
    type_into(qtbot, field, "11/28/2026")
    assert field.value() == SATURDAY and field.edit.text() == "11/28/2026"
    type_into(qtbot, field, "28/11/2026")
    assert field.value() is None and field.problem().startswith("There is no month 28")
    dates.set_office(OfficeSettings(locale="es_CO"))
    assert dates.order() == "dmy"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_calendar_starts_weeks_on_monday_and_picks_a_day(qtbot, form, language):
    i18n.install(language)
    field, _after = form
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendarWidget()
    assert calendar.isVisible()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.selectedDate().toPython() == D(2026, 11, 30)  # opens on today
    calendar.setSelectedDate(calendar.selectedDate().addDays(-2))
    qtbot.keyClick(calendar.findChild(QAbstractItemView), Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.value() == SATURDAY and field.words.text() == WORDS[language]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_date_and_time(qtbot, language):
    i18n.install(language)
    field = DateTimeField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, "28/11/2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() is None
    assert field.problem() == ("Write the time too, as in 14:30." if language == "en"
                               else "Escriba también la hora, como en 14:30.")
    qtbot.keyClicks(field.time_edit, "14h30")
    qtbot.keyClick(field.time_edit, Qt.Key.Key_Return)
    assert field.value() == dt.datetime(2026, 11, 28, 14, 30)
    assert field.words.text() == WORDS[language] + ", 14:30"
    field.time_edit.clear()
    qtbot.keyClicks(field.time_edit, "25:00")
    qtbot.keyClick(field.time_edit, Qt.Key.Key_Return)
    assert field.value() is None
    assert field.words.text() == ("“25:00” is not a time of day (00:00 to 23:59)." if language == "en"
                                  else "«25:00» no es una hora del día (00:00 a 23:59).")
    field.set_value(dt.datetime(2026, 3, 4, 22, 0))
    assert (field.edit.text(), field.time_edit.text()) == ("04/03/2026", "22:00")


def test_a_form_will_not_save_a_date_that_does_not_exist(window, vault, qtbot):
    window.change_language("es")
    form = window.forms.open_new("incidents")
    qtbot.keyClicks(form.ui.summary, "Amenaza por llamada")
    form.ui.kind.set_value("threat")
    field = form.ui.occurred_on
    type_into(qtbot, field, "31/02/2026")
    assert not form.save()
    assert vault.incidents.count() == 0
    assert field.edit.text() == "31/02/2026"  # as typed, not 3 March
    assert field.words.text() == "Febrero 2026 no tiene día 31."
    assert form.summary.text().startswith("1 problema")
    assert form.focusWidget() is field.edit  # the cursor is put where the problem is
    type_into(qtbot, field, "28/11/2026")
    assert form.save()
    assert vault.incidents.get(form.record.id).occurred_on == SATURDAY
    form.close_silently()


@pytest.mark.parametrize("language, words, problem", [
    ("en", "Saturday 28 November 2026", "February 2026 has no day 31."),
    ("es", "sábado 28 de noviembre de 2026", "Febrero 2026 no tiene día 31.")])
def test_in_a_row_of_filters_the_words_are_the_tooltip(qtbot, language, words, problem):
    from accompdesk.gui.common.widgets.date_field import CompactDateField

    i18n.install(language)
    field = CompactDateField()
    qtbot.addWidget(field)
    field.show()
    seen = []
    field.dateChanged.connect(seen.append)
    qtbot.keyClicks(field.edit, "28 nov 2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert not field.words.isVisible()
    assert (field.value(), field.edit.toolTip()) == (SATURDAY, words)
    assert [d.toPython() for d in seen] == [SATURDAY]
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "31/02/2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() is None and field.edit.toolTip() == problem
    assert "#b3261e" in field.edit.styleSheet()
