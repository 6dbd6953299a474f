"""How the window writes and reads dates: the office's order, the window's language, and
one sentence for each thing a typed date can get wrong.

The office's choice (Office settings: locale and date format) is set here when the
vault opens and whenever a coordinator changes it; every date field reads it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...domain import clock, dates
from ...domain.office import OfficeSettings, date_order
from . import i18n

_office = {"order": "dmy"}


def set_office(settings: OfficeSettings | None) -> None:
    _office["order"] = date_order(settings or OfficeSettings())


def order() -> str:
    return _office["order"]


def today() -> dt.date:
    return clock.today()


def pattern() -> str:
    """What to type, in the window's language: dd/mm/aaaa in Spanish, dd/mm/yyyy in English."""
    english = {"dmy": "dd/mm/yyyy", "mdy": "mm/dd/yyyy", "ymd": "yyyy-mm-dd"}[order()]
    # Only the year's letter changes between the two languages (aaaa: año).
    return english.replace("yyyy", QCoreApplication.translate("DateField", "yyyy"))


def written(day: dt.date) -> str:
    return dates.written(day, order())


def spelled(day: dt.date) -> str:
    return dates.spelled(day, i18n.language())


def month_name(month: int) -> str:
    return dates.MONTH_NAMES[i18n.language()][month - 1]


def example() -> str:
    return dates.written(dt.date(2026, 11, 28), order())


def _fill(template: str, *args) -> str:
    for i, arg in enumerate(args, 1):
        template = template.replace(f"%{i}", str(arg))
    return template


def _template(code: str) -> str:
    # Written out one by one so that lupdate finds each sentence.
    translate = QCoreApplication.translate
    return {
        "not_a_date": translate("DateField",
                                "“%1” is not a date: write it as %2, “28 nov 2026” or “today”."),
        "no_such_day": translate("DateField", "%1 %2 has no day %3."),
        "no_such_month": translate("DateField", "There is no month %1: the day and the month go as in %2."),
        "no_year": translate("DateField", "Write the year too, as in %1."),
        "no_day": translate("DateField", "Which day of %1 %2? Write the day too."),
        "year_out_of_range": translate("DateField", "The year %1 is outside the record (%2 to %3)."),
        "wrong_weekday": translate("DateField", "%1 is a %2, not a %3."),
        "not_a_time": translate("DateField", "“%1” is not a time: write it as 14:30."),
        "no_such_time": translate("DateField", "“%1” is not a time of day (00:00 to 23:59)."),
        "no_time": translate("DateField", "Write the time too, as in 14:30."),
        "no_date": translate("DateField", "Write the date too, as in %1."),
    }.get(code) or translate("DateField", "This is not a date.")


def problem_text(typed: dates.Typed) -> str:
    """The sentence for a typed date or time that is not one; empty if there is no problem."""
    code, args = typed.problem, typed.args
    if not code:
        return ""
    template = _template(code)
    if code == "not_a_date":
        return _fill(template, args[0], example())
    if code == "no_such_day":
        year, month, day = args
        return _fill(template, month_name(month).capitalize(), year, day)
    if code == "no_such_month":
        return _fill(template, args[0], pattern())
    if code in ("no_year", "no_date"):
        return _fill(template, example())
    if code == "no_day":
        return _fill(template, month_name(args[0]), args[1])
    if code == "year_out_of_range":
        return _fill(template, args[0], dates.FIRST_YEAR, dates.LAST_YEAR)
    if code == "wrong_weekday":
        day, weekday = args
        names = dates.DAY_NAMES[i18n.language()]
        return _fill(template, spelled(day), names[day.weekday()], names[weekday])
    return _fill(template, *args)
