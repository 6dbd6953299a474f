"""Dates as offices write them: 15/03/2024, 15-03-24, 15.3.2024, 2024-03-15,
"15 de marzo de 2024", "15-mar-2024", "March 15, 2024", "marzo 2024", an Excel day
number, with or without a time.

Numeric dates are read day first unless the column says otherwise. A date such as
03/04/2024 reads as 3 April or 4 March; it is reported as ambiguous unless another
date in the same column settles the order (a day above 12 somewhere).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..domain import clock
from ..domain.dates import FILLER, MONTH_NAMES_EN, MONTHS, WEEKDAYS, two_digit_year
from ..domain.messages import Message
from ..domain.vocab import fold

_WEEKDAYS = set(WEEKDAYS)
_FILLER = FILLER

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_TIME = re.compile(r"(?:t|\s|,|^)\s*(\d{1,2})[:h.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*"
                   r"(a\.?\s?m\.?|p\.?\s?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2})?$")
_EXCEL_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


@dataclass(frozen=True)
class Reading:
    value: dt.date | dt.datetime | None
    precision: str = "exact"        # exact, month or approximate (a year alone)
    ambiguous: bool = False         # numeric day and month both <= 12 and different
    error: str = ""
    no_time: bool = False           # a date given where a time was expected


def evidence(raw: str) -> str | None:
    """'dmy' or 'mdy' if this numeric date can only be read one way, else None."""
    m = _NUMERIC.match(raw.strip())
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if a > 12 >= b:
        return "dmy"
    if b > 12 >= a:
        return "mdy"
    return None


def read(raw: str, *, with_time: bool = False, month_first: bool = False,
         pivot: int | None = None) -> Reading:
    """One cell; never raises. `pivot` is the last two-digit year read as 20xx."""
    text = " ".join(raw.split())
    if not text:
        return Reading(None)
    folded = fold(text)
    time, rest = _split_time(folded)
    if time == "bad":
        return Reading(None, error=Message("exchange.dates.time_does_not_exist", value=text))
    reading = _date_part(rest, month_first, pivot, text)
    if reading.error or reading.value is None:
        return reading
    day = reading.value
    if not with_time:
        return reading  # a spreadsheet's "15/03/2024 0:00": the day is what counts
    moment = dt.datetime.combine(day, time or dt.time(0, 0))
    return Reading(moment, reading.precision, reading.ambiguous, no_time=time is None)


def _split_time(folded: str):
    m = _TIME.search(folded)
    if not m or m.start() == 0:
        return None, folded
    hour, minute = int(m.group(1)), int(m.group(2))
    second = int(m.group(3) or 0)
    meridiem = (m.group(4) or "").replace(".", "").replace(" ", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return "bad", folded
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return "bad", folded
    rest = folded[:m.start()].rstrip(" ,")
    if rest.endswith("t") and rest[-2:-1].isdigit():
        rest = rest[:-1]  # ISO's 2024-03-15T14:30
    return dt.time(hour, minute), rest


def _date_part(rest: str, month_first: bool, pivot: int | None, shown: str) -> Reading:
    m = _ISO.fullmatch(rest)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), shown)
    m = _NUMERIC.fullmatch(rest)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), _year(m.group(3), pivot)
        day, month = (b, a) if month_first else (a, b)
        if month > 12 and day <= 12:
            if month_first:
                return Reading(None, error=Message("exchange.dates.no_month_read_month_first", value=shown,
                                                   month=month))
            return Reading(None, error=Message("exchange.dates.no_month_read_day_first", value=shown, month=month))
        reading = _make(year, month, day, shown)
        if reading.error:
            return reading
        return Reading(reading.value, ambiguous=a != b and a <= 12 and b <= 12)
    if _EXCEL_SERIAL.fullmatch(rest):
        serial = float(rest)
        if 1 <= serial < 2958466:
            return Reading(_EXCEL_EPOCH + dt.timedelta(days=int(serial)))
    return _words(rest, pivot, shown)


def _words(rest: str, pivot: int | None, shown: str) -> Reading:
    tokens = [t for t in re.split(r"[\s,/.\-]+", rest) if t and t not in _FILLER and t not in _WEEKDAYS]
    tokens = [re.sub(r"(?<=\d)(st|nd|rd|th|ro|do|er|o|º|°)$", "", t) for t in tokens]
    months = [MONTHS[t] for t in tokens if t in MONTHS]
    numbers = [t for t in tokens if t.isdigit()]
    others = [t for t in tokens if t not in MONTHS and not t.isdigit()]
    if others or len(months) > 1 or not tokens:
        return Reading(None, error=Message("exchange.dates.not_a_date", value=shown))
    if not months:
        if len(numbers) == 1 and len(numbers[0]) == 4:
            year = int(numbers[0])
            return _with_precision(_make(year, 1, 1, shown), "approximate")
        return Reading(None, error=Message("exchange.dates.not_a_date", value=shown))
    month = months[0]
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) == 1 and not days and len(numbers) == 1:
        return _with_precision(_make(int(years[0]), month, 1, shown), "month")
    if len(years) == 1 and len(days) == 1 and len(numbers) == 2:
        return _make(int(years[0]), month, int(days[0]), shown)
    if not years and len(days) == 2:
        # "15-mar-24": the day comes first in both languages' short forms.
        return _make(_year(days[1], pivot), month, int(days[0]), shown)
    return Reading(None, error=Message("exchange.dates.not_a_date", value=shown))


def _with_precision(reading: Reading, precision: str) -> Reading:
    if reading.error:
        return reading
    return Reading(reading.value, precision)


def _year(digits: str, pivot: int | None) -> int:
    if len(digits) == 4:
        return int(digits)
    return two_digit_year(int(digits), clock.today(), pivot)


def _make(year: int, month: int, day: int, shown: str) -> Reading:
    try:
        return Reading(dt.date(year, month, day))
    except ValueError:
        return Reading(None, error=Message("exchange.dates.date_does_not_exist", value=shown))


def spelled(day: dt.date) -> str:
    """A date no one can misread: 3 April 2024."""
    return f"{day.day} {MONTH_NAMES_EN[day.month - 1]} {day.year}"
