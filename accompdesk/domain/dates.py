"""Dates as a person types them into a form, and dates spelled out so no one misreads them.

A typed date is read whole, in the office's order (day first unless the office says
otherwise); ISO (2026-11-28) and eight digits starting with a year always read year
first. Nothing is ever corrected: 31/02/2026 is a problem, not 3 March. Problems are
codes with arguments; the window turns them into sentences in its language.

The month and weekday words are shared with the spreadsheet reader (exchange/dates.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .catalogue import label
from .vocab import fold

MONTHS = {
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
    "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "march": 3, "april": 4, "apr": 4, "june": 6,
    "july": 7, "august": 8, "aug": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "dec": 12,
}
# Monday is 0, as in datetime.weekday().
WEEKDAYS = {"lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
            "lun": 0, "mie": 2, "jue": 3, "vie": 4, "sab": 5, "dom": 6,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
            "fri": 4, "sat": 5, "sun": 6}
FILLER = {"de", "del", "of", "the", "el", "a"}
RELATIVE = {"hoy": 0, "today": 0, "ayer": -1, "yesterday": -1, "anteayer": -2, "antier": -2,
            "manana": 1, "tomorrow": 1}

# In English; other languages from the labels catalogue (contexts "month" and "weekday").
MONTH_NAMES_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
DAY_NAMES_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SPELLED = "{weekday} {day} {month} {year}"
CATALOGUE: list[tuple[str, list]] = [("month", MONTH_NAMES_EN), ("weekday", DAY_NAMES_EN), ("date", [SPELLED])]


def month_names(language: str = "en") -> list[str]:
    return [label("month", name, language) for name in MONTH_NAMES_EN]


def day_names(language: str = "en") -> list[str]:
    return [label("weekday", name, language) for name in DAY_NAMES_EN]

# The orders an office may choose, by the pattern it writes them in.
FORMATS = {"dd/mm/yyyy": "dmy", "mm/dd/yyyy": "mdy", "yyyy-mm-dd": "ymd"}
FIRST_YEAR, LAST_YEAR = 1900, 2199  # the forms refuse dates outside; a typo such as 2112 is caught later


@dataclass(frozen=True)
class Typed:
    """What a field's text says: a value, nothing (empty), or a problem code and its arguments.

    Problem codes: not_a_date (text), no_such_day (year, month, day), no_such_month (month),
    no_year (), no_day (month, year), year_out_of_range (year), wrong_weekday (date, weekday
    written), not_a_time (text), no_such_time (text)."""

    value: dt.date | dt.time | None = None
    problem: str = ""
    args: tuple = ()


def two_digit_year(short: int, today: dt.date, pivot: int | None = None) -> int:
    """A two-digit year in the century that puts it no more than ten years ahead."""
    if pivot is None:
        pivot = (today.year + 10) % 100
    return 2000 + short if short <= pivot else 1900 + short


_ISO = re.compile(r"(\d{4})[-/.\s](\d{1,2})[-/.\s](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d+)")
_TWO_PARTS = re.compile(r"(\d{1,2})[-/.\s](\d{1,2})")
_DIGITS = re.compile(r"\d{6}|\d{8}")


def read_date(text: str, *, today: dt.date, order: str = "dmy") -> Typed:
    """One field's text; never raises. `order` is dmy, mdy or ymd for numeric dates."""
    shown = " ".join(text.split())
    if not shown:
        return Typed()
    folded = fold(shown).rstrip(".")
    if folded in RELATIVE:
        return Typed(today + dt.timedelta(days=RELATIVE[folded]))
    m = _ISO.fullmatch(folded)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if _DIGITS.fullmatch(folded):
        return _digits(folded, today, order)
    m = _NUMERIC.fullmatch(folded)
    if m:
        a, b, year_digits = m.group(1), m.group(2), m.group(3)
        if len(year_digits) not in (2, 4):
            return Typed(problem="not_a_date", args=(shown,))
        year = int(year_digits) if len(year_digits) == 4 else two_digit_year(int(year_digits), today)
        day, month = (int(b), int(a)) if order == "mdy" else (int(a), int(b))
        return _make(year, month, day)
    if _TWO_PARTS.fullmatch(folded):
        return Typed(problem="no_year")
    if folded.isdigit() and len(folded) <= 4:
        return Typed(problem="no_year" if len(folded) <= 2 else "not_a_date", args=() if len(folded) <= 2
                     else (shown,))
    return _words(folded, shown, today)


