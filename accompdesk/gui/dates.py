"""How the window writes and reads dates: the office's order, the window's language, and
one sentence for each thing a typed date can get wrong.

The office's choice (Office settings: locale and date format) is set here when the
vault opens and whenever a coordinator changes it; every date field reads it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..domain import dates
from ..domain.office import OfficeSettings, date_order
from . import i18n

_office = {"order": "dmy"}


def set_office(settings: OfficeSettings | None) -> None:
    _office["order"] = date_order(settings or OfficeSettings())


def order() -> str:
    return _office["order"]


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    return dt.datetime.now()


def _t(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def pattern() -> str:
    """What to type, in the window's language: dd/mm/aaaa in Spanish, dd/mm/yyyy in English."""
    english = {"dmy": "dd/mm/yyyy", "mdy": "mm/dd/yyyy", "ymd": "yyyy-mm-dd"}[order()]
    return english.replace("yyyy", _t("yyyy"))


def written(day: dt.date) -> str:
    return dates.written(day, order())


def spelled(day: dt.date) -> str:
    return dates.spelled(day, i18n.language())


def month_name(month: int) -> str:
    return dates.MONTH_NAMES[i18n.language()][month - 1]


def example() -> str:
    return dates.written(dt.date(2026, 11, 28), order())


def problem_text(typed: dates.Typed) -> str:
    """The sentence for a typed date or time that is not one; empty if there is no problem."""
    code, args = typed.problem, typed.args
    if not code:
        return ""
    if code == "not_a_date":
        return _t("“%1” is not a date: write it as %2, “28 nov 2026” or “today”.").replace(
            "%1", args[0]).replace("%2", example())
    if code == "no_such_day":
        year, month, day = args
        return _t("%1 %2 has no day %3.").replace("%1", month_name(month).capitalize()).replace(
            "%2", str(year)).replace("%3", str(day))
    if code == "no_such_month":
        return _t("There is no month %1: the day and the month go as in %2.").replace(
            "%1", str(args[0])).replace("%2", pattern())
    if code == "no_year":
        return _t("Write the year too, as in %1.").replace("%1", example())
    if code == "no_day":
        return _t("Which day of %1 %2? Write the day too.").replace("%1", month_name(args[0])).replace(
            "%2", str(args[1]))
    if code == "year_out_of_range":
        return _t("The year %1 is outside the record (%2 to %3).").replace("%1", str(args[0])).replace(
            "%2", str(dates.FIRST_YEAR)).replace("%3", str(dates.LAST_YEAR))
    if code == "wrong_weekday":
        day, weekday = args
        names = dates.DAY_NAMES[i18n.language()]
        return _t("%1 is a %2, not a %3.").replace("%1", spelled(day)).replace(
            "%2", names[day.weekday()]).replace("%3", names[weekday])
    if code == "not_a_time":
        return _t("“%1” is not a time: write it as 14:30.").replace("%1", args[0])
    if code == "no_such_time":
        return _t("“%1” is not a time of day (00:00 to 23:59).").replace("%1", args[0])
    if code == "no_time":
        return _t("Write the time too, as in 14:30.")
    if code == "no_date":
        return _t("Write the date too, as in %1.").replace("%1", example())
    return _t("This is not a date.")
