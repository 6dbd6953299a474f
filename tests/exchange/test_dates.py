"""Dates as offices write them, day first by default, ambiguity reported not guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.exchange import dates

D = dt.date


@pytest.mark.parametrize("raw, expected", [
    ("15/03/2024", D(2024, 3, 15)), ("15-03-24", D(2024, 3, 15)), ("15.3.2024", D(2024, 3, 15)),
    ("2024-03-15", D(2024, 3, 15)), ("2024/3/5", D(2024, 3, 5)),
    ("15 de marzo de 2024", D(2024, 3, 15)), ("15 MARZO 2024", D(2024, 3, 15)),
    ("15-mar-2024", D(2024, 3, 15)), ("15-Mar-24", D(2024, 3, 15)), ("1 ago. 2023", D(2023, 8, 1)),
    ("lunes, 4 de noviembre de 2024", D(2024, 11, 4)), ("3 de setiembre de 2021", D(2021, 9, 3)),
    ("diciembre 9, 2022", D(2022, 12, 9)),
    ("March 15, 2024", D(2024, 3, 15)), ("15 March 2024", D(2024, 3, 15)), ("Sept 3rd, 2021", D(2021, 9, 3)),
    ("45366", D(2024, 3, 15)),  # an Excel day number that lost its format
    ("15/03/2024 0:00", D(2024, 3, 15)),
])
def test_day_first_numeric_iso_and_month_names(raw, expected):
    reading = dates.read(raw)
    assert reading.error == "" and reading.value == expected


def test_month_and_year_alone_keep_their_precision():
    assert dates.read("marzo de 2024") == dates.Reading(D(2024, 3, 1), "month")
    assert dates.read("2019") == dates.Reading(D(2019, 1, 1), "approximate")


def test_both_readings_possible_is_ambiguous_and_read_day_first():
    reading = dates.read("03/04/2024")
    assert reading.value == D(2024, 4, 3) and reading.ambiguous
    assert not dates.read("04/04/2024").ambiguous
    assert dates.read("03/04/2024", month_first=True).value == D(2024, 3, 4)


def test_impossible_day_first_dates_say_what_to_do():
    reading = dates.read("03/15/2024")
    assert reading.value is None and "--month-first" in reading.error
    assert dates.read("03/15/2024", month_first=True).value == D(2024, 3, 15)
    assert "not a date that exists" in dates.read("31/02/2024").error
    assert "is not a date" in dates.read("ayer").error
    assert dates.evidence("15/03/2024") == "dmy" and dates.evidence("03/15/2024") == "mdy"
    assert dates.evidence("03/04/2024") is None


@pytest.mark.parametrize("raw, expected", [
    ("15/03/2024 14:30", dt.datetime(2024, 3, 15, 14, 30)),
    ("2024-03-15T14:30:00", dt.datetime(2024, 3, 15, 14, 30)),
    ("15/03/2024 2:30 p. m.", dt.datetime(2024, 3, 15, 14, 30)),
    ("15 de marzo de 2024, 9:05 a.m.", dt.datetime(2024, 3, 15, 9, 5)),
    ("12/03/2024 12:00 am", dt.datetime(2024, 3, 12, 0, 0)),
])
def test_date_and_time(raw, expected):
    assert dates.read(raw, with_time=True).value == expected


def test_a_date_without_time_is_midnight_and_says_so():
    reading = dates.read("15/03/2024", with_time=True)
    assert reading.value == dt.datetime(2024, 3, 15) and reading.no_time
    assert dates.read("15/03/2024 25:00", with_time=True).error


def test_two_digit_years_near_now_are_this_century():
    this = dt.date.today().year % 100
    assert dates.read(f"01/01/{this:02d}").value.year == 2000 + this
    assert dates.read("01/01/75").value.year == 1975