def _digits(digits: str, today: dt.date, order: str) -> Typed:
    """20261128 (year first) or, in the office's order, 28112026 or 281126."""
    if len(digits) == 8 and FIRST_YEAR <= int(digits[:4]) <= LAST_YEAR:
        year_first = _make(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if order == "ymd" or not year_first.problem:
            return year_first
        other = _ordered(digits, today, order)
        # Neither reading is a date: say what is wrong with the one that looks like a year.
        return other if not other.problem else year_first
    if order == "ymd":
        if len(digits) == 6:
            return _make(two_digit_year(int(digits[:2]), today), int(digits[2:4]), int(digits[4:]))
        return Typed(problem="not_a_date", args=(digits,))
    return _ordered(digits, today, order)


def _ordered(digits: str, today: dt.date, order: str) -> Typed:
    a, b, rest = int(digits[:2]), int(digits[2:4]), digits[4:]
    year = int(rest) if len(rest) == 4 else two_digit_year(int(rest), today)
    day, month = (b, a) if order == "mdy" else (a, b)
    return _make(year, month, day)


def _words(folded: str, shown: str, today: dt.date) -> Typed:
    tokens = [t for t in re.split(r"[\s,/.\-]+", folded) if t and t not in FILLER]
    tokens = [re.sub(r"(?<=\d)(st|nd|rd|th|ro|do|er|o|º|°)$", "", t) for t in tokens]
    weekdays = [WEEKDAYS[t] for t in tokens if t in WEEKDAYS]
    tokens = [t for t in tokens if t not in WEEKDAYS]
    months = [MONTHS[t] for t in tokens if t in MONTHS]
    numbers = [t for t in tokens if t.isdigit()]
    if len(months) != 1 or len(months) + len(numbers) != len(tokens) or len(weekdays) > 1:
        return Typed(problem="not_a_date", args=(shown,))
    month = months[0]
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) + len(days) != len(numbers):
        return Typed(problem="not_a_date", args=(shown,))
    if len(numbers) == 1 and years:
        return Typed(problem="no_day", args=(month, int(years[0])))
    if len(numbers) == 1:
        return Typed(problem="no_year")
    if len(years) == 1 and len(days) == 1:
        found = _make(int(years[0]), month, int(days[0]))
    elif not years and len(days) == 2:
        # "28-nov-26": the day comes first in both languages' short forms.
        found = _make(two_digit_year(int(days[1]), today), month, int(days[0]))
    else:
        return Typed(problem="not_a_date", args=(shown,))
    if not found.problem and weekdays and isinstance(found.value, dt.date) and weekdays[0] != found.value.weekday():
        return Typed(problem="wrong_weekday", args=(found.value, weekdays[0]))
    return found


def _make(year: int, month: int, day: int) -> Typed:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return Typed(problem="year_out_of_range", args=(year,))
    if not 1 <= month <= 12:
        return Typed(problem="no_such_month", args=(month,))
    try:
        return Typed(dt.date(year, month, day))
    except ValueError:
        return Typed(problem="no_such_day", args=(year, month, day))


_TIME = re.compile(r"(\d{1,2})(?:\s*[:h.]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?")
_TIME_DIGITS = re.compile(r"(\d{1,2})(\d{2})")


def read_time(text: str) -> Typed:
    """14:30, 14.30, 14h30, 1430, 9 (on the hour), 2:30 pm."""
    shown = " ".join(text.split())
    if not shown:
        return Typed()
    folded = fold(shown).replace(" ", "")
    m = _TIME_DIGITS.fullmatch(folded)
    if m and len(folded) in (3, 4):
        hour, minute, meridiem = int(m.group(1)), int(m.group(2)), ""
    else:
        m = _TIME.fullmatch(folded)
        if not m:
            return Typed(problem="not_a_time", args=(shown,))
        hour, minute, meridiem = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return Typed(problem="no_such_time", args=(shown,))
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return Typed(problem="no_such_time", args=(shown,))
    return Typed(dt.time(hour, minute))


def spelled(day: dt.date, language: str = "en") -> str:
    """sábado 28 de noviembre de 2026 / Saturday 28 November 2026."""
    return label("date", SPELLED, language).format(weekday=day_names(language)[day.weekday()], day=day.day,
                                                   month=month_names(language)[day.month - 1], year=day.year)


def written(day: dt.date, order: str = "dmy") -> str:
    """The date as the office writes it in numbers: 28/11/2026, 11/28/2026 or 2026-11-28."""
    if order == "ymd":
        return day.isoformat()
    if order == "mdy":
        return f"{day.month:02d}/{day.day:02d}/{day.year:04d}"
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
