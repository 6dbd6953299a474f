"""Dates as a person types them into a form: read whole, in the office's order, never corrected."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.dates import read_date, read_time, spelled, written

D = dt.date
TODAY = D(2026, 11, 30)


@pytest.mark.parametrize("text, order, expected", [
    ("28/11/2026", "dmy", D(2026, 11, 28)), ("28-11-26", "dmy", D(2026, 11, 28)),
    ("28.11.2026", "dmy", D(2026, 11, 28)), ("28 11 2026", "dmy", D(2026, 11, 28)),
    ("28 nov 2026", "dmy", D(2026, 11, 28)), ("28 de noviembre de 2026", "dmy", D(2026, 11, 28)),
    ("sábado 28 de noviembre de 2026", "dmy", D(2026, 11, 28)), ("November 28, 2026", "dmy", D(2026, 11, 28)),
    ("28-nov-26", "dmy", D(2026, 11, 28)), ("2026-11-28", "dmy", D(2026, 11, 28)),
    ("2026-11-28", "mdy", D(2026, 11, 28)), ("20261128", "dmy", D(2026, 11, 28)),
    ("28112026", "dmy", D(2026, 11, 28)), ("11282026", "mdy", D(2026, 11, 28)),
    ("281126", "dmy", D(2026, 11, 28)), ("11/28/2026", "mdy", D(2026, 11, 28)),
    ("03/04/2026", "dmy", D(2026, 4, 3)), ("03/04/2026", "mdy", D(2026, 3, 4)),
    ("hoy", "dmy", TODAY), ("HOY", "dmy", TODAY), ("ayer", "dmy", D(2026, 11, 29)),
    ("today", "mdy", TODAY), ("yesterday", "dmy", D(2026, 11, 29)), ("mañana", "dmy", D(2026, 12, 1)),
    ("  1/2/1999 ", "dmy", D(1999, 2, 1)), ("29/02/2028", "dmy", D(2028, 2, 29)),
])
def test_what_people_type_is_read_whole(text, order, expected):
    typed = read_date(text, today=TODAY, order=order)
    assert (typed.problem, typed.value) == ("", expected)


@pytest.mark.parametrize("text, order, problem, args", [
    ("31/02/2026", "dmy", "no_such_day", (2026, 2, 31)),
    ("20260231", "dmy", "no_such_day", (2026, 2, 31)),   # was silently 2026-02-03
    ("29/02/2026", "dmy", "no_such_day", (2026, 2, 29)),
    ("31 abril 2026", "dmy", "no_such_day", (2026, 4, 31)),
    ("28/13/2026", "dmy", "no_such_month", (13,)),
    ("28/11/2026", "mdy", "no_such_month", (28,)),        # never swapped to make it fit
    ("2026", "dmy", "not_a_date", ("2026",)),
    ("28/11", "dmy", "no_year", ()), ("28 nov", "dmy", "no_year", ()),
    ("nov 2026", "dmy", "no_day", (11, 2026)),
    ("28/11/202", "dmy", "not_a_date", ("28/11/202",)),
    ("mañana por la tarde", "dmy", "not_a_date", ("mañana por la tarde",)),
    ("28/11/1850", "dmy", "year_out_of_range", (1850,)),
    ("viernes 28 nov 2026", "dmy", "wrong_weekday", (D(2026, 11, 28), 4)),
])
def test_what_is_not_a_date_says_why_and_has_no_value(text, order, problem, args):
    typed = read_date(text, today=TODAY, order=order)
    assert (typed.value, typed.problem, typed.args) == (None, problem, args)


def test_an_empty_field_is_no_date_and_no_problem():
    assert read_date("   ", today=TODAY) == read_date("", today=TODAY)
    assert (read_date("", today=TODAY).value, read_date("", today=TODAY).problem) == (None, "")


@pytest.mark.parametrize("text, expected", [
    ("14:30", dt.time(14, 30)), ("14.30", dt.time(14, 30)), ("14h30", dt.time(14, 30)),
    ("1430", dt.time(14, 30)), ("930", dt.time(9, 30)), ("9", dt.time(9, 0)), ("2:30 pm", dt.time(14, 30)),
    ("12 am", dt.time(0, 0)), ("00:00", dt.time(0, 0)), ("23:59", dt.time(23, 59)),
])
def test_times(text, expected):
    assert read_time(text).value == expected


@pytest.mark.parametrize("text, problem", [("25:00", "no_such_time"), ("14:75", "no_such_time"),
                                           ("13 pm", "no_such_time"), ("tarde", "not_a_time"),
                                           ("14:3", "not_a_time")])
def test_impossible_times(text, problem):
    assert (read_time(text).value, read_time(text).problem) == (None, problem)


def test_spelled_and_written():
    day = D(2026, 11, 28)
    assert spelled(day, "es") == "sábado 28 de noviembre de 2026"
    assert spelled(day, "en") == "Saturday 28 November 2026"
    assert [written(day, o) for o in ("dmy", "mdy", "ymd")] == ["28/11/2026", "11/28/2026", "2026-11-28"]
